"""The sharing gate (Jeugdwet 7.3.4 / 7.3.5 / 7.3.11): may a family's data go to a party, for a purpose, on a day?

Sharing needs, about every young person of the family, a consent given by those the age rule names on
that day (app/consent.py: under 12 the parents with authority, 12 to 15 the young person and those
parents, from 16 the young person alone) - for the right scope and party, given on or before the day,
not expired and not withdrawn. A consent given under another age rule (the young person turned 12 or
16 since) must be renewed first. A family without young persons needs each member's own consent.

Without those consents sharing is allowed only on a legal ground chosen with a reason: a party directly
involved in delivering the help, the certified institution during an OTS (7.3.11), or acute safety.
Pure functions: the service (app/services/sharing.py) reads the rows and records what was shared.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from app.consent import ConsentRule, PersonLike, who_must_consent
from app.i18n import QT_TRANSLATE_NOOP, translate
from models.enums import ConsentScope, MemberRole, SharingPurpose

REASON_MAX = 2000

# The consent scope each purpose needs.
SCOPE_FOR = {
    SharingPurpose.INVOLVEMENT: ConsentScope.PROVIDER,
    SharingPurpose.PLAN_FOR_PROVIDER: ConsentScope.PROVIDER,
    SharingPurpose.EVALUATION: ConsentScope.EVALUATION,
}


class ConsentLike(Protocol):
    id: int
    person_id: int
    scope: ConsentScope
    party: str | None
    rule: str
    given_on: date
    valid_until: date | None
    withdrawn_on: date | None


@dataclass(frozen=True)
class Concerned:
    """One person whose consent the sharing needs, and who must give it on the day."""

    person_id: int
    name: str
    rule: ConsentRule
    consenters: tuple[str, ...]
    authority_unknown: bool


@dataclass(frozen=True)
class MissingConsent:
    person_id: int
    name: str
    consenters: tuple[str, ...]
    renewal: bool             # a consent exists, but was given under another age rule: renew it
    authority_unknown: bool   # the parents must consent, but nobody is recorded with authority


@dataclass(frozen=True)
class GateDecision:
    purpose: SharingPurpose
    party: str
    on_date: date
    consent_ids: tuple[int, ...]          # the consents the sharing rests on
    missing: tuple[MissingConsent, ...]   # empty: allowed on consent

    @property
    def allowed(self) -> bool:
        return not self.missing

    def explanation(self) -> str:
        """What is missing from whom, translated, for the message at the field."""
        lines = []
        for m in self.missing:
            if m.authority_unknown:
                text = translate("Errors", QT_TRANSLATE_NOOP(
                    "Errors", "about {person}: nobody is recorded with parental authority"))
            elif m.renewal:
                text = translate("Errors", QT_TRANSLATE_NOOP(
                    "Errors", "about {person}: the consent must be renewed (new age rule), by {who}"))
            else:
                text = translate("Errors", QT_TRANSLATE_NOOP("Errors", "about {person}: from {who}"))
            lines.append(text.format(person=m.name, who=", ".join(m.consenters)))
        return "; ".join(lines)


def concerned(members: Iterable[PersonLike], on_date: date) -> tuple[Concerned, ...]:
    """Whose consent the sharing of the family's data needs on ``on_date``, by the age rule."""
    members = list(members)
    children = who_must_consent(members, on_date).children
    if children:
        return tuple(Concerned(c.person_id, c.name, c.rule, c.consenters, c.authority_unknown) for c in children)
    adults = sorted((m for m in members if m.role is not MemberRole.YOUNG_PERSON), key=lambda m: m.id)
    return tuple(Concerned(m.id, m.full_name, ConsentRule.YOUNG_PERSON, (m.full_name,), False) for m in adults)


def same_party(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def in_force(c: ConsentLike, on_date: date, withdrawn_by: date) -> bool:
    """Given on or before the day, not past its end, not withdrawn (a withdrawal counts from its own day)."""
    return (c.given_on <= on_date and (c.valid_until is None or c.valid_until >= on_date)
            and (c.withdrawn_on is None or c.withdrawn_on > withdrawn_by))


def covers(c: ConsentLike, scope: ConsentScope, party: str) -> bool:
    """The consent is for this scope and party; an evaluation consent without a party covers any provider's."""
    if c.scope is not scope:
        return False
    return same_party(c.party, party) or (scope is ConsentScope.EVALUATION and not c.party)


def decide(members: Iterable[PersonLike], consents: Iterable[ConsentLike], purpose: SharingPurpose, party: str,
           on_date: date, *, withdrawn_by: date | None = None) -> GateDecision:
    """Whether the family's consents allow sharing with ``party`` for ``purpose`` on ``on_date``.

    ``withdrawn_by`` (default ``on_date``): a consent withdrawn on or before that day is not used, so a
    sharing recorded today for an earlier day still honours a withdrawal of today."""
    scope = SCOPE_FOR[purpose]
    withdrawn_by = max(withdrawn_by or on_date, on_date)
    consents = [c for c in consents if covers(c, scope, party) and in_force(c, on_date, withdrawn_by)]
    used: list[int] = []
    missing: list[MissingConsent] = []
    for person in concerned(members, on_date):
        mine = [c for c in consents if c.person_id == person.person_id]
        right = [c for c in mine if c.rule == person.rule.value]
        if right and not person.authority_unknown:
            used.append(max(right, key=lambda c: (c.given_on, c.id)).id)
        else:
            missing.append(MissingConsent(person.person_id, person.name, person.consenters,
                                          renewal=bool(mine) and not right, authority_unknown=person.authority_unknown))
    return GateDecision(purpose, party, on_date, tuple(sorted(used)), tuple(missing))
