"""Caseload lists: one row per open case, ready to show."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Row, and_, exists, select
from sqlalchemy.orm import Session

from app.queries.due import DueItem, OpenCase, case_plans, due_items, first_per_case, in_scope
from app.queries.plan_versions import NO_PLAN, PlanVersions, plan_versions
from app.validation import age_on
from models import Case, Family, MeldcodeTrack, Person, Worker
from models.enums import CaseStatus, DirectionMode, MemberRole, PlanStatus, Priority


@dataclass(frozen=True)
class ChildSummary:
    first_name: str
    age: int


@dataclass(frozen=True)
class CaseloadRow:
    case_id: int
    family_id: int
    family_name: str
    children: tuple[ChildSummary, ...]
    status: CaseStatus
    director_id: int
    director_name: str
    priority: Priority
    opened_on: date
    plan: PlanVersions  # the agreed version and the draft in progress
    direction_mode: DirectionMode = DirectionMode.SOCIAL_TEAM
    direction_organisation: str | None = None  # who holds it, for samenregie or elsewhere
    meldcode_open: bool = False  # a meldcode track is open on the case (only that: no content)

    @property
    def plan_status(self) -> PlanStatus | None:
        return self.plan.status

    @property
    def children_text(self) -> str:
        return ", ".join(f"{c.first_name} ({c.age})" for c in self.children)


ID_LIST_LIMIT = 200  # up to this many cases, their ids are sent as a list (cheaper to plan than a subquery)


@dataclass(frozen=True)
class Caseload:
    """What a caseload page shows, loaded together: the cases and, per case id, its next due item."""

    rows: list[CaseloadRow]
    next_due: Mapping[int, DueItem] = field(default_factory=dict)


def caseload_rows(session: Session, today: date, *, director_id: int | None = None,
                  team_ids: frozenset[int] | None = None, include_closed: bool = False) -> list[CaseloadRow]:
    """Open cases of one director, or of the given teams; children with their age on ``today``."""
    scope = {"director_id": director_id, "team_ids": team_ids, "include_closed": include_closed}
    cases = _cases(session, in_scope(_CASES, **scope))
    return rows_with_plans(cases, case_plans(session, in_scope(select(Case.id), **scope)) if cases else [], today)


def caseload_with_due(session: Session, today: date, *, director_id: int | None = None,
                      team_ids: frozenset[int] | None = None, now: datetime | None = None) -> Caseload:
    """:func:`caseload_rows` and each case's first :func:`due_items` item, reading the cases and their
    plans once for both. Beyond :data:`ID_LIST_LIMIT` cases the ids go to the database as subqueries on
    the same cases instead of lists (a team's 1,500 bound ids cost more than the subquery)."""
    scope = {"director_id": director_id, "team_ids": team_ids}
    cases = _cases(session, in_scope(_CASES, **scope))
    if not cases:
        return Caseload([])
    subquery = in_scope(select(Case.id), **scope) if len(cases) > ID_LIST_LIMIT else None
    plans = case_plans(session, [case[0] for case, _children in cases] if subquery is None else subquery)
    rows = rows_with_plans(cases, plans, today)
    open_ = [OpenCase(r.case_id, r.family_id, r.family_name, r.status, r.opened_on) for r in rows]
    return Caseload(rows, first_per_case(due_items(session, open_, today, plans=plans, scope=subquery, now=now)))


_CASES = (
    select(Case.id, Case.family_id, Family.name, Case.status, Case.director_id, Worker.name,
           Case.priority, Case.opened_on, Case.direction_mode, Case.direction_organisation,
           exists().where(MeldcodeTrack.case_id == Case.id, MeldcodeTrack.closed_on.is_(None)).label("meldcode"),
           Person.first_name, Person.date_of_birth)
    .join(Family, Family.id == Case.family_id)
    .join(Worker, Worker.id == Case.director_id)
    .outerjoin(Person, and_(Person.family_id == Case.family_id, Person.role == MemberRole.YOUNG_PERSON))
)
CaseLines = list[tuple[tuple, list[tuple[str, date]]]]


def cases_by_id(session: Session, ids: list[int], *, by_family: bool = False,
                team_ids: frozenset[int] | None = None) -> CaseLines:
    """The cases ``ids`` - or the open cases in ``team_ids`` of the families ``ids`` - with their
    children, in no particular order, for :func:`rows_with_plans`."""
    if by_family:
        return _cases(session, in_scope(_CASES.where(Case.family_id.in_(ids)), team_ids=team_ids))
    return _cases(session, _CASES.where(Case.id.in_(ids)))


def _cases(session: Session, q) -> CaseLines:
    """The cases in order, each with its family's children (youngest last), in one statement."""
    cases: CaseLines = []
    last = None
    for *case, first, born in session.execute(q.order_by(Family.name, Case.id, Person.date_of_birth, Person.id)):
        if case[0] != last:
            last = case[0]
            cases.append((tuple(case), []))
        if first is not None:
            cases[-1][1].append((first, born))
    return cases


def rows_with_plans(cases: CaseLines, plans: Iterable[Row], today: date) -> list[CaseloadRow]:
    """The rows of ``cases``, with the versions of the plan shown and the children's age on ``today``."""
    versions = plan_versions(plans)
    return [
        CaseloadRow(
            case_id=cid, family_id=fid, family_name=name,
            children=tuple(ChildSummary(first, age_on(born, today)) for first, born in children), status=status,
            director_id=did, director_name=dname, priority=prio, opened_on=opened,
            plan=versions.get(cid, NO_PLAN), direction_mode=mode, direction_organisation=holder,
            meldcode_open=bool(meldcode),
        )
        for (cid, fid, name, status, did, dname, prio, opened, mode, holder, meldcode), children in cases
    ]
