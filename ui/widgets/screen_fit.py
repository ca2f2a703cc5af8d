"""Window sizes relative to the screen a window opens on.

A fixed default (a case window of 1180x800) is taller than a laptop's 1366x768 less its taskbar.
A window asks for the size it would like and gets at most a share of the available screen: it fits a
laptop and grows, up to what it asked for, on a larger screen. Long forms scroll (see
:func:`scrolling`) rather than squeeze their fields.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QWidget

SCREEN_SHARE = 0.92  # leaves room for the window's title bar and a little desktop around it
COMPACT = QSize(1024, 640)  # a screen below this (logical pixels) gets scrolling windows


def available_size(widget: QWidget | None = None) -> QSize:
    """The room on the widget's screen (the primary one before it is shown), without the taskbar."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def screen_size(widget: QWidget | None, width: int, height: int) -> QSize:
    """``width`` x ``height``, but no more than the share of the screen a window may take."""
    room = available_size(widget)
    return QSize(min(width, int(room.width() * SCREEN_SHARE)), min(height, int(room.height() * SCREEN_SHARE)))


def resize_to_screen(widget: QWidget, width: int, height: int) -> None:
    widget.resize(screen_size(widget, width, height))


def minimum_within_screen(widget: QWidget, width: int, height: int = 0) -> None:
    """A minimum size, but never more than the screen has (at 200% a laptop has 683x384 logical pixels)."""
    room = screen_size(widget, width, height)
    widget.setMinimumSize(min(width, room.width()), min(height, room.height()))


def compact_screen(widget: QWidget | None = None) -> bool:
    """A screen below :data:`COMPACT` logical pixels: a laptop at 150% or 200%; side-by-side parts stack."""
    room = available_size(widget)
    return room.width() < COMPACT.width() or room.height() < COMPACT.height()


def scroll_when_too_big(window: QMainWindow) -> None:
    """On a small screen (a laptop at 150% or 200%: less than :data:`COMPACT` logical pixels) or one
    smaller than the window's content needs, its content scrolls instead of the window growing past
    the screen; pages shown later may need more room than the first."""
    room = available_size(window)
    need = window.minimumSizeHint()
    if compact_screen(window) or need.width() > room.width() * SCREEN_SHARE or \
            need.height() > room.height() * SCREEN_SHARE:
        area = scrolling(window.takeCentralWidget())
        area.setObjectName("windowScroll")
        window.setCentralWidget(area)


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls up and down when the window is too low for it."""
    area = QScrollArea()
    area.setObjectName("formScroll")
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the fields; the area follows the focus
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    return area


def fit_content(window: QWidget, area: QScrollArea) -> None:
    """Sizes ``window`` to show all of ``area``'s content when the screen allows, else as much as fits."""
    inner = area.widget()
    content = inner.sizeHint().expandedTo(inner.minimumSizeHint())
    outer = window.sizeHint().expandedTo(window.minimumSize())
    chrome = QSize(outer.width() - area.sizeHint().width(), outer.height() - area.sizeHint().height())
    bar = area.verticalScrollBar().sizeHint().width()
    width = max(outer.width(), inner.minimumSizeHint().width() + chrome.width() + bar)  # the width it was given
    height = content.height()
    if inner.hasHeightForWidth():  # wrapped labels: their height at the width they will get
        height = max(height, inner.heightForWidth(width - chrome.width() - bar))
    want = QSize(width, height + chrome.height() + 2)
    window.resize(screen_size(window, want.width(), want.height()).expandedTo(window.minimumSize()))




def two_lines(title: str, lines: int = 2) -> str:
    """``title`` broken at spaces into at most ``lines`` lines of about equal length, for a column header
    as narrow as its figures."""
    words = title.split(" ")
    if len(words) == 1 or lines < 2:
        return title
    target = len(title) / min(lines, len(words))
    out: list[str] = []
    for word in words:
        if out and len(out) < lines and len(out[-1]) + len(word) / 2 > target:
            out.append(word)
        elif out:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return "\n".join(out)


def plain_scroll(content: QWidget) -> QScrollArea:
    """A frameless scroll area that shows the dialog's own background."""
    content.setObjectName("scrollContent")
    scroll = QScrollArea()
    scroll.setObjectName("plainScroll")
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll
