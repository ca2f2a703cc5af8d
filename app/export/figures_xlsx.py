"""The management figures as an Excel workbook: "Overzicht" (case figures and their definitions),
"Aanbieders" (per provider), "Doelen" (who carries the goals) and, with the provider steering figures,
the sheets of :mod:`app.export.steering_xlsx`. Numbers are numbers, shares are
percentages, headers are in the current language (Dutch)."""
from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from app.export import texts as tx
from app.export.figures_texts import (
    ACTORS_DEFINITION, PROVIDER_COLUMNS, PROVIDERS_DEFINITION, Kind, actor_groups, actor_lines, case_lines, tr,
)
from app.export.steering_xlsx import add_steering_sheets
from app.export.xlsx_style import FORMATS, append_rows, header_row
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.figures import ManagementFigures
from app.queries.figures_flows import ProviderSteering
from app.validation import printable

SHEET_OVERVIEW = QT_TRANSLATE_NOOP("Figures", "Overview")
SHEET_PROVIDERS = QT_TRANSLATE_NOOP("Figures", "Providers")
SHEET_GOALS = QT_TRANSLATE_NOOP("Figures", "Goals")
TITLE = QT_TRANSLATE_NOOP("Figures", "Management figures {start} to {end}, {team}")
ALL_TEAMS = QT_TRANSLATE_NOOP("Figures", "all my teams")
IN_MUNICIPALITY = QT_TRANSLATE_NOOP("Figures", "{team}, families living in {municipality}")
FIGURE = QT_TRANSLATE_NOOP("Figures", "Figure")
VALUE = QT_TRANSLATE_NOOP("Figures", "Value")
DEFINITION = QT_TRANSLATE_NOOP("Figures", "Definition")
WHO = QT_TRANSLATE_NOOP("Figures", "Who carries the goal")
GOALS = QT_TRANSLATE_NOOP("Figures", "Goals")
SHARE = QT_TRANSLATE_NOOP("Figures", "Share")


def title(figures: ManagementFigures) -> str:
    team = figures.team_name or tr(ALL_TEAMS)
    if figures.municipality_code is not None:
        team = tr(IN_MUNICIPALITY, team=team, municipality=figures.municipality_name or figures.municipality_code)
    return printable(tr(TITLE, start=tx.day(figures.start), end=tx.day(figures.end), team=team))


def render_figures_xlsx(figures: ManagementFigures, steering: ProviderSteering | None = None) -> bytes:
    wb = Workbook()
    wb.properties.title = title(figures)
    wb.properties.creator = "Gezinsregie"
    overview = wb.active
    overview.title = tr(SHEET_OVERVIEW)[:31]
    overview.append([title(figures)])
    overview["A1"].font = Font(bold=True, size=13)
    overview.append([])
    header_row(overview, [tr(FIGURE), tr(VALUE), tr(DEFINITION)], (46, 12, 90))
    for line in case_lines(figures):
        overview.append([line.label, line.value, line.definition])
        overview.cell(overview.max_row, 2).number_format = FORMATS[line.kind]

    providers = wb.create_sheet(tr(SHEET_PROVIDERS)[:31])
    header_row(providers, [tr(title_) for _attr, title_, _kind in PROVIDER_COLUMNS],
            [36] + [14] * (len(PROVIDER_COLUMNS) - 1))
    append_rows(providers, figures.providers, PROVIDER_COLUMNS)
    providers.append([])
    providers.append([tr(PROVIDERS_DEFINITION)])
    providers.freeze_panes = "B2"

    goals = wb.create_sheet(tr(SHEET_GOALS)[:31])
    header_row(goals, [tr(WHO), tr(GOALS), tr(SHARE)], (44, 10, 10))
    for label, count, part in actor_lines(figures.actors):
        goals.append([label, count, part])
        goals.cell(goals.max_row, 3).number_format = FORMATS[Kind.SHARE]
    goals.append([])
    for label, part in actor_groups(figures.actors):
        goals.append([label, None, part])
        goals.cell(goals.max_row, 3).number_format = FORMATS[Kind.SHARE]
    goals.append([])
    goals.append([tr(ACTORS_DEFINITION)])
    if steering is not None:
        add_steering_sheets(wb, steering)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()

