"""Adding, changing and removing goals and actions, and ticking actions done, for the plan tab.

Opens the dialogs with what they need to choose from (loaded once through the runner), hands them
the service calls, and reports ``saved`` with the command's Outcome after anything was stored (``changed``
when only a fresh read can tell: a failure, or the user took a colleague's version).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.bootstrap import Services
from app.changes import run_command
from app.errors import AppError
from app.queries.plans import ActionDTO, GoalDTO, PlanDTO
from ui.errors import show_error
from ui.plan.action_dialog import ActionDialog
from ui.plan.choices import PlanChoices, load_plan_choices
from ui.plan.goal_dialog import GoalDialog
from ui.tasks import TaskRunner


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class GoalCommands(QObject):
    saved = Signal(object)  # the Outcome of a command: its value (a GoalDTO, ActionDTO, ...) and its changes
    changed = Signal()

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget):
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._widget = parent
        self._plan: PlanDTO | None = None
        self._choices: PlanChoices | None = None

    def set_plan(self, plan: PlanDTO | None) -> None:
        if plan is None or self._plan is None or plan.family_id != self._plan.family_id:
            self._choices = None
        self._plan = plan

    def forget_choices(self) -> None:
        """The family or its network changed: load the choices again next time."""
        self._choices = None

    # -- goals -----------------------------------------------------------------------------------

    def add_goal(self) -> None:
        plan = self._plan
        self._with_choices(lambda choices: self._finish(GoalDialog(
            choices, self._runner, lambda data, _version: self._services.plans.add_goal(plan.id, data),
            suggested_target=self._suggested_date(), parent=self._widget)))

    def edit_goal(self, goal_id: int) -> None:
        goal = self._plan.goal(goal_id) if self._plan else None
        if goal is None:
            return
        self._with_choices(lambda choices: self._finish(GoalDialog(
            choices, self._runner, lambda data, version: self._services.plans.update_goal(goal.id, version, data),
            goal=goal, suggested_target=self._suggested_date(), parent=self._widget)))

    def remove_goal(self, goal_id: int) -> None:
        goal = self._plan.goal(goal_id) if self._plan else None
        if goal is None or not confirm(self._widget, self.tr("Remove goal"), self.tr(
                "Remove the goal \"{goal}\" and its actions from this version of the plan?").format(
                goal=goal.description)):
            return
        self._run(lambda: self._services.plans.remove_goal(goal.id, goal.version))

    # -- actions ---------------------------------------------------------------------------------

    def add_action(self, goal_id: int) -> None:
        goal = self._plan.goal(goal_id) if self._plan else None
        if goal is None:
            return
        self._with_choices(lambda choices: self._finish(ActionDialog(
            choices, self._runner, lambda data, _version: self._services.plans.add_action(goal.id, data),
            goal_target=goal.target_date, suggested_due=self._suggested_date(weeks=4), parent=self._widget)))

    def edit_action(self, action_id: int) -> None:
        found = self._action(action_id)
        if found is None:
            return
        goal, action = found
        self._with_choices(lambda choices: self._finish(ActionDialog(
            choices, self._runner,
            lambda data, version: self._services.plans.update_action(action.id, version, data),
            goal_target=goal.target_date, suggested_due=self._suggested_date(weeks=4), action=action,
            parent=self._widget)))

    def remove_action(self, action_id: int) -> None:
        found = self._action(action_id)
        if found is None or not confirm(self._widget, self.tr("Remove action"), self.tr(
                "Remove the action \"{action}\"?").format(action=found[1].what)):
            return
        action = found[1]
        self._run(lambda: self._services.plans.remove_action(action.id, action.version))

    def set_action_done(self, action_id: int, version: int, done: bool) -> None:
        self._run(lambda: self._services.plans.set_action_done(action_id, version, done))

    # -- helpers ---------------------------------------------------------------------------------

    def _finish(self, dialog: GoalDialog | ActionDialog) -> None:
        """Shows the dialog; after a save (or taking a colleague's version) the plan is shown anew."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted and dialog.saved_outcome is not None:
            self.saved.emit(dialog.saved_outcome)
        elif accepted or dialog.took_theirs:
            self.changed.emit()
        dialog.deleteLater()

    def _with_choices(self, then: Callable[[PlanChoices], None]) -> None:
        if self._choices is not None:
            then(self._choices)
            return
        family_id = self._plan.family_id

        def loaded(choices: PlanChoices) -> None:
            self._choices = choices
            then(choices)

        self._runner.run(lambda: load_plan_choices(self._services, family_id), loaded, self._on_failed,
                         context=self)

    def _run(self, task: Callable[[], object]) -> None:
        self._runner.run(lambda: run_command(task), self.saved.emit, self._on_failed, context=self)

    def _on_failed(self, error: AppError) -> None:
        show_error(self._widget, error)
        self.changed.emit()  # show what is stored now (e.g. after a colleague's change)

    def _action(self, action_id: int) -> tuple[GoalDTO, ActionDTO] | None:
        for goal in self._plan.goals if self._plan else ():
            for action in goal.actions:
                if action.id == action_id:
                    return goal, action
        return None

    def _suggested_date(self, weeks: int | None = None) -> date:
        """Today plus ``weeks`` (default: the plan's evaluation interval)."""
        weeks = weeks if weeks is not None else self._plan.evaluation_interval_weeks
        return self._services.ctx.clock.today() + timedelta(weeks=weeks)
