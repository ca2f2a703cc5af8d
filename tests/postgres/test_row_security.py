"""A worker sees and edits only the families of their own teams - in the app, and with a plain database
client as their own login role, whatever session settings they try. Supervisors see their teams,
administrators everything. The access log is read-only for every application role: the database writes
it on the caller's behalf (tests/postgres/test_access_log_by_database.py)."""
from __future__ import annotations

import psycopg
import pytest

from app.errors import AccessDenied
from tests.postgres.helpers import intake


@pytest.fixture(scope="module")
def families(central):
    """One family in team A (by worker_a) and one in team B (by worker_b)."""
    a = intake(central.services("worker_a"), "Jansen")
    b = intake(central.services("worker_b"), "Bakker")
    return a, b


def visible_family_ids(conn) -> set[int]:
    return {r[0] for r in conn.execute("SELECT id FROM family")}


def test_a_worker_cannot_select_or_update_another_teams_family_with_plain_sql(central, families):
    a, b = families
    with central.connect("worker_a") as conn:
        assert a.family_id in visible_family_ids(conn)
        assert b.family_id not in visible_family_ids(conn)
        assert conn.execute("SELECT count(*) FROM person WHERE family_id = %s", (b.family_id,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM case_file WHERE id = %s", (b.case_id,)).fetchone()[0] == 0
        updated = conn.execute("UPDATE family SET name = 'gekaapt' WHERE id = %s", (b.family_id,))
        assert updated.rowcount == 0
        assert conn.execute("DELETE FROM person WHERE family_id = %s", (b.family_id,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # cannot move a family into another team
            conn.execute("UPDATE family SET team_id = (SELECT team_id FROM family WHERE id = %s LIMIT 1) + 1000 "
                         "WHERE id = %s", (a.family_id, a.family_id))
    with central.connect("worker_b") as conn:
        assert conn.execute("SELECT name FROM family WHERE id = %s", (b.family_id,)).fetchone()[0] == "Familie Bakker"


def test_a_worker_cannot_widen_their_view_with_session_settings_or_roles(central, families):
    _, b = families
    with central.connect("worker_a") as conn:
        for attempt in ("SET application_name = 'admin'", "SELECT set_config('gezinsregie.team_ids', '1,2,3', false)",
                        "SET row_security = off"):
            try:
                conn.execute(attempt)
            except psycopg.Error:
                pass  # row_security = off makes queries that would be filtered fail instead
            try:
                assert b.family_id not in visible_family_ids(conn)
            except psycopg.errors.InsufficientPrivilege:
                pass
        conn.execute("RESET row_security")
        for group in (f"{central.prefix}_admin", f"{central.prefix}_supervisor", central.users["admin"]):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f'SET ROLE "{group}"')
        conn.execute(f"SET ROLE {central.prefix}_worker")  # its own group: sees less, not more
        assert visible_family_ids(conn) == set()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO worker_team (worker_id, team_id) SELECT id, id FROM worker LIMIT 1")


def test_the_app_says_no_access_for_another_teams_case(central, families):
    a, b = families
    worker_a = central.services("worker_a")
    assert worker_a.members.case_view(a.case_id).header.family_id == a.family_id
    with pytest.raises(AccessDenied) as refused:
        worker_a.members.case_view(b.case_id)
    assert "team" in refused.value.message()
    with pytest.raises(AccessDenied):
        worker_a.plans.start_plan(b.case_id)


def test_a_supervisor_sees_their_teams_and_an_administrator_everything(central, families):
    a, b = families
    with central.connect("supervisor_a") as conn:
        seen = visible_family_ids(conn)
        assert a.family_id in seen and b.family_id not in seen
    with central.connect("admin") as conn:
        seen = visible_family_ids(conn)
        assert {a.family_id, b.family_id} <= seen
    admin = central.services("admin")
    assert admin.members.case_view(b.case_id).header.family_id == b.family_id


def test_the_access_log_cannot_be_changed_by_application_roles(central, families):
    a, _ = families
    central.services("worker_a").members.case_view(a.case_id)  # writes a read entry
    for who in ("worker_a", "supervisor_a", "admin"):
        with central.connect(who) as conn:
            assert conn.execute("SELECT count(*) FROM access_log").fetchone()[0] > 0 or who != "worker_a"
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("UPDATE access_log SET detail = 'weg'")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("DELETE FROM access_log")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("TRUNCATE access_log")


def test_a_worker_reads_only_their_own_log_entries(central, families):
    _, b = families
    central.services("worker_b").members.case_view(b.case_id)
    with central.connect("worker_a") as conn:
        users = {r[0] for r in conn.execute("SELECT DISTINCT username FROM access_log")}
    assert users == {central.users["worker_a"]}
    with central.connect("supervisor_a") as conn:
        about_b = conn.execute("SELECT count(*) FROM access_log WHERE family_id = %s", (b.family_id,)).fetchone()[0]
    assert about_b == 0  # team B's family is not the supervisor of team A's business
    with central.connect("admin") as conn:
        assert conn.execute("SELECT count(*) FROM access_log WHERE family_id = %s",
                            (b.family_id,)).fetchone()[0] > 0


def test_a_login_without_a_worker_row_gets_a_clear_message(central):
    from app.central.signin import sign_in_login
    owner = central.services()
    with pytest.raises(AccessDenied) as refused:
        sign_in_login(owner.ctx)
    assert "postgres" in refused.value.message()


def test_an_administrators_statements_are_planned_without_a_row_check(central, families):
    """Revision 0008: the administrator's own policy makes PostgreSQL fold the per-row check away (it
    planned region-wide figures for a few rows where there were thousands); a supervisor keeps the check."""
    explain = "EXPLAIN SELECT count(*) FROM evaluation_goal JOIN evaluation ON evaluation.id = evaluation_goal.evaluation_id"
    with central.connect("admin") as conn:
        admin_plan = "\n".join(r[0] for r in conn.execute(explain))
    with central.connect("supervisor_a") as conn:
        supervisor_plan = "\n".join(r[0] for r in conn.execute(explain))
    assert "SubPlan" not in admin_plan and "gezinsregie_my" not in admin_plan
    assert "SubPlan" in supervisor_plan or "gezinsregie_my" in supervisor_plan
