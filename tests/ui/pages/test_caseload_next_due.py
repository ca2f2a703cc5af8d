"""My caseload: per case the next due item, tinted red when overdue and amber when due this week."""
from __future__ import annotations

from app.changes import ChangeKind, Changes

from datetime import date

from PySide6.QtCore import QPoint, Qt

from app.queries.due import DueKind
from ui.labels.due import label as what  # the care screens' names for the kinds of due items
from ui.qt_models.caseload_model import CaseloadColumn
from ui.qt_models.urgency import BACKGROUNDS, Urgency

BACKGROUND = Qt.ItemDataRole.BackgroundRole
RED, AMBER = BACKGROUNDS[Urgency.OVERDUE].name(), BACKGROUNDS[Urgency.THIS_WEEK].name()


def next_due(page, family: str):
    """(text, background colour name or None) of the family's "Volgende actie" cell."""
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, CaseloadColumn.FAMILY).data() == family)
    cell = page.model.index(row, CaseloadColumn.NEXT_DUE)
    colour = cell.data(BACKGROUND)
    return cell.data(), colour.name() if colour is not None else None


def test_each_case_shows_its_next_action_highlighted_by_urgency(window):
    window.show_page(window.my_caseload_page)
    page = window.my_caseload_page
    header = page.table.horizontalHeader()
    assert page.model.headerData(CaseloadColumn.NEXT_DUE, Qt.Orientation.Horizontal) == "Volgende actie"
    assert header.visualIndex(CaseloadColumn.NEXT_DUE) == 2  # right after family and children
    assert next_due(page, "Öztürk") == (f"{what(DueKind.REPORT_BACK)} · 25-11-2026", AMBER)
    assert next_due(page, "Kaya") == (f"{what(DueKind.WAAKVLAM_CONTACT)} · 29-10-2026", RED)
    assert next_due(page, "Visser") == (f"{what(DueKind.PLAN)} · 30-12-2026", None)


def test_the_highlight_moves_as_the_days_pass(window, clock, events):
    window.show_page(window.my_caseload_page)
    page = window.my_caseload_page

    clock.day = date(2026, 11, 26)
    events.announce(Changes.everything())
    assert next_due(page, "Öztürk") == (f"{what(DueKind.REPORT_BACK)} · 25-11-2026", RED)

    clock.day = date(2026, 12, 24)
    page.reload()
    assert next_due(page, "Visser") == (f"{what(DueKind.PLAN)} · 30-12-2026", AMBER)


def test_sorting_by_next_action_puts_the_earliest_first(qtbot, window):
    window.show_page(window.my_caseload_page)
    page = window.my_caseload_page
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(CaseloadColumn.NEXT_DUE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        CaseloadColumn.NEXT_DUE, Qt.SortOrder.AscendingOrder)

    order = [page.model.index(r, CaseloadColumn.FAMILY).data() for r in range(page.model.rowCount())]
    assert order == ["Van den Berg", "El Amrani", "Smit", "Kaya", "De Jong", "Öztürk", "Mulder", "Visser"]


def test_the_team_page_shows_the_next_action_of_colleagues_cases_too(window):
    window.show_page(window.team_page)
    assert next_due(window.team_page, "Bos") == (f"{what(DueKind.WAAKVLAM_CONTACT)} · 01-12-2026", None)
