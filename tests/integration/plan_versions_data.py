"""Two versions of a family plan where one of everything changed: a plan text, a goal's description,
criterion, target date, actor and persons, and an action's text and date (built through the services)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.services.plan_inputs import ActionInput, GoalInput
from models.enums import ActionOwner, Actor
from tests.integration.case_helpers import domain_id, member_id, smart_goal

CONCERNS_V1 = "Zoë komt vaak te laat op school."
CONCERNS_V2 = "Zoë komt soms te laat op school; Daan slaapt slecht."
GOAL_V1 = "Zoë gaat elke schooldag naar school"
GOAL_V2 = "Zoë gaat elke schooldag op tijd naar school"
CRITERION_V1 = "Aanwezigheid boven 95% volgens de school"
CRITERION_V2 = "Aanwezigheid boven 98% volgens de mentor"
ACTION_V1 = "Wekker zetten om zeven uur"
ACTION_V2 = "Wekker zetten om half zeven"


@dataclass(frozen=True)
class TwoVersions:
    v1_id: int
    v2_id: int
    lineage: str


def two_versions(services, family) -> TwoVersions:
    plans = services.plans
    zoe, daan = (member_id(services, family.family_id, n) for n in ("Zoë", "Daan"))
    draft = plans.start_plan(family.case_id)
    plans.update_plan_texts(draft.id, draft.version, concerns=CONCERNS_V1)
    goal = plans.add_goal(draft.id, smart_goal(domain_id(services), description=GOAL_V1,
                                               success_criterion=CRITERION_V1, person_ids=(zoe,)))
    plans.add_action(goal.id, ActionInput(ACTION_V1, ActionOwner.MEMBER, owner_person_id=zoe,
                                          due_date=date(2026, 12, 1)))
    v1 = plans.plan_version(draft.id)
    v1 = plans.agree_plan(v1.id, v1.version, v1.plan_date, "Ayşe", content_digest=v1.content_digest)
    v2 = plans.new_version(v1.id)
    plans.update_plan_texts(v2.id, v2.version, concerns=CONCERNS_V2)
    goal = v2.goals[0]
    plans.update_goal(goal.id, goal.version, replace(
        GoalInput.from_dto(goal), description=GOAL_V2, success_criterion=CRITERION_V2, target_date=date(2027, 5, 1),
        actor=Actor.SOCIAL_TEAM, actor_detail=None, person_ids=(zoe, daan)))
    action = goal.actions[0]
    plans.update_action(action.id, action.version, replace(ActionInput.from_dto(action), what=ACTION_V2,
                                                           due_date=date(2026, 12, 15)))
    return TwoVersions(v1.id, v2.id, goal.lineage)
