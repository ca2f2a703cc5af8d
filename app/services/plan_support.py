"""Loading and guarding plan rows for the plan services: not found, stale version, not a draft."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access import check_team
from app.audit import log_access
from app.audit_detail import Detail
from app.context import ServiceContext
from app.errors import BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.plans import PlanDTO, goal_dto, load_plan_tree, plan_dto, single_action_dto
from models import Action, Case, FamilyPlan, Goal
from models.enums import AuditEvent, CaseStatus, PlanStatus


class PlanServiceBase:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _plan(self, s: Session, plan_id: int, expected_version: int | None = None, *,
              lock: bool = True) -> FamilyPlan:
        """The plan row, if the user's teams may see its case; to change it (``lock``), locked for the rest
        of the transaction where the database can (PostgreSQL), so that e.g. agreeing and editing a goal
        cannot interleave."""
        q = select(FamilyPlan).where(FamilyPlan.id == plan_id)
        plan = s.scalars(q.with_for_update() if lock else q).one_or_none()
        if plan is None:
            raise NotFound()
        self._case_of(s, plan)
        if expected_version is not None and plan.version != expected_version:
            raise ConcurrencyConflict(current=self._plan_dto(s, plan.id))
        return plan

    @staticmethod
    def _case_of(s: Session, plan: FamilyPlan) -> Case:
        case = s.get(Case, plan.case_id)
        check_team(s, case.team_id, "case", case.id, family_id=case.family_id)
        return case

    @staticmethod
    def _require_open(case: Case) -> None:
        if case.status is CaseStatus.CLOSED:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case is closed; reopen it to change the plan."))

    def _draft_case(self, s: Session, plan: FamilyPlan) -> Case:
        """The plan's case, after checking the plan may be changed: a draft of an open case."""
        case = self._case_of(s, plan)
        self._require_open(case)
        if plan.status is not PlanStatus.DRAFT:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                "Errors", "An agreed plan cannot be changed. Start a new version of the plan to change it."))
        return case

    def _goal(self, s: Session, goal_id: int, expected_version: int | None) -> tuple[Goal, FamilyPlan, Case]:
        """A goal of a draft plan, checked against ``expected_version``."""
        goal = s.get(Goal, goal_id)
        if goal is None:
            raise NotFound()
        plan = self._plan(s, goal.plan_id)
        case = self._case_of(s, plan)
        if expected_version is not None and goal.version != expected_version:
            raise ConcurrencyConflict(current=goal_dto(s, goal, case.family_id, self.ctx.clock.today()))
        return goal, plan, self._draft_case(s, plan)

    def _action(self, s: Session, action_id: int, expected_version: int) -> tuple[Action, FamilyPlan, Case]:
        action = s.get(Action, action_id)
        if action is None:
            raise NotFound()
        plan = self._plan(s, action.goal.plan_id)
        case = self._case_of(s, plan)
        if action.version != expected_version:
            raise ConcurrencyConflict(current=single_action_dto(s, action, case.family_id, self.ctx.clock.today()))
        return action, plan, case

    def _plan_dto(self, s: Session, plan_id: int) -> PlanDTO:
        """A fresh DTO of the plan as stored (or flushed) in this transaction."""
        s.flush()
        s.expire_all()
        return plan_dto(s, load_plan_tree(s, plan_id), self.ctx.clock.today())

    def _log(self, s: Session, event: AuditEvent, object_type: str, object_id: int | None, case: Case,
             detail: Detail | None = None) -> None:
        log_access(s, self.ctx, event, object_type, object_id, family_id=case.family_id, case_id=case.id,
                   detail=detail)
