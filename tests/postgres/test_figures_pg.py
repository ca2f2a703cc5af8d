"""The management figures on the real PostgreSQL server: the same known data set and the same hand-computed
values as tests/integration/test_figures.py, so the SQL (date arithmetic, window function, DISTINCT
aggregates) is proven portable. Row-level security is on: the supervisor reads as their own login."""
from __future__ import annotations

from datetime import date

import pytest

from app.clock import FixedClock
from app.errors import AccessDenied
from models.enums import Role
from tests.conftest import TODAY
from tests.integration.figures_data import build_known_data, known_providers
from tests.postgres.conftest import PASSWORD

START, END = date(2026, 1, 1), date(2026, 6, 30)


@pytest.fixture(scope="module")
def known(central):
    """Two teams of this test's own, a supervisor of both (their own login), and the known data set."""
    owner, admin = central.services(), central.services("admin")
    north, south = central.team("FigNoord"), central.team("FigZuid")
    for name in (north, south):
        owner.admin.create_team(name)
    login = f"fig.supervisor.{central.suffix}"
    owner.admin.create_user(login, "Fig Supervisor", Role.SUPERVISOR, [north, south], PASSWORD)
    central.users["fig_supervisor"] = login
    clock = FixedClock(TODAY)
    boss = central.services("fig_supervisor", clock=clock)
    teams = {t.name: t.id for t in owner.workers.teams()}
    providers = known_providers(admin, f" {central.suffix}", (None, None))
    data = build_known_data(boss, clock, teams[north], teams[south], providers)
    return boss, data


def test_the_case_figures_match_the_hand_computation(known):
    boss, _data = known
    f = boss.figures.management_figures(START, END)
    assert (f.inflow, f.reopened, f.outflow) == (3, 3, 2)
    assert (f.case_duration.mean_days, f.case_duration.median_days) == (179.5, 179.5)
    assert (f.involvement_duration.count, f.involvement_duration.mean_days) == (2, 106.0)
    assert (f.evaluated_cases, f.scaled_down_cases) == (4, 3)
    assert (f.recurrences, f.recurrences_from_waakvlam, f.recurrent_cases, f.ended_help_cases) == (2, 1, 2, 4)


def test_the_provider_figures_and_actor_shares_match(known):
    boss, data = known
    f = boss.figures.management_figures(START, END)
    p1, p2 = (next(p for p in f.providers if p.provider_id == pid) for pid in (data.p1, data.p2))
    assert (p1.involvements, p1.extensions, p1.started, p1.mean_wait_days, p1.max_wait_days) == (2, 3, 2, 45.5, 71)
    assert (p1.goals_evaluated, p1.goals_reached) == (3, 2)
    assert (p2.involvements, p2.started, p2.mean_wait_days, p2.waiting_at_end) == (1, 1, 30.0, 1)
    assert (p2.goals_evaluated, p2.goals_reached) == (2, 1)
    a = f.actors
    assert (a.family, a.network, a.free_access, a.social_team, a.provider, a.no_actor) == (3, 2, 1, 2, 2, 1)


def test_team_filter_and_access_on_postgres(central, known):
    boss, data = known
    north = boss.figures.management_figures(START, END, data.north)
    assert (north.inflow, north.outflow, north.case_duration.mean_days, north.ended_help_cases) == (2, 1, 252.0, 3)
    worker = central.services("worker_a")
    with pytest.raises(AccessDenied):
        worker.figures.management_figures(START, END)
    other = central.services("supervisor_a")
    with pytest.raises(AccessDenied):
        other.figures.management_figures(START, END, data.north)
    # Team A holds other tests' cases, none of this data set's: the figures run for it under row security.
    assert other.figures.management_figures(START, END).team_name is None


def test_the_figures_per_municipality_match_the_hand_computation(known):
    """Issue 15 item 5: cases A and C live in Purmerend (0439); the rest in no municipality. The same
    hand computation as tests/integration/test_contacts_and_municipalities.py."""
    from app.services.families import AddressInput  # noqa: PLC0415 - only this test changes an address

    boss, data = known
    for name in ("A", "C"):
        family_id = boss.members.case_header(data.cases[name]).family_id
        version = boss.members.family_detail(family_id).version
        boss.members.update_address(family_id, version, AddressInput(municipality_code="0439"))
    f = boss.figures.management_figures(START, END, municipality_code="0439")
    assert (f.inflow, f.reopened, f.outflow) == (0, 2, 1)
    assert (f.case_duration.count, f.case_duration.mean_days) == (1, 252.0)
    assert (f.involvement_duration.count, f.involvement_duration.mean_days) == (1, 140.0)
    assert (f.evaluated_cases, f.scaled_down_cases) == (2, 2)
    assert (f.recurrences, f.recurrences_from_waakvlam, f.recurrent_cases, f.ended_help_cases) == (2, 1, 2, 2)
    assert boss.figures.management_figures(START, END, municipality_code="0479").inflow == 0
