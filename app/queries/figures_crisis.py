"""Crisis figures (Rapportages) for a period and a team: the crises started in the period [start, end]
(both days included, by the UTC day of ``started_at``), with the same team filter as the other figures.

- ``started``: crises started in the period.
- ``duration``: of those, the ones ended (any time up to now): ``ended_on`` minus the day of the start,
  in days - count, mean and median; ``still_open``: those not ended, counted separately.
- ``followed_up_in_time``: of those started, the ones followed up within 24 hours of the start
  (``followed_up_at - started_at <= 24 h``); the share is over all started (a crisis not followed up
  counts as not in time).
- ``outcomes``: of those ended, the count per outcome (what followed).

Counts only: no names, no case ids. Crises are few, so the handful of columns is read and summed here.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from statistics import mean
from statistics import median as median_of

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.crisis import FOLLOW_UP_WITHIN
from app.queries.figures_providers import share
from app.queries.figures_sql import in_teams
from models import Crisis
from models.enums import CrisisOutcome


@dataclass(frozen=True)
class CrisisFigures:
    started: int
    ended: int                 # of the crises started in the period, those ended
    mean_days: float | None    # their duration, start to end
    median_days: float | None
    still_open: int
    followed_up_in_time: int
    outcomes: tuple[tuple[CrisisOutcome, int], ...]  # every outcome, in the list's order

    @property
    def followed_up_share(self) -> float | None:
        return share(self.followed_up_in_time, self.started)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=timezone.utc)


def crisis_figures(session: Session, start: date, end: date, team_ids) -> CrisisFigures:
    rows = session.execute(in_teams(
        select(Crisis.started_at, Crisis.followed_up_at, Crisis.ended_on, Crisis.outcome)
        .where(Crisis.started_at >= _midnight(start), Crisis.started_at < _midnight(end + timedelta(days=1))),
        team_ids, Crisis.case_id)).all()
    days = [(ended - started.date()).days for started, _f, ended, _o in rows if ended is not None]
    in_time = sum(1 for started, followed, _e, _o in rows
                  if followed is not None and followed - started <= FOLLOW_UP_WITHIN)
    outcomes = tuple((o, sum(1 for *_r, outcome in rows if outcome is o)) for o in CrisisOutcome)
    return CrisisFigures(
        started=len(rows),
        ended=len(days), mean_days=float(mean(days)) if days else None,
        median_days=float(median_of(days)) if days else None,
        still_open=len(rows) - len(days), followed_up_in_time=in_time, outcomes=outcomes)
