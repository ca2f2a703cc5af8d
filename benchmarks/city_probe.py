"""The start-up probe: a process that starts the real app and says when My caseload shows its rows.

    python -m benchmarks.city_probe app DATABASE     the app, exactly as ``gezinsregie --database DATABASE``
    python -m benchmarks.city_probe bare             a bare QMainWindow (the baseline)

It prints one line ``ready ROWS PEAK_KB`` once the window is usable (My caseload has shown its rows
and a round of events has painted them), then closes the window and exits. The parent
(:func:`start_time`) measures from spawning the process to that line, so interpreter start, imports,
opening the database, signing in and the first query all count. The probe runs offscreen, with its
own settings, data and log folders; the start page is My caseload, as for a worker who left the app
there (a different remembered page is switched to, which is then part of the measured time). A start
that would need a person (an error box, the first-start or passphrase dialog) ends the probe at once
with the reason on stderr, instead of waiting for a click that never comes.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY = "ready"
TIMEOUT_S = 120


@dataclass(frozen=True)
class StartTime:
    ms: float
    rows: int
    peak_mb: float


def start_time(mode: str, database: str | None = None, passphrase: str | None = None) -> StartTime:
    """One start of the probe in a fresh process; raises RuntimeError with the probe's output if it fails."""
    with tempfile.TemporaryDirectory(prefix="gz-probe-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": f"{home}/config",
               "GEZINSREGIE_DATA_DIR": f"{home}/data", "GEZINSREGIE_LOG_DIR": f"{home}/log",
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        if passphrase:
            env["GEZINSREGIE_PASSPHRASE"] = passphrase
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode: the warm-up start writes it
        args = [sys.executable, "-m", "benchmarks.city_probe", mode, *([database] if database else [])]
        with open(f"{home}/stderr", "w+", encoding="utf-8") as errors:
            started = time.perf_counter()
            process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=errors, text=True)
            watchdog = threading.Timer(TIMEOUT_S, process.kill)  # a probe that hangs ends the read below
            watchdog.start()
            try:
                for line in process.stdout:
                    if line.startswith(READY):
                        elapsed = (time.perf_counter() - started) * 1000
                        _, rows, peak_kb = line.split()
                        process.wait(TIMEOUT_S)
                        return StartTime(elapsed, int(rows), int(peak_kb) / 1024)
                process.wait(TIMEOUT_S)
            finally:
                watchdog.cancel()
                if process.poll() is None:
                    process.kill()
                    process.wait()
            errors.seek(0)
            problem = errors.read().strip().splitlines()
    raise RuntimeError(f"the {mode} probe ended (exit {process.returncode}) without '{READY}': "
                       + (problem[-1] if problem else "no output"))


def _peak_kb() -> int:
    from benchmarks.common import peak_memory_mb

    return round(peak_memory_mb() * 1024)


def _bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1180, 800)
    window.show()
    app.processEvents()
    print(f"{READY} 0 {_peak_kb()}", flush=True)
    window.close()
    return 0


def _app(database: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    import ui.main
    from app.__main__ import main
    from ui.main import create_application
    from ui.main_window import MainWindow
    from ui.settings import MAIN_WINDOW_PAGE, UiSettings

    app = create_application(sys.argv[:1])  # run_gui reuses it: same application, same settings place
    UiSettings().set_value(MAIN_WINDOW_PAGE, 1)  # My caseload, right after Today
    poll = QTimer()
    poll.setInterval(1)

    def ready(window: MainWindow) -> None:
        app.processEvents()  # paint the rows
        print(f"{READY} {window.my_caseload_page.model.rowCount()} {_peak_kb()}", flush=True)
        window.close()

    def watch() -> None:
        window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is None:
            return
        poll.stop()
        page = window.my_caseload_page
        if window.pages.currentWidget() is not page:
            window.show_page(page)
        if page.model.rowCount() > 0:
            ready(window)
            return

        def on_loaded() -> None:
            if page.model.rowCount() > 0:
                ready(window)
            else:
                print("My caseload shows no rows: is the worker directing open cases?", file=sys.stderr)
                window.close()

        page.loaded.connect(on_loaded)

    def fatal(_parent, error) -> None:  # instead of a message box nobody can close
        text = error.message() if hasattr(error, "message") else error
        print(f"the app could not start: {text}", file=sys.stderr)

    def no_dialog(dialog) -> int:  # a start that needs a person's answer is no start to time
        print(f"the app asked for input ({type(dialog).__name__}): no usable window without a person",
              file=sys.stderr)
        return QDialog.DialogCode.Rejected.value

    ui.main.show_fatal_error = fatal
    QDialog.exec = no_dialog
    poll.timeout.connect(watch)
    poll.start()
    return main(["--database", database])


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "bare":
        raise SystemExit(_bare())
    if len(sys.argv) == 3 and sys.argv[1] == "app":
        raise SystemExit(_app(sys.argv[2]))
    raise SystemExit(__doc__)
