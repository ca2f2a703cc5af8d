"""The one form-dialog base runs its save off the GUI thread: OK is disabled while it runs, the window
keeps answering, and the outcome arrives with what the command changed."""
from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from app.changes import ChangeKind, note_change
from app.errors import ConcurrencyConflict, Msg, ValidationError
from tests.ui.case.conftest import click_ok, type_text
from ui.case.direction_dialogs import ReopenDialog
from ui.tasks import SynchronousTaskRunner, ThreadPoolTaskRunner


def test_ok_is_disabled_and_the_window_answers_while_the_save_runs(qtbot):
    runner, release, ticks = ThreadPoolTaskRunner(), threading.Event(), []

    def reopen(reason: str) -> str:
        assert release.wait(10)
        note_change(ChangeKind.CASE, (7,))
        return f"reopened: {reason}"

    dialog = ReopenDialog(reopen, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.reason_edit, "Weer zorgen")
    click_ok(qtbot, dialog)

    assert not dialog.ok_button.isEnabled()
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    qtbot.waitUntil(lambda: len(ticks) >= 3)  # the GUI thread runs its event loop meanwhile
    assert dialog.isVisible() and dialog.reason_edit.toPlainText() == "Weer zorgen"
    dialog.reject()  # Esc or Cancel while the save runs: the save's outcome must still reach the caller
    assert dialog.isVisible()

    release.set()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.saved_value == "reopened: Weer zorgen"
    assert dialog.saved_outcome.changes.case_ids == {7}
    assert runner.wait_for_done(5000)


def test_messages_go_under_their_fields_and_a_conflict_closes_for_the_caller(qtbot):
    answers = [ValidationError({"reason": Msg("This field is required.")}), ConcurrencyConflict()]

    def reopen(_reason: str) -> None:
        raise answers.pop(0)

    dialog = ReopenDialog(reopen, runner=SynchronousTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.reason_edit, "x")
    click_ok(qtbot, dialog)

    assert dialog.field_errors["reason"].text() == "Dit veld is verplicht."
    assert dialog.isVisible() and dialog.reason_edit.toPlainText() == "x" and dialog.ok_button.isEnabled()

    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.conflict is not None
