"""The supervisor's team caseload: who carries how much, what is overdue, and moving cases between
workers. For supervisors (their own teams) and administrators (every team) only."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access import require_supervisor
from app.audit import acting_for, log_access, log_failure
from app.audit_detail import DetailCode, detail
from app.context import CurrentUser, ServiceContext
from app.errors import AccessDenied, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.caseload import Caseload, caseload_with_due
from app.queries.due import DueItem
from app.queries.team_overview import (
    WEIGHTS_SETTING, CaseloadWeights, TeamOverview, team_overview, team_workers, with_versions,
)
from app.services.cases import CaseChange, hand_over, load_case, new_director
from app.services.workers import TeamRow
from app.validation import FieldErrors
from models import LocalSetting, Team
from models.enums import AuditEvent, AuditOutcome, Role

SUPERVISORS_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "Only supervisors and administrators can see the team overview and reassign cases.")
WEIGHTS_ADMIN_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "On the central database only an administrator can change the caseload weights.")
NO_CASES = QT_TRANSLATE_NOOP("Errors", "Choose at least one case.")


class SupervisionService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- who may ------------------------------------------------------------------------------------
    def _supervisor(self, object_type: str, event: AuditEvent = AuditEvent.READ) -> CurrentUser:
        return require_supervisor(self.ctx, object_type, SUPERVISORS_ONLY, event=event)

    def _team(self, team_id: int, object_type: str, event: AuditEvent = AuditEvent.READ) -> CurrentUser:
        return require_supervisor(self.ctx, object_type, SUPERVISORS_ONLY, event=event, team_id=team_id)

    @staticmethod
    def _team_exists(s: Session, team_id: int) -> None:
        if s.get(Team, team_id) is None:
            raise NotFound()

    # -- reading ------------------------------------------------------------------------------------
    def team_choices(self) -> list[TeamRow]:
        """The teams the user supervises (an administrator: every team), by name."""
        user = self._supervisor("team_overview")
        with self.ctx.uow() as uow:
            q = select(Team.id, Team.name).order_by(Team.name)
            if user.role is not Role.ADMIN:
                q = q.where(Team.id.in_(user.team_ids))
            return [TeamRow(*r) for r in uow.session.execute(q)]

    def team_overview(self, team_id: int) -> TeamOverview:
        """Per worker of the team: open cases by status, weighted caseload, overdue items."""
        self._team(team_id, "team_overview")
        with self.ctx.uow() as uow:
            s = uow.session
            self._team_exists(s, team_id)
            overview = team_overview(s, team_id, self.ctx.clock.today(), _weights(s))
            log_access(s, self.ctx, AuditEvent.READ, "team_overview", team_id,
                       detail=detail(DetailCode.TEAM_OVERVIEW, workers=len(overview.rows),
                                     cases=overview.totals.open_cases))
            uow.commit()
            return overview

    def worker_caseload(self, team_id: int, worker_id: int | None) -> Caseload:
        """The team's open cases the worker directs (None: the cases without a director), by family, each
        with its version for :meth:`reassign` (rows are :class:`TeamCaseRow`) and its next due item."""
        self._team(team_id, "team_worker_cases")
        with self.ctx.uow() as uow:
            s = uow.session
            rows: list = []
            next_due: dict[int, DueItem] = {}
            for director in self._directors(s, team_id, worker_id):
                part = caseload_with_due(s, self.ctx.clock.today(), director_id=director,
                                         team_ids=frozenset({team_id}))
                rows += part.rows
                next_due.update(part.next_due)
            rows = with_versions(s, sorted(rows, key=lambda r: (r.family_name, r.case_id)))
            log_access(s, self.ctx, AuditEvent.READ, "team_worker_cases", worker_id,
                       detail=detail(DetailCode.WORKER_CASES, team=team_id, cases=len(rows),
                                     due=len(next_due)))
            uow.commit()
            return Caseload(rows, next_due)

    @staticmethod
    def _directors(s: Session, team_id: int, worker_id: int | None) -> list[int]:
        if worker_id is not None:
            return [worker_id]
        return [w for w, _name, active, member in team_workers(s, team_id) if not (active and member)]

    # -- reassigning --------------------------------------------------------------------------------
    def reassign(self, cases: Sequence[tuple[int, int]], to_worker_id: int | None, reason: str) -> list[CaseChange]:
        """Gives every case (``(case_id, expected_version)``) to ``to_worker_id``, all or nothing: if any
        case changed meanwhile, ConcurrencyConflict and none moves. Each keeps the transfer in its history."""
        self._supervisor("case", AuditEvent.UPDATE)
        errors = FieldErrors()
        reason = errors.required("reason", reason, 2000)
        chosen = list(dict(cases).items())  # one entry per case
        if not chosen:
            errors.add("cases", NO_CASES)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            moved = []
            for case_id, version in chosen:
                case = load_case(s, case_id, version)
                target = new_director(s, case, to_worker_id, errors)
                errors.raise_if_any()
                # The handover the director would make, made by the supervisor in their stead (NEN 7513 "namens").
                behalf = acting_for(s, self.ctx, case.director_id)
                hand_over(s, self.ctx, case, target, reason)
                log_access(s, self.ctx, AuditEvent.UPDATE, "case", case.id, family_id=case.family_id,
                           case_id=case.id, detail=detail(DetailCode.DIRECTOR_REASSIGNED), on_behalf_of=behalf)
                moved.append(case)
            s.flush()
            changes = [CaseChange(c.id, c.version, c.status) for c in moved]
            uow.commit()
            return changes

    # -- weights ------------------------------------------------------------------------------------
    def caseload_weights(self) -> CaseloadWeights:
        self._supervisor("caseload_weights")
        with self.ctx.uow() as uow:
            return _weights(uow.session)

    def set_caseload_weights(self, weights: CaseloadWeights) -> CaseloadWeights:
        """Stores the weights for everyone on this database (each field checked; 0-10)."""
        user = self._supervisor("caseload_weights", AuditEvent.UPDATE)
        weights = weights.validated()
        if not self.ctx.target.is_sqlite and user.role is not Role.ADMIN:
            # local_setting is a reference table on central (also holding the role prefix): admins write it
            log_failure(self.ctx, AuditEvent.UPDATE, "caseload_weights", outcome=AuditOutcome.DENIED)
            raise AccessDenied(WEIGHTS_ADMIN_ONLY)
        with self.ctx.uow() as uow:
            s = uow.session
            s.merge(LocalSetting(key=WEIGHTS_SETTING, value=weights.to_json()))
            log_access(s, self.ctx, AuditEvent.UPDATE, "caseload_weights")
            uow.commit()
            return weights


def _weights(s: Session) -> CaseloadWeights:
    return CaseloadWeights.from_json(s.scalar(select(LocalSetting.value).where(LocalSetting.key == WEIGHTS_SETTING)))
