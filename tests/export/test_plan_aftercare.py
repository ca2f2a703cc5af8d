"""The printed plan says how aftercare was secured each time help ended or the case closed: who and what in
the family's own network or with a free-access service, or why none was needed (read back from the PDF)."""
from __future__ import annotations

from datetime import date

from app.services.aftercare import AftercareInput
from models.enums import AftercareKind, AftercareNoneReason
from tests.export.plan_data import pdf_text
from tests.integration.care_helpers import involvement_input, provider_with_product


def _text(exports, case_id: int) -> str:
    return " ".join(pdf_text(exports.plan_pdf(case_id)).split())


def test_the_plan_prints_the_aftercare_of_ended_help(exports, services, family):
    provider, product = provider_with_product(services, "Jeugdhulp Nazorg")
    for aftercare in (AftercareInput(AftercareKind.NETWORK, "Oma Fatma", "Haalt Zoë op woensdag uit school"),
                      AftercareInput(AftercareKind.NONE_NEEDED, none_reason=AftercareNoneReason.SELF_RELIANT,
                                     note="Het gaat goed thuis")):
        inv = services.involvements.add_involvement(family.case_id, involvement_input(provider, product))
        services.involvements.end_involvement(inv.id, inv.version, date(2026, 11, 20), "19", aftercare)
    text = _text(exports, family.case_id)
    assert "Nazorg: wie het overneemt" in text
    assert "Jeugdhulp Nazorg op 20-11-2026 In ons eigen netwerk Oma Fatma Haalt Zoë op woensdag uit school" in text
    assert "Geen nazorg nodig we redden het zelf Het gaat goed thuis" in text


def test_a_plan_without_aftercare_has_no_such_section(exports, family):
    assert "Nazorg" not in _text(exports, family.case_id)
