"""Actions (afspraken) of a family plan's goals; :class:`app.services.plans.PlanService` offers them as its
methods."""
from __future__ import annotations

from sqlalchemy import func, select

from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.queries.plans import ActionDTO
from app.services import plan_access as access
from app.services.plan_inputs import ActionInput, validate_action
from app.validation import FieldErrors
from models import Action
from models.enums import AuditEvent


def add_action(ctx: ServiceContext, goal_id: int, data: ActionInput) -> ActionDTO:
    ctx.require_user()
    today = ctx.clock.today()
    with ctx.uow() as uow:
        s = uow.session
        goal, _plan, case = access.load_goal(s, goal_id, None, today)
        errors = FieldErrors()
        values = validate_action(errors, s, data, family_id=case.family_id)
        errors.raise_if_any()
        position = s.scalar(select(func.coalesce(func.max(Action.position) + 1, 0)).where(Action.goal_id == goal.id))
        action = Action(goal_id=goal.id, position=position, **values)
        s.add(action)
        s.flush()
        access.log(s, ctx, AuditEvent.CREATE, "action", action.id, case)
        dto = access.fresh_action(s, action, case, today)
        uow.commit()
        return dto


def update_action(ctx: ServiceContext, action_id: int, expected_version: int, data: ActionInput) -> ActionDTO:
    ctx.require_user()
    today = ctx.clock.today()
    with ctx.uow() as uow:
        s = uow.session
        action, plan, case = access.load_action(s, action_id, expected_version, today)
        access.draft_case(s, plan)
        errors = FieldErrors()
        values = validate_action(errors, s, data, family_id=case.family_id, old_worker_id=action.owner_worker_id)
        errors.raise_if_any()
        for name, value in values.items():
            setattr(action, name, value)
        s.flush()
        access.log(s, ctx, AuditEvent.UPDATE, "action", action.id, case)
        dto = access.fresh_action(s, action, case, today)
        uow.commit()
        return dto


def remove_action(ctx: ServiceContext, action_id: int, expected_version: int) -> None:
    ctx.require_user()
    with ctx.uow() as uow:
        s = uow.session
        action, plan, case = access.load_action(s, action_id, expected_version, ctx.clock.today())
        access.draft_case(s, plan)
        s.delete(action)
        s.flush()
        access.log(s, ctx, AuditEvent.DELETE, "action", action_id, case)
        uow.commit()


def set_action_done(ctx: ServiceContext, action_id: int, expected_version: int, done: bool) -> ActionDTO:
    ctx.require_user()
    today = ctx.clock.today()
    with ctx.uow() as uow:
        s = uow.session
        action, plan, case = access.load_action(s, action_id, expected_version, today)
        access.require_current(s, plan, case)
        if action.done != done:
            action.done = done
            action.done_on = today if done else None
        s.flush()
        access.log(s, ctx, AuditEvent.UPDATE, "action", action.id, case,
                   detail=detail(DetailCode.DONE if done else DetailCode.NOT_DONE))
        dto = access.fresh_action(s, action, case, today)
        uow.commit()
        return dto
