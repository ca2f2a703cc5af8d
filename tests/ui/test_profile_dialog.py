"""The connection dialog: profiles on disk without passwords, passwords in the keyring (or this session only)."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.credentials import KeyringUnavailable, MemoryStore
from app.errors import DatabaseUnavailable
from app.profiles import PROFILES_FILE, WRONG_PASSWORD, Passwords, Profile, ProfileStore, profile_url
from ui.dialogs.profile_dialog import ChosenConnection, ProfileDialog
from ui.main_window import MainWindow

SECRET = "geheim-wachtwoord-42"


class NoKeyring:
    """A computer without a keyring: every request is refused, as keyring's fail backend does."""

    def get(self, name):
        raise KeyringUnavailable()

    def set(self, name, secret):
        raise KeyringUnavailable()

    def delete(self, name):
        raise KeyringUnavailable()


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv("GEZINSREGIE_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def store(config_dir) -> ProfileStore:
    return ProfileStore()


@pytest.fixture
def keyring() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    shown: list[str] = []

    def record(_parent, _title, text, *_args, **_kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    return shown


def make_dialog(qtbot, store, credential_store, runner, tester=lambda profile, password: "Petra Supervisor"):
    dialog = ProfileDialog(store, Passwords(credential_store), runner, tester=tester)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_central(qtbot, dialog, *, name="Regio Zaanstreek", host="db.zaanstreek.nl", port="5432",
                 database="gezinsregie", user="petra", password=SECRET):
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    for edit, text in ((dialog.name_edit, name), (dialog.host_edit, host), (dialog.port_edit, port),
                       (dialog.database_edit, database), (dialog.user_edit, user),
                       (dialog.password_edit, password)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.sslmode_combo.setCurrentIndex(dialog.sslmode_combo.findData("require"))


def click_open(qtbot, dialog):
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)


def test_the_embedded_database_comes_first_and_can_be_chosen(qtbot, store, keyring, runner):
    dialog = make_dialog(qtbot, store, keyring, runner)

    assert dialog.windowTitle() == "Database kiezen"
    assert dialog.profile_list.item(0).text() == "Deze computer (eigen database)"
    click_open(qtbot, dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen.profile.is_central is False
    assert dialog.chosen.password is None


def test_a_new_central_profile_is_saved_without_its_password_which_goes_to_the_keyring(
        qtbot, store, keyring, runner, config_dir):
    dialog = make_dialog(qtbot, store, keyring, runner)
    fill_central(qtbot, dialog)

    click_open(qtbot, dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    saved = (config_dir / PROFILES_FILE).read_text(encoding="utf-8")
    assert SECRET not in saved
    assert json.loads(saved)["profiles"][0] == {
        "name": "Regio Zaanstreek", "kind": "central", "path": None, "host": "db.zaanstreek.nl", "port": 5432,
        "database": "gezinsregie", "user": "petra", "sslmode": "require"}
    assert keyring.secrets == {"profile:Regio Zaanstreek:petra": SECRET}
    assert dialog.chosen == ChosenConnection(store.get("Regio Zaanstreek"), SECRET)
    assert dialog.chosen.label == "Regio Zaanstreek (centraal)"
    assert store.last_used() == "Regio Zaanstreek"


def test_a_saved_profile_is_chosen_again_with_the_password_from_the_keyring(qtbot, store, keyring, runner):
    store.save(Profile("Regio Zaanstreek", host="db", database="gz", user="petra"))
    keyring.set("profile:Regio Zaanstreek:petra", SECRET)
    store.set_last_used("Regio Zaanstreek")
    dialog = make_dialog(qtbot, store, keyring, runner)

    assert dialog.profile_list.currentItem().text() == "Regio Zaanstreek (centraal)"
    assert dialog.password_edit.text() == ""
    assert dialog.password_edit.placeholderText() == "Bekend; typ om te wijzigen"
    click_open(qtbot, dialog)

    assert dialog.chosen.password == SECRET
    assert profile_url(dialog.chosen.profile, SECRET) == (
        "postgresql+psycopg://petra:geheim-wachtwoord-42@db:5432/gz?sslmode=prefer")


def test_wrong_fields_are_shown_at_the_fields_and_nothing_is_saved(qtbot, store, keyring, runner, config_dir):
    dialog = make_dialog(qtbot, store, keyring, runner)
    fill_central(qtbot, dialog, host="", port="vijf")

    click_open(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.errors["host"].isVisible() and dialog.errors["host"].text() == "Dit veld is verplicht."
    assert dialog.errors["port"].text() == "De poort is een geheel getal van 1 tot en met 65535."
    assert dialog.host_edit.property("invalid") is True
    assert not dialog.errors["user"].isVisible()
    assert dialog.name_edit.text() == "Regio Zaanstreek"  # nothing typed is lost
    assert not (config_dir / PROFILES_FILE).exists()
    assert keyring.secrets == {}


def test_without_a_keyring_the_password_is_used_for_this_session_only(qtbot, store, runner, config_dir, messages):
    passwords = Passwords(NoKeyring())
    dialog = ProfileDialog(store, passwords, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_central(qtbot, dialog)

    assert dialog.keyring_notice.isVisible()
    assert "geen sleutelbos" in dialog.keyring_notice.text()
    assert not dialog.remember_check.isEnabled()
    click_open(qtbot, dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen.password == SECRET
    assert SECRET not in (config_dir / PROFILES_FILE).read_text(encoding="utf-8")
    # the same session knows it; the next dialog does not ask again
    assert passwords.get(store.get("Regio Zaanstreek")) == SECRET


def test_without_a_keyring_and_no_typed_password_the_dialog_asks_for_it(qtbot, store, runner, messages):
    store.save(Profile("Regio Zaanstreek", host="db", database="gz", user="petra"))
    store.set_last_used("Regio Zaanstreek")
    dialog = ProfileDialog(store, Passwords(NoKeyring()), runner)
    qtbot.addWidget(dialog)
    dialog.show()

    click_open(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.errors["password"].text() == "Vul het wachtwoord in."
    assert dialog.keyring_notice.isVisible()


def test_test_connection_says_in_dutch_whether_it_works(qtbot, store, keyring, runner):
    asked = []

    def tester(profile, password):
        asked.append((profile.host, password))
        if password != SECRET:
            raise DatabaseUnavailable(WRONG_PASSWORD, user=profile.user)
        return "Petra de Boer"

    dialog = make_dialog(qtbot, store, keyring, runner, tester)
    fill_central(qtbot, dialog)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text() == "De verbinding werkt: aangemeld als Petra de Boer."

    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "fout")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "wachtwoord is onjuist" in dialog.test_result.text()
    assert dialog.test_result.property("failed") is True
    assert asked == [("db.zaanstreek.nl", SECRET), ("db.zaanstreek.nl", "fout")]
    assert keyring.secrets == {}  # testing stores nothing


def test_deleting_a_profile_forgets_its_password(qtbot, store, keyring, runner, monkeypatch):
    store.save(Profile("Regio Zaanstreek", host="db", database="gz", user="petra"))
    keyring.set("profile:Regio Zaanstreek:petra", SECRET)
    store.set_last_used("Regio Zaanstreek")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog = make_dialog(qtbot, store, keyring, runner)

    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    assert store.list() == [] and keyring.secrets == {}
    assert dialog.profile_list.count() == 1


def test_the_main_window_shows_the_profile_and_reopens_on_a_chosen_connection(
        qtbot, filled_services, runner, events, ui_settings):
    window = MainWindow(filled_services, runner, events, ui_settings, database_name="Regio Zaanstreek (centraal)")
    qtbot.addWidget(window)
    window.show()
    assert window.database_label.text() == "Database: Regio Zaanstreek (centraal)"
    assert window.app_actions.choose_connection.text() == "&Database kiezen…"
    chosen = ChosenConnection(Profile("Regio Zaanstreek", host="db", database="gz", user="petra"), SECRET)
    window.connection_chooser = lambda _runner, _parent: chosen

    window.app_actions.choose_connection.trigger()

    assert window.switch_requested == chosen
    assert not window.isVisible()
