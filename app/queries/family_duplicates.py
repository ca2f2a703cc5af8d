"""Known families that look like the one being taken in: the read side of the intake's duplicate check.

A member of the new family matches a known person on the BSN, on surname and date of birth, or on
first name and date of birth (a child who carries the other parent's surname). Names compare on the
folded keys the family search uses (:mod:`models.search_keys`): "Ozturk" is "Öztürk", "Berg" with
prefix "van den" is "van den Berg", so a name typed without accents is no reason to miss a family.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.validation import normalise_bsn
from models import Case, Family, Person
from models.enums import CaseStatus
from models.search_keys import first_name_key, name_key


class DuplicateReason(Enum):
    """Why a family matches, strongest first."""

    BSN = "bsn"
    SURNAME_BIRTH = "surname_birth"
    FIRST_NAME_BIRTH = "first_name_birth"


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing family that looks like the one being taken in."""

    family_id: int
    family_name: str
    reasons: tuple[DuplicateReason, ...]  # strongest first
    open_case_id: int | None
    member_names: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class MemberKeys:
    """What a typed member is compared on: the normalised BSN and the folded names with the birth date."""

    bsn: str | None
    surname: str
    first_name: str
    born: date | None

    @classmethod
    def of(cls, first_name: str | None, surname_prefix: str | None, surname: str | None, born: date | None,
           bsn: str | None) -> MemberKeys:
        return cls(normalise_bsn(bsn), name_key(surname_prefix, surname), first_name_key(first_name), born)


def _reasons(keys: list[MemberKeys], bsn: str | None, surname: str, first: str, born: date) -> set[DuplicateReason]:
    """Why one known person matches one of ``keys`` (each typed member on its own, never mixed)."""
    found = set()
    for k in keys:
        if k.bsn and k.bsn == bsn:
            found.add(DuplicateReason.BSN)
        if k.born == born and k.surname and k.surname == surname:
            found.add(DuplicateReason.SURNAME_BIRTH)
        if k.born == born and k.first_name and k.first_name == first:
            found.add(DuplicateReason.FIRST_NAME_BIRTH)
    return found


def _conditions(keys: list[MemberKeys]) -> list:
    conditions = []
    for k in keys:
        if k.bsn:
            conditions.append(Person.bsn == k.bsn)
        if k.born is not None:
            names = [Person.search_name == k.surname] if k.surname else []
            names += [Person.search_first == k.first_name] if k.first_name else []
            if names:
                conditions.append(and_(Person.date_of_birth == k.born, or_(*names)))
    return conditions


def find_duplicates(session: Session, keys: list[MemberKeys], team_ids: frozenset[int] | None) -> list[DuplicateMatch]:
    """The families in ``team_ids`` (None: every team) with a person matching one of ``keys``; the
    strongest matches first."""
    conditions = _conditions(keys)
    if not conditions:
        return []
    q = (select(Person.family_id, Person.bsn, Person.search_name, Person.search_first, Person.date_of_birth)
         .join(Family, Family.id == Person.family_id).where(or_(*conditions)))
    if team_ids is not None:
        q = q.where(Family.team_id.in_(team_ids))
    reasons: dict[int, set[DuplicateReason]] = {}
    for family_id, *person in session.execute(q):
        if why := _reasons(keys, *person):
            reasons.setdefault(family_id, set()).update(why)
    if not reasons:
        return []
    open_cases = dict(session.execute(select(Case.family_id, Case.id).where(
        Case.family_id.in_(reasons), Case.status != CaseStatus.CLOSED)).all())
    order = list(DuplicateReason)
    matches = []
    for family_id, why in reasons.items():
        family = session.get(Family, family_id)
        matches.append(DuplicateMatch(
            family_id=family_id, family_name=family.name,
            reasons=tuple(sorted(why, key=order.index)), open_case_id=open_cases.get(family_id),
            member_names=[p.full_name for p in family.members],
        ))
    return sorted(matches, key=lambda m: (order.index(m.reasons[0]), -len(m.reasons), m.family_id))
