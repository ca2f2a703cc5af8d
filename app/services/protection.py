"""Child-protection measures per young person (Burgerlijk Wetboek 1:255, 1:257, 1:265c, 1:302): recording,
correcting and extending a (provisional) OTS or guardianship.

A provisional OTS lasts at most three months, an OTS at most a year and is extended a year at a time
(each extension a case event with the old and new end); both end at the latest when the young person
turns 18. While a measure runs the family guardian of the certified institution directs: the service
says so (``suggest_direction``) and the worker decides - the case's direction is never changed here.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.audit import log_access
from app.audit_detail import Detail, DetailCode, detail
from app.context import ServiceContext
from app.errors import BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.protection import MeasureDTO, family_measures, measure_dto, shift_months
from app.services.cases import load_case, read_case, record_event
from app.validation import FieldErrors, age_on
from models import Case, Person, ProtectionMeasure
from models.enums import AuditEvent, CaseEventKind, CaseStatus, DirectionMode, MemberRole, ProtectionKind

ADULT = 18
START_AHEAD = timedelta(days=31)  # a ruling is recorded when it is known: its start at most a month ahead
MONTHS = {ProtectionKind.PROVISIONAL_OTS: 3, ProtectionKind.OTS: 12}  # the longest period of an order
REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")


@dataclass(frozen=True)
class MeasureInput:
    person_id: int | None
    kind: ProtectionKind | None
    institution: str | None
    starts_on: date | None
    ends_on: date | None = None
    guardian_name: str | None = None
    guardian_contact: str | None = None  # phone number or e-mail, as typed
    placement_on: date | None = None     # out-of-home placement under the measure


@dataclass(frozen=True)
class MeasureSaved:
    """The measure as saved, and whether the case's direction should become "elsewhere: the certified
    institution" (the measure runs today, and the case is not directed by that institution yet)."""

    measure: MeasureDTO
    suggest_direction: bool
    case_version: int


def _texts(errors: FieldErrors, data: MeasureInput) -> MeasureInput:
    return MeasureInput(data.person_id, data.kind, errors.required("institution", data.institution, 200),
                        data.starts_on, data.ends_on, errors.optional("guardian_name", data.guardian_name, 120),
                        errors.optional("guardian_contact", data.guardian_contact, 200), data.placement_on)


def validate_measure(errors: FieldErrors, data: MeasureInput, person: Person | None, today: date,
                     extensions: int = 0) -> MeasureInput:
    """Every problem at its field: the person is a minor young person of the family, the dates fit the kind."""
    m = _texts(errors, data)
    errors.days(m)
    if m.kind is None:
        errors.add("kind", REQUIRED)
    if person is None or person.role is not MemberRole.YOUNG_PERSON:
        errors.add("person_id", QT_TRANSLATE_NOOP("Errors", "Choose a young person of this family."))
    start, end = m.starts_on, m.ends_on
    if start is None:
        errors.add("starts_on", REQUIRED)
    elif start > today + START_AHEAD:
        errors.add("starts_on", QT_TRANSLATE_NOOP(
            "Errors", "Record a measure once the court has ruled: its start is at most a month ahead."))
    elif person is not None and not errors.has("person_id") and age_on(person.date_of_birth, start) >= ADULT:
        errors.add("person_id", QT_TRANSLATE_NOOP(
            "Errors", "{name} is 18 or older at the start: a child-protection measure is for a minor."),
                   name=person.first_name)
    if end is None:
        if m.kind in MONTHS:
            errors.add("ends_on", QT_TRANSLATE_NOOP("Errors", "An OTS has an end date: give the one the court set."))
    elif start is not None and not errors.has("starts_on") and not errors.has("ends_on"):
        if end < start:
            errors.add("ends_on", QT_TRANSLATE_NOOP("Errors", "The end cannot be before the start."))
        elif m.kind is ProtectionKind.PROVISIONAL_OTS and end > shift_months(start, MONTHS[m.kind]):
            errors.add("ends_on", QT_TRANSLATE_NOOP("Errors", "A provisional OTS lasts at most three months."))
        elif m.kind is ProtectionKind.OTS and end > shift_months(start, MONTHS[m.kind] * (1 + extensions)):
            errors.add("ends_on", QT_TRANSLATE_NOOP(
                "Errors", "An OTS lasts at most a year; extend it a year at a time."))
        elif person is not None and end > _eighteenth(person):
            errors.add("ends_on", QT_TRANSLATE_NOOP(
                "Errors", "A measure ends at the latest when the young person turns 18 ({date})."),
                       date=_eighteenth(person).strftime("%d-%m-%Y"))
    if m.placement_on is not None and start is not None and not errors.has("placement_on") and (
            m.placement_on < start or (end is not None and m.placement_on > end)):
        errors.add("placement_on", QT_TRANSLATE_NOOP(
            "Errors", "The out-of-home placement falls within the measure: from its start to its end."))
    return m


def _eighteenth(person: Person) -> date:
    return shift_months(person.date_of_birth, 12 * ADULT)


class ProtectionService:
    """The child-protection measures of a family's young people: each call checks the family's team and is logged."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def measures(self, case_id: int, *, log_read: bool = True) -> tuple[MeasureDTO, ...]:
        """Every measure about the young people of the case's family (also those recorded in an earlier
        case); ``log_read=False`` for a refresh after one's own command."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = read_case(s, case_id)
            found = family_measures(s, case.family_id, self.ctx.clock.today())
            if log_read:
                log_access(s, self.ctx, AuditEvent.READ, "protection_measure", family_id=case.family_id,
                           case_id=case.id)
            uow.commit()
            return found

    def record(self, case_id: int, data: MeasureInput) -> MeasureSaved:
        """Records a measure about a young person of the case's family (a case event with it)."""
        self.ctx.require_user()
        today = self.ctx.clock.today()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            if case.status is CaseStatus.CLOSED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case is closed."))
            person = _person(s, case.family_id, data.person_id)
            errors = FieldErrors()
            m = validate_measure(errors, data, person, today)
            errors.raise_if_any()
            measure = ProtectionMeasure(family_id=case.family_id, case_id=case.id, person_id=person.id, kind=m.kind,
                                        institution=m.institution, guardian_name=m.guardian_name,
                                        guardian_contact=m.guardian_contact, starts_on=m.starts_on,
                                        ends_on=m.ends_on, placement_on=m.placement_on, extensions=0)
            s.add(measure)
            record_event(s, self.ctx, case, CaseEventKind.MEASURE_RECORDED, on_date=m.starts_on,
                         from_value=m.kind.value, to_value=m.ends_on.isoformat() if m.ends_on else None,
                         reason=person.first_name)
            saved = self._logged(s, AuditEvent.CREATE, measure, case, person, today,
                                 detail(DetailCode.MEASURE_RECORDED, kind=m.kind))
            uow.commit()
            return saved

    def update(self, measure_id: int, expected_version: int, data: MeasureInput) -> MeasureSaved:
        """Corrects a measure or adds what became known (the family guardian, a placement); the kind, the
        person and the extensions so far stay (an OTS after a provisional one is a new measure)."""
        self.ctx.require_user()
        today = self.ctx.clock.today()
        with self.ctx.uow() as uow:
            s = uow.session
            measure, case, person = self._load(s, measure_id, expected_version, today)
            errors = FieldErrors()
            m = validate_measure(errors, MeasureInput(person.id, measure.kind, *_rest(data)), person, today,
                                 measure.extensions)
            errors.raise_if_any()
            measure.institution, measure.guardian_name, measure.guardian_contact = (
                m.institution, m.guardian_name, m.guardian_contact)
            measure.starts_on, measure.ends_on, measure.placement_on = m.starts_on, m.ends_on, m.placement_on
            saved = self._logged(s, AuditEvent.UPDATE, measure, case, person, today)
            uow.commit()
            return saved

    def extend(self, measure_id: int, expected_version: int, new_end: date | None) -> MeasureSaved:
        """Extends an OTS to ``new_end``: after its current end, at most a year later, before 18. The old
        and new end are kept in the case history."""
        self.ctx.require_user()
        today = self.ctx.clock.today()
        with self.ctx.uow() as uow:
            s = uow.session
            measure, case, person = self._load(s, measure_id, expected_version, today)
            if measure.kind is not ProtectionKind.OTS:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "Only an OTS is extended; after a provisional OTS the court orders an OTS."))
            errors = FieldErrors()
            old = measure.ends_on
            if new_end is None:
                errors.add("ends_on", REQUIRED)
            elif not errors.in_years("ends_on", new_end):
                pass
            elif new_end <= old:
                errors.add("ends_on", QT_TRANSLATE_NOOP("Errors", "The new end must be after the current end."))
            elif new_end > shift_months(old, MONTHS[ProtectionKind.OTS]):
                errors.add("ends_on", QT_TRANSLATE_NOOP("Errors", "An OTS is extended by at most a year at a time."))
            elif new_end > _eighteenth(person):
                errors.add("ends_on", QT_TRANSLATE_NOOP(
                    "Errors", "A measure ends at the latest when the young person turns 18 ({date})."),
                           date=_eighteenth(person).strftime("%d-%m-%Y"))
            errors.raise_if_any()
            measure.ends_on = new_end
            measure.extensions += 1
            record_event(s, self.ctx, case, CaseEventKind.MEASURE_EXTENDED, from_value=old.isoformat(),
                         to_value=new_end.isoformat(), reason=person.first_name)
            saved = self._logged(s, AuditEvent.UPDATE, measure, case, person, today,
                                 detail(DetailCode.EXTENSION, number=measure.extensions))
            uow.commit()
            return saved

    def _logged(self, s: Session, event: AuditEvent, measure: ProtectionMeasure, case: Case, person: Person,
                today: date, what: Detail | None = None) -> MeasureSaved:
        """Writes the change, logs it and says what was saved (and whether to suggest the direction)."""
        s.flush()
        log_access(s, self.ctx, event, "protection_measure", measure.id, family_id=case.family_id, case_id=case.id,
                   detail=what)
        return _saved(case, measure, person, today)

    def _load(self, s: Session, measure_id: int, expected_version: int,
              today: date) -> tuple[ProtectionMeasure, Case, Person]:
        measure = s.get(ProtectionMeasure, measure_id)
        if measure is None:
            raise NotFound()
        case = load_case(s, measure.case_id, None)
        person = s.get(Person, measure.person_id)
        if measure.version != expected_version:
            raise ConcurrencyConflict(current=measure_dto(measure, person.full_name, today))
        if case.status is CaseStatus.CLOSED:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case is closed."))
        return measure, case, person


def _rest(data: MeasureInput) -> tuple:
    return (data.institution, data.starts_on, data.ends_on, data.guardian_name, data.guardian_contact,
            data.placement_on)


def _saved(case: Case, measure: ProtectionMeasure, person: Person, today: date) -> MeasureSaved:
    dto = measure_dto(measure, person.full_name, today)
    directed_by_it = (case.direction_mode is DirectionMode.ELSEWHERE
                      and (case.direction_organisation or "").casefold() == measure.institution.casefold())
    return MeasureSaved(dto, dto.running and not directed_by_it, case.version)


def _person(s: Session, family_id: int, person_id: int | None) -> Person | None:
    person = s.get(Person, person_id) if isinstance(person_id, int) else None
    return person if person is not None and person.family_id == family_id else None
