"""Read side of evaluations: the schedule, the recorded evaluations and each goal's score trend."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from app.queries.involvements import goal_descriptions
from models import Evaluation, EvaluationGoal, FamilyPlan, Goal, Worker
from models.enums import EvaluationDecision, GoalStatus, PlanStatus


@dataclass(frozen=True)
class EvaluationGoalDTO:
    goal_lineage: str
    goal_id: int | None
    description: str
    score: int | None   # 0-10
    status: GoalStatus
    note: str | None


@dataclass(frozen=True)
class EvaluationDTO:
    id: int
    case_id: int
    plan_id: int
    plan_version_no: int
    planned_date: date | None
    held_on: date
    participants: str
    consent_given: bool | None
    consent_note: str | None
    conclusion: str
    decision: EvaluationDecision
    next_date: date | None
    author_id: int
    author_name: str
    goals: tuple[EvaluationGoalDTO, ...]  # in the order of the plan
    version: int


def next_evaluation_date(agreed_on: date | None, interval_weeks: int,
                         last: tuple[date, date | None] | None) -> date | None:
    """The next evaluation: after the latest evaluation held since the plan was agreed, its next date;
    otherwise the agreed date plus the plan's interval. No agreed plan: nothing is planned yet."""
    if agreed_on is None:
        return None
    held_on, next_date = last if last is not None else (None, None)
    if held_on is not None and held_on >= agreed_on:
        return next_date
    return agreed_on + timedelta(weeks=interval_weeks)


def _latest_evaluations(case_ids) -> Select:
    """Per case among ``case_ids`` (a select, or a bound list) its latest evaluation: held on, next date."""
    newest_first = func.row_number().over(partition_by=Evaluation.case_id,
                                          order_by=(Evaluation.held_on.desc(), Evaluation.id.desc()))
    latest = (select(Evaluation.case_id, Evaluation.held_on, Evaluation.next_date, newest_first.label("n"))
              .where(Evaluation.case_id.in_(case_ids)).subquery())
    return select(latest.c.case_id, latest.c.held_on, latest.c.next_date).where(latest.c.n == 1)


@cache
def _latest_of_listed() -> Select:
    """:func:`_latest_evaluations` for a list of ids, built once: building it costs more than a small
    caseload's query."""
    return _latest_evaluations(bindparam("case_ids", expanding=True))


def evaluation_due_dates(session: Session, case_ids: list[int], *,
                         agreed: Iterable[tuple[int, date | None, int]] | None = None,
                         among: Select | None = None) -> dict[int, date]:
    """The next planned evaluation per case (cases without one are left out). ``agreed``: the cases'
    agreed plans as (case id, agreed on, interval in weeks), when the caller has read them already;
    ``among``: a select of case ids that holds them, to send instead of their list."""
    if not case_ids:
        return {}
    if agreed is None:
        agreed = session.execute(
            select(FamilyPlan.case_id, FamilyPlan.agreed_on, FamilyPlan.evaluation_interval_weeks)
            .where(FamilyPlan.case_id.in_(case_ids), FamilyPlan.status == PlanStatus.AGREED)).all()
    plans = [plan for plan in agreed if plan[1] is not None]
    if not plans:
        return {}
    if among is None:
        q, params = _latest_of_listed(), {"case_ids": [plan[0] for plan in plans]}
    else:
        q, params = _latest_evaluations(among), {}
    last: dict[int, tuple[date, date | None]] = {
        case_id: (held_on, next_date) for case_id, held_on, next_date in session.execute(q, params)}
    due = {case_id: next_evaluation_date(agreed_on, weeks, last.get(case_id)) for case_id, agreed_on, weeks in plans}
    return {case_id: day for case_id, day in due.items() if day is not None}


def evaluation_dtos(session: Session, case_id: int, *, evaluation_ids: list[int] | None = None) -> list[EvaluationDTO]:
    """The case's evaluations, most recent first."""
    q = (select(Evaluation).where(Evaluation.case_id == case_id).options(selectinload(Evaluation.goal_scores))
         .order_by(Evaluation.held_on.desc(), Evaluation.id.desc()))
    if evaluation_ids is not None:
        q = q.where(Evaluation.id.in_(evaluation_ids))
    rows = list(session.scalars(q))
    if not rows:
        return []
    versions = dict(session.execute(select(FamilyPlan.id, FamilyPlan.version_no)
                                    .where(FamilyPlan.case_id == case_id)).all())
    authors = dict(session.execute(select(Worker.id, Worker.name)
                                   .where(Worker.id.in_({r.author_id for r in rows}))).all())
    goal_ids = {g.goal_id for r in rows for g in r.goal_scores if g.goal_id is not None}
    goals = {gid: (position, description) for gid, position, description in session.execute(
        select(Goal.id, Goal.position, Goal.description).where(Goal.id.in_(goal_ids)))} if goal_ids else {}
    newest, _current = goal_descriptions(session, case_id)
    out = []
    for r in rows:
        scores = sorted(r.goal_scores, key=lambda g: (goals.get(g.goal_id, (10**6, ""))[0], g.goal_lineage))
        out.append(EvaluationDTO(
            id=r.id, case_id=r.case_id, plan_id=r.plan_id, plan_version_no=versions.get(r.plan_id, 0),
            planned_date=r.planned_date, held_on=r.held_on, participants=r.participants,
            consent_given=r.consent_given, consent_note=r.consent_note, conclusion=r.conclusion,
            decision=r.decision, next_date=r.next_date, author_id=r.author_id,
            author_name=authors.get(r.author_id, "?"), version=r.version,
            goals=tuple(EvaluationGoalDTO(
                g.goal_lineage, g.goal_id,
                goals[g.goal_id][1] if g.goal_id in goals else newest.get(g.goal_lineage, ""),
                g.score, g.status, g.note) for g in scores),
        ))
    return out


def score_trend(session: Session, case_id: int) -> dict[str, list[tuple[date, int]]]:
    """Per goal lineage: the start score on the date of the first plan version with the goal, then the
    score of each evaluation, oldest first. Goals without any score are left out."""
    trend: dict[str, list[tuple[date, int]]] = defaultdict(list)
    seen: set[str] = set()
    for lineage, score, plan_date in session.execute(
            select(Goal.lineage, Goal.score_start, FamilyPlan.plan_date)
            .join(FamilyPlan, FamilyPlan.id == Goal.plan_id)
            .where(FamilyPlan.case_id == case_id).order_by(FamilyPlan.version_no)):
        if lineage not in seen:
            seen.add(lineage)
            if score is not None:
                trend[lineage].append((plan_date, score))
    for lineage, held_on, score in session.execute(
            select(EvaluationGoal.goal_lineage, Evaluation.held_on, EvaluationGoal.score)
            .join(Evaluation, Evaluation.id == EvaluationGoal.evaluation_id)
            .where(Evaluation.case_id == case_id, EvaluationGoal.score.is_not(None))
            .order_by(Evaluation.held_on, Evaluation.id)):
        trend[lineage].append((held_on, score))
    return dict(trend)
