"""The one date field of the app: typed the Dutch way or picked from a calendar, shown as dd-mm-jjjj.

A worker types ``15-03-2027``, ``15-3-27``, ``15032027`` or ``15 3 2027``; it is read day first by
:func:`app.validation.parse_date` (the same reading as everywhere else). Text that is no date is never
turned into some other date: ``date()`` is then None and ``is_acceptable()`` False, so the form says so at
the field (:func:`mark_unreadable_dates`) and keeps what was typed.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QCheckBox, QHBoxLayout, QLineEdit, QWidget

from app.validation import YEARS, parse_date
from ui.formatting import format_date
from ui.icons import icon
from ui.widgets.field_error_label import FieldErrorLabel

CALENDAR_SIZE = QSize(280, 200)  # days large enough to hit with a mouse


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DateLineEdit(QLineEdit):
    """Empty or a day-first date, with a calendar button at its end.

    ``dateChanged(date | None)`` fires whenever the value read from the field changes (typed, picked or set).
    """

    dateChanged = Signal(object)  # noqa: N815 - Qt's naming, as QDateEdit.dateChanged

    def __init__(self, value: date | None = None, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self._today = today
        self._last: date | None = None
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setMaxLength(10)
        self.calendar_action = self.addAction(icon("calendar"), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Choose from the calendar"))
        self.calendar_action.triggered.connect(self.show_calendar)
        for part in self.calendar_action.associatedObjects():  # Qt's icon button: sized by the line edit
            if isinstance(part, QWidget):
                part.setObjectName("qt_calendar_button")
                part.setAccessibleName(self.calendar_action.toolTip())
        self.calendar: QCalendarWidget | None = None
        self.set_date(value)
        self.textChanged.connect(self._on_self_text_changed)
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

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt's name
        super().setReadOnly(read_only)
        self.calendar_action.setVisible(not read_only)

    def show_calendar(self) -> None:
        """The calendar as a popup under the field, on the typed date (or today); a click takes the day."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setObjectName("dateCalendar")
            self.calendar.setGridVisible(False)
            self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self.calendar.setDateRange(QDate(YEARS[0], 1, 1), QDate(YEARS[1], 12, 31))
            self.calendar.setMinimumSize(self.calendar.sizeHint().expandedTo(CALENDAR_SIZE))
            self.calendar.clicked.connect(self._on_calendar_clicked)
            self.calendar.activated.connect(self._on_calendar_clicked)
        self.calendar.setSelectedDate(to_qdate(self.date() or self._today or date.today()))
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _on_calendar_clicked(self, day: QDate) -> None:
        self.set_date(day.toPython())
        self.calendar.hide()
        self.setFocus()
        self.editingFinished.emit()

    def _on_self_text_changed(self, _text: str) -> None:  # also after set_date: a program's change counts
        value = self.date()
        if value != self._last:
            self._last = value
            self.dateChanged.emit(value)

    def _on_self_editing_finished(self) -> None:
        value = self.date()
        if value is not None:
            self.set_date(value)


class OptionalDateEdit(QWidget):
    """A date that may be left open: a check box switches the date field on or off.

    ``date()`` is None while the box is unchecked; checking it starts from ``suggestion``.
    """

    changed = Signal()

    def __init__(self, suggestion: date, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self._suggestion = suggestion
        self.enabled_check = QCheckBox()
        self.enabled_check.setToolTip(self.tr("Set a date"))
        self.enabled_check.setAccessibleName(self.enabled_check.toolTip())
        self.date_edit = DateLineEdit(suggestion, today=today)
        self.date_edit.setEnabled(False)
        self.date_edit.setMinimumWidth(140)
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
        return self.date_edit.date() if self.enabled_check.isChecked() else None

    def set_date(self, value: date | None) -> None:
        if value is not None:
            self.date_edit.set_date(value)
        self.enabled_check.setChecked(value is not None)

    def is_acceptable(self) -> bool:
        """Open, or a date that reads (an empty field with the box checked is no date either)."""
        return not self.enabled_check.isChecked() or self.date_edit.date() is not None

    def invalid_message(self) -> str:
        return self.date_edit.invalid_message()

    def _on_enabled_check_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        if checked:
            if not self.date_edit.text().strip():
                self.date_edit.set_date(self._suggestion)
            self.date_edit.setFocus()
        self.changed.emit()


def date_input(field: QWidget) -> DateLineEdit | OptionalDateEdit | None:
    """The date field ``field`` is, or the one it holds beside other things (a date with a hint next to it)."""
    if isinstance(field, (DateLineEdit, OptionalDateEdit)):
        return field
    inner = field.findChildren(DateLineEdit)
    return inner[0] if len(inner) == 1 else None


def required_dates(labels: Iterable[FieldErrorLabel]) -> bool:
    """Like :func:`mark_unreadable_dates` for date fields that may not be empty either (a period to look
    at)."""
    missing = []
    for label in labels:
        field = label.field()
        if field.date() is None:
            label.show_message(field.invalid_message())
            missing.append(field)
        else:
            label.clear_message()
    return not missing


def mark_unreadable_dates(labels: Iterable[FieldErrorLabel]) -> bool:
    """Puts the date message under every date field among ``labels``' fields that does not read (and takes
    it away where it now reads); True if all read. Fields other than dates are left alone."""
    good = True
    for label in labels:
        field = date_input(label.field())
        if field is None:
            continue
        if field.isEnabled() and not field.is_acceptable():
            label.show_message(field.invalid_message())
            good = False
        elif label.text() == field.invalid_message():
            label.clear_message()
    return good
