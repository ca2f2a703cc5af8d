"""Direction of a case: status, transfer to another director, priority, closing and reopening."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from datetime import date, datetime, timedelta

from sqlalchemy import Row, Select, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from app.access import check_team, missing
from app.audit import acting_for, log_access
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.errors import BusinessRuleViolation, ConcurrencyConflict
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.crisis import open_crises
from app.queries.meldcode import ever_had_track, has_open_track
from app.row_locks import lock_family
from app.services.aftercare_inputs import AftercareInput, record_aftercare, validate_aftercare
from app.validation import FieldErrors
from models import Case, CaseEvent, Waakvlam, Worker, WorkerTeam
from models.enums import (
    AuditEvent, CaseEventKind, CaseStatus, CloseReason, DirectionMode, Priority, PriorityReason, WaakvlamStatus,
)

DIRECTION_AHEAD = timedelta(days=31)  # a change of direction agreed now may start within a month
ORGANISATION_MAX, PERSON_MAX, CONTACT_MAX = 200, 120, 200


@dataclass(frozen=True)
class DirectionInput:
    """Who directs the case from ``since``: the social team, samenregie (the provider ``organisation``
    holds the daily direction) or elsewhere (``organisation`` directs, e.g. the certified institution)."""

    mode: DirectionMode | None
    since: date | None
    organisation: str | None = None
    person: str | None = None
    contact: str | None = None  # phone number or e-mail, as typed


def validate_direction(errors: FieldErrors, data: DirectionInput, today: date) -> DirectionInput:
    """The input with its texts normalised (no holder when the social team directs); every problem at its field."""
    if data.mode is None:
        errors.add("mode", QT_TRANSLATE_NOOP("Errors", "This field is required."))
    organisation = errors.optional("organisation", data.organisation, ORGANISATION_MAX)
    person = errors.optional("person", data.person, PERSON_MAX)
    contact = errors.optional("contact", data.contact, CONTACT_MAX)
    if data.mode in (DirectionMode.SAMENREGIE, DirectionMode.ELSEWHERE) and not organisation \
            and not errors.has("organisation"):
        errors.add("organisation", QT_TRANSLATE_NOOP(
            "Errors", "Name the organisation that holds the direction (e.g. the certified institution or the provider)."))
    if data.since is None:
        errors.add("since", QT_TRANSLATE_NOOP("Errors", "This field is required."))
    elif errors.in_years("since", data.since) and data.since > today + DIRECTION_AHEAD:
        errors.add("since", QT_TRANSLATE_NOOP(
            "Errors", "The direction can change at most a month from today ({days} days)."),
                   days=DIRECTION_AHEAD.days)
    if data.mode is DirectionMode.SOCIAL_TEAM:
        organisation = person = contact = None
    return DirectionInput(data.mode, data.since, organisation, person, contact)


@dataclass(frozen=True)
class CaseEventRow:
    at: datetime
    on_date: date
    kind: CaseEventKind
    worker_name: str
    from_value: str | None
    to_value: str | None
    from_worker: str | None
    to_worker: str | None
    reason: str | None


@dataclass(frozen=True)
class CaseChange:
    case_id: int
    version: int
    status: CaseStatus


def load_case(session: Session, case_id: int, expected_version: int | None) -> Case:
    """The case, if the signed-in user's teams may see it (else AccessDenied, logged)."""
    case = session.get(Case, case_id)
    if case is None:
        raise missing(session, "case", case_id)
    check_team(session, case.team_id, "case", case.id, family_id=case.family_id)
    if expected_version is not None and case.version != expected_version:
        raise ConcurrencyConflict()
    return case


@cache
def _history_select() -> Select:
    """A case's events with the names of the workers they name, in one statement (built once, on first
    use: aliases cost more to build than the query takes to run)."""
    by, source, target = aliased(Worker), aliased(Worker), aliased(Worker)
    return (select(CaseEvent.at, CaseEvent.on_date, CaseEvent.kind, func.coalesce(by.name, "?"),
                   CaseEvent.from_value, CaseEvent.to_value, source.name, target.name, CaseEvent.reason)
            .outerjoin(by, by.id == CaseEvent.worker_id).outerjoin(source, source.id == CaseEvent.from_worker_id)
            .outerjoin(target, target.id == CaseEvent.to_worker_id)
            .where(CaseEvent.case_id == bindparam("case_id")).order_by(CaseEvent.id))



@cache
def _case_team() -> Select:
    return select(Case.id, Case.family_id, Case.team_id).where(Case.id == bindparam("case_id"))


def read_case(session: Session, case_id: int) -> Row:
    """:func:`load_case` for a read: the case's id, family and team as a row (Core: no ORM object to
    build for an access check), if the signed-in user's teams may see it."""
    row = session.execute(_case_team(), {"case_id": case_id}).first()
    if row is None:
        raise missing(session, "case", case_id)
    check_team(session, row.team_id, "case", row.id, family_id=row.family_id)
    return row


# -- the case's life cycle, shared with the waakvlam service -----------------------------------------

def record_event(s: Session, ctx: ServiceContext, case: Case, kind: CaseEventKind, *,
                 on_date: date | None = None, **values) -> None:
    """Adds a history event to the case, by the signed-in worker, dated ``on_date`` (default today)."""
    s.add(CaseEvent(case_id=case.id, at=ctx.clock.now(), on_date=on_date or ctx.clock.today(), kind=kind,
                    worker_id=ctx.require_user().worker_id, **values))


def change_status(s: Session, ctx: ServiceContext, case: Case, status: CaseStatus, *,
                  on_date: date | None = None, reason: str | None = None) -> None:
    """Moves an open case to another open status (intake -> active -> waakvlam), with its history event."""
    record_event(s, ctx, case, CaseEventKind.STATUS_CHANGED, on_date=on_date, from_value=case.status.value,
                 to_value=status.value, reason=reason)
    case.status = status


def close_case(s: Session, ctx: ServiceContext, case: Case, reason: CloseReason, note: str | None = None, *,
               on_date: date | None = None) -> None:
    """Closes the case (on ``on_date``, default today); an active waakvlam ends with it. Refused while a
    crisis or a meldcode track is open, and for a case that had a track unless a waakvlam was agreed."""
    refuse_closing_while_unsafe(s, case)
    closed_on = max(on_date or ctx.clock.today(), case.opened_on)
    record_event(s, ctx, case, CaseEventKind.CLOSED, on_date=closed_on, from_value=case.status.value,
                 to_value=reason.value, reason=note)
    case.status = CaseStatus.CLOSED
    case.closed_on = closed_on
    case.close_reason = reason
    for waakvlam in s.scalars(select(Waakvlam).where(Waakvlam.case_id == case.id,
                                                      Waakvlam.status == WaakvlamStatus.ACTIVE)).all():
        finish_waakvlam(waakvlam, WaakvlamStatus.ENDED, closed_on)


def refuse_closing_while_unsafe(s: Session, case: Case) -> None:
    """Help ends only when safety is taken care of: no open crisis, no open meldcode track, and after a
    track a waakvlam (agreements on monitoring future safety)."""
    if open_crises(s, [case.id]):
        raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
            "Errors", "This case has an open crisis: end it and record what followed before closing."))
    if has_open_track(s, case_id=case.id):
        raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
            "Errors", "This case has an open meldcode track: record its decision (step 5) before closing."))
    if ever_had_track(s, case.id) and s.scalar(select(Waakvlam.id).where(Waakvlam.case_id == case.id).limit(1)) is None:
        raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
            "Errors", "This case had a meldcode track: start a waakvlam first, then close the case."))


def reopen_case(s: Session, ctx: ServiceContext, case: Case, reason: str, *, on_date: date | None = None) -> None:
    """Makes a closed or waakvlam case active again with its history intact: recurrence (recidive)."""
    record_event(s, ctx, case, CaseEventKind.REOPENED, on_date=on_date, from_value=case.status.value,
                 to_value=CaseStatus.ACTIVE.value, reason=reason)
    case.status = CaseStatus.ACTIVE
    case.closed_on = None
    case.close_reason = None
    case.reopen_count += 1


NOT_A_COLLEAGUE = QT_TRANSLATE_NOOP("Errors", "Choose an active colleague of the case's team.")


def team_colleague(s: Session, worker_id: int | None, team_id: int) -> Worker | None:
    """The active worker ``worker_id`` when they belong to team ``team_id``, else None."""
    worker = s.get(Worker, worker_id) if isinstance(worker_id, int) else None
    if worker is None or not worker.active or s.get(WorkerTeam, (worker.id, team_id)) is None:
        return None
    return worker


def new_director(s: Session, case: Case, worker_id: int | None, errors: FieldErrors) -> Worker | None:
    """The worker who is to direct ``case``: active, a member of its team and not its director yet
    (else a message on the field ``director``)."""
    target = team_colleague(s, worker_id, case.team_id)
    if target is None:
        errors.add("director", NOT_A_COLLEAGUE)
        return None
    if target.id == case.director_id:
        errors.add("director", QT_TRANSLATE_NOOP("Errors", "This worker already directs the case."))
        return None
    return target


def hand_over(s: Session, ctx: ServiceContext, case: Case, target: Worker, reason: str) -> None:
    """Gives ``case`` to ``target``, with the transfer (and its reason) in the case history."""
    record_event(s, ctx, case, CaseEventKind.DIRECTOR_TRANSFERRED, from_worker_id=case.director_id,
                 to_worker_id=target.id, reason=reason)
    case.director_id = target.id


def finish_waakvlam(waakvlam: Waakvlam, status: WaakvlamStatus, on_date: date) -> None:
    """Ends a waakvlam (ended or reopened); planned contacts after that day are dropped, missed ones stay."""
    waakvlam.status = status
    waakvlam.ended_on = on_date
    waakvlam.contacts = [c for c in waakvlam.contacts if c.held_on is not None or c.planned_date <= on_date]


class CaseService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _event(self, s: Session, case: Case, kind: CaseEventKind, **values) -> None:
        record_event(s, self.ctx, case, kind, **values)

    def _done(self, s: Session, case: Case, code: DetailCode, director_id: int | None = None,
              **args: object) -> CaseChange:
        """Logs the change of the case's direction; done by someone other than its director (``director_id``
        when the change moved it), it is recorded on the director's behalf (NEN 7513 "namens")."""
        log_access(s, self.ctx, AuditEvent.UPDATE, "case", case.id, family_id=case.family_id, case_id=case.id,
                   detail=detail(code, **args),
                   on_behalf_of=acting_for(s, self.ctx, director_id if director_id is not None else case.director_id))
        s.flush()
        return CaseChange(case.id, case.version, case.status)

    def activate(self, case_id: int, expected_version: int) -> CaseChange:
        """Intake done: the case becomes active."""
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, expected_version)
            if case.status is not CaseStatus.INTAKE:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "Only a case in intake can be made active."))
            change_status(s, self.ctx, case, CaseStatus.ACTIVE)
            change = self._done(s, case, DetailCode.ACTIVATED)
            uow.commit()
            return change

    def transfer(self, case_id: int, expected_version: int, to_worker_id: int, reason: str) -> CaseChange:
        """Hands direction to another worker; both keep the transfer in the case history."""
        errors = FieldErrors()
        reason = errors.required("reason", reason, 2000)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, expected_version)
            target = new_director(s, case, to_worker_id, errors)
            errors.raise_if_any()
            director_id = case.director_id
            hand_over(s, self.ctx, case, target, reason)
            change = self._done(s, case, DetailCode.DIRECTOR_TRANSFERRED, director_id)
            uow.commit()
            return change

    def set_priority(self, case_id: int, expected_version: int, priority: Priority,
                     reason: PriorityReason | None) -> CaseChange:
        errors = FieldErrors()
        if priority is Priority.HIGH and reason is None:
            errors.add("priority_reason", QT_TRANSLATE_NOOP("Errors", "Give the reason for priority."))
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, expected_version)
            self._event(s, case, CaseEventKind.PRIORITY_CHANGED, from_value=case.priority.value,
                        to_value=priority.value, reason=reason.value if reason else None)
            case.priority = priority
            case.priority_reason = reason if priority is Priority.HIGH else None
            change = self._done(s, case, DetailCode.PRIORITY_SET)
            uow.commit()
            return change

    def set_direction(self, case_id: int, expected_version: int, data: DirectionInput) -> CaseChange:
        """Sets who directs the case, and since when; the change is kept in the case history."""
        self.ctx.require_user()
        errors = FieldErrors()
        d = validate_direction(errors, data, self.ctx.clock.today())
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, expected_version)
            if case.status is CaseStatus.CLOSED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case is closed."))
            holder = ", ".join(p for p in (d.organisation, d.person, d.contact) if p)
            self._event(s, case, CaseEventKind.DIRECTION_CHANGED, on_date=d.since,
                        from_value=case.direction_mode.value, to_value=d.mode.value, reason=holder or None)
            case.direction_mode = d.mode
            case.direction_organisation, case.direction_person, case.direction_contact = (
                d.organisation, d.person, d.contact)
            case.direction_since = d.since
            change = self._done(s, case, DetailCode.DIRECTION_SET, mode=d.mode)  # a colleague: for the director
            uow.commit()
            return change

    def close(self, case_id: int, expected_version: int, reason: CloseReason, note: str = "",
              aftercare: AftercareInput | None = None) -> CaseChange:
        """Closes the case; with ``aftercare``, how aftercare is secured (or why none is needed), written with it."""
        errors = FieldErrors()
        note = errors.optional("note", note, 2000, multiline=True) or None
        secured = validate_aftercare(errors, aftercare) if aftercare is not None else None
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, expected_version)
            if case.status is CaseStatus.CLOSED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case is already closed."))
            close_case(s, self.ctx, case, reason, note)
            if secured is not None:
                record_aftercare(s, self.ctx, case, secured, case.closed_on)
            change = self._done(s, case, DetailCode.CLOSED)
            uow.commit()
            return change

    def reopen(self, case_id: int, expected_version: int, reason: str) -> CaseChange:
        """Reopens a closed case with its history intact; counts as recurrence (recidive)."""
        errors = FieldErrors()
        reason = errors.required("reason", reason, 2000, multiline=True)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, expected_version)
            if case.status is not CaseStatus.CLOSED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "Only a closed case can be reopened."))
            lock_family(s, case.family_id)  # one open case per family
            other_open = s.scalars(select(Case.id).where(
                Case.family_id == case.family_id, Case.status != CaseStatus.CLOSED)).first()
            if other_open is not None:
                raise BusinessRuleViolation(
                    QT_TRANSLATE_NOOP("Errors", "This family already has an open case. One family, one plan, one director.")
                )
            reopen_case(s, self.ctx, case, reason)
            change = self._done(s, case, DetailCode.REOPENED)
            uow.commit()
            return change

    def history(self, case_id: int, *, log_read: bool = True) -> list[CaseEventRow]:
        """The case's history, oldest first, with worker names; ``log_read=False`` for the refresh after the user's own command (a view is logged, a refresh is not)."""
        with self.ctx.uow() as uow:
            s = uow.session
            case = read_case(s, case_id)
            rows = [CaseEventRow(*r) for r in s.execute(_history_select(), {"case_id": case.id})]
            if log_read:
                log_access(s, self.ctx, AuditEvent.READ, "case_history", case.id, family_id=case.family_id,
                           case_id=case.id)
            uow.commit()
            return rows
