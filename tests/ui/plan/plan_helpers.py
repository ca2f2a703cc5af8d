"""Driving the plan's modal dialogs in tests without running them modally."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ui.widgets.conflict_dialog import ConflictDialog


def answer_dialog(monkeypatch, dialog_class: type[QDialog], fill: Callable[[QDialog], None]) -> list[QDialog]:
    """Instead of running modally, ``dialog_class.exec`` lets ``fill`` work the real dialog (type, click OK).

    Returns the list the opened dialogs are collected in (the caller may delete them after ``exec``:
    look at them inside ``fill``).
    """
    opened: list[QDialog] = []

    def exec_(dialog: QDialog) -> int:
        opened.append(dialog)
        dialog.show()
        fill(dialog)
        dialog.hide()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return opened


def answer_conflict(monkeypatch, button: str) -> list[ConflictDialog]:
    """The conflict dialog answers by clicking ``button`` (``keep_mine_button``, ``take_theirs_button``,
    ``cancel_button``)."""
    return answer_dialog(monkeypatch, ConflictDialog, lambda dialog: getattr(dialog, button).click())


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
