"""Adding or changing a goal: life domain, for whom, SMART description, who acts, scaling scores."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from app.queries.plans import GoalDTO
from app.plan_fields import compared_keys, field_infos
from app.services.plan_inputs import SCORE_MAX, SCORE_MIN, GoalInput
from models.enums import Actor, GoalStatus
from ui.labels.badges import actor_icon
from ui.plan.choices import PlanChoices, member_label
from ui.plan.combos import current_enum
from ui.widgets.form_dialog import FormDialog, SaveCall
from ui.labels.plan import actor_hint, actor_label, field_label, plan_label, value_text
from ui.tasks import TaskRunner
from ui.widgets.accessible import buddy_label, name_form_fields
from ui.widgets.conflict_dialog import ConflictRow
from ui.widgets.date_edit import OptionalDateEdit
from ui.widgets.screen_fit import compact_screen, minimum_within_screen, scrolling

NO_SCORE = SCORE_MIN - 1  # the spin box's "not scored" value, shown as a dash
COMPARED_FIELDS = compared_keys(GoalInput)  # keyed like the version comparison


def _same(value: object) -> object:
    return value


def _text_edit(object_name: str, lines: int, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(object_name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def _score_spin(object_name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(object_name)
    spin.setRange(NO_SCORE, SCORE_MAX)
    spin.setSpecialValueText("–")
    spin.setMinimumWidth(64)
    return spin


class GoalDialog(FormDialog):
    """A goal of a draft plan. ``goal`` None adds one; ``save(GoalInput, expected_version)`` stores it."""

    def __init__(self, choices: PlanChoices, runner: TaskRunner, save: SaveCall, *, goal: GoalDTO | None = None,
                 suggested_target: date, parent: QWidget | None = None):
        title = (QCoreApplication.translate("GoalDialog", "Change goal") if goal is not None
                 else QCoreApplication.translate("GoalDialog", "New goal"))
        super().__init__(title, runner, save, expected_version=goal.version if goal else None, parent=parent)
        self._choices = choices
        minimum_within_screen(self, 720)

        self.domain_combo = QComboBox()
        self.domain_combo.setObjectName("domainCombo")
        self.domain_combo.addItem(self.tr("Choose a life domain"), None)
        for domain in choices.life_domains:
            self.domain_combo.addItem(domain.name, domain.id)
        if goal is not None and self.domain_combo.findData(goal.life_domain_id) < 0:
            self.domain_combo.addItem(goal.life_domain_name, goal.life_domain_id)  # since deactivated

        self.persons_list = QListWidget()
        self.persons_list.setObjectName("personsList")
        for member in choices.members:
            item = QListWidgetItem(member_label(member))
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.persons_list.addItem(item)
        self.persons_list.setFlow(QListWidget.Flow.LeftToRight)
        self.persons_list.setWrapping(True)
        self.persons_list.setResizeMode(QListWidget.ResizeMode.Adjust)  # wrap at the dialog's width, never sideways
        self.persons_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.persons_list.setSpacing(4)
        self.persons_list.setFrameShape(QListWidget.Shape.NoFrame)
        self.persons_list.viewport().setAutoFillBackground(False)
        row_height = self.persons_list.sizeHintForRow(0) if choices.members else 20
        rows = 1 if len(choices.members) <= 4 else 2 if len(choices.members) <= 8 else 3
        self.persons_list.setFixedHeight(rows * (row_height + 8) + (4 if rows == 1 else 0))

        self.description_edit = _text_edit("descriptionEdit", 3, self.tr(
            "For example: Zoë goes to school every school day"))
        self.criterion_edit = _text_edit("criterionEdit", 2, self.tr(
            "For example: attendance above 95% according to the school"))
        self.target_date_edit = OptionalDateEdit(suggested_target)
        self.target_date_edit.setObjectName("targetDateEdit")

        self.actor_combo = QComboBox()
        self.actor_combo.setObjectName("actorCombo")
        self.actor_combo.addItem(actor_icon(None), actor_label(None), None)
        for actor in Actor:
            self.actor_combo.addItem(actor_icon(actor), f"{actor_label(actor)} – {actor_hint(actor)}", actor)
        self.actor_detail_edit = QLineEdit()
        self.actor_detail_edit.setObjectName("actorDetailEdit")
        self.actor_detail_edit.setPlaceholderText(self.tr("For example: mother takes Zoë to school"))
        self.network_combo = QComboBox()
        self.network_combo.setObjectName("networkCombo")
        self.network_combo.addItem(self.tr("Nobody in particular"), None)
        for person in choices.network:
            self.network_combo.addItem(f"{person.name} ({person.relation})", person.id)

        self.score_start_spin = _score_spin("scoreStartSpin")
        self.score_target_spin = _score_spin("scoreTargetSpin")
        scores = QWidget()
        score_row = QHBoxLayout(scores)
        score_row.setContentsMargins(0, 0, 0, 0)
        score_row.addWidget(buddy_label(self.tr("now"), self.score_start_spin))
        score_row.addWidget(self.score_start_spin)
        score_row.addWidget(QLabel("→"))
        score_row.addWidget(buddy_label(self.tr("target"), self.score_target_spin))
        score_row.addWidget(self.score_target_spin)
        scale_hint = QLabel(self.tr("0 = very worried, 10 = good enough to close"))
        scale_hint.setObjectName("mutedHint")
        score_row.addWidget(scale_hint, 1)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        for status in GoalStatus:
            self.status_combo.addItem(plan_label(status), status)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.addRow(self.form_label(self.tr("Life domain")), self.with_error(self.domain_combo, "life_domain_id"))
        form.addRow(self.form_label(self.tr("Concerns whom")), self.with_error(self.persons_list, "person_ids"))
        form.addRow(self.form_label(self.tr("Goal (SMART)")), self.with_error(self.description_edit, "description"))
        form.addRow(self.form_label(self.tr("How do we know it is reached?")), self.with_error(self.criterion_edit,
                                                                             "success_criterion"))
        form.addRow(self.form_label(self.tr("Target date")), self.with_error(self.target_date_edit, "target_date"))
        form.addRow(self.form_label(self.tr("Who acts")), self.actor_combo)
        form.addRow(self.form_label(self.tr("In detail")), self.with_error(self.actor_detail_edit, "actor_detail"))
        form.addRow(self.form_label(self.tr("Network member")),
                    self.with_error(self.network_combo, "network_member_id"))
        score_box = QWidget()
        score_column = QVBoxLayout(score_box)
        score_column.setContentsMargins(0, 0, 0, 0)
        score_column.setSpacing(2)
        score_column.addWidget(scores)
        score_column.addWidget(self.add_error_label("score_start", self.score_start_spin))
        score_column.addWidget(self.add_error_label("score_target", self.score_target_spin))
        form.addRow(self.form_label(self.tr("Scaling question")), score_box)
        form.addRow(self.form_label(self.tr("Status")), self.status_combo)
        self.safety_check = QCheckBox(self.tr("A goal of the safety plan"))
        self.safety_check.setObjectName("safetyGoalCheck")
        form.addRow(self.form_label(self.tr("Safety goal")), self.safety_check)
        if compact_screen(self):  # a laptop at 150% or 200%: labels above their fields, no sideways scrolling
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        fields = QWidget()
        fields.setLayout(form)
        self.body.addWidget(scrolling(fields))  # on a small or scaled screen the fields scroll, Save stays
        name_form_fields(form)

        self.actor_combo.currentIndexChanged.connect(self._on_actor_combo_current_index_changed)
        if goal is not None:
            self._fill(GoalInput.from_dto(goal))
        self._on_actor_combo_current_index_changed()
        self.description_edit.setFocus()

    # -- values ----------------------------------------------------------------------------------

    def values(self) -> GoalInput:
        return GoalInput(
            life_domain_id=self.domain_combo.currentData(), description=self.description_edit.toPlainText(),
            person_ids=self.checked_person_ids(), success_criterion=self.criterion_edit.toPlainText(),
            target_date=self.target_date_edit.date(), actor=current_enum(self.actor_combo, Actor),
            actor_detail=self.actor_detail_edit.text() or None,
            network_member_id=self.network_combo.currentData() if self.network_combo.isEnabled() else None,
            score_start=self._score(self.score_start_spin), score_target=self._score(self.score_target_spin),
            status=current_enum(self.status_combo, GoalStatus), safety_goal=self.safety_check.isChecked(),
        )

    def checked_person_ids(self) -> tuple[int, ...]:
        items = (self.persons_list.item(i) for i in range(self.persons_list.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def set_person_checked(self, person_id: int, checked: bool = True) -> None:
        for i in range(self.persons_list.count()):
            item = self.persons_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def conflict_rows(self, mine: GoalInput, theirs: GoalDTO) -> list[ConflictRow]:
        mine_values, theirs_values = self._comparable(mine), self._comparable(GoalInput.from_dto(theirs))
        return [ConflictRow(field_label(key), value_text(mine_values[key]), value_text(theirs_values[key]))
                for key in COMPARED_FIELDS if mine_values[key] != theirs_values[key]]

    # -- helpers ---------------------------------------------------------------------------------

    def _fill(self, data: GoalInput) -> None:
        self.domain_combo.setCurrentIndex(max(0, self.domain_combo.findData(data.life_domain_id)))
        for person_id in data.person_ids:
            self.set_person_checked(person_id)
        self.description_edit.setPlainText(data.description)
        self.criterion_edit.setPlainText(data.success_criterion)
        self.target_date_edit.set_date(data.target_date)
        self.actor_combo.setCurrentIndex(max(0, self.actor_combo.findData(data.actor)))
        self.actor_detail_edit.setText(data.actor_detail or "")
        self.network_combo.setCurrentIndex(max(0, self.network_combo.findData(data.network_member_id)))
        self.score_start_spin.setValue(NO_SCORE if data.score_start is None else data.score_start)
        self.score_target_spin.setValue(NO_SCORE if data.score_target is None else data.score_target)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(data.status)))
        self.safety_check.setChecked(data.safety_goal)

    def _comparable(self, data: GoalInput) -> dict[str, object]:
        """The goal's values as the user knows them (names for ids), keyed like the version comparison."""
        persons = {m.id: m.full_name for m in self._choices.members}
        shown = {
            "life_domain": {d.id: d.name for d in self._choices.life_domains}.get,
            "network_member": {n.id: n.name for n in self._choices.network}.get,
            "persons": lambda ids: tuple(sorted(persons.get(pid, "?") for pid in ids)),
            "actor_detail": lambda text: text or None,
        }
        return {info.key: shown.get(info.key, _same)(getattr(data, name))
                for name, info in field_infos(GoalInput) if info.shown is not None}

    @staticmethod
    def _score(spin: QSpinBox) -> int | None:
        return None if spin.value() == NO_SCORE else spin.value()

    def _on_actor_combo_current_index_changed(self, _index: int = 0) -> None:
        self.network_combo.setEnabled(current_enum(self.actor_combo, Actor) is Actor.NETWORK)
