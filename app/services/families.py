"""Intake of a family: members, duplicate check, and the opening of its one case."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, or_, select

from app.access import check_team, may_see_team
from app.audit import log_access, log_family_reads
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.errors import BusinessRuleViolation, invalid
from app.i18n import QT_TRANSLATE_NOOP
from app.row_locks import lock_family
from app.services.cases import NOT_A_COLLEAGUE, team_colleague
from app.validation import FieldErrors
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
class DuplicateMatch:
    """An existing family that looks like the one being taken in."""

    family_id: int
    family_name: str
    reason: str  # "bsn" or "name_birth"
    open_case_id: int | None
    member_names: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IntakeResult:
    family_id: int
    case_id: int


def validate_member(errors: FieldErrors, prefix: str, m: MemberInput, today: date) -> MemberInput:
    first = errors.required(f"{prefix}first_name", m.first_name, 80)
    surname = errors.required(f"{prefix}surname", m.surname, 120)
    surname_prefix = errors.optional(f"{prefix}surname_prefix", m.surname_prefix, 20)
    errors.birth_date(f"{prefix}date_of_birth", m.date_of_birth, today)
    bsn = errors.bsn(f"{prefix}bsn", m.bsn)
    return MemberInput(m.role, first, surname, m.date_of_birth, surname_prefix, bsn, m.parental_authority)


def validate_address(errors: FieldErrors, data: IntakeInput) -> dict:
    code = errors.optional("municipality_code", data.municipality_code, 4)
    if code is not None and (len(code) != 4 or not code.isdigit()):
        errors.add("municipality_code", QT_TRANSLATE_NOOP("Errors", "A municipality code is 4 digits (CBS code)."))
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
        """Existing families of the user's teams sharing a member's BSN, or a member's surname and date of birth."""
        bsns = [m.bsn for m in members if m.bsn]
        name_dobs = [(m.surname.strip(), m.date_of_birth) for m in members if m.surname and m.date_of_birth]
        if not bsns and not name_dobs:
            return []
        conditions = []
        if bsns:
            conditions.append(Person.bsn.in_(bsns))
        conditions += [and_(Person.surname == s, Person.date_of_birth == d) for s, d in name_dobs]
        with self.ctx.uow() as uow:
            s = uow.session
            hits = s.execute(
                select(Person.family_id, Person.bsn).where(or_(*conditions))
            ).all()
            matches = []
            seen: set[int] = set()
            for family_id, bsn in hits:
                if family_id in seen:
                    continue
                seen.add(family_id)
                family = s.get(Family, family_id)
                if not may_see_team(self.ctx.user, family.team_id):
                    continue  # another team's family (on PostgreSQL row security leaves it out)
                open_case = s.scalars(
                    select(Case.id).where(Case.family_id == family_id, Case.status != CaseStatus.CLOSED)
                ).first()
                matches.append(DuplicateMatch(
                    family_id=family_id, family_name=family.name,
                    reason="bsn" if bsn and bsn in bsns else "name_birth",
                    open_case_id=open_case,
                    member_names=[p.full_name for p in family.members],
                ))
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
