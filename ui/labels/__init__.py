"""Translated labels for the domain enums: :func:`label` is the one way to name a stored value.

The names live in tables per area (this module's, :mod:`ui.labels.case`, :mod:`ui.labels.care`,
:mod:`ui.labels.plan`), each keyed by enum type and translated in its own context; an enum type has one
table, so values of different enums that read alike ("other") never take each other's name.
"""
from __future__ import annotations

from enum import Enum
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.queries.plan_versions import PlanVersions, plan_versions_text
from models.enums import CaseStatus, DestructionGround, DestructionStatus, PlanStatus, Priority

CONTEXT = "Labels"

LABELS: dict[type[Enum], dict[Enum, str]] = {
    CaseStatus: {
        CaseStatus.INTAKE: QT_TRANSLATE_NOOP("Labels", "Intake"),
        CaseStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
        CaseStatus.WAAKVLAM: QT_TRANSLATE_NOOP("Labels", "Waakvlam"),
        CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    Priority: {
        Priority.NORMAL: QT_TRANSLATE_NOOP("Labels", "Normal"),
        Priority.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
    },
    PlanStatus: {
        PlanStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
        PlanStatus.AGREED: QT_TRANSLATE_NOOP("Labels", "Agreed"),
        PlanStatus.SUPERSEDED: QT_TRANSLATE_NOOP("Labels", "Superseded"),
    },
    DestructionGround: {
        DestructionGround.PERSON_REQUEST: QT_TRANSLATE_NOOP("Labels", "At the person's request (Youth Act 7.3.9)"),
        DestructionGround.RETENTION_EXPIRED: QT_TRANSLATE_NOOP("Labels", "Retention period passed (Youth Act 7.3.8)"),
        DestructionGround.LOG_RETENTION: QT_TRANSLATE_NOOP("Labels", "Access log older than five years (NEN 7513)"),
    },
    DestructionStatus: {
        DestructionStatus.REQUESTED: QT_TRANSLATE_NOOP("Labels", "Requested"),
        DestructionStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
        DestructionStatus.EXECUTING: QT_TRANSLATE_NOOP("Labels", "Being carried out"),
        DestructionStatus.EXECUTED: QT_TRANSLATE_NOOP("Labels", "Carried out"),
        DestructionStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    },
}

_NO_PLAN = QT_TRANSLATE_NOOP("Labels", "No plan yet")


@cache
def tables() -> dict[type[Enum], tuple[str, dict[Enum, str]]]:
    """Every enum type's names with their translation context; an enum type in two tables is an error."""
    from ui.labels import care, case, plan  # the areas' tables (they import this module)

    out: dict[type[Enum], tuple[str, dict[Enum, str]]] = {}
    for context, table in ((CONTEXT, LABELS), (case.CONTEXT, case.LABELS), (care.CONTEXT, care.LABELS),
                           (plan.CONTEXT, plan.LABELS)):
        for enum_type, names in table.items():
            if enum_type in out:
                raise ValueError(f"{enum_type.__name__} is named in two label tables")
            out[enum_type] = (context, names)
    return out


def label(value: Enum) -> str:
    """The label of an enum value in the current language (the raw value if none is declared)."""
    context, names = tables().get(type(value), (CONTEXT, {}))
    source = names.get(value)
    return QCoreApplication.translate(context, source) if source is not None else str(value.value)


def plan_status_label(status: PlanStatus | None) -> str:
    """A case without a family plan yet says so instead of showing nothing."""
    if status is None:
        return QCoreApplication.translate(CONTEXT, _NO_PLAN)
    return label(status)



def plan_versions_label(plan: PlanVersions) -> str:
    """The agreed version and the draft in progress ("Agreed v1 · draft v2"), so a draft on top of an
    agreed plan does not read as if nothing was agreed."""
    return plan_versions_text(plan, QCoreApplication.translate) or plan_status_label(None)
