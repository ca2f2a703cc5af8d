"""Paints a cell's background colour (the model's BackgroundRole) under its text.

Qt leaves that colour out where the style sheet styles items (``QTableView::item``), as the house
style does; the due-date tints must show all the same. A selected row keeps its selection colour.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

PILL_RADIUS = 4.0


class TintDelegate(QStyledItemDelegate):
    """``pill``: the colour as a rounded mark inside the cell, so that tinted cells above each other
    stay apart; otherwise it fills the cell (e.g. a group heading's band)."""

    def __init__(self, parent: QWidget | None = None, *, pill: bool = False):
        super().__init__(parent)
        self._pill = pill

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        colour = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(colour, QColor) and not option.state & QStyle.StateFlag.State_Selected:
            if self._pill:
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(option.rect.adjusted(2, 3, -4, -3), PILL_RADIUS, PILL_RADIUS)
                painter.restore()
            else:
                painter.fillRect(option.rect, colour)
        super().paint(painter, option, index)
