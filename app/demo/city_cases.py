"""Case histories for the city-size demo as plain values: when a case opened, became active, went to
waakvlam, closed or was reopened, who directed it and what changed (no database)."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.services.waakvlam import add_months
from models.enums import CaseStatus, CloseReason, DirectionMode, PriorityReason

HISTORY_DAYS = 6 * 365
WAAKVLAM_MONTHS = 6
# Kinds of the open case a family has today, and of a family's closed cases.
OPEN_KINDS = {"intake": 9, "active": 70, "waakvlam": 13, "reopened_closed": 5, "reopened_waakvlam": 3}
CLOSED_KINDS = {"closed": 80, "closed_intake": 8, "closed_waakvlam": 12}
CLOSE_REASONS = {CloseReason.GOALS_REACHED: 50, CloseReason.HANDED_OVER: 12, CloseReason.MOVED: 10,
                 CloseReason.FAMILY_DECLINED: 10, CloseReason.NO_HELP_NEEDED: 10, CloseReason.OTHER: 8}
PRIORITY_REASONS = {PriorityReason.SAFETY: 35, PriorityReason.SEVERAL_PROVIDERS: 20, PriorityReason.CRISIS: 10,
                    PriorityReason.LONG_RUNNING: 15, PriorityReason.MANY_EXTENSIONS: 10, PriorityReason.OTHER: 10}
DIRECTION_MODES = {DirectionMode.SOCIAL_TEAM: 75, DirectionMode.SAMENREGIE: 17, DirectionMode.ELSEWHERE: 8}
TRANSFER_SHARE = 0.08
PRIORITY_SHARE = 0.10


def pick(rng: random.Random, weights: dict):
    return rng.choices(tuple(weights), weights=tuple(weights.values()))[0]


@dataclass
class WaakvlamSpec:
    start: date
    end: date
    status: str             # active, ended, reopened
    ended_on: date | None


@dataclass
class CaseSpec:
    """One case's history; ``periods`` are the spans of active help (a reopened case has two)."""

    kind: str
    opened: date
    status: CaseStatus
    active: date | None = None
    periods: list[tuple[date, date]] = field(default_factory=list)
    ongoing: bool = False                # the last period runs until today
    closed: date | None = None
    close_reason: CloseReason | None = None
    waakvlam: WaakvlamSpec | None = None
    first_closed: date | None = None     # a case reopened after closing: when it closed
    reopened: date | None = None
    reopen_from: CaseStatus | None = None
    transfer_on: date | None = None
    priority_on: date | None = None
    priority_reason: PriorityReason | None = None
    direction_mode: DirectionMode = DirectionMode.SOCIAL_TEAM
    id: int = 0
    team_id: int = 0
    director: int = 0
    first_director: int | None = None    # before a transfer

    last_day: date | None = None         # the day it closed, or today for an open case

    def director_on(self, day: date) -> int:
        if self.first_director and self.transfer_on and day < self.transfer_on:
            return self.first_director
        return self.director


class Timelines:
    """Draws case histories over the last six years, relative to ``today``."""

    def __init__(self, rng: random.Random, today: date):
        self.rng, self.today = rng, today
        self.earliest = today - timedelta(days=HISTORY_DAYS)

    def _r(self, lo: int, hi: int) -> timedelta:
        return timedelta(days=self.rng.randint(lo, hi))

    def open_case(self) -> CaseSpec:
        kind, today, r = pick(self.rng, OPEN_KINDS), self.today, self._r
        if kind == "intake":
            return self._finish(CaseSpec(kind, today - r(0, 28), CaseStatus.INTAKE))
        if kind == "active":
            opened = today - r(21, 900)
            active = min(opened + r(7, 20), today - timedelta(days=1))
            return self._finish(CaseSpec(kind, opened, CaseStatus.ACTIVE, active, [(active, today)], True))
        if kind == "waakvlam":
            start = today - r(5, 175)
            active = start - r(90, 450)
            spec = CaseSpec(kind, active - r(7, 35), CaseStatus.WAAKVLAM, active, [(active, start)])
            spec.waakvlam = WaakvlamSpec(start, add_months(start, WAAKVLAM_MONTHS), "active", None)
            return self._finish(spec)
        reopened = today - r(14, 330)
        if kind == "reopened_closed":  # back within a year of closing: recurrence
            closed = reopened - r(30, 360)
            active = closed - r(90, 400)
            spec = CaseSpec(kind, active - r(7, 35), CaseStatus.ACTIVE, active, [(active, closed), (reopened, today)],
                            True, reopened=reopened, reopen_from=CaseStatus.CLOSED)
            spec.close_reason = CloseReason.GOALS_REACHED  # the first closing's reason (kept in the events)
            spec.first_closed = closed
            return self._finish(spec)
        start = reopened - r(30, 150)
        active = start - r(90, 400)
        spec = CaseSpec(kind, active - r(7, 35), CaseStatus.ACTIVE, active, [(active, start), (reopened, today)],
                        True, reopened=reopened, reopen_from=CaseStatus.WAAKVLAM)
        spec.waakvlam = WaakvlamSpec(start, add_months(start, WAAKVLAM_MONTHS), "reopened", reopened)
        return self._finish(spec)

    def closed_case(self, before: date | None = None) -> CaseSpec | None:
        """A case closed before ``before`` (default: yesterday); None when there is no room for one."""
        kind, r = pick(self.rng, CLOSED_KINDS), self._r
        limit = (before - timedelta(days=30)) if before else self.today - timedelta(days=1)
        to_active = r(7, 35)
        help_ = r(60, 540) if kind != "closed_intake" else timedelta(0)
        wv = timedelta(days=185) if kind == "closed_waakvlam" else timedelta(0)
        total = (r(10, 45) if kind == "closed_intake" else to_active + help_) + wv
        room = (limit - total - self.earliest).days
        if room < 0:
            return None
        opened = limit - total - timedelta(days=self.rng.randint(0, room))
        if kind == "closed_intake":
            closed = opened + total
            spec = CaseSpec(kind, opened, CaseStatus.CLOSED, closed=closed,
                            close_reason=self.rng.choice((CloseReason.NO_HELP_NEEDED, CloseReason.FAMILY_DECLINED)))
            return self._finish(spec)
        active = opened + to_active
        end = active + help_
        spec = CaseSpec(kind, opened, CaseStatus.CLOSED, active, [(active, end)])
        if kind == "closed_waakvlam":
            wv_end = add_months(end, WAAKVLAM_MONTHS)
            spec.waakvlam = WaakvlamSpec(end, wv_end, "ended", wv_end)
            spec.closed, spec.close_reason = wv_end, CloseReason.WAAKVLAM_ENDED
        else:
            spec.closed, spec.close_reason = end, pick(self.rng, CLOSE_REASONS)
        return self._finish(spec)

    def _finish(self, spec: CaseSpec) -> CaseSpec:
        rng = self.rng
        spec.direction_mode = pick(rng, DIRECTION_MODES)
        spec.last_day = spec.closed or self.today
        if spec.active is not None:
            last = spec.closed or (spec.waakvlam.start if spec.waakvlam and spec.status is CaseStatus.WAAKVLAM
                                   else self.today)
            span = max(1, (last - spec.active).days)
            if rng.random() < TRANSFER_SHARE and span > 10:
                spec.transfer_on = spec.active + timedelta(days=rng.randint(1, span - 1))
            share = PRIORITY_SHARE if spec.status is not CaseStatus.CLOSED else PRIORITY_SHARE / 2
            if rng.random() < share:
                spec.priority_on = spec.active + timedelta(days=rng.randint(0, span - 1))
                spec.priority_reason = pick(rng, PRIORITY_REASONS)
        return spec
