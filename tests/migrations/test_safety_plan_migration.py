"""Revision 0026 with data: an existing plan gets empty safety texts and its goals are no safety goals; the
scaling answers take what their checks allow (a score 0..10, exactly one respondent) and refuse the rest; the
access log's vocabulary has the new words; and back down to 0024."""
from __future__ import annotations

import sqlite3

import pytest

from app.storage import schema
from tests.migrations.test_direction_migration import NOW, _downgrade, old_database  # noqa: F401 - the fixture

REVISION = "0026"
PLAN = ("INSERT INTO family_plan (id, case_id, version_no, status, request_for_help, concerns, strengths, "
        "desired_future, agreements, plan_date, evaluation_interval_weeks, author_id, version, created_at, "
        "updated_at) VALUES (1, 1, 1, 'draft', 'Rust', 'Zorgen', 'Oma', 'Rustig', '', '2026-01-10', 13, 1, 1, ?, ?)")
ANSWER = ("INSERT INTO scaling_answer (family_id, case_id, asked_on, person_id, network_member_id, worker_id, score, "
          "note, recorded_by_id, created_at, updated_at) VALUES (1, 1, '2026-02-01', ?, NULL, ?, ?, NULL, 1, ?, ?)")


def test_up_to_0026_plans_get_empty_safety_texts_and_the_answers_are_checked(old_database):
    engine, path = old_database
    schema.migrate(engine, "0024")
    with sqlite3.connect(path) as conn:
        conn.execute(PLAN, (NOW, NOW))
    schema.migrate(engine, REVISION)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT concerns, safety_worries, safety_working_well, safety_next_steps "
                            "FROM family_plan").fetchall() == [("Zorgen", "", "", "")]
        goal_columns = {r[1]: r[4] for r in conn.execute("PRAGMA table_info(goal)")}
        assert goal_columns["safety_goal"] in ("false", "0")
        assert conn.execute("SELECT count(*) FROM scaling_answer").fetchone()[0] == 0
        conn.execute(ANSWER, (1, None, 0, NOW, NOW))
        conn.execute(ANSWER, (None, 1, 10, NOW, NOW))
        for person, worker, score in ((1, None, 11), (1, None, -1), (None, None, 5), (1, 1, 5)):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(ANSWER, (person, worker, score, NOW, NOW))
        assert conn.execute("SELECT name, args FROM access_log_vocabulary WHERE name IN ('scaling_answer', "
                            "'scaling_answer_recorded', 'safety_plan_saved') ORDER BY name").fetchall() == [
            ("safety_plan_saved", ""), ("scaling_answer", ""), ("scaling_answer_recorded", "n")]


def test_down_to_0024_drops_the_safety_plan_and_keeps_the_plan(old_database):
    engine, path = old_database
    schema.migrate(engine, "0024")
    with sqlite3.connect(path) as conn:
        conn.execute(PLAN, (NOW, NOW))
    schema.migrate(engine, REVISION)
    with sqlite3.connect(path) as conn:
        conn.execute(ANSWER, (1, None, 4, NOW, NOW))
    _downgrade(engine, "0024")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0024"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "scaling_answer" not in tables
        assert "safety_worries" not in {r[1] for r in conn.execute("PRAGMA table_info(family_plan)")}
        assert "safety_goal" not in {r[1] for r in conn.execute("PRAGMA table_info(goal)")}
        assert conn.execute("SELECT concerns FROM family_plan").fetchall() == [("Zorgen",)]
        assert conn.execute("SELECT count(*) FROM access_log_vocabulary WHERE name LIKE 'scaling_answer%' "
                            "OR name = 'safety_plan_saved'").fetchone()[0] == 0
