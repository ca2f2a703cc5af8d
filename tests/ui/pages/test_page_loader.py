"""The page loader: loads when its page shows, and stays quiet once the page is gone."""
from __future__ import annotations

from app.changes import ChangeKind, Changes

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ui.pages.page_loader import PageLoader


def make_loader(qtbot, runner, events, loaded: list) -> tuple[QWidget, PageLoader]:
    page = QWidget()
    qtbot.addWidget(page)
    loader = PageLoader(page, runner, events, lambda: (lambda: "rows"), loaded.append, loaded.append)
    return page, loader


def test_a_page_loads_when_first_shown_and_on_a_change_while_visible(qtbot, runner, events):
    loaded: list = []
    page, _loader = make_loader(qtbot, runner, events, loaded)
    page.show()
    assert loaded == ["rows"]

    events.announce(Changes.everything())

    assert loaded == ["rows", "rows"]


def test_events_after_the_page_is_gone_are_ignored(qtbot, runner, events):
    loaded: list = []
    page, loader = make_loader(qtbot, runner, events, loaded)
    shiboken6.delete(page)  # the loader (its child) goes with it, as when a window closes

    assert not shiboken6.isValid(loader)
    events.announce(Changes.everything())
    assert loaded == []


def test_a_filter_call_on_a_torn_down_loader_does_nothing(qtbot, runner, events):
    loaded: list = []
    page, loader = make_loader(qtbot, runner, events, loaded)
    loader.__dict__.clear()  # what Python holds of a loader whose window is being torn down (two windows in one run)

    assert loader.eventFilter(page, QEvent(QEvent.Type.Show)) is False
    assert loaded == []
