"""Recording a consent about one family member (Jeugdwet 7.3.4 / 7.3.5), through the consent service.

Who gives the consent is not typed: the service derives it from the person's age and the recorded
parental authority on the day it was given; the dialog says so.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.queries.case_view import MemberDTO
from app.queries.consents import ConsentDTO
from app.services.consents import ConsentInput
from models.enums import ConsentForm, ConsentScope
from ui.labels.care import label
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.enum_combo import current_enum, enum_combo, select_enum
from ui.widgets.form_dialog import FormDialog


class ConsentDialog(FormDialog):
    """``save`` is the service call taking the typed ConsentInput (the family is bound in it)."""

    def __init__(self, today: date, members: list[MemberDTO], save: Callable[[ConsentInput], ConsentDTO],
                 parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(self.tr("Record consent"), runner, intro=self.tr(
            "Who gives the consent follows from the person's age on the day it was given: under 12 the "
            "parents with authority, 12 to 15 the young person and those parents, from 16 the young person "
            "alone."), parent=parent)
        self._save = save
        self.person_combo = QComboBox()
        self.person_combo.setPlaceholderText(self.tr("Choose a family member"))
        for member in members:
            self.person_combo.addItem(member.full_name, member.id)
        self.person_combo.setCurrentIndex(-1)
        self.scope_combo = enum_combo(ConsentScope)
        self.scope_combo.setPlaceholderText(self.tr("Choose what it covers"))
        self.scope_combo.setCurrentIndex(-1)
        self.party_edit = QLineEdit()
        self.party_edit.setPlaceholderText(self.tr("e.g. the school's or the provider's name"))
        self.form_combo = enum_combo(ConsentForm)
        select_enum(self.form_combo, ConsentForm.WRITTEN)
        self.given_on_edit = DateLineEdit(today, today=today)
        self.valid_until_edit = DateLineEdit(today=today)
        self.valid_until_edit.setPlaceholderText(self.tr("dd-mm-yyyy, when agreed"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(70)
        self.note_edit.setTabChangesFocus(True)
        self.add_field(self.tr("About"), "person_id", self.person_combo)
        self.add_field(self.tr("Covers"), "scope", self.scope_combo)
        self.add_field(self.tr("Party"), "party", self.party_edit)
        self.add_field(self.tr("How"), "form", self.form_combo)
        self.add_field(self.tr("Given on"), "given_on", self.given_on_edit)
        self.add_field(self.tr("Valid until"), "valid_until", self.valid_until_edit)
        self.add_field(self.tr("Note"), "note", self.note_edit)
        self.person_combo.setFocus()

    def command(self) -> Callable[[], ConsentDTO]:
        return partial(self._save, ConsentInput(
            person_id=self.person_combo.currentData(), scope=current_enum(self.scope_combo, ConsentScope),
            given_on=self.given_on_edit.date(), form=current_enum(self.form_combo, ConsentForm) or ConsentForm.ORAL,
            party=self.party_edit.text() or None, valid_until=self.valid_until_edit.date(),
            note=self.note_edit.toPlainText() or None))


def scope_text(consent: ConsentDTO) -> str:
    """What the consent covers, with its party: "Share with the school: OBS De Regenboog"."""
    return f"{label(consent.scope)}: {consent.party}" if consent.party else label(consent.scope)
