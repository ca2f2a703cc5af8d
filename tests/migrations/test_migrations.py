"""The migrations produce exactly the models' schema, keep data on upgrade, and refuse newer schemas."""
from __future__ import annotations

import re
import sqlite3
from datetime import date

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

import models
from app.storage import schema
from app.bootstrap import open_database
from app.storage.db import make_engine, resolve_target
from app.errors import DatabaseUnavailable, SchemaTooNew
from app.storage.schema import SchemaStatus


def _schema_sql(path) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Index definitions (with WHERE clauses) and named CHECK constraints per table."""
    with sqlite3.connect(path) as conn:
        indexes = {n: re.sub(r"\s+", " ", s) for n, s in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        checks = {}
        for table, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
            checks[table] = set(re.findall(r"CONSTRAINT (\w+) CHECK", sql or ""))
    return indexes, checks


def test_migrations_produce_exactly_the_models_schema(tmp_path):
    migrated = tmp_path / "migrated.db"
    engine = make_engine(resolve_target(migrated))
    schema.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                models.Base.metadata)
    engine.dispose()
    assert diff == []

    # Alembic does not compare partial-index conditions or CHECK constraints: compare the SQL.
    fresh = tmp_path / "fresh.db"
    plain = create_engine(f"sqlite:///{fresh}")
    models.Base.metadata.create_all(plain)
    plain.dispose()
    migrated_indexes, migrated_checks = _schema_sql(migrated)
    fresh_indexes, fresh_checks = _schema_sql(fresh)
    assert migrated_indexes == fresh_indexes
    assert {t: c for t, c in migrated_checks.items() if t != "alembic_version"} == fresh_checks


def test_upgrade_keeps_data_including_rows_under_recreated_tables(tmp_path):
    """0002 recreates family_plan; goals and actions below it (ON DELETE CASCADE) must survive."""
    path = tmp_path / "old.db"
    engine = make_engine(resolve_target(path))
    schema.migrate(engine, "0001")
    with engine.begin() as conn:
        run = conn.exec_driver_sql
        now = "2026-01-01 10:00:00.000000"
        run("INSERT INTO team (id, name, version, created_at, updated_at) VALUES (1, 'Team', 1, ?, ?)", (now, now))
        run("INSERT INTO worker (id, name, username, role, active, version, created_at, updated_at) "
            "VALUES (1, 'W', 'w', 'worker', 1, 1, ?, ?)", (now, now))
        run("INSERT INTO family (id, name, team_id, version, created_at, updated_at) "
            "VALUES (1, 'Familie Öztürk', 1, 1, ?, ?)", (now, now))
        run("INSERT INTO person (id, family_id, role, first_name, surname, date_of_birth, bsn, "
            "parental_authority, version, created_at, updated_at) VALUES "
            "(1, 1, 'young_person', 'Zoë', 'Öztürk', '2015-03-01', '123456782', 0, 1, ?, ?)", (now, now))
        run("INSERT INTO case_file (id, family_id, team_id, director_id, status, priority, direction_mode, "
            "opened_on, reopen_count, version, created_at, updated_at) VALUES "
            "(1, 1, 1, 1, 'active', 'normal', 'social_team', '2026-01-01', 0, 1, ?, ?)", (now, now))
        run("INSERT INTO family_plan (id, case_id, version_no, status, request_for_help, concerns, strengths, "
            "desired_future, agreements, plan_date, agreed_on, agreed_with, evaluation_interval_weeks, "
            "author_id, version, created_at, updated_at) VALUES "
            "(1, 1, 1, 'agreed', 'Rust in huis', '', '', '', '', '2026-01-01', '2026-01-05', NULL, 13, 1, 1, ?, ?)",
            (now, now))
        run("INSERT INTO goal (id, plan_id, lineage, position, life_domain_id, description, success_criterion, "
            "status, version, created_at, updated_at) VALUES "
            "(1, 1, 'abc', 0, 1, 'Zoë gaat elke dag naar school', 'Geen verzuim', 'open', 1, ?, ?)", (now, now))
        run("INSERT INTO goal_person (goal_id, person_id) VALUES (1, 1)")
        run("INSERT INTO action (id, goal_id, position, what, owner, done, version, created_at, updated_at) "
            "VALUES (1, 1, 0, 'Wekker zetten', 'member', 0, 1, ?, ?)", (now, now))
    assert schema.schema_state(engine).status is SchemaStatus.BEHIND
    engine.dispose()

    services = open_database(path)  # the app upgrades a local database itself, with a backup first
    services.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema.head_revision()
        assert conn.execute("SELECT count(*) FROM goal").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM goal_person").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM action").fetchone()[0] == 1
        assert conn.execute("SELECT first_name FROM person").fetchone()[0] == "Zoë"
        assert conn.execute("SELECT agreed_with FROM family_plan").fetchone() == ("-",)
        assert conn.execute("SELECT family_group_plan_offered_on FROM case_file").fetchone() == (None,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    backups = list((tmp_path / "backups").glob("old-before-upgrade-0001-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT count(*) FROM goal").fetchone()[0] == 1


def _revision_before(revision: str) -> str:
    """The revision a migration follows (the chain is re-made when branches are merged)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(schema.alembic_config()).get_revision(revision).down_revision


def test_0021_moves_a_teams_municipality_into_team_municipality_and_back(tmp_path):
    """Issue 15: a team's one municipality (code and name) becomes its first row of team_municipality; workers
    and teams get phone and e-mail; downgrading puts the first municipality back."""
    path = tmp_path / "teams.db"
    engine = make_engine(resolve_target(path))
    before = _revision_before("0021")
    schema.migrate(engine, before)
    with engine.begin() as conn:
        run = conn.exec_driver_sql
        now = "2026-01-01 10:00:00.000000"
        for id_, name, code, municipality in ((1, "Wijkteam Noord", "0479", "Zaanstad"),
                                              (2, "Wijkteam Purmerend", "0439", None), (3, "Beheer", None, None)):
            run("INSERT INTO team (id, name, municipality_code, municipality_name, version, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, 1, ?, ?)", (id_, name, code, municipality, now, now))
        run("INSERT INTO worker (id, name, username, role, active, version, created_at, updated_at) "
            "VALUES (1, 'W', 'w', 'worker', 1, 1, ?, ?)", (now, now))
        run("INSERT INTO family (id, name, team_id, municipality_code, version, created_at, updated_at) "
            "VALUES (1, 'Familie Öztürk', 1, '0479', 1, ?, ?)", (now, now))
    schema.migrate(engine, "0021")
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT team_id, code, name, position FROM team_municipality ORDER BY team_id")
        assert [tuple(r) for r in rows] == [(1, "0479", "Zaanstad", 0), (2, "0439", "0439", 0)]
        assert [tuple(r) for r in conn.exec_driver_sql("SELECT id, phone, email FROM worker")] == [(1, None, None)]
        assert conn.exec_driver_sql("SELECT municipality_code FROM family").scalar() == "0479"
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE worker SET phone = '0612345678', email = 'w@zaanstad.nl'")
        with pytest.raises(Exception):  # the database's own check on the form: no free text
            conn.exec_driver_sql("UPDATE team SET phone = 'bel de balie' WHERE id = 1")
    cfg = schema.alembic_config()
    with engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.downgrade(cfg, before)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, municipality_code, municipality_name FROM team ORDER BY id")
        assert [tuple(r) for r in rows] == [(1, "0479", "Zaanstad"), (2, "0439", "0439"), (3, None, None)]
    engine.dispose()


def test_a_failed_migration_rolls_back_whole(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    engine = make_engine(resolve_target(path))
    schema.migrate(engine, "0001")
    original = command.upgrade

    def upgrade_then_fail(cfg, rev, **kw):
        original(cfg, rev, **kw)
        raise RuntimeError("power cut")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        schema.upgrade(engine)
    assert schema.schema_state(engine).current == "0001"
    with engine.connect() as conn:
        cols = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(family_plan)")]
    assert "family_group_plan_offered" not in cols
    engine.dispose()


def test_a_schema_newer_than_the_app_is_refused_and_left_alone(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(SchemaTooNew) as info:
        open_database(db_path)
    assert "nieuwere versie" in info.value.message()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_future"


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(DatabaseUnavailable) as info:
        open_database(path)
    assert "geen Gezinsregie-database" in info.value.message()
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["recipes"]


def test_life_domains_are_seeded_with_the_zrm(db_path):
    with sqlite3.connect(db_path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM life_domain ORDER BY position")]
    assert len(names) == 13
    assert names[0] == "Financiën" and "Justitie" in names


def app_vocabulary() -> set[tuple[str, str, str]]:
    """What app/audit_detail.py may write, as rows of ``access_log_vocabulary``."""
    from app.audit_detail import COUNT, DAY, OBJECT_TYPES, SPECS
    kinds = {code.value: ",".join(k if k in (COUNT, DAY) else "|".join(k) for _, k in spec.args)
             for code, spec in SPECS.items()}
    return ({("object_type", t, "") for t in OBJECT_TYPES}
            | {("detail_code", code, args) for code, args in kinds.items()})


def test_the_database_accepts_exactly_the_access_log_vocabulary_of_the_app(db_path):
    """A new detail code or object type needs its revision (migrations/access_log_vocabulary.py)."""
    engine = make_engine(resolve_target(db_path))
    schema.upgrade(engine)
    with engine.connect() as conn:
        stored = {tuple(r) for r in conn.exec_driver_sql("SELECT kind, name, args FROM access_log_vocabulary")}
    engine.dispose()
    assert stored == app_vocabulary()
