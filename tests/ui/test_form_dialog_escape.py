"""Esc (or the window's close button) on a form with typed input asks before throwing it away, as closing
a case window with unsaved edits does; "keep editing" keeps every letter; an untouched form closes at once.
The question is the shared form-dialog base's (ui/widgets/form_dialog.py), so every form has it: shown
here for a plan dialog (a new action in the goals panel) and a case dialog; the intake's test is in
tests/ui/case/test_intake_dialog.py."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ui.care.waakvlam_dialogs import ContactDialog
from ui.plan.action_dialog import ActionDialog
from ui.plan.choices import PlanChoices
from ui.tasks import SynchronousTaskRunner
from ui.widgets import form_dialog

TODAY = date(2026, 12, 4)


class Questions(list):
    """The forms that asked; ``answers`` are given in turn (when none are left: keep editing)."""

    answers: list[bool]


@pytest.fixture
def asked(monkeypatch) -> Questions:
    questions = Questions()
    questions.answers = []

    def ask(parent) -> bool:
        questions.append(parent.windowTitle())
        return questions.answers.pop(0) if questions.answers else False

    monkeypatch.setattr(form_dialog, "ask_discard_typed", ask)
    return questions


def new_action(qtbot) -> ActionDialog:
    choices = PlanChoices(life_domains=(), members=(), network=(), colleagues=())
    saved = []
    dialog = ActionDialog(choices, SynchronousTaskRunner(), lambda *args: saved.append(args), goal_target=None,
                          suggested_due=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def contact(qtbot) -> ContactDialog:
    dialog = ContactDialog(None, lambda *args: SimpleNamespace(), lambda: True, today=TODAY,
                           runner=SynchronousTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_esc_on_a_new_action_with_typed_text_asks_and_keep_editing_keeps_it(qtbot, asked):
    dialog = new_action(qtbot)
    qtbot.keyClicks(dialog.what_edit, "Bel de school over het rooster")

    qtbot.keyClick(dialog.what_edit, Qt.Key.Key_Escape)

    assert asked == ["Nieuwe actie"]
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.what_edit.toPlainText() == "Bel de school over het rooster"


def test_esc_then_discard_closes_the_form(qtbot, asked):
    dialog = new_action(qtbot)
    qtbot.keyClicks(dialog.what_edit, "Bel de school")
    asked.answers.append(True)

    qtbot.keyClick(dialog.what_edit, Qt.Key.Key_Escape)

    assert len(asked) == 1 and not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_an_untouched_form_closes_on_esc_without_asking(qtbot, asked):
    for dialog in (new_action(qtbot), contact(qtbot)):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    assert asked == []


def test_typing_and_deleting_it_again_is_untouched(qtbot, asked):
    dialog = contact(qtbot)
    qtbot.keyClicks(dialog.note_edit, "ab")
    dialog.note_edit.clear()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


def test_a_case_dialog_asks_on_esc_but_not_on_cancel(qtbot, asked):
    dialog = contact(qtbot)
    qtbot.keyClicks(dialog.note_edit, "Gebeld, alles goed")

    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    assert dialog.note_edit.toPlainText() == "Gebeld, alles goed"

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and not dialog.isVisible()  # Cancel says what it does: no question


def test_a_changed_date_or_choice_counts_as_typed(qtbot, asked):
    dialog = new_action(qtbot)
    dialog.due_date_edit.enabled_check.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
