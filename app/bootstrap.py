"""Composition root: opens a database, brings its schema up to date and builds the services."""
from __future__ import annotations

import importlib
import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from app.storage import backup as backups
from app.storage import schema
from app.clock import Clock, SystemClock
from app.config import backup_dir, default_database_path
from app.context import ServiceContext
from app.storage.db import DatabaseTarget, make_engine, raise_if_no_room, resolve_target, use_wal
from app.errors import AppError, DatabaseUnavailable, SchemaTooOld
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.keys import KeySource

if TYPE_CHECKING:
    from app.services.access_log import AccessLogService
    from app.services.admin import AdminService
    from app.services.caseload import CaseloadService
    from app.services.cases import CaseService
    from app.services.consents import ConsentService
    from app.services.sharing import SharingService
    from app.services.protection import ProtectionService
    from app.services.accounts import AccountService
    from app.services.meldcode import MeldcodeService
    from app.services.crisis import CrisisService
    from app.services.aftercare import AftercareService
    from app.services.transition import TransitionService
    from app.services.safety import SafetyService
    from app.services.due import DueService
    from app.services.evaluations import EvaluationService
    from app.services.exports import ExportService
    from app.services.families import FamilyService
    from app.services.privacy import PrivacyService
    from app.services.figures import FiguresService
    from app.services.involvements import InvolvementService
    from app.services.extensions import ExtensionService
    from app.services.journal import JournalService
    from app.services.members import MemberService
    from app.services.organisation import OrganisationService
    from app.services.plans import PlanService
    from app.services.providers import ProviderService
    from app.services.retention import RetentionService
    from app.services.search import SearchService
    from app.services.statements import StatementService
    from app.services.supervision import SupervisionService
    from app.services.waakvlam import WaakvlamService
    from app.services.workers import WorkerService

log = logging.getLogger(__name__)


# Every service: the attribute of Services, its module and class. A service's module is imported
# and the service built on first use, so start-up imports only what the first page calls.
SERVICES: dict[str, tuple[str, str]] = {
    "workers": ("app.services.workers", "WorkerService"),
    "families": ("app.services.families", "FamilyService"),
    "cases": ("app.services.cases", "CaseService"),
    "caseload": ("app.services.caseload", "CaseloadService"),
    "members": ("app.services.members", "MemberService"),
    "plans": ("app.services.plans", "PlanService"),
    "journal": ("app.services.journal", "JournalService"),
    "providers": ("app.services.providers", "ProviderService"),
    "involvements": ("app.services.involvements", "InvolvementService"),
    "evaluations": ("app.services.evaluations", "EvaluationService"),
    "waakvlam": ("app.services.waakvlam", "WaakvlamService"),
    "due": ("app.services.due", "DueService"),
    "exports": ("app.services.exports", "ExportService"),
    "admin": ("app.services.admin", "AdminService"),
    "access_log": ("app.services.access_log", "AccessLogService"),
    "supervision": ("app.services.supervision", "SupervisionService"),
    "figures": ("app.services.figures", "FiguresService"),
    "search": ("app.services.search", "SearchService"),
    "privacy": ("app.services.privacy", "PrivacyService"),
    "consents": ("app.services.consents", "ConsentService"),
    "sharing": ("app.services.sharing", "SharingService"),
    "statements": ("app.services.statements", "StatementService"),
    "retention": ("app.services.retention", "RetentionService"),
    "protection": ("app.services.protection", "ProtectionService"),
    "meldcode": ("app.services.meldcode", "MeldcodeService"),
    "crisis": ("app.services.crisis", "CrisisService"),
    "organisation": ("app.services.organisation", "OrganisationService"),
    "aftercare": ("app.services.aftercare", "AftercareService"),
    "transition": ("app.services.transition", "TransitionService"),
    "extensions": ("app.services.extensions", "ExtensionService"),
    "accounts": ("app.services.accounts", "AccountService"),
    "safety": ("app.services.safety", "SafetyService"),
}


def service_class(name: str) -> type:
    """The class of the service ``Services.<name>`` (imports its module)."""
    module, cls = SERVICES[name]
    return getattr(importlib.import_module(module), cls)


class _LazyService:
    """A Services attribute that builds its service on first use; the instance keeps it from then on
    (a non-data descriptor: the instance's own attribute wins, so tests may also replace a service)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, services: Services | None, owner: type | None = None):
        if services is None:
            return self
        with services._lock:  # two threads asking at once get the same service
            built = services.__dict__.get(self.name)
            if built is None:
                built = services.__dict__[self.name] = service_class(self.name)(services.ctx)
            return built


class Services:
    """Everything the UI and the CLI may call: ``services.plans``, ``services.caseload``, ... (see
    :data:`SERVICES`), each built on first use."""

    if TYPE_CHECKING:  # for the type checker; at run time each is a _LazyService (below)
        workers: WorkerService
        families: FamilyService
        cases: CaseService
        caseload: CaseloadService
        members: MemberService
        plans: PlanService
        journal: JournalService
        providers: ProviderService
        involvements: InvolvementService
        extensions: ExtensionService
        evaluations: EvaluationService
        waakvlam: WaakvlamService
        due: DueService
        exports: ExportService
        admin: AdminService
        access_log: AccessLogService
        supervision: SupervisionService
        figures: FiguresService
        search: SearchService
        privacy: PrivacyService
        consents: ConsentService
        sharing: SharingService
        statements: StatementService
        retention: RetentionService
        protection: ProtectionService
        meldcode: MeldcodeService
        crisis: CrisisService
        organisation: OrganisationService
        aftercare: AftercareService
        transition: TransitionService
        accounts: AccountService
        safety: SafetyService

    def __init__(self, ctx: ServiceContext, engine: Engine) -> None:
        self.ctx = ctx
        self.engine = engine
        self._lock = threading.RLock()
        # what went wrong at opening without stopping it (a daily backup postponed on a full disk): to show
        self.warnings: list[AppError] = []
        # open_database(defer_checks=True): the integrity check and daily backup, for the caller to run
        # off the GUI thread once the window shows (raises DatabaseDamaged)
        self.background_checks: backups.DeferredChecks | None = None

    def close(self) -> None:
        self.engine.dispose()


for _name in SERVICES:
    setattr(Services, _name, _LazyService(_name))

DEFAULT_ENCRYPTION = KeySource()  # the keyring's key; GEZINSREGIE_PASSPHRASE where there is no keyring


def open_database(url_or_path: str | os.PathLike | None = None, *, clock: Clock | None = None,
                  migrate: bool = True, backup_folder: Path | None = None,
                  encryption: KeySource | None = DEFAULT_ENCRYPTION, daily_backup: bool = True,
                  defer_checks: bool = False) -> Services:
    """Opens (and for a local database creates or upgrades) a database and returns the services.

    A new local file is encrypted with SQLCipher; ``encryption`` says where its key comes from (None:
    no encryption, explicitly - for tests). A local file is checked for integrity at every start, and
    backed up before an upgrade and once a day. A central database is never migrated here: its schema
    must already match (``gezinsregie db upgrade`` as administrator). With ``defer_checks`` the
    integrity check and the daily backup (seconds on a large file) are left in ``background_checks``
    unless an upgrade is due (that is never run on an unchecked file). A file that is refused (foreign,
    newer, damaged) is left exactly as it was; a daily backup that cannot be written (a full disk) is
    postponed and reported in ``Services.warnings``.
    """
    target = resolve_target(url_or_path if url_or_path is not None else default_database_path())
    if encryption is not None:
        target = encryption.attach(target, create=True, verify=False)
    engine = make_engine(target)  # its first connection tests a passphrase not yet tested: derived once
    if encryption is not None:
        encryption.remember(target)
    local = target.path is not None
    checked = local and not defer_checks
    try:
        if checked:
            backups.check_database(engine)
        state = schema.schema_state(engine)
        schema.ensure_upgradable(state)
        if local:
            use_wal(engine)  # only now: switching writes the file, and a refused file stays untouched
        if state.status is not schema.SchemaStatus.CURRENT:
            if not (migrate and target.is_sqlite):
                raise SchemaTooOld()
            if not checked:
                backups.check_database(engine)
                checked = True
            backup = schema.upgrade(engine, backup_to=backup_folder or backup_folder_for(target))
            if backup:
                log.info("database upgraded from %s; backup made first", state.current)
        daily = daily_backup and local and state.status is not schema.SchemaStatus.EMPTY
        now = (clock or SystemClock()).now().astimezone().replace(tzinfo=None)
        warnings: list[AppError] = []
        if daily and checked:
            try:
                backups.daily_backup(engine, backup_folder or backup_folder_for(target), now=now)
            except backups.BackupPostponed as postponed:
                warnings.append(postponed)
    except DBAPIError as exc:
        if local:
            engine.dispose()
            raise_if_no_room(target.path, exc.orig)
        if local and not checked:
            _raise_if_damaged(engine)  # an unreadable file is damaged, not "could not connect"
        engine.dispose()
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "Could not connect to the database at {name}."), name=target.display_name
        ) from None
    except Exception:
        engine.dispose()
        raise
    services = build_services(engine, target, clock=clock)
    services.warnings = warnings
    if local and not checked:
        services.background_checks = backups.DeferredChecks(engine, backup_folder or backup_folder_for(target),
                                                            now=now, daily=daily)
    return services


def _raise_if_damaged(engine: Engine) -> None:
    try:
        backups.check_database(engine)
    except Exception:
        engine.dispose()
        raise


def backup_folder_for(target: DatabaseTarget) -> Path:
    """Where a local database's backups go: beside the file, or the data directory's backups/."""
    if target.path is not None and target.path == default_database_path():
        return backup_dir()
    return (target.path.parent if target.path else backup_dir()) / "backups"


def build_services(engine: Engine, target: DatabaseTarget, *, clock: Clock | None = None) -> Services:
    factory = sessionmaker(engine, expire_on_commit=False)
    ctx = ServiceContext(session_factory=factory, target=target, clock=clock or SystemClock())
    return Services(ctx, engine)
