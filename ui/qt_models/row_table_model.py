"""A read-only table model over a short list of DTOs, described by :class:`Column` descriptors."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from ui.qt_models.roles import SORT_ROLE
from ui.qt_models.table_model import AnyIndex, Column, Row, TableModel

__all__ = ["AnyIndex", "Column", "Row", "RowTableModel"]


class RowTableModel(TableModel[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None):
        super().__init__(parent)
        self._columns = list(columns)

    def column_count(self) -> int:
        return len(self._columns)

    def column_title(self, section: int) -> str:
        return self._columns[section].title

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == SORT_ROLE and column.sort_key is not None:
            return column.sort_key(row)
        return None
