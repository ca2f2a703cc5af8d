"""Date inputs the Dutch way (dd-mm-jjjj, with a calendar), including one that may stay empty."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

DATE_FORMAT = "dd-MM-yyyy"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def make_date_edit(value: date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(value), parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be left open: a check box switches the date on or off.

    ``date()`` is None while the box is unchecked; checking it starts from ``suggestion``.
    """

    changed = Signal()

    def __init__(self, suggestion: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.enabled_check = QCheckBox()
        self.enabled_check.setToolTip(self.tr("Set a date"))
        self.date_edit = make_date_edit(suggestion)
        self.date_edit.setEnabled(False)
        self.date_edit.setMinimumWidth(130)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.enabled_check)
        layout.addWidget(self.date_edit)
        layout.addStretch(1)
        self.setFocusProxy(self.enabled_check)
        self.enabled_check.toggled.connect(self._on_enabled_check_toggled)
        self.date_edit.dateChanged.connect(self.changed)

    def date(self) -> date | None:
        return self.date_edit.date().toPython() if self.enabled_check.isChecked() else None

    def set_date(self, value: date | None) -> None:
        if value is not None:
            self.date_edit.setDate(to_qdate(value))
        self.enabled_check.setChecked(value is not None)

    def _on_enabled_check_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        if checked:
            self.date_edit.setFocus()
        self.changed.emit()
