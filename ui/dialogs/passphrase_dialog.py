"""The database passphrase, asked where the computer has no keyring to keep the database key in."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from app.storage.crypto import MIN_PASSPHRASE_LENGTH
from app.storage.keys import PassphraseReason, PassphraseRequest
from ui.widgets.field_error_label import FieldErrorLabel, with_error


class PassphraseDialog(QDialog):
    """Says why a passphrase is needed and asks for it; a new passphrase is typed twice.

    Takes the request (plain values) and returns the passphrase; it never touches the database.
    """

    def __init__(self, request: PassphraseRequest, parent: QWidget | None = None):
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("Database passphrase"))
        self.setMinimumWidth(520)

        explanation = QLabel(self._explanation())
        explanation.setObjectName("passphraseExplanation")
        explanation.setWordWrap(True)
        database = QLabel(self.tr("Database: {path}").format(path=request.path))
        database.setWordWrap(True)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_error = FieldErrorLabel(self.passphrase_edit)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), with_error(self.passphrase_edit, self.passphrase_error))
        self.repeat_edit: QLineEdit | None = None
        if request.new:
            self.passphrase_edit.setPlaceholderText(
                self.tr("At least {count} characters").format(count=MIN_PASSPHRASE_LENGTH))
            self.repeat_edit = QLineEdit()
            self.repeat_edit.setObjectName("repeatEdit")
            self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.repeat_error = FieldErrorLabel(self.repeat_edit)
            form.addRow(self.tr("Repeat"), with_error(self.repeat_edit, self.repeat_error))

        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self.buttons.button(buttons.Ok).setText(self.tr("Open") if not request.new else self.tr("Protect"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(explanation)
        layout.addWidget(database)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.passphrase_edit.setFocus()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def _explanation(self) -> str:
        reason = self.request.reason
        if reason is PassphraseReason.WRONG:
            return self.tr("That passphrase does not open the database. Try again.")
        if reason is PassphraseReason.NOT_IN_KEYRING:
            return self.tr("This computer's keyring holds no key for this database. If it is protected with "
                           "a passphrase, enter it.")
        if self.request.new:
            return self.tr("Gezinsregie keeps its database encrypted. This computer has no keyring (a safe place "
                           "for passwords) to keep the key in, so choose a passphrase instead. You will need it "
                           "every time Gezinsregie starts; without it the data cannot be recovered.")
        return self.tr("This computer has no keyring to keep the database key in. Enter the passphrase "
                       "that protects the database.")

    def _on_buttons_accepted(self) -> None:
        self.passphrase_error.clear_message()
        if self.repeat_edit is not None:
            self.repeat_error.clear_message()
        text = self.passphrase()
        if not text:
            self.passphrase_error.show_message(self.tr("Enter the passphrase."))
        elif self.request.new and len(text) < MIN_PASSPHRASE_LENGTH:
            self.passphrase_error.show_message(
                self.tr("A passphrase needs at least {count} characters.").format(count=MIN_PASSPHRASE_LENGTH))
        elif self.repeat_edit is not None and self.repeat_edit.text() != text:
            self.repeat_error.show_message(self.tr("The two passphrases differ."))
        else:
            self.accept()


def ask_passphrase(request: PassphraseRequest, parent: QWidget | None = None) -> str | None:
    """The prompt the GUI gives :class:`app.storage.keys.KeySource`: the passphrase, or None when cancelled."""
    dialog = PassphraseDialog(request, parent)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
