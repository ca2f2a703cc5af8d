"""What every form dialog shares: typed input is never lost to Esc or the window's close button, and a
date that does not read is refused at its field before anything is saved.

Esc or closing the window (its title-bar button) with something typed asks "discard?" - as closing a case window with unsaved
edits does; an untouched form closes at once. The explicit Cancel button discards without asking (that is
what it says). "Typed" means: some input differs from what the form showed when it opened.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QComboBox, QDialog, QLineEdit, QListWidget, QMessageBox, QPlainTextEdit,
    QTextEdit, QWidget,
)

from ui.widgets.date_edit import mark_unreadable_dates
from ui.widgets.field_error_label import FieldErrorLabel



def ask_discard_typed(parent: QWidget) -> bool:
    """True when the user chooses to throw away what they typed; tests replace this module attribute."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("FormDialog", "Discard what you typed?"),
                      QCoreApplication.translate("FormDialog", "You have typed in this form. Close it and discard what "
                                                          "you typed?"), QMessageBox.StandardButton.NoButton, parent)
    discard = box.addButton(QCoreApplication.translate("FormDialog", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("FormDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


def input_value(widget: QWidget) -> object:
    """What ``widget`` holds as far as the user is concerned, or None for a widget that takes no input."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QListWidget):  # a list of tick boxes, e.g. the persons a goal is about
        return [widget.item(row).checkState() for row in range(widget.count())]
    return None


class GuardedFormDialog(QDialog):
    """The base of the app's form dialogs (:class:`ui.case.form_dialog.ServiceFormDialog`,
    :class:`ui.plan.form_dialog.FormDialog`)."""

    _opened_with: list[object] | None = None

    def form_values(self) -> list[object]:
        """Every input of this window (not of its popups, such as a date field's calendar)."""
        return [input_value(widget) for widget in self.findChildren(QWidget) if widget.window() is self]

    def has_typed_input(self) -> bool:
        return self._opened_with is not None and self.form_values() != self._opened_with

    def may_discard(self) -> bool:
        """True when nothing was typed, or the user agrees to throw it away."""
        return not self.has_typed_input() or ask_discard_typed(self)

    def dates_readable(self) -> bool:
        """Marks every date field that does not read; True if all read."""
        return mark_unreadable_dates(self.findChildren(FieldErrorLabel))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._opened_with is None:
            self._opened_with = self.form_values()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self.may_discard():
                self.reject()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Only the user's own close (the title bar's button) asks; a close() by the program does not.
        if event.spontaneous() and self.isVisible() and not self.may_discard():
            event.ignore()
            return
        super().closeEvent(event)
