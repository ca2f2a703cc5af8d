"""Asking for an extension (verlenging) of help, and a supervisor's decision on one that awaits approval."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QRadioButton, QWidget

from app.queries.extensions import ExtensionDTO
from app.queries.involvements import InvolvementDTO
from app.services.extensions import ExtensionInput
from models.enums import ExtensionReason
from ui.care.forms import text_edit
from ui.formatting import format_date
from ui.labels.care import care_combo, care_label
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.enum_combo import current_enum
from ui.widgets.form_dialog import FormDialog

_TEXTS = {
    "extension": QT_TRANSLATE_NOOP("InvolvementSteps", "Extend help"),
    "now": QT_TRANSLATE_NOOP("InvolvementSteps", "Planned end now: {date}. Extended so far: {count}."),
    "agreed": QT_TRANSLATE_NOOP("InvolvementSteps", "Agreed about extensions: {policy}"),
    "approval": QT_TRANSLATE_NOOP("InvolvementSteps", "A supervisor of the team approves an extension before it "
                                                      "takes effect."),
    "decide": QT_TRANSLATE_NOOP("InvolvementSteps", "Decide on an extension"),
    "request": QT_TRANSLATE_NOOP("InvolvementSteps", "{asker} asks to extend the help of {provider} (extension "
                                                     "{number}) from {previous} to {new}.\nReason: {reason}. "
                                                     "{note}\n{ground}"),
    "on_evaluation": QT_TRANSLATE_NOOP("InvolvementSteps", "Rests on the evaluation of {date}."),
    "no_evaluation": QT_TRANSLATE_NOOP("InvolvementSteps", "No evaluation: {why}"),
}


def _text(key: str, **params: object) -> str:
    return QCoreApplication.translate("InvolvementSteps", _TEXTS[key]).format(**params)


class ExtensionDialog(FormDialog):
    """Asks for a later planned end: why (a reason from the list and a note), the evaluation it rests on or why
    there is none. ``evaluations``: (id, held on) of the case's evaluations, latest first; ``extend`` the service
    call; ``approval``: the team needs a supervisor's approval (said in the introduction)."""

    def __init__(self, inv: InvolvementDTO, evaluations: Sequence[tuple[int, date]],
                 extend: Callable[[ExtensionInput], ExtensionDTO], *, today: date, runner: TaskRunner,
                 approval: bool = False, parent: QWidget | None = None):
        lines = [_text("now", date=format_date(inv.planned_end) or "–", count=inv.extensions)]
        if inv.extension_policy:
            lines.append(_text("agreed", policy=inv.extension_policy))
        if approval:
            lines.append(_text("approval"))
        super().__init__(_text("extension"), runner, intro="\n".join(lines), parent=parent)
        self._extend = extend
        self.new_end_edit = DateLineEdit(today=today)
        self.reason_combo = care_combo(ExtensionReason, self.tr("Choose why"))
        self.note_edit = text_edit(self.tr("What is needed still, and what was agreed with the family?"), 3)
        self.evaluation_combo = QComboBox()
        self.evaluation_combo.addItem(self.tr("No evaluation"), None)
        for evaluation_id, held_on in evaluations:
            self.evaluation_combo.addItem(self.tr("Evaluation of {date}").format(date=format_date(held_on)),
                                          evaluation_id)
        if evaluations:
            self.evaluation_combo.setCurrentIndex(1)
        self.why_edit = text_edit(self.tr("Why is there no evaluation to rest on?"), 2)
        self.add_field(self.tr("New planned end"), "new_end", self.new_end_edit)
        self.add_field(self.tr("Reason"), "reason", self.reason_combo)
        self.add_field(self.tr("Explanation"), "note", self.note_edit)
        self.add_field(self.tr("Rests on"), "evaluation_id", self.evaluation_combo)
        self.add_field(self.tr("Why no evaluation"), "no_evaluation_reason", self.why_edit)
        self.evaluation_combo.currentIndexChanged.connect(self._on_evaluation_combo_current_index_changed)
        self._on_evaluation_combo_current_index_changed()
        self.ok_button.setText(self.tr("Ask for approval") if approval else self.tr("Extend"))
        self.new_end_edit.setFocus()

    def _on_evaluation_combo_current_index_changed(self, *_args) -> None:
        without = self.evaluation_combo.currentData() is None
        self.why_edit.setEnabled(without)
        self.why_edit.setPlaceholderText(self.tr("Why is there no evaluation to rest on?") if without else
                                         self.tr("Not needed: the extension rests on the evaluation chosen."))

    def value(self) -> ExtensionInput:
        evaluation = self.evaluation_combo.currentData()
        return ExtensionInput(self.new_end_edit.date(), current_enum(self.reason_combo, ExtensionReason),
                              self.note_edit.toPlainText(), evaluation,
                              None if evaluation is not None else self.why_edit.toPlainText())

    def command(self) -> Callable[[], ExtensionDTO]:
        return partial(self._extend, self.value())


class DecideExtensionDialog(FormDialog):
    """A supervisor approves an extension (it takes effect) or refuses it (a note says why)."""

    def __init__(self, ext: ExtensionDTO, decide: Callable[[bool, str], ExtensionDTO], *, runner: TaskRunner,
                 parent: QWidget | None = None):
        ground = (_text("on_evaluation", date=format_date(ext.evaluation_held_on)) if ext.evaluation_id
                  else _text("no_evaluation", why=ext.no_evaluation_reason or ""))
        intro = _text("request", asker=ext.requested_by, provider=ext.provider_name, number=ext.number,
                      previous=format_date(ext.previous_end) or "–", new=format_date(ext.new_end),
                      reason=care_label(ext.reason), note=ext.note, ground=ground)
        super().__init__(_text("decide"), runner, intro=intro, parent=parent)
        self._decide = decide
        self.approve_radio = QRadioButton(self.tr("Approve"))
        self.refuse_radio = QRadioButton(self.tr("Refuse"))
        self.approve_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.approve_radio)
        group.addButton(self.refuse_radio)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.approve_radio)
        row.addWidget(self.refuse_radio)
        row.addStretch(1)
        self.note_edit = text_edit(self.tr("Required when you refuse: why, and what happens now?"), 3)
        self.add_field(self.tr("Decision"), "status", choice)
        self.add_field(self.tr("Note"), "decision_note", self.note_edit)
        self.ok_button.setText(self.tr("Save decision"))

    def command(self) -> Callable[[], ExtensionDTO]:
        return partial(self._decide, self.approve_radio.isChecked(), self.note_edit.toPlainText())
