"""The look of due dates, the same on every page: red-ish when overdue, amber within the week - and, so
that colour is never the only sign, a mark (an icon of its own shape) and the words for a screen reader."""
from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF

from app.queries.due import Urgency, urgency
from ui.labels.care import care_label

BACKGROUNDS: dict[Urgency, QColor] = {
    Urgency.OVERDUE: QColor("#fbe4e2"),
    Urgency.THIS_WEEK: QColor("#fdf0d5"),
}
FOREGROUNDS: dict[Urgency, QColor] = {
    Urgency.OVERDUE: QColor("#8c1d18"),
    Urgency.THIS_WEEK: QColor("#6b4500"),
    Urgency.LATER: QColor("#5f6b76"),
}
MARK_SIZE = 14


def urgency_of(due: date | None, today: date) -> Urgency | None:
    return urgency(due, today) if due is not None else None


def urgency_colour(level: Urgency | None, role: int) -> QColor | QIcon | str | None:
    """A due cell's look for ``role``: background or text colour, its mark (DecorationRole) and its words
    (AccessibleDescriptionRole); None: the default."""
    if level is None:
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return BACKGROUNDS.get(level)
    if role == Qt.ItemDataRole.ForegroundRole and level is not Urgency.LATER:
        return FOREGROUNDS[level]
    if role == Qt.ItemDataRole.DecorationRole and level is not Urgency.LATER:
        return mark_icon("overdue" if level is Urgency.OVERDUE else "soon")
    if role == Qt.ItemDataRole.AccessibleDescriptionRole and level is not Urgency.LATER:
        return care_label(level)
    return None


@cache
def mark_icon(kind: str) -> QIcon:
    """"overdue": a red disc with "!"; "soon": an amber clock; "heavy": an amber triangle with "!"."""
    pixmap = QPixmap(MARK_SIZE * 2, MARK_SIZE * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1, 1, MARK_SIZE - 2, MARK_SIZE - 2)
    red, amber = QColor("#b3261e"), QColor("#6b4500")
    if kind == "soon":
        painter.setPen(QPen(amber, 1.6))
        painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
        centre = box.center()
        painter.drawLine(centre, QPointF(centre.x(), box.top() + 3))
        painter.drawLine(centre, QPointF(box.right() - 3.5, centre.y()))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(red if kind == "overdue" else amber)
        if kind == "overdue":
            painter.drawEllipse(box)
        else:
            painter.drawPolygon(QPolygonF([QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()]))
        font = QFont()
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box.adjusted(0, 1 if kind == "heavy" else 0, 0, 0), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)
