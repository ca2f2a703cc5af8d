"""Read side of "who looked at my file" (NEN 7513; AVG art. 15): the access-log entries about a family,
or about one of its members, with who acted (name, function, team), on whose behalf, and from where.

For a person, the report holds what concerns their file: a person's file lies within the family's
file, so every entry about the family's file as a whole (opening the case, the family plan, the
journal, the help, the consent register...) counts, and so do the entries that name the person's own
records (their details, their consents, goals that concern them, agreements they carry out). Left out
are entries that name only another member's own records (that member's details, consents, goals that
concern only others, agreements another member carries out). An entry whose record no longer exists
is kept unless it names another person.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit_detail import describe
from models import (
    AccessLogEntry, Action, Case, Consent, Family, FamilyPlan, Goal, GoalPerson, Person, Team, Worker, WorkerTeam,
)
from models.enums import AuditEvent, AuditOutcome, Role
from models.family import full_name


@dataclass(frozen=True)
class ReportEntry:
    occurred_at: datetime  # as stored (UTC); app/audit_words.local() shows it on the Dutch clock
    event: AuditEvent
    outcome: AuditOutcome
    username: str
    worker_name: str | None  # None: not a worker (the database's owner)
    worker_role: Role | None
    worker_team: str | None  # the family's team when they belong to it, else one of theirs
    on_behalf_of: str | None  # the name (or, unknown, the username) of the worker acted for
    object_type: str
    object_id: int | None
    workstation: str | None
    detail_code: str | None
    detail: str  # the detail in words (app/audit_detail.describe)


@dataclass(frozen=True)
class AccessReport:
    made_at: datetime
    family_id: int
    family_name: str
    team: str
    person_id: int | None   # None: the report of the whole family
    person_name: str | None
    persons: dict[int, str]  # the family's members by id, to name them in the sentences
    entries: tuple[ReportEntry, ...]  # oldest first
    complete: bool  # False: the reader may read only part of the log (a worker on the central database)


def access_report(s: Session, family_id: int, person_id: int | None, made_at: datetime, *,
                  complete: bool = True) -> AccessReport:
    family_name, team_id, team = s.execute(select(Family.name, Family.team_id, Team.name)
                                           .join(Team, Team.id == Family.team_id)
                                           .where(Family.id == family_id)).one()
    persons = {r.id: full_name(r.first_name, r.surname_prefix, r.surname) for r in s.execute(
        select(Person.id, Person.first_name, Person.surname_prefix, Person.surname)
        .where(Person.family_id == family_id).order_by(Person.id))}
    entries = report_entries(s, family_id, person_id, team_id)
    return AccessReport(made_at, family_id, family_name, team, person_id,
                        persons.get(person_id) if person_id is not None else None, persons, entries, complete)


def report_entries(s: Session, family_id: int, person_id: int | None, team_id: int | None = None
                   ) -> tuple[ReportEntry, ...]:
    """The entries about the family's file, or about the person's (see the module's docstring), oldest first;
    a worker is shown with the family's team (``team_id``) when they belong to it."""
    if team_id is None:
        team_id = s.scalar(select(Family.team_id).where(Family.id == family_id))
    rows = s.execute(select(
        AccessLogEntry.occurred_at, AccessLogEntry.event, AccessLogEntry.outcome, AccessLogEntry.username,
        AccessLogEntry.worker_id, AccessLogEntry.on_behalf_of, AccessLogEntry.object_type, AccessLogEntry.object_id,
        AccessLogEntry.workstation, AccessLogEntry.detail_code, AccessLogEntry.detail_args, AccessLogEntry.detail)
        .where(AccessLogEntry.family_id == family_id)
        .order_by(AccessLogEntry.occurred_at, AccessLogEntry.id)).all()
    if person_id is not None:
        others = _others_records(s, family_id, person_id)
        rows = [r for r in rows if r.object_id is None or r.object_id not in others.get(r.object_type, ())]
    workers = _workers(s, {r.worker_id for r in rows if r.worker_id is not None}, team_id)
    names = names_of_usernames(s, {r.on_behalf_of for r in rows if r.on_behalf_of})
    return tuple(ReportEntry(
        r.occurred_at, r.event, r.outcome, r.username, *workers.get(r.worker_id, (None, None, None)),
        names.get(r.on_behalf_of, r.on_behalf_of) if r.on_behalf_of else None, r.object_type, r.object_id,
        r.workstation, r.detail_code, describe(r.detail_code, r.detail_args, r.detail)) for r in rows)


def _others_records(s: Session, family_id: int, person_id: int) -> dict[str, set[int]]:
    """Per object type, the ids of records that belong to other members only (see the module's docstring)."""
    case_ids = select(Case.id).where(Case.family_id == family_id).scalar_subquery()
    others: dict[str, set[int]] = {
        "person": set(s.scalars(select(Person.id).where(Person.family_id == family_id, Person.id != person_id))),
        "consent": set(s.scalars(select(Consent.id).where(Consent.family_id == family_id,
                                                           Consent.person_id != person_id))),
        "action": set(s.scalars(select(Action.id).join(Goal, Goal.id == Action.goal_id)
                                .join(FamilyPlan, FamilyPlan.id == Goal.plan_id)
                                .where(FamilyPlan.case_id.in_(case_ids), Action.owner_person_id.is_not(None),
                                       Action.owner_person_id != person_id))),
    }
    linked: dict[int, set[int]] = {}
    for goal_id, linked_person in s.execute(select(GoalPerson.goal_id, GoalPerson.person_id)
                                            .join(Goal, Goal.id == GoalPerson.goal_id)
                                            .join(FamilyPlan, FamilyPlan.id == Goal.plan_id)
                                            .where(FamilyPlan.case_id.in_(case_ids))):
        linked.setdefault(goal_id, set()).add(linked_person)
    owners = {goal_id for goal_id, in s.execute(select(Action.goal_id).where(Action.owner_person_id == person_id))}
    others["goal"] = {g for g, people in linked.items() if person_id not in people and g not in owners}
    # Removed members are gone from the person table; an entry about them names someone else.
    others["person"] |= {i for i, in s.execute(select(AccessLogEntry.object_id).where(
        AccessLogEntry.family_id == family_id, AccessLogEntry.object_type == "person",
        AccessLogEntry.object_id.is_not(None), AccessLogEntry.object_id != person_id).distinct())}
    return others


def names_of_usernames(s: Session, usernames: set[str]) -> dict[str, str]:
    """Per username: the worker's name (a username no worker has is left out; callers show it as it is)."""
    if not usernames:
        return {}
    return dict(s.execute(select(Worker.username, Worker.name).where(Worker.username.in_(usernames))).all())


def _workers(s: Session, ids: set[int], team_id: int) -> dict[int, tuple[str, Role, str | None]]:
    """Per worker id: name, role and the team to show (the family's, if they are in it)."""
    if not ids:
        return {}
    teams: dict[int, list[tuple[int, str]]] = {}
    for worker_id, tid, name in s.execute(select(WorkerTeam.worker_id, Team.id, Team.name)
                                          .join(Team, Team.id == WorkerTeam.team_id)
                                          .where(WorkerTeam.worker_id.in_(ids)).order_by(Team.name)):
        teams.setdefault(worker_id, []).append((tid, name))

    def shown(worker_id: int) -> str | None:
        mine = teams.get(worker_id, [])
        return next((n for t, n in mine if t == team_id), mine[0][1] if mine else None)

    return {r.id: (r.name, r.role, shown(r.id)) for r in s.execute(
        select(Worker.id, Worker.name, Worker.role).where(Worker.id.in_(ids)))}
