"""A network drop during a save: a clear message, nothing half-written, and the next save just works."""
from __future__ import annotations

import pytest
from sqlalchemy import event

from app.errors import DatabaseUnavailable
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake


def test_a_connection_killed_in_the_middle_of_a_save_rolls_back_and_says_so(central):
    services = central.services("worker_a")
    plan = services.plans.start_plan(intake(services, "Visser").case_id)
    killed = []

    def drop_the_connection(conn, cursor, statement, parameters, context, executemany):
        """Just before the plan's UPDATE reaches the server, the server side of the line goes away."""
        if statement.lstrip().upper().startswith("UPDATE FAMILY_PLAN") and not killed:
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with admin_connection(central.dbname) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            killed.append(pid)

    event.listen(services.engine, "before_cursor_execute", drop_the_connection)
    try:
        with pytest.raises(DatabaseUnavailable) as info:
            services.plans.update_plan_texts(plan.id, plan.version, request_for_help="Rust in huis")
    finally:
        event.remove(services.engine, "before_cursor_execute", drop_the_connection)

    assert killed
    assert "niets opgeslagen" in info.value.message()
    stored = services.plans.plan_version(plan.id)  # a fresh connection from the pool
    assert stored.request_for_help == "" and stored.version == plan.version
    saved = services.plans.update_plan_texts(plan.id, plan.version, request_for_help="Rust in huis")
    assert saved.request_for_help == "Rust in huis"
