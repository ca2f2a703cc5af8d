"""Revision 0023 with data: existing involvements become help for the family as a whole (no rows in
involvement_person) and are not extended care; a link is only to a person and an involvement that exist;
and back down."""
from __future__ import annotations

import sqlite3

import pytest

from app.storage import schema
from app.storage.db import make_engine, resolve_target
from tests.migrations.test_direction_migration import NOW, _downgrade


@pytest.fixture
def old_database(tmp_path):
    """A database at revision 0022 with one family (Zoë and Daan), a case and two involvements."""
    path = tmp_path / "old.db"
    engine = make_engine(resolve_target(path))
    schema.migrate(engine, "0022")
    with engine.begin() as conn:
        run = conn.exec_driver_sql
        run("INSERT INTO team (id, name, version, created_at, updated_at) VALUES (1, 'Team', 1, ?, ?)", (NOW, NOW))
        run("INSERT INTO worker (id, name, username, role, active, version, created_at, updated_at) "
            "VALUES (1, 'W', 'w', 'worker', 1, 1, ?, ?)", (NOW, NOW))
        run("INSERT INTO family (id, name, team_id, version, created_at, updated_at) "
            "VALUES (1, 'Familie Öztürk', 1, 1, ?, ?)", (NOW, NOW))
        for pid, name, born in ((1, 'Zoë', '2015-03-01'), (2, 'Daan', '2018-09-30')):
            run("INSERT INTO person (id, family_id, role, first_name, surname, date_of_birth, parental_authority, "
                "version, created_at, updated_at) VALUES (?, 1, 'young_person', ?, 'Öztürk', ?, 0, 1, ?, ?)",
                (pid, name, born, NOW, NOW))
        run("INSERT INTO case_file (id, family_id, team_id, director_id, status, priority, direction_mode, "
            "opened_on, reopen_count, version, created_at, updated_at) VALUES "
            "(1, 1, 1, 1, 'active', 'normal', 'social_team', '2026-01-01', 0, 1, ?, ?)", (NOW, NOW))
        run("INSERT INTO provider (id, name, active, version, created_at, updated_at) VALUES (1, 'P', 1, 1, ?, ?)",
            (NOW, NOW))
        run("INSERT INTO product (id, provider_id, name, category_code, active, version, created_at, updated_at) "
            "VALUES (1, 1, 'Gezinsbehandeling', '45', 1, 1, ?, ?)", (NOW, NOW))
        for iid in (1, 2):
            run("INSERT INTO involvement (id, case_id, provider_id, product_id, referrer_type, referral_date, "
                "start_date, direction, extensions, handover, version, created_at, updated_at) VALUES "
                "(?, 1, 1, 1, '01', '2026-01-10', '2026-02-01', 'social_team', 0, 'referred', 4, ?, ?)",
                (iid, NOW, NOW))
    yield engine, path
    engine.dispose()


def test_existing_involvements_become_help_for_the_whole_family(old_database):
    engine, path = old_database
    schema.migrate(engine, "0023")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("SELECT id, extended_care, version FROM involvement ORDER BY id").fetchall() == [
            (1, 0, 4), (2, 0, 4)]
        assert conn.execute("SELECT count(*) FROM involvement_person").fetchone()[0] == 0
        conn.execute("INSERT INTO involvement_person (involvement_id, person_id, family_id) VALUES (1, 1, 1)")
        with pytest.raises(sqlite3.IntegrityError):  # once per person
            conn.execute("INSERT INTO involvement_person (involvement_id, person_id, family_id) VALUES (1, 1, 1)")
        with pytest.raises(sqlite3.IntegrityError):  # no such person
            conn.execute("INSERT INTO involvement_person (involvement_id, person_id, family_id) VALUES (1, 99, 1)")
        conn.execute("DELETE FROM involvement WHERE id = 1")  # the links go with their involvement
        assert conn.execute("SELECT count(*) FROM involvement_person").fetchone()[0] == 0


def test_down_again(old_database):
    engine, path = old_database
    schema.migrate(engine, "0023")
    _downgrade(engine, "0022")
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        columns = {r[1] for r in conn.execute("PRAGMA table_info(involvement)")}
    assert "involvement_person" not in tables and "extended_care" not in columns
    schema.migrate(engine, "0023")
