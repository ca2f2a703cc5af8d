"""Loading and guarding plan rows for the plan services: not found, no access, stale version, not a draft.

Plain functions over a session; the plan, goal and action commands share them.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access import check_team
from app.audit import log_access
from app.audit_detail import Detail
from app.context import ServiceContext
from app.errors import BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.plans import ActionDTO, GoalDTO, PlanDTO, goal_dto, load_plan_tree, plan_dto, single_action_dto
from models import Action, Case, FamilyPlan, Goal
from models.enums import AuditEvent, CaseStatus, PlanStatus

CASE_CLOSED = QT_TRANSLATE_NOOP("Errors", "This case is closed; reopen it to change the plan.")
PLAN_AGREED = QT_TRANSLATE_NOOP(
    "Errors", "An agreed plan cannot be changed. Start a new version of the plan to change it.")


def load_plan(s: Session, plan_id: int, today: date, expected_version: int | None = None, *,
              lock: bool = True) -> FamilyPlan:
    """The plan row, if the user's teams may see its case; to change it (``lock``), locked for the rest
    of the transaction where the database can (PostgreSQL), so that e.g. agreeing and editing a goal
    cannot interleave."""
    q = select(FamilyPlan).where(FamilyPlan.id == plan_id)
    plan = s.scalars(q.with_for_update() if lock else q).one_or_none()
    if plan is None:
        raise NotFound()
    case_of(s, plan)
    if expected_version is not None and plan.version != expected_version:
        raise ConcurrencyConflict(current=plan_snapshot(s, plan.id, today))
    return plan


def case_of(s: Session, plan: FamilyPlan) -> Case:
    case = s.get(Case, plan.case_id)
    check_team(s, case.team_id, "case", case.id, family_id=case.family_id)
    return case


def require_open(case_status: CaseStatus) -> None:
    if case_status is CaseStatus.CLOSED:
        raise BusinessRuleViolation(CASE_CLOSED)


def require_draft(case_status: CaseStatus, plan_status: PlanStatus) -> None:
    """A plan may be changed while it is a draft of an open case."""
    require_open(case_status)
    if plan_status is not PlanStatus.DRAFT:
        raise BusinessRuleViolation(PLAN_AGREED)


def draft_case(s: Session, plan: FamilyPlan) -> Case:
    """The plan's case, after checking the plan may be changed: a draft of an open case."""
    case = case_of(s, plan)
    require_draft(case.status, plan.status)
    return case


def require_current(s: Session, plan: FamilyPlan, case: Case) -> None:
    """Progress is recorded in the current version: the draft, or the agreed plan while there is no draft."""
    require_open(case.status)
    if plan.status is PlanStatus.SUPERSEDED:
        raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
            "Errors", "This is an earlier version of the plan; it cannot be changed."))
    if plan.status is PlanStatus.AGREED and s.scalar(select(FamilyPlan.id).where(
            FamilyPlan.case_id == plan.case_id, FamilyPlan.status == PlanStatus.DRAFT)) is not None:
        raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
            "Errors", "A new version of this plan is being drafted. Record the progress in the new version."))


def load_goal(s: Session, goal_id: int, expected_version: int | None, today: date) -> tuple[Goal, FamilyPlan, Case]:
    """A goal of a draft plan, checked against ``expected_version``."""
    goal = s.get(Goal, goal_id)
    if goal is None:
        raise NotFound()
    plan = load_plan(s, goal.plan_id, today)
    case = case_of(s, plan)
    if expected_version is not None and goal.version != expected_version:
        raise ConcurrencyConflict(current=goal_dto(s, goal, case.family_id, today))
    return goal, plan, draft_case(s, plan)


def load_action(s: Session, action_id: int, expected_version: int, today: date) -> tuple[Action, FamilyPlan, Case]:
    action = s.get(Action, action_id)
    if action is None:
        raise NotFound()
    plan = load_plan(s, action.goal.plan_id, today)
    case = case_of(s, plan)
    if action.version != expected_version:
        raise ConcurrencyConflict(current=single_action_dto(s, action, case.family_id, today))
    return action, plan, case


def current_goal(s: Session, goal_id: int, today: date) -> GoalDTO | None:
    """The goal as stored now, for a conflict; None when it is gone."""
    goal = s.get(Goal, goal_id)
    if goal is None:
        return None
    family_id = s.scalar(select(Case.family_id).join(FamilyPlan, FamilyPlan.case_id == Case.id)
                         .where(FamilyPlan.id == goal.plan_id))
    return goal_dto(s, goal, family_id, today)


def plan_snapshot(s: Session, plan_id: int, today: date) -> PlanDTO:
    """A fresh DTO of the plan as stored (or flushed) in this transaction."""
    s.flush()
    s.expire_all()
    return plan_dto(s, load_plan_tree(s, plan_id), today)


def fresh_goal(s: Session, goal: Goal, case: Case, today: date) -> GoalDTO:
    s.expire(goal)
    return goal_dto(s, goal, case.family_id, today)


def fresh_action(s: Session, action: Action, case: Case, today: date) -> ActionDTO:
    s.expire(action)
    return single_action_dto(s, action, case.family_id, today)


def log(s: Session, ctx: ServiceContext, event: AuditEvent, object_type: str, object_id: int | None, case: Case,
        detail: Detail | None = None) -> None:
    log_access(s, ctx, event, object_type, object_id, family_id=case.family_id, case_id=case.id, detail=detail)
