"""What the main window calls: open a case in its own window (one per case), and take in a family.

The case window and the intake dialog (with the plan, care and PDF preview parts) are imported when
first needed, not at start-up.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.bootstrap import Services
from ui.events import AppEvents
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.case.case_window import CaseWindow, PlanTabFactory

_open_windows: dict[tuple[int, int], CaseWindow] = {}


def open_case_window(services: Services, case_id: int, events: AppEvents, runner: TaskRunner,
                     parent: QWidget | None = None, *, plan_tab_factory: PlanTabFactory | None = None
                     ) -> CaseWindow:
    """Shows the case's window, bringing it to the front if it is already open."""
    from ui.case.case_window import CaseWindow, default_plan_tab

    key = (id(services), case_id)
    window = _open_windows.get(key)
    if window is None or not shiboken6.isValid(window) or window.services is not services:
        window = CaseWindow(services, case_id, events, runner, parent,
                            plan_tab_factory=plan_tab_factory or default_plan_tab)
        _open_windows[key] = window
        window.closed.connect(lambda _case_id: _open_windows.pop(key, None))
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_case_windows() -> list[CaseWindow]:
    """The case windows now open (e.g. to ask each about unsaved edits when the application quits)."""
    return [window for window in _open_windows.values() if shiboken6.isValid(window)]


def close_all_case_windows() -> bool:
    """Asks every open case window to close (each asks about its unsaved edits); True if all are closed.

    For the main window's closeEvent: a case window owned by it would otherwise be deleted with it,
    unsaved edits and all, without being asked.
    """
    return all([window.close() for window in open_case_windows()])


def run_intake(services: Services, parent: QWidget | None = None, *, runner: TaskRunner,
               events: AppEvents | None = None) -> int | None:
    """Takes in a family; returns the case to open: the new one, or the open case of a known family
    the worker chose instead. None when the worker cancels.

    A known family whose case is closed cannot be chosen here (its button says why): the services
    name no case for it, and a closed case is reopened from its window, not by a new intake.
    """
    from ui.case.intake_dialog import IntakeDialog

    dialog = IntakeDialog(services, parent, runner=runner)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
            return None
        if events is not None:
            events.announce(dialog.changes, parent)
        return dialog.outcome.case_id
    finally:
        dialog.deleteLater()
