"""The case view's family: reading it, and keeping its members and network up to date.

Members and network members named in a plan (any version: old versions must stay readable)
cannot be removed; the worker is told why instead of meeting a database error.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from app.access import check_team, missing
from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.errors import BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.case_view import (
    CaseHeader, CaseView, FamilyDetail, MemberDTO, NetworkMemberDTO, case_header, case_view, case_view_row,
    family_detail, member_dto, network_dto, open_case_id,
)
from app.row_locks import lock_family
from app.services.cases import load_case
from app.services.families import AddressInput, MemberInput, validate_address, validate_member
from app.validation import FieldErrors
from models import Action, Consent, Family, FamilyPlan, Goal, GoalPerson, InvolvementPerson, NetworkMember, Person
from models.enums import AuditEvent, MemberRole, PlanStatus


@dataclass(frozen=True)
class NetworkMemberInput:
    name: str
    relation: str
    contact: str | None = None
    contribution: str | None = None


def validate_network_member(errors: FieldErrors, data: NetworkMemberInput) -> NetworkMemberInput:
    return NetworkMemberInput(
        name=errors.required("name", data.name, 120),
        relation=errors.required("relation", data.relation, 80),
        contact=errors.optional("contact", data.contact, 200),
        contribution=errors.optional("contribution", data.contribution, 4000, multiline=True),
    )


def _plan_statuses(session: Session, *conditions) -> set[PlanStatus]:
    """Statuses of the plan versions whose goals or actions match ``conditions``."""
    return set(session.scalars(
        select(FamilyPlan.status).distinct().join(Goal, Goal.plan_id == FamilyPlan.id).where(or_(*conditions))))


def _refuse_if_in_plan(statuses: set[PlanStatus], name: str) -> None:
    if statuses & {PlanStatus.DRAFT, PlanStatus.AGREED}:
        raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
            "Errors", "{name} is named in the family plan (in a goal or an action) and cannot be removed. "
                      "Take them out of the plan first."), name=name)
    if statuses:
        raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
            "Errors", "{name} is named in an earlier version of the family plan, which must stay readable, "
                      "and cannot be removed."), name=name)


class MemberService:
    """Case header, family detail, family members and the family's network."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------

    def case_header(self, case_id: int) -> CaseHeader:
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            header = case_header(s, case, self.ctx.clock.today())
            log_access(s, self.ctx, AuditEvent.READ, "case", case.id, family_id=case.family_id, case_id=case.id)
            uow.commit()
            return header

    def family_detail(self, family_id: int) -> FamilyDetail:
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            family = self._family(s, family_id)
            detail = family_detail(s, family, self.ctx.clock.today())
            log_access(s, self.ctx, AuditEvent.READ, "family", family.id, family_id=family.id,
                       case_id=open_case_id(s, family.id))
            uow.commit()
            return detail

    def case_view(self, case_id: int, *, log_read: bool = True) -> CaseView:
        """Header and family of a case in one call (and one log entry); ``log_read=False`` for the refresh after the user's own command (a view is logged, a refresh is not)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            row = case_view_row(s, case_id)  # Core, one statement: the ORM costs more than this read
            if row is None:
                raise missing(s, "case", case_id)
            check_team(s, row.team_id, "case", row.id, family_id=row.family_id)
            view = case_view(s, row, self.ctx.clock.today())
            if log_read:
                log_access(s, self.ctx, AuditEvent.READ, "case", row.id, family_id=row.family_id, case_id=row.id,
                           detail=detail(DetailCode.CASE_VIEW))
            uow.commit()
            return view

    # -- the family's address ------------------------------------------------------------------

    def update_address(self, family_id: int, expected_version: int, data: AddressInput) -> FamilyDetail:
        """The family's address and the municipality it lives in (from the shipped list)."""
        self.ctx.require_user()
        errors = FieldErrors()
        address = validate_address(errors, data)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            family = self._family(s, family_id)
            today = self.ctx.clock.today()
            if family.version != expected_version:
                raise ConcurrencyConflict(current=family_detail(s, family, today))
            for key, value in address.items():
                setattr(family, key, value)
            s.flush()
            self._log(s, AuditEvent.UPDATE, "family", family.id, family.id)
            uow.commit()
            return family_detail(s, family, today)

    # -- family members --------------------------------------------------------------------------

    def add_member(self, family_id: int, data: MemberInput) -> MemberDTO:
        self.ctx.require_user()
        today = self.ctx.clock.today()
        errors = FieldErrors()
        m = validate_member(errors, "", data, today)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            self._family(s, family_id)
            person = Person(family_id=family_id, role=m.role, first_name=m.first_name,
                            surname_prefix=m.surname_prefix, surname=m.surname, date_of_birth=m.date_of_birth,
                            bsn=m.bsn, parental_authority=m.parental_authority)
            s.add(person)
            s.flush()
            self._log(s, AuditEvent.CREATE, "person", person.id, family_id)
            uow.commit()
            return member_dto(person, today)

    def update_member(self, person_id: int, expected_version: int, data: MemberInput) -> MemberDTO:
        self.ctx.require_user()
        today = self.ctx.clock.today()
        errors = FieldErrors()
        m = validate_member(errors, "", data, today)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            person = self._person(s, person_id, expected_version)
            if (person.role is MemberRole.YOUNG_PERSON and m.role is not MemberRole.YOUNG_PERSON and s.scalar(
                    select(InvolvementPerson.involvement_id).where(InvolvementPerson.person_id == person.id)
                    .limit(1)) is not None):
                errors.add("role", QT_TRANSLATE_NOOP(
                    "Errors", "Help from a provider is for this young person. Change for whom that help is first."))
                errors.raise_if_any()
            person.role, person.first_name, person.surname_prefix = m.role, m.first_name, m.surname_prefix
            person.surname, person.date_of_birth, person.bsn = m.surname, m.date_of_birth, m.bsn
            person.parental_authority = m.parental_authority
            s.flush()
            self._log(s, AuditEvent.UPDATE, "person", person.id, person.family_id)
            uow.commit()
            return member_dto(person, today)

    def remove_member(self, person_id: int, expected_version: int) -> None:
        """Removes a member entered by mistake; refused while the plan or help names them, consents about them
        are on record (never removed silently), or they are the last."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            person = self._person(s, person_id, expected_version)
            lock_family(s, person.family_id)  # two removals of the last two members: one waits, then counts
            _refuse_if_in_plan(_plan_statuses(
                s, exists().where(GoalPerson.goal_id == Goal.id, GoalPerson.person_id == person.id),
                exists().where(Action.goal_id == Goal.id, Action.owner_person_id == person.id),
            ), person.full_name)
            if s.scalar(select(Consent.id).where(Consent.person_id == person.id).limit(1)) is not None:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "{name} has consents on record (the consent register keeps them, also when withdrawn) "
                              "and cannot be removed."), name=person.full_name)
            if s.scalar(select(InvolvementPerson.involvement_id).where(InvolvementPerson.person_id == person.id)
                        .limit(1)) is not None:  # removing them would turn their help into the whole family's
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "{name} is named in help from a provider and cannot be removed. Change for whom "
                              "that help is first."), name=person.full_name)
            if s.scalar(select(Person.id).where(Person.family_id == person.family_id, Person.id != person.id)) is None:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "A family needs at least one member."))
            family_id = person.family_id
            s.delete(person)
            s.flush()
            self._log(s, AuditEvent.DELETE, "person", person_id, family_id)
            uow.commit()

    # -- network ---------------------------------------------------------------------------------

    def add_network_member(self, family_id: int, data: NetworkMemberInput) -> NetworkMemberDTO:
        self.ctx.require_user()
        errors = FieldErrors()
        n = validate_network_member(errors, data)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            self._family(s, family_id)
            member = NetworkMember(family_id=family_id, name=n.name, relation=n.relation, contact=n.contact,
                                   contribution=n.contribution)
            s.add(member)
            s.flush()
            self._log(s, AuditEvent.CREATE, "network_member", member.id, family_id)
            uow.commit()
            return network_dto(member)

    def update_network_member(self, member_id: int, expected_version: int,
                              data: NetworkMemberInput) -> NetworkMemberDTO:
        self.ctx.require_user()
        errors = FieldErrors()
        n = validate_network_member(errors, data)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            member = self._network_member(s, member_id, expected_version)
            member.name, member.relation, member.contact, member.contribution = (
                n.name, n.relation, n.contact, n.contribution)
            s.flush()
            self._log(s, AuditEvent.UPDATE, "network_member", member.id, member.family_id)
            uow.commit()
            return network_dto(member)

    def remove_network_member(self, member_id: int, expected_version: int) -> None:
        """Refused while a goal names them as acting or an action as its owner (in any plan version)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            member = self._network_member(s, member_id, expected_version)
            _refuse_if_in_plan(_plan_statuses(
                s, Goal.network_member_id == member.id,
                exists().where(Action.goal_id == Goal.id, Action.owner_network_member_id == member.id),
            ), member.name)
            family_id = member.family_id
            s.delete(member)
            s.flush()
            self._log(s, AuditEvent.DELETE, "network_member", member_id, family_id)
            uow.commit()

    # -- helpers ---------------------------------------------------------------------------------

    def _log(self, s: Session, event: AuditEvent, object_type: str, object_id: int, family_id: int) -> None:
        log_access(s, self.ctx, event, object_type, object_id, family_id=family_id,
                   case_id=open_case_id(s, family_id))

    @staticmethod
    def _family(s: Session, family_id: int) -> Family:
        family = s.get(Family, family_id)
        if family is None:
            raise missing(s, "family", family_id)
        check_team(s, family.team_id, "family", family.id, family_id=family.id)
        return family

    def _person(self, s: Session, person_id: int, expected_version: int) -> Person:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound()
        self._family(s, person.family_id)
        if person.version != expected_version:
            raise ConcurrencyConflict(current=member_dto(person, self.ctx.clock.today()))
        return person

    def _network_member(self, s: Session, member_id: int, expected_version: int) -> NetworkMember:
        member = s.get(NetworkMember, member_id)
        if member is None:
            raise NotFound()
        self._family(s, member.family_id)
        if member.version != expected_version:
            raise ConcurrencyConflict(current=network_dto(member))
        return member
