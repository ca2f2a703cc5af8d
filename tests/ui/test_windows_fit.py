"""Every window and dialog fits a laptop screen (1366x768 less a taskbar) and a 1920x1080 one, and stays
usable on the laptop at 150% and 200% scaling (it fits, scrolls its content, its buttons are in reach).

The screen size and scale are fixed when Qt starts, so each runs tests/ui/fit_check.py in a child process
on an offscreen screen of that size. ``GEZINSREGIE_FIT_SHOTS=<folder>`` keeps a screenshot of each
window there, to look at. The catalogue itself (tests/ui/windows.py) must name every window class.
"""
from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

import ui
from tests.ui.windows import ENTRIES, WINDOWS
from ui.pages.caseload_page import CaseloadPage
from ui.case.meldcode_dialogs import StepDialog
from ui.widgets.form_dialog import FormDialog, GuardedFormDialog

ROOT = Path(__file__).resolve().parents[2]
BASES = {FormDialog, GuardedFormDialog, CaseloadPage, StepDialog}  # filled in by their subclasses, never shown alone


def window_classes() -> set[str]:
    """Every dialog and main window of ``ui/``, and every page of the main window ("module:Class")."""
    found = set()
    for module_info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(module_info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or cls in BASES:
                continue
            page = module.__name__.startswith("ui.pages.") and name.endswith("Page") and issubclass(cls, QWidget)
            if issubclass(cls, (QDialog, QMainWindow)) or page:
                found.add(f"{cls.__module__}:{name}")
    return found


def test_the_catalogue_names_every_window_and_dialog_of_the_app():
    assert window_classes() - {entry.shows for entry in ENTRIES} == set()
    assert {entry.shows for entry in ENTRIES} - window_classes() == set()
    assert len({name for name, _factory in WINDOWS}) == len(WINDOWS)


@pytest.mark.parametrize("width,height,scale", [(1366, 768, 1), (1920, 1080, 1), (1366, 768, 1.5), (1366, 768, 2)],
                         ids=["1366x768", "1920x1080", "1366x768 at 150%", "1366x768 at 200%"])
def test_every_window_fits_the_screen_and_nothing_in_it_is_squeezed(tmp_path, width, height, scale):
    """At 150% and 200% (``QT_SCALE_FACTOR``) the laptop's screen is 911x512 or 683x384 logical pixels."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT),
           "QT_SCALE_FACTOR": str(scale)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--tb=short",
         str(ROOT / "tests" / "ui" / "fit_check.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    problems = [line for line in result.stdout.splitlines() if line.startswith(("E ", "FAILED", "ERROR"))]
    assert result.returncode == 0, "\n".join(problems) or result.stdout[-3000:] + result.stderr[-3000:]
