"""The Reports page's part on steering with providers: figures per provider and product category (with a
chart of the lead times), goal realisation per segment and the flows of help between segments, from
residential to ambulatory care and out by end reason."""
from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from app.export.figures_texts import Kind
from app.export.figures_texts import tr as figures_tr
from app.export.steering_texts import (
    CATEGORY_COLUMNS, CATEGORY_DEFINITION, END_REASON, FLOWS_DEFINITION, FROM, GOAL_REALISATION, GOALS_EVALUATED,
    GOALS_REACHED, HELP_ENDED, SEGMENT, STEPS, TO, end_reason_lines, kind_flows, segment_label,
)
from app.queries.figures_flows import ProviderSteering
from ui.pages.figures_charts import BAR_COLOUR, _bar_chart, _view
from ui.qt_models.steering_models import SortProxy, SpecTableModel
from ui.widgets.heading import heading, muted
from ui.widgets.tables import fit_height, make_table

FLOW_COLUMNS = ((0, FROM, None), (1, TO, None), (2, STEPS, Kind.COUNT))
SEGMENT_COLUMNS = ((0, SEGMENT, None), (1, GOALS_EVALUATED, Kind.COUNT), (2, GOALS_REACHED, Kind.COUNT),
                   (3, GOAL_REALISATION, Kind.SHARE))
REASON_COLUMNS = ((0, END_REASON, None), (1, HELP_ENDED, Kind.COUNT))
CHART_ROWS = 12  # the providers with the most help ended


# On screen the category's code (its name in the tooltip) and not the counts behind the figures (running
# help, help ended, goals evaluated: in the workbook), so the table fits a laptop without scrolling sideways.
SCREEN_COLUMNS = tuple(("category_code", title, kind) if attr == "category_label" else (attr, title, kind)
                       for attr, title, kind in CATEGORY_COLUMNS
                       if attr not in ("involvements", "ended", "goals_evaluated"))
HEADER_PADDING = 18  # room beside a column title for the sort arrow


def fit_figure_columns(table: QTableView) -> None:
    """Figures as wide as their (wrapped) titles; the first column (a name) takes what they leave."""
    header, model = table.horizontalHeader(), table.model()
    metrics = QFontMetrics(header.font())
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, header.count()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        widest = max(metrics.horizontalAdvance(line) for line in title.splitlines())
        header.resizeSection(column, max(widest + HEADER_PADDING, table.sizeHintForColumn(column)))


class SteeringView(QWidget):
    """Tables and a chart; :meth:`show_steering` fills them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.categories_model = SpecTableModel(SCREEN_COLUMNS, self)
        self.categories_proxy = SortProxy(self.categories_model, self)
        self.categories_table = self._table(self.categories_proxy, "providerCategoryTable",
                                            self.tr("Figures per provider and product category"))
        self.categories_table.setSortingEnabled(True)
        self.categories_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.segments_model = SpecTableModel(SEGMENT_COLUMNS, self, wrap_titles=False)
        self.segments_table = self._table(self.segments_model, "segmentGoalsTable",
                                          self.tr("Goal realisation per segment"))
        self.flows_model = SpecTableModel(FLOW_COLUMNS, self, wrap_titles=False)
        self.flows_table = self._table(self.flows_model, "helpFlowsTable", self.tr("Flows of help"))
        self.reasons_model = SpecTableModel(REASON_COLUMNS, self, wrap_titles=False)
        self.reasons_table = self._table(self.reasons_model, "endReasonsTable", self.tr("Help ended by end reason"))
        self.lead_chart = QChart()
        self.lead_view = _view(self.lead_chart, "leadTimeChart")
        self.lead_view.setAccessibleName(self.tr("Lead time chart"))

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(heading(self.tr("Per provider and product category")))
        column.addWidget(self.categories_table)
        column.addWidget(muted(figures_tr(CATEGORY_DEFINITION)))
        column.addWidget(self.lead_view)
        column.addWidget(heading(self.tr("Segments and flows")))
        for table in (self.segments_table, self.flows_table, self.reasons_table):
            column.addWidget(table)
        column.addWidget(muted(figures_tr(FLOWS_DEFINITION)))

    @staticmethod
    def _table(model, name: str, accessible: str):
        table = make_table(model, name)
        table.setAccessibleName(accessible)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def show_steering(self, steering: ProviderSteering) -> None:
        self.categories_model.set_rows(steering.per_category)
        fit_figure_columns(self.categories_table)
        fit_height(self.categories_table, min_rows=2, max_rows=12)
        self.segments_model.set_rows([(segment_label(s.segment_code), s.goals_evaluated, s.goals_reached,
                                       s.goal_realisation) for s in steering.segment_goals])
        flows = steering.flows
        self.flows_model.set_rows([(f.source, f.target, f.count) for f in flows.segments] + kind_flows(flows))
        self.reasons_model.set_rows(end_reason_lines(flows))
        for table in (self.segments_table, self.flows_table, self.reasons_table):
            fit_figure_columns(table)
            fit_height(table, min_rows=3, max_rows=8)
        ended = sorted((r for r in steering.per_category if r.lead_median is not None),
                       key=lambda r: -r.ended)[:CHART_ROWS]
        longest = max((r.lead_median for r in ended), default=0)
        _bar_chart(self.lead_chart, self.tr("Lead time per provider and category: median (days)"),
                   self.tr("Lead time"), BAR_COLOUR,
                   [(f"{r.provider_name} ({r.category_code})", round(r.lead_median, 1)) for r in ended],
                   longest, "%d")
