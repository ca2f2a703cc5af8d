"""Evaluations (tussenevaluaties) of the agreed family plan: per-goal score, status and note, a decision.

The plan is versioned, so an evaluation never edits the agreed plan's goals: scores and statuses
are kept with the evaluation (by goal lineage) and the trend is read from there. A decision to end
the help or move to waakvlam does not itself change the case; the worker then sets up the waakvlam
(:mod:`app.services.waakvlam`) or closes the case.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.consent import ConsentRequirement, who_must_consent
from app.context import ServiceContext
from app.errors import BusinessRuleViolation
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.evaluations import (
    EvaluationDTO, evaluation_due_dates, evaluation_dtos, score_trend,
)
from app.queries.goal_standing import latest_evaluated
from app.services.cases import load_case
from app.services.plan_inputs import score_field
from app.services.sharing import SharingChoice, check_sharing, keep_sharing
from app.validation import FieldErrors
from models import Case, Evaluation, EvaluationGoal, FamilyPlan, Person, Provider, SharingRecord
from models.enums import AuditEvent, CaseStatus, EvaluationDecision, GoalStatus, PlanStatus, SharingPurpose

TEXT_MAX = 10_000
NOTE_MAX = 4000
# After these decisions no next evaluation is planned unless one is given.
FINAL_DECISIONS = frozenset({EvaluationDecision.END_HELP, EvaluationDecision.TO_WAAKVLAM})


@dataclass(frozen=True)
class EvaluationGoalInput:
    goal_lineage: str
    score: int | None
    status: GoalStatus
    note: str | None = None


@dataclass(frozen=True)
class EvaluationInput:
    """``participants`` is a text or a list of names (joined). ``planned_date`` defaults to the
    scheduled date; ``next_date`` to ``held_on`` plus the plan's interval (none after a final decision).
    With ``provider_id`` the evaluation is the provider's and the team takes part: that needs consent of
    the scope "evaluation" on ``held_on`` (or a legal ground in ``sharing``; app/sharing.py)."""

    held_on: date | None
    decision: EvaluationDecision | None
    participants: str | Sequence[str] = ""
    goals: tuple[EvaluationGoalInput, ...] = ()
    conclusion: str = ""
    consent_given: bool | None = None
    consent_note: str | None = None
    planned_date: date | None = None
    next_date: date | None = None
    provider_id: int | None = None      # a provider's evaluation the team takes part in: the sharing gate applies
    sharing: SharingChoice = SharingChoice()


class EvaluationService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------

    def evaluations(self, case_id: int, *, log_read: bool = True) -> list[EvaluationDTO]:
        """The case's evaluations, most recent first; ``log_read=False`` for the refresh after the user's own command (a view is logged, a refresh is not)."""
        return self._read(case_id, "evaluations", lambda s, case: evaluation_dtos(s, case.id), log_read)

    def evaluation_schedule(self, case_id: int, *, log_read: bool = True) -> date | None:
        """The next planned evaluation of an open case with an agreed plan (None while in waakvlam)."""
        def next_date(s: Session, case: Case) -> date | None:
            if case.status not in (CaseStatus.INTAKE, CaseStatus.ACTIVE):
                return None
            return evaluation_due_dates(s, [case.id]).get(case.id)
        return self._read(case_id, "evaluation_schedule", next_date, log_read)

    def score_trend(self, case_id: int, *, log_read: bool = True) -> dict[str, list[tuple[date, int]]]:
        """Per goal lineage: (date, score) from the start score through every evaluation."""
        return self._read(case_id, "score_trend", lambda s, case: score_trend(s, case.id), log_read)

    def latest_goal_statuses(self, case_id: int, *, log_read: bool = True) -> dict[str, tuple[date, GoalStatus]]:
        """Per goal lineage: (held on, status) of its latest evaluation, for the goal's standing
        (:func:`app.queries.goal_standing.goal_standing`). Logged as the score trend it goes with."""
        return self._read(case_id, "score_trend", lambda s, case: latest_evaluated(s, case.id), log_read)

    def who_must_consent(self, case_id: int, on_date: date | None = None) -> ConsentRequirement:
        """Per young person of the family: who must consent on ``on_date`` (default today), by age."""
        day = on_date or self.ctx.clock.today()
        return self._read(case_id, "consent", lambda s, case: who_must_consent(
            s.scalars(select(Person).where(Person.family_id == case.family_id)), day))

    # -- recording -------------------------------------------------------------------------------

    def record_evaluation(self, case_id: int, data: EvaluationInput) -> EvaluationDTO:
        user = self.ctx.require_user()
        today = self.ctx.clock.today()
        errors = FieldErrors()
        participants = data.participants if isinstance(data.participants, str) else ", ".join(
            p.strip() for p in data.participants if p and p.strip())
        participants = errors.optional("participants", participants, NOTE_MAX) or ""
        conclusion = errors.optional("conclusion", data.conclusion, TEXT_MAX, multiline=True) or ""
        consent_note = errors.optional("consent_note", data.consent_note, 300)
        errors.days(data)
        if data.decision is None:
            errors.add("decision", QT_TRANSLATE_NOOP("Errors", "Choose a decision."))
        if data.held_on is None:
            errors.add("held_on", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        elif data.held_on > today:
            errors.add("held_on", QT_TRANSLATE_NOOP("Errors", "The date of the evaluation cannot be in the future."))
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            if case.status is CaseStatus.CLOSED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "This case is closed; reopen it to record an evaluation."))
            plan = s.scalars(select(FamilyPlan).where(FamilyPlan.case_id == case.id,
                                                      FamilyPlan.status == PlanStatus.AGREED)).one_or_none()
            if plan is None:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "Agree the family plan with the family before recording an evaluation."))
            if data.held_on is not None and data.held_on < plan.agreed_on:
                errors.add("held_on", QT_TRANSLATE_NOOP("Errors", "The evaluation date is before the plan was agreed."))
            scores = _goal_scores(errors, plan, data.goals)
            shared = self._check_sharing(s, case, data, errors)
            next_date = data.next_date
            dates_ok = data.held_on is not None and not (errors.has("held_on") or errors.has("next_date"))
            if dates_ok and next_date is None and data.decision not in FINAL_DECISIONS:
                next_date = data.held_on + timedelta(weeks=plan.evaluation_interval_weeks)
            elif dates_ok and next_date is not None and next_date <= data.held_on:
                errors.add("next_date", QT_TRANSLATE_NOOP("Errors", "The next evaluation must be after this one."))
            errors.raise_if_any()
            planned = data.planned_date or evaluation_due_dates(s, [case.id]).get(case.id)
            evaluation = Evaluation(
                case_id=case.id, plan_id=plan.id, planned_date=planned, held_on=data.held_on,
                participants=participants, consent_given=data.consent_given, consent_note=consent_note,
                conclusion=conclusion, decision=data.decision, next_date=next_date, author_id=user.worker_id,
                goal_scores=scores)
            s.add(evaluation)
            s.flush()
            if shared is not None:
                keep_sharing(s, self.ctx, shared, evaluation.id)
            log_access(s, self.ctx, AuditEvent.CREATE, "evaluation", evaluation.id, family_id=case.family_id,
                       case_id=case.id, detail=detail(DetailCode.EVALUATION_DECISION, decision=data.decision))
            dto = evaluation_dtos(s, case.id, evaluation_ids=[evaluation.id])[0]
            uow.commit()
            return dto

    # -- helpers ---------------------------------------------------------------------------------

    def _check_sharing(self, s: Session, case: Case, data: EvaluationInput, errors: FieldErrors
                       ) -> SharingRecord | None:
        if data.provider_id is None:
            return None
        provider = s.get(Provider, data.provider_id)
        if provider is None:
            errors.add("provider_id", QT_TRANSLATE_NOOP("Errors", "Choose a provider from the list."))
            return None
        if data.held_on is None or errors.has("held_on"):
            return None
        return check_sharing(s, self.ctx, case, SharingPurpose.EVALUATION, provider.name, data.sharing, errors,
                             provider_id=provider.id, on_date=data.held_on)

    def _read(self, case_id: int, object_type: str, read, log_read: bool = True):
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            result = read(s, case)
            if log_read:
                log_access(s, self.ctx, AuditEvent.READ, object_type, None, family_id=case.family_id,
                           case_id=case.id)
            uow.commit()
            return result


def _goal_scores(errors: FieldErrors, plan: FamilyPlan,
                 entries: tuple[EvaluationGoalInput, ...]) -> list[EvaluationGoal]:
    """Score rows for the agreed plan's goals; problems keyed ``goals.<lineage>[.score|.note]``."""
    goals = {g.lineage: g for g in plan.goals}
    rows, seen = [], set()
    for entry in entries:
        key = f"goals.{entry.goal_lineage}"
        if entry.goal_lineage not in goals:
            errors.add(key, QT_TRANSLATE_NOOP("Errors", "This goal is not in the agreed plan."))
            continue
        if entry.goal_lineage in seen:
            errors.add(key, QT_TRANSLATE_NOOP("Errors", "This goal is evaluated twice."))
            continue
        seen.add(entry.goal_lineage)
        score_field(errors, f"{key}.score", entry.score)
        note = errors.optional(f"{key}.note", entry.note, NOTE_MAX, multiline=True)
        rows.append(EvaluationGoal(goal_lineage=entry.goal_lineage, goal_id=goals[entry.goal_lineage].id,
                                   score=entry.score, status=entry.status, note=note))
    return rows
