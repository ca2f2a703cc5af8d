"""The journal of a case: dated contacts with and about the family, written by the workers.

An entry is the author's account: only its author may correct it. Entries are not deleted.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import log_access, log_failure
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.errors import AccessDenied, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.services.cases import load_case, read_case
from app.validation import FieldErrors
from models import Case, JournalEntry, Worker
from models.enums import AuditEvent, AuditOutcome, JournalKind

TEXT_MAX = 20_000


@dataclass(frozen=True)
class JournalEntryDTO:
    id: int
    case_id: int
    occurred_on: date
    kind: JournalKind
    text: str
    author_id: int
    author_name: str
    created_at: datetime
    updated_at: datetime
    can_edit: bool  # the signed-in worker wrote it
    version: int


class JournalService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def entries(self, case_id: int, search: str = "", *, log_read: bool = True) -> list[JournalEntryDTO]:
        """The case's entries, newest first; ``search`` keeps those whose text contains it (any case).

        Matching is done in Python with ``casefold`` because SQLite's LIKE folds only ASCII letters
        ("ZOË" must find "Zoë"); one case's journal is small enough. ``log_read=False`` for the refresh after the user's own command (a view is logged, a refresh is not).
        """
        user = self.ctx.require_user()
        needle = search.strip().casefold()
        with self.ctx.uow() as uow:
            s = uow.session
            case = read_case(s, case_id)
            rows = s.execute(  # the entries' columns, not ORM objects: a long journal reads in one go
                select(*JournalEntry.__table__.c, Worker.name.label("author_name"))
                .join(Worker, Worker.id == JournalEntry.author_id).where(JournalEntry.case_id == case.id)
                .order_by(JournalEntry.occurred_on.desc(), JournalEntry.id.desc())).all()
            found = [_dto(e, e.author_name, user.worker_id) for e in rows if needle in e.text.casefold()]
            if needle:
                log_access(s, self.ctx, AuditEvent.SEARCH, "journal", None, family_id=case.family_id,
                           case_id=case.id, detail=detail(DetailCode.HITS, hits=len(found)))
            elif log_read:
                log_access(s, self.ctx, AuditEvent.READ, "journal", None, family_id=case.family_id, case_id=case.id)
            uow.commit()
            return found

    def add_entry(self, case_id: int, occurred_on: date | None, kind: JournalKind, text: str) -> JournalEntryDTO:
        user = self.ctx.require_user()
        errors = FieldErrors()
        text = self._validate(errors, occurred_on, text)
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            entry = JournalEntry(case_id=case.id, occurred_on=occurred_on, kind=kind, text=text,
                                 author_id=user.worker_id)
            s.add(entry)
            s.flush()
            self._log(s, AuditEvent.CREATE, entry, case)
            dto = _dto(entry, user.name, user.worker_id)
            uow.commit()
            return dto

    def update_entry(self, entry_id: int, expected_version: int, occurred_on: date | None, kind: JournalKind,
                     text: str) -> JournalEntryDTO:
        """Corrects an entry; only its author may, in a team that may see the case (a refused attempt is
        logged as denied, once the refused transaction is rolled back)."""
        user = self.ctx.require_user()
        errors = FieldErrors()
        text = self._validate(errors, occurred_on, text)
        with self.ctx.uow() as uow:
            s = uow.session
            entry = s.get(JournalEntry, entry_id)
            if entry is None:
                raise NotFound()
            case = load_case(s, entry.case_id, None)
            if entry.author_id != user.worker_id:
                family_id = case.family_id
                error = AccessDenied(QT_TRANSLATE_NOOP("Errors", "Only the author can change a journal entry."))
                error.after_rollback = lambda: log_failure(self.ctx, AuditEvent.UPDATE, "journal_entry", entry_id,
                                                           family_id=family_id, outcome=AuditOutcome.DENIED)
                raise error
            author = s.get(Worker, entry.author_id).name
            if entry.version != expected_version:
                raise ConcurrencyConflict(current=_dto(entry, author, user.worker_id))
            entry.occurred_on, entry.kind, entry.text = occurred_on, kind, text
            s.flush()
            self._log(s, AuditEvent.UPDATE, entry, case)
            dto = _dto(entry, author, user.worker_id)
            uow.commit()
            return dto

    def _validate(self, errors: FieldErrors, occurred_on: date | None, text: str) -> str:
        if occurred_on is None:
            errors.add("occurred_on", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        elif errors.in_years("occurred_on", occurred_on) and occurred_on > self.ctx.clock.today():
            errors.add("occurred_on", QT_TRANSLATE_NOOP("Errors", "The date of a contact cannot be in the future."))
        text = errors.required("text", text, TEXT_MAX, multiline=True)
        errors.raise_if_any()
        return text

    def _log(self, s: Session, event: AuditEvent, entry: JournalEntry, case: Case) -> None:
        log_access(s, self.ctx, event, "journal_entry", entry.id, family_id=case.family_id, case_id=case.id)


def _dto(e: JournalEntry, author_name: str, me: int) -> JournalEntryDTO:
    return JournalEntryDTO(e.id, e.case_id, e.occurred_on, e.kind, e.text, e.author_id, author_name, e.created_at,
                           e.updated_at, e.author_id == me, e.version)
