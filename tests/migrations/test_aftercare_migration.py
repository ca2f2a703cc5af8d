"""Revision 0024 with data: the existing cases are untouched and have no aftercare (ended help is counted as
"aftercare not recorded"), the two new tables take what their checks allow and refuse the rest, the access
log's vocabulary has the new words; and back down to 0022."""
from __future__ import annotations

import sqlite3

import pytest

from app.storage import schema
from tests.migrations.test_direction_migration import NOW, _downgrade, old_database  # noqa: F401 - the fixture

INSERT_AFTERCARE = ("INSERT INTO aftercare (family_id, case_id, involvement_id, kind, who, what, none_reason, "
                    "recorded_on, created_at, updated_at) VALUES (1, 1, ?, ?, ?, ?, ?, '2026-02-01', ?, ?)")
INSERT_PLAN = ("INSERT INTO transition_plan (family_id, case_id, person_id, domains, agreed_on, version, created_at, "
               "updated_at) VALUES (1, 1, ?, 'wmo,zvw', '2026-02-01', 1, ?, ?)")


def test_up_to_0024_the_tables_are_there_empty_and_checked(old_database):
    engine, path = old_database
    schema.migrate(engine, "0024")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM aftercare").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM transition_plan").fetchone()[0] == 0
        assert conn.execute("SELECT id, status FROM case_file ORDER BY id").fetchall() == [(1, "active"), (2, "active")]
        conn.execute(INSERT_AFTERCARE, (None, "network", "Oma", "Haalt op", None, NOW, NOW))
        conn.execute(INSERT_AFTERCARE, (None, "none_needed", None, None, "moved", NOW, NOW))
        for bad in (("network", "Oma", None, None), ("free_access", None, "Inloop", None),
                    ("none_needed", None, None, None), ("elsewhere", "x", "y", None)):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(INSERT_AFTERCARE, (None, *bad, NOW, NOW))
        conn.execute(INSERT_PLAN, (1, NOW, NOW))
        with pytest.raises(sqlite3.IntegrityError):  # one plan per young person
            conn.execute(INSERT_PLAN, (1, NOW, NOW))
        assert conn.execute("SELECT name, args FROM access_log_vocabulary WHERE name IN ('aftercare', "
                            "'aftercare_recorded', 'transition_plan', 'transition_plan_saved') ORDER BY name"
                            ).fetchall() == [
            ("aftercare", ""), ("aftercare_recorded", "network|free_access|none_needed"), ("transition_plan", ""),
            ("transition_plan_saved", "n")]


def test_down_to_0022_drops_the_tables_and_keeps_the_rest(old_database):
    engine, path = old_database
    schema.migrate(engine, "0024")
    with sqlite3.connect(path) as conn:
        conn.execute(INSERT_AFTERCARE, (None, "network", "Oma", "Haalt op", None, NOW, NOW))
        conn.execute(INSERT_PLAN, (1, NOW, NOW))
    _downgrade(engine, "0022")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0022"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert not {"aftercare", "transition_plan"} & tables
        assert conn.execute("SELECT count(*) FROM case_file").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM access_log_vocabulary WHERE name LIKE 'aftercare%' "
                            "OR name LIKE 'transition_plan%'").fetchone()[0] == 0
