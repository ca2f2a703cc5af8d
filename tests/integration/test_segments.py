"""Segments are configured by an administrator (add, rename, deactivate), and a segment that needs a
referral refuses help without a referrer (issue 15, item 8)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from app.errors import ConcurrencyConflict, ValidationError
from app.services.involvement_inputs import InvolvementInput
from app.services.provider_inputs import ProductInput, SegmentInput
from models.enums import AuditEvent
from tests.integration.care_helpers import involvement_input, provider_with_product, segment_id
from tests.integration.case_helpers import intake_family, log_entries


def _messages(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        call()
    return info.value.field_messages()


def test_an_administrator_adds_renames_and_deactivates_a_segment_and_each_change_is_logged(services):
    added = services.providers.add_segment(SegmentInput(" b1 ", "Basis specialistisch", True, 4))
    assert (added.code, added.name, added.needs_referral, added.position, added.active) == (
        "B1", "Basis specialistisch", True, 4, True)
    assert [s.code for s in services.providers.segments()] == ["A", "B", "C", "B1"]

    renamed = services.providers.update_segment(added.id, added.version, SegmentInput("B1", "Licht specialistisch",
                                                                                      False, 1))
    assert (renamed.name, renamed.needs_referral, renamed.version) == ("Licht specialistisch", False, added.version + 1)
    assert [s.code for s in services.providers.segments()] == ["A", "B1", "B", "C"]

    inactive = services.providers.set_segment_active(renamed.id, renamed.version, False)
    assert [s.code for s in services.providers.segments()] == ["A", "B", "C"]
    assert [(s.code, s.active) for s in services.providers.segments(include_inactive=True)][1] == ("B1", False)
    assert [(e.event, e.object_id) for e in log_entries(services, object_type="segment")] == [
        (AuditEvent.CREATE, added.id), (AuditEvent.UPDATE, added.id), (AuditEvent.UPDATE, added.id)]
    with pytest.raises(ConcurrencyConflict):  # a colleague's change is not overwritten
        services.providers.set_segment_active(inactive.id, renamed.version, True)


def test_bad_segment_input_is_refused_at_the_field_and_nothing_is_written(services):
    before = services.providers.segments(include_inactive=True)
    assert _messages(lambda: services.providers.add_segment(SegmentInput("B", "Dubbel", True))) == {
        "code": "Een ander segment heeft deze code al."}
    messages = _messages(lambda: services.providers.add_segment(SegmentInput("B-2", " ", True, 1000)))
    assert set(messages) == {"code", "name", "position"}
    assert messages["code"] == "Een segmentcode bestaat alleen uit letters en cijfers, bijvoorbeeld B1."
    assert services.providers.segments(include_inactive=True) == before


def test_an_inactive_segment_is_not_offered_for_new_products_but_stays_on_its_products(services):
    provider, product = provider_with_product(services, segment="B")
    b = next(s for s in services.providers.segments() if s.code == "B")
    services.providers.set_segment_active(b.id, b.version, False)
    assert _messages(lambda: services.providers.add_product(provider.id, ProductInput("Nieuw", "45", b.id))) == {
        "segment_id": "Kies een segment."}
    kept = services.providers.update_product(product.id, product.version, ProductInput(
        "Ambulante gezinsbehandeling (2027)", "45", b.id, unit_code="04"))
    assert kept.segment_code == "B"


def test_help_in_a_segment_that_needs_a_referral_is_refused_without_a_referrer(services):
    family = intake_family(services)
    specialist = provider_with_product(services, segment="B")
    free_access = provider_with_product(services, name="Buurtgezinnen", agb=None, product="Steunouder",
                                        category="50", segment="A")
    no_referrer = dict(referrer_type="06", monitored_by="Sociaal team", extension_policy="Bij de evaluatie")
    assert _messages(lambda: services.involvements.add_involvement(
        family.case_id, involvement_input(*specialist, **no_referrer))) == {
        "referrer_type": "Voor het segment van dit product is een verwijzing nodig: kies wie verwees, met de "
                         "verwijsdatum."}
    assert services.involvements.involvements(family.case_id) == []
    services.involvements.add_involvement(family.case_id, involvement_input(*free_access, **no_referrer))
    services.involvements.add_involvement(family.case_id, involvement_input(*specialist))  # the team referred


def test_help_recorded_before_its_segment_needed_a_referral_keeps_its_referrer(services):
    family = intake_family(services)
    provider, product = provider_with_product(services, segment="A")
    running = services.involvements.add_involvement(family.case_id, involvement_input(
        provider, product, referrer_type="06", monitored_by="Sociaal team", extension_policy="Bij de evaluatie"))
    a = next(s for s in services.providers.segments() if s.id == segment_id(services, "A"))
    services.providers.update_segment(a.id, a.version, SegmentInput(a.code, a.name, True, a.position))
    edited = services.involvements.update_involvement(
        running.id, running.version, replace(InvolvementInput.from_dto(running), note="Loopt goed"))
    assert (edited.referrer_type, edited.note) == ("06", "Loopt goed")
