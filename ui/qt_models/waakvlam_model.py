"""Table model over the running waakvlams: who holds it, when the next contact is due, how it went last.

Rows are two lines high: a holder's name over their kind, a date over what it means.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.queries.due import Urgency
from app.queries.waakvlam import WaakvlamRow
from ui.formatting import fold_text, format_date
from ui.labels.due import days_from_today, label
from ui.qt_models.column_table_model import ColumnTableModel
from ui.qt_models.roles import CASE_ID_ROLE, SORT_ROLE
from ui.qt_models.urgency import urgency_colour, urgency_of

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class WaakvlamOverview:
    """The rows, and the day they were read on (what counts as overdue or this week)."""

    rows: list[WaakvlamRow]
    today: date


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


class WaakvlamColumn(IntEnum):
    FAMILY = 0
    HOLDER = 1
    NEXT_CONTACT = 2
    LAST_CONTACT = 3
    CONTACTS_HELD = 4
    DIRECTOR = 5
    PERIOD = 6


class WaakvlamModel(ColumnTableModel):
    """Read-only; replaced as a whole by :meth:`set_overview`."""

    COLUMNS = WaakvlamColumn

    def __init__(self, parent=None):
        super().__init__(parent)
        self._today = date.min

    def set_overview(self, overview: WaakvlamOverview) -> None:
        self.beginResetModel()
        self._rows = list(overview.rows)
        self._today = overview.today
        self.endResetModel()

    def column_title(self, column: WaakvlamColumn) -> str:
        titles = {
            WaakvlamColumn.FAMILY: self.tr("Family"),
            WaakvlamColumn.HOLDER: self.tr("Held by"),
            WaakvlamColumn.NEXT_CONTACT: self.tr("Next contact"),
            WaakvlamColumn.LAST_CONTACT: self.tr("Last contact"),
            WaakvlamColumn.CONTACTS_HELD: self.tr("Contacts"),
            WaakvlamColumn.DIRECTOR: self.tr("Director"),
            WaakvlamColumn.PERIOD: self.tr("Period"),
        }
        return titles[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = WaakvlamColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if column is WaakvlamColumn.NEXT_CONTACT:
            return urgency_colour(urgency_of(row.next_contact_date, self._today), role)
        if column is WaakvlamColumn.PERIOD and row.end_date < self._today:
            return urgency_colour(Urgency.OVERDUE, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is WaakvlamColumn.CONTACTS_HELD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: WaakvlamRow, column: WaakvlamColumn) -> str:
        match column:
            case WaakvlamColumn.FAMILY:
                return row.family_name
            case WaakvlamColumn.HOLDER:
                return _lines(row.holder_name, label(row.holder_kind))
            case WaakvlamColumn.NEXT_CONTACT:
                return self._next_contact_text(row)
            case WaakvlamColumn.LAST_CONTACT:
                if row.last_contact_on is None:
                    return self.tr("None yet")
                return _lines(format_date(row.last_contact_on), label(row.last_outcome) if row.last_outcome else "")
            case WaakvlamColumn.CONTACTS_HELD:
                return str(row.contacts_held)
            case WaakvlamColumn.DIRECTOR:
                return row.director_name
            case WaakvlamColumn.PERIOD:
                return self.tr("{start} to {end}").format(start=format_date(row.start_date),
                                                          end=format_date(row.end_date))

    def _next_contact_text(self, row: WaakvlamRow) -> str:
        """The date, with how far off it is when that needs attention (overdue or this week)."""
        if row.next_contact_date is None:
            return self.tr("None planned")
        due = format_date(row.next_contact_date)
        if urgency_of(row.next_contact_date, self._today) is Urgency.LATER:
            return due
        return _lines(due, days_from_today((row.next_contact_date - self._today).days))

    def _tooltip(self, row: WaakvlamRow, column: WaakvlamColumn) -> str | None:
        if column is WaakvlamColumn.PERIOD and row.end_date < self._today:
            return self.tr("The waakvlam has ended: end it in the case to close the case.")
        if column is WaakvlamColumn.HOLDER:
            return self._display(row, column)
        return None

    @staticmethod
    def _sort_key(row: WaakvlamRow, column: WaakvlamColumn) -> str | int:
        match column:
            case WaakvlamColumn.FAMILY:
                return fold_text(row.family_name)
            case WaakvlamColumn.HOLDER:
                return fold_text(row.holder_name)
            case WaakvlamColumn.NEXT_CONTACT:
                return (row.next_contact_date or row.end_date).isoformat()
            case WaakvlamColumn.LAST_CONTACT:
                return row.last_contact_on.isoformat() if row.last_contact_on else ""
            case WaakvlamColumn.CONTACTS_HELD:
                return row.contacts_held
            case WaakvlamColumn.DIRECTOR:
                return fold_text(row.director_name)
            case WaakvlamColumn.PERIOD:
                return row.end_date.isoformat()
