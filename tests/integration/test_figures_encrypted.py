"""The management figures and the team overview on an encrypted database with planner statistics.

SQLCipher bundles its own, newer SQLite; with ANALYZE statistics it once raised "internal query planner
error" on queries that the plain test databases (system SQLite, no statistics) ran fine. Here a small city
(``fill_city`` runs ANALYZE) in an encrypted file: every figure must come back, equal to a plain count
in Python over the same rows.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from app.bootstrap import open_database
from app.clock import FixedClock
from app.credentials import MemoryStore
from app.storage.crypto import SQLITE_HEADER
from app.demo.city import fill_city
from app.storage.keys import KeySource
from models import (
    Case, CaseEvent, Evaluation, EvaluationGoal, FamilyPlan, Goal, Involvement, InvolvementGoal, Worker,
)
from models.enums import CaseEventKind, CaseStatus, EvaluationDecision, GoalStatus, PlanStatus, Role
from tests.conftest import TODAY

FAMILIES = 600
START, END = TODAY.replace(year=TODAY.year - 1) + timedelta(days=1), TODAY


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    path = tmp_path_factory.mktemp("encrypted_city") / "city.db"
    svc = open_database(path, clock=FixedClock(TODAY), encryption=KeySource(MemoryStore()), daily_backup=False)
    fill_city(svc, FAMILIES, seed=5)
    with svc.ctx.uow() as uow:
        admin = uow.session.scalars(select(Worker.id).where(Worker.role == Role.ADMIN, Worker.active)).first()
    svc.workers.sign_in(admin)
    yield svc, path
    svc.close()


@pytest.fixture(scope="module")
def rows(city):
    """The plain material: every row the figures read, loaded as Python objects."""
    svc, _ = city
    with svc.ctx.uow() as uow:
        s = uow.session
        loaded = {model.__name__: list(s.scalars(select(model))) for model in (
            Case, CaseEvent, Evaluation, EvaluationGoal, FamilyPlan, Goal, Involvement, InvolvementGoal)}
        s.expunge_all()
    return loaded


def test_the_database_is_encrypted_and_has_planner_statistics(city):
    svc, path = city
    assert path.read_bytes()[:16] != SQLITE_HEADER
    with svc.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM sqlite_stat1")) > 0
        assert conn.scalar(text("PRAGMA cipher_version"))  # SQLCipher's own SQLite, not the system one


def test_case_figures_match_a_plain_count(city, rows):
    f = city[0].figures.management_figures(START, END)
    within = lambda day: day is not None and START <= day <= END  # noqa: E731
    events = rows["CaseEvent"]
    assert f.inflow == sum(within(c.opened_on) for c in rows["Case"]) > 0
    assert f.outflow == sum(e.kind is CaseEventKind.CLOSED and within(e.on_date) for e in events) > 0
    assert f.reopened == sum(e.kind is CaseEventKind.REOPENED and within(e.on_date) for e in events)
    held = [e for e in rows["Evaluation"] if within(e.held_on)]
    assert f.evaluated_cases == len({e.case_id for e in held}) > 0
    assert f.scaled_down_cases == len({e.case_id for e in held if e.decision is EvaluationDecision.SCALE_DOWN})
    ended = [i for i in rows["Involvement"] if within(i.actual_end)]
    assert f.involvement_duration.count == len(ended)


def test_goal_realisation_and_actors_match_a_plain_count(city, rows):
    f = city[0].figures.management_figures(START, END)
    held_on = {e.id: e.held_on for e in rows["Evaluation"]}
    latest: dict[str, tuple] = {}  # lineage -> (held_on, evaluation id, status) of its latest score in the period
    for score in rows["EvaluationGoal"]:
        day = held_on[score.evaluation_id]
        known = latest.get(score.goal_lineage)
        if START <= day <= END and (known is None or (day, score.evaluation_id) > known[:2]):
            latest[score.goal_lineage] = (day, score.evaluation_id, score.status)
    provider_of = {i.id: i.provider_id for i in rows["Involvement"]}
    evaluated, reached = defaultdict(set), defaultdict(set)
    for link in rows["InvolvementGoal"]:
        if link.goal_lineage in latest:
            provider = provider_of[link.involvement_id]
            evaluated[provider].add(link.goal_lineage)
            if latest[link.goal_lineage][2] is GoalStatus.REACHED:
                reached[provider].add(link.goal_lineage)
    counted = {p.provider_id: (p.goals_evaluated, p.goals_reached) for p in f.providers if p.goals_evaluated}
    assert counted == {p: (len(evaluated[p]), len(reached[p])) for p in evaluated} != {}

    open_in_period = {c.id for c in rows["Case"]
                      if c.opened_on <= END and (c.closed_on is None or c.closed_on >= START)}
    newest: dict[int, FamilyPlan] = {}
    for plan in rows["FamilyPlan"]:
        if plan.case_id in open_in_period and plan.version_no > getattr(newest.get(plan.case_id), "version_no", 0):
            newest[plan.case_id] = plan
    current = {p.id for p in newest.values() if p.status is not PlanStatus.SUPERSEDED}
    actors = Counter(g.actor.value if g.actor else "no_actor" for g in rows["Goal"] if g.plan_id in current)
    a = f.actors
    assert {"family": a.family, "network": a.network, "free_access": a.free_access, "social_team": a.social_team,
            "provider": a.provider, "no_actor": a.no_actor} == {k: actors.get(k, 0) for k in (
                "family", "network", "free_access", "social_team", "provider", "no_actor")}
    assert a.total > 0


def test_one_team_and_its_overview(city, rows):
    svc = city[0]
    counts = Counter(c.team_id for c in rows["Case"] if c.status is not CaseStatus.CLOSED)
    team_id = counts.most_common(1)[0][0]
    team_cases = [c for c in rows["Case"] if c.team_id == team_id]
    f = svc.figures.management_figures(START, END, team_id)
    assert f.inflow == sum(START <= c.opened_on <= END for c in team_cases)

    overview = svc.supervision.team_overview(team_id)
    by_status = Counter(c.status for c in team_cases)
    t = overview.totals
    assert (t.intake_cases, t.active_cases, t.waakvlam_cases) == (
        by_status[CaseStatus.INTAKE], by_status[CaseStatus.ACTIVE], by_status[CaseStatus.WAAKVLAM])
    assert t.open_cases == counts[team_id] == sum(r.open_cases for r in overview.rows)
    assert t.overdue_evaluations == _overdue_evaluations(rows, team_cases)


def _overdue_evaluations(rows, team_cases) -> int:
    """Cases in intake/active with an agreed plan whose next evaluation (after the latest one held since
    the plan was agreed, else the plan's interval) is before today."""
    agreed = {p.case_id: p for p in rows["FamilyPlan"] if p.status is PlanStatus.AGREED}
    latest: dict[int, Evaluation] = {}
    for e in rows["Evaluation"]:
        known = latest.get(e.case_id)
        if known is None or (e.held_on, e.id) > (known.held_on, known.id):
            latest[e.case_id] = e
    overdue = 0
    for case in team_cases:
        plan = agreed.get(case.id)
        if case.status not in (CaseStatus.INTAKE, CaseStatus.ACTIVE) or plan is None:
            continue
        last = latest.get(case.id)
        if last is not None and last.held_on >= plan.agreed_on:
            due = last.next_date
        else:
            due = plan.agreed_on + timedelta(weeks=plan.evaluation_interval_weeks)
        overdue += due is not None and due < TODAY
    return overdue
