"""What changed between two versions of a family plan, for the "compare versions" view.

Goals are matched by lineage (kept across versions). Actions have no lineage in the schema, so
within a goal they are matched first by identical text, then the rest in order of position: an
action whose text was edited shows as changed, extra ones as added or removed.
Field names are stable keys (``"target_date"``, ``"concerns"``...); the UI translates them and
formats the raw old/new values (text, dates, enums, numbers, tuples of names).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from app.plan_fields import ActionInput, ActionProgress, GoalInput, compared_keys, shown_values
from app.queries.plans import PLAN_TEXT_FIELDS, ActionDTO, GoalDTO, PlanDTO

PLAN_FIELDS = (*PLAN_TEXT_FIELDS, "evaluation_interval_weeks")
GOAL_FIELDS = compared_keys(GoalInput)
ACTION_FIELDS = compared_keys(ActionInput, ActionProgress)


class ChangeKind(StrEnum):
    PLAN_CHANGED = "plan_changed"
    GOAL_ADDED = "goal_added"
    GOAL_REMOVED = "goal_removed"
    GOAL_CHANGED = "goal_changed"
    ACTION_ADDED = "action_added"
    ACTION_REMOVED = "action_removed"
    ACTION_CHANGED = "action_changed"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class PlanChange:
    kind: ChangeKind
    goal_lineage: str | None = None
    goal_description: str | None = None  # the newer text when the goal still exists
    action_what: str | None = None
    fields: tuple[FieldChange, ...] = ()  # the changed fields (PLAN/GOAL/ACTION_CHANGED)


class Marked(StrEnum):
    SAME = "same"
    REMOVED = "removed"  # in the old text only
    ADDED = "added"      # in the new text only


@dataclass(frozen=True)
class TextPart:
    text: str
    marked: Marked


@dataclass(frozen=True)
class TextChange:
    """A changed text as the old and the new version, each in parts; what went and what came is marked."""

    old: tuple[TextPart, ...]
    new: tuple[TextPart, ...]


_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


def text_change(old: str | None, new: str | None) -> TextChange:
    """Which words of a long text (concerns, a goal, an action) went and which came, so a reader sees the
    change at a glance instead of comparing two paragraphs. Word by word; whitespace and punctuation are
    tokens too, and runs of the same mark are joined."""
    a, b = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    old_parts: list[TextPart] = []
    new_parts: list[TextPart] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            _append(old_parts, "".join(a[i1:i2]), Marked.SAME)
            _append(new_parts, "".join(b[j1:j2]), Marked.SAME)
            continue
        _append(old_parts, "".join(a[i1:i2]), Marked.REMOVED)
        _append(new_parts, "".join(b[j1:j2]), Marked.ADDED)
    return TextChange(tuple(old_parts), tuple(new_parts))


def _append(parts: list[TextPart], text: str, marked: Marked) -> None:
    if not text:
        return
    if parts and parts[-1].marked is marked:
        parts[-1] = TextPart(parts[-1].text + text, marked)
    else:
        parts.append(TextPart(text, marked))


def _goal_values(g: GoalDTO) -> dict[str, object]:
    return shown_values(g, GoalInput)


def _action_values(a: ActionDTO) -> dict[str, object]:
    return shown_values(a, ActionInput, ActionProgress)


def _diff(old: dict[str, object], new: dict[str, object], keys: tuple[str, ...]) -> tuple[FieldChange, ...]:
    return tuple(FieldChange(k, old[k], new[k]) for k in keys if old[k] != new[k])


def _pair_actions(old: tuple[ActionDTO, ...], new: tuple[ActionDTO, ...]):
    """(old, new) pairs; ``None`` on one side means added or removed."""
    rest_old, rest_new, pairs = list(old), list(new), []
    for a in list(rest_new):
        match = next((o for o in rest_old if o.what == a.what), None)
        if match is not None:
            rest_old.remove(match)
            rest_new.remove(a)
            pairs.append((match, a))
    pairs += list(zip(rest_old, rest_new))
    n = min(len(rest_old), len(rest_new))
    pairs += [(o, None) for o in rest_old[n:]] + [(None, a) for a in rest_new[n:]]
    return pairs


def _action_changes(goal: GoalDTO, old: tuple[ActionDTO, ...], new: tuple[ActionDTO, ...]) -> list[PlanChange]:
    changes = []
    for o, a in _pair_actions(old, new):
        ref = dict(goal_lineage=goal.lineage, goal_description=goal.description)
        if o is None:
            changes.append(PlanChange(ChangeKind.ACTION_ADDED, action_what=a.what, **ref))
        elif a is None:
            changes.append(PlanChange(ChangeKind.ACTION_REMOVED, action_what=o.what, **ref))
        elif fields := _diff(_action_values(o), _action_values(a), ACTION_FIELDS):
            changes.append(PlanChange(ChangeKind.ACTION_CHANGED, action_what=a.what, fields=fields, **ref))
    return changes


def compare_plans(old: PlanDTO, new: PlanDTO) -> list[PlanChange]:
    """Changes from ``old`` to ``new``: plan fields, then goals in the newer plan's order, then removed goals."""
    changes: list[PlanChange] = []
    if fields := _diff({f: getattr(old, f) for f in PLAN_FIELDS}, {f: getattr(new, f) for f in PLAN_FIELDS},
                       PLAN_FIELDS):
        changes.append(PlanChange(ChangeKind.PLAN_CHANGED, fields=fields))
    old_goals = {g.lineage: g for g in old.goals}
    for g in new.goals:
        before = old_goals.pop(g.lineage, None)
        if before is None:
            changes.append(PlanChange(ChangeKind.GOAL_ADDED, g.lineage, g.description))
            continue
        if fields := _diff(_goal_values(before), _goal_values(g), GOAL_FIELDS):
            changes.append(PlanChange(ChangeKind.GOAL_CHANGED, g.lineage, g.description, fields=fields))
        changes += _action_changes(g, before.actions, g.actions)
    changes += [PlanChange(ChangeKind.GOAL_REMOVED, g.lineage, g.description) for g in old_goals.values()]
    return changes
