"""Goals by life domain with "who does what", and the actions of the selected goal.

The panel shows and asks; the plan tab's :class:`~ui.plan.goal_commands.GoalCommands` does the work.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QTreeView, QVBoxLayout, QWidget,
)

from app.queries.plans import GoalDTO, PlanDTO
from ui.qt_models.actions_model import ACTION_ID_ROLE, ActionColumn, ActionsTableModel
from ui.qt_models.goals_model import GOAL_ID_ROLE, TREND_COLUMN, Evaluated, GoalColumn, GoalsTreeModel, Trend
from ui.labels.plan import ACTOR_COLOURS, actor_label
from ui.plan.plan_texts import STATEMENT_STYLE as NOTES_STYLE
from ui.plan.wrapping_delegate import WrappingDelegate


def who_does_what_html(plan: PlanDTO) -> str:
    """``Gezin zelf 2 · Netwerk 1 ...`` with each actor's colour mark (rich text)."""
    parts = [f'<span style="color:{ACTOR_COLOURS[c.actor].name()}">■</span>&nbsp;{escape(actor_label(c.actor))}'
             f'&nbsp;<b>{c.goals}</b>' for c in plan.who_does_what]
    return " &nbsp;·&nbsp; ".join(parts)


class GoalsPanel(QWidget):
    add_goal_requested = Signal()
    edit_goal_requested = Signal(int)        # goal id
    remove_goal_requested = Signal(int)      # goal id
    add_action_requested = Signal(int)       # goal id
    edit_action_requested = Signal(int)      # action id
    remove_action_requested = Signal(int)    # action id

    def __init__(self, *, with_buttons: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self._plan: PlanDTO | None = None
        self._editable = False
        self._progress_allowed = False
        self._with_buttons = with_buttons

        title = QLabel(self.tr("Goals"))
        title.setObjectName("sectionTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        self.who_label = QLabel()
        self.who_label.setObjectName("whoDoesWhat")
        self.who_label.setTextFormat(Qt.TextFormat.RichText)
        self.who_label.setWordWrap(True)

        self.model = GoalsTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("goalsTree")
        self.tree.setAccessibleName(self.tr("Goals"))
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(14)
        self.tree.setWordWrap(True)  # a goal is a sentence: show it whole
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegateForColumn(GoalColumn.GOAL, WrappingDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(GoalColumn.GOAL, QHeaderView.ResizeMode.Stretch)
        for column in list(GoalColumn)[1:] + [TREND_COLUMN]:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.moveSection(TREND_COLUMN, GoalColumn.SCORE + 1)  # the trend right after "now → target"
        self.tree.setColumnHidden(TREND_COLUMN, True)           # until there is a trend to show
        header.sectionResized.connect(self._on_header_section_resized)

        self.actions_title = QLabel(self.tr("Actions"))
        self.actions_title.setObjectName("actionsTitle")
        self.actions_title.setWordWrap(True)
        actions_font = QFont(self.actions_title.font())
        actions_font.setWeight(QFont.Weight.DemiBold)
        self.actions_title.setFont(actions_font)
        # own statements and corrections about the chosen goal (Jeugdwet 7.3.8, AVG 16)
        self.goal_notes_label = QLabel()
        self.goal_notes_label.setObjectName("goalStatements")
        self.goal_notes_label.setWordWrap(True)
        self.goal_notes_label.setStyleSheet(NOTES_STYLE)
        self.goal_notes_label.setVisible(False)
        self._goal_notes: Mapping[str, str] = {}
        self.actions_model = ActionsTableModel(self)
        self.actions_table = QTableView()
        self.actions_table.setObjectName("actionsTable")
        self.actions_table.setAccessibleName(self.tr("Actions of the chosen goal"))
        self.actions_table.setModel(self.actions_model)
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_table.verticalHeader().hide()
        self.actions_table.setShowGrid(False)
        self.actions_table.setAlternatingRowColors(True)
        self.actions_table.setWordWrap(True)
        action_header = self.actions_table.horizontalHeader()
        action_header.setSectionResizeMode(ActionColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (ActionColumn.DONE, ActionColumn.WHO, ActionColumn.DUE):
            action_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.actions_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.add_goal_button = QPushButton(self.tr("Add goal"))
        self.edit_goal_button = QPushButton(self.tr("Change goal"))
        self.remove_goal_button = QPushButton(self.tr("Remove goal"))
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.edit_action_button = QPushButton(self.tr("Change action"))
        self.remove_action_button = QPushButton(self.tr("Remove action"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.who_label, 1)
        layout.addLayout(top)
        layout.addWidget(self.tree, 3)
        if with_buttons:
            layout.addLayout(self._row(self.add_goal_button, self.edit_goal_button, self.remove_goal_button))
        layout.addWidget(self.goal_notes_label)
        layout.addSpacing(6)
        layout.addWidget(self.actions_title)
        layout.addWidget(self.actions_table, 2)
        if with_buttons:
            layout.addLayout(self._row(self.add_action_button, self.edit_action_button, self.remove_action_button))

        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.actions_table.selectionModel().selectionChanged.connect(self._on_actions_table_selection_changed)
        self.actions_table.doubleClicked.connect(self._on_actions_table_double_clicked)
        self.add_goal_button.clicked.connect(self.add_goal_requested)
        self.edit_goal_button.clicked.connect(lambda: self._emit_for_goal(self.edit_goal_requested))
        self.remove_goal_button.clicked.connect(lambda: self._emit_for_goal(self.remove_goal_requested))
        self.add_action_button.clicked.connect(lambda: self._emit_for_goal(self.add_action_requested))
        self.edit_action_button.clicked.connect(lambda: self._emit_for_action(self.edit_action_requested))
        self.remove_action_button.clicked.connect(lambda: self._emit_for_action(self.remove_action_requested))
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------------

    def set_plan(self, plan: PlanDTO | None, *, editable: bool, progress_allowed: bool) -> None:
        """Shows the plan's goals; the selected goal stays selected if it is still there."""
        keep = self.selected_goal()
        self._plan, self._editable, self._progress_allowed = plan, editable, progress_allowed
        self.model.set_plan(plan)
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.who_label.setText(who_does_what_html(plan) if plan is not None else "")
        if plan is not None and plan.goals:
            wanted = keep.lineage if keep is not None else None
            goal = next((g for g in plan.goals if g.lineage == wanted), plan.goals_by_domain[0].goals[0])
            self.select_goal(goal.id)
        else:
            self._show_actions(None)
        self._update_buttons()

    def set_progress(self, trends: Mapping[str, Trend], linked: Mapping[str, Sequence[str]],
                     evaluated: Mapping[str, Evaluated] | None = None) -> None:
        """Each goal's score trend over the evaluations, the providers whose help works on it, and
        (held on, status) of its latest evaluation."""
        self.model.set_progress(trends, linked, evaluated or {})
        self.tree.setColumnHidden(TREND_COLUMN, not self.model.has_trends())

    def set_goal_notes(self, notes: Mapping[str, str]) -> None:
        """Per goal lineage the own statements and corrections about it, shown beside the chosen goal."""
        self._goal_notes = notes
        self._show_actions(self.selected_goal())

    def selected_goal(self) -> GoalDTO | None:
        if self._plan is None:
            return None
        index = self.tree.currentIndex()
        goal_id = index.data(GOAL_ID_ROLE) if index.isValid() else None
        return self._plan.goal(goal_id) if goal_id is not None else None

    def select_goal(self, goal_id: int) -> None:
        for row in range(self.model.rowCount()):
            domain = self.model.item(row)
            for child in range(domain.rowCount()):
                if domain.child(child).data(GOAL_ID_ROLE) == goal_id:
                    self.tree.setCurrentIndex(domain.child(child).index())
                    return

    def goal_count(self) -> int:
        return len(self._plan.goals) if self._plan is not None else 0

    # -- helpers ---------------------------------------------------------------------------------

    def _show_actions(self, goal: GoalDTO | None) -> None:
        self.actions_model.set_actions(goal.actions if goal else (), progress_allowed=self._progress_allowed)
        notes = self._goal_notes.get(goal.lineage, "") if goal is not None else ""
        self.goal_notes_label.setText(notes)
        self.goal_notes_label.setVisible(bool(notes))
        if goal is None:
            self.actions_title.setText(self.tr("Actions"))
        else:
            self.actions_title.setText(self.tr("Actions for: {goal}").format(goal=goal.description))

    def _selected_action_id(self) -> int | None:
        index = self.actions_table.currentIndex()
        return index.data(ACTION_ID_ROLE) if index.isValid() else None

    def _emit_for_goal(self, signal) -> None:
        goal = self.selected_goal()
        if goal is not None:
            signal.emit(goal.id)

    def _emit_for_action(self, signal) -> None:
        action_id = self._selected_action_id()
        if action_id is not None:
            signal.emit(action_id)

    def _update_buttons(self) -> None:
        has_goal = self.selected_goal() is not None
        has_action = self._selected_action_id() is not None
        self.add_goal_button.setEnabled(self._editable)
        self.edit_goal_button.setEnabled(self._editable and has_goal)
        self.remove_goal_button.setEnabled(self._editable and has_goal)
        self.add_action_button.setEnabled(self._editable and has_goal)
        self.edit_action_button.setEnabled(self._editable and has_action)
        self.remove_action_button.setEnabled(self._editable and has_action)
        for button in self._buttons():
            button.setVisible(self._with_buttons and self._editable)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_goal_button, self.edit_goal_button, self.remove_goal_button, self.add_action_button,
                self.edit_action_button, self.remove_action_button)

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _on_tree_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_actions(self.selected_goal())
        self._update_buttons()

    def _on_header_section_resized(self, _index: int, _old: int, _new: int) -> None:
        self.tree.doItemsLayout()  # wrapped goals take the height the new width needs

    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        if self._editable and index.data(GOAL_ID_ROLE) is not None:
            self.edit_goal_requested.emit(index.data(GOAL_ID_ROLE))

    def _on_actions_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _on_actions_table_double_clicked(self, index: QModelIndex) -> None:
        if self._editable and index.data(ACTION_ID_ROLE) is not None:
            self.edit_action_requested.emit(index.data(ACTION_ID_ROLE))
