"""Headings and quiet text: a page's title, a section's or dialog's heading, a muted explanation, and the
layout of a tab's section under its heading."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


def heading(text: str, scale: float = 1.25, object_name: str = "sectionHeading") -> QLabel:
    """A demi-bold label ``scale`` times the default font size (so it follows the user's font and scaling)."""
    label = QLabel(text)
    label.setObjectName(object_name)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def dialog_heading(text: str) -> QLabel:
    return heading(text, 1.3, "dialogHeading")


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("mutedText")
    label.setWordWrap(True)
    return label


def section_layout(section: QWidget, title: str, buttons: Sequence[QWidget], purpose: str) -> QVBoxLayout:
    """The layout of a section of a tab: its heading with its buttons on the right, then a muted line saying
    what it is for; the caller adds the section's table and the rest below."""
    bar = QHBoxLayout()
    bar.addWidget(heading(title))
    bar.addStretch(1)
    for button in buttons:
        bar.addWidget(button)
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    layout.addLayout(bar)
    layout.addWidget(muted(purpose))
    return layout
