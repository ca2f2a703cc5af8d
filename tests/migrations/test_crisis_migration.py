"""Revision 0027 with data: the crisis table is there empty, one open crisis per case and an ended one has
its outcome, the access log's vocabulary has the new words; and back down to 0024."""
from __future__ import annotations

import sqlite3

import pytest

from app.storage import schema
from tests.migrations.test_direction_migration import NOW, _downgrade, old_database  # noqa: F401 - the fixture

INSERT = ("INSERT INTO crisis (family_id, case_id, started_at, started_by, ended_on, outcome, version, created_at, "
          "updated_at) VALUES (1, 1, ?, 'marked', ?, ?, 1, ?, ?)")


def test_up_to_0027_one_open_crisis_per_case(old_database):
    engine, path = old_database
    schema.migrate(engine, "0027")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM crisis").fetchone()[0] == 0
        conn.execute(INSERT, (NOW, None, None, NOW, NOW))
        conn.execute(INSERT, (NOW, "2026-02-01", "regular_help", NOW, NOW))
        for bad in ((None, None), ("2026-02-02", None), (None, "other"), ("2026-02-02", "nonsense")):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(INSERT, (NOW, *bad, NOW, NOW))
        assert conn.execute("SELECT name, args FROM access_log_vocabulary WHERE name LIKE 'crisis%' ORDER BY name"
                            ).fetchall() == [
            ("crisis", ""), ("crisis_ended", "ended|regular_help|placement|other,n"), ("crisis_followed_up", "n"),
            ("crisis_started", "marked|involvement")]


def test_down_to_0024_drops_the_table(old_database):
    engine, path = old_database
    schema.migrate(engine, "0027")
    _downgrade(engine, "0024")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0024"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "crisis" not in tables
        assert conn.execute("SELECT count(*) FROM access_log_vocabulary WHERE name LIKE 'crisis%'").fetchone()[0] == 0
