"""The caseload list as an Excel workbook: real dates and numbers, a frozen header and a filter."""
from __future__ import annotations

import io
from datetime import date

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from app.export import texts as tx
from app.export.xlsx_style import row_values, style_header
from app.queries.caseload_export import CaseloadExportRow
from app.validation import printable

DATE_FORMAT = "dd-mm-yyyy"
# (header, width in characters, number format or None)
COLUMNS = (
    (tx.COL_CASE, 13, "0"),
    (tx.COL_FAMILY, 26, None),
    (tx.COL_CHILDREN, 34, None),
    (tx.COL_CHILD_COUNT, 10, "0"),
    (tx.COL_STATUS, 12, None),
    (tx.COL_PLAN, 14, None),
    (tx.COL_DIRECTOR, 24, None),
    (tx.COL_TEAM, 24, None),
    (tx.COL_PRIORITY, 11, None),
    (tx.COL_OPENED, 13, DATE_FORMAT),
    (tx.COL_DAYS_OPEN, 11, "0"),
    (tx.COL_NEXT_EVALUATION, 13, DATE_FORMAT),
    (tx.COL_PROVIDERS, 11, "0"),
)


def render_caseload_xlsx(rows: list[CaseloadExportRow], who: str, today: date) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = tx.tr(tx.CASELOAD_SHEET)[:31]
    wb.properties.title = printable(tx.tr(tx.CASELOAD_OF, who=who))
    wb.properties.creator = "Gezinsregie"
    ws.append([tx.tr(header) for header, _w, _f in COLUMNS])
    for r in rows:
        ws.append(row_values([
            r.case_id, r.family_name, r.children, r.child_count, tx.label(r.status),
            tx.plan_versions(r.plan), r.director_name, r.team_name,
            tx.label(r.priority), r.opened_on, r.days_open, r.next_evaluation, r.providers,
        ]))
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":  # a name starting with "=" is text, never a formula
                cell.data_type = "s"
    for index, (_header, width, number_format) in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = width
        if number_format:
            for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = number_format
    style_header(ws[1])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(1, len(rows) + 1)}"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
