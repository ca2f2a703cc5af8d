"""The real main window on a filled database: caseload, search, sorting, navigation, status bar, layout."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.caseload_data import COLLEAGUE, LOCAL_WORKER
from ui.main_window import MainWindow
from ui.qt_models.caseload_model import CaseloadColumn
from ui.tasks import ThreadPoolTaskRunner


def open_window(qtbot, services, runner, events, settings) -> MainWindow:
    window = MainWindow(services, runner, events, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, filled_services, runner, events, ui_settings) -> MainWindow:
    return open_window(qtbot, filled_services, runner, events, ui_settings)


def visible_families(page) -> list[str]:
    return [page.proxy.index(r, CaseloadColumn.FAMILY).data() for r in range(page.proxy.rowCount())]


def test_my_caseload_shows_the_families_i_direct(window, filled):
    page = window.my_caseload_page
    assert window.pages.currentWidget() is page
    assert page.proxy.rowCount() == filled.own_families
    assert page.count_label.text() == "8 gezinnen"
    assert "Bos" not in visible_families(page)  # directed by the colleague
    assert page.table.model() is page.proxy


def test_typing_in_the_search_box_narrows_the_list(qtbot, window):
    page = window.my_caseload_page

    qtbot.keyClicks(page.search_edit, "ozturk")

    assert page.proxy.rowCount() == 1
    assert visible_families(page) == ["Öztürk"]
    assert page.proxy.index(0, CaseloadColumn.CHILDREN).data() == "Zoë (11), Daan (7)"
    assert page.count_label.text() == "1 van 8 gezinnen"


def test_clicking_a_column_header_sorts_by_it(qtbot, window):
    page = window.my_caseload_page
    header = page.table.horizontalHeader()
    assert visible_families(page)[0] == "De Jong"

    x = header.sectionViewportPosition(CaseloadColumn.OPENED) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    assert header.sortIndicatorSection() == CaseloadColumn.OPENED
    opened = [page.proxy.index(r, CaseloadColumn.OPENED).data() for r in range(page.proxy.rowCount())]
    first, last = opened[0], opened[-1]
    assert (first, last) in (("01-12-2025", "18-11-2026"), ("18-11-2026", "01-12-2025"))


def test_the_team_page_shows_every_case_of_the_team_with_its_director(qtbot, window, filled):
    team_row = next(r for r in range(window.navigation.count()) if window.navigation.item(r).text() == "Team")
    window.navigation.setCurrentRow(team_row)

    page = window.team_page
    assert window.pages.currentWidget() is page
    assert page.proxy.rowCount() == filled.team_families
    assert not page.table.isColumnHidden(CaseloadColumn.DIRECTOR)
    directors = {page.proxy.index(r, CaseloadColumn.DIRECTOR).data() for r in range(page.proxy.rowCount())}
    assert directors == {LOCAL_WORKER, COLLEAGUE}


def test_the_navigation_is_dutch_and_later_parts_are_disabled(window):
    entries = [window.navigation.item(r) for r in range(window.navigation.count())]
    assert [e.text() for e in entries] == ["Mijn caseload", "Team", "Aanbieders", "Waakvlam", "Rapportages"]
    for later in entries[2:]:
        assert not later.flags() & Qt.ItemFlag.ItemIsEnabled
        assert later.toolTip() == "Beschikbaar in een volgende versie"
    assert window.pages.count() == 2
    assert window.menuBar().actions()[0].text() == "&Bestand"


def test_the_status_bar_shows_the_database_and_the_worker(window, filled_services):
    assert window.database_label.text() == f"Database: {filled_services.ctx.target.display_name}"
    assert window.worker_label.text() == f"Medewerker: {LOCAL_WORKER}"
    assert window.database_label.isVisible() and window.worker_label.isVisible()


def test_about_shows_a_box_and_quit_closes_the_window(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    window.app_actions.about.trigger()
    assert shown and shown[0][0] == "Over Gezinsregie"

    window.app_actions.quit.trigger()
    assert not window.isVisible()


def test_geometry_columns_and_page_persist_to_the_next_window(qtbot, filled_services, runner, events, ui_settings):
    first = open_window(qtbot, filled_services, runner, events, ui_settings)
    first.setGeometry(QRect(40, 60, 710, 520))  # within the offscreen screen
    first.my_caseload_page.table.setColumnWidth(CaseloadColumn.FAMILY, 333)
    first.splitter.setSizes([260, 450])
    first.navigation.setCurrentRow(1)
    first.close()

    second = open_window(qtbot, filled_services, runner, events, ui_settings)

    assert second.size() == first.size()
    assert second.my_caseload_page.table.columnWidth(CaseloadColumn.FAMILY) == 333
    assert second.splitter.sizes()[0] == 260
    assert second.pages.currentWidget() is second.team_page


def test_the_window_loads_in_the_background_with_the_real_runner(qtbot, filled_services, events, ui_settings,
                                                                  filled):
    runner = ThreadPoolTaskRunner()
    window = open_window(qtbot, filled_services, runner, events, ui_settings)
    page = window.my_caseload_page

    qtbot.waitUntil(lambda: page.proxy.rowCount() == filled.own_families)
    assert page.count_label.text() == "8 gezinnen"
    assert runner.wait_for_done(5000)
