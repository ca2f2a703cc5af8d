"""Due items grouped by urgency: "Overdue", "This week" and (when asked) "Later", each over its items.

A two-level model: the groups at the top, the items (in the services' order: by date) beneath.
"""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.queries.due import DueItem, Urgency
from ui.formatting import format_date
from ui.labels.due import due_detail, due_when, label
from ui.qt_models.roles import CASE_ID_ROLE
from ui.qt_models.urgency import FOREGROUNDS, urgency_colour

AnyIndex = QModelIndex | QPersistentModelIndex
GROUP_BACKGROUND = QColor("#f1f3f5")
_GROUP = 0  # internal id of a group row; an item's is its group's position + 1


class DueColumn(IntEnum):
    FAMILY = 0
    KIND = 1
    DUE_DATE = 2
    WHEN = 3
    DETAIL = 4


class DueItemsModel(QAbstractItemModel):
    """Read-only; replaced as a whole by :meth:`set_items`. Empty groups are left out."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._groups: list[tuple[Urgency, list[DueItem]]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: list[DueItem]) -> None:
        self.beginResetModel()
        self._groups = [(level, [i for i in items if i.urgency is level]) for level in Urgency]
        self._groups = [(level, group) for level, group in self._groups if group]
        self.endResetModel()

    def group_index(self, level: Urgency) -> QModelIndex:
        row = next((r for r, (lvl, _group) in enumerate(self._groups) if lvl is level), None)
        return QModelIndex() if row is None else self.index(row, 0)

    def item_at(self, index: AnyIndex) -> DueItem | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    # -- structure --------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return len(DueColumn)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if index.isValid() and index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_title(DueColumn(section))

    def column_title(self, column: DueColumn) -> str:
        titles = {
            DueColumn.FAMILY: self.tr("Family"),
            DueColumn.KIND: self.tr("What"),
            DueColumn.DUE_DATE: self.tr("Date"),
            DueColumn.WHEN: self.tr("When"),
            DueColumn.DETAIL: self.tr("About"),
        }
        return titles[column]

    # -- content ----------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        item = self.item_at(index)
        column = DueColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == CASE_ID_ROLE:
            return item.case_id
        if role == Qt.ItemDataRole.ToolTipRole and column is DueColumn.DETAIL:
            return due_detail(item) or None
        if column is DueColumn.WHEN:
            return urgency_colour(item.urgency, role)
        return None

    def _group_data(self, index: AnyIndex, role: int):
        level, items = self._groups[index.row()]
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{group} ({count})").format(group=label(level), count=len(items))
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            return FOREGROUNDS[level]
        if role == Qt.ItemDataRole.BackgroundRole:
            return GROUP_BACKGROUND
        return None

    @staticmethod
    def _display(item: DueItem, column: DueColumn) -> str:
        match column:
            case DueColumn.FAMILY:
                return item.family_name
            case DueColumn.KIND:
                return label(item.kind)
            case DueColumn.DUE_DATE:
                return format_date(item.due_date)
            case DueColumn.WHEN:
                return due_when(item)
            case DueColumn.DETAIL:
                return due_detail(item)
