"""Own statements, corrections and the family-group plan offer on the central database (migration 0019):
the use in the app next to the abuse with a plain database client - another team's login reads and writes
nothing, nobody changes or deletes a statement or a correction, and history (an agreed plan, another
worker's journal entry) changes only together with the correction that records it."""
from __future__ import annotations

import psycopg
import pytest

from app.errors import AccessDenied
from app.services.statements import CorrectionInput, FamilyGroupPlanInput, StatementInput
from models.enums import FamilyGroupPlanAnswer, JournalKind, StatementSubject
from tests.integration.care_helpers import agreed_plan
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege
TABLES = ("own_statement", "text_correction")


@pytest.fixture(scope="module")
def given(central):
    """Team A's family with an agreed plan, a journal entry by worker_a and Ayşe's statement about the concerns."""
    app = central.services("worker_a")
    family = intake(app, "Visser")
    plan = agreed_plan(app, family.case_id)
    ayse = next(m.id for m in app.members.family_detail(family.family_id).members if m.first_name == "Ayşe")
    today = app.ctx.clock.today()
    entry = app.journal.add_entry(family.case_id, today, JournalKind.HOME_VISIT, "Vader dronk.")
    statement = app.statements.add_statement(family.case_id, StatementInput(
        ayse, StatementSubject.PLAN_TEXT, plan.id, "concerns", "Dat klopt niet.", today))
    return family, plan, entry, statement


def test_a_colleague_corrects_an_agreed_plan_and_another_workers_journal_entry(central, given):
    family, plan, entry, statement = given
    colleague = central.services("worker_a2")  # same team, not the entry's author
    plan = colleague.plans.plan_version(plan.id)
    fixed = colleague.statements.correct(family.case_id, CorrectionInput(
        statement.person_id, StatementSubject.PLAN_TEXT, plan.id, "concerns", "Zorgen over de ochtenden.",
        "Op verzoek van Ayşe", plan.version))
    colleague.statements.correct(family.case_id, CorrectionInput(
        statement.person_id, StatementSubject.JOURNAL_ENTRY, entry.id, "text", "Vader was moe.", "Verkeerd",
        entry.version))
    assert colleague.plans.plan_version(plan.id).concerns == "Zorgen over de ochtenden."
    assert fixed.old_text == plan.concerns
    found = colleague.statements.statements(family.case_id)
    assert [s.id for s in found.statements] == [statement.id]
    assert [c.new_text for c in found.corrections] == ["Zorgen over de ochtenden.", "Vader was moe."]
    offer = colleague.statements.family_group_plan_offer(family.case_id)
    recorded = colleague.statements.record_family_group_plan_offer(family.case_id, offer.version, FamilyGroupPlanInput(
        colleague.ctx.clock.today(), FamilyGroupPlanAnswer.DECLINED))
    assert recorded.answer is FamilyGroupPlanAnswer.DECLINED
    with admin_connection(central.dbname) as conn:
        logged = {tuple(r) for r in conn.execute(
            "SELECT table_name, operation FROM change_log WHERE table_name IN ('own_statement', 'text_correction')")}
    assert logged == {("own_statement", "insert"), ("text_correction", "insert")}


def _claim_correction(conn, family, plan, statement) -> None:
    """A correction row saying the plan's strengths become 'Gezegd' (as a SQL client could write it)."""
    conn.execute("INSERT INTO text_correction (family_id, case_id, person_id, subject, subject_id, field, old_text, "
                 "new_text, reason, corrected_on, corrected_by_id, created_at, updated_at) "
                 "SELECT %s, %s, %s, 'plan_text', id, 'strengths', strengths, 'Gezegd', 'x', current_date, author_id, "
                 "now(), now() FROM family_plan WHERE id = %s",
                 (family.family_id, family.case_id, statement.person_id, plan.id))


def test_history_changes_only_with_its_own_correction(central, given):
    family, plan, entry, statement = given
    with central.connect("worker_a2") as conn:
        with pytest.raises(Denied):  # an agreed plan, without a correction
            conn.execute("UPDATE family_plan SET strengths = 'Anders' WHERE id = %s", (plan.id,))
        with pytest.raises(Denied):  # a correction that says something else than what is written
            with conn.transaction():
                _claim_correction(conn, family, plan, statement)
                conn.execute("UPDATE family_plan SET strengths = 'Iets anders' WHERE id = %s", (plan.id,))
        with pytest.raises(Denied):  # the correction may change its one field only
            with conn.transaction():
                _claim_correction(conn, family, plan, statement)
                conn.execute("UPDATE family_plan SET strengths = 'Gezegd', agreed_with = 'Iemand' WHERE id = %s",
                             (plan.id,))
    with admin_connection(central.dbname) as conn:
        assert conn.execute("SELECT count(*) FROM text_correction WHERE field = 'strengths'").fetchone()[0] == 0


@pytest.mark.parametrize("table", TABLES)
def test_nobody_changes_or_deletes_a_statement_or_a_correction(central, given, table):
    given_family = given[0]
    with central.connect("worker_a") as conn:
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE family_id = %s",
                            (given_family.family_id,)).fetchone()[0] >= 1
        with pytest.raises(Denied):
            conn.execute(f"UPDATE {table} SET field = 'strengths' WHERE family_id = %s", (given_family.family_id,))
        with pytest.raises(Denied):
            conn.execute(f"DELETE FROM {table} WHERE family_id = %s", (given_family.family_id,))


def test_another_teams_worker_cannot_read_or_write_them_in_the_app(central, given):
    family, plan, entry, statement = given
    other = central.services("worker_b")
    with pytest.raises(AccessDenied):
        other.statements.statements(family.case_id)
    with pytest.raises(AccessDenied):
        other.statements.add_statement(family.case_id, StatementInput(
            statement.person_id, StatementSubject.PLAN_TEXT, plan.id, "concerns", "x", other.ctx.clock.today()))
    with pytest.raises(AccessDenied):
        other.statements.correct(family.case_id, CorrectionInput(
            statement.person_id, StatementSubject.JOURNAL_ENTRY, entry.id, "text", "x", "x", entry.version))
    with pytest.raises(AccessDenied):
        other.statements.family_group_plan_offer(family.case_id)


@pytest.mark.parametrize("table", TABLES)
def test_another_teams_worker_cannot_read_or_write_them_with_plain_sql(central, given, table):
    family, plan, entry, statement = given
    with central.connect("worker_b") as conn:
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE family_id = %s", (family.family_id,)).fetchone()[0] == 0
        worker = conn.execute("SELECT id FROM worker WHERE username = current_user").fetchone()[0]
        texts = ("text, stated_on, recorded_by_id", "'x', current_date, %s") if table == "own_statement" else (
            "old_text, new_text, reason, corrected_on, corrected_by_id", "'a', 'b', 'c', current_date, %s")
        with pytest.raises(Denied):
            conn.execute(f"INSERT INTO {table} (family_id, case_id, person_id, subject, subject_id, field, {texts[0]}, "
                         f"created_at, updated_at) VALUES (%s, %s, %s, 'plan_text', %s, 'concerns', {texts[1]}, "
                         f"now(), now())", (family.family_id, family.case_id, statement.person_id, plan.id, worker))
        assert conn.execute("UPDATE case_file SET family_group_plan_answer = 'accepted', "
                            "family_group_plan_offered_on = current_date WHERE id = %s",
                            (family.case_id,)).rowcount == 0  # the case is not there for another team


def test_a_statement_names_only_a_person_and_case_of_its_own_family(central, given):
    family, plan, entry, statement = given
    app = central.services("worker_a")
    stranger = intake(app, "Bos")
    with central.connect("worker_a") as conn:
        worker = conn.execute("SELECT id FROM worker WHERE username = current_user").fetchone()[0]
        for person, case in ((stranger.family_id, family.case_id), (statement.person_id, stranger.case_id)):
            person_id = conn.execute("SELECT min(id) FROM person WHERE family_id = %s", (person,)).fetchone()[0] \
                if person == stranger.family_id else person
            with pytest.raises(Denied):
                conn.execute("INSERT INTO own_statement (family_id, case_id, person_id, subject, subject_id, field, "
                             "text, stated_on, recorded_by_id, created_at, updated_at) VALUES (%s, %s, %s, "
                             "'plan_text', %s, 'concerns', 'x', current_date, %s, now(), now())",
                             (family.family_id, case, person_id, plan.id, worker))
