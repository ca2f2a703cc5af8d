"""A red message under an input field, and the matching highlight on the field itself."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.accessible import announce, name_form_fields

ERROR_COLOUR = QColor("#b3261e")
INVALID_PROPERTY = "invalid"


class FieldErrorLabel(QLabel):
    """Hidden while there is nothing to say; shows a field's validation message and marks the field.

    The field gets the dynamic property ``invalid`` so the style sheet can draw a red border.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self._field = field
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
        self.setPalette(palette)
        self.setVisible(False)

    def field(self) -> QWidget:
        """The input this message is about."""
        return self._field

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(True)
        self._mark_field(True)
        announce(self._field, text, urgent=True)

    def clear_message(self) -> None:
        if self.text():
            self._field.setAccessibleDescription("")
        self.clear()
        self.setVisible(False)
        self._mark_field(False)

    def _mark_field(self, invalid: bool) -> None:
        if bool(self._field.property(INVALID_PROPERTY)) == invalid:
            return
        self._field.setProperty(INVALID_PROPERTY, invalid)
        style = self._field.style()
        style.unpolish(self._field)
        style.polish(self._field)


class _FieldBox(QWidget):
    """A field and its message; on first show the form row's label names the field (see accessible.py)."""

    _named = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._named and self.parentWidget() is not None:
            self._named = True
            for form in self.parentWidget().findChildren(QFormLayout):
                if form.indexOf(self) >= 0:
                    name_form_fields(form)
        super().showEvent(event)


def with_error(field: QWidget, error: FieldErrorLabel) -> QWidget:
    """The field with its (usually hidden) red message right under it."""
    box = _FieldBox()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error)
    return box
