"""Account holding on the central database (revision 0029): signals behind their team's row security, the
account holder's depersonalised function, and improvement steps only the provider's account holder (or an
administrator) may add - the use in the app next to the abuse with a plain client as the worker's own login."""
from __future__ import annotations

import psycopg
import pytest

from app.errors import AccessDenied
from app.services.accounts import SignalInput, StepInput
from models.enums import ImprovementStepKind, SignalKind
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

Denied = psycopg.errors.InsufficientPrivilege
NOTE = "Ruben Verhoef wacht al tien weken"


def _worker_id(central, short: str) -> int:
    with admin_connection(central.dbname) as conn:
        return conn.execute("SELECT id FROM worker WHERE username = %s", (central.users[short],)).fetchone()[0]


@pytest.fixture(scope="module")
def given(central):
    """Team A's case with help of a provider whose account holder is worker_b; worker_a raised a signal."""
    app = central.services("worker_a")
    family = intake(app, "Verhoef")
    provider, product = provider_with_product(central.services("admin"), f"Signaal {central.suffix}", agb=None)
    inv = app.involvements.add_involvement(family.case_id, involvement_input(provider, product))
    boss = central.services("supervisor_a")
    version = boss.providers.provider(provider.id).version
    boss.accounts.set_account_holder(provider.id, version, _worker_id(central, "worker_b"))
    signal = app.accounts.raise_signal(family.case_id, SignalInput(
        provider.id, SignalKind.NO_REPORT_BACK, app.ctx.clock.today(), inv.id, NOTE))
    return family, provider, signal


def test_the_team_reads_its_signal_and_the_holder_only_its_count(central, given):
    family, provider, signal = given
    assert central.services("worker_a").accounts.case_signals(family.case_id)[0].note == NOTE
    holder = central.services("worker_b")
    page = holder.accounts.provider_account(provider.id)
    assert [(c.kind, c.team_name, c.count) for c in page.open_signals] == [
        (SignalKind.NO_REPORT_BACK, central.team("A"), 1)]
    assert NOTE not in repr(page)
    with pytest.raises(AccessDenied):
        holder.accounts.case_signals(family.case_id)
    assert central.services("worker_a").accounts.provider_account(provider.id).open_signals is None


def test_another_teams_worker_cannot_read_or_raise_signals_with_plain_sql(central, given):
    family, provider, signal = given
    b = _worker_id(central, "worker_b")
    with central.connect("worker_b") as conn:
        assert conn.execute("SELECT count(*) FROM provider_signal WHERE provider_id = %s",
                            (provider.id,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM provider_signal_case WHERE family_id = %s",
                            (family.family_id,)).fetchone()[0] == 0
        team_a = conn.execute("SELECT id FROM team WHERE name = %s", (central.team("A"),)).fetchone()[0]
        with pytest.raises(Denied):  # a signal in team A's name
            conn.execute("INSERT INTO provider_signal (provider_id, team_id, kind, raised_on, raised_by_id, "
                         "created_at, updated_at) VALUES (%s, %s, 'other', current_date, %s, now(), now())",
                         (provider.id, team_a, b))
        with pytest.raises(Denied):
            conn.execute("DELETE FROM provider_signal WHERE id = %s", (signal.id,))
    with central.connect("worker_a") as conn:
        team_a = conn.execute("SELECT id FROM team WHERE name = %s", (central.team("A"),)).fetchone()[0]
        with pytest.raises(Denied):  # in a colleague's name
            conn.execute("INSERT INTO provider_signal (provider_id, team_id, kind, raised_on, raised_by_id, "
                         "created_at, updated_at) VALUES (%s, %s, 'other', current_date, %s, now(), now())",
                         (provider.id, team_a, b))
        with pytest.raises(Denied):  # signals are never changed
            conn.execute("UPDATE provider_signal SET kind = 'other' WHERE id = %s", (signal.id,))


def test_the_depersonalised_function_gives_no_case_and_only_to_the_holder(central, given):
    family, provider, _signal = given
    with central.connect("worker_b") as conn:
        cur = conn.execute("SELECT * FROM gezinsregie_provider_signals(%s)", (provider.id,))
        assert [d.name for d in cur.description] == ["kind", "raised_on", "team_id", "n"]
        rows = cur.fetchall()
    assert [(r[0], r[3]) for r in rows] == [("no_report_back", 1)]
    for short in ("worker_a", "supervisor_a"):  # not the account holder: nothing
        with central.connect(short) as conn:
            assert conn.execute("SELECT count(*) FROM gezinsregie_provider_signals(%s)",
                                (provider.id,)).fetchone()[0] == 0
    with central.connect("admin") as conn:
        assert conn.execute("SELECT sum(n) FROM gezinsregie_provider_signals(%s)", (provider.id,)).fetchone()[0] == 1


def test_only_the_account_holder_records_steps(central, given):
    family, provider, _signal = given
    a, b = _worker_id(central, "worker_a"), _worker_id(central, "worker_b")
    with pytest.raises(AccessDenied):
        central.services("worker_a").accounts.record_step(
            provider.id, 0, StepInput(ImprovementStepKind.PLAN, _today(central), "Afspraken"))
    insert = ("INSERT INTO improvement_step (provider_id, kind, step_on, agreements, recorded_by_id, created_at, "
              "updated_at) VALUES (%s, 'plan', current_date, 'Afspraken', %s, now(), now())")
    for short, who in (("worker_a", a), ("supervisor_a", a), ("worker_a", b)):
        with central.connect(short) as conn:
            with pytest.raises(Denied):
                conn.execute(insert, (provider.id, who))
    page = central.services("worker_b").accounts.record_step(
        provider.id, 0, StepInput(ImprovementStepKind.PLAN, _today(central), "Wachttijd onder zes weken"))
    assert [s.kind for s in page.steps] == [ImprovementStepKind.PLAN]
    with central.connect("worker_b") as conn:
        for sql in ("UPDATE improvement_step SET agreements = 'x' WHERE provider_id = %s",
                    "DELETE FROM improvement_step WHERE provider_id = %s"):
            with pytest.raises(Denied):
                conn.execute(sql, (provider.id,))
        with pytest.raises(Denied):  # a worker does not choose the account holder
            conn.execute("UPDATE provider SET account_holder_id = %s WHERE id = %s", (b, provider.id))
    with central.connect("worker_a") as conn:  # the steps are no family's data: everyone reads them
        assert conn.execute("SELECT count(*) FROM improvement_step WHERE provider_id = %s",
                            (provider.id,)).fetchone()[0] == 1


def _today(central):
    return central.services("worker_b").ctx.clock.today()
