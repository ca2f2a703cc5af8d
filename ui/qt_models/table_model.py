"""The one base of the flat table models: a list of rows as given, titled columns, and per column an
optional sort key (the raw value on :data:`~ui.qt_models.roles.SORT_ROLE`, for a sorting proxy).

Two ways to describe the columns, on this base: :class:`~ui.qt_models.row_table_model.RowTableModel`
takes :class:`Column` descriptors; :class:`~ui.qt_models.column_table_model.ColumnTableModel` takes an
``IntEnum`` and lets the subclass say what each cell shows.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """A column: its (translated) title, the cell text, optionally a fuller tooltip and a sort key."""

    title: str
    text: Callable[[Row], str]
    tooltip: Callable[[Row], str] | None = None
    sort_key: Callable[[Row], Any] | None = None


class TableModel(QAbstractTableModel, Generic[Row]):
    """Holds the rows as given (the service already sorted them); the widgets ask ``row(i)`` back.
    Subclasses give ``column_count`` and ``column_title``."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, index: int) -> Row:
        return self._rows[index]

    def column_count(self) -> int:
        raise NotImplementedError

    def column_title(self, section: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else self.column_count()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.header_title(section)

    def header_title(self, section: int) -> str:
        return self.column_title(section)
