"""The waakvlam ("pilot light"): light-touch follow-up after help ends.

Starting one moves the case to status waakvlam and plans contacts every ``frequency_weeks`` until
the end date. It is refused while providers are still involved: help has ended first (end the
involvements), so durations and the figures stay right. A contact with outcome "reopen" makes the
case active again with its history intact, which counts as recurrence; the end of the waakvlam
closes the case. Status changes go through the shared helpers in :mod:`app.services.cases`.
"""
from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access import visible_team_ids
from app.audit import log_access
from app.audit_detail import Detail, DetailCode, detail
from app.context import ServiceContext
from app.errors import BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.case_view import case_header
from app.queries.waakvlam import WaakvlamDTO, WaakvlamRow, waakvlam_dtos, waakvlam_rows
from app.row_locks import lock_case
from app.services.cases import change_status, close_case, finish_waakvlam, load_case, reopen_case, team_colleague
from app.validation import WEEKS_BETWEEN, FieldErrors
from models import Case, Involvement, Provider, Waakvlam, WaakvlamContact
from models.enums import AuditEvent, CaseStatus, CloseReason, ContactOutcome, WaakvlamHolder, WaakvlamStatus

DURATION_MONTHS = (1, 24)
FREQUENCY_WEEKS = (1, 52)
TEXT_MAX = 4000


@dataclass(frozen=True)
class WaakvlamInput:
    """Who keeps a finger on the pulse, for how long and how often. A social-team worker as holder is
    chosen by ``holder_worker_id`` (their name is filled in); anyone else by ``holder_name``."""

    holder_kind: WaakvlamHolder | None
    holder_name: str = ""
    holder_worker_id: int | None = None
    start_date: date | None = None      # default today
    duration_months: int = 6
    frequency_weeks: int = 6
    agreement: str | None = None


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    years, month0 = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month0 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def contact_dates(start: date, end: date, weeks: int) -> list[date]:
    """Every ``weeks`` after the start up to the end; at least one contact, at the end."""
    step = timedelta(weeks=weeks)
    dates, day = [], start + step
    while day <= end:
        dates.append(day)
        day += step
    return dates or [end]


class WaakvlamService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------

    def waakvlams(self, case_id: int, *, log_read: bool = True) -> list[WaakvlamDTO]:
        """The case's waakvlams, newest first (a case may have had one before it was reopened); ``log_read=False`` for the refresh after the user's own command (a view is logged, a refresh is not)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            rows = waakvlam_dtos(s, case.id, self.ctx.clock.today())
            if log_read:
                self._log(s, AuditEvent.READ, "waakvlam", None, case)
            uow.commit()
            return rows

    def waakvlam_overview(self, team: bool = False) -> list[WaakvlamRow]:
        """Running waakvlams of the signed-in worker's cases, or (``team``) of their teams' cases."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            scope = {"team_ids": user.team_ids} if team else {"director_id": user.worker_id,
                                                              "team_ids": visible_team_ids(user)}
            rows = waakvlam_rows(s, self.ctx.clock.today(), **scope)
            log_access(s, self.ctx, AuditEvent.READ, "team_waakvlam" if team else "waakvlam_overview",
                       detail=detail(DetailCode.CASES, cases=len(rows)))
            uow.commit()
            return rows

    # -- changing --------------------------------------------------------------------------------

    def start_waakvlam(self, case_id: int, data: WaakvlamInput, expected_version: int | None = None) -> WaakvlamDTO:
        """Sets up the waakvlam, plans its contacts and moves the case to status waakvlam.

        ``expected_version`` is the case's version (e.g. ``CaseHeader.version``), when known.
        """
        self.ctx.require_user()
        today = self.ctx.clock.today()
        errors = FieldErrors()
        start = data.start_date if errors.in_years("start_date", data.start_date) else today
        if start > today:
            errors.add("start_date", QT_TRANSLATE_NOOP("Errors", "The start date cannot be in the future."))
        errors.whole_number("duration_months", data.duration_months, *DURATION_MONTHS, required=True,
                            message=QT_TRANSLATE_NOOP("Errors", "Choose between {low} and {high} months."))
        errors.whole_number("frequency_weeks", data.frequency_weeks, *FREQUENCY_WEEKS, required=True,
                            message=WEEKS_BETWEEN)
        agreement = errors.optional("agreement", data.agreement, TEXT_MAX, multiline=True)
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            lock_case(s, case)  # help added meanwhile is seen by the check below, or waits for the waakvlam
            if expected_version is not None and case.version != expected_version:
                raise ConcurrencyConflict(current=case_header(s, case, self.ctx.clock.today()))
            self._require_ready(s, case)
            worker_id, holder = self._holder(s, errors, data, case.team_id)
            if start < case.opened_on:
                errors.add("start_date", QT_TRANSLATE_NOOP("Errors", "The start date is before the case was opened."))
            errors.raise_if_any()
            end = add_months(start, data.duration_months)
            waakvlam = Waakvlam(
                case_id=case.id, holder_kind=data.holder_kind, holder_name=holder, holder_worker_id=worker_id,
                start_date=start, end_date=end, frequency_weeks=data.frequency_weeks, agreement=agreement,
                contacts=[WaakvlamContact(planned_date=d) for d in contact_dates(start, end, data.frequency_weeks)])
            s.add(waakvlam)
            change_status(s, self.ctx, case, CaseStatus.WAAKVLAM, on_date=start)
            s.flush()
            self._log(s, AuditEvent.CREATE, "waakvlam", waakvlam.id, case)
            self._log(s, AuditEvent.UPDATE, "case", case.id, case, detail=detail(DetailCode.TO_WAAKVLAM))
            return self._done(uow, waakvlam)

    def log_contact(self, contact_id: int, expected_version: int, held_on: date | None,
                    outcome: ContactOutcome | None, note: str | None = None) -> WaakvlamDTO:
        """Logs a planned contact. Outcome "reopen" reactivates the case (recurrence) and ends the waakvlam."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            contact = s.get(WaakvlamContact, contact_id)
            if contact is None:
                raise NotFound()
            waakvlam = contact.waakvlam
            load_case(s, waakvlam.case_id, None)
            if contact.version != expected_version:
                raise ConcurrencyConflict(current=self._dto(s, waakvlam))
            if contact.held_on is not None:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This contact has already been logged."))
            self._record(s, waakvlam, contact, held_on, outcome, note)
            return self._done(uow, waakvlam)

    def add_contact(self, waakvlam_id: int, held_on: date | None, outcome: ContactOutcome | None,
                    note: str | None = None) -> WaakvlamDTO:
        """Logs a contact that was not planned, e.g. when the holder rings with concerns."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            waakvlam = self._waakvlam(s, waakvlam_id, None)
            self._require_active(waakvlam)
            contact = WaakvlamContact(planned_date=held_on or self.ctx.clock.today())
            waakvlam.contacts.append(contact)
            s.flush()
            self._record(s, waakvlam, contact, held_on, outcome, note)
            return self._done(uow, waakvlam)

    def end_waakvlam(self, waakvlam_id: int, expected_version: int, ended_on: date | None) -> WaakvlamDTO:
        """Ends the waakvlam and closes the case (reason: waakvlam ended)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            waakvlam = self._waakvlam(s, waakvlam_id, expected_version)
            self._require_active(waakvlam)
            case = s.get(Case, waakvlam.case_id)
            errors = FieldErrors()
            self._check_date(errors, "ended_on", ended_on, waakvlam)
            errors.raise_if_any()
            finish_waakvlam(waakvlam, WaakvlamStatus.ENDED, ended_on)
            close_case(s, self.ctx, case, CloseReason.WAAKVLAM_ENDED, on_date=ended_on)
            s.flush()
            self._log(s, AuditEvent.UPDATE, "waakvlam", waakvlam.id, case, detail=detail(DetailCode.ENDED))
            self._log(s, AuditEvent.UPDATE, "case", case.id, case, detail=detail(DetailCode.CLOSED))
            return self._done(uow, waakvlam)

    # -- helpers ---------------------------------------------------------------------------------

    def _record(self, s: Session, waakvlam: Waakvlam, contact: WaakvlamContact, held_on: date | None,
                outcome: ContactOutcome | None, note: str | None) -> None:
        """Validates and records the contact's outcome; "reopen" reopens the case."""
        self._require_active(waakvlam)
        errors = FieldErrors()
        self._check_date(errors, "held_on", held_on, waakvlam)
        if outcome is None:
            errors.add("outcome", QT_TRANSLATE_NOOP("Errors", "Choose the outcome of the contact."))
        note = errors.optional("note", note, TEXT_MAX, multiline=True)
        if outcome in (ContactOutcome.CONCERNS, ContactOutcome.REOPEN) and note is None:
            errors.add("note", QT_TRANSLATE_NOOP("Errors", "Describe what is going on."))
        errors.raise_if_any()
        contact.held_on, contact.outcome, contact.note = held_on, outcome, note
        contact.author_id = self.ctx.require_user().worker_id
        case = s.get(Case, waakvlam.case_id)
        self._log(s, AuditEvent.UPDATE, "waakvlam_contact", contact.id, case,
                  detail=detail(DetailCode.WAAKVLAM_CONTACT, outcome=outcome))
        if outcome is ContactOutcome.REOPEN:
            if case.status is not CaseStatus.WAAKVLAM:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case is not in waakvlam."))
            finish_waakvlam(waakvlam, WaakvlamStatus.REOPENED, held_on)
            reopen_case(s, self.ctx, case, note, on_date=held_on)
            self._log(s, AuditEvent.UPDATE, "case", case.id, case, detail=detail(DetailCode.REOPENED_FROM_WAAKVLAM))

    def _check_date(self, errors: FieldErrors, field: str, day: date | None, waakvlam: Waakvlam) -> None:
        if day is None:
            errors.add(field, QT_TRANSLATE_NOOP("Errors", "This field is required."))
        elif not errors.in_years(field, day):
            pass
        elif day > self.ctx.clock.today():
            errors.add(field, QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future."))
        elif day < waakvlam.start_date:
            errors.add(field, QT_TRANSLATE_NOOP("Errors", "The date is before the waakvlam started."))

    @staticmethod
    def _require_ready(s: Session, case: Case) -> None:
        """A waakvlam follows help: the case is open, not yet in waakvlam, and no provider is still involved."""
        if case.status is CaseStatus.CLOSED:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case is closed; reopen it first."))
        if case.status is CaseStatus.WAAKVLAM:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case already has a waakvlam."))
        running = list(s.scalars(select(Provider.name).join(Involvement, Involvement.provider_id == Provider.id)
                                 .where(Involvement.case_id == case.id, Involvement.actual_end.is_(None))
                                 .order_by(Provider.name)))
        if running:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                "Errors", "Help is still running ({providers}). End it before starting the waakvlam."),
                providers=", ".join(dict.fromkeys(running)))

    @staticmethod
    def _holder(s: Session, errors: FieldErrors, data: WaakvlamInput, team_id: int) -> tuple[int | None, str]:
        """(worker id, holder name): a colleague of the case's team for the social-team worker, else the
        named person."""
        if data.holder_kind is None:
            errors.add("holder_kind", QT_TRANSLATE_NOOP("Errors", "Choose who holds the waakvlam."))
        name = errors.optional("holder_name", data.holder_name, 160)
        if data.holder_kind is WaakvlamHolder.SOCIAL_TEAM_WORKER:
            worker = team_colleague(s, data.holder_worker_id, team_id)
            if worker is None:
                errors.add("holder_worker_id", QT_TRANSLATE_NOOP("Errors", "Choose an active colleague."))
                return None, name or ""
            return worker.id, name or worker.name
        if name is None:
            errors.add("holder_name",
                       QT_TRANSLATE_NOOP("Errors", "Give the name of the person who holds the waakvlam."))
        return None, name or ""

    @staticmethod
    def _require_active(waakvlam: Waakvlam) -> None:
        if waakvlam.status is not WaakvlamStatus.ACTIVE:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This waakvlam has already ended."))

    def _waakvlam(self, s: Session, waakvlam_id: int, expected_version: int | None) -> Waakvlam:
        waakvlam = s.get(Waakvlam, waakvlam_id)
        if waakvlam is None:
            raise NotFound()
        load_case(s, waakvlam.case_id, None)
        if expected_version is not None and waakvlam.version != expected_version:
            raise ConcurrencyConflict(current=self._dto(s, waakvlam))
        return waakvlam

    def _dto(self, s: Session, waakvlam: Waakvlam) -> WaakvlamDTO:
        return waakvlam_dtos(s, waakvlam.case_id, self.ctx.clock.today(), waakvlam_ids=[waakvlam.id])[0]

    def _done(self, uow, waakvlam: Waakvlam) -> WaakvlamDTO:
        s = uow.session
        s.flush()
        s.expire_all()
        dto = self._dto(s, waakvlam)
        uow.commit()
        return dto

    def _log(self, s: Session, event: AuditEvent, object_type: str, object_id: int | None, case: Case,
             detail: Detail | None = None) -> None:
        log_access(s, self.ctx, event, object_type, object_id, family_id=case.family_id, case_id=case.id,
                   detail=detail)
