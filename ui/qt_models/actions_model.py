"""The actions of one goal as a table: done, what, who, by when (with a hint when something is off)."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt, Signal

from app.queries.plans import ActionDTO
from ui.formatting import format_date
from ui.labels.badges import blank_icon, hint_icon
from ui.labels.plan import flags_text, plan_label
from ui.qt_models.column_table_model import ColumnTableModel

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ActionColumn(IntEnum):
    DONE = 0
    WHAT = 1
    WHO = 2
    DUE = 3


_HEADERS = {
    ActionColumn.DONE: QT_TRANSLATE_NOOP("ActionsModel", "Done"),
    ActionColumn.WHAT: QT_TRANSLATE_NOOP("ActionsModel", "What"),
    ActionColumn.WHO: QT_TRANSLATE_NOOP("ActionsModel", "Who"),
    ActionColumn.DUE: QT_TRANSLATE_NOOP("ActionsModel", "By when"),
}


class ActionsTableModel(ColumnTableModel):
    """Ticking "done" does not change the row: it asks (``done_toggle_requested``) and the tab saves."""

    COLUMNS = ActionColumn
    done_toggle_requested = Signal(int, int, bool)  # action id, its version, done

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._progress_allowed = False

    def set_actions(self, actions: tuple[ActionDTO, ...], *, progress_allowed: bool) -> None:
        self._progress_allowed = progress_allowed
        self.set_rows(actions)

    def action(self, row: int) -> ActionDTO:
        return self.row(row)

    def column_title(self, column: ActionColumn) -> str:
        return QCoreApplication.translate("ActionsModel", _HEADERS[column])

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != ActionColumn.DONE:
            return base
        if self._progress_allowed:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return Qt.ItemFlag.ItemIsSelectable  # shown greyed: progress is recorded in the current version

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action, column = self._rows[index.row()], ActionColumn(index.column())
        if role == ACTION_ID_ROLE:
            return action.id
        if column == ActionColumn.DONE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole and action.done_on:
                return QCoreApplication.translate("ActionsModel", "Done on {date}").format(
                    date=format_date(action.done_on))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {ActionColumn.WHAT: action.what.replace("\n", " "),
                    ActionColumn.WHO: self._who(action),
                    ActionColumn.DUE: format_date(action.due_date)}[column]
        if role == Qt.ItemDataRole.DecorationRole and column == ActionColumn.WHAT:
            return hint_icon() if action.flags else blank_icon()
        if role == Qt.ItemDataRole.ToolTipRole and column == ActionColumn.WHAT:
            return "\n\n".join(filter(None, (action.what, flags_text(action.flags))))
        if role == Qt.ItemDataRole.ToolTipRole and column == ActionColumn.WHO:
            return plan_label(action.owner)
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if index.column() != ActionColumn.DONE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        action = self._rows[index.row()]
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        if done != action.done:
            self.done_toggle_requested.emit(action.id, action.version, done)
        return False

    @staticmethod
    def _who(action: ActionDTO) -> str:
        """The name; the kind (family member, network...) is in the tooltip."""
        return action.owner_name or plan_label(action.owner)
