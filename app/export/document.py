"""The page around the content: margins, running header, footer with "pagina X van Y", draft watermark.

The page total is only known when the story has been laid out, so the canvas keeps every page's
state and draws the header and footer when the document is saved (one layout pass, not two).
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app.export import styles as st
from app.export import texts as tx

MARGIN_X = 20 * mm
MARGIN_TOP = 21 * mm
MARGIN_BOTTOM = 22 * mm


@dataclass(frozen=True)
class PageDecor:
    """What every page shows outside the content: all text already translated."""

    header_left: str          # from page 2 on
    header_right: str
    footer_note: str          # the confidentiality line
    footer_sub: str           # printed on ...
    watermark: str | None = None


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


class _NumberedCanvas(Canvas):
    def __init__(self, *args, decor: PageDecor, counter: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._counter = counter
        self._saved_pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        self._counter.append(total)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        d = self._decor
        page = self._pageNumber
        width, height = self._pagesize
        left, right = MARGIN_X, width - MARGIN_X
        self.saveState()
        if page > 1:
            y = height - 12 * mm
            self.setFont(st.SANS, 7.2)
            self.setFillColor(st.MUTED)
            self.drawString(left, y, d.header_left)
            self.drawRightString(right, y, d.header_right)
            self.setStrokeColor(st.RULE)
            self.setLineWidth(0.5)
            self.line(left, y - 3.2, right, y - 3.2)
        y = 13 * mm
        self.setStrokeColor(st.ACCENT)
        self.setLineWidth(0.8)
        self.line(left, y + 9.5, left + 14 * mm, y + 9.5)
        self.setStrokeColor(st.RULE)
        self.setLineWidth(0.5)
        self.line(left + 14 * mm, y + 9.5, right, y + 9.5)
        self.setFont(st.SANS, 6.9)
        self.setFillColor(st.MUTED)
        self.drawString(left, y, d.footer_note)
        self.drawString(left, y - 9, d.footer_sub)
        self.setFont(st.SANS_BOLD, 7.4)
        self.setFillColor(st.INK)
        self.drawRightString(right, y, tx.tr(tx.PAGE_X_OF_Y, page=page, pages=total))
        self.restoreState()


def _watermark(text: str):
    def draw(canv: Canvas, doc) -> None:
        width, height = canv._pagesize
        canv.saveState()
        canv.setFillColor(st.WATERMARK)
        canv.setFont(st.SANS_BOLD, 92)
        canv.translate(width / 2, height / 2)
        canv.rotate(52)
        canv.drawCentredString(0, -30, text)
        canv.restoreState()
    return draw


def build_pdf(story: list, decor: PageDecor, *, title: str, subject: str, author: str,
              landscape_page: bool = False) -> RenderedPdf:
    """Lays out ``story`` on A4 (portrait or landscape) and returns the PDF bytes and page count."""
    st.register_fonts()
    pagesize = landscape(A4) if landscape_page else A4
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, subject=subject, author=author, creator="Gezinsregie",
        lang="nl-NL", invariant=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="content")
    on_page = _watermark(decor.watermark) if decor.watermark else None
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page or _nothing)])
    counter: list[int] = []
    doc.build(story, canvasmaker=partial(_NumberedCanvas, decor=decor, counter=counter))
    return RenderedPdf(out.getvalue(), counter[-1] if counter else 0)


def frame_width(landscape_page: bool = False) -> float:
    width = (landscape(A4) if landscape_page else A4)[0]
    return width - 2 * MARGIN_X


def frame_height(landscape_page: bool = False) -> float:
    height = (landscape(A4) if landscape_page else A4)[1]
    return height - MARGIN_TOP - MARGIN_BOTTOM


def _nothing(canv, doc) -> None:
    return None
