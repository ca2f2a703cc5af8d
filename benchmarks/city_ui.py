"""The parts of the city-scale benchmark that need Qt: the caseload's first paint and opening a case.

Both use the real widgets offscreen, with a synchronous task runner, so what is timed is the work of
the GUI thread (and for the case window, the service calls it makes) without waiting for threads.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.bootstrap import Services  # noqa: E402
from benchmarks.city_measures import Measure, Samples, missing, why  # noqa: E402
from benchmarks.common import SqlReplay  # noqa: E402
from ui.events import AppEvents  # noqa: E402
from ui.main import application_stylesheet, create_application, install_translations  # noqa: E402
from ui.pages.caseload_page import MyCaseloadPage  # noqa: E402
from ui.settings import UiSettings  # noqa: E402
from ui.tasks import SynchronousTaskRunner  # noqa: E402

WINDOW_SIZE = (1180, 800)


def _quiet(_kind, _context, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform's note on every window
        print(message, file=sys.stderr)


def application() -> QApplication:
    """The application as the app sets it up: Dutch translation and the house style (they affect paint)."""
    qInstallMessageHandler(_quiet)
    app = create_application(["gezinsregie-benchmark"])
    install_translations(app)
    app.setStyleSheet(application_stylesheet())
    return app


class RecordingRunner(SynchronousTaskRunner):
    """Runs each task at once and keeps it, so the calls a window makes can be timed on their own."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks: list = []

    def run(self, task, on_done, on_error=None, *, context=None) -> None:
        self.tasks.append(task)
        super().run(task, on_done, on_error, context=context)


def first_paint_measure(worker: Services, folder: Path) -> Measure:
    """My caseload's rows (already fetched) set into the real page and painted once."""
    app = application()
    caseload = worker.caseload.my_caseload_with_due()
    settings = UiSettings(QSettings(str(folder / "bench-settings.ini"), QSettings.Format.IniFormat))
    page = MyCaseloadPage(lambda: caseload, SynchronousTaskRunner(), AppEvents(), settings)
    page.resize(*WINDOW_SIZE)
    page.show()
    app.processEvents()

    def paint() -> None:
        page.reload()  # the loader hands the rows to the model, as after a background load
        page.grab()

    def close() -> None:
        page.close()
        page.deleteLater()
        app.processEvents()

    return Measure("my caseload first paint", None, paint, detail=f"{len(caseload.rows)} rows",
                   ratio_target=None, cleanup=[close])


def open_case_measures(worker: Services, samples: Samples) -> list[Measure]:
    """The service calls the case window makes when it opens (found by opening it once), against their
    SQL replayed raw; and the whole window (widgets and calls) once more, for the picture."""
    from ui.case.case_window import CaseWindow

    app = application()
    runner = RecordingRunner()
    case_id = samples.case_id
    try:
        window = CaseWindow(worker, case_id, AppEvents(), runner)
        window.show()
        app.processEvents()
        tab_count = window.tabs.count()
        window.hide()
        window.deleteLater()
        app.processEvents()
    except Exception as exc:  # noqa: BLE001
        return [missing("open a case", 50, why(exc))]
    tasks = list(runner.tasks)
    replay = SqlReplay(worker.engine, tasks)
    calls = Measure(f"open a case ({len(tasks)} service calls)", 50, lambda: [t() for t in tasks], replay,
                    detail=f"case {case_id}; {replay.statements} statements", cleanup=[replay.close])

    def open_window() -> None:
        w = CaseWindow(worker, case_id, AppEvents(), SynchronousTaskRunner())
        w.show()
        app.processEvents()
        w.hide()
        w.deleteLater()
        app.processEvents()

    whole = Measure("open a case window (widgets + calls)", None, open_window, ratio_target=None,
                    detail=f"{tab_count} tabs, no target")
    return [calls, whole]
