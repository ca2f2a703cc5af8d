"""Goals and actions of a draft family plan (part of :class:`app.services.plans.PlanService`)."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.audit_detail import DetailCode, detail
from app.errors import BusinessRuleViolation
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.plans import ActionDTO, GoalDTO, PlanDTO, goal_dto, single_action_dto
from app.services.plan_inputs import ActionInput, GoalInput, validate_action, validate_goal
from app.services.plan_support import PlanServiceBase
from app.validation import FieldErrors
from models import Action, Case, FamilyPlan, Goal, GoalPerson
from models.enums import AuditEvent, PlanStatus


class GoalCommands(PlanServiceBase):

    # -- goals -----------------------------------------------------------------------------------

    def add_goal(self, plan_id: int, data: GoalInput) -> GoalDTO:
        """Adds a goal at the end of a draft plan."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            plan = self._plan(s, plan_id)
            case = self._draft_case(s, plan)
            errors = FieldErrors()
            values = validate_goal(errors, s, data, family_id=case.family_id, plan_date=plan.plan_date)
            errors.raise_if_any()
            position = s.scalar(select(func.coalesce(func.max(Goal.position) + 1, 0)).where(Goal.plan_id == plan.id))
            goal = Goal(plan_id=plan.id, position=position, **values)
            goal.concerns_persons = [GoalPerson(person_id=pid) for pid in dict.fromkeys(data.person_ids)]
            s.add(goal)
            s.flush()
            self._log(s, AuditEvent.CREATE, "goal", goal.id, case)
            dto = self._goal_dto(s, goal, case)
            uow.commit()
            return dto

    def update_goal(self, goal_id: int, expected_version: int, data: GoalInput) -> GoalDTO:
        """Saves a goal of a draft plan; every save counts as a change of the goal (version + 1)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            goal, plan, case = self._goal(s, goal_id, expected_version)
            errors = FieldErrors()
            values = validate_goal(errors, s, data, family_id=case.family_id, plan_date=plan.plan_date,
                                   old_target=goal.target_date, old_domain_id=goal.life_domain_id)
            errors.raise_if_any()
            wanted = list(dict.fromkeys(data.person_ids))
            kept = [gp for gp in goal.concerns_persons if gp.person_id in wanted]  # loaded before any change,
            have = {gp.person_id for gp in kept}  # so no autoflush writes the goal twice (version + 2)
            goal.concerns_persons = kept + [GoalPerson(person_id=pid) for pid in wanted if pid not in have]
            for name, value in values.items():
                setattr(goal, name, value)
            flag_modified(goal, "description")  # the concerned persons live in another table
            s.flush()
            self._log(s, AuditEvent.UPDATE, "goal", goal.id, case)
            dto = self._goal_dto(s, goal, case)
            uow.commit()
            return dto

    def remove_goal(self, goal_id: int, expected_version: int) -> None:
        """Removes a goal and its actions from a draft plan (earlier versions keep theirs)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            goal, _plan, case = self._goal(s, goal_id, expected_version)
            s.delete(goal)
            s.flush()
            self._log(s, AuditEvent.DELETE, "goal", goal_id, case)
            uow.commit()

    def move_goal(self, goal_id: int, expected_version: int, offset: int) -> PlanDTO:
        """Moves a goal ``offset`` places (-1 = up, +1 = down) within its draft plan."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            goal, plan, case = self._goal(s, goal_id, expected_version)
            order = list(plan.goals)
            order.remove(goal)
            order.insert(max(0, min(len(order), plan.goals.index(goal) + offset)), goal)
            for position, g in enumerate(order):
                if g.position != position:
                    g.position = position
            self._log(s, AuditEvent.UPDATE, "goal", goal.id, case, detail=detail(DetailCode.MOVED))
            dto = self._plan_dto(s, plan.id)
            uow.commit()
            return dto

    # -- actions ---------------------------------------------------------------------------------

    def add_action(self, goal_id: int, data: ActionInput) -> ActionDTO:
        """Adds an action to a goal of a draft plan. Due after the goal's target date is allowed (flagged)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            goal, _plan, case = self._goal(s, goal_id, None)
            errors = FieldErrors()
            values = validate_action(errors, s, data, family_id=case.family_id)
            errors.raise_if_any()
            position = s.scalar(select(func.coalesce(func.max(Action.position) + 1, 0))
                                .where(Action.goal_id == goal.id))
            action = Action(goal_id=goal.id, position=position, **values)
            s.add(action)
            s.flush()
            self._log(s, AuditEvent.CREATE, "action", action.id, case)
            dto = self._action_dto(s, action, case)
            uow.commit()
            return dto

    def update_action(self, action_id: int, expected_version: int, data: ActionInput) -> ActionDTO:
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            action, plan, case = self._action(s, action_id, expected_version)
            self._draft_case(s, plan)
            errors = FieldErrors()
            values = validate_action(errors, s, data, family_id=case.family_id, old_worker_id=action.owner_worker_id)
            errors.raise_if_any()
            for name, value in values.items():
                setattr(action, name, value)
            s.flush()
            self._log(s, AuditEvent.UPDATE, "action", action.id, case)
            dto = self._action_dto(s, action, case)
            uow.commit()
            return dto

    def remove_action(self, action_id: int, expected_version: int) -> None:
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            action, plan, case = self._action(s, action_id, expected_version)
            self._draft_case(s, plan)
            s.delete(action)
            s.flush()
            self._log(s, AuditEvent.DELETE, "action", action_id, case)
            uow.commit()

    def set_action_done(self, action_id: int, expected_version: int, done: bool) -> ActionDTO:
        """Records progress: done (today) or not done again.

        Progress is not a change of the plan, so it is allowed on the agreed plan too - as long as it
        is the current version. While a new draft exists, progress is recorded in the draft, so that it
        is not lost when the draft is agreed; the agreed version is then read-only.
        """
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            action, plan, case = self._action(s, action_id, expected_version)
            self._require_current(s, plan, case)
            if action.done != done:
                action.done = done
                action.done_on = self.ctx.clock.today() if done else None
            s.flush()
            self._log(s, AuditEvent.UPDATE, "action", action.id, case,
                      detail=detail(DetailCode.DONE if done else DetailCode.NOT_DONE))
            dto = self._action_dto(s, action, case)
            uow.commit()
            return dto

    # -- helpers ---------------------------------------------------------------------------------

    def _require_current(self, s: Session, plan: FamilyPlan, case: Case) -> None:
        self._require_open(case)
        if plan.status is PlanStatus.SUPERSEDED:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This is an earlier version of the plan; it cannot be changed."))
        if plan.status is PlanStatus.AGREED and s.scalar(select(FamilyPlan.id).where(
                FamilyPlan.case_id == plan.case_id, FamilyPlan.status == PlanStatus.DRAFT)) is not None:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                "Errors", "A new version of this plan is being drafted. Record the progress in the new version."))

    def _goal_dto(self, s: Session, goal: Goal, case: Case) -> GoalDTO:
        s.expire(goal)
        return goal_dto(s, goal, case.family_id, self.ctx.clock.today())

    def _action_dto(self, s: Session, action: Action, case: Case) -> ActionDTO:
        s.expire(action)
        return single_action_dto(s, action, case.family_id, self.ctx.clock.today())
