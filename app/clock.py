"""Injectable time: services ask the clock, tests freeze it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...
    def today(self) -> date: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def today(self) -> date:
        return date.today()


@dataclass
class FixedClock:
    """A clock that stands still until moved; for tests and demo data."""

    day: date
    at: time = time(12)  # the time of day now() says (UTC); tests of hour-counted items move it

    def now(self) -> datetime:
        return datetime.combine(self.day, self.at, tzinfo=timezone.utc)

    def today(self) -> date:
        return self.day
