"""The caseload pages' one read on PostgreSQL: row-level security decides which cases (and due items) come back."""
from __future__ import annotations

import pytest

from app.queries import caseload as caseload_queries
from tests.postgres.helpers import intake


@pytest.mark.parametrize("id_list_limit", [200, 0], ids=["ids as a list", "ids as a subquery"])
def test_a_worker_gets_their_teams_cases_with_due_items_and_nothing_of_another_team(central, monkeypatch,
                                                                                    id_list_limit):
    monkeypatch.setattr(caseload_queries, "ID_LIST_LIMIT", id_list_limit)
    a = intake(central.services("worker_a"), "Visser")
    b = intake(central.services("worker_b"), "Smit")
    worker_a = central.services("worker_a")

    team = worker_a.caseload.team_caseload_with_due()
    mine = worker_a.caseload.my_caseload_with_due()

    team_ids = {row.case_id for row in team.rows}
    assert a.case_id in team_ids and b.case_id not in team_ids
    assert set(team.next_due) <= team_ids and a.case_id in team.next_due  # a new case: its plan is due
    assert a.case_id in {row.case_id for row in mine.rows}
    assert team.rows == worker_a.caseload.team_caseload()
    assert team.next_due == worker_a.due.next_due_by_case(team=True)
