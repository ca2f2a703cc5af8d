"""A provider's window for account holding: its figures, its account holder, the open signals (counted per
kind and team, without any family's data; only for the account holder and administrators) and the
improvement plan with every step, oldest first. The account holder records the next step here."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app.bootstrap import Services
from app.changes import Outcome
from app.errors import AppError, ConcurrencyConflict
from app.queries.accounts import ProviderAccount, SignalCount, StepRow
from models.enums import ImprovementStepKind as K
from ui.errors import show_error
from ui.events import AppEvents
from ui.formatting import format_date, format_number
from ui.labels.care import care_label
from ui.pages.account_dialogs import AccountHolderDialog, StepDialog
from ui.qt_models.row_table_model import Column, RowTableModel
from ui.tasks import TaskRunner
from ui.widgets.form_dialog import run_form_dialog
from ui.widgets.heading import dialog_heading, heading, muted
from ui.widgets.messages import inform
from ui.widgets.screen_fit import resize_to_screen, scrolling
from ui.widgets.style import case_stylesheet
from ui.widgets.tables import fit_columns, fit_height, make_table


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f}%".replace(".", ",")


def _agreed(step: StepRow) -> str:
    return " – ".join(p for p in (care_label(step.decision) if step.decision else "", step.agreements or "") if p)


class ProviderAccountWindow(QDialog):
    def __init__(self, services: Services, provider_id: int, runner: TaskRunner, events: AppEvents, *,
                 today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Account holding"))
        self.setStyleSheet(case_stylesheet())
        self._services, self._provider_id, self._runner, self._events, self._today = (
            services, provider_id, runner, events, today)
        self.account: ProviderAccount | None = None
        self.title_label = dialog_heading("")
        self.holder_label = QLabel()
        self.holder_button = QPushButton(self.tr("Account holder…"))
        self.figures_form = QFormLayout()
        self.figure_labels = {key: QLabel() for key in ("involvements", "wait", "waiting", "goals", "extensions",
                                                        "lead")}
        for key, title in (("involvements", self.tr("Help running (last 12 months)")),
                           ("wait", self.tr("Waiting time, mean (max)")), ("waiting", self.tr("Waiting now")),
                           ("goals", self.tr("Goals reached")), ("extensions", self.tr("Extensions per help")),
                           ("lead", self.tr("Lead time, median (80%)"))):
            self.figures_form.addRow(QLabel(title), self.figure_labels[key])
        self.signals_model = RowTableModel(self._signal_columns(), self)
        self.signals_table = make_table(self.signals_model, "signalsTable")
        self.signals_table.setAccessibleName(self.tr("Open signals"))
        self.signals_note = muted()
        self.steps_model = RowTableModel(self._step_columns(), self)
        self.steps_table = make_table(self.steps_model, "stepsTable")
        self.steps_table.setAccessibleName(self.tr("Improvement plan"))
        self.steps_table.setMinimumHeight(5 * self.steps_table.fontMetrics().lineSpacing() + 30)
        self.stage_label = muted()
        self.step_buttons = {K.PLAN: QPushButton(self.tr("Improvement plan…")),
                             K.MONITORING: QPushButton(self.tr("Monitoring…")),
                             K.DECISION: QPushButton(self.tr("Decision…"))}
        self._layout()
        self.holder_button.clicked.connect(self._on_holder_button_clicked)
        for kind, button in self.step_buttons.items():
            button.clicked.connect(partial(self._on_step_button_clicked, kind))
        resize_to_screen(self, 760, 640)
        self.reload()

    def _layout(self) -> None:
        holder = QHBoxLayout()
        holder.addWidget(QLabel(self.tr("Account holder:")))
        holder.addWidget(self.holder_label, 1)
        holder.addWidget(self.holder_button)
        steps_bar = QHBoxLayout()
        steps_bar.addWidget(heading(self.tr("Improvement plan")))
        steps_bar.addStretch(1)
        for button in self.step_buttons.values():
            steps_bar.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addLayout(holder)
        layout.addWidget(heading(self.tr("Figures")))
        layout.addLayout(self.figures_form)
        layout.addWidget(heading(self.tr("Open signals")))
        layout.addWidget(muted(self.tr("Signals from the teams since the last decision: kind, team and dates - "
                                       "never the family or the worker's note.")))
        layout.addWidget(self.signals_table)
        layout.addWidget(self.signals_note)
        layout.addLayout(steps_bar)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.steps_table, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 18)
        outer.addWidget(scrolling(content), 1)  # a laptop at 150% or 200% scrolls rather than squeezes
        outer.addWidget(buttons)

    def _signal_columns(self) -> list[Column[SignalCount]]:
        return [Column(self.tr("Signal"), lambda c: care_label(c.kind)),
                Column(self.tr("Team"), lambda c: c.team_name),
                Column(self.tr("Number"), lambda c: str(c.count)),
                Column(self.tr("First"), lambda c: format_date(c.first_on)),
                Column(self.tr("Last"), lambda c: format_date(c.last_on))]

    def _step_columns(self) -> list[Column[StepRow]]:
        return [Column(self.tr("Date"), lambda s: format_date(s.step_on)),
                Column(self.tr("Step"), lambda s: care_label(s.kind)),
                Column(self.tr("Improved by"), lambda s: format_date(s.due_on)),
                Column(self.tr("By"), lambda s: s.recorded_by),
                Column(self.tr("Agreed or decided"), _agreed, _agreed)]

    # -- loading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        self._runner.run(partial(self._services.accounts.provider_account, self._provider_id), self._on_loaded,
                         partial(show_error, self), context=self)

    def _on_loaded(self, account: ProviderAccount) -> None:
        self.account = account
        self.title_label.setText(account.provider_name)
        self.holder_label.setText(account.account_holder or self.tr("Nobody yet"))
        self.holder_button.setVisible(account.may_choose_holder)
        self._show_figures(account)
        signals = account.open_signals
        self.signals_model.set_rows(list(signals or ()))
        self.signals_table.setVisible(bool(signals))
        self.signals_note.setVisible(not signals)
        self.signals_note.setText(self.tr("Only the account holder sees the signals.") if signals is None
                                  else self.tr("No open signals."))
        self.steps_model.set_rows(list(account.steps))
        fit_columns(self.signals_table, max_width=300)
        fit_columns(self.steps_table, max_width=180)
        fit_height(self.signals_table, max_rows=5)
        stage = account.stage
        self.stage_label.setText(self.tr("No escalation is running.") if stage is None else
                                 self.tr("Now: {step}").format(step=care_label(stage)))
        running = stage is not None
        self.step_buttons[K.PLAN].setEnabled(account.may_record and (running or bool(signals)))
        for kind in (K.MONITORING, K.DECISION):
            self.step_buttons[kind].setEnabled(account.may_record and running)
        for button in self.step_buttons.values():
            button.setVisible(account.may_record)

    def _show_figures(self, account: ProviderAccount) -> None:
        f, labels, lead = account.figures, self.figure_labels, account.lead_time
        labels["lead"].setText("–" if lead.median_days is None else self.tr("{median} days ({p80})").format(
            median=format_number(lead.median_days), p80=lead.p80_days))
        if f is None:
            for label in labels.values():
                label.setText("–")
            return
        labels["involvements"].setText(str(f.involvements))
        labels["wait"].setText("–" if f.mean_wait_days is None else self.tr("{mean} days ({max})").format(
            mean=round(f.mean_wait_days), max=f.max_wait_days))
        labels["waiting"].setText(str(f.waiting_at_end))
        labels["goals"].setText(self.tr("{share} of {n} goals").format(share=_percent(f.goal_realisation),
                                                                       n=f.goals_evaluated))
        per = f.extensions_per_involvement
        labels["extensions"].setText("–" if per is None else f"{per:.2f}".replace(".", ","))

    # -- commands ----------------------------------------------------------------------------------
    def _on_holder_button_clicked(self) -> None:
        account = self.account
        if account is None:
            return
        try:
            workers = self._services.workers.workers()
        except AppError as error:
            show_error(self, error)
            return
        accounts = self._services.accounts
        run_form_dialog(AccountHolderDialog(account, workers, partial(
            accounts.set_account_holder, account.provider_id, account.version), runner=self._runner, parent=self),
            self._on_saved, self._on_failed)

    def _on_step_button_clicked(self, kind: K) -> None:
        account = self.account
        if account is None:
            return
        save = partial(self._services.accounts.record_step, account.provider_id, len(account.steps))
        run_form_dialog(StepDialog(kind, account.provider_name, save, today=self._today(), runner=self._runner,
                                   parent=self), self._on_saved, self._on_failed)

    def _on_saved(self, outcome: Outcome[ProviderAccount]) -> None:
        self._events.announce(outcome.changes)
        self._on_loaded(outcome.value)

    def _on_failed(self, error: AppError) -> None:
        if isinstance(error, ConcurrencyConflict):
            inform(self, self.tr(
                "A colleague changed this in the meantime. The window now shows the latest; record your step again."))
            self.reload()
        else:
            show_error(self, error)

