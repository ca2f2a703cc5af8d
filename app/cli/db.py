"""``gezinsregie db encrypt | backup | restore | verify``: the local database's encryption and backups.

    db encrypt                       convert an unencrypted database (an encrypted copy is kept as backup)
    db backup                        make a backup now (online backup, same encryption as the database)
    db restore BACKUP_FILE [--yes]   replace the database by a backup; a safety copy is made first
    db verify                        integrity check of the database and every backup; exit 1 on a problem

Backups live in ``backups/`` beside the database file (the data folder's for the default database).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.storage import backup
from app.bootstrap import backup_folder_for
from app.cli.common import EXIT_OK, CliError, local_target, open_engine, say
from app.storage.crypto import FileKind, file_kind
from app.storage.db import check_sqlite_file
from app.storage.encrypt import encrypt_database
from app.errors import DatabaseKeyMissing, DatabaseKeyRejected, DatabaseUnavailable
from app.i18n import QT_TRANSLATE_NOOP, translate

ALREADY_ENCRYPTED = QT_TRANSLATE_NOOP("Cli", "{database} is already encrypted.")
ENCRYPTED = QT_TRANSLATE_NOOP(
    "Cli", "Encrypted {database}; the encrypted copy made first is {backup}. Older unencrypted backups "
           "encrypted too: {count}.")
BACKUP_MADE = QT_TRANSLATE_NOOP("Cli", "Backup of {database} made: {backup}")
NO_SUCH_BACKUP = QT_TRANSLATE_NOOP("Cli", "The backup file '{path}' does not exist.")
CONFIRM = QT_TRANSLATE_NOOP(
    "Cli", "Replace {database} by the backup of {date}? The current file is kept as a safety copy first. [y/N] ")
YES_ANSWERS = QT_TRANSLATE_NOOP("Cli", "y,yes")
NEEDS_YES = QT_TRANSLATE_NOOP("Cli", "Restoring replaces the database; add --yes to confirm without a question.")
NOT_RESTORED = QT_TRANSLATE_NOOP("Cli", "Nothing was restored.")
RESTORED = QT_TRANSLATE_NOOP("Cli", "Restored {database} from the backup of {date}; safety copy: {safety}.")
RESTORED_NEW = QT_TRANSLATE_NOOP("Cli", "Restored {database} from the backup of {date}.")
CHECK_OK = QT_TRANSLATE_NOOP("Cli", "{file}: sound ({protection}).")
CHECK_BAD = QT_TRANSLATE_NOOP("Cli", "{file}: DAMAGED ({problem}).")
CHECK_LOCKED = QT_TRANSLATE_NOOP("Cli", "{file}: cannot be opened with this database's key or passphrase.")
CHECK_MISSING = QT_TRANSLATE_NOOP("Cli", "{file}: there is no database file here yet.")
PROTECTION = {True: QT_TRANSLATE_NOOP("Cli", "encrypted"),
              False: QT_TRANSLATE_NOOP("Cli", "NOT encrypted: run 'gezinsregie db encrypt'")}
BACKUPS_CHECKED = QT_TRANSLATE_NOOP("Cli", "Backups checked in {folder}: {count}.")
PROBLEMS = QT_TRANSLATE_NOOP("Cli", "Problems found: {count}. 'gezinsregie db restore BACKUP_FILE' restores a "
                                    "sound backup.")
DATE_FORMAT = "%d-%m-%Y %H:%M"


def add_commands(actions, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Adds the four actions to ``gezinsregie db``; ``common`` adds --database and friends."""
    for name, handler, text in (
        ("encrypt", run_encrypt, QT_TRANSLATE_NOOP(
            "CliHelp", "encrypt an unencrypted local database (an encrypted backup is made first)")),
        ("backup", run_backup, QT_TRANSLATE_NOOP("CliHelp", "make a backup of the local database now")),
        ("restore", run_restore, QT_TRANSLATE_NOOP(
            "CliHelp", "replace the local database by a backup (a safety copy is made first)")),
        ("verify", run_verify, QT_TRANSLATE_NOOP(
            "CliHelp", "check the integrity of the local database and of its backups")),
    ):
        action = actions.add_parser(name, help=text)
        if name == "restore":
            action.add_argument("backup_file", metavar="BACKUP_FILE", help=QT_TRANSLATE_NOOP(
                "CliHelp", "the backup to restore"))
            action.add_argument("--yes", action="store_true", help=QT_TRANSLATE_NOOP(
                "CliHelp", "do not ask for confirmation"))
        common(action)
        action.set_defaults(handler=handler)


def run_encrypt(args: argparse.Namespace, _launcher) -> int:
    target = local_target(args.database)
    if file_kind(target.path) is FileKind.ENCRYPTED:
        say(ALREADY_ENCRYPTED, database=target.display_name)
        return EXIT_OK
    check_sqlite_file(target.path, create=False)
    key = args.keys.new_key(target.path)
    result = encrypt_database(target.path, key, backup_folder_for(target))
    say(ENCRYPTED, database=target.display_name, backup=result.backup, count=result.old_backups)
    return EXIT_OK


def run_backup(args: argparse.Namespace, _launcher) -> int:
    local_target(args.database)
    target, engine = open_engine(args.database, args.keys, create=False)
    try:
        made = backup.make_backup(engine, backup_folder_for(target), label=backup.MANUAL)
    finally:
        engine.dispose()
    say(BACKUP_MADE, database=target.display_name, backup=made)
    return EXIT_OK


def run_restore(args: argparse.Namespace, _launcher) -> int:
    target = local_target(args.database)
    source = Path(args.backup_file).expanduser().resolve()
    if not source.is_file():
        raise CliError(NO_SUCH_BACKUP, path=source)
    kind = file_kind(source)
    if kind not in (FileKind.PLAIN, FileKind.ENCRYPTED):
        raise DatabaseUnavailable(backup.BACKUP_UNUSABLE, path=str(source))
    source_key = args.keys.existing_key(source) if kind is FileKind.ENCRYPTED else None
    key = source_key or args.keys.new_key(target.path)  # a plain (old) backup comes back encrypted
    when = made_at(source)
    if not args.yes and not _confirmed(target.display_name, when):
        raise CliError(NOT_RESTORED)
    safety = backup.restore_backup(source, target.path, backup_key=source_key, key=key,
                                   safety_folder=backup_folder_for(target))
    if safety is None:
        say(RESTORED_NEW, database=target.display_name, date=when)
    else:
        say(RESTORED, database=target.display_name, date=when, safety=safety)
    return EXIT_OK


def _confirmed(database: str, when: str) -> bool:
    if not sys.stdin.isatty():
        raise CliError(NEEDS_YES)
    answer = input(translate("Cli", CONFIRM).format(database=database, date=when)).strip().lower()
    return answer in translate("Cli", YES_ANSWERS).split(",")


def made_at(path: Path) -> str:
    """When a backup was made, the Dutch way (from its name, else from the file's time)."""
    info = backup.describe_backup(path)
    when = info.made_at if info else datetime.fromtimestamp(path.stat().st_mtime)
    return when.strftime(DATE_FORMAT)


def run_verify(args: argparse.Namespace, _launcher) -> int:
    target = local_target(args.database)
    keys = args.keys
    problems = 0
    kind = file_kind(target.path)
    if kind is FileKind.NEW:
        say(CHECK_MISSING, file=target.path)
    else:
        db_key = None
        if kind is FileKind.ENCRYPTED:
            try:
                db_key = keys.existing_key(target.path)
            except (DatabaseKeyMissing, DatabaseKeyRejected):
                db_key = None
        problems += _report(target.path, kind, db_key, known=db_key is not None or kind is not FileKind.ENCRYPTED)
    folder = backup_folder_for(target)
    candidates = keys.known_keys()
    items = backup.list_backups(folder, target.path.stem)
    for item in items:
        usable, key = backup.key_for_file(item.path, candidates)
        problems += _report(item.path, file_kind(item.path), key, known=usable)
    say(BACKUPS_CHECKED, folder=folder, count=len(items))
    if problems:
        raise CliError(PROBLEMS, count=problems)
    return EXIT_OK


def _report(path: Path, kind: FileKind, key, *, known: bool) -> int:
    """Prints one line about ``path``; returns 1 when it has a problem."""
    if not known:
        say(CHECK_LOCKED, file=path)
        return 1
    found = backup.verify_file(path, key)
    if found:
        say(CHECK_BAD, file=path, problem=found[0][:200])
        return 1
    say(CHECK_OK, file=path, protection=translate("Cli", PROTECTION[kind is FileKind.ENCRYPTED]))
    return 0
