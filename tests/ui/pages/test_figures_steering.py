"""The Reports page's figures per provider and product category, segments and flows, on the known data set
of tests/integration/provider_figures_data.py (hand computation in tests/integration/test_provider_figures.py)."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.integration.provider_figures_data import R_NAME, S_NAME, T_NAME, flow_data_as_supervisor
from tests.ui.pages.test_figures_page import choose_period, choose_team, open_page


@pytest.fixture
def data(services, clock):
    return flow_data_as_supervisor(services, clock)


def cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def by_provider(page) -> dict[str, list[str]]:
    return {row[0]: row for row in cells(page.steering.categories_proxy)}


def test_the_page_shows_the_provider_category_figures_and_flows(qtbot, services, clock, data, runner, events):
    page = open_page(qtbot, services, clock, runner, events)
    choose_period(qtbot, page, date(2026, 1, 1), date(2026, 6, 30))
    view = page.steering
    assert view.categories_table.isVisible() and view.lead_view.isVisible()
    rows = by_provider(page)
    assert list(rows) == [S_NAME, T_NAME, R_NAME]
    # provider, category, families, ext/100, median, p80, scaled down, recurrence, realisation
    assert rows[R_NAME][2:] == ["3", "66,7", "94,0", "99", "50,0 %", "50,0 %", "50,0 %"]
    assert rows[R_NAME][1] == "43"
    assert rows[S_NAME][4:6] == ["67,5", "90"]
    assert cells(view.segments_model) == [["C", "2", "1", "50,0 %"], ["B", "1", "0", "0,0 %"]]
    flows = cells(view.flows_model)
    assert ["C", "B", "1"] in flows and ["B", "A", "1"] in flows and ["B", "C", "1"] in flows
    assert [row[2] for row in flows[-2:]] == ["1", "1"]  # residential -> ambulatory and back
    assert cells(view.reasons_model)[-1] == ["39 Uitstroom naar ander domein", "1"]
    assert page.charts.bar_values(view.lead_chart) == {f"{S_NAME} (45)": 67.5, f"{R_NAME} (43)": 94.0}
    header = view.categories_proxy.headerData(4, Qt.Orientation.Horizontal)
    assert header.replace("\n", " ") == "Doorlooptijd, mediaan (dagen)"
    assert view.categories_proxy.index(2, 1).data(Qt.ItemDataRole.ToolTipRole) == "43 Jeugdhulp verblijf (incl. behandeling)"


def test_the_team_cut_reaches_the_new_tables(qtbot, services, clock, data, runner, events):
    page = open_page(qtbot, services, clock, runner, events)
    choose_period(qtbot, page, date(2026, 1, 1), date(2026, 6, 30))
    choose_team(qtbot, page, "Wijkteam Noord")
    assert by_provider(page)[R_NAME][2:6] == ["2", "100,0", "89,0", "89"]
    assert "39 Uitstroom naar ander domein" not in [row[0] for row in cells(page.steering.reasons_model)]
