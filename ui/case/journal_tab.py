"""The case journal: entries newest first, searched as you type, read in full, and written alongside."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget,
)

from app.bootstrap import Services
from app.errors import AppError
from app.services.journal import JournalEntryDTO
from ui.case.journal_form import JournalForm
from ui.plan.plan_statements import StatementCommands, StatementTexts
from ui.plan.statement_dialogs import Part
from app.queries.statements import CaseStatements
from models.enums import StatementSubject
from ui.labels.case import label
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.widgets.heading import muted
from ui.widgets.messages import ask_save_discard_cancel
from ui.widgets.tables import fit_columns, make_table, selected_row
from ui.errors import error_text
from ui.formatting import preview, format_date
from ui.tasks import TaskRunner

SEARCH_DELAY_MS = 300


class JournalTab(QWidget):
    """``changed`` fires after an entry is stored (the owner then calls ``reload``, as for any change).

    The form is built once, so unsaved text survives switching tabs.
    """

    changed = Signal(object)  # the Changes of a save

    def __init__(self, services: Services, case_id: int, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._case_id = case_id
        self._runner = runner
        self._generation = 0
        self._select_after_load: int | None = None
        self.confirm_unsaved = ask_save_discard_cancel

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("journalSearch")
        self.search_edit.setAccessibleName(self.tr("Search in the journal"))
        self.search_edit.setPlaceholderText(self.tr("Search in the journal…"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = muted()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        self.model = RowTableModel([
            Column(self.tr("Date"), lambda e: format_date(e.occurred_on)),
            Column(self.tr("Kind"), lambda e: label(e.kind)),
            Column(self.tr("Written by"), lambda e: e.author_name),
            Column(self.tr("Text"), lambda e: preview(e.text)),
        ], self)
        self.table = make_table(self.model, "journalTable")
        self.table.setAccessibleName(self.tr("Journal entries"))
        self.entry_meta_label = QLabel()
        self.entry_meta_label.setObjectName("columnHeading")
        self.edit_button = QPushButton(self.tr("Change this entry"))
        # Jeugdwet 7.3.8 / AVG 16: a family member's own statement about the entry, a correction on request
        self.statement_button = QPushButton(self.tr("Own statement…"))
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.statement_commands = StatementCommands(services, runner, case_id, self)
        self._statements = CaseStatements()
        self.reader = QTextBrowser()
        self.reader.setObjectName("journalReader")
        self.reader.setAccessibleName(self.tr("Journal entry"))
        self.reader.setOpenLinks(False)
        reader_font = self.reader.font()
        reader_font.setPointSizeF(reader_font.pointSizeF() * 1.08)
        self.reader.setFont(reader_font)
        self.form = JournalForm(services, case_id, runner)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.count_label)
        meta_row = QHBoxLayout()
        meta_row.addWidget(self.entry_meta_label, 1)
        meta_row.addWidget(self.edit_button)
        meta_row.addWidget(self.statement_button)
        meta_row.addWidget(self.correct_button)
        reading = QWidget()
        reading_column = QVBoxLayout(reading)
        reading_column.setContentsMargins(0, 0, 0, 0)
        reading_column.addLayout(meta_row)
        reading_column.addWidget(self.reader, 1)
        list_splitter = QSplitter(Qt.Orientation.Vertical)
        list_splitter.setObjectName("journalSplitter")
        list_splitter.setHandleWidth(10)
        list_splitter.setChildrenCollapsible(False)
        list_splitter.addWidget(self.table)
        list_splitter.addWidget(reading)
        list_splitter.setSizes([330, 220])
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addLayout(search_row)
        left_column.addWidget(list_splitter, 1)
        splitter = QSplitter()
        splitter.setObjectName("journalSplitter")
        splitter.setHandleWidth(16)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(splitter)

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_timer.timeout.connect(self._on_search_timer_timeout)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.form.saved.connect(self._on_form_saved)
        self.statement_button.clicked.connect(self._on_statement_button_clicked)
        self.correct_button.clicked.connect(self._on_correct_button_clicked)
        self.statement_commands.saved.connect(self._on_statement_commands_saved)
        self._show_selected()

    def has_unsaved_changes(self) -> bool:
        return self.form.has_unsaved_changes()

    # -- loading ----------------------------------------------------------------------------------
    def reload(self, *, log_read: bool = True) -> None:
        """Fetches the entries matching the search text; an answer to an older request is ignored."""
        self._generation += 1
        generation, search = self._generation, self.search_edit.text()
        case_id, journal = self._case_id, self._services.journal
        self._runner.run(lambda: journal.entries(case_id, search, log_read=log_read),
                         lambda entries: self._on_entries_loaded(generation, entries),
                         lambda error: self._on_entries_failed(generation, error), context=self)
        statements = self._services.statements
        self._runner.run(lambda: statements.statements(case_id, log_read=log_read), self._on_statements_loaded,
                         lambda error: self._on_entries_failed(generation, error), context=self)

    def _on_statements_loaded(self, found: CaseStatements) -> None:
        self._statements = found
        self._show_selected()

    def _on_entries_loaded(self, generation: int, entries: list[JournalEntryDTO]) -> None:
        if generation != self._generation:
            return
        selected = self._selected_entry()
        wanted = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = None
        self.model.set_rows(entries)
        fit_columns(self.table, padding=16)
        for row, entry in enumerate(entries):
            if entry.id == wanted:
                self.table.selectRow(row)
        self.count_label.setText(self._count_text(len(entries)))
        self._show_selected()

    def _on_entries_failed(self, generation: int, error: AppError) -> None:
        if generation == self._generation:
            self.count_label.setText(error_text(error))

    def _count_text(self, count: int) -> str:
        if self.search_edit.text().strip():
            return self.tr("%n entry/entries found", "", count)
        return self.tr("%n entry/entries", "", count)

    # -- reading ----------------------------------------------------------------------------------
    def _selected_entry(self) -> JournalEntryDTO | None:
        row = selected_row(self.table)
        return self.model.row(row) if row is not None else None

    def _show_selected(self) -> None:
        entry = self._selected_entry()
        if entry is None:
            self.entry_meta_label.setText("")
            self.reader.setPlainText(self.tr("Choose an entry to read it in full.") if self.model.rowCount()
                                     else self.tr("No entries yet. Write the first one on the right."))
            self.edit_button.setVisible(False)
            self.statement_button.setVisible(False)
            self.correct_button.setVisible(False)
            return
        self.entry_meta_label.setText(self.tr("{date} · {kind} · {author}").format(
            date=format_date(entry.occurred_on), kind=label(entry.kind), author=entry.author_name))
        self.reader.setPlainText("\n\n".join([entry.text, *self._statement_lines(entry)]))
        self.edit_button.setVisible(entry.can_edit)
        self.statement_button.setVisible(self._statements.family_id is not None)
        self.correct_button.setVisible(self._statements.family_id is not None)

    def _statement_lines(self, entry: JournalEntryDTO) -> list[str]:
        """The own statements and corrections about the entry, under its text."""
        texts = StatementTexts()
        statements, corrections = self._statements.about(StatementSubject.JOURNAL_ENTRY, entry.id)
        return [texts.statement(s) for s in statements] + [texts.correction(c) for c in corrections]

    def _entry_part(self) -> list[Part]:
        entry = self._selected_entry()
        if entry is None:
            return []
        return [Part(self.tr("Journal entry of {date}").format(date=format_date(entry.occurred_on)),
                     StatementSubject.JOURNAL_ENTRY, entry.id, "text", entry.text, entry.version)]

    def _on_statement_button_clicked(self) -> None:
        if self._entry_part() and self._statements.family_id is not None:
            self.statement_commands.add_statement(self._statements.family_id, self._entry_part())

    def _on_correct_button_clicked(self) -> None:
        if self._entry_part() and self._statements.family_id is not None:
            self.statement_commands.correct(self._statements.family_id, self._entry_part())

    def _on_statement_commands_saved(self, outcome) -> None:
        """Stored: the window announces it and reloads this tab, as after any change."""
        if outcome is None:
            self.reload(log_read=False)
        else:
            self.changed.emit(outcome.changes)

    def _on_table_selection_changed(self, *_args) -> None:
        self._show_selected()

    # -- search and editing ------------------------------------------------------------------------
    def _on_search_edit_text_changed(self, _text: str) -> None:
        self.search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.reload()

    def _on_edit_button_clicked(self) -> None:
        entry = self._selected_entry()
        if entry is None or not entry.can_edit:
            return
        if self.form.has_unsaved_changes():
            choice = self.confirm_unsaved(self, self.tr("The entry you are writing has not been saved yet."))
            if choice == QMessageBox.StandardButton.Cancel:
                return
            if choice == QMessageBox.StandardButton.Save:
                self.form.save()
                if self.form.has_unsaved_changes():
                    return
        self.form.edit_entry(entry)
        self.form.text_edit.setFocus()

    def _on_form_saved(self, entry: JournalEntryDTO) -> None:
        """The window announces the change; the reload that follows selects the saved entry."""
        self._select_after_load = entry.id
        self.changed.emit(self.form.last_changes)
