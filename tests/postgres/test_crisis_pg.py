"""Crises on the central database (revision 0027): the use in the app next to the abuse with a plain
database client as another team's own login; the change log, the version trigger, no deletes and the
restrictive check that the case belongs to the crisis's own family."""
from __future__ import annotations

import psycopg
import pytest

from app.errors import AccessDenied, NotFound
from app.services.crisis import CrisisEnd
from models.enums import CrisisOutcome
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege
NOTE = "Dreiging thuis"


@pytest.fixture(scope="module")
def given(central):
    """Team A's family with an open crisis, marked by worker_a in the app."""
    app = central.services("worker_a")
    family = intake(app, "Koster")
    return family, app.crisis.mark(family.case_id, NOTE)


def test_the_team_marks_follows_up_and_each_change_is_logged(central, given):
    family, crisis = given
    app = central.services("worker_a")
    followed = app.crisis.follow_up(crisis.id, crisis.version)
    assert followed.version == crisis.version + 1 and followed.followed_up_at is not None
    assert app.crisis.current(family.case_id).id == crisis.id
    with admin_connection(central.dbname) as conn:
        logged = [tuple(r) for r in conn.execute(
            "SELECT operation FROM change_log WHERE table_name = 'crisis' AND row_key = %s ORDER BY id",
            (str(crisis.id),))]
        entries = [tuple(r) for r in conn.execute(
            "SELECT event, detail_code FROM access_log WHERE object_type = 'crisis' AND case_id = %s "
            "AND detail_code IS NOT NULL ORDER BY id", (family.case_id,))]
    assert logged == [("insert",), ("update",)]
    assert entries == [("create", "crisis_started"), ("update", "crisis_followed_up")]


def test_another_teams_worker_cannot_read_or_write_the_crisis_in_the_app(central, given):
    family, crisis = given
    other = central.services("worker_b")
    with pytest.raises(AccessDenied):
        other.crisis.current(family.case_id)
    with pytest.raises(AccessDenied):
        other.crisis.mark(family.case_id)
    with pytest.raises(NotFound):  # the row is hidden: the database does not say whose it is
        other.crisis.end(crisis.id, crisis.version, CrisisEnd(other.ctx.clock.today(), CrisisOutcome.OTHER))


def test_another_teams_worker_cannot_read_insert_or_update_with_plain_sql(central, given):
    family, crisis = given
    with central.connect("worker_b") as conn:
        assert conn.execute("SELECT count(*) FROM crisis WHERE family_id = %s", (family.family_id,)).fetchone()[0] == 0
        assert conn.execute("UPDATE crisis SET note = 'x', ended_on = current_date, outcome = 'other' WHERE id = %s",
                            (crisis.id,)).rowcount == 0
        with pytest.raises(Denied):
            conn.execute("DELETE FROM crisis WHERE id = %s", (crisis.id,))
        with pytest.raises(Denied):
            conn.execute("INSERT INTO crisis (family_id, case_id, started_at, started_by, version, created_at, "
                         "updated_at) VALUES (%s, %s, now(), 'marked', 1, now(), now())",
                         (family.family_id, family.case_id))
    with admin_connection(central.dbname) as conn:
        assert conn.execute("SELECT note, ended_on FROM crisis WHERE id = %s", (crisis.id,)).fetchone() == (NOTE, None)


def test_a_crisis_is_never_deleted_and_names_only_a_case_of_its_own_family(central, given):
    family, crisis = given
    other = intake(central.services("worker_a"), "Meijer")
    with central.connect("worker_a") as conn:
        with pytest.raises(Denied):
            conn.execute("DELETE FROM crisis WHERE id = %s", (crisis.id,))
    with central.connect("worker_a") as conn:
        with pytest.raises(Denied):
            conn.execute("UPDATE crisis SET case_id = %s WHERE id = %s", (other.case_id, crisis.id))


def test_the_figures_count_the_teams_crises(central, given):
    app = central.services("worker_a")
    today = app.ctx.clock.today()
    before = central.services("supervisor_a").figures.management_figures(today, today).crisis
    family = intake(app, "Prins")
    crisis = app.crisis.mark(family.case_id)
    app.crisis.end(crisis.id, crisis.version, CrisisEnd(today, CrisisOutcome.PLACEMENT))
    after = central.services("supervisor_a").figures.management_figures(today, today).crisis
    assert (after.started - before.started, after.ended - before.ended) == (1, 1)
    assert dict(after.outcomes)[CrisisOutcome.PLACEMENT] - dict(before.outcomes)[CrisisOutcome.PLACEMENT] == 1
