"""Which tables hold a family's file, found from the models' metadata - never a hand-written list.

A table belongs to the file when a chain of foreign keys leads from it to ``family``: the members,
network, cases and consents, and everything under them (plans, goals, actions, journal, evaluations,
involvements, waakvlam, and any table a later revision adds with such a key). The logs name families
by a plain id without a foreign key (``access_log``, ``change_log``) and so does the record of a
destruction: they are not part of the file and outlive it.

Used by the retention query (the file's last change, app/queries/retention.py) and by destruction
(app/services/retention.py); PostgreSQL's destruction function derives the same set from the
database's own catalogue (migration 0020), so tables added after it are covered there too.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import ColumnElement, DateTime, ForeignKey, MetaData, Table, false, or_, select

from models import Base

ROOT = "family"
# Name a family by a plain id (no foreign key) and hold no content: kept when a file is destroyed.
NOT_THE_FILE = frozenset({"access_log", "change_log", "destruction_request"})
# Column names that say a row is about a family, a case or a person: every table having one must be
# reachable by foreign keys (or be one of NOT_THE_FILE) - tests/integration/test_destruction.py checks.
FAMILY_KEYS = frozenset({"family_id", "case_id", "person_id"})


@dataclass(frozen=True)
class FileTable:
    table: Table
    depth: int  # the longest chain of foreign keys from the family (the family itself: 0)
    parents: tuple[ForeignKey, ...]  # its foreign keys to other tables of the file
    cascades_from_family: bool  # a direct child of the family removed with it (ON DELETE CASCADE)


@cache
def file_tables(metadata: MetaData = Base.metadata) -> tuple[FileTable, ...]:
    """Every table of a family's file, children before parents (the order to delete in)."""
    tables = metadata.tables
    depth: dict[str, int] = {ROOT: 0}
    changed = True
    while changed:  # longest path over a DAG: relax until stable (the graph is small)
        changed = False
        for table in tables.values():
            for fk in table.foreign_keys:
                parent = fk.column.table.name
                if parent in depth and parent != table.name and depth.get(table.name, -1) < depth[parent] + 1:
                    if depth[parent] + 1 > len(tables):
                        raise RuntimeError("a cycle of foreign keys under the family")
                    depth[table.name] = depth[parent] + 1
                    changed = True
    result = []
    for name, d in depth.items():
        table = tables[name]
        parents = tuple(fk for fk in table.foreign_keys
                        if fk.column.table.name in depth and fk.column.table.name != name)
        cascades = any(fk.column.table.name == ROOT and (fk.ondelete or "").upper() == "CASCADE" for fk in parents)
        result.append(FileTable(table, d, parents, d == 1 and cascades))
    return tuple(sorted(result, key=lambda t: (-t.depth, t.table.name)))


def by_name(metadata: MetaData = Base.metadata) -> dict[str, FileTable]:
    return {t.table.name: t for t in file_tables(metadata)}


def of_family(table: Table, family_id: int, metadata: MetaData = Base.metadata) -> ColumnElement[bool]:
    """SQL: the rows of ``table`` that belong to family ``family_id``, through any of its foreign keys."""
    if table.name == ROOT:
        return table.c.id == family_id
    info = by_name(metadata)[table.name]
    conditions = []
    for fk in info.parents:
        parent = fk.column.table
        if parent.name == ROOT:
            conditions.append(fk.parent == family_id)
        else:
            conditions.append(fk.parent.in_(select(fk.column).where(of_family(parent, family_id, metadata))))
    return or_(*conditions) if conditions else false()


def family_id_path(table: Table, metadata: MetaData = Base.metadata) -> list[ForeignKey]:
    """The shortest chain of required (NOT NULL) foreign keys from ``table`` up to the family, to join along:
    every row of the table has its family at the end of it."""
    tables = by_name(metadata)
    best: dict[str, list[ForeignKey]] = {ROOT: []}
    frontier = [ROOT]
    while frontier and table.name not in best:
        nxt = []
        for t in tables.values():
            if t.table.name in best:
                continue
            for fk in t.parents:
                if not fk.parent.nullable and fk.column.table.name in frontier:
                    best[t.table.name] = [fk, *best[fk.column.table.name]]
                    nxt.append(t.table.name)
                    break
        frontier = nxt
    return best[table.name]


def time_columns(table: Table) -> list:
    """The table's date-time columns (created_at, updated_at, a case event's ``at``)."""
    return [c for c in table.columns
            if isinstance(c.type, DateTime) or isinstance(getattr(c.type, "impl", None), DateTime)]


def unreachable_family_tables(metadata: MetaData = Base.metadata) -> set[str]:
    """Tables with a family, case or person column that no foreign key ties to the file (should be none)."""
    reachable = set(by_name(metadata))
    return {name for name, t in metadata.tables.items()
            if FAMILY_KEYS & set(t.columns.keys()) and name not in reachable and name not in NOT_THE_FILE}
