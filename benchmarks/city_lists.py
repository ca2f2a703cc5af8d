"""An organisation-wide list in the city benchmark: the Team page of a worker who belongs to every team.

Timed from building the page until its first rows have painted (the service's first page, the model,
the view); the baseline is the same page over an empty list (a worker in no team), built and painted
in the same run, alternating. Memory is the page's peak resident growth (VmHWM after, less VmRSS
before) for the whole list, less that for the empty one: with rows fetched as they are shown, neither
the time nor the memory should grow with the number of cases.
"""
from __future__ import annotations

import gc
import statistics
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from app.bootstrap import Services, build_services
from app.queries.caseload_pages import CaseQuery
from benchmarks.city_report import Result
from benchmarks.common import reset_peak_memory, timed_ms
from models import Case, Team
from models.enums import CaseStatus

NAME = "organisation-wide list first paint"
TARGET_MS = 200
MEMORY_TARGET_MB = 50


def _rss_mb(field: str) -> float:
    status = Path("/proc/self/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith(field + ":"))) / 1024


def _everyone(administrator: Services, teams: frozenset[int]) -> Services:
    """The administrator's login as a worker who is a member of ``teams``."""
    services = build_services(administrator.engine, administrator.ctx.target)
    services.ctx.user = replace(administrator.ctx.require_user(), team_ids=teams)
    return services


def org_list_results(administrator: Services | None, folder: Path, runs: int) -> list[Result]:
    """The first paint (ms, against an empty list) and the memory (MB more than an empty list)."""
    memory_name = "organisation-wide list memory"
    if administrator is None:
        return [Result(NAME, None, "ms", 0, target=TARGET_MS, unavailable="the database has no administrator"),
                Result(memory_name, None, "MB", 0, target=MEMORY_TARGET_MB, unavailable="no administrator")]
    from PySide6.QtCore import QSettings

    from benchmarks.city_ui import WINDOW_SIZE, application
    from ui.events import AppEvents
    from ui.pages.caseload_page import TeamCaseloadPage
    from ui.settings import UiSettings
    from ui.tasks import SynchronousTaskRunner

    app = application()
    with administrator.ctx.uow() as uow:
        teams = frozenset(uow.session.scalars(select(Team.id)))
        cases = uow.session.scalar(select(func.count(Case.id)).where(Case.status != CaseStatus.CLOSED))
    everyone, nobody = _everyone(administrator, teams), _everyone(administrator, frozenset())
    settings = UiSettings(QSettings(str(folder / "list-settings.ini"), QSettings.Format.IniFormat))
    shown = {}

    def paint(services: Services) -> tuple[float, float]:
        gc.collect()
        before = _rss_mb("VmRSS")
        reset_peak_memory()
        page = None

        def build() -> None:
            nonlocal page
            page = TeamCaseloadPage(services.caseload.team_caseload_page, SynchronousTaskRunner(), AppEvents(),
                                    settings)
            page.resize(*WINDOW_SIZE)
            page.show()
            app.processEvents()
            page.grab()
        ms = timed_ms(build)
        grown = _rss_mb("VmHWM") - before
        shown[services is everyone] = (page.model.rowCount(), page.model.loaded_count())
        page.close()
        page.deleteLater()
        app.processEvents()
        return ms, grown

    paint(everyone), paint(nobody)  # warm-up: imports, caches, the first statements
    full, empty = [], []
    for _ in range(max(1, runs)):
        full.append(paint(everyone))
        empty.append(paint(nobody))
    fetched, total = shown[True]
    detail = (f"the Team page of a worker in all {len(teams)} teams: {total:,} of {cases:,} open cases, "
              f"{fetched} rows fetched for the first paint; CaseQuery page of {CaseQuery().limit}")
    ms, raw = statistics.median(m for m, _ in full), statistics.median(m for m, _ in empty)
    grown = statistics.median(g for _, g in full) - statistics.median(g for _, g in empty)
    return [Result(NAME, ms, "ms", runs, raw=raw, raw_label="the same page over an empty list",
                   target=TARGET_MS, detail=detail),
            Result(memory_name, max(grown, 0.0), "MB", runs, target=MEMORY_TARGET_MB,
                   detail="peak resident growth while the page loads and paints, less the empty page's")]
