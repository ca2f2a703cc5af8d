"""The worker's and the team's caseload lists."""
from __future__ import annotations

from app.access import visible_team_ids
from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.queries.caseload import Caseload, CaseloadRow, caseload_rows, caseload_with_due
from app.queries.caseload_pages import CasePage, CaseQuery, case_page
from models.enums import AuditEvent


class CaseloadService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def my_caseload(self) -> list[CaseloadRow]:
        """Open cases the signed-in worker directs (in their teams)."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            rows = caseload_rows(uow.session, self.ctx.clock.today(), director_id=user.worker_id,
                                 team_ids=visible_team_ids(user))
            log_access(uow.session, self.ctx, AuditEvent.READ, "caseload",
                       detail=detail(DetailCode.CASES, cases=len(rows)))
            uow.commit()
            return rows

    def team_caseload(self) -> list[CaseloadRow]:
        """Open cases of the signed-in worker's teams."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            rows = caseload_rows(uow.session, self.ctx.clock.today(), team_ids=user.team_ids)
            log_access(uow.session, self.ctx, AuditEvent.READ, "team_caseload",
                       detail=detail(DetailCode.CASES, cases=len(rows)))
            uow.commit()
            return rows

    def my_caseload_with_due(self) -> Caseload:
        """:meth:`my_caseload` with each case's next due item (the Today rules), read and logged together."""
        user = self.ctx.require_user()
        return self._with_due("caseload", director_id=user.worker_id, team_ids=visible_team_ids(user))

    def team_caseload_with_due(self) -> Caseload:
        """:meth:`team_caseload` with each case's next due item, read and logged together."""
        return self._with_due("team_caseload", team_ids=self.ctx.require_user().team_ids)

    def team_caseload_page(self, query: CaseQuery) -> CasePage:
        """One page of :meth:`team_caseload_with_due`, sorted and searched in SQL (the Team page of a
        worker in many teams stays as quick as one screenful). Each page read is logged."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            page = case_page(uow.session, self.ctx.clock.today(), query, team_ids=user.team_ids,
                             now=self.ctx.clock.now())
            log_access(uow.session, self.ctx, AuditEvent.READ, "team_caseload",
                       detail=detail(DetailCode.CASES_NEXT_DUE, cases=len(page.rows), due=len(page.next_due)))
            uow.commit()
            return page

    def _with_due(self, object_type: str, **scope) -> Caseload:
        with self.ctx.uow() as uow:
            caseload = caseload_with_due(uow.session, self.ctx.clock.today(), now=self.ctx.clock.now(), **scope)
            log_access(uow.session, self.ctx, AuditEvent.READ, object_type,
                       detail=detail(DetailCode.CASES_NEXT_DUE, cases=len(caseload.rows), due=len(caseload.next_due)))
            uow.commit()
            return caseload
