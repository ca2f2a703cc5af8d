"""The worker's and the team's caseload lists."""
from __future__ import annotations

from app.audit import log_access
from app.context import ServiceContext
from app.queries.caseload import CaseloadRow, caseload_rows
from models.enums import AuditEvent


class CaseloadService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def my_caseload(self) -> list[CaseloadRow]:
        """Open cases the signed-in worker directs."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            rows = caseload_rows(uow.session, self.ctx.clock.today(), director_id=user.worker_id)
            log_access(uow.session, self.ctx, AuditEvent.READ, "caseload", detail=f"{len(rows)} case(s)")
            uow.commit()
            return rows

    def team_caseload(self) -> list[CaseloadRow]:
        """Open cases of the signed-in worker's teams."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            rows = caseload_rows(uow.session, self.ctx.clock.today(), team_ids=user.team_ids)
            log_access(uow.session, self.ctx, AuditEvent.READ, "team_caseload", detail=f"{len(rows)} case(s)")
            uow.commit()
            return rows
