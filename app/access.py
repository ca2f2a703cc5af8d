"""Who may see which family's file: the application's mirror of the central database's row security.

A worker and a supervisor see the families and cases of their own teams, an administrator all. On
PostgreSQL the database enforces this itself (migration 0004), and a row of another team simply
does not come back; here that becomes the clear "no access" message instead of "not found". On the
embedded database the same check runs in the service. A refusal is recorded in the access log.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.audit import log_failure
from app.context import CurrentUser, ServiceContext
from app.errors import AccessDenied, AppError, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from models.enums import AuditEvent, AuditOutcome, Role

NO_ACCESS = QT_TRANSLATE_NOOP(
    "Errors", "You have no access to this family's file: it belongs to a team you are not a member of.")


def visible_team_ids(user: CurrentUser | None) -> frozenset[int] | None:
    """The teams whose families ``user`` may see; None: every team (an administrator, or no one signed
    in: the command line on a local file). Lists of the user's own cases are limited to these too: a
    worker who moved to another team keeps no view of the old team's cases they still direct."""
    return None if user is None or user.role is Role.ADMIN else user.team_ids


def may_see_team(user: CurrentUser | None, team_id: int) -> bool:
    teams = visible_team_ids(user)
    return teams is None or team_id in teams


NOT_YOUR_TEAM = QT_TRANSLATE_NOOP("Errors", "You can only see the teams you supervise.")


def require_supervisor(ctx: ServiceContext, object_type: str, refusal: str, *, event: AuditEvent = AuditEvent.READ,
                       team_id: int | None = None) -> CurrentUser:
    """The signed-in supervisor or administrator, who may see ``team_id`` when one is given. Anyone else
    gets AccessDenied - ``refusal`` for a worker, "not your team" otherwise - and the refusal is logged."""
    user = ctx.require_user()
    if not user.is_supervisor:
        message = refusal
    elif team_id is not None and not may_see_team(user, team_id):
        message = NOT_YOUR_TEAM
    else:
        return user
    log_failure(ctx, event, object_type, team_id, outcome=AuditOutcome.DENIED)
    raise AccessDenied(message)


def _ctx(session: Session) -> ServiceContext | None:
    return session.info.get("ctx")


def denied(session: Session, object_type: str, object_id: int | None, *, family_id: int | None = None) -> AccessDenied:
    """The refusal; it is logged by the unit of work once the refused transaction is rolled back (a
    second write transaction now would wait for this one on SQLite)."""
    ctx = _ctx(session)
    error = AccessDenied(NO_ACCESS)
    if ctx is not None:
        error.after_rollback = lambda: log_failure(ctx, AuditEvent.READ, object_type, object_id,
                                                   family_id=family_id, outcome=AuditOutcome.DENIED)
    return error


def check_team(session: Session, team_id: int, object_type: str, object_id: int, *,
               family_id: int | None = None) -> None:
    """Raises AccessDenied (and logs the refusal) when the signed-in user may not see ``team_id``."""
    ctx = _ctx(session)
    if ctx is not None and not may_see_team(ctx.user, team_id):
        raise denied(session, object_type, object_id, family_id=family_id)


# A case is asked for by its number (``gezinsregie export plan CASE_ID``, the case window's header), so
# an unknown one is named; "may have been removed by a colleague" would send the worker looking for one.
UNKNOWN_NUMBER = {"case": QT_TRANSLATE_NOOP("Errors", "Case {number} does not exist.")}


def missing(session: Session, kind: str, row_id: int) -> AppError:
    """The error for a row that did not come back: on PostgreSQL it may exist in another team."""
    if session.get_bind().dialect.name == "postgresql":
        team = session.execute(text("SELECT gezinsregie_row_team(:kind, :id)"), {"kind": kind, "id": row_id}).scalar()
        if team is not None:
            return denied(session, kind, row_id, family_id=row_id if kind == "family" else None)
    return NotFound(UNKNOWN_NUMBER[kind], number=row_id) if kind in UNKNOWN_NUMBER else NotFound()
