"""Bulk writing for the city-size demo: rows as plain dicts, ids computed here, SQLAlchemy Core
``insert()`` executemany in batches, a few large transactions, then sequences and planner statistics."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Table, func, insert, select, text

from models import Base

BATCH_ROWS = 4_000
# Parents before children, so foreign keys hold at every batch.
TABLE_ORDER = (
    "team", "team_municipality", "worker", "worker_team", "provider", "product",
    "family", "person", "network_member", "case_file", "case_event", "family_plan", "goal", "goal_person",
    "action", "involvement", "involvement_goal", "evaluation", "evaluation_goal", "waakvlam", "waakvlam_contact",
    "journal_entry", "access_log",
)
SQLITE_BULK_CACHE_KIB = 262_144  # 256 MiB page cache while loading; the connection's default comes back after


class BulkWriter:
    """Collects rows per table and writes them in batches on one connection."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.tables: dict[str, Table] = {name: Base.metadata.tables[name] for name in TABLE_ORDER}
        self.rows: dict[str, list[dict]] = {name: [] for name in TABLE_ORDER}
        self._next: dict[str, int] = {}
        for name, table in self.tables.items():
            if "id" in table.c and table.c.id.primary_key:
                self._next[name] = (conn.scalar(select(func.max(table.c.id))) or 0) + 1
        self.sqlite = conn.dialect.name == "sqlite"
        if self.sqlite:
            self._cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_BULK_CACHE_KIB}")

    def new_id(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value

    def add(self, table: str, row: dict) -> None:
        self.rows[table].append(row)

    def flush(self) -> None:
        """Writes every collected row, parents first."""
        for name in TABLE_ORDER:
            rows = self.rows[name]
            if not rows:
                continue
            statement = insert(self.tables[name])
            for start in range(0, len(rows), BATCH_ROWS):
                self.conn.execute(statement, rows[start:start + BATCH_ROWS])
            self.rows[name] = []

    def commit(self) -> None:
        self.flush()
        self.conn.commit()

    def finish(self) -> None:
        """Commits, settles (:meth:`settle`) and refreshes the planner's statistics."""
        self.commit()
        self.settle()
        if self.sqlite:
            self.conn.exec_driver_sql("ANALYZE")
            self.conn.exec_driver_sql("PRAGMA optimize")
            self.conn.commit()
        else:
            analyze(self.conn, self.tables)

    def abandon(self) -> None:
        """After a failure or an interruption: drops what was not committed yet, then settles, so the
        families committed so far stay usable."""
        self.conn.rollback()
        self.settle()

    def settle(self) -> None:
        """What must hold however the fill ends: SQLite's page cache back to normal, and PostgreSQL's
        sequences past every id in the tables (the writer chooses ids itself), so a normal insert works."""
        if self.sqlite:
            self.conn.exec_driver_sql(f"PRAGMA cache_size = {self._cache}")
        else:
            for name in self._next:
                self.conn.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"))
        self.conn.commit()


def analyze(conn: Connection, tables: Iterable[str]) -> None:
    """PostgreSQL: fresh planner statistics for the given tables (autovacuum would come later)."""
    for name in tables:
        conn.exec_driver_sql(f"ANALYZE {name}")
    conn.commit()
