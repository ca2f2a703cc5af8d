"""The colours of due dates, the same on every page: red-ish when overdue, amber within the week."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.queries.due import Urgency, urgency

BACKGROUNDS: dict[Urgency, QColor] = {
    Urgency.OVERDUE: QColor("#fbe4e2"),
    Urgency.THIS_WEEK: QColor("#fdf0d5"),
}
FOREGROUNDS: dict[Urgency, QColor] = {
    Urgency.OVERDUE: QColor("#8c1d18"),
    Urgency.THIS_WEEK: QColor("#6b4500"),
    Urgency.LATER: QColor("#5f6b76"),
}


def urgency_of(due: date | None, today: date) -> Urgency | None:
    return urgency(due, today) if due is not None else None


def urgency_colour(level: Urgency | None, role: int) -> QColor | None:
    """The background or text colour for a cell with a due date of this urgency (None: the default)."""
    if level is None:
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return BACKGROUNDS.get(level)
    if role == Qt.ItemDataRole.ForegroundRole and level is not Urgency.LATER:
        return FOREGROUNDS[level]
    return None
