"""Application errors shown to the user: a message box, or messages at the fields they concern.

The core raises English source text with placeholders; here it is translated through Qt (the same
Dutch catalogue the rest of the GUI uses) and filled in.
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import CONTEXT as ERRORS_CONTEXT
from app.errors import AppError, Msg, ValidationError
from ui.widgets.field_error_label import FieldErrorLabel



def translated(msg: Msg) -> str:
    """The message in the GUI's language, placeholders filled in."""
    return QCoreApplication.translate(ERRORS_CONTEXT, msg.text).format(**msg.params)


def error_text(error: AppError) -> str:
    return translated(error.msg)


def show_error(parent: QWidget | None, error: AppError) -> None:
    """A warning box with the translated message; the user reads it and carries on."""
    QMessageBox.warning(parent, QCoreApplication.translate("ErrorMessages", "Gezinsregie"), error_text(error))


def show_fatal_error(parent: QWidget | None, error: AppError) -> None:
    """A critical box for errors that stop the application (e.g. the database cannot be opened)."""
    QMessageBox.critical(parent, QCoreApplication.translate("ErrorMessages", "Gezinsregie cannot start"),
                         error_text(error))


def show_field_errors(error: ValidationError, fields: Mapping[str, FieldErrorLabel]) -> dict[str, str]:
    """Puts each message under its field; returns the translated messages no field was found for."""
    for label in fields.values():
        label.clear_message()
    unplaced: dict[str, str] = {}
    for name, msg in error.fields.items():
        text = translated(msg)
        if name in fields:
            fields[name].show_message(text)
        else:
            unplaced[name] = text
    return unplaced
