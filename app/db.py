"""The one place that builds database engines: embedded SQLite (file) or central PostgreSQL."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app.errors import DatabaseUnavailable
from app.i18n import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class DatabaseTarget:
    """What the user asked for: a file path for the embedded database, or a URL."""

    url: str
    path: Path | None  # set for a file-based SQLite database

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def display_name(self) -> str:
        """A safe description for the status bar: no password."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


def resolve_target(url_or_path: str | os.PathLike) -> DatabaseTarget:
    text = str(url_or_path)
    if "://" not in text:
        path = Path(text).expanduser().resolve()
        return DatabaseTarget(url=f"sqlite:///{path}", path=path)
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "'{url}' is not a valid database address."), url=text)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername.startswith("sqlite") and url.database not in (None, "", ":memory:"):
        path = Path(url.database).expanduser().resolve()
        return DatabaseTarget(url=f"sqlite:///{path}", path=path)
    return DatabaseTarget(url=url.render_as_string(hide_password=False), path=None)


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse, with a clear message, a path we cannot write or a file that is not SQLite."""
    if path.exists():
        if path.is_dir():
            raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "'{path}' is a folder, not a database file."), path=str(path))
        if not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "The database file '{path}' cannot be written."), path=str(path))
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP("Errors", "'{path}' is not a Gezinsregie database (the file is damaged or of another kind)."),
                path=str(path),
            )
        return
    parent = path.parent
    if not create:
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "The database file '{path}' does not exist."), path=str(path))
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "The folder '{path}' cannot be created."), path=str(parent))
    if not os.access(parent, os.W_OK):
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "The folder '{path}' is not writable."), path=str(parent))


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # We issue BEGIN ourselves so that DDL is transactional too (a failed migration rolls back).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")


def make_engine(target: DatabaseTarget, *, create: bool = True) -> Engine:
    """Build the engine for ``target``. SQLite: foreign keys on, WAL, synchronous=FULL, busy timeout."""
    if target.is_sqlite:
        if target.path is not None:
            check_sqlite_file(target.path, create=create)
        engine = create_engine(target.url, connect_args={"check_same_thread": False})
        _configure_sqlite(engine)
        if target.path is not None:
            _probe(engine)
        return engine
    try:
        return create_engine(target.url, pool_pre_ping=True)
    except (ArgumentError, ImportError):
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "'{url}' is not a valid database address."), url=target.display_name
        ) from None


def _probe(engine: Engine) -> None:
    """Open once so a damaged file fails here with a clear message, not deep in a query."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception as exc:  # sqlite3.DatabaseError and friends
        engine.dispose()
        cause = exc.orig if hasattr(exc, "orig") else exc
        if isinstance(cause, sqlite3.OperationalError) and "readonly" in str(cause).lower():
            raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "The database cannot be written."))
        if isinstance(cause, sqlite3.OperationalError) and "unable to open" in str(cause).lower():
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP("Errors", "The database file '{path}' cannot be opened or created."),
                path=str(engine.url.database),
            ) from None
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "The database file is damaged or is not a Gezinsregie database.")
        ) from None
