"""The access log is written only by the database, on the caller's behalf (migration 0009).

A worker with a plain SQL client cannot insert into the log at all; the logging function takes the
author from the login, the time from the database clock and the workstation from the session, lets a
success name only what the caller may see, and takes a detail code with counts, never text. A worker
row cannot be deleted, so no entry loses its author. Each abuse test sits next to the use it abuses.
"""
from __future__ import annotations

import time

from datetime import datetime, timedelta, timezone

import psycopg
import pytest

from app.audit_detail import COUNT, DAY, OBJECT_TYPES, SPECS
from models.enums import AuditEvent
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

LOG = "SELECT gezinsregie_log_access(%s, %s, %s, %s::integer[], %s::integer[], %s::integer[], %s, %s::text[])"
FORGED = ("INSERT INTO access_log (occurred_at, event, worker_id, username, family_id, object_type, outcome, "
          "workstation, detail) VALUES (now() - interval '30 days', 'read', %s, %s, %s, 'family', 'success', "
          "'pc-van-collega', 'Jansen BSN 123456782')")


@pytest.fixture(scope="module")
def families(central):
    """One family in team A (by worker_a) and one in team B (by worker_b)."""
    return intake(central.services("worker_a"), "Smit"), intake(central.services("worker_b"), "Visser")


def worker_id(conn, short_login: str) -> int:
    return conn.execute("SELECT id FROM worker WHERE username = %s", (short_login,)).fetchone()[0]


def entry_count(central) -> int:
    with admin_connection(central.dbname) as conn:
        return conn.execute("SELECT count(*) FROM access_log").fetchone()[0]


def last_entry(central) -> dict:
    with admin_connection(central.dbname) as conn:
        cur = conn.execute("SELECT occurred_at, worker_id, username, family_id, case_id, object_type, object_id, "
                           "workstation, outcome, detail_code, detail_args, detail, now() AS server_now "
                           "FROM access_log ORDER BY id DESC LIMIT 1")
        return dict(zip([c.name for c in cur.description], cur.fetchone()))


def log_read(conn, family_id, case_id=None, *, outcome="success", code="case_view", args=None, object_type="case",
             object_id=None):
    """One entry through the database's logging function, as the connection's own login."""
    object_id = object_id if object_id is not None else (case_id if object_type == "case" else family_id)
    return conn.execute(LOG, ("read", object_type, outcome, [object_id], [family_id], [case_id], code, args))


def test_a_worker_logs_through_the_function_as_themselves_with_the_servers_time_and_address(central, families):
    a, _ = families
    with central.connect("worker_a") as conn:
        conn.execute("SET application_name = 'pc-noord-12'")
        assert log_read(conn, a.family_id, a.case_id).fetchone()[0] == 1
        me = worker_id(conn, central.users["worker_a"])
    entry = last_entry(central)
    assert (entry["worker_id"], entry["username"]) == (me, central.users["worker_a"])
    assert (entry["family_id"], entry["case_id"], entry["object_id"]) == (a.family_id, a.case_id, a.case_id)
    assert abs(entry["server_now"] - entry["occurred_at"]) < timedelta(seconds=30)
    assert entry["workstation"] == "pc-noord-12 (127.0.0.1)"
    assert (entry["detail_code"], entry["detail_args"], entry["detail"]) == ("case_view", None, None)


def test_a_worker_cannot_insert_into_the_access_log_whatever_it_names(central, families):
    a, _ = families
    before = entry_count(central)
    for who in ("worker_a", "supervisor_a", "admin"):
        with central.connect(who) as conn:
            own, colleague = central.users[who], central.users["worker_a2"]
            for name in (own, colleague):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(FORGED, (worker_id(conn, name), name, a.family_id))
            conn.execute(f"SET ROLE {central.prefix}_worker")  # the group itself has no INSERT either
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(FORGED, (None, own, a.family_id))
            conn.execute("RESET ROLE")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT nextval(pg_get_serial_sequence('access_log', 'id'))")
    assert entry_count(central) == before


def test_the_function_cannot_set_another_author_time_or_workstation(central, families):
    a, _ = families
    with central.connect("worker_a") as conn:
        me = worker_id(conn, central.users["worker_a"])
        conn.execute(f"SET ROLE {central.prefix}_worker")  # current_user changes; session_user does not
        conn.execute("SET application_name = 'Jansen 123456782 <script>'")
        conn.execute("SET TIME ZONE 'Pacific/Kiritimati'")
        log_read(conn, a.family_id, a.case_id)
        with pytest.raises(psycopg.errors.UndefinedFunction):  # no parameter for the author, time or place
            conn.execute("SELECT gezinsregie_log_access('read', 'case', 'success', ARRAY[1], ARRAY[1], ARRAY[1], "
                         "NULL, NULL, %s, now() - interval '1 year', 'pc-van-collega')", (central.users["worker_b"],))
    entry = last_entry(central)
    assert (entry["worker_id"], entry["username"]) == (me, central.users["worker_a"])
    assert abs(entry["server_now"] - entry["occurred_at"]) < timedelta(seconds=30)
    # The name is the client's claim, in host-name characters; the address is what the server saw.
    assert entry["workstation"] == "Jansen123456782script (127.0.0.1)"


def test_on_behalf_of_names_another_worker_and_never_free_text(central, families):
    """NEN 7513 "namens": a username the database checks (migration 0017), never text a caller makes up."""
    a, _ = families
    on_behalf = LOG.replace("%s::text[])", "%s::text[], %s)")
    args = ("read", "case", "success", [a.case_id], [a.family_id], [a.case_id], "case_view", None)
    before = entry_count(central)
    with central.connect("supervisor_a") as conn:
        conn.execute(on_behalf, (*args, central.users["worker_a"]))
        for forged in ("Jansen BSN 123456782", central.users["supervisor_a"]):  # text, or oneself
            with pytest.raises(psycopg.errors.InvalidParameterValue):
                conn.execute(on_behalf, (*args, forged))
    assert entry_count(central) == before + 1
    with admin_connection(central.dbname) as conn:
        row = conn.execute("SELECT username, on_behalf_of FROM access_log ORDER BY id DESC LIMIT 1").fetchone()
    assert row == (central.users["supervisor_a"], central.users["worker_a"])


def test_no_application_login_can_change_what_the_log_accepts(central):
    for login in ("worker_a", "admin"):
        with central.connect(login) as conn:
            assert conn.execute("SELECT count(*) FROM access_log_vocabulary").fetchone()[0] > 0
            for statement in ("INSERT INTO access_log_vocabulary VALUES ('detail_code', 'free_text', 'a')",
                              "UPDATE access_log_vocabulary SET args = 'n' WHERE name = 'hits'",
                              "DELETE FROM access_log_vocabulary"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
                    conn.execute(statement)


def test_a_success_may_name_only_the_callers_own_families_and_cases(central, families):
    a, b = families
    before = entry_count(central)
    with central.connect("worker_a") as conn:
        for attempt in (dict(family_id=b.family_id, case_id=None, object_type="family"),
                        dict(family_id=None, case_id=b.case_id),
                        dict(family_id=a.family_id, case_id=b.case_id),  # a case of another family
                        dict(family_id=a.family_id, case_id=None, object_type="family", object_id=b.family_id)):
            with pytest.raises(psycopg.Error):
                log_read(conn, **attempt)
    assert entry_count(central) == before
    with central.connect("supervisor_a") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            log_read(conn, b.family_id, b.case_id)
    with central.connect("admin") as conn:  # an administrator sees every team
        log_read(conn, b.family_id, b.case_id)
    assert entry_count(central) == before + 1


def test_a_refusal_about_another_teams_family_is_recorded_under_the_callers_own_name(central, families):
    """The app logs refusals (app/access.py); checking the id would tell the caller whether it exists."""
    _, b = families
    with central.connect("worker_a") as conn:
        log_read(conn, b.family_id, None, outcome="denied", code=None, object_type="family")
        log_read(conn, 987654, None, outcome="denied", code=None, object_type="family")
    entry = last_entry(central)
    assert (entry["username"], entry["outcome"], entry["family_id"]) == (central.users["worker_a"], "denied", 987654)


def test_the_detail_is_a_known_code_with_arguments_of_its_kind_never_text(central, families):
    a, _ = families
    before = entry_count(central)
    with central.connect("worker_a") as conn:
        log_read(conn, a.family_id, a.case_id, code="hits", args=["3"])
        for code, args in (("Jansen, BSN 123456782", None), ("hits", ["Jansen 123456782"]), ("hits", ["-1"]),
                           ("hits", ["1234567890"]), ("hits", ["3", "4"]), ("hits", None), ("case_view", ["1"]),
                           ("search", ["jansen", "1"]), ("figures", ["20260231", "20260301"]), (None, ["1"])):
            with pytest.raises(psycopg.Error):
                log_read(conn, a.family_id, a.case_id, code=code, args=args)
        with pytest.raises(psycopg.errors.InvalidParameterValue):  # nor in the object type
            log_read(conn, a.family_id, a.case_id, object_type="Jansen BSN 123456782")
    assert entry_count(central) == before + 1


def test_the_database_accepts_every_detail_code_and_object_type_of_the_app(central):
    samples = {COUNT: "7", DAY: "20261203"}
    with central.connect("admin") as conn, conn.transaction(force_rollback=True):
        for code, spec in SPECS.items():
            for token_at in range(max([1] + [len(k) for _, k in spec.args if isinstance(k, tuple)])):
                args = [samples[k] if isinstance(k, str) else k[min(token_at, len(k) - 1)] for _, k in spec.args]
                log_read(conn, None, None, code=code.value, args=args or None, object_type="team_overview")
        for object_type in OBJECT_TYPES:
            conn.execute(LOG, ("read", object_type, "success", [None], [None], [None], None, None))


def test_the_search_logs_its_hits_in_one_call_under_the_workers_name_with_readable_details(central, families):
    worker = central.services("worker_a")
    intake(worker, "Smitsen")
    time.sleep(0.01)  # the question's period starts after everything worker_a did before (this session's tests too)
    start = datetime.now(timezone.utc)
    result = worker.search.find_families("Smit")
    assert len(result.rows) >= 2
    supervisor = central.services("supervisor_a")
    rows = supervisor.access_log.what_did_user_look_at(worker.ctx.user.worker_id, start,
                                                       datetime.now(timezone.utc) + timedelta(minutes=5))
    searches = [r for r in rows if r.event is AuditEvent.SEARCH and r.object_type == "family"]
    shown = [r for r in rows if r.detail_code == "search_hit"]
    assert [r.detail for r in searches] == [f"Zoeken op naam, {len(result.rows)} treffer(s)"]
    assert sorted(r.family_id for r in shown) == sorted(hit.family_id for hit in result.rows)
    assert {(r.event, r.detail) for r in shown} == {(AuditEvent.READ, "Getoond als zoekresultaat")}
    assert {(r.username, r.worker_name) for r in rows} == {(central.users["worker_a"], "Worker A")}
    assert all(r.workstation and r.workstation.endswith("(127.0.0.1)") for r in rows)
    assert not any("Smit" in (r.detail or "") for r in rows)
    with admin_connection(central.dbname) as conn:
        authors = set(conn.execute("SELECT worker_id, username FROM access_log WHERE detail_code = 'search_hit'"))
    assert authors == {(worker.ctx.user.worker_id, central.users["worker_a"])}


def test_a_deactivated_worker_can_no_longer_write_entries(central, families):
    login = central.users["worker_a2"]
    with central.connect("worker_a2") as conn:
        log_read(conn, None, None, code=None, object_type="caseload")
        with admin_connection(central.dbname) as owner:
            owner.execute("UPDATE worker SET active = false WHERE username = %s", (login,))
        try:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                log_read(conn, None, None, code=None, object_type="caseload")
        finally:
            with admin_connection(central.dbname) as owner:
                owner.execute("UPDATE worker SET active = true WHERE username = %s", (login,))


def test_a_worker_row_cannot_be_deleted_and_its_entries_keep_their_author(central, families):
    central.services("worker_a2").caseload.my_caseload()  # an entry by worker_a2
    with central.connect("admin") as conn:
        me = worker_id(conn, central.users["worker_a2"])
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM worker WHERE id = %s", (me,))
        conn.execute("UPDATE worker SET name = name WHERE id = %s", (me,))  # administering workers still works
    with admin_connection(central.dbname) as conn, conn.transaction(force_rollback=True):
        # Not even the schema owner: a worker with nothing but log entries keeps them, with their author.
        gone = conn.execute(
            "INSERT INTO worker (username, name, role, active, version, created_at, updated_at) "
            "VALUES ('vertrokken', 'Vertrokken', 'worker', false, 1, now(), now()) RETURNING id").fetchone()[0]
        conn.execute("INSERT INTO access_log (occurred_at, event, worker_id, username, object_type, outcome) "
                     "VALUES (now(), 'read', %s, 'vertrokken', 'caseload', 'success')", (gone,))
        with pytest.raises(psycopg.errors.ForeignKeyViolation) as refused, conn.transaction():
            conn.execute("DELETE FROM worker WHERE id = %s", (gone,))
        assert refused.value.diag.constraint_name == "fk_access_log_worker_id_worker"
        assert conn.execute("SELECT count(*) FROM access_log WHERE worker_id = %s", (me,)).fetchone()[0] > 0
