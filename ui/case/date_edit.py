"""A date field that is quick by keyboard: type ``1-3-2015``, ``01032015`` or ``1.3.15``; shown as dd-mm-jjjj."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from app.validation import parse_date
from ui.formatting import format_date

class DateLineEdit(QLineEdit):
    """Empty or a day-first date. ``date()`` gives the value; ``is_acceptable()`` says whether it reads."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self._today = today
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setMaxLength(10)
        self.set_date(value)
        self.editingFinished.connect(self._on_self_editing_finished)

    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value))

    def date(self) -> date | None:
        """The date typed, or None when the field is empty or does not read as a date."""
        try:
            return parse_date(self.text(), today=self._today)
        except ValueError:
            return None

    def is_acceptable(self) -> bool:
        try:
            parse_date(self.text(), today=self._today)
        except ValueError:
            return False
        return True

    def invalid_message(self) -> str:
        return self.tr("Enter the date as dd-mm-yyyy, for example 01-03-2015.")

    def _on_self_editing_finished(self) -> None:
        value = self.date()
        if value is not None:
            self.set_date(value)
