"""Input values for goals and actions, and their validation against the family they belong to."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.queries.plans import ActionDTO, GoalDTO
from app.services.cases import team_colleague
from app.validation import FieldErrors
from models import Family, LifeDomain, NetworkMember, Person
from models.enums import ActionOwner, Actor, GoalStatus

TEXT_MAX = 4000
SCORE_MIN, SCORE_MAX = 0, 10


@dataclass(frozen=True)
class GoalInput:
    life_domain_id: int | None
    description: str
    person_ids: tuple[int, ...] = ()
    success_criterion: str = ""
    target_date: date | None = None
    actor: Actor | None = None
    actor_detail: str | None = None
    network_member_id: int | None = None  # the network member who acts (with actor NETWORK)
    score_start: int | None = None
    score_target: int | None = None
    status: GoalStatus = GoalStatus.OPEN

    @classmethod
    def from_dto(cls, g: GoalDTO) -> GoalInput:
        """The goal's current values, to prefill an edit form."""
        return cls(g.life_domain_id, g.description, g.person_ids, g.success_criterion, g.target_date, g.actor,
                   g.actor_detail, g.network_member_id, g.score_start, g.score_target, g.status)


@dataclass(frozen=True)
class ActionInput:
    """Who carries the action out depends on ``owner``: a member, a network member, a colleague,
    or (provider / other) a free text. References not belonging to the chosen kind are ignored."""

    what: str
    owner: ActionOwner
    owner_person_id: int | None = None
    owner_network_member_id: int | None = None
    owner_worker_id: int | None = None
    owner_text: str | None = None
    due_date: date | None = None

    @classmethod
    def from_dto(cls, a: ActionDTO) -> ActionInput:
        return cls(a.what, a.owner, a.owner_person_id, a.owner_network_member_id, a.owner_worker_id, a.owner_text,
                   a.due_date)


def _family_ids(session: Session, model, family_id: int) -> set[int]:
    return set(session.scalars(select(model.id).where(model.family_id == family_id)))


def score_field(errors: FieldErrors, field: str, value: int | None) -> None:
    """A score is optional; when given, a whole number from SCORE_MIN to SCORE_MAX."""
    errors.whole_number(field, value, SCORE_MIN, SCORE_MAX,
                        message=QT_TRANSLATE_NOOP("Errors", "Give a score from {low} to {high}."))


def validate_goal(errors: FieldErrors, session: Session, data: GoalInput, *, family_id: int, plan_date: date,
                  old_target: date | None = None, old_domain_id: int | None = None) -> dict:
    """Checked column values for a goal. A target date before the plan date is refused only when it
    is set or changed: goals copied into a newer version keep their original target date."""
    errors.days(data)
    description = errors.required("description", data.description, TEXT_MAX, multiline=True)
    criterion = errors.optional("success_criterion", data.success_criterion, TEXT_MAX, multiline=True) or ""
    actor_detail = errors.optional("actor_detail", data.actor_detail, 200)
    if data.life_domain_id is None:
        errors.add("life_domain_id", QT_TRANSLATE_NOOP("Errors", "Choose a life domain."))
    elif data.life_domain_id != old_domain_id:
        domain = session.get(LifeDomain, data.life_domain_id)
        if domain is None or not domain.active:
            errors.add("life_domain_id", QT_TRANSLATE_NOOP("Errors", "Choose a life domain."))
    if not set(data.person_ids) <= _family_ids(session, Person, family_id):
        errors.add("person_ids", QT_TRANSLATE_NOOP("Errors", "Choose members of this family."))
    if data.network_member_id is not None:
        if data.actor is not Actor.NETWORK:
            errors.add("network_member_id", QT_TRANSLATE_NOOP(
                "Errors", "A network member can only be chosen when the network acts."))
        elif data.network_member_id not in _family_ids(session, NetworkMember, family_id):
            errors.add("network_member_id", QT_TRANSLATE_NOOP("Errors", "Choose someone from this family's network."))
    if data.target_date is not None and data.target_date != old_target and data.target_date < plan_date:
        errors.add("target_date", QT_TRANSLATE_NOOP("Errors", "The target date is before the plan date."))
    score_field(errors, "score_start", data.score_start)
    score_field(errors, "score_target", data.score_target)
    return dict(
        life_domain_id=data.life_domain_id, description=description, success_criterion=criterion,
        target_date=data.target_date, actor=data.actor, actor_detail=actor_detail,
        network_member_id=data.network_member_id, score_start=data.score_start, score_target=data.score_target,
        status=data.status,
    )


def validate_action(errors: FieldErrors, session: Session, data: ActionInput, *, family_id: int,
                    old_worker_id: int | None = None) -> dict:
    """Checked column values for an action; only the reference matching the owner kind is kept.
    The owner is an active colleague of the family's team; one who has since left (or moved) may stay
    on an action they already had."""
    errors.days(data)
    values = dict(what=errors.required("what", data.what, TEXT_MAX, multiline=True), owner=data.owner,
                  owner_person_id=None, owner_network_member_id=None, owner_worker_id=None, owner_text=None,
                  due_date=data.due_date)
    if data.owner is ActionOwner.MEMBER:
        if data.owner_person_id not in _family_ids(session, Person, family_id):
            errors.add("owner_person_id", QT_TRANSLATE_NOOP("Errors", "Choose a member of this family."))
        values["owner_person_id"] = data.owner_person_id
    elif data.owner is ActionOwner.NETWORK:
        if data.owner_network_member_id not in _family_ids(session, NetworkMember, family_id):
            errors.add("owner_network_member_id",
                       QT_TRANSLATE_NOOP("Errors", "Choose someone from this family's network."))
        values["owner_network_member_id"] = data.owner_network_member_id
    elif data.owner is ActionOwner.WORKER:
        team_id = session.get(Family, family_id).team_id
        kept = old_worker_id is not None and data.owner_worker_id == old_worker_id
        if not kept and team_colleague(session, data.owner_worker_id, team_id) is None:
            errors.add("owner_worker_id", QT_TRANSLATE_NOOP("Errors", "Choose an active colleague."))
        values["owner_worker_id"] = data.owner_worker_id
    else:
        values["owner_text"] = errors.required("owner_text", data.owner_text, 200)
    return values
