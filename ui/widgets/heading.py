"""Headings and quiet text: a page's title, a section's or dialog's heading, a muted explanation."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


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
