"""Small portable SQL pieces for the management figures: days between two dates, a median, the team filter.

SQLite keeps dates as ISO text and subtracts them with ``julianday()``; PostgreSQL subtracts ``date``
values directly (the result is a whole number of days). Both are compiled from one expression.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, Select, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from models import Case, Family


class days_between(FunctionElement):  # noqa: N801 - reads like the SQL function it stands for
    """``later - earlier`` in whole days."""

    type = Integer()
    inherit_cache = True
    name = "days_between"


@compiles(days_between)
def _days_between_sqlite(element, compiler, **kw) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_between_postgresql(element, compiler, **kw) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"({later} - {earlier})"


def as_float(value) -> float | None:
    """An average as a float (PostgreSQL returns a Decimal, SQLite a float; None stays None)."""
    return None if value is None else float(value)


def median(session: Session, values: Select, count: int) -> float | None:
    """The median of the one-column ``values`` with ``count`` rows: the middle one or two, read by
    ORDER BY with an offset, so no row list comes into Python."""
    if count <= 0:
        return None
    column = values.subquery().c[0]
    middle = session.scalars(select(column).order_by(column).offset((count - 1) // 2)
                             .limit(1 if count % 2 else 2)).all()
    return sum(middle) / len(middle) if middle else None


def in_period(column, start: date, end: date):
    """``column`` within [start, end], both days included."""
    return column.between(start, end)


@dataclass(frozen=True)
class CaseScope:
    """The cases the figures count: of these teams (None: every team) and, when given, only those of
    families living in the municipality with this CBS code (``Family.municipality_code``)."""

    team_ids: frozenset[int] | None
    municipality_code: str | None = None


def in_teams(query: Select, team_ids: frozenset[int] | CaseScope | None, case_id=None) -> Select:
    """Limits ``query`` to the cases of the given teams (None: every team), or of a :class:`CaseScope`.
    With ``case_id`` (the query's column holding the case) ``case_file`` is joined here, and only when
    there is a filter: region-wide figures then skip a lookup per row."""
    code = None
    if isinstance(team_ids, CaseScope):
        team_ids, code = team_ids.team_ids, team_ids.municipality_code
    if team_ids is None and code is None:
        return query
    if case_id is not None:
        query = query.join(Case, Case.id == case_id)
    if team_ids is not None:
        query = query.where(Case.team_id.in_(team_ids))
    if code is not None:
        query = query.where(Case.family_id.in_(select(Family.id).where(Family.municipality_code == code)))
    return query


def count_of(value) -> int:
    return int(value or 0)

