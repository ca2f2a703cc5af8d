"""A user command as a named operation: run off the GUI thread, its changes announced once.

Anki's ``CollectionOp`` in small: ``run_command(runner, events, name, call, on_done, ...)`` runs the service
call through the task runner inside :func:`app.changes.run_command`, hands the service's value to
``on_done`` on the GUI thread, then announces the changes with their initiator. Reads (Anki's
``QueryOp``) go straight to ``runner.run``.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from app.changes import Outcome, run_command as collect
from ui.events import AppEvents
from ui.tasks import ErrorHandler, TaskRunner

log = logging.getLogger(__name__)


def run_command(runner: TaskRunner, events: AppEvents | None, name: str, call: Callable[[], Any],
                on_done: Callable[[Any], None] | None = None, on_error: ErrorHandler | None = None, *,
                initiator: object = None, context: QObject | None = None) -> None:
    """Runs the command ``name``; ``on_done(value)`` first, then the announcement (so the initiator shows
    the returned value before the other views decide whether they are concerned)."""
    def done(outcome: Outcome) -> None:
        log.debug("command %s changed %s", name, outcome.changes)
        if on_done is not None:
            on_done(outcome.value)
        if events is not None:
            events.announce(outcome.changes, initiator)

    runner.run(lambda: collect(call), done, on_error, context=context)
