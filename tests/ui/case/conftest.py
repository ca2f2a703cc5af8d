"""Fixtures for the case window and intake: a team of two, the Öztürk case, and dialog drivers."""
from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from tests.ui.case.case_data import CaseStory, fill_story, intake_ozturk, register_team
from ui.case.case_window import CaseWindow


class FakePlanTab(QLabel):
    """Stands in for ``ui.plan.plan_tab.PlanTab``: an edit that can be saved or left pending."""

    dirty_changed = Signal(bool)

    def __init__(self, *_args):
        super().__init__("plan")
        self.dirty = False
        self.saves = 0

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def save_pending(self) -> bool:
        self.saves += 1
        self.dirty = False
        self.dirty_changed.emit(False)
        return True


@pytest.fixture
def team(services) -> tuple[int, int]:
    """Sanne de Vries (signed in) and her colleague Mohamed El Amrani in Wijkteam Noord."""
    return register_team(services)


@pytest.fixture
def ozturk(services, team) -> tuple[int, int]:
    """(family id, case id) of the Öztürk family, in intake, directed by Sanne."""
    return intake_ozturk(services)


@pytest.fixture
def story(services) -> CaseStory:
    return fill_story(services)


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Warnings and notices that would have popped up, instead of blocking the test."""
    shown: list[str] = []

    def record(_parent, _title, text, *_args, **_kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


@pytest.fixture
def answer_yes(monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes)


def drive_dialog(monkeypatch, dialog_class: type[QDialog], fill: Callable[[QDialog], None]) -> list[QDialog]:
    """Replaces the modal ``exec`` of ``dialog_class``: ``fill`` types and clicks, then the result is returned."""
    opened: list[QDialog] = []

    def exec_(dialog: QDialog) -> int:
        opened.append(dialog)
        dialog.show()
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return opened


def click_ok(qtbot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


@pytest.fixture
def open_window(qtbot, services, events, runner) -> Iterator[Callable[[int], CaseWindow]]:
    """Opens a case window with a stand-in plan tab; windows still open are discarded at the end.

    The window deletes itself when closed, so it is closed here rather than registered with qtbot.
    """
    windows: list[CaseWindow] = []

    def open_(case_id: int) -> CaseWindow:
        window = CaseWindow(services, case_id, events, runner, plan_tab_factory=FakePlanTab)
        window.notices = []
        window.inform = lambda _parent, text: window.notices.append(text)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield open_
    for window in windows:
        if shiboken6.isValid(window):
            window.confirm_unsaved_changes = lambda *_args: QMessageBox.StandardButton.Discard
            window.close()


def type_text(widget: QWidget, text: str) -> None:
    """Types like a person, one key at a time; unlike ``qtbot.keyClicks`` it also types "Öztürk"."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)


def fill_aftercare(dialog, kind: str = "network", who: str = "Oma Fatma",
                   what: str = "Haalt Zoë op woensdag uit school") -> None:
    """Fills the aftercare part of the end-help or close-case form: secured with ``who`` doing ``what``, or
    (``kind`` "none_needed") none needed because the family manages on its own."""
    select_combo_data(dialog.aftercare.kind_combo, kind)
    if kind == "none_needed":
        select_combo_data(dialog.aftercare.reason_combo, "self_reliant")
    else:
        type_text(dialog.aftercare.who_edit, who)
        type_text(dialog.aftercare.what_edit, what)


def select_combo_data(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not in the combo"
    combo.setCurrentIndex(index)
