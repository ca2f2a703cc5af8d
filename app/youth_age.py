"""Help under the Jeugdwet ends at 18 unless it is extended (verlengde jeugdhulp, at most until 23).

Pure rules, shared by the involvement form (a warning at the planned end, before saving) and the
service (the refusal of extended care past the 23rd birthday):

- help for named young persons, not extended: a warning for each of them who is 18 on or before the
  planned end (also one who is 18 already);
- help for named young persons, extended care: a refusal for each of them whose 23rd birthday lies
  before the planned end;
- help for the family as a whole: a warning for each young person of the family who turns 18 in the
  period (from the start, or the referral while there is none, to the planned end) - or, with extended
  care, who turns 23 in it. Family-wide help is never refused for one child's age: it goes on for
  the others.

Without a planned end nothing is said: the end of the help is not known yet.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

ADULT_AGE = 18
EXTENDED_CARE_UNTIL = 23


@dataclass(frozen=True)
class YoungPerson:
    id: int
    name: str
    date_of_birth: date


@dataclass(frozen=True)
class AgeLimit:
    """``name`` is ``age`` on ``on``; ``refused``: the planned end is not allowed (extended care past 23)."""

    person_id: int
    name: str
    age: int
    on: date
    refused: bool


def birthday(born: date, years: int) -> date:
    """The day one is ``years`` old (born on 29 February: 1 March in a year without one, as ``age_on``)."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return date(born.year + years, 3, 1)


def age_limits(persons: Sequence[YoungPerson], for_ids: Collection[int], begins: date | None,
               planned_end: date | None, extended: bool) -> list[AgeLimit]:
    """What the form says at the planned end about the young persons the help is for (``for_ids``; empty:
    the family as a whole, every one of ``persons``); ``begins`` is the start or else the referral date."""
    if planned_end is None:
        return []
    limits = []
    named = bool(for_ids)
    for person in persons:
        if named and person.id not in for_ids:
            continue
        age = EXTENDED_CARE_UNTIL if extended else ADULT_AGE
        day = birthday(person.date_of_birth, age)
        if named and extended:
            if day < planned_end:
                limits.append(AgeLimit(person.id, person.name, age, day, True))
        elif named:
            if day <= planned_end:
                limits.append(AgeLimit(person.id, person.name, age, day, False))
        elif (begins is None or begins <= day) and day <= planned_end:
            limits.append(AgeLimit(person.id, person.name, age, day, False))
    return sorted(limits, key=lambda limit: (limit.on, limit.name))
