"""Long lists a page at a time (keyset) on PostgreSQL, as the users' own logins: the pages of the team
caseload and of the access log are the whole list in order, each row once; row security keeps another
team's cases out of every page."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.queries.caseload_pages import CaseQuery, CaseSort
from tests.postgres.helpers import intake

START = datetime(2000, 1, 1, tzinfo=timezone.utc)


def walk(services, **query):
    first = page = services.caseload.team_caseload_page(CaseQuery(limit=2, **query))
    rows = list(page.rows)
    while page.after is not None:
        page = services.caseload.team_caseload_page(CaseQuery(limit=2, after=page.after, **query))
        rows += page.rows
    return rows, first


def test_the_team_caseload_pages_are_the_team_s_cases_in_order_and_nothing_of_another_team(central):
    worker = central.services("worker_a")
    mine = {intake(worker, name).case_id for name in ("Zwart", "Bakker", "de Vries", "Aydın", "Mulder")}
    theirs = intake(central.services("worker_b"), "Smit").case_id

    rows, first = walk(worker)
    everything = worker.caseload.team_caseload()
    assert first.total == len(everything) == len(rows) and mine <= {r.case_id for r in rows}
    assert theirs not in {r.case_id for r in rows}
    assert len({r.case_id for r in rows}) == len(rows)
    by_opened, _ = walk(worker, sort=CaseSort.OPENED, descending=True)
    assert [(r.opened_on, r.case_id) for r in by_opened] == sorted(
        ((r.opened_on, r.case_id) for r in rows), reverse=True)
    found, counted = walk(worker, search="BAKK")
    assert [r.family_name for r in found if r.case_id in mine] == ["Familie Bakker"]
    assert counted.matching == len(found) and all("Bakker" in r.family_name for r in found)
    by_name = [r.family_name for r in rows if r.case_id in mine]
    assert by_name == ["Familie Aydın", "Familie Bakker", "Familie de Vries", "Familie Mulder", "Familie Zwart"]


def test_the_access_log_pages_are_the_whole_answer_oldest_first(central):
    worker = central.services("worker_a")
    family = intake(worker, "Visser")
    for _ in range(5):
        worker.members.case_view(family.case_id)
    supervisor = central.services("supervisor_a")
    end = datetime.now(timezone.utc) + timedelta(minutes=5)

    page = supervisor.access_log.who_looked_at_page(family.family_id, START, end, limit=2)
    rows, total = list(page.rows), page.total
    while page.after is not None:
        page = supervisor.access_log.who_looked_at_page(family.family_id, START, end, page.after, limit=2)
        rows += page.rows
    assert total == len(rows) >= 6
    assert [r.occurred_at for r in rows] == sorted(r.occurred_at for r in rows)
    assert [r.object_type for r in rows].count("case") >= 5
