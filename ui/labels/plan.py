"""Translated names for what the family plan shows: who acts, goal and action states, SMART hints,
and the field keys of a version comparison. Plan status comes from :mod:`ui.labels`."""
from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from app.plan_fields import ActionInput, ActionProgress, GoalInput, PlanTexts, labels
from app.smart import ActionFlag, GoalFlag, PlanFlag, flag_message
from models.enums import ActionOwner, Actor, FamilyGroupPlanAnswer, GoalStatus, StatementSubject
from ui.errors import translated
from ui.labels import label
from ui.formatting import format_date

CONTEXT = "PlanLabels"

# Per enum type: Actor.NETWORK and ActionOwner.NETWORK are equal strings, so one flat dict would mix them.
LABELS: dict[type[Enum], dict[Enum, str]] = {
    Actor: {
        Actor.FAMILY: QT_TRANSLATE_NOOP("PlanLabels", "Family itself"),
        Actor.NETWORK: QT_TRANSLATE_NOOP("PlanLabels", "Network"),
        Actor.FREE_ACCESS: QT_TRANSLATE_NOOP("PlanLabels", "Free-access service"),
        Actor.SOCIAL_TEAM: QT_TRANSLATE_NOOP("PlanLabels", "Social team"),
        Actor.PROVIDER: QT_TRANSLATE_NOOP("PlanLabels", "Provider"),
    },
    GoalStatus: {
        GoalStatus.OPEN: QT_TRANSLATE_NOOP("PlanLabels", "Open"),
        GoalStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("PlanLabels", "In progress"),
        GoalStatus.REACHED: QT_TRANSLATE_NOOP("PlanLabels", "Reached"),
        GoalStatus.PARTLY_REACHED: QT_TRANSLATE_NOOP("PlanLabels", "Partly reached"),
        GoalStatus.NOT_REACHED: QT_TRANSLATE_NOOP("PlanLabels", "Not reached"),
        GoalStatus.CANCELLED: QT_TRANSLATE_NOOP("PlanLabels", "Cancelled"),
    },
    ActionOwner: {
        ActionOwner.MEMBER: QT_TRANSLATE_NOOP("PlanLabels", "Family member"),
        ActionOwner.NETWORK: QT_TRANSLATE_NOOP("PlanLabels", "Someone from the network"),
        ActionOwner.WORKER: QT_TRANSLATE_NOOP("PlanLabels", "Social-team worker"),
        ActionOwner.PROVIDER: QT_TRANSLATE_NOOP("PlanLabels", "Provider"),
        ActionOwner.OTHER: QT_TRANSLATE_NOOP("PlanLabels", "Someone else"),
    },
    FamilyGroupPlanAnswer: {
        FamilyGroupPlanAnswer.ACCEPTED: QT_TRANSLATE_NOOP(
            "PlanLabels", "Accepted: the family makes a family-group plan with its own network"),
        FamilyGroupPlanAnswer.DECLINED: QT_TRANSLATE_NOOP("PlanLabels", "Declined"),
        FamilyGroupPlanAnswer.CONSIDERING: QT_TRANSLATE_NOOP("PlanLabels", "Thinking about it"),
    },
    StatementSubject: {
        StatementSubject.PLAN_TEXT: QT_TRANSLATE_NOOP("PlanLabels", "Plan text"),
        StatementSubject.GOAL: QT_TRANSLATE_NOOP("PlanLabels", "Goal"),
        StatementSubject.JOURNAL_ENTRY: QT_TRANSLATE_NOOP("PlanLabels", "Journal entry"),
        StatementSubject.EVALUATION: QT_TRANSLATE_NOOP("PlanLabels", "Evaluation"),
    },
}

_NO_ACTOR = QT_TRANSLATE_NOOP("PlanLabels", "Not decided yet")

# "Wat kun je zelf, wat doen we samen, wat laten we doen": one short line per actor for the combo.
_ACTOR_HINTS: dict[Actor, str] = {
    Actor.FAMILY: QT_TRANSLATE_NOOP("PlanLabels", "what the family can do itself"),
    Actor.NETWORK: QT_TRANSLATE_NOOP("PlanLabels", "grandparents, neighbours, a coach"),
    Actor.FREE_ACCESS: QT_TRANSLATE_NOOP("PlanLabels", "school, sports club, youth work: no referral"),
    Actor.SOCIAL_TEAM: QT_TRANSLATE_NOOP("PlanLabels", "what we do together"),
    Actor.PROVIDER: QT_TRANSLATE_NOOP("PlanLabels", "specialist help we arrange"),
}

# Lightest help green, heaviest a calm purple: the colour of an actor's tag in lists.
ACTOR_COLOURS: dict[Actor | None, QColor] = {
    Actor.FAMILY: QColor("#2e7d4f"),
    Actor.NETWORK: QColor("#5b8c2a"),
    Actor.FREE_ACCESS: QColor("#1f7a8c"),
    Actor.SOCIAL_TEAM: QColor("#1f5f99"),
    Actor.PROVIDER: QColor("#6b4f9e"),
    None: QColor("#9aa4ad"),
}

# Keys of app.queries.plan_compare (plan, goal and action fields) and of the plan's own fields.
_FIELDS: dict[str, str] = {
    "evaluation_interval_weeks": QT_TRANSLATE_NOOP("PlanLabels", "Evaluation interval (weeks)"),
    "plan_date": QT_TRANSLATE_NOOP("PlanLabels", "Plan date"),
    "text": QT_TRANSLATE_NOOP("PlanLabels", "Text"),  # a journal entry's
    "conclusion": QT_TRANSLATE_NOOP("PlanLabels", "Conclusion"),  # an evaluation's
    # the texts', a goal's and an action's fields: labelled where they are declared
    **labels(PlanTexts, GoalInput, ActionInput, ActionProgress),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


plan_label = label  # the one label function, under the name the plan screens know


def actor_label(actor: Actor | None) -> str:
    return plan_label(actor) if actor is not None else _tr(_NO_ACTOR)


def actor_hint(actor: Actor) -> str:
    return _tr(_ACTOR_HINTS[actor])


def field_label(key: str) -> str:
    """A field key (``"target_date"``) as the user knows it; unknown keys are shown as they are."""
    source = _FIELDS.get(key)
    return _tr(source) if source is not None else key


def flag_text(flag: GoalFlag | ActionFlag | PlanFlag) -> str:
    """The gentle SMART hint for a flag, in the GUI's language."""
    return translated(flag_message(flag))


def flags_text(flags) -> str:
    """Several hints, one per line (for a tooltip)."""
    return "\n".join(flag_text(f) for f in flags)


_YES = QT_TRANSLATE_NOOP("PlanLabels", "yes")
_NO = QT_TRANSLATE_NOOP("PlanLabels", "no")


def value_text(value: object) -> str:
    """A stored value as the user reads it: dates dd-mm-jjjj, enums by label, names joined."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _tr(_YES if value else _NO)
    if isinstance(value, (Actor, GoalStatus, ActionOwner)):
        return plan_label(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)
