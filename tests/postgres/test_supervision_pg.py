"""The team overview and a bulk reassignment on the real PostgreSQL server, as the supervisor's own login
with row-level security on. The central database is shared with the other tests in this session, so
figures are checked as the change that this test's own cases make."""
from __future__ import annotations

from dataclasses import replace

import pytest

from app.errors import AccessDenied, ConcurrencyConflict
from app.queries.team_overview import CaseloadWeights, WorkerLoad
from models.enums import CaseEventKind, Priority, PriorityReason
from tests.postgres.helpers import intake


def row(overview, worker_id: int) -> WorkerLoad:
    return next(r for r in overview.rows if r.worker_id == worker_id)


@pytest.fixture(scope="module")
def team(central):
    """Two new families of worker_a2 in team A: one in intake with high priority, one active."""
    boss, a2 = central.services("supervisor_a"), central.services("worker_a2")
    team_id = next(iter(boss.ctx.user.team_ids))
    before = boss.supervision.team_overview(team_id)
    first, second = intake(a2, "Groen"), intake(a2, "Kok")
    a2.cases.set_priority(first.case_id, 1, Priority.HIGH, PriorityReason.CRISIS)
    a2.cases.activate(second.case_id, 1)
    return boss, a2, team_id, before, (first.case_id, second.case_id)


def test_the_supervisor_sees_the_new_load_of_their_team(central, team):
    boss, a2, team_id, before, _cases = team
    after = boss.supervision.team_overview(team_id)

    old, new = row(before, a2.ctx.user.worker_id), row(after, a2.ctx.user.worker_id)
    assert (new.intake_cases - old.intake_cases, new.active_cases - old.active_cases,
            new.high_priority - old.high_priority) == (1, 1, 1)
    assert new.weighted - old.weighted == pytest.approx(1.5 + 1.0)
    assert after.totals.open_cases - before.totals.open_cases == 2
    assert after.team_name == central.team("A")
    assert [t.name for t in boss.supervision.team_choices()] == [central.team("A")]


def test_a_bulk_reassignment_moves_both_cases_with_their_history(central, team):
    boss, a2, team_id, _before, cases = team
    worker_a = central.services("worker_a").ctx.user.worker_id
    rows = [r for r in boss.supervision.worker_caseload(team_id, a2.ctx.user.worker_id).rows if r.case_id in cases]
    chosen = [(r.case_id, r.version) for r in rows]

    stale = [(case_id, version - 1) for case_id, version in chosen]
    with pytest.raises(ConcurrencyConflict):
        boss.supervision.reassign([chosen[0], stale[1]], worker_a, "Herverdeling")
    assert {r.case_id for r in boss.supervision.worker_caseload(team_id, a2.ctx.user.worker_id).rows} >= set(cases)

    changes = boss.supervision.reassign(chosen, worker_a, "Herverdeling")

    assert [c.case_id for c in changes] == [case_id for case_id, _ in chosen]
    moved = {r.case_id for r in boss.supervision.worker_caseload(team_id, worker_a).rows}
    assert set(cases) <= moved
    for case_id in cases:
        event = boss.cases.history(case_id)[-1]
        assert (event.kind, event.reason) == (CaseEventKind.DIRECTOR_TRANSFERRED, "Herverdeling")


def test_other_teams_workers_and_weights_are_refused_where_they_should_be(central, team):
    boss = team[0]
    admin = central.services("admin")
    other = next(t.id for t in admin.supervision.team_choices() if t.name == central.team("B"))

    with pytest.raises(AccessDenied):
        boss.supervision.team_overview(other)
    with pytest.raises(AccessDenied):
        central.services("worker_a").supervision.team_overview(team[2])
    with pytest.raises(AccessDenied) as refused:  # local_setting is written by administrators on central
        boss.supervision.set_caseload_weights(CaseloadWeights())
    assert "beheerder" in refused.value.message()

    admin.supervision.set_caseload_weights(replace(CaseloadWeights(), waakvlam=0.5))
    try:
        assert boss.supervision.caseload_weights().waakvlam == 0.5
        assert admin.supervision.team_overview(other).team_name == central.team("B")
    finally:
        admin.supervision.set_caseload_weights(CaseloadWeights())
