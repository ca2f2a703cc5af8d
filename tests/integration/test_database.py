"""Opening the embedded database: pragmas, the user data directory, and bad paths or files."""
from __future__ import annotations

import os

import pytest

from app.bootstrap import open_database
from app.config import default_database_path
from app.errors import DatabaseUnavailable


def test_embedded_database_has_the_safe_pragmas(services):
    with services.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_default_database_lives_in_the_user_data_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("GEZINSREGIE_DATA_DIR", str(tmp_path / "data"))
    services = open_database()
    try:
        assert services.ctx.target.path == default_database_path() == tmp_path / "data" / "gezinsregie.db"
        assert default_database_path().exists()
    finally:
        services.close()


def test_a_folder_that_cannot_be_created_is_refused():
    with pytest.raises(DatabaseUnavailable) as info:
        open_database("/proc/gezinsregie/nieuw.db")
    assert "kan niet worden aangemaakt" in info.value.message()


def test_a_folder_given_as_database_is_refused(tmp_path):
    with pytest.raises(DatabaseUnavailable) as info:
        open_database(tmp_path)
    assert "is een map" in info.value.message()


def test_a_corrupt_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "kapot.db"
    garbage = os.urandom(4096)
    path.write_bytes(garbage)
    with pytest.raises(DatabaseUnavailable) as info:
        open_database(path)
    assert "geen Gezinsregie-database" in info.value.message()
    assert path.read_bytes() == garbage


def test_a_damaged_sqlite_file_is_refused(tmp_path, migrated_template):
    path = tmp_path / "half.db"
    data = migrated_template.read_bytes()
    path.write_bytes(data[:100] + os.urandom(len(data) - 100))
    with pytest.raises(DatabaseUnavailable):
        open_database(path)


def test_an_invalid_url_is_refused():
    with pytest.raises(DatabaseUnavailable) as info:
        open_database("postgresql://::bad::url")
    assert "geen geldig databaseadres" in info.value.message() or "niet worden geopend" in info.value.message()


def test_an_unknown_driver_is_refused():
    with pytest.raises(DatabaseUnavailable) as info:
        open_database("nosuch://host/db")
    assert "geen geldig databaseadres" in info.value.message()


def test_an_unreachable_server_is_a_clear_message():
    with pytest.raises(DatabaseUnavailable) as info:
        open_database("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert "Kon geen verbinding maken" in info.value.message()
    assert "password" not in info.value.message()
