"""Involvements of providers: referral, periods, volume or budget, direction arrangements, ending."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.errors import BusinessRuleViolation, ConcurrencyConflict, ValidationError
from app.services.involvement_inputs import InvolvementInput
from models.enums import AuditEvent, DirectionMode, HandoverStatus
from tests.integration.care_helpers import agreed_plan, involvement_input, provider_with_product
from tests.integration.case_helpers import colleague_services, intake_family, log_entries


@pytest.fixture
def family(services):
    return intake_family(services)


@pytest.fixture
def offer(services):
    return provider_with_product(services)


def _add(services, family, offer, **changes):
    return services.involvements.add_involvement(family.case_id, involvement_input(*offer, **changes))


def _fields(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        call()
    return info.value.field_messages()


def test_waiting_time_and_duration_follow_the_dates_and_the_clock(services, family, offer, clock):
    inv = _add(services, family, offer)  # referred 1 October, started 15 October; today is 22 November
    assert (inv.waiting_days, inv.duration_days, inv.is_active) == (14, 38, True)
    assert (inv.provider_name, inv.product_name, inv.category_label, inv.segment_code) == (
        "Jeugdhulp Zaanstreek", "Ambulante gezinsbehandeling", "Jeugdhulp ambulant", "B")
    assert (inv.referrer_type_label, inv.direction, inv.handover, inv.extensions) == (
        "Gemeente", DirectionMode.SOCIAL_TEAM, HandoverStatus.REFERRED, 0)
    clock.day = date(2026, 12, 22)
    assert services.involvements.involvement(inv.id).duration_days == 68
    ended = services.involvements.end_involvement(inv.id, inv.version, date(2026, 12, 1), "19")
    assert (ended.duration_days, ended.is_active, ended.end_reason_label) == (
        47, False, "Levering volgens plan beëindigd")
    waiting = _add(services, family, offer, start_date=None, planned_end=None)
    assert (waiting.waiting_days, waiting.duration_days) == (None, None)
    assert [i.id for i in services.involvements.involvements(family.case_id)] == [waiting.id, inv.id]


def test_dates_must_follow_each_other(services, family, offer):
    fields = _fields(lambda: _add(services, family, offer, referral_date=date(2026, 10, 1),
                                  start_date=date(2026, 9, 30), planned_end=date(2026, 9, 1)))
    assert set(fields) == {"start_date", "planned_end"}
    assert "verwijsdatum" in fields["start_date"] and "startdatum" in fields["planned_end"]
    fields = _fields(lambda: _add(services, family, offer, referral_date=date(2026, 11, 23), start_date=None))
    assert set(fields) == {"referral_date"}
    assert services.involvements.involvements(family.case_id) == []


def test_volume_or_budget_never_both(services, family, offer):
    fields = _fields(lambda: _add(services, family, offer, budget=Decimal("1250.50")))
    assert set(fields) == {"budget"} and "niet allebei" in fields["budget"]
    fields = _fields(lambda: _add(services, family, offer, volume_amount=None, volume_unit="99"))
    assert set(fields) == {"volume_amount", "volume_unit"}
    inv = _add(services, family, offer, volume_amount=None, volume_unit=None, volume_frequency=None,
               budget=Decimal("1250.50"))
    assert (inv.budget_cents, inv.budget_euros, inv.volume_amount, inv.volume_unit) == (
        125050, Decimal("1250.5"), None, None)


def test_direction_elsewhere_needs_who_directs_and_who_monitors(services, family, offer):
    fields = _fields(lambda: _add(services, family, offer, direction=DirectionMode.ELSEWHERE))
    assert set(fields) == {"direction_holder", "monitored_by"}
    inv = _add(services, family, offer, direction=DirectionMode.ELSEWHERE,
               direction_holder="Gezinsvoogd, William Schrikker Stichting", monitored_by="Sanne (sociaal team)",
               report_back_date=date(2027, 1, 15))
    assert inv.directed_by == "Gezinsvoogd, William Schrikker Stichting"


def test_a_gp_referral_needs_the_referrer_a_monitor_and_how_extensions_go(services, family, offer):
    fields = _fields(lambda: _add(services, family, offer, referrer_type="02", referrer_agb="1234"))
    assert set(fields) == {"referrer_agb", "monitored_by", "extension_policy"}
    assert fields["referrer_agb"] == "Een AGB-code bestaat uit 8 cijfers."
    fields = _fields(lambda: _add(services, family, offer, referrer_type="2"))
    assert set(fields) == {"referrer_name", "monitored_by", "extension_policy"}
    assert set(_fields(lambda: _add(services, family, offer, referrer_type="07"))) == {"referrer_type"}
    inv = _add(services, family, offer, referrer_type="02", referrer_agb="01234567",
               direction=DirectionMode.SAMENREGIE, monitored_by="Huisarts Jansen met POH-GGZ jeugd",
               extension_policy="Verlenging alleen na overleg met de huisarts en het sociaal team")
    assert (inv.referrer_type, inv.referrer_type_label, inv.referrer_agb) == ("02", "Huisarts", "01234567")
    assert (inv.direction, inv.directed_by) == (DirectionMode.SAMENREGIE, "Jeugdhulp Zaanstreek")


def test_a_second_active_involvement_of_the_same_product_is_refused(services, family, offer):
    first = _add(services, family, offer)
    fields = _fields(lambda: _add(services, family, offer))
    assert set(fields) == {"product_id"}
    services.involvements.end_involvement(first.id, first.version, date(2026, 11, 20), "23")
    assert _add(services, family, offer).is_active


def test_the_product_must_belong_to_the_provider(services, family, offer):
    other, other_product = provider_with_product(services, "Kinderpraktijk", "11223344", "Speltherapie", "54")
    fields = _fields(lambda: _add(services, family, offer, product_id=other_product.id))
    assert set(fields) == {"product_id"}


def test_ending_needs_an_ijw_end_reason_and_a_date_after_the_start(services, family, offer):
    inv = _add(services, family, offer)
    fields = _fields(lambda: services.involvements.end_involvement(inv.id, inv.version, date(2026, 10, 1), "99"))
    assert set(fields) == {"end_reason", "actual_end"}
    fields = _fields(lambda: services.involvements.end_involvement(inv.id, inv.version, date(2026, 11, 30), "19"))
    assert set(fields) == {"actual_end"}
    never_started = _add(services, family, provider_with_product(
        services, "Kinderpraktijk", "11223344", "Speltherapie", "54"), start_date=None)
    fields = _fields(lambda: services.involvements.end_involvement(
        never_started.id, never_started.version, date(2026, 11, 20), "21"))
    assert set(fields) == {"actual_end"}
    ended = services.involvements.end_involvement(inv.id, inv.version, date(2026, 11, 20), "38")
    assert (ended.end_reason, ended.end_reason_label) == ("38", "Overstap naar andere aanbieder")
    with pytest.raises(BusinessRuleViolation):
        services.involvements.end_involvement(ended.id, ended.version, date(2026, 11, 21), "19")


def test_handover_goals_and_flags(services, family, offer, clock):
    plan = agreed_plan(services, family.case_id)
    inv = _add(services, family, offer, planned_end=date(2026, 12, 31), report_back_date=date(2027, 1, 5))
    assert (inv.ends_within_4_weeks, inv.report_back_due) == (False, False)
    inv = services.involvements.set_handover(inv.id, inv.version, HandoverStatus.TAKEN_OVER)
    inv = services.involvements.link_goals(inv.id, inv.version, [g.lineage for g in plan.goals][:1])
    assert inv.handover is HandoverStatus.TAKEN_OVER
    assert [(g.description, g.in_current_plan) for g in inv.goals] == [("Zoë gaat elke schooldag naar school", True)]
    fields = _fields(lambda: services.involvements.link_goals(inv.id, inv.version, ["not-a-goal"]))
    assert set(fields) == {"goal_lineages"}
    clock.day = date(2026, 12, 3)
    inv = services.involvements.involvement(inv.id)
    assert (inv.ends_within_4_weeks, inv.report_back_due) == (True, False)
    clock.day = date(2026, 12, 29)
    assert services.involvements.involvement(inv.id).report_back_due
    inv = services.involvements.record_report_back(inv.id, inv.version, date(2027, 3, 1))
    assert (inv.report_back_date, inv.report_back_due) == (date(2027, 3, 1), False)


def test_a_colleagues_save_in_between_is_a_conflict(services, family, offer, db_path, clock):
    inv = _add(services, family, offer)
    with colleague_services(db_path, clock) as colleague:
        theirs = colleague.involvements.update_involvement(
            inv.id, inv.version, replace(InvolvementInput.from_dto(inv), note="Moeder wil liever op woensdag"))
    with pytest.raises(ConcurrencyConflict) as info:
        services.involvements.update_involvement(inv.id, inv.version, replace(
            InvolvementInput.from_dto(inv), planned_end=date(2027, 5, 1)))
    assert info.value.current == theirs
    assert services.involvements.involvement(inv.id).planned_end == date(2027, 4, 15)


def test_reads_and_changes_are_logged_per_family_and_case(services, family, offer):
    inv = _add(services, family, offer)
    services.involvements.involvements(family.case_id)
    services.involvements.set_handover(inv.id, inv.version, HandoverStatus.STARTED)
    entries = log_entries(services, object_type="involvement")
    assert [(e.event, e.family_id, e.case_id) for e in entries] == [
        (AuditEvent.CREATE, family.family_id, family.case_id), (AuditEvent.READ, family.family_id, family.case_id),
        (AuditEvent.UPDATE, family.family_id, family.case_id)]
    assert "Jeugdhulp" not in " ".join(str(e.detail) for e in entries)
