"""Caseload rows for printing and spreadsheets: the caseload list plus the figures a supervisor asks
for on paper (days open, next evaluation, providers involved)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.queries.caseload import CaseloadRow, caseload_rows
from app.queries.plan_print import next_evaluation_date
from app.queries.plan_versions import PlanVersions
from models import Case, Evaluation, FamilyPlan, Involvement, Team
from models.enums import CaseStatus, PlanStatus, Priority


@dataclass(frozen=True)
class CaseloadExportRow:
    case_id: int
    family_id: int
    family_name: str
    children: str            # "Zoë (11), Daan (8)"
    child_count: int
    status: CaseStatus
    plan: PlanVersions       # the agreed version and the draft in progress
    director_name: str
    team_name: str
    priority: Priority
    opened_on: date
    days_open: int
    next_evaluation: date | None
    providers: int           # involvements still running

    def evaluation_overdue(self, today: date) -> bool:
        return self.next_evaluation is not None and self.next_evaluation < today


def caseload_export_rows(session: Session, today: date, *, director_id: int | None = None,
                         team_ids: frozenset[int] | None = None) -> list[CaseloadExportRow]:
    rows = caseload_rows(session, today, director_id=director_id, team_ids=team_ids)
    if not rows:
        return []
    ids = [r.case_id for r in rows]
    teams = dict(session.execute(select(Case.id, Team.name).join(Team, Team.id == Case.team_id)
                                 .where(Case.id.in_(ids))).all())
    agreed = {cid: (on, weeks) for cid, on, weeks in session.execute(
        select(FamilyPlan.case_id, FamilyPlan.agreed_on, FamilyPlan.evaluation_interval_weeks)
        .where(FamilyPlan.case_id.in_(ids), FamilyPlan.status == PlanStatus.AGREED))}
    last: dict[int, tuple[date, date | None]] = {}
    for cid, held, nxt in session.execute(
        select(Evaluation.case_id, Evaluation.held_on, Evaluation.next_date)
        .where(Evaluation.case_id.in_(ids), Evaluation.held_on <= today).order_by(Evaluation.held_on, Evaluation.id)
    ):
        last[cid] = (held, nxt)
    providers = Counter(dict(session.execute(
        select(Involvement.case_id, func.count(Involvement.id))
        .where(Involvement.case_id.in_(ids), Involvement.actual_end.is_(None)).group_by(Involvement.case_id)
    ).all()))
    return [_row(r, teams.get(r.case_id, ""), agreed.get(r.case_id), last.get(r.case_id), providers[r.case_id],
                 today) for r in rows]


def _row(r: CaseloadRow, team: str, agreed: tuple[date, int] | None, last: tuple[date, date | None] | None,
         providers: int, today: date) -> CaseloadExportRow:
    next_eval = None
    if agreed is not None:
        next_eval = next_evaluation_date(agreed[1], agreed[0], last[0] if last else None, last[1] if last else None)
    return CaseloadExportRow(
        case_id=r.case_id, family_id=r.family_id, family_name=r.family_name, children=r.children_text,
        child_count=len(r.children), status=r.status, plan=r.plan, director_name=r.director_name,
        team_name=team, priority=r.priority, opened_on=r.opened_on, days_open=(today - r.opened_on).days,
        next_evaluation=next_eval, providers=providers,
    )
