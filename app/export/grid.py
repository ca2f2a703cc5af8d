"""A light table for plain text: rows of cells in fixed columns, drawn straight onto the canvas.

The printed plan has dozens of small tables; reportlab's general ``Table`` (with a paragraph per
cell) spent most of the render time measuring and drawing them. A ``Grid`` breaks each cell's text
into lines once, splits between rows (or, for a row taller than the space left, inside the row)
with the header repeated on every page, and draws its text in one text object.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.export import styles as st


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: fonts are module constants,
class Font:                          # and hashing the colour made every cached line break slow
    name: str
    size: float
    leading: float
    color: Color


BODY = Font(st.SANS, 8.4, 11.2, st.INK)
BOLD = Font(st.SANS_BOLD, 8.4, 11.2, st.INK)
SMALL = Font(st.SANS, 7.6, 10.2, st.MUTED)
LABEL = Font(st.SANS, 7.6, 11.6, st.MUTED)
VALUE = Font(st.SANS, 8.6, 11.6, st.INK)
HEAD = Font(st.SANS_BOLD, 7.6, 10, st.MUTED)


@dataclass(frozen=True)
class Seg:
    """A piece of a cell's text in its own font (e.g. a bold name over a muted line)."""

    text: str
    font: Font


Cell = str | Seg | list | Flowable  # a list holds Segs


@dataclass(frozen=True)
class Look:
    """How a grid is drawn."""

    header_rule: Color | None = st.ACCENT
    row_rule: Color | None = st.RULE
    zebra: Color | None = None
    background: Color | None = None
    left_bar: Color | None = None
    pad_left: float = 4
    pad_right: float = 4
    pad_top: float = 3.6
    pad_bottom: float = 4.2
    first_pad_top: float | None = None   # extra space above the first row (a boxed grid)
    last_pad_bottom: float | None = None


PLAIN = Look()


@dataclass
class _Row:
    cells: list  # per column: a list of (x, text, Font) lines, or a Flowable
    height: float
    header: bool = False
    rule_below: bool = True
    extra_top: float = 0
    extra_bottom: float = 0


@lru_cache(maxsize=4096)
def wrap_text(text: str, font: Font, width: float) -> tuple[str, ...]:
    """Lines of ``text`` that fit ``width``; a word longer than the width is broken inside."""
    if "\n" not in text and stringWidth(text, font.name, font.size) <= width:
        return (text,)
    lines: list[str] = []
    for part in text.split("\n"):
        for line in simpleSplit(part, font.name, font.size, width) or [""]:
            if stringWidth(line, font.name, font.size) <= width:
                lines.append(line)
                continue
            current = ""
            for ch in line:
                if current and stringWidth(current + ch, font.name, font.size) > width:
                    lines.append(current)
                    current = ""
                current += ch
            lines.append(current)
    return tuple(lines)


@dataclass
class Column:
    width: float
    font: Font = BODY
    align: str = "LEFT"  # LEFT, CENTER or RIGHT


class Grid(Flowable):
    def __init__(self, columns: list[Column], rows: list[list[Cell]], *, header: list[Cell] | None = None,
                 look: Look = PLAIN, h_align: str = "LEFT", _laid_out: tuple | None = None):
        super().__init__()
        self.columns = columns
        self.look = look
        self.hAlign = h_align
        self.width = sum(c.width for c in columns)
        if _laid_out is not None:
            self._header, self._rows = _laid_out
        else:
            self._header = self._row(header, HEAD, header=True) if header else None
            self._rows = [self._row(r, None) for r in rows]
            if self._rows:
                if look.first_pad_top is not None and self._header is None:
                    self._rows[0].extra_top = look.first_pad_top - look.pad_top
                if look.last_pad_bottom is not None:
                    self._rows[-1].extra_bottom = look.last_pad_bottom - look.pad_bottom
                self._rows[-1].rule_below = False
        self.height = self._total()

    # -- layout ------------------------------------------------------------------------------------

    def _row(self, cells: list[Cell], font: Font | None, header: bool = False) -> _Row:
        look = self.look
        laid = []
        height = 0.0
        for col, cell in zip(self.columns, cells):
            inner = col.width - look.pad_left - look.pad_right
            if isinstance(cell, Flowable):
                _w, h = cell.wrap(inner, 1e6)
                laid.append(cell)
                height = max(height, h)
                continue
            segs = cell if isinstance(cell, list) else [cell]
            lines = []
            y = 0.0
            for seg in segs:
                text, f = (seg.text, seg.font) if isinstance(seg, Seg) else (str(seg), font or col.font)
                for line in wrap_text(text, f, inner):
                    lines.append((self._x(col, line, f, inner), line, f, y))
                    y += f.leading
            laid.append(lines)
            height = max(height, y)
        return _Row(laid, height + look.pad_top + look.pad_bottom, header=header)

    def _x(self, col: Column, line: str, f: Font, inner: float) -> float:
        if col.align == "LEFT" or not line:
            return 0.0
        free = inner - stringWidth(line, f.name, f.size)
        return free if col.align == "RIGHT" else free / 2

    def _total(self) -> float:
        rows = ([self._header] if self._header else []) + self._rows
        return sum(r.height + r.extra_top + r.extra_bottom for r in rows)

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def split(self, avail_width, avail_height):
        if self.height <= avail_height or not self._rows:
            return [self]
        head = (self._header.height if self._header else 0)
        room = avail_height - head
        used, k = 0.0, 0
        for row in self._rows:
            h = row.height + row.extra_top + row.extra_bottom
            if used + h > room:
                break
            used += h
            k += 1
        first, rest = self._rows[:k], self._rows[k:]
        if k < len(self._rows):
            top, bottom = self._split_row(self._rows[k], room - used)
            if top is not None:
                first, rest = first + [top], [bottom] + self._rows[k + 1:]
        if not first:
            return []
        first = first[:-1] + [_Row(first[-1].cells, first[-1].height, rule_below=False,
                                   extra_top=first[-1].extra_top)]
        return [self._part(first), self._part(rest)]

    def _split_row(self, row: _Row, room: float) -> tuple[_Row | None, _Row | None]:
        """A row too tall for the space left, cut between lines (text cells only)."""
        look = self.look
        text_room = room - look.pad_top - look.pad_bottom - row.extra_top
        if text_room <= 0 or any(isinstance(c, Flowable) for c in row.cells):
            return None, None
        tops, bottoms, top_h, bottom_h = [], [], 0.0, 0.0
        for lines in row.cells:
            keep = [ln for ln in lines if ln[3] + ln[2].leading <= text_room]
            move = lines[len(keep):]
            shift = move[0][3] if move else 0.0
            tops.append(keep)
            bottoms.append([(x, t, f, y - shift) for x, t, f, y in move])
            top_h = max(top_h, keep[-1][3] + keep[-1][2].leading if keep else 0.0)
            bottom_h = max(bottom_h, (move[-1][3] - shift + move[-1][2].leading) if move else 0.0)
        if top_h == 0 or bottom_h == 0:
            return None, None
        pads = look.pad_top + look.pad_bottom
        return (_Row(tops, top_h + pads, rule_below=False, extra_top=row.extra_top),
                _Row(bottoms, bottom_h + pads, rule_below=row.rule_below, extra_bottom=row.extra_bottom))

    def _part(self, rows: list[_Row]) -> Grid:
        return Grid(self.columns, [], look=self.look, h_align=self.hAlign, _laid_out=(self._header, rows))

    # -- drawing -----------------------------------------------------------------------------------

    def draw(self):
        canv = self.canv
        look = self.look
        rows = ([self._header] if self._header else []) + self._rows
        canv.saveState()
        if look.background is not None:
            canv.setFillColor(look.background)
            canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if look.left_bar is not None:
            canv.setFillColor(look.left_bar)
            canv.rect(0, 0, 2.2, self.height, stroke=0, fill=1)
        text = canv.beginText()
        flowables = []
        top = self.height
        body_index = 0
        current_font, current_color = None, None
        for row in rows:
            h = row.height + row.extra_top + row.extra_bottom
            bottom = top - h
            if not row.header and look.zebra is not None and body_index % 2 == 1:
                canv.setFillColor(look.zebra)
                canv.rect(0, bottom, self.width, h, stroke=0, fill=1)
            x0 = 0.0
            y_top = top - row.extra_top - look.pad_top
            for col, cell in zip(self.columns, row.cells):
                if isinstance(cell, Flowable):
                    flowables.append((cell, x0 + look.pad_left, y_top - cell.height))
                else:
                    for x, line, f, y in cell:
                        if not line:
                            continue
                        if (f.name, f.size) != current_font:
                            text.setFont(f.name, f.size)
                            current_font = (f.name, f.size)
                        if f.color != current_color:
                            text.setFillColor(f.color)
                            current_color = f.color
                        text.setTextOrigin(x0 + look.pad_left + x, y_top - y - f.size)
                        text.textOut(line)
                x0 += col.width
            if row.header and look.header_rule is not None:
                canv.setStrokeColor(look.header_rule)
                canv.setLineWidth(0.9)
                canv.line(0, bottom, self.width, bottom)
            elif not row.header and row.rule_below and look.row_rule is not None:
                canv.setStrokeColor(look.row_rule)
                canv.setLineWidth(0.4)
                canv.line(0, bottom, self.width, bottom)
            if not row.header:
                body_index += 1
            top = bottom
        canv.drawText(text)
        for flowable, x, y in flowables:
            flowable.drawOn(canv, x, y)
        canv.restoreState()


def segs(*parts: tuple[str | None, Font]) -> list[Seg]:
    """Cell content from (text, font) pairs; empty texts are left out."""
    return [Seg(text, font) for text, font in parts if text]

