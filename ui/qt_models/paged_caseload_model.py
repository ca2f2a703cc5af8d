"""The caseload of many teams a page at a time: sorted and searched by the database, not in memory.

Shows what :class:`CaseloadModel` shows, but holds only the pages the view has reached (see
:mod:`ui.qt_models.keyset_model`). A click on a sortable header or a new search asks for a new first
page (``query_changed``); the columns the database cannot sort on (children, plan, next action) keep
the sort that was (``sort_refused``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal

from app.queries.caseload_pages import CasePage, CaseQuery, CaseSort
from ui.qt_models.caseload_model import CaseloadColumn, CaseloadModel
from ui.qt_models.keyset_model import KeysetPaging
from ui.tasks import TaskRunner

PageFetch = Callable[[CaseQuery], CasePage]

SQL_SORTS = {
    CaseloadColumn.FAMILY: CaseSort.FAMILY,
    CaseloadColumn.STATUS: CaseSort.STATUS,
    CaseloadColumn.DIRECTOR: CaseSort.DIRECTOR,
    CaseloadColumn.PRIORITY: CaseSort.PRIORITY,
    CaseloadColumn.OPENED: CaseSort.OPENED,
}


class PagedCaseloadModel(KeysetPaging, CaseloadModel):
    query_changed = Signal()  # the sort or search changed: load the first page of :meth:`query` again
    sort_refused = Signal()   # a column the database does not sort on was clicked

    def __init__(self, fetch: PageFetch, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self._init_paging(runner)
        self._fetch = fetch
        self._query = CaseQuery()
        self._total = 0
        self._matching = 0

    def query(self) -> CaseQuery:
        """What the first page is asked with: the current sort and search."""
        return self._query

    def sort_column(self) -> CaseloadColumn:
        return next(column for column, sort in SQL_SORTS.items() if sort is self._query.sort)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder

    def set_case_page(self, page: CasePage) -> None:
        """The first page for :meth:`query`; the following ones are fetched as the view scrolls."""
        query = self._query
        self.set_first_page(page, lambda after: self._fetch(replace(query, after=after)))

    def _took(self, page: CasePage, *, first: bool) -> None:
        if first:
            self._next_due = dict(page.next_due)
            self._total, self._matching = page.total or 0, page.matching or 0
        else:
            self._next_due.update(page.next_due)

    # -- what the page asks of a caseload model ---------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = SQL_SORTS.get(column)
        if sort is None:
            self.sort_refused.emit()
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) != (self._query.sort, self._query.descending):
            self._query = replace(self._query, sort=sort, descending=descending)
            self.query_changed.emit()

    def set_search_text(self, text: str) -> None:
        text = " ".join(text.split())
        if text != self._query.search:
            self._query = replace(self._query, search=text)
            self.query_changed.emit()

    def set_rows(self, rows, next_due=None) -> None:
        self.set_case_page(CasePage(list(rows), next_due or {}, None, len(rows), len(rows)))

    def search_text_active(self) -> bool:
        return bool(self._query.search)

    def loaded_count(self) -> int:
        """Every open case in scope, counted by the database (not only the rows fetched)."""
        return self._total

    def matching_count(self) -> int:
        """The cases the search finds, counted by the database."""
        return self._matching
