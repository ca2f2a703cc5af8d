"""Benchmark (not a test): management figures for a year on a city-size database (100,000 families).

    python -m benchmarks.figures [--sqlite PATH] [--passphrase P] [--postgres URL] [--runs N]

Opens a database made by ``benchmarks.city_scale`` / ``app.demo.city.fill_city`` (default: the
encrypted SQLite file /tmp/city.db), signs in as the demo supervisor (Marieke Hoekstra), and times
``services.figures.management_figures`` and ``provider_steering`` (the figures per provider and
product category and the flows) for the last 12 months (all her teams, one team, and as the
demo administrator every team of the region), warm,
median of N runs, against the raw baseline: exactly the statements the call sent, replayed with the
DB-API cursor alone (see :class:`benchmarks.common.SqlReplay`). Targets: under 1 s, and at most twice
the raw SQL. Prints per target "met" or "MISSED".
"""
from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from app.bootstrap import open_database  # noqa: E402
from app.storage.keys import KeySource  # noqa: E402
from benchmarks.common import SqlReplay, alternating_medians, load_note, verdict  # noqa: E402
from models import Case, CaseEvent, Family, Worker  # noqa: E402

SUPERVISOR = "Marieke Hoekstra"
ADMIN = "Ellen Schouten"  # sees every team: the heaviest case
TARGET_MS = 1000
RATIO_TARGET = 2.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", default="/tmp/city.db")
    parser.add_argument("--passphrase", default="bench-pass")
    parser.add_argument("--postgres", help="a postgresql:// URL of a filled database instead")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if args.postgres:
        services = open_database(args.postgres, encryption=None)
    else:
        services = open_database(args.sqlite, encryption=KeySource(passphrase=args.passphrase), daily_backup=False)
    with services.ctx.uow() as uow:
        s = uow.session
        supervisor = s.scalar(select(Worker.id).where(Worker.name == SUPERVISOR))
        admin = s.scalar(select(Worker.id).where(Worker.name == ADMIN))
        sizes = (s.scalar(select(func.count(Family.id))), s.scalar(select(func.count(Case.id))),
                 s.scalar(select(func.count(CaseEvent.id))))
        today = s.scalar(select(func.max(Case.opened_on)))
    user = services.workers.sign_in(supervisor)
    end = today
    start = end.replace(year=end.year - 1) + timedelta(days=1)
    team = min(user.team_ids)
    print(f"{services.ctx.target.display_name}: {sizes[0]:,} families, {sizes[1]:,} cases, {sizes[2]:,} case events;"
          f" {SUPERVISOR} ({len(user.team_ids)} teams); period {start} .. {end}")
    failed = 0
    scopes = (("all her teams", None, supervisor), (f"team {team}", team, supervisor),
              ("administrator, every team", None, admin))
    for what, label, team_id, who in [("management figures", *s) for s in scopes] + [
            ("provider figures", *s) for s in scopes]:
        services.workers.sign_in(who)
        if what == "provider figures":
            call = lambda team_id=team_id: services.figures.provider_steering(start, end, team_id)  # noqa: E731
        else:
            call = lambda team_id=team_id: services.figures.management_figures(start, end, team_id)  # noqa: E731
        figures = call()  # warm-up
        replay = SqlReplay(services.engine, [call])
        app_ms, raw_ms = alternating_medians([call, replay], args.runs)
        replay.close()
        ratio = app_ms / raw_ms if raw_ms else float("inf")
        fast, close = app_ms < TARGET_MS, ratio <= RATIO_TARGET
        failed += (not fast) + (not close)
        print(f"  {what}, {label}: {app_ms:.0f} ms ({verdict(fast)}: under {TARGET_MS} ms); raw SQL {raw_ms:.0f} ms over "
              f"{replay.statements} statements, ratio {ratio:.2f} ({verdict(close)}: at most {RATIO_TARGET:g}); "
              + (f"{len(figures.per_category)} provider x category rows" if what == "provider figures" else
                 f"inflow {figures.inflow:,}, outflow {figures.outflow:,}, {len(figures.providers)} providers"))
    note = load_note()
    if note:
        print(f"  note: {note}")
    services.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
