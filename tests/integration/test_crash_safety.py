"""Crash safety: a committed save survives a hard kill, an uncommitted one leaves no trace, and a
damaged database is caught at start-up instead of being used."""
from __future__ import annotations

import os
import queue
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.storage.backup import integrity_problems
from app.bootstrap import open_database
from app.cli import main
from app.credentials import MemoryStore
from app.storage.crypto import DatabaseKey
from app.storage.db import connect_file
from app.errors import DatabaseDamaged
from app.storage.keys import KEY_NAME, KeySource

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 50

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer forks a child per round")


class Writer:
    """The writer process, and its output lines as they come."""

    def __init__(self, path: Path, key: DatabaseKey):
        env = {**os.environ, "CRASH_KEY": key.secret, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, str(WRITER), str(path)], cwd=ROOT, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for raw in self.proc.stdout:
            self.lines.put(raw.decode().strip())

    def next_line(self) -> str:
        return self.lines.get(timeout=30)

    def start_child(self) -> int:
        self.proc.stdin.write(b"go\n")
        self.proc.stdin.flush()
        kind, pid = self.next_line().split()
        assert kind == "child"
        assert self.next_line() == f"ready {pid}"
        return int(pid)

    def lines_until_reaped(self, pid: int) -> list[str]:
        seen = []
        while (line := self.next_line()) != f"reaped {pid}":
            seen.append(line)
        return seen

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def crash_families(path: Path, key: DatabaseKey, pid: int) -> dict[int, tuple[int, int, int]]:
    """Per save number of this child: (family id, members, open cases) as found after the crash."""
    conn = connect_file(path, key)
    try:
        assert integrity_problems(conn, encrypted=True) == []
        rows = conn.execute(
            "SELECT f.name, f.id, (SELECT count(*) FROM person p WHERE p.family_id = f.id), "
            "(SELECT count(*) FROM case_file c WHERE c.family_id = f.id) FROM family f WHERE f.name LIKE ?",
            (f"Familie Crash{pid}x%",)).fetchall()
    finally:
        conn.close()
    return {int(re.search(r"x(\d+)$", name)[1]): (fid, members, cases) for name, fid, members, cases in rows}


def test_committed_saves_survive_sigkill_and_uncommitted_ones_leave_no_trace(tmp_path):
    key = DatabaseKey.generate()
    path = tmp_path / "crash.db"
    services = open_database(path, encryption=KeySource(MemoryStore({KEY_NAME: key.secret})), daily_backup=False)
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    services.close()
    rng = random.Random(20261122)
    writer = Writer(path, key)
    committed_total = in_flight_rounds = 0
    try:
        for _ in range(KILLS):
            pid = writer.start_child()
            time.sleep(rng.uniform(0.0, 0.08))
            os.kill(pid, signal.SIGKILL)
            lines = writer.lines_until_reaped(pid)

            reported = {int(n): int(fid) for _, _, n, fid in (l.split() for l in lines if l.startswith("committed"))}
            started = [int(l.split()[2]) for l in lines if l.startswith("saving")]
            found = crash_families(path, key, pid)
            assert all(found.get(n, (None,))[0] == fid for n, fid in reported.items()), "a committed save was lost"
            assert set(found) <= set(started), "a save that never started left a trace"
            assert set(found) - set(reported) <= set(started[-1:]), "more than the save in flight is unreported"
            assert all(members == 3 and cases == 1 for _, members, cases in found.values()), "a half save"
            committed_total += len(reported)
            in_flight_rounds += bool(started) and started[-1] not in reported
    finally:
        writer.close()
    assert committed_total > KILLS  # the kills fell between saves, not only before the first one
    assert in_flight_rounds > 0     # and some fell in the middle of a save
    open_database(path, encryption=KeySource(MemoryStore({KEY_NAME: key.secret}))).close()


def _damage(path: Path) -> None:
    """Overwrites a page in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = os.urandom(page)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain"])
def test_a_damaged_database_is_caught_at_start_up(tmp_path, encrypted):
    path = tmp_path / "kapot.db"
    keys = KeySource(MemoryStore()) if encrypted else None
    services = open_database(path, encryption=keys, daily_backup=False)
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    services.close()
    _damage(path)

    with pytest.raises(DatabaseDamaged) as info:
        open_database(path, encryption=keys)

    assert "gezinsregie db restore" in info.value.message()


def test_the_command_line_names_the_restore_command_in_one_line(tmp_path, capsys):
    path = tmp_path / "kapot.db"
    assert main(["demo", "--families", "2", "--database", str(path)]) == 0
    _damage(path)
    capsys.readouterr()

    code = main(["demo", "--families", "1", "--database", str(path)])

    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "gezinsregie db restore" in err and "Traceback" not in err
