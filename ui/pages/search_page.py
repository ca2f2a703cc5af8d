"""Find a family anywhere in the worker's teams by name, BSN or date of birth, with results as you type.

The search runs in the background 200 ms after the last key; an answer to an older text is dropped.
Enter or a double-click on a result opens the family's case.
"""
from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QTableView, QWidget

from app.errors import AppError
from app.queries.family_search import FamilySearchResult, SearchKind
from ui.widgets.tables import make_table
from ui.errors import error_text
from ui.pages.page_loader import load_queue
from ui.pages.page_parts import empty_state, page_description, page_layout, page_title
from ui.qt_models.roles import CASE_ID_ROLE
from ui.qt_models.search_model import FamilySearchModel, SearchColumn
from ui.tasks import TaskRunner

FamilySearch = Callable[[str], FamilySearchResult]
DEBOUNCE_MS = 200
COLUMN_WIDTHS = {SearchColumn.FAMILY: 200, SearchColumn.MEMBERS: 420, SearchColumn.CASE: 110,
                 SearchColumn.DIRECTOR: 180}


class SearchPage(QWidget):
    """"Zoek gezin": a search field over a result table (no proxy: the service sorts and limits)."""

    case_open_requested = Signal(int)
    searched = Signal()  # an answer (or a message instead of one) is shown

    def __init__(self, search: FamilySearch, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._search = search
        self._runner = runner
        self._request = 0
        self._shown_request = 0  # the request whose answer the table shows
        self.model = FamilySearchModel(self)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("familySearchEdit")
        self.search_edit.setAccessibleName(self.tr("Find family by name, BSN or date of birth"))
        self.search_edit.setPlaceholderText(self.tr("Name, BSN or date of birth (dd-mm-jjjj)…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(320)
        self.status_label = QLabel()
        self.status_label.setObjectName("searchStatusLabel")
        self.table = make_table(self.model, "familySearchTable")
        for column, width in COLUMN_WIDTHS.items():
            self.table.horizontalHeader().resizeSection(column, width)
        self.empty_label = empty_state()
        self.content = QStackedWidget()
        self.content.addWidget(self.table)
        self.content.addWidget(self.empty_label)

        row = QHBoxLayout()
        row.addWidget(self.search_edit)
        row.addStretch(1)
        row.addWidget(self.status_label)
        layout = page_layout(self, page_title(self.tr("Find a family")), page_description(self.tr(
            "Every family of your teams: type a name (each word the start of a name), a BSN or a date of birth.")))
        layout.addLayout(row)
        layout.addWidget(self.content, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.table.activated.connect(self._on_table_activated)
        self._show_message(self.tr("Type at least part of a name, a BSN or a date of birth."))

    def focus_search(self) -> None:
        """Ctrl+F: into the field, with what was typed selected to type over."""
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- searching ------------------------------------------------------------------------------
    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._request += 1  # whatever is still on its way is stale now
        self._timer.start()

    def search_now(self) -> None:
        """Runs the search for the current text at once (what the timer does after the last key)."""
        self._timer.stop()
        self._request += 1
        request, text = self._request, self.search_edit.text()
        self.status_label.setText(self.tr("Searching…"))
        # in the one queue of page loads (each search writes the access log); a newer search replaces a waiting one
        load_queue(self._runner).submit(self, lambda: self._search(text), lambda result: self._on_found(request, result),
                                        lambda error: self._on_failed(request, error))

    def _on_timer_timeout(self) -> None:
        self.search_now()

    def _on_found(self, request: int, result: FamilySearchResult) -> None:
        if not shiboken6.isValid(self) or request != self._request:
            return
        self._shown_request = request
        self.model.set_rows(result.rows)
        self.status_label.setText(self._count_text(result))
        message = self._message_for(result)
        if message is not None:
            self._show_message(message)
        else:
            self.content.setCurrentWidget(self.table)
            self.table.selectRow(0)
        self.searched.emit()

    def _on_failed(self, request: int, error: AppError) -> None:
        if not shiboken6.isValid(self) or request != self._request:
            return
        self._shown_request = request
        self.model.set_rows([])
        self.status_label.clear()
        self._show_message(self.tr("The search failed.\n{reason}").format(reason=error_text(error)))
        self.searched.emit()

    def _message_for(self, result: FamilySearchResult) -> str | None:
        if result.kind is SearchKind.EMPTY:
            return self.tr("Type at least part of a name, a BSN or a date of birth.")
        if result.kind is SearchKind.INVALID_BSN:
            return self.tr("This is not a valid BSN: it does not pass the 11-check. Check the digits.")
        if result.kind is SearchKind.INVALID_DATE:
            return self.tr("This date does not exist. Type a date of birth as dd-mm-jjjj.")
        if not result.rows:
            return self.tr("No family found in your teams.")
        return None

    def _count_text(self, result: FamilySearchResult) -> str:
        count = len(result.rows)
        if result.more:
            return self.tr("More than {count} families: refine your search").format(count=count)
        if not count:
            return ""
        return self.tr("%n family/families", "", count)

    def _show_message(self, text: str) -> None:
        self.empty_label.setText(text)
        self.content.setCurrentWidget(self.empty_label)

    # -- opening -------------------------------------------------------------------------------
    def _on_search_edit_return_pressed(self) -> None:
        """Enter in the field: a pending search first; once the results are those of the text typed, the
        selected (first) result opens - never one of an older list."""
        if self._timer.isActive():
            self.search_now()
            return
        if self._shown_request != self._request:
            return  # the answer for this text is still on its way
        current = self.table.currentIndex()
        self._open(current if current.isValid() else self.model.index(0, 0))

    def _on_table_activated(self, index: QModelIndex) -> None:
        self._open(index)

    def _open(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE) if index.isValid() else None
        if case_id is not None:
            self.case_open_requested.emit(int(case_id))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Down from the field goes into the results."""
        if event.key() == Qt.Key.Key_Down and self.search_edit.hasFocus() and self.model.rowCount():
            self.table.setFocus()
            return
        super().keyPressEvent(event)
