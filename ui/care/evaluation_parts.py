"""Parts of the evaluation form: who took part, whose consent is needed by age, and a row per goal."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from app.consent import ConsentRequirement
from app.queries.plans import GoalDTO
from app.services.evaluations import EvaluationGoalInput
from models.enums import GoalStatus
from ui.labels.care import care_label
from ui.widgets.heading import muted
from ui.formatting import format_date
from ui.labels.plan import plan_label
from ui.widgets.accessible import name_grid_fields
from ui.widgets.field_error_label import FieldErrorLabel, with_error

NO_SCORE = -1


@dataclass(frozen=True)
class Participant:
    group: str   # translated: "Family", "Network", ...
    name: str
    detail: str  # relation or role, shown in brackets


class ParticipantsList(QWidget):
    """Checkable people grouped by family, network, providers and team, plus a line for anyone else."""

    def __init__(self, people: Sequence[Participant], parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("participantsList")
        group = None
        for person in people:
            if person.group != group:
                group = person.group
                title = QListWidgetItem(group)
                title.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = title.font()
                font.setBold(True)
                title.setFont(font)
                self.list.addItem(title)
            text = f"{person.name} ({person.detail})" if person.detail else person.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        rows = min(max(self.list.count(), 3), 16)
        row_height = self.list.sizeHintForRow(0) if self.list.count() else self.list.fontMetrics().height() + 4
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 4)
        self.others_edit = QLineEdit()
        self.others_edit.setPlaceholderText(self.tr("Others, e.g. mentor of De Regenboog"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.list)
        column.addWidget(self.others_edit)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) is not None]

    def set_checked(self, name: str, checked: bool = True) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def names(self) -> list[str]:
        chosen = [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                  if item.checkState() == Qt.CheckState.Checked]
        others = [part.strip() for part in self.others_edit.text().split(",") if part.strip()]
        return chosen + others


class ConsentBox(QWidget):
    """Per young person whose consent the team needs on the evaluation's date, and whether it was given."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rules_label = QLabel()
        self.rules_label.setObjectName("consentRules")
        self.rules_label.setTextFormat(Qt.TextFormat.RichText)
        self.rules_label.setWordWrap(True)
        self.given_radio = QRadioButton(self.tr("Given"))
        self.refused_radio = QRadioButton(self.tr("Not given"))
        self.unknown_radio = QRadioButton(self.tr("Not recorded"))
        self.group = QButtonGroup(self)
        radios = QHBoxLayout()
        radios.setContentsMargins(0, 0, 0, 0)
        for radio in (self.given_radio, self.refused_radio, self.unknown_radio):
            self.group.addButton(radio)
            radios.addWidget(radio)
        radios.addStretch(1)
        self.unknown_radio.setChecked(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.rules_label)
        column.addLayout(radios)

    def show_requirement(self, requirement: ConsentRequirement) -> None:
        if not requirement.children:
            self.rules_label.setText(escape(self.tr("No young people recorded in this family.")))
            return
        lines = []
        for child in requirement.children:
            who = ", ".join(child.consenters) or self.tr("nobody recorded")
            line = self.tr("<b>{name}</b> ({age}): {rule}<br>Consent from: {who}").format(
                name=escape(child.name), age=child.age, rule=escape(care_label(child.rule)), who=escape(who))
            if child.authority_unknown:
                line += "<br><span style='color:#8c1d18'>{}</span>".format(escape(self.tr(
                    "Nobody is recorded with parental authority: record it on the Family tab.")))
            lines.append(line)
        self.rules_label.setText("<br><br>".join(lines))

    def given(self) -> bool | None:
        if self.given_radio.isChecked():
            return True
        if self.refused_radio.isChecked():
            return False
        return None


@dataclass
class GoalRow:
    goal: GoalDTO
    score_spin: QSpinBox
    status_combo: QComboBox
    note_edit: QLineEdit


class GoalScoreRows(QWidget):
    """A row per goal: description, score 0-10 ("–" for none), status and a note, each with its message.

    ``errors`` receives the message labels under the service's keys ``goals.<lineage>[.score|.note]``.
    """

    def __init__(self, goals: Sequence[GoalDTO], last_scores: dict[str, tuple[date, int]],
                 errors: dict[str, FieldErrorLabel], parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: dict[str, GoalRow] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 3)
        for column, title in enumerate((self.tr("Goal"), self.tr("Score"), self.tr("Status"), self.tr("Note"))):
            heading = QLabel(title)
            heading.setObjectName("columnHeading")
            grid.addWidget(heading, 0, column)
        grid.setColumnStretch(3, 2)
        for index, goal in enumerate(goals):
            line = 1 + index * 2
            description = QLabel(goal.description)
            description.setWordWrap(True)
            row_error = FieldErrorLabel(description)
            errors[f"goals.{goal.lineage}"] = row_error
            last = last_scores.get(goal.lineage)
            if last is not None:
                description.setToolTip(self.tr("Last score {score} on {date}").format(
                    score=last[1], date=format_date(last[0])))
            spin = QSpinBox()
            spin.setObjectName(f"score_{goal.lineage}")
            spin.setRange(NO_SCORE, 10)
            spin.setSpecialValueText("–")
            spin.setValue(NO_SCORE)
            spin.setMinimumWidth(58)
            combo = QComboBox()
            for status in GoalStatus:
                combo.addItem(plan_label(status), status.value)
            combo.setCurrentIndex(combo.findData(goal.status.value))
            note = QLineEdit()
            note.setPlaceholderText(self.tr("What went well, what is next"))
            for key, field in ((f"goals.{goal.lineage}.score", spin), (f"goals.{goal.lineage}.note", note)):
                errors[key] = FieldErrorLabel(field)
            previous = muted(self.tr("was {score}").format(score=last[1]) if last else self.tr("no score yet"))
            score_box = QWidget()
            score_row = QHBoxLayout(score_box)
            score_row.setContentsMargins(0, 0, 0, 0)
            score_row.addWidget(spin)
            score_row.addWidget(previous)
            grid.addWidget(with_error(description, row_error), line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(with_error(score_box, errors[f"goals.{goal.lineage}.score"]), line, 1,
                           Qt.AlignmentFlag.AlignTop)
            grid.addWidget(combo, line, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(with_error(note, errors[f"goals.{goal.lineage}.note"]), line, 3, Qt.AlignmentFlag.AlignTop)
            grid.setRowMinimumHeight(line + 1, 6)
            self.rows[goal.lineage] = GoalRow(goal, spin, combo, note)
        name_grid_fields(grid, row_label_column=0)

    def values(self) -> tuple[EvaluationGoalInput, ...]:
        return tuple(EvaluationGoalInput(
            lineage, None if row.score_spin.value() == NO_SCORE else row.score_spin.value(),
            GoalStatus(row.status_combo.currentData()), row.note_edit.text() or None)
            for lineage, row in self.rows.items())
