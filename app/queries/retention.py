"""Retention (Jeugdwet 7.3.8): a family's file is kept 20 years from its last change; access-log entries
five years (NEN 7513). The administrators' review list and the destruction requests, read-side.

**The last change of a file** is the latest ``created_at`` / ``updated_at`` (a case event: ``at``) of
any row of the family's file: the family, its members and network, its cases and every record under
them, its consents - every table that app/family_graph.py finds by foreign keys, so a table added
later counts without a change here - and on the central database also the change log's latest entry
for any of those rows (a change made with plain SQL leaves ``updated_at`` as it was, the change log's
trigger does not). A read is not a change. What this cannot see: a row deleted from the file (a
removed goal or member) leaves no timestamp behind; on the central database such a delete is in the
change log, which names the table and row but no longer leads to the family once the row is gone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import Select, String, and_, cast, func, select, type_coerce, union_all
from sqlalchemy.orm import Session, aliased

from app.family_graph import family_id_path, file_tables, time_columns
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.figures import years_after
from app.queries.meldcode import has_open_track
from models import AccessLogEntry, Case, ChangeLogEntry, DestructionRequest, Family, Team, Worker
from models.base import UTCDateTime
from models.enums import CaseStatus, DestructionGround, DestructionKind, DestructionStatus

RETENTION_YEARS = 20  # Jeugdwet 7.3.8
LOG_RETENTION_YEARS = 5  # NEN 7513
PENDING = (DestructionStatus.REQUESTED, DestructionStatus.APPROVED)

# Why a file may not be destroyed now; a list, so a later rule adds a reason (issue 17: an open safety
# track will block destruction too, once safety tracks exist).
OPEN_CASE = QT_TRANSLATE_NOOP("Errors", "The family has an open case: a file with an open case cannot be destroyed.")
OPEN_TRACK = QT_TRANSLATE_NOOP("Errors", "The family has an open meldcode track: its file cannot be destroyed.")


@dataclass(frozen=True)
class DestructionRequestDTO:
    id: int
    kind: DestructionKind
    family_id: int | None
    ground: DestructionGround
    no_other_interest: bool
    note: str | None
    cutoff_date: date | None
    status: DestructionStatus
    requested_by_id: int
    requested_by: str
    requested_at: datetime
    approved_by: str | None
    approved_at: datetime | None
    executed_by: str | None
    executed_at: datetime | None
    removed_rows: int | None
    version: int


@dataclass(frozen=True)
class RetentionRow:
    """A file on the review list: past its retention, or with a destruction request."""

    family_id: int
    family_name: str
    team_name: str
    last_change: date
    kept_until: date
    expired: bool
    open_case: bool
    request: DestructionRequestDTO | None


@dataclass(frozen=True)
class RetentionReview:
    files: tuple[RetentionRow, ...]
    log_cutoff: date            # access-log entries before this day are past their five years
    old_log_entries: int
    log_request: DestructionRequestDTO | None  # a pending removal of old access-log entries
    done: tuple[DestructionRequestDTO, ...]   # executed and withdrawn requests, newest first


def kept_until(last_change: date) -> date:
    """The first day the file may be destroyed on the ground of retention: 20 years after its last change."""
    return years_after(last_change, RETENTION_YEARS)


def log_cutoff(today: date) -> date:
    """Access-log entries from before this day have been kept five years."""
    return years_after(today, -LOG_RETENTION_YEARS)


def day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=timezone.utc)


def _family_id_column(table):
    path = family_id_path(table)
    return (path[-1].parent, path) if path else (table.c.id, path)


def last_changes(s: Session, family_ids: Select) -> dict[int, datetime]:
    """The last change of each family in ``family_ids`` (a select of ids), over every table of its file;
    on PostgreSQL also the change log's entries for its rows (a plain SQL update leaves ``updated_at``)."""
    change_log = s.get_bind().dialect.name == "postgresql"  # empty on SQLite
    arms = []
    for info in file_tables():
        column, path = _family_id_column(info.table)
        joined = info.table
        for fk in path[:-1]:
            joined = joined.join(fk.column.table, fk.parent == fk.column)
        for stamp in time_columns(info.table):
            arms.append(select(column.label("family_id"), type_coerce(func.max(stamp), UTCDateTime).label("at"))
                        .select_from(joined).where(column.in_(family_ids)).group_by(column))
        keys = list(info.table.primary_key.columns)
        if change_log and len(keys) == 1:
            logged = joined.join(ChangeLogEntry, and_(ChangeLogEntry.table_name == info.table.name,
                                                      ChangeLogEntry.row_key == cast(keys[0], String)))
            arms.append(select(column.label("family_id"),
                               type_coerce(func.max(ChangeLogEntry.occurred_at), UTCDateTime).label("at"))
                        .select_from(logged).where(column.in_(family_ids)).group_by(column))
    every = union_all(*arms).subquery()
    rows = s.execute(select(every.c.family_id, type_coerce(func.max(every.c.at), UTCDateTime))
                     .group_by(every.c.family_id))
    return {family_id: at for family_id, at in rows}


def last_change(s: Session, family_id: int) -> datetime | None:
    return last_changes(s, select(Family.id).where(Family.id == family_id)).get(family_id)


def blocking_reasons(s: Session, family_id: int) -> list[str]:
    """Why the family's file may not be destroyed now (message texts); empty when it may go."""
    reasons = []
    if s.scalar(select(Case.id).where(Case.family_id == family_id, Case.status != CaseStatus.CLOSED).limit(1)):
        reasons.append(OPEN_CASE)
    if has_open_track(s, family_id=family_id):
        reasons.append(OPEN_TRACK)
    return reasons


def request_dtos(s: Session, query: Select) -> list[DestructionRequestDTO]:
    requester, approver, executor = aliased(Worker), aliased(Worker), aliased(Worker)
    d = DestructionRequest
    rows = s.execute(query.add_columns(requester.name, approver.name, executor.name)
                     .join(requester, requester.id == d.requested_by_id)
                     .outerjoin(approver, approver.id == d.approved_by_id)
                     .outerjoin(executor, executor.id == d.executed_by_id))
    return [DestructionRequestDTO(r.id, r.kind, r.family_id, r.ground, r.no_other_interest, r.note, r.cutoff_date,
                                  r.status, r.requested_by_id, by, r.requested_at, approved, r.approved_at, executed,
                                  r.executed_at, r.removed_rows, r.version)
            for r, by, approved, executed in rows]


def request_dto(s: Session, request_id: int) -> DestructionRequestDTO:
    return request_dtos(s, select(DestructionRequest).where(DestructionRequest.id == request_id))[0]


def retention_review(s: Session, today: date) -> RetentionReview:
    """Files past retention and files with a pending request; the access log's old entries; the record."""
    d = DestructionRequest
    pending = request_dtos(s, select(d).where(d.status.in_(PENDING)).order_by(d.requested_at))
    by_family = {r.family_id: r for r in pending if r.kind is DestructionKind.FAMILY_FILE}
    # A family changed since the last day that is now past retention cannot be past it.
    latest = day_start(years_after(today, -RETENTION_YEARS) + timedelta(days=1))
    candidates = (select(Family.id).where(Family.updated_at < latest, Family.created_at < latest)
                  .union(select(d.family_id).where(d.status.in_(PENDING), d.family_id.is_not(None))))
    changes = last_changes(s, candidates)
    rows = []
    if changes:
        open_cases = set(s.scalars(select(Case.family_id).where(Case.family_id.in_(changes),
                                                                Case.status != CaseStatus.CLOSED)))
        names = s.execute(select(Family.id, Family.name, Team.name).join(Team, Team.id == Family.team_id)
                          .where(Family.id.in_(changes)))
        for family_id, name, team in names:
            changed = changes[family_id].date()
            until = kept_until(changed)
            expired = today >= until
            if expired or family_id in by_family:
                rows.append(RetentionRow(family_id, name, team, changed, until, expired, family_id in open_cases,
                                         by_family.get(family_id)))
    rows.sort(key=lambda r: (r.request is None, r.last_change, r.family_id))
    cutoff = log_cutoff(today)
    old = s.scalar(select(func.count()).select_from(AccessLogEntry)
                   .where(AccessLogEntry.occurred_at < day_start(cutoff)))
    log_request = next((r for r in pending if r.kind is DestructionKind.ACCESS_LOG), None)
    done = request_dtos(s, select(d).where(d.status.not_in(PENDING)).order_by(d.id.desc()).limit(200))
    return RetentionReview(tuple(rows), cutoff, old or 0, log_request, tuple(done))
