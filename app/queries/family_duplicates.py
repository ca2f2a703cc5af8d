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
from models.family import full_name
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
    matched_names: tuple[str, ...] = ()  # the known members who match what was typed


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


def candidates(keys: list[MemberKeys], team_ids: frozenset[int] | None):
    """The select of the known people matching one of ``keys``, in ``team_ids`` (None: every team); None
    when nothing typed can match. Names are only compared among people born that day: an index look-up."""
    conditions = []
    for k in keys:
        if k.bsn:
            conditions.append(Person.bsn == k.bsn)
        names = [Person.search_name == k.surname] if k.surname else []
        names += [Person.search_first == k.first_name] if k.first_name else []
        if k.born is not None and names:
            conditions.append(and_(Person.date_of_birth == k.born, or_(*names)))
    if not conditions:
        return None
    q = (select(Person.family_id, Person.bsn, Person.search_name, Person.search_first, Person.date_of_birth,
                Person.first_name, Person.surname_prefix, Person.surname)
         .join(Family, Family.id == Person.family_id).where(or_(*conditions)).order_by(Person.id))
    return q if team_ids is None else q.where(Family.team_id.in_(team_ids))


def find_duplicates(session: Session, keys: list[MemberKeys], team_ids: frozenset[int] | None) -> list[DuplicateMatch]:
    """The families in ``team_ids`` (None: every team) with a person matching one of ``keys``; the
    strongest matches first."""
    q = candidates(keys, team_ids)
    if q is None:
        return []
    reasons: dict[int, set[DuplicateReason]] = {}
    matched: dict[int, list[str]] = {}
    for family_id, bsn, surname, first, born, *name in session.execute(q):
        if why := _reasons(keys, bsn, surname, first, born):
            reasons.setdefault(family_id, set()).update(why)
            matched.setdefault(family_id, []).append(full_name(*name))
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
            member_names=[p.full_name for p in family.members], matched_names=tuple(matched[family_id]),
        ))
    return sorted(matches, key=lambda m: (order.index(m.reasons[0]), -len(m.reasons), m.family_id))
