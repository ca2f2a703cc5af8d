"""The consent register on the central database (migration 0016): the use in the app next to the abuse
with a plain database client as another team's own login; the change log, the version trigger and
the restrictive policies; and every family-data table protected alike."""
from __future__ import annotations

from datetime import date

import psycopg
import pytest

from app.errors import AccessDenied, NotFound
from app.queries.consents import ConsentStatus
from app.services.consents import ConsentInput
from models import Base
from models.enums import ConsentScope
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege
# Tables that name a family, case or person but are logs with their own policies (revisions 0004, 0011).
LOGS = {"access_log", "change_log"}


@pytest.fixture(scope="module")
def given(central):
    """Team A's family with a consent about Zoë, recorded by worker_a in the app."""
    app = central.services("worker_a")
    family = intake(app, "Kramer")
    zoe = next(m.id for m in app.members.family_detail(family.family_id).members if m.first_name == "Zoë")
    consent = app.consents.record(family.family_id, ConsentInput(zoe, ConsentScope.SCHOOL, date(2026, 11, 1),
                                                                 party="OBS De Regenboog"))
    return family, consent


def test_the_team_records_reads_and_withdraws_and_each_change_is_logged(central, given):
    family, consent = given
    app = central.services("worker_a")
    assert [c.id for c in app.consents.consents(family.family_id).consents] == [consent.id]
    with central.connect("worker_a") as conn:
        conn.execute("UPDATE consent SET note = 'Mondeling bevestigd' WHERE id = %s", (consent.id,))
        version = conn.execute("SELECT version FROM consent WHERE id = %s", (consent.id,)).fetchone()[0]
    assert version == consent.version + 1  # raised by the trigger
    withdrawn = app.consents.withdraw(consent.id, version)
    assert withdrawn.status is ConsentStatus.WITHDRAWN
    with admin_connection(central.dbname) as conn:
        logged = [tuple(r) for r in conn.execute(
            "SELECT username, operation, team_id IS NOT NULL FROM change_log WHERE table_name = 'consent' "
            "AND row_key = %s ORDER BY id", (str(consent.id),))]
    user = central.users["worker_a"]
    assert logged == [(user, "insert", True), (user, "update", True), (user, "update", True)]


def test_another_teams_worker_cannot_read_or_write_the_consents_in_the_app(central, given):
    family, consent = given
    other = central.services("worker_b")
    with pytest.raises(AccessDenied):
        other.consents.consents(family.family_id)
    with pytest.raises(AccessDenied):
        other.consents.record(family.family_id, ConsentInput(consent.person_id, ConsentScope.GP, date(2026, 11, 1),
                                                             party="Huisarts"))
    with pytest.raises(NotFound):  # the row is hidden: the database does not say whose it is
        other.consents.withdraw(consent.id, consent.version)


def test_another_teams_worker_cannot_read_or_write_the_consents_with_plain_sql(central, given):
    family, consent = given
    with central.connect("worker_b") as conn:
        assert conn.execute("SELECT count(*) FROM consent WHERE family_id = %s", (family.family_id,)).fetchone()[0] == 0
        assert conn.execute("UPDATE consent SET withdrawn_on = NULL, note = 'x' WHERE id = %s",
                            (consent.id,)).rowcount == 0
        with pytest.raises(Denied):  # nobody deletes a consent
            conn.execute("DELETE FROM consent WHERE id = %s", (consent.id,))
        with pytest.raises(Denied):
            conn.execute("INSERT INTO consent (family_id, person_id, scope, rule, given_by, form, given_on, version, "
                         "created_at, updated_at) VALUES (%s, %s, 'gp', 'parents', 'x', 'oral', '2026-11-01', 1, "
                         "now(), now())", (family.family_id, consent.person_id))
    with admin_connection(central.dbname) as conn:
        assert conn.execute("SELECT note FROM consent WHERE id = %s", (consent.id,)).fetchone()[0] != "x"


def test_a_consent_is_never_deleted_and_names_only_a_person_of_its_own_family(central, given):
    family, consent = given
    other = intake(central.services("worker_a"), "Mulder")
    with central.connect("worker_a") as conn:
        with pytest.raises(Denied):
            conn.execute("DELETE FROM consent WHERE id = %s", (consent.id,))
        stranger = conn.execute("SELECT min(id) FROM person WHERE family_id = %s", (other.family_id,)).fetchone()[0]
        with pytest.raises(Denied):
            conn.execute("UPDATE consent SET person_id = %s WHERE id = %s", (stranger, consent.id))


def test_every_family_data_table_has_row_security_the_active_policy_and_the_change_log(central):
    family_data = {t.name for t in Base.metadata.sorted_tables
                   if {"family_id", "case_id", "person_id", "plan_id", "goal_id", "involvement_id", "evaluation_id",
                       "waakvlam_id"} & set(t.columns.keys())} - LOGS
    assert {"consent", "person", "journal_entry", "goal_person"} <= family_data
    with admin_connection(central.dbname) as conn:
        rls = {r[0] for r in conn.execute("SELECT relname FROM pg_class WHERE relrowsecurity")}
        active = {r[0] for r in conn.execute("SELECT tablename FROM pg_policies WHERE policyname = tablename || '_active'")}
        logged = {r[0] for r in conn.execute("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                             "WHERE t.tgname = c.relname || '_change_log'")}
    assert family_data - rls == set()
    assert family_data - active == set()
    assert family_data - logged == set()
