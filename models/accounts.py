"""Account holding (accounthouderschap): signals about a provider and the account holder's escalation steps.

A signal itself (``provider_signal``) holds no personal data: provider, kind, date, who raised it and for
which team. The case it came from and the worker's note are family data, in ``provider_signal_case``
(row-level security and change log like every family table), so they never leave the team.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, enum_column
from models.enums import ImprovementDecision, ImprovementStepKind, SignalKind


class ProviderSignal(Timestamped, Base):
    """A signal about a provider raised by a worker of ``team_id``; never changed (append-only)."""

    __tablename__ = "provider_signal"

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id", ondelete="CASCADE"))
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
    kind: Mapped[SignalKind] = mapped_column(enum_column(SignalKind, "signal_kind"))
    raised_on: Mapped[date] = mapped_column(Date)
    raised_by_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))

    __table_args__ = (
        Index("ix_provider_signal_provider", "provider_id", "raised_on"),
        Index("ix_provider_signal_team", "team_id"),
    )


class ProviderSignalCase(Timestamped, Base):
    """The family side of a signal: the case (and help) it came from and the note - for the team only."""

    __tablename__ = "provider_signal_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    signal_id: Mapped[int] = mapped_column(ForeignKey("provider_signal.id", ondelete="CASCADE"), unique=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    involvement_id: Mapped[int | None] = mapped_column(ForeignKey("involvement.id", ondelete="CASCADE"))
    note: Mapped[str | None] = mapped_column(String(2000))

    __table_args__ = (Index("ix_provider_signal_case_family", "family_id", "case_id"),)


class ImprovementStep(Timestamped, Base):
    """One step of the escalation with a provider, recorded by its account holder; append-only, so the
    history stays: a revised plan is a new ``plan`` step."""

    __tablename__ = "improvement_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id", ondelete="CASCADE"))
    kind: Mapped[ImprovementStepKind] = mapped_column(enum_column(ImprovementStepKind, "improvement_step_kind"))
    step_on: Mapped[date] = mapped_column(Date)
    agreements: Mapped[str | None] = mapped_column(String(2000))
    due_on: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[ImprovementDecision | None] = mapped_column(
        enum_column(ImprovementDecision, "improvement_decision"))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))

    __table_args__ = (
        CheckConstraint("(kind = 'decision') = (decision IS NOT NULL)", name="decision_only_at_decision"),
        CheckConstraint("kind <> 'plan' OR agreements IS NOT NULL", name="plan_has_agreements"),
        Index("ix_improvement_step_provider", "provider_id", "id"),
    )
