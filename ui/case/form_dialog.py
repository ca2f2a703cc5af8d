"""A small modal form whose OK button calls a service; the base of the case window's dialogs.

The form scrolls when the screen is too low for it (a laptop), rather than squeezing its fields.
The service call happens in the dialog so a ValidationError can put its messages under the fields
while everything typed stays. A ConcurrencyConflict closes the dialog (``conflict`` tells the
caller to reload); any other application error is shown and the dialog stays open.
"""
from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.errors import AppError, ConcurrencyConflict, ValidationError
from ui.widgets.style import CASE_STYLESHEET
from ui.widgets.heading import heading, muted
from ui.errors import show_error, show_field_errors
from ui.widgets.field_error_label import FieldErrorLabel, with_error
from ui.widgets.form_dialog import GuardedFormDialog
from ui.widgets.screen_fit import fit_content, scrolling


class ServiceFormDialog(GuardedFormDialog):
    """Subclasses add their fields with ``add_field`` and implement ``submit``; Esc asks before typed input
    is lost and a date that does not read is refused at its field (both from :class:`GuardedFormDialog`)."""

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(CASE_STYLESHEET)
        self.setMinimumWidth(480)
        self.result_value: object = None
        self.conflict: ConcurrencyConflict | None = None
        self.field_errors: dict[str, FieldErrorLabel] = {}

        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.form.setHorizontalSpacing(14)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self.ok_button = self.buttons.button(buttons.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        body = QWidget()
        body.setObjectName("formBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.form)
        column.addStretch(1)
        self.scroll_area = scrolling(body)
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(title, 1.2, "dialogHeading"))
        if intro:
            layout.addWidget(muted(intro))
        layout.addWidget(self.scroll_area, 1)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Opens as large as the form when the screen allows; a form taller than the screen scrolls."""
        if not self._sized:
            self._sized = True
            fit_content(self, self.scroll_area)
        super().showEvent(event)

    def add_field(self, title: str, name: str, field: QWidget, error: FieldErrorLabel | None = None
                  ) -> FieldErrorLabel:
        """A labelled row with the field's message under it; ``name`` is the service's field key."""
        error = error or FieldErrorLabel(field)
        self.field_errors[name] = error
        self.form.addRow(QLabel(title), with_error(field, error))
        return error

    def check_locally(self) -> bool:
        """Checks the services cannot make (beyond the dates); True if all is well."""
        return True

    def submit(self) -> object:
        """Calls the service with the form's values and returns its answer."""
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        for error in self.field_errors.values():
            error.clear_message()
        if not self.dates_readable() or not self.check_locally():
            return
        try:
            self.result_value = self.submit()
        except ValidationError as error:
            if show_field_errors(error, self.field_errors):
                show_error(self, error)
            return
        except ConcurrencyConflict as conflict:
            self.conflict = conflict
            self.reject()
            return
        except AppError as error:
            show_error(self, error)
            return
        self.accept()
