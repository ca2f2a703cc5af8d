"""An extension (verlenging) of help: one row per request, numbered in the involvement's chain."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, UTCDateTime, Versioned, enum_column
from models.enums import ExtensionReason, ExtensionStatus


class InvolvementExtension(Versioned, Timestamped, Base):
    """A later planned end for running help, with the reason and the evaluation it rests on (or why there is
    none). It takes effect (the involvement's ``planned_end`` and ``extensions``) when approved: at once
    when the team needs no approval (``decided_by_id`` None), else by a supervisor of the family's team who
    is not the requester; a refusal leaves the involvement as it was."""

    __tablename__ = "involvement_extension"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    involvement_id: Mapped[int] = mapped_column(ForeignKey("involvement.id", ondelete="CASCADE"))
    number: Mapped[int]                      # 1, 2, ... in the involvement's chain (existing counts go first)
    reason: Mapped[ExtensionReason] = mapped_column(enum_column(ExtensionReason, "extension_reason"))
    note: Mapped[str] = mapped_column(String(1000))
    evaluation_id: Mapped[int | None] = mapped_column(ForeignKey("evaluation.id", ondelete="CASCADE"))
    no_evaluation_reason: Mapped[str | None] = mapped_column(String(500))
    previous_end: Mapped[date | None] = mapped_column(Date)
    new_end: Mapped[date] = mapped_column(Date)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[ExtensionStatus] = mapped_column(enum_column(ExtensionStatus, "extension_status"))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str | None] = mapped_column(String(1000))

    __table_args__ = (
        UniqueConstraint("involvement_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("evaluation_id IS NOT NULL OR no_evaluation_reason IS NOT NULL", name="evaluation_or_why"),
        CheckConstraint("previous_end IS NULL OR new_end > previous_end", name="new_end_later"),
        CheckConstraint("(status = 'requested') = (decided_at IS NULL)", name="decided_when_not_requested"),
        CheckConstraint("decided_by_id IS NULL OR decided_by_id <> requested_by_id", name="not_own_request"),
        CheckConstraint("status <> 'refused' OR (decided_by_id IS NOT NULL AND decision_note IS NOT NULL)",
                        name="refusal_by_supervisor"),
        Index("ix_involvement_extension_case", "case_id", "status"),
        Index("ix_involvement_extension_family", "family_id"),
    )
