"""A crisis in a case: danger to life or immediate physical danger, followed up within 24 hours and
usually over within four weeks. Started by the worker marking the case or by crisis help (iJw 46)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, UTCDateTime, Versioned, enum_column
from models.enums import CrisisOutcome, CrisisStart

OPEN_CRISIS = text("ended_on IS NULL")


class Crisis(Versioned, Timestamped, Base):
    """One crisis of ``case_id``; open while ``ended_on`` is empty (one open crisis per case)."""

    __tablename__ = "crisis"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    started_by: Mapped[CrisisStart] = mapped_column(enum_column(CrisisStart, "crisis_start"))
    involvement_id: Mapped[int | None] = mapped_column(ForeignKey("involvement.id", ondelete="SET NULL"))
    marked_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"))
    followed_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    followed_up_by_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"))
    ended_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[CrisisOutcome | None] = mapped_column(enum_column(CrisisOutcome, "crisis_outcome"))
    note: Mapped[str | None] = mapped_column(String(2000))

    __table_args__ = (
        CheckConstraint("(ended_on IS NULL) = (outcome IS NULL)", name="ended_has_outcome"),
        CheckConstraint("(followed_up_at IS NULL) = (followed_up_by_id IS NULL)", name="follow_up_says_who"),
        Index("uq_crisis_one_open_per_case", "case_id", unique=True,
              sqlite_where=OPEN_CRISIS, postgresql_where=OPEN_CRISIS),
        Index("ix_crisis_family", "family_id"),
        Index("ix_crisis_started", "started_at"),
    )
