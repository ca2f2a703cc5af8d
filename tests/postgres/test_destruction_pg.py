"""Destruction on the central database (migration 0020), as the real logins: the use through the app by
two administrators next to the abuse with a plain SQL client - a worker or supervisor calling the
functions, an administrator executing an unapproved or self-approved request, deleting the access log
or a family by hand. After destruction every column of every table is searched for the family."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import psycopg
import pytest
from sqlalchemy import update

from app.errors import AccessDenied, ValidationError
from app.family_graph import file_tables, of_family, time_columns
from app.services.consents import ConsentInput
from app.services.retention import DestructionInput
from models import ChangeLogEntry
from models.enums import CloseReason, ConsentScope, DestructionGround, DestructionStatus, Role
from tests.integration.destruction_data import OTHER_TEXTS, filled_families, needles_found
from tests.postgres.conftest import PASSWORD, admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege
Refused = (psycopg.errors.InsufficientPrivilege, psycopg.errors.CheckViolation)


@pytest.fixture(scope="module")
def second_admin(central) -> str:
    """A second administrator's login (the session's users have one)."""
    if "admin2" not in central.users:
        login = f"admin2.{central.suffix}"
        central.services().admin.create_user(login, "Tweede Beheerder", Role.ADMIN, [], PASSWORD)
        central.users["admin2"] = login
    return "admin2"


def every_row(dbname: str) -> dict[str, list[tuple]]:
    """Every row of every table of the schema (information_schema), as the superuser."""
    with admin_connection(dbname) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE'")]
        return {t: [tuple(r) for r in conn.execute(psycopg.sql.SQL("SELECT * FROM {}").format(
            psycopg.sql.Identifier(t)))] for t in tables}


def destroy(central, family_id: int, second: str):
    first, other = central.services("admin"), central.services(second)
    request = first.retention.request_destruction(DestructionInput(
        family_id, DestructionGround.PERSON_REQUEST, True, "Brief van Ayşe Öztürk"))
    approved = other.retention.approve(request.id, request.version)
    return first.retention.execute(approved.id, approved.version)


def filled_as_worker(central):
    """The inspection builders add a provider and product (an administrator's rows) the worker way: the
    worker group may do that just while the family is built."""
    grant = f"ON provider, product TO {central.prefix}_worker"
    with admin_connection(central.dbname) as conn:
        conn.execute(f"GRANT INSERT, UPDATE {grant}")
    try:
        return filled_families(central.services("worker_a"))
    finally:
        with admin_connection(central.dbname) as conn:
            conn.execute(f"REVOKE INSERT, UPDATE {grant.replace(' TO ', ' FROM ')}")


def test_after_destruction_no_table_holds_the_familys_names_bsns_or_texts(central, second_admin):
    families = filled_as_worker(central)
    with admin_connection(central.dbname) as conn:  # an entry from before revision 0009, with free text
        conn.execute("INSERT INTO access_log (occurred_at, event, username, family_id, object_type, outcome, detail) "
                     "VALUES (now(), 'read', 'oud', %s, 'family', 'success', 'Dossier Zoë Öztürk')",
                     (families.family_id,))
    before = every_row(central.dbname)
    assert {"person", "family_plan", "journal_entry", "consent", "network_member"} <= set(needles_found(before))
    other_before = needles_found(before, OTHER_TEXTS)

    done = destroy(central, families.family_id, second_admin)

    after = every_row(central.dbname)
    assert needles_found(after) == {}
    assert needles_found(after, OTHER_TEXTS) == other_before  # the other family untouched
    assert done.status is DestructionStatus.EXECUTED and done.note is None and done.removed_rows > 25
    with admin_connection(central.dbname) as conn:
        assert conn.execute("SELECT count(*) FROM family WHERE id = %s", (families.family_id,)).fetchone()[0] == 0
        record = conn.execute("SELECT requested_by_id <> approved_by_id, note, ground, family_id FROM "
                              "destruction_request WHERE id = %s", (done.id,)).fetchone()
        assert tuple(record) == (True, None, "person_request", families.family_id)
        # The change log names the deleted rows (ids only) as the administrator's.
        deleted = conn.execute("SELECT count(*), min(username) FROM change_log WHERE operation = 'delete' "
                               "AND table_name = 'person'").fetchone()
        assert deleted[0] >= 5 and deleted[1] == central.users["admin"]
        assert conn.execute("SELECT count(*) FROM access_log WHERE family_id = %s AND detail IS NOT NULL",
                            (families.family_id,)).fetchone()[0] == 0


def test_a_worker_or_supervisor_cannot_call_the_functions(central, second_admin):
    family = intake(central.services("worker_a"), "Roerdomp")
    for user in ("worker_a", "supervisor_a"):
        with pytest.raises(AccessDenied):
            central.services(user).retention.review()
        with central.connect(user) as conn:
            for call in ("SELECT gezinsregie_request_destruction('family_file', %s, 'person_request', true, NULL)",
                         "SELECT gezinsregie_execute_destruction(%s)", "SELECT gezinsregie_approve_destruction(%s)"):
                with pytest.raises(Denied):
                    conn.execute(call, (family.family_id,))
            with pytest.raises(Denied):  # not even read: the requests are the administrators'
                conn.execute("SELECT count(*) FROM destruction_request")


def test_an_administrator_cannot_execute_an_unapproved_or_self_approved_request(central, second_admin):
    worker = central.services("worker_a")
    family = intake(worker, "Grauwgans")
    worker.cases.close(family.case_id, 1, CloseReason.GOALS_REACHED)
    with central.connect("admin") as conn:
        request = conn.execute("SELECT gezinsregie_request_destruction('family_file', %s, 'person_request', true, "
                               "'x')", (family.family_id,)).fetchone()[0]
        with pytest.raises(Denied):  # not approved
            conn.execute("SELECT gezinsregie_execute_destruction(%s)", (request,))
        with pytest.raises(Denied):  # own request
            conn.execute("SELECT gezinsregie_approve_destruction(%s)", (request,))
        with pytest.raises(Denied):  # no writing the request by hand
            conn.execute("UPDATE destruction_request SET status = 'approved', approved_by_id = requested_by_id + 1 "
                         "WHERE id = %s", (request,))
        with pytest.raises(Denied):
            conn.execute("INSERT INTO destruction_request (kind, family_id, ground, no_other_interest, status, "
                         "requested_by_id, requested_at, approved_by_id, version, created_at, updated_at) VALUES "
                         "('family_file', %s, 'person_request', true, 'approved', 1, now(), 2, 1, now(), now())",
                         (family.family_id,))
        with pytest.raises(Denied):  # deleting a family by hand stays refused
            conn.execute("DELETE FROM family WHERE id = %s", (family.family_id,))
        with pytest.raises(Denied):
            conn.execute("DELETE FROM access_log")
        with pytest.raises(Denied):
            conn.execute("TRUNCATE access_log")
    with pytest.raises(ValidationError) as refused:  # the app says it at the field
        central.services("admin").retention.approve(request, 1)
    assert set(refused.value.fields) == {"approved_by"}
    with central.connect(second_admin) as conn:
        conn.execute("SELECT gezinsregie_approve_destruction(%s)", (request,))
        with pytest.raises(Denied):  # approved once: not again
            conn.execute("SELECT gezinsregie_execute_destruction(%s)", (request + 1000,))
    with admin_connection(central.dbname) as conn:
        assert conn.execute("SELECT count(*) FROM family WHERE id = %s", (family.family_id,)).fetchone()[0] == 1


def test_a_family_with_an_open_case_cannot_be_requested_or_destroyed(central, second_admin):
    family = intake(central.services("worker_a"), "Open")
    with central.connect("admin") as conn:
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("SELECT gezinsregie_request_destruction('family_file', %s, 'person_request', true, NULL)",
                         (family.family_id,))
        with pytest.raises(psycopg.errors.CheckViolation):  # no check of other interests recorded
            conn.execute("SELECT gezinsregie_request_destruction('family_file', %s, 'person_request', false, NULL)",
                         (family.family_id,))
    with pytest.raises(ValidationError) as refused:
        central.services("admin").retention.request_destruction(DestructionInput(
            family.family_id, DestructionGround.PERSON_REQUEST, True, None))
    assert set(refused.value.fields) == {"family_id"}


def test_old_access_log_entries_are_removed_by_two_administrators_only(central, second_admin):
    with admin_connection(central.dbname) as conn:
        for years, family in ((6, 7001), (5, 7002), (4, 7003)):
            conn.execute("INSERT INTO access_log (occurred_at, event, username, family_id, object_type, outcome) "
                         "VALUES (now() - make_interval(years => %s) - interval '1 day', 'read', 'oud', %s, "
                         "'family', 'success')", (years, family))
        conn.execute("INSERT INTO access_log (occurred_at, event, username, family_id, object_type, outcome) "
                     "VALUES (now() - interval '5 years' + interval '1 day', 'read', 'oud', 7004, 'family', 'success')")
    first, second = central.services("admin"), central.services(second_admin)
    request = first.retention.request_log_purge("Jaarlijks")
    with pytest.raises(ValidationError):
        first.retention.approve(request.id, request.version)
    approved = second.retention.approve(request.id, request.version)
    done = second.retention.execute(approved.id, approved.version)
    assert done.removed_rows >= 2 and done.note is None and done.cutoff_date is not None
    with admin_connection(central.dbname) as conn:
        left = {r[0] for r in conn.execute("SELECT family_id FROM access_log WHERE family_id BETWEEN 7001 AND 7004")}
        assert left == {7003, 7004}
        purged = conn.execute("SELECT detail_code, detail_args FROM access_log WHERE object_type = 'access_log' "
                              "AND event = 'delete'").fetchall()
        assert [tuple(p) for p in purged] == [("access_log_purged", f"{done.removed_rows},{done.cutoff_date:%Y%m%d}")]
    assert done.cutoff_date <= date.today().replace(year=date.today().year - 5)


def test_a_change_made_with_plain_sql_counts_as_the_files_last_change(central, second_admin):
    worker = central.services("worker_a")
    family = intake(worker, "Oudeweg")
    worker.cases.close(family.case_id, 1, CloseReason.GOALS_REACHED)
    owner = central.services()
    twenty_one_years_ago = datetime.now(timezone.utc).replace(year=datetime.now(timezone.utc).year - 21)
    with owner.ctx.uow() as uow:  # the schema owner: no change-log entry for this
        for t in file_tables():
            stamps = {c.name: twenty_one_years_ago for c in time_columns(t.table)}
            if stamps:
                uow.session.execute(t.table.update().where(of_family(t.table, family.family_id)).values(stamps))
        # ... and the change log's entries of its intake and closing (they name its rows)
        uow.session.execute(update(ChangeLogEntry).where(ChangeLogEntry.occurred_at > datetime.now(timezone.utc)
                                                         - timedelta(hours=1)).values(occurred_at=twenty_one_years_ago))
        uow.commit()
    admin = central.services("admin")
    assert family.family_id in {r.family_id for r in admin.retention.review().files}
    passed = admin.retention.request_destruction(DestructionInput(  # the database agrees: 20 years passed
        family.family_id, DestructionGround.RETENTION_EXPIRED, True, None))
    admin.retention.withdraw(passed.id, passed.version)

    with central.connect("worker_a") as conn:  # updated_at stays old; the change log's trigger notes it
        conn.execute("UPDATE person SET first_name = 'Zoe' WHERE family_id = %s AND first_name = 'Zoë'",
                     (family.family_id,))

    assert family.family_id not in {r.family_id for r in admin.retention.review().files}
    with pytest.raises(ValidationError) as refused:
        admin.retention.request_destruction(DestructionInput(family.family_id, DestructionGround.RETENTION_EXPIRED,
                                                             True, None))
    assert set(refused.value.fields) == {"ground"}
    with central.connect("admin") as conn, pytest.raises(psycopg.errors.CheckViolation):
        conn.execute("SELECT gezinsregie_request_destruction('family_file', %s, 'retention_expired', true, NULL)",
                     (family.family_id,))


def test_a_table_added_later_is_destroyed_too(central, second_admin):
    """The function finds the file's tables in the catalogue when it runs: a table a later revision adds
    (here one made by hand, tied to a consent and to help) loses the family's rows as well."""
    worker = central.services("worker_a")
    family = intake(worker, "Laterman")
    zoe = next(m.id for m in worker.members.family_detail(family.family_id).members if m.first_name == "Zoë")
    consent = worker.consents.record(family.family_id, ConsentInput(zoe, ConsentScope.SCHOOL, date(2026, 11, 1),
                                                                    party="School"))
    worker.cases.close(family.case_id, 1, CloseReason.GOALS_REACHED)
    with admin_connection(central.dbname) as conn:
        conn.execute("CREATE TABLE later_record (id serial PRIMARY KEY, "
                     "consent_id integer NOT NULL REFERENCES consent (id) ON DELETE RESTRICT, note text)")
        conn.execute("INSERT INTO later_record (consent_id, note) VALUES (%s, 'Gedeeld over Zoë Laterman')",
                     (consent.id,))
    try:
        done = destroy(central, family.family_id, second_admin)
        with admin_connection(central.dbname) as conn:
            assert conn.execute("SELECT count(*) FROM later_record").fetchone()[0] == 0
        assert done.status is DestructionStatus.EXECUTED
    finally:
        with admin_connection(central.dbname) as conn:
            conn.execute("DROP TABLE later_record")
