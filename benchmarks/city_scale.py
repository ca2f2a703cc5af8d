"""Benchmark (not a test): the app on a city-size database, on SQLite and on PostgreSQL.

    python -m benchmarks.city_scale [--sqlite PATH] [--postgres URL] [--runs N] [--start-runs N]
                                    [--families N] [--passphrase-file F] [--keep-roles]

Per backend one table: measurement | median | runs | raw median | ratio | target | verdict, then in
plain words each target missed, and at the end "N of M targets met". Each figure is the median of
``--runs`` runs; the app and its baseline alternate, in the same run, so a busy moment hits both.
Each backend runs in a process of its own, so its peak memory is its own.

- *raw SQL* is exactly the SQL the service calls sent (their selects, their access-log insert), recorded
  once and replayed with the DB-API cursor alone, committed per call (:class:`benchmarks.common.SqlReplay`):
  the ratio is the cost of SQLAlchemy, the ORM, the DTOs and our Python over the database itself.
  Saving a goal is compared the same way with the statements one save sent (its reads for the access
  and version checks, its UPDATE, its access-log INSERT, its reload): the UPDATE is replayed with the
  goal's current version, so it writes the same values to that one goal, as a next save would. The
  plan PDF is compared with bare reportlab setting the same text; start-up with a process showing a
  bare QMainWindow.
- Start-up is a fresh process (:mod:`benchmarks.city_probe`) started like ``gezinsregie --database``,
  timed from spawning it until My caseload has painted its rows; one warm-up start first (the daily
  backup, the disk cache) is not counted.
- Who: on SQLite the app's local worker (Sanne de Vries after ``fill_city``), and the supervisor
  Marieke Hoekstra for the team and the figures; on PostgreSQL both log in as their own database role,
  so row-level security is in every figure. A missing role is created for the benchmark (the worker
  rows exist already, so the schema owner creates just the role, with the group and password verifier
  ``admin create-user`` would give it) and dropped afterwards (``--keep-roles`` keeps it).
- Writes: saving a goal changes a goal of a draft plan back and forth and ends with its own text; the
  access log grows by the entries of every run.

With ``--sqlite`` pointing to no file, or a PostgreSQL database without families, ``--families`` families
are generated first (``app.demo.city.fill_city``).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from statistics import median
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.city_measures import why  # noqa: E402
from benchmarks.city_report import Result, report, run_measure  # noqa: E402
from benchmarks.city_setup import Backend, open_postgres, open_sqlite  # noqa: E402
from benchmarks.common import load_note, peak_memory_mb, reset_peak_memory  # noqa: E402

DEFAULT_SQLITE = "/tmp/city.db"
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1/gz_city"
PART_TOTALS = "part-totals"
DEFAULT_PASSPHRASE = "bench-pass"  # the city database's passphrase (see the README)
START_TARGET_MS = 600
MEMORY_TARGET_MB = 300


def measure_backend(backend: Backend, runs: int, start_runs: int, passphrase: str | None) -> list[Result]:
    from benchmarks import city_measures as m
    from benchmarks.city_probe import start_time

    fresh = reset_peak_memory()  # from here: opening the database is not what is measured
    results = [start_up(backend, start_runs, passphrase, start_time)]
    samples = m.pick_samples(backend.worker)
    with tempfile.TemporaryDirectory(prefix="gz-bench-") as folder:
        measures = m.query_measures(backend.worker, backend.supervisor, samples, backend.administrator)
        measures[1:1], window = ui_measures(backend, samples, Path(folder))
        later = (m.save_goal_measure, m.plan_pdf_measure)  # each records its baseline when its turn comes
        measures += [*window, *(m.Measure(f.__name__, None, prepare=lambda f=f: f(backend.worker, samples))
                                for f in later)]
        for measure in measures:
            results.append(run_measure(measure, runs))
        results += org_lists(backend, Path(folder), runs)
    probe = backend.probe_peak_mb
    results.append(Result("peak memory: the app at start-up", probe or None, "MB", start_runs, target=MEMORY_TARGET_MB,
                          detail="the start-up probe, when ready (VmHWM)",
                          unavailable=None if probe else "no start-up measured"))
    results.append(Result("peak memory: benchmark process", peak_memory_mb(), "MB", 1, target=MEMORY_TARGET_MB,
                          detail="VmHWM: services, Qt widgets, every measurement"
                                 + (", generating the database" if backend.generated else "")
                                 + ("" if fresh else ", opening the database")))
    return results


def ui_measures(backend: Backend, samples, folder: Path) -> tuple[list, list]:
    """(first paint, opening a case); "not available" lines when the GUI cannot be imported."""
    from benchmarks.city_measures import missing, why

    try:
        from benchmarks.city_ui import first_paint_measure, open_case_measures
    except ImportError as exc:
        return ([missing("my caseload first paint", None, why(exc), None)],
                [missing("open a case", 50, why(exc)), missing("open a case window", None, why(exc), None)])
    return [first_paint_measure(backend.worker, folder)], open_case_measures(backend.worker, samples)


def org_lists(backend: Backend, folder: Path, runs: int) -> list[Result]:
    """The organisation-wide list (:mod:`benchmarks.city_lists`); "not available" without the GUI."""
    try:
        from benchmarks.city_lists import org_list_results
        return org_list_results(backend.administrator, folder, runs)
    except ImportError as exc:
        return [Result("organisation-wide list first paint", None, "ms", 0, target=200, unavailable=why(exc))]


def start_up(backend: Backend, runs: int, passphrase: str | None, start_time) -> Result:
    name = "cold start to usable caseload"
    if runs < 1:
        return Result(name, None, "ms", 0, target=START_TARGET_MS, unavailable="not measured (--start-runs 0)")
    try:
        start_time("app", backend.probe_database, passphrase)  # warm-up, not counted
        bare, app = [], []
        for _ in range(runs):
            bare.append(start_time("bare").ms)
            app.append(start_time("app", backend.probe_database, passphrase))
    except RuntimeError as exc:
        return Result(name, None, "ms", 0, target=START_TARGET_MS, unavailable=str(exc))
    backend.probe_peak_mb = max(a.peak_mb for a in app)
    return Result(name, median(a.ms for a in app), "ms", runs, raw=median(bare), raw_label="bare window",
                  target=START_TARGET_MS, detail=f"{app[0].rows} rows shown")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", metavar="PATH", help=f"the SQLite database (default {DEFAULT_SQLITE})")
    parser.add_argument("--postgres", metavar="URL", help="the PostgreSQL database, as its owner "
                                                          f"(default {DEFAULT_POSTGRES})")
    parser.add_argument("--runs", type=int, default=7, help="runs per measurement (default 7)")
    parser.add_argument("--start-runs", type=int, default=5, help="start-up runs (default 5)")
    parser.add_argument("--families", type=int, default=100_000, help="families to generate into a new database")
    parser.add_argument("--passphrase-file", metavar="F", help="the SQLite database's passphrase "
                        f"(else GEZINSREGIE_PASSPHRASE, else '{DEFAULT_PASSPHRASE}')")
    parser.add_argument("--keep-roles", action="store_true", help="keep the login roles created on PostgreSQL")
    parser.add_argument("--part", action="store_true", help=argparse.SUPPRESS)  # one backend, for main()
    args = parser.parse_args(argv)
    if args.sqlite is None and args.postgres is None:
        args.sqlite, args.postgres = DEFAULT_SQLITE, DEFAULT_POSTGRES
    if not args.part:
        print(f"City-scale benchmark, {datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} cores, "
              f"median of {args.runs} runs ({args.start_runs} for start-up)")
        if note := load_note():
            print(f"note at the start: {note}")
    if args.sqlite and args.postgres:  # each in a process of its own, so each one's peak memory is its own
        common = ["--runs", str(args.runs), "--start-runs", str(args.start_runs), "--families", str(args.families),
                  *(["--passphrase-file", args.passphrase_file] if args.passphrase_file else []),
                  *(["--keep-roles"] if args.keep_roles else [])]
        parts = [run_part(["--sqlite", args.sqlite, *common]), run_part(["--postgres", args.postgres, *common])]
        met, total = sum(p[0] for p in parts), sum(p[1] for p in parts)
    else:
        met, total = run_backend(args)
    if args.part:
        print(f"{PART_TOTALS} {met} {total}")
        return 0
    print(f"\n{met} of {total} targets met")
    if note := load_note():
        print(f"note at the end: {note}")
    return 0


def run_part(argv: list[str]) -> tuple[int, int]:
    """Runs one backend in a child process, showing its output; returns its (targets met, targets)."""
    child = subprocess.Popen([sys.executable, "-m", "benchmarks.city_scale", "--part", *argv], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    totals = (0, 0)
    for line in child.stdout:
        if line.startswith(PART_TOTALS):
            totals = tuple(int(n) for n in line.split()[1:3])
        else:
            print(line, end="", flush=True)
    child.wait()
    return totals


def run_backend(args: argparse.Namespace) -> tuple[int, int]:
    """The one backend named in ``args``: its table; (targets met, targets)."""
    label, opener, target = (("SQLite", open_sqlite, args.sqlite) if args.sqlite
                             else ("PostgreSQL", open_postgres, args.postgres))
    passphrase = (Path(args.passphrase_file).read_text(encoding="utf-8").strip() if args.passphrase_file
                  else os.environ.get("GEZINSREGIE_PASSPHRASE") or DEFAULT_PASSPHRASE)
    try:
        backend = opener(target, families=args.families, passphrase=passphrase, keep_roles=args.keep_roles)
    except Exception as exc:  # noqa: BLE001 - say why, and let the other backend run
        print(f"\n{label} {target}: not available: {why(exc)}")
        return 0, 0
    try:
        results = measure_backend(backend, args.runs, args.start_runs, passphrase if backend.is_sqlite else None)
        return report(f"{label}: {backend.description}", results)
    except Exception as exc:  # noqa: BLE001
        print(f"\n{label}: {backend.description}\nnot available: {why(exc)}")
        return 0, 0
    finally:
        backend.close()

if __name__ == "__main__":
    raise SystemExit(main())
