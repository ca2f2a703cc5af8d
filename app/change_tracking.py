"""The unit of work's eyes: which kinds of record a flush wrote, and for which cases and families.

Registered once on SQLAlchemy's ``Session``; it only looks when a command collects changes (see
:mod:`app.changes`), and it never sends SQL: a parent it needs (a goal's plan, say) is taken from the
session's identity map, and when it is not there the change counts for every case.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.orm.util import identity_key

from app.changes import ChangeKind, current_collector
from models import (
    Action, Aftercare, Case, CaseEvent, Consent, Crisis, Evaluation, EvaluationGoal, Family, FamilyPlan, Goal,
    GoalPerson, Involvement, InvolvementExtension, InvolvementGoal, InvolvementPerson, JournalEntry, LifeDomain,
    LocalSetting, NetworkMember,
    OwnStatement, Person, Product, ProtectionMeasure, Provider, Segment, SharingRecord, Team, TeamMunicipality,
    TextCorrection, TransitionPlan, Waakvlam, WaakvlamContact, Worker, WorkerTeam,
    ImprovementStep, ProviderSignal, ProviderSignalCase,
)

KINDS: dict[type, ChangeKind] = {
    Family: ChangeKind.FAMILY, Person: ChangeKind.MEMBER, NetworkMember: ChangeKind.MEMBER,
    Case: ChangeKind.CASE, CaseEvent: ChangeKind.CASE, FamilyPlan: ChangeKind.PLAN,
    Goal: ChangeKind.GOAL, GoalPerson: ChangeKind.GOAL, Action: ChangeKind.ACTION,
    Evaluation: ChangeKind.EVALUATION, EvaluationGoal: ChangeKind.EVALUATION,
    Involvement: ChangeKind.INVOLVEMENT, InvolvementGoal: ChangeKind.INVOLVEMENT,
    InvolvementPerson: ChangeKind.INVOLVEMENT, InvolvementExtension: ChangeKind.INVOLVEMENT,
    Waakvlam: ChangeKind.WAAKVLAM, WaakvlamContact: ChangeKind.WAAKVLAM, JournalEntry: ChangeKind.JOURNAL,
    Consent: ChangeKind.CONSENT, SharingRecord: ChangeKind.CONSENT, OwnStatement: ChangeKind.STATEMENT,
    TextCorrection: ChangeKind.STATEMENT, ProtectionMeasure: ChangeKind.PROTECTION,
    Aftercare: ChangeKind.INVOLVEMENT, TransitionPlan: ChangeKind.TRANSITION, Crisis: ChangeKind.CASE,
    Provider: ChangeKind.PROVIDER, Product: ChangeKind.PROVIDER, Segment: ChangeKind.PROVIDER,
    ProviderSignal: ChangeKind.PROVIDER, ImprovementStep: ChangeKind.PROVIDER,
    ProviderSignalCase: ChangeKind.INVOLVEMENT,
    Worker: ChangeKind.WORKER, Team: ChangeKind.WORKER, WorkerTeam: ChangeKind.WORKER,
    TeamMunicipality: ChangeKind.WORKER,
    LifeDomain: ChangeKind.SETTINGS, LocalSetting: ChangeKind.SETTINGS,
}
KINDS_BY_TABLE = {cls.__table__.name: kind for cls, kind in KINDS.items()}
PARENTS: dict[type, tuple[str, type]] = {  # records without a case_id: where their case is found
    Goal: ("plan_id", FamilyPlan), GoalPerson: ("goal_id", Goal), Action: ("goal_id", Goal),
    InvolvementGoal: ("involvement_id", Involvement),
    InvolvementPerson: ("involvement_id", Involvement), EvaluationGoal: ("evaluation_id", Evaluation),
    WaakvlamContact: ("waakvlam_id", Waakvlam),
}
PENDING = "pending_changes"


@dataclass
class PendingChanges:
    """Changes flushed in this unit of work, handed to the command's collector when it commits."""

    kinds: set[ChangeKind] = field(default_factory=set)
    case_ids: set[int] = field(default_factory=set)
    family_ids: set[int] = field(default_factory=set)
    all_cases: bool = False

    def hand_over(self) -> None:
        collector = current_collector()
        if collector is not None and self.kinds:
            collector.add(self.kinds, self.case_ids, self.family_ids, all_cases=self.all_cases)
        self.__init__()


def start_tracking(session: Session) -> None:
    """Called by the unit of work: look at this session's flushes when a command collects changes."""
    if current_collector() is not None:
        session.info[PENDING] = PendingChanges()


def record_write(session: Session, kind: ChangeKind, *, case_id: int | None, family_id: int | None) -> None:
    """A write sent as Core on the session's connection (no flush sees it): counted when the unit of work commits."""
    pending: PendingChanges | None = session.info.get(PENDING)
    if pending is None:
        return
    pending.kinds.add(kind)
    if family_id is not None:
        pending.family_ids.add(family_id)
    if case_id is None:
        pending.all_cases = True
    else:
        pending.case_ids.add(case_id)


def _case_of(session: Session, obj: object) -> int | None:
    for _ in range(4):  # action -> goal -> plan -> case at most
        case_id = getattr(obj, "case_id", None)
        if case_id is not None or isinstance(obj, Case):
            return obj.id if isinstance(obj, Case) else case_id
        parent = PARENTS.get(type(obj))
        if parent is None:
            return None
        attribute, parent_class = parent
        obj = session.identity_map.get(identity_key(parent_class, getattr(obj, attribute)))
        if obj is None:
            return None
    return None


@event.listens_for(Session, "after_flush")
def _on_after_flush(session: Session, _context: object) -> None:
    pending: PendingChanges | None = session.info.get(PENDING)
    if pending is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        kind = KINDS.get(type(obj))
        if kind is None:  # the audit tables
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        pending.kinds.add(kind)
        family_id = obj.id if isinstance(obj, Family) else getattr(obj, "family_id", None)
        if family_id is not None:
            pending.family_ids.add(family_id)
        case_id = _case_of(session, obj)
        if case_id is not None:
            pending.case_ids.add(case_id)
        elif kind not in (ChangeKind.FAMILY, ChangeKind.MEMBER, ChangeKind.CONSENT, ChangeKind.PROVIDER,
                          ChangeKind.WORKER, ChangeKind.SETTINGS):
            pending.all_cases = True


@event.listens_for(Session, "do_orm_execute")
def _on_do_orm_execute(state: ORMExecuteState) -> None:
    """A bulk insert/update/delete: its kind from the table, for every case (ids are not known here)."""
    pending: PendingChanges | None = state.session.info.get(PENDING)
    if pending is None or not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    kind = KINDS_BY_TABLE.get(getattr(table, "name", None))
    if kind is not None:
        pending.kinds.add(kind)
        pending.all_cases = True
