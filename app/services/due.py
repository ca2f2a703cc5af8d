"""What needs me today: due items across the signed-in worker's open cases (or their teams' cases)."""
from __future__ import annotations

from app.access import visible_team_ids
from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.queries.due import (
    DueItem, DueKind, Urgency, due_items, extensions_awaiting, first_per_case, open_cases, sort_key,
)
from models.enums import AuditEvent

__all__ = ["DueItem", "DueKind", "DueService", "Urgency"]


class DueService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def today_items(self, team: bool = False, include_later: bool = False) -> list[DueItem]:
        """Due items of the cases the worker directs (``team``: of their teams), overdue first, then by
        date. Only what is overdue or due within a week, unless ``include_later``."""
        items = self._items(team, "due_items")
        return items if include_later else [i for i in items if i.urgency is not Urgency.LATER]

    def next_due_by_case(self, team: bool = False) -> dict[int, DueItem]:
        """Per open case the first due item, for the caseload's "next" column (cases without one left out)."""
        return first_per_case(self._items(team, "next_due"))

    def _items(self, team: bool, object_type: str) -> list[DueItem]:
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            scope = {"team_ids": user.team_ids} if team else {"director_id": user.worker_id,
                                                              "team_ids": visible_team_ids(user)}
            today = self.ctx.clock.today()
            items = due_items(s, open_cases(s, **scope), today, now=self.ctx.clock.now())
            if user.is_supervisor:  # requests awaiting their approval, in every case of their teams
                items = sorted(items + extensions_awaiting(s, open_cases(s, team_ids=visible_team_ids(user)), today),
                               key=sort_key)
            log_access(s, self.ctx, AuditEvent.READ, object_type,
                       detail=detail(DetailCode.DUE_TEAM if team else DetailCode.DUE_OWN, items=len(items)))
            uow.commit()
            return items
