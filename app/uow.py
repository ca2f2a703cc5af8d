"""Unit of work: one short-lived session and transaction per service call.

Database errors leave here as the application's own errors; the transaction is rolled back whole.
"""
from __future__ import annotations

import threading

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.change_tracking import PENDING, start_tracking
from app.disk import is_disk_full
from app.errors import (AccessDenied, AppError, BusinessRuleViolation, ConcurrencyConflict, DatabaseUnavailable,
                        DiskFull)
from app.i18n import QT_TRANSLATE_NOOP


_open = threading.local()  # per thread: the session factories with a unit of work open


class NestedUnitOfWork(RuntimeError):
    """A programming error: a unit of work opened inside another on the same database and thread.

    On SQLite every transaction takes the write lock (BEGIN IMMEDIATE), so the inner one would only
    wait out the busy timeout; pass the outer session down instead.
    """


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session], info: dict | None = None):
        self._factory = session_factory
        self._info = info or {}
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        factories = _open.__dict__.setdefault("factories", set())
        if id(self._factory) in factories:
            raise NestedUnitOfWork("a unit of work is already open on this database in this thread")
        factories.add(id(self._factory))
        self.session = self._factory()
        self.session.info.update(self._info)  # e.g. the service context, for access checks in loaders
        start_tracking(self.session)  # what this unit of work writes, for the running command's Outcome
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            if exc_type is not None:
                self.session.rollback()
        finally:
            self.session.close()
            _open.factories.discard(id(self._factory))
        after = getattr(exc, "after_rollback", None)
        if after is not None:  # e.g. log a refusal, in its own transaction once this one is gone
            exc.after_rollback = None
            after()
        if exc is None or isinstance(exc, AppError):
            return False
        raise translate_db_error(exc) from exc

    def commit(self) -> None:
        try:
            self.session.commit()
        except Exception:
            self.session.rollback()
            raise
        pending = self.session.info.get(PENDING)
        if pending is not None:
            pending.hand_over()


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: no grant, or a row-level security policy refused the row


def translate_db_error(exc: BaseException) -> BaseException:
    if is_disk_full(exc):  # before the generic OperationalError: a full disk is not a busy database
        return DiskFull()
    if isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        return AccessDenied()
    if isinstance(exc, StaleDataError):
        return ConcurrencyConflict()
    if isinstance(exc, IntegrityError):
        return BusinessRuleViolation(
            QT_TRANSLATE_NOOP("Errors", "The change conflicts with data already stored; nothing was saved.")
        )
    if isinstance(exc, OperationalError):
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "The database is busy or unavailable; nothing was saved. Try again.")
        )
    return exc
