"""Family search across the organisation (within the worker's teams): by BSN, date of birth or name.

What was typed decides the kind: nine digits are a BSN (11-check, exact match), ``dd-mm-jjjj``,
``d-m-jjjj`` or ``jjjj-mm-dd`` a date of birth, anything else names. Every word of a name must be
the start of the family's name, or of a member's surname or first name, ignoring case and accents
(``ozturk`` finds *Öztürk*; ``van den berg`` and ``berg`` find *van den Berg*). Each kind is an
index lookup: names on the folded keys of :mod:`models.search_keys` as ranges, never LIKE.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from enum import Enum

from sqlalchemy import and_, bindparam, exists, or_, select
from sqlalchemy.orm import Session, aliased

from app.validation import date_parts, is_valid_bsn, normalise_bsn
from models.family import full_name
from models import Case, Family, Person, Team, Worker
from models.enums import CaseStatus, MemberRole
from models.search_keys import SURNAME_PREFIXES, fold_words, plain_letters, prefix_upper_bound

DEFAULT_LIMIT = 50
_YEAR_FIRST = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class SearchKind(Enum):
    EMPTY = "empty"
    NAME = "name"
    BSN = "bsn"
    DATE_OF_BIRTH = "date_of_birth"
    INVALID_BSN = "invalid_bsn"      # nine digits that fail the 11-check
    INVALID_DATE = "invalid_date"    # looks like a date, but is no day of the calendar


@dataclass(frozen=True)
class SearchQuery:
    """What the typed text was recognised as."""

    kind: SearchKind
    words: tuple[str, ...] = ()
    bsn: str | None = None
    born: date | None = None


@dataclass(frozen=True)
class MemberHit:
    name: str
    date_of_birth: date
    role: MemberRole


@dataclass(frozen=True)
class FamilyHit:
    family_id: int
    family_name: str
    team_name: str
    members: tuple[MemberHit, ...]
    case_id: int | None = None  # the open case; else the latest closed one (None: never had one)
    case_status: CaseStatus | None = None
    director_name: str | None = None


@dataclass(frozen=True)
class FamilySearchResult:
    kind: SearchKind
    rows: tuple[FamilyHit, ...] = ()
    more: bool = False  # the limit was reached: there are more hits than shown


def _as_date(text: str, today: date | None) -> date | None | bool:
    """The date in ``text``; False when it is no date format at all, None when it is no real date. Day
    first as every date field reads it (:func:`app.validation.date_parts`, but not eight bare digits:
    that is an old BSN), or year first."""
    if match := _YEAR_FIRST.fullmatch(text):
        parts = tuple(int(g) for g in match.groups())
    elif text.isdigit() or (parts := date_parts(text, today=today)) is None:
        return False
    try:
        return date(*parts)
    except ValueError:
        return None


def parse_search(text: str, today: date | None = None) -> SearchQuery:
    """Recognises a BSN, a date of birth or names in what the worker typed (``today``: for two-digit years)."""
    text = text.strip()
    if not text:
        return SearchQuery(SearchKind.EMPTY)
    born = _as_date(text, today)
    if born is not False:
        return SearchQuery(SearchKind.DATE_OF_BIRTH, born=born) if born else SearchQuery(SearchKind.INVALID_DATE)
    bsn = normalise_bsn(text)
    if bsn is not None and bsn.isdigit() and len(bsn) == 9:
        return SearchQuery(SearchKind.BSN, bsn=bsn) if is_valid_bsn(bsn) else SearchQuery(SearchKind.INVALID_BSN)
    words = fold_words(text)
    # "van den berg" is "berg" (keys carry the surname prefix last); a lone "van" stays a word.
    meaningful = [w for w in words if w not in SURNAME_PREFIXES] or words
    return SearchQuery(SearchKind.NAME, words=tuple(dict.fromkeys(meaningful))) if words else SearchQuery(
        SearchKind.EMPTY)


def _starts(column, word: str):
    return and_(column >= word, column < prefix_upper_bound(word))


def _family_has(word: str):
    """Whether the family's name, or a member's surname or first name, starts with ``word``."""
    member = aliased(Person)
    return or_(_starts(Family.search_name, word), exists().where(
        member.family_id == Family.id, or_(_starts(member.search_name, word), _starts(member.search_first, word))))


def _name_matches(session: Session, words: tuple[str, ...], team_ids: frozenset[int] | None, cap: int) -> set[int]:
    """Up to ``cap`` families per key (family name, surname, first name) where the longest word starts
    the key and every other word matches the family somewhere. Each scan walks one index and stops
    at ``cap``: a one-letter search does not collect half the city first."""
    first, *others = sorted(words, key=len, reverse=True)  # the longest word narrows most
    found: set[int] = set()
    for key in (Family.search_name, Person.search_name, Person.search_first):
        q = select(Family.id).distinct()
        if key is not Family.search_name:
            q = select(Person.family_id).distinct().join(Family, Family.id == Person.family_id)
        q = q.where(_starts(key, first), *(_family_has(w) for w in others))
        if team_ids is not None:
            q = q.where(Family.team_id.in_(team_ids))
        found.update(session.scalars(q.limit(cap)))
    return found


def _families_where(condition, in_teams: bool):
    """The hit list's select: families meeting ``condition`` (in the teams ``:teams``), ``:cap`` at most."""
    q = (select(Family.id, Family.name, Team.name).join(Team, Team.id == Family.team_id).where(condition)
         .order_by(Family.search_name, Family.id).limit(bindparam("cap")))
    return q.where(Family.team_id.in_(bindparam("teams", expanding=True))) if in_teams else q


# Built once (bound parameters only), so a search spends no time building or keying its statements.
_BY_MEMBER = {(kind, in_teams): _families_where(Family.id.in_(select(Person.family_id).where(
    column == bindparam("value"))), in_teams)
    for kind, column in ((SearchKind.BSN, Person.bsn), (SearchKind.DATE_OF_BIRTH, Person.date_of_birth))
    for in_teams in (False, True)}
_BY_IDS = _families_where(Family.id.in_(bindparam("ids", expanding=True)), in_teams=False)  # ids in the teams


def _found(session: Session, query: SearchQuery, team_ids: frozenset[int] | None, cap: int):
    if query.kind is SearchKind.NAME:
        ids = _name_matches(session, query.words, team_ids, cap)  # already within the teams
        return session.execute(_BY_IDS, {"cap": cap, "ids": sorted(ids)}).all() if ids else []
    params = {"cap": cap} if team_ids is None else {"cap": cap, "teams": sorted(team_ids)}
    params["value"] = query.bsn if query.kind is SearchKind.BSN else query.born
    return session.execute(_BY_MEMBER[query.kind, team_ids is not None], params).all()


def search_families(session: Session, query: SearchQuery, *, team_ids: frozenset[int] | None,
                    limit: int = DEFAULT_LIMIT) -> FamilySearchResult:
    """The families matching ``query`` in ``team_ids`` (None: every team), by name; ``limit`` at most."""
    if query.kind not in (SearchKind.BSN, SearchKind.DATE_OF_BIRTH, SearchKind.NAME):
        return FamilySearchResult(query.kind)
    found = _found(session, query, team_ids, limit + 1)
    if not found and query.kind is SearchKind.NAME and len(query.words) > 1:
        # Several words may be one multi-word name ("el amrani"): try them as one phrase.
        return search_families(session, SearchQuery(SearchKind.NAME, words=(" ".join(query.words),)),
                               team_ids=team_ids, limit=limit)
    more = len(found) > limit
    found = found[:limit]
    ids = [row[0] for row in found]
    members, cases = _members_of(session, ids), _cases_of(session, ids)
    rows = tuple(
        FamilyHit(fid, name, team, tuple(members[fid]), *cases.get(fid, (None, None, None)))
        for fid, name, team in found
    )
    return FamilySearchResult(query.kind, rows, more)


_MEMBERS = (select(Person.family_id, Person.first_name, Person.surname_prefix, Person.surname, Person.date_of_birth,
                   Person.role).where(Person.family_id.in_(bindparam("ids", expanding=True)))
            .order_by(Person.family_id, Person.date_of_birth, Person.id))
_CASES = (select(Case.family_id, Case.id, Case.status, Worker.name).join(Worker, Worker.id == Case.director_id)
          .where(Case.family_id.in_(bindparam("ids", expanding=True))).order_by(Case.family_id, Case.id))


def _members_of(session: Session, family_ids: list[int]) -> dict[int, list[MemberHit]]:
    members: dict[int, list[MemberHit]] = defaultdict(list)
    if not family_ids:
        return members
    for fid, first, prefix, surname, born, role in session.execute(_MEMBERS, {"ids": family_ids}):
        name = full_name(first, prefix, surname)
        members[fid].append(MemberHit(name, born, role))
    return members


def _cases_of(session: Session, family_ids: list[int]) -> dict[int, tuple[int, CaseStatus, str]]:
    """Per family its open case, or else its latest one: (case id, status, director)."""
    cases: dict[int, tuple[int, CaseStatus, str]] = {}
    if not family_ids:
        return cases
    for fid, case_id, status, director in session.execute(_CASES, {"ids": family_ids}):
        if fid not in cases or cases[fid][1] is CaseStatus.CLOSED:
            cases[fid] = (case_id, status, director)
    return cases
