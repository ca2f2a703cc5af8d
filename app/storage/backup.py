"""Backups of the local database: made, rotated, checked and restored.

A backup is made with SQLite's online backup API (a consistent copy while the app keeps working) and
keeps the database's own encryption and key. Files are named ``<stem>-<label>-<YYYYmmdd-HHMMSS>.db``
(local time) in the database's backup folder. Daily backups rotate like restic's keep-daily 7 and
keep-weekly 4: the newest per day for the last 7 days that have one, plus the newest per ISO week
for the last 4 weeks. Other backups (before an upgrade, a restore or encryption; made by hand) stay.

Every file here is created 0600 in a 0700 folder and written under a temporary name that is removed on
any failure, so a full disk leaves nothing behind; the daily backup is then postponed, not fatal.
"""
from __future__ import annotations

import glob
import logging
import os
import re
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from app import disk
from app.storage.crypto import DatabaseKey, FileKind, file_kind
from app.storage.db import DRIVER_ERRORS, connect_file, engine_key, key_opens
from app.errors import AppError, DatabaseDamaged
from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DAILY, MANUAL, BEFORE_RESTORE, BEFORE_ENCRYPT, BEFORE_UPGRADE = (
    "daily", "manual", "before-restore", "before-encrypt", "before-upgrade")
KEEP_DAILY, KEEP_WEEKLY = 7, 4
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"(?P<stem>.+)-(?P<label>daily|manual|before-restore|before-encrypt|before-upgrade-[\w.]+)"
                   r"-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db")

INTEGRITY_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "The database '{path}' is damaged: its integrity check failed. Restore a backup with "
              "'gezinsregie db restore BACKUP_FILE' ('gezinsregie db verify' lists them).")
BACKUP_UNUSABLE = QT_TRANSLATE_NOOP(
    "Errors", "The backup '{path}' cannot be used: it is damaged or cannot be opened with this key.")
RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "The backup could not be restored; the database was left as it was.")
NOT_MADE_DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The backup could not be made: the disk is full. Free up disk space and try again.")
POSTPONED_DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The daily backup was postponed: the disk is full. Free up disk space; the backup is made at "
              "the next start.")
POSTPONED = QT_TRANSLATE_NOOP(
    "Errors", "The daily backup was postponed: it could not be written in the folder '{folder}'. It is tried "
              "again at the next start.")
_SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")


class BackupNotMade(AppError):
    """A backup could not be written for lack of disk space; nothing of it was left behind."""

    default = NOT_MADE_DISK_FULL


class BackupPostponed(AppError):
    """The daily backup could not be made (full disk, unwritable folder); the work goes on without it."""

    default = POSTPONED


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # local time, from the file name
    label: str
    size: int


# --- making and listing ------------------------------------------------------------------------------------

def make_backup(engine: Engine, folder: Path, *, label: str, now: datetime | None = None) -> Path:
    """A consistent copy of the live database into ``folder``, encrypted with the same key. Raises
    BackupNotMade when the disk is full."""
    db_path = Path(engine.url.database)
    raw = engine.raw_connection()
    try:
        return _backup_from(raw.driver_connection, engine_key(engine), folder, db_path.stem, label, now)
    except (OSError, *DRIVER_ERRORS) as exc:
        if disk.is_disk_full(exc):
            raise BackupNotMade() from exc
        raise
    finally:
        raw.close()


def _backup_from(source, key: DatabaseKey | None, folder: Path, stem: str, label: str,
                 now: datetime | None) -> Path:
    disk.private_folder(folder)
    dest = backup_path(folder, stem, label, now or datetime.now())
    partial = dest.with_name(dest.name + ".partial")
    try:
        discard(partial)  # a leftover of a crash, under the same name
        disk.create_private(partial)
        out = connect_file(partial, key)
        try:
            source.backup(out)
        finally:
            out.close()
        settle(partial, dest)
    except BaseException:
        discard(partial)
        raise
    return dest


def discard(path: Path) -> None:
    """Removes an unfinished database file and the journal files SQLite may have left beside it."""
    disk.remove_quietly(path, *(Path(f"{path}{suffix}") for suffix in _SQLITE_SIDE_FILES))


def backup_path(folder: Path, stem: str, label: str, now: datetime) -> Path:
    """A free file name for a new backup."""
    base = f"{stem}-{label}-{now.strftime(STAMP)}"
    dest, n = folder / f"{base}.db", 1
    while dest.exists():
        n += 1
        dest = folder / f"{base}-{n}.db"
    return dest


def settle(partial: Path, dest: Path) -> None:
    """On disk, then under its final name: a crash never leaves a half backup that looks whole."""
    _fsync(partial)
    os.replace(partial, dest)
    _fsync(dest.parent)


def _fsync(path: Path) -> None:
    if path.is_dir() and os.name == "nt":
        return  # Windows cannot open a folder to flush it; its renames are durable anyway
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def describe_backup(path: Path, stem: str | None = None) -> BackupInfo | None:
    """What a backup's name says (None for a file not named like a backup, or of another database)."""
    match = _NAME.fullmatch(path.name)
    if not match or (stem is not None and match["stem"] != stem) or not path.is_file():
        return None
    return BackupInfo(path, datetime.strptime(match["stamp"], STAMP), match["label"], path.stat().st_size)


def backup_kind(label: str) -> str:
    """The label without its details: ``before-upgrade-0003`` is a ``before-upgrade`` backup."""
    return BEFORE_UPGRADE if label.startswith(BEFORE_UPGRADE) else label


def list_backups(folder: Path, stem: str) -> list[BackupInfo]:
    """The backups of the database named ``stem``, newest first."""
    if not folder.is_dir():
        return []
    found = [info for path in folder.glob(f"{glob.escape(stem)}-*.db") if (info := describe_backup(path, stem))]
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def backups_to_prune(backups: list[BackupInfo], *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> list[BackupInfo]:
    """The daily backups that rotation drops (see the module text); other labels are never dropped."""
    dailies = sorted((b for b in backups if b.label == DAILY), key=lambda b: b.made_at, reverse=True)
    keep: set[Path] = set()
    for bucket, count in ((lambda b: b.made_at.date(), daily), (lambda b: b.made_at.isocalendar()[:2], weekly)):
        seen: list[object] = []
        for backup in dailies:
            if bucket(backup) in seen:
                continue
            if len(seen) == count:
                break
            seen.append(bucket(backup))
            keep.add(backup.path)
    return [b for b in dailies if b.path not in keep]


def daily_backup(engine: Engine, folder: Path, *, now: datetime | None = None) -> Path | None:
    """Once a day: a backup labelled ``daily`` (None if today's exists), then rotation.

    Raises BackupPostponed when it cannot be written (a full disk): nothing is left behind, nothing
    is rotated away, and the next start tries again.
    """
    now = now or datetime.now()
    stem = Path(engine.url.database).stem
    try:
        for stale in folder.glob(f"{glob.escape(stem)}-*.db.partial"):  # left by a crash or an older version
            discard(stale)
        if any(b.label == DAILY and b.made_at.date() == now.date() for b in list_backups(folder, stem)):
            return None
        made = make_backup(engine, folder, label=DAILY, now=now)
    except (OSError, BackupNotMade, *DRIVER_ERRORS) as exc:
        full = isinstance(exc, BackupNotMade) or disk.is_disk_full(exc)
        log.warning("daily backup postponed: %s", "disk full" if full else type(exc).__name__)
        raise BackupPostponed(POSTPONED_DISK_FULL if full else POSTPONED, folder=str(folder)) from None
    for old in backups_to_prune(list_backups(folder, stem)):
        old.path.unlink(missing_ok=True)
    log.info("daily backup made")
    return made


# --- checking ---------------------------------------------------------------------------------------------

def integrity_problems(conn, *, encrypted: bool, quick: bool = False) -> list[str]:
    """What SQLite (and SQLCipher's page check) report as wrong; empty when the database is sound."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")]
    problems = [] if rows == ["ok"] else rows
    if encrypted:
        problems += [" ".join(str(c) for c in row) for row in conn.execute("PRAGMA cipher_integrity_check")]
    return problems


def check_database(engine: Engine) -> None:
    """The start-up check: quick_check, and cipher_integrity_check when encrypted. Raises DatabaseDamaged."""
    raw = engine.raw_connection()
    try:
        _raise_if_problems(engine, raw.driver_connection)
    finally:
        raw.close()


def _raise_if_problems(engine: Engine, conn) -> None:
    try:
        problems = integrity_problems(conn, encrypted=engine_key(engine) is not None, quick=True)
    except DRIVER_ERRORS as exc:
        problems = [type(exc).__name__]
    if problems:
        log.error("integrity check failed: %d problem(s), first: %s", len(problems), problems[0][:200])
        raise DatabaseDamaged(INTEGRITY_FAILED, path=str(engine.url.database))


class DeferredChecks:
    """What a start costs when the window is already up: the integrity check (it reads the whole file),
    then - only for a sound database - the daily backup. Call it off the GUI thread: both use their own
    connection, and in WAL mode the backup's read (one step, so a save never restarts it) never blocks
    a save. Raises DatabaseDamaged. :meth:`cancel` (the app is closing) interrupts a running check and
    skips a backup not yet begun; a backup under way is finished."""

    def __init__(self, engine: Engine, folder: Path, *, now: datetime | None = None, daily: bool = True):
        self._engine, self._folder, self._now, self._daily = engine, folder, now, daily
        self._lock = threading.Lock()
        self._checking = None  # the driver connection while the integrity check runs
        self.cancelled = False

    def __call__(self) -> Path | None:
        raw = self._engine.raw_connection()
        try:
            with self._lock:
                if self.cancelled:
                    return None
                self._checking = raw.driver_connection
            try:
                _raise_if_problems(self._engine, raw.driver_connection)
            except DatabaseDamaged:
                if self.cancelled:  # interrupted: no verdict this time
                    return None
                raise
            finally:
                with self._lock:
                    self._checking = None
        finally:
            raw.close()
        if not self._daily or self.cancelled:
            return None
        return daily_backup(self._engine, self._folder, now=self._now)

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._checking is not None:
                self._checking.interrupt()


def verify_file(path: Path, key: DatabaseKey | None) -> list[str]:
    """The full check of a database or backup file; empty when sound."""
    try:
        conn = connect_file(path, key)
        try:
            return integrity_problems(conn, encrypted=key is not None)
        finally:
            conn.close()
    except DRIVER_ERRORS as exc:
        return [f"{type(exc).__name__}: {exc}"]


def key_for_file(path: Path, keys: list[DatabaseKey]) -> tuple[bool, DatabaseKey | None]:
    """(usable, key): a plain file needs no key; an encrypted one the first of ``keys`` that opens it."""
    kind = file_kind(path)
    if kind is FileKind.PLAIN:
        return True, None
    if kind is FileKind.ENCRYPTED:
        for key in keys:
            if key_opens(path, key):
                return True, key
    return False, None


def newest_good_backup(folder: Path, stem: str, keys: list[DatabaseKey]) -> tuple[BackupInfo, DatabaseKey | None] | None:
    """The newest backup that opens with one of ``keys`` (or is plain) and passes its integrity check."""
    for backup in list_backups(folder, stem):
        usable, key = key_for_file(backup.path, keys)
        if usable and not verify_file(backup.path, key):
            return backup, key
    return None


# --- restoring --------------------------------------------------------------------------------------------

def restore_backup(backup: Path, db_path: Path, *, backup_key: DatabaseKey | None, key: DatabaseKey | None,
                   safety_folder: Path, now: datetime | None = None) -> Path | None:
    """Puts the backup's content in place of ``db_path``, encrypted with ``key``; returns the safety copy
    of the file it replaced (None if there was none). Nobody may have the database open meanwhile."""
    if verify_file(backup, backup_key):
        raise AppError(BACKUP_UNUSABLE, path=str(backup))
    safety = safety_copy(db_path, key, safety_folder, now) if db_path.exists() else None
    fresh = db_path.with_name(db_path.name + ".restoring")
    try:
        export_file(backup, backup_key, fresh, key)
        if verify_file(fresh, key):
            raise AppError(RESTORE_FAILED)
        replace_file(fresh, db_path)
    finally:
        fresh.unlink(missing_ok=True)
    log.info("backup restored; safety copy made")
    return safety


def safety_copy(db_path: Path, key: DatabaseKey | None, folder: Path, now: datetime | None = None) -> Path:
    """A copy of the current file before it is replaced: an online backup if it can be read, else its bytes."""
    try:
        conn = connect_file(db_path, key)
        try:
            return _backup_from(conn, key, folder, db_path.stem, BEFORE_RESTORE, now)
        finally:
            conn.close()
    except DRIVER_ERRORS:
        disk.private_folder(folder)
        dest = backup_path(folder, db_path.stem, BEFORE_RESTORE, now or datetime.now())
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            disk.copy_private(wal, Path(f"{dest}-wal"))
        partial = dest.with_name(dest.name + ".partial")
        try:
            disk.copy_private(db_path, partial)
            settle(partial, dest)
        except BaseException:
            discard(partial)
            disk.remove_quietly(Path(f"{dest}-wal"))
            raise
        return dest


def export_file(source: Path, source_key: DatabaseKey | None, dest: Path, dest_key: DatabaseKey | None) -> None:
    """Copies a whole database into a new 0600 file with another (or no) key: SQLCipher's
    sqlcipher_export. On failure ``dest`` is removed."""
    discard(dest)
    try:
        disk.create_private(dest)
        conn = connect_file(source, source_key, cipher=True)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(dest), dest_key.secret if dest_key else ""))
            conn.execute("SELECT sqlcipher_export('target')")
            conn.execute(f"PRAGMA target.user_version = {version}")
            conn.execute("DETACH DATABASE target")
        finally:
            conn.close()
    except BaseException:
        discard(dest)
        raise


def replace_file(new: Path, path: Path) -> None:
    """Puts ``new`` in place of ``path`` atomically. The old write-ahead log and shared memory go first,
    so they can never be replayed onto the new content."""
    _fsync(new)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(new, path)
    _fsync(path.parent)
