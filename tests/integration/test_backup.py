"""Backups: made online with the database's own key, rotated, verified, and restored as they were."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.storage import schema
from app.storage.backup import (BackupInfo, backups_to_prune, daily_backup, list_backups, make_backup, restore_backup,
                        verify_file)
from app.bootstrap import open_database
from app.cli import main
from app.credentials import SERVICE
from app.storage.crypto import SQLITE_HEADER, DatabaseKey, FileKind, file_kind
from app.storage.db import connect_file, key_opens, make_engine, resolve_target
from app.storage.keys import KEY_NAME, KeySource
from tests.integration.case_helpers import intake_family


def dump(path: Path, key: DatabaseKey | None) -> dict[str, list[tuple]]:
    """Every row of every table: what "the same data" means."""
    conn = connect_file(path, key)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


@pytest.fixture
def encrypted(tmp_path, test_keyring):
    """An encrypted database with one family, its key (from the test keyring) and its backup folder."""
    path = tmp_path / "gezinsregie.db"
    services = open_database(path, daily_backup=False)
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    intake_family(services, "Öztürk")
    yield services, DatabaseKey(test_keyring.passwords[(SERVICE, KEY_NAME)]), tmp_path / "backups"
    services.close()


def test_a_backup_is_encrypted_with_the_same_key_and_restores_exactly(encrypted, capsys):
    services, key, folder = encrypted
    path = services.ctx.target.path
    backup = make_backup(services.engine, folder, label="manual")
    before = dump(path, key)
    intake_family(services, "Jansen")  # after the backup: gone once it is restored
    services.close()
    assert not backup.read_bytes().startswith(SQLITE_HEADER) and key_opens(backup, key)

    code = main(["db", "restore", str(backup), "--yes", "--database", str(path)])

    out = capsys.readouterr().out
    assert code == 0 and out.count("\n") == 1
    assert dump(path, key) == before
    safety = [b for b in list_backups(folder, "gezinsregie") if b.label == "before-restore"]
    assert len(safety) == 1 and str(safety[0].path) in out
    assert any(name == "Familie Jansen" for (_, name, *_rest) in dump(safety[0].path, key)["family"])


def test_a_backup_is_consistent_while_a_save_is_under_way(encrypted):
    services, key, folder = encrypted
    writer = services.engine.connect()
    transaction = writer.begin()
    writer.exec_driver_sql("UPDATE family SET name = 'Familie Halverwege'")
    try:
        backup = make_backup(services.engine, folder, label="manual")
    finally:
        transaction.rollback()
        writer.close()
    names = [row[1] for row in dump(backup, key)["family"]]
    assert names == ["Familie Öztürk"] and verify_file(backup, key) == []


def test_restore_asks_for_confirmation(encrypted, capsys):
    services, key, folder = encrypted
    path = services.ctx.target.path
    backup = make_backup(services.engine, folder, label="manual")
    intake_family(services, "Jansen")
    services.close()
    before = dump(path, key)

    code = main(["db", "restore", str(backup), "--database", str(path)])

    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "--yes" in err
    assert dump(path, key) == before


def test_an_old_unencrypted_backup_comes_back_encrypted(tmp_path, test_keyring):
    path = tmp_path / "gezinsregie.db"
    services = open_database(path, encryption=None, daily_backup=False)
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    old = make_backup(services.engine, tmp_path / "backups", label="manual")
    services.close()
    key = KeySource().new_key(path)

    restore_backup(old, path, backup_key=None, key=key, safety_folder=tmp_path / "backups")

    assert file_kind(path) is FileKind.ENCRYPTED and dump(path, key) == dump(old, None)


def test_the_backup_before_an_upgrade_is_encrypted_too(tmp_path, test_keyring):
    path = tmp_path / "oud.db"
    target = KeySource().attach(resolve_target(path), create=True)
    engine = make_engine(target)
    schema.migrate(engine, "0001")
    engine.dispose()

    open_database(path).close()

    made = [b for b in list_backups(tmp_path / "backups", "oud") if b.label.startswith("before-upgrade")]
    assert len(made) == 1 and file_kind(made[0].path) is FileKind.ENCRYPTED
    assert verify_file(made[0].path, target.key) == []


# --- daily backups and their rotation -----------------------------------------------------------------------

def infos(moments: list[datetime]) -> list[BackupInfo]:
    return [BackupInfo(Path(f"g-daily-{m:%Y%m%d-%H%M%S}.db"), m, "daily", 1) for m in moments]


def test_rotation_keeps_seven_days_and_four_weeks():
    start = datetime(2026, 9, 1, 9, 0)  # a Tuesday
    moments = [start + timedelta(days=d, hours=h) for d in range(60) for h in (0, 5)]  # two a day, 60 days

    pruned = backups_to_prune(infos(moments) + [BackupInfo(Path("g-manual-x.db"), start, "manual", 1)])

    kept = sorted({m for m in moments} - {b.made_at for b in pruned})
    last = start + timedelta(days=59, hours=5)  # Friday 30 October 2026, 14:00
    newest_per_day = [last - timedelta(days=d) for d in range(7)]  # back to Saturday 24 October
    # Four weeks: this one and the one before end inside those seven days; two older Sundays are added.
    older_weeks = [datetime(2026, 10, 18, 14), datetime(2026, 10, 11, 14)]
    assert kept == sorted(newest_per_day + older_weeks)
    assert all(b.label == "daily" for b in pruned)


def test_a_daily_backup_once_a_day_then_rotated(encrypted):
    services, key, folder = encrypted
    first = datetime(2026, 11, 1, 8, 30)
    for day in range(40):
        morning = first + timedelta(days=day)
        assert daily_backup(services.engine, folder, now=morning) is not None
        assert daily_backup(services.engine, folder, now=morning + timedelta(hours=4)) is None

    dailies = [b for b in list_backups(folder, "gezinsregie") if b.label == "daily"]
    days = [b.made_at.date() for b in dailies]  # the last one was Thursday 10 December 2026
    expected = [first.date() + timedelta(days=d) for d in range(39, 32, -1)] + [
        datetime(2026, 11, 29).date(), datetime(2026, 11, 22).date()]  # the Sundays of two older weeks
    assert days == expected
    assert all(not b.path.read_bytes().startswith(SQLITE_HEADER) for b in dailies)


def test_opening_makes_the_day_s_backup_but_not_for_a_new_database(tmp_path, test_keyring):
    path = tmp_path / "gezinsregie.db"
    open_database(path).close()
    assert list_backups(tmp_path / "backups", "gezinsregie") == []

    open_database(path).close()
    open_database(path).close()

    assert [b.label for b in list_backups(tmp_path / "backups", "gezinsregie")] == ["daily"]


# --- gezinsregie db backup / verify ---------------------------------------------------------------------------

def test_backup_and_verify_on_the_command_line(encrypted, capsys):
    services, key, folder = encrypted
    path = str(services.ctx.target.path)
    services.close()

    assert main(["db", "backup", "--database", path]) == 0
    made = list_backups(folder, "gezinsregie")[0].path
    assert str(made) in capsys.readouterr().out

    assert main(["db", "verify", "--database", path]) == 0
    sound = capsys.readouterr().out.splitlines()
    assert len(sound) == 3 and path in sound[0] and str(made) in sound[1]

    data = bytearray(made.read_bytes())
    data[8192:8200] = b"\x00" * 8  # one damaged page
    made.write_bytes(bytes(data))
    assert main(["db", "verify", "--database", path]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == sound[0] and out.splitlines()[1] != sound[1]
    assert err.count("\n") == 1 and "gezinsregie db restore" in err
