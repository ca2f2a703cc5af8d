"""The look the workbooks share: a dark header row with white bold text that wraps, and rows of figures
written by column descriptors ``(attribute, title, kind)`` with a number format per kind."""
from __future__ import annotations

from collections.abc import Iterable

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.export.figures_texts import Kind
from app.validation import printable

FORMATS = {Kind.COUNT: "0", Kind.DAYS: "0.0", Kind.SHARE: "0.0%", Kind.RATIO: "0.00"}

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


def header_row(ws: Worksheet, titles: list[str], widths) -> None:
    """The sheet's styled title row, and its column widths."""
    ws.append(titles)
    style_header(ws[ws.max_row])
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def append_rows(ws: Worksheet, rows: Iterable, columns) -> None:
    """One line per row: each column's attribute, formatted by its kind (no kind: text, never a formula)."""
    for row in rows:
        ws.append(row_values(getattr(row, attr) for attr, _title, _kind in columns))
        for index, (_attr, _title, kind) in enumerate(columns, start=1):
            cell = ws.cell(ws.max_row, index)
            if kind is None:
                cell.data_type = "s"  # a name starting with "=" is text, never a formula
            else:
                cell.number_format = FORMATS[kind]
