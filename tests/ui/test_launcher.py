"""Starting the GUI: Dutch by default, database errors shown instead of a traceback, the window opens."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n
from app.bootstrap import open_database
from tests.ui.caseload_data import LOCAL_WORKER
from ui import main as launcher
from ui.main_window import MainWindow


def test_the_application_speaks_dutch_by_default():
    assert QLocale().name() == "nl_NL"
    assert i18n.language() == "nl"
    assert QCoreApplication.translate("MainWindow", "My caseload") == "Mijn caseload"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"  # Qt's own catalogue


def test_the_house_style_is_found():
    assert "QTableView" in launcher.application_stylesheet()


def test_a_database_that_cannot_be_opened_is_explained_and_ends_non_zero(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append((title, text)))
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("boodschappen: melk, brood")

    assert launcher.run_gui(str(not_a_database)) == launcher.EXIT_CANNOT_START

    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Gezinsregie kan niet starten"
    assert "notes.db" in text and "Gezinsregie" in text


def test_an_unexpected_driver_error_is_shown_too(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))

    def broken_opener(_database):
        raise RuntimeError("connection refused")

    assert launcher.run_gui("postgresql://nowhere/db", opener=broken_opener) == launcher.EXIT_CANNOT_START
    dutch = QCoreApplication.translate("Errors", launcher.NOT_OPENED)
    assert dutch != launcher.NOT_OPENED and len(shown) == 1
    reference = re.fullmatch(re.escape(dutch).replace(re.escape("{reference}"), "([0-9A-F]{8})"), shown[0])
    assert reference, shown  # the same reference is in the log file, next to the traceback


def test_run_gui_opens_the_main_window_for_the_registered_worker(qtbot, qapp, db_path, clock, filled_services):
    filled_services.close()
    style = qapp.styleSheet()
    seen = {}

    def close_when_loaded():
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()),
                      None)
        if window is None:
            return
        window.show_page(window.my_caseload_page)  # the window opens on "Vandaag"
        if window.my_caseload_page.model.rowCount() == 0:
            return
        seen["title"] = window.windowTitle()
        seen["worker"] = window.worker_label.text()
        seen["rows"] = window.my_caseload_page.model.rowCount()
        timer.stop()
        window.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(close_when_loaded)
    timer.start()
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(QCoreApplication.quit)  # never hang the test run
    watchdog.start(10_000)

    try:
        code = launcher.run_gui(str(db_path), demo=True, opener=lambda path: open_database(path, clock=clock))
    finally:
        watchdog.stop()
        timer.stop()
        qapp.setStyleSheet(style)

    assert code == launcher.EXIT_OK
    assert seen == {"title": "Gezinsregie (demo)", "worker": f"Medewerker: {LOCAL_WORKER}", "rows": 8}


def test_choosing_another_database_from_the_menu_reopens_the_app_on_it(monkeypatch, tmp_path):
    """run_gui's loop: the first window asks to switch, a second one opens on the chosen database."""
    import ui.main as launcher
    from app.bootstrap import open_database as real_open
    from app.profiles import Profile
    from ui.dialogs.profile_dialog import ChosenConnection

    first, second = tmp_path / "eerste.db", tmp_path / "tweede.db"
    for path, name in ((first, "Sanne de Vries"), (second, "Mohamed El Amrani")):
        svc = real_open(path, encryption=None)
        svc.workers.register_local_worker(name, "Wijkteam Noord")
        svc.close()

    class FakeApp:
        runs = 0

        def exec(self):
            FakeApp.runs += 1
            return 0

        def setStyleSheet(self, _sheet):
            pass

    windows = []

    class FakeWindow:
        def __init__(self, services, runner, events, settings, *, demo=False, database_name=None):
            windows.append((services.ctx.target.path, services.ctx.user.name))
            self.switch_requested = (
                ChosenConnection(Profile("Tweede", kind="local", path=str(second))) if len(windows) == 1 else None)

        def show(self):
            pass

        def after_first_page(self, callback):
            callback()

    monkeypatch.setattr(launcher, "create_application", lambda argv: FakeApp())
    monkeypatch.setattr(launcher, "install_translations", lambda app: [])
    monkeypatch.setattr(launcher, "MainWindow", FakeWindow)
    monkeypatch.setattr(launcher, "mark_unencrypted", lambda window, services: None)

    code = launcher.run_gui(str(first), opener=lambda name: real_open(name, encryption=None))

    assert code == 0 and FakeApp.runs == 2
    assert windows == [(first, "Sanne de Vries"), (second, "Mohamed El Amrani")]
