"""City-size demo data: tens of thousands of families in minutes, written in bulk.

``fill_city`` makes the same kind of families as ``fill_demo`` (app/demo/__init__.py) - households,
network, plan texts from the same themes - but over six years of a whole region: about forty teams
with realistic caseloads, closed and reopened cases, plan versions, providers with their waiting
times, evaluations every few months and waakvlams. It does not go through the services: rows are
computed in memory (ids included) and written with SQLAlchemy Core in batches, a few large
transactions in all; every CHECK constraint and unique index of the models holds. On PostgreSQL
the sequences are moved past the new ids afterwards, so normal work goes on as usual. It runs as
the schema owner (row-level security does not apply to the owner).
"""
from __future__ import annotations

import random
from collections.abc import Callable

from sqlalchemy import func, select

from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.bootstrap import Services
from app.demo import CITY_THRESHOLD, DEFAULT_SEED, MAX_FAMILIES, DemoSummary
from app.demo.care import CareSummary
from app.demo.city_bulk import BulkWriter
from app.demo.city_org import OrgBuilder
from app.demo.city_rows import BsnPool, FamilyRows
from app.demo.staff import ensure_staff
from models import Family, LifeDomain, Person
from models.enums import AuditEvent

__all__ = ["CITY_THRESHOLD", "Progress", "fill_city"]

FAMILIES_PER_FLUSH = 1_000    # rows of (at most) this many families are written at a time
FAMILIES_PER_COMMIT = 25_000  # and committed: a few large transactions

Progress = Callable[[int, int], None]  # (families done, families in all)


def fill_city(services: Services, families: int, *, seed: int = DEFAULT_SEED,
              progress: Progress | None = None) -> DemoSummary:
    """Adds ``families`` families with six years of history; the same seed and database give the same data."""
    if not 1 <= families <= MAX_FAMILIES:
        raise ValueError(f"families must be between 1 and {MAX_FAMILIES}")
    report = progress or (lambda done, total: None)
    ctx = services.ctx
    today = ctx.clock.today()
    staff = ensure_staff(services)  # the demo's own people, through the services; signs in as the local worker
    with services.engine.connect() as conn:
        existing = conn.scalar(select(func.count(Family.id))) or 0
        rng = random.Random(f"city:{seed}:{existing}")
        writer = BulkWriter(conn)
        taken = set(conn.scalars(select(Person.bsn).where(Person.bsn.is_not(None))))
        domains = dict(conn.execute(select(LifeDomain.code, LifeDomain.id)).all())
        try:
            org = OrgBuilder(writer, random.Random(f"city-org:{seed}"), ctx.clock.now()).build(staff, families)
            writer.commit()
            maker = FamilyRows(writer, org, rng, today, BsnPool(rng, taken), families, domains, existing)
            order: list[tuple[int, int] | None] = [*org.slots, *([None] * (families - len(org.slots)))]
            rng.shuffle(order)
            every = max(100, min(FAMILIES_PER_FLUSH, families // 20))
            report(0, families)
            for index, slot in enumerate(order, start=1):
                maker.add(index - 1, slot)
                if index % every == 0 or index == families:
                    writer.commit() if index % FAMILIES_PER_COMMIT == 0 else writer.flush()
                    report(index, families)
        except BaseException:  # Ctrl+C too: what was committed must not leave the sequences behind
            writer.abandon()
            raise
        writer.finish()
    ctx.user = staff.local
    with ctx.uow() as uow:
        log_access(uow.session, ctx, AuditEvent.CREATE, "demo_data",
                   detail=detail(DetailCode.CITY_DEMO, families=families))
        uow.commit()
    care = maker.care
    return DemoSummary(families, dict(maker.statuses), org.local_name, maker.local_open,
                       CareSummary(care.involvements, care.evaluations, care.waakvlams))
