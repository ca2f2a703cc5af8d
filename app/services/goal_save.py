"""Saving a goal: the hot path of plan work, in as few statements as the checks allow.

One read brings the goal with its plan, case and actions (the plan row locked where the database can),
one the family's names and the goal's references; then the UPDATE (the optimistic lock in its WHERE),
any change of the persons it concerns, and the access-log entry. The returned goal is built from the
values just written, not read back.
"""
from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from app.access import check_team
from app.audit import log_access
from app.context import ServiceContext
from app.change_tracking import record_write
from app.changes import ChangeKind
from app.errors import ConcurrencyConflict, NotFound
from app.plan_fields import columns
from app.queries.plans import GoalDTO, Names, PersonRef, action_dto
from app.services import plan_access as access
from app.services.plan_inputs import GoalInput, goal_refs, validate_goal
from app.smart import goal_flags
from app.validation import FieldErrors
from models import Action, Case, FamilyPlan, Goal, GoalPerson, Worker
from models.enums import AuditEvent

_HEAD = (Goal.version.label("goal_version"), Goal.plan_id, Goal.lineage, Goal.position.label("goal_position"),
         Goal.target_date.label("goal_target"), Goal.life_domain_id.label("goal_domain"),
         FamilyPlan.status.label("plan_status"), FamilyPlan.plan_date, Case.id.label("case_id"), Case.team_id,
         Case.family_id, Case.status.label("case_status"))
_ACTION = (Action.id, Action.goal_id, Action.position, Action.what, Action.owner, Action.owner_person_id,
           Action.owner_network_member_id, Action.owner_worker_id, Action.owner_text, Action.due_date, Action.done,
           Action.done_on, Action.version, Worker.name.label("worker_name"))
_GOAL_WITH_ACTIONS = (
    select(*_HEAD, *_ACTION).select_from(Goal)
    .join(FamilyPlan, FamilyPlan.id == Goal.plan_id).join(Case, Case.id == FamilyPlan.case_id)
    .outerjoin(Action, Action.goal_id == Goal.id).outerjoin(Worker, Worker.id == Action.owner_worker_id)
    .where(Goal.id == bindparam("goal_id")).order_by(Action.position, Action.id).with_for_update(of=FamilyPlan)
)
_GOAL = Goal.__table__.c
_SAVE = (update(Goal.__table__).where(_GOAL.id == bindparam("goal_id"), _GOAL.version == bindparam("expected"))
         .values(version=bindparam("new_version"), **{name: bindparam(f"v_{name}") for name in columns(GoalInput)}))
_PERSONS_GONE = delete(GoalPerson.__table__).where(GoalPerson.goal_id == bindparam("goal_id"),
                                                   GoalPerson.person_id.in_(bindparam("gone", expanding=True)))


def update_goal(ctx: ServiceContext, goal_id: int, expected_version: int, data: GoalInput) -> GoalDTO:
    ctx.require_user()
    today = ctx.clock.today()
    with ctx.uow() as uow:
        s = uow.session
        db = s.connection()  # Core on the session's connection: no ORM work for these few statements
        rows = db.execute(_GOAL_WITH_ACTIONS, {"goal_id": goal_id}).all()
        if not rows:
            raise NotFound()
        head = rows[0]
        check_team(s, head.team_id, "case", head.case_id, family_id=head.family_id)
        if head.goal_version != expected_version:
            raise ConcurrencyConflict(current=access.current_goal(s, goal_id, today))
        access.require_draft(head.case_status, head.plan_status)
        refs = goal_refs(s, head.family_id, data.life_domain_id, goal_id)
        errors = FieldErrors()
        values = validate_goal(errors, data, refs, plan_date=head.plan_date, old_target=head.goal_target,
                               old_domain_id=head.goal_domain)
        errors.raise_if_any()
        written = db.execute(_SAVE, {"goal_id": goal_id, "expected": expected_version,
                                     "new_version": expected_version + 1,
                                     **{f"v_{name}": value for name, value in values.items()}})
        if written.rowcount != 1:
            raise ConcurrencyConflict(current=access.current_goal(s, goal_id, today))
        _set_persons(db, goal_id, refs.current_persons, list(dict.fromkeys(data.person_ids)))
        record_write(s, ChangeKind.GOAL, case_id=head.case_id, family_id=head.family_id)
        log_access(s, ctx, AuditEvent.UPDATE, "goal", goal_id, family_id=head.family_id, case_id=head.case_id)
        dto = _saved_goal(goal_id, head, rows, values, data, refs, expected_version + 1, today)
        uow.commit()
        return dto


def _set_persons(db: Connection, goal_id: int, current: frozenset[int], wanted: list[int]) -> None:
    """Only what changed: an unchanged person is not deleted and inserted again (the change log would say so)."""
    gone = current.difference(wanted)
    if gone:
        db.execute(_PERSONS_GONE, {"goal_id": goal_id, "gone": sorted(gone)})
    new = [{"goal_id": goal_id, "person_id": pid} for pid in wanted if pid not in current]
    if new:
        db.execute(insert(GoalPerson.__table__), new)


def _saved_goal(goal_id, head, rows, values: dict, data: GoalInput, refs, version: int, today) -> GoalDTO:
    target = values["target_date"]
    names = Names(refs.persons, refs.network, {r.owner_worker_id: r.worker_name for r in rows if r.owner_worker_id})
    persons = sorted((PersonRef(pid, refs.persons.get(pid, "?")) for pid in dict.fromkeys(data.person_ids)),
                     key=lambda p: p.name)
    network_id = values["network_member_id"]
    return GoalDTO(
        id=goal_id, plan_id=head.plan_id, lineage=head.lineage, position=head.goal_position,
        life_domain_name=refs.domain_name, persons=tuple(persons),
        network_member_name=refs.network.get(network_id) if network_id else None, version=version,
        actions=tuple(action_dto(r, target, names, today) for r in rows if r.id is not None),
        flags=goal_flags(SimpleNamespace(**values), today), **values,
    )
