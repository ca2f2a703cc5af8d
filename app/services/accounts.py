"""Account holding (accounthouderschap): the account holder of a provider, signals raised from a case,
and the escalation steps (improvement plan -> monitoring -> decision) the account holder records.

- A signal's case and note are family data (``provider_signal_case``): only the case's team reads them.
  The note is kept within the team rather than screened for personal data: no screen catches every
  name or description, and the provider's side never reads that table at all.
- The provider page shows the open signals only to the provider's account holder and administrators,
  counted per kind and team (:func:`app.queries.accounts.signal_counts`).
- Steps are append-only; their order: a plan starts an escalation (with at least one open signal),
  monitoring and the decision need a running plan, a decision ends it (its signals are then closed).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.access import require_supervisor
from app.audit import log_access, log_failure
from app.audit_detail import DetailCode, detail
from app.context import CurrentUser, ServiceContext
from app.errors import AccessDenied, BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries import accounts as q
from app.queries.accounts import CaseSignalRow, ProviderAccount
from app.services.cases import read_case
from app.validation import FieldErrors
from models import ImprovementStep, Involvement, Provider, ProviderSignal, ProviderSignalCase, Worker
from models.enums import AuditEvent, AuditOutcome, ImprovementDecision, ImprovementStepKind, Role, SignalKind

__all__ = ["AccountService", "SignalInput", "StepInput"]

NOT_HOLDER = QT_TRANSLATE_NOOP("Errors", "Only the provider's account holder or an administrator records these steps.")
NEEDS_PLAN = QT_TRANSLATE_NOOP("Errors", "Record an improvement plan first.")
NEEDS_SIGNAL = QT_TRANSLATE_NOOP("Errors", "An improvement plan starts from an open signal; there is none.")


@dataclass(frozen=True)
class SignalInput:
    provider_id: int | None
    kind: SignalKind | None
    raised_on: date | None
    involvement_id: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class StepInput:
    kind: ImprovementStepKind
    step_on: date | None
    agreements: str | None = None
    due_on: date | None = None
    decision: ImprovementDecision | None = None


class AccountService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def set_account_holder(self, provider_id: int, expected_version: int, worker_id: int | None) -> ProviderAccount:
        """A supervisor or administrator names the provider's account holder (or none)."""
        require_supervisor(self.ctx, "provider", QT_TRANSLATE_NOOP(
            "Errors", "Only a supervisor or an administrator chooses a provider's account holder."),
            event=AuditEvent.UPDATE)
        with self.ctx.uow() as uow:
            s = uow.session
            provider = _provider(s, provider_id)
            if provider.version != expected_version:
                raise ConcurrencyConflict()
            holder = None if worker_id is None else s.get(Worker, worker_id)
            if worker_id is not None and (holder is None or not holder.active):
                errors = FieldErrors()
                errors.add("account_holder", QT_TRANSLATE_NOOP("Errors", "Choose an active worker."))
                errors.raise_if_any()
            provider.account_holder_id = worker_id
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "provider", provider.id)
            uow.commit()
        return self.provider_account(provider_id)

    def raise_signal(self, case_id: int, data: SignalInput) -> CaseSignalRow:
        """A worker of the case's team raises a signal about a provider, for the case's team."""
        user = self.ctx.require_user()
        errors = FieldErrors()
        note = errors.optional("note", data.note, 2000, multiline=True)
        if data.kind is None:
            errors.add("kind", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        if data.raised_on is None:
            errors.add("raised_on", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        elif errors.in_years("raised_on", data.raised_on) and data.raised_on > self.ctx.clock.today():
            errors.add("raised_on", QT_TRANSLATE_NOOP("Errors", "This date cannot be in the future."))
        with self.ctx.uow() as uow:
            s = uow.session
            case = read_case(s, case_id)
            provider_id = data.provider_id
            if data.involvement_id is not None:
                inv = s.get(Involvement, data.involvement_id)
                if inv is None or inv.case_id != case.id:
                    raise NotFound()
                provider_id = provider_id or inv.provider_id
            if provider_id is None or s.get(Provider, provider_id) is None:
                errors.add("provider", QT_TRANSLATE_NOOP("Errors", "Choose a provider."))
            errors.raise_if_any()
            signal = ProviderSignal(provider_id=provider_id, team_id=case.team_id, kind=data.kind,
                                    raised_on=data.raised_on, raised_by_id=user.worker_id)
            s.add(signal)
            s.flush()
            s.add(ProviderSignalCase(signal_id=signal.id, family_id=case.family_id, case_id=case.id,
                                     involvement_id=data.involvement_id, note=note))
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, "provider_signal", signal.id, family_id=case.family_id,
                       case_id=case.id, detail=detail(DetailCode.SIGNAL_RAISED, kind=data.kind.value))
            row = next(r for r in q.case_signals(s, case.id) if r.id == signal.id)
            uow.commit()
            return row

    def case_signals(self, case_id: int) -> tuple[CaseSignalRow, ...]:
        """The signals raised in a case (the team's own view, with the note)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = read_case(s, case_id)
            rows = q.case_signals(s, case.id)
            log_access(s, self.ctx, AuditEvent.READ, "provider_signal", family_id=case.family_id, case_id=case.id)
            uow.commit()
            return rows

    def provider_account(self, provider_id: int) -> ProviderAccount:
        """The provider page; the open signals only for its account holder or an administrator."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            provider = _provider(s, provider_id)
            history = q.steps(s, provider.id)
            holds = _may_hold(user, provider)
            signals = q.signal_counts(s, provider.id, q.open_since(history)) if holds else None
            return ProviderAccount(provider.id, provider.name, provider.version, provider.account_holder_id,
                                   q.holder_name(s, provider.account_holder_id),
                                   q.page_figures(s, provider.id, self.ctx.clock.today()), signals, history,
                                   holds, user.is_supervisor, q.page_lead_time(s, provider.id, self.ctx.clock.today()))

    def record_step(self, provider_id: int, expected_steps: int, data: StepInput) -> ProviderAccount:
        """The account holder records the next step; ``expected_steps``: how many steps the page showed."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            provider = _provider(s, provider_id)
            if not _may_hold(user, provider):
                error = AccessDenied(NOT_HOLDER)
                error.after_rollback = lambda: log_failure(self.ctx, AuditEvent.CREATE, "improvement_step",
                                                           provider_id, outcome=AuditOutcome.DENIED)
                raise error
            history = q.steps(s, provider.id)
            if len(history) != expected_steps:
                raise ConcurrencyConflict()
            running = bool(history) and history[-1].kind is not ImprovementStepKind.DECISION
            if data.kind is not ImprovementStepKind.PLAN and not running:
                raise BusinessRuleViolation(NEEDS_PLAN)
            if data.kind is ImprovementStepKind.PLAN and not running and not q.signal_counts(
                    s, provider.id, q.open_since(history)):
                raise BusinessRuleViolation(NEEDS_SIGNAL)
            values = _validate_step(data, history[-1].step_on if history else None)
            step = ImprovementStep(provider_id=provider.id, recorded_by_id=user.worker_id, **values)
            s.add(step)
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, "improvement_step", step.id,
                       detail=detail(DetailCode.IMPROVEMENT_STEP, step=data.kind.value))
            uow.commit()
        return self.provider_account(provider_id)


def _validate_step(data: StepInput, last_on: date | None) -> dict:
    errors = FieldErrors()
    plan = data.kind is ImprovementStepKind.PLAN
    agreements = (errors.required if plan else errors.optional)("agreements", data.agreements, 2000, multiline=True)
    if data.step_on is None:
        errors.add("step_on", QT_TRANSLATE_NOOP("Errors", "This field is required."))
    elif errors.in_years("step_on", data.step_on) and last_on is not None and data.step_on < last_on:
        errors.add("step_on", QT_TRANSLATE_NOOP("Errors", "Not before the previous step."))
    if data.due_on is not None and errors.in_years("due_on", data.due_on) and data.step_on \
            and data.due_on < data.step_on:
        errors.add("due_on", QT_TRANSLATE_NOOP("Errors", "Not before the step's date."))
    decision = data.decision if data.kind is ImprovementStepKind.DECISION else None
    if data.kind is ImprovementStepKind.DECISION and decision is None:
        errors.add("decision", QT_TRANSLATE_NOOP("Errors", "This field is required."))
    errors.raise_if_any()
    return {"kind": data.kind, "step_on": data.step_on, "agreements": agreements or None,
            "due_on": data.due_on, "decision": decision}


def _may_hold(user: CurrentUser, provider: Provider) -> bool:
    return user.role is Role.ADMIN or provider.account_holder_id == user.worker_id


def _provider(s, provider_id: int) -> Provider:
    provider = s.get(Provider, provider_id)
    if provider is None:
        raise NotFound()
    return provider
