"""Opens every window of tests/ui/windows.py on the screen the process was started with and checks it fits.

Run by tests/ui/test_windows_fit.py in a child process whose offscreen screen is 1366x768 or
1920x1080 (``QT_QPA_PLATFORM=offscreen:configfile=...``), also scaled by 150% or 200%
(``QT_SCALE_FACTOR``: the laptop's logical screen is then 911x512 or 683x384); the file name keeps pytest
from collecting it on the ordinary screen. A taskbar of ``TASKBAR`` pixels is taken off the screen's height.

Scaled, a window is usable when it fits the screen, its buttons are within reach and no text is cut
off; a form taller than the window scrolls (its fields may then be narrower than they would like).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView, QAbstractScrollArea, QApplication, QComboBox, QHeaderView, QScrollArea, QTabBar, QWidget,
)

from tests.ui.a11y_check import demo, demo_file  # noqa: F401 - fixtures: one demo database per run
from tests.ui.windows import ENTRIES

TASKBAR = 40
SHOTS = os.environ.get("GEZINSREGIE_FIT_SHOTS")


def scale() -> float:
    return QApplication.primaryScreen().devicePixelRatio()


def available() -> QSize:
    screen = QApplication.primaryScreen().availableGeometry()
    taskbar = round(TASKBAR / scale())
    return QSize(screen.width(), min(screen.height(), QApplication.primaryScreen().geometry().height() - taskbar))


def _in_scrolled_content(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea) or isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _may_shrink(widget: QWidget) -> bool:
    """Qt's own parts (a spin box's or an editable combo's line edit) follow their owner, and a scrolling
    view (a list, a text box of a few lines) may be smaller than its hint: it scrolls."""
    return (widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), QComboBox)
            or isinstance(widget, QAbstractScrollArea))


def _name(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "title", "placeholderText"):
        value = getattr(widget, attr, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if text:
                break
    return f"{type(widget).__name__}({widget.objectName() or text[:40]!r})"


def fit_problems(window: QWidget, room: QSize) -> list[str]:
    """What a user on a screen of ``room`` would find squeezed, cut off or too big in ``window``."""
    top = window.window()
    problems = []
    if top.width() > room.width() or top.height() > room.height():
        problems.append(f"the window is {top.width()}x{top.height()}, the screen has {room.width()}x{room.height()}")
    for child in top.findChildren(QWidget):
        if not child.isVisible() or child.isWindow() or isinstance(child, QHeaderView):
            continue
        hint = child.minimumSizeHint()
        if _may_shrink(child):
            pass
        elif hint.isValid() and (child.width() < hint.width() or child.height() < hint.height()):
            problems.append(f"{_name(child)} is {child.width()}x{child.height()}, needs {hint.width()}x{hint.height()}")
        parent = child.parentWidget()
        if parent is not None and not _in_scrolled_content(child, top):
            inside = parent.rect()
            if not inside.contains(child.geometry()) and child.geometry().intersects(inside):
                problems.append(f"{_name(child)} is cut off by {_name(parent)}")
        if isinstance(child, QAbstractItemView) and room.width() <= 1366:
            if child.horizontalScrollBar().isVisible():
                problems.append(f"{_name(child)} scrolls sideways")
    return problems


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_window_fits_the_screen(qtbot, demo, entry):
    widget = entry.factory(qtbot, demo)
    qtbot.waitExposed(widget.window())
    qtbot.wait(20)  # layouts that change with the width settle
    room = available()
    if SHOTS:
        screen = QApplication.primaryScreen().geometry()
        name = entry.name.replace(":", "").replace(",", "").replace(" ", "-")
        percent = f"-{round(scale() * 100)}pct" if scale() > 1 else ""
        widget.window().grab().save(str(Path(SHOTS) / f"{screen.width()}x{screen.height()}{percent}-{name}.png"))
    QApplication.sendPostedEvents()  # a layout requested in the last round settles, as it would for a user
    problems = fit_problems(widget, room) if scale() == 1 else scaled_problems(widget, room)
    assert not problems, "\n".join(problems)


def scaled_problems(window: QWidget, room: QSize) -> list[str]:
    """At 150% or 200%: the window fits, its buttons are in reach, and no text outside a scrolling area is
    squeezed or cut off."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    top = window.window()
    problems = []
    if top.width() > room.width() or top.height() > room.height():
        problems.append(f"the window is {top.width()}x{top.height()}, the screen has {room.width()}x{room.height()}")
    for child in top.findChildren(QWidget):
        if not child.isVisible() or child.isWindow() or _in_scrolled_content(child, top) or \
                isinstance(child.parentWidget(), QTabBar):  # a tab bar's own scroll arrows
            continue
        if isinstance(child, QAbstractButton) and not top.rect().contains(child.geometry().translated(
                child.parentWidget().mapTo(top, child.parentWidget().rect().topLeft()))):
            problems.append(f"{_name(child)} is out of reach")
        if isinstance(child, (QLabel, QAbstractButton)) and not _may_shrink(child):
            hint = child.minimumSizeHint()
            if hint.isValid() and (child.width() < hint.width() or child.height() < hint.height()):
                problems.append(f"{_name(child)} is {child.width()}x{child.height()}, needs {hint.width()}x{hint.height()}")
        parent = child.parentWidget()
        inside = parent.rect()
        if not inside.contains(child.geometry()) and child.geometry().intersects(inside):
            problems.append(f"{_name(child)} is cut off by {_name(parent)}")
    return problems
