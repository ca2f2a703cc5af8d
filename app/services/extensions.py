"""Extensions (verlengingen) of help, under control.

An extension is asked for with a reason (a short list and a note), the evaluation of the case it rests on or
why there is none, and a new planned end after the current one. It takes effect - the involvement's
``planned_end`` and its counter ``extensions`` - at once when the case's team needs no approval, else when a
supervisor of that team who did not ask approves it; a refusal (with a note) leaves the help as it was. One
request per involvement waits at a time. On PostgreSQL the database holds the same line (revision 0028).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.access import require_supervisor
from app.audit import log_access, log_failure
from app.audit_detail import APPROVAL_SETTINGS, DetailCode, detail
from app.context import ServiceContext
from app.errors import AccessDenied, BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.extensions import ExtensionDTO, extension_dtos, next_number, pending_by_involvement
from app.services.cases import load_case
from app.validation import FieldErrors
from models import Case, Evaluation, Involvement, InvolvementExtension, Team
from models.base import utcnow
from models.enums import AuditEvent, AuditOutcome, CaseStatus, ExtensionReason, ExtensionStatus

__all__ = ["ExtensionDTO", "ExtensionInput", "ExtensionService"]

OBJECT_TYPE = "involvement_extension"
NOTE_MAX, WHY_MAX = 1000, 500
SUPERVISORS_DECIDE = QT_TRANSLATE_NOOP("Errors", "Only a supervisor of the family's team decides on an extension.")
NOT_OWN = QT_TRANSLATE_NOOP("Errors", "You asked for this extension yourself: another supervisor decides on it.")


@dataclass(frozen=True)
class ExtensionInput:
    new_end: date | None
    reason: ExtensionReason | None
    note: str
    evaluation_id: int | None = None        # an evaluation of this case
    no_evaluation_reason: str | None = None  # required without an evaluation


class ExtensionService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def extensions(self, involvement_id: int) -> list[ExtensionDTO]:
        """The involvement's extensions, by number."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            inv, case = self._involvement(s, involvement_id)
            rows = extension_dtos(s, involvement_id=inv.id)
            log_access(s, self.ctx, AuditEvent.READ, OBJECT_TYPE, None, family_id=case.family_id, case_id=case.id)
            uow.commit()
            return rows

    def approval_required(self, case_id: int) -> bool:
        """Whether extensions in the case wait for a supervisor's approval (its team's setting)."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            case = load_case(uow.session, case_id, None)
            return bool(uow.session.get(Team, case.team_id).extension_approval)

    def request_extension(self, involvement_id: int, expected_version: int, data: ExtensionInput) -> ExtensionDTO:
        """Asks for an extension of running help; in a team without approval it takes effect at once."""
        user = self.ctx.require_user()
        errors = FieldErrors()
        note = errors.required("note", data.note, NOTE_MAX, multiline=True)
        why = errors.optional("no_evaluation_reason", data.no_evaluation_reason, WHY_MAX, multiline=True)
        if data.reason is None:
            errors.add("reason", QT_TRANSLATE_NOOP("Errors", "Choose why more time is needed."))
        with self.ctx.uow() as uow:
            s = uow.session
            inv, case = self._involvement(s, involvement_id, changing=True)
            if inv.version != expected_version:
                raise ConcurrencyConflict()
            if data.evaluation_id is not None:
                evaluation = s.get(Evaluation, data.evaluation_id)
                if evaluation is None or evaluation.case_id != case.id:
                    errors.add("evaluation_id", QT_TRANSLATE_NOOP("Errors", "Choose an evaluation of this case."))
                why = None
            elif why is None:
                errors.add("no_evaluation_reason", QT_TRANSLATE_NOOP(
                    "Errors", "Choose the evaluation this rests on, or say why there is none."))
            floor = inv.planned_end or inv.start_date or inv.referral_date
            if data.new_end is None:
                errors.add("new_end", QT_TRANSLATE_NOOP("Errors", "This field is required."))
            elif errors.in_years("new_end", data.new_end) and data.new_end <= floor:
                errors.add("new_end", QT_TRANSLATE_NOOP("Errors", "The new end must be after the current planned end."))
            errors.raise_if_any()
            if pending_by_involvement(s, [inv.id]):
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "An extension of this help already awaits approval."))
            now = utcnow()
            at_once = not s.get(Team, case.team_id).extension_approval
            ext = InvolvementExtension(
                family_id=case.family_id, case_id=case.id, involvement_id=inv.id, number=next_number(s, inv),
                reason=data.reason, note=note, evaluation_id=data.evaluation_id, no_evaluation_reason=why,
                previous_end=inv.planned_end, new_end=data.new_end, requested_by_id=user.worker_id, requested_at=now,
                status=ExtensionStatus.APPROVED if at_once else ExtensionStatus.REQUESTED,
                decided_at=now if at_once else None)
            s.add(ext)
            if at_once:
                _take_effect(inv, ext)
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, OBJECT_TYPE, ext.id, family_id=case.family_id,
                       case_id=case.id, detail=detail(DetailCode.EXTENSION_REQUESTED, number=ext.number,
                                                      status=ext.status))
            return self._done(uow, ext.id)

    def decide_extension(self, extension_id: int, expected_version: int, approve: bool,
                         note: str | None = None) -> ExtensionDTO:
        """A supervisor of the family's team, not the one who asked, approves (the extension takes effect) or
        refuses (with a note) a request."""
        user = require_supervisor(self.ctx, OBJECT_TYPE, SUPERVISORS_DECIDE, event=AuditEvent.UPDATE)
        errors = FieldErrors()
        note = (errors.optional if approve else errors.required)("decision_note", note, NOTE_MAX, multiline=True)
        with self.ctx.uow() as uow:
            s = uow.session
            ext = s.get(InvolvementExtension, extension_id)
            if ext is None:
                raise NotFound()
            inv, case = self._involvement(s, ext.involvement_id, changing=True)
            if ext.requested_by_id == user.worker_id:
                error = AccessDenied(NOT_OWN)
                ids = ext.id, case.family_id
                error.after_rollback = lambda: log_failure(self.ctx, AuditEvent.UPDATE, OBJECT_TYPE, ids[0],
                                                           family_id=ids[1], outcome=AuditOutcome.DENIED)
                raise error
            if ext.version != expected_version:
                raise ConcurrencyConflict(current=extension_dtos(s, extension_ids=[ext.id])[0])
            if ext.status is not ExtensionStatus.REQUESTED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This extension was decided already."))
            errors.raise_if_any()
            ext.status = ExtensionStatus.APPROVED if approve else ExtensionStatus.REFUSED
            ext.decided_by_id, ext.decided_at, ext.decision_note = user.worker_id, utcnow(), note
            if approve:
                if inv.planned_end is not None and ext.new_end <= inv.planned_end:
                    raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                        "Errors", "The help now ends after the asked-for end; refuse this extension."))
                _take_effect(inv, ext)
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, OBJECT_TYPE, ext.id, family_id=case.family_id,
                       case_id=case.id, detail=detail(DetailCode.EXTENSION_DECIDED, number=ext.number,
                                                      status=ext.status))
            return self._done(uow, ext.id)

    def set_approval_required(self, team_id: int, expected_version: int, required: bool) -> int:
        """Turns a supervisor's approval of extensions on or off for a team the supervisor is in (or any team,
        for an administrator); returns the team's new version."""
        require_supervisor(self.ctx, "team", QT_TRANSLATE_NOOP("Errors", "Only a supervisor of the team changes this "
                                                                "setting."), event=AuditEvent.UPDATE, team_id=team_id)
        with self.ctx.uow() as uow:
            s = uow.session
            team = s.get(Team, team_id)
            if team is None:
                raise NotFound()
            if team.version != expected_version:
                raise ConcurrencyConflict()
            team.extension_approval = required
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "team", team.id, detail=detail(
                DetailCode.EXTENSION_APPROVAL, setting=APPROVAL_SETTINGS[0 if required else 1]))
            uow.commit()
            return team.version

    # -- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _involvement(s: Session, involvement_id: int, *, changing: bool = False) -> tuple[Involvement, Case]:
        inv = s.get(Involvement, involvement_id)
        if inv is None:
            raise NotFound()
        case = load_case(s, inv.case_id, None)
        if changing and case.status is CaseStatus.CLOSED:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                "Errors", "This case is closed; reopen it to change the help."))
        if changing and inv.actual_end is not None:
            raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This help has already ended."))
        return inv, case

    @staticmethod
    def _done(uow, extension_id: int) -> ExtensionDTO:
        s = uow.session
        s.expire_all()
        dto = extension_dtos(s, extension_ids=[extension_id])[0]
        uow.commit()
        return dto


def _take_effect(inv: Involvement, ext: InvolvementExtension) -> None:
    inv.planned_end = ext.new_end
    inv.extensions += 1
