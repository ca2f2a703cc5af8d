"""The plan in the family's own words: request for help, concerns, strengths, desired future, agreements.

The editor remembers what it was loaded with (its base), so it knows whether anything is unsaved and
which fields the user changed. Loading never happens behind the user's back: the plan tab only
loads it when nothing is unsaved.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QSpinBox, QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.queries.plans import PLAN_TEXT_FIELDS
from app.services.plans import INTERVAL_WEEKS
from ui.errors import show_field_errors
from ui.plan.plan_text_merge import PlanValues, changed_values
from ui.widgets.date_edit import DateLineEdit, mark_unreadable_dates
from ui.widgets import accessible
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.field_error_label import FieldErrorLabel

CONTEXT = "PlanTextsEditor"

# field -> (title, the question it answers)
TEXT_TITLES: dict[str, tuple[str, str]] = {
    "request_for_help": (QT_TRANSLATE_NOOP("PlanTextsEditor", "Request for help (in the family's words)"),
                         QT_TRANSLATE_NOOP("PlanTextsEditor", "What does the family ask for?")),
    "concerns": (QT_TRANSLATE_NOOP("PlanTextsEditor", "Concerns"),
                 QT_TRANSLATE_NOOP("PlanTextsEditor", "What are we worried about?")),
    "strengths": (QT_TRANSLATE_NOOP("PlanTextsEditor", "Strengths"),
                  QT_TRANSLATE_NOOP("PlanTextsEditor", "What is going well?")),
    "desired_future": (QT_TRANSLATE_NOOP("PlanTextsEditor", "Desired future"),
                       QT_TRANSLATE_NOOP("PlanTextsEditor", "What does it look like when things go well?")),
    "agreements": (QT_TRANSLATE_NOOP("PlanTextsEditor", "Agreements"),
                   QT_TRANSLATE_NOOP("PlanTextsEditor", "What have we agreed on together?")),
    # the safety plan (Signs of Safety)
    "safety_worries": (QT_TRANSLATE_NOOP("PlanTextsEditor", "Safety: worries"),
                       QT_TRANSLATE_NOOP("PlanTextsEditor", "What has happened, and what could happen to the "
                                                            "children if nothing changes?")),
    "safety_working_well": (QT_TRANSLATE_NOOP("PlanTextsEditor", "Safety: working well"),
                            QT_TRANSLATE_NOOP("PlanTextsEditor", "What keeps the children safe already?")),
    "safety_next_steps": (QT_TRANSLATE_NOOP("PlanTextsEditor", "Safety: next steps"),
                          QT_TRANSLATE_NOOP("PlanTextsEditor", "What must happen so everyone can say the "
                                                               "children are safe enough?")),
}
EDITOR_LINES = 4
READ_ONLY_STYLE = "QPlainTextEdit { background: #f7f9fa; }"
# Own statements and corrections under the part they are about (Jeugdwet 7.3.8, AVG 16).
STATEMENT_STYLE = ("QLabel { background:#f3f0fa; border-left:3px solid #6b4f9e; padding:5px 8px; "
                   "color:#2f2640; }")
GOALS_NOTE = "goals"




class PlanTextsEditor(QWidget):
    """The five texts, the evaluation interval and the plan date, each with its message under it."""

    dirty_changed = Signal(bool)

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._base: PlanValues = {}
        self._dirty = False
        self._loading = False
        self.text_edits: dict[str, QPlainTextEdit] = {}
        self.errors: dict[str, FieldErrorLabel] = {}
        self.notes: dict[str, QLabel] = {}

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for name in PLAN_TEXT_FIELDS:
            title, question = TEXT_TITLES[name]
            edit = QPlainTextEdit()
            edit.setObjectName(f"{name}Edit")
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(QCoreApplication.translate(CONTEXT, question))
            accessible.name(edit, QCoreApplication.translate(CONTEXT, title), QCoreApplication.translate(CONTEXT, question))
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * EDITOR_LINES + 14)
            edit.textChanged.connect(self._on_any_field_changed)
            self.text_edits[name] = edit
            self.errors[name] = FieldErrorLabel(edit)
            column.addLayout(self._title_row(QCoreApplication.translate(CONTEXT, title),
                                             QCoreApplication.translate(CONTEXT, question)))
            column.addWidget(edit, 1)
            column.addWidget(self.errors[name])
            column.addWidget(self._note(name))
            column.addSpacing(6)

        low, high = INTERVAL_WEEKS
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("intervalSpin")
        self.interval_spin.setRange(low, high)
        self.interval_spin.setSuffix(self.tr(" weeks"))
        self.interval_spin.valueChanged.connect(self._on_any_field_changed)
        self.plan_date_edit = DateLineEdit(today, today=today)
        self.plan_date_edit.setMinimumWidth(140)
        self.plan_date_edit.setObjectName("planDateEdit")
        self.plan_date_edit.dateChanged.connect(self._on_any_field_changed)
        self.errors["evaluation_interval_weeks"] = FieldErrorLabel(self.interval_spin)
        self.errors["plan_date"] = FieldErrorLabel(self.plan_date_edit)
        schedule = QFormLayout()
        schedule.setHorizontalSpacing(12)
        schedule.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        schedule.addRow(self.tr("Evaluate every"), self._with_error(self.interval_spin, "evaluation_interval_weeks"))
        schedule.addRow(self.tr("Plan date"), self._with_error(self.plan_date_edit, "plan_date"))
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("planSeparator")
        column.addWidget(line)
        column.addLayout(schedule)
        accessible.name_form_fields(schedule)
        column.addWidget(self._note(GOALS_NOTE))

    # -- state -----------------------------------------------------------------------------------

    def load(self, values: PlanValues) -> None:
        """Shows ``values`` and takes them as the saved state (nothing unsaved afterwards)."""
        self._base = dict(values)
        self.show_values(values)
        self.clear_errors()

    def show_values(self, values: PlanValues) -> None:
        """Puts ``values`` in the editors; what counts as saved stays as it is."""
        self._loading = True
        try:
            for name in PLAN_TEXT_FIELDS:
                if self.text_edits[name].toPlainText() != values[name]:
                    self.text_edits[name].setPlainText(values[name])
            self.interval_spin.setValue(values["evaluation_interval_weeks"])
            self.plan_date_edit.set_date(values["plan_date"])
        finally:
            self._loading = False
        self._update_dirty()

    def rebase(self, base: PlanValues) -> None:
        """Takes ``base`` as the saved state while keeping what the editors hold."""
        self._base = dict(base)
        self._update_dirty()

    def values(self) -> PlanValues:
        out: PlanValues = {name: self.text_edits[name].toPlainText() for name in PLAN_TEXT_FIELDS}
        out["evaluation_interval_weeks"] = self.interval_spin.value()
        out["plan_date"] = self.plan_date_edit.date()
        return out

    def base(self) -> PlanValues:
        return dict(self._base)

    def changed(self) -> PlanValues:
        """The fields the user changed since loading, with their new values."""
        return changed_values(self._base, self.values()) if self._base else {}

    def is_dirty(self) -> bool:
        return self._dirty

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.text_edits.values():
            edit.setReadOnly(read_only)
            edit.setStyleSheet(READ_ONLY_STYLE if read_only else "")
        self.interval_spin.setReadOnly(read_only)
        self.plan_date_edit.setReadOnly(read_only)
        symbols = QSpinBox.ButtonSymbols.NoButtons if read_only else QSpinBox.ButtonSymbols.UpDownArrows
        self.interval_spin.setButtonSymbols(symbols)

    def set_notes(self, notes: dict[str, str]) -> None:
        """The own statements and corrections per text (and about the goals, under ``GOALS_NOTE``)."""
        for name, label in self.notes.items():
            label.setText(notes.get(name, ""))
            label.setVisible(bool(notes.get(name)))

    # -- messages --------------------------------------------------------------------------------

    def show_errors(self, error: ValidationError) -> dict[str, str]:
        """Messages at their fields; returns those no field here was found for."""
        return show_field_errors(error, self.errors)

    def dates_readable(self) -> bool:
        """Marks the plan date when it does not read (it is then not saved); True if it reads."""
        return mark_unreadable_dates(self.errors.values())

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()

    # -- helpers ---------------------------------------------------------------------------------

    def _on_any_field_changed(self, *_args) -> None:
        if not self._loading:
            self._update_dirty()

    def _update_dirty(self) -> None:
        dirty = bool(self.changed())
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _note(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{name}Statements")
        label.setWordWrap(True)
        label.setStyleSheet(STATEMENT_STYLE)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setVisible(False)
        self.notes[name] = label
        return label

    def _with_error(self, field: QWidget, name: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field)
        row.addWidget(self.errors[name], 1)
        field.setMinimumWidth(130)
        return box

    @staticmethod
    def _title_row(title: str, question: str) -> QHBoxLayout:
        """The text's name, and beside it the question to ask at the kitchen table."""
        label = QLabel(title)
        label.setObjectName("planTextTitle")
        font = QFont(label.font())
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        hint = ElidedLabel(question)
        hint.setObjectName("planTextQuestion")
        hint.setStyleSheet("color:#5f6b76;")
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(label)
        row.addWidget(hint, 1)
        return row
