"""The meldcode track on the central database (revision 0025): need to know by row-level security. A
colleague of the same team (not the director) with a plain database client cannot read the steps, change
or delete them, or write one in someone else's name; the director, a supervisor and an added reader can.
A family with an open track cannot be requested for destruction."""
from __future__ import annotations

from datetime import date

import psycopg
import pytest

from app.errors import AccessDenied
from app.services.meldcode_inputs import StepInput
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege
INSERT = ("INSERT INTO meldcode_entry (family_id, case_id, track_id, worker_id, step, on_date, note, created_at, "
          "updated_at) VALUES (%s, %s, %s, (SELECT id FROM worker WHERE username = %s), 1, '2026-11-20', 'x', "
          "now(), now())")


@pytest.fixture(scope="module")
def given(central):
    """worker_a directs a family with an open track and one recorded step."""
    app = central.services("worker_a")
    family = intake(app, "Meldcode")
    track = app.meldcode.open_track(family.case_id).track
    view = app.meldcode.record_step(track.id, track.version, StepInput(1, date(2026, 11, 20), note="Signalen"))
    return family, view


def _count(conn, family) -> int:
    return conn.execute("SELECT count(*) FROM meldcode_entry WHERE family_id = %s", (family.family_id,)).fetchone()[0]


def test_a_colleague_of_the_team_cannot_read_change_or_write_the_steps(central, given):
    family, view = given
    entry = view.entries[0].id
    colleague = central.users["worker_a2"]
    with central.connect("worker_a2") as conn:
        assert conn.execute("SELECT count(*) FROM meldcode_track WHERE family_id = %s",
                            (family.family_id,)).fetchone()[0] == 1  # that a track exists: the team sees it
        assert _count(conn, family) == 0
        with pytest.raises(Denied):
            conn.execute("UPDATE meldcode_entry SET note = 'weg' WHERE id = %s", (entry,))
    for sql, args in (("DELETE FROM meldcode_entry WHERE id = %s", (entry,)),
                      (INSERT, (family.family_id, family.case_id, view.track.id, colleague)),
                      (INSERT, (family.family_id, family.case_id, view.track.id, central.users["worker_a"])),
                      ("INSERT INTO meldcode_reader (family_id, track_id, worker_id, added_by_id, added_on, created_at, "
                       "updated_at) SELECT %s, %s, id, id, '2026-11-22', now(), now() FROM worker WHERE username = %s",
                       (family.family_id, view.track.id, colleague))):
        with central.connect("worker_a2") as conn:
            with pytest.raises(Denied):
                conn.execute(sql, args)
    with pytest.raises(AccessDenied):
        central.services("worker_a2").meldcode.record_step(view.track.id, view.track.version,
                                                           StepInput(1, date(2026, 11, 20), note="Ik"))
    with admin_connection(central.dbname) as conn:
        assert conn.execute("SELECT note FROM meldcode_entry WHERE id = %s", (entry,)).fetchone()[0] == "Signalen"


def test_the_director_cannot_change_delete_or_write_as_someone_else(central, given):
    family, view = given
    with central.connect("worker_a") as conn:
        assert _count(conn, family) >= 1
    for sql, args in (("UPDATE meldcode_entry SET note = 'anders' WHERE id = %s", (view.entries[0].id,)),
                      ("DELETE FROM meldcode_entry WHERE id = %s", (view.entries[0].id,)),
                      (INSERT, (family.family_id, family.case_id, view.track.id, central.users["worker_a2"]))):
        with central.connect("worker_a") as conn:
            with pytest.raises(Denied):
                conn.execute(sql, args)
    with central.connect("worker_a") as conn:  # in one's own name it goes
        conn.execute(INSERT, (family.family_id, family.case_id, view.track.id, central.users["worker_a"]))


def test_a_supervisor_and_an_added_reader_can_read_and_write(central, given):
    family, view = given
    with central.connect("supervisor_a") as conn:
        assert _count(conn, family) >= 1
        conn.execute(INSERT, (family.family_id, family.case_id, view.track.id, central.users["supervisor_a"]))
    with central.connect("worker_b") as conn:  # another team: nothing at all
        assert conn.execute("SELECT count(*) FROM meldcode_track WHERE family_id = %s",
                            (family.family_id,)).fetchone()[0] == 0
    app = central.services("worker_a")
    current = app.meldcode.view(family.case_id)
    colleague_id = central.services("worker_a2").ctx.user.worker_id
    app.meldcode.add_reader(current.track.id, current.track.version, colleague_id)
    with central.connect("worker_a2") as conn:
        assert _count(conn, family) >= 1
        conn.execute(INSERT, (family.family_id, family.case_id, view.track.id, central.users["worker_a2"]))
    seen = central.services("worker_a2").meldcode.view(family.case_id)
    assert seen.may_read and len(seen.entries) >= 3


def test_a_family_with_an_open_track_cannot_be_requested_for_destruction(central, given):
    family, _view = given
    with admin_connection(central.dbname) as conn:  # a case closed by hand, the track left open
        conn.execute("UPDATE case_file SET status = 'closed', closed_on = opened_on, close_reason = 'moved' "
                     "WHERE id = %s", (family.case_id,))
    with central.connect("admin") as conn:
        with pytest.raises(psycopg.errors.CheckViolation, match="meldcode"):
            conn.execute("SELECT gezinsregie_request_destruction('family_file', %s, 'person_request', true, NULL)",
                         (family.family_id,))
