"""The transition to adulthood at 18 (Jeugdwet 1.1 "jeugdige"; help under the Jeugdwet ends at 18 unless
extended): per young person a plan of which domains are arranged - Wmo, Wlz, Zvw, school or work,
income - who is responsible, what is agreed and on which day. From 16 1/2 it is a due item until a plan
with a responsible person is recorded (:func:`app.queries.aftercare.transitions_due`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.errors import BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.aftercare import (
    TransitionPlanDTO, domains_text, family_transition_plans, transition_dto,
)
from app.services.cases import load_case, read_case
from app.validation import FieldErrors
from models import Case, Person, TransitionPlan
from models.enums import AuditEvent, CaseStatus, MemberRole, TransitionDomain

RESPONSIBLE_MAX, AGREED_MAX = 200, 2000
OBJECT_TYPE = "transition_plan"


@dataclass(frozen=True)
class TransitionInput:
    person_id: int | None
    domains: frozenset[TransitionDomain] = field(default_factory=frozenset)
    responsible: str | None = None  # a name and/or an organisation
    agreed: str | None = None       # what is agreed
    agreed_on: date | None = None


def validate_transition(errors: FieldErrors, data: TransitionInput, person: Person | None) -> TransitionInput:
    """Every problem at its field: a young person of the family, at least one domain, the date."""
    if person is None or person.role is not MemberRole.YOUNG_PERSON:
        errors.add("person_id", QT_TRANSLATE_NOOP("Errors", "Choose a young person of this family."))
    domains = frozenset(data.domains or ())
    if not domains or not all(isinstance(d, TransitionDomain) for d in domains):
        errors.add("domains", QT_TRANSLATE_NOOP(
            "Errors", "Choose at least one domain: Wmo, Wlz, Zvw, school or work, income."))
    responsible = errors.optional("responsible", data.responsible, RESPONSIBLE_MAX)
    agreed = errors.optional("agreed", data.agreed, AGREED_MAX, multiline=True)
    if data.agreed_on is None:
        errors.add("agreed_on", QT_TRANSLATE_NOOP("Errors", "This field is required."))
    else:
        errors.in_years("agreed_on", data.agreed_on)
    return TransitionInput(data.person_id, domains, responsible, agreed, data.agreed_on)


class TransitionService:
    """The transition plans of a family's young people: each call checks the family's team and is logged."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def plans(self, case_id: int, *, log_read: bool = True) -> tuple[TransitionPlanDTO, ...]:
        """The transition plans of the young people of the case's family (also those recorded in an
        earlier case); ``log_read=False`` for a refresh after one's own command."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = read_case(s, case_id)
            found = family_transition_plans(s, case.family_id)
            if log_read:
                log_access(s, self.ctx, AuditEvent.READ, OBJECT_TYPE, family_id=case.family_id, case_id=case.id)
            uow.commit()
            return found

    def record(self, case_id: int, data: TransitionInput) -> TransitionPlanDTO:
        """Records the transition plan of a young person of the case's family (one per young person)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = _open_case(s, case_id)
            person = _person(s, case.family_id, data.person_id)
            errors = FieldErrors()
            t = validate_transition(errors, data, person)
            if person is not None and not errors.has("person_id") and s.scalar(
                    select(TransitionPlan.id).where(TransitionPlan.person_id == person.id)) is not None:
                errors.add("person_id", QT_TRANSLATE_NOOP(
                    "Errors", "{name} already has a transition plan: change that one."), name=person.first_name)
            errors.raise_if_any()
            plan = TransitionPlan(family_id=case.family_id, case_id=case.id, person_id=person.id,
                                  domains=domains_text(t.domains), responsible=t.responsible, agreed=t.agreed,
                                  agreed_on=t.agreed_on)
            s.add(plan)
            saved = self._logged(s, AuditEvent.CREATE, plan, case, person)
            uow.commit()
            return saved

    def update(self, plan_id: int, expected_version: int, data: TransitionInput) -> TransitionPlanDTO:
        """Changes a transition plan (the young person stays)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            plan = s.get(TransitionPlan, plan_id)
            if plan is None:
                raise NotFound()
            case = _open_case(s, plan.case_id)
            person = s.get(Person, plan.person_id)
            if plan.version != expected_version:
                raise ConcurrencyConflict(current=transition_dto(plan, person.full_name))
            errors = FieldErrors()
            t = validate_transition(errors, TransitionInput(person.id, data.domains, data.responsible, data.agreed,
                                                            data.agreed_on), person)
            errors.raise_if_any()
            plan.domains, plan.responsible, plan.agreed, plan.agreed_on = (
                domains_text(t.domains), t.responsible, t.agreed, t.agreed_on)
            saved = self._logged(s, AuditEvent.UPDATE, plan, case, person)
            uow.commit()
            return saved

    def _logged(self, s: Session, event: AuditEvent, plan: TransitionPlan, case: Case,
                person: Person) -> TransitionPlanDTO:
        s.flush()
        log_access(s, self.ctx, event, OBJECT_TYPE, plan.id, family_id=case.family_id, case_id=case.id,
                   detail=detail(DetailCode.TRANSITION_PLAN_SAVED, domains=len(plan.domains.split(","))))
        return transition_dto(plan, person.full_name)


def _open_case(s: Session, case_id: int) -> Case:
    case = load_case(s, case_id, None)
    if case.status is CaseStatus.CLOSED:
        raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case is closed."))
    return case


def _person(s: Session, family_id: int, person_id: int | None) -> Person | None:
    person = s.get(Person, person_id) if isinstance(person_id, int) else None
    return person if person is not None and person.family_id == family_id else None
