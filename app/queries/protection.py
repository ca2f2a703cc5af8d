"""Read side of the child-protection measures: per young person of a family, and what runs today."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from models import Case, Person, ProtectionMeasure
from models.enums import CaseStatus, ProtectionKind
from models.family import full_name

ENDING_NOTICE_MONTHS = 3   # the team prepares the end (or the extension) with the GI three months ahead
PLACEMENT_AFTER_DAYS = 7   # an out-of-home placement stays on the list for a week after the day


def shift_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (negative: back); the month's last day when the month is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def ending_notice_on(ends_on: date) -> date:
    """The day from which an order's end is a due item: three months before it ends."""
    return shift_months(ends_on, -ENDING_NOTICE_MONTHS)


@dataclass(frozen=True)
class MeasureDTO:
    id: int
    family_id: int
    case_id: int
    person_id: int
    person_name: str
    kind: ProtectionKind
    institution: str
    guardian_name: str | None
    guardian_contact: str | None
    starts_on: date
    ends_on: date | None
    placement_on: date | None
    extensions: int
    version: int
    running: bool  # on the day it was read

    @property
    def is_order(self) -> bool:
        """A (provisional) OTS: a court order with an end; guardianship lasts until 18."""
        return self.kind is not ProtectionKind.GUARDIANSHIP


def is_running(starts_on: date, ends_on: date | None, today: date) -> bool:
    return starts_on <= today and (ends_on is None or ends_on >= today)


def measure_dto(m: ProtectionMeasure, person_name: str, today: date) -> MeasureDTO:
    return MeasureDTO(m.id, m.family_id, m.case_id, m.person_id, person_name, m.kind, m.institution,
                      m.guardian_name, m.guardian_contact, m.starts_on, m.ends_on, m.placement_on, m.extensions,
                      m.version, is_running(m.starts_on, m.ends_on, today))


_COLUMNS = (ProtectionMeasure, Person.first_name, Person.surname_prefix, Person.surname)


def family_measures(session: Session, family_id: int, today: date) -> tuple[MeasureDTO, ...]:
    """Every measure about the family's young people: per person, the latest start first."""
    rows = session.execute(select(*_COLUMNS).join(Person, Person.id == ProtectionMeasure.person_id)
                           .where(ProtectionMeasure.family_id == family_id)
                           .order_by(ProtectionMeasure.person_id, ProtectionMeasure.starts_on.desc(),
                                     ProtectionMeasure.id.desc()))
    return tuple(measure_dto(m, full_name(first, prefix, surname), today) for m, first, prefix, surname in rows)


def running_measures(session: Session, family_id: int, today: date) -> tuple[MeasureDTO, ...]:
    """The family's measures running on ``today``, the one ending first first (guardianship last)."""
    rows = session.execute(select(*_COLUMNS).join(Person, Person.id == ProtectionMeasure.person_id)
                           .where(ProtectionMeasure.family_id == family_id, ProtectionMeasure.starts_on <= today,
                                  or_(ProtectionMeasure.ends_on.is_(None), ProtectionMeasure.ends_on >= today)))
    found = [measure_dto(m, full_name(first, prefix, surname), today) for m, first, prefix, surname in rows]
    return tuple(sorted(found, key=lambda m: (m.ends_on is None, m.ends_on or date.max, m.id)))


def measures_due(session: Session, case_ids: list[int] | Select, today: date) -> list[tuple[str, int, int, date, str]]:
    """(what, case id, measure id, due date, young person's first name) of the open cases' measures:
    ``"ending"`` for an order ending within three months (dated its end; from the day three months
    before the end up to the end), ``"placement"`` for an out-of-home placement from today on (up to a
    week after it, dated its day) - the moments the team cooperates with the certified institution."""
    rows = session.execute(
        select(ProtectionMeasure.case_id, ProtectionMeasure.id, ProtectionMeasure.kind, ProtectionMeasure.ends_on,
               ProtectionMeasure.placement_on, Person.first_name)
        .join(Person, Person.id == ProtectionMeasure.person_id).join(Case, Case.id == ProtectionMeasure.case_id)
        .where(ProtectionMeasure.case_id.in_(case_ids), Case.status != CaseStatus.CLOSED,
               or_(ProtectionMeasure.ends_on.is_(None), ProtectionMeasure.ends_on >= today)))
    found = []
    for case_id, measure_id, kind, ends_on, placement_on, first in rows:
        if kind is not ProtectionKind.GUARDIANSHIP and ends_on is not None and ending_notice_on(ends_on) <= today:
            found.append(("ending", case_id, measure_id, ends_on, first))
        if placement_on is not None and (placement_on - today).days >= -PLACEMENT_AFTER_DAYS:
            found.append(("placement", case_id, measure_id, placement_on, first))
    return found
