"""Calm emphasis in the care tables: what is due, what is overdue, what comes next, what has ended."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from ui.qt_models.row_table_model import AnyIndex, Column, Row, RowTableModel


@dataclass(frozen=True)
class Look:
    background: str | None = None
    foreground: str | None = None
    bold: bool = False


DUE = Look("#fff4d6", "#5c4300")       # comes up within days: amber
OVERDUE = Look("#fde7e5", "#8c1d18", bold=True)  # its date has passed: red
NEXT = Look(bold=True)                 # the next thing to do
ENDED = Look(foreground="#5f6b76")     # history: greyed

CARD_STYLE = """
QFrame#careCard { background: #f7f9fa; border: 1px solid #e1e5e9; border-radius: 6px; }
QFrame#careCard QLabel { background: transparent; }
QLabel#directionPhrase { color: #123a61; font-weight: 600; }
QLabel#cardHeading { color: #1f2933; }
QLabel#dueNote[due="true"] { color: #5c4300; background: #fff4d6; border-radius: 4px; padding: 1px 6px; }
QLabel#dueNote[overdue="true"] { color: #8c1d18; background: #fde7e5; border-radius: 4px; padding: 1px 6px; }
QLabel#bigDate { color: #123a61; }
QLabel#bigDate[overdue="true"] { color: #8c1d18; }
QLabel#fieldName { color: #5f6b76; }
"""


class StyledRowTableModel(RowTableModel[Row]):
    """A :class:`RowTableModel` whose cells may carry a :class:`Look` (``look(row, column)``)."""

    def __init__(self, columns: Sequence[Column[Row]], look: Callable[[Row, int], Look | None],
                 parent: QObject | None = None):
        super().__init__(columns, parent)
        self._look = look

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                                        Qt.ItemDataRole.FontRole):
            look = self._look(self.row(index.row()), index.column())
            if look is None:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(look.background)) if look.background else None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(look.foreground)) if look.foreground else None
            if look.bold:
                font = QFont()
                font.setWeight(QFont.Weight.DemiBold)
                return font
            return None
        return super().data(index, role)


def set_flag(widget: QWidget, name: str, on: bool) -> None:
    """Sets a dynamic property the style sheet reads (``due``, ``overdue``) and re-polishes so it shows."""
    if bool(widget.property(name)) != on:
        widget.setProperty(name, on)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def look_of(model: StyledRowTableModel, row: int, column: int = 0) -> Look | None:
    """The look a cell has (for tests and screenshots)."""
    return model._look(model.row(row), column)
