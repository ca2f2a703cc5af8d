"""Shared fixtures: a migrated database template copied per test, and services on top of it."""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.bootstrap import Services, open_database  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.db import make_engine, resolve_target  # noqa: E402
from app import schema  # noqa: E402

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test touches the real user data directory."""
    monkeypatch.setenv("GEZINSREGIE_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """A database migrated to head once per session; tests get a copy."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(resolve_target(path))
    schema.upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
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
    svc = open_database(db_path, clock=clock)
    svc.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    yield svc
    svc.close()
