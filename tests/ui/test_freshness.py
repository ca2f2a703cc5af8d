"""Freshness: a visible view refreshes at once after a command, without calling it a view of the file;
a hidden one waits, and when it is shown again that is a view (logged)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.events import Freshness


def test_a_refresh_after_a_command_is_not_a_view_but_showing_a_stale_widget_is(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    seen: list[bool] = []
    freshness = Freshness(widget, lambda: seen.append(freshness.log_read))
    widget.show()
    qtbot.waitExposed(widget)
    assert seen == [True]  # the first show loads, and is a view

    freshness.changed()
    assert seen == [True, False]  # visible: refreshed at once, not logged

    widget.hide()
    freshness.changed()
    assert seen == [True, False] and freshness.stale
    widget.show()
    qtbot.waitExposed(widget)
    assert seen == [True, False, True]  # shown again: the person looks at it

    freshness.reload()
    assert seen[-1] is True and freshness.log_read is True
