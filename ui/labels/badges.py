"""Small painted marks: the coloured tag of who acts on a goal, and the subtle SMART-hint mark.

Painted at run time (not SVG files) because their colours come from :data:`ui.labels.plan.ACTOR_COLOURS`.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from models.enums import Actor
from ui.labels.plan import ACTOR_COLOURS

SIZE = 16
HINT_COLOUR = QColor("#c27c0e")


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE * 2, SIZE * 2)  # drawn at double size: crisp on high-dpi screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@lru_cache(maxsize=None)
def actor_icon(actor: Actor | None) -> QIcon:
    """A rounded square in the actor's colour."""
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ACTOR_COLOURS[actor])
    painter.drawRoundedRect(QRectF(3, 3, SIZE - 6, SIZE - 6), 2.5, 2.5)
    painter.end()
    return QIcon(pixmap)


@lru_cache(maxsize=1)
def hint_icon() -> QIcon:
    """An amber ring with an exclamation mark: "this could be sharper", never "this is wrong"."""
    pixmap, painter = _canvas()
    painter.setPen(HINT_COLOUR)
    painter.setBrush(QColor("#fff4de"))
    painter.drawEllipse(QRectF(1.5, 1.5, SIZE - 3, SIZE - 3))
    font = QFont()
    font.setPixelSize(11)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)


@lru_cache(maxsize=1)
def blank_icon() -> QIcon:
    """Keeps text aligned in rows that have no mark."""
    pixmap, painter = _canvas()
    painter.end()
    return QIcon(pixmap)
