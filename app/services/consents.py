"""The consent register per person (Jeugdwet 7.3.4 / 7.3.5): listing, recording and withdrawing.

Who gave a consent is not typed: it follows from the person's age and the recorded parental authority
on the day it was given (app/consent.py) and is stored with it. A withdrawal keeps the consent on
record with its date; nothing is deleted.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access import check_team, missing
from app.audit import log_access
from app.consent import ConsentRule, who_must_consent
from app.context import ServiceContext
from app.errors import BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.case_view import open_case_id
from app.queries.consents import ConsentDTO, ConsentRegister, consent_dto, family_consents
from app.queries.sharing import family_sharing_records
from app.validation import FieldErrors
from models import Consent, Family, Person
from models.enums import AuditEvent, ConsentForm, ConsentScope, MemberRole

NAMED_SCOPES = frozenset(ConsentScope) - {ConsentScope.EVALUATION}  # need the party's name
REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")


@dataclass(frozen=True)
class ConsentInput:
    person_id: int | None
    scope: ConsentScope | None
    given_on: date | None
    form: ConsentForm = ConsentForm.ORAL
    party: str | None = None
    valid_until: date | None = None
    note: str | None = None


def validate_consent(errors: FieldErrors, data: ConsentInput, today: date) -> ConsentInput:
    """The input with its texts normalised; every problem at its field."""
    if data.person_id is None:
        errors.add("person_id", REQUIRED)
    if data.scope is None:
        errors.add("scope", REQUIRED)
    party = errors.optional("party", data.party, 120)
    if data.scope in NAMED_SCOPES and not party and not errors.has("party"):
        errors.add("party", QT_TRANSLATE_NOOP("Errors", "Give the name of the party this consent is for."))
    errors.days(data)
    if data.given_on is None:
        errors.add("given_on", REQUIRED)
    elif data.given_on > today:
        errors.add("given_on", QT_TRANSLATE_NOOP("Errors", "A consent cannot be given on a day in the future."))
    if data.valid_until is not None and data.given_on is not None and data.valid_until < data.given_on:
        errors.add("valid_until", QT_TRANSLATE_NOOP("Errors", "Valid until cannot be before the day it was given."))
    note = errors.optional("note", data.note, 2000, multiline=True)
    return ConsentInput(data.person_id, data.scope, data.given_on, data.form, party, data.valid_until, note)


def givers(members: list[Person], person: Person, on: date) -> tuple[ConsentRule, tuple[str, ...], bool]:
    """The rule, who gives the consent about ``person`` on ``on``, and whether parental authority is unknown."""
    if person.role is not MemberRole.YOUNG_PERSON:
        return ConsentRule.YOUNG_PERSON, (person.full_name,), False
    child = next(c for c in who_must_consent(members, on).children if c.person_id == person.id)
    return child.rule, child.consenters, child.authority_unknown


class ConsentService:
    """The consent register of a family: each call checks the family's team and is logged."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def consents(self, family_id: int, *, log_read: bool = True) -> ConsentRegister:
        """Every consent about the family's members, newest first, with its status today, and what was
        shared on them; ``log_read=False`` for the refresh of a register already shown (a view is logged,
        a refresh is not)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            visible_family(s, family_id)
            register = replace(family_consents(s, family_id, self.ctx.clock.today()),
                               shared=family_sharing_records(s, family_id))
            if log_read:
                log_access(s, self.ctx, AuditEvent.READ, "consent", family_id=family_id,
                           case_id=open_case_id(s, family_id))
            uow.commit()
            return register

    def record(self, family_id: int, data: ConsentInput) -> ConsentDTO:
        """Records a consent; who gave it follows from the person's age on ``given_on``."""
        self.ctx.require_user()
        today = self.ctx.clock.today()
        errors = FieldErrors()
        c = validate_consent(errors, data, today)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            visible_family(s, family_id)
            members = list(s.scalars(select(Person).where(Person.family_id == family_id)))
            person = next((m for m in members if m.id == c.person_id), None)
            if person is None:
                errors.add("person_id", QT_TRANSLATE_NOOP("Errors", "Choose a member of this family."))
                errors.raise_if_any()
            rule, names, authority_unknown = givers(members, person, c.given_on)
            if authority_unknown:
                errors.add("person_id", QT_TRANSLATE_NOOP(
                    "Errors", "Nobody in the family is recorded with parental authority: record who has it first."))
                errors.raise_if_any()
            consent = Consent(family_id=family_id, person_id=person.id, scope=c.scope, party=c.party,
                              rule=rule.value, given_by=", ".join(names)[:400], form=c.form, given_on=c.given_on,
                              valid_until=c.valid_until, note=c.note)
            s.add(consent)
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, "consent", consent.id, family_id=family_id,
                       case_id=open_case_id(s, family_id))
            uow.commit()
            return consent_dto(consent, person, today)

    def withdraw(self, consent_id: int, expected_version: int, withdrawn_on: date | None = None) -> ConsentDTO:
        """Withdraws a consent from ``withdrawn_on`` (today when not given); it stays on record."""
        self.ctx.require_user()
        today = self.ctx.clock.today()
        on = withdrawn_on or today
        with self.ctx.uow() as uow:
            s = uow.session
            consent = s.get(Consent, consent_id)
            if consent is None:
                raise NotFound()
            visible_family(s, consent.family_id)
            person = s.get(Person, consent.person_id)
            if consent.version != expected_version:
                raise ConcurrencyConflict(current=consent_dto(consent, person, today))
            if consent.withdrawn_on is not None:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This consent was withdrawn already."))
            errors = FieldErrors()
            if not errors.in_years("withdrawn_on", on):
                pass
            elif on > today:
                errors.add("withdrawn_on", QT_TRANSLATE_NOOP("Errors", "A withdrawal cannot be in the future."))
            elif on < consent.given_on:
                errors.add("withdrawn_on", QT_TRANSLATE_NOOP(
                    "Errors", "A consent cannot be withdrawn before the day it was given."))
            errors.raise_if_any()
            consent.withdrawn_on = on
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "consent", consent.id, family_id=consent.family_id,
                       case_id=open_case_id(s, consent.family_id))
            uow.commit()
            return consent_dto(consent, person, today)


def visible_family(s: Session, family_id: int) -> Family:
    family = s.get(Family, family_id)
    if family is None:
        raise missing(s, "family", family_id)
    check_team(s, family.team_id, "family", family.id, family_id=family.id)
    return family
