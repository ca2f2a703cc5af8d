"""Everything by keyboard: the worker's main flow with key presses only, and the shortcuts are listed.

Keys go to the widget that has the focus (``QApplication.focusWidget()``), as a keyboard would send
them; the test only reads the screen (which widget has the focus, what a dialog shows) to know when
to stop pressing Tab. Modal dialogs are not run in a nested event loop: their ``exec`` shows them and
plays the keys written for them, then returns how they were closed.
"""
from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui.actions import CASE_KEYS, FORM_KEYS, key_text
from ui.case.openers import open_case_windows
from ui.events import AppEvents
from ui.export.preview_dialog import PlanPreviewDialog
from ui.main_window import MainWindow
from ui.settings import UiSettings
from ui.tasks import SynchronousTaskRunner
from ui.widgets.accessible import accessible_name

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.trail: list[str] = []

    @staticmethod
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.focused(), key, modifier)

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focused(), text)

    def tab_to(self, found: Callable[[QWidget], bool], *, limit: int = 80, back: bool = False) -> QWidget:
        """Presses Tab (or Shift+Tab) until the focused widget is the one wanted."""
        seen = []
        for _ in range(limit):
            widget = self.focused()
            if found(widget):
                return widget
            seen.append(f"{type(widget).__name__}({widget.objectName() or accessible_name(widget)!r})")
            self.press(Key.Key_Backtab if back else Key.Key_Tab)
        raise AssertionError("Tab never reached it; focus went " + " -> ".join(seen))


def named(text: str) -> Callable[[QWidget], bool]:
    return lambda widget: accessible_name(widget) == text or widget.objectName() == text


def wait_for_focus_in(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and
                    (QApplication.focusWidget().window() is window))


@pytest.fixture
def dialogs_by_keys(monkeypatch, qtbot):
    """``scripts[ClassName]`` plays keys on that dialog when the app runs it."""
    scripts: dict[str, Callable[[QDialog], None]] = {}
    ran: list[str] = []

    def run(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_for_focus_in(qtbot, dialog)
        name = type(dialog).__name__
        ran.append(name)
        scripts[name](dialog)
        if dialog.isVisible():  # the keys did not close it: say what it shows
            from PySide6.QtWidgets import QLabel
            shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()]
            raise AssertionError(f"{name} stayed open, showing: {shown}")
        if dialog.parentWidget() is not None:  # the window manager activates the owner again (offscreen does not)
            wait_for_focus_in(qtbot, dialog.parentWidget().window())
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", run)
    return scripts, ran


def shown_main_window(qtbot, services) -> MainWindow:
    window = MainWindow(services, SynchronousTaskRunner(), AppEvents(), UiSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_focus_in(qtbot, window)
    return window


def is_(widget_of: Callable[[], QWidget]) -> Callable[[QWidget], bool]:
    return lambda widget: widget is widget_of()


def test_intake_plan_goal_action_agree_and_print_preview_by_keyboard_alone(qtbot, services, dialogs_by_keys):
    scripts, ran = dialogs_by_keys
    window = shown_main_window(qtbot, services)
    keys = Keyboard(qtbot)

    def intake(dialog) -> None:
        assert keys.focused() is dialog.family_name_edit
        keys.type("Toetsenbord")
        for field, text in ((dialog.street_edit, "Kerkstraat 4"), (dialog.postcode_edit, "1441 AB"),
                            (dialog.city_edit, "Purmerend"), (dialog.municipality_combo, "0439")):
            keys.tab_to(is_(lambda field=field: field))
            keys.type(text)
        for row, (first, born) in zip(dialog.members_editor.rows, (("Esther", "07071980"), ("Julia", "07072011"))):
            keys.tab_to(is_(lambda row=row: row.fields.first_name_edit))
            keys.type(first)
            keys.tab_to(is_(lambda row=row: row.fields.surname_edit))
            keys.type("Toetsenbord")
            keys.tab_to(is_(lambda row=row: row.fields.date_of_birth_edit))
            keys.type(born)
        keys.tab_to(is_(lambda: dialog.save_button))
        keys.press(Key.Key_Space)

    scripts["IntakeDialog"] = intake
    keys.press(Key.Key_N, CTRL)  # File > New family
    assert ran == ["IntakeDialog"]
    case_window = open_case_windows()[0]
    qtbot.waitExposed(case_window)
    wait_for_focus_in(qtbot, case_window)
    plan_tab = case_window.plan_tab

    keys.press(Key.Key_2, CTRL)  # the Plan tab
    assert case_window.tabs.currentWidget() is plan_tab
    keys.tab_to(is_(lambda: plan_tab.start_button))
    keys.press(Key.Key_Space)
    keys.tab_to(named("request_for_helpEdit"))
    keys.type("Dat Julia weer naar school gaat.")
    keys.press(Key.Key_Tab)
    keys.type("Julia verzuimt veel.")
    keys.press(Key.Key_S, CTRL)
    plan = services.plans.current_plan(case_window.case_id)
    assert (plan.request_for_help, plan.concerns) == ("Dat Julia weer naar school gaat.", "Julia verzuimt veel.")
    assert plan_tab.save_button.accessibleDescription() == "Het gezinsplan is opgeslagen"  # read out too

    def goal(dialog) -> None:
        assert keys.focused() is dialog.description_edit
        keys.type("Julia gaat elke dag naar school.")
        keys.press(Key.Key_Tab)
        keys.type("Geen verzuim in vier weken.")
        keys.tab_to(named("domainCombo"), back=True)
        keys.press(Key.Key_Down)  # the first life domain
        keys.tab_to(is_(lambda: dialog.ok_button))
        keys.press(Key.Key_Space)

    def action(dialog) -> None:
        assert keys.focused() is dialog.what_edit
        keys.type("Gesprek met de mentor plannen.")
        keys.tab_to(is_(lambda: dialog.ok_button))
        keys.press(Key.Key_Space)

    def agree(dialog) -> None:
        assert keys.focused() is dialog.agreed_with_edit
        keys.type("Esther en Julia")
        keys.tab_to(is_(lambda: dialog.ok_button))
        keys.press(Key.Key_Space)

    scripts.update(GoalDialog=goal, ActionDialog=action, AgreeDialog=agree)
    panel = plan_tab.goals
    keys.tab_to(is_(lambda: panel.add_goal_button))
    keys.press(Key.Key_Space)
    keys.tab_to(named("goalsTree"))
    for _ in range(3):
        if panel.tree.selectionModel().hasSelection():
            break
        keys.press(Key.Key_Down)
    keys.tab_to(is_(lambda: panel.add_action_button))
    keys.press(Key.Key_Space)
    goal_dto = services.plans.current_plan(case_window.case_id).goals[0]
    assert goal_dto.description == "Julia gaat elke dag naar school."
    assert [a.what for a in goal_dto.actions] == ["Gesprek met de mentor plannen."]

    keys.tab_to(is_(lambda: plan_tab.agree_button))
    keys.press(Key.Key_Space)
    assert ran == ["IntakeDialog", "GoalDialog", "ActionDialog", "AgreeDialog"]
    plan = services.plans.current_plan(case_window.case_id)
    assert plan.agreed_with == "Esther en Julia"

    keys.press(Key.Key_P, CTRL)  # the platform's Print: the plan's preview
    previews = lambda: [w for w in QApplication.topLevelWidgets()  # noqa: E731
                        if isinstance(w, PlanPreviewDialog) and w.isVisible()]
    qtbot.waitUntil(lambda: len(previews()) == 1)
    preview = previews()[0]
    wait_for_focus_in(qtbot, preview)
    keys.press(Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())


def test_the_help_menu_lists_every_shortcut_as_bound_and_f1_opens_it(qtbot, services, monkeypatch):
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog

    window = shown_main_window(qtbot, services)
    help_menu = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"][0]
    assert window.app_actions.keyboard_shortcuts in help_menu.actions()
    Keyboard(qtbot).press(Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible())
    rows = dict(dialog.rows())
    native = lambda seq: seq.toString(seq.SequenceFormat.NativeText)  # noqa: E731
    assert rows["Nieuw gezin"] == native(window.app_actions.new_family.shortcut()) == "Ctrl+N"
    assert rows["Zoek gezin"] == "Ctrl+F"
    assert (rows["Ga naar Vandaag"], rows["Ga naar Zoek gezin"]) == (
        "Ctrl+1", f"Ctrl+{window.app_pages.keys.index('search') + 1}")
    for hint in [*CASE_KEYS.values(), *FORM_KEYS]:
        assert rows[key_text(hint.what)] == hint.keys_text()
    assert rows[key_text(CASE_KEYS["print"].what)] == "Ctrl+P"


def test_ctrl_and_a_number_go_to_a_page_and_put_the_focus_in_it(qtbot, services):
    window = shown_main_window(qtbot, services)
    keys = Keyboard(qtbot)
    keys.press(Key.Key_2, CTRL)
    assert window.pages.currentWidget() is window.my_caseload_page
    assert window.my_caseload_page.isAncestorOf(keys.focused())
