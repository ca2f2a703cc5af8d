"""A small, known data set for the figures per provider and product category and the flows of help.

Period 2026-01-01 .. 2026-06-30. Providers: R "Verblijf Noord" (category 43, residential, segment C),
S "Ambulant Zaan" (45, ambulatory, segment B), T "Buurtsteun" (45, segment A). Families live in
Zaanstad (0479) unless said otherwise.

    case  team   help (referral, start, end, end reason, extensions)         also
    K     north  R 2025-12-01, 2026-01-01, 2026-03-31, 19, 2 extensions     plan K1 (on R), K2 (on S);
                 S 2026-03-20, 2026-04-01, 2026-06-30, 19                    eval 2026-05-01 K1 reached,
                 T 2026-06-01, 2026-06-30, running                          K2 in progress
    L     south  R 2026-01-10, 2026-02-01, 2026-05-11, 39                   lives in Wormerland (0880);
                                                                             plan L1 (on R), eval 2026-04-01
                                                                             not reached; closed 2026-05-20,
                                                                             reopened 2026-08-01
    M     north  S 2025-11-01, 2025-12-01, 2026-01-15, 23
                 R 2026-01-20, 2026-02-01, running
    N     north  S 2026-02-01, never started, cancelled 2026-03-01 (21)
    O     north  S 2026-05-01, not started (waiting)
    P     north  S 2025-09-01, 2025-10-01, 2025-12-31, 19 (before the period)
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services.families import IntakeInput, MemberInput
from models.enums import Actor, EvaluationDecision, GoalStatus, MemberRole, Role
from tests.integration.care_helpers import extend, involvement_input, provider_with_product
from tests.integration.figures_data import Builder

R_NAME, S_NAME, T_NAME = "Verblijf Noord", "Ambulant Zaan", "Buurtsteun"
ZAANSTAD, WORMERLAND = "0479", "0880"


@dataclass
class FlowData:
    north: int
    south: int
    cases: dict[str, int]
    providers: dict[str, int]  # "R", "S", "T" -> provider id


class FlowBuilder(Builder):
    def intake(self, name: str, opened: date, team: int, municipality: str = ZAANSTAD) -> int:
        self.at(opened)
        user = self.s.ctx.user
        return self.s.families.intake(IntakeInput(
            family_name=f"Familie {name}", team_id=team, director_id=user.worker_id, opened_on=opened,
            municipality_code=municipality,
            members=[MemberInput(MemberRole.PARENT, "Ouder", name, date(1985, 1, 1), parental_authority=True)],
        )).case_id

    def help(self, case_id: int, pp, referral: date, start: date | None, end: date | None = None,
             reason: str = "19", goals: tuple[str, ...] = (), extensions: int = 0) -> None:
        provider, product = pp
        self.at(max(referral, start or referral))
        inv = self.s.involvements.add_involvement(case_id, involvement_input(
            provider, product, referral_date=referral, start_date=start, planned_end=None))
        if goals:
            inv = self.s.involvements.link_goals(inv.id, inv.version, [self.goals[g] for g in goals])
        for n in range(extensions):
            floor = inv.planned_end or inv.start_date
            inv = extend(self.s, inv, date.fromordinal(floor.toordinal() + 30), f"verlenging {n}")
        if end is not None:
            self.at(max(end, referral))
            if start is None:
                self.s.involvements.cancel_involvement(inv.id, inv.version, reason)
            else:
                self.s.involvements.end_involvement(inv.id, inv.version, end, reason)


def flow_providers(services, suffix: str = "", agbs=("11111111", "22222222", "33333333")):
    """R, S and T, each (provider DTO, product DTO), made by ``services`` (an administrator on a central database)."""
    return (
        provider_with_product(services, R_NAME + suffix, agbs[0], product="Gezinshuis", category="43", segment="C"),
        provider_with_product(services, S_NAME + suffix, agbs[1], product="Gezinsbegeleiding", category="45",
                              segment="B"),
        provider_with_product(services, T_NAME + suffix, agbs[2], product="Buurtsteun", category="45", segment="A"))


def build_flow_data(services, clock, north: int, south: int, providers=None) -> FlowData:
    today = clock.day
    b = FlowBuilder(services, clock, north, south)
    r, s, t = providers or flow_providers(services)
    c = {}
    c["K"] = b.intake("Kilo", date(2025, 11, 20), north)
    b.plan(c["K"], date(2025, 11, 25), {"K1": Actor.PROVIDER, "K2": Actor.PROVIDER})
    b.help(c["K"], r, date(2025, 12, 1), date(2026, 1, 1), date(2026, 3, 31), goals=("K1",), extensions=2)
    b.help(c["K"], s, date(2026, 3, 20), date(2026, 4, 1), date(2026, 6, 30), goals=("K2",))
    b.evaluate(c["K"], date(2026, 5, 1), EvaluationDecision.CONTINUE,
               {"K1": GoalStatus.REACHED, "K2": GoalStatus.IN_PROGRESS})
    b.help(c["K"], t, date(2026, 6, 1), date(2026, 6, 30))

    c["L"] = b.intake("Lima", date(2026, 1, 5), south, WORMERLAND)
    b.plan(c["L"], date(2026, 1, 8), {"L1": Actor.PROVIDER})
    b.help(c["L"], r, date(2026, 1, 10), date(2026, 2, 1), date(2026, 5, 11), reason="39", goals=("L1",))
    b.evaluate(c["L"], date(2026, 4, 1), EvaluationDecision.CONTINUE, {"L1": GoalStatus.NOT_REACHED})
    b.close(c["L"], date(2026, 5, 20))
    b.reopen(c["L"], date(2026, 8, 1))

    c["M"] = b.intake("Mike", date(2025, 10, 20), north)
    b.help(c["M"], s, date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 15), reason="23")
    b.help(c["M"], r, date(2026, 1, 20), date(2026, 2, 1))
    c["N"] = b.intake("November", date(2026, 1, 25), north)
    b.help(c["N"], s, date(2026, 2, 1), None, date(2026, 3, 1), reason="21")
    c["O"] = b.intake("Oscar", date(2026, 4, 20), north)
    b.help(c["O"], s, date(2026, 5, 1), None)
    c["P"] = b.intake("Papa", date(2025, 8, 20), north)
    b.help(c["P"], s, date(2025, 9, 1), date(2025, 10, 1), date(2025, 12, 31))
    b.at(today)
    return FlowData(north, south, c, {"R": r[0].id, "S": s[0].id, "T": t[0].id})


def flow_data_as_supervisor(services, clock) -> FlowData:
    """Ilse Bakker, supervisor of Wijkteam Noord and Wijkteam Zuid, builds the data set."""
    services.workers.register_local_worker("Ilse Bakker", "Wijkteam Noord", Role.SUPERVISOR)
    services.workers.register_local_worker("Ilse Bakker", "Wijkteam Zuid", Role.SUPERVISOR)
    teams = {t.name: t.id for t in services.workers.teams()}
    return build_flow_data(services, clock, teams["Wijkteam Noord"], teams["Wijkteam Zuid"])
