"""Involvements (inzet / toewijzing) of providers in a case, with the direction arrangement.

Help is added while the case is in intake or active; a case in waakvlam is reopened first. An
involvement is never deleted: it ends with an iJw end reason, so waiting times, durations and
extensions stay available for the figures. Help is planned until its start date; planned help is
cancelled (ended before its start, with a reason from CANCEL_REASONS) rather than ended, and the
figures do not count it as help delivered.

Help is for named young persons of the family (``InvolvementInput.person_ids``, table
``involvement_person``) or, without any, for the family as a whole. ``extended_care`` marks verlengde
jeugdhulp: a planned end after a named young person's 23rd birthday is refused (app/youth_age.py; the
form warns about the 18th birthday before saving).
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.audit import log_access
from app.audit_detail import Detail, DetailCode, detail
from app.codelists import CANCEL_REASONS, END_REASONS
from app.context import ServiceContext
from app.errors import BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.involvements import InvolvementDTO, involvement_dtos
from app.row_locks import lock_case
from app.services.aftercare_inputs import AftercareInput, record_aftercare, validate_aftercare
from app.services.cases import load_case
from app.services.crisis import start_for_involvement
from app.services.involvement_inputs import InvolvementInput, validate_involvement
from app.services.provider_inputs import code_field
from app.services.sharing import SharingChoice, check_sharing, keep_sharing
from app.validation import FieldErrors
from models import Case, FamilyPlan, Goal, Involvement, InvolvementGoal, InvolvementPerson, Provider, SharingRecord
from models.enums import AuditEvent, CaseStatus, HandoverStatus, InvolvementState, SharingPurpose

__all__ = ["InvolvementInput", "InvolvementService", "SharingChoice"]

class InvolvementService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------

    def involvements(self, case_id: int, *, log_read: bool = True) -> list[InvolvementDTO]:
        """The case's involvements: running ones first, then ended ones; ``log_read=False`` for the refresh after the user's own command (a view is logged, a refresh is not)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            rows = involvement_dtos(s, case.id, self.ctx.clock.today())
            if log_read:
                self._log(s, AuditEvent.READ, None, case, detail=detail(DetailCode.INVOLVEMENTS, count=len(rows)))
            uow.commit()
            return rows

    def involvement(self, involvement_id: int) -> InvolvementDTO:
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            inv, case = self._load(s, involvement_id, None)
            dto = self._dto(s, inv)
            self._log(s, AuditEvent.READ, inv.id, case)
            uow.commit()
            return dto

    # -- changing --------------------------------------------------------------------------------

    def add_involvement(self, case_id: int, data: InvolvementInput, sharing: SharingChoice | None = None
                        ) -> InvolvementDTO:
        """Adds help; with ``sharing`` the team refers the family to the provider and shares its data,
        which the sharing gate allows on consent or a legal ground (refused: nothing is written)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            lock_case(s, case)  # no help added while a waakvlam starts (it checks that none is running)
            if case.status is CaseStatus.CLOSED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case is closed; reopen it to add help."))
            if case.status is CaseStatus.WAAKVLAM:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "This case is in waakvlam; reopen it before adding help."))
            errors = FieldErrors()
            values = validate_involvement(errors, s, data, case_id=case.id, today=self.ctx.clock.today())
            shared = self._check_sharing(s, case, data.provider_id, sharing, errors)
            errors.raise_if_any()
            person_ids = values.pop("person_ids")
            inv = Involvement(case_id=case.id, **values)
            inv.person_links = [InvolvementPerson(person_id=p, family_id=case.family_id) for p in person_ids]
            s.add(inv)
            s.flush()
            if shared is not None:
                keep_sharing(s, self.ctx, shared, inv.id)
            start_for_involvement(s, self.ctx, case, inv)
            return self._done(uow, AuditEvent.CREATE, inv, case)

    def update_involvement(self, involvement_id: int, expected_version: int, data: InvolvementInput,
                           sharing: SharingChoice | None = None) -> InvolvementDTO:
        """Saves the involvement's details; ending, extending and the handover have their own calls.
        With ``sharing`` the family's data is shared with the provider now (the gate decides)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            inv, case = self._load(s, involvement_id, expected_version, changing=True)
            if inv.state(self.ctx.clock.today()) is InvolvementState.CANCELLED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "This help was cancelled before it started; it can be read but not changed."))
            errors = FieldErrors()
            values = validate_involvement(errors, s, data, case_id=case.id, today=self.ctx.clock.today(), current=inv)
            shared = self._check_sharing(s, case, data.provider_id, sharing, errors)
            if _extends(inv, values.get("planned_end"), self.ctx.clock.today()):
                errors.add("planned_end", QT_TRANSLATE_NOOP(
                    "Errors", "Help that has started is extended with Extension…, with its reason."))
            errors.raise_if_any()
            _set_persons(inv, values.pop("person_ids"), case.family_id)
            for name, value in values.items():
                setattr(inv, name, value)
            if shared is not None:
                keep_sharing(s, self.ctx, shared, inv.id)
            return self._done(uow, AuditEvent.UPDATE, inv, case)

    def end_involvement(self, involvement_id: int, expected_version: int, actual_end: date | None,
                        end_reason: str, aftercare: AftercareInput | None = None) -> InvolvementDTO:
        """Ends the help on ``actual_end`` with an iJw (JZ588) end reason; with ``aftercare``, how aftercare
        is secured (or why none is needed), written with it."""
        self.ctx.require_user()
        errors = FieldErrors()
        secured = validate_aftercare(errors, aftercare) if aftercare is not None else None
        reason = code_field(end_reason)
        if reason not in END_REASONS:
            errors.add("end_reason", QT_TRANSLATE_NOOP("Errors", "Choose an end reason from the iJw list."))
        with self.ctx.uow() as uow:
            s = uow.session
            inv, case = self._load(s, involvement_id, expected_version)
            self._require_running(inv)
            if inv.start_date is not None and inv.start_date > self.ctx.clock.today():
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "This help has not started yet. Cancel it instead of ending it."))
            if actual_end is None:
                errors.add("actual_end", QT_TRANSLATE_NOOP("Errors", "This field is required."))
            elif not errors.in_years("actual_end", actual_end):
                pass
            elif actual_end > self.ctx.clock.today():
                errors.add("actual_end", QT_TRANSLATE_NOOP("Errors", "The end date cannot be in the future."))
            elif inv.start_date is None:
                errors.add("actual_end", QT_TRANSLATE_NOOP(
                    "Errors", "This help has no start date. Record when it started first."))
            elif actual_end < inv.start_date:
                errors.add("actual_end", QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."))
            errors.raise_if_any()
            inv.actual_end, inv.end_reason = actual_end, reason
            if secured is not None:
                record_aftercare(s, self.ctx, case, secured, actual_end, inv.id)
            return self._done(uow, AuditEvent.UPDATE, inv, case,
                              detail=detail(DetailCode.INVOLVEMENT_ENDED, reason=reason))

    def cancel_involvement(self, involvement_id: int, expected_version: int, reason: str) -> InvolvementDTO:
        """Cancels planned help (not started yet): it ends today, before its start, and was never delivered."""
        self.ctx.require_user()
        errors = FieldErrors()
        reason = code_field(reason)
        if reason not in CANCEL_REASONS:
            errors.add("end_reason", QT_TRANSLATE_NOOP(
                "Errors", "Choose why the help is cancelled from the iJw list."))
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            inv, case = self._load(s, involvement_id, expected_version, changing=True)
            self._require_running(inv)
            today = self.ctx.clock.today()
            if inv.state(today) is not InvolvementState.PLANNED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "This help has started already. End it instead of cancelling it."))
            inv.actual_end, inv.end_reason = today, reason
            return self._done(uow, AuditEvent.UPDATE, inv, case,
                              detail=detail(DetailCode.INVOLVEMENT_ENDED, reason=reason))

    def record_report_back(self, involvement_id: int, expected_version: int,
                           next_report_back: date | None = None) -> InvolvementDTO:
        """The provider or the directing party reported back; the next report-back date, if any, is set."""
        self.ctx.require_user()
        errors = FieldErrors()
        if errors.in_years("report_back_date", next_report_back) and next_report_back <= self.ctx.clock.today():
            errors.add("report_back_date", QT_TRANSLATE_NOOP("Errors", "The next report-back must be after today."))
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            inv, case = self._load(s, involvement_id, expected_version, changing=True)
            inv.report_back_date = next_report_back
            return self._done(uow, AuditEvent.UPDATE, inv, case, detail=detail(DetailCode.REPORT_BACK_RECEIVED))

    def set_handover(self, involvement_id: int, expected_version: int, status: HandoverStatus) -> InvolvementDTO:
        """Warm handover: referred -> taken over -> started."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            inv, case = self._load(s, involvement_id, expected_version, changing=True)
            inv.handover = status
            return self._done(uow, AuditEvent.UPDATE, inv, case, detail=detail(DetailCode.HANDOVER, status=status))

    def link_goals(self, involvement_id: int, expected_version: int, goal_lineages: Iterable[str]) -> InvolvementDTO:
        """Sets the plan goals (by lineage) this involvement works on; replaces the earlier links."""
        self.ctx.require_user()
        wanted = list(dict.fromkeys(goal_lineages))
        with self.ctx.uow() as uow:
            s = uow.session
            inv, case = self._load(s, involvement_id, expected_version, changing=True)
            known = set(s.scalars(select(Goal.lineage).join(FamilyPlan, FamilyPlan.id == Goal.plan_id)
                                  .where(FamilyPlan.case_id == case.id)))
            if not set(wanted) <= known:
                errors = FieldErrors()
                errors.add("goal_lineages", QT_TRANSLATE_NOOP("Errors", "Choose goals of this family's plan."))
                errors.raise_if_any()
            kept = [link for link in inv.goal_links if link.goal_lineage in wanted]
            have = {link.goal_lineage for link in kept}
            inv.goal_links = kept + [InvolvementGoal(goal_lineage=g) for g in wanted if g not in have]
            flag_modified(inv, "note")  # the links live in another table; the involvement still changed
            return self._done(uow, AuditEvent.UPDATE, inv, case,
                              detail=detail(DetailCode.GOALS_LINKED, goals=len(wanted)))

    # -- helpers ---------------------------------------------------------------------------------

    def _load(self, s: Session, involvement_id: int, expected_version: int | None, *,
              changing: bool = False) -> tuple[Involvement, Case]:
        inv = s.get(Involvement, involvement_id)
        if inv is None:
            raise NotFound()
        case = load_case(s, inv.case_id, None)
        if expected_version is not None and inv.version != expected_version:
            raise ConcurrencyConflict(current=self._dto(s, inv))
        if changing and case.status is CaseStatus.CLOSED:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                "Errors", "This case is closed; reopen it to change the help."))
        return inv, case

    def _check_sharing(self, s: Session, case: Case, provider_id: int | None, sharing: SharingChoice | None,
                       errors: FieldErrors) -> SharingRecord | None:
        provider = s.get(Provider, provider_id) if sharing is not None and provider_id is not None else None
        if provider is None:
            return None
        return check_sharing(s, self.ctx, case, SharingPurpose.INVOLVEMENT, provider.name, sharing, errors,
                             provider_id=provider.id)

    @staticmethod
    def _require_running(inv: Involvement) -> None:
        if inv.actual_end is not None:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This help has already ended."))

    def _dto(self, s: Session, inv: Involvement) -> InvolvementDTO:
        return involvement_dtos(s, inv.case_id, self.ctx.clock.today(), involvement_ids=[inv.id])[0]

    def _done(self, uow, event: AuditEvent, inv: Involvement, case: Case,
              detail: Detail | None = None) -> InvolvementDTO:
        s = uow.session
        s.flush()
        self._log(s, event, inv.id, case, detail=detail)
        s.expire(inv)
        dto = self._dto(s, inv)
        uow.commit()
        return dto

    def _log(self, s: Session, event: AuditEvent, object_id: int | None, case: Case,
             detail: Detail | None = None) -> None:
        log_access(s, self.ctx, event, "involvement", object_id, family_id=case.family_id, case_id=case.id,
                   detail=detail)


def _set_persons(inv: Involvement, person_ids: tuple[int, ...], family_id: int) -> None:
    """For whom the help is: replaces the named young persons (none: the family as a whole)."""
    if {link.person_id for link in inv.person_links} == set(person_ids):
        return
    kept = [link for link in inv.person_links if link.person_id in person_ids]
    have = {link.person_id for link in kept}
    inv.person_links = kept + [InvolvementPerson(person_id=p, family_id=family_id) for p in person_ids if p not in have]
    flag_modified(inv, "note")  # the links live in another table; the involvement still changed (version)


def _extends(inv: Involvement, planned_end: date | None, today: date) -> bool:
    """A later planned end for help that has started: an extension, with its own record (app/services/extensions.py)."""
    started = inv.start_date is not None and inv.start_date <= today and inv.actual_end is None
    return started and inv.planned_end is not None and planned_end is not None and planned_end > inv.planned_end
