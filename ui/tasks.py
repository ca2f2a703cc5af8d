"""Running service calls off the GUI thread and delivering their outcome back on it.

A page hands the runner a plain callable (usually a service method); the result or the error comes
back as a call on the GUI thread. Unexpected exceptions are logged and delivered as a generic
:class:`~app.errors.AppError`, so the UI only ever deals with translated application errors.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.errors import AppError

log = logging.getLogger(__name__)

T = TypeVar("T")
ResultHandler = Callable[[Any], None]
ErrorHandler = Callable[[AppError], None]


class TaskRunner(Protocol):
    def run(self, task: Callable[[], T], on_done: Callable[[T], None], on_error: ErrorHandler | None = None,
            *, context: QObject | None = None) -> None:
        """Calls ``task`` and then ``on_done(result)`` or ``on_error(error)`` on the GUI thread.

        If ``context`` (usually the asking widget) has been deleted by then, nothing is delivered.
        """

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Waits for running tasks (e.g. before the database file is replaced or closed)."""


def _as_app_error(exc: BaseException) -> AppError:
    if isinstance(exc, AppError):
        return exc
    log.error("task failed unexpectedly", exc_info=exc)
    return AppError()


def _deliverable(context: QObject | None) -> bool:
    return context is None or shiboken6.isValid(context)


class _Delivery(QObject):
    """Lives on the GUI thread; the worker thread emits, Qt queues the call to this thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: ResultHandler, on_error: ErrorHandler | None, context: QObject | None,
                 forget: Callable[[_Delivery], None]):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._context = context
        self._forget = forget
        self.succeeded.connect(self._on_self_succeeded)
        self.failed.connect(self._on_self_failed)

    @Slot(object)
    def _on_self_succeeded(self, result: object) -> None:
        self._forget(self)
        if _deliverable(self._context):
            self._on_done(result)

    @Slot(object)
    def _on_self_failed(self, error: AppError) -> None:
        self._forget(self)
        if self._on_error is not None and _deliverable(self._context):
            self._on_error(error)


class _Job(QRunnable):
    def __init__(self, task: Callable[[], object], delivery: _Delivery):
        super().__init__()
        self._task = task
        self._delivery = delivery

    def run(self) -> None:
        try:
            result = self._task()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the GUI as an AppError
            self._delivery.failed.emit(_as_app_error(exc))
        else:
            self._delivery.succeeded.emit(result)


class ThreadPoolTaskRunner:
    """The runner the application uses: a small private thread pool."""

    def __init__(self, max_threads: int = 2):
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._pending: set[_Delivery] = set()

    def run(self, task: Callable[[], T], on_done: Callable[[T], None], on_error: ErrorHandler | None = None,
            *, context: QObject | None = None) -> None:
        delivery = _Delivery(on_done, on_error, context, self._pending.discard)
        self._pending.add(delivery)
        self._pool.start(_Job(task, delivery))

    def pending_count(self) -> int:
        """Tasks whose outcome has not been delivered yet."""
        return len(self._pending)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Waits for running tasks (at shut-down, before the database is closed)."""
        return self._pool.waitForDone(msecs)


class SynchronousTaskRunner:
    """Runs the task at once on the calling thread; for tests, so they need no waiting."""

    def __init__(self) -> None:
        self.calls = 0

    def run(self, task: Callable[[], T], on_done: Callable[[T], None], on_error: ErrorHandler | None = None,
            *, context: QObject | None = None) -> None:
        self.calls += 1
        try:
            result = task()
        except Exception as exc:  # noqa: BLE001
            if on_error is not None and _deliverable(context):
                on_error(_as_app_error(exc))
            return
        if _deliverable(context):
            on_done(result)

    def wait_for_done(self, msecs: int = -1) -> bool:
        return True  # nothing ever runs in the background
