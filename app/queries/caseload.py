"""Caseload lists: one row per open case, ready to show."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.validation import age_on
from models import Case, Family, FamilyPlan, Person, Worker
from models.enums import CaseStatus, MemberRole, PlanStatus, Priority


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
    plan_status: PlanStatus | None

    @property
    def children_text(self) -> str:
        return ", ".join(f"{c.first_name} ({c.age})" for c in self.children)


def caseload_rows(session: Session, today: date, *, director_id: int | None = None,
                  team_ids: frozenset[int] | None = None, include_closed: bool = False) -> list[CaseloadRow]:
    """Open cases of one director, or of the given teams; children with their age on ``today``."""
    q = (
        select(Case.id, Case.family_id, Family.name, Case.status, Case.director_id, Worker.name,
               Case.priority, Case.opened_on)
        .join(Family, Family.id == Case.family_id)
        .join(Worker, Worker.id == Case.director_id)
    )
    if not include_closed:
        q = q.where(Case.status != CaseStatus.CLOSED)
    if director_id is not None:
        q = q.where(Case.director_id == director_id)
    if team_ids is not None:
        q = q.where(Case.team_id.in_(team_ids))
    cases = session.execute(q.order_by(Family.name, Case.id)).all()
    if not cases:
        return []
    family_ids = {c[1] for c in cases}
    children: dict[int, list[ChildSummary]] = defaultdict(list)
    for fam_id, first, born in session.execute(
        select(Person.family_id, Person.first_name, Person.date_of_birth)
        .where(Person.family_id.in_(family_ids), Person.role == MemberRole.YOUNG_PERSON)
        .order_by(Person.date_of_birth)
    ):
        children[fam_id].append(ChildSummary(first, age_on(born, today)))
    case_ids = [c[0] for c in cases]
    plan_status: dict[int, PlanStatus] = {}
    for case_id, status in session.execute(
        select(FamilyPlan.case_id, FamilyPlan.status)
        .where(FamilyPlan.case_id.in_(case_ids), FamilyPlan.status != PlanStatus.SUPERSEDED)
    ):
        # A draft on top of an agreed plan is what the worker is working on: show it.
        if plan_status.get(case_id) is None or status is PlanStatus.DRAFT:
            plan_status[case_id] = status
    return [
        CaseloadRow(
            case_id=cid, family_id=fid, family_name=name, children=tuple(children[fid]), status=status,
            director_id=did, director_name=dname, priority=prio, opened_on=opened,
            plan_status=plan_status.get(cid),
        )
        for cid, fid, name, status, did, dname, prio, opened in cases
    ]
