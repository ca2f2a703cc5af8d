"""Table model over caseload rows (one open case per row) and each case's next due item, with sortable
raw values and the case id."""
from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.queries.caseload import Caseload, CaseloadRow
from app.queries.due import DueItem
from models.enums import CaseStatus, DirectionMode, PlanStatus, Priority
from ui.formatting import fold_text, format_date
from ui.labels import label, plan_versions_label
from ui.labels import due as due_labels
from ui.labels.care import case_direction_short
from ui.qt_models.caseload_filter import search_words, sorted_order, visible_rows
from ui.qt_models.column_table_model import ColumnTableModel
from ui.qt_models.roles import CASE_ID_ROLE, SORT_ROLE
from ui.qt_models.urgency import urgency_colour

__all__ = ["CASE_ID_ROLE", "SORT_ROLE", "Caseload", "CaseloadColumn", "CaseloadModel"]

HIGH_PRIORITY_COLOUR = QColor("#a4262c")

_STATUS_ORDER = {CaseStatus.INTAKE: 0, CaseStatus.ACTIVE: 1, CaseStatus.WAAKVLAM: 2, CaseStatus.CLOSED: 3}
_PLAN_ORDER = {None: 0, PlanStatus.DRAFT: 1, PlanStatus.AGREED: 2, PlanStatus.SUPERSEDED: 3}
_PRIORITY_ORDER = {Priority.HIGH: 0, Priority.NORMAL: 1}
# A badge after the family's name when the social team does not direct alone (a column would not fit a
# laptop); the whole direction with its holder is the tooltip.
_DIRECTION_BADGE = {
    DirectionMode.SAMENREGIE: QT_TRANSLATE_NOOP("CaseloadModel", "{family} · samenregie"),
    DirectionMode.ELSEWHERE: QT_TRANSLATE_NOOP("CaseloadModel", "{family} · direction elsewhere"),
}


def _with_direction_badge(row: CaseloadRow) -> str:
    """"Öztürk · regie elders" when another party directs, else the family's name."""
    badge = _DIRECTION_BADGE.get(row.direction_mode)
    return QCoreApplication.translate("CaseloadModel", badge).format(family=row.family_name) if badge \
        else row.family_name

def _with_meldcode_badge(row: CaseloadRow) -> str:
    """"Actief · meldcode" while a meldcode track is open on the case."""
    status = label(row.status)
    return QCoreApplication.translate("CaseloadModel", "{status} · meldcode").format(status=status) \
        if row.meldcode_open else status


AnyIndex = QModelIndex | QPersistentModelIndex


class CaseloadColumn(IntEnum):
    FAMILY = 0
    CHILDREN = 1
    STATUS = 2
    PLAN_STATUS = 3
    DIRECTOR = 4
    PRIORITY = 5
    OPENED = 6
    NEXT_DUE = 7  # shown after the children (the view moves it), so saved column layouts stay valid

NOTHING_DUE_SORT_KEY = "9999-12-31"  # cases with nothing planned sort after every date


def _search_text(row: CaseloadRow) -> str:
    return fold_text(" ".join((row.family_name, row.director_name, *(c.first_name for c in row.children))))


class CaseloadModel(ColumnTableModel):
    """Read-only; replaced as a whole by :meth:`set_rows` after each load.

    Sorts (:meth:`sort`, called by the view's header) and filters (:meth:`set_search_text`) itself, on
    the plain row list with precomputed keys, so it stays instant with thousands of rows. ``_rows`` is
    what the view shows: the loaded rows in sort order that match the search.
    """

    COLUMNS = CaseloadColumn

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loaded: list[CaseloadRow] = []
        self._next_due: Mapping[int, DueItem] = {}
        self._search_texts: list[str] = []
        self._sort_keys: dict[CaseloadColumn, list[str | int]] = {}
        self._order: list[int] = []
        self._words: tuple[str, ...] = ()
        self._sort_column: CaseloadColumn | None = None
        self._descending = False
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[CaseloadRow], next_due: Mapping[int, DueItem] | None = None) -> None:
        """The cases, and per case id its next due item (cases with nothing due left out); the sort
        and search in force apply to them."""
        self.beginResetModel()
        self._loaded = list(rows)
        self._next_due = dict(next_due or {})
        self._search_texts = [_search_text(row) for row in self._loaded]
        self._sort_keys = {}
        self._order = self._sorted_order()
        self._rows = self._visible()
        self.endResetModel()

    # -- sorting and searching --------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts every loaded row by the column's raw value; the selection stays on its rows."""
        if not 0 <= column < len(CaseloadColumn):
            return
        self._sort_column = CaseloadColumn(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        rows_before = [self._rows[index.row()] if index.row() < len(self._rows) else None for index in persistent]
        self._order = self._sorted_order()
        self._rows = self._visible()
        position = {id(row): n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [
            self.index(position[id(row)], index.column()) if row is not None and id(row) in position
            else QModelIndex() for index, row in zip(persistent, rows_before)])
        self.layoutChanged.emit()

    def set_search_text(self, text: str) -> None:
        """Keeps the rows containing every word of ``text`` in their folded family name, children's
        first names and director (``ozturk`` finds *Öztürk*)."""
        words = search_words(text)
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._rows = self._visible()
        self.endResetModel()

    def search_text_active(self) -> bool:
        return bool(self._words)

    def loaded_count(self) -> int:
        """All loaded rows, whether the search shows them or not."""
        return len(self._loaded)

    def matching_count(self) -> int:
        """The rows the search finds (all of them without a search)."""
        return len(self._rows)

    def _sorted_order(self) -> list[int]:
        if self._sort_column is None:
            return list(range(len(self._loaded)))
        keys = self._sort_keys.get(self._sort_column)
        if keys is None:
            keys = self._sort_keys[self._sort_column] = [self._key(row, self._sort_column) for row in self._loaded]
        return sorted_order(keys, self._descending)

    def _visible(self) -> list[CaseloadRow]:
        return [self._loaded[i] for i in visible_rows(self._order, self._search_texts, self._words)]

    def _key(self, row: CaseloadRow, column: CaseloadColumn) -> str | int:
        if column is CaseloadColumn.NEXT_DUE:
            return self._next_due_data(self._next_due.get(row.case_id), SORT_ROLE)
        return self._sort_key(row, column)

    # -- reading --------------------------------------------------------------------------------
    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    def next_due_at(self, row: int) -> DueItem | None:
        return self._next_due.get(self._rows[row].case_id)

    def search_text_at(self, row: int) -> str:
        """Folded family name, director and children's first names: what the search box matches."""
        return _search_text(self._rows[row])

    def column_title(self, column: CaseloadColumn) -> str:
        titles = {
            CaseloadColumn.FAMILY: self.tr("Family"),
            CaseloadColumn.CHILDREN: self.tr("Children"),
            CaseloadColumn.STATUS: self.tr("Status"),
            CaseloadColumn.PLAN_STATUS: self.tr("Family plan"),
            CaseloadColumn.DIRECTOR: self.tr("Director"),
            CaseloadColumn.PRIORITY: self.tr("Priority"),
            CaseloadColumn.OPENED: self.tr("Started"),
            CaseloadColumn.NEXT_DUE: self.tr("Next action"),
        }
        return titles[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = CaseloadColumn(index.column())
        if column is CaseloadColumn.NEXT_DUE:
            return self._next_due_data(self._next_due.get(row.case_id), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == Qt.ItemDataRole.ToolTipRole and column is CaseloadColumn.CHILDREN:
            return row.children_text or None
        if role == Qt.ItemDataRole.ToolTipRole and column is CaseloadColumn.FAMILY and row.direction_organisation:
            return case_direction_short(row.direction_mode, row.direction_organisation)
        if row.priority is Priority.HIGH and column is CaseloadColumn.PRIORITY:
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole:
                return HIGH_PRIORITY_COLOUR
        return None

    def _next_due_data(self, item: DueItem | None, role: int):
        """"Evaluation · 25-11-2026", tinted red when overdue and amber when due this week."""
        if role == SORT_ROLE:
            return item.due_date.isoformat() if item else NOTHING_DUE_SORT_KEY
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{what} · {date}").format(what=due_labels.label(item.kind), date=format_date(item.due_date))
        if role == Qt.ItemDataRole.ToolTipRole:
            detail = due_labels.due_detail(item)
            when = due_labels.due_when(item)
            return self.tr("{when}: {detail}").format(when=when, detail=detail) if detail else when
        if role == CASE_ID_ROLE:
            return item.case_id
        return urgency_colour(item.urgency, role)

    @staticmethod
    def _display(row: CaseloadRow, column: CaseloadColumn) -> str:
        match column:
            case CaseloadColumn.FAMILY:
                return _with_direction_badge(row)
            case CaseloadColumn.CHILDREN:
                return row.children_text
            case CaseloadColumn.STATUS:
                return _with_meldcode_badge(row)
            case CaseloadColumn.PLAN_STATUS:
                return plan_versions_label(row.plan)
            case CaseloadColumn.DIRECTOR:
                return row.director_name
            case CaseloadColumn.PRIORITY:
                return label(row.priority)
            case CaseloadColumn.OPENED:
                return format_date(row.opened_on)

    @staticmethod
    def _sort_key(row: CaseloadRow, column: CaseloadColumn) -> str | int:
        """Plain values Qt compares natively: folded text, ranks, ISO dates."""
        match column:
            case CaseloadColumn.FAMILY:
                return fold_text(row.family_name)
            case CaseloadColumn.CHILDREN:
                return fold_text(row.children_text)
            case CaseloadColumn.STATUS:
                return _STATUS_ORDER[row.status]
            case CaseloadColumn.PLAN_STATUS:
                return _PLAN_ORDER[row.plan_status] * 10_000 + (row.plan.agreed or 0)
            case CaseloadColumn.DIRECTOR:
                return fold_text(row.director_name)
            case CaseloadColumn.PRIORITY:
                return _PRIORITY_ORDER[row.priority]
            case CaseloadColumn.OPENED:
                return row.opened_on.isoformat()

