"""Own statement and correction (Jeugdwet 7.3.8, AVG art. 16) and the family-group plan offer (4.1.2).

A family member may have their own statement added to the file about a part they dispute: a plan text,
a goal, a journal entry, an evaluation's conclusion. A statement is never changed or deleted; a later
one may follow. When a worker corrects a disputed text on a member's request, the correction keeps what
stood there before (old and new text, reason, who, when). Only the family's team sees or records them.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from app.audit import log_access
from app.context import ServiceContext
from app.errors import ConcurrencyConflict
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.statements import (
    CORRECTABLE, STATEMENT_FIELDS, CaseStatements, CorrectionDTO, FamilyGroupPlanOffer, StatementDTO,
    case_statements, family_group_plan_offer,
)
from app.services.cases import load_case, read_case
from app.services.journal import TEXT_MAX as JOURNAL_TEXT_MAX
from app.services.plan_inputs import TEXT_MAX as GOAL_TEXT_MAX
from app.services.plans import PLAN_TEXT_MAX
from app.validation import FieldErrors
from models import Case, Evaluation, FamilyPlan, Goal, JournalEntry, OwnStatement, Person, TextCorrection
from models.enums import AuditEvent, FamilyGroupPlanAnswer, StatementSubject

T = TypeVar("T")
TEXT_MAX = 20_000
NOTE_MAX = 2_000
REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")
NOT_IN_CASE = QT_TRANSLATE_NOOP("Errors", "Choose a part of this case's file.")
CORRECTED_MAX = {  # a corrected text fits where it stands, as its own form would allow
    StatementSubject.PLAN_TEXT: PLAN_TEXT_MAX, StatementSubject.GOAL: GOAL_TEXT_MAX,
    StatementSubject.JOURNAL_ENTRY: JOURNAL_TEXT_MAX,
}
RECORDS: dict[StatementSubject, type] = {
    StatementSubject.PLAN_TEXT: FamilyPlan, StatementSubject.GOAL: Goal,
    StatementSubject.JOURNAL_ENTRY: JournalEntry, StatementSubject.EVALUATION: Evaluation,
}


@dataclass(frozen=True)
class StatementInput:
    person_id: int | None
    subject: StatementSubject | None
    subject_id: int | None
    field: str | None
    text: str
    stated_on: date | None


@dataclass(frozen=True)
class CorrectionInput:
    person_id: int | None  # on whose request
    subject: StatementSubject | None
    subject_id: int | None
    field: str | None
    new_text: str
    reason: str
    expected_version: int  # of the corrected record, as the worker saw it


@dataclass(frozen=True)
class FamilyGroupPlanInput:
    offered_on: date | None
    answer: FamilyGroupPlanAnswer | None
    note: str | None = None


def _case_of(s: Session, subject: StatementSubject, subject_id: int) -> tuple[object, int] | None:
    """The record and its case id, or None."""
    record = s.get(RECORDS[subject], subject_id)
    if record is None:
        return None
    if subject is StatementSubject.GOAL:
        return record, s.execute(select(FamilyPlan.case_id).where(FamilyPlan.id == record.plan_id)).scalar_one()
    return record, record.case_id


def _part(s: Session, errors: FieldErrors, case: Case, subject, subject_id, field, fields: dict) -> object | None:
    """The record the statement or correction is about, if it is a part of ``case`` (else a message)."""
    if subject is None or subject_id is None:
        errors.add("subject_id", REQUIRED)
        return None
    if field not in fields.get(subject, ()):
        errors.add("field", NOT_IN_CASE)
        return None
    found = _case_of(s, subject, subject_id)
    if found is None or found[1] != case.id:
        errors.add("subject_id", NOT_IN_CASE)
        return None
    return found[0]


def _past_day(errors: FieldErrors, field: str, value: date | None, today: date, future: str) -> None:
    """A required day, today or before (``future``: the message for a later one)."""
    if value is None:
        errors.add(field, REQUIRED)
    elif errors.in_years(field, value) and value > today:
        errors.add(field, future)


def _member(s: Session, errors: FieldErrors, case: Case, person_id: int | None) -> Person | None:
    person = s.get(Person, person_id) if person_id is not None else None
    if person is None or person.family_id != case.family_id:
        errors.add("person_id", QT_TRANSLATE_NOOP("Errors", "Choose a member of this family."))
        return None
    return person


class StatementService:
    """Statements, corrections and the family-group plan offer of a case: each call checks the case's team
    and is logged."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def statements(self, case_id: int, *, log_read: bool = True) -> CaseStatements:
        """Every own statement and correction of the case, oldest first."""
        return self._read(case_id, log_read, "own_statement",
                          lambda s, case: case_statements(s, case.id, case.family_id))

    def _read(self, case_id: int, log_read: bool, object_type: str, read: Callable[[Session, Row], T]) -> T:
        """``read`` of a case the user may see; logged as a view of ``object_type`` unless ``log_read`` is False
        (the refresh after one's own command)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = read_case(s, case_id)
            found = read(s, case)
            if log_read:
                log_access(s, self.ctx, AuditEvent.READ, object_type,
                           None if object_type == "own_statement" else case.id, family_id=case.family_id,
                           case_id=case.id)
            uow.commit()
            return found

    def add_statement(self, case_id: int, data: StatementInput) -> StatementDTO:
        """Adds a member's own statement about a part of the case's file; it is never changed afterwards."""
        user = self.ctx.require_user()
        today = self.ctx.clock.today()
        errors = FieldErrors()
        text = errors.required("text", data.text, TEXT_MAX, multiline=True)
        _past_day(errors, "stated_on", data.stated_on, today,
                  QT_TRANSLATE_NOOP("Errors", "A statement cannot be made on a day in the future."))
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            person = _member(s, errors, case, data.person_id)
            _part(s, errors, case, data.subject, data.subject_id, data.field, STATEMENT_FIELDS)
            errors.raise_if_any()
            row = OwnStatement(family_id=case.family_id, case_id=case.id, person_id=person.id, subject=data.subject,
                               subject_id=data.subject_id, field=data.field, text=text, stated_on=data.stated_on,
                               recorded_by_id=user.worker_id)
            s.add(row)
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, "own_statement", row.id, family_id=case.family_id,
                       case_id=case.id)
            dto = next(d for d in case_statements(s, case.id).statements if d.id == row.id)
            uow.commit()
            return dto

    def correct(self, case_id: int, data: CorrectionInput) -> CorrectionDTO:
        """Corrects a disputed text on a member's request; the correction keeps the text it replaces.
        Also an agreed plan version's text or another worker's journal entry: a correction is the one
        change history allows (AVG art. 16)."""
        user = self.ctx.require_user()
        errors = FieldErrors()
        required = data.field not in ("success_criterion",) and data.subject is not StatementSubject.PLAN_TEXT
        new_text = (errors.required if required else errors.text)(
            "new_text", data.new_text, CORRECTED_MAX.get(data.subject, TEXT_MAX), multiline=True)
        reason = errors.required("reason", data.reason, NOTE_MAX, multiline=True)
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            person = _member(s, errors, case, data.person_id)
            record = _part(s, errors, case, data.subject, data.subject_id, data.field, CORRECTABLE)
            errors.raise_if_any()
            if record.version != data.expected_version:
                raise ConcurrencyConflict()
            old_text = getattr(record, data.field) or ""
            if new_text == old_text:
                errors.add("new_text", QT_TRANSLATE_NOOP("Errors", "The corrected text is the same as the text now."))
                errors.raise_if_any()
            row = TextCorrection(family_id=case.family_id, case_id=case.id, person_id=person.id, subject=data.subject,
                                 subject_id=data.subject_id, field=data.field, old_text=old_text,
                                 new_text=new_text, reason=reason, corrected_on=self.ctx.clock.today(),
                                 corrected_by_id=user.worker_id)
            s.add(row)
            s.flush()  # first: on PostgreSQL the history guard lets the change through for this correction
            setattr(record, data.field, new_text)
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "text_correction", row.id, family_id=case.family_id,
                       case_id=case.id)
            dto = next(d for d in case_statements(s, case.id).corrections if d.id == row.id)
            uow.commit()
            return dto

    def family_group_plan_offer(self, case_id: int, *, log_read: bool = True) -> FamilyGroupPlanOffer:
        """Whether a family-group plan was offered on the case, when, and the family's answer."""
        return self._read(case_id, log_read, "family_group_plan_offer",
                          lambda s, case: family_group_plan_offer(s, case.id))

    def record_family_group_plan_offer(self, case_id: int, expected_version: int,
                                       data: FamilyGroupPlanInput) -> FamilyGroupPlanOffer:
        """Records the offer (Jeugdwet 4.1.2): the day, the family's answer and a note. Changing the answer
        later (thinking about it -> accepted) is recording it again."""
        self.ctx.require_user()
        today = self.ctx.clock.today()
        errors = FieldErrors()
        note = errors.optional("note", data.note, NOTE_MAX, multiline=True)
        if data.answer is None:
            errors.add("answer", REQUIRED)
        _past_day(errors, "offered_on", data.offered_on, today,
                  QT_TRANSLATE_NOOP("Errors", "The offer cannot be made on a day in the future."))
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            if data.offered_on is not None and data.offered_on < case.opened_on and not errors.has("offered_on"):
                errors.add("offered_on", QT_TRANSLATE_NOOP("Errors", "The offer cannot be before the case was opened."))
            errors.raise_if_any()
            if case.version != expected_version:
                raise ConcurrencyConflict(current=family_group_plan_offer(s, case.id))
            case.family_group_plan_offered_on = data.offered_on
            case.family_group_plan_answer = data.answer
            case.family_group_plan_note = note
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "family_group_plan_offer", case.id, family_id=case.family_id,
                       case_id=case.id)
            offer = family_group_plan_offer(s, case.id)
            uow.commit()
            return offer
