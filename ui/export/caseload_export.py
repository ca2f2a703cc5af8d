"""The caseload list saved as PDF or Excel from a caseload page ("Exporteren")."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.services.exports import CaseloadScope, SavedExport
from ui.errors import show_error
from ui.tasks import TaskRunner



def ask_caseload_path(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("CaseloadExport", "Export the caseload list"), suggested,
        QCoreApplication.translate("CaseloadExport", "Excel workbook (*.xlsx);;PDF document (*.pdf)"))
    return path or None


def export_caseload(parent: QWidget, services: Services, runner: TaskRunner, scope: CaseloadScope,
                    on_done: Callable[[SavedExport], None] | None = None, *,
                    ask_path: Callable[[QWidget, str], str | None] = ask_caseload_path) -> None:
    """Asks where to save (the extension chooses the format: .pdf or, by default, .xlsx) and saves
    the list off the GUI thread; a failure is shown in a message box."""
    exports = services.exports
    path = ask_path(parent, exports.caseload_file_name(scope, "xlsx"))
    if not path:
        return
    if path.lower().endswith(".pdf"):
        task = lambda: exports.caseload_pdf(scope, path)  # noqa: E731
    else:
        path = path if path.lower().endswith(".xlsx") else f"{path}.xlsx"
        task = lambda: exports.caseload_xlsx(scope, path)  # noqa: E731

    def failed(error: AppError) -> None:
        show_error(parent, error)

    runner.run(task, on_done or (lambda _saved: None), failed, context=parent)
