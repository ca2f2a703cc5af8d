"""Translated names for what the care screens show: direction, handover, decisions, waakvlam, consent, due items.

Keyed per enum type: several of these enums share stored strings with others (``WaakvlamStatus.ACTIVE``
and ``CaseStatus.ACTIVE``, ``ConsentRule.YOUNG_PERSON`` and ``MemberRole.YOUNG_PERSON``), so one flat
dict would mix them up.
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from app.codelists import FREQUENCIES, REFERRER_TYPES, UNITS
from app.consent import ConsentRule
from app.queries.aftercare import TransitionStatus
from app.queries.consents import ConsentStatus
from app.queries.due import DueKind, Urgency
from app.queries.involvements import InvolvementDTO
from models.enums import (
    AftercareKind, AftercareNoneReason, ConsentForm, ConsentScope, ContactOutcome, CrisisOutcome, DirectionMode,
    EvaluationDecision, ExtensionReason, HandoverStatus, ImprovementDecision, ImprovementStepKind, LegalGround,
    SharingPurpose, SignalKind, TransitionDomain, WaakvlamHolder, WaakvlamStatus,
)
from ui.labels import label

CONTEXT = "CareLabels"
E = TypeVar("E", bound=Enum)

# The choice of direction as the involvement dialog offers it (its label is the case window's).
_DIRECTION_CHOICES = {
    DirectionMode.SOCIAL_TEAM: QT_TRANSLATE_NOOP("CareLabels", "Direction with the social team"),
    DirectionMode.SAMENREGIE: QT_TRANSLATE_NOOP("CareLabels", "Shared direction (samenregie)"),
    DirectionMode.ELSEWHERE: QT_TRANSLATE_NOOP("CareLabels", "Direction elsewhere"),
}

LABELS: dict[type[Enum], dict[Enum, str]] = {
    HandoverStatus: {
        HandoverStatus.REFERRED: QT_TRANSLATE_NOOP("CareLabels", "Referred"),
        HandoverStatus.TAKEN_OVER: QT_TRANSLATE_NOOP("CareLabels", "Taken over"),
        HandoverStatus.STARTED: QT_TRANSLATE_NOOP("CareLabels", "Started"),
    },
    EvaluationDecision: {
        EvaluationDecision.CONTINUE: QT_TRANSLATE_NOOP("CareLabels", "Continue"),
        EvaluationDecision.SCALE_DOWN: QT_TRANSLATE_NOOP("CareLabels", "Scale down"),
        EvaluationDecision.SCALE_UP: QT_TRANSLATE_NOOP("CareLabels", "Scale up"),
        EvaluationDecision.END_HELP: QT_TRANSLATE_NOOP("CareLabels", "End the help"),
        EvaluationDecision.TO_WAAKVLAM: QT_TRANSLATE_NOOP("CareLabels", "To waakvlam"),
    },
    WaakvlamHolder: {
        WaakvlamHolder.SOCIAL_TEAM_WORKER: QT_TRANSLATE_NOOP("CareLabels", "Social-team worker"),
        WaakvlamHolder.SCHOOL_COACH: QT_TRANSLATE_NOOP("CareLabels", "Youth and family coach at school"),
        WaakvlamHolder.GP: QT_TRANSLATE_NOOP("CareLabels", "GP / mental-health nurse (POH)"),
        WaakvlamHolder.NETWORK_MEMBER: QT_TRANSLATE_NOOP("CareLabels", "Someone from the network"),
        WaakvlamHolder.OTHER_PROFESSIONAL: QT_TRANSLATE_NOOP("CareLabels", "Another professional"),
    },
    WaakvlamStatus: {
        WaakvlamStatus.ACTIVE: QT_TRANSLATE_NOOP("CareLabels", "Running"),
        WaakvlamStatus.ENDED: QT_TRANSLATE_NOOP("CareLabels", "Ended"),
        WaakvlamStatus.REOPENED: QT_TRANSLATE_NOOP("CareLabels", "Reopened (recurrence)"),
    },
    ContactOutcome: {
        ContactOutcome.ALL_WELL: QT_TRANSLATE_NOOP("CareLabels", "All well"),
        ContactOutcome.CONCERNS: QT_TRANSLATE_NOOP("CareLabels", "Concerns"),
        ContactOutcome.REOPEN: QT_TRANSLATE_NOOP("CareLabels", "Reopen the case"),
    },
    ConsentRule: {
        ConsentRule.PARENTS: QT_TRANSLATE_NOOP("CareLabels", "under 12: the parents with authority decide"),
        ConsentRule.CHILD_AND_PARENTS: QT_TRANSLATE_NOOP(
            "CareLabels", "12 to 15: the young person and the parents with authority"),
        ConsentRule.YOUNG_PERSON: QT_TRANSLATE_NOOP("CareLabels", "16 or older: the young person decides alone"),
    },
    ConsentScope: {
        ConsentScope.PROVIDER: QT_TRANSLATE_NOOP("CareLabels", "Share with a provider"),
        ConsentScope.EVALUATION: QT_TRANSLATE_NOOP("CareLabels", "Team takes part in a provider's evaluation"),
        ConsentScope.SCHOOL: QT_TRANSLATE_NOOP("CareLabels", "Share with the school"),
        ConsentScope.GP: QT_TRANSLATE_NOOP("CareLabels", "Share with the GP"),
        ConsentScope.OTHER_PARTY: QT_TRANSLATE_NOOP("CareLabels", "Share with another party"),
    },
    ConsentForm: {
        ConsentForm.ORAL: QT_TRANSLATE_NOOP("CareLabels", "Oral"),
        ConsentForm.WRITTEN: QT_TRANSLATE_NOOP("CareLabels", "Written"),
    },
    ConsentStatus: {
        ConsentStatus.VALID: QT_TRANSLATE_NOOP("CareLabels", "Valid"),
        ConsentStatus.RENEWAL_DUE: QT_TRANSLATE_NOOP("CareLabels", "Renew"),
        ConsentStatus.EXPIRED: QT_TRANSLATE_NOOP("CareLabels", "Expired"),
        ConsentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("CareLabels", "Withdrawn"),
    },
    DueKind: {
        DueKind.EVALUATION: QT_TRANSLATE_NOOP("CareLabels", "Evaluation"),
        DueKind.PLAN: QT_TRANSLATE_NOOP("CareLabels", "Agree the family plan"),
        DueKind.INVOLVEMENT_ENDING: QT_TRANSLATE_NOOP("CareLabels", "Help ends"),
        DueKind.REPORT_BACK: QT_TRANSLATE_NOOP("CareLabels", "Report-back"),
        DueKind.WAAKVLAM_CONTACT: QT_TRANSLATE_NOOP("CareLabels", "Waakvlam contact"),
        DueKind.WAAKVLAM_END: QT_TRANSLATE_NOOP("CareLabels", "End of the waakvlam"),
        DueKind.CONSENT_RENEWAL: QT_TRANSLATE_NOOP("CareLabels", "Renew consent"),
        DueKind.FAMILY_GROUP_PLAN: QT_TRANSLATE_NOOP("CareLabels", "Family-group plan"),
        DueKind.MEASURE_ENDING: QT_TRANSLATE_NOOP("CareLabels", "OTS ends"),
        DueKind.PLACEMENT: QT_TRANSLATE_NOOP("CareLabels", "Out-of-home placement"),
        DueKind.TRANSITION: QT_TRANSLATE_NOOP("CareLabels", "Plan the transition at 18"),
        DueKind.EXTENSION_AWAITING: QT_TRANSLATE_NOOP("CareLabels", "Approve an extension"),
        DueKind.EXTENSION_DECIDED: QT_TRANSLATE_NOOP("CareLabels", "Extension decided"),
        DueKind.HELP_PAST_NORM: QT_TRANSLATE_NOOP("CareLabels", "Help past its norm"),
        DueKind.CRISIS_FOLLOW_UP: QT_TRANSLATE_NOOP("CareLabels", "Follow up the crisis"),
        DueKind.CRISIS_REVIEW: QT_TRANSLATE_NOOP("CareLabels", "Crisis: four weeks"),
    },
    ExtensionReason: {
        ExtensionReason.GOALS_NOT_REACHED: QT_TRANSLATE_NOOP("CareLabels", "Goals not reached yet"),
        ExtensionReason.SETBACK: QT_TRANSLATE_NOOP("CareLabels", "A setback or crisis"),
        ExtensionReason.LATE_START: QT_TRANSLATE_NOOP("CareLabels", "Started late or interrupted"),
        ExtensionReason.WAITING_FOR_NEXT: QT_TRANSLATE_NOOP("CareLabels", "Waiting for the next help"),
        ExtensionReason.NEW_NEED: QT_TRANSLATE_NOOP("CareLabels", "A new need"),
        ExtensionReason.OTHER: QT_TRANSLATE_NOOP("CareLabels", "Other"),
    },
    CrisisOutcome: {
        CrisisOutcome.ENDED: QT_TRANSLATE_NOOP("CareLabels", "Ended without further help"),
        CrisisOutcome.REGULAR_HELP: QT_TRANSLATE_NOOP("CareLabels", "Converted to regular help"),
        CrisisOutcome.PLACEMENT: QT_TRANSLATE_NOOP("CareLabels", "Out-of-home placement"),
        CrisisOutcome.OTHER: QT_TRANSLATE_NOOP("CareLabels", "Other"),
    },
    LegalGround: {
        LegalGround.DIRECTLY_INVOLVED: QT_TRANSLATE_NOOP("CareLabels", "Directly involved in delivering the help"),
        LegalGround.OTS_INSTITUTION: QT_TRANSLATE_NOOP("CareLabels", "Certified institution during an OTS"),
        LegalGround.ACUTE_SAFETY: QT_TRANSLATE_NOOP("CareLabels", "Acute safety"),
    },
    SharingPurpose: {
        SharingPurpose.INVOLVEMENT: QT_TRANSLATE_NOOP("CareLabels", "Referral"),
        SharingPurpose.EVALUATION: QT_TRANSLATE_NOOP("CareLabels", "Provider's evaluation"),
        SharingPurpose.PLAN_FOR_PROVIDER: QT_TRANSLATE_NOOP("CareLabels", "Plan for a provider"),
    },
    AftercareKind: {
        AftercareKind.NETWORK: QT_TRANSLATE_NOOP("CareLabels", "Secured in the family's own network"),
        AftercareKind.FREE_ACCESS: QT_TRANSLATE_NOOP("CareLabels", "Secured with a free-access service"),
        AftercareKind.NONE_NEEDED: QT_TRANSLATE_NOOP("CareLabels", "No aftercare needed"),
    },
    AftercareNoneReason: {
        AftercareNoneReason.SELF_RELIANT: QT_TRANSLATE_NOOP("CareLabels", "The family manages on its own"),
        AftercareNoneReason.OTHER_HELP: QT_TRANSLATE_NOOP("CareLabels", "Help continues elsewhere"),
        AftercareNoneReason.MOVED: QT_TRANSLATE_NOOP("CareLabels", "The family moved away"),
        AftercareNoneReason.DECLINED: QT_TRANSLATE_NOOP("CareLabels", "The family declines aftercare"),
        AftercareNoneReason.OTHER: QT_TRANSLATE_NOOP("CareLabels", "Another reason"),
    },
    TransitionDomain: {
        TransitionDomain.WMO: QT_TRANSLATE_NOOP("CareLabels", "Wmo (support from the municipality)"),
        TransitionDomain.WLZ: QT_TRANSLATE_NOOP("CareLabels", "Wlz (long-term care)"),
        TransitionDomain.ZVW: QT_TRANSLATE_NOOP("CareLabels", "Zvw (health insurance, adult care)"),
        TransitionDomain.SCHOOL_WORK: QT_TRANSLATE_NOOP("CareLabels", "School or work"),
        TransitionDomain.INCOME: QT_TRANSLATE_NOOP("CareLabels", "Income"),
    },
    TransitionStatus: {
        TransitionStatus.NOT_YET: QT_TRANSLATE_NOOP("CareLabels", "From {date}"),
        TransitionStatus.SOON: QT_TRANSLATE_NOOP("CareLabels", "To plan by {date}"),
        TransitionStatus.DUE: QT_TRANSLATE_NOOP("CareLabels", "To plan: due since {date}"),
        TransitionStatus.NO_RESPONSIBLE: QT_TRANSLATE_NOOP("CareLabels", "Plan without a responsible person"),
        TransitionStatus.PLANNED: QT_TRANSLATE_NOOP("CareLabels", "Planned"),
        TransitionStatus.ADULT: QT_TRANSLATE_NOOP("CareLabels", "18 or older, no plan"),
    },
    Urgency: {
        Urgency.OVERDUE: QT_TRANSLATE_NOOP("CareLabels", "Overdue"),
        Urgency.THIS_WEEK: QT_TRANSLATE_NOOP("CareLabels", "This week"),
        Urgency.LATER: QT_TRANSLATE_NOOP("CareLabels", "Later"),
    },
    SignalKind: {
        SignalKind.GOAL_NOT_REACHED: QT_TRANSLATE_NOOP("CareLabels", "Goal not reached"),
        SignalKind.WAITING_TIME: QT_TRANSLATE_NOOP("CareLabels", "Waiting time exceeded"),
        SignalKind.NO_REPORT_BACK: QT_TRANSLATE_NOOP("CareLabels", "No report-back"),
        SignalKind.OTHER: QT_TRANSLATE_NOOP("CareLabels", "Other signal"),
    },
    ImprovementStepKind: {
        ImprovementStepKind.PLAN: QT_TRANSLATE_NOOP("CareLabels", "Improvement plan"),
        ImprovementStepKind.MONITORING: QT_TRANSLATE_NOOP("CareLabels", "Monitoring"),
        ImprovementStepKind.DECISION: QT_TRANSLATE_NOOP("CareLabels", "Decision"),
    },
    ImprovementDecision: {
        ImprovementDecision.CONTINUE: QT_TRANSLATE_NOOP("CareLabels", "Continue the contract"),
        ImprovementDecision.ENFORCE: QT_TRANSLATE_NOOP("CareLabels", "Enforce the agreements"),
        ImprovementDecision.TERMINATE: QT_TRANSLATE_NOOP("CareLabels", "Terminate the contract"),
    },
}

# Short forms for a table cell; the full phrase is in the tooltip and the detail panel.
_SHORT_DIRECTION = {
    DirectionMode.SOCIAL_TEAM: QT_TRANSLATE_NOOP("CareLabels", "Social team"),
    DirectionMode.SAMENREGIE: QT_TRANSLATE_NOOP("CareLabels", "Samenregie"),
    DirectionMode.ELSEWHERE: QT_TRANSLATE_NOOP("CareLabels", "Elsewhere: {holder}"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


care_label = label  # the one label function, under the name the care screens know


def direction_choice(mode: DirectionMode) -> str:
    """A direction as the choice in the involvement dialog."""
    return _tr(_DIRECTION_CHOICES[mode])


def care_combo(values: Iterable[E], placeholder: str | None = None) -> QComboBox:
    """A combo of enum values by their care labels; read back with ``ui.widgets.enum_combo.current_enum``.

    With a ``placeholder`` nothing is chosen at first, so the user has to choose.
    """
    combo = QComboBox()
    for value in values:
        combo.addItem(care_label(value), value.value)
    if placeholder is not None:
        combo.setPlaceholderText(placeholder)
        combo.setCurrentIndex(-1)
    return combo


def code_combo(codes: dict[str, str], placeholder: str | None = None) -> QComboBox:
    """A combo of an iJw code list: the official (Dutch) name shown, the code as data."""
    combo = QComboBox()
    for code, name in codes.items():
        combo.addItem(name, code)
        combo.setItemData(combo.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
    if placeholder is not None:
        combo.setPlaceholderText(placeholder)
        combo.setCurrentIndex(-1)
    return combo


# -- phrases -------------------------------------------------------------------------------------

def direction_phrase(inv: InvolvementDTO) -> str:
    """Who directs what, in one sentence: the answer to "who directs what for this provider?"."""
    if inv.direction is DirectionMode.SAMENREGIE:
        return QCoreApplication.translate(
            "CareLabels", "Samenregie: daily direction with {provider}, process direction with the social team"
        ).format(provider=inv.directed_by or inv.provider_name)
    if inv.direction is DirectionMode.ELSEWHERE:
        return QCoreApplication.translate("CareLabels", "Direction elsewhere: {holder}").format(
            holder=inv.direction_holder or "?")
    return QCoreApplication.translate("CareLabels", "Direction with the social team")


def direction_short(inv: InvolvementDTO) -> str:
    return _tr(_SHORT_DIRECTION[inv.direction]).format(holder=inv.direction_holder or "?")


def case_direction_short(mode: DirectionMode, holder: str | None) -> str:
    """A case's direction in a caseload cell: "Sociaal team", "Samenregie", "Elders: Jeugdbescherming"."""
    return _tr(_SHORT_DIRECTION[mode]).format(holder=holder or "?")


def days_text(days: int | None) -> str:
    if days is None:
        return ""
    return QCoreApplication.translate("CareLabels", "%n day(s)", "", days)


def money_text(euros: Decimal) -> str:
    """``€ 4.500,00``: Dutch thousands and decimal separators."""
    text = f"{euros:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {text}"


def volume_text(inv: InvolvementDTO) -> str:
    """``2 uur per week`` or ``Budget € 4.500,00``; empty when neither was recorded."""
    if inv.budget_cents is not None:
        return QCoreApplication.translate("CareLabels", "Budget {amount}").format(amount=money_text(inv.budget_euros))
    if inv.volume_amount is None:
        return ""
    unit = UNITS.get(inv.volume_unit or "", inv.volume_unit or "")
    frequency = FREQUENCIES.get(inv.volume_frequency or "", inv.volume_frequency or "")
    return " ".join(part for part in (str(inv.volume_amount), unit, frequency) if part)


def referrer_text(inv: InvolvementDTO, *, with_agb: bool = False) -> str:
    """``Huisarts · dr. A. Jansen``; the AGB code in brackets when asked."""
    who = REFERRER_TYPES.get(inv.referrer_type, inv.referrer_type)
    name = inv.referrer_name or ""
    if with_agb and inv.referrer_agb:
        agb = QCoreApplication.translate("CareLabels", "AGB {code}").format(code=inv.referrer_agb)
        name = f"{name} ({agb})" if name else agb
    return f"{who} · {name}" if name else who
