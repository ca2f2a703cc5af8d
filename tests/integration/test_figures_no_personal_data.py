"""The management figures and their workbook hold no personal data (issue 14 part 8, AVG art. 5 1c):
families with distinctive names, BSNs, dates of birth and texts in every kind of record are counted,
and neither the figures (every field of the returned data) nor the XLSX file (every part of the zip:
cells, sheet names, shared strings, properties) contains any of them."""
from __future__ import annotations

import dataclasses
import re
import zipfile
from datetime import date

import pytest

from tests.integration.destruction_data import NEEDLES, filled_families
from tests.integration.figures_data import build_known_data
from tests.integration.provider_figures_data import build_flow_data
from tests.integration.inspection_data import OTHER_BSN, ZOE_BSN
from models.enums import Role

START, END = date(2025, 1, 1), date(2026, 11, 22)
# The known data set's families (tests/integration/figures_data.py): "Familie Alfa", parent "Ouder Alfa".
KNOWN_SURNAMES = ("Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
                  "Kilo", "Lima", "Mike", "November", "Oscar", "Papa")  # and provider_figures_data.py's
TEXTS = (*NEEDLES, ZOE_BSN, OTHER_BSN, "Vermeulen", "Geheim doel van de buren", "Buurgezin-journaaltekst",
         "Zorgen over school", "Het gaat weer mis", "Huisarts Jansen", "verlenging 1", "Doel A1", "Doel B3")
BIRTH_DAYS = (date(1985, 1, 1), date(1988, 6, 12), date(1986, 2, 2), date(2012, 5, 4), date(2015, 3, 1),
              date(2018, 9, 30))


def personal_data_in(text: str) -> set[str]:
    found = {t for t in TEXTS if t in text}
    found |= {s for s in KNOWN_SURNAMES if re.search(rf"\b{s}\b", text)}
    for day in BIRTH_DAYS:
        found |= {f for f in (day.isoformat(), f"{day:%d-%m-%Y}", f"{day:%Y%m%d}") if f in text}
    return found


@pytest.fixture
def counted(services, clock):
    """Sanne's two distinctive families (tests/integration/destruction_data.py) and the figures' known data set,
    counted by Ilse Bakker, supervisor of both teams."""
    filled_families(services)
    services.workers.register_local_worker("Ilse Bakker", "Wijkteam Noord", Role.SUPERVISOR)
    services.workers.register_local_worker("Ilse Bakker", "Wijkteam Zuid", Role.SUPERVISOR)
    teams = {t.name: t.id for t in services.workers.teams()}
    build_known_data(services, clock, teams["Wijkteam Noord"], teams["Wijkteam Zuid"])
    return teams


def test_the_figures_contain_no_names_bsns_dates_of_birth_or_texts(services, counted):
    for team in (None, counted["Wijkteam Noord"]):
        figures = services.figures.management_figures(START, END, team)
        assert figures.inflow > 0 and figures.providers  # something was counted
        assert personal_data_in(repr(dataclasses.asdict(figures))) == set()


def test_the_provider_figures_and_comparison_contain_none(services, counted, clock):
    build_flow_data(services, clock, counted["Wijkteam Noord"], counted["Wijkteam Zuid"])
    for team in (None, counted["Wijkteam Noord"]):
        steering = services.figures.provider_steering(START, END, team)
        assert steering.per_category and steering.flows.end_reasons  # something was counted
        assert personal_data_in(repr(dataclasses.asdict(steering))) == set()
    comparison = services.figures.provider_comparison("45")
    assert comparison.rows and personal_data_in(repr(dataclasses.asdict(comparison))) == set()


def test_the_workbook_contains_no_names_bsns_dates_of_birth_or_texts(services, counted, tmp_path):
    path = services.figures.export_xlsx(START, END, None, tmp_path / "cijfers.xlsx")
    with zipfile.ZipFile(path) as workbook:
        parts = {name: workbook.read(name).decode("utf-8", "replace") for name in workbook.namelist()}
    assert any("Jeugdhulp Zaanstreek" in text for text in parts.values())  # the provider is named, the family not
    found = {name: personal_data_in(text) for name, text in parts.items()}
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_the_search_finds_what_it_looks_for():
    """The check above would see the data if it were there."""
    assert personal_data_in("Familie Alfa, Zoë Öztürk 111222333 geboren 01-03-2015") == {
        "Alfa", "Öztürk", "Zoë Öztürk", ZOE_BSN, "01-03-2015"}
    assert personal_data_in("Alfabet 2026-03-01") == set()
