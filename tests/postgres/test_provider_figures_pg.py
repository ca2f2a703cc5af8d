"""The figures per provider and product category, the flows and the provider comparison on the real
PostgreSQL server, as the supervisor's own login (row-level security on): the same known data set and
hand-computed values as tests/integration/test_provider_figures.py (window functions, integer division,
date arithmetic, the CASE per product)."""
from __future__ import annotations

from datetime import date

import pytest

from app.clock import FixedClock
from app.errors import AccessDenied
from models.enums import Role
from tests.conftest import TODAY
from tests.integration.provider_figures_data import WORMERLAND, build_flow_data, flow_providers
from tests.postgres.conftest import PASSWORD

START, END = date(2026, 1, 1), date(2026, 6, 30)


@pytest.fixture(scope="module")
def data(central):
    owner, admin = central.services(), central.services("admin")
    north, south = central.team("ProvNoord"), central.team("ProvZuid")
    for name in (north, south):
        owner.admin.create_team(name)
    login = f"prov.supervisor.{central.suffix}"
    owner.admin.create_user(login, "Prov Supervisor", Role.SUPERVISOR, [north, south], PASSWORD)
    central.users["prov_supervisor"] = login
    clock = FixedClock(TODAY)
    boss = central.services("prov_supervisor", clock=clock)
    teams = {t.name: t.id for t in owner.workers.teams()}
    providers = flow_providers(admin, f" {central.suffix}", (None, None, None))
    return boss, build_flow_data(boss, clock, teams[north], teams[south], providers)


def mine(steering, data):
    ids = {v: k for k, v in data.providers.items()}
    return {(ids[r.provider_id], r.category_code): r for r in steering.per_category if r.provider_id in ids}


def test_the_figures_match_the_hand_computation(data):
    boss, flow = data
    steering = boss.figures.provider_steering(START, END)
    rows = mine(steering, flow)
    r, s = rows[("R", "43")], rows[("S", "45")]
    assert (r.involvements, r.families, r.extensions, r.ended, r.lead_median, r.lead_p80) == (3, 3, 2, 2, 94.0, 99)
    assert (r.scaled_down, r.recurred, r.goals_evaluated, r.goals_reached) == (1, 1, 2, 1)
    assert (s.involvements, s.ended, s.lead_median, s.lead_p80, s.scaled_down, s.recurred) == (2, 2, 67.5, 90, 1, 1)
    flows = steering.flows
    assert {(f.source, f.target, f.count) for f in flows.segments} >= {("B", "A", 1), ("B", "C", 1), ("C", "B", 1)}
    assert (flows.residential_to_ambulatory, flows.ambulatory_to_residential) == (1, 1)
    assert dict(flows.end_reasons) == {"19": 2, "23": 1, "39": 1}


def test_team_and_municipality_cuts(data):
    boss, flow = data
    r = mine(boss.figures.provider_steering(START, END, flow.north), flow)[("R", "43")]
    assert (r.involvements, r.ended, r.lead_median, r.recurred) == (2, 1, 89.0, 0)
    r = mine(boss.figures.provider_steering(START, END, municipality_code=WORMERLAND), flow)[("R", "43")]
    assert (r.involvements, r.ended, r.lead_median, r.recurred) == (1, 1, 99.0, 1)


def test_others_see_none_of_it(central, data):
    _boss, flow = data
    with pytest.raises(AccessDenied):
        central.services("worker_a").figures.provider_steering(START, END)
    other = central.services("supervisor_a")
    with pytest.raises(AccessDenied):
        other.figures.provider_steering(START, END, flow.north)
    # Team A's supervisor counts under row security: none of this data set's help.
    assert mine(other.figures.provider_steering(START, END), flow) == {}
    # A worker of team A compares the providers of category 45: this data set's help is not theirs.
    rows = {r.provider_id: r for r in central.services("worker_a").figures.provider_comparison("45").rows}
    s = rows[flow.providers["S"]]
    assert (s.waiting_now, s.wait.count, s.lead.count, s.goals_evaluated) == (0, 0, 0, 0)


def test_the_comparison_as_the_supervisor(data):
    boss, flow = data
    rows = {r.provider_id: r for r in boss.figures.provider_comparison("45").rows}
    s = rows[flow.providers["S"]]
    assert (s.waiting_now, s.wait_median, s.lead.count, s.lead_median) == (1, 21.0, 3, 90.0)
