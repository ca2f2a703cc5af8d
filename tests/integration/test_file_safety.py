"""Files at the edges: private modes from the first byte, refused files left untouched, a full disk that
postpones the backup and says so, and database addresses that never echo their password."""
from __future__ import annotations

import logging
import os
import sqlite3
import stat
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.storage import backup as backups
from app.storage.backup import POSTPONED_DISK_FULL, list_backups
from app.bootstrap import open_database
from app.cli import main
from app.config import backup_dir, data_dir, default_database_path
from app.storage.crypto import DatabaseKey
from app.demo import family_count
from app.storage.db import NO_ROOM_TO_OPEN, resolve_target
from app.storage.encrypt import encrypt_database
from app.errors import AppError, DatabaseUnavailable, DiskFull, ValidationError
from app.i18n import translate
from app.logging_setup import log_file, setup_logging
from app.profiles import Profile, ProfileStore, check_connection, config_dir, validate_profile
from tests.integration.case_helpers import intake_family
from tests.integration.full_disk import fill, leftovers, make_room, small_disk

SECRET = "s3cretPW"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The loosest umask: every private mode below must come from the code, not from the umask."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def sidecars(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal")) if p.exists()]


def new_database(path: Path | None = None, *, encryption=True):
    """A database with a worker and one family, closed again."""
    services = open_database(path) if encryption else open_database(path, encryption=None)
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    intake_family(services, "Öztürk")
    services.close()


def dutch(text: str) -> str:
    translated = translate("Errors", text)
    assert translated != text, "the message has a Dutch translation"
    return translated


# --- private files ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("encrypted", [True, False], ids=["sqlcipher", "sqlite"])
def test_the_database_its_log_files_and_backups_are_private_from_their_first_byte(open_umask, encrypted):
    new_database(encryption=encrypted)  # the embedded database in the data folder
    services = open_database() if encrypted else open_database(encryption=None)  # a second day: the daily backup
    try:
        path = default_database_path()
        assert sidecars(path), "write-ahead log and shared memory are open"
        for file in [path, *sidecars(path)]:
            assert mode(file) == 0o600, file
        assert mode(data_dir()) == 0o700
        made = list_backups(backup_dir(), path.stem)
        assert made and all(mode(b.path) == 0o600 for b in made)
        assert mode(backup_dir()) == 0o700
    finally:
        services.close()


def test_an_older_data_folder_is_made_private_but_a_folder_the_worker_chose_is_left_alone(tmp_path, open_umask):
    data_dir().mkdir(parents=True, exist_ok=True)
    data_dir().chmod(0o755)
    chosen = tmp_path / "shared"
    chosen.mkdir(mode=0o755)

    new_database()
    new_database(chosen / "team.db")

    assert mode(data_dir()) == 0o700
    assert mode(chosen) == 0o755
    assert mode(chosen / "team.db") == 0o600


def test_encrypting_and_restoring_write_only_private_files(tmp_path, open_umask):
    path = tmp_path / "old.db"
    new_database(path, encryption=False)
    path.chmod(0o644)  # as an older version left it
    key = DatabaseKey.generate()

    result = encrypt_database(path, key, tmp_path / "backups")

    assert mode(path) == 0o600 and mode(result.backup) == 0o600
    safety = backups.restore_backup(result.backup, path, backup_key=key, key=key, safety_folder=tmp_path / "backups")
    assert mode(path) == 0o600 and mode(safety) == 0o600
    assert leftovers(tmp_path) == []


def test_exports_are_private(services, tmp_path, open_umask):
    intake_family(services, "Öztürk")
    xlsx = services.exports.caseload_xlsx("mine", tmp_path / "lijst.xlsx").path
    pdf = services.exports.caseload_pdf("mine", tmp_path / "lijst.pdf").path

    assert mode(xlsx) == 0o600 and mode(pdf) == 0o600


def test_log_files_and_connection_profiles_are_private(open_umask, monkeypatch, tmp_path):
    monkeypatch.setenv("GEZINSREGIE_CONFIG_DIR", str(tmp_path / "config"))
    path = setup_logging()
    logging.getLogger("gezinsregie.test").warning("a line")
    ProfileStore().save(Profile(name="Gemeente", host="db.gemeente.nl", database="gr", user="petra"))

    assert path == log_file() and mode(path) == 0o600 and mode(path.parent) == 0o700
    assert mode(config_dir() / "profiles.json") == 0o600 and mode(config_dir()) == 0o700


def test_a_backup_is_private_before_sqlite_writes_its_first_page(services, tmp_path, open_umask, monkeypatch):
    modes = []
    real = backups.connect_file

    def watching(path, key, **options):
        modes.append(mode(path) if path.exists() else None)
        return real(path, key, **options)

    monkeypatch.setattr(backups, "connect_file", watching)
    backups.make_backup(services.engine, tmp_path / "backups", label=backups.MANUAL)

    assert modes == [0o600]


def test_a_rotated_log_file_is_private_too(open_umask, monkeypatch):
    monkeypatch.setattr("app.logging_setup.MAX_BYTES", 200)
    path = setup_logging()
    for n in range(20):
        logging.getLogger("gezinsregie.test").warning("line %d of the rotation test", n)

    rotated = sorted(path.parent.glob(f"{path.name}*"))
    assert len(rotated) > 2 and all(mode(p) == 0o600 for p in rotated)


# --- refused files are not touched ----------------------------------------------------------------------

def _foreign(path: Path, *, wal: bool = False) -> None:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE recepten (naam TEXT)")
    conn.execute("INSERT INTO recepten VALUES ('stamppot')")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    new_database(path, encryption=False)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"Beste Petra,\n" * 100)


def _damaged(path: Path) -> None:
    new_database(path, encryption=False)
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle:middle + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def _other_key(path: Path) -> None:
    conn = backups.connect_file(path, DatabaseKey.generate())
    conn.execute("CREATE TABLE t (x)")
    conn.close()


@pytest.mark.parametrize("make", [_foreign, lambda p: _foreign(p, wal=True), _newer, _not_a_database, _damaged,
                                  _other_key],
                         ids=["foreign", "foreign-wal", "newer-schema", "not-a-database", "damaged", "other-key"])
def test_a_refused_file_is_left_exactly_as_it_was(tmp_path, make):
    path = tmp_path / "gezinsregie.db"
    make(path)
    path.chmod(0o640)
    before = (path.read_bytes(), path.stat().st_mtime_ns, mode(path))
    backups_before = sorted(p.name for p in (tmp_path / "backups").glob("*")) if (tmp_path / "backups").exists() else []

    with pytest.raises(AppError):
        open_database(path).close()

    assert (path.read_bytes(), path.stat().st_mtime_ns, mode(path)) == before
    assert sidecars(path) == []
    after = sorted(p.name for p in (tmp_path / "backups").glob("*")) if (tmp_path / "backups").exists() else []
    assert after == backups_before


def test_an_accepted_file_is_opened_as_before(tmp_path):
    path = tmp_path / "gezinsregie.db"
    new_database(path)
    services = open_database(path)
    try:
        with services.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert [b.label for b in list_backups(tmp_path / "backups", "gezinsregie")] == ["daily"]
    finally:
        services.close()


# --- a full disk ---------------------------------------------------------------------------------------

@contextmanager
def database_on_small_disk(tmp_path: Path, *, encryption: bool = True):
    with small_disk(tmp_path / "disk") as disk:
        path = disk / "gezinsregie.db"
        new_database(path, encryption=encryption)
        yield disk, path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_nearly_full_disk_postpones_the_daily_backup_and_the_command_still_works(tmp_path, capsys):
    out_file = tmp_path / "lijst.xlsx"
    with database_on_small_disk(tmp_path) as (disk, path):
        fill(disk, leave=128 * 1024)  # room for the day's saves, not for a copy of the database

        code, out, err = run(capsys, "export", "caseload", "--format", "xlsx", "--out", str(out_file),
                             "--database", str(path))

        assert code == 0 and out_file.exists(), err
        assert err == f"gezinsregie: {dutch(POSTPONED_DISK_FULL)}\n"
        assert list_backups(disk / "backups", "gezinsregie") == []
        assert leftovers(disk) == []

        make_room(disk)  # the next start makes the backup after all
        code, out, err = run(capsys, "export", "caseload", "--format", "xlsx", "--out", str(out_file),
                             "--database", str(path))
        assert code == 0 and err == ""
        assert [b.label for b in list_backups(disk / "backups", "gezinsregie")] == ["daily"]


def test_a_partial_backup_left_by_an_older_version_is_cleared_at_the_next_backup(tmp_path):
    path = tmp_path / "gezinsregie.db"
    new_database(path)
    stale = tmp_path / "backups" / "gezinsregie-daily-20260101-080000.db.partial"
    stale.parent.mkdir(exist_ok=True)
    stale.write_bytes(b"")

    open_database(path).close()

    assert not stale.exists()


@pytest.mark.parametrize("encrypted", [True, False], ids=["sqlcipher", "sqlite"])
def test_a_save_on_a_full_disk_says_the_disk_is_full_and_saves_nothing(tmp_path, encrypted):
    with database_on_small_disk(tmp_path, encryption=encrypted) as (disk, path):
        services = open_database(path) if encrypted else open_database(path, encryption=None)
        try:
            services.workers.sign_in(services.workers.local_worker().worker_id)
            before = family_count(services)
            fill(disk)

            with pytest.raises(DiskFull) as info:
                intake_family(services, "Jansen")

            assert info.value.message() == dutch(DiskFull.default)
            assert "bezet" not in info.value.message()
            make_room(disk)
            assert family_count(services) == before
            intake_family(services, "Jansen")  # with room again, the same save works
            assert family_count(services) == before + 1
        finally:
            services.close()
        assert leftovers(disk) == []


def test_a_database_on_a_completely_full_disk_is_refused_as_a_full_disk_not_a_wrong_key(tmp_path, capsys):
    with database_on_small_disk(tmp_path) as (disk, path):
        fill(disk)
        before = path.read_bytes()

        code, out, err = run(capsys, "admin", "list-users", "--database", str(path))

        assert code == 1 and out == ""
        assert err == f"gezinsregie: {dutch(NO_ROOM_TO_OPEN).format(path=path)}\n"
        assert path.read_bytes() == before and leftovers(disk) == []


def test_a_backup_by_hand_on_a_full_disk_says_so_and_leaves_nothing(tmp_path, capsys):
    with database_on_small_disk(tmp_path) as (disk, path):
        fill(disk, leave=128 * 1024)

        code, out, err = run(capsys, "db", "backup", "--database", str(path))

        assert code == 1 and "schijf" in err and "Traceback" not in err
        assert list_backups(disk / "backups", "gezinsregie") == [] and leftovers(disk) == []


def test_an_export_to_a_full_disk_says_so_and_leaves_nothing(services, tmp_path):
    intake_family(services, "Öztürk")
    with small_disk(tmp_path / "usb", "1m") as usb:
        fill(usb)
        with pytest.raises(AppError) as info:
            services.exports.caseload_pdf("mine", usb / "lijst.pdf")
        assert "vol" in info.value.message()
        assert not (usb / "lijst.pdf").exists() and leftovers(usb) == []


# --- no password in any message -------------------------------------------------------------------------

MALFORMED = [
    f"postgresql://petra:{SECRET}@db.gemeente.nl:notaport/gezinsregie",
    f"postgresql://petra:{SECRET}@[::1/gezinsregie",
    f"://petra:{SECRET}@db.gemeente.nl/gezinsregie",
    f"postgresql://petra:{SECRET}@with@at:sign@db/gezinsregie",
    f"postgresql://petra:{SECRET} with space@db:x/gezinsregie",
    f"post gres://petra:{SECRET}@db/gezinsregie",
    f"nosuchdriver://petra:{SECRET}@db/gezinsregie",
    f"postgresql+psycopg://petra:{SECRET}@127.0.0.1:1/gezinsregie?connect_timeout=2",
    f"postgresql+psycopg://petra:{SECRET}@127.0.0.1:5432/gezinsregie?sslmode=bogus",
]


@pytest.mark.parametrize("url", MALFORMED)
def test_no_database_address_is_echoed_with_its_password(url, capsys):
    code, out, err = run(capsys, "-v", "admin", "list-users", "--database", url)

    assert code != 0 and err.startswith("gezinsregie: ")
    assert SECRET not in out + err
    assert "***" in err or "petra" not in err
    assert not log_file().exists() or SECRET not in log_file().read_text(encoding="utf-8")


def test_a_log_line_that_quotes_an_address_has_its_password_masked(capsys):
    path = setup_logging(verbosity=1)
    logging.getLogger("gezinsregie.test").warning("tried 'postgresql://petra:%s@db:x/gr' and postgres://a:%s@b",
                                                  SECRET, SECRET)

    written = path.read_text(encoding="utf-8") + capsys.readouterr().err
    assert SECRET not in written and written.count("petra:***@db:x/gr") == 2


def test_a_database_target_shows_its_address_only_without_the_password():
    target = resolve_target(f"postgresql://petra:{SECRET}@db.gemeente.nl/gezinsregie")

    assert SECRET not in repr(target) and SECRET not in target.display_name
    assert target.display_name == "postgresql+psycopg://petra:***@db.gemeente.nl/gezinsregie"


def test_a_server_with_an_impossible_name_is_refused_at_its_field_and_never_echoes_the_password():
    profile = Profile(name="Gemeente", host="db:x", database="gr", user="petra")
    with pytest.raises(ValidationError) as info:
        validate_profile(profile)
    assert set(info.value.fields) == {"host"}

    with pytest.raises(DatabaseUnavailable) as refused:
        check_connection(profile, SECRET)
    assert SECRET not in refused.value.message()
    validate_profile(Profile(name="Gemeente", host="[::1]", database="gr", user="petra"))  # IPv6 is fine
