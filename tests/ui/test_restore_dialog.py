"""Restoring from the GUI (a list with Dutch dates, a confirmation naming the date), the start-up offer
of the newest sound backup, and the passphrase dialog where there is no keyring."""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import keyring
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMainWindow, QMessageBox

from app.storage.backup import BackupInfo, list_backups, make_backup
from app.bootstrap import open_database
from app.storage.db import resolve_target
from app.demo import family_count
from app.storage.keys import PASSPHRASE_ENV, PassphraseReason, PassphraseRequest
from tests.integration.case_helpers import intake_family
from ui import main as launcher
from ui.dialogs.passphrase_dialog import PassphraseDialog
from ui.tasks import SynchronousTaskRunner
from ui.dialogs.restore_dialog import RestoreDialog, open_restore_dialog

BACKUPS = [
    BackupInfo(Path("/b/gezinsregie-daily-20261122-104300.db"), datetime(2026, 11, 22, 10, 43), "daily", 300_000),
    BackupInfo(Path("/b/gezinsregie-before-upgrade-0002-20261120-090500.db"), datetime(2026, 11, 20, 9, 5),
               "before-upgrade-0002", 280_000),
]


def new_database(path: Path):
    services = open_database(path)
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    intake_family(services, "Öztürk")
    return services


def click_restore(dialog: RestoreDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_backups_are_listed_newest_first_with_dutch_dates(qtbot):
    dialog = RestoreDialog(BACKUPS)
    qtbot.addWidget(dialog)

    rows = [[dialog.table.topLevelItem(r).text(c) for c in range(3)] for r in range(dialog.table.topLevelItemCount())]

    assert rows == [["22-11-2026 10:43", "dagelijks", "293 kB"], ["20-11-2026 09:05", "voor een update", "273 kB"]]
    assert dialog.restore_button.text() == "Terugzetten…"


def test_restoring_asks_a_confirmation_that_names_the_date(qtbot):
    asked = []
    answers = [False, True]
    dialog = RestoreDialog(BACKUPS, ask=lambda parent, title, text: asked.append(text) or answers.pop(0))
    qtbot.addWidget(dialog)
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))

    click_restore(dialog)
    assert dialog.chosen() is None and dialog.result() != QDialog.DialogCode.Accepted
    click_restore(dialog)

    assert dialog.chosen() == BACKUPS[1] and dialog.result() == QDialog.DialogCode.Accepted
    assert all("20-11-2026 09:05" in text for text in asked) and asked[0] != BACKUPS[1].path.name


def test_the_menu_action_puts_the_chosen_backup_back(qtbot, tmp_path):
    services = new_database(tmp_path / "gezinsregie.db")
    make_backup(services.engine, tmp_path / "backups", label="manual")
    intake_family(services, "Jansen")
    assert family_count(services) == 2

    class ChooseNewest:
        def __init__(self, backups, parent):
            self.backups = backups

        def exec(self):
            return QDialog.DialogCode.Accepted

        def chosen(self):
            return self.backups[0]

    try:
        restored = []
        open_restore_dialog(services, None, runner=SynchronousTaskRunner(), on_restored=lambda: restored.append(1),
                            dialog_factory=ChooseNewest)
        assert restored == [1]
        assert family_count(services) == 1  # the same services read the restored file
    finally:
        services.close()
    labels = [b.label for b in list_backups(tmp_path / "backups", "gezinsregie")]
    assert "before-restore" in labels


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle:middle + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))


def _damaged_database_with_a_daily_backup(tmp_path) -> Path:
    path = tmp_path / "gezinsregie.db"
    new_database(path).close()
    open_database(path).close()  # the second start of the day makes the daily backup
    _damage(path)
    return path


def test_a_damaged_database_at_start_up_gets_the_newest_sound_backup_offered(tmp_path, monkeypatch):
    path = _damaged_database_with_a_daily_backup(tmp_path)
    offered = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: offered.append(text) or QMessageBox.StandardButton.Yes)

    services = launcher.open_services(str(path))

    try:
        assert services is not None and family_count(services) == 1
    finally:
        services.close()
    backup = next(b for b in list_backups(tmp_path / "backups", "gezinsregie") if b.label == "daily")
    assert len(offered) == 1 and backup.made_at.strftime("%d-%m-%Y %H:%M") in offered[0]


def test_declining_the_backup_ends_with_the_message_that_names_the_restore_command(tmp_path, monkeypatch):
    path = _damaged_database_with_a_daily_backup(tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))

    assert launcher.open_services(str(path)) is None
    assert len(shown) == 1 and "gezinsregie db restore" in shown[0]


def test_without_a_keyring_the_gui_asks_for_a_passphrase(tmp_path, monkeypatch):
    keyring.set_keyring(NoKeyring())
    monkeypatch.delenv(PASSPHRASE_ENV)
    requests = []
    monkeypatch.setattr(launcher, "ask_passphrase", lambda request: requests.append(request) or "een lange wachtzin")

    services = launcher.open_services(str(tmp_path / "gezinsregie.db"))

    services.close()
    assert [(r.new, r.reason) for r in requests] == [(True, PassphraseReason.NO_KEYRING)]


def test_the_passphrase_dialog_explains_and_checks_a_new_passphrase(qtbot, tmp_path):
    dialog = PassphraseDialog(PassphraseRequest(tmp_path / "g.db", True, PassphraseReason.NO_KEYRING))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    explanation = dialog.findChild(QLabel, "passphraseExplanation").text()
    assert "sleutelbos" in explanation and "wachtwoordzin" in explanation

    dialog.passphrase_edit.setText("kort")
    ok.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.passphrase_error.text()
    dialog.passphrase_edit.setText("een lange wachtzin")
    dialog.repeat_edit.setText("een andere wachtzin")
    ok.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.repeat_error.text()
    dialog.repeat_edit.setText("een lange wachtzin")
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase() == "een lange wachtzin"


def test_an_existing_database_asks_the_passphrase_once(qtbot, tmp_path):
    dialog = PassphraseDialog(PassphraseRequest(tmp_path / "g.db", False, PassphraseReason.WRONG))
    qtbot.addWidget(dialog)
    assert dialog.repeat_edit is None
    assert "klopt niet" in dialog.findChild(QLabel, "passphraseExplanation").text()


def test_an_unencrypted_database_says_so_in_the_status_bar(qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    plain = SimpleNamespace(ctx=SimpleNamespace(target=resolve_target(tmp_path / "oud.db")))

    launcher.mark_unencrypted(window, plain)

    assert "gezinsregie db encrypt" in window.findChild(QLabel, "notEncryptedLabel").text()
