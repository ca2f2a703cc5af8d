"""The fields of a plan's texts, a goal and an action, declared once: the dataclasses below.

Each field's metadata says how the rest of the house treats it - its label, whether it is a column of
the record's own table (saved, and copied into a new plan version) and under which key and from which
DTO attribute it is compared (the version comparison, the conflict view). Saving, copying, comparing
and the dialogs derive their field lists from here, so a new field is added in one place.
"""
from __future__ import annotations

from dataclasses import KW_ONLY, MISSING, Field, dataclass, field, fields
from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from models.enums import ActionOwner, Actor, GoalStatus

INFO = "gezinsregie"  # the metadata key


@dataclass(frozen=True)
class FieldInfo:
    label: str | None  # source text in the "PlanLabels" context (the UI translates it); None: never shown
    key: str  # the key it is compared and labelled under
    shown: str | None  # the DTO attribute holding the compared value as the user knows it; None: not compared
    column: bool  # a column of the record's own table


def spec(default=MISSING, *, label: str | None, key: str | None = None, shown: str | None = None,
         compared: bool = True, column: bool = True, kw_only=MISSING) -> Field:
    """A dataclass field with its :class:`FieldInfo`; ``key`` and ``shown`` default to the field's name."""
    return field(default=default, kw_only=kw_only, metadata={INFO: dict(
        label=label, key=key, shown=shown, compared=compared, column=column)})


def _info(f: Field) -> FieldInfo:
    raw = f.metadata[INFO]
    return FieldInfo(raw["label"], raw["key"] or f.name, (raw["shown"] or f.name) if raw["compared"] else None,
                     raw["column"])


def field_infos(cls: type) -> tuple[tuple[str, FieldInfo], ...]:
    """(field name, info) of every declared field, in declaration order."""
    return tuple((f.name, _info(f)) for f in fields(cls))


def columns(cls: type) -> tuple[str, ...]:
    """The fields that are columns of the record's table, in order."""
    return tuple(name for name, i in field_infos(cls) if i.column)


def compared(*classes: type) -> tuple[FieldInfo, ...]:
    """The compared fields in the order a comparison lists them (one per key)."""
    seen: dict[str, FieldInfo] = {}
    for cls in classes:
        for _name, i in field_infos(cls):
            if i.shown is not None:
                seen.setdefault(i.key, i)
    return tuple(seen.values())


def compared_keys(*classes: type) -> tuple[str, ...]:
    return tuple(i.key for i in compared(*classes))


def shown_values(dto: object, *classes: type) -> dict[str, object]:
    """A DTO's compared values by key (names for ids), as a comparison and a conflict view show them."""
    return {i.key: getattr(dto, i.shown) for i in compared(*classes)}


def labels(*classes: type) -> dict[str, str]:
    """Label source texts by key."""
    return {i.key: i.label for cls in classes for _name, i in field_infos(cls) if i.label is not None}


@dataclass(frozen=True)
class PlanTexts:
    """The plan's own texts, as printed, compared and copied into a new version."""

    request_for_help: str = spec("", label=QT_TRANSLATE_NOOP("PlanLabels", "Request for help"))
    concerns: str = spec("", label=QT_TRANSLATE_NOOP("PlanLabels", "Concerns"))
    strengths: str = spec("", label=QT_TRANSLATE_NOOP("PlanLabels", "Strengths"))
    desired_future: str = spec("", label=QT_TRANSLATE_NOOP("PlanLabels", "Desired future"))
    agreements: str = spec("", label=QT_TRANSLATE_NOOP("PlanLabels", "Agreements"))
    # The safety plan (Signs of Safety): printed as its own section when any of the three is filled in.
    safety_worries: str = spec("", label=QT_TRANSLATE_NOOP("PlanLabels", "Safety: what we are worried about"))
    safety_working_well: str = spec("", label=QT_TRANSLATE_NOOP("PlanLabels", "Safety: what is working well"))
    safety_next_steps: str = spec("", label=QT_TRANSLATE_NOOP("PlanLabels", "Safety: what needs to happen"))


SAFETY_TEXT_FIELDS = ("safety_worries", "safety_working_well", "safety_next_steps")


@dataclass(frozen=True)
class GoalInput:
    """A goal as the worker enters it (see the module docstring for the metadata)."""

    life_domain_id: int | None = spec(label=QT_TRANSLATE_NOOP("PlanLabels", "Life domain"), key="life_domain",
                                      shown="life_domain_name")
    person_ids: tuple[int, ...] = spec((), label=QT_TRANSLATE_NOOP("PlanLabels", "Concerns whom"), key="persons",
                                       shown="person_names", column=False, kw_only=True)
    description: str = spec(label=QT_TRANSLATE_NOOP("PlanLabels", "Goal"))
    _: KW_ONLY
    success_criterion: str = spec("", label=QT_TRANSLATE_NOOP("PlanLabels", "How we know it is reached"))
    target_date: date | None = spec(None, label=QT_TRANSLATE_NOOP("PlanLabels", "Target date"))
    actor: Actor | None = spec(None, label=QT_TRANSLATE_NOOP("PlanLabels", "Who acts"))
    actor_detail: str | None = spec(None, label=QT_TRANSLATE_NOOP("PlanLabels", "Who acts, in detail"))
    # the network member who acts (with actor NETWORK)
    network_member_id: int | None = spec(None, label=QT_TRANSLATE_NOOP("PlanLabels", "Network member"),
                                         key="network_member", shown="network_member_name")
    score_start: int | None = spec(None, label=QT_TRANSLATE_NOOP("PlanLabels", "Score at the start"))
    score_target: int | None = spec(None, label=QT_TRANSLATE_NOOP("PlanLabels", "Target score"))
    status: GoalStatus = spec(GoalStatus.OPEN, label=QT_TRANSLATE_NOOP("PlanLabels", "Status"))
    safety_goal: bool = spec(False, label=QT_TRANSLATE_NOOP("PlanLabels", "Safety goal"))

    @classmethod
    def from_dto(cls, dto: object) -> GoalInput:
        """The goal's current values, to prefill an edit form."""
        return cls(**{f.name: getattr(dto, f.name) for f in fields(cls)})


_WHO = QT_TRANSLATE_NOOP("PlanLabels", "Who")


@dataclass(frozen=True)
class ActionInput:
    """Who carries the action out depends on ``owner``: a member, a network member, a colleague,
    or (provider / other) a free text. References not belonging to the chosen kind are ignored.
    The owner references are compared as the one name they stand for (the DTO's ``owner_name``)."""

    what: str = spec(label=QT_TRANSLATE_NOOP("PlanLabels", "What"))
    owner: ActionOwner = spec(label=QT_TRANSLATE_NOOP("PlanLabels", "Who (kind)"))
    owner_person_id: int | None = spec(None, label=_WHO, key="owner_name", shown="owner_name")
    owner_network_member_id: int | None = spec(None, label=_WHO, key="owner_name", shown="owner_name")
    owner_worker_id: int | None = spec(None, label=_WHO, key="owner_name", shown="owner_name")
    owner_text: str | None = spec(None, label=_WHO, key="owner_name", shown="owner_name")
    due_date: date | None = spec(None, label=QT_TRANSLATE_NOOP("PlanLabels", "By when"))

    @classmethod
    def from_dto(cls, dto: object) -> ActionInput:
        return cls(**{f.name: getattr(dto, f.name) for f in fields(cls)})


@dataclass(frozen=True)
class ActionProgress:
    """An action's progress: set by ``set_action_done``, not by the action form; copied and compared too."""

    done: bool = spec(False, label=QT_TRANSLATE_NOOP("PlanLabels", "Done"))
    done_on: date | None = spec(None, label=None, compared=False)
