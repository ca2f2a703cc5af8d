"""Caseload pages: the worker's own open cases and those of the team, searchable and sortable, each
with its next due item highlighted when it is overdue or due this week."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QStackedWidget, QTableView, QToolButton, QWidget,
)

from app.errors import AppError
from app.queries.caseload_pages import CasePage
from app.queries.plan_versions import PlanVersions
from models.enums import CaseStatus, Priority
from ui.widgets.tables import make_table
from ui.errors import error_text
from ui.events import AppEvents
from ui.labels import label, plan_versions_label
from ui.labels import due as due_labels
from ui.pages.page_loader import PageLoader
from ui.pages.page_parts import empty_state, page_description, page_layout, page_title
from ui.qt_models.caseload_model import CASE_ID_ROLE, Caseload, CaseloadColumn, CaseloadModel
from ui.qt_models.paged_caseload_model import PageFetch, PagedCaseloadModel
from ui.qt_models.tint_delegate import TintDelegate
from ui.settings import MY_CASELOAD_COLUMNS, TEAM_CASELOAD_COLUMNS, Setting, UiSettings
from ui.tasks import TaskRunner

CaseloadLoader = Callable[[], Caseload]
NEXT_DUE_POSITION = 2  # right after the family and its children

CELL_PADDING = 24
HEADER_PADDING = 40  # padding and the sort arrow


def typical_content() -> dict[CaseloadColumn, str]:
    """Long but common content per column, to size the columns at first start (the last column, the
    start date, takes the remaining space). Widths are measured, so they follow font and scaling."""
    return {
        CaseloadColumn.FAMILY: "Van den Berg-Jansen",
        CaseloadColumn.CHILDREN: "Yassin (16), Nora (11), Adam (6)",
        CaseloadColumn.STATUS: label(CaseStatus.WAAKVLAM),
        CaseloadColumn.PLAN_STATUS: plan_versions_label(PlanVersions(agreed=2, draft=3)),
        CaseloadColumn.DIRECTOR: "Sanne de Vries",  # longer names are elided, with the whole name as tooltip
        CaseloadColumn.PRIORITY: label(Priority.NORMAL),
        CaseloadColumn.NEXT_DUE: due_labels.widest_kind_label() + " · 22-11-2026",
    }


class CaseloadPage(QWidget):
    """A list of open cases. Loads in the background when first shown and after every data change.

    Subclasses say which cases (``load``), what the page is called and whether the director column
    is worth showing.
    """

    case_open_requested = Signal(int)
    loaded = Signal()

    COLUMN_SETTING: Setting[QByteArray]
    SHOW_DIRECTOR = True

    def __init__(self, load: CaseloadLoader, runner: TaskRunner, events: AppEvents, settings: UiSettings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._load = load
        self._settings = settings
        self._error: AppError | None = None

        self.model = self._make_model(runner)

        self.title_label = page_title(self.title_text())
        self.description_label = page_description(self.description_text())

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setAccessibleName(self.tr("Search family, child or director"))
        self.search_edit.setPlaceholderText(self.tr("Search family, child or director…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(320)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.table = self._make_table()
        self.empty_label = empty_state()
        self.content = QStackedWidget()
        self.content.addWidget(self.table)
        self.content.addWidget(self.empty_label)

        self.search_row = QHBoxLayout()
        self.search_row.addWidget(self.search_edit)
        self.search_row.addStretch(1)
        self.search_row.addWidget(self.count_label)
        layout = page_layout(self, self.title_label, self.description_label)
        layout.addLayout(self.search_row)
        layout.addWidget(self.content, 1)

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.table.activated.connect(self._on_table_activated)
        self.model.modelReset.connect(self._show_counts)
        self.model.layoutChanged.connect(self._show_counts)
        # Every topic can change a caseload line (family, case, plan, worker, due dates).
        self.loader = PageLoader(self, runner, events, self._load_task, self._on_rows_loaded,
                                 self._on_load_failed, on_started=self._on_load_started)
        self._restore_columns()

    def _make_model(self, _runner: TaskRunner) -> CaseloadModel:
        return CaseloadModel(self)  # sorts and filters itself: no proxy (see caseload_filter)

    def _load_task(self) -> Callable[[], object]:
        """What the loader runs off the GUI thread (made on the GUI thread, from the page's state)."""
        return self._load

    def add_action_button(self, action: QAction) -> QToolButton:
        """Puts a page-level action (e.g. "New family") at the end of the search row."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName("pageActionButton")
        self.search_row.addWidget(button)
        return button

    # -- texts a subclass provides -----------------------------------------------------------------
    def title_text(self) -> str:
        raise NotImplementedError

    def description_text(self) -> str:
        return ""

    def no_cases_text(self) -> str:
        raise NotImplementedError

    # -- loading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetches the rows again; an answer to an older request is ignored."""
        self.loader.reload()

    def _on_load_started(self) -> None:
        self.count_label.setText(self.tr("Loading…"))

    def _on_rows_loaded(self, caseload: Caseload) -> None:
        self._error = None
        self.model.set_rows(caseload.rows, caseload.next_due)
        self._show_counts()
        self.loaded.emit()

    def _on_load_failed(self, error: AppError) -> None:
        self._error = error
        self.model.set_rows([])
        self._show_counts()
        self.loaded.emit()

    # -- search, counts and empty state ----------------------------------------------------------
    def _on_search_edit_text_changed(self, text: str) -> None:
        self.model.set_search_text(text)
        self._show_counts()

    def _on_search_edit_return_pressed(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def _show_counts(self) -> None:
        total = self.model.loaded_count()
        shown = self.model.matching_count()
        self.count_label.setText(self._count_text(shown, total))
        if self._error is not None:
            self.empty_label.setText(self.tr("The caseload could not be loaded.\n{reason}").format(
                reason=error_text(self._error)))
        elif total == 0:
            self.empty_label.setText(self.no_cases_text())
        elif shown == 0:
            self.empty_label.setText(self.tr("No family matches “{text}”.").format(
                text=self.search_edit.text().strip()))
        self.content.setCurrentWidget(self.table if shown else self.empty_label)

    def _count_text(self, shown: int, total: int) -> str:
        # Not self.tr for a plural: in a subclass (My caseload, Team) PySide asks the subclass's context
        # first, and an untranslated %n text already differs from its source, so it would be taken.
        if total == 0:
            return ""
        if shown == total:
            return QCoreApplication.translate("CaseloadPage", "%n family/families", "", total)
        return QCoreApplication.translate("CaseloadPage", "{shown} of %n family/families", "", total).format(
            shown=shown)

    # -- table ------------------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = make_table(self.model, "caseloadTable")
        table.setAccessibleName(self.tr("Cases"))
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.moveSection(header.visualIndex(CaseloadColumn.NEXT_DUE), NEXT_DUE_POSITION)
        table.setItemDelegateForColumn(CaseloadColumn.NEXT_DUE, TintDelegate(table, pill=True))
        self._set_default_column_widths(table)
        table.sortByColumn(CaseloadColumn.FAMILY, Qt.SortOrder.AscendingOrder)
        return table

    def _set_default_column_widths(self, table: QTableView) -> None:
        """Wide enough for typical content and for the header text, whatever the font size."""
        cell_metrics = table.fontMetrics()
        header_font = QFont(table.horizontalHeader().font())
        header_font.setWeight(QFont.Weight.DemiBold)
        header_metrics = QFontMetrics(header_font)
        for column, content in typical_content().items():
            title = self.model.column_title(column)
            width = max(cell_metrics.horizontalAdvance(content) + CELL_PADDING,
                        header_metrics.horizontalAdvance(title) + HEADER_PADDING)
            table.horizontalHeader().resizeSection(column, width)
        # The children's names take what the other columns leave: no sideways scrolling on a laptop.
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(CaseloadColumn.CHILDREN, QHeaderView.ResizeMode.Stretch)

    def _on_table_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.case_open_requested.emit(int(case_id))

    def _restore_columns(self) -> None:
        header = self.table.horizontalHeader()
        state = self._settings.value(self.COLUMN_SETTING)
        if not state.isEmpty() and header.restoreState(state):
            self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.setColumnHidden(CaseloadColumn.DIRECTOR, not self.SHOW_DIRECTOR)

    def save_view_state(self) -> None:
        """Remembers column widths, order and sorting for the next start."""
        self._settings.set_value(self.COLUMN_SETTING, self.table.horizontalHeader().saveState())


class MyCaseloadPage(CaseloadPage):
    """The open cases the signed-in worker directs; the director column would only repeat their name."""

    COLUMN_SETTING = MY_CASELOAD_COLUMNS
    SHOW_DIRECTOR = False

    def title_text(self) -> str:
        return self.tr("My caseload")

    def description_text(self) -> str:
        return self.tr("Open cases you direct.")

    def no_cases_text(self) -> str:
        return self.tr("You do not direct any open cases at the moment.")


class TeamCaseloadPage(CaseloadPage):
    """The open cases of the worker's teams, with their directors: a page at a time, sorted and searched
    by the database, so a worker in every team gets the first screenful as quickly as one team's.

    ``load`` takes a :class:`CaseQuery` (the sort, the search and where to continue)."""

    COLUMN_SETTING = TEAM_CASELOAD_COLUMNS
    SHOW_DIRECTOR = True

    def __init__(self, load: PageFetch, runner: TaskRunner, events: AppEvents, settings: UiSettings,
                 parent: QWidget | None = None):
        super().__init__(load, runner, events, settings, parent)
        self.model.query_changed.connect(self._on_model_query_changed)
        self.model.sort_refused.connect(self._on_model_sort_refused)

    def _make_model(self, runner: TaskRunner) -> PagedCaseloadModel:
        return PagedCaseloadModel(self._load, runner, self)

    def _load_task(self) -> Callable[[], CasePage]:
        load, query = self._load, self.model.query()
        return lambda: load(query)

    def _on_rows_loaded(self, page: CasePage) -> None:
        self._error = None
        self.model.set_case_page(page)
        self._show_counts()
        self.loaded.emit()

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.model.set_search_text(text)  # the database searches: the counts come with the answer

    def _on_model_query_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.loader.stale = True

    def _on_model_sort_refused(self) -> None:
        QTimer.singleShot(0, lambda: self.table.horizontalHeader().setSortIndicator(
            self.model.sort_column(), self.model.sort_order()))

    def title_text(self) -> str:
        return self.tr("Team caseload")

    def description_text(self) -> str:
        return self.tr("Open cases of your team, with their director.")

    def no_cases_text(self) -> str:
        return self.tr("Your team has no open cases at the moment.")
