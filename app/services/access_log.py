"""Questions to the access log (NEN 7513): who looked at this family's file, what did this user look at.

For supervisors (their own teams' families and colleagues) and administrators (everything); a worker
is refused. Asking is itself recorded. On PostgreSQL the log's own row security gives the same answer.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.access import check_team, denied
from app.audit import log_access, log_failure
from app.audit_detail import DetailCode, describe, detail
from app.context import ServiceContext
from app.errors import AccessDenied
from app.i18n import QT_TRANSLATE_NOOP
from models import AccessLogEntry, Family, Worker, WorkerTeam
from models.enums import AuditEvent, AuditOutcome, Role

SUPERVISORS_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "Only a supervisor or an administrator can consult the access log.")


@dataclass(frozen=True)
class AccessLogRow:
    occurred_at: datetime
    event: AuditEvent
    username: str
    worker_name: str | None
    on_behalf_of: str | None
    family_id: int | None
    case_id: int | None
    object_type: str
    object_id: int | None
    workstation: str | None
    outcome: AuditOutcome
    detail: str  # readable, in the current language (empty for none)
    detail_code: str | None  # the stored code (None for none, or for an entry from before codes)


COLUMNS = (AccessLogEntry.occurred_at, AccessLogEntry.event, AccessLogEntry.username, Worker.name,
           AccessLogEntry.on_behalf_of, AccessLogEntry.family_id, AccessLogEntry.case_id, AccessLogEntry.object_type,
           AccessLogEntry.object_id, AccessLogEntry.workstation, AccessLogEntry.outcome,
           AccessLogEntry.detail_code, AccessLogEntry.detail_args, AccessLogEntry.detail)


class AccessLogService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _require_supervisor(self, object_type: str, object_id: int) -> None:
        user = self.ctx.require_user()
        if not user.is_supervisor:
            log_failure(self.ctx, AuditEvent.SEARCH, object_type, object_id, outcome=AuditOutcome.DENIED)
            raise AccessDenied(SUPERVISORS_ONLY)

    def who_looked_at(self, family_id: int, start: datetime, end: datetime) -> list[AccessLogRow]:
        """Every entry about ``family_id`` in [start, end), oldest first."""
        self._require_supervisor("access_log", family_id)
        with self.ctx.uow() as uow:
            s = uow.session
            team_id = s.scalar(select(Family.team_id).where(Family.id == family_id))
            if team_id is not None:
                check_team(s, team_id, "access_log", family_id, family_id=family_id)
            elif self.ctx.user.role is not Role.ADMIN:  # destroyed or invisible: only an administrator asks
                raise denied(s, "access_log", family_id, family_id=family_id)
            rows = self._rows(s, AccessLogEntry.family_id == family_id, start, end)
            log_access(s, self.ctx, AuditEvent.SEARCH, "access_log", family_id=family_id,
                       detail=detail(DetailCode.WHO_LOOKED_AT, entries=len(rows)))
            uow.commit()
            return rows

    def what_did_user_look_at(self, worker_id: int, start: datetime, end: datetime) -> list[AccessLogRow]:
        """Every entry by ``worker_id`` in [start, end), oldest first. A supervisor asks about colleagues
        of their own teams."""
        self._require_supervisor("worker", worker_id)
        user = self.ctx.user
        with self.ctx.uow() as uow:
            s = uow.session
            if user.role is not Role.ADMIN and worker_id != user.worker_id:
                shared = s.scalar(select(WorkerTeam.team_id).where(
                    WorkerTeam.worker_id == worker_id, WorkerTeam.team_id.in_(user.team_ids)).limit(1))
                if shared is None:
                    error = AccessDenied(SUPERVISORS_ONLY)
                    error.after_rollback = lambda: log_failure(self.ctx, AuditEvent.SEARCH, "worker", worker_id,
                                                               outcome=AuditOutcome.DENIED)
                    raise error
            rows = self._rows(s, AccessLogEntry.worker_id == worker_id, start, end)
            log_access(s, self.ctx, AuditEvent.SEARCH, "access_log", worker_id,
                       detail=detail(DetailCode.WHAT_DID_WORKER_LOOK_AT, worker=worker_id,
                                     entries=len(rows)))
            uow.commit()
            return rows

    @staticmethod
    def _rows(s, condition, start: datetime, end: datetime) -> list[AccessLogRow]:
        q = (select(*COLUMNS).outerjoin(Worker, Worker.id == AccessLogEntry.worker_id)
             .where(condition, AccessLogEntry.occurred_at >= start, AccessLogEntry.occurred_at < end)
             .order_by(AccessLogEntry.occurred_at, AccessLogEntry.id))
        return [AccessLogRow(*r[:11], describe(code, args, legacy), code) for *r, code, args, legacy in s.execute(q)]
