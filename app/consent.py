"""Who must consent, by the young person's age (Jeugdwet 7.3.4 / 7.3.5).

Under 12 the parents with parental authority (gezag) decide; from 12 to 15 both the young person
and those parents; from 16 the young person alone. Pure functions: the age is taken on the given
day, so a 12th or 16th birthday on that very day already counts.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from app.validation import age_on
from models.enums import MemberRole

CHILD_ALONE_BELOW = 12   # under 12: the parents decide
YOUNG_PERSON_FROM = 16   # from 16: the young person decides alone


class ConsentRule(StrEnum):
    PARENTS = "parents"                      # under 12
    CHILD_AND_PARENTS = "child_and_parents"  # 12 to 15
    YOUNG_PERSON = "young_person"            # 16 and older


class PersonLike(Protocol):
    id: int
    role: MemberRole
    date_of_birth: date
    parental_authority: bool

    @property
    def full_name(self) -> str: ...


@dataclass(frozen=True)
class ChildConsent:
    """Whose consent is needed for one young person."""

    person_id: int
    name: str
    age: int
    rule: ConsentRule
    consenters: tuple[str, ...]      # names of everyone who must consent for this young person
    authority_unknown: bool          # the parents must consent but nobody is recorded with authority


@dataclass(frozen=True)
class ConsentRequirement:
    on_date: date
    children: tuple[ChildConsent, ...]  # oldest first

    @property
    def consenters(self) -> tuple[str, ...]:
        """Everyone who must consent for at least one young person, each once."""
        return tuple(dict.fromkeys(name for c in self.children for name in c.consenters))

    @property
    def authority_unknown(self) -> bool:
        return any(c.authority_unknown for c in self.children)


def consent_rule(age: int) -> ConsentRule:
    if age < CHILD_ALONE_BELOW:
        return ConsentRule.PARENTS
    if age < YOUNG_PERSON_FROM:
        return ConsentRule.CHILD_AND_PARENTS
    return ConsentRule.YOUNG_PERSON


def who_must_consent(members: Iterable[PersonLike], on_date: date) -> ConsentRequirement:
    """Per young person of the family, the rule for their age on ``on_date`` and who must consent."""
    members = list(members)
    parents = tuple(p.full_name for p in members if p.role is MemberRole.PARENT and p.parental_authority)
    children = []
    young = sorted((p for p in members if p.role is MemberRole.YOUNG_PERSON), key=lambda p: (p.date_of_birth, p.id))
    for child in young:
        age = age_on(child.date_of_birth, on_date)
        rule = consent_rule(age)
        own = (child.full_name,) if rule is not ConsentRule.PARENTS else ()
        by_parents = parents if rule is not ConsentRule.YOUNG_PERSON else ()
        children.append(ChildConsent(child.id, child.full_name, age, rule, own + by_parents,
                                     authority_unknown=rule is not ConsentRule.YOUNG_PERSON and not parents))
    return ConsentRequirement(on_date, tuple(children))
