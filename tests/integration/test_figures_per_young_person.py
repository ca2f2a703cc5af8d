"""The figures count young persons as well as cases (issue 15 item 3): hand-computed on the data set of
tests/integration/help_per_child_data.py (its docstring has the computation)."""
from __future__ import annotations

from openpyxl import load_workbook

from tests.integration.help_per_child_data import END, START, help_per_child_as_supervisor


def test_cases_and_young_persons_with_help_of_all_my_teams_and_of_one(services, clock):
    data = help_per_child_as_supervisor(services, clock)
    f = services.figures.management_figures(START, END)
    # Jansen (X family-wide + Y for Zoë), Bakker (Sem; Noor's help cancelled before its start), Smit (last day).
    assert (f.cases_with_help, f.young_persons_with_help) == (3, 5)  # Zoë, Daan, Mila, Sem, Eva
    north = services.figures.management_figures(START, END, data.north)
    assert (north.cases_with_help, north.young_persons_with_help) == (2, 4)
    south = services.figures.management_figures(START, END, data.south)
    assert (south.cases_with_help, south.young_persons_with_help) == (1, 1)


def test_a_period_before_most_help(services, clock):
    help_per_child_as_supervisor(services, clock)
    from datetime import date
    f = services.figures.management_figures(date(2025, 6, 1), date(2025, 11, 30))
    # Only Visser's family-wide help (2025-05-15 .. 2025-12-15) runs then: Lotte. Sem's starts 2025-12-01.
    assert (f.cases_with_help, f.young_persons_with_help) == (1, 1)


def test_the_workbook_has_both_figures(services, clock, tmp_path):
    help_per_child_as_supervisor(services, clock)
    path = services.figures.export_xlsx(START, END, None, tmp_path / "cijfers.xlsx")
    sheet = load_workbook(path)["Overzicht"]
    values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row and row[0]}
    assert values["Casussen met hulp"] == 3
    assert values["Jeugdigen met hulp"] == 5
