"""The printed plan says for whom each help is: "Voor Zoë", "Voor Işıl en Daan", "Voor het hele gezin"
(issue 15 item 3), with extended youth care said after it."""
from __future__ import annotations

from datetime import date

from tests.export.plan_data import pdf_text
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.integration.case_helpers import member_id


def _text(exports, case_id: int) -> str:
    return " ".join(pdf_text(exports.plan_pdf(case_id)).split())


def test_the_help_section_prints_for_whom_each_help_is(exports, services, family):
    zoe = member_id(services, family.family_id, "Zoë")
    isil = member_id(services, family.family_id, "Işıl")
    daan = member_id(services, family.family_id, "Daan")
    provider, product = provider_with_product(services, "Kinderpraktijk De Vlinder", "11223344",
                                              product="Speltherapie")
    services.involvements.add_involvement(family.case_id, involvement_input(provider, product, person_ids=(zoe,)))
    other, item = provider_with_product(services, "Sportmaatje Zaandam", "22334455", product="Maatjesproject")
    services.involvements.add_involvement(family.case_id, involvement_input(
        other, item, person_ids=(daan, isil), planned_end=date(2031, 6, 1), extended_care=True))

    text = _text(exports, family.case_id)
    assert "Voor het hele gezin" in text  # the help recorded before (no young person named)
    assert "Speltherapie Voor Zoë" in text
    assert "Maatjesproject Voor Işıl en Daan, verlengde jeugdhulp (na 18)" in text  # oldest first
