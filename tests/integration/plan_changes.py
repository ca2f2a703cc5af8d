"""A colleague's changes to a draft plan below its version, for the agreement tests (SQLite and PostgreSQL).

Each change gets the colleague's services and the plan as the worker saw it (:func:`seen_plan`).
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from app.errors import ConcurrencyConflict
from app.services.plan_inputs import ActionInput, GoalInput
from models.enums import ActionOwner, PlanStatus
from tests.integration.case_helpers import domain_id, member_id, smart_goal


def seen_plan(services, family):
    """The draft as the worker looked at it: two goals (the first about Zoë, with an action)."""
    plan = services.plans.start_plan(family.case_id)
    zoe = member_id(services, family.family_id, "Zoë")
    first = services.plans.add_goal(plan.id, smart_goal(domain_id(services), person_ids=(zoe,)))
    services.plans.add_goal(plan.id, smart_goal(domain_id(services), description="Rust in huis"))
    services.plans.add_action(first.id, ActionInput("School bellen", ActionOwner.OTHER, owner_text="School"))
    return services.plans.current_plan(family.case_id)


def agree_as_seen(services, plan):
    """Agrees ``plan`` as the worker saw it (on its plan date)."""
    return services.plans.agree_plan(plan.id, plan.version, plan.plan_date, "Ayşe en Zoë",
                                     content_digest=plan.content_digest)


def assert_not_agreed(services, seen) -> ConcurrencyConflict:
    """Agreeing ``seen`` is a conflict carrying the plan as it is now; nothing was agreed."""
    with pytest.raises(ConcurrencyConflict) as info:
        agree_as_seen(services, seen)
    stored = services.plans.current_plan(seen.case_id)
    assert (stored.status, stored.agreed_on, stored.agreed_with) == (PlanStatus.DRAFT, None, None)
    assert [v.status for v in services.plans.plan_versions(seen.case_id)] == [PlanStatus.DRAFT]
    assert info.value.current == stored and stored.content_digest != seen.content_digest
    return info.value


def edit_goal(other, plan):
    g = plan.goals[0]
    other.plans.update_goal(g.id, g.version, replace(GoalInput.from_dto(g), description="Zoë fietst zelf"))


def goal_persons(other, plan):
    g = plan.goals[0]
    ayse = member_id(other, plan.family_id, "Ayşe")
    other.plans.update_goal(g.id, g.version, replace(GoalInput.from_dto(g), person_ids=(*g.person_ids, ayse)))


def add_goal(other, plan):
    other.plans.add_goal(plan.id, smart_goal(domain_id(other), description="Daan slaapt in eigen bed"))


def remove_goal(other, plan):
    other.plans.remove_goal(plan.goals[1].id, plan.goals[1].version)


def move_goal(other, plan):
    other.plans.move_goal(plan.goals[1].id, plan.goals[1].version, -1)


def edit_action(other, plan):
    a = plan.goals[0].actions[0]
    other.plans.update_action(a.id, a.version, replace(ActionInput.from_dto(a), what="Mentor mailen"))


def action_done(other, plan):
    a = plan.goals[0].actions[0]
    other.plans.set_action_done(a.id, a.version, True)


def add_action(other, plan):
    other.plans.add_action(plan.goals[1].id, ActionInput("Wekker zetten", ActionOwner.OTHER, owner_text="Zoë"))


def plan_text(other, plan):
    other.plans.update_plan_texts(plan.id, plan.version, agreements="Elke week bellen")


COLLEAGUE_CHANGES = [edit_goal, goal_persons, add_goal, remove_goal, move_goal, edit_action, action_done,
                     add_action, plan_text]
PLAIN_SQL_CHANGES = {  # an insider with a SQL client: no version column touched
    "goal text": "UPDATE goal SET success_criterion = 'Twee dagen' WHERE plan_id = :plan",
    "goal person": "DELETE FROM goal_person WHERE goal_id IN (SELECT id FROM goal WHERE plan_id = :plan)",
    "action": "UPDATE action SET owner_text = 'Oma' WHERE goal_id IN (SELECT id FROM goal WHERE plan_id = :plan)",
    "plan text": "UPDATE family_plan SET concerns = 'Anders' WHERE id = :plan",
    "strengths": "UPDATE family_plan SET strengths = 'Anders' WHERE id = :plan",
}
