"""Writing a journal entry, or correcting one's own: date, kind of contact and the text."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from app.changes import Changes, Outcome, run_command
from app.bootstrap import Services
from app.errors import AppError, ValidationError
from app.services.journal import JournalEntryDTO
from models.enums import JournalKind
from ui.widgets.enum_combo import current_enum, enum_combo, select_enum
from ui.widgets.heading import heading
from ui.widgets.messages import ask_yes_no
from ui.errors import show_error, show_field_errors
from ui.formatting import format_date
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.accessible import name_grid_fields
from ui.widgets.field_error_label import FieldErrorLabel, with_error


class JournalForm(QFrame):
    """Keeps what is typed until it is saved or deliberately discarded; a failed save keeps it too."""

    saved = Signal(object)       # the JournalEntryDTO as stored
    save_failed = Signal()

    def __init__(self, services: Services, case_id: int, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("formPanel")
        self._services = services
        self._case_id = case_id
        self._runner = runner
        self.last_changes = Changes()  # what the last save changed, for the window to announce
        self._editing: JournalEntryDTO | None = None
        self._baseline: tuple[date | None, JournalKind, str] = (None, JournalKind.HOME_VISIT, "")

        self.title_label = heading("", 1.1)
        self.date_edit = DateLineEdit(today=services.ctx.clock.today())
        self.date_edit.setFixedWidth(130)
        self.kind_combo = enum_combo(JournalKind)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("What happened, what was agreed, what is next?"))
        self.field_errors = {
            "occurred_on": FieldErrorLabel(self.date_edit),
            "kind": FieldErrorLabel(self.kind_combo),
            "text": FieldErrorLabel(self.text_edit),
        }
        self.date_edit.textEdited.connect(self.field_errors["occurred_on"].clear_message)
        self.text_edit.textChanged.connect(self.field_errors["text"].clear_message)

        self.discard_button = QPushButton()
        self.save_button = QPushButton(self.tr("Save entry"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.text_edit.installEventFilter(self)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)

        fields = QGridLayout()
        fields.setHorizontalSpacing(10)
        fields.setVerticalSpacing(2)
        fields.addWidget(self._caption(self.tr("Date")), 0, 0)
        fields.addWidget(self._caption(self.tr("Kind of contact")), 0, 1)
        fields.addWidget(with_error(self.date_edit, self.field_errors["occurred_on"]), 1, 0)
        fields.addWidget(with_error(self.kind_combo, self.field_errors["kind"]), 1, 1)
        fields.setColumnStretch(1, 1)
        text_caption = self._caption(self.tr("What happened"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addLayout(fields)
        layout.addWidget(text_caption)
        layout.addWidget(with_error(self.text_edit, self.field_errors["text"]), 1)
        layout.addLayout(buttons)
        self.text_edit.setAccessibleName(text_caption.text())
        name_grid_fields(fields)
        self.start_new_entry()

    @staticmethod
    def _caption(text: str) -> QLabel:
        caption = QLabel(text)
        caption.setObjectName("columnHeading")
        return caption

    # -- state ------------------------------------------------------------------------------------
    def start_new_entry(self) -> None:
        """An empty form dated today; the kind of contact stays as last chosen."""
        self._editing = None
        self.title_label.setText(self.tr("New entry"))
        self.save_button.setText(self.tr("Save entry"))
        self.discard_button.setText(self.tr("Clear"))
        kind = current_enum(self.kind_combo, JournalKind) or JournalKind.HOME_VISIT
        self._fill(self._services.ctx.clock.today(), kind, "")

    def edit_entry(self, entry: JournalEntryDTO) -> None:
        self._editing = entry
        self.title_label.setText(self.tr("Change entry of {date}").format(date=format_date(entry.occurred_on)))
        self.save_button.setText(self.tr("Save change"))
        self.discard_button.setText(self.tr("Cancel change"))
        self._fill(entry.occurred_on, entry.kind, entry.text)
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)

    def _fill(self, occurred_on: date, kind: JournalKind, text: str) -> None:
        for error in self.field_errors.values():
            error.clear_message()
        self.date_edit.set_date(occurred_on)
        select_enum(self.kind_combo, kind)
        self.text_edit.setPlainText(text)
        self._baseline = (occurred_on, kind, text.strip())

    def editing(self) -> JournalEntryDTO | None:
        return self._editing

    def has_unsaved_changes(self) -> bool:
        """New text typed, or a correction that differs from the stored entry."""
        text = self.text_edit.toPlainText().strip()
        if self._editing is None:
            return bool(text)
        return (self.date_edit.date(), current_enum(self.kind_combo, JournalKind), text) != self._baseline

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> None:
        """Stores the entry through the journal service; ``saved`` or ``save_failed`` tells the outcome."""
        for error in self.field_errors.values():
            error.clear_message()
        if not self.date_edit.is_acceptable():
            self.field_errors["occurred_on"].show_message(self.date_edit.invalid_message())
            self.save_failed.emit()
            return
        occurred_on, kind = self.date_edit.date(), current_enum(self.kind_combo, JournalKind)
        text = self.text_edit.toPlainText()
        journal, entry = self._services.journal, self._editing
        if entry is None:
            case_id = self._case_id
            task = lambda: journal.add_entry(case_id, occurred_on, kind, text)  # noqa: E731
        else:
            task = lambda: journal.update_entry(entry.id, entry.version, occurred_on, kind, text)  # noqa: E731
        self.save_button.setEnabled(False)
        self._runner.run(lambda: run_command(task), self._on_entry_saved, self._on_entry_save_failed, context=self)

    def _on_entry_saved(self, outcome: Outcome[JournalEntryDTO]) -> None:
        self.save_button.setEnabled(True)
        self.last_changes, entry = outcome.changes, outcome.value
        self.start_new_entry()
        self.saved.emit(entry)

    def _on_entry_save_failed(self, error: AppError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            if show_field_errors(error, self.field_errors):
                show_error(self, error)
        else:
            show_error(self, error)
        self.save_failed.emit()

    def _on_save_button_clicked(self) -> None:
        self.save()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Ctrl+Enter in the text saves the entry: writing stays on the keyboard."""
        if (watched is self.text_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def _on_discard_button_clicked(self) -> None:
        if self.has_unsaved_changes() and not ask_yes_no(
                self, self.tr("Discard text"), self.tr("Discard what you typed in this entry?")):
            return
        self.start_new_entry()
