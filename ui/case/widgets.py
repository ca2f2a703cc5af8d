"""Small building blocks shared by the case window's tabs and dialogs."""
from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHeaderView, QLabel, QMessageBox, QScrollArea, QTableView,
    QWidget,
)

from ui.case.labels import label

E = TypeVar("E", bound=Enum)



def enum_combo(values: Iterable[E]) -> QComboBox:
    """A combo of enum values by their labels; read back with ``current_enum``."""
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value.value)
    return combo


def current_enum(combo: QComboBox, enum_type: type[E]) -> E | None:
    """The chosen value as its enum (Qt hands the stored text back, not the enum)."""
    value = combo.currentData()
    return enum_type(value) if value is not None else None


def select_enum(combo: QComboBox, value: Enum | None) -> None:
    if value is not None:
        combo.setCurrentIndex(combo.findData(value.value))


def plain_scroll(content: QWidget) -> QScrollArea:
    """A frameless scroll area that shows the dialog's own background."""
    content.setObjectName("scrollContent")
    scroll = QScrollArea()
    scroll.setObjectName("plainScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def heading(text: str, scale: float = 1.25, object_name: str = "sectionHeading") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("mutedText")
    label.setWordWrap(True)
    return label


def make_table(model: QAbstractItemModel, object_name: str) -> QTableView:
    """A calm, read-only, single-selection table in the house style."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row sizing
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fit_columns(table: QTableView, max_width: int = 320, padding: int = 20) -> None:
    """Every column as wide as its content (within ``max_width``); the last one takes the rest."""
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        table.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column) + padding, max_width))
    header.setSectionResizeMode(header.count() - 1, QHeaderView.ResizeMode.Stretch)


def fit_height(table: QTableView, min_rows: int = 2, max_rows: int = 10) -> None:
    """As tall as its rows (within limits), so a short list does not leave an empty box."""
    rows = min(max(table.model().rowCount(), min_rows), max_rows)
    height = table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


def selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def ask_save_discard_cancel(parent: QWidget, text: str) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel about unsaved edits; tests replace the caller's reference to this."""
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(
        parent, QCoreApplication.translate("CaseWidgets", "Unsaved changes"), text,
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.No) == buttons.Yes


def inform(parent: QWidget, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("CaseWidgets", "Gezinsregie"), text)
