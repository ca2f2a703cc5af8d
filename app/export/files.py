"""Writing an export to disk safely: all or nothing, with a clear message when the place is unusable."""
from __future__ import annotations

import errno
import os
import re
import unicodedata
from pathlib import Path

from app import disk
from app.errors import AppError, Msg
from app.i18n import QT_TRANSLATE_NOOP

NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The file {name} could not be saved: the folder {folder} does not exist.")
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "Errors", "The file {name} could not be saved: you may not write in the folder {folder}. Choose another folder.")
IS_FOLDER = QT_TRANSLATE_NOOP("Errors", "The file {name} could not be saved: {path} is a folder.")
DISK_FULL = QT_TRANSLATE_NOOP("Errors", "The file {name} could not be saved: the disk is full.")
NOT_SAVED = QT_TRANSLATE_NOOP("Errors", "The file {name} could not be saved ({reason}).")

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


class ExportFailed(AppError):
    """An export could not be written; nothing was left behind."""

    default = QT_TRANSLATE_NOOP("Errors", "The file could not be saved.")


def write_atomically(path: str | os.PathLike, data: bytes) -> Path:
    """Writes ``data`` to ``path`` all or nothing, private to the worker (see :mod:`app.disk`); a
    failure is an ExportFailed that says why, and no temporary file stays behind."""
    target = Path(path).expanduser()
    try:
        return disk.write_atomically(target, data)
    except OSError as exc:
        raise _failure(exc, target, target.parent if str(target.parent) else Path(".")) from exc


def _failure(exc: OSError, target: Path, folder: Path) -> ExportFailed:
    name, where = target.name, str(folder.resolve() if folder.exists() else folder)
    if isinstance(exc, IsADirectoryError):
        return ExportFailed(Msg(IS_FOLDER, {"name": name, "path": str(target)}))
    if isinstance(exc, FileNotFoundError) or (exc.errno == errno.ENOENT):
        return ExportFailed(Msg(NO_FOLDER, {"name": name, "folder": where}))
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportFailed(Msg(NO_PERMISSION, {"name": name, "folder": where}))
    if disk.is_disk_full(exc):
        return ExportFailed(Msg(DISK_FULL, {"name": name}))
    return ExportFailed(Msg(NOT_SAVED, {"name": name, "reason": exc.strerror or type(exc).__name__}))


def safe_file_name(text: str, max_length: int = 120) -> str:
    """A file name that every file system takes: no path separators or reserved characters."""
    cleaned = _UNSAFE.sub(" ", unicodedata.normalize("NFC", text)).strip(" .")
    cleaned = re.sub(r"\s+", " ", cleaned)
    return (cleaned or "export")[:max_length].rstrip(" .")
