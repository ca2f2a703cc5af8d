"""The Help tab's table on a laptop: every column shows its whole text ("Sa... m..." was the Regie column)."""
from __future__ import annotations

from tests.ui.care.care_data import add_three_kinds_of_help
from ui.care.involvements_tab import Col


def test_on_a_laptop_wide_window_the_direction_column_shows_samenregie_whole(qtbot, care_window, care, services):
    add_three_kinds_of_help(services, care)
    window = care_window("involvements_tab")
    window.resize(1180, 700)  # the case window's old default; a laptop's screen is 1366 wide
    tab = window.involvements_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    tab.reload()
    table, header = tab.table, tab.table.horizontalHeader()

    texts = [tab.model.index(row, Col.DIRECTION).data() for row in range(3)]
    assert any(text.startswith("Samenregie") for text in texts)
    cut = [column for column in range(tab.model.columnCount())
           if not table.isColumnHidden(column) and header.sectionSize(column) < table.sizeHintForColumn(column)]
    assert cut == []
