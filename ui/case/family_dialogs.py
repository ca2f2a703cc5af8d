"""Adding and changing a family member or a network member, through the member service."""
from __future__ import annotations

from functools import partial

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.municipalities import Municipality
from app.queries.case_view import FamilyDetail, MemberDTO, NetworkMemberDTO
from app.services.families import AddressInput, MemberInput
from app.services.members import NetworkMemberInput
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog
from ui.case.member_fields import FIELD_NAMES, MemberFields, field_titles
from ui.widgets.municipality_combo import MunicipalityCombo


class MemberDialog(FormDialog):
    """One family member; ``save`` is the service call (add or update) taking the typed MemberInput."""

    def __init__(self, today: date, save: Callable[[MemberInput], MemberDTO], member: MemberDTO | None = None,
                 parent: QWidget | None = None, *, runner: TaskRunner):
        title = self.tr("Add family member") if member is None else self.tr("Change family member")
        super().__init__(title, runner, parent=parent)
        self._save = save
        self.fields = MemberFields(today)
        if member is not None:
            self.fields.set_value(member)
        titles = field_titles()
        for name in FIELD_NAMES:
            self.add_field(titles[name], name, self.fields.widgets[name], self.fields.errors[name])
        self.fields.authority_check.setText(self.tr("Has parental authority (gezag)"))
        self.fields.first_name_edit.setFocus()

    def command(self) -> Callable[[], MemberDTO]:
        return partial(self._save, self.fields.value())


class NetworkMemberDialog(FormDialog):
    """Someone around the family who can help: name, relation, how to reach them, what they contribute."""

    def __init__(self, save: Callable[[NetworkMemberInput], NetworkMemberDTO],
                 member: NetworkMemberDTO | None = None, parent: QWidget | None = None, *, runner: TaskRunner):
        title = self.tr("Add to the network") if member is None else self.tr("Change network member")
        super().__init__(title, runner, intro=self.tr(
            "Grandparents, neighbours, a coach or a friend: who around the family can help?"), parent=parent)
        self._save = save
        self.name_edit = QLineEdit()
        self.relation_edit = QLineEdit()
        self.relation_edit.setPlaceholderText(self.tr("e.g. grandmother, neighbour, football coach"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("Phone number or e-mail"))
        self.contribution_edit = QPlainTextEdit()
        self.contribution_edit.setPlaceholderText(self.tr("e.g. picks the children up from school on Wednesdays"))
        self.contribution_edit.setFixedHeight(90)
        self.contribution_edit.setTabChangesFocus(True)
        if member is not None:
            self.name_edit.setText(member.name)
            self.relation_edit.setText(member.relation)
            self.contact_edit.setText(member.contact or "")
            self.contribution_edit.setPlainText(member.contribution or "")
        self.add_field(self.tr("Name"), "name", self.name_edit)
        self.add_field(self.tr("Relation"), "relation", self.relation_edit)
        self.add_field(self.tr("Contact"), "contact", self.contact_edit)
        self.add_field(self.tr("What they contribute"), "contribution", self.contribution_edit)
        self.name_edit.setFocus()

    def command(self) -> Callable[[], NetworkMemberDTO]:
        return partial(self._save, NetworkMemberInput(
            name=self.name_edit.text(), relation=self.relation_edit.text(),
            contact=self.contact_edit.text() or None,
            contribution=self.contribution_edit.toPlainText() or None,
        ))


class AddressDialog(FormDialog):
    """The family's address and the municipality it lives in (the team's municipalities first)."""

    def __init__(self, save: Callable[[AddressInput], FamilyDetail], family: FamilyDetail,
                 team_municipalities: list[Municipality], parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(self.tr("Change address"), runner, intro=self.tr(
            "The municipality the family lives in is printed on the plan and counts in the figures."), parent=parent)
        self._save = save
        self.street_edit = QLineEdit(family.street or "")
        self.postcode_edit = QLineEdit(family.postcode or "")
        self.postcode_edit.setMaxLength(7)
        self.city_edit = QLineEdit(family.city or "")
        self.municipality_combo = MunicipalityCombo()
        self.municipality_combo.fill(team_municipalities, family.municipality_code)
        self.add_field(self.tr("Street and number"), "street", self.street_edit)
        self.add_field(self.tr("Postcode"), "postcode", self.postcode_edit)
        self.add_field(self.tr("City"), "city", self.city_edit)
        self.add_field(self.tr("Municipality"), "municipality_code", self.municipality_combo)
        self.street_edit.setFocus()

    def command(self) -> Callable[[], FamilyDetail]:
        return partial(self._save, AddressInput(
            street=self.street_edit.text() or None, postcode=self.postcode_edit.text() or None,
            city=self.city_edit.text() or None, municipality_code=self.municipality_combo.code()))
