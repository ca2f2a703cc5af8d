"""Crises in a case: danger to life or immediate physical danger (issue 17 item 4).

A crisis starts when the worker marks one or crisis help (iJw product category 46, "Jeugdhulp crisis")
is added to the case; at most one is open per case. It is followed up within 24 hours of its start and
is temporary: it ends (usually within four weeks) with what followed, from a short closed list.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.errors import BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.crisis import HOUR, CrisisDTO, crisis_by_id, open_crisis
from app.services.cases import load_case, read_case
from app.validation import FieldErrors
from models import Case, Crisis, Involvement, Product
from models.enums import AuditEvent, CaseStatus, CrisisOutcome, CrisisStart

CRISIS_CATEGORY = "46"  # iJw JZ020: Jeugdhulp crisis
NOTE_MAX = 2000
ALREADY_OPEN = QT_TRANSLATE_NOOP("Errors", "This case already has an open crisis; end it before marking a new one.")

__all__ = ["CrisisDTO", "CrisisEnd", "CrisisService", "start_for_involvement"]


@dataclass(frozen=True)
class CrisisEnd:
    ended_on: date | None
    outcome: CrisisOutcome | None
    note: str | None = None


class CrisisService:
    """The crisis of a case: each call checks the family's team and is logged."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def current(self, case_id: int, *, log_read: bool = True) -> CrisisDTO | None:
        """The case's open crisis, or None; ``log_read=False`` for a refresh after one's own command."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = read_case(s, case_id)
            found = open_crisis(s, case.id)
            if log_read and found is not None:
                log_access(s, self.ctx, AuditEvent.READ, "crisis", found.id, family_id=case.family_id, case_id=case.id)
            uow.commit()
            return found

    def mark(self, case_id: int, note: str | None = None) -> CrisisDTO:
        """Marks a crisis in the case, starting now (refused while one is open or the case is closed)."""
        user = self.ctx.require_user()
        errors = FieldErrors()
        note = errors.optional("note", note, NOTE_MAX, multiline=True)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            if case.status is CaseStatus.CLOSED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case is closed."))
            if open_crisis(s, case.id) is not None:
                raise BusinessRuleViolation(ALREADY_OPEN)
            _start(s, self.ctx, case, CrisisStart.MARKED, marked_by_id=user.worker_id, note=note)
            dto = open_crisis(s, case.id)
            uow.commit()
            return dto

    def follow_up(self, crisis_id: int, expected_version: int) -> CrisisDTO:
        """Records that the crisis was followed up now, by the signed-in worker."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            crisis, case = self._load(s, crisis_id, expected_version)
            if crisis.followed_up_at is not None:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This crisis was followed up already."))
            now = self.ctx.clock.now()
            crisis.followed_up_at, crisis.followed_up_by_id = now, user.worker_id
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "crisis", crisis.id, family_id=case.family_id,
                       case_id=case.id, detail=detail(DetailCode.CRISIS_FOLLOWED_UP,
                                                      hours=max(0, (now - crisis.started_at) // HOUR)))
            dto = open_crisis(s, case.id)
            uow.commit()
            return dto

    def end(self, crisis_id: int, expected_version: int, data: CrisisEnd) -> CrisisDTO:
        """Ends the crisis on ``data.ended_on`` (from its start up to today) with what followed."""
        self.ctx.require_user()
        today = self.ctx.clock.today()
        with self.ctx.uow() as uow:
            s = uow.session
            crisis, case = self._load(s, crisis_id, expected_version)
            errors = FieldErrors()
            note = errors.optional("note", data.note, NOTE_MAX, multiline=True)
            if data.outcome is None:
                errors.add("outcome", QT_TRANSLATE_NOOP("Errors", "This field is required."))
            if data.ended_on is None:
                errors.add("ended_on", QT_TRANSLATE_NOOP("Errors", "This field is required."))
            elif data.ended_on < crisis.started_at.date():
                errors.add("ended_on", QT_TRANSLATE_NOOP("Errors", "The end cannot be before the start."))
            elif data.ended_on > today:
                errors.add("ended_on", QT_TRANSLATE_NOOP("Errors", "The end cannot be in the future."))
            errors.raise_if_any()
            crisis.ended_on, crisis.outcome = data.ended_on, data.outcome
            if note:
                crisis.note = f"{crisis.note}\n{note}" if crisis.note else note
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "crisis", crisis.id, family_id=case.family_id,
                       case_id=case.id, detail=detail(DetailCode.CRISIS_ENDED, outcome=data.outcome,
                                                      days=(data.ended_on - crisis.started_at.date()).days))
            s.expire(crisis)
            dto = crisis_by_id(s, crisis.id)
            uow.commit()
            return dto

    def _load(self, s: Session, crisis_id: int, expected_version: int) -> tuple[Crisis, Case]:
        crisis = s.get(Crisis, crisis_id)
        if crisis is None:
            raise NotFound()
        case = load_case(s, crisis.case_id, None)
        if crisis.ended_on is not None:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This crisis has ended."))
        if crisis.version != expected_version:
            raise ConcurrencyConflict(current=open_crisis(s, case.id))
        return crisis, case


def _start(s: Session, ctx: ServiceContext, case: Case, by: CrisisStart, **values) -> Crisis:
    crisis = Crisis(family_id=case.family_id, case_id=case.id, started_at=ctx.clock.now(), started_by=by, **values)
    s.add(crisis)
    s.flush()
    log_access(s, ctx, AuditEvent.CREATE, "crisis", crisis.id, family_id=case.family_id, case_id=case.id,
               detail=detail(DetailCode.CRISIS_STARTED, by=by))
    return crisis


def start_for_involvement(s: Session, ctx: ServiceContext, case: Case, inv: Involvement) -> None:
    """Crisis help (iJw category 46) starts a crisis record, unless the case has an open one already."""
    category = s.execute(select(Product.category_code).where(Product.id == inv.product_id)).scalar()
    if category == CRISIS_CATEGORY and open_crisis(s, case.id) is None:
        _start(s, ctx, case, CrisisStart.INVOLVEMENT, involvement_id=inv.id)
