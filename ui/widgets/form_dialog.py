"""The one base of the app's form dialogs, :class:`FormDialog`, on top of :class:`GuardedFormDialog`.

Guarded: typed input is never lost to Esc or the window's close button, and a date that does not read is
refused at its field before anything is saved. Esc or closing the window (its title-bar button) with
something typed asks "discard?"; an untouched form closes at once; the explicit Cancel button discards
without asking (that is what it says). "Typed" means: some input differs from what the form showed when
it opened.

The form's values are read on the GUI thread; the save call runs off it (inside
:func:`app.changes.run_command`, so the dialog keeps the :class:`~app.changes.Outcome`) while OK is
disabled. A ValidationError puts its messages under their fields and keeps all input. When a colleague
saved the same record first, a dialog that can compare (it implements :meth:`conflict_rows` and the
colleague's record is known) shows both side by side and the user chooses; any other dialog
closes with ``conflict`` set, so its caller reloads and says so. Nothing is overwritten silently.
The form scrolls when the screen is too low for it (a laptop) rather than squeezing its fields.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QMessageBox, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget,
)

from app.changes import Outcome, run_command
from app.errors import AppError, ConcurrencyConflict, ValidationError
from ui.errors import show_error, show_field_errors
from ui.tasks import TaskRunner
from ui.widgets.conflict_dialog import ConflictChoice, ConflictRow, ask_conflict_choice
from ui.widgets.date_edit import mark_unreadable_dates
from ui.widgets.field_error_label import FieldErrorLabel, with_error
from ui.widgets.heading import heading, muted
from ui.widgets.screen_fit import fit_content, scrolling
from ui.widgets.style import case_stylesheet


def ask_discard_typed(parent: QWidget) -> bool:
    """True when the user chooses to throw away what they typed; tests replace this module attribute."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("FormDialog", "Discard what you typed?"),
                      QCoreApplication.translate("FormDialog", "You have typed in this form. Close it and discard what "
                                                          "you typed?"), QMessageBox.StandardButton.NoButton, parent)
    discard = box.addButton(QCoreApplication.translate("FormDialog", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("FormDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


def input_value(widget: QWidget) -> object:
    """What ``widget`` holds as far as the user is concerned, or None for a widget that takes no input."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QListWidget):  # a list of tick boxes, e.g. the persons a goal is about
        return [widget.item(row).checkState() for row in range(widget.count())]
    return None


class GuardedFormDialog(QDialog):
    """Esc asks before typed input is lost; dates are checked (the base of :class:`FormDialog`)."""

    _opened_with: list[object] | None = None

    def form_values(self) -> list[object]:
        """Every input of this window (not of its popups, such as a date field's calendar)."""
        return [input_value(widget) for widget in self.findChildren(QWidget) if widget.window() is self]

    def has_typed_input(self) -> bool:
        return self._opened_with is not None and self.form_values() != self._opened_with

    def may_discard(self) -> bool:
        """True when nothing was typed, or the user agrees to throw it away."""
        return not self.has_typed_input() or ask_discard_typed(self)

    def dates_readable(self) -> bool:
        """Marks every date field that does not read; True if all read."""
        return mark_unreadable_dates(self.findChildren(FieldErrorLabel))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._opened_with is None:
            self._opened_with = self.form_values()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self.may_discard():
                self.reject()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Only the user's own close (the title bar's button) asks; a close() by the program does not.
        if event.spontaneous() and self.isVisible() and not self.may_discard():
            event.ignore()
            return
        super().closeEvent(event)


SaveCall = Callable[[Any, "int | None"], object]


class FormDialog(GuardedFormDialog):
    """Subclasses add fields (``add_field`` into ``form``, or their own layout into ``body``) and either
    implement :meth:`values` with a ``save(values, expected_version)`` call, or override :meth:`command`.

    After OK: ``saved_outcome`` (value and changes) and ``saved_value``; ``took_theirs`` when the user chose
    the colleague's version; ``conflict`` when a colleague's change could not be compared here.
    """

    def __init__(self, title: str, runner: TaskRunner, save: SaveCall | None = None, *, intro: str = "",
                 expected_version: int | None = None, load_current: Callable[[], object] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(case_stylesheet())
        self.setMinimumWidth(480)
        self._runner = runner
        self._save_call = save
        self._expected_version = expected_version
        self._load_current = load_current
        self.field_errors: dict[str, FieldErrorLabel] = {}
        self.saved_outcome: Outcome | None = None
        self.saved_value: object = None
        self.took_theirs = False
        self.conflict: ConcurrencyConflict | None = None
        self._sent: object = None  # the values of the save running now, to compare on a conflict
        self._saving = False

        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.form.setHorizontalSpacing(14)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self.ok_button = self.buttons.button(buttons.Ok)
        self.ok_button.setText(QCoreApplication.translate("FormDialog", "Save"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        inner = QWidget()
        inner.setObjectName("formBody")
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.body.addLayout(self.form)
        column.addLayout(self.body)
        column.addStretch(1)
        self.scroll_area = scrolling(inner)
        self._sized = False

        self.heading = heading(title, 1.2, "dialogHeading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        if intro:
            layout.addWidget(muted(intro))
        layout.addWidget(self.scroll_area, 1)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)

    # -- building, for subclasses ----------------------------------------------------------------

    def add_field(self, title: str, name: str, field: QWidget, error: FieldErrorLabel | None = None
                  ) -> FieldErrorLabel:
        """A labelled row with the field's message under it; ``name`` is the service's field key."""
        error = error or FieldErrorLabel(field)
        self.field_errors[name] = error
        self.form.addRow(QLabel(title), with_error(field, error))
        return error

    def add_error_label(self, name: str, field: QWidget) -> FieldErrorLabel:
        self.field_errors[name] = FieldErrorLabel(field)
        return self.field_errors[name]

    def with_error(self, field: QWidget, name: str) -> QWidget:
        """``field`` with its (hidden until needed) message underneath."""
        return with_error(field, self.add_error_label(name, field))

    @staticmethod
    def form_label(text: str) -> QLabel:
        """A form row's label, level with the first line of its field (fields carry a message beneath)."""
        label = QLabel(text)
        label.setContentsMargins(0, 6, 0, 0)
        return label

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Opens as large as the form when the screen allows; a form taller than the screen scrolls."""
        if not self._sized:
            self._sized = True
            fit_content(self, self.scroll_area)
        super().showEvent(event)

    # -- saving, for subclasses ------------------------------------------------------------------

    def check_locally(self) -> bool:
        """Checks the services cannot make (beyond the dates); True if all is well."""
        return True

    def values(self) -> object:
        """The form's values, read on the GUI thread."""
        raise NotImplementedError

    def command(self) -> Callable[[], object]:
        """The save to run off the GUI thread, with the form's values read now."""
        values, version, save = self.values(), self._expected_version, self._save_call
        self._sent = values
        return lambda: save(values, version)

    def conflict_rows(self, mine: object, theirs: object) -> Sequence[ConflictRow] | None:
        """The fields that differ between the user's values and the colleague's saved record; None when
        this dialog cannot compare."""
        return None

    # -- the command -----------------------------------------------------------------------------

    def _on_buttons_accepted(self) -> None:
        for error in self.field_errors.values():
            error.clear_message()
        if self.dates_readable() and self.check_locally():
            self._submit()

    def _submit(self) -> None:
        self._sent = None
        call = self.command()
        values = self._sent
        self._set_saving(True)
        self._runner.run(lambda: run_command(call), self._on_saved,
                         lambda error: self._on_save_failed(error, values), context=self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ok_button.setEnabled(not saving)

    def reject(self) -> None:
        """Not while a save runs: its outcome must reach the caller (the save cannot be taken back)."""
        if not self._saving:
            super().reject()

    def _on_saved(self, outcome: Outcome) -> None:
        self._set_saving(False)
        self.saved_outcome = outcome
        self.saved_value = outcome.value
        self.accept()

    def _on_save_failed(self, error: AppError, values: object) -> None:
        self._set_saving(False)
        if isinstance(error, ValidationError):
            if show_field_errors(error, self.field_errors):
                show_error(self, error)
        elif isinstance(error, ConcurrencyConflict):
            self._on_conflict(error, values)
        else:
            show_error(self, error)

    def _on_conflict(self, conflict: ConcurrencyConflict, values: object) -> None:
        if values is not None and conflict.current is not None:
            self._resolve_conflict(values, conflict.current)
        elif values is not None and self._load_current is not None:
            self._runner.run(self._load_current, lambda current: self._resolve_conflict(values, current),
                             lambda e: show_error(self, e), context=self)
        elif values is not None:  # the error says what to do; the input stays
            show_error(self, conflict)
        else:
            self._give_up(conflict)

    def _give_up(self, conflict: ConcurrencyConflict) -> None:
        """Cannot compare here: close with ``conflict`` set; the caller reloads and tells the user."""
        self.conflict = conflict
        self.reject()

    def _resolve_conflict(self, mine: object, theirs: object) -> None:
        rows = self.conflict_rows(mine, theirs)
        if rows is None:
            show_error(self, ConcurrencyConflict())
            return
        if not rows:  # the colleague saved exactly what the user wanted
            self.saved_value = theirs
            self.saved_outcome = Outcome(theirs)
            self.accept()
            return
        choice = ask_conflict_choice(rows, self)
        if choice is ConflictChoice.KEEP_MINE:
            self._expected_version = theirs.version
            self._submit()
        elif choice is ConflictChoice.TAKE_THEIRS:
            self.took_theirs = True
            self.reject()


def run_form_dialog(dialog: FormDialog, on_saved: Callable[[Outcome], None],
                    on_conflict: Callable[[ConcurrencyConflict], None]) -> None:
    """Runs ``dialog`` modally and hands on what came of it - the saved outcome, or a colleague's change
    the dialog could not compare - then deletes it."""
    try:
        dialog.exec()
        if dialog.conflict is not None:
            on_conflict(dialog.conflict)
        elif dialog.saved_outcome is not None:
            on_saved(dialog.saved_outcome)
    finally:
        dialog.deleteLater()
