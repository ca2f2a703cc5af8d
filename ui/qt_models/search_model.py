"""Table model over family search hits: the family, its members with their dates of birth, its case."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.queries.family_search import FamilyHit
from ui.formatting import format_date
from ui.labels import label
from ui.qt_models.column_table_model import ColumnTableModel
from ui.qt_models.roles import CASE_ID_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


class SearchColumn(IntEnum):
    FAMILY = 0
    MEMBERS = 1
    CASE = 2
    DIRECTOR = 3
    TEAM = 4


class FamilySearchModel(ColumnTableModel):
    """Read-only, in the order the search gave (by name); replaced as a whole by :meth:`set_rows`."""

    COLUMNS = SearchColumn

    def hit_at(self, row: int) -> FamilyHit:
        return self._rows[row]

    def column_title(self, column: SearchColumn) -> str:
        return {
            SearchColumn.FAMILY: self.tr("Family"),
            SearchColumn.MEMBERS: self.tr("Members (date of birth)"),
            SearchColumn.CASE: self.tr("Case"),
            SearchColumn.DIRECTOR: self.tr("Director"),
            SearchColumn.TEAM: self.tr("Team"),
        }[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit: FamilyHit = self._rows[index.row()]
        if role == CASE_ID_ROLE:
            return hit.case_id
        column = SearchColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(hit, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is SearchColumn.MEMBERS:
            return "\n".join(self._member_text(m.name, m.date_of_birth) for m in hit.members)
        return None

    def _member_text(self, name: str, born) -> str:
        return self.tr("{name} ({born})").format(name=name, born=format_date(born))

    def _display(self, hit: FamilyHit, column: SearchColumn) -> str:
        match column:
            case SearchColumn.FAMILY:
                return hit.family_name
            case SearchColumn.MEMBERS:
                return ", ".join(self._member_text(m.name, m.date_of_birth) for m in hit.members)
            case SearchColumn.CASE:
                return label(hit.case_status) if hit.case_status is not None else self.tr("No case")
            case SearchColumn.DIRECTOR:
                return hit.director_name or ""
            case SearchColumn.TEAM:
                return hit.team_name
