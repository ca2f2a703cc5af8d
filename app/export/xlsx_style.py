"""The look the workbooks share: a dark header row with white bold text that wraps."""
from __future__ import annotations

from collections.abc import Iterable

from openpyxl.styles import Alignment, Font, PatternFill

from app.validation import printable

HEADER_FILL = PatternFill("solid", fgColor="1D5A73")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_ALIGNMENT = Alignment(vertical="top", wrap_text=True)


def row_values(values: Iterable) -> list:
    """Cell values with stored texts made printable: one control character already in the database
    (openpyxl refuses them) must not fail a whole workbook."""
    return [printable(v) if isinstance(v, str) else v for v in values]


def style_header(cells: Iterable) -> None:
    for cell in cells:
        cell.fill, cell.font, cell.alignment = HEADER_FILL, HEADER_FONT, HEADER_ALIGNMENT
