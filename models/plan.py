"""The family plan (gezinsplan), its versions, goals and actions."""
from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, Versioned, enum_column
from models.enums import ActionOwner, Actor, GoalStatus, PlanStatus
from models.org import LifeDomain

DEFAULT_EVALUATION_INTERVAL_WEEKS = 13  # about three months


def new_lineage() -> str:
    return uuid.uuid4().hex


class FamilyPlan(Versioned, Timestamped, Base):
    """One version of a case's family plan. A draft becomes agreed; changing it starts a new draft."""

    __tablename__ = "family_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    version_no: Mapped[int] = mapped_column(default=1)
    status: Mapped[PlanStatus] = mapped_column(enum_column(PlanStatus, "plan_status"), default=PlanStatus.DRAFT)
    request_for_help: Mapped[str] = mapped_column(Text, default="")
    concerns: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    desired_future: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")
    # the safety plan (Signs of Safety) inside the plan
    safety_worries: Mapped[str] = mapped_column(Text, default="", server_default="")
    safety_working_well: Mapped[str] = mapped_column(Text, default="", server_default="")
    safety_next_steps: Mapped[str] = mapped_column(Text, default="", server_default="")
    plan_date: Mapped[date] = mapped_column(Date)
    agreed_on: Mapped[date | None] = mapped_column(Date)
    agreed_with: Mapped[str | None] = mapped_column(String(300))
    evaluation_interval_weeks: Mapped[int] = mapped_column(default=DEFAULT_EVALUATION_INTERVAL_WEEKS)
    author_id: Mapped[int] = mapped_column(ForeignKey("worker.id"))

    goals: Mapped[list[Goal]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Goal.position"
    )

    __table_args__ = (
        UniqueConstraint("case_id", "version_no", name="uq_family_plan_case_version"),
        # The current plan (figures) and what the caseloads show of it, covering.
        Index("ix_family_plan_case_current", "case_id", "version_no", "status", "agreed_on",
              "evaluation_interval_weeks"),
        Index("uq_family_plan_one_draft", "case_id", unique=True,
              sqlite_where=text("status = 'draft'"), postgresql_where=text("status = 'draft'")),
        Index("uq_family_plan_one_agreed", "case_id", unique=True,
              sqlite_where=text("status = 'agreed'"), postgresql_where=text("status = 'agreed'")),
        CheckConstraint("evaluation_interval_weeks BETWEEN 1 AND 104", name="interval_range"),
        CheckConstraint("(status = 'draft') OR (agreed_on IS NOT NULL)", name="agreed_has_date"),
        CheckConstraint("(status = 'draft') OR (agreed_with IS NOT NULL)", name="agreed_has_partner"),
    )


class Goal(Versioned, Timestamped, Base):
    """A SMART goal. ``lineage`` stays the same across plan versions so history and trends follow it."""

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("family_plan.id", ondelete="CASCADE"))
    lineage: Mapped[str] = mapped_column(String(32), default=new_lineage, index=True)
    position: Mapped[int] = mapped_column(default=0)
    life_domain_id: Mapped[int] = mapped_column(ForeignKey("life_domain.id"))
    description: Mapped[str] = mapped_column(Text)
    success_criterion: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[date | None] = mapped_column(Date)
    actor: Mapped[Actor | None] = mapped_column(enum_column(Actor, "actor"))
    actor_detail: Mapped[str | None] = mapped_column(String(200))
    network_member_id: Mapped[int | None] = mapped_column(ForeignKey("network_member.id", ondelete="RESTRICT"))
    score_start: Mapped[int | None]
    score_target: Mapped[int | None]
    status: Mapped[GoalStatus] = mapped_column(enum_column(GoalStatus, "goal_status"), default=GoalStatus.OPEN)
    safety_goal: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))

    plan: Mapped[FamilyPlan] = relationship(back_populates="goals")
    life_domain: Mapped[LifeDomain] = relationship()
    concerns_persons: Mapped[list[GoalPerson]] = relationship(cascade="all, delete-orphan")
    actions: Mapped[list[Action]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="Action.position"
    )

    __table_args__ = (
        CheckConstraint("score_start IS NULL OR score_start BETWEEN 0 AND 10", name="score_start_range"),
        CheckConstraint("score_target IS NULL OR score_target BETWEEN 0 AND 10", name="score_target_range"),
        Index("ix_goal_plan_actor", "plan_id", "actor"),  # a plan's goals; who carries them (figures)
    )

    def is_overdue(self, today: date) -> bool:
        open_ = self.status in (GoalStatus.OPEN, GoalStatus.IN_PROGRESS)
        return open_ and self.target_date is not None and self.target_date < today


class GoalPerson(Base):
    """The family member(s) a goal concerns. A member named here cannot be removed (RESTRICT)."""

    __tablename__ = "goal_person"

    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True)


class Action(Versioned, Timestamped, Base):
    """An agreement (afspraak): what, who, by when, done."""

    __tablename__ = "action"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    what: Mapped[str] = mapped_column(Text)
    owner: Mapped[ActionOwner] = mapped_column(enum_column(ActionOwner, "action_owner"))
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    owner_network_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_member.id", ondelete="RESTRICT")
    )
    owner_worker_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"))
    owner_text: Mapped[str | None] = mapped_column(String(200))
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)

    goal: Mapped[Goal] = relationship(back_populates="actions")
