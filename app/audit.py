"""Writes the access log (NEN 7513). Entries name objects by type and id, never personal data."""
from __future__ import annotations

import logging

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.context import ServiceContext
from models import AccessLogEntry
from models.enums import AuditEvent, AuditOutcome

log = logging.getLogger(__name__)

# One Core INSERT, built once: the ORM's add + flush cost more than the row itself on a small call.
_INSERT = insert(AccessLogEntry.__table__)


def log_access(
    session: Session,
    ctx: ServiceContext,
    event: AuditEvent,
    object_type: str,
    object_id: int | None = None,
    *,
    family_id: int | None = None,
    case_id: int | None = None,
    outcome: AuditOutcome = AuditOutcome.SUCCESS,
    detail: str | None = None,
) -> None:
    """Writes an entry in the caller's transaction, so it commits (or rolls back) with the change."""
    session.execute(_INSERT, _entry(ctx, event, object_type, object_id, family_id=family_id, case_id=case_id,
                                    outcome=outcome, detail=detail))


def log_family_reads(session: Session, ctx: ServiceContext, family_ids: list[int], detail: str) -> None:
    """One READ entry per family whose details were shown (e.g. in a list of search hits), in one statement."""
    if family_ids:
        session.execute(_INSERT, [_entry(ctx, AuditEvent.READ, "family", f, family_id=f, detail=detail)
                                  for f in family_ids])


def _entry(ctx: ServiceContext, event: AuditEvent, object_type: str, object_id: int | None, *,
           family_id: int | None = None, case_id: int | None = None,
           outcome: AuditOutcome = AuditOutcome.SUCCESS, detail: str | None = None) -> dict:
    user = ctx.user
    return {
        "occurred_at": ctx.clock.now(),
        "event": event,
        "worker_id": user.worker_id if user else None,
        "username": user.username if user else "-",
        "on_behalf_of": None,
        "family_id": family_id,
        "case_id": case_id,
        "object_type": object_type,
        "object_id": object_id,
        "workstation": ctx.workstation[:120],
        "outcome": outcome,
        "detail": detail,
    }


def log_failure(ctx: ServiceContext, event: AuditEvent, object_type: str, object_id: int | None = None,
                *, family_id: int | None = None, outcome: AuditOutcome = AuditOutcome.FAILED) -> None:
    """Records a refused or failed attempt in its own transaction (the attempt's was rolled back)."""
    try:
        with ctx.uow() as uow:
            log_access(uow.session, ctx, event, object_type, object_id, family_id=family_id, outcome=outcome)
            uow.commit()
    except Exception:  # the log must never hide the original error
        log.exception("could not write access log entry for a failed %s", event.value)
