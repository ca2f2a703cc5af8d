"""One dialog per step of the meldcode track, and the readers dialog, through the meldcode service. A
correction opens the same dialog filled with the entry it corrects. The rules (the decision follows
the weighing, dates not in the future) are the service's: its messages appear under the fields."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.meldcode import QUESTIONS, conclusion
from app.queries.meldcode import EntryDTO
from app.services.meldcode import TrackView
from app.services.meldcode_inputs import StepInput
from models.enums import MeldcodeConclusion, MeldcodeDecision
from ui.labels.case import label
from ui.qt_models.meldcode_models import step_name
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.enum_combo import current_enum, enum_combo, select_enum
from ui.widgets.form_dialog import FormDialog
from ui.widgets.heading import muted

Save = Callable[[StepInput], TrackView]


def _note(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(72)
    return edit


def _yes_no() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("StepDialog", "Yes"), True)
    combo.addItem(QCoreApplication.translate("StepDialog", "No"), False)
    combo.setPlaceholderText(QCoreApplication.translate("StepDialog", "Choose"))
    combo.setCurrentIndex(-1)
    return combo


class StepDialog(FormDialog):
    """The common part: the step's date, and ``corrects`` (the entry this one corrects, shown filled in)."""

    STEP = 0

    def __init__(self, today: date, save: Save, parent: QWidget | None, *, runner: TaskRunner, intro: str,
                 corrects: EntryDTO | None = None):
        title = step_name(self.STEP)
        if corrects is not None:
            title = self.tr("Correct: {step}").format(step=title)
        super().__init__(title, runner, intro=intro, parent=parent)
        self._save, self._corrects = save, corrects
        self.on_date_edit = DateLineEdit(corrects.on_date if corrects else today, today=today)
        self.add_field(self.tr("Date"), "on_date", self.on_date_edit)

    def step_input(self, **values) -> StepInput:
        return StepInput(self.STEP, self.on_date_edit.date(), corrects_id=self._corrects.id if self._corrects else None,
                         **values)

    def command(self) -> Callable[[], TrackView]:
        return partial(self._save, self.values())


class SignalsDialog(StepDialog):
    STEP = 1

    def __init__(self, today: date, save: Save, parent: QWidget | None = None, *, runner: TaskRunner,
                 corrects: EntryDTO | None = None):
        super().__init__(today, save, parent, runner=runner, corrects=corrects, intro=self.tr(
            "Map the signals of domestic violence or child abuse: what was seen or heard, by whom, when."))
        self.note_edit = _note(self.tr("the signals, as factual as possible"))
        self.add_field(self.tr("Signals"), "note", self.note_edit)
        if corrects is not None:
            self.note_edit.setPlainText(corrects.note or "")
        self.note_edit.setFocus()

    def values(self) -> StepInput:
        return self.step_input(note=self.note_edit.toPlainText())


class ConsultDialog(StepDialog):
    STEP = 2

    def __init__(self, today: date, save: Save, parent: QWidget | None = None, *, runner: TaskRunner,
                 corrects: EntryDTO | None = None):
        super().__init__(today, save, parent, runner=runner, corrects=corrects, intro=self.tr(
            "Consult a colleague and ask Veilig Thuis for advice (the date is the consultation's)."))
        self.colleague_edit = QLineEdit()
        self.advice_on_edit = DateLineEdit(today, today=today)
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("who at Veilig Thuis"))
        self.advice_edit = _note(self.tr("the advice of Veilig Thuis"))
        self.add_field(self.tr("Colleague consulted"), "colleague", self.colleague_edit)
        self.add_field(self.tr("Veilig Thuis asked on"), "advice_on", self.advice_on_edit)
        self.add_field(self.tr("Contact"), "contact", self.contact_edit)
        self.add_field(self.tr("Advice"), "advice", self.advice_edit)
        if corrects is not None:
            self.colleague_edit.setText(corrects.colleague or "")
            self.advice_on_edit.set_date(corrects.advice_on)
            self.contact_edit.setText(corrects.contact or "")
            self.advice_edit.setPlainText(corrects.advice or "")
        self.colleague_edit.setFocus()

    def values(self) -> StepInput:
        return self.step_input(colleague=self.colleague_edit.text(), advice_on=self.advice_on_edit.date(),
                               contact=self.contact_edit.text(), advice=self.advice_edit.toPlainText())


class ConversationDialog(StepDialog):
    STEP = 3

    def __init__(self, today: date, save: Save, parent: QWidget | None = None, *, runner: TaskRunner,
                 corrects: EntryDTO | None = None):
        super().__init__(today, save, parent, runner=runner, corrects=corrects, intro=self.tr(
            "The conversation with the person(s) concerned about the signals - or why it was not held "
            "(e.g. it would endanger someone's safety)."))
        self.held_combo = _yes_no()
        self.note_edit = _note(self.tr("what was discussed, or why the conversation was not held"))
        self.add_field(self.tr("Conversation held"), "held", self.held_combo)
        self.add_field(self.tr("Notes"), "note", self.note_edit)
        if corrects is not None:
            self.held_combo.setCurrentIndex(self.held_combo.findData(corrects.held))
            self.note_edit.setPlainText(corrects.note or "")
        self.held_combo.setFocus()

    def values(self) -> StepInput:
        return self.step_input(held=self.held_combo.currentData(), note=self.note_edit.toPlainText())


class WeighingDialog(StepDialog):
    """The five questions of the assessment framework as yes/no; the conclusion shows as they are answered."""

    STEP = 4

    def __init__(self, today: date, save: Save, parent: QWidget | None = None, *, runner: TaskRunner,
                 corrects: EntryDTO | None = None):
        super().__init__(today, save, parent, runner=runner, corrects=corrects, intro=self.tr(
            "Weigh with the assessment framework. Report whenever there is acute or structural unsafety, or "
            "when help cannot be given, is not accepted or does not lead to lasting safety."))
        self.question_combos = []
        for n, source in enumerate(QUESTIONS):
            question = QCoreApplication.translate("Meldcode", source)
            combo = _yes_no()
            combo.setAccessibleName(question)
            combo.currentIndexChanged.connect(self._on_answer_changed)
            self.question_combos.append(combo)
            self.form.addRow(QLabel(question))
            if n == len(QUESTIONS) - 1:
                self.add_field("", "answers", combo)
            else:
                self.form.addRow("", combo)
        self.conclusion_label = muted()
        self.conclusion_label.setObjectName("meldcodeConclusion")
        self.form.addRow(QLabel(self.tr("Conclusion")), self.conclusion_label)
        if corrects is not None and corrects.answers:
            for combo, answer in zip(self.question_combos, corrects.answers, strict=True):
                combo.setCurrentIndex(combo.findData(answer))
        self._on_answer_changed()
        self.question_combos[0].setFocus()

    def answers(self) -> tuple[bool | None, ...]:
        return tuple(c.currentData() for c in self.question_combos)

    def current_conclusion(self) -> MeldcodeConclusion | None:
        answers = self.answers()
        if answers[0] is False:
            return MeldcodeConclusion.NO_REPORT_NEEDED
        return conclusion(*answers) if None not in answers else None

    def _on_answer_changed(self, *_args) -> None:
        found = self.current_conclusion()
        self.conclusion_label.setText(label(found) if found else self.tr("Answer all five questions."))

    def values(self) -> StepInput:
        answers = self.answers()
        if answers[0] is False:  # no suspicion: the other questions do not matter
            answers = tuple(a if a is not None else False for a in answers)
        return self.step_input(answers=answers)


class DecisionDialog(StepDialog):
    STEP = 5

    def __init__(self, today: date, weighed: MeldcodeConclusion | None, save: Save, parent: QWidget | None = None,
                 *, runner: TaskRunner, corrects: EntryDTO | None = None):
        intro = self.tr("The weighing concluded: {conclusion}. The decision follows from it; recording it closes "
                        "the track.").format(conclusion=label(weighed) if weighed else self.tr("not weighed yet"))
        super().__init__(today, save, parent, runner=runner, corrects=corrects, intro=intro)
        self.decision_combo = enum_combo(MeldcodeDecision)
        self.decision_combo.setPlaceholderText(self.tr("Choose the decision"))
        self.decision_combo.setCurrentIndex(-1)
        self.report_on_edit = DateLineEdit(today=today)
        self.report_on_edit.setPlaceholderText(self.tr("dd-mm-yyyy, when reported"))
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("Veilig Thuis's reference"))
        self.add_field(self.tr("Decision"), "decision", self.decision_combo)
        self.add_field(self.tr("Reported on"), "report_on", self.report_on_edit)
        self.add_field(self.tr("Reference"), "reference", self.reference_edit)
        if corrects is not None:
            select_enum(self.decision_combo, corrects.decision)
            self.report_on_edit.set_date(corrects.report_on)
            self.reference_edit.setText(corrects.reference or "")
        self.decision_combo.setFocus()

    def values(self) -> StepInput:
        return self.step_input(decision=current_enum(self.decision_combo, MeldcodeDecision),
                               report_on=self.report_on_edit.date(), reference=self.reference_edit.text() or None)


DIALOGS = {1: SignalsDialog, 2: ConsultDialog, 3: ConversationDialog, 4: WeighingDialog}


class ReadersDialog(FormDialog):
    """Adds a colleague of the team to those who may read the steps (the director or a supervisor)."""

    def __init__(self, view: TrackView, colleagues: list[tuple[int, str]], add: Callable[[int | None], TrackView],
                 parent: QWidget | None = None, *, runner: TaskRunner):
        readers = ", ".join(r.name for r in view.readers) or self.tr("none yet")
        super().__init__(self.tr("Who may read the meldcode steps"), runner, intro=self.tr(
            "Besides the case's director and the team's supervisors, only the colleagues added here see the "
            "steps; the rest of the team sees only that a track is open. Added so far: {readers}.").format(
            readers=readers), parent=parent)
        self._add = add
        self.worker_combo = QComboBox()
        self.worker_combo.setPlaceholderText(self.tr("Choose a colleague"))
        for worker_id, name in colleagues:
            self.worker_combo.addItem(name, worker_id)
        self.worker_combo.setCurrentIndex(-1)
        self.add_field(self.tr("Colleague"), "worker", self.worker_combo)
        self.ok_button.setText(self.tr("Add"))
        self.worker_combo.setFocus()

    def command(self) -> Callable[[], TrackView]:
        return partial(self._add, self.worker_combo.currentData())
