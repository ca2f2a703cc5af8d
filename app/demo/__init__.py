"""Demo data: realistic Dutch social-team families, the same for the same seed and database.

``fill_demo`` adds families to any database (embedded or central). Intake and case transitions go
through the real services; network, plans and journal are written in one transaction. Dates are
relative to the services' clock, so the demo always looks current. Filling again adds new families
(the seed is combined with the number already there) and reuses the teams, colleagues and local worker.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.bootstrap import Services
from app.demo.staff import DEMO_WORKER, ensure_staff
from models import Family, LifeDomain, Person
from models.enums import AuditEvent, CaseStatus

if TYPE_CHECKING:
    from app.demo.care import CareSummary
    from app.demo.stories import Story

__all__ = ["CITY_THRESHOLD", "DEFAULT_FAMILIES", "DEFAULT_SEED", "DEMO_WORKER", "MAX_FAMILIES", "DemoSummary", "family_count",
           "fill_demo"]

DEFAULT_FAMILIES = 40
DEFAULT_SEED = 2026
MAX_FAMILIES = 200_000  # the most `gezinsregie demo` makes; above CITY_THRESHOLD it fills in bulk (fill_city)
CITY_THRESHOLD = 500  # fill_demo (through the services, about 40 families a second) makes at most this many


@dataclass(frozen=True)
class DemoSummary:
    families: int
    by_status: dict[CaseStatus, int]
    local_worker: str
    directed_by_local_worker: int
    care: CareSummary | None = None


def family_count(services: Services) -> int:
    with services.ctx.uow() as uow:
        return uow.session.scalar(select(func.count(Family.id))) or 0


def fill_demo(services: Services, families: int = DEFAULT_FAMILIES, *, seed: int = DEFAULT_SEED) -> DemoSummary:
    """Adds ``families`` demo families; the app then opens as the local worker (Sanne de Vries by default)."""
    # here, not at the top: the app's start reads this package's constants, not the stories' machinery
    from app.demo.accounts import add_accounts
    from app.demo.care import ActiveCase, add_care
    from app.demo.cases import CaseRunner
    from app.demo.content import ContentWriter
    from app.demo.extensions import add_extensions
    from app.demo.privacy import add_privacy
    from app.demo.safety import add_safety
    from app.demo.stories import TRANSFERRED, StoryMaker, case_kinds

    if not 1 <= families <= CITY_THRESHOLD:
        raise ValueError(f"families must be between 1 and {CITY_THRESHOLD}; more is fill_city's work")
    ctx = services.ctx
    clock, today = ctx.clock, ctx.clock.today()
    staff = ensure_staff(services)
    with ctx.uow() as uow:
        existing = uow.session.scalar(select(func.count(Family.id))) or 0
        taken_bsns = set(uow.session.scalars(select(Person.bsn).where(Person.bsn.is_not(None))))
        domains = dict(uow.session.execute(select(LifeDomain.code, LifeDomain.id)).all())
    rng = random.Random(f"{seed}:{existing}")
    maker = StoryMaker(rng, today, taken_bsns)
    stories = []
    for index, kind in enumerate(case_kinds(rng, families)):
        director, team, region = staff.director_for(index)
        story = maker.make(index, kind, region, director, team)
        if kind == TRANSFERRED:
            story.first_director_id = staff.colleague_of(director, team)
        stories.append(story)
    runner = CaseRunner(services, staff)
    try:
        for story in stories:
            runner.run(story)
    finally:
        ctx.clock, ctx.user = clock, staff.local
    with ctx.uow() as uow:
        writer = ContentWriter(uow.session, rng, today, domains, staff.supervisor_id)
        for story in stories:
            writer.write(story)
            log_access(uow.session, ctx, AuditEvent.CREATE, "demo_data", family_id=story.family_id,
                       case_id=story.case_id, detail=detail(DetailCode.DEMO_FAMILY))
        uow.commit()
    active = [ActiveCase(s.case_id, s.director_id, s.timeline.opened) for s in stories
              if _status(s) is CaseStatus.ACTIVE]
    try:
        care = add_care(services, active, rng, today, staff.users)
        add_extensions(services, staff, today)
        open_cases = [(s.family_id, s.case_id, s.director_id, s.timeline.opened) for s in stories
                      if _status(s) is not CaseStatus.CLOSED]
        add_privacy(services, open_cases, rng, today, staff.users, staff.local)
        add_accounts(services, staff, [(c.case_id, c.director_id) for c in active], today)
        add_safety(services, [c for c in open_cases if c[1] in {a.case_id for a in active}], today, staff.users)
    finally:
        ctx.clock, ctx.user = clock, staff.local
    statuses = Counter(_status(s) for s in stories)
    if care.waakvlams:
        statuses[CaseStatus.ACTIVE] -= care.waakvlams
        statuses[CaseStatus.WAAKVLAM] = care.waakvlams
    return DemoSummary(families, dict(statuses), staff.local.name,
                       sum(1 for s in stories if s.director_id == staff.local.worker_id), care)


def _status(story: Story) -> CaseStatus:
    t = story.timeline
    if t.closed is not None and t.reopened is None:
        return CaseStatus.CLOSED
    return CaseStatus.INTAKE if t.active is None else CaseStatus.ACTIVE
