"""Application logging: a rotating file in the user's log folder that holds no personal data.

The rule for every log call: identifiers, counts and states only - never a name, a BSN or free text
from a family's record. The formatter enforces what it can: BSN-like 9-digit numbers are masked, and
an exception is written as its type and traceback frames only, never its message (driver and
SQLAlchemy messages can quote the values that caused them; engines also hide SQL parameters); a
database address in a message has its password masked. Log files are created 0600 in a 0700 folder.
Errors shown to a user carry a short reference that is in the log next to the traceback.
"""
from __future__ import annotations

import logging
import os
import re
import secrets
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from app import disk
from app.config import APP_AUTHOR, APP_NAME
from app.errors import AppError
from app.redact import mask_passwords

LOG_DIR_ENV = "GEZINSREGIE_LOG_DIR"
LOG_FILE = "gezinsregie.log"
HANDLER_NAME = "gezinsregie"
MAX_BYTES, BACKUP_COUNT = 1_000_000, 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_BSN_LIKE = re.compile(r"(?<![\d.])\d{4}[ .]?\d{2}[ .]?\d{3}(?![\d.])|(?<![\d.])\d{3}[ .]\d{3}[ .]\d{3}(?![\d.])")

log = logging.getLogger(__name__)


def log_dir() -> Path:
    """The user's log folder (``GEZINSREGIE_LOG_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_file() -> Path:
    return log_dir() / LOG_FILE


def scrub(text: str) -> str:
    """Masks every number that could be a BSN (9 digits, also written 1234.56.789 or 123 456 789) and
    every password in a database address."""
    return _BSN_LIKE.sub("[bsn]", mask_passwords(text))


def describe(exc: BaseException) -> str:
    """An exception's type; for the app's own errors also the message template, which holds no values."""
    name = f"{type(exc).__module__}.{type(exc).__qualname__}"
    return f"{name}: {exc.msg.text}" if isinstance(exc, AppError) else name


def safe_traceback(exc: BaseException) -> str:
    """The traceback (with its causes) as Python prints it, but with every exception message left out."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    parts = []
    for item in reversed(chain):
        if parts:
            parts.append("\nThe above exception led to the following exception:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_list(traceback.extract_tb(item.__traceback__)))
        parts.append(describe(item) + "\n")
    return "".join(parts).rstrip("\n")


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = None  # never reuse text another formatter made from the exception
        return scrub(super().format(record))

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return safe_traceback(ei[1]) if ei[1] is not None else ""


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Log files readable by the user only, including each new one after a rotation."""

    def _open(self):
        return disk.open_private_append(self.baseFilename, encoding=self.encoding, errors=self.errors)


def setup_logging(verbosity: int = 0) -> Path | None:
    """Logs INFO and up to the rotating file (DEBUG with -vv), and to stderr only with ``-v``.

    Replaces the handlers an earlier call installed. Returns the log file, or None when it cannot be
    written (logging never stops the program).
    """
    remove_handlers()
    root = logging.getLogger()
    level = logging.DEBUG if verbosity > 1 else logging.INFO
    handlers: list[logging.Handler] = [logging.NullHandler()]  # keeps Python's last-resort stderr output away
    path: Path | None = log_file()
    try:
        disk.private_folder(path.parent)
        handlers.append(_PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                    encoding="utf-8", delay=True))
        handlers[-1].setFormatter(ScrubbingFormatter(FORMAT))
    except OSError:
        path = None
    if verbosity:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setFormatter(ScrubbingFormatter("%(levelname)s %(name)s: %(message)s"))
        handlers.append(stderr)
    for handler in handlers:
        handler.set_name(HANDLER_NAME)
        handler.setLevel(level)
        root.addHandler(handler)
    root.setLevel(level)
    return path


def remove_handlers() -> None:
    """Takes away (and closes) the handlers :func:`setup_logging` installed."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        root.removeHandler(handler)
        handler.close()


def report_error(exc: BaseException) -> str:
    """Logs ``exc`` with its (safe) traceback under a new reference; returns the reference for the user."""
    reference = secrets.token_hex(4).upper()
    log.error("unexpected error, reference %s", reference, exc_info=(type(exc), exc, exc.__traceback__))
    return reference
