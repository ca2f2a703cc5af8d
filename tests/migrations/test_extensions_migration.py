"""Revision 0028 with data: existing involvements keep their extension counter and get no extension rows,
every team starts without approval and every product without a norm; the new table takes what its checks
allow and refuses the rest; the access log's vocabulary has the new words; and back down to 0024."""
from __future__ import annotations

import sqlite3

import pytest

from app.storage import schema
from app.storage.db import make_engine, resolve_target
from tests.migrations.test_direction_migration import NOW, _downgrade

INSERT = ("INSERT INTO involvement_extension (family_id, case_id, involvement_id, number, reason, note, evaluation_id, "
          "no_evaluation_reason, previous_end, new_end, requested_by_id, requested_at, status, decided_by_id, "
          "decided_at, decision_note, version, created_at, updated_at) VALUES (1, 1, 1, ?, 'setback', 'Terugval', "
          "NULL, ?, '2026-06-01', ?, 1, ?, ?, ?, ?, ?, 1, ?, ?)")


@pytest.fixture
def old_database(tmp_path):
    """A database at revision 0024: one case with help extended twice before (counter 2) and help never extended."""
    path = tmp_path / "old.db"
    engine = make_engine(resolve_target(path))
    schema.migrate(engine, "0024")
    with engine.begin() as conn:
        run = conn.exec_driver_sql
        run("INSERT INTO team (id, name, version, created_at, updated_at) VALUES (1, 'Team', 1, ?, ?)", (NOW, NOW))
        for wid, role in ((1, "worker"), (2, "supervisor")):
            run("INSERT INTO worker (id, name, username, role, active, version, created_at, updated_at) "
                "VALUES (?, 'W', ?, ?, 1, 1, ?, ?)", (wid, f"w{wid}", role, NOW, NOW))
        run("INSERT INTO family (id, name, team_id, version, created_at, updated_at) "
            "VALUES (1, 'Familie Öztürk', 1, 1, ?, ?)", (NOW, NOW))
        run("INSERT INTO case_file (id, family_id, team_id, director_id, status, priority, direction_mode, "
            "opened_on, reopen_count, version, created_at, updated_at) VALUES "
            "(1, 1, 1, 1, 'active', 'normal', 'social_team', '2026-01-01', 0, 1, ?, ?)", (NOW, NOW))
        run("INSERT INTO provider (id, name, active, version, created_at, updated_at) VALUES (1, 'P', 1, 1, ?, ?)",
            (NOW, NOW))
        run("INSERT INTO product (id, provider_id, name, category_code, active, version, created_at, updated_at) "
            "VALUES (1, 1, 'Gezinsbehandeling', '45', 1, 1, ?, ?)", (NOW, NOW))
        for iid, extensions in ((1, 2), (2, 0)):
            run("INSERT INTO involvement (id, case_id, provider_id, product_id, referrer_type, referral_date, "
                "start_date, planned_end, direction, extensions, handover, version, created_at, updated_at) VALUES "
                "(?, 1, 1, 1, '01', '2026-01-10', '2026-02-01', '2026-06-01', 'social_team', ?, 'referred', 4, ?, ?)",
                (iid, extensions, NOW, NOW))
    yield engine, path
    engine.dispose()


def test_existing_counters_are_kept_and_nothing_else_changes(old_database):
    engine, path = old_database
    schema.migrate(engine, "0028")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT id, extensions, planned_end, version FROM involvement ORDER BY id").fetchall() == [
            (1, 2, "2026-06-01", 4), (2, 0, "2026-06-01", 4)]
        assert conn.execute("SELECT count(*) FROM involvement_extension").fetchone()[0] == 0
        assert conn.execute("SELECT extension_approval FROM team").fetchall() == [(0,)]
        assert conn.execute("SELECT max_weeks, max_extensions FROM product").fetchall() == [(None, None)]
        assert conn.execute("SELECT name, args FROM access_log_vocabulary WHERE name LIKE '%extension%' "
                            "ORDER BY name").fetchall() == [
            ("extension", "n"), ("extension_approval", "approval_required|approval_not_required"),
            ("extension_decided", "n,approved|refused"), ("extension_requested", "n,requested|approved|refused"),
            ("involvement_extension", "")]


def test_the_table_refuses_what_its_checks_forbid(old_database):
    engine, path = old_database
    schema.migrate(engine, "0028")
    with sqlite3.connect(path) as conn:
        # number, why-no-evaluation, new end, status, decided by, decided at, decision note
        conn.execute(INSERT, (3, "Volgt", "2026-09-01", NOW, "requested", None, None, None, NOW, NOW))
        conn.execute(INSERT, (4, "Volgt", "2026-09-01", NOW, "refused", 2, NOW, "Eerst evalueren", NOW, NOW))
        for bad in ((3, "Volgt", "2026-10-01", "requested", None, None, None),   # the number is taken
                    (5, None, "2026-10-01", "requested", None, None, None),      # no evaluation and no why
                    (5, "Volgt", "2026-06-01", "requested", None, None, None),   # not after the previous end
                    (5, "Volgt", "2026-10-01", "approved", None, None, None),    # decided without a date
                    (5, "Volgt", "2026-10-01", "approved", 1, NOW, None),       # approved by the one who asked
                    (5, "Volgt", "2026-10-01", "refused", 2, NOW, None),        # refused without a note
                    (0, "Volgt", "2026-10-01", "requested", None, None, None)):  # numbers start at 1
            number, why, new_end, status, by, at, note = bad
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(INSERT, (number, why, new_end, NOW, status, by, at, note, NOW, NOW))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE product SET max_weeks = 0")


def test_down_to_0024_drops_the_table_and_columns_and_keeps_the_counters(old_database):
    engine, path = old_database
    schema.migrate(engine, "0028")
    with sqlite3.connect(path) as conn:
        conn.execute(INSERT, (3, "Volgt", "2026-09-01", NOW, "requested", None, None, None, NOW, NOW))
    _downgrade(engine, "0024")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0024"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "involvement_extension" not in tables
        assert "extension_approval" not in {r[1] for r in conn.execute("PRAGMA table_info(team)")}
        assert conn.execute("SELECT extensions FROM involvement ORDER BY id").fetchall() == [(2,), (0,)]
        assert conn.execute("SELECT name FROM access_log_vocabulary WHERE name LIKE '%extension%'"
                            ).fetchall() == [("extension",)]  # the code of before revision 0028 stays
