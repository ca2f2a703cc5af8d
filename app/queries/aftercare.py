"""Read side of aftercare (when help ends or a case closes) and of the transition plans towards 18.

A young person gets a due item to plan the transition to adulthood on the day they turn 16 1/2, shown
from four weeks before that day, until they turn 18 or a plan with a responsible person is recorded;
only in open cases. Birthdays count as :func:`app.validation.age_on` counts them: someone born on
29 February turns a year older on 1 March in a year without that day, and a half-year birthday that
falls on a day the month lacks (31 August + 6 months) moves to the first of the next month.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models import Aftercare, Case, Involvement, Person, Provider, TransitionPlan
from models.enums import AftercareKind, AftercareNoneReason, CaseStatus, MemberRole, TransitionDomain
from models.family import full_name

TRANSITION_FROM_MONTHS = 16 * 12 + 6  # 16 1/2: plan the transition to adulthood
ADULT_MONTHS = 18 * 12                # help under the Jeugdwet ends at 18 (unless extended)
TRANSITION_SHOWN_BEFORE = timedelta(weeks=4)
DOMAIN_SEPARATOR = ","


def months_after(born: date, months: int) -> date:
    """The day ``months`` after ``born``; when that month lacks the day, the first of the next month
    (as a birthday on 29 February is passed on 1 March)."""
    index = born.year * 12 + born.month - 1 + months
    year, month = index // 12, index % 12 + 1
    if born.day <= calendar.monthrange(year, month)[1]:
        return date(year, month, born.day)
    return date(year, month, calendar.monthrange(year, month)[1]) + timedelta(days=1)


def transition_due_on(born: date) -> date:
    """The day a young person turns 16 1/2: the transition plan is due."""
    return months_after(born, TRANSITION_FROM_MONTHS)


def adult_on(born: date) -> date:
    """The day a young person turns 18."""
    return months_after(born, ADULT_MONTHS)


def domains_text(domains) -> str:
    """The stored form of a set of domains: their values, in the enum's order, comma-separated."""
    chosen = set(domains)
    return DOMAIN_SEPARATOR.join(d.value for d in TransitionDomain if d in chosen)


def domains_of(stored: str) -> tuple[TransitionDomain, ...]:
    return tuple(TransitionDomain(v) for v in stored.split(DOMAIN_SEPARATOR) if v)


@dataclass(frozen=True)
class AftercareDTO:
    id: int
    case_id: int
    involvement_id: int | None  # None: recorded when the case closed
    provider_name: str | None   # the provider of the ended help
    kind: AftercareKind
    who: str | None
    what: str | None
    none_reason: AftercareNoneReason | None
    note: str | None
    recorded_on: date


def aftercare_dto(a: Aftercare, provider_name: str | None) -> AftercareDTO:
    return AftercareDTO(a.id, a.case_id, a.involvement_id, provider_name, a.kind, a.who, a.what, a.none_reason,
                        a.note, a.recorded_on)


def case_aftercare(session: Session, case_id: int) -> tuple[AftercareDTO, ...]:
    """The aftercare recorded in the case, oldest first, with the provider of the ended help."""
    rows = session.execute(
        select(Aftercare, Provider.name).outerjoin(Involvement, Involvement.id == Aftercare.involvement_id)
        .outerjoin(Provider, Provider.id == Involvement.provider_id)
        .where(Aftercare.case_id == case_id).order_by(Aftercare.recorded_on, Aftercare.id))
    return tuple(aftercare_dto(a, name) for a, name in rows)


@dataclass(frozen=True)
class TransitionPlanDTO:
    id: int
    family_id: int
    case_id: int
    person_id: int
    person_name: str
    domains: tuple[TransitionDomain, ...]
    responsible: str | None
    agreed: str | None
    agreed_on: date
    version: int

    @property
    def settled(self) -> bool:
        """A plan with a responsible person: the due item is done."""
        return bool(self.responsible)


def transition_dto(p: TransitionPlan, person_name: str) -> TransitionPlanDTO:
    return TransitionPlanDTO(p.id, p.family_id, p.case_id, p.person_id, person_name, domains_of(p.domains),
                             p.responsible, p.agreed, p.agreed_on, p.version)


_PLAN_COLUMNS = (TransitionPlan, Person.first_name, Person.surname_prefix, Person.surname)


def family_transition_plans(session: Session, family_id: int) -> tuple[TransitionPlanDTO, ...]:
    """The transition plans of the family's young people, the eldest first."""
    rows = session.execute(select(*_PLAN_COLUMNS).join(Person, Person.id == TransitionPlan.person_id)
                           .where(TransitionPlan.family_id == family_id)
                           .order_by(Person.date_of_birth, TransitionPlan.id))
    return tuple(transition_dto(p, full_name(first, prefix, surname)) for p, first, prefix, surname in rows)


def person_transition_plans(session: Session, person_id: int) -> tuple[TransitionPlanDTO, ...]:
    rows = session.execute(select(*_PLAN_COLUMNS).join(Person, Person.id == TransitionPlan.person_id)
                           .where(TransitionPlan.person_id == person_id))
    return tuple(transition_dto(p, full_name(first, prefix, surname)) for p, first, prefix, surname in rows)


class TransitionStatus(StrEnum):
    """Where a young person stands with the transition to adulthood, on a given day."""
    NOT_YET = "not_yet"                  # more than four weeks before 16 1/2
    SOON = "soon"                        # within four weeks of 16 1/2: the due item shows
    DUE = "due"                          # 16 1/2 or older, no plan with a responsible person
    NO_RESPONSIBLE = "no_responsible"    # a plan, but nobody responsible yet (still due from 16 1/2 - 4 weeks)
    PLANNED = "planned"                  # a plan with a responsible person
    ADULT = "adult"                      # 18 or older without a plan


def transition_status(born: date, plan: TransitionPlanDTO | None, today: date) -> TransitionStatus:
    """The status the Gezin tab shows; the same days as :func:`transitions_due`."""
    if plan is not None and plan.settled:
        return TransitionStatus.PLANNED
    if plan is not None:
        return TransitionStatus.NO_RESPONSIBLE
    if today >= adult_on(born):
        return TransitionStatus.ADULT
    due = transition_due_on(born)
    if today >= due:
        return TransitionStatus.DUE
    return TransitionStatus.SOON if today >= due - TRANSITION_SHOWN_BEFORE else TransitionStatus.NOT_YET


def transitions_due(session: Session, case_ids: list[int] | Select, today: date) -> list[tuple[int, int, date, str]]:
    """(case id, person id, due date, first name) of every young person of an open case's family who turns
    16 1/2 within four weeks or did so already, is not 18 yet and has no transition plan with a
    responsible person. The database narrows by date of birth (a few days wide); the exact days here."""
    slack = timedelta(days=3)  # month lengths: the exact rule is applied below
    born_by = months_after(today + TRANSITION_SHOWN_BEFORE, -TRANSITION_FROM_MONTHS) + slack
    born_after = months_after(today, -ADULT_MONTHS) - slack
    settled = select(TransitionPlan.id).where(TransitionPlan.person_id == Person.id,
                                              TransitionPlan.responsible.is_not(None)).exists()
    rows = session.execute(
        select(Case.id, Person.id, Person.date_of_birth, Person.first_name)
        .join(Person, Person.family_id == Case.family_id)
        .where(Case.id.in_(case_ids), Case.status != CaseStatus.CLOSED, Person.role == MemberRole.YOUNG_PERSON,
               Person.date_of_birth <= born_by, Person.date_of_birth >= born_after, ~settled))
    found = []
    for case_id, person_id, born, first in rows:
        due = transition_due_on(born)
        if due - TRANSITION_SHOWN_BEFORE <= today < adult_on(born):
            found.append((case_id, person_id, due, first))
    return found
