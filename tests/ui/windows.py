"""Every top-level window and dialog of the app, opened the way a user gets there, for tests that walk them all.

``WINDOWS`` is a list of ``(name, factory)``; ``factory(qtbot, services)`` returns the widget shown, on
``services`` filled with the demo (:func:`demo_services`). Dialogs are opened through the app's own
buttons and actions where there is one: their modal ``exec``/``open`` is intercepted (:func:`opened_by`),
so the data they get is what the app gives them. ``COVERED`` names the class each entry shows;
tests/ui/test_windows_fit.py fails when a dialog or window class of ``ui/`` has no entry.

Used by the fit test (sizes on a laptop screen) and meant for the walks over every window's texts.
"""
from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from PySide6.QtWidgets import QDialog, QMessageBox, QRadioButton, QWidget

from app.bootstrap import Services
from app.storage.keys import PassphraseReason, PassphraseRequest
from app.storage.backup import BackupInfo
from models.enums import CaseStatus, DirectionMode, ImprovementStepKind, PlanStatus
from ui.events import AppEvents
from ui.settings import UiSettings
from ui.tasks import SynchronousTaskRunner

Factory = Callable[[object, Services], QWidget]


class Entry(NamedTuple):
    name: str
    shows: str  # "module:Class" of the window or dialog (or main-window page) this entry shows
    factory: Factory


class _Opened(Exception):
    def __init__(self, dialog: QDialog):
        super().__init__(type(dialog).__name__)
        self.dialog = dialog


@contextmanager
def _intercepted():
    saved = QDialog.exec, QDialog.open

    saved_show = QDialog.show

    def stop(dialog, *_args):
        dialog.deleteLater = lambda: None  # the caller's clean-up after its modal run
        raise _Opened(dialog)

    QDialog.exec = stop
    QDialog.open = stop
    QDialog.show = stop
    try:
        yield
    finally:
        QDialog.exec, QDialog.open = saved
        QDialog.show = saved_show


def opened_by(trigger: Callable[[], object], owner: QWidget | None = None) -> QDialog:
    """The dialog ``trigger`` opens (modal or not), stopped just before it would run; shown non-modally.

    ``owner`` (the window the dialog was opened from) lives as long as the dialog does."""
    with _intercepted():
        try:
            trigger()
        except _Opened as opened:
            dialog = opened.dialog
        else:
            raise AssertionError("nothing was opened")
    dialog.catalogue_owner = owner
    dialog.setModal(False)
    dialog.show()
    return dialog


# -- data ----------------------------------------------------------------------------------------

def _cases(services: Services, *, team: bool = False):
    return services.caseload.team_caseload() if team else services.caseload.my_caseload()


def _case(services: Services, status: CaseStatus, plan: PlanStatus | None = None, *, care: bool = False) -> int:
    """A case of the signed-in worker's demo caseload in ``status``; with ``care`` one with help (running
    help preferred)."""
    rows = [r for r in _cases(services) if r.status is status and (plan is None or r.plan_status is plan)]
    if care:
        helped = {r.case_id: services.involvements.involvements(r.case_id) for r in rows}
        rows = sorted((r for r in rows if helped[r.case_id]),
                      key=lambda r: not any(i.is_active for i in helped[r.case_id]))
    if not rows:
        raise LookupError(f"no demo case {status} {plan} care={care}")
    return rows[0].case_id


def _sign_in(services: Services, name: str) -> None:
    worker = next(w for w in services.workers.workers() if w.name == name)
    services.workers.sign_in(worker.id)


def demo_services(db_path: Path, clock) -> Services:
    """Services on ``db_path`` filled with the demo the README's first command makes (40 families)."""
    from app.bootstrap import open_database
    from app.demo import fill_demo

    services = open_database(db_path, clock=clock, encryption=None)
    fill_demo(services)
    return services


# -- windows -------------------------------------------------------------------------------------

def _show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def main_window(qtbot, services: Services, page: str = "today"):
    from ui.main_window import MainWindow

    window = MainWindow(services, SynchronousTaskRunner(), AppEvents(), UiSettings())
    _show(qtbot, window)
    window.navigation.setCurrentRow(window.app_pages.keys.index(page))
    return window


def _from_main(window, trigger) -> QDialog:
    return opened_by(lambda: trigger(window), window)


def _page(page: str, supervisor: bool = False) -> Factory:
    def factory(qtbot, services):
        if supervisor:
            _sign_in(services, "Marieke Hoekstra")
        return main_window(qtbot, services, page)
    return factory


def case_window(qtbot, services: Services, case_id: int, tab: str | None = None):
    from ui.case.case_window import CaseWindow

    window = CaseWindow(services, case_id, AppEvents(), SynchronousTaskRunner())
    window.inform = lambda *_args: None
    window.confirm_unsaved_changes = lambda *_args: QMessageBox.StandardButton.Discard
    _show(qtbot, window)
    if tab is not None:
        window.tabs.setCurrentWidget(getattr(window, tab))
    return window


def _case_tab(tab: str, status=CaseStatus.ACTIVE, plan=PlanStatus.AGREED, care=True) -> Factory:
    return lambda qtbot, services: case_window(qtbot, services, _case(services, status, plan, care=care), tab)


def _from_case(tab: str | None, trigger: Callable[[object], object], status=CaseStatus.ACTIVE,
               plan=PlanStatus.AGREED, care=True, prepare: Callable[[object], None] | None = None) -> Factory:
    def factory(qtbot, services):
        window = case_window(qtbot, services, _case(services, status, plan, care=care), tab)
        if prepare is not None:
            prepare(window)
        return opened_by(lambda: trigger(window), window)
    return factory


def _samenregie(qtbot, services):
    """The help dialog with samenregie chosen: the direction holder's row and hint appear."""
    dialog = _from_case("involvements_tab", lambda w: w.involvements_tab._on_add_button_clicked())(qtbot, services)
    dialog.provider_combo.setCurrentIndex(0)
    radio: QRadioButton = dialog.direction_radios[DirectionMode.SAMENREGIE]
    radio.setChecked(True)
    assert dialog.direction_holder_edit.isVisibleTo(dialog)
    return dialog


def _help_step(slot: str) -> Factory:
    """A step on running help of the case (change, end, extend, ...), through the Help tab's button."""
    def select_running(window) -> None:
        tab = window.involvements_tab
        rows = [tab.model.row(n) for n in range(tab.model.rowCount())]
        tab.table.selectRow(next((n for n, row in enumerate(rows) if row.is_active), 0))

    return _from_case("involvements_tab", lambda w: getattr(w.involvements_tab, slot)(), prepare=select_running)


def _decide_extension(qtbot, services):
    """The demo's extension awaiting approval, opened by the team's supervisor from the Help tab."""
    _sign_in(services, "Marieke Hoekstra")
    [item] = [i for i in services.due.today_items(include_later=True) if i.kind == "extension_awaiting"]
    window = case_window(qtbot, services, item.case_id, "involvements_tab")
    tab = window.involvements_tab
    tab.table.selectRow(next(n for n in range(tab.model.rowCount())
                             if tab.model.row(n).pending_extension_id is not None))
    return opened_by(tab._on_decide_button_clicked, window)


def _plan_tab(qtbot, services, trigger):
    window = case_window(qtbot, services, _case(services, CaseStatus.ACTIVE, PlanStatus.AGREED, care=True), "plan_tab")
    return opened_by(lambda: trigger(window.plan_tab), window)


def _goal_dialog(qtbot, services):
    return _plan_tab(qtbot, services, lambda tab: tab.commands.add_goal())


def _action_dialog(qtbot, services):
    def trigger(tab):
        goal = tab._plan.goals[0]
        tab.commands.add_action(goal.id)
    return _plan_tab(qtbot, services, trigger)


def _agree_dialog(qtbot, services):
    case_id = _case(services, CaseStatus.INTAKE)
    if services.plans.current_plan(case_id) is None:
        services.plans.start_plan(case_id)
    window = case_window(qtbot, services, case_id, "plan_tab")
    window.plan_tab.save_pending = lambda: True
    return opened_by(window.plan_tab._on_agree_button_clicked, window)


def _team_overview_dialog(trigger: Callable[[object], object]) -> Factory:
    def factory(qtbot, services):
        window = _page("team_overview", supervisor=True)(qtbot, services)
        page = window.app_pages.team_overview
        page.workers_table.selectRow(0)
        page.cases_table.selectRow(0)
        return opened_by(lambda: trigger(page), window)
    return factory


def _providers_dialog(trigger: Callable[[object], object]) -> Factory:
    def factory(qtbot, services):
        window = main_window(qtbot, services, "providers")
        page = window.providers_page
        page.providers_table.selectRow(0)
        page.products_table.selectRow(0)
        return opened_by(lambda: trigger(page), window)
    return factory


def _account_window(qtbot, services):
    """The account-holding window of the provider the demo worker holds (with signals and a plan)."""
    window = main_window(qtbot, services, "providers")
    page = window.providers_page
    held = next(p.id for p in services.providers.providers()
                if services.accounts.provider_account(p.id).open_signals is not None)
    page.providers_table.selectRow(page.providers_model.row_of(held))
    return opened_by(page._on_account_button_clicked, window)


def _account_dialog(trigger: Callable[[object], object]) -> Factory:
    def factory(qtbot, services):
        account = _account_window(qtbot, services)
        return opened_by(lambda: trigger(account), account)
    return factory


def _segment_dialog(qtbot, services):
    segments = _providers_dialog(lambda page: page._on_segments_button_clicked())(qtbot, services)
    segments.table.selectRow(1)
    return opened_by(lambda: segments._on_edit_button_clicked(), segments)


def _retention_dialog(qtbot, services):
    _sign_in(services, "Ellen Schouten")
    return _from_main(main_window(qtbot, services), lambda w: w._on_retention_triggered())


def _destruction_request(kind: str = "family_file", status: str = "requested"):
    """A request as the review list hands it to the approval and carry-out dialogs."""
    from app.queries.retention import DestructionRequestDTO
    from models.enums import DestructionGround, DestructionKind, DestructionStatus

    family = kind == "family_file"
    now = datetime(2026, 11, 20, 10, 0).astimezone()
    return DestructionRequestDTO(
        1, DestructionKind(kind), 12 if family else None,
        DestructionGround.PERSON_REQUEST if family else DestructionGround.LOG_RETENTION, True,
        "Brief van de moeder van 18 november, besproken met de gedragswetenschapper", None if family else now.date(),
        DestructionStatus(status), 1, "Ellen Schouten", now, "Karel Beheerder" if status == "approved" else None,
        now if status == "approved" else None, None, None, None, 1)


def _step(name: str, **request) -> Factory:
    def build(services):
        from ui.dialogs import destruction_dialogs as d

        retention, runner = services.retention, SynchronousTaskRunner()
        if name == "request":
            return d.DestructionRequestDialog(12, "Familie Öztürk-Øster (gezin 12)", True,
                                              retention.request_destruction, runner=runner)
        if name == "log":
            return d.LogPurgeRequestDialog(1234, "20-11-2021", retention.request_log_purge, runner=runner)
        step = d.DestructionApprovalDialog if name == "approve" else d.DestructionExecuteDialog
        return step(_destruction_request(**request), "Familie Öztürk-Øster (gezin 12)", getattr(retention, name),
                    runner=runner)
    return _dialog(build)


def _dialog(build: Callable[[Services], QDialog]) -> Factory:
    return lambda qtbot, services: _show(qtbot, build(services))


def _profile_dialog(services):
    from app.profiles import ProfileStore
    from ui.dialogs.profile_dialog import Passwords, ProfileDialog
    from app.credentials import MemoryStore

    return ProfileDialog(ProfileStore(), Passwords(MemoryStore()), SynchronousTaskRunner())


def _restore_dialog(_services):
    from ui.dialogs.restore_dialog import RestoreDialog

    moments = (datetime(2026, 11, 22, 10, 43), datetime(2026, 11, 21, 9, 5), datetime(2026, 11, 20, 17, 30))
    return RestoreDialog([BackupInfo(Path(f"gezinsregie-daily-{m:%Y%m%d-%H%M%S}.db"), m, "daily", 3_400_000)
                          for m in moments])


def _import_report(services):
    from ui.pages.import_report_dialog import ImportReportDialog

    text = "naam;agb\nJeugdhulp Zaanstreek;12\n;98765432\n"
    return ImportReportDialog(services.providers.import_providers_csv(text))


def _conflict_dialog(_services):
    from ui.widgets.conflict_dialog import ConflictDialog, ConflictRow

    return ConflictDialog([ConflictRow("Hulpvraag", "Dat Zoë weer met plezier naar school gaat.",
                                       "Dat Zoë weer naar school gaat en Ayşe rust vindt in huis.")])


def _first_start(services):
    from ui.dialogs.first_start_dialog import FirstStartDialog

    return FirstStartDialog([t.name for t in services.workers.teams()], services.workers.register_local_worker)


def _demo_start(services):
    from app.demo.personas import demo_people, sign_in_as
    from ui.dialogs.demo_start_dialog import DemoStartDialog

    return DemoStartDialog(demo_people(services), lambda role: sign_in_as(services, role))


def _cancel_help(services):
    """The cancel dialog for help of the demo (it asks for a reason only; the help is not changed here)."""
    from ui.care.involvement_steps import CancelInvolvementDialog

    case_id = _case(services, CaseStatus.ACTIVE, care=True)
    inv = services.involvements.involvements(case_id)[0]
    return CancelInvolvementDialog(inv, lambda reason: inv, runner=SynchronousTaskRunner())


def _passphrase(_services):
    from ui.dialogs.passphrase_dialog import PassphraseDialog

    return PassphraseDialog(PassphraseRequest(Path("gezinsregie.db"), True, PassphraseReason.NO_KEYRING))


def _batch_export(services):
    from ui.export.batch_export_dialog import BatchExportDialog

    return BatchExportDialog(services, run_in_thread=False)


def _directory(qtbot, services):
    _sign_in(services, "Ellen Schouten")
    return _from_main(main_window(qtbot, services), lambda w: w._on_directory_triggered())


def _team_dialog(qtbot, services):
    from ui.dialogs.contact_dialogs import DirectoryDialog

    _sign_in(services, "Ellen Schouten")
    window = main_window(qtbot, services)
    directory = DirectoryDialog(services, SynchronousTaskRunner(), window)
    directory.teams_table.selectRow(0)
    return opened_by(directory._on_edit_team_button_clicked, directory)


def _reopen(qtbot, services):
    from models.enums import CloseReason

    case_id = _case(services, CaseStatus.ACTIVE, care=False)
    services.cases.close(case_id, services.members.case_header(case_id).version, next(iter(CloseReason)))
    window = case_window(qtbot, services, case_id)
    return opened_by(window._on_reopen_action_triggered, window)


def _crisis_dialog(action: str) -> Factory:
    """A crisis dialog through its case action, on a case with an open crisis (marked here if it has none)."""
    def factory(qtbot, services):
        case_id = _case(services, CaseStatus.ACTIVE, PlanStatus.AGREED, care=True)
        if services.members.case_header(case_id).crisis is None:
            services.crisis.mark(case_id)
        window = case_window(qtbot, services, case_id, None)
        return opened_by(getattr(window.crisis, action), window)
    return factory


def _extend_measure(qtbot, services):
    """The Extend dialog of an OTS recorded for the case's youngest young person."""
    from datetime import timedelta

    from app.services.protection import MeasureInput
    from models.enums import ProtectionKind

    case_id = _case(services, CaseStatus.ACTIVE, PlanStatus.AGREED, care=True)
    today = services.ctx.clock.today()
    header = services.members.case_header(case_id)
    child = services.members.family_detail(header.family_id).young_people[-1]
    services.protection.record(case_id, MeasureInput(child.id, ProtectionKind.OTS, "Jeugdbescherming Noord-Holland",
                                                     today, today + timedelta(days=300), "Petra Visser"))
    window = case_window(qtbot, services, case_id, "family_tab")
    window.family_tab.protection.table.selectRow(0)
    return opened_by(window.family_tab.protection._on_extend_button_clicked, window)


def _meldcode_case(services) -> int:
    """An active case with an open meldcode track the signed-in worker directs (opened here if need be)."""
    case_id = _case(services, CaseStatus.ACTIVE, PlanStatus.AGREED, care=True)
    view = services.meldcode.view(case_id)
    if view.track is None or not view.track.is_open:
        services.meldcode.open_track(case_id)
    return case_id


def _meldcode_step(step: int) -> Factory:
    def factory(qtbot, services):
        window = case_window(qtbot, services, _meldcode_case(services), "family_tab")
        qtbot.waitUntil(lambda: window.family_tab.meldcode.view is not None)
        return opened_by(lambda: window.family_tab.meldcode.record_step(step), window)
    return factory


def _meldcode_readers(qtbot, services):
    window = case_window(qtbot, services, _meldcode_case(services), "family_tab")
    qtbot.waitUntil(lambda: window.family_tab.meldcode.view is not None)
    return opened_by(window.family_tab.meldcode._on_readers_button_clicked, window)


ENTRIES: list[Entry] = [
    Entry("main window: Today", "ui.pages.today_page:TodayPage", _page("today")),
    Entry("main window: My caseload", "ui.pages.caseload_page:MyCaseloadPage", _page("my_caseload")),
    Entry("main window: Team", "ui.pages.caseload_page:TeamCaseloadPage", _page("team")),
    Entry("main window: Team overview", "ui.pages.team_overview_page:TeamOverviewPage",
          _page("team_overview", supervisor=True)),
    Entry("main window: Waakvlam", "ui.pages.waakvlam_page:WaakvlamPage", _page("waakvlam")),
    Entry("main window: Providers", "ui.pages.providers_page:ProvidersPage", _page("providers")),
    Entry("main window: Reports", "ui.pages.figures_page:FiguresPage", _page("reports")),
    Entry("main window: Reports (supervisor)", "ui.pages.figures_page:FiguresPage", _page("reports", True)),
    Entry("main window: Find family", "ui.pages.search_page:SearchPage", _page("search")),
    Entry("main window", "ui.main_window:MainWindow", _page("today")),
    Entry("case window: Family", "ui.case.case_window:CaseWindow", _case_tab("family_tab")),
    Entry("case window: Plan", "ui.case.case_window:CaseWindow", _case_tab("plan_tab")),
    Entry("case window: Help", "ui.case.case_window:CaseWindow", _case_tab("involvements_tab")),
    Entry("case window: Evaluations", "ui.case.case_window:CaseWindow", _case_tab("evaluations_tab")),
    Entry("case window: Waakvlam", "ui.case.case_window:CaseWindow",
          _case_tab("waakvlam_tab", CaseStatus.WAAKVLAM, None, False)),
    Entry("case window: Journal", "ui.case.case_window:CaseWindow", _case_tab("journal_tab")),
    Entry("case window: History", "ui.case.case_window:CaseWindow", _case_tab("history_tab")),
    Entry("intake", "ui.case.intake_dialog:IntakeDialog",
          lambda qtbot, services: _from_main(main_window(qtbot, services), lambda w: w._on_new_family_triggered())),
    Entry("transfer case", "ui.case.direction_dialogs:TransferDialog",
          _from_case(None, lambda w: w._on_transfer_action_triggered())),
    Entry("priority", "ui.case.direction_dialogs:PriorityDialog",
          _from_case(None, lambda w: w._on_priority_action_triggered())),
    Entry("close case", "ui.case.direction_dialogs:CloseCaseDialog",
          _from_case(None, lambda w: w._on_close_case_action_triggered())),
    Entry("reopen case", "ui.case.direction_dialogs:ReopenDialog", _reopen),
    Entry("change address", "ui.case.family_dialogs:AddressDialog",
          _from_case("family_tab", lambda w: w.family_tab._on_edit_address_button_clicked())),
    Entry("my details", "ui.dialogs.contact_dialogs:ContactDetailsDialog",
          lambda qtbot, services: _from_main(main_window(qtbot, services), lambda w: w._on_my_details_triggered())),
    Entry("workers and teams", "ui.dialogs.contact_dialogs:DirectoryDialog", _directory),
    Entry("team contact and municipalities", "ui.dialogs.contact_dialogs:TeamDialog", _team_dialog),
    Entry("add member", "ui.case.family_dialogs:MemberDialog",
          _from_case("family_tab", lambda w: w.family_tab._on_add_member_button_clicked())),
    Entry("add network member", "ui.case.family_dialogs:NetworkMemberDialog",
          _from_case("family_tab", lambda w: w.family_tab._on_add_network_button_clicked())),
    Entry("case direction", "ui.case.direction_dialogs:DirectionDialog",
          _from_case(None, lambda w: w._on_direction_action_triggered())),
    Entry("record measure", "ui.case.protection_dialogs:MeasureDialog",
          _from_case("family_tab", lambda w: w.family_tab.protection._on_add_button_clicked())),
    Entry("extend OTS", "ui.case.protection_dialogs:ExtendMeasureDialog", _extend_measure),
    Entry("meldcode signals", "ui.case.meldcode_dialogs:SignalsDialog", _meldcode_step(1)),
    Entry("meldcode consult", "ui.case.meldcode_dialogs:ConsultDialog", _meldcode_step(2)),
    Entry("meldcode conversation", "ui.case.meldcode_dialogs:ConversationDialog", _meldcode_step(3)),
    Entry("meldcode weighing", "ui.case.meldcode_dialogs:WeighingDialog", _meldcode_step(4)),
    Entry("meldcode decision", "ui.case.meldcode_dialogs:DecisionDialog", _meldcode_step(5)),
    Entry("meldcode readers", "ui.case.meldcode_dialogs:ReadersDialog", _meldcode_readers),
    Entry("report crisis", "ui.case.crisis_dialogs:MarkCrisisDialog",
          _from_case(None, lambda w: w.crisis._on_mark_action_triggered())),
    Entry("crisis follow-up", "ui.case.crisis_dialogs:FollowUpDialog", _crisis_dialog("_on_follow_up_action_triggered")),
    Entry("end crisis", "ui.case.crisis_dialogs:EndCrisisDialog", _crisis_dialog("_on_end_action_triggered")),
    Entry("transition plan", "ui.case.transition_dialog:TransitionPlanDialog",
          _from_case("family_tab", lambda w: w.family_tab.transition._on_plan_button_clicked())),
    Entry("record consent", "ui.case.consent_dialog:ConsentDialog",
          _from_case("family_tab", lambda w: w.family_tab.consents._on_add_button_clicked())),
    Entry("scaling answer", "ui.plan.scaling_dialog:ScalingDialog",
          lambda qtbot, services: _plan_tab(qtbot, services, lambda tab: tab.safety._on_record_button_clicked())),
    Entry("family-group plan offer", "ui.plan.statement_dialogs:FamilyGroupPlanDialog",
          lambda qtbot, services: _plan_tab(qtbot, services, lambda tab: tab._on_offer_button_clicked())),
    Entry("own statement", "ui.plan.statement_dialogs:StatementDialog",
          lambda qtbot, services: _plan_tab(qtbot, services, lambda tab: tab._on_statement_button_clicked())),
    Entry("correct a text", "ui.plan.statement_dialogs:CorrectionDialog",
          lambda qtbot, services: _plan_tab(qtbot, services, lambda tab: tab._on_correct_button_clicked())),
    Entry("add help", "ui.care.involvement_dialog:InvolvementDialog",
          _from_case("involvements_tab", lambda w: w.involvements_tab._on_add_button_clicked())),
    Entry("add help, samenregie chosen", "ui.care.involvement_dialog:InvolvementDialog", _samenregie),
    Entry("change help", "ui.care.involvement_dialog:InvolvementDialog", _help_step("_on_edit_button_clicked")),
    Entry("end help", "ui.care.involvement_steps:EndInvolvementDialog", _help_step("_on_end_button_clicked")),
    Entry("extend help", "ui.care.extension_dialogs:ExtensionDialog", _help_step("_on_extension_button_clicked")),
    Entry("decide on an extension", "ui.care.extension_dialogs:DecideExtensionDialog", _decide_extension),
    Entry("handover", "ui.care.involvement_steps:HandoverDialog", _help_step("_on_handover_button_clicked")),
    Entry("report back", "ui.care.involvement_steps:ReportBackDialog", _help_step("_on_report_back_button_clicked")),
    Entry("signal to the account holder", "ui.care.signal_dialog:SignalDialog",
          _help_step("_on_signal_button_clicked")),
    Entry("record evaluation", "ui.care.evaluation_dialog:EvaluationDialog",
          _from_case("evaluations_tab", lambda w: w.evaluations_tab._on_record_button_clicked())),
    Entry("start waakvlam", "ui.care.waakvlam_dialogs:WaakvlamDialog",
          _from_case(None, lambda w: w._on_to_waakvlam_action_triggered())),
    Entry("waakvlam contact", "ui.care.waakvlam_dialogs:ContactDialog",
          _from_case("waakvlam_tab", lambda w: w.waakvlam_tab._on_contact_button_clicked(),
                     CaseStatus.WAAKVLAM, None, False)),
    Entry("add goal", "ui.plan.goal_dialog:GoalDialog", _goal_dialog),
    Entry("add action", "ui.plan.action_dialog:ActionDialog", _action_dialog),
    Entry("agree plan", "ui.plan.agree_dialog:AgreeDialog", _agree_dialog),
    Entry("plan versions", "ui.plan.versions:VersionsDialog",
          _from_case("plan_tab", lambda w: w.plan_tab._on_versions_button_clicked())),
    Entry("plan preview", "ui.export.preview_dialog:PlanPreviewDialog",
          _from_case(None, lambda w: w._on_print_action_triggered())),
    Entry("plan for a provider", "ui.export.provider_plan_dialog:ProviderPlanDialog",
          _from_case(None, lambda w: w._on_provider_print_action_triggered())),
    Entry("export all plans", "ui.export.batch_export_dialog:BatchExportDialog", _dialog(_batch_export)),
    Entry("access log", "ui.dialogs.access_log_dialog:AccessLogDialog",
          lambda qtbot, services: _from_main(_page("today", supervisor=True)(qtbot, services),
                                             lambda w: w._on_access_log_triggered())),
    Entry("retention and destruction", "ui.dialogs.retention_dialog:RetentionDialog", _retention_dialog),
    Entry("request destruction", "ui.dialogs.destruction_dialogs:DestructionRequestDialog", _step("request")),
    Entry("request removal of old access-log entries", "ui.dialogs.destruction_dialogs:LogPurgeRequestDialog",
          _step("log")),
    Entry("approve destruction", "ui.dialogs.destruction_dialogs:DestructionApprovalDialog", _step("approve")),
    Entry("carry out destruction", "ui.dialogs.destruction_dialogs:DestructionExecuteDialog",
          _step("execute", status="approved")),
    Entry("carry out removal of old access-log entries", "ui.dialogs.destruction_dialogs:DestructionExecuteDialog",
          _step("execute", kind="access_log", status="approved")),
    Entry("reassign cases", "ui.dialogs.reassign_dialog:ReassignDialog",
          _team_overview_dialog(lambda page: page._on_reassign_button_clicked())),
    Entry("caseload weights", "ui.dialogs.weights_dialog:WeightsDialog",
          _team_overview_dialog(lambda page: page._on_weights_button_clicked())),
    Entry("new provider", "ui.pages.provider_dialogs:ProviderDialog",
          _providers_dialog(lambda page: page._on_new_provider_button_clicked())),
    Entry("new product", "ui.pages.provider_dialogs:ProductDialog",
          _providers_dialog(lambda page: page._on_new_product_button_clicked())),
    Entry("segments", "ui.pages.segment_dialogs:SegmentsDialog",
          _providers_dialog(lambda page: page._on_segments_button_clicked())),
    Entry("edit a segment", "ui.pages.segment_dialogs:SegmentDialog", _segment_dialog),
    Entry("provider account holding", "ui.pages.provider_account:ProviderAccountWindow", _account_window),
    Entry("account holder", "ui.pages.account_dialogs:AccountHolderDialog",
          _account_dialog(lambda w: w._on_holder_button_clicked())),
    Entry("improvement plan step", "ui.pages.account_dialogs:StepDialog",
          _account_dialog(lambda w: w._on_step_button_clicked(ImprovementStepKind.DECISION))),
    Entry("import report", "ui.pages.import_report_dialog:ImportReportDialog", _dialog(_import_report)),
    Entry("choose a database", "ui.dialogs.profile_dialog:ProfileDialog", _dialog(_profile_dialog)),
    Entry("restore a backup", "ui.dialogs.restore_dialog:RestoreDialog", _dialog(_restore_dialog)),
    Entry("first start", "ui.dialogs.first_start_dialog:FirstStartDialog", _dialog(_first_start)),
    Entry("demo start", "ui.dialogs.demo_start_dialog:DemoStartDialog", _dialog(_demo_start)),
    Entry("cancel help", "ui.care.involvement_steps:CancelInvolvementDialog", _dialog(_cancel_help)),
    Entry("passphrase", "ui.dialogs.passphrase_dialog:PassphraseDialog", _dialog(_passphrase)),
    Entry("conflict", "ui.widgets.conflict_dialog:ConflictDialog", _dialog(_conflict_dialog)),
    Entry("keyboard shortcuts", "ui.dialogs.shortcuts_dialog:ShortcutsDialog",
          lambda qtbot, services: _from_main(main_window(qtbot, services),
                                             lambda w: w._on_keyboard_shortcuts_triggered())),
]

WINDOWS: list[tuple[str, Factory]] = [(entry.name, entry.factory) for entry in ENTRIES]
