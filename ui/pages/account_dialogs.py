"""The account holder's forms: choosing a provider's account holder, and recording an escalation step
(improvement plan with agreements and a date, monitoring, or the decision)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.queries.accounts import ProviderAccount
from app.services.accounts import StepInput
from app.services.workers import WorkerRow
from models.enums import ImprovementDecision, ImprovementStepKind
from ui.care.forms import text_edit
from ui.labels.care import care_combo
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit
from ui.widgets.enum_combo import current_enum
from ui.widgets.form_dialog import FormDialog

_INTROS = {
    ImprovementStepKind.PLAN: QT_TRANSLATE_NOOP(
        "AccountDialogs", "What {provider} will improve, by when. A new plan during an escalation replaces the "
                          "agreements; the earlier plan stays in the history."),
    ImprovementStepKind.MONITORING: QT_TRANSLATE_NOOP(
        "AccountDialogs", "How {provider} is doing on the agreements of the improvement plan."),
    ImprovementStepKind.DECISION: QT_TRANSLATE_NOOP(
        "AccountDialogs", "What follows the improvement plan for {provider}. The decision ends the escalation "
                          "and closes its signals."),
}
_TITLES = {
    ImprovementStepKind.PLAN: QT_TRANSLATE_NOOP("AccountDialogs", "Improvement plan"),
    ImprovementStepKind.MONITORING: QT_TRANSLATE_NOOP("AccountDialogs", "Monitoring"),
    ImprovementStepKind.DECISION: QT_TRANSLATE_NOOP("AccountDialogs", "Decision"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("AccountDialogs", source)


class AccountHolderDialog(FormDialog):
    """The worker who holds the account of a provider (or nobody)."""

    def __init__(self, account: ProviderAccount, workers: Sequence[WorkerRow], save: Callable[[int | None], object],
                 *, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(self.tr("Account holder"), runner, intro=self.tr(
            "The worker who keeps the contacts with {provider} and its improvement plans.").format(
            provider=account.provider_name), parent=parent)
        self._save = save
        self.holder_combo = QComboBox()
        self.holder_combo.addItem(self.tr("Nobody"), None)
        for worker in workers:
            self.holder_combo.addItem(worker.name, worker.id)
        self.holder_combo.setCurrentIndex(max(0, self.holder_combo.findData(account.account_holder_id)))
        self.add_field(self.tr("Account holder"), "account_holder", self.holder_combo)

    def command(self) -> Callable[[], object]:
        return partial(self._save, self.holder_combo.currentData())


class StepDialog(FormDialog):
    """One escalation step: its date; agreements (required for a plan) and a date they are due; a decision."""

    def __init__(self, kind: ImprovementStepKind, provider_name: str, save: Callable[[StepInput], object], *,
                 today: date, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(_tr(_TITLES[kind]), runner, intro=_tr(_INTROS[kind]).format(provider=provider_name),
                         parent=parent)
        self._kind, self._save = kind, save
        self.date_edit = DateLineEdit(today, today=today)
        self.add_field(self.tr("Date"), "step_on", self.date_edit)
        self.decision_combo = care_combo(ImprovementDecision, self.tr("Choose a decision…"))
        self.due_edit = DateLineEdit(today=today)
        self.due_edit.setPlaceholderText(self.tr("dd-mm-yyyy, or empty"))
        placeholder = {ImprovementStepKind.PLAN: self.tr("The agreements: what improves, how it is measured"),
                       ImprovementStepKind.MONITORING: self.tr("What was discussed; where the provider stands")}
        self.agreements_edit = text_edit(placeholder.get(kind, self.tr("Why; what was agreed")), 4)
        if kind is ImprovementStepKind.DECISION:
            self.add_field(self.tr("Decision"), "decision", self.decision_combo)
        self.add_field(self.tr("Agreements") if kind is ImprovementStepKind.PLAN else self.tr("Note"),
                       "agreements", self.agreements_edit)
        if kind is ImprovementStepKind.PLAN:
            self.add_field(self.tr("Improved by"), "due_on", self.due_edit)

    def command(self) -> Callable[[], object]:
        plan = self._kind is ImprovementStepKind.PLAN
        return partial(self._save, StepInput(
            self._kind, self.date_edit.date(), self.agreements_edit.toPlainText(),
            self.due_edit.date() if plan else None, current_enum(self.decision_combo, ImprovementDecision)))
