"""Extensions under control on the central database (revision 0028): with the team's approval on, a request
waits; its supervisor approves in the app. With a plain database client a worker can neither approve (not even
naming the supervisor as decider) nor change a request, nor insert one that takes effect at once; a supervisor
cannot approve their own; another team's worker sees nothing."""
from __future__ import annotations

from datetime import date

import psycopg
import pytest

from app.services.extensions import ExtensionInput
from models.enums import ExtensionReason, ExtensionStatus
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege
ASK = ExtensionInput(date(2027, 7, 15), ExtensionReason.GOALS_NOT_REACHED, "Doelen nog niet bereikt",
                     no_evaluation_reason="Evaluatie volgt")


@pytest.fixture(scope="module")
def approval(central):
    """Team A needs a supervisor's approval while this module runs (turned off again for the other modules)."""
    chef = central.services("supervisor_a")
    team = next(iter(chef.ctx.user.team_ids))

    def turn(on: bool) -> None:
        chef.extensions.set_approval_required(team, chef.supervision.team_overview(team).team_version, on)

    turn(True)
    yield chef
    turn(False)


@pytest.fixture
def asked(central, approval):
    """worker_a's request to extend running help in a family of team A: (family, involvement, extension)."""
    app = central.services("worker_a")
    family = intake(app, "Verlengd")
    provider, product = provider_with_product(central.services("admin"), f"Verlenging {family.case_id}", agb=None)
    inv = app.involvements.add_involvement(family.case_id, involvement_input(provider, product))
    return family, inv, app.extensions.request_extension(inv.id, inv.version, ASK)


def _worker_id(central, short: str) -> int:
    with admin_connection(central.dbname) as conn:
        return conn.execute("SELECT id FROM worker WHERE username = %s", (central.users[short],)).fetchone()[0]


def _row(central, extension_id: int) -> tuple:
    with admin_connection(central.dbname) as conn:
        return tuple(conn.execute("SELECT status, decided_by_id, new_end FROM involvement_extension WHERE id = %s",
                                  (extension_id,)).fetchone())


def test_the_teams_supervisor_approves_in_the_app_and_the_help_is_extended(central, approval, asked):
    _family, inv, ext = asked
    assert ext.status is ExtensionStatus.REQUESTED
    done = approval.extensions.decide_extension(ext.id, ext.version, True, "Akkoord")
    assert done.status is ExtensionStatus.APPROVED
    stored = approval.involvements.involvement(inv.id)
    assert (stored.planned_end, stored.extensions) == (date(2027, 7, 15), 1)


def test_a_worker_cannot_approve_or_change_a_request_with_plain_sql(central, asked):
    family, inv, ext = asked
    me, chef = _worker_id(central, "worker_a"), _worker_id(central, "supervisor_a")
    with central.connect("worker_a") as conn:
        for sql, args in (
                ("UPDATE involvement_extension SET status = 'approved', decided_by_id = %s, decided_at = now() "
                 "WHERE id = %s", (me, ext.id)),
                ("UPDATE involvement_extension SET status = 'approved', decided_by_id = %s, decided_at = now() "
                 "WHERE id = %s", (chef, ext.id)),
                ("UPDATE involvement_extension SET new_end = '2028-01-01' WHERE id = %s", (ext.id,)),
                ("INSERT INTO involvement_extension (family_id, case_id, involvement_id, number, reason, note, "
                 "no_evaluation_reason, new_end, requested_by_id, requested_at, status, decided_at, version, "
                 "created_at, updated_at) VALUES (%s, %s, %s, 9, 'other', 'x', 'x', '2028-01-01', %s, now(), "
                 "'approved', now(), 1, now(), now())", (family.family_id, family.case_id, inv.id, me)),
                ("INSERT INTO involvement_extension (family_id, case_id, involvement_id, number, reason, note, "
                 "no_evaluation_reason, new_end, requested_by_id, requested_at, status, version, created_at, "
                 "updated_at) VALUES (%s, %s, %s, 9, 'other', 'x', 'x', '2028-01-01', %s, now(), 'requested', 1, "
                 "now(), now())", (family.family_id, family.case_id, inv.id, chef))):
            with pytest.raises(Denied):
                conn.execute(sql, args)
    assert _row(central, ext.id) == ("requested", None, date(2027, 7, 15))


def test_a_supervisor_cannot_approve_their_own_request_with_plain_sql(central, approval):
    chef = approval
    family = intake(chef, "Eigen")
    provider, product = provider_with_product(central.services("admin"), f"Eigen {family.case_id}", agb=None)
    inv = chef.involvements.add_involvement(family.case_id, involvement_input(provider, product))
    ext = chef.extensions.request_extension(inv.id, inv.version, ASK)
    with central.connect("supervisor_a") as conn, pytest.raises(Denied):
        conn.execute("UPDATE involvement_extension SET status = 'approved', decided_by_id = %s, "
                     "decided_at = now() WHERE id = %s", (_worker_id(central, "supervisor_a"), ext.id))
    assert _row(central, ext.id)[0] == "requested"


def test_another_team_cannot_read_or_change_an_extension(central, asked):
    family, _inv, ext = asked
    with central.connect("worker_b") as conn:
        assert conn.execute("SELECT count(*) FROM involvement_extension WHERE family_id = %s",
                            (family.family_id,)).fetchone()[0] == 0
        assert conn.execute("UPDATE involvement_extension SET note = 'x' WHERE id = %s", (ext.id,)).rowcount == 0
        with pytest.raises(Denied):
            conn.execute("DELETE FROM involvement_extension WHERE id = %s", (ext.id,))
        with pytest.raises(Denied):  # a team's setting is its own supervisors'
            conn.execute("UPDATE team SET extension_approval = false")


def test_a_supervisor_changes_only_their_own_teams_setting_with_plain_sql(central, approval):
    with central.connect("supervisor_a") as conn:
        with pytest.raises(Denied):
            conn.execute("UPDATE team SET extension_approval = NOT extension_approval WHERE name = %s",
                         (central.team("B"),))
        with pytest.raises(Denied):
            conn.execute("UPDATE team SET name = 'x' WHERE name = %s", (central.team("A"),))
