"""What the benchmarks share: medians of alternating runs, plain verdicts, and a word on a busy machine."""
from __future__ import annotations

import os
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

MET = "met"
MISSED = "MISSED"


def timed_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def median_ms(action: Callable[[], object], runs: int) -> float:
    """The median of ``runs`` timings of one action."""
    return statistics.median(timed_ms(action) for _ in range(max(1, runs)))


def alternating_medians(actions: Sequence[Callable[[], object]], runs: int) -> list[float]:
    """The median of each action; the runs alternate, so a busy moment slows them all alike."""
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(max(1, runs)):
        for action, bucket in zip(actions, times):
            bucket.append(timed_ms(action))
    return [statistics.median(t) for t in times]


def verdict(met: bool) -> str:
    return MET if met else MISSED


def load_note() -> str | None:
    """A sentence when other work competes for the CPU (load average above half the cores), else None."""
    try:
        load = os.getloadavg()[0]
    except OSError:
        return None
    cores = os.cpu_count() or 1
    if load <= cores / 2:
        return None
    return (f"the machine is busy (load average {load:.1f} on {cores} cores): timings are higher than "
            "on an idle machine; the ratios, measured in the same runs, are the fairer figure")


def reset_peak_memory() -> bool:
    """Starts this process's peak-memory count anew (Linux: /proc/self/clear_refs); False where it cannot."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def peak_memory_mb() -> float:
    """This process's peak resident memory in MB: VmHWM where Linux has it (ru_maxrss there also counts
    the parent's memory from before the exec that started this program), else ru_maxrss."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) / 1024
    except (OSError, StopIteration):
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # macOS counts bytes, Linux KB
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


class SqlReplay:
    """The raw baseline of some service calls: exactly the statements they sent to the database (their
    selects, their writes, their access-log insert), replayed with the DB-API cursor alone, committed
    per call.

    ``calls`` run once here, under an engine listener that records each statement with its
    parameters; what remains when replaying is the database and its driver, without SQLAlchemy,
    the ORM, the DTOs or our own Python.

    Writes replay safely with ``version_shift``: a function telling how far the versions of the rows
    the calls updated have moved since the recording. Each versioned UPDATE (``SET version=... WHERE
    ... version = ...``, the optimistic lock) is replayed with both its version values moved on by
    that much, so it writes the recorded values to exactly that one row, as the next save would
    (another row count is an error); ``version_bumps`` says by how much a replay moves them.
    """

    def __init__(self, engine, calls: Sequence[Callable[[], object]],
                 version_shift: Callable[[], int] | None = None):
        from sqlalchemy import event

        self.batches: list[list[tuple[str, object, bool]]] = []
        for call in calls:
            batch: list[tuple[str, object, bool]] = []

            def record(_conn, _cursor, statement, parameters, _context, executemany, batch=batch):
                batch.append((statement, parameters, executemany))

            event.listen(engine, "before_cursor_execute", record)
            try:
                call()
            finally:
                event.remove(engine, "before_cursor_execute", record)
            self.batches.append(batch)
        self.version_shift = version_shift
        self.version_bumps = sum(1 for b in self.batches for statement, _p, _m in b if version_slots(statement))
        self.connection = engine.raw_connection()

    @property
    def statements(self) -> int:
        return sum(len(b) for b in self.batches)

    def __call__(self) -> None:
        cursor = self.connection.cursor()
        try:
            for batch in self.batches:
                shift = self.version_shift() if self.version_shift else None
                for statement, parameters, many in batch:
                    slots = version_slots(statement) if shift is not None else ()
                    if slots:
                        parameters = shifted(parameters, slots, shift)
                    (cursor.executemany if many else cursor.execute)(statement, parameters)
                    if slots and cursor.rowcount != 1:
                        raise RuntimeError(f"a replayed versioned UPDATE changed {cursor.rowcount} rows, not 1")
                    if cursor.description is not None:
                        cursor.fetchall()
                self.connection.commit()
        finally:
            cursor.close()

    def close(self) -> None:
        self.connection.close()


_QMARK_VERSION = re.compile(r"\bversion\s*=\s*$")
_NAMED_VERSION = re.compile(r"\bversion\s*=\s*%\((\w+)\)s")


def version_slots(statement: str) -> tuple:
    """Where an UPDATE's version values go: positions (qmark) or names (pyformat); () for other statements."""
    if not statement.lstrip().upper().startswith("UPDATE") or not re.search(r"\bWHERE\b.*\bversion\b", statement):
        return ()
    if "%(" in statement:
        return tuple(_NAMED_VERSION.findall(statement))
    parts = statement.split("?")[:-1]
    return tuple(i for i, before in enumerate(parts) if _QMARK_VERSION.search(before))


def shifted(parameters, slots: tuple, shift: int):
    """``parameters`` with the values at ``slots`` moved on by ``shift``."""
    if isinstance(parameters, dict):
        return {k: v + shift if k in slots else v for k, v in parameters.items()}
    return tuple(v + shift if i in slots else v for i, v in enumerate(parameters))
