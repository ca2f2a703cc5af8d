"""Nothing is lost: closing a case window with unsaved edits asks first; one window per case."""
from __future__ import annotations

import importlib.util

from PySide6.QtWidgets import QLabel, QMessageBox

from tests.ui.case.conftest import FakePlanTab, type_text
from ui.case.openers import close_all_case_windows, open_case_window, open_case_windows

Button = QMessageBox.StandardButton
DRAFT = "Gesprek met Ayşe over de zomervakantie, nog afmaken"


class Prompt:
    """Answers the Save / Discard / Cancel question and remembers that it was asked."""

    def __init__(self, answer: QMessageBox.StandardButton):
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent, text: str) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return self.answer


def window_with_draft(open_window, story, answer):
    window = open_window(story.case_id)
    window.tabs.setCurrentWidget(window.journal_tab)
    type_text(window.journal_tab.form.text_edit, DRAFT)
    window.confirm_unsaved_changes = Prompt(answer)
    return window


def stored_texts(services, story) -> list[str]:
    return [entry.text for entry in services.journal.entries(story.case_id)]


def test_without_unsaved_edits_the_window_closes_without_asking(qtbot, open_window, story):
    window = open_window(story.case_id)
    window.confirm_unsaved_changes = prompt = Prompt(Button.Cancel)

    with qtbot.waitSignal(window.closed):
        assert window.close()

    assert prompt.asked == []


def test_cancel_keeps_the_window_and_the_text(open_window, story, services):
    window = window_with_draft(open_window, story, Button.Cancel)

    assert not window.close()

    assert window.confirm_unsaved_changes.asked == [
        "Er zijn wijzigingen in deze casus die nog niet zijn opgeslagen. Wil je ze opslaan voordat je het venster "
        "sluit?"]
    assert window.isVisible()
    assert window.journal_tab.form.text_edit.toPlainText() == DRAFT
    assert DRAFT not in stored_texts(services, story)


def test_save_stores_the_entry_and_then_closes(qtbot, open_window, story, services):
    window = window_with_draft(open_window, story, Button.Save)

    with qtbot.waitSignal(window.closed):
        window.close()

    assert stored_texts(services, story)[0] == DRAFT


def test_a_save_that_fails_keeps_the_window_open_with_the_text(open_window, story, services):
    window = window_with_draft(open_window, story, Button.Save)
    form = window.journal_tab.form
    form.date_edit.setText("01-01-2027")  # in the future: the service refuses

    window.close()

    assert window.isVisible()
    assert form.text_edit.toPlainText() == DRAFT
    assert form.field_errors["occurred_on"].text() == "De datum van een contact kan niet in de toekomst liggen."
    assert DRAFT not in stored_texts(services, story)


def test_discard_closes_without_saving(qtbot, open_window, story, services):
    window = window_with_draft(open_window, story, Button.Discard)

    with qtbot.waitSignal(window.closed):
        window.close()

    assert DRAFT not in stored_texts(services, story)


def test_unsaved_plan_edits_are_saved_through_the_plan_tab_before_closing(qtbot, open_window, story):
    window = open_window(story.case_id)
    plan: FakePlanTab = window.plan_tab
    plan.dirty = True
    window.confirm_unsaved_changes = prompt = Prompt(Button.Save)

    with qtbot.waitSignal(window.closed):
        window.close()

    assert len(prompt.asked) == 1
    assert plan.saves == 1


def test_one_window_per_case_brought_to_the_front_when_opened_again(qtbot, services, story, events, runner):
    first = open_case_window(services, story.case_id, events, runner, plan_tab_factory=FakePlanTab)
    qtbot.waitExposed(first)
    again = open_case_window(services, story.case_id, events, runner, plan_tab_factory=FakePlanTab)
    assert again is first
    assert open_case_windows() == [first]

    with qtbot.waitSignal(first.closed):
        first.close()
    assert open_case_windows() == []
    reopened = open_case_window(services, story.case_id, events, runner, plan_tab_factory=FakePlanTab)
    assert reopened is not first
    reopened.close()


def test_the_plan_tab_comes_from_ui_plan(qtbot, services, story, events, runner):
    window = open_case_window(services, story.case_id, events, runner)
    qtbot.waitExposed(window)
    plan_tab = window.tabs.widget(1)
    try:
        if importlib.util.find_spec("ui.plan.plan_tab") is None:
            assert isinstance(plan_tab, QLabel)  # a notice while ui.plan is being built
        else:
            from ui.plan.plan_tab import PlanTab
            assert isinstance(plan_tab, PlanTab)
            assert window.has_unsaved_changes() is False
    finally:
        window.confirm_unsaved_changes = lambda *_args: Button.Discard
        window.close()




def test_closing_all_case_windows_asks_each_about_its_unsaved_edits(qtbot, services, story, events, runner):
    window = open_case_window(services, story.case_id, events, runner, plan_tab_factory=FakePlanTab)
    qtbot.waitExposed(window)
    window.plan_tab.dirty = True
    window.confirm_unsaved_changes = prompt = Prompt(Button.Cancel)

    assert close_all_case_windows() is False
    assert window.isVisible() and len(prompt.asked) == 1

    prompt.answer = Button.Discard
    with qtbot.waitSignal(window.closed):
        assert close_all_case_windows() is True
    assert open_case_windows() == []
