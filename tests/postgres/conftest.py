"""A real PostgreSQL database per test session: its own database and roles (random suffix), migrated with
``gezinsregie db upgrade``, with teams and users made by the admin service; dropped afterwards, also
after a failure. No server: the tests skip - except in CI (CI=true), where a skip would hide a failure.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field

import psycopg
import pytest
from psycopg import sql

from app.bootstrap import Services, open_database
from app.central.signin import sign_in_login
from app.cli import main as cli_main
from models.enums import Role

HOST, PORT = "127.0.0.1", 5432
SUPERUSER = os.environ.get("GEZINSREGIE_TEST_PG_USER", "postgres")
PASSWORD = "correct-horse-battery"


def admin_connection(dbname: str = "postgres") -> psycopg.Connection:
    return psycopg.connect(host=HOST, port=PORT, user=SUPERUSER, dbname=dbname, autocommit=True, connect_timeout=3)


@dataclass
class Central:
    """The test database: names of its teams and users (all logins share ``PASSWORD``)."""

    dbname: str
    suffix: str
    prefix: str
    users: dict[str, str] = field(default_factory=dict)  # short name -> login role
    opened: list[Services] = field(default_factory=list)

    def url(self, login: str | None = None, password: str | None = PASSWORD) -> str:
        if login is None:
            return f"postgresql://{SUPERUSER}@{HOST}:{PORT}/{self.dbname}"
        return f"postgresql://{login}:{password}@{HOST}:{PORT}/{self.dbname}"

    def team(self, short: str) -> str:
        return f"Team {short} {self.suffix}"

    def services(self, short: str | None = None, *, sign_in: bool = True, clock=None) -> Services:
        """Services as a user's own login role (None: the superuser, who owns the schema)."""
        svc = open_database(self.url(self.users[short] if short else None), encryption=None, clock=clock)
        self.opened.append(svc)
        if short and sign_in:
            sign_in_login(svc.ctx)
        return svc

    def connect(self, short: str) -> psycopg.Connection:
        """A plain database client as the user's login role, as anyone could use outside the app."""
        return psycopg.connect(host=HOST, port=PORT, user=self.users[short], password=PASSWORD,
                               dbname=self.dbname, autocommit=True)


USERS = {  # short name -> (role, teams)
    "worker_a": (Role.WORKER, ["A"]),
    "worker_a2": (Role.WORKER, ["A"]),
    "worker_b": (Role.WORKER, ["B"]),
    "supervisor_a": (Role.SUPERVISOR, ["A"]),
    "admin": (Role.ADMIN, []),
}


@pytest.fixture(scope="session")
def central() -> Central:
    try:
        admin_connection().close()
    except psycopg.Error as exc:
        reason = f"PostgreSQL not reachable at {HOST}:{PORT}: {str(exc).strip().splitlines()[0] if str(exc) else exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + " (CI=true: a skip would hide these tests)")
        pytest.skip(reason)
    suffix = secrets.token_hex(4)
    db = Central(dbname=f"gz_test_{suffix}", suffix=suffix, prefix=f"gzt_{suffix}")
    with admin_connection() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db.dbname)))
    previous = os.environ.get("GEZINSREGIE_PG_ROLE_PREFIX")
    try:
        os.environ["GEZINSREGIE_PG_ROLE_PREFIX"] = db.prefix
        assert cli_main(["db", "upgrade", "--database", db.url()]) == 0
        owner = db.services()
        owner.admin.create_team(db.team("A"))
        owner.admin.create_team(db.team("B"))
        for short, (role, teams) in USERS.items():
            login = f"{short.replace('_', '.')}.{suffix}"
            owner.admin.create_user(login, short.replace("_", " ").title(), role, [db.team(t) for t in teams],
                                    PASSWORD)
            db.users[short] = login
        yield db
    finally:
        for svc in db.opened:
            svc.close()
        if previous is None:
            os.environ.pop("GEZINSREGIE_PG_ROLE_PREFIX", None)
        else:
            os.environ["GEZINSREGIE_PG_ROLE_PREFIX"] = previous
        _drop(db)


def _drop(db: Central) -> None:
    with admin_connection() as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db.dbname)))
        roles = [r for (r,) in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s OR rolname LIKE %s ORDER BY rolname",
            (f"%.{db.suffix}", f"{db.prefix}\\_%"))]
        logins = [r for r in roles if not r.startswith(db.prefix)]
        groups = [f"{db.prefix}_admin", f"{db.prefix}_supervisor", f"{db.prefix}_worker", f"{db.prefix}_provisioner"]
        for role in logins + [g for g in groups if g in roles]:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@pytest.fixture
def fresh_database(monkeypatch):
    """An empty database of its own (for schema tests) with its own group roles; dropped afterwards."""
    try:
        admin_connection().close()
    except psycopg.Error as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL not reachable at {HOST}:{PORT}: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {HOST}:{PORT}: {exc}")
    suffix = secrets.token_hex(4)
    db = Central(dbname=f"gz_test_{suffix}", suffix=suffix, prefix=f"gzt_{suffix}")
    monkeypatch.setenv("GEZINSREGIE_PG_ROLE_PREFIX", db.prefix)
    with admin_connection() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db.dbname)))
    try:
        yield db
    finally:
        for svc in db.opened:
            svc.close()
        _drop(db)


@pytest.fixture(scope="module")
def worker(central) -> Services:
    """worker_a, signed in with their own login."""
    return central.services("worker_a")


@pytest.fixture(scope="module")
def colleague(central) -> Services:
    """worker_a2: the same team as ``worker``, another login."""
    return central.services("worker_a2")


@pytest.fixture(autouse=True)
def _idle_connections_closed(request):
    """After each test, the idle pooled connections of every Services it opened go back to the server: the
    suite opens a Services per login and module, and their idle pools together would pass the server's
    ``max_connections`` (100 by default). Engines reconnect when next used."""
    yield
    if "central" in request.fixturenames:  # (fresh_database closes its own when the test ends)
        for svc in request.getfixturevalue("central").opened:
            svc.engine.dispose()
