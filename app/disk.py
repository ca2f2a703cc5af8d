"""Files on the worker's disk: private from their first byte, written all or nothing, and a full disk told apart.

Everything the app writes holds family data or secrets (databases and their logs, backups, exports,
log files, connection profiles), so a file is created 0600 by the ``open`` that makes it - never
loosened first and tightened later - and the app's own folders are 0700. Replacing a file goes through
a temporary name, fsync and rename; the temporary file never stays behind, also when the disk fills.
"""
from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700
SQLITE_FULL = 13
_SQLITE_FULL_TEXT = "database or disk is full"
_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_PG_DISK_FULL = "53100"  # PostgreSQL: disk_full
NEARLY_FULL = 1024 * 1024  # below this, an I/O error opening a database is the full disk (SQLite needs room for -shm and -wal)


def private_folder(path: Path, *, ours: bool = True) -> Path:
    """Makes ``path`` (and missing parents) with mode 0700. An existing folder that is ``ours`` (the
    app's data, backup, log and configuration folders) is tightened to 0700; a folder the worker chose
    is left as it is."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if ours and os.name != "nt":
        info = path.stat()
        if info.st_mode & 0o077 and info.st_uid == os.getuid():
            os.chmod(path, stat.S_IMODE(info.st_mode) & ~0o077 | PRIVATE_FOLDER)
    return path


def create_private(path: Path) -> None:
    """Creates ``path`` empty with mode 0600; fails if it exists (so nobody's file is taken over)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE))


def open_private_append(path: str | os.PathLike, *, encoding: str | None = "utf-8", errors: str | None = None):
    """A text stream appending to ``path``, created 0600 if it is new (log files)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
    return open(fd, "a", encoding=encoding, errors=errors)


def write_atomically(target: Path, data: bytes) -> Path:
    """Writes ``data`` to ``target`` through a private temporary file in the same folder, fsync and a
    rename: the target is the complete new file (0600) or untouched. Raises OSError; cleans up first."""
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name[:40]}.", suffix=".part")  # 0600
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        remove_quietly(Path(tmp_name))
        raise
    return target


def copy_private(source: Path, dest: Path) -> None:
    """Copies ``source``'s bytes into a new 0600 file ``dest`` (not its mode: an old file may be 0644);
    on failure ``dest`` is removed."""
    create_private(dest)
    try:
        with source.open("rb") as src, dest.open("r+b") as out:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        remove_quietly(dest)
        raise


def remove_quietly(*paths: Path) -> None:
    """Removes what a failed write left; a file that cannot be removed is not a second error."""
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def nearly_full(folder: Path) -> bool:
    """Whether the file system holding ``folder`` has (almost) no room left for this user."""
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows: judge by the error alone
        return False
    return info.f_bavail * info.f_frsize < NEARLY_FULL


def is_disk_full(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or what it wraps) says the disk or the quota is full: ENOSPC from the operating
    system, SQLITE_FULL from SQLite or SQLCipher, disk_full from PostgreSQL."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS:
            return True
        if isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL:
            return True
        if getattr(exc, "sqlstate", None) == _PG_DISK_FULL:
            return True
        if type(exc).__module__.startswith(("sqlite3", "sqlcipher3")) and _SQLITE_FULL_TEXT in str(exc):
            return True  # sqlcipher3's errors carry no error code
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return False
