""""Schaalvraag vastleggen…": one answer to the safety plan's scaling question - who answered (a family
member, a network member or the worker), the score from 0 to 10 (10 = safe enough to close the case), the
date and a short note. The rules are the service's (:meth:`app.services.safety.SafetyService.record_answer`)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from app.queries.safety import Respondent, RespondentKind, ScalingAnswerDTO
from app.services.safety import NOTE_MAX, ScalingInput
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.form_dialog import FormDialog


class ScalingDialog(FormDialog):
    """``save(ScalingInput)`` is the service call; ``respondents`` as the service offers them."""

    def __init__(self, today: date, respondents: tuple[Respondent, ...],
                 save: Callable[[ScalingInput], ScalingAnswerDTO], parent: QWidget | None = None, *,
                 runner: TaskRunner):
        super().__init__(self.tr("Record a scaling answer"), runner, intro=self.tr(
            "On a scale of 0 to 10, where 10 means everyone is confident the children are safe enough to close "
            "the case and 0 means it is certain they will be hurt again: where are we now?"), parent=parent)
        self._save = save
        self.respondent_combo = QComboBox()
        self.respondent_combo.setObjectName("respondentCombo")
        self.respondent_combo.setPlaceholderText(self.tr("Who answers?"))
        for who in respondents:
            self.respondent_combo.addItem(self.respondent_text(who), who)
        self.respondent_combo.setCurrentIndex(-1)
        self.score_spin = QSpinBox()
        self.score_spin.setObjectName("scoreSpin")
        self.score_spin.setRange(0, 10)
        self.score_spin.setValue(5)
        self.asked_on_edit = DateLineEdit(today, today=today)
        self.asked_on_edit.setObjectName("askedOnEdit")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("in their own words, briefly (optional)"))
        self.add_field(self.tr("Answered by"), "respondent", self.respondent_combo)
        self.add_field(self.tr("Score (0-10)"), "score", self.score_spin)
        self.add_field(self.tr("Date"), "asked_on", self.asked_on_edit)
        self.add_field(self.tr("Note"), "note", self.note_edit)
        self.respondent_combo.setFocus()

    def respondent_text(self, who: Respondent) -> str:
        if who.kind is RespondentKind.NETWORK:
            return self.tr("{name} (network)").format(name=who.name)
        if who.kind is RespondentKind.WORKER:
            return self.tr("{name} (the worker)").format(name=who.name)
        return who.name

    def command(self) -> Callable[[], ScalingAnswerDTO]:
        return partial(self._save, ScalingInput(self.respondent_combo.currentData(), self.score_spin.value(),
                                                self.asked_on_edit.date(), self.note_edit.text() or None))
