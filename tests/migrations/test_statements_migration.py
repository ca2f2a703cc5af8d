"""Revision 0019 moves the family-group plan offer from the plan versions to the case and keeps what they
held (the earliest plan marked offered gives the day, the latest note stays); downgrading gives it back."""
from __future__ import annotations

import sqlite3

from alembic import command

from app.storage import schema
from app.storage.db import make_engine, resolve_target

NOW = "2026-01-01 10:00:00.000000"


def _fill(path) -> None:
    with sqlite3.connect(path) as conn:
        run = conn.execute
        run("INSERT INTO team (id, name, version, created_at, updated_at) VALUES (1, 'Team', 1, ?, ?)", (NOW, NOW))
        run("INSERT INTO worker (id, name, username, role, active, version, created_at, updated_at) "
            "VALUES (1, 'W', 'w', 'worker', 1, 1, ?, ?)", (NOW, NOW))
        run("INSERT INTO family (id, name, team_id, version, created_at, updated_at) "
            "VALUES (1, 'Familie Öztürk', 1, 1, ?, ?)", (NOW, NOW))
        run("INSERT INTO person (id, family_id, role, first_name, surname, date_of_birth, parental_authority, "
            "version, created_at, updated_at) VALUES (1, 1, 'parent', 'Ayşe', 'Öztürk', '1988-06-12', 1, 1, ?, ?)",
            (NOW, NOW))
        for case_id, opened in ((1, "2026-01-01"), (2, "2025-01-01")):
            run("INSERT INTO case_file (id, family_id, team_id, director_id, status, priority, direction_mode, "
                "opened_on, closed_on, reopen_count, version, created_at, updated_at) VALUES "
                f"(?, 1, 1, 1, ?, 'normal', 'social_team', ?, ?, 0, 1, ?, ?)",
                (case_id, "active" if case_id == 1 else "closed", opened, None if case_id == 1 else "2025-06-01",
                 NOW, NOW))
        plans = [  # case, version, status, plan date, offered, note
            (1, 1, "superseded", "2026-01-10", 1, "Aangeboden, oma denkt mee"),
            (1, 2, "agreed", "2026-02-10", 1, None),
            (1, 3, "draft", "2026-03-10", 0, "Gezin koos voor hulpplan"),
            (2, 1, "agreed", "2025-01-10", 0, None),
        ]
        for n, (case_id, no, status, day, offered, note) in enumerate(plans, 1):
            run("INSERT INTO family_plan (id, case_id, version_no, status, request_for_help, concerns, strengths, "
                "desired_future, agreements, plan_date, agreed_on, agreed_with, evaluation_interval_weeks, author_id, "
                "family_group_plan_offered, family_group_plan_note, version, created_at, updated_at) VALUES "
                "(?, ?, ?, ?, '', '', '', '', '', ?, ?, ?, 13, 1, ?, ?, 1, ?, ?)",
                (n, case_id, no, status, day, None if status == "draft" else day,
                 None if status == "draft" else "Ayşe", offered, note, NOW, NOW))


def test_the_offer_moves_to_the_case_and_back(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(resolve_target(path))
    schema.migrate(engine, "0017")
    _fill(path)
    schema.migrate(engine, "0019")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT id, family_group_plan_offered_on, family_group_plan_answer, family_group_plan_note "
                            "FROM case_file ORDER BY id").fetchall() == [
            (1, "2026-01-10", None, "Gezin koos voor hulpplan"), (2, None, None, None)]
        assert "family_group_plan_offered" not in [r[1] for r in conn.execute("PRAGMA table_info(family_plan)")]
        assert conn.execute("SELECT count(*) FROM family_plan").fetchone()[0] == 4
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

    cfg = schema.alembic_config()
    with engine.connect() as conn:  # as schema.migrate: foreign keys off while batch mode recreates tables
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # outside SQLAlchemy's BEGIN
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.downgrade(cfg, "0017")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT case_id, family_group_plan_offered, family_group_plan_note FROM family_plan "
                            "ORDER BY id").fetchall() == [
            (1, 1, "Gezin koos voor hulpplan"), (1, 1, "Gezin koos voor hulpplan"), (1, 1, "Gezin koos voor hulpplan"),
            (2, 0, None)]
        assert "own_statement" not in [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
