"""The input widgets for one family member, shared by the intake's member rows and the member dialog."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.queries.case_view import MemberDTO
from app.services.families import MemberInput
from models.enums import MemberRole
from ui.widgets.enum_combo import current_enum, enum_combo, select_enum
from ui.widgets.date_edit import DateLineEdit, mark_unreadable_dates
from ui.widgets.field_error_label import FieldErrorLabel

CONTEXT = "MemberFields"

# Field names as the services report them in a ValidationError (prefixed by "members.N." at intake).
FIELD_NAMES = ("role", "first_name", "surname_prefix", "surname", "date_of_birth", "bsn", "parental_authority")
_TITLES = {
    "role": QT_TRANSLATE_NOOP("MemberFields", "Role"),
    "first_name": QT_TRANSLATE_NOOP("MemberFields", "First name"),
    "surname_prefix": QT_TRANSLATE_NOOP("MemberFields", "Prefix"),
    "surname": QT_TRANSLATE_NOOP("MemberFields", "Surname"),
    "date_of_birth": QT_TRANSLATE_NOOP("MemberFields", "Date of birth"),
    "bsn": QT_TRANSLATE_NOOP("MemberFields", "BSN"),
    "parental_authority": QT_TRANSLATE_NOOP("MemberFields", "Authority"),
}


def field_titles() -> dict[str, str]:
    """The fields' titles in the current language, by field name."""
    return {name: QCoreApplication.translate(CONTEXT, title) for name, title in _TITLES.items()}


class MemberFields:
    """Creates the widgets (not their layout); reads a MemberInput back and shows messages per field."""

    def __init__(self, today: date, role: MemberRole = MemberRole.YOUNG_PERSON, surname: str = ""):
        self.role_combo = enum_combo((MemberRole.PARENT, MemberRole.YOUNG_PERSON))
        select_enum(self.role_combo, role)
        self.first_name_edit = QLineEdit()
        self.surname_prefix_edit = QLineEdit()
        self.surname_prefix_edit.setPlaceholderText(QCoreApplication.translate("MemberFields", "e.g. van der"))
        self.surname_edit = QLineEdit(surname)
        self.date_of_birth_edit = DateLineEdit(today=today)
        self.bsn_edit = QLineEdit()
        self.bsn_edit.setPlaceholderText(QCoreApplication.translate("MemberFields", "optional"))
        self.bsn_edit.setMaxLength(11)
        self.authority_check = QCheckBox()
        self.authority_check.setToolTip(
            QCoreApplication.translate("MemberFields", "Has parental authority (gezag)"))
        self.widgets: dict[str, QWidget] = {
            "role": self.role_combo, "first_name": self.first_name_edit,
            "surname_prefix": self.surname_prefix_edit, "surname": self.surname_edit,
            "date_of_birth": self.date_of_birth_edit, "bsn": self.bsn_edit,
            "parental_authority": self.authority_check,
        }
        self.errors = {name: FieldErrorLabel(widget) for name, widget in self.widgets.items()}
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.errors[name].clear_message)

    def value(self) -> MemberInput:
        return MemberInput(
            role=current_enum(self.role_combo, MemberRole),
            first_name=self.first_name_edit.text(),
            surname=self.surname_edit.text(),
            date_of_birth=self.date_of_birth_edit.date(),
            surname_prefix=self.surname_prefix_edit.text() or None,
            bsn=self.bsn_edit.text() or None,
            parental_authority=self.authority_check.isChecked(),
        )

    def set_value(self, member: MemberDTO) -> None:
        select_enum(self.role_combo, member.role)
        self.first_name_edit.setText(member.first_name)
        self.surname_prefix_edit.setText(member.surname_prefix or "")
        self.surname_edit.setText(member.surname)
        self.date_of_birth_edit.set_date(member.date_of_birth)
        self.bsn_edit.setText(member.bsn or "")
        self.authority_check.setChecked(member.parental_authority)

    def check_dates(self) -> bool:
        """Marks a date of birth that does not read as a date; the services never see such text."""
        return mark_unreadable_dates([self.errors["date_of_birth"]])

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_message()

    def is_blank(self) -> bool:
        """Nothing typed: a row added by mistake, skipped at intake."""
        return not any(edit.text().strip() for edit in (
            self.first_name_edit, self.surname_prefix_edit, self.date_of_birth_edit, self.bsn_edit))
