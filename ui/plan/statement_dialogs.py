"""The family-group plan offer (Jeugdwet 4.1.2), a family member's own statement and a correction on their
request (Jeugdwet 7.3.8, AVG 16): three form dialogs over the statement service.

A statement and a correction are about a *part* of the file: a plan text, a goal, a journal entry, an
evaluation. The caller lists the parts the user may choose from (the plan tab: the plan's texts and goals;
the journal: the selected entry).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from app.queries.case_view import MemberDTO
from app.queries.statements import FamilyGroupPlanOffer
from app.services.statements import CorrectionInput, FamilyGroupPlanInput, StatementInput
from models.enums import FamilyGroupPlanAnswer, StatementSubject
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.enum_combo import current_enum, enum_combo, select_enum
from ui.widgets.form_dialog import FormDialog

TEXT_HEIGHT = 96


@dataclass(frozen=True)
class Part:
    """A part of the file a statement or correction can be about, as the user knows it."""

    label: str
    subject: StatementSubject
    subject_id: int
    field: str
    text: str
    version: int  # of the record, for a correction


def _text_edit(height: int = TEXT_HEIGHT) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _member_combo(members: Sequence[MemberDTO], placeholder: str) -> QComboBox:
    combo = QComboBox()
    combo.setPlaceholderText(placeholder)
    for member in members:
        combo.addItem(member.full_name, member.id)
    combo.setCurrentIndex(-1)
    return combo


def _part_combo(parts: Sequence[Part]) -> QComboBox:
    combo = QComboBox()
    combo.setMinimumContentsLength(30)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    for n, part in enumerate(parts):
        combo.addItem(part.label, n)
    return combo


class FamilyGroupPlanDialog(FormDialog):
    """Records that a family-group plan was offered, when, and the family's answer; ``save`` takes the input."""

    def __init__(self, today: date, offer: FamilyGroupPlanOffer, save: Callable[[FamilyGroupPlanInput], object],
                 parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(self.tr("Family-group plan"), runner, intro=self.tr(
            "Before a plan is made with the team, the family is offered to make a family-group plan with its own "
            "network (Jeugdwet 4.1.2). Record when it was offered and what the family answered."), parent=parent)
        self._save = save
        self.offered_on_edit = DateLineEdit(offer.offered_on or today, today=today)
        self.answer_combo = enum_combo(FamilyGroupPlanAnswer)
        self.answer_combo.setPlaceholderText(self.tr("Choose the family's answer"))
        self.answer_combo.setCurrentIndex(-1)
        select_enum(self.answer_combo, offer.answer)
        self.note_edit = _text_edit(70)
        self.note_edit.setPlainText(offer.note or "")
        self.add_field(self.tr("Offered on"), "offered_on", self.offered_on_edit)
        self.add_field(self.tr("Answer"), "answer", self.answer_combo)
        self.add_field(self.tr("Note"), "note", self.note_edit)
        self.answer_combo.setFocus()

    def command(self) -> Callable[[], object]:
        return partial(self._save, FamilyGroupPlanInput(
            self.offered_on_edit.date(), current_enum(self.answer_combo, FamilyGroupPlanAnswer),
            self.note_edit.toPlainText() or None))


class StatementDialog(FormDialog):
    """Adds a family member's own statement about a part of the file; ``save`` takes the input."""

    def __init__(self, today: date, members: Sequence[MemberDTO], parts: Sequence[Part],
                 save: Callable[[StatementInput], object], parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(self.tr("Own statement"), runner, intro=self.tr(
            "A family member who disagrees with part of the file may have their own statement added to it "
            "(Jeugdwet 7.3.8). It is shown and printed with that part, and never changed or removed; a later "
            "statement may follow."), parent=parent)
        self._save = save
        self._parts = list(parts)
        self.person_combo = _member_combo(members, self.tr("Choose a family member"))
        self.part_combo = _part_combo(parts)
        self.stated_on_edit = DateLineEdit(today, today=today)
        self.text_edit = _text_edit()
        self.text_edit.setPlaceholderText(self.tr("In their own words"))
        self.add_field(self.tr("Statement of"), "person_id", self.person_combo)
        self.add_field(self.tr("About"), "subject_id", self.part_combo)
        self.add_error_label("field", self.part_combo)
        self.add_field(self.tr("Date"), "stated_on", self.stated_on_edit)
        self.add_field(self.tr("Statement"), "text", self.text_edit)
        self.person_combo.setFocus()

    def command(self) -> Callable[[], object]:
        part = self._parts[self.part_combo.currentIndex()] if self.part_combo.currentIndex() >= 0 else None
        return partial(self._save, StatementInput(
            self.person_combo.currentData(), part.subject if part else None, part.subject_id if part else None,
            part.field if part else None, self.text_edit.toPlainText(), self.stated_on_edit.date()))


class CorrectionDialog(FormDialog):
    """Corrects a disputed text on a family member's request; what stood there is kept with the correction."""

    def __init__(self, members: Sequence[MemberDTO], parts: Sequence[Part], save: Callable[[CorrectionInput], object],
                 parent: QWidget | None = None, *, runner: TaskRunner):
        super().__init__(self.tr("Correct a text"), runner, intro=self.tr(
            "On a family member's request a text that is not right can be corrected (AVG art. 16). What stood "
            "there before is kept with the correction, with the reason, who and when."), parent=parent)
        self._save = save
        self._parts = list(parts)
        self.person_combo = _member_combo(members, self.tr("Choose who asked for it"))
        self.part_combo = _part_combo(parts)
        self.now_edit = _text_edit(70)
        self.now_edit.setReadOnly(True)
        self.new_edit = _text_edit()
        self.reason_edit = _text_edit(60)
        self.add_field(self.tr("At the request of"), "person_id", self.person_combo)
        self.add_field(self.tr("Text"), "subject_id", self.part_combo)
        self.add_error_label("field", self.part_combo)
        self.add_field(self.tr("Now"), "old_text", self.now_edit)
        self.add_field(self.tr("Corrected text"), "new_text", self.new_edit)
        self.add_field(self.tr("Reason"), "reason", self.reason_edit)
        self.part_combo.currentIndexChanged.connect(self._on_part_combo_current_index_changed)
        self._on_part_combo_current_index_changed(self.part_combo.currentIndex())
        self.person_combo.setFocus()

    def _on_part_combo_current_index_changed(self, index: int) -> None:
        text = self._parts[index].text if 0 <= index < len(self._parts) else ""
        self.now_edit.setPlainText(text)
        self.new_edit.setPlainText(text)

    def command(self) -> Callable[[], object]:
        index = self.part_combo.currentIndex()
        part = self._parts[index] if index >= 0 else None
        return partial(self._save, CorrectionInput(
            self.person_combo.currentData(), part.subject if part else None, part.subject_id if part else None,
            part.field if part else None, self.new_edit.toPlainText(), self.reason_edit.toPlainText(),
            part.version if part else 0))
