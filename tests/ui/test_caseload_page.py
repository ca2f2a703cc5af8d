"""A caseload page on its own: loading, counting, searching, the empty state and opening a case."""
from __future__ import annotations

from app.changes import ChangeKind, Changes

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.errors import NotFound
from app.queries.caseload_pages import CasePage
from tests.ui.test_caseload_model import make_row
from ui.pages.caseload_page import MyCaseloadPage, TeamCaseloadPage
from ui.qt_models.caseload_model import Caseload, CaseloadColumn


class FakeCaseload:
    """Stands in for the service method the page loads through."""

    def __init__(self, rows):
        self.rows = rows
        self.calls = 0
        self.error = None

    def __call__(self, query=None):
        """My caseload asks for everything; the Team page for a page (all of it here)."""
        self.calls += 1
        if self.error is not None:
            raise self.error
        if query is None:
            return Caseload(list(self.rows))
        return CasePage(list(self.rows), {}, None, len(self.rows), len(self.rows))


@pytest.fixture
def source():
    return FakeCaseload([
        make_row(1, "Öztürk", director="Sanne de Vries"),
        make_row(2, "De Jong", (("Lotte", 14),), director="Sanne de Vries"),
        make_row(3, "Kaya", (("Elif", 16),), director="Sanne de Vries", opened=date(2025, 12, 1)),
    ])


@pytest.fixture
def page(qtbot, source, runner, events, ui_settings):
    page = MyCaseloadPage(source, runner, events, ui_settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_page_loads_when_shown_and_counts_the_families(page, source):
    assert source.calls == 1
    assert page.title_label.text() == "Mijn caseload"
    assert page.model.rowCount() == 3
    assert page.count_label.text() == "3 gezinnen"
    assert page.content.currentWidget() is page.table


def test_my_caseload_hides_the_director_column_and_the_team_page_shows_it(qtbot, page, source, runner, events,
                                                                            ui_settings):
    team = TeamCaseloadPage(source, runner, events, ui_settings)
    qtbot.addWidget(team)
    assert page.table.isColumnHidden(CaseloadColumn.DIRECTOR)
    assert not team.table.isColumnHidden(CaseloadColumn.DIRECTOR)


def test_typing_narrows_the_list_and_says_how_many_are_shown(qtbot, page):
    qtbot.keyClicks(page.search_edit, "ozt")
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "1 van 3 gezinnen"

    qtbot.keyClicks(page.search_edit, "x")
    assert page.content.currentWidget() is page.empty_label
    assert page.empty_label.text() == "Geen gezin gevonden voor “oztx”."

    page.search_edit.clear()
    assert page.model.rowCount() == 3


def test_an_empty_caseload_shows_a_message_instead_of_an_empty_table(qtbot, runner, events, ui_settings):
    page = MyCaseloadPage(FakeCaseload([]), runner, events, ui_settings)
    qtbot.addWidget(page)
    page.show()
    assert page.content.currentWidget() is page.empty_label
    assert page.empty_label.text() == "Je bent op dit moment geen regisseur van open casussen."
    assert page.count_label.text() == ""


def test_a_load_error_is_shown_on_the_page(qtbot, source, runner, events, ui_settings):
    source.error = NotFound()
    page = MyCaseloadPage(source, runner, events, ui_settings)
    qtbot.addWidget(page)
    page.show()
    assert page.content.currentWidget() is page.empty_label
    assert page.empty_label.text().startswith("De caseload kon niet worden geladen.")


def test_a_data_change_reloads_a_visible_page_and_marks_a_hidden_one(qtbot, page, source, events, runner,
                                                                     ui_settings):
    hidden = TeamCaseloadPage(source, runner, events, ui_settings)
    qtbot.addWidget(hidden)
    source.rows.append(make_row(4, "Visser", (("Sem", 10),)))

    events.announce(Changes.everything())

    assert page.model.rowCount() == 4
    assert source.calls == 2  # the hidden page waits until it is shown
    hidden.show()
    assert source.calls == 3 and hidden.model.rowCount() == 4


def test_enter_and_double_click_ask_to_open_the_case(qtbot, page):
    page.table.sortByColumn(CaseloadColumn.FAMILY, Qt.SortOrder.AscendingOrder)  # De Jong, Kaya, Öztürk
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 0))
    with qtbot.waitSignal(page.case_open_requested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [3]

    row_centre = page.table.visualRect(page.model.index(2, CaseloadColumn.FAMILY)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre)
    with qtbot.waitSignal(page.case_open_requested) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row_centre)
    assert opened.args == [1]


def test_return_in_the_search_box_moves_to_the_first_match(qtbot, page):
    qtbot.keyClicks(page.search_edit, "kaya")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.table.hasFocus() or page.table.selectionModel().hasSelection()
    assert page.table.selectionModel().selectedRows()[0].data() == "Kaya"
