"""The team caseload a page at a time: sorted and searched in SQL, continued after the last row shown
(:mod:`app.queries.keyset`), so a list of 30,000 cases costs what one screenful costs."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from app.queries.caseload import CaseloadRow, cases_by_id, rows_with_plans
from app.queries.due import DueItem, OpenCase, case_plans, due_items, first_per_case, in_scope
from app.queries.keyset import PAGE_SIZE, Key, ordered_after, split_page
from models import Case, Family, Person, Worker
from models.enums import CaseStatus, MemberRole, Priority
from models.search_keys import fold_words


class CaseSort(StrEnum):
    """The columns a paged caseload sorts on in SQL."""

    FAMILY = "family"
    STATUS = "status"
    DIRECTOR = "director"
    PRIORITY = "priority"
    OPENED = "opened"


_SORT_KEYS: dict[CaseSort, ColumnElement] = {
    CaseSort.FAMILY: Family.search_name,  # folded, prefixes last: "Berg van den" sorts with the B
    CaseSort.STATUS: case({CaseStatus.INTAKE.value: 0, CaseStatus.ACTIVE.value: 1, CaseStatus.WAAKVLAM.value: 2},
                          value=Case.status, else_=3),
    CaseSort.DIRECTOR: func.lower(Worker.name),
    CaseSort.PRIORITY: case({Priority.HIGH.value: 0}, value=Case.priority, else_=1),
    CaseSort.OPENED: Case.opened_on,
}


@dataclass(frozen=True)
class CaseQuery:
    """Which page: the sort, the search words (family, child's first name or director), and where to
    continue (``after``: the key of the last row shown; None for the first page)."""

    sort: CaseSort = CaseSort.FAMILY
    descending: bool = False
    search: str = ""
    after: Key | None = None
    limit: int = PAGE_SIZE


@dataclass(frozen=True)
class CasePage:
    """One page of cases with their next due items; the counts come with the first page only."""

    rows: list[CaseloadRow]
    next_due: Mapping[int, DueItem] = field(default_factory=dict)
    after: Key | None = None
    total: int | None = None     # open cases in scope
    matching: int | None = None  # of them, those the search finds


def _search(words: list[str]) -> list[ColumnElement]:
    child = lambda word: exists().where(  # noqa: E731
        Person.family_id == Case.family_id, Person.role == MemberRole.YOUNG_PERSON,
        Person.search_first.contains(word, autoescape=True))
    return [or_(Family.search_name.contains(w, autoescape=True), func.lower(Worker.name).contains(w, autoescape=True),
                child(w)) for w in words]


def case_page(session: Session, today: date, query: CaseQuery, *, team_ids: frozenset[int]) -> CasePage:
    """The open cases of ``team_ids`` that match ``query``, one page of them."""
    key = _SORT_KEYS[query.sort]
    scope = in_scope(select(Case.id, key).join(Family, Family.id == Case.family_id)
                     .join(Worker, Worker.id == Case.director_id), team_ids=team_ids)
    matching = scope.where(and_(*_search(fold_words(query.search)))) if query.search.strip() else scope
    found = session.execute(ordered_after(matching, (key, Case.id), query.after, descending=query.descending,
                                          limit=query.limit)).all()
    page, after = split_page(found, query.limit, lambda r: (r[1], r[0]))
    total = counted = None
    if query.after is None:
        total = session.scalar(in_scope(select(func.count(Case.id)), team_ids=team_ids))
        counted = total if matching is scope else session.scalar(
            select(func.count()).select_from(matching.subquery()))
    ids = [r[0] for r in page]
    if not ids:
        return CasePage([], {}, None, total, counted)
    plans = case_plans(session, ids)
    by_id = {row.case_id: row for row in rows_with_plans(cases_by_id(session, ids), plans, today)}
    rows = [by_id[i] for i in ids if i in by_id]
    open_ = [OpenCase(r.case_id, r.family_id, r.family_name, r.status, r.opened_on) for r in rows]
    return CasePage(rows, first_per_case(due_items(session, open_, today, plans=plans)), after, total, counted)
