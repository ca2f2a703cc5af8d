"""Management figures per provider (waiting time, goal realisation, extensions) and who carries the goals."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.queries.figures_sql import as_float, count_of, days_between, in_period, in_teams
from models import Case, Evaluation, EvaluationGoal, FamilyPlan, Goal, Involvement, InvolvementGoal, Provider
from models.care import delivered
from models.enums import Actor, CaseStatus, GoalStatus, PlanStatus


def share(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide by."""
    return part / whole if whole else None


@dataclass(frozen=True)
class ProviderFigures:
    """One provider, over the involvements of the cases in the team filter.

    - ``involvements``: involvements running in the period (started on or before its end, not ended
      before its start); ``extensions``: their extensions so far, in total.
    - ``started``: involvements started in the period; ``mean_wait_days`` / ``max_wait_days``: their
      ``start_date - referral_date``.
    - ``waiting_at_end``: referred on or before the period end and not started by then (the case not
      closed, the help not cancelled by then).

    Help cancelled before its start was never delivered: it is neither running nor started.
    - ``goals_evaluated``: goals (by lineage) linked to the provider's involvements that have a score in
      an evaluation held in the period; ``goals_reached``: those whose latest status in the period is
      "reached".
    """

    provider_id: int
    provider_name: str
    involvements: int
    extensions: int
    started: int
    mean_wait_days: float | None
    max_wait_days: int | None
    waiting_at_end: int
    goals_evaluated: int
    goals_reached: int

    @property
    def goal_realisation(self) -> float | None:
        """Goals reached / goals evaluated (None when none was evaluated)."""
        return share(self.goals_reached, self.goals_evaluated)

    @property
    def extensions_per_involvement(self) -> float | None:
        return share(self.extensions, self.involvements)


@dataclass(frozen=True)
class ActorShares:
    """Who carries the goals of the current plans (the draft if there is one, else the agreed plan) of
    the cases open at some time in the period. Shares are of the goals that have an actor: family and
    network vs professionals (social team and provider), free-access services separately; goals
    without an actor are counted apart."""

    family: int = 0
    network: int = 0
    free_access: int = 0
    social_team: int = 0
    provider: int = 0
    no_actor: int = 0

    @property
    def with_actor(self) -> int:
        return self.family + self.network + self.free_access + self.social_team + self.provider

    @property
    def total(self) -> int:
        return self.with_actor + self.no_actor

    @property
    def family_network_share(self) -> float | None:
        return share(self.family + self.network, self.with_actor)

    @property
    def professional_share(self) -> float | None:
        return share(self.social_team + self.provider, self.with_actor)

    @property
    def free_access_share(self) -> float | None:
        return share(self.free_access, self.with_actor)


def provider_figures(s: Session, start: date, end: date, team_ids: frozenset[int] | None
                     ) -> tuple[ProviderFigures, ...]:
    """Every provider with an involvement that counts in the period, by name."""
    care = _involvement_counts(s, start, end, team_ids)
    goals = {pid: counts for (pid,), counts in goal_counts(s, start, end, team_ids, Involvement.provider_id).items()}
    ids = set(care) | set(goals)
    if not ids:
        return ()
    names = dict(s.execute(select(Provider.id, Provider.name).where(Provider.id.in_(ids))).all())
    empty = (0, 0, 0, None, None, 0)
    rows = [ProviderFigures(pid, names.get(pid, "?"), *care.get(pid, empty), *goals.get(pid, (0, 0)))
            for pid in ids]
    return tuple(sorted(rows, key=lambda r: (r.provider_name.casefold(), r.provider_id)))


def _involvement_counts(s: Session, start: date, end: date, team_ids) -> dict[int, tuple]:
    i = Involvement
    running = and_(i.start_date.is_not(None), i.start_date <= end, delivered())  # the WHERE: not ended before
    started = and_(in_period(i.start_date, start, end), delivered())
    wait = days_between(i.start_date, i.referral_date)
    closed = aliased(Case)
    closed_by_end = (select(closed.id).where(closed.id == i.case_id, closed.status == CaseStatus.CLOSED,
                                             closed.closed_on <= end).exists())  # looked up for the few not started
    not_started = and_(or_(i.start_date.is_(None), i.start_date > end),
                       or_(i.actual_end.is_(None), i.actual_end > end))  # nor cancelled by then
    waiting = case((not_started, case((closed_by_end, 0), else_=1)), else_=0)
    rows = s.execute(in_teams(
        select(i.provider_id, func.sum(case((running, 1), else_=0)), func.sum(case((running, i.extensions), else_=0)),
               func.sum(case((started, 1), else_=0)), func.avg(case((started, wait))), func.max(case((started, wait))),
               func.sum(waiting))
        .where(i.referral_date <= end, or_(i.actual_end.is_(None), i.actual_end >= start)), team_ids, i.case_id)
        .group_by(i.provider_id))
    return {pid: (count_of(n), count_of(ext), count_of(st), as_float(mean), None if mx is None else int(mx),
                  count_of(wt))
            for pid, n, ext, st, mean, mx, wt in rows}


def goal_counts(s: Session, start: date, end: date, team_ids, *keys) -> dict[tuple, tuple[int, int]]:
    """(evaluated, reached) goals per ``keys`` (columns of the involvement): each goal's latest status in
    the period, by lineage.

    Only the scores of goals linked to an involvement (of the teams) are read, by the lineage index
    that holds their evaluation and status, and ranked per lineage in one pass. Region-wide on the
    encrypted 100,000-family SQLite file: 0.4 s; a NOT EXISTS per score (a correlated look-up per goal)
    took 1.15 s, a window over all the year's scores 25 times as long."""
    linked = select(InvolvementGoal.goal_lineage).distinct()  # region-wide: the links alone, by their index
    if team_ids is not None:
        linked = in_teams(linked.join(Involvement, Involvement.id == InvolvementGoal.involvement_id),
                          team_ids, Involvement.case_id)
    linked = linked.subquery("linked")
    held = select(Evaluation.id, Evaluation.held_on).where(in_period(Evaluation.held_on, start, end))
    # Region-wide on SQLite the period's evaluations are read once, from the index on held_on, and looked
    # up in memory, not in the wide evaluation rows scattered over the file (encrypted: 0.77 -> 0.41 s).
    # For some teams' few goals a look-up per score is cheaper (94 against 141 ms), and so it is on
    # PostgreSQL (290 against 380 ms region-wide).
    once = team_ids is None and s.get_bind().dialect.name == "sqlite"
    held = held.cte("held").prefix_with("MATERIALIZED") if once else held.subquery("held")
    latest_first = func.row_number().over(partition_by=EvaluationGoal.goal_lineage,
                                          order_by=(held.c.held_on.desc(), held.c.id.desc()))
    scores = (select(EvaluationGoal.goal_lineage, EvaluationGoal.status, latest_first.label("rank"))
              .select_from(linked).join(EvaluationGoal, EvaluationGoal.goal_lineage == linked.c.goal_lineage)
              .join(held, held.c.id == EvaluationGoal.evaluation_id).subquery("scores"))
    reached = case((scores.c.status == GoalStatus.REACHED, scores.c.goal_lineage))
    q = (select(*keys, func.count(distinct(scores.c.goal_lineage)), func.count(distinct(reached)))
         .select_from(scores)
         .join(InvolvementGoal, InvolvementGoal.goal_lineage == scores.c.goal_lineage)
         .join(Involvement, Involvement.id == InvolvementGoal.involvement_id))
    rows = s.execute(in_teams(q.where(scores.c.rank == 1), team_ids, Involvement.case_id).group_by(*keys))
    return {tuple(row[:-2]): (count_of(row[-2]), count_of(row[-1])) for row in rows}


def actor_shares(s: Session, start: date, end: date, team_ids: frozenset[int] | None) -> ActorShares:
    # The newest version is the current plan: a draft is always made on top of the agreed one, and the
    # agreed one is superseded only when a newer version is agreed. (A NOT EXISTS on the draft index
    # hit "internal query planner error" in SQLCipher's SQLite.)
    other = aliased(FamilyPlan)
    newest = select(func.max(other.version_no)).where(other.case_id == Case.id).scalar_subquery()
    rows = s.execute(in_teams(  # from the cases of the period, each to its newest plan by (case_id, version_no)
        select(Goal.actor, func.count(Goal.id)).select_from(Case)
        .join(FamilyPlan, and_(FamilyPlan.case_id == Case.id, FamilyPlan.version_no == newest))
        .join(Goal, Goal.plan_id == FamilyPlan.id)
        .where(FamilyPlan.status != PlanStatus.SUPERSEDED, Case.opened_on <= end,
               or_(Case.closed_on.is_(None), Case.closed_on >= start)), team_ids)
        .group_by(Goal.actor))
    counts = {(Actor(actor).value if actor is not None else "no_actor"): count_of(n) for actor, n in rows}
    return ActorShares(**counts)
