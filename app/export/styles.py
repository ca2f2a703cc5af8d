"""The printed documents' typography: the embedded DejaVu fonts, colours and paragraph styles.

Fonts are registered once per process and styles built once (rendering a plan is on the hot path
of a batch export); both are safe to share between threads because they are never changed.
"""
from __future__ import annotations

import io
import threading
from functools import lru_cache
from importlib import resources
from types import SimpleNamespace

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "GezinsregieSans"
SANS_BOLD = "GezinsregieSans-Bold"
SANS_ITALIC = "GezinsregieSans-Italic"
_FONT_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", SANS_ITALIC: "DejaVuSans-Oblique.ttf"}
_font_lock = threading.Lock()
_fonts_ready = False

# A calm petrol blue as the one accent; text near-black, secondary text a warm grey.
ACCENT = colors.HexColor("#1d5a73")
ACCENT_DARK = colors.HexColor("#15455a")
TINT = colors.HexColor("#eef4f6")
TINT_STRONG = colors.HexColor("#d9e7ec")
RULE = colors.HexColor("#d5dde2")
INK = colors.HexColor("#1f2a33")
MUTED = colors.HexColor("#5e6b75")
FAINT = colors.HexColor("#9aa6ae")
WARN = colors.HexColor("#a23b2a")
WHITE = colors.white
WATERMARK = colors.HexColor("#eef1f3")


def register_fonts() -> None:
    """Registers DejaVu Sans (regular, bold, oblique) as one family; later calls do nothing."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _font_lock:
        if _fonts_ready:
            return
        folder = resources.files("resources.fonts")
        for name, file_name in _FONT_FILES.items():
            data = folder.joinpath(file_name).read_bytes()
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD)
        _fonts_ready = True


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=SANS, fontSize=9, leading=13.2, textColor=INK, alignment=TA_LEFT, splitLongWords=1)
    base.update(kw)
    return ParagraphStyle(name, **base)


@lru_cache(maxsize=1)
def styles() -> SimpleNamespace:
    """The paragraph styles, built once."""
    register_fonts()
    return SimpleNamespace(
        body=_style("body", spaceAfter=4, allowWidows=0),
        body_muted=_style("body_muted", textColor=MUTED),
        empty=_style("empty", fontName=SANS_ITALIC, textColor=MUTED, fontSize=8.6),
        overline=_style("overline", fontName=SANS_BOLD, fontSize=7.6, leading=10, textColor=ACCENT),
        title=_style("title", fontName=SANS_BOLD, fontSize=21, leading=26, textColor=INK, spaceBefore=2,
                     spaceAfter=3),
        subtitle=_style("subtitle", fontSize=9.6, leading=13, textColor=MUTED),
        intro=_style("intro", fontSize=9.4, leading=14, textColor=INK),
        h1=_style("h1", fontName=SANS_BOLD, fontSize=13, leading=17, textColor=ACCENT_DARK, spaceBefore=18,
                  spaceAfter=1, keepWithNext=1),
        h1_sub=_style("h1_sub", fontName=SANS_ITALIC, fontSize=8.6, leading=12, textColor=MUTED, keepWithNext=1),
        h2=_style("h2", fontName=SANS_BOLD, fontSize=8.4, leading=11, textColor=ACCENT, spaceBefore=12,
                  spaceAfter=5, keepWithNext=1),
        caption=_style("caption", fontName=SANS_BOLD, fontSize=8.4, leading=11, textColor=ACCENT, spaceBefore=12,
                       spaceAfter=4),
        own_words=_style("own_words", fontSize=9.4, leading=14.2, textColor=INK, allowWidows=0),
        goal_title=_style("goal_title", fontName=SANS_BOLD, fontSize=10, leading=14, textColor=INK),
        goal_text=_style("goal_text", fontSize=8.8, leading=12.6, textColor=INK),
        label=_style("label", fontName=SANS, fontSize=7.6, leading=10.4, textColor=MUTED),
        value=_style("value", fontSize=8.6, leading=11.6),
        cell=_style("cell", fontSize=8.4, leading=11.2),
        cell_muted=_style("cell_muted", fontSize=8.4, leading=11.2, textColor=MUTED),
        cell_bold=_style("cell_bold", fontName=SANS_BOLD, fontSize=8.4, leading=11.2),
        cell_small=_style("cell_small", fontSize=7.6, leading=10.2, textColor=MUTED),
        head_cell=_style("head_cell", fontName=SANS_BOLD, fontSize=7.6, leading=10, textColor=MUTED),
        sign_name=_style("sign_name", fontName=SANS_BOLD, fontSize=9.4, leading=12),
        sign_role=_style("sign_role", fontSize=7.8, leading=10.2, textColor=MUTED),
        footer=_style("footer", fontSize=6.8, leading=8.6, textColor=MUTED),
    )
