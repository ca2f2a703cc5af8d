"""A real, small file system that can be filled: a tmpfs mounted for one test.

Disk-full paths are tested against the operating system's own ENOSPC (and SQLite's SQLITE_FULL that
follows from it), not a mock. Mounting needs root (CI runs as root); elsewhere the test is skipped and
says why.
"""
from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHUNK = 64 * 1024
FILLER = ".filler"


@contextmanager
def small_disk(where: Path, size: str = "16m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``where`` for the duration; skips the test where mounting is not allowed."""
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"a tmpfs could not be mounted in CI: {done.stderr.strip()}")
        pytest.skip(f"a disk-full test needs to mount a tmpfs (as root): {done.stderr.strip() or done.returncode}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True)


def fill(disk: Path, *, leave: int = 0) -> Path:
    """Fills ``disk`` to the last byte, then frees ``leave`` bytes again (whole pages)."""
    filler = disk / FILLER
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (CHUNK, 4096, 512):
            block = b"\0" * size
            while True:
                try:
                    os.write(fd, block)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC, exc
                    break
    finally:
        os.close(fd)
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def make_room(disk: Path) -> None:
    (disk / FILLER).unlink(missing_ok=True)


def leftovers(folder: Path) -> list[str]:
    """Files a failed write may have left: partial backups, temporary export files, journals."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.name.endswith((".partial", ".part", "-journal", ".restoring", ".encrypting")))
