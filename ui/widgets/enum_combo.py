"""A combo box of enum values shown by their translated labels, read back as the enum."""
from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

from ui.labels.case import label

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
