"""City-size demo data (the bulk path): valid, internally consistent, realistic in its mix, deterministic."""
from __future__ import annotations

import hashlib
import io

import pytest
from sqlalchemy import func, select, text

from app.bootstrap import open_database
from app.cli import main
from app.cli.progress import ProgressBar
from app.clock import FixedClock
from app.demo import DEMO_WORKER, family_count
from app.demo.city import CITY_THRESHOLD, fill_city
from app.services.families import IntakeInput, MemberInput
from models import Case, Family, Worker
from models.enums import CaseStatus, MemberRole
from tests.conftest import TODAY

FAMILIES = 600


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    svc = open_database(tmp_path_factory.mktemp("city") / "city.db", clock=FixedClock(TODAY), encryption=None)
    calls: list[tuple[int, int]] = []
    summary = fill_city(svc, FAMILIES, seed=11, progress=lambda done, total: calls.append((done, total)))
    yield svc, summary, calls
    svc.close()


@pytest.fixture
def sql(city):
    svc = city[0]
    with svc.engine.connect() as conn:
        yield lambda statement, **params: conn.execute(text(statement), params).all()


def one(sql, statement: str):
    return sql(statement)[0][0]


def test_counts_and_summary(city, sql):
    svc, summary, calls = city
    assert family_count(svc) == summary.families == FAMILIES
    assert sum(summary.by_status.values()) == FAMILIES
    assert calls[0] == (0, FAMILIES) and calls[-1] == (FAMILIES, FAMILIES)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    counts = {t: one(sql, f"SELECT count(*) FROM {t}") for t in (
        "person", "network_member", "case_file", "case_event", "family_plan", "goal", "action", "involvement",
        "involvement_goal", "evaluation", "evaluation_goal", "waakvlam", "waakvlam_contact", "access_log")}
    assert 3 * FAMILIES <= counts["person"] <= 5 * FAMILIES
    assert FAMILIES < counts["case_file"] < 1.3 * FAMILIES
    assert counts["family_plan"] > counts["case_file"] and counts["goal"] > 2 * counts["family_plan"]
    assert all(n > 0 for n in counts.values()), counts
    assert 3 * FAMILIES <= counts["access_log"] <= 10 * FAMILIES + 1
    assert summary.care.involvements == counts["involvement"] and summary.care.waakvlams == counts["waakvlam"]


def test_the_mix_of_cases_is_realistic(city, sql):
    _, summary, _ = city
    open_share = 1 - summary.by_status[CaseStatus.CLOSED] / FAMILIES
    assert 0.25 <= open_share <= 0.35
    assert all(summary.by_status.get(s, 0) > 0 for s in CaseStatus)
    assert one(sql, "SELECT min(opened_on) FROM case_file") <= str(TODAY.replace(year=TODAY.year - 5))
    assert one(sql, "SELECT count(*) FROM case_file WHERE reopen_count > 0") > 0
    high = one(sql, "SELECT count(*) FROM case_file WHERE status <> 'closed' AND priority = 'high'")
    assert one(sql, "SELECT count(*) FROM case_file WHERE priority = 'high' AND priority_reason IS NULL") == 0
    assert 0.05 <= high / one(sql, "SELECT count(*) FROM case_file WHERE status <> 'closed'") <= 0.15
    assert one(sql, "SELECT count(*) FROM case_event WHERE kind = 'director_transferred'") > 0
    assert {r[0] for r in sql("SELECT DISTINCT actor FROM goal")} == {
        "family", "network", "free_access", "social_team", "provider"}
    assert {r[0] for r in sql("SELECT DISTINCT decision FROM evaluation")} >= {
        "continue", "scale_down", "end_help", "to_waakvlam"}
    assert {r[0] for r in sql("SELECT DISTINCT status FROM evaluation_goal")} >= {
        "reached", "partly_reached", "not_reached", "in_progress"}
    waits = sql("SELECT provider_id, avg(julianday(start_date) - julianday(referral_date)) FROM involvement "
                "WHERE start_date IS NOT NULL GROUP BY provider_id HAVING count(*) >= 3")
    assert max(w for _, w in waits) > 2 * min(w for _, w in waits)  # some providers are slow


def test_the_local_worker_and_supervisor_are_there_with_a_caseload(city, sql):
    svc, summary, _ = city
    assert summary.local_worker == DEMO_WORKER and 25 <= summary.directed_by_local_worker <= 35
    assert one(sql, "SELECT count(*) FROM case_file c JOIN worker w ON w.id = c.director_id "
                    f"WHERE w.name = '{DEMO_WORKER}' AND c.status <> 'closed'") == summary.directed_by_local_worker
    assert one(sql, "SELECT count(*) FROM worker_team wt JOIN worker w ON w.id = wt.worker_id JOIN worker s "
                    "ON s.name = 'Marieke Hoekstra' JOIN worker_team st ON st.worker_id = s.id "
                    f"AND st.team_id = wt.team_id WHERE w.name = '{DEMO_WORKER}'") == 1
    loads = [n for _, n in sql("SELECT director_id, count(*) FROM case_file c JOIN worker w ON w.id = c.director_id "
                               "WHERE c.status <> 'closed' AND w.active GROUP BY director_id")]
    assert 15 <= sum(loads) / len(loads) <= 40
    assert svc.ctx.user is not None and svc.ctx.user.name == DEMO_WORKER


def test_some_open_cases_need_a_new_director(sql):
    inactive = one(sql, "SELECT count(*) FROM case_file c JOIN worker w ON w.id = c.director_id "
                        "WHERE c.status <> 'closed' AND NOT w.active")
    outside = one(sql, "SELECT count(*) FROM case_file c WHERE c.status <> 'closed' AND NOT EXISTS ("
                       "SELECT 1 FROM worker_team wt WHERE wt.worker_id = c.director_id AND wt.team_id = c.team_id)")
    assert inactive > 0 and outside > 0


CONSISTENCY = {
    "two open cases in a family": "SELECT family_id FROM case_file WHERE status <> 'closed' "
                                  "GROUP BY family_id HAVING count(*) > 1",
    "a family without members": "SELECT id FROM family f WHERE NOT EXISTS (SELECT 1 FROM person p "
                                "WHERE p.family_id = f.id AND p.role = 'young_person')",
    "a member born after the first case opened": "SELECT p.id FROM person p JOIN case_file c ON c.family_id = "
                                                 "p.family_id WHERE p.date_of_birth >= c.opened_on",
    "an agreed plan without goals": "SELECT id FROM family_plan p WHERE status <> 'draft' AND NOT EXISTS ("
                                    "SELECT 1 FROM goal g WHERE g.plan_id = p.id)",
    "a plan with too few or many goals": "SELECT plan_id FROM goal GROUP BY plan_id HAVING count(*) NOT BETWEEN 1 AND 5",
    "an open case's plans both agreed": "SELECT case_id FROM family_plan WHERE status = 'agreed' "
                                        "GROUP BY case_id HAVING count(*) > 1",
    "a goal about someone of another family": "SELECT gp.goal_id FROM goal_person gp JOIN goal g ON g.id = gp.goal_id "
                                              "JOIN family_plan fp ON fp.id = g.plan_id JOIN case_file c ON c.id = "
                                              "fp.case_id JOIN person p ON p.id = gp.person_id "
                                              "WHERE p.family_id <> c.family_id",
    "a reopened case without its event": "SELECT id FROM case_file c WHERE reopen_count <> (SELECT count(*) FROM "
                                         "case_event e WHERE e.case_id = c.id AND e.kind = 'reopened')",
    "a reopening long after closing": "SELECT r.id FROM case_event r JOIN case_event c ON c.case_id = r.case_id "
                                      "AND c.kind = 'closed' WHERE r.kind = 'reopened' AND r.from_value = 'closed' "
                                      "AND julianday(r.on_date) - julianday(c.on_date) > 366",
    "a closed case without a closing event": "SELECT id FROM case_file c WHERE status = 'closed' AND closed_on <> "
                                             "(SELECT max(on_date) FROM case_event e WHERE e.case_id = c.id "
                                             "AND e.kind = 'closed')",
    "an event before the opening": "SELECT e.id FROM case_event e JOIN case_file c ON c.id = e.case_id "
                                   "WHERE e.on_date < c.opened_on",
    "a case without its opening": "SELECT id FROM case_file c WHERE NOT EXISTS (SELECT 1 FROM case_event e "
                                  "WHERE e.case_id = c.id AND e.kind = 'opened')",
    "help outside its case": "SELECT i.id FROM involvement i JOIN case_file c ON c.id = i.case_id WHERE "
                             "i.referral_date < c.opened_on OR (c.status = 'closed' AND (i.actual_end IS NULL OR "
                             "i.actual_end > c.closed_on))",
    "an involvement linked to another case's goal": "SELECT ig.involvement_id FROM involvement_goal ig JOIN "
                                                    "involvement i ON i.id = ig.involvement_id WHERE NOT EXISTS ("
                                                    "SELECT 1 FROM goal g JOIN family_plan p ON p.id = g.plan_id "
                                                    "WHERE g.lineage = ig.goal_lineage AND p.case_id = i.case_id "
                                                    "AND g.actor = 'provider')",
    "an evaluation outside its case or plan": "SELECT e.id FROM evaluation e JOIN case_file c ON c.id = e.case_id "
                                              "JOIN family_plan p ON p.id = e.plan_id WHERE p.case_id <> e.case_id "
                                              "OR p.agreed_on IS NULL OR e.held_on < p.agreed_on OR "
                                              "(c.closed_on IS NOT NULL AND e.held_on > c.closed_on)",
    "an evaluation goal of another plan": "SELECT eg.evaluation_id FROM evaluation_goal eg JOIN evaluation e ON "
                                          "e.id = eg.evaluation_id JOIN goal g ON g.id = eg.goal_id "
                                          "WHERE g.plan_id <> e.plan_id OR g.lineage <> eg.goal_lineage",
    "a waakvlam case without a running waakvlam": "SELECT id FROM case_file c WHERE status = 'waakvlam' AND NOT "
                                                  "EXISTS (SELECT 1 FROM waakvlam w WHERE w.case_id = c.id AND "
                                                  "w.status = 'active')",
    "a running waakvlam on a case not in waakvlam": "SELECT w.id FROM waakvlam w JOIN case_file c ON c.id = w.case_id "
                                                    "WHERE w.status = 'active' AND c.status <> 'waakvlam'",
    "a contact held in the future": f"SELECT id FROM waakvlam_contact WHERE held_on > '{TODAY}'",
    "anything in the future": f"SELECT id FROM case_file WHERE opened_on > '{TODAY}' UNION ALL SELECT id FROM "
                              f"case_event WHERE on_date > '{TODAY}' UNION ALL SELECT id FROM evaluation WHERE "
                              f"held_on > '{TODAY}' UNION ALL SELECT id FROM involvement WHERE referral_date > "
                              f"'{TODAY}' OR start_date > '{TODAY}' OR actual_end > '{TODAY}' UNION ALL SELECT id "
                              f"FROM access_log WHERE occurred_at > '{TODAY} 23:59'",
    "a foreign key that does not hold": "PRAGMA foreign_key_check",
}


@pytest.mark.parametrize("problem", CONSISTENCY)
def test_the_data_is_consistent(sql, problem):
    assert sql(CONSISTENCY[problem])[:5] == []


def test_some_waakvlam_contacts_are_overdue_and_some_held(sql):
    overdue = one(sql, f"SELECT count(*) FROM waakvlam_contact wc JOIN waakvlam w ON w.id = wc.waakvlam_id "
                       f"WHERE w.status = 'active' AND wc.held_on IS NULL AND wc.planned_date < '{TODAY}'")
    held = one(sql, "SELECT count(*) FROM waakvlam_contact WHERE held_on IS NOT NULL")
    assert overdue > 0 and held > overdue


def test_work_goes_on_normally_after_the_bulk_fill(city):
    svc = city[0]
    with svc.ctx.uow() as uow:
        before = uow.session.scalar(select(func.max(Case.id)))
        team_id = uow.session.scalar(select(Case.team_id).where(Case.director_id == svc.ctx.user.worker_id))
    result = svc.families.intake(IntakeInput("Familie Nieuw", [MemberInput(MemberRole.YOUNG_PERSON, "Sem", "Nieuw",
                                                                           TODAY.replace(year=2015))],
                                             team_id, svc.ctx.user.worker_id))
    assert result.case_id == before + 1
    assert len(svc.caseload.my_caseload()) >= 26


def _digest(svc) -> str:
    with svc.engine.connect() as conn:
        rows = [conn.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2")).all() for t in (
            "family", "person", "case_file", "case_event", "goal", "evaluation_goal", "involvement", "access_log")]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_the_same_seed_gives_the_same_city(tmp_path):
    digests = []
    for name in ("a.db", "b.db"):
        svc = open_database(tmp_path / name, clock=FixedClock(TODAY), encryption=None)
        try:
            fill_city(svc, 60, seed=5)
            digests.append(_digest(svc))
        finally:
            svc.close()
    other = open_database(tmp_path / "c.db", clock=FixedClock(TODAY), encryption=None)
    try:
        fill_city(other, 60, seed=6)
        assert digests[0] == digests[1] != _digest(other)
    finally:
        other.close()


def test_filling_again_adds_families_to_the_same_organisation(tmp_path):
    svc = open_database(tmp_path / "twice.db", clock=FixedClock(TODAY), encryption=None)
    try:
        fill_city(svc, 80)
        with svc.ctx.uow() as uow:
            workers = uow.session.scalar(select(func.count(Worker.id)))
        fill_city(svc, 80)
        with svc.ctx.uow() as uow:
            assert uow.session.scalar(select(func.count(Family.id))) == 160
            assert uow.session.scalar(select(func.count(Worker.id))) == workers
            assert uow.session.scalar(select(func.count(Case.id)).where(Case.status != CaseStatus.CLOSED)) > 40
    finally:
        svc.close()


def test_the_command_fills_an_encrypted_database_with_a_progress_bar(tmp_path, capsys):
    database = tmp_path / "city.db"

    code = main(["demo", "--families", str(CITY_THRESHOLD + 1), "--database", str(database)])

    out, err = capsys.readouterr()
    assert code == 0 and out.count("\n") == 1 and DEMO_WORKER in out and str(CITY_THRESHOLD + 1) in out
    lines = err.splitlines()
    assert lines[0].startswith("Demo-gezinnen   0% [....") and lines[-1].endswith("] 501/501")
    assert " 100% [" in lines[-1]
    assert database.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted, like every new local database
    services = open_database(database)
    try:
        assert family_count(services) == CITY_THRESHOLD + 1
    finally:
        services.close()


def test_the_progress_bar_redraws_one_line_on_a_terminal():
    stream = io.StringIO()
    bar = ProgressBar("Demo families", stream, interactive=True, width=10)
    for done in (0, 42_000, 42_000, 100_000):
        bar(done, 100_000)

    assert stream.getvalue() == ("\rDemo-gezinnen   0% [..........] 0/100.000"
                                 "\rDemo-gezinnen  42% [####......] 42.000/100.000"
                                 "\rDemo-gezinnen 100% [##########] 100.000/100.000\n")


def test_the_progress_bar_prints_a_line_per_tenth_elsewhere():
    stream = io.StringIO()
    bar = ProgressBar("Demo families", stream, interactive=False)
    for done in range(0, 1001, 25):
        bar(done, 1000)
    bar.close()

    lines = stream.getvalue().splitlines()
    assert len(lines) == 11 and lines[-1].endswith(" 1.000/1.000") and " 50% " in lines[5]
