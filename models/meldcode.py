"""The meldcode track (Wet verplichte meldcode huiselijk geweld en kindermishandeling): its five steps,
recorded as entries that are never changed (a correction is a new entry naming the one it corrects),
and the workers who may read them besides the case's director and the team's supervisors."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, Versioned, enum_column
from models.enums import MeldcodeConclusion, MeldcodeDecision


class MeldcodeTrack(Versioned, Timestamped, Base):
    """A meldcode track on ``case_id``: opened on a day by a worker, closed when the decision (step 5)
    is recorded. Anyone of the team sees that it exists; its steps only those who need to know."""

    __tablename__ = "meldcode_track"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    opened_on: Mapped[date] = mapped_column(Date)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("worker.id", ondelete="RESTRICT"))
    closed_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="closed_after_opened"),
        Index("ix_meldcode_track_case", "case_id", "closed_on"),
        Index("ix_meldcode_track_family", "family_id"),
    )


class MeldcodeEntry(Timestamped, Base):
    """One recorded step (1-5) of a track, by ``worker_id``, on ``on_date``. Step 1: ``note`` (the
    signals). Step 2: ``colleague`` consulted; Veilig Thuis asked on ``advice_on``, ``contact``,
    ``advice``. Step 3: ``held`` and ``note`` (what was discussed, or why not). Step 4: ``answers`` (five
    Y/N) and ``conclusion``. Step 5: ``decision``, ``report_on`` and ``reference``."""

    __tablename__ = "meldcode_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    track_id: Mapped[int] = mapped_column(ForeignKey("meldcode_track.id", ondelete="CASCADE"))
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id", ondelete="RESTRICT"))
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("meldcode_entry.id", ondelete="CASCADE"))
    step: Mapped[int] = mapped_column()
    on_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    colleague: Mapped[str | None] = mapped_column(String(120))
    advice_on: Mapped[date | None] = mapped_column(Date)
    contact: Mapped[str | None] = mapped_column(String(200))
    advice: Mapped[str | None] = mapped_column(Text)
    held: Mapped[bool | None] = mapped_column(Boolean)
    answers: Mapped[str | None] = mapped_column(String(5))
    conclusion: Mapped[MeldcodeConclusion | None] = mapped_column(
        enum_column(MeldcodeConclusion, "meldcode_conclusion"))
    decision: Mapped[MeldcodeDecision | None] = mapped_column(enum_column(MeldcodeDecision, "meldcode_decision"))
    report_on: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(80))

    __table_args__ = (
        CheckConstraint("step BETWEEN 1 AND 5", name="step_range"),
        CheckConstraint("step <> 4 OR (answers IS NOT NULL AND conclusion IS NOT NULL)", name="weighing_complete"),
        CheckConstraint("step <> 5 OR decision IS NOT NULL", name="decision_given"),
        Index("ix_meldcode_entry_track", "track_id", "step"),
        Index("ix_meldcode_entry_family", "family_id"),
    )


class MeldcodeReader(Timestamped, Base):
    """A worker added by the case's director or a supervisor to those who may read a track's steps."""

    __tablename__ = "meldcode_reader"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    track_id: Mapped[int] = mapped_column(ForeignKey("meldcode_track.id", ondelete="CASCADE"))
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id", ondelete="CASCADE"))
    added_by_id: Mapped[int] = mapped_column(ForeignKey("worker.id", ondelete="RESTRICT"))
    added_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        UniqueConstraint("track_id", "worker_id", name="uq_meldcode_reader_worker"),
        Index("ix_meldcode_reader_family", "family_id"),
    )
