"""Aftercare and the transition plan at 18 on the central database (revision 0024): the use in the app next
to the abuse with a plain database client as another team's own login; the change log, the version trigger
and the restrictive policies (the case, involvement and person of the row's own family); the figures."""
from __future__ import annotations

from datetime import date

import psycopg
import pytest

from app.errors import AccessDenied, NotFound
from app.services.aftercare import AftercareInput
from app.services.transition import TransitionInput
from models.enums import AftercareKind, AftercareNoneReason, CloseReason, TransitionDomain
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege
NETWORK = AftercareInput(AftercareKind.NETWORK, "Opa Wim", "Brengt Zoë naar voetbal en praat met haar")


def _plan(person: int, today, **changes) -> TransitionInput:
    data = dict(person_id=person, domains=frozenset({TransitionDomain.ZVW, TransitionDomain.INCOME}),
                responsible="Jongerenloket gemeente", agreed="Zorgverzekering en toeslag regelen", agreed_on=today)
    data.update(changes)
    return TransitionInput(**data)


@pytest.fixture(scope="module")
def given(central):
    """Team A's family whose help ended with aftercare in the network, and Zoë's transition plan, by worker_a."""
    app = central.services("worker_a")
    family = intake(app, "Verhoef")
    provider, product = provider_with_product(central.services("admin"), f"Nazorg {central.suffix}", agb=None)
    inv = app.involvements.add_involvement(family.case_id, involvement_input(provider, product))
    app.involvements.end_involvement(inv.id, inv.version, app.ctx.clock.today(), "19", NETWORK)
    [after] = app.aftercare.aftercare(family.case_id)
    zoe = next(m.id for m in app.members.family_detail(family.family_id).members if m.first_name == "Zoë")
    plan = app.transition.record(family.case_id, _plan(zoe, app.ctx.clock.today()))
    return family, inv, after, plan


def test_the_team_records_and_reads_and_each_change_is_logged(central, given):
    family, inv, after, plan = given
    app = central.services("worker_a")
    assert [a.id for a in app.aftercare.aftercare(family.case_id)] == [after.id]
    with central.connect("worker_a") as conn:
        conn.execute("UPDATE transition_plan SET agreed = 'Ook DigiD aanvragen' WHERE id = %s", (plan.id,))
        version = conn.execute("SELECT version FROM transition_plan WHERE id = %s", (plan.id,)).fetchone()[0]
    assert version == plan.version + 1  # raised by the trigger
    changed = app.transition.update(plan.id, version, _plan(plan.person_id, plan.agreed_on, responsible="Karin"))
    assert (changed.responsible, changed.version) == ("Karin", version + 1)
    with admin_connection(central.dbname) as conn:
        logged = [tuple(r) for r in conn.execute(
            "SELECT table_name, operation FROM change_log WHERE (table_name = 'aftercare' AND row_key = %s) "
            "OR (table_name = 'transition_plan' AND row_key = %s) ORDER BY id", (str(after.id), str(plan.id)))]
        entries = [tuple(r) for r in conn.execute(
            "SELECT object_type, event, detail_code FROM access_log WHERE object_type IN ('aftercare', "
            "'transition_plan') AND case_id = %s AND event <> 'read' ORDER BY id", (family.case_id,))]
    assert logged == [("aftercare", "insert"), ("transition_plan", "insert"), ("transition_plan", "update"),
                      ("transition_plan", "update")]
    assert entries == [("aftercare", "create", "aftercare_recorded"),
                       ("transition_plan", "create", "transition_plan_saved"),
                       ("transition_plan", "update", "transition_plan_saved")]


def test_another_teams_worker_cannot_read_or_write_them_in_the_app(central, given):
    family, _inv, _after, plan = given
    other = central.services("worker_b")
    today = other.ctx.clock.today()
    with pytest.raises(AccessDenied):
        other.aftercare.aftercare(family.case_id)
    with pytest.raises(AccessDenied):
        other.transition.plans(family.case_id)
    with pytest.raises(AccessDenied):
        other.transition.record(family.case_id, _plan(plan.person_id, today))
    with pytest.raises(NotFound):  # the row is hidden: the database does not say whose it is
        other.transition.update(plan.id, plan.version, _plan(plan.person_id, today))


def test_another_teams_worker_cannot_read_or_write_them_with_plain_sql(central, given):
    family, inv, after, plan = given
    with central.connect("worker_b") as conn:
        for table in ("aftercare", "transition_plan"):
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE family_id = %s",  # noqa: S608 - fixed names
                                (family.family_id,)).fetchone()[0] == 0
        assert conn.execute("UPDATE aftercare SET who = 'x' WHERE id = %s", (after.id,)).rowcount == 0
        assert conn.execute("UPDATE transition_plan SET responsible = NULL WHERE id = %s", (plan.id,)).rowcount == 0
        with pytest.raises(Denied):
            conn.execute("DELETE FROM aftercare WHERE id = %s", (after.id,))
        with pytest.raises(Denied):
            conn.execute("INSERT INTO aftercare (family_id, case_id, kind, none_reason, recorded_on, created_at, "
                         "updated_at) VALUES (%s, %s, 'none_needed', 'other', '2026-11-22', now(), now())",
                         (family.family_id, family.case_id))
        with pytest.raises(Denied):
            conn.execute("INSERT INTO transition_plan (family_id, case_id, person_id, domains, agreed_on, version, "
                         "created_at, updated_at) VALUES (%s, %s, %s, 'wmo', '2026-11-22', 1, now(), now())",
                         (family.family_id, family.case_id, plan.person_id))
    with admin_connection(central.dbname) as conn:
        assert conn.execute("SELECT who FROM aftercare WHERE id = %s", (after.id,)).fetchone()[0] == "Opa Wim"
        assert conn.execute("SELECT responsible FROM transition_plan WHERE id = %s",
                            (plan.id,)).fetchone()[0] is not None


def test_the_rows_are_never_deleted_and_name_only_their_own_familys_case_involvement_and_person(central, given):
    family, inv, after, plan = given
    app = central.services("worker_a")
    other = intake(app, "Mulder")
    for sql, args in (
            ("DELETE FROM aftercare WHERE id = %s", (after.id,)),
            ("DELETE FROM transition_plan WHERE id = %s", (plan.id,)),
            ("UPDATE aftercare SET case_id = %s WHERE id = %s", (other.case_id, after.id)),
            ("UPDATE transition_plan SET case_id = %s WHERE id = %s", (other.case_id, plan.id)),
            ("UPDATE transition_plan SET person_id = (SELECT min(id) FROM person WHERE family_id = %s) WHERE id = %s",
             (other.family_id, plan.id)),
            ("INSERT INTO aftercare (family_id, case_id, involvement_id, kind, none_reason, recorded_on, created_at, "
             "updated_at) VALUES (%s, %s, %s, 'none_needed', 'other', '2026-11-22', now(), now())",
             (other.family_id, other.case_id, inv.id))):
        with central.connect("worker_a") as conn:
            with pytest.raises(Denied):
                conn.execute(sql, args)


def test_the_figures_count_help_ended_by_its_aftercare(central, given):
    family, *_ = given
    app = central.services("worker_a")
    provider, product = provider_with_product(central.services("admin"), f"Nazorg 2 {central.suffix}", agb=None)
    today = app.ctx.clock.today()
    before = central.services("supervisor_a").figures.management_figures(date(today.year, 1, 1), today).aftercare
    for aftercare in (AftercareInput(AftercareKind.NONE_NEEDED, none_reason=AftercareNoneReason.MOVED), None):
        inv = app.involvements.add_involvement(family.case_id, involvement_input(provider, product))
        app.involvements.end_involvement(inv.id, inv.version, today, "19", aftercare)
    version = app.members.case_header(family.case_id).version
    app.cases.close(family.case_id, version, CloseReason.GOALS_REACHED, "", NETWORK)  # no involvement: not counted
    after = central.services("supervisor_a").figures.management_figures(date(today.year, 1, 1), today).aftercare
    assert (after.ended - before.ended, after.none_needed - before.none_needed,
            after.not_recorded - before.not_recorded, after.network - before.network) == (2, 1, 1, 0)
