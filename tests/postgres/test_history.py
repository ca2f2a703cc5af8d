"""Every change an application role makes - in the app or with a plain database client as their own
login - is in the change log (who, when, table, row, operation; no content) and raises the row's
version; what is history by nature cannot be rewritten; rows stay consistent across teams and a
refusal tells nothing about another team (migration 0011). Each abuse sits next to the use it mirrors."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
import pytest

from app.errors import AccessDenied
from app.services.evaluations import EvaluationGoalInput, EvaluationInput
from app.services.plan_inputs import ActionInput, GoalInput
from models.enums import ActionOwner, Actor, CloseReason, EvaluationDecision, GoalStatus, JournalKind
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege
CHANGE_LOG_COLUMNS = ["id", "occurred_at", "username", "table_name", "row_key", "operation", "team_id"]


@dataclass(frozen=True)
class Case:
    """A team A family with an agreed plan (a goal concerning a member, an action), a held evaluation
    and a journal entry, all made by worker_a in the app."""

    family_id: int
    case_id: int
    person_id: int
    plan_id: int
    goal_id: int
    action_id: int
    evaluation_id: int
    entry_id: int


@pytest.fixture(scope="module")
def case(central) -> Case:
    app = central.services("worker_a")
    family = intake(app, "Visser")
    with central.connect("worker_a") as conn:
        person_id = conn.execute("SELECT min(id) FROM person WHERE family_id = %s", (family.family_id,)).fetchone()[0]
    plan = app.plans.start_plan(family.case_id)
    goal = app.plans.add_goal(plan.id, GoalInput(life_domain_id=app.plans.life_domains()[0].id,
                                                 description="Naar school", person_ids=(person_id,),
                                                 actor=Actor.FAMILY))
    action = app.plans.add_action(goal.id, ActionInput("Wekker zetten", ActionOwner.MEMBER, owner_person_id=person_id))
    today = app.ctx.clock.today()
    seen = app.plans.plan_version(plan.id)
    plan = app.plans.agree_plan(plan.id, seen.version, today, "Ouders", content_digest=seen.content_digest)
    evaluation = app.evaluations.record_evaluation(family.case_id, EvaluationInput(
        held_on=today, decision=EvaluationDecision.CONTINUE,
        goals=(EvaluationGoalInput(goal.lineage, 6, GoalStatus.IN_PROGRESS),)))
    entry = app.journal.add_entry(family.case_id, today, JournalKind.HOME_VISIT, "Huisbezoek, sfeer goed")
    return Case(family.family_id, family.case_id, person_id, plan.id, goal.id, action.id, evaluation.id, entry.id)


def owner(central) -> psycopg.Connection:
    """The schema owner, who reads every row (and is no application role)."""
    return admin_connection(central.dbname)


def changes(central, table: str, row_key: object) -> list[tuple[str, str]]:
    """(login, operation) of the change log rows about one row, oldest first."""
    with owner(central) as conn:
        return [tuple(r) for r in conn.execute(
            "SELECT username, operation FROM change_log WHERE table_name = %s AND row_key = %s ORDER BY id",
            (table, str(row_key)))]


def version(conn, table: str, row_id: int) -> int:
    return conn.execute(f"SELECT version FROM {table} WHERE id = %s", (row_id,)).fetchone()[0]


# -- the change log -------------------------------------------------------------------------------

def test_the_apps_inserts_are_logged_with_the_login_table_key_and_team_and_no_content(central, case):
    worker_a = central.users["worker_a"]
    assert changes(central, "family", case.family_id) == [(worker_a, "insert")]
    assert changes(central, "case_event", _first_event(central, case)) == [(worker_a, "insert")]
    assert changes(central, "goal_person", f"{case.goal_id}/{case.person_id}") == [(worker_a, "insert")]
    assert (worker_a, "update") in changes(central, "family_plan", case.plan_id)  # agreed
    with owner(central) as conn:
        columns = [r[0] for r in conn.execute("SELECT column_name FROM information_schema.columns "
                                              "WHERE table_name = 'change_log' ORDER BY ordinal_position")]
        teams = {r[0] for r in conn.execute(  # found through two and three parents
            "SELECT team_id FROM change_log WHERE (table_name = 'action' AND row_key = %s) "
            "OR (table_name = 'evaluation_goal' AND row_key LIKE %s)",
            (str(case.action_id), f"{case.evaluation_id}/%"))}
        rows = conn.execute("SELECT * FROM change_log").fetchall()
        team_a = conn.execute("SELECT team_id FROM family WHERE id = %s", (case.family_id,)).fetchone()[0]
    assert columns == CHANGE_LOG_COLUMNS  # who, when, what row, which operation, whose team - nothing else
    assert teams == {team_a}
    assert not any("Visser" in str(value) or "Huisbezoek" in str(value) for row in rows for value in row)


def _first_event(central, case) -> int:
    with central.connect("worker_a") as conn:
        return conn.execute("SELECT min(id) FROM case_event WHERE case_id = %s", (case.case_id,)).fetchone()[0]


def test_a_plain_sql_change_is_logged_under_the_login_and_raises_the_version(central, case):
    with central.connect("worker_a") as conn:
        before = version(conn, "family", case.family_id)
        conn.execute("UPDATE family SET city = 'Zwolle' WHERE id = %s", (case.family_id,))
        assert version(conn, "family", case.family_id) == before + 1
        conn.execute("UPDATE family SET city = 'Zwolle', version = version + 1 WHERE id = %s", (case.family_id,))
        assert version(conn, "family", case.family_id) == before + 2  # the statement's own raise, not two
        person = conn.execute("INSERT INTO network_member (family_id, name, relation, version, created_at, updated_at) "
                              "VALUES (%s, 'Buurvrouw', 'buur', 1, now(), now()) RETURNING id",
                              (case.family_id,)).fetchone()[0]
        conn.execute("DELETE FROM network_member WHERE id = %s", (person,))
    worker_a = central.users["worker_a"]
    assert changes(central, "family", case.family_id)[-2:] == [(worker_a, "update")] * 2
    assert changes(central, "network_member", person) == [(worker_a, "insert"), (worker_a, "delete")]


def test_the_apps_own_update_raises_the_version_once(central, case):
    app = central.services("worker_a")
    entry = next(e for e in app.journal.entries(case.case_id) if e.id == case.entry_id)
    saved = app.journal.update_entry(entry.id, entry.version, entry.occurred_on, entry.kind, "Huisbezoek, rustig")
    assert saved.version == entry.version + 1
    assert changes(central, "journal_entry", case.entry_id)[-1] == (central.users["worker_a"], "update")


def test_the_schema_owners_writes_are_not_application_changes(central, case):
    before = changes(central, "family", case.family_id)
    with owner(central) as conn:
        conn.execute("UPDATE family SET city = 'Kampen' WHERE id = %s", (case.family_id,))
    assert changes(central, "family", case.family_id) == before


def test_the_change_log_is_read_only_and_each_role_reads_its_share(central, case):
    for who in ("worker_a", "supervisor_a", "admin"):
        with central.connect(who) as conn:
            for attempt in ("INSERT INTO change_log (occurred_at, username, table_name, row_key, operation) "
                            "VALUES (now(), current_user, 'family', '1', 'delete')",
                            "UPDATE change_log SET username = 'iemand'", "DELETE FROM change_log",
                            "TRUNCATE change_log", "SELECT nextval('change_log_id_seq')"):
                with pytest.raises(Denied):
                    conn.execute(attempt)
    def seen(who: str) -> set[str]:
        with central.connect(who) as conn:
            return {r[0] for r in conn.execute("SELECT DISTINCT username FROM change_log")}
    users = central.users
    assert seen("worker_a") == {users["worker_a"]}
    intake(central.services("worker_b"), "Smit")
    assert users["worker_b"] not in seen("supervisor_a")  # team B's business
    assert {users["worker_a"], users["worker_b"]} <= seen("admin")
    with central.connect("supervisor_a") as conn:
        team_rows = conn.execute("SELECT count(*) FROM change_log WHERE table_name = 'family' AND row_key = %s",
                                 (str(case.family_id),)).fetchone()[0]
    assert team_rows >= 1  # their team's families, whoever changed them


# -- history cannot be rewritten ------------------------------------------------------------------

def test_only_the_author_corrects_a_journal_entry_and_nobody_deletes_one(central, case):
    with central.connect("worker_a") as conn:
        conn.execute("UPDATE journal_entry SET occurred_on = occurred_on WHERE id = %s", (case.entry_id,))  # own
        with pytest.raises(Denied):
            conn.execute("DELETE FROM journal_entry WHERE id = %s", (case.entry_id,))
    with central.connect("worker_a2") as conn:  # a colleague of the same team
        assert conn.execute("SELECT count(*) FROM journal_entry WHERE id = %s", (case.entry_id,)).fetchone()[0] == 1
        with pytest.raises(Denied) as refused:
            conn.execute("UPDATE journal_entry SET text = 'Niets aan de hand' WHERE id = %s", (case.entry_id,))
        assert "Huisbezoek" not in str(refused.value)
        with pytest.raises(Denied):  # nor write one in the colleague's name
            conn.execute("INSERT INTO journal_entry (case_id, occurred_on, kind, text, author_id, version, "
                         "created_at, updated_at) SELECT case_id, occurred_on, kind, 'Vals', author_id, 1, now(), "
                         "now() FROM journal_entry WHERE id = %s", (case.entry_id,))
    admin = central.services("admin")
    entry = next(e for e in admin.journal.entries(case.case_id) if e.id == case.entry_id)
    with pytest.raises(AccessDenied):
        admin.journal.update_entry(entry.id, entry.version, entry.occurred_on, entry.kind, "Anders")


def test_case_history_events_and_held_evaluations_cannot_be_changed_or_deleted(central, case):
    app = central.services("worker_a")
    assert app.cases.history(case.case_id)  # the use: reading the history
    for who in ("worker_a", "admin"):
        with central.connect(who) as conn:
            for attempt in ("UPDATE case_event SET reason = 'anders' WHERE case_id = %s",
                            "DELETE FROM case_event WHERE case_id = %s",
                            "UPDATE evaluation SET conclusion = 'anders' WHERE case_id = %s",
                            "DELETE FROM evaluation WHERE case_id = %s",
                            "UPDATE evaluation_goal SET score = 10 WHERE evaluation_id IN "
                            "(SELECT id FROM evaluation WHERE case_id = %s)",
                            "DELETE FROM evaluation_goal WHERE evaluation_id IN "
                            "(SELECT id FROM evaluation WHERE case_id = %s)"):
                with pytest.raises(Denied):
                    conn.execute(attempt, (case.case_id,))


def test_workers_and_administrators_never_delete_a_family_or_a_case(central, case):
    for who in ("worker_a", "admin"):
        with central.connect(who) as conn:
            with pytest.raises(Denied):
                conn.execute("DELETE FROM case_file WHERE id = %s", (case.case_id,))
            with pytest.raises(Denied):
                conn.execute("DELETE FROM family WHERE id = %s", (case.family_id,))
    with central.connect("worker_a") as conn:
        assert conn.execute("SELECT count(*) FROM person WHERE family_id = %s", (case.family_id,)).fetchone()[0] == 2


def test_an_agreed_plan_stays_as_agreed_except_progress_and_being_superseded(central, case):
    app = central.services("worker_a")
    action = app.plans.plan_version(case.plan_id).goal(case.goal_id).actions[0]
    done = app.plans.set_action_done(action.id, action.version, True)  # the use: progress on the agreed plan
    assert done.done and done.version == action.version + 1
    with central.connect("worker_a") as conn:
        conn.execute("UPDATE action SET done = false, done_on = NULL WHERE id = %s", (case.action_id,))
        for attempt in ("UPDATE family_plan SET agreements = 'Anders' WHERE id = %(plan)s",
                        "UPDATE family_plan SET status = 'draft' WHERE id = %(plan)s",
                        "UPDATE family_plan SET status = 'superseded', agreed_with = 'Niemand' WHERE id = %(plan)s",
                        "DELETE FROM family_plan WHERE id = %(plan)s",
                        "UPDATE goal SET description = 'Anders' WHERE id = %(goal)s",
                        "DELETE FROM goal WHERE id = %(goal)s",
                        "INSERT INTO goal (plan_id, lineage, position, life_domain_id, description, "
                        "success_criterion, status, version, created_at, updated_at) SELECT plan_id, 'x', 9, "
                        "life_domain_id, 'Erbij', '', 'open', 1, now(), now() FROM goal WHERE id = %(goal)s",
                        "DELETE FROM goal_person WHERE goal_id = %(goal)s",
                        "UPDATE action SET what = 'Anders' WHERE id = %(action)s",
                        "DELETE FROM action WHERE id = %(action)s",
                        "INSERT INTO family_plan (case_id, version_no, status, request_for_help, concerns, strengths, "
                        "desired_future, agreements, plan_date, agreed_on, agreed_with, evaluation_interval_weeks, "
                        "author_id, version, created_at, updated_at) SELECT case_id, 99, "
                        "'superseded', '', '', '', '', '', plan_date, agreed_on, 'Vals', 13, author_id, 1, "
                        "now(), now() FROM family_plan WHERE id = %(plan)s"):
            with pytest.raises(Denied):
                conn.execute(attempt, {"plan": case.plan_id, "goal": case.goal_id, "action": case.action_id})
    # The new version is a draft to change; agreeing it supersedes the old one, which keeps its content.
    draft = app.plans.new_version(case.plan_id)
    goal = draft.goals[0]
    app.plans.update_goal(goal.id, goal.version, GoalInput(goal.life_domain_id, "Elke dag naar school",
                                                           person_ids=goal.person_ids, actor=Actor.FAMILY))
    draft = app.plans.plan_version(draft.id)
    app.plans.agree_plan(draft.id, draft.version, app.ctx.clock.today(), "Ouders", content_digest=draft.content_digest)
    old = app.plans.plan_version(case.plan_id)
    assert old.status.value == "superseded" and old.goal(case.goal_id).description == "Naar school"
    with central.connect("worker_a") as conn:
        with pytest.raises(Denied):
            conn.execute("UPDATE family_plan SET status = 'agreed' WHERE id = %s", (case.plan_id,))
        with pytest.raises(Denied):  # progress is recorded in the current version only
            conn.execute("UPDATE action SET done = true WHERE id = %s", (case.action_id,))


# -- consistency across teams ----------------------------------------------------------------------

def test_a_case_only_for_a_family_of_the_own_team_and_the_refusal_tells_nothing(central, case):
    team_b_open = intake(central.services("worker_b"), "Mulder")
    team_b_closed = intake(central.services("worker_b"), "Kok")
    worker_b = central.services("worker_b")
    worker_b.cases.close(team_b_closed.case_id, worker_b.members.case_header(team_b_closed.case_id).version,
                         CloseReason.GOALS_REACHED)
    insert = ("INSERT INTO case_file (family_id, team_id, director_id, status, priority, direction_mode, opened_on, "
              "reopen_count, version, created_at, updated_at) SELECT %s, team_id, director_id, 'intake', 'normal', "
              "direction_mode, opened_on, 0, 1, now(), now() FROM case_file WHERE id = %s")
    messages = []
    with central.connect("worker_a") as conn:
        for family in (team_b_open.family_id, team_b_closed.family_id, 10 ** 9):
            with pytest.raises(Denied) as refused:
                conn.execute(insert, (family, case.case_id))
            messages.append(str(refused.value))
        with pytest.raises(Denied):  # nor move an own case to another team's family
            conn.execute("UPDATE case_file SET family_id = %s WHERE id = %s", (team_b_closed.family_id, case.case_id))
    assert len(set(messages)) == 1  # an open case, a closed one, no family at all: the same refusal
    with central.connect("worker_b") as conn:
        assert conn.execute("SELECT count(*) FROM case_file WHERE family_id = %s",
                            (team_b_closed.family_id,)).fetchone()[0] == 1


def test_children_only_under_visible_parents_and_references_only_to_visible_rows(central, case):
    team_b = intake(central.services("worker_b"), "Dekker")
    with central.connect("worker_b") as conn:
        b_person = conn.execute("SELECT min(id) FROM person WHERE family_id = %s", (team_b.family_id,)).fetchone()[0]
    app = central.services("worker_a")
    draft = app.plans.current_plan(case.case_id)
    if draft.status.value != "draft":
        draft = app.plans.new_version(draft.id)
    goal = draft.goals[0]
    with central.connect("worker_a") as conn:
        for attempt, values in (
            ("INSERT INTO network_member (family_id, name, relation, version, created_at, updated_at) "
             "VALUES (%s, 'Oom', 'oom', 1, now(), now())", (team_b.family_id,)),
            ("UPDATE person SET family_id = %s WHERE id = %s", (team_b.family_id, case.person_id)),
            ("INSERT INTO goal_person (goal_id, person_id) VALUES (%s, %s)", (goal.id, b_person)),
            ("UPDATE action SET owner_person_id = %s WHERE goal_id = %s", (b_person, goal.id)),
        ):
            with pytest.raises(Denied):
                conn.execute(attempt, values)
        conn.execute("DELETE FROM goal_person WHERE goal_id = %s", (goal.id,))  # the use: a draft's own rows
        conn.execute("INSERT INTO goal_person (goal_id, person_id) VALUES (%s, %s)", (goal.id, case.person_id))
    key = f"{goal.id}/{case.person_id}"
    assert changes(central, "goal_person", key)[-2:] == [(central.users["worker_a"], "delete"),
                                                         (central.users["worker_a"], "insert")]
