"""Unit of work: one short-lived session and transaction per service call.

Database errors leave here as the application's own errors; the transaction is rolled back whole.
"""
from __future__ import annotations

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.errors import AppError, BusinessRuleViolation, ConcurrencyConflict, DatabaseUnavailable
from app.i18n import QT_TRANSLATE_NOOP


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session]):
        self._factory = session_factory
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            if exc_type is not None:
                self.session.rollback()
        finally:
            self.session.close()
        if exc is None or isinstance(exc, AppError):
            return False
        raise translate_db_error(exc) from exc

    def commit(self) -> None:
        try:
            self.session.commit()
        except Exception:
            self.session.rollback()
            raise


def translate_db_error(exc: BaseException) -> BaseException:
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
