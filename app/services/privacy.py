"""Privacy: inspection and a copy of one person's file (Jeugdwet 7.3.10, AVG art. 15), and the report
"who looked at my file" of a family or a person (NEN 7513; AVG art. 15).

The caller must be allowed to see the person's family (their team's; on PostgreSQL row security
hides the rest). Reading the file for inspection is logged as a read of the person; saving the copy
(a PDF to read and a JSON to process) as a print/export, and a copy that is not in the access log is
removed again.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access import check_team, missing
from app.audit import log_access, log_failure
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.errors import AccessDenied, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.access_report import AccessReport, access_report
from app.export.files import ExportFailed, safe_file_name, write_atomically
from app.queries.person_file import PersonFile, person_family, person_file
from app.services.exports import write_logged
from models import Family
from models.enums import AuditEvent, Role
from models.family import full_name

FORMAT = "gezinsregie-inzage/1"  # the JSON's format name and version, for whoever processes the copy


@dataclass(frozen=True)
class SavedAccessReport:
    path: Path
    pages: int
    entries: int


NOT_IN_FAMILY = QT_TRANSLATE_NOOP("Errors", "Person {person} is not a member of family {family}.")
FAMILY_NUMBER = QT_TRANSLATE_NOOP("Errors", "Family {number} does not exist.")


@dataclass(frozen=True)
class SavedInspection:
    pdf: Path
    json: Path
    pages: int


def to_json(data: PersonFile) -> bytes:
    """The file as JSON: field names as in the application, dates ISO 8601, codes as stored."""
    return json.dumps({"format": FORMAT, **dataclasses.asdict(data)}, default=_plain, ensure_ascii=False,
                      indent=2).encode("utf-8")


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(type(value).__name__)


def file_stem(data: PersonFile) -> str:
    """``<name>-inzage``: the person's name, safe as a file name."""
    p = data.person
    return safe_file_name(f"{full_name(p.first_name, p.surname_prefix, p.surname)}-inzage")


class PrivacyService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def person_file(self, person_id: int) -> PersonFile:
        """Everything the file holds about the person, for inspection on screen (logged as a read)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            data, family_id = self._read(uow.session, person_id)
            log_access(uow.session, self.ctx, AuditEvent.READ, "person", person_id, family_id=family_id,
                       detail=detail(DetailCode.CASES, cases=len(data.cases)))
            uow.commit()
            return data

    def export_person_file(self, person_id: int, folder: str | Path) -> SavedInspection:
        """Writes ``<name>-inzage.pdf`` and ``<name>-inzage.json`` into ``folder`` (each all or nothing, 0600)."""
        from app.export.person_file_pdf import render_person_file_pdf  # reportlab: not needed to start the app

        self.ctx.require_user()
        with self.ctx.uow() as uow:
            data, family_id = self._read(uow.session, person_id)
        pdf = render_person_file_pdf(data)
        stem = Path(folder).expanduser() / file_stem(data)
        what = detail(DetailCode.CASES, cases=len(data.cases))

        def log(s: Session) -> None:
            log_access(s, self.ctx, AuditEvent.PRINT_EXPORT, "person", person_id, family_id=family_id, detail=what)

        def failed() -> None:
            log_failure(self.ctx, AuditEvent.PRINT_EXPORT, "person", person_id, family_id=family_id)

        try:
            json_path = write_atomically(stem.with_name(stem.name + ".json"), to_json(data))
        except ExportFailed:
            failed()
            raise
        try:
            pdf_path = write_logged(self.ctx, stem.with_name(stem.name + ".pdf"), pdf.data, log=log, failed=failed)
        except Exception:
            json_path.unlink(missing_ok=True)
            raise
        return SavedInspection(pdf_path, json_path, pdf.pages)

    def export_access_report(self, path: str | Path, *, family_id: int | None = None,
                             person_id: int | None = None) -> SavedAccessReport:
        """Saves the report "who looked at my file" as a PDF at ``path`` (all or nothing, 0600): who read,
        changed, printed or exported what in the family's file (``family_id``), or in the file of one member
        (``person_id``; app/queries/access_report.py says what that holds), oldest first. For the family's
        team, its supervisors and administrators; logged as a print/export of the family or the person."""
        from app.export.access_report_pdf import render_access_report_pdf  # reportlab: not needed to start the app

        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            report = self._report(uow.session, family_id, person_id)
        pdf = render_access_report_pdf(report, user.name)
        object_type, object_id = ("person", person_id) if person_id is not None else ("family", report.family_id)
        what = detail(DetailCode.WHO_LOOKED_AT, entries=len(report.entries))
        target = write_logged(
            self.ctx, Path(path).expanduser(), pdf.data,
            log=lambda s: log_access(s, self.ctx, AuditEvent.PRINT_EXPORT, object_type, object_id,
                                     family_id=report.family_id, detail=what),
            failed=lambda: log_failure(self.ctx, AuditEvent.PRINT_EXPORT, object_type, object_id,
                                       family_id=report.family_id))
        return SavedAccessReport(target, pdf.pages, len(report.entries))

    def _report(self, s: Session, family_id: int | None, person_id: int | None) -> AccessReport:
        if family_id is None and person_id is None:
            raise ValueError("a family or a person")
        if person_id is not None:
            row = person_family(s, person_id)
            if row is None:
                raise missing(s, "person", person_id)
            check_team(s, row.team_id, "person", person_id, family_id=row.family_id)
            if family_id is not None and row.family_id != family_id:
                raise NotFound(NOT_IN_FAMILY, person=person_id, family=family_id)
            family_id = row.family_id
        else:
            team_id = s.scalar(select(Family.team_id).where(Family.id == family_id))
            if team_id is None:
                error = missing(s, "family", family_id)
                raise error if isinstance(error, AccessDenied) else NotFound(FAMILY_NUMBER, number=family_id)
            check_team(s, team_id, "family", family_id, family_id=family_id)
        # On the central database a worker reads only their own entries (row security on the log).
        complete = self.ctx.target.is_sqlite or self.ctx.user.role is not Role.WORKER
        return access_report(s, family_id, person_id, self.ctx.clock.now(), complete=complete)

    def _read(self, s: Session, person_id: int) -> tuple[PersonFile, int]:
        row = person_family(s, person_id)
        if row is None:
            raise missing(s, "person", person_id)
        check_team(s, row.team_id, "person", person_id, family_id=row.family_id)
        user = self.ctx.require_user()  # the meldcode steps only for those who need to know, as on PostgreSQL
        reader = (user.worker_id, user.role, user.team_ids)
        return person_file(s, person_id, self.ctx.clock.today(), reader), row.family_id
