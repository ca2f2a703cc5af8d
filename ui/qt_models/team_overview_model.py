"""Table model over the team overview: one row per worker and one for the cases without a director,
with a proxy that filters by name (accent-insensitive) and on "only what needs attention"."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from app.queries.due import Urgency
from app.queries.team_overview import CaseloadWeights, TeamOverview, WorkerLoad
from ui.widgets.screen_fit import two_lines
from ui.formatting import fold_text, format_weight
from ui.qt_models.column_table_model import ColumnTableModel
from ui.qt_models.roles import SORT_ROLE
from ui.qt_models.urgency import mark_icon, urgency_colour

AnyIndex = QModelIndex | QPersistentModelIndex

WORKER_KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # the worker's id; UNASSIGNED for the cases without director
UNASSIGNED = 0  # never a worker id
MUTED_COLOUR = QColor("#5f6b76")
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TeamColumn(IntEnum):
    WORKER = 0
    INTAKE = 1
    ACTIVE = 2
    WAAKVLAM = 3
    HIGH_PRIORITY = 4
    WEIGHTED = 5
    OVERDUE_EVALUATIONS = 6
    OVERDUE_WAAKVLAM = 7
    PAST_NORM = 8
    EXTENSIONS_AWAITING = 9
    MELDCODE = 10


COUNT_FIELDS = {
    TeamColumn.INTAKE: "intake_cases", TeamColumn.ACTIVE: "active_cases", TeamColumn.WAAKVLAM: "waakvlam_cases",
    TeamColumn.HIGH_PRIORITY: "high_priority", TeamColumn.OVERDUE_EVALUATIONS: "overdue_evaluations",
    TeamColumn.OVERDUE_WAAKVLAM: "overdue_waakvlam_contacts", TeamColumn.PAST_NORM: "help_past_norm",
    TeamColumn.EXTENSIONS_AWAITING: "extensions_awaiting", TeamColumn.MELDCODE: "open_meldcode",
}
OVERDUE_COLUMNS = (TeamColumn.OVERDUE_EVALUATIONS, TeamColumn.OVERDUE_WAAKVLAM, TeamColumn.PAST_NORM,
                   TeamColumn.EXTENSIONS_AWAITING)


class TeamOverviewModel(ColumnTableModel):
    """Read-only; replaced as a whole by :meth:`set_overview`. The unassigned row comes last, and only
    when there are such cases."""

    COLUMNS = TeamColumn

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[WorkerLoad] = []
        self._names: list[str] = []
        self.weights = CaseloadWeights()
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_overview(self, overview: TeamOverview | None) -> None:
        self.beginResetModel()
        self._rows = list(overview.rows) if overview else []
        if overview is not None and overview.unassigned_cases:
            self._rows.append(overview.unassigned)
        self.weights = overview.weights if overview else CaseloadWeights()
        self._names = [self.name_text(row) for row in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> WorkerLoad:
        return self._rows[row]

    def search_text_at(self, row: int) -> str:
        return fold_text(self._names[row])

    def name_text(self, row: WorkerLoad) -> str:
        if row.worker_id is None:
            return self.tr("Without director")
        if not row.active:
            return self.tr("{name} (left)").format(name=row.name)
        if not row.member:
            return self.tr("{name} (not in this team)").format(name=row.name)
        return row.name

    def column_title(self, column: TeamColumn) -> str:
        return {
            TeamColumn.WORKER: self.tr("Worker"),
            TeamColumn.INTAKE: self.tr("Intake"),
            TeamColumn.ACTIVE: self.tr("Active"),
            TeamColumn.WAAKVLAM: self.tr("Waakvlam"),
            TeamColumn.HIGH_PRIORITY: self.tr("High priority"),
            TeamColumn.WEIGHTED: self.tr("Weighted"),
            TeamColumn.OVERDUE_EVALUATIONS: self.tr("Evaluations overdue"),
            TeamColumn.OVERDUE_WAAKVLAM: self.tr("Waakvlam contacts overdue"),
            TeamColumn.PAST_NORM: self.tr("Help past its norm"),
            TeamColumn.EXTENSIONS_AWAITING: self.tr("Extensions to approve"),
            TeamColumn.MELDCODE: self.tr("Meldcode open"),
        }[column]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return NUMBER_ALIGNMENT if section != TeamColumn.WORKER else None
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section:
            return two_lines(self.column_title(TeamColumn(section)))  # narrow columns of figures: no sideways scroll
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Per open case: the status weight times the priority factor, plus complexity (help in "
                           "segment B or C, samenregie or direction elsewhere). Bold from {threshold}.").format(
                threshold=format_weight(self.weights.overload_threshold)) if section == TeamColumn.WEIGHTED else (
                self.tr("Running help past the product's maximum duration, or extended at least its maximum number "
                        "of times (2 when the product sets none).") if section == TeamColumn.PAST_NORM else None)
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = TeamColumn(index.column())
        if role == WORKER_KEY_ROLE:
            return row.worker_id if row.worker_id is not None else UNASSIGNED
        if column is TeamColumn.WORKER:
            return self._name_data(index.row(), row, role)
        value = row.weighted if column is TeamColumn.WEIGHTED else getattr(row, COUNT_FIELDS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            return format_weight(value) if column is TeamColumn.WEIGHTED else str(value)
        if role == SORT_ROLE:
            return float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return NUMBER_ALIGNMENT
        if column in OVERDUE_COLUMNS and value:
            return urgency_colour(Urgency.OVERDUE, role)
        if column is TeamColumn.WEIGHTED and self._overloaded(row):
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.DecorationRole:
                return mark_icon("heavy")  # not by colour alone: a mark, and words for tooltip and screen reader
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                return self.tr("Overloaded: at or above {threshold}").format(
                    threshold=format_weight(self.weights.overload_threshold))
            return urgency_colour(Urgency.THIS_WEEK, role)
        if role == Qt.ItemDataRole.ForegroundRole and row.without_director:
            return MUTED_COLOUR
        return None

    def _overloaded(self, row: WorkerLoad) -> bool:
        return row.worker_id is not None and row.weighted >= self.weights.overload_threshold

    def _name_data(self, index: int, row: WorkerLoad, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._names[index]
        if role == SORT_ROLE:
            return fold_text(self._names[index])
        if role == Qt.ItemDataRole.FontRole and row.worker_id is None:
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole and row.without_director:
            return MUTED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.worker_id is None:
                return self.tr("Open cases whose director has left or is no longer in this team: reassign them.")
            if row.without_director:
                return self.tr("These cases are also counted under “Without director”.")
        return None


class TeamOverviewFilter(QSortFilterProxyModel):
    """Sorts on the model's sort role (the unassigned row always last) and keeps the rows whose name
    contains every word typed; ``attention_only`` keeps the overloaded and those with overdue items."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._attention_only = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search_text(self, text: str) -> None:
        words = tuple(fold_text(text).split())
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_attention_only(self, on: bool) -> None:
        if on != self._attention_only:
            self._refilter(lambda: setattr(self, "_attention_only", on))

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt override
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, TeamOverviewModel):
            return True
        if self._words and not all(word in model.search_text_at(source_row) for word in self._words):
            return False
        return not self._attention_only or model.row_at(source_row).needs_attention(model.weights)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # noqa: N802 - Qt override
        left_last = left.data(WORKER_KEY_ROLE) == UNASSIGNED
        right_last = right.data(WORKER_KEY_ROLE) == UNASSIGNED
        if left_last or right_last:  # Qt swaps the answer for a descending sort: pin the row either way
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (right_last and not left_last) != descending
        return super().lessThan(left, right)
