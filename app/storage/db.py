"""The one place that builds database engines: embedded SQLite (plain or SQLCipher) or central PostgreSQL.

An encrypted file gets the ``sqlite+pysqlcipher`` dialect (so SQLAlchemy wraps sqlcipher3's errors);
the dialect runs ``PRAGMA key`` first on every new connection, before the pragmas below, and the
pool keeps connections open because a passphrase costs a key derivation per connection.

Opening an existing file changes nothing in it until it is accepted (ours, not newer, sound): only then
does :func:`use_wal` switch it to write-ahead logging, which writes the header and creates ``-wal`` and
``-shm`` files. A new file is created 0600 before SQLite sees it; SQLite gives its ``-wal``, ``-shm``
and ``-journal`` files the database file's mode.
"""
from __future__ import annotations

import os
import re
import socket
import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from app import disk
from app.config import data_dir
from app.storage.crypto import DatabaseKey, FileKind, file_kind
from app.errors import DatabaseDamaged, DatabaseKeyMissing, DatabaseKeyRejected, DatabaseUnavailable, DiskFull
from app.i18n import QT_TRANSLATE_NOOP
from app.redact import safe_url

DRIVER_ERRORS = (sqlite3.DatabaseError, sqlcipher.DatabaseError)  # what a damaged or wrongly keyed file raises
BUSY_TIMEOUT_MS = 5000
KEY_REJECTED = QT_TRANSLATE_NOOP(
    "Errors", "The database file '{path}' cannot be opened with this key: the key or passphrase is wrong, "
              "or the file is damaged or not a Gezinsregie database.")
NOT_AN_ADDRESS = QT_TRANSLATE_NOOP("Errors", "'{url}' is not a valid database address.")
NO_ROOM_TO_OPEN = QT_TRANSLATE_NOOP(
    "Errors", "The database file '{path}' cannot be opened: the disk is full. Free up disk space and try again.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "The database file '{path}' is damaged or is not a Gezinsregie database. If it is yours, restore "
              "a backup with 'gezinsregie db restore BACKUP_FILE' ('gezinsregie db verify' lists them).")


def workstation_name() -> str:
    """This computer's name as the access log shows it: host-name characters only, at most 63 (what
    PostgreSQL keeps of ``application_name``, from which its logging function takes the workstation)."""
    return re.sub(r"[^A-Za-z0-9._-]", "", socket.gethostname())[:63] or "unknown"


@dataclass(frozen=True)
class DatabaseTarget:
    """What the user asked for: a file path for the embedded database, or a URL; and the file's key."""

    url: str = field(repr=False)  # may hold a server password: shown only as display_name
    path: Path | None  # set for a file-based SQLite database
    key: DatabaseKey | None = field(default=None, repr=False)  # set for an encrypted file

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def display_name(self) -> str:
        """A safe description for the status bar: no password."""
        if self.path is not None:
            return str(self.path)
        return safe_url(self.url)

    def with_key(self, key: DatabaseKey | None) -> DatabaseTarget:
        return replace(self, key=key)


def resolve_target(url_or_path: str | os.PathLike) -> DatabaseTarget:
    text = str(url_or_path)
    if "://" not in text:
        path = Path(text).expanduser().resolve()
        return DatabaseTarget(url=f"sqlite:///{path}", path=path)
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        raise DatabaseUnavailable(NOT_AN_ADDRESS, url=safe_url(text)) from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername.startswith("sqlite") and url.database not in (None, "", ":memory:"):
        path = Path(url.database).expanduser().resolve()
        return DatabaseTarget(url=f"sqlite:///{path}", path=path)
    return DatabaseTarget(url=url.render_as_string(hide_password=False), path=None)


def check_sqlite_file(path: Path, *, create: bool, encrypted: bool = False) -> None:
    """Refuse, with a clear message, a path we cannot write, a file that is not SQLite (plain or
    SQLCipher), or an encrypted file when no key was given."""
    if path.exists():
        if path.is_dir():
            raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "'{path}' is a folder, not a database file."), path=str(path))
        if not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "The database file '{path}' cannot be written."), path=str(path))
        kind = file_kind(path)
        if kind is FileKind.OTHER:
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP("Errors", "'{path}' is not a Gezinsregie database (the file is damaged or of another kind)."),
                path=str(path),
            )
        if kind is FileKind.ENCRYPTED and not encrypted:
            raise DatabaseKeyMissing(
                QT_TRANSLATE_NOOP("Errors", "'{path}' is encrypted (or damaged) and cannot be opened without its key."),
                path=str(path),
            )
        return
    parent = path.parent
    if not create:
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "The database file '{path}' does not exist."), path=str(path))
    try:
        disk.private_folder(parent, ours=parent == data_dir().expanduser().resolve())
    except OSError:
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "The folder '{path}' cannot be created."), path=str(parent))
    if not os.access(parent, os.W_OK):
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "The folder '{path}' is not writable."), path=str(parent))


def _configure_sqlite(engine: Engine) -> None:
    encrypted = engine_key(engine) is not None

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # We issue BEGIN ourselves so that DDL is transactional too (a failed migration rolls back).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if encrypted:
            cur.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print a wrong key to stderr
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # IMMEDIATE: every service call writes (at least its access-log entry). A deferred BEGIN that
        # upgrades to a write fails at once with SQLITE_BUSY when another connection wrote meanwhile;
        # an immediate one waits for the busy timeout instead.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(target: DatabaseTarget, *, create: bool = True) -> Engine:
    """Build the engine for ``target``. SQLite: foreign keys on, synchronous=FULL, busy timeout, WAL for a
    new file (an existing one gets it once accepted: :func:`use_wal`); SQLCipher when the target has a
    key. SQL parameters never appear in error messages or logs."""
    if target.is_sqlite:
        new = False
        if target.path is not None:
            check_sqlite_file(target.path, create=create, encrypted=target.encrypted)
            new = file_kind(target.path) is FileKind.NEW
            if new and not target.path.exists():
                _create_database_file(target.path)
        if target.key is not None and target.path is not None:
            url = URL.create("sqlite+pysqlcipher", password=target.key.secret, database=str(target.path))
            engine = create_engine(url, poolclass=QueuePool, hide_parameters=True,
                                   connect_args={"check_same_thread": False})
        else:
            engine = create_engine(target.url, hide_parameters=True, connect_args={"check_same_thread": False})
        _configure_sqlite(engine)
        if target.path is not None:
            _probe(engine)
            if new:
                use_wal(engine)
        return engine
    try:
        return create_engine(target.url, pool_pre_ping=True, hide_parameters=True,
                             connect_args={"application_name": workstation_name()})
    except (ArgumentError, ImportError):
        raise DatabaseUnavailable(
            NOT_AN_ADDRESS, url=target.display_name
        ) from None


def _create_database_file(path: Path) -> None:
    """The new database file, 0600 before SQLite opens it (SQLite itself would make it 0644)."""
    try:
        disk.create_private(path)
    except FileExistsError:
        pass  # made meanwhile by another process: SQLite opens it as it is
    except OSError:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "The database file '{path}' cannot be opened or created."), path=str(path),
        ) from None


def use_wal(engine: Engine) -> None:
    """Write-ahead logging for an accepted (or new) file: saves never block readers. Persistent in the
    file, so later connections open in WAL mode by themselves."""
    if engine.url.database in (None, "", ":memory:"):
        return
    raw = engine.raw_connection()  # outside SQLAlchemy's BEGIN: the mode cannot change within a transaction
    try:
        raw.driver_connection.execute("PRAGMA journal_mode = WAL").fetchall()
    finally:
        raw.close()


def engine_key(engine: Engine) -> DatabaseKey | None:
    """The key an engine opens its file with (None for a plain or a server database)."""
    if engine.dialect.driver == "pysqlcipher" and engine.url.password:
        return DatabaseKey(engine.url.password)
    return None


def connect_file(path: Path, key: DatabaseKey | None, *, cipher: bool = False):
    """A bare DB-API connection (autocommit) for file-level work: backups, exports, checks.

    Keyed connections (and ``cipher=True``: for ``sqlcipher_export``) come from sqlcipher3, plain
    ones from sqlite3: SQLite's online backup only copies between connections of the same library
    and the same encryption.
    """
    if key is None and not cipher:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(key.pragma())
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def key_opens(path: Path, key: DatabaseKey) -> bool:
    """Whether ``key`` decrypts ``path`` (reads the first page only, so a damaged page further on is not
    taken for a wrong key; costs one key derivation)."""
    conn = connect_file(path, key)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return True
    except DRIVER_ERRORS as exc:
        raise_if_no_room(path, exc)
        return False
    finally:
        conn.close()


def raise_if_no_room(path: Path, exc: BaseException) -> None:
    """A file that cannot be opened for lack of disk space is not a wrong key or a damaged file: in WAL
    mode even reading needs room for the ``-shm`` and ``-wal`` files."""
    if isinstance(exc, (sqlite3.OperationalError, sqlcipher.OperationalError)) and (
            disk.is_disk_full(exc) or disk.nearly_full(path.parent)):
        raise DiskFull(NO_ROOM_TO_OPEN, path=str(path)) from None


def _probe(engine: Engine) -> None:
    """Open once so a damaged file fails here with a clear message, not deep in a query."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception as exc:  # sqlite3/sqlcipher3 DatabaseError and friends
        engine.dispose()
        cause = exc.orig if hasattr(exc, "orig") else exc
        text = str(cause).lower()
        path = str(engine.url.database)
        raise_if_no_room(Path(path), cause)
        if isinstance(cause, (sqlite3.OperationalError, sqlcipher.OperationalError)):
            if "readonly" in text:
                raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "The database cannot be written."))
            if "unable to open" in text:
                raise DatabaseUnavailable(
                    QT_TRANSLATE_NOOP("Errors", "The database file '{path}' cannot be opened or created."), path=path,
                ) from None
        key = engine_key(engine)
        if key is not None and "not a database" in text and not key_opens(Path(path), key):
            raise DatabaseKeyRejected(KEY_REJECTED, path=path) from None
        raise DatabaseDamaged(DAMAGED, path=path) from None
