"""Care fixtures: the Öztürk case with an agreed plan and three providers, and its window on a chosen tab."""
from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui.care.care_data import CareStory, fill_care
from tests.ui.case.conftest import FakePlanTab, messages  # noqa: F401 - the messages fixture
from ui.case.case_window import CaseWindow, default_plan_tab


@pytest.fixture
def care(services) -> CareStory:
    """Öztürk (active): an agreed plan with three goals (28-09-2026) and three providers, no help yet."""
    return fill_care(services)


@pytest.fixture
def care_window(qtbot, services, events, runner, care) -> Iterator[Callable[..., CaseWindow]]:
    """Opens the case window on a tab (``window("involvements_tab")``); with ``real_plan`` the real plan tab."""
    windows: list[CaseWindow] = []

    def open_(tab: str | None = None, *, real_plan: bool = False) -> CaseWindow:
        window = CaseWindow(services, care.case_id, events, runner,
                            plan_tab_factory=default_plan_tab if real_plan else FakePlanTab)
        window.notices = []
        window.inform = lambda _parent, text: window.notices.append(text)
        window.resize(1360, 860)
        window.show()
        qtbot.waitExposed(window)
        if tab is not None:
            window.tabs.setCurrentWidget(getattr(window, tab))
        windows.append(window)
        return window

    yield open_
    for window in windows:
        if shiboken6.isValid(window):
            window.confirm_unsaved_changes = lambda *_args: QMessageBox.StandardButton.Discard
            window.close()


def say_yes(tab: QWidget) -> list[str]:
    """The tab's yes/no questions are answered "yes"; returns the questions asked."""
    asked: list[str] = []

    def confirm(_parent, _title, text) -> bool:
        asked.append(text)
        return True

    tab.confirm = confirm
    return asked
