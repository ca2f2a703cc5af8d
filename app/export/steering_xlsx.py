"""The sheets of the figures per provider and product category ("Aanbieders per categorie"), goal
realisation per segment and the flows of help ("Stromen"), added to the management figures workbook."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from app.export.figures_texts import Kind, tr
from app.export.steering_texts import (
    CATEGORY_COLUMNS, CATEGORY_DEFINITION, END_REASON, FLOWS_DEFINITION, FROM, GOAL_REALISATION, GOALS_EVALUATED,
    GOALS_REACHED, HELP_ENDED, SEGMENT, STEPS, TO, end_reason_lines, kind_flows, segment_label,
)
from app.export.xlsx_style import FORMATS, append_rows, header_row
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.figures_flows import ProviderSteering

SHEET_CATEGORIES = QT_TRANSLATE_NOOP("Figures", "Providers per category")
SHEET_SEGMENTS = QT_TRANSLATE_NOOP("Figures", "Segments")
SHEET_FLOWS = QT_TRANSLATE_NOOP("Figures", "Flows")
SEGMENT_FLOWS = QT_TRANSLATE_NOOP("Figures", "Between segments")
KIND_FLOWS = QT_TRANSLATE_NOOP("Figures", "Residential and ambulatory")
END_REASONS_TITLE = QT_TRANSLATE_NOOP("Figures", "Help ended by end reason")


def add_steering_sheets(wb: Workbook, steering: ProviderSteering) -> None:
    categories = wb.create_sheet(tr(SHEET_CATEGORIES)[:31])
    header_row(categories, [tr(t) for _a, t, _k in CATEGORY_COLUMNS], [36, 30] + [14] * (len(CATEGORY_COLUMNS) - 2))
    append_rows(categories, steering.per_category, CATEGORY_COLUMNS)
    categories.append([])
    categories.append([tr(CATEGORY_DEFINITION)])
    categories.freeze_panes = "C2"

    segments = wb.create_sheet(tr(SHEET_SEGMENTS)[:31])
    header_row(segments, [tr(SEGMENT), tr(GOALS_EVALUATED), tr(GOALS_REACHED), tr(GOAL_REALISATION)], (20, 14, 14, 14))
    for s in steering.segment_goals:
        segments.append([segment_label(s.segment_code), s.goals_evaluated, s.goals_reached, s.goal_realisation])
        segments.cell(segments.max_row, 4).number_format = FORMATS[Kind.SHARE]

    flows = wb.create_sheet(tr(SHEET_FLOWS)[:31])
    header_row(flows, [tr(FROM), tr(TO), tr(STEPS)], (40, 24, 12))
    _title(flows, SEGMENT_FLOWS)
    for f in steering.flows.segments:
        flows.append([f.source, f.target, f.count])
    _title(flows, KIND_FLOWS)
    for source, target, n in kind_flows(steering.flows):
        flows.append([source, target, n])
    _title(flows, END_REASONS_TITLE)
    flows.append([tr(END_REASON), None, tr(HELP_ENDED)])
    for label, n in end_reason_lines(steering.flows):
        flows.append([label, None, n])
    flows.append([])
    flows.append([tr(FLOWS_DEFINITION)])


def _title(ws: Worksheet, text: str) -> None:
    ws.append([])
    ws.append([tr(text)])
    ws.cell(ws.max_row, 1).font = Font(bold=True)

