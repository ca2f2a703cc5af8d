"""SMART help for the family plan: hints that a goal, action or plan could be sharper.

Pure functions, never blocking: a plan is the family's, in their words, so the software points
out what is missing (no measurable criterion, no target date, nobody acting...) and lets the
worker decide. The functions take anything with the goal/action attributes - the plan DTOs as
well as the ORM rows - plus a ``today`` so they are testable without a clock.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Protocol

from app.errors import Msg
from app.i18n import QT_TRANSLATE_NOOP
from models.enums import Actor, GoalStatus

OPEN_GOAL_STATUSES = frozenset({GoalStatus.OPEN, GoalStatus.IN_PROGRESS})
OWN_STRENGTH_ACTORS = frozenset({Actor.FAMILY, Actor.NETWORK})


class GoalFlag(StrEnum):
    NO_CRITERION = "no_criterion"            # nothing says how we know the goal is reached
    NO_TARGET_DATE = "no_target_date"
    TARGET_DATE_PASSED = "target_date_passed"  # still open after its target date
    NO_ACTOR = "no_actor"                    # nobody named who acts


class ActionFlag(StrEnum):
    DUE_AFTER_GOAL = "due_after_goal"        # due after the goal's target date
    OVERDUE = "overdue"                      # not done and its due date has passed


class PlanFlag(StrEnum):
    NO_GOALS = "no_goals"
    NO_OWN_STRENGTH = "no_own_strength"      # no goal where the family or its network acts


class GoalLike(Protocol):
    success_criterion: str
    target_date: date | None
    status: GoalStatus
    actor: Actor | None


class ActionLike(Protocol):
    due_date: date | None
    done: bool


def goal_flags(goal: GoalLike, today: date) -> tuple[GoalFlag, ...]:
    flags = []
    if not (goal.success_criterion or "").strip():
        flags.append(GoalFlag.NO_CRITERION)
    if goal.target_date is None:
        flags.append(GoalFlag.NO_TARGET_DATE)
    elif goal.status in OPEN_GOAL_STATUSES and goal.target_date < today:
        flags.append(GoalFlag.TARGET_DATE_PASSED)
    if goal.actor is None:
        flags.append(GoalFlag.NO_ACTOR)
    return tuple(flags)


def action_flags(action: ActionLike, goal_target_date: date | None, today: date) -> tuple[ActionFlag, ...]:
    flags = []
    if action.due_date is not None and goal_target_date is not None and action.due_date > goal_target_date:
        flags.append(ActionFlag.DUE_AFTER_GOAL)
    if not action.done and action.due_date is not None and action.due_date < today:
        flags.append(ActionFlag.OVERDUE)
    return tuple(flags)


def plan_flags(goals: Iterable[GoalLike]) -> tuple[PlanFlag, ...]:
    """Flags of the plan as a whole: "zo licht als mogelijk" wants the family or network acting somewhere."""
    goals = list(goals)
    if not goals:
        return (PlanFlag.NO_GOALS,)
    if not any(g.actor in OWN_STRENGTH_ACTORS for g in goals):
        return (PlanFlag.NO_OWN_STRENGTH,)
    return ()


FLAG_MESSAGES: dict[StrEnum, str] = {
    GoalFlag.NO_CRITERION: QT_TRANSLATE_NOOP("Errors", "Say how you will know the goal is reached."),
    GoalFlag.NO_TARGET_DATE: QT_TRANSLATE_NOOP("Errors", "The goal has no target date."),
    GoalFlag.TARGET_DATE_PASSED: QT_TRANSLATE_NOOP("Errors", "The target date has passed and the goal is still open."),
    GoalFlag.NO_ACTOR: QT_TRANSLATE_NOOP("Errors", "Say who acts on this goal."),
    ActionFlag.DUE_AFTER_GOAL: QT_TRANSLATE_NOOP("Errors", "This action is due after the goal's target date."),
    ActionFlag.OVERDUE: QT_TRANSLATE_NOOP("Errors", "This action is past its due date."),
    PlanFlag.NO_GOALS: QT_TRANSLATE_NOOP("Errors", "The plan has no goals yet."),
    PlanFlag.NO_OWN_STRENGTH: QT_TRANSLATE_NOOP(
        "Errors", "No goal names the family itself or its network as acting. Lightest help first."),
}


def flag_message(flag: GoalFlag | ActionFlag | PlanFlag) -> Msg:
    """The hint to show for a flag (``.render()`` gives it in the current language)."""
    return Msg(FLAG_MESSAGES[flag])
