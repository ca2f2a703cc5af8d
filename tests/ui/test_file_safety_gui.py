"""The GUI at the edges: a full disk postpones the daily backup with a warning in the status bar (the
window works on), and a connection whose address is broken never shows its password."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox

from app.storage.backup import POSTPONED_DISK_FULL, list_backups
from app.profiles import Profile
from tests.integration.full_disk import fill, leftovers, small_disk
from tests.ui.test_startup_checks_gui import new_database, run_with, visible_window
from ui import main as launcher
from ui.dialogs.profile_dialog import ChosenConnection
from ui.startup_checks import WARNING_LABEL

SECRET = "s3cretPW"


def test_a_full_disk_postpones_the_daily_backup_with_a_warning_and_the_window_works_on(qtbot, tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        path = disk / "gezinsregie.db"
        new_database(path)
        fill(disk, leave=128 * 1024)
        seen = {}

        def poll():
            window = visible_window()
            if window is None:
                return
            label = window.statusBar().findChild(QLabel, WARNING_LABEL)
            window.show_page(window.my_caseload_page)
            if label is not None and window.my_caseload_page.model.rowCount():
                seen["warning"], seen["rows"] = label.text(), window.my_caseload_page.model.rowCount()
                window.close()

        assert run_with(poll, database=str(path)) == launcher.EXIT_OK
        expected = QCoreApplication.translate("Errors", POSTPONED_DISK_FULL)
        assert expected != POSTPONED_DISK_FULL and seen == {"warning": expected, "rows": 1}
        assert list_backups(disk / "backups", "gezinsregie") == [] and leftovers(disk) == []


def test_a_room_left_on_disk_makes_the_daily_backup_and_shows_no_warning(qtbot, tmp_path):
    path = tmp_path / "gezinsregie.db"
    new_database(path)
    seen = {}

    def poll():
        window = visible_window()
        if window is not None and list_backups(tmp_path / "backups", "gezinsregie"):
            seen["label"] = window.statusBar().findChild(QLabel, WARNING_LABEL)
            window.close()

    assert run_with(poll, database=str(path)) == launcher.EXIT_OK
    assert seen == {"label": None}


def _shown_when_connecting(monkeypatch, profile: Profile) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(launcher, "ask_connection", lambda runner, parent=None: ChosenConnection(profile, SECRET))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    assert launcher.run_gui(choose_profile=True) == launcher.EXIT_CANNOT_START
    return shown


def test_a_profile_with_a_broken_server_name_never_shows_its_password(qtbot, monkeypatch):
    shown = _shown_when_connecting(monkeypatch, Profile(name="Gemeente", host="db:x", database="gr", user="petra"))

    assert len(shown) == 1 and SECRET not in shown[0] and "***" in shown[0]


def test_an_unreachable_server_never_shows_the_password(qtbot, monkeypatch):
    profile = Profile(name="Gemeente", host="127.0.0.1", port=1, database="gr", user="petra")
    shown = _shown_when_connecting(monkeypatch, profile)

    assert len(shown) == 1 and SECRET not in shown[0] and "127.0.0.1" in shown[0]
