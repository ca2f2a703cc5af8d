""""Who looked at this file" (NEN 7513; AVG art. 15), from the Family tab: the report of the whole family
or of the chosen member, saved as a PDF the worker can print or hand over.

The worker chooses the file; the service writes it off the GUI thread (it is logged as a print/export of
the family or the person), and a notice says where it is.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.export.files import safe_file_name
from app.services.privacy import SavedAccessReport
from ui.errors import show_error
from ui.tasks import TaskRunner
from ui.widgets.messages import inform


def choose_report_file(parent: QWidget, name: str) -> str:
    """The PDF file for the report about ``name``, or "" when the worker cancels (tests replace this)."""
    suggested = safe_file_name(QCoreApplication.translate("AccessReport", "Who looked - {name}").format(name=name))
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("AccessReport", "Save who looked at the file of {name}").format(name=name),
        f"{suggested}.pdf", QCoreApplication.translate("AccessReport", "PDF documents (*.pdf)"))
    return path


def save_access_report(parent: QWidget, services: Services, runner: TaskRunner, name: str, *, family_id: int,
                       person_id: int | None = None) -> None:
    """Asks for a file and saves the report of the family (or of ``person_id``) there; says where."""
    path = choose_report_file(parent, name)
    if not path:
        return

    def done(saved: SavedAccessReport) -> None:
        inform(parent, QCoreApplication.translate(
            "AccessReport", "Who looked at the file of {name} ({entries} entries, {pages} pages) is saved as {path}.")
            .format(name=name, entries=saved.entries, pages=saved.pages, path=saved.path))

    def failed(error: AppError) -> None:
        show_error(parent, error)

    runner.run(lambda: services.privacy.export_access_report(path, family_id=family_id, person_id=person_id),
               done, failed, context=parent)
