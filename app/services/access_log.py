"""Questions to the access log (NEN 7513): who looked at this family's file, what did this user look at.

For supervisors (their own teams' families and colleagues) and administrators (everything); a worker
is refused. Asking is itself recorded. On PostgreSQL the log's own row security gives the same answer.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.access import check_team, denied, visible_team_ids
from app.audit import log_access, log_failure
from app.audit_detail import DetailCode, describe, detail
from app.context import ServiceContext
from app.errors import AccessDenied
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.access_report import names_of_usernames
from app.queries.keyset import PAGE_SIZE, Key, Page, ordered_after, split_page
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
    on_behalf_of: str | None  # the name (or, unknown, the username) of the worker acted for
    family_id: int | None
    case_id: int | None
    object_type: str
    object_id: int | None
    workstation: str | None
    outcome: AuditOutcome
    detail: str  # readable, in the current language (empty for none)
    detail_code: str | None  # the stored code (None for none, or for an entry from before codes)


@dataclass(frozen=True)
class AccessLogChoices:
    """Whom the log can be asked about: the families of the asker's teams and the active workers, by name."""

    families: list[tuple[int, str]]
    workers: list[tuple[int, str]]


COLUMNS = (AccessLogEntry.occurred_at, AccessLogEntry.event, AccessLogEntry.username, Worker.name,
           AccessLogEntry.on_behalf_of, AccessLogEntry.family_id, AccessLogEntry.case_id, AccessLogEntry.object_type,
           AccessLogEntry.object_id, AccessLogEntry.workstation, AccessLogEntry.outcome,
           AccessLogEntry.detail_code, AccessLogEntry.detail_args, AccessLogEntry.detail, AccessLogEntry.id)


class AccessLogService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _require_supervisor(self, object_type: str, object_id: int) -> None:
        user = self.ctx.require_user()
        if not user.is_supervisor:
            log_failure(self.ctx, AuditEvent.SEARCH, object_type, object_id, outcome=AuditOutcome.DENIED)
            raise AccessDenied(SUPERVISORS_ONLY)

    def choices(self) -> AccessLogChoices:
        """The families (of the asker's teams; every family for an administrator) and workers to ask about."""
        self._require_supervisor("access_log", None)
        teams = visible_team_ids(self.ctx.user)
        with self.ctx.uow() as uow:
            q = select(Family.id, Family.name)
            if teams is not None:
                q = q.where(Family.team_id.in_(teams))
            families = [tuple(r) for r in uow.session.execute(q.order_by(Family.search_name, Family.id))]
            workers = [tuple(r) for r in uow.session.execute(
                select(Worker.id, Worker.name).where(Worker.active.is_(True)).order_by(Worker.name))]
            return AccessLogChoices(families, workers)

    def who_looked_at(self, family_id: int, start: datetime, end: datetime) -> list[AccessLogRow]:
        """Every entry about ``family_id`` in [start, end), oldest first."""
        return self.who_looked_at_page(family_id, start, end, limit=None).rows

    def who_looked_at_page(self, family_id: int, start: datetime, end: datetime, after: Key | None = None,
                           limit: int | None = PAGE_SIZE) -> Page[AccessLogRow]:
        """:meth:`who_looked_at` a page at a time, continuing ``after`` the key of the last row shown; the
        question is logged (with the number of entries found) when its first page is asked."""
        self._require_supervisor("access_log", family_id)
        with self.ctx.uow() as uow:
            s = uow.session
            team_id = s.scalar(select(Family.team_id).where(Family.id == family_id))
            if team_id is not None:
                check_team(s, team_id, "access_log", family_id, family_id=family_id)
            elif self.ctx.user.role is not Role.ADMIN:  # destroyed or invisible: only an administrator asks
                raise denied(s, "access_log", family_id, family_id=family_id)
            page = self._page(s, AccessLogEntry.family_id == family_id, start, end, after, limit)
            if after is None:
                log_access(s, self.ctx, AuditEvent.SEARCH, "access_log", family_id=family_id,
                           detail=detail(DetailCode.WHO_LOOKED_AT, entries=page.total))
            uow.commit()
            return page

    def what_did_user_look_at(self, worker_id: int, start: datetime, end: datetime) -> list[AccessLogRow]:
        """Every entry by ``worker_id`` in [start, end), oldest first. A supervisor asks about colleagues
        of their own teams."""
        return self.what_did_user_look_at_page(worker_id, start, end, limit=None).rows

    def what_did_user_look_at_page(self, worker_id: int, start: datetime, end: datetime, after: Key | None = None,
                                   limit: int | None = PAGE_SIZE) -> Page[AccessLogRow]:
        """:meth:`what_did_user_look_at` a page at a time (see :meth:`who_looked_at_page`)."""
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
            page = self._page(s, AccessLogEntry.worker_id == worker_id, start, end, after, limit)
            if after is None:
                log_access(s, self.ctx, AuditEvent.SEARCH, "access_log", worker_id,
                           detail=detail(DetailCode.WHAT_DID_WORKER_LOOK_AT, worker=worker_id, entries=page.total))
            uow.commit()
            return page

    @staticmethod
    def _page(s, condition, start: datetime, end: datetime, after: Key | None, limit: int | None) -> Page[AccessLogRow]:
        """Entries in [start, end), oldest first, keyset-paged on (time, id); ``limit`` None: all of them.
        The pages of one question end at the entry that was last when it was asked (the key carries that
        id), so the question's own entry and later ones do not trickle into its answer."""
        bound = after[2] if after is not None else s.scalar(select(func.max(AccessLogEntry.id))) or 0
        where = (condition, AccessLogEntry.occurred_at >= start, AccessLogEntry.occurred_at < end,
                 AccessLogEntry.id <= bound)
        q = select(*COLUMNS).outerjoin(Worker, Worker.id == AccessLogEntry.worker_id).where(*where)
        keys = (AccessLogEntry.occurred_at, AccessLogEntry.id)
        found = s.execute(q.order_by(*keys) if limit is None
                          else ordered_after(q, keys, after[:2] if after else None, limit=limit)).all()
        rows, following = (found, None) if limit is None else split_page(found, limit, lambda r: (r[0], r[-1], bound))
        total = None
        if after is None:
            total = len(rows) if following is None else s.scalar(
                select(func.count(AccessLogEntry.id)).where(*where))
        names = names_of_usernames(s, {r.on_behalf_of for r in rows if r.on_behalf_of})
        return Page([AccessLogRow(*r[:4], names.get(r[4], r[4]), *r[5:11], describe(code, args, legacy), code)
                     for *r, code, args, legacy, _id in rows], following, total)
