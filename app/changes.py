"""What a command changed, collected by the unit of work so that no service can forget to say it.

A command runs inside :func:`run_command`; every unit of work that commits within it adds the kinds of
record it wrote and the case and family ids they belong to (see :mod:`app.uow`). The answer is an
:class:`Outcome`: the service's own return value plus those :class:`Changes`. The UI announces the
changes once; each open view decides from the kinds and ids whether it is concerned (the idea of
Anki's ``OpChanges``). The services keep their return values; nothing here knows about Qt.
"""
from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class ChangeKind(StrEnum):
    """The kinds of record a command may change."""

    FAMILY = "family"            # the family itself
    MEMBER = "member"            # a family member or a network member
    CASE = "case"                # the case: status, director, priority, its events
    PLAN = "plan"                # the family plan (texts, status, versions)
    GOAL = "goal"
    ACTION = "action"
    EVALUATION = "evaluation"
    INVOLVEMENT = "involvement"  # help from a provider
    WAAKVLAM = "waakvlam"        # the waakvlam and its contacts
    JOURNAL = "journal"
    CONSENT = "consent"          # the consent register of a family
    STATEMENT = "statement"      # own statements and corrections on request (Jeugdwet 7.3.8)
    PROTECTION = "protection"    # child-protection measures (OTS, guardianship) of a family's young people
    TRANSITION = "transition"    # the transition plans (towards 18) of a family's young people
    PROVIDER = "provider"        # providers, their products, segments
    WORKER = "worker"            # workers and teams
    SETTINGS = "settings"        # codelists and local settings (life domains, caseload weights)
    EVERYTHING = "everything"    # e.g. a restored backup: every view reloads


@dataclass(frozen=True)
class Changes:
    """Kinds changed, and the case and family ids touched.

    ``all_cases`` is True when a change could not be tied to a case (a bulk statement, a restore): a
    view of any case must then consider itself concerned.
    """

    kinds: frozenset[ChangeKind] = frozenset()
    case_ids: frozenset[int] = frozenset()
    family_ids: frozenset[int] = frozenset()
    all_cases: bool = False

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset({ChangeKind.EVERYTHING}), all_cases=True)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, *kinds: ChangeKind) -> bool:
        """Any of ``kinds`` changed (a restore touches every kind)."""
        return ChangeKind.EVERYTHING in self.kinds or not self.kinds.isdisjoint(kinds)

    def touches_case(self, case_id: int, *kinds: ChangeKind) -> bool:
        """Any of ``kinds`` (all kinds when none given) changed for ``case_id``."""
        if kinds and not self.touches(*kinds):
            return False
        return bool(self.kinds) and (self.all_cases or case_id in self.case_ids)

    def merged(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.case_ids | other.case_ids, self.family_ids | other.family_ids,
                       self.all_cases or other.all_cases)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A command's answer: what the service returned and what it changed."""

    value: T
    changes: Changes = field(default_factory=Changes)


class ChangeCollector:
    """Gathers the changes of the units of work committed during one command."""

    def __init__(self) -> None:
        self.changes = Changes()

    def add(self, kinds: Iterable[ChangeKind], case_ids: Iterable[int] = (), family_ids: Iterable[int] = (),
            *, all_cases: bool = False) -> None:
        self.changes = self.changes.merged(Changes(frozenset(kinds), frozenset(case_ids), frozenset(family_ids),
                                                   all_cases))


_collector: contextvars.ContextVar[ChangeCollector | None] = contextvars.ContextVar("changes", default=None)


def current_collector() -> ChangeCollector | None:
    """The collector of the command running in this thread/context, if any."""
    return _collector.get()


def note_change(kind: ChangeKind, case_ids: Iterable[int] = (), family_ids: Iterable[int] = (), *,
                all_cases: bool = False) -> None:
    """Adds a change the unit of work cannot see (e.g. a file outside the database); no-op outside a command."""
    collector = _collector.get()
    if collector is not None:
        collector.add((kind,), case_ids, family_ids, all_cases=all_cases)


def run_command(call: Callable[[], T]) -> Outcome[T]:
    """Runs ``call`` (a service call) and answers with its value and everything its units of work committed."""
    collector = ChangeCollector()
    token = _collector.set(collector)
    try:
        value = call()
    finally:
        _collector.reset(token)
    return Outcome(value, collector.changes)
