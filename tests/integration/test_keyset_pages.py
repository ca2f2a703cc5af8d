"""Long lists a page at a time (keyset): the team caseload and the access log, on SQLite. Walking every page
gives exactly the whole list, in the order asked for, each row once; the counts come with the first page."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.bootstrap import open_database
from app.demo import fill_demo
from app.queries.caseload_pages import CaseQuery, CaseSort
from models.enums import Role
from models.search_keys import fold_words

START = datetime(2000, 1, 1, tzinfo=timezone.utc)


def walk_cases(services, **query):
    """Every page of the team caseload for ``query``: (rows in order, first page)."""
    first = page = services.caseload.team_caseload_page(CaseQuery(limit=3, **query))
    rows = list(page.rows)
    while page.after is not None:
        page = services.caseload.team_caseload_page(CaseQuery(limit=3, after=page.after, **query))
        assert page.total is None and len(page.rows) <= 3
        rows += page.rows
    return rows, first


@pytest.fixture
def demo(services):
    fill_demo(services, 14)
    return services


def test_the_pages_of_the_team_caseload_are_the_whole_list_by_family_name_each_case_once(demo):
    rows, first = walk_cases(demo)
    everything = demo.caseload.team_caseload_with_due()
    assert first.total == first.matching == len(everything.rows) > 6  # more than two pages
    assert sorted(r.case_id for r in rows) == sorted(r.case_id for r in everything.rows)
    keys = [" ".join(fold_words(r.family_name)) for r in rows]
    assert len(rows) == len({r.case_id for r in rows})
    assert [r.family_name for r in rows] == [r.family_name for r in sorted(rows, key=lambda r: (
        _search_name(demo, r.family_id), r.family_id))], keys
    shown = {r.case_id: r for r in everything.rows}
    assert all(shown[r.case_id] == r for r in rows)  # the same row as the whole list shows
    assert dict(demo.caseload.team_caseload_page(CaseQuery()).next_due) == dict(everything.next_due)


def test_sorted_by_start_date_newest_first_the_pages_follow_that_order(demo):
    rows, _first = walk_cases(demo, sort=CaseSort.OPENED, descending=True)
    assert [(r.opened_on, r.case_id) for r in rows] == sorted(((r.opened_on, r.case_id) for r in rows), reverse=True)
    assert len(rows) == len(demo.caseload.team_caseload())


def test_a_search_narrows_the_pages_in_sql_and_counts_what_it_finds(demo):
    everything = demo.caseload.team_caseload()
    name = everything[len(everything) // 2].family_name
    word = fold_words(name)[-1]
    rows, first = walk_cases(demo, search=name.split()[-1].upper())
    assert first.total == len(everything) and first.matching == len(rows) >= 1
    assert all(word in " ".join(fold_words(r.family_name)) or word in r.director_name.casefold()
               or any(word in " ".join(fold_words(c.first_name)) for c in r.children) for r in rows)
    nothing, none = walk_cases(demo, search="zzqx")
    assert nothing == [] and none.matching == 0 and none.after is None


def test_the_access_log_pages_are_the_whole_answer_and_the_question_is_logged_once(demo, db_path):
    case_id = demo.caseload.my_caseload()[0].case_id
    for _ in range(5):
        demo.members.case_view(case_id)
    family_id = demo.members.case_view(case_id).header.family_id
    end = datetime.now(timezone.utc) + timedelta(minutes=5)
    worker_id = demo.ctx.user.worker_id
    chef = open_database(db_path, encryption=None).admin.create_user("chef", "Chef", Role.SUPERVISOR, ["Wijkteam Noord"])
    supervisor = demo
    supervisor.workers.sign_in(chef.id)
    whole = supervisor.access_log.what_did_user_look_at(worker_id, START, end)
    asked_before = len(whole)
    page = supervisor.access_log.what_did_user_look_at_page(worker_id, START, end, limit=3)
    supervisor_rows = list(page.rows)
    assert page.total == asked_before
    while page.after is not None:
        page = supervisor.access_log.what_did_user_look_at_page(worker_id, START, end, page.after, limit=3)
        supervisor_rows += page.rows
    assert supervisor_rows == whole  # every entry once, oldest first; the later pages were not logged
    family_rows = supervisor.access_log.who_looked_at_page(family_id, START, end, limit=2)
    assert family_rows.total >= 6 and len(family_rows.rows) == 2 and family_rows.after is not None


def test_the_access_log_offers_the_families_of_the_supervisor_s_teams_only(demo, db_path):
    admin = open_database(db_path, encryption=None).admin
    admin.create_team("Wijkteam Zuid")
    chef = admin.create_user("chef", "Chef", Role.SUPERVISOR, ["Wijkteam Zuid"])
    demo.workers.sign_in(chef.id)
    assert demo.access_log.choices().families == []  # the demo's families are all Noord's
    assert ("Chef" in [name for _id, name in demo.access_log.choices().workers])


def _search_name(services, family_id):
    from sqlalchemy import select

    from models import Family

    with services.ctx.uow() as uow:
        return uow.session.scalar(select(Family.search_name).where(Family.id == family_id))
