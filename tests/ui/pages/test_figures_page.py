"""The Reports page (Rapportages) as a supervisor on the known data set (tests/integration/figures_data.py):
the figures, the provider table and the charts show the hand-computed values; the export writes a file."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from tests.integration.figures_data import P1_NAME, P2_NAME, known_data_as_supervisor
from ui.pages.figures_page import FiguresPage, presets
from ui.qt_models.figures_models import ProviderColumn


@pytest.fixture
def known(services, clock):
    return known_data_as_supervisor(services, clock)


def open_page(qtbot, services, clock, runner, events, supervisor: bool = True) -> FiguresPage:
    page = FiguresPage(services.figures, supervisor, clock.today, runner, events)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return page


def choose_period(qtbot, page: FiguresPage, start: date, end: date) -> None:
    with qtbot.waitSignal(page.loaded, timeout=3000):
        for edit, day in ((page.from_edit, start), (page.to_edit, end)):
            edit.selectAll()
            qtbot.keyClicks(edit, day.strftime("%d-%m-%Y"))


def choose_team(qtbot, page: FiguresPage, name: str) -> None:
    with qtbot.waitSignal(page.loaded, timeout=3000):
        page.team_combo.setCurrentIndex(page.team_combo.findText(name))


def table(page: FiguresPage) -> dict[str, dict[str, str]]:
    proxy = page.providers_proxy
    header = [proxy.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ") for c in range(proxy.columnCount())]
    return {proxy.index(r, 0).data(): dict(zip(header, (proxy.index(r, c).data() for c in range(proxy.columnCount()))))
            for r in range(proxy.rowCount())}


def test_a_supervisor_sees_the_hand_computed_figures(qtbot, services, clock, known, runner, events):
    page = open_page(qtbot, services, clock, runner, events)
    # Opened on "this year" up to today (2026-11-22).
    assert page.period() == (date(2026, 1, 1), date(2026, 11, 22))
    assert [page.team_combo.itemText(i) for i in range(page.team_combo.count())] == [
        "Al mijn teams", "Wijkteam Noord", "Wijkteam Zuid"]
    choose_period(qtbot, page, date(2026, 1, 1), date(2026, 6, 30))
    values = {key: label.text() for key, label in page.value_labels.items()}
    # See tests/integration/test_figures.py for the hand computation.
    assert (values["inflow"], values["reopened"], values["outflow"]) == ("3", "3", "2")
    assert (values["case_mean"], values["involvement_mean"]) == ("179,5", "106,0")
    assert (values["scaled_down_share"], values["recurrences"], values["recurrence_share"]) == ("75,0 %", "2", "50,0 %")
    rows = table(page)
    assert list(rows) == [P1_NAME, P2_NAME]
    assert rows[P1_NAME]["Gemiddelde wachttijd (dagen)"] == "45,5"
    assert rows[P1_NAME]["Doelrealisatie"] == "66,7 %"
    assert rows[P2_NAME]["Nog wachtend aan het eind"] == "1"
    assert rows[P2_NAME]["Verlengingen per inzet"] == "0,00"
    charts = page.charts
    assert charts.bar_values(charts.realisation_chart) == {P1_NAME: 66.7, P2_NAME: 50.0}
    assert charts.bar_values(charts.waiting_chart) == {P1_NAME: 45.5, P2_NAME: 30.0}
    pie = charts.actors_chart.series()[0]
    assert [(s.label(), s.value()) for s in pie.slices()] == [("50 %", 5), ("10 %", 1), ("40 %", 4)]
    legend = charts.actors_chart.legend().markers(pie)
    assert [m.label() for m in legend] == ["Gezin en netwerk", "Voorliggend veld", "Professionals"]
    assert "01-01-2026 t/m 30-06-2026" in page.status_label.text()


def test_choosing_a_team_and_sorting_the_providers(qtbot, services, clock, known, runner, events):
    page = open_page(qtbot, services, clock, runner, events)
    choose_period(qtbot, page, date(2026, 1, 1), date(2026, 6, 30))
    choose_team(qtbot, page, "Wijkteam Noord")
    assert page.team_id() == known.north
    assert (page.value_labels["inflow"].text(), page.value_labels["case_mean"].text()) == ("2", "252,0")
    assert table(page)[P2_NAME]["Doelrealisatie"] == "0,0 %"
    assert page.charts.bar_values(page.charts.waiting_chart) == {P1_NAME: 45.5}  # P2 started nothing in north
    choose_team(qtbot, page, "Al mijn teams")
    page.providers_table.sortByColumn(ProviderColumn.MEAN_WAIT_DAYS, Qt.SortOrder.AscendingOrder)
    assert list(table(page)) == [P2_NAME, P1_NAME]  # 30 days before 45.5


def test_presets_set_the_period(qtbot, services, clock, known, runner, events):
    page = open_page(qtbot, services, clock, runner, events)
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.preset_buttons["quarter"], Qt.MouseButton.LeftButton)
    assert page.period() == (date(2026, 7, 1), date(2026, 9, 30)) == presets(clock.today())["quarter"]
    assert page.value_labels["inflow"].text() == "1"  # G, opened 2026-07-01
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.preset_buttons["twelve"], Qt.MouseButton.LeftButton)
    assert page.period() == (date(2025, 11, 23), date(2026, 11, 22))


def test_an_end_before_the_start_is_shown_at_the_field(qtbot, services, clock, known, runner, events):
    page = open_page(qtbot, services, clock, runner, events)
    choose_period(qtbot, page, date(2026, 6, 30), date(2026, 1, 1))
    assert page.field_errors["end"].isVisible()
    assert page.field_errors["end"].text() == "Het einde van de periode ligt voor het begin."
    assert not page.export_button.isEnabled()


def test_export_writes_the_workbook(qtbot, services, clock, known, runner, events, tmp_path):
    page = open_page(qtbot, services, clock, runner, events)
    choose_period(qtbot, page, date(2026, 1, 1), date(2026, 6, 30))
    asked = []
    page.ask_path = lambda parent, suggested: asked.append(suggested) or str(tmp_path / "cijfers")
    with qtbot.waitSignal(page.exported) as saved:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["Managementcijfers 01-01-2026 t m 30-06-2026.xlsx"]
    assert saved.args == [str(tmp_path / "cijfers.xlsx")]
    wb = load_workbook(tmp_path / "cijfers.xlsx")
    assert wb["Aanbieders"]["A2"].value == P1_NAME


def test_a_worker_is_told_the_figures_are_for_supervisors(qtbot, services, clock, runner, events):
    page = open_page(qtbot, services, clock, runner, events, supervisor=False)
    assert page.content.currentWidget() is page.notice_label
    assert page.notice_label.text().startswith("Managementcijfers zijn er voor teamleiders en beheerders.")
    assert not page.export_button.isEnabled() and not page.team_combo.isEnabled()
