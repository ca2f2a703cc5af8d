"""Account holding (issue 18 item 3): signals raised from a case, the provider page's depersonalised view,
the order of the escalation steps, and who may do what (another team, a worker who is not the holder)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import AccessDenied, BusinessRuleViolation, ConcurrencyConflict, ValidationError
from app.services.accounts import SignalInput, StepInput
from models.enums import (
    AuditEvent, AuditOutcome, ImprovementDecision, ImprovementStepKind as K, Role, SignalKind,
)
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.integration.case_helpers import intake_family, log_entries

TODAY = date(2026, 11, 22)
NOTE = "Zoë Öztürk wacht sinds september, BSN 123456782"
NORTH, SOUTH = "Wijkteam Noord", "Wijkteam Zuid"


@pytest.fixture
def world(services):
    """Sanne's case with help of a provider whose account holder is Piet (team Zuid), set by Marieke."""
    family = intake_family(services)
    provider, product = provider_with_product(services)
    inv = services.involvements.add_involvement(family.case_id, involvement_input(provider, product))
    piet = services.workers.register_local_worker("Piet Jansen", SOUTH).worker_id
    services.workers.register_local_worker("Marieke Hoekstra", NORTH, Role.SUPERVISOR)
    version = services.providers.provider(provider.id).version
    services.accounts.set_account_holder(provider.id, version, piet)
    services.workers.register_local_worker("Sanne de Vries", NORTH)
    return family, provider, inv


def _as(services, name: str, team: str = NORTH, role: Role = Role.WORKER) -> None:
    services.workers.register_local_worker(name, team, role)


def _signal(services, world, kind=SignalKind.WAITING_TIME, on=TODAY):
    family, provider, inv = world
    return services.accounts.raise_signal(family.case_id, SignalInput(provider.id, kind, on, inv.id, NOTE))


def test_a_signal_raised_from_the_help_is_the_teams_with_its_case_and_note(services, world):
    family, provider, inv = world
    row = _signal(services, world)
    assert (row.provider_name, row.kind, row.raised_on, row.raised_by, row.involvement_id, row.note) == (
        "Jeugdhulp Zaanstreek", SignalKind.WAITING_TIME, TODAY, "Sanne de Vries", inv.id, NOTE)
    assert services.accounts.case_signals(family.case_id) == (row,)
    [made] = log_entries(services, case_id=family.case_id, event=AuditEvent.CREATE, object_type="provider_signal")
    assert made.family_id == family.family_id
    assert log_entries(services, case_id=family.case_id, event=AuditEvent.READ, object_type="provider_signal")


def test_the_account_holder_sees_kind_team_date_and_count_never_the_case_or_note(services, world):
    family, provider, _ = world
    _signal(services, world, on=TODAY - timedelta(days=3))
    _signal(services, world)
    _signal(services, world, SignalKind.NO_REPORT_BACK)
    assert services.accounts.provider_account(provider.id).open_signals is None  # Sanne holds no account
    _as(services, "Piet Jansen", SOUTH)
    page = services.accounts.provider_account(provider.id)
    assert page.account_holder == "Piet Jansen"
    assert [(c.kind, c.team_name, c.count, c.first_on, c.last_on) for c in page.open_signals] == [
        (SignalKind.NO_REPORT_BACK, NORTH, 1, TODAY, TODAY),
        (SignalKind.WAITING_TIME, NORTH, 2, TODAY - timedelta(days=3), TODAY)]
    shown = repr(page)
    assert "Öztürk" not in shown and "123456782" not in shown and "case" not in shown.replace("Case", "")
    with pytest.raises(AccessDenied):  # the holder of another team reads no case of team Noord
        services.accounts.case_signals(family.case_id)


def test_steps_follow_plan_monitoring_decision_and_keep_their_history(services, world):
    family, provider, _ = world
    _as(services, "Piet Jansen", SOUTH)
    acc = services.accounts
    with pytest.raises(BusinessRuleViolation):  # no signal: no plan
        acc.record_step(provider.id, 0, StepInput(K.PLAN, TODAY, "Wachttijd onder 6 weken", TODAY + timedelta(90)))
    _as(services, "Sanne de Vries")
    _signal(services, world)
    _as(services, "Piet Jansen", SOUTH)
    for kind in (K.MONITORING, K.DECISION):
        with pytest.raises(BusinessRuleViolation):
            acc.record_step(provider.id, 0, StepInput(kind, TODAY, decision=ImprovementDecision.CONTINUE))
    page = acc.record_step(provider.id, 0, StepInput(K.PLAN, TODAY, "Wachttijd onder 6 weken", TODAY + timedelta(90)))
    assert page.stage is K.PLAN
    page = acc.record_step(provider.id, 1, StepInput(K.MONITORING, TODAY, "Wachttijd nu 8 weken"))
    with pytest.raises(ConcurrencyConflict):  # a colleague's step in between
        acc.record_step(provider.id, 1, StepInput(K.MONITORING, TODAY, "Nog eens"))
    page = acc.record_step(provider.id, 2, StepInput(K.DECISION, TODAY, decision=ImprovementDecision.ENFORCE))
    assert [(s.kind, s.recorded_by, s.decision) for s in page.steps] == [
        (K.PLAN, "Piet Jansen", None), (K.MONITORING, "Piet Jansen", None),
        (K.DECISION, "Piet Jansen", ImprovementDecision.ENFORCE)]
    assert page.stage is None and page.open_signals == ()  # decided: its signals are closed
    with pytest.raises(BusinessRuleViolation):
        acc.record_step(provider.id, 3, StepInput(K.MONITORING, TODAY, "Na het besluit"))


@pytest.mark.parametrize(("step", "field"), [
    (StepInput(K.PLAN, TODAY, "  "), "agreements"),
    (StepInput(K.PLAN, None, "Afspraken"), "step_on"),
    (StepInput(K.PLAN, TODAY, "Afspraken", TODAY - timedelta(1)), "due_on"),
])
def test_a_wrong_plan_is_refused_at_its_field(services, world, step, field):
    family, provider, _ = world
    _signal(services, world)
    _as(services, "Piet Jansen", SOUTH)
    with pytest.raises(ValidationError) as raised:
        services.accounts.record_step(provider.id, 0, step)
    assert set(raised.value.fields) == {field}
    assert services.accounts.provider_account(provider.id).steps == ()


def test_a_decision_needs_its_choice_and_no_step_goes_back_in_time(services, world):
    family, provider, _ = world
    _signal(services, world)
    _as(services, "Piet Jansen", SOUTH)
    services.accounts.record_step(provider.id, 0, StepInput(K.PLAN, TODAY, "Afspraken"))
    with pytest.raises(ValidationError) as raised:
        services.accounts.record_step(provider.id, 1, StepInput(K.DECISION, TODAY))
    assert set(raised.value.fields) == {"decision"}
    with pytest.raises(ValidationError) as raised:
        services.accounts.record_step(provider.id, 1, StepInput(K.MONITORING, TODAY - timedelta(1)))
    assert set(raised.value.fields) == {"step_on"}


def test_only_the_account_holder_or_an_administrator_records_steps(services, world):
    family, provider, _ = world
    _signal(services, world)
    with pytest.raises(AccessDenied):
        services.accounts.record_step(provider.id, 0, StepInput(K.PLAN, TODAY, "Afspraken"))
    [refused] = log_entries(services, object_type="improvement_step", outcome=AuditOutcome.DENIED)
    assert refused.object_id == provider.id
    _as(services, "Beheerder", NORTH, Role.ADMIN)
    page = services.accounts.record_step(provider.id, 0, StepInput(K.PLAN, TODAY, "Afspraken"))
    assert page.open_signals is not None and len(page.steps) == 1


def test_only_a_supervisor_chooses_the_account_holder(services, world):
    family, provider, _ = world
    version = services.providers.provider(provider.id).version
    with pytest.raises(AccessDenied):
        services.accounts.set_account_holder(provider.id, version, None)
    _as(services, "Marieke Hoekstra", NORTH, Role.SUPERVISOR)
    with pytest.raises(ConcurrencyConflict):
        services.accounts.set_account_holder(provider.id, version - 1, None)
    assert services.accounts.set_account_holder(provider.id, version, None).account_holder is None


@pytest.mark.parametrize(("data", "field"), [
    (SignalInput(None, SignalKind.OTHER, TODAY), "provider"),
    (SignalInput(1, None, TODAY), "kind"),
    (SignalInput(1, SignalKind.OTHER, None), "raised_on"),
    (SignalInput(1, SignalKind.OTHER, TODAY + timedelta(1)), "raised_on"),
    (SignalInput(1, SignalKind.OTHER, TODAY, note="x" * 2001), "note"),
])
def test_a_wrong_signal_is_refused_at_its_field(services, world, data, field):
    family, provider, _ = world
    with pytest.raises(ValidationError) as raised:
        services.accounts.raise_signal(family.case_id, data)
    assert set(raised.value.fields) == {field}
    assert services.accounts.case_signals(family.case_id) == ()
