"""Goals of a draft family plan; :class:`app.services.plans.PlanService` offers them as its methods.
Saving a goal, the hot path, is in :mod:`app.services.goal_save`."""
from __future__ import annotations

from sqlalchemy import func, select

from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.queries.plans import GoalDTO, PlanDTO
from app.services import plan_access as access
from app.services.plan_inputs import GoalInput, goal_refs, validate_goal
from app.validation import FieldErrors
from models import Goal, GoalPerson
from models.enums import AuditEvent


def add_goal(ctx: ServiceContext, plan_id: int, data: GoalInput) -> GoalDTO:
    ctx.require_user()
    today = ctx.clock.today()
    with ctx.uow() as uow:
        s = uow.session
        plan = access.load_plan(s, plan_id, today)
        case = access.draft_case(s, plan)
        errors = FieldErrors()
        values = validate_goal(errors, data, goal_refs(s, case.family_id, data.life_domain_id),
                               plan_date=plan.plan_date)
        errors.raise_if_any()
        position = s.scalar(select(func.coalesce(func.max(Goal.position) + 1, 0)).where(Goal.plan_id == plan.id))
        goal = Goal(plan_id=plan.id, position=position, **values)
        goal.concerns_persons = [GoalPerson(person_id=pid) for pid in dict.fromkeys(data.person_ids)]
        s.add(goal)
        s.flush()
        access.log(s, ctx, AuditEvent.CREATE, "goal", goal.id, case)
        dto = access.fresh_goal(s, goal, case, today)
        uow.commit()
        return dto


def remove_goal(ctx: ServiceContext, goal_id: int, expected_version: int) -> None:
    ctx.require_user()
    with ctx.uow() as uow:
        s = uow.session
        goal, _plan, case = access.load_goal(s, goal_id, expected_version, ctx.clock.today())
        s.delete(goal)
        s.flush()
        access.log(s, ctx, AuditEvent.DELETE, "goal", goal_id, case)
        uow.commit()


def move_goal(ctx: ServiceContext, goal_id: int, expected_version: int, offset: int) -> PlanDTO:
    ctx.require_user()
    today = ctx.clock.today()
    with ctx.uow() as uow:
        s = uow.session
        goal, plan, case = access.load_goal(s, goal_id, expected_version, today)
        order = list(plan.goals)
        order.remove(goal)
        order.insert(max(0, min(len(order), plan.goals.index(goal) + offset)), goal)
        for position, g in enumerate(order):
            if g.position != position:
                g.position = position
        access.log(s, ctx, AuditEvent.UPDATE, "goal", goal.id, case, detail=detail(DetailCode.MOVED))
        dto = access.plan_snapshot(s, plan.id, today)
        uow.commit()
        return dto
