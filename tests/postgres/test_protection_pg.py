"""Child-protection measures and the case's direction on the central database (revision 0022): the use in
the app next to the abuse with a plain database client as another team's own login; the change log, the
version trigger and the restrictive policies (the person and the case of the measure's own family)."""
from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest

from app.errors import AccessDenied, NotFound
from app.services.cases import DirectionInput
from app.services.protection import MeasureInput
from models.enums import DirectionMode, ProtectionKind
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege
GI = "Jeugdbescherming Noord-Holland"


def _ots(person: int, today, **changes) -> MeasureInput:
    data = dict(person_id=person, kind=ProtectionKind.OTS, institution=GI, starts_on=today,
                ends_on=today + timedelta(days=300), guardian_name="Petra Visser", guardian_contact="06-12345678")
    data.update(changes)
    return MeasureInput(**data)


@pytest.fixture(scope="module")
def given(central):
    """Team A's family with an OTS of Zoë, recorded by worker_a in the app, and the direction set elsewhere."""
    app = central.services("worker_a")
    family = intake(app, "Kramer")
    zoe = next(m.id for m in app.members.family_detail(family.family_id).members if m.first_name == "Zoë")
    saved = app.protection.record(family.case_id, _ots(zoe, app.ctx.clock.today()))
    assert saved.suggest_direction
    app.cases.set_direction(family.case_id, saved.case_version, DirectionInput(
        DirectionMode.ELSEWHERE, saved.measure.starts_on, GI, "Petra Visser", "06-12345678"))
    return family, saved.measure


def test_the_team_records_reads_extends_and_each_change_is_logged(central, given):
    family, measure = given
    app = central.services("worker_a")
    header = app.members.case_header(family.case_id)
    assert (header.direction_mode, header.direction.organisation) == (DirectionMode.ELSEWHERE, GI)
    assert [m.id for m in header.measures] == [measure.id]
    with central.connect("worker_a") as conn:
        conn.execute("UPDATE protection_measure SET guardian_name = 'Kees Visser' WHERE id = %s", (measure.id,))
        version = conn.execute("SELECT version FROM protection_measure WHERE id = %s", (measure.id,)).fetchone()[0]
    assert version == measure.version + 1  # raised by the trigger
    extended = app.protection.extend(measure.id, version, measure.ends_on + timedelta(days=365)).measure
    assert (extended.extensions, extended.guardian_name) == (1, "Kees Visser")
    assert [m.id for m in app.protection.measures(family.case_id)] == [measure.id]
    with admin_connection(central.dbname) as conn:
        logged = [tuple(r) for r in conn.execute(
            "SELECT username, operation, team_id IS NOT NULL FROM change_log WHERE table_name = 'protection_measure' "
            "AND row_key = %s ORDER BY id", (str(measure.id),))]
        entries = [tuple(r) for r in conn.execute(
            "SELECT event, detail_code FROM access_log WHERE object_type IN ('protection_measure', 'case') "
            "AND case_id = %s AND detail_code IN ('measure_recorded', 'direction_set', 'extension') ORDER BY id",
            (family.case_id,))]
    user = central.users["worker_a"]
    assert logged == [(user, "insert", True), (user, "update", True), (user, "update", True)]
    assert entries == [("create", "measure_recorded"), ("update", "direction_set"), ("update", "extension")]


def test_another_teams_worker_cannot_read_or_write_the_measures_in_the_app(central, given):
    family, measure = given
    other = central.services("worker_b")
    today = other.ctx.clock.today()
    with pytest.raises(AccessDenied):
        other.protection.measures(family.case_id)
    with pytest.raises(AccessDenied):
        other.protection.record(family.case_id, _ots(measure.person_id, today))
    with pytest.raises(AccessDenied):
        other.cases.set_direction(family.case_id, 1, DirectionInput(DirectionMode.SOCIAL_TEAM, today))
    with pytest.raises(NotFound):  # the row is hidden: the database does not say whose it is
        other.protection.extend(measure.id, measure.version, today + timedelta(days=400))
    with pytest.raises(NotFound):
        other.protection.update(measure.id, measure.version, _ots(measure.person_id, today))


def test_another_teams_worker_cannot_read_or_write_the_measures_with_plain_sql(central, given):
    family, measure = given
    with central.connect("worker_b") as conn:
        assert conn.execute("SELECT count(*) FROM protection_measure WHERE family_id = %s",
                            (family.family_id,)).fetchone()[0] == 0
        assert conn.execute("UPDATE protection_measure SET institution = 'x', ends_on = NULL WHERE id = %s",
                            (measure.id,)).rowcount == 0
        assert conn.execute("UPDATE case_file SET direction_mode = 'social_team', direction_organisation = NULL "
                            "WHERE id = %s", (family.case_id,)).rowcount == 0
        with pytest.raises(Denied):  # nobody deletes a measure
            conn.execute("DELETE FROM protection_measure WHERE id = %s", (measure.id,))
        with pytest.raises(Denied):
            conn.execute("INSERT INTO protection_measure (family_id, case_id, person_id, kind, institution, starts_on, "
                         "ends_on, extensions, version, created_at, updated_at) VALUES (%s, %s, %s, 'ots', 'x', "
                         "'2026-11-01', '2027-11-01', 0, 1, now(), now())",
                         (family.family_id, family.case_id, measure.person_id))
    with admin_connection(central.dbname) as conn:
        assert conn.execute("SELECT institution FROM protection_measure WHERE id = %s",
                            (measure.id,)).fetchone()[0] == GI
        assert conn.execute("SELECT direction_organisation FROM case_file WHERE id = %s",
                            (family.case_id,)).fetchone()[0] == GI


def test_a_measure_is_never_deleted_and_names_only_a_person_and_case_of_its_own_family(central, given):
    family, measure = given
    other = intake(central.services("worker_a"), "Mulder")
    with central.connect("worker_a") as conn:
        with pytest.raises(Denied):
            conn.execute("DELETE FROM protection_measure WHERE id = %s", (measure.id,))
        stranger = conn.execute("SELECT min(id) FROM person WHERE family_id = %s", (other.family_id,)).fetchone()[0]
        with pytest.raises(Denied):
            conn.execute("UPDATE protection_measure SET person_id = %s WHERE id = %s", (stranger, measure.id))
    with central.connect("worker_a") as conn:
        with pytest.raises(Denied):
            conn.execute("UPDATE protection_measure SET case_id = %s WHERE id = %s", (other.case_id, measure.id))
