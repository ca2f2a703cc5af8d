"""Evaluations of the family plan: held with the family and providers, per-goal scores, a decision."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, Versioned, enum_column
from models.enums import EvaluationDecision, GoalStatus


class Evaluation(Versioned, Timestamped, Base):
    __tablename__ = "evaluation"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    plan_id: Mapped[int] = mapped_column(ForeignKey("family_plan.id"))
    planned_date: Mapped[date | None] = mapped_column(Date)
    held_on: Mapped[date] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(Text, default="")
    consent_given: Mapped[bool | None] = mapped_column(Boolean)
    consent_note: Mapped[str | None] = mapped_column(String(300))
    conclusion: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[EvaluationDecision] = mapped_column(enum_column(EvaluationDecision, "decision"))
    next_date: Mapped[date | None] = mapped_column(Date)
    author_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))

    goal_scores: Mapped[list[EvaluationGoal]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint("next_date IS NULL OR next_date > held_on", name="next_after_held"),
        # Evaluations held in a period and their decisions (figures), covering.
        Index("ix_evaluation_held_on_case", "held_on", "case_id", "decision"),
        # A case's evaluations, newest first, with the next date (caseloads, next due), covering.
        Index("ix_evaluation_case_held_on", "case_id", "held_on", "id", "next_date"),
    )


class EvaluationGoal(Base):
    """One goal's progress at an evaluation; ``goal_lineage`` follows the goal across plan versions."""

    __tablename__ = "evaluation_goal"

    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id", ondelete="CASCADE"), primary_key=True)
    goal_lineage: Mapped[str] = mapped_column(String(32), primary_key=True)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"))
    score: Mapped[int | None]
    status: Mapped[GoalStatus] = mapped_column(enum_column(GoalStatus, "goal_status"))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("score IS NULL OR score BETWEEN 0 AND 10", name="score_range"),
        # A goal's scores, with their status, without reading the rows (figures: latest status per goal).
        Index("ix_evaluation_goal_lineage_status", "goal_lineage", "evaluation_id", "status"),
    )
