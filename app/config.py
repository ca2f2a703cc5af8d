"""Where things live: the user's data directory and the default embedded database."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Gezinsregie"
APP_AUTHOR = "Gezinsregie"
DATA_DIR_ENV = "GEZINSREGIE_DATA_DIR"
DATABASE_FILE = "gezinsregie.db"


def data_dir() -> Path:
    """The user's data directory (``GEZINSREGIE_DATA_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE


def backup_dir() -> Path:
    return data_dir() / "backups"
