"""Shared fixtures: a migrated database template copied per test, services on top of it, and a test keyring.

The template is a plain (unencrypted) SQLite file on purpose: tests that are not about encryption
read it directly; tests about encryption make their own encrypted files.
"""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.bootstrap import Services, open_database  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.storage.db import make_engine, resolve_target  # noqa: E402
from app.storage import schema  # noqa: E402
from app.storage.keys import PASSPHRASE_ENV, forget_passphrases  # noqa: E402
from app.logging_setup import LOG_DIR_ENV, remove_handlers  # noqa: E402

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test touches the real user data directory."""
    monkeypatch.setenv("GEZINSREGIE_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


class MemoryKeyring(KeyringBackend):
    """A keyring backend that forgets everything when the test ends."""

    priority = 0  # never chosen by keyring's own detection; tests install it explicitly

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def test_keyring(tmp_path_factory, monkeypatch) -> MemoryKeyring:
    """No test touches a real keyring or log folder. In this process the keyring is in memory; child
    processes get keyring's fail backend (as on a machine without one) and a passphrase by environment."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv(PASSPHRASE_ENV, "test-passphrase")
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path_factory.mktemp("logs")))
    yield backend
    keyring.set_keyring(previous)
    forget_passphrases()
    remove_handlers()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """A database migrated to head once per session; tests get a copy."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(resolve_target(path))
    schema.upgrade(engine)
    with engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def db_path(tmp_path, migrated_template) -> Path:
    path = tmp_path / "gezinsregie.db"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def services(db_path, clock) -> Services:
    """Services on a fresh database with a signed-in worker, 'Sanne de Vries' of 'Wijkteam Noord'."""
    svc = open_database(db_path, clock=clock, encryption=None)
    svc.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    yield svc
    svc.close()
