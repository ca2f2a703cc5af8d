"""The sharing gate on the central database (migration 0018): its use in the app as the team's own login -
refused without consent with nothing written, allowed with it, a legal ground recorded, a withdrawal at
once - next to the abuse with a plain database client: another team's login reads and writes no sharing
record, and nobody (not even the team's own login) updates or deletes one; a consent keeps its person."""
from __future__ import annotations

from datetime import date

import psycopg
import pytest

from app.errors import AccessDenied, ValidationError
from app.services.consents import ConsentInput
from app.services.sharing import SharingChoice
from models.enums import ConsentScope, LegalGround, SharingPurpose
from tests.integration.care_helpers import agreed_plan, involvement_input, provider_with_product
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege


@pytest.fixture(scope="module")
def given(central):
    """Team A's family referred to a provider on consent by worker_a, and a second family on a legal ground."""
    admin = central.services("admin")
    provider, product = provider_with_product(admin, f"Jeugdhulp Gate {central.suffix}", agb=None)
    app = central.services("worker_a")
    family = intake(app, "Visser")
    with pytest.raises(ValidationError) as refused:
        app.involvements.add_involvement(family.case_id, involvement_input(provider, product), SharingChoice())
    assert "Zoë Visser" in refused.value.field_messages()["sharing"]
    assert app.involvements.involvements(family.case_id) == []
    zoe = next(m.id for m in app.members.family_detail(family.family_id).members if m.first_name == "Zoë")
    consent = app.consents.record(family.family_id, ConsentInput(zoe, ConsentScope.PROVIDER, date(2026, 11, 1),
                                                                 party=provider.name))
    inv = app.involvements.add_involvement(family.case_id, involvement_input(provider, product), SharingChoice())
    (record,) = app.sharing.sharing_records(family.family_id)
    assert (record.purpose, record.object_id, record.consent_ids) == (SharingPurpose.INVOLVEMENT, inv.id, (consent.id,))
    return family, provider, consent, record


def test_a_withdrawal_works_at_once_and_a_legal_ground_is_recorded(central, given):
    family, provider, consent, record = given
    app = central.services("worker_a")
    agreed_plan(app, family.case_id)
    app.consents.withdraw(consent.id, consent.version)
    with pytest.raises(ValidationError):
        app.exports.plan_document_for_provider(family.case_id, provider.id, SharingChoice())
    app.exports.plan_document_for_provider(family.case_id, provider.id,
                                           SharingChoice(LegalGround.OTS_INSTITUTION, "Gezinsvoogd tijdens de OTS"))
    records = app.sharing.sharing_records(family.family_id)
    assert [(r.id == record.id, r.ground) for r in records] == [(False, LegalGround.OTS_INSTITUTION), (True, None)]
    with admin_connection(central.dbname) as conn:
        logged = {r[0] for r in conn.execute("SELECT operation FROM change_log WHERE table_name = 'sharing_record' "
                                             "AND row_key = %s", (str(record.id),))}
    assert logged == {"insert"}


def test_another_teams_worker_cannot_read_the_sharing_records_in_the_app(central, given):
    family, *_ = given
    with pytest.raises(AccessDenied):
        central.services("worker_b").sharing.sharing_records(family.family_id)


def test_another_teams_worker_cannot_read_or_write_sharing_records_with_plain_sql(central, given):
    family, provider, _consent, record = given
    with central.connect("worker_b") as conn:
        assert conn.execute("SELECT count(*) FROM sharing_record WHERE family_id = %s",
                            (family.family_id,)).fetchone()[0] == 0
        with pytest.raises(Denied):
            conn.execute("INSERT INTO sharing_record (family_id, case_id, purpose, party, ground, reason, shared_on, "
                         "worker_id, recorded_at) SELECT %s, %s, 'plan', 'x', 'acute_safety', 'x', current_date, "
                         "id, now() FROM worker LIMIT 1", (family.family_id, family.case_id))


def test_nobody_updates_or_deletes_a_sharing_record(central, given):
    _family, _provider, _consent, record = given
    for login in ("worker_a", "worker_b"):
        with central.connect(login) as conn:
            with pytest.raises(Denied):
                conn.execute("UPDATE sharing_record SET reason = 'x', consent_ids = NULL WHERE id = %s", (record.id,))
        with central.connect(login) as conn:
            with pytest.raises(Denied):
                conn.execute("DELETE FROM sharing_record WHERE id = %s", (record.id,))
    with admin_connection(central.dbname) as conn:
        row = conn.execute("SELECT reason, consent_ids FROM sharing_record WHERE id = %s", (record.id,)).fetchone()
    assert row == (None, str(record.consent_ids[0]))


def test_a_person_with_consents_is_not_removed_by_the_database_either(central, given):
    family, _provider, consent, _record = given
    with central.connect("worker_a") as conn:
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            conn.execute("DELETE FROM person WHERE id = %s", (consent.person_id,))


def test_a_sharing_record_names_the_login_that_made_it(central, given):
    """Nobody records a sharing in a colleague's name, not even in their own team's family."""
    family, _provider, _consent, _record = given
    insert = ("INSERT INTO sharing_record (family_id, case_id, purpose, party, ground, reason, shared_on, worker_id, "
              "recorded_at) VALUES (%s, %s, 'plan', 'Huisarts', 'acute_safety', 'Acuut', current_date, %s, now())")
    with admin_connection(central.dbname) as conn:
        ids = dict(conn.execute("SELECT username, id FROM worker").fetchall())
    own, colleague = ids[central.users["worker_a"]], ids[central.users["worker_b"]]
    with central.connect("worker_a") as conn:
        with pytest.raises(Denied):
            conn.execute(insert, (family.family_id, family.case_id, colleague))
    with central.connect("worker_a") as conn:
        assert conn.execute(insert, (family.family_id, family.case_id, own)).rowcount == 1
