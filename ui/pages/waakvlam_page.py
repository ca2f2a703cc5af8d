"""Waakvlam: every running pilot light of the worker's cases (or the team's), the next contact first.

A contact that is overdue is tinted red, one due this week amber. Double-click opens the case,
where contacts are logged.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QTableView, QWidget

from app.changes import ChangeKind
from app.errors import AppError
from app.queries.waakvlam import WaakvlamRow
from models.enums import WaakvlamHolder
from ui.widgets.tables import make_table
from ui.errors import error_text
from ui.events import AppEvents
from ui.labels.due import days_from_today, label
from ui.pages.page_loader import PageLoader
from ui.pages.page_parts import ScopeToggle, empty_state, page_description, page_layout, page_title
from ui.qt_models.roles import CASE_ID_ROLE, SORT_ROLE
from ui.qt_models.tint_delegate import TintDelegate
from ui.qt_models.waakvlam_model import WaakvlamColumn, WaakvlamModel, WaakvlamOverview
from ui.tasks import TaskRunner

WaakvlamLoader = Callable[..., list[WaakvlamRow]]  # (team: bool) -> rows, like WaakvlamService.waakvlam_overview

CELL_PADDING = 28
ROW_PADDING = 16


def typical_content() -> dict[WaakvlamColumn, str]:
    """Long but common content per column; measured, so the widths follow the font and the language."""
    return {
        WaakvlamColumn.FAMILY: "Van den Berg-Jansen",
        WaakvlamColumn.HOLDER: max(["Huisarts en POH-GGZ jeugd Zaandam", *(label(k) for k in WaakvlamHolder)], key=len),
        WaakvlamColumn.NEXT_CONTACT: days_from_today(-12),
        WaakvlamColumn.LAST_CONTACT: "22-11-2026",
        WaakvlamColumn.CONTACTS_HELD: "12",
        WaakvlamColumn.DIRECTOR: "Jeroen van den Berg",
    }


class WaakvlamPage(QWidget):
    case_open_requested = Signal(int)
    loaded = Signal()

    def __init__(self, load: WaakvlamLoader, today: Callable[[], date], runner: TaskRunner, events: AppEvents,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._load = load
        self._today = today
        self._error: AppError | None = None

        self.title_label = page_title(self.tr("Waakvlam"))
        self.description_label = page_description(self.tr(
            "Cases where help has ended and someone keeps a finger on the pulse. Open a case to log a contact."))
        self.scope = ScopeToggle()
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.model = WaakvlamModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self.empty_label = empty_state()
        self.content = QStackedWidget()
        self.content.addWidget(self.table)
        self.content.addWidget(self.empty_label)

        options = QHBoxLayout()
        options.addWidget(self.scope)
        options.addStretch(1)
        options.addWidget(self.count_label)
        layout = page_layout(self, self.title_label, self.description_label)
        layout.addLayout(options)
        layout.addWidget(self.content, 1)

        self.loader = PageLoader(self, runner, events, self._make_task, self._on_overview_loaded,
                                 self._on_load_failed, on_started=self._on_load_started,
                                 kinds=(ChangeKind.WAAKVLAM, ChangeKind.CASE, ChangeKind.FAMILY, ChangeKind.WORKER))
        self.scope.scope_changed.connect(self._on_scope_scope_changed)
        self.table.activated.connect(self._on_table_activated)

    # -- loading ----------------------------------------------------------------------------------
    def _make_task(self) -> Callable[[], WaakvlamOverview]:
        load, today, team = self._load, self._today, self.scope.team
        return lambda: WaakvlamOverview(load(team=team), today())

    def _on_load_started(self) -> None:
        self.count_label.setText(self.tr("Loading…"))

    def _on_overview_loaded(self, overview: WaakvlamOverview) -> None:
        self._error = None
        self.model.set_overview(overview)
        self._show_rows()
        self.loaded.emit()

    def _on_load_failed(self, error: AppError) -> None:
        self._error = error
        self.model.set_overview(WaakvlamOverview([], date.min))
        self._show_rows()
        self.loaded.emit()

    def _on_scope_scope_changed(self, team: bool) -> None:
        self.table.setColumnHidden(WaakvlamColumn.DIRECTOR, not team)
        self.loader.reload()

    # -- showing ----------------------------------------------------------------------------------
    def _show_rows(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self._count_text(count))
        if self._error is not None:
            self.empty_label.setText(self.tr("The waakvlam list could not be loaded.\n{reason}").format(
                reason=error_text(self._error)))
        elif count == 0:
            self.empty_label.setText(self.tr("No waakvlam is running in your team's cases.") if self.scope.team
                                     else self.tr("None of your cases is in waakvlam."))
        self.content.setCurrentWidget(self.table if count else self.empty_label)

    def _count_text(self, count: int) -> str:
        if count == 0:
            return ""
        return self.tr("%n family/families in waakvlam", "", count)

    def _make_table(self) -> QTableView:
        table = make_table(self.proxy, "waakvlamTable")
        table.setAccessibleName(self.tr("Families in waakvlam"))
        table.setSortingEnabled(True)
        table.sortByColumn(WaakvlamColumn.NEXT_CONTACT, Qt.SortOrder.AscendingOrder)
        metrics = table.fontMetrics()
        for column, content in typical_content().items():
            title = self.model.column_title(column)
            width = max(metrics.horizontalAdvance(content), metrics.horizontalAdvance(title) + 16)
            table.horizontalHeader().resizeSection(column, width + CELL_PADDING)
        table.setColumnHidden(WaakvlamColumn.DIRECTOR, True)
        table.verticalHeader().setDefaultSectionSize(2 * metrics.lineSpacing() + ROW_PADDING)
        table.setItemDelegate(TintDelegate(table, pill=True))
        return table

    def _on_table_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.case_open_requested.emit(int(case_id))
