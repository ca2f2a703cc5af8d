"""The family plan as it will be printed: shown in the app, then saved as PDF or sent to a printer.

The PDF is made off the GUI thread; what is saved or printed is exactly the document shown. Every
save and print goes through the export service, which writes the access log. The file and printer
questions are attributes (``ask_save_path``, ``ask_printer``) so tests can answer them.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.errors import AppError
from app.services.exports import PlanDocument, SavedExport
from ui.errors import error_text, show_error
from ui.export.printing import print_pdf
from ui.tasks import TaskRunner
from ui.widgets.screen_fit import resize_to_screen


class PlanPreviewDialog(QDialog):
    document_loaded = Signal(int)   # number of pages
    saved = Signal(str)             # the path written
    printed = Signal(int)           # number of pages printed

    def __init__(self, services: Services, case_id: int, runner: TaskRunner, plan_id: int | None = None,
                 parent: QWidget | None = None, *, document: PlanDocument | None = None):
        """``document``: one made already (the plan for a provider, past the sharing gate), shown as it is."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Family plan – print preview"))
        resize_to_screen(self, 900, 1400)  # as tall as the screen allows: a page at a time
        self._exports = services.exports
        self._runner = runner
        self._case_id = case_id
        self._plan_id = plan_id
        self.document: PlanDocument | None = None
        self.ask_save_path: Callable[[str], str | None] = self._ask_save_path
        self.ask_printer: Callable[[], QPrinter | None] = self._ask_printer
        self.show_error: Callable[[QWidget, AppError], None] = show_error

        self.pdf = QPdfDocument(self)
        self._bytes = QByteArray()
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Plan preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.pdf)

        self.status = QLabel(self.tr("Making the document…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.close_button.clicked.connect(self.accept)

        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        if document is not None:
            self._on_document_made(document)
        else:
            runner.run(lambda: self._exports.plan_document(case_id, plan_id), self._on_document_made,
                       self._on_document_failed, context=self)

    # -- loading ---------------------------------------------------------------------------------

    def _on_document_made(self, document: PlanDocument) -> None:
        self.document = document
        self._bytes = QByteArray(document.data)
        self._buffer.close()
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        pages = self.pdf.pageCount()
        self.status.setText(self.tr("Version {version} · %n page(s)", "", pages).format(version=document.version_no))
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(pages > 0)
        self.document_loaded.emit(pages)

    def _on_document_failed(self, error: AppError) -> None:
        self.status.setText(error_text(error))
        self.status.setWordWrap(True)

    # -- saving ----------------------------------------------------------------------------------

    def _ask_save_path(self, suggested: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the family plan"), suggested,
                                                    self.tr("PDF documents (*.pdf)"))
        return path or None

    def _on_save_button_clicked(self) -> None:
        document = self.document
        if document is None:
            return
        path = self.ask_save_path(document.file_name)
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.save_button.setEnabled(False)
        self._runner.run(lambda: self._exports.save_document(document, path), self._on_saved, self._on_save_failed,
                         context=self)

    def _on_saved(self, saved: SavedExport) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved to {path}").format(path=saved.path))
        self.saved.emit(str(saved.path))

    def _on_save_failed(self, error: AppError) -> None:
        self.save_button.setEnabled(True)
        self.show_error(self, error)

    # -- printing --------------------------------------------------------------------------------

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.file_name if self.document else "")
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _on_print_button_clicked(self) -> None:
        document = self.document
        if document is None:
            return
        printer = self.ask_printer()
        if printer is None:
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_pdf(self.pdf, printer)
        finally:
            self.unsetCursor()
        if pages == 0:
            self.status.setText(self.tr("The printer could not be started; nothing was printed."))
            return
        self._runner.run(lambda: self._exports.record_print(document, pages), lambda _none: self._on_printed(pages),
                         lambda error: self.show_error(self, error), context=self)

    def _on_printed(self, pages: int) -> None:
        self.status.setText(self.tr("Sent %n page(s) to the printer", "", pages))
        self.printed.emit(pages)
