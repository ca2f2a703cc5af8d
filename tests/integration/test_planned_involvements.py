"""Help that starts in the future is planned until its start date; planned help is cancelled, not ended.

Today is 22 November 2026 (the clock fixture).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.errors import BusinessRuleViolation, ValidationError
from app.services.involvement_inputs import InvolvementInput
from models.enums import InvolvementState
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.integration.case_helpers import intake_family

TODAY = date(2026, 11, 22)


@pytest.fixture
def family(services):
    return intake_family(services)


@pytest.fixture
def planned(services, family):
    """Referred 15 November, starting 1 December: not started yet."""
    offer = provider_with_product(services)
    return services.involvements.add_involvement(family.case_id, involvement_input(
        *offer, referral_date=date(2026, 11, 15), start_date=date(2026, 12, 1), planned_end=date(2027, 3, 1)))


def test_help_is_planned_until_its_start_date_then_running(services, planned, clock):
    assert (planned.state, planned.is_active, planned.duration_days) == (InvolvementState.PLANNED, True, None)
    clock.day = date(2026, 11, 30)
    assert services.involvements.involvement(planned.id).state is InvolvementState.PLANNED
    clock.day = date(2026, 12, 1)
    started = services.involvements.involvement(planned.id)
    assert (started.state, started.duration_days) == (InvolvementState.RUNNING, 0)


def test_help_without_a_start_date_is_planned(services, family):
    offer = provider_with_product(services)
    inv = services.involvements.add_involvement(family.case_id, involvement_input(*offer, start_date=None,
                                                                                  planned_end=None))
    assert inv.state is InvolvementState.PLANNED


def test_planned_help_is_cancelled_with_a_reason_and_was_never_delivered(services, planned, family):
    cancelled = services.involvements.cancel_involvement(planned.id, planned.version, "21")
    assert (cancelled.state, cancelled.is_active, cancelled.actual_end, cancelled.end_reason) == (
        InvolvementState.CANCELLED, False, TODAY, "21")
    assert (cancelled.start_date, cancelled.waiting_days, cancelled.duration_days) == (date(2026, 12, 1), None, None)
    assert [i.state for i in services.involvements.involvements(family.case_id)] == [InvolvementState.CANCELLED]
    with pytest.raises(BusinessRuleViolation):  # cancelled is final
        services.involvements.cancel_involvement(cancelled.id, cancelled.version, "21")
    with pytest.raises(BusinessRuleViolation) as info:
        services.involvements.update_involvement(cancelled.id, cancelled.version, replace(
            InvolvementInput.from_dto(cancelled), start_date=date(2026, 11, 20)))
    assert "geannuleerd" in info.value.message()


def test_cancelling_needs_a_cancellation_reason(services, planned):
    for reason in ("", "19", "20", "99"):  # 19 "ended as planned" and 20 "temporarily" are no cancellation
        with pytest.raises(ValidationError) as info:
            services.involvements.cancel_involvement(planned.id, planned.version, reason)
        assert set(info.value.field_messages()) == {"end_reason"}
    assert services.involvements.involvement(planned.id).state is InvolvementState.PLANNED


def test_running_help_is_ended_not_cancelled(services, planned, clock):
    with pytest.raises(BusinessRuleViolation) as info:  # planned help cannot be ended: it is cancelled
        services.involvements.end_involvement(planned.id, planned.version, TODAY, "23")
    assert "Annuleer" in info.value.message()
    clock.day = date(2026, 12, 10)
    with pytest.raises(BusinessRuleViolation):
        services.involvements.cancel_involvement(planned.id, planned.version, "21")
    ended = services.involvements.end_involvement(planned.id, planned.version, date(2026, 12, 9), "23")
    assert (ended.state, ended.duration_days, ended.waiting_days) == (InvolvementState.ENDED, 8, 16)


def test_the_database_refuses_a_cancellation_ended_as_planned(services, planned, db_path):
    """Any client: help ended before its start is a cancellation, never "ended as planned" (19)."""
    import sqlite3
    con = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE involvement SET actual_end = '2026-11-22', end_reason = '19' WHERE id = ?",
                    (planned.id,))
    con.execute("UPDATE involvement SET actual_end = '2026-11-22', end_reason = '21' WHERE id = ?", (planned.id,))
    con.close()
