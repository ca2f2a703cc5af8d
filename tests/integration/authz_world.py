"""Two teams on one database, built through the services, for the authorization table
(tests/integration/authz_table.py): team B's worker owns one object of every kind; team A's worker
and supervisor try them.

Team B ("Wijkteam Zuid", worker ``b``, colleague ``b2``, supervisor ``chef_b``):
- Bakker (case ``case``): active, plan v1 agreed today and a draft v2 (``draft``) with two goals, the
  first (``goal``) with an action (``action``); Daan (``person``), a network member (``network``), a
  journal entry (``entry``), help that is running (``involvement``), an evaluation, a consent
  (``consent``) about Zoë (Daan, without consents, can be removed) and an OTS (``measure``) of Zoë.
- Claes (``moved_family``, ``waakvlam_case``): plan agreed (``agreed_only``), then a waakvlam
  (``waakvlam``) since 01-10, its first planned contact (``contact``) on 29-10. Directed by ``a``, who
  has moved to team A since (set in SQL: there is no service for leaving a team yet).
- Dekker (``intake_case``): in intake, nothing else (a plan, help or a waakvlam may start here).
- Evers (``closed_case``): closed (it may be reopened).
Team A ("Wijkteam Noord"): worker ``a`` and supervisor ``chef_a``, no case of their own team.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine, select, update

from app.bootstrap import Services
from app.services.consents import ConsentInput
from app.services.evaluations import EvaluationInput
from app.services.extensions import ExtensionInput
from app.services.exports import PlanDocument
from app.services.families import IntakeInput, MemberInput
from app.services.members import NetworkMemberInput
from app.services.plan_inputs import ActionInput
from app.services.protection import MeasureInput
from app.services.transition import TransitionInput
from app.services.waakvlam import WaakvlamInput
from models import Case, FamilyPlan, Team
from models.enums import (
    ActionOwner, CloseReason, ConsentScope, EvaluationDecision, ExtensionReason, JournalKind, MemberRole, PlanStatus, ProtectionKind, Role,
    TransitionDomain, WaakvlamHolder,
)
from tests.integration.care_helpers import agreed_plan, involvement_input, provider_with_product

TEAM_A, TEAM_B = "Wijkteam Noord", "Wijkteam Zuid"
OPENED = date(2026, 6, 1)
WAAKVLAM_START = date(2026, 10, 1)
FIRST_CONTACT = date(2026, 10, 29)


@dataclass(frozen=True)
class World:
    team_a: int
    team_b: int
    users: dict[str, int]  # a, chef_a, b, b2, chef_b -> worker id
    family: int
    case: int
    person: int
    network: int
    agreed: int
    draft: int
    goal: int
    goal_lineage: str
    action: int
    entry: int
    involvement: int
    provider: int
    product: int
    moved_family: int
    waakvlam_case: int
    agreed_only: int
    waakvlam: int
    contact: int
    intake_case: int
    closed_case: int
    document: PlanDocument  # the draft of ``case``, rendered by b
    planned_involvement: int  # help in a case of its own (team B's Fransen) that starts in ten days
    consent: int  # Zoë's parent's consent to share with her school
    measure: int  # Zoë's OTS, from today for 300 days
    transition: int  # Zoë's transition plan (towards 18)
    extension: int  # b's extension of ``involvement``, awaiting approval (team B needs a supervisor's approval)
    crisis: int  # an open crisis in ``track_case``, marked today
    track: int = 0  # the open meldcode track on ``track_case`` (team B's Gerrits)
    track_case: int = 0


def members(surname: str) -> list[MemberInput]:
    return [MemberInput(MemberRole.PARENT, "Ayşe", surname, date(1988, 6, 12), parental_authority=True),
            MemberInput(MemberRole.YOUNG_PERSON, "Zoë", surname, date(2015, 3, 1), bsn="123456782"),
            MemberInput(MemberRole.YOUNG_PERSON, "Daan", surname, date(2018, 9, 30))]


def intake_b(svc: Services, team_b: int, surname: str) -> tuple[int, int]:
    result = svc.families.intake(IntakeInput(family_name=f"Familie {surname}", members=members(surname),
                                             team_id=team_b, director_id=svc.ctx.user.worker_id, opened_on=OPENED))
    return result.family_id, result.case_id


def measure_input(person: int, today: date) -> MeasureInput:
    """An OTS of ``person`` from ``today`` for 300 days, with the certified institution."""
    return MeasureInput(person, ProtectionKind.OTS, "Jeugdbescherming Noord-Holland", today,
                        today + timedelta(days=300), "Petra Visser", "06-12345678")


def transition_input(person: int, today: date) -> TransitionInput:
    """A transition plan of ``person``: Wmo and school, with the Wmo consultant responsible."""
    return TransitionInput(person, frozenset({TransitionDomain.WMO, TransitionDomain.SCHOOL_WORK}),
                           "Wmo-consulent gemeente", "Aanvraag begeleiding", today)


def build_world(svc: Services) -> World:
    """The users (by the administrator: nobody signed in on the local file), then team B's objects as b."""
    team_a = svc.admin.create_team(TEAM_A).id
    team_b = svc.admin.create_team(TEAM_B).id
    users = {name: svc.admin.create_user(name, name.title(), role, [team]).id for name, role, team in (
        ("a", Role.WORKER, TEAM_A), ("chef_a", Role.SUPERVISOR, TEAM_A), ("b", Role.WORKER, TEAM_B),
        ("b2", Role.WORKER, TEAM_B), ("chef_b", Role.SUPERVISOR, TEAM_B))}
    svc.workers.sign_in(users["b"])
    provider, product = provider_with_product(svc)
    return build_team_b(svc, team_a, team_b, users, provider, product, svc.engine)


def build_team_b(svc: Services, team_a: int, team_b: int, users: dict[str, int], provider, product,
                 superuser: Engine) -> World:
    """Team B's objects, made by ``svc``'s signed-in worker of team B (``provider`` and ``product`` given);
    ``superuser`` writes what no service does: the director who moved."""
    family, case = intake_b(svc, team_b, "Bakker")
    svc.cases.activate(case, 1)
    person = next(m.id for m in svc.members.family_detail(family).members if m.first_name == "Daan")
    network = svc.members.add_network_member(family, NetworkMemberInput("Oma Bakker", "grootmoeder")).id
    agreed = agreed_plan(svc, case).id
    svc.evaluations.record_evaluation(case, EvaluationInput(held_on=svc.ctx.clock.today(),
                                                            decision=EvaluationDecision.CONTINUE, participants="Ayşe"))
    draft = svc.plans.new_version(agreed)
    goal = draft.goals[0]
    action = svc.plans.add_action(goal.id, ActionInput("De school bellen", ActionOwner.OTHER, owner_text="school"))
    entry = svc.journal.add_entry(case, svc.ctx.clock.today(), JournalKind.HOME_VISIT, "Huisbezoek").id
    involvement = svc.involvements.add_involvement(case, involvement_input(provider, product)).id
    document = svc.exports.plan_document(case)
    zoe = next(m.id for m in svc.members.family_detail(family).members if m.first_name == "Zoë")
    consent = svc.consents.record(family, ConsentInput(zoe, ConsentScope.SCHOOL, svc.ctx.clock.today(),
                                                       party="OBS De Regenboog")).id
    measure = svc.protection.record(case, measure_input(zoe, svc.ctx.clock.today())).measure.id
    transition = svc.transition.record(case, transition_input(zoe, svc.ctx.clock.today())).id

    moved_family, waakvlam_case = intake_b(svc, team_b, "Claes")
    agreed_only = agreed_plan(svc, waakvlam_case).id
    waakvlam = svc.waakvlam.start_waakvlam(waakvlam_case, WaakvlamInput(
        WaakvlamHolder.GP, "Huisarts De Wit", start_date=WAAKVLAM_START, frequency_weeks=4))
    contact = next(c.id for c in waakvlam.contacts if c.planned_date == FIRST_CONTACT)
    with superuser.begin() as conn:
        conn.execute(update(Case).where(Case.id == waakvlam_case).values(director_id=users["a"]))
        conn.execute(update(Team).where(Team.id == team_b).values(extension_approval=True))
    extension = svc.extensions.request_extension(involvement, svc.involvements.involvement(involvement).version, ExtensionInput(
        date(2027, 6, 1), ExtensionReason.GOALS_NOT_REACHED, "Doelen nog niet bereikt",
        no_evaluation_reason="Evaluatie volgt")).id

    _family, intake_case = intake_b(svc, team_b, "Dekker")
    _family, closed_case = intake_b(svc, team_b, "Evers")
    svc.cases.close(closed_case, 1, CloseReason.NO_HELP_NEEDED)
    today = svc.ctx.clock.today()
    _family, planned_case = intake_b(svc, team_b, "Fransen")
    _family, track_case = intake_b(svc, team_b, "Gerrits")
    track = svc.meldcode.open_track(track_case).track.id
    crisis = svc.crisis.mark(track_case).id  # Gerrits: a case nothing closes (its track is open)
    planned_involvement = svc.involvements.add_involvement(planned_case, involvement_input(
        provider, product, referral_date=today, start_date=today + timedelta(days=10), planned_end=None)).id
    with svc.ctx.uow() as uow:
        assert uow.session.scalar(select(FamilyPlan.status).where(FamilyPlan.id == draft.id)) is PlanStatus.DRAFT
    return World(team_a, team_b, users, family, case, person, network, agreed, draft.id, goal.id, goal.lineage,
                 action.id, entry, involvement, provider.id, product.id, moved_family, waakvlam_case, agreed_only,
                 waakvlam.id, contact, intake_case, closed_case, document, planned_involvement, consent, measure,
                 transition, extension, crisis, track, track_case)
