"""A small, known data set for the management figures, built through the services with a moving clock.

Period of interest: 2026-01-01 .. 2026-06-30. Teams "north" and "south"; the signed-in user (a
supervisor of both) does everything. The hand computation of every figure is in test_figures.py.

    case  team   opened      what happens
    A     north  2025-10-01  plan 2025-10-15 (A1 family, A2 provider, A3 network); P1 referred 2025-11-01,
                             started 2026-01-11, 1 extension, ended 2026-05-31, works on A1+A2;
                             eval 2026-03-01 continue (A1 in progress, A2 reached), eval 2026-05-15
                             scale down (A1 reached, A2 not reached); closed 2026-06-10, reopened
                             2026-06-20; new draft version adds A4 (social team)
    B     north  2026-02-01  plan 2026-02-10 (B1 social team, B2 no actor, B3 free access); P1 referred
                             2026-02-05, started 2026-02-25, 2 extensions, on B1; P2 referred 2026-03-01,
                             never started, on B3; eval 2026-04-01 continue (B1 reached, B3 in progress),
                             eval 2026-07-05 scale down (B1 not reached) - after the period
    C     north  2025-03-01  plan 2025-03-10 (C1, C2 family); waakvlam 2025-12-01; reopened from waakvlam
                             2026-02-15; eval 2026-03-20 scale down (C1 reached)
    D     south  2026-03-15  plan 2026-03-20 (D1 provider, D2 network); P2 referred 2026-03-20, started
                             2026-04-19, on D1, ended 2026-06-30; eval 2026-06-30 scale down (D1 reached);
                             closed 2026-06-30
    E     north  2025-06-01  P1 referred 2025-06-10, started 2025-06-20, ended 2025-12-31; closed
                             2025-12-31; reopened 2026-07-01 - after the period
    F     north  2026-01-01  intake only
    G     north  2026-07-01  draft plan (G1 family) - opened after the period
    H     north  2024-01-10  closed 2025-01-15; reopened 2026-03-01 (410 days later: no recurrence)
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services.evaluations import EvaluationGoalInput, EvaluationInput
from app.services.families import IntakeInput, MemberInput
from app.services.plan_inputs import GoalInput
from app.services.waakvlam import WaakvlamInput
from models.enums import (
    Actor, CloseReason, ContactOutcome, EvaluationDecision, GoalStatus, MemberRole, Role, WaakvlamHolder,
)
from tests.integration.care_helpers import extend, involvement_input, provider_with_product
from tests.integration.case_helpers import domain_id

P1_NAME = "Jeugdhulp Zaanstreek"
P2_NAME = "Kwadraad Gezinsbehandeling"


@dataclass
class KnownData:
    north: int
    south: int
    cases: dict[str, int]
    goals: dict[str, str]  # name -> lineage
    p1: int
    p2: int


class Builder:
    def __init__(self, services, clock, north: int, south: int):
        self.s, self.clock, self.north, self.south = services, clock, north, south
        self.domain = domain_id(services)
        self.goals: dict[str, str] = {}

    def at(self, day: date) -> None:
        self.clock.day = day

    def intake(self, name: str, opened: date, team: int) -> int:
        self.at(opened)
        user = self.s.ctx.user
        return self.s.families.intake(IntakeInput(
            family_name=f"Familie {name}", team_id=team, director_id=user.worker_id, opened_on=opened,
            members=[MemberInput(MemberRole.PARENT, "Ouder", name, date(1985, 1, 1), parental_authority=True)],
        )).case_id

    def version(self, case_id: int) -> int:
        return self.s.members.case_header(case_id).version

    def plan(self, case_id: int, on: date, goals: dict[str, Actor | None], agree: bool = True) -> None:
        self.at(on)
        draft = self.s.plans.start_plan(case_id)
        for name, actor in goals.items():
            self.s.plans.add_goal(draft.id, GoalInput(self.domain, f"Doel {name}", actor=actor))
        draft = self.s.plans.current_plan(case_id)
        self.goals.update({name: g.lineage for name, g in zip(goals, draft.goals)})
        if agree:
            self.s.plans.agree_plan(draft.id, draft.version, on, "Ouder", content_digest=draft.content_digest)

    def involvement(self, case_id: int, provider, product, referral: date, start: date | None,
                    goals: list[str], extensions: int = 0, end: date | None = None) -> int:
        self.at(max(referral, start or referral))
        inv = self.s.involvements.add_involvement(case_id, involvement_input(
            provider, product, referral_date=referral, start_date=start, planned_end=None))
        inv = self.s.involvements.link_goals(inv.id, inv.version, [self.goals[g] for g in goals])
        for n in range(extensions):
            floor = inv.planned_end or inv.start_date or inv.referral_date
            inv = extend(self.s, inv, date.fromordinal(floor.toordinal() + 30), f"verlenging {n + 1}")
        if end is not None:
            self.at(end)
            self.s.involvements.end_involvement(inv.id, inv.version, end, "19")
        return inv.id

    def evaluate(self, case_id: int, held: date, decision: EvaluationDecision, statuses: dict[str, GoalStatus]):
        self.at(held)
        self.s.evaluations.record_evaluation(case_id, EvaluationInput(
            held_on=held, decision=decision, participants="Ouder",
            goals=tuple(EvaluationGoalInput(self.goals[g], 5, st) for g, st in statuses.items())))

    def close(self, case_id: int, on: date) -> None:
        self.at(on)
        self.s.cases.close(case_id, self.version(case_id), CloseReason.GOALS_REACHED)

    def reopen(self, case_id: int, on: date) -> None:
        self.at(on)
        self.s.cases.reopen(case_id, self.version(case_id), "Het gaat weer mis")


def known_providers(services, suffix: str = "", agbs: tuple[str | None, str | None] = ("98765432", "12345678")):
    """(P1, its product, P2, its product), made by ``services`` (an administrator on a central database)."""
    p1, product1 = provider_with_product(services, P1_NAME + suffix, agbs[0])
    p2, product2 = provider_with_product(services, P2_NAME + suffix, agbs[1], product="Gezinsbehandeling")
    return p1, product1, p2, product2


def build_known_data(services, clock, north: int, south: int, providers=None) -> KnownData:
    """Builds cases A-H (see the module docstring); the clock is left at ``today`` (2026-11-22)."""
    today = clock.day
    b = Builder(services, clock, north, south)
    p1, product1, p2, product2 = providers or known_providers(services)
    S, P = GoalStatus, EvaluationDecision
    c = {}

    c["A"] = b.intake("Alfa", date(2025, 10, 1), north)
    b.plan(c["A"], date(2025, 10, 15), {"A1": Actor.FAMILY, "A2": Actor.PROVIDER, "A3": Actor.NETWORK})
    b.involvement(c["A"], p1, product1, date(2025, 11, 1), date(2026, 1, 11), ["A1", "A2"], extensions=1,
                  end=date(2026, 5, 31))
    b.evaluate(c["A"], date(2026, 3, 1), P.CONTINUE, {"A1": S.IN_PROGRESS, "A2": S.REACHED})
    b.evaluate(c["A"], date(2026, 5, 15), P.SCALE_DOWN, {"A1": S.REACHED, "A2": S.NOT_REACHED})
    b.close(c["A"], date(2026, 6, 10))
    b.reopen(c["A"], date(2026, 6, 20))

    c["B"] = b.intake("Bravo", date(2026, 2, 1), north)
    b.plan(c["B"], date(2026, 2, 10), {"B1": Actor.SOCIAL_TEAM, "B2": None, "B3": Actor.FREE_ACCESS})
    b.involvement(c["B"], p1, product1, date(2026, 2, 5), date(2026, 2, 25), ["B1"], extensions=2)
    b.involvement(c["B"], p2, product2, date(2026, 3, 1), None, ["B3"])
    b.evaluate(c["B"], date(2026, 4, 1), P.CONTINUE, {"B1": S.REACHED, "B3": S.IN_PROGRESS})
    b.evaluate(c["B"], date(2026, 7, 5), P.SCALE_DOWN, {"B1": S.NOT_REACHED})

    c["C"] = b.intake("Charlie", date(2025, 3, 1), north)
    b.plan(c["C"], date(2025, 3, 10), {"C1": Actor.FAMILY, "C2": Actor.FAMILY})
    b.at(date(2025, 12, 1))
    waakvlam = services.waakvlam.start_waakvlam(c["C"], WaakvlamInput(
        WaakvlamHolder.GP, holder_name="Huisarts Jansen", start_date=date(2025, 12, 1)))
    b.at(date(2026, 2, 15))
    services.waakvlam.add_contact(waakvlam.id, date(2026, 2, 15), ContactOutcome.REOPEN, "Zorgen over school")
    b.evaluate(c["C"], date(2026, 3, 20), P.SCALE_DOWN, {"C1": S.REACHED})

    c["D"] = b.intake("Delta", date(2026, 3, 15), south)
    b.plan(c["D"], date(2026, 3, 20), {"D1": Actor.PROVIDER, "D2": Actor.NETWORK})
    b.involvement(c["D"], p2, product2, date(2026, 3, 20), date(2026, 4, 19), ["D1"], end=date(2026, 6, 30))
    b.evaluate(c["D"], date(2026, 6, 30), P.SCALE_DOWN, {"D1": S.REACHED})
    b.close(c["D"], date(2026, 6, 30))

    c["E"] = b.intake("Echo", date(2025, 6, 1), north)
    b.at(date(2025, 6, 20))
    inv = services.involvements.add_involvement(c["E"], involvement_input(
        p1, product1, referral_date=date(2025, 6, 10), start_date=date(2025, 6, 20), planned_end=None))
    b.at(date(2025, 12, 31))
    services.involvements.end_involvement(inv.id, inv.version, date(2025, 12, 31), "19")
    b.close(c["E"], date(2025, 12, 31))
    b.reopen(c["E"], date(2026, 7, 1))

    c["F"] = b.intake("Foxtrot", date(2026, 1, 1), north)
    c["G"] = b.intake("Golf", date(2026, 7, 1), north)
    b.plan(c["G"], date(2026, 7, 1), {"G1": Actor.FAMILY}, agree=False)
    c["H"] = b.intake("Hotel", date(2024, 1, 10), north)
    b.close(c["H"], date(2025, 1, 15))
    b.reopen(c["H"], date(2026, 3, 1))

    b.at(today)
    agreed = services.plans.current_plan(c["A"])
    draft = services.plans.new_version(agreed.id)
    services.plans.add_goal(draft.id, GoalInput(b.domain, "Doel A4", actor=Actor.SOCIAL_TEAM))
    return KnownData(north, south, c, b.goals, p1.id, p2.id)


def known_data_as_supervisor(services, clock) -> KnownData:
    """Ilse Bakker, supervisor of Wijkteam Noord and Wijkteam Zuid, signs in and builds the known data set."""
    services.workers.register_local_worker("Ilse Bakker", "Wijkteam Noord", Role.SUPERVISOR)
    user = services.workers.register_local_worker("Ilse Bakker", "Wijkteam Zuid", Role.SUPERVISOR)
    teams = {t.name: t.id for t in services.workers.teams()}
    assert user.team_ids == {teams["Wijkteam Noord"], teams["Wijkteam Zuid"]}
    return build_known_data(services, clock, teams["Wijkteam Noord"], teams["Wijkteam Zuid"])
