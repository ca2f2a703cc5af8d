"""Destruction requests (Jeugdwet 7.3.8 / 7.3.9; NEN 7513): the two-person procedure and the record
without content that stays once a family's file or old access-log entries are removed.

``family_id`` is a plain id without a foreign key: the record outlives the family. Once executed the
row holds no personal data: dates, who requested, who approved and who executed, the legal ground,
the family id or the cut-off date with the count removed; the request's note is cleared.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, UTCDateTime, Versioned, enum_column
from models.enums import DestructionGround, DestructionKind, DestructionStatus

PENDING_CONDITION = text("status IN ('requested', 'approved')")


class DestructionRequest(Versioned, Timestamped, Base):
    __tablename__ = "destruction_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DestructionKind] = mapped_column(enum_column(DestructionKind, "destruction_kind"))
    family_id: Mapped[int | None]  # plain id: the record outlives the family
    ground: Mapped[DestructionGround] = mapped_column(enum_column(DestructionGround, "destruction_ground"))
    # The recorded check that nobody else has a substantial interest in keeping the file (7.3.9).
    no_other_interest: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)  # cleared when the request is executed
    cutoff_date: Mapped[date | None] = mapped_column(Date)  # access log: entries before this day go
    status: Mapped[DestructionStatus] = mapped_column(
        enum_column(DestructionStatus, "destruction_status"), default=DestructionStatus.REQUESTED)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("worker.id", ondelete="RESTRICT"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="RESTRICT"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    executed_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id", ondelete="RESTRICT"))
    executed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    removed_rows: Mapped[int | None]

    __table_args__ = (
        # Two people: whoever requested never approves.
        CheckConstraint("approved_by_id IS NULL OR approved_by_id <> requested_by_id", name="two_people"),
        CheckConstraint("(kind = 'family_file') = (family_id IS NOT NULL)", name="family_for_file"),
        CheckConstraint("(kind = 'access_log') = (cutoff_date IS NOT NULL)", name="cutoff_for_log"),
        CheckConstraint("status NOT IN ('approved', 'executed') OR approved_by_id IS NOT NULL", name="approved_by"),
        CheckConstraint("status <> 'executed' OR (executed_at IS NOT NULL AND note IS NULL)", name="executed_empty"),
        # One pending request per family (the access log's: checked under a lock by the service).
        Index("uq_destruction_request_pending", "family_id", unique=True,
              sqlite_where=PENDING_CONDITION, postgresql_where=PENDING_CONDITION),
        Index("ix_destruction_request_status", "status", "kind"),
    )
