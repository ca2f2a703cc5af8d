"""Building blocks shared by the printed documents: escaped paragraphs, section headings, tables."""
from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from app.export import styles as st
from app.export.flowables import QuoteBar
from app.export.grid import PLAIN, Column, Grid, Look

_BLANK_LINES = re.compile(r"\n\s*\n")
# Characters a PDF text run cannot carry (controls other than tab/newline), e.g. from pasted text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Para(Paragraph):
    """A paragraph that remembers its line breaks for the last width it was wrapped to.

    Keeping things together measures a flowable before it is placed and then again when placing it;
    breaking the same lines twice was a large part of the time spent on a plan. Text without markup
    (no tags, no entities: most headings, names and goals) skips reportlab's markup parser: its one
    run of text gets a copy of the run the parser makes for that style, which is all the parser would do.
    """

    _wrapped_for: float | None = None

    def __init__(self, text: str | None, style=None, bulletText=None, frags=None, **kw):  # noqa: N803
        if (frags is not None or bulletText is not None or kw or style is None or not text or "<" in text
                or "&" in text or style.textTransform or not text.strip()):
            super().__init__(text, style, bulletText, frags, **kw)  # reportlab's own path (and its splits)
            return
        self.caseSensitive = 1
        self.encoding = "utf8"
        text = cleanBlockQuotedText(text)
        frag = _plain_frag(style).clone(text=text, link=[], us_lines=[])
        self._setup(text, style, getattr(style, "bulletText", None), [frag], cleanBlockQuotedText)

    def wrap(self, avail_width, avail_height):
        if self._wrapped_for == avail_width and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(avail_width, avail_height)
        self._wrapped_for = avail_width
        return size


_plain_frags: dict[int, tuple] = {}


def _plain_frag(style):
    """The run of text reportlab's parser makes for plain text in ``style`` (parsed once per style)."""
    known = _plain_frags.get(id(style))
    if known is None or known[0] is not style:
        frags = ParaParser().parse("x", style)[1]
        assert len(frags) == 1, "a plain text is one run"
        known = _plain_frags[id(style)] = (style, frags[0])
    return known[1]


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
