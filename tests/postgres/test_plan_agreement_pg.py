"""Agreeing names exactly what was seen, on the central database: two logins of the same team; a colleague's
change through the app or with a plain SQL client after the worker looked is a conflict, nothing agreed."""
from __future__ import annotations

import threading
import time

import pytest

from app.errors import ConcurrencyConflict
from models.enums import PlanStatus
from tests.integration.plan_changes import (
    COLLEAGUE_CHANGES, PLAIN_SQL_CHANGES, agree_as_seen, assert_not_agreed, seen_plan,
)
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake


@pytest.fixture
def seen(worker, request):
    return seen_plan(worker, intake(worker, f"Akkoord {request.node.name[-24:]}"))


def test_the_plan_as_seen_is_agreed(worker, colleague, seen):
    colleague.plans.current_plan(seen.case_id)

    agreed = agree_as_seen(worker, seen)

    assert (agreed.status, agreed.content_digest, agreed.goals) == (PlanStatus.AGREED, seen.content_digest,
                                                                     seen.goals)


@pytest.mark.parametrize("change", COLLEAGUE_CHANGES, ids=lambda c: c.__name__)
def test_a_plan_a_colleague_changed_after_it_was_seen_is_not_agreed(worker, colleague, seen, change):
    change(colleague, seen)

    conflict = assert_not_agreed(worker, seen)

    assert agree_as_seen(worker, conflict.current).status is PlanStatus.AGREED


@pytest.mark.parametrize("sql", PLAIN_SQL_CHANGES.values(), ids=PLAIN_SQL_CHANGES.keys())
def test_a_plan_changed_with_plain_sql_after_it_was_seen_is_not_agreed(central, worker, seen, sql):
    with central.connect("worker_a2") as psql:
        assert psql.execute(sql.replace(":plan", "%s"), (seen.id,)).rowcount >= 1

    assert_not_agreed(worker, seen)


def test_a_change_being_made_while_agreeing_is_waited_for_not_agreed_unseen(central, worker, seen):
    """The colleague's SQL client has changed a goal but not yet committed: agreeing waits for it (the
    content is locked before it is compared) and then refuses, instead of agreeing the old content and
    letting the change land in the agreed plan a moment later."""
    outcome: list[object] = []

    def agree() -> None:
        try:
            outcome.append(agree_as_seen(worker, seen))
        except Exception as exc:  # noqa: BLE001 - checked below
            outcome.append(exc)

    with central.connect("worker_a2") as psql, psql.transaction():
        psql.execute("UPDATE goal SET description = 'Anders' WHERE id = %s", (seen.goals[0].id,))
        thread = threading.Thread(target=agree)
        thread.start()
        _wait_for_a_lock_wait(central.dbname, thread)
    thread.join(timeout=30)

    assert len(outcome) == 1 and isinstance(outcome[0], ConcurrencyConflict), outcome
    assert outcome[0].current.goals[0].description == "Anders"
    assert worker.plans.current_plan(seen.case_id).status is PlanStatus.DRAFT


def _wait_for_a_lock_wait(dbname: str, thread: threading.Thread, timeout: float = 20) -> None:
    """Returns once a session of ``dbname`` waits for a row lock, or ``thread`` has finished without."""
    deadline = time.monotonic() + timeout
    with admin_connection() as admin:
        while thread.is_alive() and time.monotonic() < deadline:
            waiting = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                                    "AND wait_event_type = 'Lock'", (dbname,)).fetchone()[0]
            if waiting:
                return
            time.sleep(0.01)
