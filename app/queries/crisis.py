"""Crises of a case (danger to life or immediate physical danger): the open one, and what is due about them.

A crisis is followed up within 24 hours of its start (counted in hours) and is temporary: four weeks
after the start the worker ends it or converts it into regular help.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from models import Crisis, Worker
from models.enums import CrisisOutcome, CrisisStart

FOLLOW_UP_WITHIN = timedelta(hours=24)
REVIEW_AFTER = timedelta(days=28)
HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class CrisisDTO:
    id: int
    case_id: int
    family_id: int
    started_at: datetime
    started_by: CrisisStart
    involvement_id: int | None
    marked_by: str | None
    followed_up_at: datetime | None
    followed_up_by: str | None
    ended_on: date | None
    outcome: CrisisOutcome | None
    note: str | None
    version: int

    @property
    def open(self) -> bool:
        return self.ended_on is None

    def follow_up_due(self) -> datetime:
        return self.started_at + FOLLOW_UP_WITHIN

    def hours_since_start(self, now: datetime) -> int:
        """Whole hours since the start (0 in the first hour)."""
        return max(0, (now - self.started_at) // HOUR)


def hours_until(due_at: datetime, now: datetime) -> int:
    """Whole hours until ``due_at``: a part-hour ahead counts as an hour (``nog 1 uur`` at 23:59), a
    part-hour past not (``0 uur te laat`` at 24:00, -1 at 25:00); negative when past."""
    return -((now - due_at) // HOUR)


def crisis_dto(crisis: Crisis, marked_by: str | None = None, followed_up_by: str | None = None) -> CrisisDTO:
    return CrisisDTO(crisis.id, crisis.case_id, crisis.family_id, crisis.started_at, crisis.started_by,
                     crisis.involvement_id, marked_by, crisis.followed_up_at, followed_up_by, crisis.ended_on,
                     crisis.outcome, crisis.note, crisis.version)


def open_crisis(session: Session, case_id: int) -> CrisisDTO | None:
    """The case's open crisis, with the workers' names, or None."""
    return _crisis(session, Crisis.case_id == case_id, Crisis.ended_on.is_(None))


def crisis_by_id(session: Session, crisis_id: int) -> CrisisDTO | None:
    return _crisis(session, Crisis.id == crisis_id)


def _crisis(session: Session, *where) -> CrisisDTO | None:
    marker, follower = aliased(Worker), aliased(Worker)
    row = session.execute(
        select(Crisis, marker.name, follower.name)
        .outerjoin(marker, marker.id == Crisis.marked_by_id)
        .outerjoin(follower, follower.id == Crisis.followed_up_by_id).where(*where)).first()
    return None if row is None else crisis_dto(*row)


def open_crises(session: Session, case_ids: Collection[int] | Select) -> list[tuple[int, int, datetime, bool]]:
    """The open crises of the cases as (case_id, crisis id, started_at, followed up)."""
    return [(case_id, crisis_id, started, followed is not None) for case_id, crisis_id, started, followed
            in session.execute(select(Crisis.case_id, Crisis.id, Crisis.started_at, Crisis.followed_up_at)
                               .where(Crisis.case_id.in_(case_ids), Crisis.ended_on.is_(None)))]
