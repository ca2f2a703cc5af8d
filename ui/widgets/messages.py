"""The app's small message boxes: unsaved changes, a yes/no question, a notice."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_save_discard_cancel(parent: QWidget, text: str) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel about unsaved edits; tests replace the caller's reference to this."""
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(
        parent, QCoreApplication.translate("CaseWidgets", "Unsaved changes"), text,
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes / No, No the default; the one yes/no question of the app (callers take it as a parameter, so tests
    answer it)."""
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.No) == buttons.Yes


def inform(parent: QWidget, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("CaseWidgets", "Gezinsregie"), text)
