"""Row locks for invariants that span rows: a family keeps at least one member, one open case per family,
one plan per case, no help running during a waakvlam.

A check such as "is there another member?" followed by a write holds only if nobody writes in between.
Each such check first locks the one parent row the invariant belongs to (``SELECT ... FOR UPDATE``) for the
rest of the transaction: a second transaction checking the same invariant waits, then counts what the
first committed - on PostgreSQL, where every statement in READ COMMITTED sees the latest commits. On
SQLite ``FOR UPDATE`` is not rendered; there every unit of work begins with ``BEGIN IMMEDIATE``
(app/storage/db.py), so the whole transaction already holds the database's single write lock.
Where the database can say it by itself, it does too (partial unique indexes: one open case per
family, one draft and one agreed plan per case, one active waakvlam); the lock makes the second of two
racing calls get the clear message instead of a constraint error.

Count with a fresh query after locking: objects loaded before the lock may hold older values
(:func:`lock_case` reads the case again).
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Case, Family


def lock_family(session: Session, family_id: int) -> None:
    session.execute(select(Family.id).where(Family.id == family_id).with_for_update())


def lock_case(session: Session, case: Case) -> None:
    """Locks the case row and reads it again: its status and version as committed by now."""
    session.refresh(case, with_for_update=True)
