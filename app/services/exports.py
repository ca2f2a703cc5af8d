"""Printing and exporting: the family plan as PDF (preview, save, print, all my cases at once) and the
caseload list as PDF or XLSX.

Every export and print is written to the access log (NEN 7513 "print/export") with the family and
case it concerns; a list names each family on it. Files are written all or nothing (see
:func:`app.export.files.write_atomically`). A case without a family plan cannot be printed: the
service says so (a clear message) rather than producing an empty document to sign, and a batch
export skips such cases and reports them.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access import visible_team_ids
from app.audit import log_access, log_failure
from app.audit_detail import Detail, DetailCode, detail
from app.context import CurrentUser, ServiceContext
from app.errors import BusinessRuleViolation, NotFound
from app.export import texts as tx
from app.export.files import ExportFailed, safe_file_name, write_atomically
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.caseload import caseload_rows
from app.queries.caseload_export import CaseloadExportRow, caseload_export_rows
from app.queries.plan_print import PlanPrintData, plan_print_data, printable_plan_id
from app.services.cases import load_case
from app.services.sharing import SharingChoice, check_sharing, keep_sharing
from app.validation import FieldErrors
from models import Provider, Team
from models.enums import AuditEvent, AuditOutcome, SharingPurpose

NO_PLAN = QT_TRANSLATE_NOOP(
    "Errors", "This case has no family plan yet, so there is nothing to print. Start the plan first.")
NO_SUCH_VERSION = QT_TRANSLATE_NOOP("Errors", "This case's family plan has no version {version}.")
PLAN_FILE_NAME = QT_TRANSLATE_NOOP("Pdf", "Family plan {family} - version {version}")
PLAN_FILE_NAME_CASE = QT_TRANSLATE_NOOP("Pdf", "Family plan {family} - version {version} (case {case})")
CASELOAD_FILE_NAME = QT_TRANSLATE_NOOP("Pdf", "Caseload {who} {date}")

ProgressCallback = Callable[["BatchProgress"], None]
CancelFlag = Callable[[], bool] | threading.Event


class CaseloadScope(StrEnum):
    MINE = "mine"   # the cases the signed-in worker directs
    TEAM = "team"   # the cases of the worker's team(s)


@dataclass(frozen=True)
class PlanDocument:
    """A rendered family plan, ready to preview, save or print."""

    data: bytes
    pages: int
    case_id: int
    family_id: int
    plan_id: int
    version_no: int
    file_name: str  # suggested, with .pdf


@dataclass(frozen=True)
class SavedExport:
    path: Path
    pages: int | None = None       # PDF only
    rows: int | None = None        # caseload lists only
    version_no: int | None = None  # the family plan only


@dataclass(frozen=True)
class BatchProgress:
    done: int           # cases handled so far (written or skipped)
    total: int
    family_name: str    # the case just handled
    written: bool       # False: skipped, it has no plan


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    without_plan: tuple[str, ...]  # family names of the cases skipped for having no plan
    total: int
    cancelled: bool


def write_logged(ctx: ServiceContext, path: str | Path, data: bytes, *, failed: Callable[[], None],
                 log: Callable[[Session], None]) -> Path:
    """Writes ``data`` to ``path`` all or nothing, then records the export with ``log`` in a unit of work of
    its own; ``failed`` records a write that did not happen. An export that is not in the access log must
    not exist: when logging fails, the file is removed again."""
    try:
        target = write_atomically(path, data)
    except ExportFailed:
        failed()
        raise
    try:
        with ctx.uow() as uow:
            log(uow.session)
            uow.commit()
    except Exception:
        target.unlink(missing_ok=True)
        raise
    return target


def _cancelled(flag: CancelFlag | None) -> bool:
    if flag is None:
        return False
    return flag.is_set() if isinstance(flag, threading.Event) else bool(flag())


class ExportService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- the family plan -----------------------------------------------------------------------------

    def plan_document(self, case_id: int, plan_id: int | None = None, *, version_no: int | None = None) -> PlanDocument:
        """The plan rendered for the preview (logged as an export: the document now exists)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            doc = self._render(uow.session, case_id, plan_id, version_no)
            self._log_plan(uow.session, doc, detail(DetailCode.PLAN_PREVIEW, version=doc.version_no))
            uow.commit()
            return doc

    def plan_document_for_provider(self, case_id: int, provider_id: int | None, sharing: SharingChoice,
                                   plan_id: int | None = None) -> PlanDocument:
        """The plan rendered to print or save for a provider: the sharing gate decides (consent of the scope
        "provider" for this provider, or a legal ground with a reason); refused, nothing is made or written.
        The sharing is recorded with the document (app/services/sharing.py)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            errors = FieldErrors()
            provider = s.get(Provider, provider_id) if provider_id is not None else None
            if provider is None:
                errors.add("provider_id", QT_TRANSLATE_NOOP("Errors", "Choose a provider from the list."))
                errors.raise_if_any()
            shared = check_sharing(s, self.ctx, case, SharingPurpose.PLAN_FOR_PROVIDER, provider.name, sharing, errors,
                                   provider_id=provider.id)
            errors.raise_if_any()
            doc = self._render(s, case_id, plan_id, None)
            keep_sharing(s, self.ctx, shared, doc.plan_id)
            self._log_plan(s, doc, detail(DetailCode.PLAN_PREVIEW, version=doc.version_no))
            uow.commit()
            return doc

    def plan_pdf(self, case_id: int, plan_id: int | None = None, *, version_no: int | None = None) -> bytes:
        """The PDF bytes of the case's plan: the given version, else the current one."""
        return self.plan_document(case_id, plan_id, version_no=version_no).data

    def save_plan_pdf(self, case_id: int, path: str | Path, plan_id: int | None = None, *,
                      version_no: int | None = None) -> SavedExport:
        """Renders the plan and writes it to ``path`` (all or nothing)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            doc = self._render(uow.session, case_id, plan_id, version_no)
            return self._write_plan(uow, doc, path, detail(DetailCode.PLAN_SAVED, version=doc.version_no))

    def save_document(self, document: PlanDocument, path: str | Path) -> SavedExport:
        """Saves a document already rendered (the one the preview shows), so what is saved is what was seen."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            load_case(uow.session, document.case_id, None)
            return self._write_plan(uow, document, path,
                                    detail(DetailCode.PLAN_SAVED_FROM_PREVIEW, version=document.version_no))

    def record_print(self, document: PlanDocument, pages: int | None = None) -> None:
        """Logs that the document went to a printer (the printing itself happens in the GUI)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            load_case(uow.session, document.case_id, None)
            self._log_plan(uow.session, document, detail(DetailCode.PLAN_PRINTED, version=document.version_no,
                                                         pages=pages or document.pages))
            uow.commit()

    def export_all_plans(self, folder: str | Path, progress_cb: ProgressCallback | None = None,
                         cancel_flag: CancelFlag | None = None) -> BatchResult:
        """Saves the current plan of every open case the signed-in worker directs into ``folder``.

        Checks ``cancel_flag`` before each case; files already written stay (each is complete).
        Cases without a plan are skipped and named in the result.
        """
        user = self.ctx.require_user()
        folder = Path(folder).expanduser()
        with self.ctx.uow() as uow:
            cases = [(r.case_id, r.family_name) for r in caseload_rows(
                uow.session, self.ctx.clock.today(), director_id=user.worker_id, team_ids=visible_team_ids(user))]
        written: list[Path] = []
        skipped: list[str] = []
        used_names: set[str] = set()
        for done, (case_id, family_name) in enumerate(cases, start=1):
            if _cancelled(cancel_flag):
                return BatchResult(tuple(written), tuple(skipped), len(cases), cancelled=True)
            with self.ctx.uow() as uow:
                plan_id = printable_plan_id(uow.session, case_id)
                if plan_id is None:
                    skipped.append(family_name)
                else:
                    doc = self._render(uow.session, case_id, plan_id, None)
                    name = doc.file_name
                    if name.casefold() in used_names:
                        name = self._file_name(family_name, doc.version_no, case_id)
                    used_names.add(name.casefold())
                    written.append(self._write_plan(
                        uow, doc, folder / name, detail(DetailCode.PLAN_SAVED_ALL, version=doc.version_no)).path)
            if progress_cb is not None:
                progress_cb(BatchProgress(done, len(cases), family_name, plan_id is not None))
        return BatchResult(tuple(written), tuple(skipped), len(cases), cancelled=False)

    def plan_file_name(self, case_id: int) -> str:
        """A file name to suggest when saving the case's plan."""
        with self.ctx.uow() as uow:
            s = uow.session
            load_case(s, case_id, None)
            plan_id = printable_plan_id(s, case_id)
            data = plan_print_data(s, plan_id, self.ctx.clock.today()) if plan_id else None
            if data is None:
                raise BusinessRuleViolation(NO_PLAN)
            return self._file_name(data.family_name, data.version_no)

    # -- caseload lists ------------------------------------------------------------------------------

    def caseload_pdf(self, scope: CaseloadScope | str, path: str | Path) -> SavedExport:
        from app.export.caseload_pdf import render_caseload_pdf  # reportlab: not needed to start the app

        rows, who, today = self._caseload(CaseloadScope(scope))
        pdf = render_caseload_pdf(rows, who, today)
        return self._write_list(rows, path, pdf.data, "pdf", pages=pdf.pages)

    def caseload_xlsx(self, scope: CaseloadScope | str, path: str | Path) -> SavedExport:
        from app.export.caseload_xlsx import render_caseload_xlsx  # openpyxl: not needed to start the app

        rows, who, today = self._caseload(CaseloadScope(scope))
        return self._write_list(rows, path, render_caseload_xlsx(rows, who, today), "xlsx")

    def caseload_file_name(self, scope: CaseloadScope | str, extension: str) -> str:
        user = self.ctx.require_user()
        who = user.name if CaseloadScope(scope) is CaseloadScope.MINE else self._team_names(user)
        stem = tx.tr(CASELOAD_FILE_NAME, who=who, date=tx.day(self.ctx.clock.today()))
        return f"{safe_file_name(stem)}.{extension}"

    # -- internals -----------------------------------------------------------------------------------

    def _render(self, s: Session, case_id: int, plan_id: int | None, version_no: int | None) -> PlanDocument:
        load_case(s, case_id, None)
        chosen = printable_plan_id(s, case_id, plan_id=plan_id, version_no=version_no)
        if chosen is None:
            if version_no is not None:
                raise NotFound(NO_SUCH_VERSION, version=version_no)
            if plan_id is not None:
                raise NotFound()
            raise BusinessRuleViolation(NO_PLAN)
        from app.export.plan_pdf import render_plan_pdf  # reportlab: not needed to start the app

        data: PlanPrintData = plan_print_data(s, chosen, self.ctx.clock.today())
        pdf = render_plan_pdf(data)
        return PlanDocument(pdf.data, pdf.pages, case_id, data.family_id, chosen, data.version_no,
                            self._file_name(data.family_name, data.version_no))

    @staticmethod
    def _file_name(family: str, version: int, case_id: int | None = None) -> str:
        if case_id is None:
            stem = tx.tr(PLAN_FILE_NAME, family=family, version=version)
        else:
            stem = tx.tr(PLAN_FILE_NAME_CASE, family=family, version=version, case=case_id)
        return f"{safe_file_name(stem)}.pdf"

    def _log_plan(self, s: Session, doc: PlanDocument, what: Detail) -> None:
        log_access(s, self.ctx, AuditEvent.PRINT_EXPORT, "family_plan", doc.plan_id, family_id=doc.family_id,
                   case_id=doc.case_id, detail=what)

    def _write_plan(self, uow, doc: PlanDocument, path: str | Path, what: Detail) -> SavedExport:
        try:
            target = write_atomically(path, doc.data)
        except ExportFailed:
            # Logged in this unit of work (a second one would wait for this one's lock).
            log_access(uow.session, self.ctx, AuditEvent.PRINT_EXPORT, "family_plan", doc.plan_id,
                       family_id=doc.family_id, case_id=doc.case_id, outcome=AuditOutcome.FAILED)
            uow.commit()
            raise
        try:
            self._log_plan(uow.session, doc, what)
            uow.commit()
        except Exception:
            target.unlink(missing_ok=True)  # an export that is not in the access log must not exist
            raise
        return SavedExport(target, pages=doc.pages, version_no=doc.version_no)

    def _caseload(self, scope: CaseloadScope) -> tuple[list[CaseloadExportRow], str, date]:
        user = self.ctx.require_user()
        today = self.ctx.clock.today()
        with self.ctx.uow() as uow:
            if scope is CaseloadScope.MINE:
                rows = caseload_export_rows(uow.session, today, director_id=user.worker_id,
                                            team_ids=visible_team_ids(user))
                return rows, user.name, today
            rows = caseload_export_rows(uow.session, today, team_ids=user.team_ids)
            return rows, self._team_names(uow.session, user), today

    @staticmethod
    def _team_names(s: Session, user: CurrentUser) -> str:
        names = s.scalars(select(Team.name).where(Team.id.in_(user.team_ids)).order_by(Team.name))
        return ", ".join(names)

    def _write_list(self, rows: list[CaseloadExportRow], path: str | Path, data: bytes, fmt: str, *,
                    pages: int | None = None) -> SavedExport:
        listed = detail(DetailCode.CASELOAD_EXPORT, format=fmt, cases=len(rows))

        def log(s: Session) -> None:
            for r in rows:
                log_access(s, self.ctx, AuditEvent.PRINT_EXPORT, "caseload", r.case_id,
                           family_id=r.family_id, case_id=r.case_id, detail=listed)
            if not rows:
                log_access(s, self.ctx, AuditEvent.PRINT_EXPORT, "caseload", detail=listed)

        target = write_logged(self.ctx, path, data, log=log,
                              failed=lambda: log_failure(self.ctx, AuditEvent.PRINT_EXPORT, "caseload"))
        return SavedExport(target, pages=pages, rows=len(rows))
