"""Small drawn elements of the printed plan: a numbered goal heading, a score scale, a signature box."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.export import styles as st


class _Indented(Flowable):
    """A paragraph set in from the left with something drawn in the margin; splits like the paragraph,
    so a text of several thousand characters still flows over pages."""

    def __init__(self, inner: Paragraph, indent: float, first: bool = True):
        super().__init__()
        self.inner = inner
        self.indent = indent
        self.first = first

    def _part(self, inner: Paragraph, first: bool) -> _Indented:
        raise NotImplementedError

    def wrap(self, avail_width, avail_height):
        self._inner_w, self._inner_h = self.inner.wrap(avail_width - self.indent, avail_height)
        self.width, self.height = avail_width, self._inner_h
        return self.width, self.height

    def split(self, avail_width, avail_height):
        parts = self.inner.split(avail_width - self.indent, avail_height)
        return [self._part(p, self.first and i == 0) for i, p in enumerate(parts)]

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def draw(self):
        self.inner.drawOn(self.canv, self.indent, 0)
        self.decorate()

    def decorate(self) -> None:
        raise NotImplementedError


class QuoteBar(_Indented):
    """The family's own words: a soft bar in the margin, like a quotation."""

    def __init__(self, inner: Paragraph, indent: float = 10, first: bool = True):
        super().__init__(inner, indent, first)

    def _part(self, inner, first):
        return QuoteBar(inner, self.indent, first)

    def decorate(self):
        canv = self.canv
        canv.saveState()
        canv.setFillColor(st.TINT_STRONG)
        canv.rect(0, 1, 2.2, self._inner_h - 1, stroke=0, fill=1)
        canv.restoreState()


class NumberedHeading(_Indented):
    """A goal's text with a round number badge hanging in the margin of its first line."""

    def __init__(self, number: str, inner: Paragraph, indent: float, first: bool = True):
        super().__init__(inner, indent, first)
        self.number = number

    def _part(self, inner, first):
        return NumberedHeading(self.number, inner, self.indent, first)

    def decorate(self):
        canv = self.canv
        if not self.first:
            return
        style = self.inner.style
        radius = 3.6 * mm
        cx = radius
        cy = self._inner_h - style.leading / 2 - 0.6
        canv.saveState()
        canv.setFillColor(st.ACCENT)
        canv.circle(cx, cy, radius, stroke=0, fill=1)
        canv.setFillColor(st.WHITE)
        canv.setFont(st.SANS_BOLD, 8.6 if len(self.number) < 3 else 7)
        canv.drawCentredString(cx, cy - 3.0, self.number)
        canv.restoreState()


class ScoreScale(Flowable):
    """A 0-10 score as ten segments: filled up to the current score, the target outlined in the accent."""

    SEGMENTS = 10

    def __init__(self, current: int | None, target: int | None, text: str, width: float = 46 * mm):
        super().__init__()
        self.current = current
        self.target = target
        self.text = text
        self.width = width
        self.height = 10.5

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        canv = self.canv
        seg_w, gap, seg_h, y = 5.2, 1.3, 6.2, 2.2
        step = seg_w + gap
        mid = y + seg_h / 2
        canv.saveState()
        # Each run of segments is one dashed stroke: two strokes instead of ten shapes.
        canv.setLineWidth(seg_h)
        canv.setDash([seg_w, gap])
        filled = min(self.SEGMENTS, max(0, self.current or 0))
        if filled < self.SEGMENTS:
            canv.setStrokeColor(st.TINT_STRONG)
            canv.line(filled * step, mid, self.SEGMENTS * step - gap, mid)
        if filled:
            canv.setStrokeColor(st.ACCENT)
            canv.line(0, mid, filled * step - gap, mid)
        if self.target is not None and 0 < self.target <= self.SEGMENTS:
            x = self.target * step - gap / 2
            canv.setDash()
            canv.setStrokeColor(st.ACCENT_DARK)
            canv.setLineWidth(1.1)
            canv.line(x, y - 1.6, x, y + seg_h + 1.6)
        canv.setFillColor(st.INK)
        canv.setFont(st.SANS, 8.2)
        canv.drawString(self.SEGMENTS * step + 4, y + 0.6, self.text)
        canv.restoreState()


class SignatureBox(Flowable):
    """Name, role, and lines to write the date and the signature on."""

    def __init__(self, name: Paragraph, role: Paragraph, date_label: str, signature_label: str,
                 height: float = 31 * mm):
        super().__init__()
        self.name = name
        self.role = role
        self.date_label = date_label
        self.signature_label = signature_label
        self.height = height

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        pad = 3 * mm
        self._name_h = self.name.wrap(avail_width - 2 * pad, avail_height)[1]
        self._role_h = self.role.wrap(avail_width - 2 * pad, avail_height)[1]
        self.height = max(self.height, self._name_h + self._role_h + 22 * mm)
        return self.width, self.height

    def draw(self):
        canv = self.canv
        pad = 3 * mm
        w, h = self.width, self.height
        canv.saveState()
        canv.setStrokeColor(st.RULE)
        canv.setLineWidth(0.6)
        canv.roundRect(0, 0, w, h, 2.2, stroke=1, fill=0)
        canv.setFillColor(st.ACCENT)
        canv.rect(0, h - 1.6, w, 1.6, stroke=0, fill=1)
        top = h - pad - 1
        self.name.drawOn(canv, pad, top - self._name_h)
        self.role.drawOn(canv, pad, top - self._name_h - self._role_h)
        canv.setFont(st.SANS, 7.4)
        canv.setFillColor(st.MUTED)
        canv.setStrokeColor(st.FAINT)
        canv.setLineWidth(0.5)
        date_y = top - self._name_h - self._role_h - 7 * mm
        canv.drawString(pad, date_y, self.date_label)
        canv.line(pad + 22 * mm, date_y - 1, w - pad, date_y - 1)
        sign_y = 3.2 * mm
        canv.drawString(pad, sign_y, self.signature_label)
        canv.line(pad + 22 * mm, sign_y - 1, w - pad, sign_y - 1)
        canv.restoreState()


class Together(Flowable):
    """Flowables kept on one page when they fit on one; otherwise they simply flow.

    Does what reportlab's ``KeepTogether`` does for the common case without copying the frame to
    measure, which made up a good part of a plan's render time.
    """

    def __init__(self, content: list[Flowable], page_height: float):
        super().__init__()
        self.content = content
        self.page_height = page_height

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self._placed = []
        y = 0.0
        for i, f in enumerate(self.content):
            w, h = f.wrap(avail_width, avail_height)
            if i:
                y += f.getSpaceBefore()
            self._placed.append((f, w, y, h))
            y += h + (f.getSpaceAfter() if i < len(self.content) - 1 else 0)
        self.height = y
        return avail_width, y

    def getSpaceBefore(self):
        return self.content[0].getSpaceBefore() if self.content else 0

    def getSpaceAfter(self):
        return self.content[-1].getSpaceAfter() if self.content else 0

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return [self]
        if self.height <= self.page_height:
            return []  # starts on the next page
        return list(self.content)

    def draw(self):
        for f, w, y, h in self._placed:
            align = getattr(f, "hAlign", "LEFT")
            x = self.width - w if align in ("RIGHT", "TA_RIGHT") else (self.width - w) / 2 \
                if align in ("CENTER", "CENTRE", "TA_CENTER") else 0
            f.drawOn(self.canv, x, self.height - y - h)


class HeadingWithText(Flowable):
    """A heading that goes to the next page together with its text unless at least the first lines of
    the text fit under it; the rest of a long text flows on (no page-sized gap, no lonely heading)."""

    def __init__(self, heading: list[Flowable], body: Flowable, page_height: float):
        super().__init__()
        self.heading = heading
        self.body = body
        self.page_height = page_height
        self._whole = Together([*heading, body], page_height)

    def wrap(self, avail_width, avail_height):
        self.width, self.height = self._whole.wrap(avail_width, avail_height)
        return self.width, self.height

    def getSpaceBefore(self):
        return self._whole.getSpaceBefore()

    def getSpaceAfter(self):
        return self._whole.getSpaceAfter()

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return [self]
        head = Together(self.heading, self.page_height)
        _w, head_h = head.wrap(avail_width, avail_height)
        parts = self.body.split(avail_width, avail_height - head_h - self.body.getSpaceBefore())
        if len(parts) < 2:
            return []  # not even the first lines fit: heading and text start on the next page
        return [Together([*self.heading, parts[0]], self.page_height), *parts[1:]]

    def draw(self):
        self._whole.canv = self.canv
        self._whole.draw()
