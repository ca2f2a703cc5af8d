"""Read side of the family plan: plan, goal and action DTOs with their SMART flags."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.plan_fields import SAFETY_TEXT_FIELDS, ActionInput, ActionProgress, GoalInput, PlanTexts, columns
from app.smart import ActionFlag, GoalFlag, PlanFlag, action_flags, goal_flags, plan_flags
from models.family import full_name
from models import Action, Case, FamilyPlan, Goal, LifeDomain, NetworkMember, Person, Worker
from models.enums import ActionOwner, Actor, CaseStatus, GoalStatus, PlanStatus

PLAN_TEXT_FIELDS = columns(PlanTexts)
# A plan version's content as printed and agreed: what its content digest covers. A new version copies
# the goals' and actions' content.
PLAN_CONTENT_FIELDS = (*PLAN_TEXT_FIELDS, "plan_date", "evaluation_interval_weeks")
GOAL_CONTENT_FIELDS = ("lineage", "position", *columns(GoalInput))
ACTION_CONTENT_FIELDS = ("position", *columns(ActionInput), *columns(ActionProgress))


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str


@dataclass(frozen=True)
class ActionDTO:
    id: int
    goal_id: int
    position: int
    what: str
    owner: ActionOwner
    owner_person_id: int | None
    owner_network_member_id: int | None
    owner_worker_id: int | None
    owner_text: str | None
    owner_name: str  # display name of whoever carries it out, whatever the kind
    due_date: date | None
    done: bool
    done_on: date | None
    version: int
    flags: tuple[ActionFlag, ...]


@dataclass(frozen=True)
class GoalDTO:
    id: int
    plan_id: int
    lineage: str  # the same goal across plan versions
    position: int
    life_domain_id: int
    life_domain_name: str
    persons: tuple[PersonRef, ...]  # the family members the goal concerns
    description: str
    success_criterion: str
    target_date: date | None
    actor: Actor | None
    actor_detail: str | None
    network_member_id: int | None
    network_member_name: str | None
    score_start: int | None
    score_target: int | None
    status: GoalStatus
    safety_goal: bool
    version: int
    actions: tuple[ActionDTO, ...]
    flags: tuple[GoalFlag, ...]

    @property
    def person_ids(self) -> tuple[int, ...]:
        return tuple(p.id for p in self.persons)

    @property
    def person_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.persons)


@dataclass(frozen=True)
class DomainGoals:
    life_domain_id: int
    life_domain_name: str
    goals: tuple[GoalDTO, ...]


@dataclass(frozen=True)
class ActorCount:
    """Who does what: goals per actor (``None`` = nobody named yet)."""

    actor: Actor | None
    goals: int


@dataclass(frozen=True)
class PlanDTO:
    id: int
    case_id: int
    family_id: int
    version_no: int
    status: PlanStatus
    editable: bool  # a draft of an open case
    plan_date: date
    request_for_help: str
    concerns: str
    strengths: str
    desired_future: str
    agreements: str
    safety_worries: str
    safety_working_well: str
    safety_next_steps: str
    agreed_on: date | None
    agreed_with: str | None
    evaluation_interval_weeks: int
    author_id: int
    author_name: str
    version: int
    goals: tuple[GoalDTO, ...]
    flags: tuple[PlanFlag, ...]
    content_digest: str  # names exactly this content; agreeing requires it (see :func:`plan_digest`)

    def goal(self, goal_id: int) -> GoalDTO | None:
        return next((g for g in self.goals if g.id == goal_id), None)

    @property
    def has_safety_plan(self) -> bool:
        """Whether the plan has a safety part (any of its three texts filled in)."""
        return any(getattr(self, name).strip() for name in SAFETY_TEXT_FIELDS)

    @property
    def content_code(self) -> str:
        return content_code(self.content_digest)

    @property
    def goals_by_domain(self) -> tuple[DomainGoals, ...]:
        return goals_by_domain(self.goals)

    @property
    def who_does_what(self) -> tuple[ActorCount, ...]:
        return who_does_what(self.goals)


@dataclass(frozen=True)
class PlanVersionRow:
    id: int
    version_no: int
    status: PlanStatus
    plan_date: date
    agreed_on: date | None
    agreed_with: str | None
    author_name: str


@dataclass(frozen=True)
class LifeDomainRow:
    id: int
    code: str
    name: str


def goals_by_domain(goals: tuple[GoalDTO, ...]) -> tuple[DomainGoals, ...]:
    """Goals grouped by life domain, domains in order of their first goal."""
    groups: dict[int, list[GoalDTO]] = {}
    for g in goals:
        groups.setdefault(g.life_domain_id, []).append(g)
    return tuple(DomainGoals(gs[0].life_domain_id, gs[0].life_domain_name, tuple(gs)) for gs in groups.values())


def who_does_what(goals: tuple[GoalDTO, ...]) -> tuple[ActorCount, ...]:
    """Goal counts per actor, from lightest help (family) to heaviest (provider); unnamed last."""
    counts = Counter(g.actor for g in goals)
    order = [*Actor, None]
    return tuple(ActorCount(a, counts[a]) for a in order if counts[a])


def load_plan_tree(session: Session, plan_id: int) -> FamilyPlan | None:
    return session.scalars(
        select(FamilyPlan).where(FamilyPlan.id == plan_id).options(
            selectinload(FamilyPlan.goals).options(
                selectinload(Goal.actions), selectinload(Goal.concerns_persons), selectinload(Goal.life_domain)))
    ).one_or_none()


@dataclass(frozen=True)
class Names:
    """Display names for the people a plan refers to, by id."""

    persons: dict[int, str]
    network: dict[int, str]
    workers: dict[int, str]

    def owner(self, a: Action) -> str:
        if a.owner is ActionOwner.MEMBER:
            return self.persons.get(a.owner_person_id, "?")
        if a.owner is ActionOwner.NETWORK:
            return self.network.get(a.owner_network_member_id, "?")
        if a.owner is ActionOwner.WORKER:
            return self.workers.get(a.owner_worker_id, "?")
        return a.owner_text or ""


def family_names(session: Session, family_id: int, worker_ids: set[int]) -> Names:
    """The names of a family's members and network and of the given workers, fetched once per plan."""
    persons = {pid: full_name(*parts) for pid, *parts in session.execute(
        select(Person.id, Person.first_name, Person.surname_prefix, Person.surname)
        .where(Person.family_id == family_id))}  # columns, not entities
    network = dict(session.execute(
        select(NetworkMember.id, NetworkMember.name).where(NetworkMember.family_id == family_id)).all())
    workers = dict(session.execute(select(Worker.id, Worker.name).where(Worker.id.in_(worker_ids))).all()) \
        if worker_ids else {}
    return Names(persons, network, workers)


def action_dto(a: Action, goal_target: date | None, names: Names, today: date) -> ActionDTO:
    return ActionDTO(
        id=a.id, goal_id=a.goal_id, position=a.position, what=a.what, owner=a.owner,
        owner_person_id=a.owner_person_id, owner_network_member_id=a.owner_network_member_id,
        owner_worker_id=a.owner_worker_id, owner_text=a.owner_text, owner_name=names.owner(a),
        due_date=a.due_date, done=a.done, done_on=a.done_on, version=a.version,
        flags=action_flags(a, goal_target, today),
    )


def _goal_dto(g: Goal, names: Names, today: date) -> GoalDTO:
    persons = sorted((PersonRef(gp.person_id, names.persons.get(gp.person_id, "?")) for gp in g.concerns_persons),
                     key=lambda p: p.name)
    return GoalDTO(
        id=g.id, plan_id=g.plan_id, lineage=g.lineage, position=g.position, life_domain_id=g.life_domain_id,
        life_domain_name=g.life_domain.name, persons=tuple(persons), description=g.description,
        success_criterion=g.success_criterion, target_date=g.target_date, actor=g.actor,
        actor_detail=g.actor_detail, network_member_id=g.network_member_id,
        network_member_name=names.network.get(g.network_member_id) if g.network_member_id else None,
        score_start=g.score_start, score_target=g.score_target, status=g.status, safety_goal=g.safety_goal,
        version=g.version,
        actions=tuple(action_dto(a, g.target_date, names, today) for a in g.actions),
        flags=goal_flags(g, today),
    )


def _canonical(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    return value.isoformat() if isinstance(value, date) else value


def plan_digest(plan: FamilyPlan) -> str:
    """SHA-256 over the plan's texts and schedule, its goals with the persons they concern, and their
    actions, in id order.

    The plan's version rises only when the plan row itself changes; goals, persons and actions are rows of
    their own, changed by colleagues or plain SQL. Agreeing compares this digest of the stored rows with
    the one the worker was shown, so whatever changed below the plan refuses the agreement.
    """
    def record(row: object, fields: tuple[str, ...]) -> dict:
        return {name: _canonical(getattr(row, name)) for name in fields}

    content = {
        "plan": record(plan, PLAN_CONTENT_FIELDS),
        "goals": [{**record(g, GOAL_CONTENT_FIELDS), "id": g.id,
                   "persons": sorted(gp.person_id for gp in g.concerns_persons),
                   "actions": [{**record(a, ACTION_CONTENT_FIELDS), "id": a.id}
                               for a in sorted(g.actions, key=lambda a: a.id)]}
                  for g in sorted(plan.goals, key=lambda g: g.id)],
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def content_code(digest: str) -> str:
    """The digest's first 8 characters, "1A2B-3C4D": printed on every page of the plan and shown when
    agreeing, so the worker can see that the plan being agreed is the one the family signed on paper."""
    return f"{digest[:4]}-{digest[4:8]}".upper()


def _names_for(session: Session, family_id: int, goals: list[Goal]) -> Names:
    worker_ids = {a.owner_worker_id for g in goals for a in g.actions if a.owner_worker_id is not None}
    return family_names(session, family_id, worker_ids)


def goal_dto(session: Session, goal: Goal, family_id: int, today: date) -> GoalDTO:
    return _goal_dto(goal, _names_for(session, family_id, [goal]), today)


def single_action_dto(session: Session, action: Action, family_id: int, today: date) -> ActionDTO:
    names = family_names(session, family_id, {action.owner_worker_id} if action.owner_worker_id else set())
    return action_dto(action, action.goal.target_date, names, today)


def plan_dto(session: Session, plan: FamilyPlan, today: date) -> PlanDTO:
    family_id, case_status = session.execute(
        select(Case.family_id, Case.status).where(Case.id == plan.case_id)).one()
    names = _names_for(session, family_id, plan.goals)
    goals = tuple(_goal_dto(g, names, today) for g in plan.goals)
    author = session.get(Worker, plan.author_id)
    return PlanDTO(
        id=plan.id, case_id=plan.case_id, family_id=family_id, version_no=plan.version_no, status=plan.status,
        editable=plan.status is PlanStatus.DRAFT and case_status is not CaseStatus.CLOSED,
        plan_date=plan.plan_date, request_for_help=plan.request_for_help, concerns=plan.concerns,
        strengths=plan.strengths, desired_future=plan.desired_future, agreements=plan.agreements,
        safety_worries=plan.safety_worries, safety_working_well=plan.safety_working_well,
        safety_next_steps=plan.safety_next_steps,
        agreed_on=plan.agreed_on, agreed_with=plan.agreed_with,
        evaluation_interval_weeks=plan.evaluation_interval_weeks, author_id=plan.author_id,
        author_name=author.name if author else "?", version=plan.version, goals=goals, flags=plan_flags(goals),
        content_digest=plan_digest(plan),
    )


def current_plan_id(session: Session, case_id: int) -> int | None:
    """The version being worked with: the draft if one exists, else the agreed one."""
    rows = dict(session.execute(select(FamilyPlan.status, FamilyPlan.id).where(
        FamilyPlan.case_id == case_id, FamilyPlan.status != PlanStatus.SUPERSEDED)).all())
    return rows.get(PlanStatus.DRAFT, rows.get(PlanStatus.AGREED))


def plan_version_rows(session: Session, case_id: int) -> list[PlanVersionRow]:
    """All versions of a case's plan, newest first."""
    rows = session.execute(
        select(FamilyPlan.id, FamilyPlan.version_no, FamilyPlan.status, FamilyPlan.plan_date, FamilyPlan.agreed_on,
               FamilyPlan.agreed_with, Worker.name)
        .join(Worker, Worker.id == FamilyPlan.author_id)
        .where(FamilyPlan.case_id == case_id).order_by(FamilyPlan.version_no.desc()))
    return [PlanVersionRow(*r) for r in rows]


def life_domain_rows(session: Session) -> list[LifeDomainRow]:
    rows = session.execute(select(LifeDomain.id, LifeDomain.code, LifeDomain.name)
                           .where(LifeDomain.active.is_(True)).order_by(LifeDomain.position, LifeDomain.name))
    return [LifeDomainRow(*r) for r in rows]
