"""SQLCipher keys, and telling a plain SQLite file from an encrypted one without a key.

A key is either a raw 256-bit key (``x'...'``: SQLCipher skips key derivation, so a connection opens
in well under a millisecond) or a passphrase (SQLCipher derives the key with PBKDF2: about 80-100 ms
per new connection, which is why engines keep their connections pooled).
"""
from __future__ import annotations

import enum
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
SMALLEST_PAGE = 512  # SQLite and SQLCipher files are a whole number of pages of at least this size
MIN_PASSPHRASE_LENGTH = 8
_RAW = re.compile(r"x'[0-9a-fA-F]{64}'")


class FileKind(enum.Enum):
    NEW = "new"              # missing or empty: a database may be created here
    PLAIN = "plain"          # an unencrypted SQLite database
    ENCRYPTED = "encrypted"  # no SQLite header but page-shaped: SQLCipher (or damaged beyond its header)
    OTHER = "other"          # a folder, an unreadable file, or not a database at all


def file_kind(path: Path) -> FileKind:
    """What ``path`` holds, judged from its size and first bytes (encrypted files have no header)."""
    try:
        if path.is_dir():
            return FileKind.OTHER
        size = path.stat().st_size
        if size == 0:
            return FileKind.NEW
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return FileKind.NEW
    except OSError:
        return FileKind.OTHER
    if header == SQLITE_HEADER:
        return FileKind.PLAIN
    return FileKind.ENCRYPTED if size % SMALLEST_PAGE == 0 else FileKind.OTHER


@dataclass(frozen=True)
class DatabaseKey:
    """The secret given to ``PRAGMA key``: ``x'<64 hex>'`` for a raw key, otherwise a passphrase."""

    secret: str = field(repr=False)

    @classmethod
    def generate(cls) -> DatabaseKey:
        return cls(f"x'{secrets.token_hex(32)}'")

    @property
    def is_raw(self) -> bool:
        return bool(_RAW.fullmatch(self.secret))

    def pragma(self) -> str:
        """The statement that keys a fresh connection (quoted as SQLAlchemy's pysqlcipher dialect does)."""
        return 'PRAGMA key = "{}"'.format(self.secret.replace('"', '""'))
