"""The house style of a read-only table and the small things every table view needs."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def make_table(model: QAbstractItemModel, object_name: str) -> QTableView:
    """A calm, read-only, single-selection table in the house style."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row sizing
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fit_columns(table: QTableView, max_width: int = 320, padding: int = 20) -> None:
    """Every column as wide as its content (within ``max_width``); the last one takes the rest."""
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        table.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column) + padding, max_width))
    header.setSectionResizeMode(header.count() - 1, QHeaderView.ResizeMode.Stretch)


def fit_height(table: QTableView, min_rows: int = 2, max_rows: int = 10) -> None:
    """As tall as its rows (within limits), so a short list does not leave an empty box."""
    rows = min(max(table.model().rowCount(), min_rows), max_rows)
    height = table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


def selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None
