"""No English on a Dutch screen: every page of the main window, each tab of case windows, and the dialogs.

The demo fills the database with every kind of case (intake, active with plans and help, waakvlam,
closed), so the pages and tabs show every label they can. See :func:`tests.ui.untranslated.untranslated_texts`.
"""
from __future__ import annotations

from ui.tasks import SynchronousTaskRunner

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

from app.demo import fill_demo
from models.enums import Role
from tests.ui.untranslated import english_only, untranslated_texts
from ui.case.openers import open_case_window
from ui.main_window import MainWindow

DEMO_FAMILIES = 16


@pytest.fixture
def demo_services(empty_services):
    fill_demo(empty_services, DEMO_FAMILIES)
    return empty_services


def main_window(qtbot, services, runner, events, settings) -> MainWindow:
    window = MainWindow(services, runner, events, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def english_on_every_page(window: MainWindow) -> dict[str, list[str]]:
    found = {}
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        QApplication.processEvents()
        found[window.navigation.item(row).text()] = untranslated_texts(window)
    return {page: texts for page, texts in found.items() if texts}


@pytest.mark.parametrize("role", [Role.WORKER, Role.SUPERVISOR])
def test_every_page_of_the_main_window_is_dutch(qtbot, demo_services, runner, events, ui_settings, role):
    worker = next(w for w in demo_services.workers.workers() if w.role is role)
    demo_services.workers.sign_in(worker.id)
    window = main_window(qtbot, demo_services, runner, events, ui_settings)

    assert window.navigation.count() >= 7
    assert english_on_every_page(window) == {}


def test_every_tab_of_a_case_window_is_dutch(qtbot, demo_services, runner, events):
    cases = [row.case_id for row in demo_services.caseload.my_caseload()][:4]
    assert cases
    english = {}
    for case_id in cases:
        window = open_case_window(demo_services, case_id, events, runner)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            if texts := untranslated_texts(window):
                english[f"case {case_id}, {window.tabs.tabText(tab)}"] = texts
    assert english == {}


def test_the_file_dialog_the_reports_page_opens_is_dutch(qtbot, demo_services, runner, events, ui_settings):
    """The save dialog itself: its title and file type are ours, its labels Qt's."""
    from ui.pages.figures_page import ask_figures_path

    seen: list[list[str]] = []

    def walk_and_cancel() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        seen.append(untranslated_texts(dialog) + [
            text for text in (dialog.windowTitle(), *dialog.nameFilters()) if text in english_only()])
        seen.append([label.text() for label in dialog.findChildren(QLabel)])
        dialog.reject()

    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, walk_and_cancel)
    assert ask_figures_path(parent, "cijfers.xlsx") is None

    english, labels = seen
    assert english == []
    assert "&Zoeken in:" in labels


def dialogs(services, runner) -> dict[str, QWidget]:
    from pathlib import Path

    from app.storage.keys import PassphraseReason, PassphraseRequest
    from ui.case.intake_dialog import IntakeDialog
    from ui.dialogs.first_start_dialog import FirstStartDialog
    from ui.dialogs.passphrase_dialog import PassphraseDialog
    from ui.dialogs.restore_dialog import RestoreDialog
    from ui.export.batch_export_dialog import BatchExportDialog
    from ui.export.preview_dialog import PlanPreviewDialog

    case_id = next(row.case_id for row in services.caseload.my_caseload() if row.plan_status is not None)
    return {
        "first start": FirstStartDialog(["Wijkteam Noord"], lambda *_: None),
        "intake": IntakeDialog(services, runner=SynchronousTaskRunner()),
        "passphrase": PassphraseDialog(PassphraseRequest(Path("gezinsregie.db"), True, PassphraseReason.NO_KEYRING)),
        "restore": RestoreDialog([]),
        "plans of all my cases": BatchExportDialog(services, run_in_thread=False),
        "plan preview": PlanPreviewDialog(services, case_id, runner),
    }


def test_the_dialogs_are_dutch(qtbot, demo_services, runner):
    english = {}
    for name, dialog in dialogs(demo_services, runner).items():
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        if texts := untranslated_texts(dialog):
            english[name] = texts
    assert english == {}


def test_the_walker_reports_english_and_only_english(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    for text in ("Export the caseload list", "De caseloadlijst exporteren", "Team", "Sanne de Vries"):
        QLabel(text, page)
    hidden = QLabel("Export the management figures", page)
    hidden.hide()

    assert untranslated_texts(page) == ["QLabel '': Export the caseload list"]


@pytest.fixture
def dialogs_walked(monkeypatch) -> dict[str, list[str]]:
    """Every dialog the app runs is shown, walked and cancelled; message boxes answer "no" and are
    checked too. Returns {dialog title: English texts} for those that show English."""
    found: dict[str, list[str]] = {}

    def walk(dialog) -> int:
        dialog.show()
        QApplication.processEvents()
        found[dialog.windowTitle()] = untranslated_texts(dialog)
        dialog.reject()
        return QDialog.DialogCode.Rejected

    def message(_parent, title, text, *_args, **_kwargs):
        found[title] = [t for t in (title, text) if t in english_only()]
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QDialog, "exec", walk)
    for kind in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, message)
    return found


def test_the_dialogs_behind_every_action_of_a_case_window_are_dutch(qtbot, demo_services, runner, events,
                                                                    dialogs_walked):
    rows = demo_services.caseload.my_caseload()
    for case_id in {row.status: row.case_id for row in rows}.values():  # one case of each status
        window = open_case_window(demo_services, case_id, events, runner)
        qtbot.addWidget(window)
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            page = window.tabs.currentWidget()
            for button in page.findChildren(QPushButton):
                if button.isVisibleTo(page) and button.isEnabled():
                    button.click()
        for action in window.case_actions.actions():
            if action.isEnabled():
                action.trigger()
        window.confirm_unsaved_changes = lambda *_args: QMessageBox.StandardButton.Discard
        window.close()

    assert len(dialogs_walked) >= 12  # 17 today: plan, goals, actions, help, evaluation, waakvlam, family, ...
    assert {title: texts for title, texts in dialogs_walked.items() if texts} == {}
