"""The intake's family members: one row per member in a grid, each field with its message under it."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QWidget

from app.services.families import MemberInput
from models.enums import MemberRole
from ui.case.member_fields import FIELD_NAMES, MemberFields, field_titles
from ui.widgets.accessible import name_grid_fields
from ui.widgets.field_error_label import FieldErrorLabel

# Relative widths of the columns: names get the room, the checkbox and prefix little.
_STRETCH = {"role": 3, "first_name": 4, "surname_prefix": 2, "surname": 4, "date_of_birth": 3, "bsn": 3,
            "parental_authority": 0}


class MemberRow:
    """One member's fields plus the button that removes the row."""

    def __init__(self, fields: MemberFields, remove_button: QToolButton):
        self.fields = fields
        self.remove_button = remove_button


class MembersEditor(QWidget):
    """Add and remove members; ``members()`` reads them back, ``show_errors`` puts messages at the cells."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self.rows: list[MemberRow] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self._headers = []
        titles = field_titles()
        for column, name in enumerate(FIELD_NAMES):
            header = QLabel(titles[name])
            header.setObjectName("columnHeading")
            self._headers.append(header)
            self._grid.addWidget(header, 0, column)
            self._grid.setColumnStretch(column, _STRETCH[name])
        self._grid.setColumnMinimumWidth(FIELD_NAMES.index("date_of_birth"), 110)

    def add_member(self, role: MemberRole = MemberRole.YOUNG_PERSON) -> MemberRow:
        """A new row; its surname starts as the previous row's, since families mostly share one."""
        surname = self.rows[-1].fields.surname_edit.text() if self.rows else ""
        remove = QToolButton()
        remove.setText("×")
        remove.setObjectName("removeMemberButton")
        remove.setToolTip(self.tr("Remove this member"))
        row = MemberRow(MemberFields(self._today, role, surname), remove)
        remove.clicked.connect(lambda: self.remove_member(row))
        self.rows.append(row)
        self._relayout()
        self.changed.emit()
        return row

    def remove_member(self, row: MemberRow) -> None:
        self.rows.remove(row)
        for widget in (*row.fields.widgets.values(), *row.fields.errors.values(), row.remove_button):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()
        self.changed.emit()

    def members(self) -> list[tuple[MemberRow, MemberInput]]:
        """The rows someone typed in, with what they say; blank rows are left out."""
        return [(row, row.fields.value()) for row in self.rows if not row.fields.is_blank()]

    def check_dates(self) -> bool:
        return all([row.fields.check_dates() for row in self.rows if not row.fields.is_blank()])

    def clear_errors(self) -> None:
        for row in self.rows:
            row.fields.clear_errors()

    def show_errors(self, row: MemberRow, messages: dict[str, str]) -> dict[str, str]:
        """Shows ``field -> message`` at the row's cells; returns the messages no cell was found for."""
        unplaced = {}
        for name, text in messages.items():
            if name in row.fields.errors:
                row.fields.errors[name].show_message(text)
                row.fields.widgets[name].setToolTip(text)
            else:
                unplaced[name] = text
        self._place_errors(row, self.rows.index(row))
        return unplaced

    def _place_errors(self, row: MemberRow, index: int) -> None:
        """Each message starts under its field and may use the room up to the next message in the row."""
        error_row = 2 + 2 * index
        shown = [column for column, name in enumerate(FIELD_NAMES) if row.fields.errors[name].text()]
        for column, name in enumerate(FIELD_NAMES):
            error = row.fields.errors[name]
            later = [c for c in shown if c > column]
            span = (later[0] if later else len(FIELD_NAMES) + 1) - column if column in shown else 1
            self._grid.removeWidget(error)
            self._grid.addWidget(error, error_row, column, 1, span, Qt.AlignmentFlag.AlignTop)

    def _relayout(self) -> None:
        """Puts every row (fields, then their messages) back in order after an add or remove."""
        for row in self.rows:
            for widget in (*row.fields.widgets.values(), *row.fields.errors.values(), row.remove_button):
                self._grid.removeWidget(widget)
        previous: QWidget | None = None
        for index, row in enumerate(self.rows):
            field_row = 1 + 2 * index
            for column, name in enumerate(FIELD_NAMES):
                widget = row.fields.widgets[name]
                alignment = Qt.AlignmentFlag.AlignCenter if name == "parental_authority" else Qt.AlignmentFlag(0)
                self._grid.addWidget(widget, field_row, column, alignment)
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
            self._grid.addWidget(row.remove_button, field_row, len(FIELD_NAMES))
            QWidget.setTabOrder(previous, row.remove_button)
            previous = row.remove_button
            row.remove_button.setEnabled(len(self.rows) > 1)
            self._place_errors(row, index)
        name_grid_fields(self._grid)

    @property
    def error_labels(self) -> list[FieldErrorLabel]:
        return [error for row in self.rows for error in row.fields.errors.values()]
