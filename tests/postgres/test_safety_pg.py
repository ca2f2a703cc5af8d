"""The scaling answers of the safety plan on the central database (revision 0026): the use in the app next to
the abuse with a plain database client - another team's login reads and inserts nothing, nobody updates or
deletes an answer (append-only), and a row names only its own family's case, person or network member."""
from __future__ import annotations

import psycopg
import pytest

from app.errors import AccessDenied
from app.queries.safety import Respondent, RespondentKind
from app.services.members import NetworkMemberInput
from app.services.safety import ScalingInput
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege
INSERT = ("INSERT INTO scaling_answer (family_id, case_id, asked_on, person_id, network_member_id, worker_id, score, "
          "recorded_by_id, created_at, updated_at) VALUES (%s, %s, '2026-11-22', %s, %s, %s, %s, "
          "(SELECT id FROM worker WHERE username = current_user), now(), now())")


@pytest.fixture(scope="module")
def given(central):
    """Team A's family with two answers (Zoë, and the network's Oma), by worker_a."""
    app = central.services("worker_a")
    family = intake(app, "Bosman")
    zoe = next(m.id for m in app.members.family_detail(family.family_id).members if m.first_name == "Zoë")
    oma = app.members.add_network_member(family.family_id, NetworkMemberInput("Oma Truus", "grootmoeder")).id
    today = app.ctx.clock.today()
    first = app.safety.record_answer(family.case_id, ScalingInput(Respondent(RespondentKind.PERSON, zoe), 4, today))
    app.safety.record_answer(family.case_id, ScalingInput(Respondent(RespondentKind.NETWORK, oma), 6, today))
    app.safety.record_answer(family.case_id, ScalingInput(Respondent(RespondentKind.WORKER, None), 5, today))
    return family, zoe, oma, first


def test_the_team_records_and_reads_and_each_answer_is_logged(central, given):
    family, _zoe, _oma, first = given
    answers = central.services("worker_a").safety.scaling_answers(family.case_id)
    assert [(a.respondent.kind, a.score) for a in answers] == [
        (RespondentKind.PERSON, 4), (RespondentKind.NETWORK, 6), (RespondentKind.WORKER, 5)]
    with admin_connection(central.dbname) as conn:
        logged = conn.execute("SELECT count(*) FROM change_log WHERE table_name = 'scaling_answer' AND row_key = %s",
                              (str(first.id),)).fetchone()[0]
        entries = conn.execute("SELECT count(*) FROM access_log WHERE object_type = 'scaling_answer' AND case_id = %s "
                               "AND detail_code = 'scaling_answer_recorded'", (family.case_id,)).fetchone()[0]
    assert (logged, entries) == (1, 3)


def test_another_teams_worker_cannot_read_or_record_in_the_app(central, given):
    family, zoe, _oma, _first = given
    other = central.services("worker_b")
    with pytest.raises(AccessDenied):
        other.safety.scaling_answers(family.case_id)
    with pytest.raises(AccessDenied):
        other.safety.record_answer(family.case_id, ScalingInput(Respondent(RespondentKind.PERSON, zoe), 9,
                                                                other.ctx.clock.today()))


def test_another_teams_worker_cannot_read_or_insert_with_plain_sql(central, given):
    family, zoe, _oma, first = given
    with central.connect("worker_b") as conn:
        assert conn.execute("SELECT count(*) FROM scaling_answer WHERE family_id = %s",
                            (family.family_id,)).fetchone()[0] == 0
        with pytest.raises(Denied):
            conn.execute(INSERT, (family.family_id, family.case_id, zoe, None, None, 9))
    with admin_connection(central.dbname) as conn:
        assert conn.execute("SELECT count(*) FROM scaling_answer WHERE family_id = %s",
                            (family.family_id,)).fetchone()[0] == 3


def test_answers_are_never_updated_or_deleted_even_by_the_team(central, given):
    _family, _zoe, _oma, first = given
    for sql in ("UPDATE scaling_answer SET score = 10 WHERE id = %s", "DELETE FROM scaling_answer WHERE id = %s"):
        with central.connect("worker_a") as conn:
            with pytest.raises(Denied):
                conn.execute(sql, (first.id,))
    with admin_connection(central.dbname) as conn:
        assert conn.execute("SELECT score FROM scaling_answer WHERE id = %s", (first.id,)).fetchone()[0] == 4


def test_a_row_names_only_its_own_familys_case_and_respondents_and_a_score_in_range(central, given):
    family, zoe, oma, _first = given
    app = central.services("worker_a")
    other = intake(app, "Kramer")
    stranger = next(m.id for m in app.members.family_detail(other.family_id).members if m.first_name == "Zoë")
    their_oma = app.members.add_network_member(other.family_id, NetworkMemberInput("Opa Kramer", "opa")).id
    someone = central.services("worker_b").ctx.user.worker_id
    for args in ((family.family_id, other.case_id, zoe, None, None, 5),     # another family's case
                 (family.family_id, family.case_id, stranger, None, None, 5),  # another family's member
                 (family.family_id, family.case_id, None, their_oma, None, 5),  # another family's network
                 (family.family_id, family.case_id, None, None, someone, 5)):  # a worker who is not the caller
        with central.connect("worker_a") as conn:
            with pytest.raises(Denied):
                conn.execute(INSERT, args)
    for args in ((family.family_id, family.case_id, zoe, None, None, 11),
                 (family.family_id, family.case_id, zoe, oma, None, 5)):  # two respondents
        with central.connect("worker_a") as conn:
            with pytest.raises(psycopg.errors.CheckViolation):
                conn.execute(INSERT, args)
    with central.connect("worker_a") as conn:
        conn.execute(INSERT, (family.family_id, family.case_id, None, oma, None, 7))  # the plain use is allowed
