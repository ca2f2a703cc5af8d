"""The printed plan says who holds the direction: the organisation, the person and their contact, since when."""
from __future__ import annotations

from datetime import date

from app.services.cases import DirectionInput
from models.enums import DirectionMode
from tests.export.plan_data import pdf_text


def _text(exports, case_id: int) -> str:
    return " ".join(pdf_text(exports.plan_pdf(case_id)).split())


def test_the_plan_names_who_holds_the_direction_elsewhere(exports, services, family):
    version = services.members.case_header(family.case_id).version
    services.cases.set_direction(family.case_id, version, DirectionInput(
        DirectionMode.ELSEWHERE, date(2026, 11, 1), "Jeugdbescherming Noord-Holland", "Petra Visser",
        "06-12345678"))
    text = _text(exports, family.case_id)
    assert ("Regie bij Jeugdbescherming Noord-Holland, Petra Visser, 06-12345678 (sinds 01-11-2026)"
            in text)


def test_samenregie_names_the_provider_with_the_daily_direction(exports, services, family):
    version = services.members.case_header(family.case_id).version
    services.cases.set_direction(family.case_id, version, DirectionInput(
        DirectionMode.SAMENREGIE, date(2026, 11, 2), "Levvel"))
    assert "Samenregie, dagelijkse regie bij Levvel (sinds 02-11-2026)" in _text(exports, family.case_id)
