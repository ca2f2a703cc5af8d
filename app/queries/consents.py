"""Reading the consent register: a family's consents with their status on a day, and the consents
due for renewal because the young person reached 12 or 16 after the consent was given.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from app.consent import CHILD_ALONE_BELOW, YOUNG_PERSON_FROM
from app.queries.sharing import SharingRecordDTO
from app.validation import age_on
from models import Case, Consent, Person
from models.enums import ConsentForm, ConsentScope, MemberRole
from models.family import full_name


class ConsentStatus(StrEnum):
    VALID = "valid"
    RENEWAL_DUE = "renewal_due"  # the young person turned 12 or 16 since it was given
    EXPIRED = "expired"          # past its valid-until date
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class ConsentDTO:
    id: int
    family_id: int
    person_id: int
    person_name: str
    scope: ConsentScope
    party: str | None
    rule: str                    # app.consent.ConsentRule's value on the day it was given
    given_by: str                # the names of those who gave it
    form: ConsentForm
    given_on: date
    valid_until: date | None
    withdrawn_on: date | None
    note: str | None
    version: int
    status: ConsentStatus
    renewal_due_on: date | None  # the 12th or 16th birthday that made it due for renewal


@dataclass(frozen=True)
class ConsentRegister:
    family_id: int
    consents: tuple[ConsentDTO, ...]  # newest first
    shared: tuple[SharingRecordDTO, ...] = ()  # what was shared on them, newest first (the sharing gate)

    def count(self, status: ConsentStatus) -> int:
        return sum(1 for c in self.consents if c.status is status)


def boundary_after(born: date, given_on: date) -> date | None:
    """The first day after ``given_on`` on which another age rule applies (the 12th or 16th birthday;
    a 29 February birthday counts from 1 March in other years), or None from 16 on."""
    age = age_on(born, given_on)
    turns = next((a for a in (CHILD_ALONE_BELOW, YOUNG_PERSON_FROM) if age < a), None)
    if turns is None:
        return None
    try:
        return born.replace(year=born.year + turns)
    except ValueError:  # 29 February in a year without one
        return date(born.year + turns, 3, 1)


def renewal_due_on(role: MemberRole, born: date, given_on: date, today: date) -> date | None:
    """The birthday after ``given_on``, up to ``today``, that calls for renewal (young persons only)."""
    if role is not MemberRole.YOUNG_PERSON:
        return None
    boundary = boundary_after(born, given_on)
    return boundary if boundary is not None and boundary <= today else None


def consent_status(c: Consent, role: MemberRole, born: date, today: date) -> tuple[ConsentStatus, date | None]:
    if c.withdrawn_on is not None and c.withdrawn_on <= today:
        return ConsentStatus.WITHDRAWN, None
    if c.valid_until is not None and c.valid_until < today:
        return ConsentStatus.EXPIRED, None
    due = renewal_due_on(role, born, c.given_on, today)
    return (ConsentStatus.RENEWAL_DUE if due else ConsentStatus.VALID), due


def consent_dto(c: Consent, person: Person, today: date) -> ConsentDTO:
    status, due = consent_status(c, person.role, person.date_of_birth, today)
    return ConsentDTO(c.id, c.family_id, c.person_id, person.full_name, c.scope, c.party, c.rule, c.given_by,
                      c.form, c.given_on, c.valid_until, c.withdrawn_on, c.note, c.version, status, due)


def family_consents(session: Session, family_id: int, today: date) -> ConsentRegister:
    rows = session.execute(select(Consent, Person).join(Person, Person.id == Consent.person_id)
                           .where(Consent.family_id == family_id)
                           .order_by(Consent.given_on.desc(), Consent.id.desc())).all()
    return ConsentRegister(family_id, tuple(consent_dto(c, p, today) for c, p in rows))


def renewals_due(session: Session, case_ids: list[int] | Select, today: date) -> list[tuple[int, int, date, str]]:
    """(case id, consent id, due date, person's name) for every active consent about a young person of
    an open case's family that is due for renewal on ``today``."""
    youngest = date(today.year - CHILD_ALONE_BELOW, 12, 31)  # anyone born later is under 12 today
    rows = session.execute(
        select(Case.id, Consent.id, Consent.given_on, Person.date_of_birth, Person.first_name,
               Person.surname_prefix, Person.surname)
        .join(Consent, Consent.family_id == Case.family_id).join(Person, Person.id == Consent.person_id)
        .where(Case.id.in_(case_ids), Person.role == MemberRole.YOUNG_PERSON, Person.date_of_birth <= youngest,
               or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > today),
               or_(Consent.valid_until.is_(None), Consent.valid_until >= today)))
    found = []
    for case_id, consent_id, given_on, born, first, prefix, surname in rows:
        due = renewal_due_on(MemberRole.YOUNG_PERSON, born, given_on, today)
        if due is not None:
            found.append((case_id, consent_id, due, full_name(first, prefix, surname)))
    return found
