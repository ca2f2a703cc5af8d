"""Users are made, changed and deactivated only through the database's provisioning functions (migration
0010): no login of the app has CREATEROLE, the functions touch only this installation's logins and groups,
and a deactivated login is refused - and sees nothing - at once. As the real logins, with plain SQL too."""
from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

from app.central.roles import RESERVED_LOGIN, scram_verifier
from app.cli import main as cli_main
from app.errors import AccessDenied, ValidationError
from app.services.admin import NOT_YOURSELF
from models.enums import Role
from tests.postgres.conftest import HOST, PASSWORD, PORT, admin_connection
from tests.postgres.helpers import intake

VERIFIER = scram_verifier("a-new-password-1234")


def new_user(central, short: str, role: Role = Role.WORKER, teams=("A",)) -> str:
    """A user made by the administrator's own login through the service; its login name."""
    login = f"{short}.{central.suffix}"
    central.services("admin").admin.create_user(login, short.title(), role, [central.team(t) for t in teams],
                                                PASSWORD)
    return login


def connect_as(central, login: str) -> psycopg.Connection:
    return psycopg.connect(host=HOST, port=PORT, user=login, password=PASSWORD, dbname=central.dbname,
                           autocommit=True, connect_timeout=3)


def as_owner(central, query: str, params=()):
    with admin_connection(central.dbname) as conn:
        return conn.execute(query, params).fetchall()


def groups_of(central, login: str) -> set[str]:
    return {g for (g,) in as_owner(central, "SELECT g.rolname FROM pg_auth_members m "
                                            "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member "
                                            "WHERE r.rolname = %s", (login,))}


# --- no CREATEROLE -------------------------------------------------------------------------------------------

def test_an_administrator_can_manage_users_without_createrole(central):
    login = new_user(central, "made.by.admin")
    assert groups_of(central, login) == {f"{central.prefix}_worker"}
    assert as_owner(central, "SELECT rolcanlogin, rolcreaterole FROM pg_roles WHERE rolname = %s", (login,)) == [
        (True, False)]
    holders = as_owner(central, "SELECT DISTINCT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                                "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname LIKE %s AND r.rolcreaterole",
                       (f"{central.prefix}\\_%",))
    assert holders == []


def test_the_administrators_login_cannot_escalate_with_plain_sql(central):
    admin, colleague = central.users["admin"], central.users["worker_a"]
    with central.connect("admin") as conn:
        for attempt in (sql.SQL("GRANT pg_execute_server_program TO {}").format(sql.Identifier(admin)),
                        sql.SQL("ALTER ROLE {} PASSWORD 'overgenomen'").format(sql.Identifier(colleague)),
                        sql.SQL("CREATE ROLE {}").format(sql.Identifier(f"x.{central.suffix}")),
                        sql.SQL("ALTER ROLE {} CREATEROLE").format(sql.Identifier(admin))):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(attempt)
        # the worker row's identity changes only with the login, through the functions
        for column, value in (("active", "false"), ("role", "'worker'"), ("username", "'someone'")):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"UPDATE worker SET {column} = {value} WHERE username = %s", (colleague,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO worker (name, username, role, active, version, created_at, updated_at) "
                         "VALUES ('X', 'postgres', 'admin', true, 1, now(), now())")
        with conn.transaction(force_rollback=True):  # a name is the administrator's to correct
            assert conn.execute("UPDATE worker SET name = 'Correctie' WHERE username = %s", (colleague,)).rowcount == 1


def test_a_worker_cannot_call_the_provisioning_functions(central):
    with central.connect("worker_a") as conn:
        assert conn.execute("SELECT gezinsregie_may_provision()").fetchone()[0] is False
        for call, args in (("gezinsregie_create_login(%s, %s, 'admin', 'X')", (f"me.{central.suffix}", VERIFIER)),
                           ("gezinsregie_set_login_role(%s, 'admin')", (central.users["worker_a"],)),
                           ("gezinsregie_set_login_password(%s, %s)", (central.users["worker_b"], VERIFIER)),
                           ("gezinsregie_deactivate_login(%s)", (central.users["worker_b"],)),
                           ("gezinsregie_reactivate_login(%s)", (central.users["worker_b"],))):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT {call}", args)
    worker = central.services("worker_a")
    with pytest.raises(AccessDenied):
        worker.admin.deactivate_user(central.users["worker_b"])


# --- the functions touch only this installation's logins and groups ------------------------------------------

@pytest.fixture
def foreign_login(central):
    """A login of another installation (its own prefix's group) with a worker row here, as an old
    administrator could have inserted one."""
    login, group = f"other.{central.suffix}", f"gzo_{central.suffix}_worker"
    with admin_connection(central.dbname) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(sql.Identifier(login), sql.Identifier(group)))
        conn.execute("INSERT INTO worker (name, username, role, active, version, created_at, updated_at) "
                     "VALUES ('Other', %s, 'worker', true, 1, now(), now())", (login,))
    yield login
    with admin_connection(central.dbname) as conn:
        conn.execute("DELETE FROM worker WHERE username = %s", (login,))
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(group)))


def test_the_functions_refuse_roles_that_are_not_this_installations_logins(central, foreign_login):
    with admin_connection(central.dbname) as conn:  # a superuser with a worker row
        conn.execute("INSERT INTO worker (name, username, role, active, version, created_at, updated_at) "
                     "VALUES ('Beheer', 'postgres', 'worker', true, 1, now(), now()) ON CONFLICT DO NOTHING")
    try:
        with central.connect("admin") as conn:
            for target in ("postgres", foreign_login, f"{central.prefix}_admin", f"nobody.{central.suffix}",
                           "Postgres"):
                for call in ("gezinsregie_set_login_password(%s, %s)", "gezinsregie_deactivate_login(%s)",
                             "gezinsregie_set_login_role(%s, 'worker')", "gezinsregie_reactivate_login(%s)"):
                    args = (target, VERIFIER) if "password" in call else (target,)
                    with pytest.raises(psycopg.errors.InsufficientPrivilege):
                        conn.execute(f"SELECT {call}", args)
        assert as_owner(central, "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (foreign_login,)) == [(True,)]
    finally:
        with admin_connection(central.dbname) as conn:
            conn.execute("DELETE FROM worker WHERE username = 'postgres'")


def test_a_login_is_created_only_with_a_new_name_a_verifier_and_one_of_this_installations_groups(central):
    name = f"nieuw.{central.suffix}"
    refused = {  # (name, verifier, kind) -> the error
        ("Nieuw Persoon", VERIFIER, "worker"): psycopg.errors.InvalidParameterValue,
        (f"pg_x.{central.suffix}", VERIFIER, "worker"): psycopg.errors.InvalidParameterValue,
        (f"{central.prefix}_extra", VERIFIER, "worker"): psycopg.errors.InvalidParameterValue,
        (name, "een-gewoon-wachtwoord", "worker"): psycopg.errors.InvalidParameterValue,
        (name, VERIFIER, "pg_execute_server_program"): psycopg.errors.InvalidParameterValue,
        (name, VERIFIER, f"{central.prefix}_admin"): psycopg.errors.InvalidParameterValue,
        (name, VERIFIER, "superuser"): psycopg.errors.InvalidParameterValue,
        ("postgres", VERIFIER, "worker"): psycopg.errors.DuplicateObject,
        (central.users["worker_b"], VERIFIER, "admin"): psycopg.errors.DuplicateObject,
    }
    with central.connect("admin") as conn:
        for (login, verifier, kind), error in refused.items():
            with pytest.raises(error):
                conn.execute("SELECT gezinsregie_create_login(%s, %s, %s, 'X')", (login, verifier, kind))
    assert as_owner(central, "SELECT count(*) FROM pg_roles WHERE rolname = %s", (name,)) == [(0,)]
    assert groups_of(central, central.users["worker_b"]) == {f"{central.prefix}_worker"}


def test_the_app_refuses_the_databases_own_names_at_the_field(central):
    for reserved in (f"pg_x.{central.suffix}", f"{central.prefix}_extra"):
        with pytest.raises(ValidationError) as refused:
            new_user(central, reserved.removesuffix(f".{central.suffix}"))
        assert refused.value.fields["username"].text == RESERVED_LOGIN


def test_an_administrator_does_not_demote_or_deactivate_themselves(central):
    admin = central.services("admin")
    for change in (lambda: admin.admin.deactivate_user(central.users["admin"]),
                   lambda: admin.admin.change_role(central.users["admin"], Role.WORKER)):
        with pytest.raises(ValidationError) as refused:
            change()
        assert refused.value.fields["username"].text == NOT_YOURSELF
    with central.connect("admin") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT gezinsregie_deactivate_login(current_user)")


# --- changing, deactivating, reactivating --------------------------------------------------------------------

def test_a_role_change_moves_the_login_to_the_other_group(central):
    login = new_user(central, "wordt.supervisor")
    central.services("admin").admin.change_role(login, Role.SUPERVISOR)
    assert groups_of(central, login) == {f"{central.prefix}_supervisor"}
    assert as_owner(central, "SELECT role FROM worker WHERE username = %s", (login,)) == [("supervisor",)]
    with pytest.raises(ValidationError):  # an administrator is the only role without a team
        central.services("admin").admin.change_role(new_user(central, "zonder.team", Role.ADMIN, ()), Role.WORKER)


def test_deactivation_ends_open_sessions_and_refuses_the_login_at_once(central, tmp_path):
    login = new_user(central, "vertrekt")
    family = intake(central.services("worker_a"), "Visser")
    open_session = connect_as(central, login)
    assert open_session.execute("SELECT count(*) FROM family WHERE id = %s", (family.family_id,)).fetchone() == (1,)
    open_session.execute("CREATE TEMPORARY TABLE blijf (x integer)")  # owning it does not protect the login
    with psycopg.connect(host=HOST, port=PORT, user=login, password=PASSWORD, dbname="postgres",
                         autocommit=True) as elsewhere:
        elsewhere.execute("CREATE TEMPORARY TABLE blijf (x integer)")
        assert cli_main(["admin", "deactivate-user", login, "--database", central.url(central.users["admin"])]) == 0
        with pytest.raises(psycopg.OperationalError):
            elsewhere.execute("SELECT 1")

    with pytest.raises(psycopg.OperationalError):
        open_session.execute("SELECT count(*) FROM family")
    open_session.close()
    with pytest.raises(psycopg.OperationalError) as refused:
        connect_as(central, login)
    assert "not permitted to log in" in str(refused.value)
    assert groups_of(central, login) == set()
    assert as_owner(central, "SELECT active FROM worker WHERE username = %s", (login,)) == [(False,)]
    assert as_owner(central, "SELECT a.detail_code FROM access_log a JOIN worker w ON w.id = a.object_id "
                             "WHERE a.object_type = 'worker' AND w.username = %s AND a.username = %s",
                    (login, central.users["admin"]))[-1] == ("deactivated",)

    central.services("admin").admin.reactivate_user(login)
    with connect_as(central, login) as conn:
        assert conn.execute("SELECT count(*) FROM family WHERE id = %s", (family.family_id,)).fetchone() == (1,)
    assert groups_of(central, login) == {f"{central.prefix}_worker"}


def test_an_inactive_login_that_kept_its_membership_sees_nothing(central):
    """Simulated as the superuser: the worker row inactive, the login and its group left as they were."""
    login = new_user(central, "oud.beheer", Role.ADMIN, ())
    intake(central.services("worker_b"), "Smit")
    with connect_as(central, login) as conn:
        assert conn.execute("SELECT count(*) FROM family").fetchone()[0] > 0
        as_owner(central, "UPDATE worker SET active = false WHERE username = %s RETURNING id", (login,))
        for table in ("family", "person", "case_file", "journal_entry", "access_log"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        assert conn.execute("SELECT gezinsregie_may_provision()").fetchone() == (False,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT gezinsregie_deactivate_login(%s)", (central.users["worker_a"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO family (team_id, name, version, created_at, updated_at) "
                         "SELECT id, 'X', 1, now(), now() FROM team LIMIT 1")


def test_create_user_and_reset_password_through_the_cli(central, tmp_path, monkeypatch, capsys):
    login = f"via.cli.{central.suffix}"
    admin_url = central.url(central.users["admin"])
    monkeypatch.setenv("GEZINSREGIE_NEW_PASSWORD", PASSWORD)
    assert cli_main(["admin", "create-user", login, "--name", "Via Cli", "--role", "worker",
                     "--team", central.team("A"), "--database", admin_url]) == 0
    before = as_owner(central, "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,))[0][0]
    monkeypatch.delenv("GEZINSREGIE_NEW_PASSWORD")
    password_file = tmp_path / "pw"
    password_file.write_text("een-ander-lang-wachtwoord\n")
    assert cli_main(["admin", "reset-password", login, "--password-file", str(password_file),
                     "--database", admin_url]) == 0
    after = as_owner(central, "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,))[0][0]
    assert after.startswith("SCRAM-SHA-256$") and after != before
    assert cli_main(["admin", "set-role", login, "supervisor", "--database", admin_url]) == 0
    out = capsys.readouterr().out
    assert login in out and "een-ander" not in out
    with connect_as(central, login) as conn:  # the test server trusts 127.0.0.1; the login itself is checked
        assert conn.execute("SELECT pg_has_role(current_user, %s, 'MEMBER')",
                            (f"{central.prefix}_supervisor",)).fetchone() == (True,)
    # a worker's own login is refused by the database as well as by the app
    worker_url = central.url(central.users["worker_a"])
    assert cli_main(["admin", "deactivate-user", login, "--database", worker_url]) == 1
    assert as_owner(central, "SELECT active FROM worker WHERE username = %s", (login,)) == [(True,)]


# --- the upgrade of an existing installation ----------------------------------------------------------------

def test_the_upgrade_takes_createrole_away_and_refuses_the_logins_of_inactive_workers(fresh_database):
    """Logins as the revisions before 0010 made them: an administrator with CREATEROLE, and a worker set
    inactive in the table only, still in their group."""
    from app.storage import schema
    from app.storage.db import make_engine, resolve_target

    db = fresh_database
    engine = make_engine(resolve_target(db.url()))
    schema.migrate(engine, "0008")
    admin, gone = f"oud.admin.{db.suffix}", f"oud.weg.{db.suffix}"
    with admin_connection(db.dbname) as conn:
        for login, group, active in ((admin, "admin", True), (gone, "worker", False)):
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN {} IN ROLE {}").format(
                sql.Identifier(login), sql.SQL("CREATEROLE" if group == "admin" else ""),
                sql.Identifier(f"{db.prefix}_{group}")))
            conn.execute("INSERT INTO worker (name, username, role, active, version, created_at, updated_at) "
                         "VALUES ('X', %s, %s, %s, 1, now(), now())", (login, group, active))
    schema.migrate(engine, "head")
    engine.dispose()
    roles_now = as_owner(db, "SELECT rolname, rolcanlogin, rolcreaterole FROM pg_roles WHERE rolname IN (%s, %s) "
                             "ORDER BY rolname", (admin, gone))
    assert roles_now == [(admin, True, False), (gone, False, False)]
    assert groups_of(db, admin) == {f"{db.prefix}_admin"} and groups_of(db, gone) == set()
