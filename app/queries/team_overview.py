"""The supervisor's team caseload: per worker the open cases by status, a weighted caseload and what
is overdue, in a few aggregate queries grouped by director (never per case in Python).

- Rows: the team's active members, plus every worker who directs an open case of the team.
- A case is *without a director* when its director has left (``worker.active`` false) or is no
  longer a member of the case's team; such cases also make up the separate "unassigned" row.
- Overdue evaluations follow the Vandaag page (``evaluation_due_dates``): cases in intake or active
  with an agreed plan whose next evaluation date is before today.
- Overdue waakvlam contacts follow the Vandaag page too: one per running waakvlam whose next contact
  (the first one not held after the latest one held) is before today.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass, fields, replace
from datetime import date

from sqlalchemy import Date, and_, case, exists, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import GenericFunction

from app.i18n import QT_TRANSLATE_NOOP
from app.queries.caseload import CaseloadRow
from app.queries.extensions import extension_events, norm_flags
from app.validation import FieldErrors
from app.queries.meldcode import OpenTrackRow, open_tracks_by_director, team_open_tracks
from models import Case, Evaluation, FamilyPlan, Involvement, Product, Segment, Team, Waakvlam, WaakvlamContact
from models import Worker, WorkerTeam
from models.enums import CaseStatus, DirectionMode, ExtensionStatus, PlanStatus, Priority, WaakvlamStatus

WEIGHTS_SETTING = "caseload_weights"  # local_setting key; the value is the JSON of CaseloadWeights
HELP_STATUSES = (CaseStatus.INTAKE, CaseStatus.ACTIVE)  # as on the Vandaag page
RANGE_MESSAGE = QT_TRANSLATE_NOOP("Errors", "Enter a number from {low} to {high}.")


@dataclass(frozen=True)
class CaseloadWeights:
    """How heavy a case counts. Per open case: status weight x priority factor, plus complexity
    (per involvement that has not ended, in segment B or C; and shared or other direction)."""

    intake: float = 1.0
    active: float = 1.0
    waakvlam: float = 0.3
    high_priority: float = 1.5          # factor; normal priority is 1
    segment_b: float = 0.25             # per involvement in segment B that has not ended
    segment_c: float = 0.5              # per involvement in segment C that has not ended
    shared_direction: float = 0.5       # once per case with samenregie or regie elders (case or help)
    overload_threshold: float = 35.0    # a weighted caseload from here on counts as overloaded

    LIMITS = {"overload_threshold": (1.0, 200.0)}  # every other field: 0-10
    DEFAULT_LIMITS = (0.0, 10.0)

    def status_weight(self, status: CaseStatus) -> float:
        return {CaseStatus.INTAKE: self.intake, CaseStatus.ACTIVE: self.active,
                CaseStatus.WAAKVLAM: self.waakvlam}.get(status, 0.0)

    def priority_factor(self, priority: Priority) -> float:
        return self.high_priority if priority is Priority.HIGH else 1.0

    @classmethod
    def limits(cls, name: str) -> tuple[float, float]:
        return cls.LIMITS.get(name, cls.DEFAULT_LIMITS)

    def validated(self) -> CaseloadWeights:
        """Itself, or a ValidationError naming every field out of range (as ``field -> message``)."""
        errors = FieldErrors()
        for f in fields(self):
            low, high = self.limits(f.name)
            value = getattr(self, f.name)
            if not isinstance(value, (int, float)) or not low <= float(value) <= high:
                errors.add(f.name, RANGE_MESSAGE, low=_number(low), high=_number(high))
        errors.raise_if_any()
        return replace(self, **{f.name: float(getattr(self, f.name)) for f in fields(self)})

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> CaseloadWeights:
        """Stored weights; a missing, unreadable or out-of-range value falls back to its default."""
        try:
            stored = json.loads(text) if text else {}
        except ValueError:
            stored = {}
        defaults = cls()
        values = {}
        for f in fields(cls):
            value = stored.get(f.name) if isinstance(stored, dict) else None
            low, high = cls.limits(f.name)
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and low <= value <= high
            values[f.name] = float(value) if ok else getattr(defaults, f.name)
        return cls(**values)


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


@dataclass(frozen=True)
class WorkerLoad:
    """One row of the team overview. ``worker_id`` None: the cases without a director, together."""

    worker_id: int | None
    name: str
    active: bool                  # the worker has not left
    member: bool                  # the worker is a member of the team
    intake_cases: int = 0
    active_cases: int = 0
    waakvlam_cases: int = 0
    high_priority: int = 0
    weighted: float = 0.0
    overdue_evaluations: int = 0
    overdue_waakvlam_contacts: int = 0
    help_past_norm: int = 0          # running help past its product's norm, or extended often (extensions.py)
    extensions_awaiting: int = 0     # extensions awaiting a supervisor's approval
    open_meldcode: int = 0         # open meldcode tracks on the worker's cases (only that they exist)

    @property
    def open_cases(self) -> int:
        return self.intake_cases + self.active_cases + self.waakvlam_cases

    @property
    def without_director(self) -> bool:
        """This worker's cases of the team have no director: they left or are not in the team."""
        return self.worker_id is not None and not (self.active and self.member)

    @property
    def overdue(self) -> int:
        return self.overdue_evaluations + self.overdue_waakvlam_contacts

    def needs_attention(self, weights: CaseloadWeights) -> bool:
        """Overloaded, or something overdue, or (the unassigned row) cases waiting for a director."""
        if self.worker_id is None:
            return self.open_cases > 0
        return (self.weighted >= weights.overload_threshold or self.overdue > 0 or self.help_past_norm > 0
                or self.extensions_awaiting > 0)


@dataclass(frozen=True)
class TeamOverview:
    team_id: int
    team_name: str
    rows: tuple[WorkerLoad, ...]    # by name; each open case of the team in exactly one row
    unassigned: WorkerLoad          # the cases of rows ``without_director``, together
    totals: WorkerLoad              # the whole team
    weights: CaseloadWeights
    approval_required: bool = False  # extensions in the team wait for a supervisor's approval
    team_version: int = 0            # to change that setting
    open_tracks: tuple[OpenTrackRow, ...] = ()  # the team's open meldcode tracks, longest open first

    @property
    def unassigned_cases(self) -> int:
        return self.unassigned.open_cases


@dataclass(frozen=True)
class TeamCaseRow(CaseloadRow):
    """A caseload row with the case's version, so a reassignment can check nobody changed it since."""

    version: int = 0


def with_versions(session: Session, rows: list[CaseloadRow]) -> list[TeamCaseRow]:
    if not rows:
        return []
    found = dict(session.execute(select(Case.id, Case.version).where(Case.id.in_([r.case_id for r in rows]))).all())
    return [TeamCaseRow(**{f.name: getattr(r, f.name) for f in fields(CaseloadRow)}, version=found[r.case_id])
            for r in rows]


class add_days(GenericFunction):  # noqa: N801 - a SQL function's name
    """``date + n days`` on SQLite and PostgreSQL alike."""

    type = Date()
    inherit_cache = True


@compiles(add_days, "sqlite")
def _add_days_sqlite(element, compiler, **kw):
    day, days = list(element.clauses)
    return f"date({compiler.process(day, **kw)}, '+' || ({compiler.process(days, **kw)}) || ' days')"


@compiles(add_days)
def _add_days_default(element, compiler, **kw):
    day, days = list(element.clauses)
    return f"({compiler.process(day, **kw)} + {compiler.process(days, **kw)})"


def _open_team_cases(team_id: int):
    return and_(Case.team_id == team_id, Case.status != CaseStatus.CLOSED)


def team_workers(session: Session, team_id: int) -> list[tuple[int, str, bool, bool]]:
    """(id, name, active, member) of the team's active members and of the directors of its open cases."""
    member = exists().where(WorkerTeam.worker_id == Worker.id, WorkerTeam.team_id == team_id)
    members = select(WorkerTeam.worker_id).where(WorkerTeam.team_id == team_id)
    directors = set(session.scalars(select(Case.director_id).where(_open_team_cases(team_id)).distinct()))
    q = (select(Worker.id, Worker.name, Worker.active, member)
         .where(or_(Worker.id.in_(members), Worker.id.in_(directors))).order_by(Worker.name, Worker.id))
    return [(i, n, bool(a), bool(m)) for i, n, a, m in session.execute(q) if (a and m) or i in directors]


def overdue_evaluations_by_director(session: Session, team_id: int, today: date) -> dict[int, int]:
    """Per director: the team's cases in intake/active whose next evaluation is before ``today``.

    One pass over these cases, their agreed plan and their evaluations, ranked per case to find the
    latest (on PostgreSQL each evaluation's visibility is then checked by the case's primary key, once)."""
    latest_first = func.row_number().over(partition_by=Case.id,
                                          order_by=(Evaluation.held_on.desc(), Evaluation.id.desc()))
    per_case = (select(Case.director_id, FamilyPlan.agreed_on, FamilyPlan.evaluation_interval_weeks,
                       Evaluation.held_on, Evaluation.next_date, latest_first.label("rank"))
                .join(FamilyPlan, and_(FamilyPlan.case_id == Case.id, FamilyPlan.status == PlanStatus.AGREED))
                .outerjoin(Evaluation, Evaluation.case_id == Case.id)
                .where(Case.team_id == team_id, Case.status.in_(HELP_STATUSES)).subquery("per_case"))
    c = per_case.c
    next_date = case((and_(c.held_on.is_not(None), c.held_on >= c.agreed_on), c.next_date),
                     else_=add_days(c.agreed_on, c.evaluation_interval_weeks * 7))
    q = (select(c.director_id, func.count())
         .where(c.rank == 1, next_date < literal(today, Date)).group_by(c.director_id))
    return dict(session.execute(q).all())


def overdue_waakvlams_by_director(session: Session, team_id: int, today: date) -> dict[int, int]:
    """Per director: running waakvlams of the team whose next contact is before ``today``."""
    held_later = aliased(WaakvlamContact)
    missed = aliased(WaakvlamContact)
    q = (select(Case.director_id, func.count(func.distinct(Waakvlam.id)))
         .join(Waakvlam, Waakvlam.case_id == Case.id)
         .join(missed, and_(missed.waakvlam_id == Waakvlam.id, missed.held_on.is_(None),
                            missed.planned_date < literal(today, Date)))
         .where(Case.team_id == team_id, Case.status == CaseStatus.WAAKVLAM,
                Waakvlam.status == WaakvlamStatus.ACTIVE,
                ~exists().where(held_later.waakvlam_id == Waakvlam.id, held_later.held_on.is_not(None),
                                held_later.planned_date >= missed.planned_date))
         .group_by(Case.director_id))
    return dict(session.execute(q).all())


def _case_counts(session: Session, team_id: int):
    """(director, status, priority, cases, cases with shared or other direction: the case's own mode,
    or that of an involvement that has not ended)."""
    shared_help = exists().where(Involvement.case_id == Case.id, Involvement.actual_end.is_(None),
                                 Involvement.direction != DirectionMode.SOCIAL_TEAM)
    shared = func.sum(case((or_(Case.direction_mode != DirectionMode.SOCIAL_TEAM, shared_help), 1), else_=0))
    return session.execute(
        select(Case.director_id, Case.status, Case.priority, func.count(), shared)
        .where(_open_team_cases(team_id)).group_by(Case.director_id, Case.status, Case.priority)).all()


def _involvement_counts(session: Session, team_id: int):
    """(director, segment code, involvements not ended) for segments B and C."""
    return session.execute(
        select(Case.director_id, Segment.code, func.count())
        .join(Involvement, Involvement.case_id == Case.id).join(Product, Product.id == Involvement.product_id)
        .join(Segment, Segment.id == Product.segment_id)
        .where(_open_team_cases(team_id), Involvement.actual_end.is_(None), Segment.code.in_(("B", "C")))
        .group_by(Case.director_id, Segment.code)).all()


def team_overview(session: Session, team_id: int, today: date, weights: CaseloadWeights) -> TeamOverview:
    team_name = session.scalar(select(Team.name).where(Team.id == team_id)) or ""
    load: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    count_field = {CaseStatus.INTAKE: "intake_cases", CaseStatus.ACTIVE: "active_cases",
                   CaseStatus.WAAKVLAM: "waakvlam_cases"}
    for director, status, priority, n, shared in _case_counts(session, team_id):
        figures = load[director]
        figures[count_field[status]] += n
        if priority is Priority.HIGH:
            figures["high_priority"] += n
        figures["weighted"] += n * weights.status_weight(status) * weights.priority_factor(priority)
        figures["weighted"] += (shared or 0) * weights.shared_direction
    per_segment = {"B": weights.segment_b, "C": weights.segment_c}
    for director, code, n in _involvement_counts(session, team_id):
        load[director]["weighted"] += n * per_segment[code]
    for director, n in overdue_evaluations_by_director(session, team_id, today).items():
        load[director]["overdue_evaluations"] += n
    for director, n in overdue_waakvlams_by_director(session, team_id, today).items():
        load[director]["overdue_waakvlam_contacts"] += n
    for director, field in extension_counts(session, team_id, today):
        load[director][field] += 1
    for director, n in open_tracks_by_director(session, team_id).items():
        load[director]["open_meldcode"] += n
    rows = tuple(_row(worker_id, name, active, member, load.get(worker_id, {}))
                 for worker_id, name, active, member in team_workers(session, team_id))
    approval, version = session.execute(select(Team.extension_approval, Team.version)
                                        .where(Team.id == team_id)).one_or_none() or (False, 0)
    return TeamOverview(team_id, team_name, rows, _sum(r for r in rows if r.without_director),
                        _sum(rows), weights, bool(approval), version, team_open_tracks(session, team_id, today))


def extension_counts(session: Session, team_id: int, today: date) -> list[tuple[int, str]]:
    """(director, WorkerLoad field) once per help past its norm and per extension awaiting approval."""
    cases = select(Case.id).where(_open_team_cases(team_id))
    directors = dict(session.execute(select(Case.id, Case.director_id).where(_open_team_cases(team_id))).all())
    found = [(directors[f.case_id], "help_past_norm") for f in norm_flags(session, cases, today)]
    found += [(directors[e.case_id], "extensions_awaiting")
              for e in extension_events(session, cases, today, status=ExtensionStatus.REQUESTED)]
    return [(d, field) for d, field in found if d is not None]


def _row(worker_id: int | None, name: str, active: bool, member: bool, figures: dict[str, float]) -> WorkerLoad:
    counts = {k: int(v) for k, v in figures.items() if k != "weighted"}
    return WorkerLoad(worker_id, name, active, member, weighted=round(figures.get("weighted", 0.0), 4), **counts)


def _sum(rows) -> WorkerLoad:
    total: dict[str, float] = defaultdict(float)
    for row in rows:
        for f in fields(WorkerLoad)[4:]:
            total[f.name] += getattr(row, f.name)
    return _row(None, "", False, False, total)
