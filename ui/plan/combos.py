"""Combo boxes holding enum values: Qt hands a StrEnum back as a plain string, so convert on reading."""
from __future__ import annotations

from enum import Enum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

E = TypeVar("E", bound=Enum)


def current_enum(combo: QComboBox, enum_type: type[E]) -> E | None:
    """The chosen item's enum value (None for an item without one, e.g. "not decided yet")."""
    data = combo.currentData()
    return enum_type(data) if data is not None else None
