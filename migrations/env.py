"""Alembic environment. Runs on a connection handed in by ``app.storage.schema`` or builds one from -x database."""
from __future__ import annotations

from alembic import context
from sqlalchemy import text

import models
from app.storage.db import make_engine, resolve_target

target_metadata = models.Base.metadata


def _run(connection) -> None:
    is_sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=is_sqlite,
        compare_type=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()
        if is_sqlite:
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed after migration: {len(problems)} rows")


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    database = context.get_x_argument(as_dictionary=True).get("database")
    if not database:
        raise SystemExit("give -x database=PATH_OR_URL")
    engine = make_engine(resolve_target(database))
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        _run(conn)
        conn.commit()


if context.is_offline_mode():
    raise SystemExit("offline mode is not supported")
run_migrations_online()
