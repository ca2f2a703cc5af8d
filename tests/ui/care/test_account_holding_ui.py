"""Account holding driven through the windows (issue 18 item 3): a worker raises a signal from the help in a
case; a supervisor names the account holder; the account holder sees the signal without the family or note
on the provider's window and takes it from improvement plan via monitoring to a decision."""
from __future__ import annotations

from PySide6.QtCore import Qt

from models.enums import ImprovementDecision, ImprovementStepKind as K, Role, SignalKind
from tests.ui.care.care_data import help_input
from tests.ui.case.conftest import click_ok, drive_dialog, select_combo_data, type_text
from ui.care.signal_dialog import SignalDialog
from ui.labels.care import care_label
from ui.pages.account_dialogs import AccountHolderDialog, StepDialog
from ui.pages.provider_account import ProviderAccountWindow
from ui.pages.providers_page import ProvidersPage

NOTE = "Zoë wacht al tien weken op de start"


def _cells(table) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _providers_page(qtbot, services, runner, events) -> ProvidersPage:
    page = ProvidersPage(services.providers, runner, events, account_window=lambda pid, parent: ProviderAccountWindow(
        services, pid, runner, events, today=services.ctx.clock.today, parent=parent))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.providers_model.rowCount() > 0)
    return page


def _open_account(qtbot, page, provider_name: str) -> None:
    row = next(r for r in range(page.providers_model.rowCount()) if page.providers_model.row(r).name == provider_name)
    page.providers_table.selectRow(row)
    assert page.account_button.isEnabled()
    qtbot.mouseClick(page.account_button, Qt.MouseButton.LeftButton)


def test_signal_raised_from_the_help_reaches_the_account_holder_without_the_family(
        qtbot, care_window, care, services, runner, events, monkeypatch):
    services.involvements.add_involvement(care.case_id, help_input(care.team_help))
    errors = []

    def raise_signal(dialog: SignalDialog) -> None:
        click_ok(qtbot, dialog)  # no kind chosen
        errors.append(dialog.field_errors["kind"].text())
        select_combo_data(dialog.kind_combo, SignalKind.WAITING_TIME.value)
        type_text(dialog.note_edit, NOTE)
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, SignalDialog, raise_signal)
    tab = care_window("involvements_tab").involvements_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail.signal_button.height() > 0)  # laid out below the newly shown detail
    qtbot.mouseClick(tab.detail.signal_button, Qt.MouseButton.LeftButton)
    assert errors == ["Dit veld is verplicht."]
    [signal] = services.accounts.case_signals(care.case_id)
    assert (signal.kind, signal.note, signal.provider_name) == (SignalKind.WAITING_TIME, NOTE, "Jeugdhulp Zaanstreek")

    # The supervisor names Piet of another team as account holder, on the provider's window.
    piet = services.workers.register_local_worker("Piet Jansen", "Wijkteam Zuid").worker_id
    services.workers.register_local_worker("Marieke Hoekstra", "Wijkteam Noord", Role.SUPERVISOR)

    def choose(dialog: AccountHolderDialog) -> None:
        select_combo_data(dialog.holder_combo, piet)
        click_ok(qtbot, dialog)

    def as_supervisor(window: ProviderAccountWindow) -> None:
        assert window.holder_button.isVisible() and not window.step_buttons[K.PLAN].isVisible()
        assert window.figure_labels["lead"].text() == "–"  # no help of this provider ended in the last year
        assert window.signals_note.text() != "" and not window.signals_table.isVisible()  # not the holder
        qtbot.mouseClick(window.holder_button, Qt.MouseButton.LeftButton)
        assert window.holder_label.text() == "Piet Jansen"

    drive_dialog(monkeypatch, AccountHolderDialog, choose)
    drive_dialog(monkeypatch, ProviderAccountWindow, as_supervisor)
    page = _providers_page(qtbot, services, runner, events)
    _open_account(qtbot, page, "Jeugdhulp Zaanstreek")

    # Piet sees the count, kind and team - no family, no note - and takes it through the steps.
    services.workers.register_local_worker("Piet Jansen", "Wijkteam Zuid")
    seen: dict[str, object] = {}

    def step(kind: K, text: str = "", decision: ImprovementDecision | None = None):
        def fill(dialog: StepDialog) -> None:
            if kind is K.PLAN:
                click_ok(qtbot, dialog)  # no agreements yet
                seen["agreements"] = dialog.field_errors["agreements"].text()
            if decision is not None:
                select_combo_data(dialog.decision_combo, decision.value)
            type_text(dialog.agreements_edit, text)
            click_ok(qtbot, dialog)
        return fill

    def as_holder(window: ProviderAccountWindow) -> None:
        [row] = _cells(window.signals_table)
        seen["signals"] = row[:3]
        seen["shown"] = " ".join(w.text() for w in window.findChildren(type(window.holder_label)))
        assert not window.step_buttons[K.DECISION].isEnabled() and window.step_buttons[K.PLAN].isEnabled()
        for kind, fill in ((K.PLAN, step(K.PLAN, "Start binnen zes weken")),
                           (K.MONITORING, step(K.MONITORING, "Nu acht weken")),
                           (K.DECISION, step(K.DECISION, "Afspraken gehaald", ImprovementDecision.CONTINUE))):
            drive_dialog(monkeypatch, StepDialog, fill)
            qtbot.mouseClick(window.step_buttons[kind], Qt.MouseButton.LeftButton)
        seen["steps"] = [(r[1], r[4]) for r in _cells(window.steps_table)]
        seen["after"] = (window.signals_table.isVisible(), window.step_buttons[K.MONITORING].isEnabled(),
                         window.step_buttons[K.PLAN].isEnabled())

    drive_dialog(monkeypatch, ProviderAccountWindow, as_holder)
    _open_account(qtbot, page, "Jeugdhulp Zaanstreek")
    assert seen["signals"] == [care_label(SignalKind.WAITING_TIME), "Wijkteam Noord", "1"]
    assert "Zoë" not in seen["shown"] and "Öztürk" not in seen["shown"] and NOTE not in seen["shown"]
    assert seen["agreements"] == "Dit veld is verplicht."
    assert seen["steps"] == [(care_label(K.PLAN), "Start binnen zes weken"), (care_label(K.MONITORING), "Nu acht weken"),
                             (care_label(K.DECISION), f"{care_label(ImprovementDecision.CONTINUE)} – Afspraken gehaald")]
    assert seen["after"] == (False, False, False)  # decided: no open signals, no running plan
    assert [s.kind for s in services.accounts.provider_account(care.team_help.provider_id).steps] == [
        K.PLAN, K.MONITORING, K.DECISION]
