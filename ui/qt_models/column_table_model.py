"""A flat table model whose columns are an IntEnum; subclasses say what a cell shows (``data``)."""
from __future__ import annotations

from enum import IntEnum

from ui.qt_models.table_model import AnyIndex, TableModel

__all__ = ["AnyIndex", "ColumnTableModel"]


class ColumnTableModel(TableModel):
    """Rows in ``_rows``, columns from ``COLUMNS``; subclasses implement ``column_title(column)`` and ``data``."""

    COLUMNS: type[IntEnum]

    def column_count(self) -> int:
        return len(self.COLUMNS)

    def header_title(self, section: int) -> str:
        return self.column_title(self.COLUMNS(section))

    def column_title(self, column: IntEnum) -> str:
        raise NotImplementedError
