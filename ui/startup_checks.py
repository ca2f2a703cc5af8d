"""The start-up checks that run after the window shows: integrity check and daily backup.

On a large database they take seconds (they read or copy the whole file), so the window and the
caseload come first and these run in the background. A damaged database found then closes the
window; the launcher offers the newest sound backup, as it does when the damage is found at opening.
A daily backup postponed (a full disk) is a warning in the status bar: the work goes on.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from app.storage.backup import BackupPostponed
from app.errors import AppError, DatabaseDamaged, DatabaseKeyRejected
from ui.errors import error_text
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

WARNING_LABEL = "startUpWarningLabel"


def show_start_up_warning(window: QMainWindow, error: AppError) -> QLabel:
    """A problem that did not stop the start (the daily backup postponed), kept in the status bar."""
    label = QLabel(error_text(error))
    label.setObjectName(WARNING_LABEL)
    label.setWordWrap(True)
    label.setToolTip(label.text())
    window.statusBar().addPermanentWidget(label)
    return label


class StartUpChecks(QObject):
    """Runs ``checks`` (``Services.background_checks``) once through the runner; remembers damage."""

    finished = Signal()

    def __init__(self, checks: Callable[[], object] | None, runner: TaskRunner, window: QMainWindow):
        super().__init__()
        self.damaged: AppError | None = None
        self._window = window
        self._checks = checks
        self._runner = runner

    def start(self) -> None:
        if self._checks is None:
            self.finished.emit()
            return
        self._runner.run(self._checks, self._on_checks_done, self._on_checks_failed, context=self)

    def cancel(self) -> None:
        """The app is closing: a running integrity check stops, a backup not begun is skipped."""
        cancel = getattr(self._checks, "cancel", None)
        if cancel is not None:
            cancel()

    def _on_checks_done(self, _result: object) -> None:
        self.finished.emit()

    def _on_checks_failed(self, error: AppError) -> None:
        if isinstance(error, (DatabaseDamaged, DatabaseKeyRejected)):
            log.error("the background integrity check found the database damaged")
            self.damaged = error
            self._window.close()  # the launcher takes it from here (restore offer)
        elif isinstance(error, BackupPostponed):
            show_start_up_warning(self._window, error)
        else:  # e.g. the daily backup could not be written: the work goes on, the log says why
            log.error("background start-up check failed: %s", type(error).__name__)
        self.finished.emit()
