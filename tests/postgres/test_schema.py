"""On PostgreSQL the migrations give exactly the models' schema, and a client never migrates it: an
older or a newer schema is refused with a clear message."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

import models
from app.storage import schema
from app.bootstrap import open_database
from app.cli import main as cli_main
from app.storage.db import make_engine, resolve_target
from app.errors import SchemaTooNew, SchemaTooOld


def test_migrations_on_postgresql_match_the_models(fresh_database):
    assert cli_main(["db", "upgrade", "--database", fresh_database.url()]) == 0
    engine = make_engine(resolve_target(fresh_database.url()))
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                    models.Base.metadata)
            rls = dict(conn.execute(text("SELECT relname, relrowsecurity FROM pg_class "
                                         "WHERE relname IN ('family', 'goal', 'access_log', 'team')")).all())
        assert diff == []
        assert schema.schema_state(engine).status is schema.SchemaStatus.CURRENT
        assert rls == {"family": True, "goal": True, "access_log": True, "team": False}
    finally:
        engine.dispose()


def test_a_client_refuses_an_older_schema_and_does_not_migrate_it(fresh_database):
    engine = make_engine(resolve_target(fresh_database.url()))
    schema.migrate(engine, "0003")
    engine.dispose()
    with pytest.raises(SchemaTooOld) as refused:
        open_database(fresh_database.url(), encryption=None)
    assert "gezinsregie db upgrade" in refused.value.message()
    engine = make_engine(resolve_target(fresh_database.url()))
    assert schema.schema_state(engine).current == "0003"  # untouched
    engine.dispose()


def test_a_client_refuses_an_empty_database(fresh_database):
    with pytest.raises(SchemaTooOld):
        open_database(fresh_database.url(), encryption=None)


def test_a_client_refuses_a_newer_schema(fresh_database):
    assert cli_main(["db", "upgrade", "--database", fresh_database.url()]) == 0
    plain = create_engine(fresh_database.url().replace("postgresql://", "postgresql+psycopg://"))
    with plain.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    plain.dispose()
    with pytest.raises(SchemaTooNew) as refused:
        open_database(fresh_database.url(), encryption=None)
    assert "9999" in refused.value.message()


def test_the_migration_downgrades_and_upgrades_again(fresh_database):
    engine = make_engine(resolve_target(fresh_database.url()))
    schema.migrate(engine, "head")
    from alembic import command
    cfg = schema.alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.downgrade(cfg, "0003")
    schema.migrate(engine, "head")
    assert schema.schema_state(engine).status is schema.SchemaStatus.CURRENT
    engine.dispose()
