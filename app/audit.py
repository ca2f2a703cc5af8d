"""Writes the access log (NEN 7513). Entries name objects by type and id and carry a detail code with
counts (app/audit_detail.py), never personal data or other text.

On PostgreSQL the application cannot insert into the log: the database's ``gezinsregie_log_access``
(migrations 0009, 0017) writes each entry on the caller's behalf, with the login, the database's clock and
the session's workstation, and checks the family, case, detail and ``on_behalf_of`` itself. On the embedded database (one
user, one file) the same entry is a plain insert, checked here.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from app.audit_detail import OBJECT_TYPES, Detail
from app.context import ServiceContext
from models import AccessLogEntry, Worker
from models.enums import AuditEvent, AuditOutcome

log = logging.getLogger(__name__)

# One Core INSERT, built once: the ORM's add + flush cost more than the row itself on a small call.
_INSERT = insert(AccessLogEntry.__table__)
_LOG_FUNCTION = text(
    "SELECT gezinsregie_log_access(:event, :object_type, :outcome, CAST(:object_ids AS integer[]), "
    "CAST(:family_ids AS integer[]), CAST(:case_ids AS integer[]), :code, CAST(:args AS text[]), :on_behalf_of)")
MAX_BATCH = 10000  # the function's limit per call

Entry = tuple[int | None, int | None, int | None]  # object id, family id, case id


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
    detail: Detail | None = None,
    on_behalf_of: str | None = None,
) -> None:
    """Writes an entry in the caller's transaction, so it commits (or rolls back) with the change.

    ``on_behalf_of`` is the username of the worker for whom the caller acts (NEN 7513), never free text."""
    _write(session, ctx, event, object_type, outcome, detail, [(object_id, family_id, case_id)], on_behalf_of)


def acting_for(session: Session, ctx: ServiceContext, director_id: int | None) -> str | None:
    """The ``on_behalf_of`` for a change to the direction of a case that ``director_id`` directs: the
    director's username, unless the signed-in user is the director (or there is none). The director holds
    the case's direction (one family, one director); whoever else changes it - a supervisor reassigning
    the case, a colleague standing in - does so in the director's stead (NEN 7513 "namens")."""
    user = ctx.user
    if director_id is None or (user is not None and user.worker_id == director_id):
        return None
    return session.scalar(select(Worker.username).where(Worker.id == director_id))


def log_family_reads(session: Session, ctx: ServiceContext, family_ids: list[int], detail: Detail) -> None:
    """One READ entry per family whose details were shown (e.g. in a list of search hits), in one statement."""
    if family_ids:
        _write(session, ctx, AuditEvent.READ, "family", AuditOutcome.SUCCESS, detail,
               [(f, f, None) for f in family_ids])


def _write(session: Session, ctx: ServiceContext, event: AuditEvent, object_type: str, outcome: AuditOutcome,
           detail: Detail | None, entries: Sequence[Entry], on_behalf_of: str | None = None) -> None:
    if object_type not in OBJECT_TYPES:
        raise ValueError(f"unknown access-log object type {object_type!r}: add it to app/audit_detail.py")
    if detail is not None and not isinstance(detail, Detail):
        raise TypeError("an access-log detail is a Detail (app/audit_detail.py), never text")
    if session.get_bind().dialect.name == "postgresql":
        for start in range(0, len(entries), MAX_BATCH):
            chunk = entries[start:start + MAX_BATCH]
            session.execute(_LOG_FUNCTION, {
                "event": event.value, "object_type": object_type, "outcome": outcome.value,
                "object_ids": [e[0] for e in chunk], "family_ids": [e[1] for e in chunk],
                "case_ids": [e[2] for e in chunk],
                "code": detail.code.value if detail else None, "args": list(detail.args) if detail else None,
                "on_behalf_of": on_behalf_of,
            })
        return
    session.execute(_INSERT, [_row(ctx, event, object_type, outcome, detail, e, on_behalf_of) for e in entries])


def _row(ctx: ServiceContext, event: AuditEvent, object_type: str, outcome: AuditOutcome, detail: Detail | None,
         entry: Entry, on_behalf_of: str | None) -> dict:
    user = ctx.user
    object_id, family_id, case_id = entry
    return {
        "occurred_at": ctx.clock.now(),
        "event": event,
        "worker_id": user.worker_id if user else None,
        "username": user.username if user else "-",
        "on_behalf_of": on_behalf_of,
        "family_id": family_id,
        "case_id": case_id,
        "object_type": object_type,
        "object_id": object_id,
        "workstation": ctx.workstation[:120],
        "outcome": outcome,
        "detail_code": detail.code.value if detail else None,
        "detail_args": detail.stored_args if detail else None,
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
