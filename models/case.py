"""The case: the one open direction track of a family, and its history."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, UTCDateTime, Versioned, enum_column, utcnow
from models.enums import (
    CaseEventKind, CaseStatus, CloseReason, DirectionMode, FamilyGroupPlanAnswer, Priority, PriorityReason,
)
from models.family import Family
from models.org import Team, Worker

OPEN_CASE_CONDITION = text("status <> 'closed'")
CLOSED_CONDITION = text("closed_on IS NOT NULL")


class Case(Versioned, Timestamped, Base):
    __tablename__ = "case_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id"))
    director_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus, "case_status"), default=CaseStatus.INTAKE)
    priority: Mapped[Priority] = mapped_column(enum_column(Priority, "priority"), default=Priority.NORMAL)
    priority_reason: Mapped[PriorityReason | None] = mapped_column(enum_column(PriorityReason, "priority_reason"))
    direction_mode: Mapped[DirectionMode] = mapped_column(
        enum_column(DirectionMode, "direction_mode"), default=DirectionMode.SOCIAL_TEAM
    )
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[CloseReason | None] = mapped_column(enum_column(CloseReason, "close_reason"))
    reopen_count: Mapped[int] = mapped_column(default=0)
    # Jeugdwet 4.1.2: the family is first offered to make a family-group plan with its own network. Once
    # per case, before or while the first plan is made: on the case, not on a plan version.
    family_group_plan_offered_on: Mapped[date | None] = mapped_column(Date)
    family_group_plan_answer: Mapped[FamilyGroupPlanAnswer | None] = mapped_column(
        enum_column(FamilyGroupPlanAnswer, "family_group_plan_answer"))
    family_group_plan_note: Mapped[str | None] = mapped_column(Text)

    family: Mapped[Family] = relationship()
    team: Mapped[Team] = relationship()
    director: Mapped[Worker] = relationship()
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseEvent.id"
    )

    __table_args__ = (
        # One family, one plan, one director: at most one open case per family.
        Index(
            "uq_case_file_one_open_per_family", "family_id", unique=True,
            sqlite_where=OPEN_CASE_CONDITION, postgresql_where=OPEN_CASE_CONDITION,
        ),
        # Caseloads (by director or team, open ones) and the figures (opened/closed in a period).
        Index("ix_case_file_director_status", "director_id", "status"),
        # covering what a team's caseload shows of its cases
        Index("ix_case_file_team_rows", "team_id", "status", "family_id", "director_id", "priority", "opened_on"),
        Index("ix_case_file_opened_on", "opened_on"),
        Index("ix_case_file_closed_on", "closed_on", sqlite_where=CLOSED_CONDITION, postgresql_where=CLOSED_CONDITION),
        CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="closed_after_opened"),
        CheckConstraint("(status = 'closed') = (closed_on IS NOT NULL)", name="closed_has_date"),
        CheckConstraint("reopen_count >= 0", name="reopen_count_positive"),
        CheckConstraint("family_group_plan_answer IS NULL OR family_group_plan_offered_on IS NOT NULL",
                        name="fgp_answer_has_offer"),
    )


class CaseEvent(Base):
    """History of a case: opening, status changes, transfers, priority, closing and reopening."""

    __tablename__ = "case_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    on_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[CaseEventKind] = mapped_column(enum_column(CaseEventKind, "case_event_kind"))
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))
    from_value: Mapped[str | None] = mapped_column(String(80))
    to_value: Mapped[str | None] = mapped_column(String(80))
    from_worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"))
    to_worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"))
    reason: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="events")

    # The figures count events per kind and period; covering, so they never read the rows themselves.
    __table_args__ = (Index("ix_case_event_kind_date_case", "kind", "on_date", "case_id", "from_value", "to_value"),)
