"""Building blocks shared by the printed documents: escaped paragraphs, section headings, tables."""
from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from app.export import styles as st
from app.export.flowables import QuoteBar
from app.export.grid import PLAIN, Column, Grid, Look

_BLANK_LINES = re.compile(r"\n\s*\n")
# Characters a PDF text run cannot carry (controls other than tab/newline), e.g. from pasted text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Para(Paragraph):
    """A paragraph that remembers its line breaks for the last width it was wrapped to.

    Keeping things together measures a flowable before it is placed and then again when placing it;
    breaking the same lines twice was a large part of the time spent on a plan.
    """

    _wrapped_for: float | None = None

    def wrap(self, avail_width, avail_height):
        if self._wrapped_for == avail_width and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(avail_width, avail_height)
        self._wrapped_for = avail_width
        return size


def clean(text: str | None) -> str:
    """Stored text without carriage returns or control characters, trimmed."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text).strip()


def esc(text: str | None) -> str:
    """Stored text made safe for reportlab's paragraph markup; line breaks kept."""
    return escape(clean(text)).replace("\n", "<br/>")


def text_paragraphs(text: str | None, style, empty_text: str) -> list[Flowable]:
    """A free text as paragraphs (split at blank lines), or a muted "not filled in" line."""
    text = (text or "").strip()
    if not text:
        return [Para(escape(empty_text), st.styles().empty)]
    return [Para(esc(part), style) for part in _BLANK_LINES.split(text) if part.strip()]


def own_words(text: str | None, style, empty_text: str) -> list[Flowable]:
    """The family's own words as one quoted block; it splits line by line, so pages of text flow."""
    text = (text or "").strip()
    if not text:
        return [Para(escape(empty_text), st.styles().empty)]
    markup = "<br/><br/>".join(esc(part) for part in _BLANK_LINES.split(text) if part.strip())
    return [QuoteBar(Para(markup, style))]


def heading(title: str, subtitle: str | None = None, *, room: float | None = 90) -> list[Flowable]:
    """A section heading with an optional italic question below it. It starts a new page unless
    ``room`` points are left, so it never stands alone at the foot of a page, while the text after
    it may still split (no gap the size of a whole section). ``room=None``: no such check (for a
    heading inside a block kept together)."""
    s = st.styles()
    out: list[Flowable] = [CondPageBreak(room)] if room is not None else []
    out.append(Para(escape(title), s.h1))
    if subtitle:
        out.append(Para(escape(subtitle), s.h1_sub))
    out.append(AccentRule())
    return out


class AccentRule(Flowable):
    """A short accent stroke on a full-width hairline, under a section heading."""

    def __init__(self):
        super().__init__()

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, 8

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(st.RULE)
        c.setLineWidth(0.5)
        c.line(0, 4, self.width, 4)
        c.setStrokeColor(st.ACCENT)
        c.setLineWidth(1.6)
        c.line(0, 4, 12 * mm, 4)
        c.restoreState()


def data_table(columns: list[Column], header: list[str], rows: list[list], *, zebra: bool = False,
               h_align: str = "LEFT") -> Grid:
    """A calm table: a header underlined in the accent and repeated on every page, hairlines between
    rows; it splits between rows and, for a very tall row, inside it."""
    return Grid(columns, rows, header=header, look=ZEBRA if zebra else PLAIN, h_align=h_align)


ZEBRA = Look(zebra=st.TINT)


def gap(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)
