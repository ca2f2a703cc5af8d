"""Choosing where to work: the database on this computer, or a central database of the team or region.

The dialog edits connection profiles (never a password in a file) and returns the chosen profile with
its password. The password goes to the system keyring when asked; where there is none, it is kept in
memory for this session only, and the dialog says so.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from app.credentials import KeyringStore, KeyringUnavailable
from app.errors import AppError, Msg, ValidationError
from app.profiles import (
    DEFAULT_PORT, EMBEDDED, NOT_REMEMBERED, SSL_MODES, Passwords, PasswordNotRemembered, Profile,
    ProfileStore, check_connection, parse_port, validate_profile,
)
from ui.errors import error_text, show_error, show_field_errors, translated
from ui.tasks import TaskRunner
from ui.widgets.field_error_label import ERROR_COLOUR, FieldErrorLabel, with_error
from ui.widgets.screen_fit import minimum_within_screen

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
ConnectionTester = Callable[[Profile, "str | None"], str]

SSL_LABELS = {
    "disable": QT_TRANSLATE_NOOP("ProfileDialog", "Off (disable)"),
    "prefer": QT_TRANSLATE_NOOP("ProfileDialog", "When the server offers it (prefer)"),
    "require": QT_TRANSLATE_NOOP("ProfileDialog", "Always (require)"),
    "verify-full": QT_TRANSLATE_NOOP("ProfileDialog", "Always, with certificate check (verify-full)"),
}
CENTRAL_SUFFIX = QT_TRANSLATE_NOOP("ProfileDialog", "{name} (central)")


@dataclass(frozen=True)
class ChosenConnection:
    """What the dialog returns: the profile and, for a central one, its password."""

    profile: Profile
    password: str | None = None

    @property
    def label(self) -> str | None:
        """The status bar's name for it (None: the database's own description)."""
        if not self.profile.is_central:
            return None
        return QCoreApplication.translate("ProfileDialog", CENTRAL_SUFFIX).format(name=self.profile.name)


_session_passwords: Passwords | None = None


def session_passwords() -> Passwords:
    """One password book per program run: the keyring, plus what was typed this session."""
    global _session_passwords
    if _session_passwords is None:
        _session_passwords = Passwords(KeyringStore())
    return _session_passwords


class ProfileDialog(QDialog):
    """Lists the profiles (the embedded database first), edits them, tests one, and returns the choice."""

    def __init__(self, store: ProfileStore, passwords: Passwords, runner: TaskRunner,
                 tester: ConnectionTester = check_connection, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._passwords = passwords
        self._runner = runner
        self._tester = tester
        self._editing: str | None = None  # the saved name of the profile in the form; None: a new one
        self.chosen: ChosenConnection | None = None
        self.setWindowTitle(self.tr("Choose a database"))
        minimum_within_screen(self, 860, 520)

        self.profile_list = QListWidget()
        self.profile_list.setObjectName("profileList")
        self.profile_list.setAccessibleName(self.tr("Databases"))
        self.profile_list.setMinimumWidth(240)
        self.profile_list.currentItemChanged.connect(self._on_profile_list_current_item_changed)
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Databases")))
        left.addWidget(self.profile_list, 1)
        left.addLayout(list_buttons)

        self.pages = QStackedWidget()
        embedded = QLabel(self.tr(
            "The database on this computer: encrypted, for one worker. Nothing to set up. "
            "Choose or add a central database to work with your team or region."))
        embedded.setWordWrap(True)
        embedded.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(embedded)
        self.pages.addWidget(self._build_form())

        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 0)
        columns.addWidget(self.pages, 1)

        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Open | buttons.Cancel)
        self.open_button = self.buttons.button(buttons.Open)
        self.open_button.setText(self.tr("&Open"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self._reload(select=store.last_used())

    # -- building -------------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Region Zaanstreek"))
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("e.g. db.gemeente.nl"))
        self.port_edit = QLineEdit(str(DEFAULT_PORT))
        self.port_edit.setMaximumWidth(110)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.sslmode_combo = QComboBox()
        for mode in SSL_MODES:
            self.sslmode_combo.addItem(self.tr(SSL_LABELS[mode]), mode)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        self.remember_check.setChecked(True)
        self.keyring_notice = QLabel()
        self.keyring_notice.setObjectName("keyringNotice")
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.setVisible(False)
        self.errors = {name: FieldErrorLabel(edit) for name, edit in (
            ("name", self.name_edit), ("host", self.host_edit), ("port", self.port_edit),
            ("database", self.database_edit), ("user", self.user_edit), ("sslmode", self.sslmode_combo),
            ("password", self.password_edit))}

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self._with_error(self.name_edit, "name"))
        form.addRow(self.tr("Server"), self._with_error(self.host_edit, "host"))
        form.addRow(self.tr("Port"), self._with_error(self.port_edit, "port"))
        form.addRow(self.tr("Database"), self._with_error(self.database_edit, "database"))
        form.addRow(self.tr("User"), self._with_error(self.user_edit, "user"))
        form.addRow(self.tr("Secure connection (TLS)"), self._with_error(self.sslmode_combo, "sslmode"))
        form.addRow(self.tr("Password"), self._with_error(self.password_edit, "password"))
        form.addRow("", self.remember_check)
        form.addRow("", self.keyring_notice)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addLayout(actions)
        column.addWidget(self.test_result)
        column.addStretch(1)
        return box

    def _with_error(self, field: QWidget, name: str) -> QWidget:
        return with_error(field, self.errors[name])

    # -- the list -------------------------------------------------------------------------------------

    def _reload(self, select: str | None = None) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        embedded = QListWidgetItem(self.tr("This computer (embedded database)"), self.profile_list)
        embedded.setData(NAME_ROLE, None)
        current = embedded
        for profile in self._store.list():
            item = QListWidgetItem(self.tr("{name} (central)").format(name=profile.name), self.profile_list)
            item.setData(NAME_ROLE, profile.name)
            if profile.name == select:
                current = item
        self.profile_list.blockSignals(False)
        self.profile_list.setCurrentItem(current)
        self._show(current)

    def _selected_name(self) -> str | None:
        item = self.profile_list.currentItem()
        return item.data(NAME_ROLE) if item is not None else self._editing

    def _on_profile_list_current_item_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self._show(current)

    def _show(self, item: QListWidgetItem) -> None:
        name = item.data(NAME_ROLE)
        self.test_result.clear()
        self._clear_errors()
        self.delete_button.setEnabled(name is not None)
        if name is None:
            self._editing = None
            self.pages.setCurrentIndex(0)
            return
        profile = self._store.get(name)
        if profile is not None:
            self._fill(profile)

    def _fill(self, profile: Profile | None) -> None:
        """Shows ``profile`` in the form (None: an empty new one)."""
        self._editing = profile.name if profile is not None else None
        profile = profile or Profile(name="")
        self.pages.setCurrentIndex(1)
        self.name_edit.setText(profile.name)
        self.host_edit.setText(profile.host)
        self.port_edit.setText(str(profile.port))
        self.database_edit.setText(profile.database)
        self.user_edit.setText(profile.user)
        self.sslmode_combo.setCurrentIndex(max(0, self.sslmode_combo.findData(profile.sslmode)))
        self.password_edit.clear()
        self._show_password_state(profile if self._editing else None)

    def _show_password_state(self, profile: Profile | None) -> None:
        """Says whether the password is known; where there is no keyring, that it is for this session only."""
        known, has_keyring = False, True
        if profile is not None:
            try:
                known = self._passwords.get(profile) is not None
            except KeyringUnavailable:
                has_keyring = False
        if profile is None:
            try:
                self._passwords.store.get("profile:probe")
            except KeyringUnavailable:
                has_keyring = False
        self.password_edit.setPlaceholderText(self.tr("Known; type to change it") if known else "")
        self.remember_check.setEnabled(has_keyring)
        self.remember_check.setChecked(has_keyring)
        self.keyring_notice.setText(translated(Msg(NOT_REMEMBERED)))
        self.keyring_notice.setVisible(not has_keyring)

    def _on_new_button_clicked(self) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.setCurrentItem(None)
        self.profile_list.clearSelection()
        self.profile_list.blockSignals(False)
        self.delete_button.setEnabled(False)
        self.test_result.clear()
        self._clear_errors()
        self._fill(None)
        self.name_edit.setFocus()

    def _on_delete_button_clicked(self) -> None:
        name = self._selected_name()
        profile = self._store.get(name) if name else None
        if profile is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete connection"), self.tr(
            "Delete the connection '{name}'? The database itself is not touched.").format(name=name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._store.delete(name)
        self._passwords.forget(profile)
        self._reload()

    # -- the form -------------------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()

    def _form_profile(self) -> Profile | None:
        """The profile in the form, validated; None after showing what is wrong at the fields."""
        self._clear_errors()
        port = parse_port(self.port_edit.text())
        profile = Profile(name=self.name_edit.text().strip(), kind="central", host=self.host_edit.text().strip(),
                          port=port if port is not None else -1, database=self.database_edit.text().strip(),
                          user=self.user_edit.text().strip(), sslmode=self.sslmode_combo.currentData())
        try:
            validate_profile(profile)
        except ValidationError as error:
            show_field_errors(error, self.errors)
            return None
        if self._editing != profile.name and self._store.get(profile.name) is not None:
            self.errors["name"].show_message(self.tr("There is already a connection with this name."))
            return None
        return profile

    def _password_for(self, profile: Profile) -> str | None:
        """The typed password, else the known one; None after saying at the field that one is needed."""
        typed = self.password_edit.text()
        if typed:
            return typed
        try:
            known = self._passwords.get(profile)
        except KeyringUnavailable:
            known = None
        if known is None:
            self.errors["password"].show_message(self.tr("Enter the password."))
        return known

    def _save(self, profile: Profile) -> bool:
        """Stores the profile, and a typed password (keyring, or this session only). False on failure."""
        try:
            saved = self._store.save(profile, replacing=self._editing)
        except ValidationError as error:
            show_field_errors(error, self.errors)
            return False
        except OSError:
            show_error(self, AppError())
            return False
        typed = self.password_edit.text()
        if self._editing is not None and self._editing != saved.name:
            old = Profile(name=self._editing, user=saved.user)
            self._passwords.forget(old)
        self._editing = saved.name
        if typed:
            try:
                self._passwords.remember(saved, typed, keep=self.remember_check.isChecked())
            except PasswordNotRemembered as error:
                self.keyring_notice.setText(error_text(error))
                self.keyring_notice.setVisible(True)
                self.remember_check.setChecked(False)
                self.remember_check.setEnabled(False)
                QMessageBox.information(self, self.tr("Password for this session only"), error_text(error))
        return True

    def _on_save_button_clicked(self) -> None:
        profile = self._form_profile()
        if profile is not None and self._save(profile):
            self._reload(select=profile.name)

    def _on_test_button_clicked(self) -> None:
        profile = self._form_profile()
        if profile is None:
            return
        password = self._password_for(profile)
        if password is None:
            return
        self.test_button.setEnabled(False)
        self._set_result(self.tr("Connecting…"), ok=True)
        self._runner.run(lambda: self._tester(profile, password), self._on_test_done, self._on_test_failed,
                         context=self)

    def _on_test_done(self, worker_name: str) -> None:
        self.test_button.setEnabled(True)
        self._set_result(self.tr("The connection works: signed in as {name}.").format(name=worker_name), ok=True)

    def _on_test_failed(self, error: AppError) -> None:
        self.test_button.setEnabled(True)
        self._set_result(error_text(error), ok=False)

    def _set_result(self, text: str, *, ok: bool) -> None:
        palette = self.test_result.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         self.palette().color(QPalette.ColorRole.WindowText) if ok else ERROR_COLOUR)
        self.test_result.setPalette(palette)
        self.test_result.setProperty("failed", not ok)
        self.test_result.setText(text)

    def _on_buttons_accepted(self) -> None:
        if self.pages.currentIndex() == 0:
            self._store.set_last_used(None)
            self.chosen = ChosenConnection(EMBEDDED)
            self.accept()
            return
        profile = self._form_profile()
        if profile is None:
            return
        password = self._password_for(profile)
        if password is None or not self._save(profile):
            return
        self._store.set_last_used(profile.name)
        self.chosen = ChosenConnection(self._store.get(profile.name) or profile, password)
        self.accept()


def choose_connection(runner: TaskRunner, parent: QWidget | None = None,
                      store: ProfileStore | None = None) -> ChosenConnection | None:
    """Shows the dialog; the chosen connection, or None when the worker cancels."""
    dialog = ProfileDialog(store or ProfileStore(), session_passwords(), runner, parent=parent)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None

