"""Three-way merge of the plan's texts when a colleague saved the same plan first.

``base`` is what the editors were loaded from, ``mine`` what they hold now, ``theirs`` what is
stored. Fields only one side changed merge by themselves; fields both changed differently are
conflicts the user decides on.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.queries.plans import PLAN_TEXT_FIELDS, PlanDTO

PLAN_FORM_FIELDS = (*PLAN_TEXT_FIELDS, "evaluation_interval_weeks", "plan_date")

PlanValues = dict[str, object]


def plan_values(plan: PlanDTO) -> PlanValues:
    """The plan's editable values, keyed by the service's argument names."""
    return {name: getattr(plan, name) for name in PLAN_FORM_FIELDS}


def changed_values(base: PlanValues, current: PlanValues) -> PlanValues:
    return {name: value for name, value in current.items() if base.get(name) != value}


@dataclass(frozen=True)
class PlanTextMerge:
    mine_changed: PlanValues         # what I changed since loading, to save
    conflicts: tuple[str, ...]       # fields we both changed, to different values
    theirs_with_mine: PlanValues     # the stored values plus my changes that do not conflict


def merge_plan_values(base: PlanValues, mine: PlanValues, theirs: PlanValues) -> PlanTextMerge:
    mine_changed = changed_values(base, mine)
    conflicts = tuple(name for name, value in mine_changed.items()
                      if theirs[name] != base[name] and theirs[name] != value)
    merged = dict(theirs)
    merged.update({name: value for name, value in mine_changed.items() if name not in conflicts})
    return PlanTextMerge(mine_changed, conflicts, merged)
