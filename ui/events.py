"""The one application-wide change notification, and the one way a view acts on it.

A command's :class:`~app.changes.Changes` are announced once through
``AppEvents.operation_did_execute(changes, initiator)`` (Anki's hook of that name). Each view decides from
the kinds and case ids whether it is concerned; the initiator has already used the command's returned
value and usually ignores its own announcement. :class:`Freshness` is "reload when visible, else mark
stale and reload when next shown", written once.
"""
from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from app.changes import Changes


class AppEvents(QObject):
    """Created once by the launcher and handed to the main window, its pages and the case windows."""

    operation_did_execute = Signal(object, object)  # Changes, the initiator (a widget, or None)

    def announce(self, changes: Changes, initiator: object = None) -> None:
        """Tells every view what a command changed; nothing is said when it changed nothing."""
        if changes:
            self.operation_did_execute.emit(changes, initiator)


class Freshness(QObject):
    """Keeps ``widget`` fresh: :meth:`changed` reloads it at once when visible (or ``while_hidden``),
    else marks it stale; a stale widget reloads when it is next shown. It starts stale, so the first
    show loads."""

    def __init__(self, widget: QWidget, reload: Callable[[], None], *, while_hidden: bool = False):
        super().__init__(widget)
        self._widget = widget
        self._reload = reload
        self.while_hidden = while_hidden
        self.stale = True
        widget.installEventFilter(self)

    def changed(self) -> None:
        widget = getattr(self, "_widget", None)
        if widget is None or not shiboken6.isValid(widget):
            return
        if widget.isVisible() or self.while_hidden:
            self.reload()
        else:
            self.stale = True

    def reload(self) -> None:
        self.stale = False
        self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # While a window closes Qt may still filter events after the widget (or this object) is gone.
        widget = getattr(self, "_widget", None)
        if (widget is not None and watched is widget and shiboken6.isValid(widget)
                and event.type() == QEvent.Type.Show and self.stale):
            self.reload()
        return False
