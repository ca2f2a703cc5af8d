"""Management figures (Rapportages) for a period and a team, from the ordinary records only.

A period is [start, end], both days included; the team filter is ``Case.team_id`` (None: every team
the caller passes in, or every team at all). Every figure is a SQL aggregate: a handful of queries,
whatever the size of the database. The definitions are in the DTO docstrings below.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, distinct, exists, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from app.queries.figures_crisis import CrisisFigures, crisis_figures
from app.queries.figures_providers import ActorShares, ProviderFigures, actor_shares, provider_figures, share
from app.queries.figures_sql import CaseScope, as_float, count_of, days_between, in_period, in_teams, median
from models import Aftercare, Case, CaseEvent, Evaluation, Involvement, InvolvementPerson, Person
from models.care import delivered
from models.enums import AftercareKind, CaseEventKind, CaseStatus, EvaluationDecision, MemberRole

RECURRENCE_DAYS = 365  # a reopening this soon after closing counts as recurrence

__all__ = ["ActorShares", "AftercareFigures", "CrisisFigures", "DurationFigure", "ManagementFigures", "ProviderFigures", "management_figures"]


def years_after(day: date, years: int) -> date:
    """The same day ``years`` later (or earlier, when negative); 28 February for 29 February."""
    return day.replace(year=day.year + years, day=28 if (day.month, day.day) == (2, 29) else day.day)


@dataclass(frozen=True)
class DurationFigure:
    """How long something took, in days: how many, the mean and the median (None when none)."""

    count: int
    mean_days: float | None
    median_days: float | None


@dataclass(frozen=True)
class AftercareFigures:
    """Help ended in the period (the involvements counted in ``involvement_duration``: not cancelled) by how
    aftercare was secured when it ended: in the family's own network, with a free-access service, none
    needed, or not recorded."""

    ended: int
    network: int
    free_access: int
    none_needed: int

    @property
    def not_recorded(self) -> int:
        return self.ended - self.network - self.free_access - self.none_needed


@dataclass(frozen=True)
class ManagementFigures:
    """The figures of one period and team.

    - ``inflow``: cases opened in the period (``Case.opened_on``); ``reopened``: REOPENED events in the
      period, counted separately (a reopened case is not new inflow).
    - ``outflow``: CLOSED events in the period (a case closed and reopened still counts its closing).
    - ``case_duration``: for every CLOSED event in the period, its date minus the case's ``opened_on``.
    - ``involvement_duration``: ``actual_end - start_date`` of involvements that ended in the period
      (not those cancelled before their start: never delivered).
    - ``evaluated_cases``: cases with an evaluation held in the period; ``scaled_down_cases``: those of
      them with at least one decision "scale down" held in the period.
    - ``recurrences``: REOPENED events in the period from waakvlam, or from closed within 365 days
      after that case's previous CLOSED event (``recurrent_cases``: the distinct cases). The share is
      ``recurrent_cases / ended_help_cases``, where ``ended_help_cases`` are the distinct cases with a
      CLOSED event or a move to waakvlam in the 12 months up to the period end (``ended_help_from``
      to ``end``).
    - ``cases_with_help``: cases with help running in the period - an involvement (not cancelled) started
      on or before the period's end and not ended before its start; ``young_persons_with_help``: the
      distinct young persons that help was for - the young persons named on it, or, for help for the
      family as a whole, every young person of the family (as recorded now). A young person counts once
      however much help they had.
    - ``providers``: see :class:`ProviderFigures`; ``actors``: see :class:`ActorShares`.
    """

    start: date
    end: date
    team_id: int | None
    team_name: str | None  # None: all the caller's teams
    municipality_code: str | None  # None: every municipality; else only the families living there
    municipality_name: str | None
    inflow: int
    reopened: int
    outflow: int
    case_duration: DurationFigure
    involvement_duration: DurationFigure
    evaluated_cases: int
    scaled_down_cases: int
    recurrences: int
    recurrences_from_waakvlam: int
    recurrent_cases: int
    ended_help_cases: int
    ended_help_from: date
    cases_with_help: int
    young_persons_with_help: int
    providers: tuple[ProviderFigures, ...]
    actors: ActorShares
    aftercare: AftercareFigures  # help ended in the period, by how aftercare was secured
    crisis: CrisisFigures        # crises started in the period (app/queries/figures_crisis.py)

    @property
    def scaled_down_share(self) -> float | None:
        return share(self.scaled_down_cases, self.evaluated_cases)

    @property
    def recurrence_share(self) -> float | None:
        return share(self.recurrent_cases, self.ended_help_cases)


def management_figures(session: Session, start: date, end: date, team_ids: frozenset[int] | None, *,
                       team_id: int | None = None, team_name: str | None = None,
                       municipality_code: str | None = None, municipality_name: str | None = None,
                       ) -> ManagementFigures:
    """All figures of [start, end] for the cases of ``team_ids`` (None: every team), and only of the
    families living in ``municipality_code`` when given."""
    if municipality_code is not None:
        team_ids = CaseScope(team_ids, municipality_code)
    ended_from = years_after(end, -1) + timedelta(days=1)
    flow = _case_flow(session, start, end, ended_from, team_ids)
    return ManagementFigures(
        start=start, end=end, team_id=team_id, team_name=team_name,
        municipality_code=municipality_code, municipality_name=municipality_name,
        inflow=count_of(session.scalar(in_teams(
            select(func.count(Case.id)).where(in_period(Case.opened_on, start, end)), team_ids))),
        reopened=flow["reopened"], outflow=flow["outflow"],
        case_duration=_case_duration(session, start, end, team_ids, flow),
        involvement_duration=_involvement_duration(session, start, end, team_ids),
        **_scaled_down(session, start, end, team_ids),
        **_recurrence(session, start, end, team_ids),
        ended_help_cases=flow["ended_help"], ended_help_from=ended_from,
        **_help_per_young_person(session, start, end, team_ids),
        providers=provider_figures(session, start, end, team_ids),
        actors=actor_shares(session, start, end, team_ids),
        aftercare=_aftercare(session, start, end, team_ids),
        crisis=crisis_figures(session, start, end, team_ids),
    )


def _events(team_ids: frozenset[int] | None, *columns):
    return in_teams(select(*columns).select_from(CaseEvent).join(Case, Case.id == CaseEvent.case_id), team_ids)


def _case_flow(s: Session, start: date, end: date, ended_from: date, team_ids) -> dict:
    """Closings, reopenings and closed-case durations in the period, and the cases that ended help
    in the 12 months up to its end: one pass over the events."""
    in_range = in_period(CaseEvent.on_date, start, end)
    closed = and_(CaseEvent.kind == CaseEventKind.CLOSED, in_range)
    ended = or_(CaseEvent.kind == CaseEventKind.CLOSED,
                and_(CaseEvent.kind == CaseEventKind.STATUS_CHANGED, CaseEvent.to_value == CaseStatus.WAAKVLAM.value))
    opened = aliased(Case)  # looked up for the closings only, not for every event of the two years
    opened_on = select(opened.opened_on).where(opened.id == CaseEvent.case_id).scalar_subquery()
    row = s.execute(in_teams(select(
        func.sum(case((closed, 1), else_=0)),
        func.sum(case((and_(CaseEvent.kind == CaseEventKind.REOPENED, in_range), 1), else_=0)),
        func.avg(case((closed, days_between(CaseEvent.on_date, opened_on)))),
        func.count(distinct(case((and_(ended, CaseEvent.on_date >= ended_from), CaseEvent.case_id)))),
    ), team_ids, CaseEvent.case_id).where(CaseEvent.on_date.between(min(start, ended_from), end),
            CaseEvent.kind.in_((CaseEventKind.CLOSED, CaseEventKind.REOPENED, CaseEventKind.STATUS_CHANGED)))).one()
    return {"outflow": count_of(row[0]), "reopened": count_of(row[1]), "mean_closed_days": as_float(row[2]),
            "ended_help": count_of(row[3])}


def _case_duration(s: Session, start: date, end: date, team_ids, flow: dict) -> DurationFigure:
    days = _events(team_ids, days_between(CaseEvent.on_date, Case.opened_on)).where(
        CaseEvent.kind == CaseEventKind.CLOSED, in_period(CaseEvent.on_date, start, end))
    count = flow["outflow"]
    return DurationFigure(count, flow["mean_closed_days"], median(s, days, count))


def _involvement_duration(s: Session, start: date, end: date, team_ids) -> DurationFigure:
    days = days_between(Involvement.actual_end, Involvement.start_date)

    def query(*columns):
        delivered_in_period = and_(in_period(Involvement.actual_end, start, end), delivered())
        return in_teams(select(*columns).where(delivered_in_period), team_ids, Involvement.case_id)

    count, mean = s.execute(query(func.count(Involvement.id), func.avg(days))).one()
    return DurationFigure(count_of(count), as_float(mean), median(s, query(days), count_of(count)))


def _scaled_down(s: Session, start: date, end: date, team_ids) -> dict:
    scaled = case((Evaluation.decision == EvaluationDecision.SCALE_DOWN, Evaluation.case_id))
    evaluated, scaled_down = s.execute(in_teams(
        select(func.count(distinct(Evaluation.case_id)), func.count(distinct(scaled)))
        .where(in_period(Evaluation.held_on, start, end)), team_ids, Evaluation.case_id)).one()
    return {"evaluated_cases": count_of(evaluated), "scaled_down_cases": count_of(scaled_down)}


def _recurrence(s: Session, start: date, end: date, team_ids) -> dict:
    """Reopenings in the period that count as recurrence: from waakvlam, or within a year of closing."""
    previous = aliased(CaseEvent)
    last_closed = (select(func.max(previous.on_date))
                   .where(previous.case_id == CaseEvent.case_id, previous.kind == CaseEventKind.CLOSED,
                          previous.id < CaseEvent.id).scalar_subquery())
    from_waakvlam = CaseEvent.from_value == CaseStatus.WAAKVLAM.value
    soon_after_closing = and_(CaseEvent.from_value == CaseStatus.CLOSED.value,
                              days_between(CaseEvent.on_date, last_closed) <= RECURRENCE_DAYS)
    counts = s.execute(in_teams(select(
        func.count(CaseEvent.id), func.sum(case((from_waakvlam, 1), else_=0)), func.count(distinct(CaseEvent.case_id)),
    ), team_ids, CaseEvent.case_id).where(CaseEvent.kind == CaseEventKind.REOPENED, in_period(CaseEvent.on_date, start, end),
            or_(from_waakvlam, soon_after_closing))).one()
    return {"recurrences": count_of(counts[0]), "recurrences_from_waakvlam": count_of(counts[1]),
            "recurrent_cases": count_of(counts[2])}


def _aftercare(s: Session, start: date, end: date, team_ids) -> AftercareFigures:
    """Help ended in the period by its aftercare: one aggregate over the ended involvements (index
    ``ix_involvement_actual_end``), each looked up in ``aftercare`` by its unique involvement id."""
    def of(kind: AftercareKind):
        return func.sum(case((Aftercare.kind == kind, 1), else_=0))

    row = s.execute(in_teams(
        select(func.count(Involvement.id), of(AftercareKind.NETWORK), of(AftercareKind.FREE_ACCESS),
               of(AftercareKind.NONE_NEEDED))
        .select_from(Involvement).outerjoin(Aftercare, Aftercare.involvement_id == Involvement.id)
        .where(in_period(Involvement.actual_end, start, end), delivered()), team_ids, Involvement.case_id)).one()
    return AftercareFigures(*(count_of(v) for v in row))
def _help_per_young_person(s: Session, start: date, end: date, team_ids) -> dict:
    """Cases with help running in the period and the young persons it was for, in one statement: the
    named young persons, and every young person of the family for help for the family as a whole."""
    running = in_teams(
        select(Involvement.id, Involvement.case_id, Case.family_id).join(Case, Case.id == Involvement.case_id)
        .where(Involvement.start_date <= end, or_(Involvement.actual_end.is_(None), Involvement.actual_end >= start),
               delivered()), team_ids).cte("running_help")
    named = select(InvolvementPerson.person_id.label("person_id")).join(
        running, running.c.id == InvolvementPerson.involvement_id)
    whole_family = select(Person.id.label("person_id")).join(running, Person.family_id == running.c.family_id).where(
        Person.role == MemberRole.YOUNG_PERSON,
        ~exists().where(InvolvementPerson.involvement_id == running.c.id))
    persons = union(named, whole_family).subquery()
    cases, young = s.execute(select(
        select(func.count(distinct(running.c.case_id))).scalar_subquery(),
        select(func.count()).select_from(persons).scalar_subquery())).one()
    return {"cases_with_help": count_of(cases), "young_persons_with_help": count_of(young)}
