"""The charts of the management figures (Qt Charts): goal realisation and waiting time per provider,
and who carries the goals."""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QPieSeries, QPieSlice, QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

from app.queries.figures import ManagementFigures

BAR_COLOUR = QColor("#1D5A73")
WAIT_COLOUR = QColor("#C07A2C")
PIE_COLOURS = (QColor("#3F8F5B"), QColor("#7FB2C9"), QColor("#1D5A73"))
CHART_HEIGHT = 280
SIDE_BY_SIDE_WIDTH = 1250  # three charts of about 420 pixels: provider names and the legend whole


def _view(chart: QChart, name: str) -> QChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(CHART_HEIGHT)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return view


def _bar_chart(chart: QChart, title: str, label: str, colour: QColor, rows: list[tuple[str, float]],
               axis_max: float, axis_format: str) -> None:
    """Replaces ``chart``'s content with horizontal bars: one per (category, value)."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    chart.setTitle(title)
    rows = rows[::-1]  # horizontal bars are drawn bottom-up: the first row on top
    bars = QBarSet(label)
    bars.setColor(colour)
    for _name, value in rows:
        bars.append(value)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([name for name, _value in rows])
    values = QValueAxis()
    values.setRange(0, max(axis_max, 1))
    values.applyNiceNumbers()
    values.setLabelFormat(axis_format)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setVisible(False)


class FiguresCharts(QWidget):
    """Three charts, side by side on a wide screen; :meth:`show_figures` redraws them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.realisation_chart = QChart()
        self.waiting_chart = QChart()
        self.actors_chart = QChart()
        self.realisation_view = _view(self.realisation_chart, "goalRealisationChart")
        self.waiting_view = _view(self.waiting_chart, "waitingTimeChart")
        self.actors_view = _view(self.actors_chart, "actorsChart")
        self.realisation_view.setAccessibleName(self.tr("Goal realisation chart"))
        self.waiting_view.setAccessibleName(self.tr("Waiting time chart"))
        self.actors_view.setAccessibleName(self.tr("Actors chart"))
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        for view in (self.realisation_view, self.waiting_view, self.actors_view):
            self.row.addWidget(view, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Side by side when each chart has room for its names and legend, else one under the other."""
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
        super().resizeEvent(event)

    def show_figures(self, figures: ManagementFigures) -> None:
        evaluated = [p for p in figures.providers if p.goal_realisation is not None]
        _bar_chart(self.realisation_chart, self.tr("Goal realisation per provider (%)"), self.tr("Goal realisation"),
                   BAR_COLOUR, [(p.provider_name, round(p.goal_realisation * 100, 1)) for p in evaluated], 100, "%d")
        started = [p for p in figures.providers if p.mean_wait_days is not None]
        longest = max((p.mean_wait_days for p in started), default=0)
        _bar_chart(self.waiting_chart, self.tr("Average waiting time per provider (days)"),
                   self.tr("Waiting time"), WAIT_COLOUR, [(p.provider_name, round(p.mean_wait_days, 1)) for p in started],
                   longest, "%d")
        self._show_actors(figures)

    def _show_actors(self, figures: ManagementFigures) -> None:
        chart = self.actors_chart
        chart.removeAllSeries()
        chart.setTitle(self.tr("Who carries the goals"))
        a = figures.actors
        series = QPieSeries()
        parts = ((self.tr("Family and network"), a.family + a.network),
                 (self.tr("Free-access services"), a.free_access),
                 (self.tr("Professionals"), a.social_team + a.provider))
        names = []
        for (label, count), colour in zip(parts, PIE_COLOURS):
            if count:
                pie = series.append(f"{QLocale().toString(100 * count / a.with_actor, 'f', 0)} %", count)
                pie.setColor(colour)
                pie.setLabelVisible(True)
                pie.setLabelPosition(QPieSlice.LabelPosition.LabelInsideHorizontal)
                pie.setLabelColor(QColor("white"))
                names.append(label)
        chart.addSeries(series)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        for marker, name in zip(chart.legend().markers(series), names):
            marker.setLabel(name)  # the legend names the group, the slice shows its share

    @staticmethod
    def bar_values(chart: QChart) -> dict[str, float]:
        """Category -> value of a bar chart (for tests and for reading out)."""
        series = chart.series()
        if not series:
            return {}
        bars = series[0].barSets()[0]
        axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
        return {axis.at(i): bars.at(i) for i in range(bars.count())}



