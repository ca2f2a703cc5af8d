"""The large heading at the top of a welcome dialog (first start, the demo's start)."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def dialog_heading(text: str) -> QLabel:
    heading = QLabel(text)
    heading.setObjectName("dialogHeading")
    font = QFont(heading.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setWeight(QFont.Weight.DemiBold)
    heading.setFont(font)
    return heading
