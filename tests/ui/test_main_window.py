"""The real main window on a filled database: caseload, search, sorting, navigation, status bar, layout."""
from __future__ import annotations

from app.changes import ChangeKind, Changes

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
    window = open_window(qtbot, filled_services, runner, events, ui_settings)
    window.show_page(window.my_caseload_page)
    return window


def navigation_row(window, text: str) -> int:
    return next(r for r in range(window.navigation.count()) if window.navigation.item(r).text() == text)


def visible_families(page) -> list[str]:
    return [page.model.index(r, CaseloadColumn.FAMILY).data() for r in range(page.model.rowCount())]


def test_my_caseload_shows_the_families_i_direct(window, filled):
    page = window.my_caseload_page
    assert window.pages.currentWidget() is page
    assert page.model.rowCount() == filled.own_families
    assert page.count_label.text() == "8 gezinnen"
    assert "Bos" not in visible_families(page)  # directed by the colleague
    assert page.table.model() is page.model


def test_typing_in_the_search_box_narrows_the_list(qtbot, window):
    page = window.my_caseload_page

    qtbot.keyClicks(page.search_edit, "ozturk")

    assert page.model.rowCount() == 1
    assert visible_families(page) == ["Öztürk"]
    assert page.model.index(0, CaseloadColumn.CHILDREN).data() == "Zoë (11), Daan (7)"
    assert page.count_label.text() == "1 van 8 gezinnen"


def test_clicking_a_column_header_sorts_by_it(qtbot, window):
    page = window.my_caseload_page
    header = page.table.horizontalHeader()
    assert visible_families(page)[0] == "De Jong"

    x = header.sectionViewportPosition(CaseloadColumn.OPENED) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    assert header.sortIndicatorSection() == CaseloadColumn.OPENED
    opened = [page.model.index(r, CaseloadColumn.OPENED).data() for r in range(page.model.rowCount())]
    first, last = opened[0], opened[-1]
    assert (first, last) in (("01-12-2025", "18-11-2026"), ("18-11-2026", "01-12-2025"))


def test_the_team_page_shows_every_case_of_the_team_with_its_director(qtbot, window, filled):
    window.navigation.setCurrentRow(navigation_row(window, "Team"))

    page = window.team_page
    assert window.pages.currentWidget() is page
    assert page.model.rowCount() == filled.team_families
    assert not page.table.isColumnHidden(CaseloadColumn.DIRECTOR)
    directors = {page.model.index(r, CaseloadColumn.DIRECTOR).data() for r in range(page.model.rowCount())}
    assert directors == {LOCAL_WORKER, COLLEAGUE}


def test_the_navigation_is_dutch_and_every_page_can_be_chosen(window):
    entries = [window.navigation.item(r) for r in range(window.navigation.count())]
    assert [e.text() for e in entries] == [
        "Vandaag (6)", "Mijn caseload", "Team", "Waakvlam", "Aanbieders", "Rapportages", "Zoek gezin"]
    for page in entries:
        assert page.flags() & Qt.ItemFlag.ItemIsEnabled
    assert entries[0].toolTip() == "6 acties te laat of voor deze week"
    assert window.pages.count() == 7
    assert [a.text() for a in window.menuBar().actions()] == ["&Bestand", "&Beeld", "&Help"]


def test_the_window_opens_on_today_the_first_time(qtbot, filled_services, runner, events, ui_settings):
    window = open_window(qtbot, filled_services, runner, events, ui_settings)
    assert window.pages.currentWidget() is window.today_page
    assert window.navigation.currentRow() == 0


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
    first.setGeometry(QRect(5, 60, 790, 520))  # within the offscreen screen (800 x 600)
    first.my_caseload_page.table.setColumnWidth(CaseloadColumn.FAMILY, 333)
    first.splitter.setSizes([260, 450])
    first.navigation.setCurrentRow(navigation_row(first, "Team"))
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
    window.show_page(window.my_caseload_page)
    page = window.my_caseload_page

    qtbot.waitUntil(lambda: page.model.rowCount() == filled.own_families)
    assert page.count_label.text() == "8 gezinnen"
    assert runner.wait_for_done(5000)


def test_activating_a_caseload_row_opens_the_case_in_its_own_window(qtbot, window, filled):
    from ui.case.openers import open_case_windows

    page = window.my_caseload_page
    qtbot.keyClicks(page.search_edit, "ozturk")
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    opened = open_case_windows()
    assert len(opened) == 1
    assert opened[0].isVisible()
    assert "Öztürk" in opened[0].windowTitle()
    for case_window in opened:
        case_window.close()


def test_new_family_button_takes_a_family_in_and_opens_its_case(qtbot, window, monkeypatch, filled_services):
    import ui.main_window as main_window_module
    from ui.case.openers import open_case_windows

    existing = filled_services.caseload.my_caseload()[0]
    monkeypatch.setattr(main_window_module, "run_intake", lambda services, parent, **_kwargs: existing.case_id)
    from PySide6.QtWidgets import QToolButton

    button = next(b for b in window.my_caseload_page.findChildren(QToolButton)
                  if b.defaultAction() is window.app_actions.new_family)
    assert "Nieuw gezin" in button.text()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert [w.case_id for w in open_case_windows()] == [existing.case_id]
    for case_window in open_case_windows():
        case_window.close()


def test_closing_the_main_window_asks_open_case_windows_first(qtbot, window, monkeypatch):
    import ui.main_window as main_window_module

    monkeypatch.setattr(main_window_module, "close_all_case_windows", lambda: False)
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(main_window_module, "close_all_case_windows", lambda: True)
    window.close()
    assert not window.isVisible()


def test_the_file_menu_exports_and_restores(qtbot, window, monkeypatch):
    import ui.main_window as main_window_module
    from app.services.exports import CaseloadScope

    calls = []
    monkeypatch.setattr("ui.export.caseload_export.export_caseload",
                        lambda parent, services, runner, scope: calls.append(("export", scope)))
    monkeypatch.setattr(main_window_module, "open_restore_dialog",
                        lambda services, parent, runner, on_restored: calls.append(("restore",)) or on_restored())
    reloads = []
    window._events.operation_did_execute.connect(lambda changes, _initiator: reloads.append(changes))
    menu_texts = [a.text() for a in window.menuBar().actions()]
    assert menu_texts[0] == "&Bestand"

    window.app_actions.export_caseload.trigger()
    window.app_actions.export_team_caseload.trigger()
    window.app_actions.restore_backup.trigger()

    assert calls == [("export", CaseloadScope.MINE), ("export", CaseloadScope.TEAM), ("restore",)]
    assert reloads == [Changes.everything()]
    assert window.app_actions.restore_backup.text() == "&Back-up terugzetten…"


def test_background_work_waits_for_the_first_pages_rows(qtbot, filled_services, runner, events, ui_settings):
    window = MainWindow(filled_services, runner, events, ui_settings)
    qtbot.addWidget(window)
    calls = []
    window.after_first_page(lambda: calls.append(window.today_page.model.rowCount()))
    assert calls == []  # nothing loaded before the window shows

    window.show()
    qtbot.waitUntil(lambda: calls != [])
    window.today_page.loader.reload()

    assert calls == [window.today_page.model.rowCount()] and calls[0] > 0  # once, after the rows were there
    window.after_first_page(lambda: calls.append("at once"))
    assert calls[-1] == "at once"


def test_pages_are_built_when_first_chosen(qtbot, window):
    stand_in = window.pages.widget(navigation_row(window, "Waakvlam"))
    assert not hasattr(stand_in, "loader")  # not built yet: the window opened on My caseload

    window.navigation.setCurrentRow(navigation_row(window, "Waakvlam"))

    assert window.pages.currentWidget() is window.waakvlam_page and window.pages.count() == 7
    assert window.pages.indexOf(window.waakvlam_page) == navigation_row(window, "Waakvlam")
