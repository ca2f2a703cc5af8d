"""Revision 0022 with data: existing cases keep their direction (the social team, or what was set) without a
holder, the history accepts the new events, the measures' table is there and empty; and back down."""
from __future__ import annotations

import sqlite3

import pytest

from app.storage import schema
from app.storage.db import make_engine, resolve_target

NOW = "2026-01-01 10:00:00.000000"


def _downgrade(engine, revision: str) -> None:
    """Alembic's downgrade, as :func:`app.storage.schema.migrate` runs an upgrade (foreign keys off on SQLite)."""
    from alembic import command

    cfg = schema.alembic_config()
    with engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # outside a transaction
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.downgrade(cfg, revision)


@pytest.fixture
def old_database(tmp_path):
    """A database at revision 0017 with two cases: one directed by the social team, one in samenregie."""
    path = tmp_path / "old.db"
    engine = make_engine(resolve_target(path))
    schema.migrate(engine, "0001")
    with engine.begin() as conn:
        run = conn.exec_driver_sql
        run("INSERT INTO team (id, name, version, created_at, updated_at) VALUES (1, 'Team', 1, ?, ?)", (NOW, NOW))
        run("INSERT INTO worker (id, name, username, role, active, version, created_at, updated_at) "
            "VALUES (1, 'W', 'w', 'worker', 1, 1, ?, ?)", (NOW, NOW))
        for family, mode in ((1, "social_team"), (2, "samenregie")):
            run("INSERT INTO family (id, name, team_id, version, created_at, updated_at) "
                "VALUES (?, 'Familie Öztürk', 1, 1, ?, ?)", (family, NOW, NOW))
            run("INSERT INTO person (id, family_id, role, first_name, surname, date_of_birth, parental_authority, "
                "version, created_at, updated_at) VALUES (?, ?, 'young_person', 'Zoë', 'Öztürk', '2015-03-01', 0, 1, "
                "?, ?)", (family, family, NOW, NOW))
            run("INSERT INTO case_file (id, family_id, team_id, director_id, status, priority, direction_mode, "
                "opened_on, reopen_count, version, created_at, updated_at) VALUES "
                "(?, ?, 1, 1, 'active', 'normal', ?, '2026-01-01', 0, 3, ?, ?)", (family, family, mode, NOW, NOW))
            run("INSERT INTO case_event (case_id, at, on_date, kind, worker_id) VALUES (?, ?, '2026-01-01', 'opened', 1)",
                (family, NOW))
    schema.migrate(engine, "0017")
    yield engine, path
    engine.dispose()


def test_existing_cases_keep_their_direction_and_the_history_takes_the_new_events(old_database):
    engine, path = old_database
    schema.migrate(engine, "0022")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT id, direction_mode, direction_organisation, direction_person, direction_contact, "
                            "direction_since, version FROM case_file ORDER BY id").fetchall() == [
            (1, "social_team", None, None, None, None, 3), (2, "samenregie", None, None, None, None, 3)]
        assert conn.execute("SELECT count(*) FROM protection_measure").fetchone()[0] == 0
        for kind in ("direction_changed", "measure_recorded", "measure_extended"):
            conn.execute("INSERT INTO case_event (case_id, at, on_date, kind, worker_id) "
                         "VALUES (1, ?, '2026-02-01', ?, 1)", (NOW, kind))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO case_event (case_id, at, on_date, kind, worker_id) "
                         "VALUES (1, ?, '2026-02-01', 'nonsense', 1)", (NOW,))
        conn.execute("INSERT INTO protection_measure (family_id, case_id, person_id, kind, institution, starts_on, "
                     "ends_on, extensions, version, created_at, updated_at) VALUES "
                     "(1, 1, 1, 'ots', 'GI', '2026-02-01', '2027-02-01', 0, 1, ?, ?)", (NOW, NOW))
        with pytest.raises(sqlite3.IntegrityError):  # an OTS has an end
            conn.execute("INSERT INTO protection_measure (family_id, case_id, person_id, kind, institution, "
                         "starts_on, extensions, version, created_at, updated_at) VALUES "
                         "(1, 1, 1, 'ots', 'GI', '2026-02-01', 0, 1, ?, ?)", (NOW, NOW))
        assert conn.execute("SELECT name, args FROM access_log_vocabulary WHERE name IN "
                            "('direction_set', 'measure_recorded', 'protection_measure') ORDER BY name").fetchall() == [
            ("direction_set", "social_team|samenregie|elsewhere"), ("measure_recorded", "provisional_ots|ots|guardianship"),
            ("protection_measure", "")]


def test_down_to_0017_keeps_the_cases_and_drops_the_new_events(old_database):
    engine, path = old_database
    schema.migrate(engine, "0022")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE case_file SET direction_mode = 'elsewhere', direction_organisation = 'GI' WHERE id = 1")
        conn.execute("INSERT INTO case_event (case_id, at, on_date, kind, worker_id) "
                     "VALUES (1, ?, '2026-02-01', 'direction_changed', 1)", (NOW,))
    _downgrade(engine, "0017")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0017"
        assert conn.execute("SELECT id, direction_mode FROM case_file ORDER BY id").fetchall() == [
            (1, "elsewhere"), (2, "samenregie")]
        assert conn.execute("SELECT kind FROM case_event ORDER BY id").fetchall() == [("opened",), ("opened",)]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "protection_measure" not in tables
