"""The plan's goals as a tree: life domains as parent rows, their goals beneath.

Besides the plan's own columns, a "Progress" column shows each goal's score trend across the
evaluations (``set_progress``), with the help linked to the goal in the actor's tooltip.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from app.queries.goal_standing import goal_standing
from app.queries.plans import GoalDTO, PlanDTO
from models.enums import Actor, GoalStatus
from ui.formatting import format_date
from ui.labels.badges import actor_icon, blank_icon, hint_icon
from ui.labels.plan import actor_label, flags_text, plan_label

GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LINEAGE_ROLE = Qt.ItemDataRole.UserRole + 2
DOMAIN_BACKGROUND = QColor("#f1f4f7")


class GoalColumn(IntEnum):
    GOAL = 0
    ACTOR = 1
    PERSONS = 2
    TARGET_DATE = 3
    SCORE = 4
    STATUS = 5


_HEADERS = {
    GoalColumn.GOAL: QT_TRANSLATE_NOOP("GoalsModel", "Goal"),
    GoalColumn.ACTOR: QT_TRANSLATE_NOOP("GoalsModel", "Who acts"),
    GoalColumn.PERSONS: QT_TRANSLATE_NOOP("GoalsModel", "For whom"),
    GoalColumn.TARGET_DATE: QT_TRANSLATE_NOOP("GoalsModel", "Target date"),
    GoalColumn.SCORE: QT_TRANSLATE_NOOP("GoalsModel", "Score"),
    GoalColumn.STATUS: QT_TRANSLATE_NOOP("GoalsModel", "Status"),
}


SAFETY_MARK = QT_TRANSLATE_NOOP("GoalsModel", "Safety goal")  # before a goal of the safety plan
# Shown after the score (the view moves it there); kept out of GoalColumn so the plan's own columns stay as they are.
TREND_COLUMN = len(GoalColumn)
_TREND_HEADER = QT_TRANSLATE_NOOP("GoalsModel", "Progress")

Trend = Sequence[tuple[date, int]]
Evaluated = tuple[date, GoalStatus]  # (held on, status) of a goal's latest evaluation


def _header(column: GoalColumn) -> str:
    return QCoreApplication.translate("GoalsModel", _HEADERS[column])


def trend_text(points: Trend) -> str:
    """``3 → 5 → 6``: the start score and each evaluation's; empty until there is more than one."""
    return " → ".join(str(score) for _day, score in points) if len(points) > 1 else ""


def trend_tooltip(points: Trend, starts_with_start_score: bool) -> str:
    lines = []
    for index, (day, score) in enumerate(points):
        source = (QT_TRANSLATE_NOOP("GoalsModel", "start") if index == 0 and starts_with_start_score
                  else QT_TRANSLATE_NOOP("GoalsModel", "evaluation"))
        lines.append(QCoreApplication.translate("GoalsModel", "{date}: {score} ({source})").format(
            date=format_date(day), score=score, source=QCoreApplication.translate("GoalsModel", source)))
    return "\n".join(lines)


def score_text(start: int | None, target: int | None) -> str:
    """``4 → 7``; a dash for a score not given."""
    if start is None and target is None:
        return ""
    return f"{'–' if start is None else start} → {'–' if target is None else target}"


def _first_names(goal: GoalDTO) -> str:
    return ", ".join(p.name.split(" ")[0] for p in goal.persons)


def _actor_text(goal: GoalDTO) -> str:
    """The actor, with the network member who acts (details are in the tooltip)."""
    if goal.network_member_name:
        return f"{actor_label(goal.actor)} · {goal.network_member_name}"
    return actor_label(goal.actor)


def _goal_tooltip(goal: GoalDTO) -> str:
    parts = [goal.description]
    if goal.success_criterion:
        parts.append(QCoreApplication.translate("GoalsModel", "Reached when: {criterion}").format(
            criterion=goal.success_criterion))
    if goal.flags:
        parts.append(flags_text(goal.flags))
    return "\n\n".join(parts)


class GoalsTreeModel(QStandardItemModel):
    """Read-only rows; the tab edits goals through dialogs and reloads."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._trends: Mapping[str, Trend] = {}
        self._linked: Mapping[str, Sequence[str]] = {}
        self._evaluated: Mapping[str, Evaluated] = {}
        self._plan_date: date | None = None
        self._goals: dict[str, GoalDTO] = {}
        self.setHorizontalHeaderLabels([_header(c) for c in GoalColumn]
                                       + [QCoreApplication.translate("GoalsModel", _TREND_HEADER)])
        self.horizontalHeaderItem(GoalColumn.SCORE).setToolTip(
            QCoreApplication.translate("GoalsModel", "Scaling question 0-10: now → target"))
        self.horizontalHeaderItem(TREND_COLUMN).setToolTip(
            QCoreApplication.translate("GoalsModel", "The score at the start and at each evaluation"))

    def set_progress(self, trends: Mapping[str, Trend], linked: Mapping[str, Sequence[str]],
                     evaluated: Mapping[str, Evaluated] | None = None) -> None:
        """Per goal lineage its score trend, the providers whose running help works on it, and its
        latest evaluation (which may say where the goal stands now)."""
        self._trends, self._linked, self._evaluated = trends, linked, evaluated or {}
        for row in range(self.rowCount()):
            domain = self.item(row)
            for child in range(domain.rowCount()):
                lineage = domain.child(child).data(LINEAGE_ROLE)
                goal = self._goals[lineage]
                self._show_progress(goal, domain.child(child, GoalColumn.ACTOR), domain.child(child, TREND_COLUMN))
                self._show_status(goal, domain.child(child, GoalColumn.STATUS))

    def has_trends(self) -> bool:
        return any(len(points) > 1 for points in self._trends.values())

    def set_plan(self, plan: PlanDTO | None) -> None:
        self.removeRows(0, self.rowCount())
        self._goals = {goal.lineage: goal for goal in plan.goals} if plan is not None else {}
        if plan is None:
            return
        self._plan_date = plan.plan_date
        for group in plan.goals_by_domain:
            domain = QStandardItem(f"{group.life_domain_name}  ({len(group.goals)})")
            font = QFont(domain.font())
            font.setWeight(QFont.Weight.DemiBold)
            domain.setFont(font)
            domain.setEditable(False)
            domain.setSelectable(False)
            domain.setBackground(DOMAIN_BACKGROUND)
            for goal in group.goals:
                domain.appendRow(self._goal_row(goal))
            self.appendRow([domain] + [self._blank_item() for _ in range(TREND_COLUMN)])

    def _goal_row(self, goal: GoalDTO) -> list[QStandardItem]:
        cells = {
            GoalColumn.GOAL: (f"{QCoreApplication.translate('GoalsModel', SAFETY_MARK)} · " if goal.safety_goal else "")
            + goal.description.replace("\n", " "),
            GoalColumn.ACTOR: _actor_text(goal),
            GoalColumn.PERSONS: _first_names(goal),
            GoalColumn.TARGET_DATE: format_date(goal.target_date),
            GoalColumn.SCORE: score_text(goal.score_start, goal.score_target),
            GoalColumn.STATUS: plan_label(goal.status),
        }
        items = []
        for text in [cells[column] for column in GoalColumn] + [""]:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(goal.id, GOAL_ID_ROLE)
            item.setData(goal.lineage, LINEAGE_ROLE)
            items.append(item)
        first = items[GoalColumn.GOAL]
        first.setToolTip(_goal_tooltip(goal))
        first.setIcon(hint_icon() if goal.flags else blank_icon())
        if goal.flags:  # the mark's meaning in words, for a screen reader
            first.setData(flags_text(goal.flags), Qt.ItemDataRole.AccessibleDescriptionRole)
        items[GoalColumn.ACTOR].setIcon(actor_icon(goal.actor))
        if goal.actor_detail:
            items[GoalColumn.ACTOR].setToolTip(goal.actor_detail)
        items[GoalColumn.PERSONS].setToolTip(", ".join(p.name for p in goal.persons))
        for column in (GoalColumn.TARGET_DATE, GoalColumn.SCORE, TREND_COLUMN):
            items[column].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self._show_progress(goal, items[GoalColumn.ACTOR], items[TREND_COLUMN])
        self._show_status(goal, items[GoalColumn.STATUS])
        return items

    def _show_status(self, goal: GoalDTO, item: QStandardItem) -> None:
        """The goal's standing, by the same rule as the printed plan; says which evaluation it is from."""
        standing = goal_standing(goal.status, self._plan_date or date.min, None, self._evaluated.get(goal.lineage))
        item.setText(plan_label(standing.status))
        item.setToolTip("" if standing.evaluated_on is None else QCoreApplication.translate(
            "GoalsModel", "As found at the evaluation of {date}; the plan says: {status}").format(
            date=format_date(standing.evaluated_on), status=plan_label(goal.status)))

    def _show_progress(self, goal: GoalDTO, actor: QStandardItem, trend: QStandardItem) -> None:
        points = self._trends.get(goal.lineage, ())
        trend.setText(trend_text(points))
        trend.setToolTip(trend_tooltip(points, goal.score_start is not None) if len(points) > 1 else "")
        providers = ", ".join(self._linked.get(goal.lineage, ()))
        text, tips = _actor_text(goal), [goal.actor_detail] if goal.actor_detail else []
        if providers:
            tips.append(QCoreApplication.translate("GoalsModel", "Help working on this goal: {providers}").format(
                providers=providers))
            if goal.actor is Actor.PROVIDER and not goal.network_member_name:
                text = f"{text} · {providers}"
        actor.setText(text)
        actor.setToolTip("\n".join(tips))

    @staticmethod
    def _blank_item() -> QStandardItem:
        item = QStandardItem()
        item.setEditable(False)
        item.setSelectable(False)
        return item
