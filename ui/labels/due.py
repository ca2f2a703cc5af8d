"""What the today, waakvlam and caseload pages say about due items and waakvlams.

The names of the care enums (due kinds, urgency, waakvlam holders, contact outcomes) are the care
screens' (:mod:`ui.labels.care`), so a worker reads the same words everywhere; other enums fall back
to :mod:`ui.labels`.
"""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QFontMetrics, QGuiApplication

from app.queries.due import DueItem, DueKind
from ui.labels import label

__all__ = ["label", "widest_kind_label", "due_detail", "days_from_today", "due_when"]

CONTEXT = "PageLabels"

# What a due item without a provider or holder is about.
_KIND_HINTS: dict[DueKind, str] = {
    DueKind.EVALUATION: QT_TRANSLATE_NOOP("PageLabels", "Interim evaluation of the family plan"),
    DueKind.PLAN: QT_TRANSLATE_NOOP("PageLabels", "Within six weeks of the start"),
    DueKind.FAMILY_GROUP_PLAN: QT_TRANSLATE_NOOP("PageLabels", "Offer it and record the family's answer"),
    DueKind.CRISIS_FOLLOW_UP: QT_TRANSLATE_NOOP("PageLabels", "Within 24 hours of the start"),
    DueKind.CRISIS_REVIEW: QT_TRANSLATE_NOOP("PageLabels", "End the crisis or convert it to regular help"),
}


def widest_kind_label() -> str:
    """The due-item label that needs the most room in the application's font (to size a column)."""
    metrics = QFontMetrics(QGuiApplication.font())
    return max((label(kind) for kind in DueKind), key=metrics.horizontalAdvance)


def due_detail(item: DueItem) -> str:
    """Who the item is about (provider, waakvlam holder), else what it means."""
    if item.detail:
        return item.detail
    hint = _KIND_HINTS.get(item.kind)
    return QCoreApplication.translate(CONTEXT, hint) if hint else ""


class DueTexts(QObject):
    """How far off a due date is; one text per number form, so every language can say it right."""

    def days_from_today(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days < 0:
            return self.tr("%n day(s) overdue", "", -days)
        return self.tr("in %n day(s)", "", days)

    def hours_from_now(self, hours: int) -> str:
        if hours == 0:
            return self.tr("now")
        if hours < 0:
            return self.tr("%n hour(s) overdue", "", -hours)
        return self.tr("%n hour(s) left", "", hours)


@cache
def _due_texts() -> DueTexts:
    return DueTexts()


def days_from_today(days: int) -> str:
    """``3 dagen te laat``, ``vandaag``, ``over 1 dag``: how far a due date is from today."""
    return _due_texts().days_from_today(days)


def due_when(item: DueItem) -> str:
    """``nog 5 uur``, ``18 uur te laat`` for an item counted in hours; else :func:`days_from_today`."""
    if item.hours is not None:
        return _due_texts().hours_from_now(item.hours)
    return days_from_today(item.days)
