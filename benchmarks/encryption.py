"""The cost of encryption: the same save and caseload query on an encrypted and a plain database.

    python -m benchmarks.encryption [--families 40] [--repeat 40]
    python benchmarks/encryption.py

Both databases get the same demo families (``app.demo.fill_demo``, same seed) in one temporary
folder, are opened the way the app opens them (pooled connections, WAL, synchronous=FULL) and are
measured in turn, so noise hits both alike. Printed: the median per operation, the ratio
encrypted / plain (target: under 1.5), and what opening a connection costs with a raw key (what the
keyring holds) and with a passphrase (SQLCipher's key derivation).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.storage.backup import export_file  # noqa: E402
from app.bootstrap import Services, open_database  # noqa: E402
from app.credentials import MemoryStore  # noqa: E402
from app.storage.crypto import DatabaseKey  # noqa: E402
from app.storage.db import connect_file  # noqa: E402
from app.demo import fill_demo  # noqa: E402
from app.storage.keys import KEY_NAME, KeySource  # noqa: E402
from benchmarks.common import MET, MISSED, load_note, median_ms  # noqa: E402
from models.enums import JournalKind  # noqa: E402

TARGET_RATIO = 1.5


def save(services: Services) -> Callable[[], object]:
    """A journal note on the worker's first case: one unit of work with its audit entry, committed."""
    case_id = services.caseload.my_caseload()[0].case_id
    today = services.ctx.clock.today()
    return lambda: services.journal.add_entry(case_id, today, JournalKind.PHONE_CALL, "Gebeld met moeder.")


def open_cost(path: Path, key: DatabaseKey | None) -> Callable[[], object]:
    def open_and_read():
        conn = connect_file(path, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
    return open_and_read


def run(families: int, repeat: int) -> dict[str, tuple[float, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        key = DatabaseKey.generate()
        keys = KeySource(MemoryStore({KEY_NAME: key.secret}))
        opened = {
            "plain": open_database(folder / "plain.db", encryption=None, daily_backup=False),
            "encrypted": open_database(folder / "encrypted.db", encryption=keys, daily_backup=False),
        }
        try:
            for services in opened.values():
                fill_demo(services, families)
            results = {}
            for name, make in (("save", save), ("caseload query", lambda s: s.caseload.my_caseload)):
                actions = {kind: make(services) for kind, services in opened.items()}
                for action in actions.values():
                    action()  # warm up: caches, pooled connection
                halves = {kind: [] for kind in actions}
                for _ in range(2):  # alternate, so a slow moment hits both
                    for kind, action in actions.items():
                        halves[kind].append(median_ms(action, repeat // 2 or 1))
                results[name] = (statistics.fmean(halves["plain"]), statistics.fmean(halves["encrypted"]))
        finally:
            for services in opened.values():
                services.close()
        passphrase = DatabaseKey("een lange wachtzin voor de meting")
        export_file(folder / "encrypted.db", key, folder / "passphrase.db", passphrase)
        results["open: raw key"] = (median_ms(open_cost(folder / "plain.db", None), repeat),
                                    median_ms(open_cost(folder / "encrypted.db", key), repeat))
        results["open: passphrase"] = (results["open: raw key"][0],
                                       median_ms(open_cost(folder / "passphrase.db", passphrase), 5))
        return results


def report(results: dict[str, tuple[float, float]], families: int, repeat: int) -> bool:
    print(f"Encryption cost: {families} demo families, median of {repeat} runs per operation")
    print(f"{'operation':<20}{'plain ms':>10}{'encrypted ms':>14}{'ratio':>8}")
    for name in ("save", "caseload query"):
        plain, encrypted = results[name]
        print(f"{name:<20}{plain:>10.2f}{encrypted:>14.2f}{encrypted / plain:>8.2f}")
    worst = max(results[n][1] / results[n][0] for n in ("save", "caseload query"))
    ok = worst < TARGET_RATIO
    print(f"worst ratio {worst:.2f} (target < {TARGET_RATIO}): {MET if ok else MISSED}")
    plain, raw = results["open: raw key"]
    print(f"opening a connection: plain {plain:.2f} ms, raw key from the keyring {raw:.2f} ms, "
          f"passphrase (key derivation) {results['open: passphrase'][1]:.1f} ms - once per pooled connection")
    if note := load_note():
        print(f"note: {note}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args(argv)
    return 0 if report(run(args.families, args.repeat), args.families, args.repeat) else 1


if __name__ == "__main__":
    raise SystemExit(main())
