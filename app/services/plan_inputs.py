"""Input values for goals and actions, and their validation against the family they belong to."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from datetime import date

from sqlalchemy import bindparam, case, literal_column, null, select, union_all
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.plan_fields import ActionInput, GoalInput, columns
from app.services.cases import team_colleague
from app.validation import FieldErrors
from models import Family, GoalPerson, LifeDomain, NetworkMember, Person
from models.family import full_name
from models.enums import ActionOwner, Actor

__all__ = ["ActionInput", "GoalInput", "SCORE_MAX", "SCORE_MIN", "TEXT_MAX", "GoalRefs", "goal_refs", "validate_action", "validate_goal"]

TEXT_MAX = 4000
SCORE_MIN, SCORE_MAX = 0, 10


def _family_ids(session: Session, model, family_id: int) -> set[int]:
    return set(session.scalars(select(model.id).where(model.family_id == family_id)))


def score_field(errors: FieldErrors, field: str, value: int | None) -> None:
    """A score is optional; when given, a whole number from SCORE_MIN to SCORE_MAX."""
    errors.whole_number(field, value, SCORE_MIN, SCORE_MAX,
                        message=QT_TRANSLATE_NOOP("Errors", "Give a score from {low} to {high}."))


@dataclass(frozen=True)
class GoalRefs:
    """What a goal refers to, read in one query (:func:`goal_refs`): the family's members and network by
    name, the chosen life domain, and the persons a stored goal concerns now."""

    persons: dict[int, str]
    network: dict[int, str]
    domain_name: str | None  # None: no such domain
    domain_active: bool
    current_persons: frozenset[int]


_PERSON, _NETWORK, _DOMAIN, _OLD_DOMAIN, _CONCERNED = range(5)


@cache
def _refs_query(with_domain: bool, with_goal: bool):
    """Built once per shape: a statement's cache key is then computed once, not at every save."""
    none = null()
    parts = [
        select(Person.id, literal_column(str(_PERSON)), Person.first_name, Person.surname_prefix, Person.surname)
        .where(Person.family_id == bindparam("family_id")),
        select(NetworkMember.id, literal_column(str(_NETWORK)), NetworkMember.name, none, none)
        .where(NetworkMember.family_id == bindparam("family_id")),
    ]
    if with_domain:
        kind = case((LifeDomain.active, literal_column(str(_DOMAIN))), else_=literal_column(str(_OLD_DOMAIN)))
        parts.append(select(LifeDomain.id, kind, LifeDomain.name, none, none)
                     .where(LifeDomain.id == bindparam("domain_id")))
    if with_goal:
        parts.append(select(GoalPerson.person_id, literal_column(str(_CONCERNED)), none, none, none)
                     .where(GoalPerson.goal_id == bindparam("goal_id")))
    return union_all(*parts)


def goal_refs(session: Session, family_id: int, life_domain_id: int | None, goal_id: int | None = None) -> GoalRefs:
    query = _refs_query(life_domain_id is not None, goal_id is not None)
    params = {"family_id": family_id, "domain_id": life_domain_id, "goal_id": goal_id}
    persons, network, domain, concerned = {}, {}, (None, False), set()
    for ref_id, kind, a, b, c in session.connection().execute(query, params):
        if kind == _PERSON:
            persons[ref_id] = full_name(a, b, c)
        elif kind == _NETWORK:
            network[ref_id] = a
        elif kind == _CONCERNED:
            concerned.add(ref_id)
        else:
            domain = (a, kind == _DOMAIN)
    return GoalRefs(persons, network, *domain, frozenset(concerned))


def validate_goal(errors: FieldErrors, data: GoalInput, refs: GoalRefs, *, plan_date: date,
                  old_target: date | None = None, old_domain_id: int | None = None) -> dict:
    """Checked column values for a goal. A target date before the plan date is refused only when it
    is set or changed: goals copied into a newer version keep their original target date, and so does a
    life domain that has since been retired."""
    errors.days(data)
    description = errors.required("description", data.description, TEXT_MAX, multiline=True)
    criterion = errors.optional("success_criterion", data.success_criterion, TEXT_MAX, multiline=True) or ""
    actor_detail = errors.optional("actor_detail", data.actor_detail, 200)
    if data.life_domain_id is None or (data.life_domain_id != old_domain_id and not refs.domain_active):
        errors.add("life_domain_id", QT_TRANSLATE_NOOP("Errors", "Choose a life domain."))
    if not set(data.person_ids) <= refs.persons.keys():
        errors.add("person_ids", QT_TRANSLATE_NOOP("Errors", "Choose members of this family."))
    if data.network_member_id is not None:
        if data.actor is not Actor.NETWORK:
            errors.add("network_member_id", QT_TRANSLATE_NOOP(
                "Errors", "A network member can only be chosen when the network acts."))
        elif data.network_member_id not in refs.network:
            errors.add("network_member_id", QT_TRANSLATE_NOOP("Errors", "Choose someone from this family's network."))
    if data.target_date is not None and data.target_date != old_target and data.target_date < plan_date:
        errors.add("target_date", QT_TRANSLATE_NOOP("Errors", "The target date is before the plan date."))
    score_field(errors, "score_start", data.score_start)
    score_field(errors, "score_target", data.score_target)
    return {**{name: getattr(data, name) for name in columns(GoalInput)},
            "description": description, "success_criterion": criterion, "actor_detail": actor_detail}


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
