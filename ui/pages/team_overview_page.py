"""Teamoverzicht, for supervisors: per worker of a team the open cases, the weighted caseload and what
is overdue; choosing a worker (or "Without director") lists their cases below, from where one or more
cases are reassigned to a colleague."""
from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
    QTableView,
    QVBoxLayout, QWidget,
)

from app.changes import Outcome, run_command as collect
from app.errors import AppError
from app.queries.caseload import Caseload, CaseloadRow
from app.queries.due import DueItem
from app.queries.team_overview import TeamCaseRow, TeamOverview, WorkerLoad
from app.services.extensions import ExtensionService
from app.services.supervision import SupervisionService
from app.services.workers import TeamRow
from ui.widgets.heading import muted
from ui.widgets.tables import make_table
from ui.dialogs.reassign_dialog import ReassignDialog
from ui.dialogs.weights_dialog import WeightsDialog
from ui.errors import error_text
from ui.formatting import format_weight
from ui.events import AppEvents
from ui.pages.page_loader import PageLoader, load_queue
from ui.pages.page_parts import page_description, page_layout, page_title
from ui.pages.open_tracks_panel import OpenTracksPanel
from ui.qt_models.caseload_model import CASE_ID_ROLE, CaseloadColumn, CaseloadModel
from ui.qt_models.team_overview_model import (
    UNASSIGNED, WORKER_KEY_ROLE, TeamColumn, TeamOverviewFilter, TeamOverviewModel,
)
from ui.qt_models.tint_delegate import TintDelegate
from ui.tasks import TaskRunner
from ui.widgets.screen_fit import two_lines

NUMBER_COLUMN_WIDTH = 60
HEADER_PADDING = 20  # the sort arrow beside the title


@dataclass(frozen=True)
class TeamLoad:
    """What one load brings: the teams to choose from and the overview of the chosen one."""

    teams: list[TeamRow]
    overview: TeamOverview | None


class TeamOverviewPage(QWidget):
    case_open_requested = Signal(int)
    loaded = Signal()
    cases_loaded = Signal()

    def __init__(self, supervision: SupervisionService, runner: TaskRunner, events: AppEvents,
                 parent: QWidget | None = None, *, extensions: ExtensionService | None = None):
        super().__init__(parent)
        self._supervision = supervision
        self._extensions = extensions
        self._runner = runner
        self._events = events
        self.overview: TeamOverview | None = None
        self._selected_key: int | None = None  # a worker's id, UNASSIGNED, or None: nobody chosen
        self._cases_generation = 0
        self._cases_queue_key = object()  # this page's drill-down in the load queue

        self.title_label = page_title(self.tr("Team overview"))
        self.description_label = page_description(self.tr(
            "Per worker the open cases of the team, the weighted caseload and what is overdue. Choose a worker "
            "to see their cases and reassign them."))
        self.team_combo = QComboBox()
        self.team_combo.setMinimumWidth(220)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("searchEdit")
        self.filter_edit.setAccessibleName(self.tr("Filter workers"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by worker…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.attention_check = QCheckBox(self.tr("Only overloaded or with overdue items"))
        self.weights_button = QPushButton(self.tr("Weights…"))
        self.approval_check = QCheckBox(self.tr("Extensions need a supervisor's approval"))
        self.approval_check.setToolTip(self.tr(
            "On: an extension of help in this team's cases waits until a supervisor of the team, not the one who "
            "asked, approves it. Off: it takes effect at once."))
        self.approval_check.setEnabled(False)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.model = TeamOverviewModel(self)
        self.proxy = TeamOverviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self.workers_table = self._make_workers_table()
        self.totals_label = muted()
        self.totals_label.setObjectName("totalsLabel")

        self.cases_title = QLabel()
        self.cases_title.setObjectName("sectionHeading")
        self.cases_model = CaseloadModel(self)
        self.cases_table = self._make_cases_table()
        self.reassign_button = QPushButton(self.tr("Reassign…"))
        self.reassign_button.setEnabled(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusMessage")
        self.status_label.setWordWrap(True)

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Team")))
        options.addWidget(self.team_combo)
        options.addWidget(self.filter_edit, 1)
        options.addWidget(self.attention_check)
        options.addStretch(0)
        options.addWidget(self.count_label)
        options.addWidget(self.weights_button)
        cases_row = QHBoxLayout()
        cases_row.addWidget(self.cases_title, 1)
        cases_row.addWidget(self.reassign_button)
        top, bottom = QWidget(), QWidget()
        top_layout, bottom_layout = QVBoxLayout(top), QVBoxLayout(bottom)
        for box in (top_layout, bottom_layout):
            box.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.workers_table, 1)
        totals_row = QHBoxLayout()
        self.totals_label.setWordWrap(True)
        totals_row.addWidget(self.totals_label, 1)
        totals_row.addWidget(self.approval_check, 0, Qt.AlignmentFlag.AlignTop)
        top_layout.addLayout(totals_row)
        bottom_layout.addLayout(cases_row)
        bottom_layout.addWidget(self.cases_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.tracks = OpenTracksPanel(self)
        self.splitter.addWidget(self.tracks)
        layout = page_layout(self, self.title_label, self.description_label)
        layout.addLayout(options)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)

        self.loader = PageLoader(self, runner, events, self._make_task, self._on_team_loaded,
                                 self._on_load_failed, on_started=self._on_load_started)
        self.team_combo.activated.connect(self._on_team_combo_activated)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.attention_check.toggled.connect(self._on_attention_check_toggled)
        self.weights_button.clicked.connect(self._on_weights_button_clicked)
        self.approval_check.clicked.connect(self._on_approval_check_clicked)
        self.workers_table.selectionModel().selectionChanged.connect(self._on_workers_selection_changed)
        self.cases_table.selectionModel().selectionChanged.connect(self._on_cases_selection_changed)
        self.cases_table.activated.connect(self._on_cases_table_activated)
        self.reassign_button.clicked.connect(self._on_reassign_button_clicked)
        self._show_cases_title()

    # -- loading the overview ----------------------------------------------------------------------
    def _make_task(self):
        supervision, wanted = self._supervision, self.team_combo.currentData()

        def load() -> TeamLoad:
            teams = supervision.team_choices()
            ids = [t.id for t in teams]
            team_id = wanted if wanted in ids else (ids[0] if ids else None)
            return TeamLoad(teams, supervision.team_overview(team_id) if team_id is not None else None)
        return load

    def reload(self) -> None:
        self.loader.reload()

    def _on_load_started(self) -> None:
        self.count_label.setText(self.tr("Loading…"))

    def _on_team_loaded(self, result: TeamLoad) -> None:
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        for team in result.teams:
            self.team_combo.addItem(team.name, team.id)
        if result.overview is not None:
            self.team_combo.setCurrentIndex(self.team_combo.findData(result.overview.team_id))
        self.team_combo.blockSignals(False)
        self._show_overview(result.overview)
        self.loaded.emit()

    def _on_load_failed(self, error: AppError) -> None:
        self._show_overview(None)
        self.status_label.setText(self.tr("The team overview could not be loaded.\n{reason}").format(
            reason=error_text(error)))
        self.loaded.emit()

    def _show_overview(self, overview: TeamOverview | None) -> None:
        keep = self._selected_key
        self.overview = overview
        self.model.set_overview(overview)
        self.tracks.set_rows(overview.open_tracks if overview else ())
        self._show_counts()
        self.totals_label.setText(self._totals_text(overview) if overview else "")
        self.weights_button.setEnabled(overview is not None)
        self.approval_check.setEnabled(overview is not None and self._extensions is not None)
        self.approval_check.setChecked(overview is not None and overview.approval_required)
        if keep is not None and self._select_key(keep):
            return
        self._selected_key = None
        self._show_cases([], {})

    def _select_key(self, key: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(WORKER_KEY_ROLE) == key:
                self.workers_table.selectRow(row)
                self._load_cases(key)  # the selection may not change, yet the cases may have
                return True
        return False

    def _totals_text(self, overview: TeamOverview) -> str:
        t = overview.totals
        text = self.tr("Team: {open} open cases (intake {intake}, active {active}, waakvlam {waakvlam}) · weighted "
                       "{weighted} · overdue: evaluations {evaluations}, waakvlam contacts {contacts} · "
                       "without director: {unassigned}").format(
            open=t.open_cases, intake=t.intake_cases, active=t.active_cases, waakvlam=t.waakvlam_cases,
            weighted=format_weight(t.weighted), evaluations=t.overdue_evaluations,
            contacts=t.overdue_waakvlam_contacts, unassigned=overview.unassigned_cases)
        if t.help_past_norm or t.extensions_awaiting:
            text += " · " + self.tr("help past its norm: {norm} · extensions to approve: {awaiting}").format(
                norm=t.help_past_norm, awaiting=t.extensions_awaiting)
        return text

    def _show_counts(self) -> None:
        workers = sum(1 for r in range(self.model.rowCount()) if self.model.row_at(r).worker_id is not None)
        shown = sum(1 for r in range(self.proxy.rowCount())
                    if self.proxy.index(r, 0).data(WORKER_KEY_ROLE) != UNASSIGNED)
        self.count_label.setText(self.tr("{shown} of {total} workers").format(shown=shown, total=workers)
                                 if shown != workers else self.tr("{total} workers").format(total=workers))

    # -- the options ------------------------------------------------------------------------------
    def _on_team_combo_activated(self, _index: int) -> None:
        self._selected_key = None
        self.status_label.clear()
        self.loader.reload()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._show_counts()

    def _on_attention_check_toggled(self, on: bool) -> None:
        self.proxy.set_attention_only(on)
        self._show_counts()

    # -- drilling down ----------------------------------------------------------------------------
    def selected_load(self) -> WorkerLoad | None:
        rows = self.workers_table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _on_workers_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        load = self.selected_load()
        if load is None:
            return
        key = load.worker_id if load.worker_id is not None else UNASSIGNED
        if key != self._selected_key:
            self._selected_key = key
            self._load_cases(key)

    def _load_cases(self, key: int) -> None:
        if self.overview is None:
            return
        self._cases_generation += 1
        generation, supervision = self._cases_generation, self._supervision
        team_id, worker_id = self.overview.team_id, (None if key == UNASSIGNED else key)
        self._show_cases_title()
        # in the one queue of page loads: two SQLite transactions at once could find the database busy
        load_queue(self._runner).submit(self._cases_queue_key, lambda: supervision.worker_caseload(team_id, worker_id),
            lambda result: self._on_cases_loaded(generation, result),
            lambda error: self._on_cases_failed(generation, error))

    def _current_cases(self, generation: int) -> bool:
        return shiboken6.isValid(self) and generation == self._cases_generation

    def _on_cases_loaded(self, generation: int, caseload: Caseload) -> None:
        if self._current_cases(generation):
            self._show_cases(caseload.rows, caseload.next_due)
            self.cases_loaded.emit()

    def _on_cases_failed(self, generation: int, error: AppError) -> None:
        if self._current_cases(generation):
            self._show_cases([], {})
            self.status_label.setText(error_text(error))

    def _show_cases(self, rows: list[CaseloadRow], next_due: dict[int, DueItem]) -> None:
        self.cases_model.set_rows(rows, next_due)
        self._show_cases_title()
        self._on_cases_selection_changed()

    def _show_cases_title(self) -> None:
        load = self.selected_load() if self._selected_key is not None else None
        self.cases_table.setColumnHidden(CaseloadColumn.DIRECTOR, load is None or load.worker_id is not None)
        if load is None:
            self.cases_title.setText(self.tr("Choose a worker above to see their cases."))
        elif load.worker_id is None:
            self.cases_title.setText(self.tr("Cases without director"))
        else:
            self.cases_title.setText(self.tr("Cases of {name}").format(name=load.name))

    def _on_cases_table_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.case_open_requested.emit(int(case_id))

    # -- reassigning ------------------------------------------------------------------------------
    def selected_cases(self) -> list[TeamCaseRow]:
        rows = self.cases_table.selectionModel().selectedRows()
        return [self.cases_model.row_at(index.row()) for index in rows]

    def _on_cases_selection_changed(self, *_args) -> None:
        count = len(self.selected_cases())
        self.reassign_button.setEnabled(count > 0)
        self.reassign_button.setText(self.tr("Reassign {count} cases…").format(count=count) if count > 1
                                     else self.tr("Reassign…"))

    def colleagues(self, cases: list[TeamCaseRow]) -> list[tuple[int, str]]:
        """Active members of the team; when every chosen case has the same director, not them."""
        directors = {c.director_id for c in cases}
        rows = self.overview.rows if self.overview else ()
        return [(r.worker_id, r.name) for r in rows
                if r.worker_id is not None and r.active and r.member and directors != {r.worker_id}]

    def _on_reassign_button_clicked(self) -> None:
        cases = self.selected_cases()
        if not cases or self.overview is None:
            return
        supervision, chosen = self._supervision, [(c.case_id, c.version) for c in cases]
        dialog = ReassignDialog(self.colleagues(cases), len(cases),
                                lambda worker_id, reason: supervision.reassign(chosen, worker_id,
                                                                               reason), self, runner=self._runner)
        accepted = dialog.exec()
        if dialog.conflict is not None:
            self.status_label.setText(self.tr(
                "A colleague changed one of these cases in the meantime; nothing was reassigned. "
                "The overview has been reloaded."))
            self.loader.reload()
        elif accepted:
            moved = len(dialog.saved_value)
            self.status_label.setText(
                self.tr("%n case(s) moved to {name}.", "", moved).format(name=dialog.chosen_name()))
            self._events.announce(dialog.saved_outcome.changes)
        dialog.deleteLater()

    def _on_approval_check_clicked(self, on: bool) -> None:
        overview, extensions = self.overview, self._extensions
        if overview is None or extensions is None:
            return
        self.approval_check.setEnabled(False)
        self._runner.run(lambda: collect(lambda: extensions.set_approval_required(
            overview.team_id, overview.team_version, on)), self._on_approval_saved, self._on_approval_failed,
            context=self)

    def _on_approval_saved(self, outcome: Outcome[int]) -> None:
        self.status_label.setText(self.tr("Extensions in this team now wait for a supervisor's approval.")
                                  if self.approval_check.isChecked() else
                                  self.tr("Extensions in this team now take effect at once."))
        self._events.announce(outcome.changes)
        self.loader.reload()

    def _on_approval_failed(self, error: AppError) -> None:
        self.status_label.setText(error_text(error))
        self.loader.reload()

    def _on_weights_button_clicked(self) -> None:
        if self.overview is None:
            return
        dialog = WeightsDialog(self.overview.weights, self._supervision.set_caseload_weights, self, runner=self._runner)
        if dialog.exec():
            self.status_label.setText(self.tr("The caseload weights were saved."))
            self._events.announce(dialog.saved_outcome.changes)
        dialog.deleteLater()

    # -- tables -----------------------------------------------------------------------------------
    def _make_workers_table(self) -> QTableView:
        table = make_table(self.proxy, "teamOverviewTable")
        table.setAccessibleName(self.tr("Workers of the team"))
        table.setSortingEnabled(True)
        table.sortByColumn(TeamColumn.WORKER, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TeamColumn.WORKER, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(NUMBER_COLUMN_WIDTH // 2)
        metrics = QFontMetrics(header.font())
        for column in list(TeamColumn)[1:]:  # the figures' titles take two lines (see the model)
            lines = two_lines(self.model.column_title(column)).splitlines()
            width = max(metrics.horizontalAdvance(line) for line in lines) + HEADER_PADDING
            header.resizeSection(column, max(NUMBER_COLUMN_WIDTH, width))
        table.setItemDelegate(TintDelegate(table, pill=True))
        return table

    def _make_cases_table(self) -> QTableView:
        table = make_table(self.cases_model, "teamCasesTable")
        table.setAccessibleName(self.tr("Cases of the chosen worker"))
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(True)
        table.setItemDelegateForColumn(CaseloadColumn.NEXT_DUE, TintDelegate(table, pill=True))
        header = table.horizontalHeader()
        header.moveSection(header.visualIndex(CaseloadColumn.NEXT_DUE), 2)
        metrics = table.fontMetrics()
        for column, typical in ((CaseloadColumn.FAMILY, "Van den Berg-Jansen"),
                                (CaseloadColumn.CHILDREN, "Yassin (16), Nora (11), Adam (6)"),
                                (CaseloadColumn.NEXT_DUE, "Waakvlamcontact · 22-11-2026"),
                                (CaseloadColumn.DIRECTOR, "Jeroen van den Berg")):
            header.resizeSection(column, metrics.horizontalAdvance(typical) + 32)
        table.sortByColumn(CaseloadColumn.FAMILY, Qt.SortOrder.AscendingOrder)
        return table
