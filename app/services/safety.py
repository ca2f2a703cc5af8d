"""The scaling question of the safety plan (Signs of Safety): "on a scale of 0 to 10, where 10 means it is
safe enough to close the case, where are we now?", asked of family members, network members and the
worker on dates. Answers are append-only: a correction is a new answer. The plan's three safety texts are
plan texts (:meth:`app.services.plans.PlanService.update_plan_texts`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.errors import BusinessRuleViolation
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.safety import (
    Respondent, RespondentKind, ScalingAnswerDTO, answer_dto, case_scaling_answers, respondent_names,
)
from app.services.cases import load_case, read_case
from app.services.plan_inputs import score_field
from app.validation import FieldErrors
from models import ScalingAnswer
from models.enums import AuditEvent, CaseStatus

NOTE_MAX = 300
OBJECT_TYPE = "scaling_answer"


@dataclass(frozen=True)
class ScalingInput:
    respondent: Respondent | None  # the worker: kind WORKER, id None (the signed-in worker answers)
    score: int | None
    asked_on: date | None
    note: str | None = None


class SafetyService:
    """The scaling answers of a case; each call checks the family's team and is logged."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def scaling_answers(self, case_id: int, *, log_read: bool = True) -> tuple[ScalingAnswerDTO, ...]:
        """The case's answers by date; ``log_read=False`` for a refresh after one's own command."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = read_case(s, case_id)
            found = case_scaling_answers(s, case.id, case.family_id)
            if log_read:
                log_access(s, self.ctx, AuditEvent.READ, OBJECT_TYPE, family_id=case.family_id, case_id=case.id)
            uow.commit()
            return found

    def respondents(self, case_id: int) -> tuple[Respondent, ...]:
        """Who may answer: the family's members, its network, and the signed-in worker (id None)."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = read_case(s, case_id)
            names = respondent_names(s, case.family_id, set())
            uow.commit()
        people = sorted(((k, i), n) for (k, i), n in names.items())
        order = {RespondentKind.PERSON: 0, RespondentKind.NETWORK: 1}
        found = [Respondent(k, i, n) for (k, i), n in sorted(people, key=lambda e: (order[e[0][0]], e[1]))]
        return (*found, Respondent(RespondentKind.WORKER, None, user.name))

    def record_answer(self, case_id: int, data: ScalingInput) -> ScalingAnswerDTO:
        """Records one answer (a score 0..10 of a respondent of this family, on a date not in the future)."""
        user = self.ctx.require_user()
        today = self.ctx.clock.today()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            if case.status is CaseStatus.CLOSED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case is closed."))
            errors = FieldErrors()
            names = respondent_names(s, case.family_id, {user.worker_id})
            who = data.respondent
            if who is None or (who.kind is not RespondentKind.WORKER and (who.kind, who.id) not in names):
                errors.add("respondent", QT_TRANSLATE_NOOP("Errors", "Choose someone of this family, its network "
                                                                     "or yourself."))
            if data.score is None:
                errors.add("score", QT_TRANSLATE_NOOP("Errors", "This field is required."))
            score_field(errors, "score", data.score)
            if data.asked_on is None:
                errors.add("asked_on", QT_TRANSLATE_NOOP("Errors", "This field is required."))
            elif errors.in_years("asked_on", data.asked_on) and data.asked_on > today:
                errors.add("asked_on", QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future."))
            note = errors.optional("note", data.note, NOTE_MAX)
            errors.raise_if_any()
            row = ScalingAnswer(
                family_id=case.family_id, case_id=case.id, asked_on=data.asked_on, score=data.score, note=note,
                person_id=who.id if who.kind is RespondentKind.PERSON else None,
                network_member_id=who.id if who.kind is RespondentKind.NETWORK else None,
                worker_id=user.worker_id if who.kind is RespondentKind.WORKER else None,
                recorded_by_id=user.worker_id)
            s.add(row)
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, OBJECT_TYPE, row.id, family_id=case.family_id,
                       case_id=case.id, detail=detail(DetailCode.SCALING_ANSWER_RECORDED, score=data.score))
            dto = answer_dto(row, names)
            uow.commit()
            return dto
