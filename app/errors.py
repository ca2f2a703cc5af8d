"""Errors the application core raises; the UI and CLI turn them into translated messages.

Messages are English source text (marked for translation) with ``{placeholders}``; call
:meth:`AppError.message` for the text in the current language.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Errors"


@dataclass(frozen=True)
class Msg:
    """A translatable message: English source text plus its parameters."""

    text: str
    params: dict[str, object] = field(default_factory=dict)

    def render(self) -> str:
        return translate(CONTEXT, self.text).format(**self.params)


class AppError(Exception):
    default = QT_TRANSLATE_NOOP("Errors", "The action could not be completed.")

    def __init__(self, msg: Msg | str | None = None, **params: object):
        if msg is None:
            msg = self.default
        self.msg = msg if isinstance(msg, Msg) else Msg(msg, params)
        super().__init__(self.msg.text)

    def message(self) -> str:
        return self.msg.render()


class ValidationError(AppError):
    """One or more fields are wrong. ``fields`` maps a field name to its message."""

    default = QT_TRANSLATE_NOOP("Errors", "Some fields need attention.")

    def __init__(self, fields: dict[str, Msg]):
        self.fields = dict(fields)
        super().__init__(next(iter(fields.values())) if len(fields) == 1 else None)

    def field_messages(self) -> dict[str, str]:
        return {name: m.render() for name, m in self.fields.items()}


class NotFound(AppError):
    default = QT_TRANSLATE_NOOP("Errors", "The record no longer exists. It may have been removed by a colleague.")


class ConcurrencyConflict(AppError):
    """Someone else saved the same record since it was read; nothing was overwritten."""

    default = QT_TRANSLATE_NOOP(
        "Errors", "A colleague changed this record after you opened it. Your changes were not saved."
    )

    def __init__(self, msg: Msg | str | None = None, *, current: object = None, **params: object):
        self.current = current
        super().__init__(msg, **params)


class AccessDenied(AppError):
    default = QT_TRANSLATE_NOOP("Errors", "You have no access to this record.")


class BusinessRuleViolation(AppError):
    """An action is not allowed in the current state (e.g. a second open case)."""


class DatabaseUnavailable(AppError):
    default = QT_TRANSLATE_NOOP("Errors", "The database could not be opened.")


class DatabaseDamaged(DatabaseUnavailable):
    """The file fails its integrity check or cannot be read: a backup may be restored."""

    default = QT_TRANSLATE_NOOP("Errors", "The database is damaged. Restore a backup with 'gezinsregie db restore'.")


class DatabaseKeyMissing(DatabaseUnavailable):
    """An encrypted database, and no key for it: no keyring entry and no passphrase."""


class DatabaseKeyRejected(DatabaseUnavailable):
    """The key or passphrase does not open the database (or the file is damaged)."""


class DiskFull(DatabaseUnavailable):
    """A save ran out of disk space (SQLITE_FULL, ENOSPC, PostgreSQL's disk_full); nothing was saved."""

    default = QT_TRANSLATE_NOOP(
        "Errors", "The disk is full, so nothing was saved. Free up disk space (or ask the administrator to) "
                  "and try again.")


class PassphraseCancelled(AppError):
    default = QT_TRANSLATE_NOOP("Errors", "No passphrase was given; the database was not opened.")


class SchemaTooNew(AppError):
    default = QT_TRANSLATE_NOOP(
        "Errors",
        "This database was made by a newer version of Gezinsregie ({revision}). "
        "Install the newer version to open it; nothing was changed.",
    )


class SchemaTooOld(AppError):
    default = QT_TRANSLATE_NOOP(
        "Errors",
        "The database schema is older than this version of Gezinsregie. "
        "Ask the administrator to run 'gezinsregie db upgrade'.",
    )


def invalid(field_name: str, text: str, **params: object) -> ValidationError:
    """Shorthand for a single-field validation error."""
    return ValidationError({field_name: Msg(text, params)})
