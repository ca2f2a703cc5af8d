"""Base of the plan's edit dialogs: OK hands plain values to a save call, run through the task runner.

The dialog never touches the database: ``save(values, expected_version)`` is the service call the
caller gives it. Validation messages appear under their fields and the dialog stays open with the
input intact. When a colleague saved the same record first, the user sees both versions side by
side and chooses; nothing is overwritten silently.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.errors import AppError, ConcurrencyConflict, ValidationError
from ui.errors import show_error, show_field_errors
from ui.tasks import TaskRunner
from ui.widgets.conflict_dialog import ConflictChoice, ConflictRow, ask_conflict_choice
from ui.widgets.field_error_label import FieldErrorLabel
from ui.widgets.form_dialog import GuardedFormDialog

SaveCall = Callable[[object, int | None], object]


class FormDialog(GuardedFormDialog):
    """Subclasses build the fields, fill ``errors`` (field name -> label) and implement :meth:`values`."""

    def __init__(self, title: str, runner: TaskRunner, save: SaveCall, *, expected_version: int | None = None,
                 load_current: Callable[[], object] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._runner = runner
        self._save = save
        self._expected_version = expected_version
        self._load_current = load_current
        self.errors: dict[str, FieldErrorLabel] = {}
        self.saved_value: object = None
        self.took_theirs = False
        self.setWindowTitle(title)

        self.heading = QLabel(title)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self.ok_button = self.buttons.button(buttons.Ok)
        self.ok_button.setText(QCoreApplication.translate("FormDialog", "Save"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.buttons)

    # -- for subclasses --------------------------------------------------------------------------

    def values(self) -> object:
        raise NotImplementedError

    def conflict_rows(self, mine: object, theirs: object) -> Sequence[ConflictRow]:
        """The fields that differ between the user's values and the colleague's saved record."""
        return ()

    @staticmethod
    def form_label(text: str) -> QLabel:
        """A form row's label, level with the first line of its field (fields carry a message beneath)."""
        label = QLabel(text)
        label.setContentsMargins(0, 6, 0, 0)
        return label

    def add_error_label(self, name: str, field: QWidget) -> FieldErrorLabel:
        self.errors[name] = FieldErrorLabel(field)
        return self.errors[name]

    def with_error(self, field: QWidget, name: str) -> QWidget:
        """``field`` with its (hidden until needed) message underneath."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(self.add_error_label(name, field))
        return box

    # -- saving ----------------------------------------------------------------------------------

    def _on_buttons_accepted(self) -> None:
        if self.dates_readable():
            self._submit(self._expected_version)

    def _submit(self, expected_version: int | None) -> None:
        values = self.values()
        self.ok_button.setEnabled(False)
        self._runner.run(lambda: self._save(values, expected_version), self._on_save_done,
                         lambda error: self._on_save_failed(error, values), context=self)

    def _on_save_done(self, result: object) -> None:
        self.ok_button.setEnabled(True)
        self.saved_value = result
        self.accept()

    def _on_save_failed(self, error: AppError, values: object) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationError):
            if show_field_errors(error, self.errors):
                show_error(self, error)
        elif isinstance(error, ConcurrencyConflict):
            if error.current is not None:
                self._resolve_conflict(values, error.current)
            elif self._load_current is not None:
                self._runner.run(self._load_current, lambda current: self._resolve_conflict(values, current),
                                 lambda e: show_error(self, e), context=self)
            else:
                show_error(self, error)
        else:
            show_error(self, error)

    def _resolve_conflict(self, mine: object, theirs: object) -> None:
        rows = self.conflict_rows(mine, theirs)
        if not rows:  # the colleague saved exactly what the user wanted
            self.saved_value = theirs
            self.accept()
            return
        choice = ask_conflict_choice(rows, self)
        if choice is ConflictChoice.KEEP_MINE:
            self._expected_version = theirs.version
            self._submit(theirs.version)
        elif choice is ConflictChoice.TAKE_THEIRS:
            self.took_theirs = True
            self.reject()
