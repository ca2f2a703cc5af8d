"""Printing a PDF on a QPrinter: each page rendered by Qt PDF at the printer's resolution (capped)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300  # an A4 page at 300 dpi is a 2480 x 3508 image; finer brings nothing on paper


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paints every page of ``document`` onto ``printer``; returns the number of pages printed."""
    pages = document.pageCount()
    if pages <= 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for index in range(pages):
            if index:
                printer.newPage()
            size_pt = document.pagePointSize(index)
            image = document.render(index, QSize(round(size_pt.width() / 72 * dpi),
                                                 round(size_pt.height() / 72 * dpi)))
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            painter.drawImage(QRectF(target.x(), target.y(), image.width() * scale, image.height() * scale), image)
    finally:
        painter.end()
    return pages
