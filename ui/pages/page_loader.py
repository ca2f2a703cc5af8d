"""When a page fetches its data: when first shown, and after a command changed what it shows.

A change while the page is hidden only marks it stale (:class:`ui.events.Freshness`), so hidden pages
cost nothing until they are shown again. The service call runs through the task runner; an answer to an
older request is dropped.
Page loads run one at a time: each writes an access-log entry, and two at once can find a SQLite
database busy.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar
from weakref import WeakKeyDictionary

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.errors import AppError
from app.changes import ChangeKind, Changes
from ui.events import AppEvents, Freshness
from ui.tasks import TaskRunner

T = TypeVar("T")
Handler = Callable[[Any], None]


class LoadQueue:
    """Runs page loads one after another, in order; a page's newer request replaces its waiting one."""

    def __init__(self, runner: TaskRunner):
        self._runner = runner
        self._running = False
        self._waiting: dict[object, tuple[Callable[[], Any], Handler, Handler]] = {}

    def submit(self, owner: object, task: Callable[[], Any], on_done: Handler, on_error: Handler) -> None:
        self._waiting.pop(owner, None)
        self._waiting[owner] = (task, on_done, on_error)
        self._start_next()

    def _start_next(self) -> None:
        if self._running or not self._waiting:
            return
        owner = next(iter(self._waiting))
        task, on_done, on_error = self._waiting.pop(owner)
        self._running = True
        self._runner.run(task, lambda result: self._finish(on_done, result),
                         lambda error: self._finish(on_error, error))

    def _finish(self, handler: Handler, value: object) -> None:
        self._running = False
        try:
            handler(value)
        finally:
            self._start_next()


_queues: WeakKeyDictionary[TaskRunner, LoadQueue] = WeakKeyDictionary()


def load_queue(runner: TaskRunner) -> LoadQueue:
    """The one queue of page loads for this runner."""
    queue = _queues.get(runner)
    if queue is None:
        queue = _queues[runner] = LoadQueue(runner)
    return queue


class PageLoader(QObject, Generic[T]):
    """Loads for ``page``: ``make_task()`` (on the GUI thread, so it may read the page's toggles) gives
    the callable to run off the GUI thread; its result goes to ``on_loaded``, an error to ``on_failed``.

    ``kinds``: the kinds of change the page shows (default: every kind). ``while_hidden``: reload on a
    change even while hidden (for a page whose count is shown elsewhere, such as the today page's badge
    in the navigation).
    """

    def __init__(self, page: QWidget, runner: TaskRunner, events: AppEvents,
                 make_task: Callable[[], Callable[[], T]], on_loaded: Callable[[T], None],
                 on_failed: Callable[[AppError], None], *, on_started: Callable[[], None] | None = None,
                 while_hidden: bool = False, kinds: tuple[ChangeKind, ...] = ()):
        super().__init__(page)
        self._page = page
        self._queue = load_queue(runner)
        self._make_task = make_task
        self._on_loaded = on_loaded
        self._on_failed = on_failed
        self._on_started = on_started
        self._kinds = kinds
        self._generation = 0
        self.answered = False  # a load has come back (with data or an error) at least once
        self._freshness = Freshness(page, self._load, while_hidden=while_hidden)
        events.operation_did_execute.connect(self._on_events_operation_did_execute)

    @property
    def stale(self) -> bool:
        return self._freshness.stale

    @stale.setter
    def stale(self, value: bool) -> None:
        self._freshness.stale = value

    def reload(self) -> None:
        self._freshness.reload()

    def _load(self) -> None:
        self._generation += 1
        generation = self._generation
        if self._on_started is not None:
            self._on_started()
        self._queue.submit(self, self._make_task(), lambda result: self._deliver(generation, result),
                           lambda error: self._fail(generation, error))

    def _current(self, generation: int) -> bool:
        """The answer to the latest request, and the page still exists."""
        return shiboken6.isValid(self) and generation == self._generation

    def _deliver(self, generation: int, result: T) -> None:
        if self._current(generation):
            self.answered = True
            self._on_loaded(result)

    def _fail(self, generation: int, error: AppError) -> None:
        if self._current(generation):
            self.answered = True
            self._on_failed(error)

    def _on_events_operation_did_execute(self, changes: Changes, _initiator: object) -> None:
        if shiboken6.isValid(self) and (not self._kinds or changes.touches(*self._kinds)):
            self._freshness.changed()
