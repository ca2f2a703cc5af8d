"""SMART hints: each flag shows when something is missing and disappears when it is there."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest

from app.smart import (
    FLAG_MESSAGES, ActionFlag, GoalFlag, PlanFlag, action_flags, flag_message, goal_flags, plan_flags,
)
from models.enums import Actor, GoalStatus

TODAY = date(2026, 11, 22)


@dataclass(frozen=True)
class G:
    success_criterion: str = "Aanwezigheid boven 95%"
    target_date: date | None = date(2027, 3, 1)
    status: GoalStatus = GoalStatus.OPEN
    actor: Actor | None = Actor.FAMILY


@dataclass(frozen=True)
class A:
    due_date: date | None = date(2027, 1, 1)
    done: bool = False


def test_a_complete_goal_has_no_flags():
    assert goal_flags(G(), TODAY) == ()


@pytest.mark.parametrize("change, flag", [
    (dict(success_criterion="  "), GoalFlag.NO_CRITERION),
    (dict(target_date=None), GoalFlag.NO_TARGET_DATE),
    (dict(target_date=date(2026, 11, 21)), GoalFlag.TARGET_DATE_PASSED),
    (dict(target_date=date(2026, 11, 21), status=GoalStatus.IN_PROGRESS), GoalFlag.TARGET_DATE_PASSED),
    (dict(actor=None), GoalFlag.NO_ACTOR),
])
def test_each_goal_flag(change, flag):
    assert goal_flags(replace(G(), **change), TODAY) == (flag,)


@pytest.mark.parametrize("status", [GoalStatus.REACHED, GoalStatus.PARTLY_REACHED, GoalStatus.NOT_REACHED,
                                    GoalStatus.CANCELLED])
def test_a_passed_target_date_is_no_issue_once_the_goal_is_finished(status):
    assert goal_flags(G(target_date=date(2026, 1, 1), status=status), TODAY) == ()


def test_the_target_date_today_has_not_passed():
    assert goal_flags(G(target_date=TODAY), TODAY) == ()


def test_action_due_after_the_goals_target_date():
    assert action_flags(A(date(2027, 3, 2)), date(2027, 3, 1), TODAY) == (ActionFlag.DUE_AFTER_GOAL,)
    assert action_flags(A(date(2027, 3, 1)), date(2027, 3, 1), TODAY) == ()
    assert action_flags(A(date(2027, 3, 2)), None, TODAY) == ()
    assert action_flags(A(None), date(2027, 3, 1), TODAY) == ()


def test_an_overdue_action_until_it_is_done():
    assert action_flags(A(date(2026, 11, 21)), None, TODAY) == (ActionFlag.OVERDUE,)
    assert action_flags(A(date(2026, 11, 21), done=True), None, TODAY) == ()
    assert action_flags(A(TODAY), None, TODAY) == ()


def test_plan_flags():
    assert plan_flags([]) == (PlanFlag.NO_GOALS,)
    heavy = [G(actor=Actor.PROVIDER), G(actor=Actor.SOCIAL_TEAM), G(actor=None)]
    assert plan_flags(heavy) == (PlanFlag.NO_OWN_STRENGTH,)
    assert plan_flags([*heavy, G(actor=Actor.NETWORK)]) == ()
    assert plan_flags([G(actor=Actor.FAMILY)]) == ()


def test_every_flag_has_a_message():
    flags = [*GoalFlag, *ActionFlag, *PlanFlag]
    assert set(FLAG_MESSAGES) == set(flags)
    assert all(flag_message(f).render() for f in flags)
