"""Reports ("Rapportages"): management figures for a period and a team, as figures, a provider table and
charts, exportable to Excel. For supervisors and administrators; a worker is told so."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from app.errors import AppError, ValidationError
from app.export.figures_texts import ACTORS_DEFINITION, PROVIDERS_DEFINITION, case_lines
from app.export.figures_texts import tr as figures_tr
from app.export.files import safe_file_name
from app.queries.figures import ManagementFigures, years_after
from app.queries.figures_flows import ProviderSteering
from app.services.figures import FiguresService
from ui.widgets.heading import heading, muted
from ui.widgets.screen_fit import plain_scroll
from ui.widgets.tables import fit_height, make_table
from ui.errors import error_text, show_error, show_field_errors
from ui.events import AppEvents
from ui.formatting import format_date
from ui.pages.figures_charts import FiguresCharts
from ui.pages.figures_steering import SteeringView, fit_figure_columns
from ui.pages.page_loader import PageLoader
from ui.pages.page_parts import empty_state, page_description, page_layout, page_title
from ui.qt_models.figures_models import ProviderFiguresModel, ProviderFiguresProxy, format_figure
from ui.tasks import TaskRunner
from ui.widgets.date_edit import DateLineEdit, required_dates
from ui.widgets.field_error_label import FieldErrorLabel

RELOAD_DELAY_MS = 250  # typing a date reloads once the typing stops
SUMMARY_COLUMNS = 3


def ask_figures_path(parent: QWidget, suggested: str) -> str | None:
    """Where to save the workbook, or None (tests replace this)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("FiguresPage", "Export the management figures"), suggested,
        QCoreApplication.translate("FiguresPage", "Excel workbook (*.xlsx)"))
    return path or None


def presets(today: date) -> dict[str, tuple[date, date]]:
    """This year (to today), the last 12 months (to today), the last full calendar quarter."""
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    last_end = quarter_start - timedelta(days=1)
    last_start = date(last_end.year, 3 * ((last_end.month - 1) // 3) + 1, 1)
    return {"year": (date(today.year, 1, 1), today), "twelve": (years_after(today, -1) + timedelta(days=1), today),
            "quarter": (last_start, last_end)}


class FiguresPage(QWidget):
    loaded = Signal()
    exported = Signal(str)

    def __init__(self, figures: FiguresService, supervisor: bool, today: Callable[[], date], runner: TaskRunner,
                 events: AppEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self._figures = figures
        self._today = today
        self._runner = runner
        self._supervisor = supervisor
        self.ask_path = ask_figures_path
        self.current: ManagementFigures | None = None

        self.title_label = page_title(self.tr("Reports"))
        self.description_label = page_description(self.tr(
            "Management figures for a period and a team, from the ordinary records: inflow and outflow, "
            "durations, scaling down, recurrence, and per provider waiting time, goal realisation and extensions."))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("pageButton")
        self.export_button.setEnabled(False)
        self.from_edit = self._date_edit("fromDate", today())
        self.to_edit = self._date_edit("toDate", today())
        self.team_combo = QComboBox()
        self.team_combo.setObjectName("teamCombo")
        self.municipality_combo = QComboBox()
        self.municipality_combo.setObjectName("municipalityCombo")
        self.municipality_combo.setToolTip(self.tr("Only the families living in this municipality"))
        self.preset_buttons = {key: QPushButton(text) for key, text in (
            ("year", self.tr("This year")), ("twelve", self.tr("Last 12 months")), ("quarter", self.tr("Last quarter")))}
        self.field_errors = {"start": FieldErrorLabel(self.from_edit), "end": FieldErrorLabel(self.to_edit)}
        self.status_label = muted()
        self.value_labels: dict[str, QLabel] = {}
        self.summary = QWidget()
        self.summary_grid = QGridLayout(self.summary)
        self.providers_model = ProviderFiguresModel(self)
        self.providers_proxy = ProviderFiguresProxy(self.providers_model, self)
        self.providers_table = make_table(self.providers_proxy, "providerFiguresTable")
        self.providers_table.setAccessibleName(self.tr("Figures per provider"))
        self.providers_table.setSortingEnabled(True)
        self.providers_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.charts = FiguresCharts()
        self.steering = SteeringView()
        self.notice_label = empty_state()
        self.notice_label.setText(self.tr(
            "Management figures are for supervisors and administrators. Ask your team leader for the figures of "
            "your team."))
        self.content = QStackedWidget()
        self.content.addWidget(plain_scroll(self._figures_view()))
        self.content.addWidget(self.notice_label)

        layout = page_layout(self, self.title_label, self.description_label, beside_title=self.export_button)
        layout.addWidget(self.content, 1)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self.loader = PageLoader(self, runner, events, self._make_task, self._on_loaded, self._on_failed,
                                 on_started=self._on_load_started)

        start, end = presets(today())["year"]
        self._set_dates(start, end)
        self._reload_timer.timeout.connect(self._reload_now)
        self.from_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.to_edit.dateChanged.connect(self._on_date_edit_date_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.editingFinished.connect(self._on_date_edit_editing_finished)
        self.team_combo.currentIndexChanged.connect(self._on_team_combo_current_index_changed)
        self.municipality_combo.currentIndexChanged.connect(self._on_team_combo_current_index_changed)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        for key, button in self.preset_buttons.items():
            button.clicked.connect(lambda _checked=False, k=key: self.choose_preset(k))
        self.team_combo.addItem(self.tr("All my teams"), None)  # the teams come with the first load
        self.municipality_combo.addItem(self.tr("All municipalities"), None)
        self._teams_filled = False
        self.content.setCurrentIndex(0 if supervisor else 1)
        self.export_button.setVisible(supervisor)
        for widget in (self.from_edit, self.to_edit, self.team_combo, self.municipality_combo,
                       *self.preset_buttons.values()):
            widget.setEnabled(supervisor)

    # -- layout -----------------------------------------------------------------------------------
    @staticmethod
    def _date_edit(name: str, today: date) -> DateLineEdit:
        edit = DateLineEdit(today=today)
        edit.setObjectName(name)
        edit.setMinimumWidth(140)
        return edit

    def _controls(self) -> QVBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for text, widget in ((self.tr("From"), self.from_edit), (self.tr("to"), self.to_edit)):
            row.addWidget(QLabel(text))
            row.addWidget(widget)
        for button in self.preset_buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        scope = QHBoxLayout()
        scope.setSpacing(8)
        scope.addWidget(QLabel(self.tr("Team")))
        scope.addWidget(self.team_combo)
        scope.addSpacing(16)
        scope.addWidget(QLabel(self.tr("Municipality")))
        scope.addWidget(self.municipality_combo)
        scope.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addLayout(scope)
        for label in self.field_errors.values():
            column.addWidget(label)
        column.addWidget(self.status_label)
        return column

    def _figures_view(self) -> QWidget:
        view = QWidget()
        column = QVBoxLayout(view)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(8)
        column.addLayout(self._controls())
        column.addWidget(heading(self.tr("Cases")))
        self.summary_grid.setHorizontalSpacing(16)
        self.summary_grid.setVerticalSpacing(6)
        column.addWidget(self.summary)
        column.addWidget(heading(self.tr("Per provider")))
        column.addWidget(self.providers_table)
        column.addWidget(muted(figures_tr(PROVIDERS_DEFINITION)))
        column.addWidget(self.charts)
        column.addWidget(muted(figures_tr(ACTORS_DEFINITION)))
        column.addWidget(self.steering)
        column.addStretch(1)
        return view

    def _fill_teams(self, teams: list, municipalities: list) -> None:
        for combo in (self.team_combo, self.municipality_combo):
            combo.blockSignals(True)
        for team in teams:
            self.team_combo.addItem(team.name, team.id)
        for m in municipalities:
            self.municipality_combo.addItem(m.name, m.code)
        for combo in (self.team_combo, self.municipality_combo):
            combo.blockSignals(False)
        self._teams_filled = True

    # -- the period and team ----------------------------------------------------------------------
    def period(self) -> tuple[date | None, date | None]:
        return self.from_edit.date(), self.to_edit.date()

    def team_id(self) -> int | None:
        return self.team_combo.currentData()

    def municipality_code(self) -> str | None:
        return self.municipality_combo.currentData()

    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.set_date(day)
            edit.blockSignals(False)

    def choose_preset(self, key: str) -> None:
        self._set_dates(*presets(self._today())[key])
        self._reload_now()

    def _reload_now(self) -> None:
        self._reload_timer.stop()
        if not required_dates(self.field_errors.values()):
            return
        if self.isVisible():
            self.loader.reload()
        else:
            self.loader.stale = True  # loads when shown

    def _on_date_edit_date_changed(self, _date: date | None) -> None:
        """Reloads once the typing stops and both dates read."""
        self._reload_timer.stop()
        if None not in self.period():
            self._reload_timer.start()

    def _on_date_edit_editing_finished(self) -> None:
        """A date that does not read is said at its field once the user leaves it."""
        required_dates(self.field_errors.values())

    def _on_team_combo_current_index_changed(self, _index: int) -> None:
        self._reload_now()

    # -- loading ----------------------------------------------------------------------------------
    def _make_task(self):
        if not self._supervisor:
            return lambda: None
        (start, end), team, code, figures = self.period(), self.team_id(), self.municipality_code(), self._figures
        with_teams = not self._teams_filled
        return lambda: ((figures.team_choices(), figures.municipality_choices()) if with_teams else None,
                        figures.management_figures(start, end, team, code),
                        figures.provider_steering(start, end, team, code))

    def _on_load_started(self) -> None:
        if self._supervisor:
            self.status_label.setText(self.tr("Counting…"))

    def _on_loaded(self, loaded: tuple[list | None, ManagementFigures, ProviderSteering] | None) -> None:
        teams, figures, steering = loaded or (None, None, None)
        if teams is not None and not self._teams_filled:
            self._fill_teams(*teams)
        for label in self.field_errors.values():
            label.clear_message()
        self.current = figures
        self.export_button.setEnabled(figures is not None)
        if figures is not None:
            self._show(figures)
            self.steering.show_steering(steering)
            team = figures.team_name or self.tr("all my teams")
            if figures.municipality_code is not None:
                team = self.tr("{team}, families living in {municipality}").format(
                    team=team, municipality=figures.municipality_name or figures.municipality_code)
            self.status_label.setText(self.tr("Figures of {start} to {end}, {team}.").format(
                start=format_date(figures.start), end=format_date(figures.end), team=team))
        self.loaded.emit()

    def _on_failed(self, error: AppError) -> None:
        self.current = None
        self.export_button.setEnabled(False)
        if isinstance(error, ValidationError):
            unplaced = show_field_errors(error, self.field_errors)
            self.status_label.setText(" ".join(unplaced.values()))
        else:
            self.status_label.setText(self.tr("The figures could not be made.\n{reason}").format(
                reason=error_text(error)))
        self.loaded.emit()

    def _show(self, figures: ManagementFigures) -> None:
        lines = case_lines(figures)
        if not self.value_labels:
            for n, line in enumerate(lines):
                name, value = QLabel(line.label), QLabel()
                name.setWordWrap(True)  # three columns of figures side by side fit a laptop
                value.setObjectName("figureValue")
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                name.setToolTip(line.definition)
                value.setToolTip(line.definition)
                row, col = divmod(n, SUMMARY_COLUMNS)
                self.summary_grid.addWidget(name, row, 2 * col)
                self.summary_grid.addWidget(value, row, 2 * col + 1)
                self.value_labels[line.key] = value
        for line in lines:
            self.value_labels[line.key].setText(format_figure(line.value, line.kind))
        self.providers_model.set_rows(figures.providers)
        fit_figure_columns(self.providers_table)
        fit_height(self.providers_table, min_rows=2, max_rows=12)
        scrollbar = self.providers_table.horizontalScrollBar()
        self.providers_table.setFixedHeight(self.providers_table.height() + scrollbar.sizeHint().height())
        self.charts.show_figures(figures)

    # -- export -----------------------------------------------------------------------------------
    def _on_export_button_clicked(self) -> None:
        figures = self.current
        if figures is None:
            return
        suggested = safe_file_name(self.tr("Management figures {start} to {end}").format(
            start=format_date(figures.start), end=format_date(figures.end))) + ".xlsx"
        path = self.ask_path(self, suggested)
        if not path:
            return
        path = path if path.lower().endswith(".xlsx") else f"{path}.xlsx"
        self.export_button.setEnabled(False)

        def done(target) -> None:
            self.export_button.setEnabled(True)
            self.status_label.setText(self.tr("Saved as {path}.").format(path=str(target)))
            self.exported.emit(str(target))

        def failed(error: AppError) -> None:
            self.export_button.setEnabled(True)
            show_error(self, error)

        start, end, team, code = figures.start, figures.end, figures.team_id, figures.municipality_code
        self._runner.run(lambda: self._figures.export_xlsx(start, end, team, path, code), done, failed, context=self)
