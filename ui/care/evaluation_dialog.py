"""Recording an evaluation of the agreed family plan: who took part, consent, a score per goal, the decision."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from app.consent import ConsentRequirement
from app.queries.evaluations import EvaluationDTO
from app.queries.plans import PlanDTO
from app.services.evaluations import FINAL_DECISIONS, EvaluationInput
from models.enums import EvaluationDecision
from ui.care.evaluation_parts import ConsentBox, GoalScoreRows, Participant, ParticipantsList
from ui.care.forms import add_row, section, text_edit
from ui.care.sharing_box import SharingBasis
from ui.labels.care import care_combo
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import FormDialog
from ui.widgets.enum_combo import current_enum
from ui.widgets.heading import muted
from ui.widgets.screen_fit import minimum_within_screen, plain_scroll
from ui.formatting import format_date
from ui.widgets.date_edit import DateLineEdit


@dataclass(frozen=True)
class EvaluationSetup:
    """What the form needs, read before it opens."""

    plan: PlanDTO                               # the agreed plan whose goals are evaluated
    planned_date: date | None                   # the scheduled date of this evaluation
    participants: tuple[Participant, ...]
    last_scores: dict[str, tuple[date, int]]    # per goal lineage: the latest score and its date
    providers: tuple[tuple[int, str], ...] = ()  # (id, name) of the providers of running help


_TEXTS = {
    "title": QT_TRANSLATE_NOOP("EvaluationDialog", "Record an evaluation"),
    "intro": QT_TRANSLATE_NOOP("EvaluationDialog", "Looking back together on the agreed plan (version {version}, "
                                                   "agreed {date}): are the goals being reached, and what happens "
                                                   "next?"),
}


def _text(key: str) -> str:
    return QCoreApplication.translate("EvaluationDialog", _TEXTS[key])


class EvaluationDialog(FormDialog):
    """``record(EvaluationInput)`` is the service call; ``consent_for(day)`` says who must consent that day."""

    def __init__(self, setup: EvaluationSetup, consent_for: Callable[[date], ConsentRequirement],
                 record: Callable[[EvaluationInput],
                                  EvaluationDTO], *, today: date, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(_text("title"), runner, intro=_text("intro").format(
            version=setup.plan.version_no, date=format_date(setup.plan.agreed_on)), parent=parent)
        minimum_within_screen(self, 1120)
        self._setup = setup
        self._consent_for = consent_for
        self._record = record
        self._consent_day: date | None = None
        self._next_touched = False
        interval = setup.plan.evaluation_interval_weeks

        left, right = QVBoxLayout(), QVBoxLayout()
        for column in (left, right):
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(6)
        form = section(self.tr("The evaluation"), left)
        self.held_edit = DateLineEdit(today, today=today)
        self.planned_edit = DateLineEdit(setup.planned_date, today=today)
        add_row(self, form, self.tr("Held on"), "held_on", self.held_edit)
        add_row(self, form, self.tr("Planned for"), "planned_date", self.planned_edit)
        left.addSpacing(12)
        form = section(self.tr("Who took part"), left)
        self.participants = ParticipantsList(setup.participants)
        add_row(self, form, self.tr("Present"), "participants", self.participants)
        left.addSpacing(12)
        form = section(self.tr("Consent"), left, self.tr(
            "The team takes part and shares information only with consent. Who decides depends on age."))
        self.consent = ConsentBox()
        self.consent_note_edit = QLineEdit()
        self.consent_note_edit.setPlaceholderText(self.tr("e.g. given orally by Zoë and her mother"))
        add_row(self, form, self.tr("Who decides"), "consent_given", self.consent)
        add_row(self, form, self.tr("Explanation"), "consent_note", self.consent_note_edit)
        left.addSpacing(12)
        form = section(self.tr("A provider's evaluation"), left, self.tr(
            "Did the team take part in an evaluation held by a provider? Then the family's data is shared with "
            "that provider: that needs consent, or a legal ground."))
        self.provider_combo = QComboBox()
        self.provider_combo.setObjectName("evaluationProvider")
        self.provider_combo.addItem(self.tr("No, the team's own evaluation"), None)
        for provider_id, name in setup.providers:
            self.provider_combo.addItem(name, provider_id)
        add_row(self, form, self.tr("Held by"), "provider_id", self.provider_combo)
        self.sharing = SharingBasis(self, form)
        self.sharing.set_enabled(False)
        self.provider_combo.currentIndexChanged.connect(self._on_provider_combo_current_index_changed)
        left.addStretch(1)

        right.addWidget(self._goals_section(setup))
        right.addSpacing(12)
        form = section(self.tr("Conclusion and decision"), right)
        self.conclusion_edit = text_edit(self.tr("What did we see together, in the family's words where possible?"), 4)
        self.decision_combo = care_combo(EvaluationDecision, self.tr("Choose a decision"))
        self.next_edit = DateLineEdit(today=today)
        self.next_hint = muted()
        self.next_hint.setObjectName("nextHint")
        next_box = QWidget()
        next_row = QHBoxLayout(next_box)
        next_row.setContentsMargins(0, 0, 0, 0)
        next_row.addWidget(self.next_edit)
        next_row.addWidget(self.next_hint, 1)
        add_row(self, form, self.tr("Conclusion"), "conclusion", self.conclusion_edit)
        add_row(self, form, self.tr("Decision"), "decision", self.decision_combo)
        add_row(self, form, self.tr("Next evaluation"), "next_date", next_box)
        right.addStretch(1)
        self._interval = interval

        columns = QWidget()
        row = QHBoxLayout(columns)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(28)
        row.addLayout(left, 4)
        row.addLayout(right, 6)
        self.form.addRow(columns)

        self.held_edit.editingFinished.connect(self._on_held_edit_editing_finished)
        self.next_edit.textEdited.connect(self._on_next_edit_text_edited)
        self.decision_combo.currentIndexChanged.connect(self._on_decision_combo_current_index_changed)
        self._update_consent()
        self._suggest_next()

    def _goals_section(self, setup: EvaluationSetup) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        form = section(self.tr("Goals"), column, self.tr(
            "Score each goal on the scaling question (0-10, 10 = reached) and say how it stands."))
        self.goal_rows = GoalScoreRows(setup.plan.goals, setup.last_scores, self.field_errors)
        scroll: QScrollArea = plain_scroll(self.goal_rows)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = max(min(len(setup.plan.goals), 4), 1)
        scroll.setMinimumHeight(min(self.goal_rows.sizeHint().height() + 8, 70 * rows + 30))
        form.addRow(scroll)
        if not setup.plan.goals:
            form.addRow(muted(self.tr("The agreed plan has no goals.")))
        return box

    # -- reading ---------------------------------------------------------------------------------

    def decision(self) -> EvaluationDecision | None:
        return current_enum(self.decision_combo, EvaluationDecision)

    def values(self) -> EvaluationInput:
        return EvaluationInput(
            held_on=self.held_edit.date(), decision=self.decision(), participants=self.participants.names(),
            goals=self.goal_rows.values(), conclusion=self.conclusion_edit.toPlainText(),
            consent_given=self.consent.given(), consent_note=self.consent_note_edit.text() or None,
            planned_date=self.planned_edit.date(), next_date=self.next_edit.date(),
            provider_id=self.provider_combo.currentData(), sharing=self.sharing.choice())

    def command(self) -> Callable[[], EvaluationDTO]:
        return partial(self._record, self.values())

    # -- keeping the form in step ----------------------------------------------------------------

    def _update_consent(self) -> None:
        day = self.held_edit.date() or self._consent_day
        if day is None or day == self._consent_day:
            return
        self._consent_day = day
        self.consent.show_requirement(self._consent_for(day))

    def _suggest_next(self) -> None:
        final = self.decision() in FINAL_DECISIONS
        held = self.held_edit.date()
        if final:
            self.next_hint.setText(self.tr("After this decision no evaluation is planned, unless you give a date."))
        else:
            self.next_hint.setText(self.tr("{weeks} weeks after this one (the plan's interval)").format(
                weeks=self._interval))
        if self._next_touched:
            return
        self.next_edit.set_date(None if final or held is None else held + timedelta(weeks=self._interval))

    def _on_provider_combo_current_index_changed(self, _index: int) -> None:
        self.sharing.set_enabled(self.provider_combo.currentData() is not None)

    def _on_held_edit_editing_finished(self) -> None:
        self._update_consent()
        self._suggest_next()

    def _on_next_edit_text_edited(self, _text: str) -> None:
        self._next_touched = True

    def _on_decision_combo_current_index_changed(self, _index: int) -> None:
        self._suggest_next()
