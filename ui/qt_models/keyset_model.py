"""Rows fetched as the view reaches them: the first page when a list is (re)loaded, the next ones through
Qt's ``canFetchMore``/``fetchMore`` as the user scrolls, each off the GUI thread through the task runner.

The model holds only the pages fetched so far, so first paint and memory follow what the user has
seen, not the size of the database. A new first page (another sort, another search) drops the pages
of the previous one; an answer to an older question is ignored.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from app.errors import AppError
from app.queries.keyset import Key
from ui.tasks import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex
NextPage = Callable[[Key], Any]  # the page after a key; runs off the GUI thread


class KeysetPaging:
    """Mixin for a :class:`ColumnTableModel` (rows in ``_rows``); ``page.rows`` and ``page.after`` as in
    :class:`app.queries.keyset.Page`. A subclass may take more from each page in :meth:`_took`."""

    def _init_paging(self, runner: TaskRunner) -> None:
        self._runner = runner
        self._after: Key | None = None
        self._next_page: NextPage | None = None
        self._fetching = False
        self._generation = 0
        self.fetch_error: AppError | None = None

    def set_first_page(self, page, next_page: NextPage) -> None:
        """Shows ``page`` in place of every row; ``next_page(after)`` asks for the pages that follow."""
        self.beginResetModel()
        self._generation += 1
        self._fetching = False
        self.fetch_error = None
        self._rows = list(page.rows)
        self._after, self._next_page = page.after, next_page
        self._took(page, first=True)
        self.endResetModel()

    def clear_pages(self) -> None:
        self.set_first_page(_EMPTY, lambda _after: _EMPTY)

    def fully_fetched(self) -> bool:
        return self._after is None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self._after is not None and not self._fetching and self.fetch_error is None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802 - Qt override
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, after, next_page = self._generation, self._after, self._next_page
        self._runner.run(lambda: next_page(after), lambda page: self._append(generation, page),
                         lambda error: self._fetch_failed(generation, error), context=self)

    def _append(self, generation: int, page) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._after = page.after
        if page.rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._took(page, first=False)
            self.endInsertRows()

    def _fetch_failed(self, generation: int, error: AppError) -> None:
        if generation == self._generation:
            self._fetching = False
            self.fetch_error = error  # no endless retries; the next first page tries again

    def _took(self, page, *, first: bool) -> None:
        """Whatever else the model keeps of a page (counts, side data)."""


class _Empty:
    rows: list = []
    after = None


_EMPTY = _Empty()
