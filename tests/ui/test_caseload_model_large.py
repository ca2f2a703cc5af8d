"""A caseload of 100,000 rows sorts and filters through the real table view, without a proxy model."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView

from app.queries.caseload import CaseloadRow, ChildSummary
from app.queries.plan_versions import NO_PLAN
from models.enums import CaseStatus, Priority
from ui.pages.caseload_page import MyCaseloadPage
from ui.qt_models.caseload_model import CaseloadColumn as C
from ui.qt_models.caseload_model import Caseload

ROWS = 100_000
SURNAMES = ["Öztürk", "de Jong", "Jansen", "El Amrani", "Bakker", "Visser", "van den Berg", "Kaya"]


def big_caseload() -> Caseload:
    start = date(2020, 1, 1)
    rows = [
        CaseloadRow(case_id=n, family_id=n, family_name=f"{SURNAMES[n % 8]} {n:06d}",
                    children=(ChildSummary("Zoë" if n % 10 == 0 else "Daan", n % 18),),
                    status=CaseStatus.ACTIVE, director_id=n % 50, director_name=f"Regisseur {n % 50:02d}",
                    priority=Priority.HIGH if n % 7 == 0 else Priority.NORMAL,
                    opened_on=start + timedelta(days=n % 2000), plan=NO_PLAN)
        for n in range(ROWS)
    ]
    return Caseload(rows)


def shown(page, column=C.FAMILY, count=3) -> list[str]:
    return [page.table.model().index(r, column).data() for r in range(count)]


def test_a_hundred_thousand_rows_sort_and_filter_in_the_view_without_a_proxy(qtbot, runner, events, ui_settings):
    page = MyCaseloadPage(big_caseload, runner, events, ui_settings)
    qtbot.addWidget(page)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    assert page.table.model() is page.model and not isinstance(page.table.model(), QSortFilterProxyModel)
    assert page.table.verticalHeader().sectionResizeMode(0) is not QHeaderView.ResizeMode.ResizeToContents
    assert page.model.rowCount() == ROWS

    # sorted by family at start: "Bakker 000004" first (folded, so "de Jong" sorts under d)
    assert shown(page) == ["Bakker 000004", "Bakker 000012", "Bakker 000020"]
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(C.FAMILY) + header.sectionSize(C.FAMILY) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown(page) == ["Visser 099997", "Visser 099989", "Visser 099981"]

    page.table.sortByColumn(C.OPENED, Qt.SortOrder.AscendingOrder)
    assert page.model.row_at(0).opened_on == date(2020, 1, 1)
    assert page.model.row_at(ROWS - 1).opened_on == date(2020, 1, 1) + timedelta(days=1999)

    qtbot.keyClicks(page.search_edit, "ozturk zoe")  # every 8th family, of those every 10th child is Zoë
    assert page.model.rowCount() == ROWS // 40
    assert all(page.model.row_at(r).family_name.startswith("Öztürk") for r in range(page.model.rowCount()))
    assert page.count_label.text() == f"{ROWS // 40} van {ROWS} gezinnen"
    opened = [page.model.row_at(r).opened_on for r in range(page.model.rowCount())]
    assert opened == sorted(opened)  # the filtered rows keep the sort

    page.table.sortByColumn(C.PRIORITY, Qt.SortOrder.AscendingOrder)
    assert page.model.row_at(0).priority is Priority.HIGH
    page.search_edit.clear()
    assert page.model.rowCount() == ROWS
