"""Converting an unencrypted local database (and its old backups) to SQLCipher, on request.

The steps, each safe to interrupt: the plain file's log is checkpointed; an encrypted copy is written
into the backup folder and checked (integrity and row counts against the original); that copy is
then swapped in atomically. No plaintext copy is made along the way; older plain backups of the same
database are encrypted in place too, so no readable copy stays behind in the backup folder.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import disk

from app.storage import backup
from app.storage.crypto import DatabaseKey, FileKind, file_kind
from app.storage.db import connect_file
from app.errors import AppError, DatabaseUnavailable
from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

NOT_PLAIN = QT_TRANSLATE_NOOP("Errors", "'{path}' is not an unencrypted Gezinsregie database.")
COPY_DIFFERS = QT_TRANSLATE_NOOP(
    "Errors", "The encrypted copy of '{path}' did not match the original; nothing was changed.")


@dataclass(frozen=True)
class EncryptResult:
    backup: Path            # the encrypted copy made first, kept in the backup folder
    old_backups: int        # earlier plain backups that were encrypted in place


def encrypt_database(db_path: Path, key: DatabaseKey, backup_folder: Path, *, now: datetime | None = None) -> EncryptResult:
    """Replaces the plain database at ``db_path`` by an encrypted one with the same content.

    Nothing may have the database open (close the app first).
    """
    if file_kind(db_path) is not FileKind.PLAIN:
        raise DatabaseUnavailable(NOT_PLAIN, path=str(db_path))
    _checkpoint(db_path)
    expected = table_counts(db_path, None)
    disk.private_folder(backup_folder)
    copy = backup.backup_path(backup_folder, db_path.stem, backup.BEFORE_ENCRYPT, now or datetime.now())
    partial = copy.with_name(copy.name + ".partial")
    backup.export_file(db_path, None, partial, key)
    if backup.verify_file(partial, key) or table_counts(partial, key) != expected:
        partial.unlink(missing_ok=True)
        raise AppError(COPY_DIFFERS, path=str(db_path))
    backup.settle(partial, copy)
    fresh = db_path.with_name(db_path.name + ".encrypting")
    try:
        backup.discard(fresh)
        disk.copy_private(copy, fresh)
        backup.replace_file(fresh, db_path)
    finally:
        fresh.unlink(missing_ok=True)
    log.info("database encrypted")
    return EncryptResult(copy, encrypt_plain_backups(backup_folder, db_path.stem, key))


def encrypt_plain_backups(folder: Path, stem: str, key: DatabaseKey) -> int:
    """Encrypts, in place, the unencrypted backups of the database ``stem``; returns how many."""
    done = 0
    for item in backup.list_backups(folder, stem):
        if file_kind(item.path) is not FileKind.PLAIN or backup.verify_file(item.path, None):
            continue
        fresh = item.path.with_name(item.path.name + ".encrypting")
        try:
            backup.export_file(item.path, None, fresh, key)
            if table_counts(fresh, key) == table_counts(item.path, None):
                backup.replace_file(fresh, item.path)
                done += 1
        finally:
            fresh.unlink(missing_ok=True)
    return done


def table_counts(path: Path, key: DatabaseKey | None) -> dict[str, int]:
    """Rows per table: the cheap proof that a copy holds everything."""
    conn = connect_file(path, key)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def _checkpoint(db_path: Path) -> None:
    """Moves everything in the write-ahead log into the file, so the swap cannot lose a transaction."""
    conn = connect_file(db_path, None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
