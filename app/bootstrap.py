"""Composition root: opens a database, brings its schema up to date and builds the services."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from app import schema
from app.clock import Clock, SystemClock
from app.config import backup_dir, default_database_path
from app.context import ServiceContext
from app.db import DatabaseTarget, make_engine, resolve_target
from app.errors import DatabaseUnavailable, SchemaTooOld
from app.i18n import QT_TRANSLATE_NOOP
from app.services.caseload import CaseloadService
from app.services.cases import CaseService
from app.services.families import FamilyService
from app.services.journal import JournalService
from app.services.members import MemberService
from app.services.plans import PlanService
from app.services.workers import WorkerService

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the UI and the CLI may call."""

    ctx: ServiceContext
    engine: Engine
    workers: WorkerService
    families: FamilyService
    cases: CaseService
    caseload: CaseloadService
    members: MemberService
    plans: PlanService
    journal: JournalService

    def close(self) -> None:
        self.engine.dispose()


def open_database(url_or_path: str | os.PathLike | None = None, *, clock: Clock | None = None,
                  migrate: bool = True, backup_folder: Path | None = None) -> Services:
    """Opens (and for a local database creates or upgrades) a database and returns the services.

    A local SQLite file is backed up before an upgrade. A central database is never migrated here:
    its schema must already match (``gezinsregie db upgrade`` as administrator).
    """
    target = resolve_target(url_or_path if url_or_path is not None else default_database_path())
    engine = make_engine(target)
    try:
        state = schema.schema_state(engine)
        schema.ensure_upgradable(state)
        if state.status is not schema.SchemaStatus.CURRENT:
            if not (migrate and target.is_sqlite):
                raise SchemaTooOld()
            backup = schema.upgrade(engine, backup_to=backup_folder or backup_folder_for(target))
            if backup:
                log.info("database upgraded from %s; backup made first", state.current)
    except DBAPIError:
        engine.dispose()
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "Could not connect to the database at {name}."), name=target.display_name
        ) from None
    except Exception:
        engine.dispose()
        raise
    return build_services(engine, target, clock=clock)


def backup_folder_for(target: DatabaseTarget) -> Path:
    """Where a local database's backups go: beside the file, or the data directory's backups/."""
    if target.path is not None and target.path == default_database_path():
        return backup_dir()
    return (target.path.parent if target.path else backup_dir()) / "backups"


def build_services(engine: Engine, target: DatabaseTarget, *, clock: Clock | None = None) -> Services:
    factory = sessionmaker(engine, expire_on_commit=False)
    ctx = ServiceContext(session_factory=factory, target=target, clock=clock or SystemClock())
    return Services(
        ctx=ctx, engine=engine, workers=WorkerService(ctx), families=FamilyService(ctx),
        cases=CaseService(ctx), caseload=CaseloadService(ctx),
        members=MemberService(ctx), plans=PlanService(ctx), journal=JournalService(ctx),
    )
