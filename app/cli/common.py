"""What every ``gezinsregie`` command shares: one-line translated errors and output, and opening a
database with its key (from the keyring, ``--passphrase-file``, ``GEZINSREGIE_PASSPHRASE``, or asked
in the terminal when there is one)."""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from app.bootstrap import Services, open_database
from app.cli.help import TranslatingHelpFormatter, placeholder, speak_our_language
from app.config import default_database_path
from app.storage.crypto import MIN_PASSPHRASE_LENGTH
from app.storage.db import NOT_AN_ADDRESS, DatabaseTarget, make_engine, resolve_target
from app.errors import AppError, DatabaseUnavailable, Msg
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.storage.keys import KeySource, PassphraseReason, PassphraseRequest
from app.redact import mask_passwords, safe_url

log = logging.getLogger("gezinsregie.cli")

PROG = "gezinsregie"
CONTEXT = "Cli"
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
PROMPT_ATTEMPTS = 3

USAGE = QT_TRANSLATE_NOOP("Cli", "{problem} (see 'gezinsregie --help').")
UNPASSABLE_ARGUMENT = QT_TRANSLATE_NOOP(
    "Cli", "an argument contains a character that no command line can pass (a NUL or a lone surrogate)")
UNREACHABLE = QT_TRANSLATE_NOOP("Cli", "The database {database} could not be opened: {reason}")
NOT_LOCAL = QT_TRANSLATE_NOOP("Cli", "This command works on a local database file, not on {database}.")
BAD_PASSPHRASE_FILE = QT_TRANSLATE_NOOP("Cli", "The passphrase file '{path}' cannot be read or is empty.")
EXPLAIN = {
    PassphraseReason.NO_KEYRING: QT_TRANSLATE_NOOP(
        "Cli", "This computer has no keyring to keep the database key in, so Gezinsregie protects {database} "
               "with a passphrase. You need it every time the database is opened; without it the data cannot "
               "be recovered."),
    PassphraseReason.NOT_IN_KEYRING: QT_TRANSLATE_NOOP(
        "Cli", "The keyring holds no key for {database}. If it is protected with a passphrase, enter it."),
    PassphraseReason.WRONG: QT_TRANSLATE_NOOP("Cli", "That passphrase does not open {database}. Try again."),
}
ASK = QT_TRANSLATE_NOOP("Cli", "Passphrase: ")
ASK_NEW = QT_TRANSLATE_NOOP("Cli", "Choose a passphrase (at least {count} characters): ")
ASK_AGAIN = QT_TRANSLATE_NOOP("Cli", "Repeat the passphrase: ")
TOO_SHORT = QT_TRANSLATE_NOOP("Cli", "Too short: a passphrase needs at least {count} characters.")
DIFFERENT = QT_TRANSLATE_NOOP("Cli", "The two passphrases differ.")


class CliError(AppError):
    """A problem with the command or its outcome; the text is translated in the ``Cli`` context."""

    def __init__(self, text: str, *, exit_code: int = EXIT_ERROR, **params: object):
        self.exit_code = exit_code
        super().__init__(Msg(text, params))

    def message(self) -> str:
        return translate(CONTEXT, self.msg.text).format(**self.msg.params)


def say(text: str, **params: object) -> None:
    print(translate(CONTEXT, text).format(**params))


def tell(text: str, **params: object) -> None:
    """A note for the person at the terminal (stderr, so output stays clean for scripts)."""
    print(translate(CONTEXT, text).format(**params), file=sys.stderr)


def fail(message: str, code: int) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def first_line(exc: BaseException) -> str:
    """An exception's first line for the terminal, with any database address's password masked."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {mask_passwords(text[0])}" if text else type(exc).__name__


def warn(error: AppError) -> None:
    """Something the worker should know that did not stop the command (stderr, one line)."""
    print(f"{PROG}: {error.message()}", file=sys.stderr)


def passable(arg: object) -> bool:
    """What a shell can pass: no NUL, and encodable as a file name. Only a script calling ``main()``
    in-process can give more, and no name or file could hold it."""
    text = str(arg)
    try:
        os.fsencode(text)
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


class Parser(argparse.ArgumentParser):
    """Reports a wrong command line as one translated line instead of usage text and exit; help,
    usage and placeholders in the current language (see :mod:`app.cli.help`)."""

    def __init__(self, *args, **kwargs):
        speak_our_language()  # before argparse names its groups and the -h option
        kwargs.setdefault("formatter_class", TranslatingHelpFormatter)
        super().__init__(*args, **kwargs)

    def add_argument(self, *args, **kwargs):
        if "metavar" in kwargs:
            kwargs["metavar"] = placeholder(kwargs["metavar"])
        return super().add_argument(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        if "metavar" in kwargs:
            kwargs["metavar"] = placeholder(kwargs["metavar"])
        return super().add_subparsers(**kwargs)

    def parse_args(self, args=None, namespace=None):
        if args is not None and not all(map(passable, args)):
            self.error(translate(CONTEXT, UNPASSABLE_ARGUMENT))
        return super().parse_args(args, namespace)

    def error(self, message: str):
        raise CliError(USAGE, exit_code=EXIT_USAGE, problem=message)


# --- keys --------------------------------------------------------------------------------------------------

def key_source(args: argparse.Namespace) -> KeySource:
    """Keys for this command: the keyring; a passphrase from ``--passphrase-file`` or the environment;
    else asked in the terminal (never when input is not a terminal: then the error says what to do)."""
    passphrase = read_passphrase_file(args.passphrase_file) if getattr(args, "passphrase_file", None) else None
    return KeySource(passphrase=passphrase, prompt=terminal_prompt if sys.stdin.isatty() else None)


def read_passphrase_file(name: str) -> str:
    try:
        text = Path(name).expanduser().read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError):
        text = ""
    if not text:
        raise CliError(BAD_PASSPHRASE_FILE, path=name)
    return text


def terminal_prompt(request: PassphraseRequest) -> str | None:
    """Asks for the passphrase (twice for a new one); None after too many failed tries."""
    tell(EXPLAIN[request.reason], database=request.path)
    for _ in range(PROMPT_ATTEMPTS):
        if not request.new:
            return getpass.getpass(translate(CONTEXT, ASK)) or None
        first = getpass.getpass(translate(CONTEXT, ASK_NEW).format(count=MIN_PASSPHRASE_LENGTH))
        if len(first) < MIN_PASSPHRASE_LENGTH:
            tell(TOO_SHORT, count=MIN_PASSPHRASE_LENGTH)
        elif getpass.getpass(translate(CONTEXT, ASK_AGAIN)) != first:
            tell(DIFFERENT)
        else:
            return first
    return None


# --- opening -----------------------------------------------------------------------------------------------

@contextmanager
def database_errors(database: str | None) -> Iterator[None]:
    """Turns driver and address errors into one clear, translated message."""
    try:
        yield
    except ArgumentError:  # also an unknown driver such as "nosuch://"
        raise DatabaseUnavailable(NOT_AN_ADDRESS, url=display(database)) from None
    except SQLAlchemyError as exc:
        log.debug("database error", exc_info=True)
        cause = getattr(exc, "orig", None) or exc
        reason = first_line(cause)
        password = _password_of(database)
        if password and len(password) > 3:  # a driver may quote it in a shape no pattern knows
            reason = reason.replace(password, "***")
        raise CliError(UNREACHABLE, database=display(database), reason=reason) from None


def _password_of(database: str | None) -> str | None:
    try:
        return make_url(database).password if database and "://" in database else None
    except (ArgumentError, ValueError):
        return None


def target_for(database: str | None) -> DatabaseTarget:
    return resolve_target(database if database is not None else default_database_path())


def local_target(database: str | None) -> DatabaseTarget:
    target = target_for(database)
    if target.path is None:
        raise CliError(NOT_LOCAL, database=target.display_name)
    return target


def display(database: str | None) -> str:
    """The database as the worker may see it: a path, or an address without its password."""
    try:
        return target_for(database).display_name
    except AppError:
        return safe_url(str(database))


def open_services(database: str | None, keys: KeySource) -> Services:
    """Opens the database; what went wrong without stopping it (a postponed backup) is told on stderr."""
    with database_errors(database):
        services = open_database(database, encryption=keys)
    for warning in services.warnings:
        warn(warning)
    return services


def open_engine(database: str | None, keys: KeySource, *, create: bool) -> tuple[DatabaseTarget, Engine]:
    with database_errors(database):
        target = keys.attach(target_for(database), create=create)
        return target, make_engine(target, create=create)
