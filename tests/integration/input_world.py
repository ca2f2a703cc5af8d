"""A small world for the input property tests: one of everything a service input can point at,
built through the services, and the row counts that show whether a call wrote anything."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, func, select

from app.bootstrap import Services, open_database
from app.services.members import NetworkMemberInput
from app.services.plan_inputs import ActionInput
from app.services.waakvlam import WaakvlamInput
from app.validation import text_problem
from models import Base
from models.enums import ActionOwner, CloseReason, JournalKind, Role, WaakvlamHolder
from tests.integration.care_helpers import agreed_plan, involvement_input, provider_with_product, segment_id
from tests.integration.case_helpers import domain_id, intake_family, smart_goal

UNLOGGED = {"access_log"}  # refusals may be logged; nothing else may change


@dataclass(repr=False)
class World:
    svc: Services          # Sanne, worker in Wijkteam Noord
    boss: Services         # a supervisor of Noord
    admin: Services        # an administrator
    team_ids: tuple[int, ...]
    worker_ids: tuple[int, ...]  # Sanne, a colleague in Noord, a worker of Wijkteam Zuid
    family_id: int
    case_id: int
    person_id: int
    network_member_id: int
    plan_id: int
    goal_id: int
    action_id: int
    entry_id: int
    provider_id: int
    product_id: int
    segment_ids: tuple[int, ...]
    involvement_id: int
    evaluated_case_id: int
    goal_lineage: str
    waakvlam_case_id: int
    waakvlam_id: int
    closed_case_id: int
    domain_ids: tuple[int, ...]

    def __repr__(self) -> str:  # hypothesis prints its arguments; the ids say nothing there
        return "World()"


def build_world(db_path, clock) -> World:
    other_team = open_database(db_path, clock=clock, encryption=None)
    zuid = other_team.workers.register_local_worker("Piet Zuidema", "Wijkteam Zuid")
    other_team.close()
    colleague = open_database(db_path, clock=clock, encryption=None)
    noord_colleague = colleague.workers.register_local_worker("Mohamed El Amrani", "Wijkteam Noord")
    colleague.close()
    boss = open_database(db_path, clock=clock, encryption=None)
    boss.workers.register_local_worker("Ineke Bos", "Wijkteam Noord", Role.SUPERVISOR)
    admin = open_database(db_path, clock=clock, encryption=None)
    admin.workers.register_local_worker("Beheer", "Wijkteam Noord", Role.ADMIN)
    svc = open_database(db_path, clock=clock, encryption=None)
    me = svc.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")

    family = intake_family(svc)
    detail = svc.members.family_detail(family.family_id)
    network = svc.members.add_network_member(family.family_id, NetworkMemberInput("Oma Fatma", "grootmoeder"))
    draft = svc.plans.start_plan(family.case_id)
    goal = svc.plans.add_goal(draft.id, smart_goal(domain_id(svc)))
    action = svc.plans.add_action(goal.id, ActionInput("Ophalen van school", ActionOwner.WORKER,
                                                       owner_worker_id=me.worker_id))
    entry = svc.journal.add_entry(family.case_id, clock.today(), JournalKind.HOME_VISIT, "Huisbezoek")
    provider, product = provider_with_product(svc)
    involvement = svc.involvements.add_involvement(family.case_id, involvement_input(provider, product))

    evaluated = intake_family(svc, "Jansen")
    agreed = agreed_plan(svc, evaluated.case_id)
    waakvlam_family = intake_family(svc, "Bakker")
    waakvlam = svc.waakvlam.start_waakvlam(waakvlam_family.case_id, WaakvlamInput(
        WaakvlamHolder.SOCIAL_TEAM_WORKER, holder_worker_id=me.worker_id, start_date=clock.today()))
    closed = intake_family(svc, "Visser")
    header = svc.members.case_header(closed.case_id)
    svc.cases.close(closed.case_id, header.version, next(iter(CloseReason)))
    return World(
        svc=svc, boss=boss, admin=admin, team_ids=tuple(t.id for t in svc.workers.teams()),
        worker_ids=(me.worker_id, noord_colleague.worker_id, zuid.worker_id),
        family_id=family.family_id, case_id=family.case_id, person_id=detail.members[0].id,
        network_member_id=network.id, plan_id=draft.id, goal_id=goal.id, action_id=action.id, entry_id=entry.id,
        provider_id=provider.id, product_id=product.id,
        segment_ids=tuple(s.id for s in svc.providers.segments()) or (segment_id(svc),),
        involvement_id=involvement.id, evaluated_case_id=evaluated.case_id, goal_lineage=agreed.goals[0].lineage,
        waakvlam_case_id=waakvlam_family.case_id, waakvlam_id=waakvlam.id, closed_case_id=closed.case_id,
        domain_ids=tuple(d.id for d in svc.plans.life_domains()),
    )


def unclean_texts(services: Services) -> list[tuple[str, str]]:
    """(table, column) of every stored text holding a control character (other than a line break or
    tab) or not in NFC: what no input may leave behind."""
    found = []
    with services.ctx.uow() as uow:
        for table in Base.metadata.sorted_tables:
            if table.name in UNLOGGED:
                continue
            for column in (c for c in table.columns if isinstance(c.type, String)):
                for value in uow.session.scalars(select(column).where(column.is_not(None))):
                    if text_problem(value, multiline=True) or unicodedata.normalize("NFC", value) != value:
                        found.append((table.name, column.name))
                        break
    return found


def row_counts(services: Services) -> dict[str, int]:
    """Rows per table (the access log left out)."""
    with services.ctx.uow() as uow:
        return {t.name: uow.session.scalar(select(func.count()).select_from(t))
                for t in Base.metadata.sorted_tables if t.name not in UNLOGGED}
