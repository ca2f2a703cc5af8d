"""A small team with known figures for the team overview, built through the services (today 22-11-2026).

Wijkteam Noord, with the supervisor Marieke Hoekstra (signed in at the end):
- Sanne de Vries: Aksoy (intake) 1.0; Bakker (active, high priority, help in segments C and B, plan
  agreed 01-08 with a 13-week interval: evaluation due 31-10, overdue) 1.5 + 0.5 + 0.25 = 2.25;
  Claes (waakvlam since 01-10, contact every 4 weeks, the first on 29-10 not held: overdue) 0.3;
  Dekker (closed: not counted). Weighted 3.55.
- Mohamed El Amrani: Evers (active, help in segment B in samenregie) 1.0 + 0.25 + 0.5 = 1.75;
  Faber (active, plan agreed 01-08, evaluated 15-10 with the next on 01-12: not overdue, help in
  segment A) 1.0; Gerrits (waakvlam since 01-11, first contact 13-12) 0.3. Weighted 3.05.
- Piet Jansen has left (inactive): Hoek (active) 1.0 and IJzer (intake, high) 1.5.
- Gülşen Aydın moved to Wijkteam Zuid (no longer a member of Noord) but still directs Jacobs (active) 1.0;
  she also directs Kramer in Zuid, which the overview of Noord leaves out.
Without a director: Hoek, IJzer, Jacobs (3 cases, weighted 3.5). Team: 9 open cases, weighted 10.1.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, update

from app.bootstrap import Services
from app.services.evaluations import EvaluationInput
from app.services.families import IntakeInput, MemberInput
from app.services.provider_inputs import ProductInput
from app.services.waakvlam import WaakvlamInput
from models import Worker, WorkerTeam
from models.enums import (
    CloseReason, DirectionMode, EvaluationDecision, MemberRole, Priority, PriorityReason, Role, WaakvlamHolder,
)
from tests.integration.care_helpers import agreed_plan, involvement_input, provider_with_product, segment_id

TEAM = "Wijkteam Noord"
OTHER_TEAM = "Wijkteam Zuid"


@dataclass(frozen=True)
class TeamData:
    team_id: int
    other_team_id: int
    supervisor: int
    sanne: int
    mohamed: int
    piet: int
    gulsen: int
    cases: dict[str, int]  # family name -> case id


def _intake(services: Services, name: str, team_id: int, director: int, opened_on: date) -> int:
    members = [MemberInput(MemberRole.PARENT, "Ouder", name, date(1985, 1, 1), parental_authority=True),
               MemberInput(MemberRole.YOUNG_PERSON, "Kind", name, date(2015, 5, 5))]
    return services.families.intake(IntakeInput(family_name=name, members=members, team_id=team_id,
                                                director_id=director, opened_on=opened_on)).case_id


def build_team(services: Services) -> TeamData:
    """Registers the workers (the supervisor last, who stays signed in) and takes in the families."""
    workers = services.workers
    gulsen = workers.register_local_worker("Gülşen Aydın", TEAM).worker_id
    workers.register_local_worker("Gülşen Aydın", OTHER_TEAM)
    piet = workers.register_local_worker("Piet Jansen", TEAM).worker_id
    mohamed = workers.register_local_worker("Mohamed El Amrani", TEAM).worker_id
    sanne = workers.register_local_worker("Sanne de Vries", TEAM).worker_id
    boss = workers.register_local_worker("Marieke Hoekstra", TEAM, Role.SUPERVISOR)
    team_id = next(iter(boss.team_ids))
    other_team_id = next(t.id for t in workers.teams() if t.name == OTHER_TEAM)
    cases = services.cases
    ids: dict[str, int] = {}

    def open_case(name: str, director: int, *, active: bool = True, high: bool = False,
                  team: int = team_id, opened_on: date = date(2026, 6, 1)) -> int:
        case_id = ids[name] = _intake(services, name, team, director, opened_on)
        version = 1
        if active:
            version = cases.activate(case_id, version).version
        if high:
            cases.set_priority(case_id, version, Priority.HIGH, PriorityReason.SAFETY)
        return case_id

    provider, product_b = provider_with_product(services, segment="B")
    product_c = services.providers.add_product(provider.id, product(services, "Intensieve behandeling", "C"))
    product_a = services.providers.add_product(provider.id, product(services, "Opvoedcursus", "A"))
    help_ = services.involvements.add_involvement

    open_case("Aksoy", sanne, active=False)
    bakker = open_case("Bakker", sanne, high=True)
    agreed_plan(services, bakker, on=date(2026, 8, 1), interval_weeks=13)
    help_(bakker, involvement_input(provider, product_c))
    help_(bakker, involvement_input(provider, product_b))
    claes = open_case("Claes", sanne)
    services.waakvlam.start_waakvlam(claes, WaakvlamInput(
        WaakvlamHolder.GP, "Huisarts De Wit", start_date=date(2026, 10, 1), frequency_weeks=4))
    dekker = open_case("Dekker", sanne)
    cases.close(dekker, services.members.case_header(dekker).version, CloseReason.GOALS_REACHED)

    evers = open_case("Evers", mohamed)
    help_(evers, involvement_input(provider, product_b, direction=DirectionMode.SAMENREGIE))
    faber = open_case("Faber", mohamed)
    agreed_plan(services, faber, on=date(2026, 8, 1), interval_weeks=13)
    services.evaluations.record_evaluation(faber, EvaluationInput(
        held_on=date(2026, 10, 15), decision=EvaluationDecision.CONTINUE, participants="Ouder",
        next_date=date(2026, 12, 1)))
    help_(faber, involvement_input(provider, product_a))
    gerrits = open_case("Gerrits", mohamed)
    services.waakvlam.start_waakvlam(gerrits, WaakvlamInput(
        WaakvlamHolder.GP, "Huisarts De Wit", start_date=date(2026, 11, 1), frequency_weeks=6))

    open_case("Hoek", piet)
    open_case("IJzer", piet, active=False, high=True)
    open_case("Jacobs", gulsen)
    workers.sign_in(gulsen)  # a family is taken in by a member of its team
    open_case("Kramer", gulsen, team=other_team_id, active=False)
    workers.sign_in(boss.worker_id)

    with services.ctx.uow() as uow:  # no service for leaving yet: a worker leaves, another changes teams
        uow.session.execute(update(Worker).where(Worker.id == piet).values(active=False))
        uow.session.execute(delete(WorkerTeam).where(WorkerTeam.worker_id == gulsen, WorkerTeam.team_id == team_id))
        uow.commit()
    return TeamData(team_id, other_team_id, boss.worker_id, sanne, mohamed, piet, gulsen, ids)


def product(services: Services, name: str, segment: str) -> ProductInput:
    return ProductInput(name, "45", segment_id(services, segment), unit_code="04")
