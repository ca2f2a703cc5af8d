"""Schema management: where a database stands against this app's migrations, and upgrading it.

A local SQLite database is backed up and upgraded at start-up; a central PostgreSQL database is
upgraded only by an explicit administrator command. A schema newer than the app is refused.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from app.storage.backup import make_backup
from app.errors import DatabaseUnavailable, SchemaTooNew
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only to migrate (about 0.1 s at every start otherwise): where a database stands
# is read with plain SQL against the revisions named in the migration files.
_REVISION = re.compile(r"^revision = ['\"](\w+)['\"]$", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision = (?:['\"](\w+)['\"]|None)$", re.MULTILINE)


class SchemaStatus(enum.Enum):
    EMPTY = "empty"        # no tables at all: a new database
    CURRENT = "current"    # at this app's head revision
    BEHIND = "behind"      # an older revision of ours: needs upgrade
    AHEAD = "ahead"        # a revision this app does not know: made by a newer app
    FOREIGN = "foreign"    # tables, but not ours


@dataclass(frozen=True)
class SchemaState:
    status: SchemaStatus
    current: str | None
    head: str


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("migrations")))
    return cfg


def known_revisions() -> tuple[set[str], str]:
    """This app's revisions and its head, from the migration files' own lines (a linear history);
    Alembic itself decides where a file does not name its revisions plainly."""
    revisions, parents = set(), set()
    for path in resources.files("migrations").joinpath("versions").iterdir():
        if not path.name.endswith(".py") or path.name.startswith("_"):
            continue
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return _alembic_revisions()
        revisions.add(revision[1])
        if down[1]:
            parents.add(down[1])
    heads = revisions - parents
    return (revisions, heads.pop()) if len(heads) == 1 else _alembic_revisions()


def _alembic_revisions() -> tuple[set[str], str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    return {rev.revision for rev in script.walk_revisions()}, head


def head_revision() -> str:
    return known_revisions()[1]


def schema_state(engine: Engine) -> SchemaState:
    revisions, head = known_revisions()
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        current = (conn.execute(text("SELECT version_num FROM alembic_version")).scalars().first()
                   if "alembic_version" in tables else None)
    if current is None:
        status = SchemaStatus.EMPTY if not tables else SchemaStatus.FOREIGN
    elif current == head:
        status = SchemaStatus.CURRENT
    else:
        status = SchemaStatus.BEHIND if current in revisions else SchemaStatus.AHEAD
    return SchemaState(status, current, head)


def ensure_upgradable(state: SchemaState) -> None:
    if state.status is SchemaStatus.AHEAD:
        raise SchemaTooNew(revision=state.current)
    if state.status is SchemaStatus.FOREIGN:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "This file is an SQLite database, but not a Gezinsregie database.")
        )


def upgrade(engine: Engine, *, backup_to: Path | None = None) -> Path | None:
    """Bring the database to head in one transaction. Backs up an existing SQLite file first.

    Returns the backup path (if one was made).
    """
    state = schema_state(engine)
    ensure_upgradable(state)
    if state.status is SchemaStatus.CURRENT:
        return None
    backup_path = None
    if backup_to is not None and state.status is SchemaStatus.BEHIND:
        backup_path = make_backup(engine, backup_to, label=f"before-upgrade-{state.current}")
    migrate(engine, "head")
    return backup_path


def migrate(engine: Engine, revision: str) -> None:
    """Runs the migrations to ``revision`` in one transaction.

    On SQLite, foreign keys are switched off first: batch mode recreates tables, and with foreign
    keys on, ON DELETE CASCADE would silently delete the child rows. The check runs afterwards.
    """
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _pragma_outside_transaction(conn, "PRAGMA foreign_keys = OFF")
        try:
            cfg.attributes["connection"] = conn
            with conn.begin():  # Alembic joins this transaction; any failure rolls back every step
                command.upgrade(cfg, revision)
        finally:
            if sqlite:
                _pragma_outside_transaction(conn, "PRAGMA foreign_keys = ON")


def _pragma_outside_transaction(conn, pragma: str) -> None:
    """PRAGMA foreign_keys is a no-op inside a transaction, so bypass SQLAlchemy's BEGIN."""
    conn.connection.driver_connection.execute(pragma)

