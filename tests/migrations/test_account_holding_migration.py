"""Revision 0029 with data: providers keep their rows and have no account holder yet, the new tables take
what their checks allow and refuse the rest, the access log's vocabulary has the new words; and back down."""
from __future__ import annotations

import sqlite3

import pytest

from app.storage import schema
from tests.migrations.test_direction_migration import NOW, _downgrade, old_database  # noqa: F401 - the fixture

INSERT_STEP = ("INSERT INTO improvement_step (provider_id, kind, step_on, agreements, decision, recorded_by_id, "
               "created_at, updated_at) VALUES (1, ?, '2026-02-01', ?, ?, 1, ?, ?)")
INSERT_SIGNAL = ("INSERT INTO provider_signal (provider_id, team_id, kind, raised_on, raised_by_id, created_at, "
                 "updated_at) VALUES (1, 1, ?, '2026-02-01', 1, ?, ?)")


def _provider(path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO provider (id, name, active, version, created_at, updated_at) "
                     "VALUES (1, 'Jeugdhulp', 1, 1, ?, ?)", (NOW, NOW))


def test_up_to_0029_the_tables_are_there_and_checked(old_database):
    engine, path = old_database
    schema.migrate(engine, "0024")
    _provider(path)
    schema.migrate(engine, "0029")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name, account_holder_id FROM provider").fetchall() == [("Jeugdhulp", None)]
        conn.execute(INSERT_SIGNAL, ("waiting_time", NOW, NOW))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(INSERT_SIGNAL, ("bad_mood", NOW, NOW))
        conn.execute("INSERT INTO provider_signal_case (signal_id, family_id, case_id, note, created_at, updated_at) "
                      "VALUES (1, 1, 1, 'Wacht', ?, ?)", (NOW, NOW))
        conn.execute(INSERT_STEP, ("plan", "Afspraken", None, NOW, NOW))
        conn.execute(INSERT_STEP, ("decision", None, "enforce", NOW, NOW))
        for bad in (("plan", None, None), ("decision", None, None), ("monitoring", None, "continue"),
                    ("decision", None, "shrug")):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(INSERT_STEP, (*bad, NOW, NOW))
        assert conn.execute("SELECT name, args FROM access_log_vocabulary WHERE name IN ('provider_signal', "
                            "'signal_raised', 'improvement_step') ORDER BY name, args").fetchall() == [
            ("improvement_step", ""), ("improvement_step", "plan|monitoring|decision"), ("provider_signal", ""),
            ("signal_raised", "goal_not_reached|waiting_time|no_report_back|other")]


def test_down_to_0024_drops_them_and_keeps_the_providers(old_database):
    engine, path = old_database
    schema.migrate(engine, "0024")
    _provider(path)
    schema.migrate(engine, "0029")
    _downgrade(engine, "0024")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0024"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert not {"provider_signal", "provider_signal_case", "improvement_step"} & tables
        assert conn.execute("SELECT name FROM provider").fetchall() == [("Jeugdhulp",)]
        assert conn.execute("SELECT count(*) FROM access_log_vocabulary WHERE name IN ('provider_signal', "
                            "'signal_raised')").fetchone()[0] == 0
