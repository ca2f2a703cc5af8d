"""Typed access to the user's interface settings (QSettings): one declaration per key, with its default.

Only presentation state lives here (window geometry, column widths, the last page). Which database
to open and who works here belong to the application core, not to QSettings.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", QByteArray, int, bool, str)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A declared key; its type is the type of its default."""

    key: str
    default: T


MAIN_WINDOW_GEOMETRY = Setting("main_window/geometry", QByteArray())
MAIN_WINDOW_SPLITTER = Setting("main_window/splitter", QByteArray())
MAIN_WINDOW_PAGE = Setting("main_window/page", 0)
MY_CASELOAD_COLUMNS = Setting("caseload/mine/columns", QByteArray())
TEAM_CASELOAD_COLUMNS = Setting("caseload/team/columns", QByteArray())


class UiSettings:
    """Reads and writes declared settings; a QSettings store can be injected (tests isolate it anyway)."""

    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else QSettings()

    def value(self, setting: Setting[T]) -> T:
        default = setting.default
        return self._store.value(setting.key, default, type=type(default))

    def set_value(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()
