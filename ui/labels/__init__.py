"""Translated labels for the domain enums: the one place that says what a stored value is called."""
from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.queries.plan_versions import PlanVersions, plan_versions_text
from models.enums import CaseStatus, PlanStatus, Priority

CONTEXT = "Labels"

_LABELS: dict[Enum, str] = {
    CaseStatus.INTAKE: QT_TRANSLATE_NOOP("Labels", "Intake"),
    CaseStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    CaseStatus.WAAKVLAM: QT_TRANSLATE_NOOP("Labels", "Waakvlam"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("Labels", "Normal"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    PlanStatus.AGREED: QT_TRANSLATE_NOOP("Labels", "Agreed"),
    PlanStatus.SUPERSEDED: QT_TRANSLATE_NOOP("Labels", "Superseded"),
}

_NO_PLAN = QT_TRANSLATE_NOOP("Labels", "No plan yet")


def label(value: Enum) -> str:
    """The label of an enum value in the current language (the raw value if none is declared)."""
    source = _LABELS.get(value)
    if source is None:
        return str(value.value)
    return QCoreApplication.translate(CONTEXT, source)


def plan_status_label(status: PlanStatus | None) -> str:
    """A case without a family plan yet says so instead of showing nothing."""
    if status is None:
        return QCoreApplication.translate(CONTEXT, _NO_PLAN)
    return label(status)



def plan_versions_label(plan: PlanVersions) -> str:
    """The agreed version and the draft in progress ("Agreed v1 · draft v2"), so a draft on top of an
    agreed plan does not read as if nothing was agreed."""
    return plan_versions_text(plan, QCoreApplication.translate) or plan_status_label(None)
