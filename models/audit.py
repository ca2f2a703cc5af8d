"""Access log (NEN 7513): who did what with which family's record, when, and with what outcome; and the
change log: every row an application role wrote, from the app or any SQL client."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, enum_column, utcnow
from models.enums import AuditEvent, AuditOutcome, ChangeOperation


class AccessLogEntry(Base):
    """Append-only; on PostgreSQL written only by the database's logging function (migration 0009).

    The detail is a code with counts (``detail_code``, ``detail_args``, see app/audit_detail.py), never
    text; ``detail`` holds the free text of entries written before 0009 and is never written again.
    ``worker_id`` is RESTRICT: a worker with entries cannot be deleted (workers are deactivated)."""

    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    event: Mapped[AuditEvent] = mapped_column(enum_column(AuditEvent, "audit_event"))
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="RESTRICT"))
    username: Mapped[str] = mapped_column(String(63))
    on_behalf_of: Mapped[str | None] = mapped_column(String(120))
    # Plain ids, no foreign keys: the log must still answer for a family whose file was destroyed.
    family_id: Mapped[int | None]
    case_id: Mapped[int | None]
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[int | None]
    workstation: Mapped[str | None] = mapped_column(String(120))
    outcome: Mapped[AuditOutcome] = mapped_column(enum_column(AuditOutcome, "audit_outcome"), default=AuditOutcome.SUCCESS)
    detail: Mapped[str | None] = mapped_column(String(200))
    detail_code: Mapped[str | None] = mapped_column(String(40))
    detail_args: Mapped[str | None] = mapped_column(String(120))

    __table_args__ = (
        Index("ix_access_log_family_time", "family_id", "occurred_at"),
        Index("ix_access_log_worker_time", "worker_id", "occurred_at"),
    )


class AccessLogVocabulary(Base):
    """What the central database's logging function accepts: the object types and the detail codes with
    the kind of each argument (``n`` a count, ``d`` a day, ``a|b`` tokens; comma-separated). Written only
    by migrations (migrations/access_log_vocabulary.py), so a new code needs no new copy of the function;
    app/audit_detail.py is the app's side, and a test checks that the two agree."""

    __tablename__ = "access_log_vocabulary"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)  # "object_type" or "detail_code"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    args: Mapped[str] = mapped_column(String(400), default="", server_default="")


class ChangeLogEntry(Base):
    """Append-only, written only by database triggers (PostgreSQL, migration 0011) for each row an
    application role inserts, updates or deletes in a protected table. Names the row, never its content.

    ``username`` is the session's login (``session_user``), so ``SET ROLE`` does not hide who it was;
    ``team_id`` is the team the row belonged to when written (NULL when its parent was deleted with it).
    Plain ids, no foreign keys: the log outlives the rows it names. Empty on SQLite (one local user).
    """

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    username: Mapped[str] = mapped_column(String(63))
    table_name: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str] = mapped_column(String(80))  # the primary key; composite keys joined with "/"
    operation: Mapped[ChangeOperation] = mapped_column(enum_column(ChangeOperation, "change_operation"))
    team_id: Mapped[int | None]

    __table_args__ = (
        Index("ix_change_log_row", "table_name", "row_key"),
        Index("ix_change_log_user_time", "username", "occurred_at"),
        Index("ix_change_log_team_time", "team_id", "occurred_at"),
    )
