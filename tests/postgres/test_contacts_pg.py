"""Contact details and municipalities on the central database (migration 0021): the use in the app next
to the abuse with a plain database client as the users' own logins. A worker changes only their own
phone and e-mail (through ``gezinsregie_set_my_contact``), never another worker's, their own role or a
team; an administrator changes anyone's phone and e-mail and a team's municipalities, but still not a
role by plain SQL; ``team_municipality`` is read by everyone and written by administrators only."""
from __future__ import annotations

from datetime import date

import psycopg
import pytest

from app.errors import ConcurrencyConflict, ValidationError
from app.services.families import AddressInput, IntakeInput, MemberInput
from app.services.organisation import ContactInput, TeamInput
from models.enums import MemberRole
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege


def worker_row(central, short: str) -> tuple:
    with admin_connection(central.dbname) as conn:
        return tuple(conn.execute("SELECT phone, email, role, version FROM worker WHERE username = %s",
                                  (central.users[short],)).fetchone())


def team_id(central, short: str) -> int:
    with admin_connection(central.dbname) as conn:
        return conn.execute("SELECT id FROM team WHERE name = %s", (central.team(short),)).fetchone()[0]


def test_a_worker_changes_their_own_phone_and_email_in_the_app(central):
    app = central.services("worker_a")
    mine = app.organisation.my_details()
    saved = app.organisation.update_my_details(ContactInput("06 12345678", "worker.a@zaanstad.nl"), mine.version)
    assert (saved.phone, saved.email, saved.version) == ("0612345678", "worker.a@zaanstad.nl", mine.version + 1)
    assert worker_row(central, "worker_a")[:2] == ("0612345678", "worker.a@zaanstad.nl")
    with pytest.raises(ConcurrencyConflict):  # a stale version writes nothing
        app.organisation.update_my_details(ContactInput("0687654321", None), mine.version)
    with pytest.raises(ValidationError):
        app.organisation.update_my_details(ContactInput("hallo", None), saved.version)
    assert worker_row(central, "worker_a")[0] == "0612345678"


def test_a_worker_cannot_change_another_workers_phone_or_their_own_role_with_plain_sql(central):
    before_b, before_a = worker_row(central, "worker_b"), worker_row(central, "worker_a")
    with central.connect("worker_a") as conn:
        for statement, args in (
                ("UPDATE worker SET phone = '0611111111' WHERE username = %s", (central.users["worker_b"],)),
                ("UPDATE worker SET email = 'x@y.nl' WHERE username = %s", (central.users["worker_b"],)),
                ("UPDATE worker SET role = 'admin' WHERE username = %s", (central.users["worker_a"],)),
                ("UPDATE worker SET phone = '0611111111' WHERE username = %s", (central.users["worker_a"],)),
                ("UPDATE team SET phone = '0611111111'", ()),
                ("INSERT INTO team_municipality (team_id, code, name, position) VALUES (%s, '0363', 'Amsterdam', 9)",
                 (team_id(central, "A"),)),
                ("DELETE FROM team_municipality", ()),
                ("INSERT INTO worker_team (worker_id, team_id) SELECT id, %s FROM worker WHERE username = %s",
                 (team_id(central, "B"), central.users["worker_a"]))):
            with pytest.raises(Denied):
                conn.execute(statement, args)
        # The one way in writes the caller's own row, whatever it is asked: no id to aim at another worker.
        version = conn.execute("SELECT gezinsregie_set_my_contact('0622222222', NULL, %s)", (before_a[3],)).fetchone()[0]
        assert version == before_a[3] + 1
        with pytest.raises(psycopg.errors.CheckViolation):  # free text cannot be stored as a phone number
            conn.execute("SELECT gezinsregie_set_my_contact('bel me maar', 'geen adres', %s)", (version,))
        assert conn.execute("SELECT gezinsregie_set_my_contact('0633333333', NULL, %s)",
                            (before_a[3],)).fetchone()[0] is None  # stale: nothing written
        assert conn.execute("SELECT count(*) FROM team_municipality").fetchone()[0] >= 0  # everyone reads
    assert worker_row(central, "worker_b") == before_b
    after_a = worker_row(central, "worker_a")
    assert (after_a[0], after_a[2]) == ("0622222222", before_a[2])  # the phone changed, the role did not


def test_an_administrator_edits_any_worker_and_team_but_no_role_by_plain_sql(central):
    admin = central.services("admin")
    directory = admin.organisation.directory()
    b = next(w for w in directory.workers if w.name == "Worker B")
    saved = admin.organisation.update_worker_contact(b.id, ContactInput("020 123 4567", "b@amsterdam.nl"), b.version)
    assert worker_row(central, "worker_b")[:2] == ("0201234567", "b@amsterdam.nl") == (saved.phone, saved.email)
    team = next(t for t in directory.teams if t.name == central.team("A"))
    team = admin.organisation.update_team(team.id, TeamInput("075 681 00 00", "team.a@zaanstad.nl", ("0439", "0479")),
                                          team.version)
    assert [m.code for m in team.municipalities] == ["0439", "0479"]
    with central.connect("admin") as conn:
        conn.execute("UPDATE worker SET email = 'b2@amsterdam.nl' WHERE username = %s", (central.users["worker_b"],))
        with pytest.raises(Denied):  # a role changes only with the login (revision 0010)
            conn.execute("UPDATE worker SET role = 'admin' WHERE username = %s", (central.users["worker_b"],))
        conn.execute("INSERT INTO team_municipality (team_id, code, name, position) VALUES (%s, '0363', 'Amsterdam', 9)",
                     (team.id,))
        conn.execute("DELETE FROM team_municipality WHERE team_id = %s AND code = '0363'", (team.id,))
    assert worker_row(central, "worker_b")[1] == "b2@amsterdam.nl"


def test_intake_address_plan_and_figures_by_municipality(central):
    admin = central.services("admin")
    team = next(t for t in admin.organisation.directory().teams if t.name == central.team("A"))
    admin.organisation.update_team(team.id, TeamInput(team.phone, team.email, ("0439", "0479")), team.version)
    app = central.services("worker_a")
    assert [m.name for m in app.organisation.team_municipalities(team.id)] == ["Purmerend", "Zaanstad"]
    default = intake(app, "Vermeulen")  # no municipality given: the team's first
    assert app.members.family_detail(default.family_id).municipality_code == "0439"
    other = intake(app, "Postma")
    detail = app.members.family_detail(other.family_id)
    moved = app.members.update_address(other.family_id, detail.version, AddressInput(municipality_code="0479"))
    assert moved.municipality_name == "Zaanstad"
    plan = app.plans.start_plan(default.case_id)
    from tests.export.plan_data import pdf_text  # noqa: PLC0415 - the PDF reader only here
    text = pdf_text(app.exports.plan_pdf(default.case_id))
    assert "Purmerend" in text and plan.id
    today = app.ctx.clock.today()
    supervisor = central.services("supervisor_a")
    purmerend = supervisor.figures.management_figures(today, today, team.id, "0439")
    zaanstad = supervisor.figures.management_figures(today, today, team.id, "0479")
    assert purmerend.inflow >= 1 and zaanstad.inflow >= 1
    everyone = supervisor.figures.management_figures(today, today, team.id)
    assert everyone.inflow >= purmerend.inflow + zaanstad.inflow


def test_ages_that_cannot_be_right_are_refused_on_the_central_database_too(central):
    app = central.services("worker_a")
    user = app.ctx.user
    with pytest.raises(ValidationError) as refused:
        app.families.intake(IntakeInput("Familie Oud", [
            MemberInput(MemberRole.PARENT, "Kees", "Oud", date(2016, 1, 1)),
            MemberInput(MemberRole.YOUNG_PERSON, "Piet", "Oud", date(1990, 1, 1))],
            next(iter(user.team_ids)), user.worker_id))
    assert set(refused.value.fields) == {"members.0.date_of_birth", "members.1.date_of_birth"}
