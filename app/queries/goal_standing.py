"""Where a goal stands: the one rule for a goal's status and score, for the printed plan and the plan tab.

An evaluation never edits the agreed plan (:mod:`app.services.evaluations`): a plan version's goal
status is what was written when that version was made (its plan date), and each evaluation keeps its
own status per goal lineage. The newer word wins: the latest evaluation of the goal if it was held on
or after the version's plan date, else the version's own status. A new version starts from where the
goals stood (:meth:`app.services.plans.PlanService.new_version` copies the evaluated statuses), so its
own status is never older news. Showing the plan's status in one place and the evaluation's in another
made a goal "reached" on one page and "partly reached" on the next.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Evaluation, EvaluationGoal
from models.enums import GoalStatus


@dataclass(frozen=True)
class GoalStanding:
    """A goal's status and score as one fact, and what they come from."""

    status: GoalStatus
    score: int | None
    evaluated_on: date | None  # the evaluation that said so; None: the plan itself (no evaluation yet)


def goal_standing(plan_status: GoalStatus, plan_date: date, latest_score: int | None,
                  evaluated: tuple[date, GoalStatus] | None) -> GoalStanding:
    """``evaluated``: (held on, status) of the latest evaluation of the goal, if any; ``latest_score``:
    the latest score given (the start score before any evaluation)."""
    if evaluated is None or evaluated[0] < plan_date:
        return GoalStanding(plan_status, latest_score, None)
    return GoalStanding(evaluated[1], latest_score, evaluated[0])


def latest_evaluated(session: Session, case_id: int, up_to: date | None = None) -> dict[str, tuple[date, GoalStatus]]:
    """Per goal lineage: (held on, status) of the case's latest evaluation of that goal (held by ``up_to``)."""
    out: dict[str, tuple[date, GoalStatus]] = {}
    query = (select(EvaluationGoal.goal_lineage, Evaluation.held_on, EvaluationGoal.status)
             .join(Evaluation, Evaluation.id == EvaluationGoal.evaluation_id)
             .where(Evaluation.case_id == case_id).order_by(Evaluation.held_on, Evaluation.id))
    if up_to is not None:
        query = query.where(Evaluation.held_on <= up_to)
    for lineage, held_on, status in session.execute(query):
        out[lineage] = (held_on, status)  # later rows overwrite earlier ones
    return out
