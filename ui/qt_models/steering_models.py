"""Tables of the figures per provider and product category, per segment and of the flows: rows of a DTO
(or plain tuples) with columns given as (attribute or index, title, kind); sortable on the raw values."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from app.export.figures_texts import Kind
from app.export.figures_texts import tr as figures_tr
from ui.qt_models.figures_models import format_figure
from ui.qt_models.roles import SORT_ROLE
from ui.qt_models.table_model import AnyIndex, TableModel
from ui.widgets.screen_fit import two_lines

ColumnSpec = tuple[str | int, str, Kind | None]  # (attribute, or index in a tuple row; header; kind)


class SpecTableModel(TableModel):
    """One row per item; a column's cell is ``getattr(row, attr)`` (or ``row[i]``) formatted by its kind."""

    def __init__(self, columns: Sequence[ColumnSpec], parent=None, wrap_titles: bool = True):
        super().__init__(parent)
        self.columns = tuple(columns)
        self.wrap_titles = wrap_titles

    def column_count(self) -> int:
        return len(self.columns)

    def column_title(self, section: int) -> str:
        title = figures_tr(self.columns[section][1])
        return two_lines(title, 3) if self.wrap_titles and self.columns[section][2] is not None else title

    def value(self, row: Any, column: int):
        key = self.columns[column][0]
        return row[key] if isinstance(key, int) else getattr(row, key)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind = self.columns[index.column()][2]
        value = self.value(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return format_figure(value, kind)
        if role == SORT_ROLE:
            return value.casefold() if isinstance(value, str) else (-1.0 if value is None else float(value))
        if role == Qt.ItemDataRole.ToolTipRole:
            return getattr(self._rows[index.row()], "category_label", None)  # a category code's name
        if role == Qt.ItemDataRole.TextAlignmentRole and kind is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SortProxy(QSortFilterProxyModel):
    def __init__(self, source: SpecTableModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
