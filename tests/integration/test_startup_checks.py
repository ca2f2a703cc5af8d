"""Opening with deferred checks (the GUI's start): the integrity check and the daily backup are left
for the background, still find damage, and still make the day's backup of a sound file."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.storage.backup import list_backups
from app.bootstrap import open_database
from app.errors import DatabaseDamaged
from tests.integration.case_helpers import intake_family
from tests.integration.damage import damage_rows_of


def new_database(path: Path, **options) -> None:
    services = open_database(path, daily_backup=False, **options)
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    intake_family(services, "Öztürk")
    services.close()


def damage(path: Path, at: int | None = None, size: int = 4096) -> None:
    data = bytearray(path.read_bytes())
    start = at if at is not None else (len(data) // 4096 // 2) * 4096
    data[start:start + size] = os.urandom(size)
    path.write_bytes(bytes(data))


def dailies(folder: Path) -> list:
    return [b for b in list_backups(folder, "gezinsregie") if b.label == "daily"]


def test_a_deferred_start_checks_and_backs_up_only_when_asked(tmp_path):
    path = tmp_path / "gezinsregie.db"
    new_database(path)
    services = open_database(path, defer_checks=True)
    try:
        assert dailies(tmp_path / "backups") == []  # nothing read or copied before the window
        assert services.background_checks is not None
        made = services.background_checks()
        assert made is not None and [b.path for b in dailies(tmp_path / "backups")] == [made]
        services.background_checks()  # once a day
        assert len(dailies(tmp_path / "backups")) == 1
    finally:
        services.close()


def test_the_synchronous_start_still_checks_at_once_and_leaves_nothing_for_later(tmp_path):
    path = tmp_path / "gezinsregie.db"
    new_database(path)
    services = open_database(path)
    services.close()
    assert services.background_checks is None and len(dailies(tmp_path / "backups")) == 1


def test_the_background_check_finds_damage_and_makes_no_backup_of_it(tmp_path):
    path = tmp_path / "gezinsregie.db"
    new_database(path)
    damage_rows_of(path)
    services = open_database(path, defer_checks=True)  # the schema pages are fine: it opens
    try:
        with pytest.raises(DatabaseDamaged) as found:
            services.background_checks()
        assert "gezinsregie db restore" in found.value.message()
    finally:
        services.close()
    assert dailies(tmp_path / "backups") == []


def test_a_file_too_damaged_to_open_is_called_damaged_at_once(tmp_path):
    path = tmp_path / "gezinsregie.db"
    new_database(path, encryption=None)
    damage(path, at=100, size=3996)  # the schema page, behind the file header
    with pytest.raises(DatabaseDamaged):
        open_database(path, defer_checks=True, encryption=None)


def test_an_upgrade_is_never_run_on_an_unchecked_file(tmp_path, monkeypatch):
    from app.storage import backup
    from app.storage import schema

    path = tmp_path / "gezinsregie.db"
    checked = []
    real_check = backup.check_database
    monkeypatch.setattr(backup, "check_database", lambda engine: checked.append(1) or real_check(engine))
    services = open_database(path, defer_checks=True)  # a new file: created by the migrations
    services.close()
    assert checked and services.background_checks is None
    assert schema.head_revision()


def test_the_schema_state_without_alembic_agrees_with_alembic():
    from app.storage import schema

    assert schema.known_revisions() == schema._alembic_revisions()


def test_cancelling_interrupts_the_check_and_skips_the_backup(tmp_path):
    path = tmp_path / "gezinsregie.db"
    new_database(path)
    services = open_database(path, defer_checks=True)
    checks = services.background_checks
    try:
        checks.cancel()  # before it ran: nothing is read or copied
        assert checks() is None and dailies(tmp_path / "backups") == []

        again = open_database(path, defer_checks=True)
        running = again.background_checks
        real = running._engine.raw_connection
        interrupted = []

        def raw_connection():  # the app closes while quick_check runs: cancel from inside the check
            conn = real()
            conn.driver_connection.set_progress_handler(
                lambda: interrupted.append(running._checking is not None) or running.cancel() or 0, 50)
            return conn

        running._engine.raw_connection = raw_connection
        assert running() is None and interrupted and interrupted[0]
        assert dailies(tmp_path / "backups") == []  # no verdict, no backup: both come next start
        again.close()
    finally:
        services.close()
