"""Due items and waakvlams on top of the filled caseload, built through the services.

Today is Sunday 22-11-2026. For Sanne de Vries (signed in):
- Öztürk: plan agreed today; help by Jeugdhulp Zaanstreek reports back on 25-11 (this week) and
  ends on 15-12 (later).
- Kaya: help ended; waakvlam since 01-10 with the GP, a contact every four weeks, the first (29-10)
  not yet held: overdue.
- De Jong, El Amrani, Van den Berg and Smit: no plan agreed six weeks after the start (overdue);
  Visser and Mulder: plan due later.
For the colleague Jeroen Bakker: Bos in waakvlam with the school coach, next contact 01-12.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.bootstrap import Services
from app.services.waakvlam import WaakvlamInput
from models.enums import WaakvlamHolder
from tests.integration.care_helpers import agreed_plan, involvement_input, provider_with_product

REPORT_BACK = date(2026, 11, 25)
HELP_ENDS = date(2026, 12, 15)
FIRST_GP_CONTACT = date(2026, 10, 29)


@dataclass(frozen=True)
class CareCases:
    ozturk: int
    kaya: int
    bos: int


def case_id(services: Services, family: str, *, team: bool = False) -> int:
    rows = services.caseload.team_caseload() if team else services.caseload.my_caseload()
    return next(r.case_id for r in rows if r.family_name == family)


def fill_care(services: Services) -> CareCases:
    ozturk, kaya, bos = case_id(services, "Öztürk"), case_id(services, "Kaya"), case_id(services, "Bos", team=True)
    agreed_plan(services, ozturk)
    provider, product = provider_with_product(services)
    services.involvements.add_involvement(ozturk, involvement_input(
        provider, product, planned_end=HELP_ENDS, report_back_date=REPORT_BACK))
    services.waakvlam.start_waakvlam(kaya, WaakvlamInput(
        WaakvlamHolder.GP, "Huisarts De Wit", start_date=date(2026, 10, 1), frequency_weeks=4))
    services.waakvlam.start_waakvlam(bos, WaakvlamInput(
        WaakvlamHolder.SCHOOL_COACH, "Petra Bos", start_date=date(2026, 11, 3), frequency_weeks=4))
    return CareCases(ozturk, kaya, bos)
