"""The names of the enums the case window shows (see :func:`ui.labels.label`)."""
from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from models.enums import (
    CaseEventKind, CloseReason, DirectionMode, JournalKind, MeldcodeConclusion, MeldcodeDecision, MemberRole,
    PriorityReason, ProtectionKind,
)
from ui.labels import label

__all__ = ["CONTEXT", "LABELS", "enum_label", "label"]

CONTEXT = "CaseLabels"

LABELS: dict[type[Enum], dict[Enum, str]] = {
    JournalKind: {
        JournalKind.HOME_VISIT: QT_TRANSLATE_NOOP("CaseLabels", "Home visit"),
        JournalKind.PHONE_CALL: QT_TRANSLATE_NOOP("CaseLabels", "Phone call"),
        JournalKind.PROVIDER_MEETING: QT_TRANSLATE_NOOP("CaseLabels", "Meeting with providers"),
        JournalKind.SCHOOL: QT_TRANSLATE_NOOP("CaseLabels", "School"),
        JournalKind.OFFICE_MEETING: QT_TRANSLATE_NOOP("CaseLabels", "Meeting at the office"),
        JournalKind.MESSAGE: QT_TRANSLATE_NOOP("CaseLabels", "Message or e-mail"),
        JournalKind.OTHER: QT_TRANSLATE_NOOP("CaseLabels", "Other contact"),
    },
    CloseReason: {
        CloseReason.GOALS_REACHED: QT_TRANSLATE_NOOP("CaseLabels", "Goals reached"),
        CloseReason.HANDED_OVER: QT_TRANSLATE_NOOP("CaseLabels", "Handed over to another party"),
        CloseReason.MOVED: QT_TRANSLATE_NOOP("CaseLabels", "Family moved away"),
        CloseReason.FAMILY_DECLINED: QT_TRANSLATE_NOOP("CaseLabels", "Family declined help"),
        CloseReason.NO_HELP_NEEDED: QT_TRANSLATE_NOOP("CaseLabels", "No help needed"),
        CloseReason.WAAKVLAM_ENDED: QT_TRANSLATE_NOOP("CaseLabels", "Waakvlam ended"),
        CloseReason.OTHER: QT_TRANSLATE_NOOP("CaseLabels", "Other reason"),
    },
    PriorityReason: {
        PriorityReason.SAFETY: QT_TRANSLATE_NOOP("CaseLabels", "Safety concerns"),
        PriorityReason.SEVERAL_PROVIDERS: QT_TRANSLATE_NOOP("CaseLabels", "Several providers involved"),
        PriorityReason.CRISIS: QT_TRANSLATE_NOOP("CaseLabels", "Crisis"),
        PriorityReason.LONG_RUNNING: QT_TRANSLATE_NOOP("CaseLabels", "Long-running case"),
        PriorityReason.MANY_EXTENSIONS: QT_TRANSLATE_NOOP("CaseLabels", "Many extensions"),
        PriorityReason.OTHER: QT_TRANSLATE_NOOP("CaseLabels", "Other reason"),
    },
    MemberRole: {
        MemberRole.YOUNG_PERSON: QT_TRANSLATE_NOOP("CaseLabels", "Young person"),
        MemberRole.PARENT: QT_TRANSLATE_NOOP("CaseLabels", "Parent or carer"),
    },
    CaseEventKind: {
        CaseEventKind.OPENED: QT_TRANSLATE_NOOP("CaseLabels", "Opened"),
        CaseEventKind.STATUS_CHANGED: QT_TRANSLATE_NOOP("CaseLabels", "Status changed"),
        CaseEventKind.DIRECTOR_TRANSFERRED: QT_TRANSLATE_NOOP("CaseLabels", "Transferred"),
        CaseEventKind.PRIORITY_CHANGED: QT_TRANSLATE_NOOP("CaseLabels", "Priority changed"),
        CaseEventKind.CLOSED: QT_TRANSLATE_NOOP("CaseLabels", "Closed"),
        CaseEventKind.REOPENED: QT_TRANSLATE_NOOP("CaseLabels", "Reopened"),
        CaseEventKind.DIRECTION_CHANGED: QT_TRANSLATE_NOOP("CaseLabels", "Direction changed"),
        CaseEventKind.MEASURE_RECORDED: QT_TRANSLATE_NOOP("CaseLabels", "Measure recorded"),
        CaseEventKind.MEASURE_EXTENDED: QT_TRANSLATE_NOOP("CaseLabels", "Measure extended"),
    },
    MeldcodeConclusion: {
        MeldcodeConclusion.NO_REPORT_NEEDED: QT_TRANSLATE_NOOP("CaseLabels", "No suspicion: no report needed"),
        MeldcodeConclusion.HELP_WITHOUT_REPORT: QT_TRANSLATE_NOOP("CaseLabels", "Give or organise help, no report"),
        MeldcodeConclusion.REPORT: QT_TRANSLATE_NOOP("CaseLabels", "Report to Veilig Thuis"),
    },
    MeldcodeDecision: {
        MeldcodeDecision.REPORT: QT_TRANSLATE_NOOP("CaseLabels", "Report to Veilig Thuis"),
        MeldcodeDecision.REPORT_AND_HELP: QT_TRANSLATE_NOOP("CaseLabels", "Report to Veilig Thuis and give help"),
        MeldcodeDecision.HELP: QT_TRANSLATE_NOOP("CaseLabels", "Give or organise help, no report"),
        MeldcodeDecision.NONE: QT_TRANSLATE_NOOP("CaseLabels", "No report needed: track ends"),
    },
    ProtectionKind: {
        ProtectionKind.PROVISIONAL_OTS: QT_TRANSLATE_NOOP("CaseLabels", "Provisional OTS"),
        ProtectionKind.OTS: QT_TRANSLATE_NOOP("CaseLabels", "OTS"),
        ProtectionKind.GUARDIANSHIP: QT_TRANSLATE_NOOP("CaseLabels", "Guardianship"),
    },
    DirectionMode: {
        DirectionMode.SOCIAL_TEAM: QT_TRANSLATE_NOOP("CaseLabels", "Social team directs"),
        DirectionMode.SAMENREGIE: QT_TRANSLATE_NOOP("CaseLabels", "Samenregie"),
        DirectionMode.ELSEWHERE: QT_TRANSLATE_NOOP("CaseLabels", "Direction elsewhere"),
    },
}


def enum_label(enum_type: type[Enum], stored: str | None) -> str:
    """The label of a value stored as text (as in the case history); the text itself if unknown."""
    if stored is None:
        return ""
    try:
        return label(enum_type(stored))
    except ValueError:
        return stored
