"""Looking around in the demo as its supervisor: through the command line, and through the demo's start dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app import __main__ as entry
from app.bootstrap import open_database
from app.demo import fill_demo
from app.demo.personas import NotADemo
from models.enums import Role
from ui import main as launcher
from ui.dialogs.demo_start_dialog import DemoStartDialog
from ui.main_window import MainWindow

SUPERVISOR = "Marieke Hoekstra"


def _visible(kind):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)


def run_until_window(qapp, start, on_dialog=None) -> tuple[int, dict]:
    """Runs ``start`` (which runs the app's event loop); records the main window's navigation and worker, then
    closes it. ``on_dialog`` handles the demo's start dialog when it shows."""
    seen: dict = {}
    style = qapp.styleSheet()

    def poll():
        dialog = _visible(DemoStartDialog)
        if dialog is not None and on_dialog is not None:
            seen["dialog"] = {role: button.text() for role, button in dialog.role_buttons.items()}
            on_dialog(dialog)
            return
        window = _visible(MainWindow)
        if window is None:
            return
        seen["navigation"] = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        seen["worker"] = window.worker_label.text()
        seen["title"] = window.windowTitle()
        timer.stop()
        window.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(QCoreApplication.quit)  # never hang the test run
    watchdog.start(30_000)
    try:
        code = start()
    finally:
        watchdog.stop()
        timer.stop()
        qapp.setStyleSheet(style)
    return code, seen


def test_demo_as_supervisor_from_the_command_line_shows_team_overview_and_reports(qapp, tmp_path, capsys):
    database = str(tmp_path / "demo.db")

    code, seen = run_until_window(qapp, lambda: entry.main(["--demo", "--as", "supervisor", "--database", database]))

    assert code == 0, capsys.readouterr().err
    assert seen["worker"] == f"Medewerker: {SUPERVISOR}"
    assert "Teamoverzicht" in seen["navigation"] and "Rapportages" in seen["navigation"]
    services = open_database(database)
    try:  # the database's registered worker is still the demo's worker
        assert services.workers.local_worker().name == "Sanne de Vries"
    finally:
        services.close()


def test_demo_as_worker_has_no_team_overview(qapp, tmp_path):
    database = str(tmp_path / "demo.db")

    code, seen = run_until_window(qapp, lambda: entry.main(["--demo", "--as", "worker", "--database", database]))

    assert code == 0 and seen["worker"] == "Medewerker: Sanne de Vries"
    assert "Teamoverzicht" not in seen["navigation"]  # Rapportages is there: it tells a worker it is for supervisors


def _demo_database(db_path, clock):
    services = open_database(db_path, clock=clock)
    try:
        fill_demo(services, 8)
    finally:
        services.close()


def test_the_demo_start_dialog_lets_a_new_user_choose_the_supervisor(qtbot, qapp, db_path, clock):
    _demo_database(db_path, clock)

    def choose_supervisor(dialog):
        qtbot.mouseClick(dialog.role_buttons[Role.SUPERVISOR], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    code, seen = run_until_window(qapp, lambda: launcher.run_gui(
        str(db_path), demo=True, opener=lambda path: open_database(path, clock=clock)), on_dialog=choose_supervisor)

    assert code == launcher.EXIT_OK
    assert list(seen["dialog"]) == [Role.WORKER, Role.SUPERVISOR, Role.ADMIN]
    assert seen["dialog"][Role.SUPERVISOR].startswith(f"{SUPERVISOR}, teamleider")
    assert seen["worker"] == f"Medewerker: {SUPERVISOR}" and seen["title"] == "Gezinsregie (demo)"
    assert "Teamoverzicht" in seen["navigation"] and "Rapportages" in seen["navigation"]


def test_the_demo_start_dialog_starts_as_the_worker_unless_told_otherwise(qtbot, db_path, clock):
    _demo_database(db_path, clock)
    services = open_database(db_path, clock=clock)
    try:
        shown = []

        def factory(people, sign_in, parent):
            dialog = DemoStartDialog(people, sign_in, parent)
            qtbot.addWidget(dialog)
            shown.append(dialog)
            QTimer.singleShot(0, lambda: qtbot.mouseClick(
                dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton))
            return dialog

        user = launcher.ensure_signed_in(services, demo=True, demo_dialog_factory=factory)

        assert shown and shown[0].windowTitle() == "Gezinsregie-demo"
        assert shown[0].buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Starten"
        assert user.name == "Sanne de Vries" and user.role is Role.WORKER
    finally:
        services.close()


def test_a_real_local_database_keeps_its_one_worker(services):
    """No demo marker: no dialog, no other worker, even when asked."""
    def no_dialog(*_args):
        raise AssertionError("a real database shows no demo dialog")

    assert launcher.ensure_signed_in(services, demo=True, demo_dialog_factory=no_dialog).name == "Sanne de Vries"
    with pytest.raises(NotADemo):
        launcher.ensure_signed_in(services, sign_in_as=Role.SUPERVISOR)
    assert services.ctx.user.name == "Sanne de Vries"
