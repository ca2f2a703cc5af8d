"""Search-as-you-type over a caseload: family name, children's first names and director."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ui.formatting import fold_text
from ui.qt_models.caseload_model import SORT_ROLE, CaseloadModel


class CaseloadFilterModel(QSortFilterProxyModel):
    """Sorts on the model's sort role and keeps the rows that contain every word of the search.

    Matching ignores case and accents: ``ozturk`` finds ``Öztürk``.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search_text(self, text: str) -> None:
        words = tuple(fold_text(text).split())
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def search_text_active(self) -> bool:
        return bool(self._words)

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt override
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if not isinstance(model, CaseloadModel):
            return True
        haystack = model.search_text_at(source_row)
        return all(word in haystack for word in self._words)
