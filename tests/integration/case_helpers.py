"""Builders for the case-direction tests, all through the services: a family, goals, a colleague."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from datetime import date

from sqlalchemy import select

from app.audit_detail import describe
from app.bootstrap import open_database
from app.services.families import IntakeInput, IntakeResult, MemberInput
from app.services.plan_inputs import GoalInput
from models import AccessLogEntry
from models.enums import Actor, MemberRole


def intake_family(services, surname: str = "Öztürk") -> IntakeResult:
    """Ayşe (parent, with authority), Zoë (11, with BSN) and Daan (8)."""
    user = services.ctx.user
    return services.families.intake(IntakeInput(
        family_name=f"Familie {surname}",
        members=[
            MemberInput(MemberRole.PARENT, "Ayşe", surname, date(1988, 6, 12), parental_authority=True),
            MemberInput(MemberRole.YOUNG_PERSON, "Zoë", surname, date(2015, 3, 1), bsn="123456782"),
            MemberInput(MemberRole.YOUNG_PERSON, "Daan", surname, date(2018, 9, 30)),
        ],
        team_id=next(iter(user.team_ids)), director_id=user.worker_id,
        street="Dijk 12", postcode="1501ab", city="Zaandam", municipality_code="0479",
    ))


def member_id(services, family_id: int, first_name: str) -> int:
    return next(m.id for m in services.members.family_detail(family_id).members if m.first_name == first_name)


def domain_id(services, code: str = "huiselijke_relaties") -> int:
    return next(d.id for d in services.plans.life_domains() if d.code == code)


def smart_goal(domain: int, **changes) -> GoalInput:
    """A goal with nothing missing: criterion, target date, the family acting."""
    goal = GoalInput(
        life_domain_id=domain, description="Zoë gaat elke schooldag naar school",
        success_criterion="Aanwezigheid boven 95% volgens de school", target_date=date(2027, 3, 1),
        actor=Actor.FAMILY, actor_detail="Ayşe brengt haar", score_start=3, score_target=8,
    )
    return replace(goal, **changes)


def detail_text(entry: AccessLogEntry) -> str:
    """An entry's detail as the access-log views show it (in Dutch)."""
    return describe(entry.detail_code, entry.detail_args, entry.detail)


def log_entries(services, **where) -> list[AccessLogEntry]:
    with services.ctx.uow() as uow:
        q = select(AccessLogEntry).order_by(AccessLogEntry.id)
        for name, value in where.items():
            q = q.where(getattr(AccessLogEntry, name) == value)
        return list(uow.session.scalars(q))


@contextmanager
def colleague_services(db_path, clock, name: str = "Mohamed El Amrani"):
    """A second worker on the same database file, with their own engine and sessions."""
    svc = open_database(db_path, clock=clock)
    svc.workers.register_local_worker(name, "Wijkteam Noord")
    try:
        yield svc
    finally:
        svc.close()
