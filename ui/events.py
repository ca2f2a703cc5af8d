"""The one application-wide change notification: pages listen and decide themselves whether to reload."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Created once by the launcher and handed to the main window and its pages.

    ``data_changed`` carries a topic (``"case"``, ``"family"``, ``"worker"``, ...) so that a page can
    ignore changes it does not show.
    """

    data_changed = Signal(str)

    def notify_data_changed(self, topic: str) -> None:
        self.data_changed.emit(topic)
