"""The one application-wide change notification, and the one way a view acts on it.

A command's :class:`~app.changes.Changes` are announced once through
``AppEvents.operation_did_execute(changes, initiator)`` (Anki's hook of that name). Each view decides from
the kinds and case ids whether it is concerned; the initiator has already used the command's returned
value and usually ignores its own announcement. :class:`Freshness` is "reload when visible, else mark
stale and reload when next shown", written once. Every announcement is of the user's own command, so
the reload that follows at once is not logged as a READ (``Freshness.log_read`` is False while it runs):
the access log records a person opening or viewing a record - a stale view reloading when it is shown
again, or an explicit reload, is logged.
"""
from __future__ import annotations

import weakref
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
        self._widget = weakref.ref(widget)  # the widget owns this object, not the other way round
        # weakly: the owner usually holds this object, and a cycle would keep a closed window's widgets alive
        self._reload = weakref.WeakMethod(reload) if hasattr(reload, "__self__") else (lambda: reload)
        self.while_hidden = while_hidden
        self.stale = True
        self.log_read = True  # read by the reload callable: False for the refresh that follows a command
        widget.installEventFilter(self)

    def _alive_widget(self) -> QWidget | None:
        ref = getattr(self, "_widget", None)  # gone while a window is torn down
        widget = ref() if ref is not None else None
        return widget if widget is not None and shiboken6.isValid(widget) else None

    def changed(self) -> None:
        widget = self._alive_widget()
        if widget is None:
            return
        if widget.isVisible() or self.while_hidden:
            self.reload(log_read=False)
        else:
            self.stale = True

    def reload(self, *, log_read: bool = True) -> None:
        self.stale = False
        reload = self._reload()
        if reload is not None:
            self.log_read = log_read
            try:
                reload()
            finally:
                self.log_read = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # While a window closes Qt may still filter events after the widget (or this object) is gone.
        if (event.type() == QEvent.Type.Show and getattr(self, "stale", False) and watched is self._alive_widget()):
            self.reload()
        return False
