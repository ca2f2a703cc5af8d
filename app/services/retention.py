"""Retention and destruction (Jeugdwet 7.3.8 / 7.3.9; NEN 7513): the administrators' review list and
the two-person procedure that removes a family's file, or access-log entries past their five years.

1. **Request** - an administrator records the legal ground (the person's request, or retention
   passed), that they checked nobody else has a substantial interest in keeping the file, and a note.
   Refused at the field when the file may not go (:func:`app.queries.retention.blocking_reasons`: an
   open case - and, once issue 17 builds it, an open safety track), or when retention has not passed.
2. **Approval** by a second, different administrator; the requester cannot approve their own request.
3. **Execution** (either administrator, once approved; the checks run again): every row of the family's
   file is removed - the tables are found from the models' foreign keys (app/family_graph.py), so
   tables added later go too - and the request stays as a record without content: dates, who
   requested, approved and executed, the ground, the family id and the number of rows removed; its
   note is cleared. The family's access-log entries stay (ids and codes only, they answer "who looked
   at my file" for five years); their free-text detail from before revision 0009 is cleared. The change
   log's entries (table, row id, who, when - never content) stay too.

On PostgreSQL application roles may neither delete most of a file nor touch the access log: every step
goes through a SECURITY DEFINER function of migration 0020, which checks the same rules itself on the
caller's own login. On the embedded database this module does the same in one transaction with
SQLite's ``secure_delete`` on, and afterwards empties the write-ahead log. Local backups still hold the
file: daily ones until they rotate out (app/storage/backup.py: the newest of each of the last 7 days and
of each of the last 4 weeks - about five weeks), those made by hand or before an upgrade, a restore or
encryption until someone deletes them; the README says so and the confirmation too.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import MetaData, delete, func, select, text, update
from sqlalchemy.orm import Session

from app.audit import log_access, log_family_reads, log_failure
from app.audit_detail import DetailCode, detail
from app.change_tracking import record_write
from app.changes import ChangeKind
from app.context import CurrentUser, ServiceContext
from app.errors import AccessDenied, BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.family_graph import file_tables, of_family
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.retention import (
    PENDING, DestructionRequestDTO, RetentionReview, blocking_reasons, day_start, kept_until, last_change,
    log_cutoff, request_dto, retention_review,
)
from app.validation import FieldErrors
from models import AccessLogEntry, Base, DestructionRequest, Family
from models.enums import AuditEvent, AuditOutcome, DestructionGround, DestructionKind, DestructionStatus, Role

ADMIN_ONLY = QT_TRANSLATE_NOOP("Errors", "Only an administrator can review retention and destroy files.")
FILE_GROUNDS = (DestructionGround.PERSON_REQUEST, DestructionGround.RETENTION_EXPIRED)
NOT_EXPIRED = QT_TRANSLATE_NOOP(
    "Errors", "The retention period has not passed: the file is kept until {date} (20 years after its last change).")
CHECK_INTEREST = QT_TRANSLATE_NOOP(
    "Errors", "Record that you checked that nobody else has a substantial interest in keeping the file.")
ALREADY_REQUESTED = QT_TRANSLATE_NOOP("Errors", "There is already a destruction request for this file.")
LOG_ALREADY_REQUESTED = QT_TRANSLATE_NOOP("Errors", "There is already a request to remove old access-log entries.")
NOTHING_OLD = QT_TRANSLATE_NOOP("Errors", "No access-log entries are older than five years.")
OWN_REQUEST = QT_TRANSLATE_NOOP(
    "Errors", "You requested this destruction yourself: a second, different administrator must approve it.")
NOT_REQUESTED = QT_TRANSLATE_NOOP("Errors", "This request is not waiting for approval any more.")
NOT_APPROVED = QT_TRANSLATE_NOOP("Errors", "Only an approved request can be carried out.")
NOT_PENDING = QT_TRANSLATE_NOOP("Errors", "This request was carried out or withdrawn already.")
REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")


@dataclass(frozen=True)
class DestructionInput:
    """A request to destroy a family's file: the ground, the recorded check and a note."""

    family_id: int | None
    ground: DestructionGround | None
    no_other_interest: bool = False
    note: str | None = None


class RetentionService:
    """For administrators only; every step is in the access log, every refusal too."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _admin(self, object_type: str = "destruction_request", event: AuditEvent = AuditEvent.READ) -> CurrentUser:
        user = self.ctx.require_user()
        if user.role is not Role.ADMIN:
            log_failure(self.ctx, event, object_type, outcome=AuditOutcome.DENIED)
            raise AccessDenied(ADMIN_ONLY)
        return user

    def review(self, *, log_read: bool = True) -> RetentionReview:
        """Files past retention or with a pending request, the access log's old entries and the record of
        what was destroyed. Each family listed (its name is shown) is logged as read."""
        self._admin()
        with self.ctx.uow() as uow:
            s = uow.session
            review = retention_review(s, self.ctx.clock.today())
            if log_read:
                log_family_reads(s, self.ctx, [r.family_id for r in review.files], detail(DetailCode.RETENTION_REVIEW))
            uow.commit()
            return review

    def request_destruction(self, data: DestructionInput) -> DestructionRequestDTO:
        """Step 1 for a family's file: refused at the field when the file may not go."""
        user = self._admin(event=AuditEvent.CREATE)
        errors = FieldErrors()
        if data.ground is None:
            errors.add("ground", REQUIRED)
        elif data.ground not in FILE_GROUNDS:
            errors.add("ground", QT_TRANSLATE_NOOP("Errors", "Choose the person's request or retention passed."))
        if not data.no_other_interest:
            errors.add("no_other_interest", CHECK_INTEREST)
        note = errors.optional("note", data.note, 2000, multiline=True)
        if data.family_id is None:
            errors.add("family_id", REQUIRED)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            family = _lock_family(s, data.family_id)
            self._check_file_may_go(s, family.id, data.ground, errors)
            if s.scalar(select(DestructionRequest.id).where(DestructionRequest.family_id == family.id,
                                                           DestructionRequest.status.in_(PENDING))):
                errors.add("family_id", ALREADY_REQUESTED)
            errors.raise_if_any()
            if _central(s):
                request_id = s.scalar(text(
                    "SELECT gezinsregie_request_destruction('family_file', :family, :ground, :checked, :note)"),
                    {"family": family.id, "ground": data.ground.value, "checked": True, "note": note})
            else:
                request = DestructionRequest(
                    kind=DestructionKind.FAMILY_FILE, family_id=family.id, ground=data.ground, no_other_interest=True,
                    note=note, requested_by_id=user.worker_id, requested_at=self.ctx.clock.now())
                s.add(request)
                s.flush()
                request_id = request.id
            log_access(s, self.ctx, AuditEvent.CREATE, "destruction_request", request_id, family_id=family.id,
                       detail=detail(DetailCode.DESTRUCTION_REQUESTED, ground=data.ground))
            uow.commit()
            return request_dto(s, request_id)

    def request_log_purge(self, note: str | None = None) -> DestructionRequestDTO:
        """Step 1 for the access log: remove the entries from before the day five years ago."""
        user = self._admin(event=AuditEvent.CREATE)
        errors = FieldErrors()
        note = errors.optional("note", note, 2000, multiline=True)
        errors.raise_if_any()
        cutoff = log_cutoff(self.ctx.clock.today())
        with self.ctx.uow() as uow:
            s = uow.session
            _lock_requests(s)
            if s.scalar(select(DestructionRequest.id).where(DestructionRequest.kind == DestructionKind.ACCESS_LOG,
                                                           DestructionRequest.status.in_(PENDING))):
                errors.add("cutoff_date", LOG_ALREADY_REQUESTED)
            elif not s.scalar(select(func.count()).select_from(AccessLogEntry)
                              .where(AccessLogEntry.occurred_at < day_start(cutoff))):
                errors.add("cutoff_date", NOTHING_OLD)
            errors.raise_if_any()
            if _central(s):
                request_id = s.scalar(text(
                    "SELECT gezinsregie_request_destruction('access_log', NULL, 'log_retention', true, :note)"),
                    {"note": note})
            else:
                request = DestructionRequest(
                    kind=DestructionKind.ACCESS_LOG, ground=DestructionGround.LOG_RETENTION, no_other_interest=True,
                    note=note, cutoff_date=cutoff, requested_by_id=user.worker_id, requested_at=self.ctx.clock.now())
                s.add(request)
                s.flush()
                request_id = request.id
            log_access(s, self.ctx, AuditEvent.CREATE, "destruction_request", request_id,
                       detail=detail(DetailCode.DESTRUCTION_REQUESTED, ground=DestructionGround.LOG_RETENTION))
            uow.commit()
            return request_dto(s, request_id)

    def approve(self, request_id: int, expected_version: int) -> DestructionRequestDTO:
        """Step 2: a second, different administrator approves (the checks run again)."""
        user = self._admin(event=AuditEvent.UPDATE)
        with self.ctx.uow() as uow:
            s = uow.session
            request = self._pending(s, request_id, expected_version, DestructionStatus.REQUESTED, NOT_REQUESTED)
            errors = FieldErrors()
            if request.requested_by_id == user.worker_id:
                errors.add("approved_by", OWN_REQUEST)
            if request.kind is DestructionKind.FAMILY_FILE:
                self._check_file_may_go(s, request.family_id, request.ground, errors)
            errors.raise_if_any()
            if _central(s):
                s.execute(text("SELECT gezinsregie_approve_destruction(:id)"), {"id": request.id})
                s.expire(request)
            else:
                request.status = DestructionStatus.APPROVED
                request.approved_by_id = user.worker_id
                request.approved_at = self.ctx.clock.now()
                s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "destruction_request", request.id, family_id=request.family_id,
                       detail=detail(DetailCode.DESTRUCTION_APPROVED))
            uow.commit()
            return request_dto(s, request.id)

    def withdraw(self, request_id: int, expected_version: int) -> DestructionRequestDTO:
        """A pending request (requested or approved) is withdrawn; nothing is removed."""
        self._admin(event=AuditEvent.UPDATE)
        with self.ctx.uow() as uow:
            s = uow.session
            request = self._pending(s, request_id, expected_version, None, NOT_PENDING)
            if _central(s):
                s.execute(text("SELECT gezinsregie_withdraw_destruction(:id)"), {"id": request.id})
                s.expire(request)
            else:
                request.status = DestructionStatus.WITHDRAWN
                s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "destruction_request", request.id, family_id=request.family_id,
                       detail=detail(DetailCode.DESTRUCTION_WITHDRAWN))
            uow.commit()
            return request_dto(s, request.id)

    def execute(self, request_id: int, expected_version: int) -> DestructionRequestDTO:
        """Step 3: removes the file (or the old access-log entries) and keeps the record without content."""
        user = self._admin(event=AuditEvent.DELETE)
        central = False
        with self.ctx.uow() as uow:
            s = uow.session
            central = _central(s)
            request = self._pending(s, request_id, expected_version, DestructionStatus.APPROVED, NOT_APPROVED)
            errors = FieldErrors()
            if request.approved_by_id is None or request.approved_by_id == request.requested_by_id:
                errors.add("approved_by", OWN_REQUEST)
            family_id = request.family_id
            if request.kind is DestructionKind.FAMILY_FILE:
                _lock_family(s, family_id)
                self._check_file_may_go(s, family_id, request.ground, errors)
            errors.raise_if_any()
            if central:
                removed = s.scalar(text("SELECT gezinsregie_execute_destruction(:id)"), {"id": request.id})
                s.expire_all()
            else:
                removed = (destroy_file_rows(s, family_id) if request.kind is DestructionKind.FAMILY_FILE
                           else _purge_log(s, request.cutoff_date))
                request.status = DestructionStatus.EXECUTED
                request.executed_by_id = user.worker_id
                request.executed_at = self.ctx.clock.now()
                request.removed_rows = removed
                request.note = None
                s.flush()
            if request.kind is DestructionKind.FAMILY_FILE:
                record_write(s, ChangeKind.EVERYTHING, case_id=None, family_id=family_id)
                log_access(s, self.ctx, AuditEvent.DELETE, "family", family_id, family_id=family_id,
                           detail=detail(DetailCode.DESTRUCTION_EXECUTED, rows=min(removed, 999_999_999)))
            else:
                log_access(s, self.ctx, AuditEvent.DELETE, "access_log", request.id,
                           detail=detail(DetailCode.ACCESS_LOG_PURGED, entries=min(removed, 999_999_999),
                                         cutoff=request.cutoff_date))
            uow.commit()
            result = request_dto(s, request.id)
        if not central:
            _empty_write_ahead_log(s)
        return result

    # -- checks ------------------------------------------------------------------------------------

    def _check_file_may_go(self, s: Session, family_id: int, ground: DestructionGround, errors: FieldErrors) -> None:
        for reason in blocking_reasons(s, family_id):
            errors.add("family_id", reason)
        if ground is DestructionGround.RETENTION_EXPIRED:
            changed = last_change(s, family_id)
            until = kept_until(changed.date()) if changed else None
            if until is not None and self.ctx.clock.today() < until:
                errors.add("ground", NOT_EXPIRED, date=until.strftime("%d-%m-%Y"))

    def _pending(self, s: Session, request_id: int, expected_version: int, status: DestructionStatus | None,
                 wrong_state: str) -> DestructionRequest:
        request = s.get(DestructionRequest, request_id)  # locked by the function on PostgreSQL
        if request is None:
            raise NotFound()
        if request.version != expected_version:
            raise ConcurrencyConflict(current=request_dto(s, request.id))
        if request.status not in ((status,) if status else PENDING):
            raise BusinessRuleViolation(wrong_state)
        return request


def _central(s: Session) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def _lock_family(s: Session, family_id: int) -> Family:
    family = s.get(Family, family_id, with_for_update=True)
    if family is None:
        raise NotFound()
    return family


def _lock_requests(s: Session) -> None:
    """Serialises requests for the access log (SQLite: every write transaction is already serial)."""
    if _central(s):
        s.execute(text("SELECT pg_advisory_xact_lock(hashtext('gezinsregie_destruction_request'))"))


def destroy_file_rows(s: Session, family_id: int, metadata: MetaData = Base.metadata) -> int:
    """Removes every row of the family's file (the embedded database; ``metadata``: the models', or a test's
    with a table more); the number of rows removed.

    Children before parents; the family's own rows (members, network, cases) go with the family by
    ON DELETE CASCADE, so the rule "a family keeps a member" (migration 0013) still holds until the
    family itself is gone. The explicit deletes after it are no-ops there and cover foreign keys off."""
    s.execute(text("PRAGMA secure_delete = ON"))  # freed pages are overwritten, not left in the file
    tables = file_tables(metadata)
    removed = sum(s.scalar(select(func.count()).select_from(t.table).where(of_family(t.table, family_id, metadata)))
                  for t in tables)
    for t in tables:
        if t.depth > 0 and not t.cascades_from_family:
            s.execute(delete(t.table).where(of_family(t.table, family_id, metadata)))
    family = metadata.tables["family"]
    s.execute(delete(family).where(family.c.id == family_id))
    for t in tables:
        if t.cascades_from_family:
            s.execute(delete(t.table).where(of_family(t.table, family_id, metadata)))
    # Free text of entries from before revision 0009 (codes since): may name someone.
    s.execute(update(AccessLogEntry.__table__).where(AccessLogEntry.family_id == family_id,
                                                     AccessLogEntry.detail.is_not(None)).values(detail=None))
    for obj in list(s.identity_map.values()):  # what the session still holds of the file is gone
        if not isinstance(obj, DestructionRequest):
            s.expunge(obj)
    return removed


def _purge_log(s: Session, cutoff) -> int:
    s.execute(text("PRAGMA secure_delete = ON"))
    result = s.execute(delete(AccessLogEntry.__table__).where(AccessLogEntry.occurred_at < day_start(cutoff)))
    return result.rowcount


def _empty_write_ahead_log(s: Session) -> None:
    """The removed rows' old pages may still be in the -wal file: copy it back and truncate it."""
    try:
        with s.get_bind().connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception:  # a busy reader: the next checkpoint empties it; the data is gone from the database
        pass
