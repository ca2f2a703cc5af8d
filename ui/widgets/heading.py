"""Large bold labels: a page's title and the heading of a welcome dialog (first start, the demo's start)."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def heading(text: str, object_name: str, scale: float) -> QLabel:
    """A demi-bold label ``scale`` times the default font size (so it follows the user's font and scaling)."""
    label = QLabel(text)
    label.setObjectName(object_name)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def dialog_heading(text: str) -> QLabel:
    return heading(text, "dialogHeading", 1.3)
