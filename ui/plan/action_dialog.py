"""Adding or changing an action under a goal: what, who, by when."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QStackedWidget, QWidget,
)

from app.queries.plans import ActionDTO
from app.services.plan_inputs import ActionInput
from app.smart import ActionFlag
from models.enums import ActionOwner
from ui.formatting import format_date
from ui.plan.choices import PlanChoices, member_label
from ui.plan.combos import current_enum
from ui.widgets.form_dialog import FormDialog, SaveCall
from ui.labels.plan import field_label, flag_text, plan_label, value_text
from ui.tasks import TaskRunner
from ui.widgets.accessible import name_form_fields
from ui.widgets.conflict_dialog import ConflictRow
from ui.widgets.date_edit import OptionalDateEdit

FREE_TEXT_OWNERS = (ActionOwner.PROVIDER, ActionOwner.OTHER)


class ActionDialog(FormDialog):
    """An action of a goal. ``action`` None adds one; ``save(ActionInput, expected_version)`` stores it.

    An action due after the goal's target date is allowed; the dialog says so while typing.
    """

    def __init__(self, choices: PlanChoices, runner: TaskRunner, save: SaveCall, *, goal_target: date | None,
                 suggested_due: date, action: ActionDTO | None = None, parent: QWidget | None = None):
        title = (QCoreApplication.translate("ActionDialog", "Change action") if action is not None
                 else QCoreApplication.translate("ActionDialog", "New action"))
        super().__init__(title, runner, save, expected_version=action.version if action else None, parent=parent)
        self._choices = choices
        self._goal_target = goal_target
        self.setMinimumWidth(620)

        self.what_edit = QPlainTextEdit()
        self.what_edit.setObjectName("whatEdit")
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setPlaceholderText(self.tr("For example: call the school about the timetable"))
        self.what_edit.setFixedHeight(self.what_edit.fontMetrics().lineSpacing() * 3 + 14)

        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("ownerCombo")
        for owner in ActionOwner:
            self.owner_combo.addItem(plan_label(owner), owner)
        self.member_combo = self._combo("memberCombo", [(m.id, member_label(m)) for m in choices.members])
        self.network_combo = self._combo("networkCombo", [(n.id, f"{n.name} ({n.relation})") for n in choices.network])
        colleagues = list(choices.colleagues)
        if action is not None and action.owner_worker_id and action.owner_worker_id not in dict(colleagues):
            colleagues.append((action.owner_worker_id, action.owner_name))  # e.g. a colleague who left
        self.worker_combo = self._combo("workerCombo", colleagues)
        self.owner_text_edit = QLineEdit()
        self.owner_text_edit.setObjectName("ownerTextEdit")
        self.owner_text_edit.setPlaceholderText(self.tr("Name of the organisation or person"))
        self.owner_stack = QStackedWidget()
        self._owner_pages = {
            ActionOwner.MEMBER: self.with_error(self.member_combo, "owner_person_id"),
            ActionOwner.NETWORK: self.with_error(self.network_combo, "owner_network_member_id"),
            ActionOwner.WORKER: self.with_error(self.worker_combo, "owner_worker_id"),
        }
        text_page = self.with_error(self.owner_text_edit, "owner_text")
        for page in (*self._owner_pages.values(), text_page):
            self.owner_stack.addWidget(page)
        for owner in FREE_TEXT_OWNERS:
            self._owner_pages[owner] = text_page
        who = QWidget()
        who_row = QHBoxLayout(who)
        who_row.setContentsMargins(0, 0, 0, 0)
        who_row.addWidget(self.owner_combo)
        who_row.addWidget(self.owner_stack, 1)

        self.due_date_edit = OptionalDateEdit(suggested_due)
        self.due_date_edit.setObjectName("dueDateEdit")
        self.due_hint = QLabel()
        self.due_hint.setObjectName("dueHint")
        self.due_hint.setWordWrap(True)
        self.due_hint.setVisible(False)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.addRow(self.form_label(self.tr("What")), self.with_error(self.what_edit, "what"))
        form.addRow(self.form_label(self.tr("Who")), who)
        form.addRow(self.form_label(self.tr("By when")), self.with_error(self.due_date_edit, "due_date"))
        form.addRow("", self.due_hint)
        if goal_target is not None:
            form.addRow("", QLabel(self.tr("The goal's target date is {date}.").format(date=format_date(goal_target))))
        self.body.addLayout(form)
        name_form_fields(form)

        self.owner_combo.currentIndexChanged.connect(self._on_owner_combo_current_index_changed)
        self.due_date_edit.changed.connect(self._on_due_date_edit_changed)
        if action is not None:
            self._fill(ActionInput.from_dto(action))
        self._on_owner_combo_current_index_changed()
        self.what_edit.setFocus()

    def values(self) -> ActionInput:
        owner = current_enum(self.owner_combo, ActionOwner)
        return ActionInput(
            what=self.what_edit.toPlainText(), owner=owner,
            owner_person_id=self.member_combo.currentData() if owner is ActionOwner.MEMBER else None,
            owner_network_member_id=self.network_combo.currentData() if owner is ActionOwner.NETWORK else None,
            owner_worker_id=self.worker_combo.currentData() if owner is ActionOwner.WORKER else None,
            owner_text=self.owner_text_edit.text() if owner in FREE_TEXT_OWNERS else None,
            due_date=self.due_date_edit.date(),
        )

    def conflict_rows(self, mine: ActionInput, theirs: ActionDTO) -> list[ConflictRow]:
        mine_values = {"what": mine.what, "owner_name": self._owner_name(mine), "due_date": mine.due_date}
        theirs_values = {"what": theirs.what, "owner_name": theirs.owner_name, "due_date": theirs.due_date}
        return [ConflictRow(field_label(key), value_text(mine_values[key]), value_text(theirs_values[key]))
                for key in mine_values if mine_values[key] != theirs_values[key]]

    # -- helpers ---------------------------------------------------------------------------------

    def _fill(self, data: ActionInput) -> None:
        self.what_edit.setPlainText(data.what)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(data.owner)))
        for combo, value in ((self.member_combo, data.owner_person_id),
                             (self.network_combo, data.owner_network_member_id),
                             (self.worker_combo, data.owner_worker_id)):
            if value is not None:
                combo.setCurrentIndex(max(0, combo.findData(value)))
        self.owner_text_edit.setText(data.owner_text or "")
        self.due_date_edit.set_date(data.due_date)

    def _owner_name(self, data: ActionInput) -> str:
        """The name the stored action would show for ``data`` (as ActionDTO.owner_name)."""
        if data.owner is ActionOwner.MEMBER:
            return next((m.full_name for m in self._choices.members if m.id == data.owner_person_id), "?")
        if data.owner is ActionOwner.NETWORK:
            return next((n.name for n in self._choices.network if n.id == data.owner_network_member_id), "?")
        if data.owner is ActionOwner.WORKER:
            return self.worker_combo.currentText()
        return data.owner_text or ""

    @staticmethod
    def _combo(object_name: str, items: list[tuple[int, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(object_name)
        for item_id, text in items:
            combo.addItem(text, item_id)
        return combo

    def _on_owner_combo_current_index_changed(self, _index: int = 0) -> None:
        self.owner_stack.setCurrentWidget(self._owner_pages[current_enum(self.owner_combo, ActionOwner)])

    def _on_due_date_edit_changed(self) -> None:
        due = self.due_date_edit.date()
        late = due is not None and self._goal_target is not None and due > self._goal_target
        self.due_hint.setText(flag_text(ActionFlag.DUE_AFTER_GOAL) if late else "")
        self.due_hint.setVisible(late)
