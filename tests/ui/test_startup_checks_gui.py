"""The GUI start: the window and the caseload come before the integrity check and the daily backup;
damage found by the background check still ends in the offer of the newest sound backup."""
from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.storage.backup import list_backups
from app.bootstrap import open_database
from app.demo import family_count
from tests.integration.case_helpers import intake_family
from tests.integration.damage import damage_rows_of
from ui import main as launcher
from ui.main_window import MainWindow


def new_database(path: Path) -> None:
    services = open_database(path)
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    intake_family(services, "Öztürk")
    services.close()


def visible_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


def run_with(poll, **options) -> int:
    """run_gui with ``poll`` called every 20 ms on the GUI thread, and a watchdog."""
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(QCoreApplication.quit)
    watchdog.start(15_000)
    style = QApplication.instance().styleSheet()
    try:
        return launcher.run_gui(**options)
    finally:
        watchdog.stop()
        timer.stop()
        QApplication.instance().setStyleSheet(style)


def test_the_caseload_shows_while_the_checks_still_run(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "gezinsregie.db"
    new_database(path)
    release = threading.Event()
    seen = {}

    def opener(name):
        services = open_database(name, defer_checks=True)
        real = services.background_checks
        services.background_checks = lambda: (release.wait(10), real())[1]
        return services

    def poll():
        window = visible_window()
        if window is None:
            return
        window.show_page(window.my_caseload_page)
        if window.my_caseload_page.model.rowCount() and "rows" not in seen:
            seen["rows"] = window.my_caseload_page.model.rowCount()
            seen["dailies_while_shown"] = len(list_backups(tmp_path / "backups", "gezinsregie"))
            release.set()
        elif "rows" in seen and any(b.label == "daily" for b in list_backups(tmp_path / "backups", "gezinsregie")):
            window.close()

    assert run_with(poll, database=str(path), opener=opener) == launcher.EXIT_OK
    assert seen["rows"] == 1
    before_window = seen["dailies_while_shown"]
    assert before_window == 0  # the daily backup came after the caseload
    release.set()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle:middle + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))


def test_damage_found_in_the_background_closes_the_window_and_offers_the_newest_backup(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "gezinsregie.db"
    new_database(path)
    open_database(path).close()  # today's daily backup: the sound copy to go back to
    damage_rows_of(path)  # the file opens; the background check finds the damage
    offered, windows = [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: offered.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(launcher, "MainWindow", lambda *a, **k: windows.append(1) or MainWindow(*a, **k))

    def poll():
        window = visible_window()
        if window is not None and offered:  # the window on the restored file: it works, close it
            window.show_page(window.my_caseload_page)
            if window.my_caseload_page.model.rowCount() == 1:
                window.close()

    assert run_with(poll, database=str(path)) == launcher.EXIT_OK
    assert len(offered) == 1 and len(windows) == 2  # closed on damage, then a new one on the restored file
    services = open_database(path)
    try:
        assert family_count(services) == 1
    finally:
        services.close()
    assert "before-restore" in [b.label for b in list_backups(tmp_path / "backups", "gezinsregie")]


def test_declining_the_offer_ends_with_the_restore_command_message(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "gezinsregie.db"
    new_database(path)
    open_database(path).close()
    _damage(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))

    assert run_with(lambda: None, database=str(path)) == launcher.EXIT_CANNOT_START
    assert len(shown) == 1 and "gezinsregie db restore" in shown[0]
