"""Intake of a family: members, duplicate check, and the opening of its one case."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.access import check_team, visible_team_ids
from app.audit import log_access, log_family_reads
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.errors import BusinessRuleViolation, invalid
from app.i18n import QT_TRANSLATE_NOOP
from app.municipalities import NOT_A_MUNICIPALITY, municipality
from app.queries.family_duplicates import DuplicateMatch, MemberKeys, find_duplicates as family_duplicates
from app.row_locks import lock_family
from app.services.cases import NOT_A_COLLEAGUE, team_colleague
from app.services.organisation import team_default_municipality
from app.validation import FieldErrors, age_on
from models import Case, CaseEvent, Family, Person
from models.enums import AuditEvent, CaseEventKind, CaseStatus, MemberRole


@dataclass(frozen=True)
class MemberInput:
    role: MemberRole
    first_name: str
    surname: str
    date_of_birth: date | None
    surname_prefix: str | None = None
    bsn: str | None = None
    parental_authority: bool = False


@dataclass(frozen=True)
class IntakeInput:
    family_name: str
    members: list[MemberInput]
    team_id: int
    director_id: int
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    municipality_code: str | None = None
    opened_on: date | None = None


@dataclass(frozen=True)
class AddressInput:
    """A family's address and the municipality it lives in (CBS code from the shipped list)."""

    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    municipality_code: str | None = None


@dataclass(frozen=True)
class IntakeResult:
    family_id: int
    case_id: int


YOUNG_PERSON_MAX_AGE = 23  # extended youth care (verlengde jeugdhulp) ends at 23 at the latest
PARENT_MIN_AGE = 12
TOO_OLD_FOR_YOUNG_PERSON = QT_TRANSLATE_NOOP(
    "Errors", "A young person is at most 23 years old (youth care ends at 23 at the latest). Check the date "
              "of birth, or add this person as a parent or carer.")
TOO_YOUNG_FOR_PARENT = QT_TRANSLATE_NOOP(
    "Errors", "A parent or carer is at least 12 years old. Check the date of birth, or add this person as a "
              "young person.")


def validate_member(errors: FieldErrors, prefix: str, m: MemberInput, today: date) -> MemberInput:
    first = errors.required(f"{prefix}first_name", m.first_name, 80)
    surname = errors.required(f"{prefix}surname", m.surname, 120)
    surname_prefix = errors.optional(f"{prefix}surname_prefix", m.surname_prefix, 20)
    field = f"{prefix}date_of_birth"
    errors.birth_date(field, m.date_of_birth, today)
    if not errors.has(field) and isinstance(m.date_of_birth, date):
        age = age_on(m.date_of_birth, today)
        if m.role is MemberRole.YOUNG_PERSON and age > YOUNG_PERSON_MAX_AGE:
            errors.add(field, TOO_OLD_FOR_YOUNG_PERSON)
        elif m.role is MemberRole.PARENT and age < PARENT_MIN_AGE:
            errors.add(field, TOO_YOUNG_FOR_PARENT)
    bsn = errors.bsn(f"{prefix}bsn", m.bsn)
    return MemberInput(m.role, first, surname, m.date_of_birth, surname_prefix, bsn, m.parental_authority)


def validate_address(errors: FieldErrors, data: IntakeInput | AddressInput) -> dict:
    """The address fields; the municipality must be one of the shipped list of Dutch municipalities."""
    code = errors.optional("municipality_code", data.municipality_code, 120)
    if code is not None and not errors.has("municipality_code") and municipality(code) is None:
        errors.add("municipality_code", NOT_A_MUNICIPALITY)
    postcode = errors.optional("postcode", data.postcode, 7)
    return {
        "street": errors.optional("street", data.street, 120),
        "postcode": postcode.upper() if postcode else None,
        "city": errors.optional("city", data.city, 80),
        "municipality_code": code,
    }


class FamilyService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def find_duplicates(self, members: list[MemberInput]) -> list[DuplicateMatch]:
        """Families of the user's teams that may be this one: a member's BSN, or a member's surname or first
        name with their date of birth, compared as the family search compares names (case and accents folded)."""
        keys = [MemberKeys.of(m.first_name, m.surname_prefix, m.surname, m.date_of_birth, m.bsn) for m in members]
        with self.ctx.uow() as uow:
            s = uow.session
            matches = family_duplicates(s, keys, visible_team_ids(self.ctx.user))
            log_access(s, self.ctx, AuditEvent.SEARCH, "family",
                       detail=detail(DetailCode.DUPLICATE_CHECK, hits=len(matches)))
            log_family_reads(s, self.ctx, [m.family_id for m in matches],
                             detail(DetailCode.DUPLICATE_CHECK_HIT))
            uow.commit()
            return matches

    def intake(self, data: IntakeInput) -> IntakeResult:
        """Creates the family, its members and an open case in intake, in one transaction, in a team the
        user may see."""
        self.ctx.require_user()
        today = self.ctx.clock.today()
        errors = FieldErrors()
        name = errors.required("family_name", data.family_name, 120)
        address = validate_address(errors, data)
        if not data.members:
            errors.add("members", QT_TRANSLATE_NOOP("Errors", "Add at least one family member."))
        members = [validate_member(errors, f"members.{i}.", m, today) for i, m in enumerate(data.members)]
        if errors.in_years("opened_on", data.opened_on) and data.opened_on > today:
            errors.add("opened_on", QT_TRANSLATE_NOOP("Errors", "The start date cannot be in the future."))
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            check_team(s, data.team_id, "team", data.team_id)
            if address["municipality_code"] is None:  # the team's (first) municipality, as the form proposes
                address["municipality_code"] = team_default_municipality(s, data.team_id)
            family = Family(name=name, team_id=data.team_id, **address)
            family.members = [
                Person(role=m.role, first_name=m.first_name, surname_prefix=m.surname_prefix,
                       surname=m.surname, date_of_birth=m.date_of_birth, bsn=m.bsn,
                       parental_authority=m.parental_authority)
                for m in members
            ]
            s.add(family)
            s.flush()
            case = open_case(s, self.ctx, family.id, data.team_id, data.director_id, data.opened_on or today)
            log_access(s, self.ctx, AuditEvent.CREATE, "family", family.id, family_id=family.id, case_id=case.id)
            uow.commit()
            return IntakeResult(family.id, case.id)


def open_case(session, ctx: ServiceContext, family_id: int, team_id: int, director_id: int, opened_on: date) -> Case:
    """Opens the family's one case; refuses a second open case."""
    lock_family(session, family_id)
    existing = session.scalars(
        select(Case.id).where(Case.family_id == family_id, Case.status != CaseStatus.CLOSED)
    ).first()
    if existing is not None:
        raise BusinessRuleViolation(
            QT_TRANSLATE_NOOP("Errors", "This family already has an open case. One family, one plan, one director.")
        )
    if team_colleague(session, director_id, team_id) is None:
        raise invalid("director", NOT_A_COLLEAGUE)
    case = Case(family_id=family_id, team_id=team_id, director_id=director_id,
                status=CaseStatus.INTAKE, opened_on=opened_on)
    session.add(case)
    session.flush()
    session.add(CaseEvent(case_id=case.id, at=ctx.clock.now(), on_date=opened_on, kind=CaseEventKind.OPENED,
                          worker_id=ctx.require_user().worker_id, to_worker_id=director_id,
                          to_value=CaseStatus.INTAKE.value))
    log_access(session, ctx, AuditEvent.CREATE, "case", case.id, family_id=family_id, case_id=case.id)
    return case
