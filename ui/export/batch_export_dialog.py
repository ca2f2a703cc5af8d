"""Saving the family plans of all my open cases to a folder, with progress and a way to stop.

The export runs on a worker thread (a ``QRunnable`` in a thread pool); progress comes back as
signals, so the window stays responsive. Cancelling stops before the next plan; the plans already
saved stay (each file is complete). ``run_in_thread=False`` runs the export on the calling thread,
for tests; the signals and the cancel flag work the same way.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from app.bootstrap import Services
from app.errors import AppError
from app.services.exports import BatchProgress, BatchResult
from ui.errors import error_text


log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(object)  # BatchProgress
    finished = Signal(object)    # BatchResult
    failed = Signal(object)      # AppError


class _BatchJob(QRunnable):
    def __init__(self, work: Callable[[Callable[[BatchProgress], None]], BatchResult], signals: _Signals):
        super().__init__()
        self._work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._work(self.signals.progressed.emit)
        except AppError as exc:
            self.signals.failed.emit(exc)
        except Exception:  # noqa: BLE001 - every failure must reach the dialog as an AppError
            log.exception("exporting all plans failed")
            self.signals.failed.emit(AppError())
        else:
            self.signals.finished.emit(result)


class BatchExportDialog(QDialog):
    progressed = Signal(object)       # BatchProgress, on the GUI thread
    export_finished = Signal(object)  # BatchResult
    export_failed = Signal(object)    # AppError

    def __init__(self, services: Services, parent: QWidget | None = None, *, run_in_thread: bool = True,
                 folder: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the plans of all my cases"))
        self.setMinimumWidth(520)
        self._exports = services.exports
        self._run_in_thread = run_in_thread
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._running = False
        self._close_when_done = False
        self._signals: _Signals | None = None
        self.result: BatchResult | None = None
        self.ask_folder: Callable[[], str | None] = self._ask_folder

        intro = QLabel(self.tr("Saves the current family plan of every open case you direct as a PDF file in "
                               "one folder. Cases without a plan are skipped."))
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(folder or "")
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen"))
        self.folder_edit.setAccessibleName(self.tr("Folder"))
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Export"))
        self.start_button.setDefault(True)
        self.start_button.setEnabled(bool(folder))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    @property
    def running(self) -> bool:
        return self._running

    def _ask_folder(self) -> str | None:
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the family plans"),
                                                self.folder_edit.text()) or None

    def _on_choose_button_clicked(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.folder_edit.setText(folder)
            self.start_button.setEnabled(True)

    @Slot()
    def start(self) -> None:
        folder = self.folder_edit.text()
        if self._running or not folder:
            return
        self._running = True
        self._cancel.clear()
        self.result = None
        self.start_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until the first plan is done
        self.status.setText(self.tr("Exporting…"))
        signals = _Signals(self)
        signals.progressed.connect(self._on_job_progressed)
        signals.finished.connect(self._on_job_finished)
        signals.failed.connect(self._on_job_failed)
        self._signals = signals
        exports, cancel = self._exports, self._cancel
        job = _BatchJob(lambda report: exports.export_all_plans(Path(folder), report, cancel), signals)
        if self._run_in_thread:
            self._pool.start(job)
        else:
            job.run()

    def cancel(self) -> None:
        """Stops before the next plan; the plans saved so far stay."""
        if self._running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current plan…"))

    def _on_cancel_button_clicked(self) -> None:
        if self._running:
            self.cancel()
        else:
            self.reject()

    @Slot(object)
    def _on_job_progressed(self, progress: BatchProgress) -> None:
        self.progress.setRange(0, max(1, progress.total))
        self.progress.setValue(progress.done)
        if not self._cancel.is_set():
            self.status.setText(self.tr("{done} of {total}: {family}").format(
                done=progress.done, total=progress.total, family=progress.family_name))
        self.progressed.emit(progress)

    @Slot(object)
    def _on_job_finished(self, result: BatchResult) -> None:
        self._done()
        self.result = result
        saved = len(result.written)
        if result.cancelled:
            text = self.tr("Stopped: %n plan(s) saved.", "", saved)
        else:
            text = self.tr("%n plan(s) saved.", "", saved)
            self.progress.setValue(self.progress.maximum())
        if result.without_plan:
            text += " " + self.tr("No plan yet: {families}.").format(families=", ".join(result.without_plan))
        self.status.setText(text)
        self.export_finished.emit(result)
        if self._close_when_done:
            self.accept()

    @Slot(object)
    def _on_job_failed(self, error: AppError) -> None:
        self._done()
        self.status.setText(error_text(error))
        self.export_failed.emit(error)

    def _done(self) -> None:
        self._running = False
        self.progress.setRange(0, max(1, self.progress.maximum()))
        self.start_button.setEnabled(True)
        self.choose_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(True)

    def reject(self) -> None:
        if self._running:  # closing while exporting: stop first, close when the worker is done
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._running:
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
