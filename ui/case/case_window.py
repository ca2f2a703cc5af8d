"""One case in its own window: the header always in view, the direction actions, and the tabs.

Tabs are built once, so unsaved edits survive switching between them. Closing the window with
unsaved edits (the plan, or a journal entry being written) asks Save / Discard / Cancel; a save that
fails keeps the window and the text. Every command's changes are announced through
``AppEvents.operation_did_execute``; the window (like every open view) re-reads only what concerns its case.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QToolBar, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.changes import ChangeKind, Changes
from app.errors import AppError, ConcurrencyConflict
from app.queries.case_view import CaseHeader, CaseView
from app.services.exports import PlanDocument
from app.services.cases import DirectionInput
from app.services.protection import MeasureSaved
from app.services.workers import WorkerRow
from models.enums import CaseStatus, DirectionMode
from ui.care.evaluations_tab import EvaluationsTab
from ui.care.involvements_tab import InvolvementsTab
from ui.care.waakvlam_tab import WaakvlamTab
from ui.case.case_header import CaseHeaderBar
from ui.case.crisis_dialogs import CrisisActions
from ui.case.direction_dialogs import (
    CloseCaseDialog, DirectionDialog, PriorityDialog, ReopenDialog, TransferDialog,
)
from ui.case.family_tab import FamilyTab
from ui.widgets.form_dialog import FormDialog
from ui.case.history_tab import HistoryTab
from ui.case.journal_tab import JournalTab
from ui.actions import CASE_KEYS
from ui.widgets.accessible import focus_first_input
from ui.widgets.style import case_stylesheet
from ui.widgets.messages import ask_save_discard_cancel, ask_yes_no, inform
from ui.errors import error_text, show_error
from ui.commands import run_command
from ui.events import AppEvents
from ui.case.destruction_request import may_request_destruction, request_destruction
from ui.export.preview_dialog import PlanPreviewDialog
from ui.export.provider_plan_dialog import ProviderPlanDialog
from ui.formatting import format_date
from ui.tasks import TaskRunner
from ui.widgets.screen_fit import resize_to_screen, scroll_when_too_big

log = logging.getLogger(__name__)

PlanTabFactory = Callable[[Services, int, AppEvents, TaskRunner], QWidget]

HEADER_KINDS = (ChangeKind.CASE, ChangeKind.FAMILY, ChangeKind.MEMBER, ChangeKind.PLAN, ChangeKind.WAAKVLAM,
                ChangeKind.WORKER, ChangeKind.PROTECTION, ChangeKind.TRANSITION)  # what the header and the family tab show


def default_plan_tab(services: Services, case_id: int, events: AppEvents, runner: TaskRunner) -> QWidget:
    """The plan tab from ``ui.plan``; a notice instead while that package is not there (development)."""
    try:
        from ui.plan.plan_tab import PlanTab
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("ui.plan"):
            raise
        log.warning("ui.plan.plan_tab is not available; the Plan tab shows a notice")
        notice = QLabel(QCoreApplication.translate("CaseWindow", "The family plan cannot be shown in this version."))
        notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return notice
    return PlanTab(services, case_id, events, runner)


class CaseWindow(QMainWindow):
    """``confirm_unsaved_changes``, ``inform`` and ``ask`` are attributes so tests (and callers) can replace them."""

    closed = Signal(int)  # the case id, once the window really closes

    def __init__(self, services: Services, case_id: int, events: AppEvents, runner: TaskRunner,
                 parent: QWidget | None = None, *, plan_tab_factory: PlanTabFactory = default_plan_tab):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(case_stylesheet())
        self.services = services
        self.case_id = case_id
        self._events = events
        self._runner = runner
        self.header: CaseHeader | None = None
        self._close_after_save = False
        self._close_confirmed = False
        self.confirm_unsaved_changes = ask_save_discard_cancel
        self.inform = inform
        self.ask = ask_yes_no
        self.setWindowTitle(self.tr("Case – Gezinsregie"))

        self.activate_action = QAction(self.tr("Make active"), self)
        self.transfer_action = QAction(self.tr("Transfer"), self)
        self.priority_action = QAction(self.tr("Priority"), self)
        self.direction_action = QAction(self.tr("Direction"), self)
        self.direction_action.setToolTip(self.tr(
            "Who directs the case: the social team, samenregie or another party (e.g. during an OTS)"))
        self.close_case_action = QAction(self.tr("Close case"), self)
        self.reopen_action = QAction(self.tr("Reopen"), self)
        self.to_waakvlam_action = QAction(self.tr("To waakvlam"), self)
        self.print_action = QAction(self.tr("Print / PDF…"), self)
        self.print_action.setShortcut(CASE_KEYS["print"].sequence())
        self.print_action.setToolTip(self.tr("Preview the family plan, save it as PDF or print it for signing"))
        self.provider_print_action = QAction(self.tr("Plan for a provider…"), self)
        self.provider_print_action.setToolTip(self.tr(
            "Print or save the family plan for a provider: needs consent or a legal ground, and is recorded"))
        self.destruction_action = QAction(self.tr("Request destruction…"), self)
        self.destruction_action.setToolTip(self.tr(
            "On the person's request: a second administrator must approve before the file is destroyed"))
        self.activate_action.setToolTip(self.tr("Intake is done: the case becomes active"))
        self.to_waakvlam_action.setToolTip(self.tr("Help has ended: agree who keeps a finger on the pulse"))
        self.crisis = CrisisActions(services, runner, self)
        self.case_actions = QToolBar()
        self.case_actions.setObjectName("caseActions")
        for action in (self.print_action, self.provider_print_action, self.activate_action, self.to_waakvlam_action,
                       self.transfer_action, self.direction_action, self.priority_action, self.close_case_action,
                       self.reopen_action, self.destruction_action):
            self.case_actions.addAction(action)
            action.setEnabled(False)
        self.close_window_action = QAction(self)
        self.close_window_action.setShortcut(CASE_KEYS["close"].sequence())
        self.addAction(self.close_window_action)

        self.header_bar = CaseHeaderBar(self.case_actions, self.crisis.button)
        self.family_tab = FamilyTab(services, runner)
        self.plan_tab = plan_tab_factory(services, case_id, events, runner)
        self.involvements_tab = InvolvementsTab(services, case_id, events, runner)
        self.evaluations_tab = EvaluationsTab(services, case_id, events, runner)
        self.waakvlam_tab = WaakvlamTab(services, case_id, events, runner)
        self.journal_tab = JournalTab(services, case_id, runner)
        self.history_tab = HistoryTab(services, case_id, runner)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.family_tab, self.tr("Family"))
        self.tabs.addTab(self.plan_tab, self.tr("Plan"))
        self.tabs.addTab(self.involvements_tab, self.tr("Help"))
        self.tabs.addTab(self.evaluations_tab, self.tr("Evaluations"))
        self.tabs.addTab(self.waakvlam_tab, self.tr("Waakvlam"))
        self.tabs.addTab(self.journal_tab, self.tr("Journal"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        for index in range(self.tabs.count()):  # Ctrl+1 .. Ctrl+7 (see ui/actions.py CASE_KEYS)
            tab_action = QAction(self)
            tab_action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            tab_action.triggered.connect(lambda _checked=False, index=index: self.show_tab(index))
            self.addAction(tab_action)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header_bar)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        resize_to_screen(self, 1320, 900)
        scroll_when_too_big(self)

        self.activate_action.triggered.connect(self._on_activate_action_triggered)
        self.print_action.triggered.connect(self._on_print_action_triggered)
        self.provider_print_action.triggered.connect(self._on_provider_print_action_triggered)
        self.destruction_action.triggered.connect(self._on_destruction_action_triggered)
        self.transfer_action.triggered.connect(self._on_transfer_action_triggered)
        self.priority_action.triggered.connect(self._on_priority_action_triggered)
        self.direction_action.triggered.connect(self._on_direction_action_triggered)
        self.family_tab.protection.direction_suggested.connect(self._on_protection_direction_suggested)
        self.close_case_action.triggered.connect(self._on_close_case_action_triggered)
        self.reopen_action.triggered.connect(self._on_reopen_action_triggered)
        self.to_waakvlam_action.triggered.connect(self._on_to_waakvlam_action_triggered)
        self.evaluations_tab.waakvlam_requested.connect(self._on_to_waakvlam_action_triggered)
        self.evaluations_tab.close_requested.connect(self._on_evaluations_tab_close_requested)
        for tab in self._care_tabs():
            tab.conflict_found.connect(self._on_care_tab_conflict_found)
        self.close_window_action.triggered.connect(self.close)
        self.family_tab.changed.connect(self._on_family_tab_changed)
        self.family_tab.meldcode.changed.connect(self._on_meldcode_changed)
        self.family_tab.conflict_found.connect(self._on_family_tab_conflict_found)
        self.family_tab.consents.loaded.connect(self.header_bar.show_consents)
        self.journal_tab.changed.connect(self._on_journal_tab_changed)
        self.journal_tab.form.saved.connect(self._on_journal_form_saved)
        self.journal_tab.form.save_failed.connect(self._on_journal_form_save_failed)
        dirty_changed = getattr(self.plan_tab, "dirty_changed", None)
        if dirty_changed is not None:
            dirty_changed.connect(self._on_plan_tab_dirty_changed)
        events.operation_did_execute.connect(self._on_events_operation_did_execute)
        self.reload()

    def show_tab(self, index: int) -> None:
        """Shows the tab and puts the keyboard focus in it."""
        self.tabs.setCurrentIndex(index)
        focus_first_input(self.tabs.currentWidget())

    # -- loading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Header and family, journal and history, each in the background."""
        self._reload_view()
        self.journal_tab.reload()
        self.history_tab.reload()

    def _reload_view(self, *, log_read: bool = True) -> None:
        members, case_id = self.services.members, self.case_id
        self._runner.run(lambda: members.case_view(case_id, log_read=log_read), self._on_view_loaded, self._on_view_failed,
                         context=self)

    def _on_view_loaded(self, view: CaseView) -> None:
        self.header = view.header
        self.header_bar.show_header(view.header, self.services.ctx.clock.now())
        self.family_tab.set_family(view.family)
        self.family_tab.protection.set_case(view.header.case_id, view.family)
        self.family_tab.transition.set_case(view.header.case_id, view.family)
        self.family_tab.meldcode.set_case(view.header.case_id)
        for tab in self._care_tabs():
            tab.set_header(view.header)
        self.setWindowTitle(self.tr("{family} – Gezinsregie").format(family=view.header.family_name))
        self._update_actions()

    def _on_view_failed(self, error: AppError) -> None:
        self.header_bar.details_label.setText(error_text(error))
        for action in self.case_actions.actions():
            action.setEnabled(False)

    def _update_actions(self) -> None:
        status = self.header.status
        self.activate_action.setVisible(status is CaseStatus.INTAKE)
        for action in (self.transfer_action, self.direction_action, self.priority_action, self.close_case_action):
            action.setVisible(status.is_open)
        self.reopen_action.setVisible(status is CaseStatus.CLOSED)
        self.destruction_action.setVisible(status is CaseStatus.CLOSED and may_request_destruction(self.services))
        self.to_waakvlam_action.setVisible(status is CaseStatus.ACTIVE)
        self.crisis.update(self.header)
        for action in self.case_actions.actions():
            action.setEnabled(True)
        self.case_actions.adjustSize()

    def _on_events_operation_did_execute(self, changes: Changes, _initiator: object) -> None:
        family_id = self.header.family_id if self.header is not None else None
        # the refresh after the user's own command is not a new view of the file: no READ entry
        if changes.touches_case(self.case_id, *HEADER_KINDS) or (
                family_id in changes.family_ids and changes.touches(ChangeKind.FAMILY, ChangeKind.MEMBER,
                                                                          ChangeKind.CONSENT)):
            self._reload_view(log_read=False)
        if changes.touches_case(self.case_id, ChangeKind.JOURNAL, ChangeKind.STATEMENT):
            self.journal_tab.reload(log_read=False)
        if changes.touches_case(self.case_id, ChangeKind.CASE):
            self.history_tab.reload(log_read=False)

    def _on_print_action_triggered(self) -> None:
        PlanPreviewDialog(self.services, self.case_id, self._runner, parent=self).open()

    def _on_provider_print_action_triggered(self) -> None:
        services, case_id = self.services, self.case_id

        def providers() -> list[tuple[int, str]]:
            own = [(i.provider_id, i.provider_name) for i in services.involvements.involvements(case_id)]
            others = [(p.id, p.name) for p in services.providers.providers(include_inactive=False)]
            return list(dict.fromkeys(own + others))

        self._runner.run(providers, self._open_provider_plan_dialog, self._on_case_command_failed, context=self)

    def _open_provider_plan_dialog(self, providers: list[tuple[int, str]]) -> None:
        exports, case_id = self.services.exports, self.case_id
        dialog = ProviderPlanDialog(providers, lambda provider_id, choice: exports.plan_document_for_provider(
            case_id, provider_id, choice), runner=self._runner, parent=self)
        if dialog.exec() and isinstance(dialog.saved_value, PlanDocument):
            self._events.announce(dialog.saved_outcome.changes, self)
            PlanPreviewDialog(self.services, case_id, self._runner, parent=self, document=dialog.saved_value).open()
        dialog.deleteLater()

    def _on_destruction_action_triggered(self) -> None:
        request_destruction(self, self.services, self.header, self._runner, self._events)

    # -- direction of the case --------------------------------------------------------------------
    def _on_activate_action_triggered(self) -> None:
        cases, case_id, version = self.services.cases, self.case_id, self.header.version
        run_command(self._runner, self._events, "activate case", lambda: cases.activate(case_id, version), None,
                    self._on_case_command_failed, initiator=self, context=self)

    def _on_transfer_action_triggered(self) -> None:
        workers, team_id = self.services.workers, self.header.team_id
        self._runner.run(lambda: workers.workers(team_id), self._open_transfer_dialog,
                         self._on_case_command_failed, context=self)

    def _open_transfer_dialog(self, team_workers: list[WorkerRow]) -> None:
        header, cases = self.header, self.services.cases
        colleagues = [worker for worker in team_workers if worker.id != header.director_id]
        self._run_case_dialog(TransferDialog(
            colleagues, header.director_name,
            lambda worker_id, reason: cases.transfer(header.case_id, header.version, worker_id,
                                                     reason), self, runner=self._runner))

    def _on_priority_action_triggered(self) -> None:
        header, cases = self.header, self.services.cases
        self._run_case_dialog(PriorityDialog(
            header.priority, header.priority_reason,
            lambda priority, reason: cases.set_priority(header.case_id, header.version, priority,
                                                        reason), self, runner=self._runner))

    def _on_direction_action_triggered(self) -> None:
        header, cases = self.header, self.services.cases
        self._run_case_dialog(DirectionDialog(
            self.services.ctx.clock.today(), header.direction,
            lambda data: cases.set_direction(header.case_id, header.version, data), self, runner=self._runner))

    def _on_protection_direction_suggested(self, saved: MeasureSaved) -> None:
        """A measure runs: ask whether its certified institution now directs the case (never changed unasked)."""
        m = saved.measure
        if not self.ask(self, self.tr("Direction of the case"), self.tr(
                "During this measure the family guardian of {institution} directs. Record the case's direction "
                "as elsewhere: {institution}, from {date}?").format(institution=m.institution,
                                                                    date=format_date(m.starts_on))):
            return
        cases, case_id = self.services.cases, self.case_id
        data = DirectionInput(DirectionMode.ELSEWHERE, m.starts_on, m.institution, m.guardian_name, m.guardian_contact)
        run_command(self._runner, self._events, "set direction",
                    lambda: cases.set_direction(case_id, saved.case_version, data), None,
                    self._on_case_command_failed, initiator=self, context=self)

    def _on_close_case_action_triggered(self) -> None:
        header, cases = self.header, self.services.cases
        self._run_case_dialog(CloseCaseDialog(
            lambda reason, note, aftercare: cases.close(header.case_id, header.version, reason, note, aftercare), self,
            runner=self._runner, network=self.family_tab.network_names()))

    def _on_reopen_action_triggered(self) -> None:
        header, cases = self.header, self.services.cases
        self._run_case_dialog(ReopenDialog(lambda reason: cases.reopen(header.case_id, header.version, reason),
                                           self, runner=self._runner))

    def _run_case_dialog(self, dialog: FormDialog) -> None:
        accepted = dialog.exec()
        if dialog.conflict is not None:
            self._on_case_command_failed(dialog.conflict)
        elif accepted:
            self._events.announce(dialog.saved_outcome.changes, self)
        dialog.deleteLater()

    def _on_case_command_failed(self, error: AppError) -> None:
        if isinstance(error, ConcurrencyConflict):
            self._report_conflict()
        else:
            show_error(self, error)

    def _report_conflict(self) -> None:
        self.reload()
        self.inform(self, self.tr("A colleague changed this case; it has been reloaded."))

    def _on_to_waakvlam_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.waakvlam_tab)
        self.waakvlam_tab.start_waakvlam()

    def _on_evaluations_tab_close_requested(self) -> None:
        self.close_case_action.trigger()

    # -- the tabs' changes ------------------------------------------------------------------------
    def _care_tabs(self) -> tuple[InvolvementsTab, EvaluationsTab, WaakvlamTab]:
        return self.involvements_tab, self.evaluations_tab, self.waakvlam_tab

    def _on_family_tab_changed(self, changes: Changes) -> None:
        self._events.announce(changes, self.family_tab)

    def _on_meldcode_changed(self, _changes) -> None:
        """A track opened or closed shows in the header: reload it (a refresh, not a new read)."""
        self._reload_view(log_read=False)

    def _on_family_tab_conflict_found(self) -> None:
        self._report_conflict()

    def _on_care_tab_conflict_found(self) -> None:
        self._report_conflict()

    def _on_journal_tab_changed(self, changes: Changes) -> None:
        self._events.announce(changes, self.journal_tab)

    # -- closing without losing anything ----------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        plan_unsaved = getattr(self.plan_tab, "has_unsaved_changes", None)
        return self.journal_tab.has_unsaved_changes() or bool(plan_unsaved and plan_unsaved())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._close_confirmed or not self.has_unsaved_changes():
            event.accept()
            self.closed.emit(self.case_id)
            return
        choice = self.confirm_unsaved_changes(self, self.tr(
            "Some changes in this case have not been saved yet. Save them before closing the window?"))
        if choice == QMessageBox.StandardButton.Discard:
            event.accept()
            self.closed.emit(self.case_id)
            return
        event.ignore()
        if choice == QMessageBox.StandardButton.Save:
            self._save_then_close()

    def _save_then_close(self) -> None:
        """Saves what is pending; the window closes once nothing is left unsaved (saves may take a moment)."""
        self._close_after_save = True
        if self.journal_tab.has_unsaved_changes():
            self.journal_tab.form.save()
        plan_unsaved = getattr(self.plan_tab, "has_unsaved_changes", None)
        if self._close_after_save and plan_unsaved and plan_unsaved():
            if self.plan_tab.save_pending() is False:
                self._close_after_save = False
        self._close_if_saved()

    def _close_if_saved(self) -> None:
        """Closes once everything is saved; later, as Qt ignores a close() while a close is in progress."""
        if self._close_after_save and not self.has_unsaved_changes():
            self._close_after_save = False
            self._close_confirmed = True
            QTimer.singleShot(0, self.close)

    def _on_journal_form_saved(self, _entry: object) -> None:
        self._close_if_saved()

    def _on_journal_form_save_failed(self) -> None:
        self._close_after_save = False

    def _on_plan_tab_dirty_changed(self, dirty: bool) -> None:
        if not dirty:
            self._close_if_saved()
