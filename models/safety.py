"""The scaling question of the safety plan (Signs of Safety), asked of several people on dates."""
from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped

# Exactly one respondent: a family member, a network member, or the worker.
ONE_RESPONDENT = ("(CASE WHEN person_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN network_member_id IS NULL "
                  "THEN 0 ELSE 1 END) + (CASE WHEN worker_id IS NULL THEN 0 ELSE 1 END) = 1")


class ScalingAnswer(Timestamped, Base):
    """One answer to "how safe, 0-10 (10 = safe enough to close)?" Append-only: a correction is a new row."""

    __tablename__ = "scaling_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    asked_on: Mapped[date] = mapped_column(Date)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    network_member_id: Mapped[int | None] = mapped_column(ForeignKey("network_member.id", ondelete="CASCADE"))
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"))  # the worker answering
    score: Mapped[int]
    note: Mapped[str | None] = mapped_column(String(300))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))

    __table_args__ = (
        CheckConstraint("score BETWEEN 0 AND 10", name="score_range"),
        CheckConstraint(ONE_RESPONDENT, name="one_respondent"),
        Index("ix_scaling_answer_case", "case_id", "asked_on"),
        Index("ix_scaling_answer_family", "family_id"),
    )
