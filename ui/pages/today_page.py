"""Today ("Vandaag"): what needs the worker across their cases, overdue first, then this week.

The first page a worker sees in the morning. Its count of overdue and this week's items is shown
in the navigation, so it also reloads on data changes while hidden.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QStackedWidget, QTreeView, QWidget,
)

from app.errors import AppError
from app.queries.due import DueItem, Urgency
from ui.errors import error_text
from ui.events import AppEvents
from ui.labels.due import days_from_today, widest_kind_label
from ui.pages.page_loader import PageLoader
from ui.pages.page_parts import empty_state, page_description, page_layout, page_title
from ui.qt_models.due_items_model import DueColumn, DueItemsModel
from ui.qt_models.roles import CASE_ID_ROLE
from ui.qt_models.tint_delegate import TintDelegate
from ui.tasks import TaskRunner

DueLoader = Callable[..., list[DueItem]]  # (include_later: bool) -> items, like DueService.today_items

CELL_PADDING = 28


class TodayPage(QWidget):
    case_open_requested = Signal(int)
    attention_count_changed = Signal(int)  # overdue and this week's items
    loaded = Signal()

    def __init__(self, load: DueLoader, runner: TaskRunner, events: AppEvents, parent: QWidget | None = None,
                 *, load_now: bool = True):
        super().__init__(parent)
        self._load = load
        self._error: AppError | None = None
        self.attention_count = 0

        self.title_label = page_title(self.tr("Today"))
        self.description_label = page_description(self.tr(
            "What is overdue and what is due this week, across the cases you direct."))
        self.later_check = QCheckBox(self.tr("Also show later items"))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.model = DueItemsModel(self)
        self.tree = self._make_tree()
        self.empty_label = empty_state()
        self.content = QStackedWidget()
        self.content.addWidget(self.tree)
        self.content.addWidget(self.empty_label)

        options = QHBoxLayout()
        options.addWidget(self.later_check)
        options.addStretch(1)
        options.addWidget(self.count_label)
        layout = page_layout(self, self.title_label, self.description_label)
        layout.addLayout(options)
        layout.addWidget(self.content, 1)

        self.loader = PageLoader(self, runner, events, self._make_task, self._on_items_loaded,
                                 self._on_load_failed, on_started=self._on_load_started, while_hidden=True)
        self.later_check.toggled.connect(self._on_later_check_toggled)
        self.tree.activated.connect(self._on_tree_activated)
        if load_now:  # the navigation shows the count before the page is opened
            self.loader.reload()

    # -- loading ----------------------------------------------------------------------------------
    def _make_task(self) -> Callable[[], list[DueItem]]:
        return partial(self._load, include_later=self.later_check.isChecked())

    def _on_load_started(self) -> None:
        self.count_label.setText(self.tr("Loading…"))

    def _on_items_loaded(self, items: list[DueItem]) -> None:
        self._error = None
        self.model.set_items(items)
        self._show_items()
        self._set_attention_count(sum(1 for i in items if i.urgency is not Urgency.LATER))
        self.loaded.emit()

    def _on_load_failed(self, error: AppError) -> None:
        self._error = error
        self.model.set_items([])
        self._show_items()
        self.loaded.emit()

    def _set_attention_count(self, count: int) -> None:
        if count != self.attention_count:
            self.attention_count = count
            self.attention_count_changed.emit(count)

    def _on_later_check_toggled(self, _checked: bool) -> None:
        self.loader.reload()

    # -- showing ----------------------------------------------------------------------------------
    def _show_items(self) -> None:
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        self.count_label.setText("")
        if self._error is not None:
            self.empty_label.setText(self.tr("The list could not be loaded.\n{reason}").format(
                reason=error_text(self._error)))
        elif self.model.rowCount() == 0:
            self.empty_label.setText(self._nothing_due_text())
        self.content.setCurrentWidget(self.tree if self.model.rowCount() else self.empty_label)

    def _nothing_due_text(self) -> str:
        if self.later_check.isChecked():
            return self.tr("Nothing is planned for your cases.")
        return self.tr("Nothing is overdue and nothing is due this week.")

    def _make_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setObjectName("todayTree")
        tree.setAccessibleName(self.tr("What needs attention"))
        tree.setModel(self.model)
        tree.setItemDelegate(TintDelegate(tree))  # the groups' band
        tree.setItemDelegateForColumn(DueColumn.WHEN, TintDelegate(tree, pill=True))
        tree.setRootIsDecorated(False)
        tree.setItemsExpandable(False)
        tree.setIndentation(0)
        tree.setUniformRowHeights(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setAllColumnsShowFocus(True)
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._set_column_widths(tree)
        return tree

    def _set_column_widths(self, tree: QTreeView) -> None:
        """Wide enough for long but common content and for the header, whatever the font."""
        typical = {
            DueColumn.FAMILY: "Van den Berg-Jansen",
            DueColumn.KIND: widest_kind_label(),
            DueColumn.DUE_DATE: "22-11-2026",
            DueColumn.WHEN: days_from_today(-12),
        }
        cells = tree.fontMetrics()
        header_font = QFont(tree.header().font())
        header_font.setWeight(QFont.Weight.DemiBold)
        headers = QFontMetrics(header_font)
        for column, content in typical.items():
            width = max(cells.horizontalAdvance(content), headers.horizontalAdvance(self.model.column_title(column)))
            tree.header().resizeSection(column, width + CELL_PADDING)

    def _on_tree_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.case_open_requested.emit(int(case_id))
