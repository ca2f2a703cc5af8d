"""The team caseload a page at a time: sorted and searched in SQL, continued after the last row shown
(:mod:`app.queries.keyset`), so a list of 30,000 cases costs what one screenful costs."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, case, exists, func, or_, select
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


def _first_query(query: CaseQuery, team_ids: frozenset[int]) -> tuple[Select, tuple[ColumnElement, ...]]:
    """(the select of the page's keys, the keys: ending in the family id or the case id). By family name the
    families are walked in the order of their name index, each checked for an open case in scope, so
    the first page of 30,000 cases reads a hundred families, not 30,000 cases (one open case per
    family makes the family id a case's key); other sorts, and searches (a walk would read every family
    to find few or none), order the cases in scope."""
    search = _search(fold_words(query.search)) if query.search.strip() else []
    if query.sort is CaseSort.FAMILY and not search:
        open_case = in_scope(select(Case.id).where(Case.family_id == Family.id), team_ids=team_ids)
        keys = (Family.search_name, Family.id)
        return select(Family.id, *keys).where(open_case.exists()), keys
    keys = (Family.search_name, Family.id) if query.sort is CaseSort.FAMILY else (_SORT_KEYS[query.sort], Case.id)
    q = in_scope(select(keys[-1], *keys).select_from(Case).join(Family, Family.id == Case.family_id)
                 .join(Worker, Worker.id == Case.director_id), team_ids=team_ids)
    return q.where(*search), keys


def case_page(session: Session, today: date, query: CaseQuery, *, team_ids: frozenset[int],
              now: datetime | None = None) -> CasePage:
    """The open cases of ``team_ids`` that match ``query``, one page of them."""
    if not team_ids:
        return CasePage([], {}, None, 0, 0)
    q, keys = _first_query(query, team_ids)
    found = session.execute(ordered_after(q, keys, query.after, descending=query.descending,
                                          limit=query.limit)).all()
    page, after = split_page(found, query.limit, lambda r: tuple(r[1:]))
    total = counted = None
    if query.after is None:
        total = session.scalar(in_scope(select(func.count(Case.id)), team_ids=team_ids))
        counted = total if not query.search.strip() else session.scalar(
            select(func.count()).select_from(q.subquery()))
    ids = [r[0] for r in page]
    if not ids:
        return CasePage([], {}, None, total, counted)
    by_family = keys[-1] is Family.id
    cases = cases_by_id(session, ids, by_family=by_family, team_ids=team_ids)
    order = {i: n for n, i in enumerate(ids)}
    cases.sort(key=lambda c: order[c[0][1] if by_family else c[0][0]])
    plans = case_plans(session, [c[0][0] for c in cases])
    rows = rows_with_plans(cases, plans, today)
    open_ = [OpenCase(r.case_id, r.family_id, r.family_name, r.status, r.opened_on) for r in rows]
    return CasePage(rows, first_per_case(due_items(session, open_, today, plans=plans, now=now)), after, total, counted)
