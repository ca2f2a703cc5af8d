"""Inspection and a copy of one family member's file (Jeugdwet 7.3.10, AVG art. 15), from the Family tab.

The worker chooses a folder; the service writes ``<name>-inzage.pdf`` and ``.json`` there off the GUI
thread (it is logged as a print/export), and a notice says where the files are.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.queries.case_view import MemberDTO
from app.services.privacy import SavedInspection
from ui.errors import show_error
from ui.tasks import TaskRunner
from ui.widgets.messages import inform

def choose_folder(parent: QWidget, name: str) -> str:
    """The folder for the copy, or "" when the worker cancels (tests replace this)."""
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Inspection", "Folder for the inspection copy of {name}").format(name=name))


def export_member_file(parent: QWidget, services: Services, runner: TaskRunner, member: MemberDTO) -> None:
    """Asks for a folder and saves the member's inspection copy there; says where, or what went wrong."""
    folder = choose_folder(parent, member.full_name)
    if not folder:
        return

    def done(saved: SavedInspection) -> None:
        inform(parent, QCoreApplication.translate(
            "Inspection", "The inspection copy of {name} ({pages} pages) is saved as {pdf} and {json}.").format(
            name=member.full_name, pages=saved.pages, pdf=saved.pdf, json=saved.json))

    def failed(error: AppError) -> None:
        show_error(parent, error)

    runner.run(lambda: services.privacy.export_person_file(member.id, folder), done, failed, context=parent)
