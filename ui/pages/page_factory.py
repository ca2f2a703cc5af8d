"""Builds the main window's pages over the services, so the window itself only arranges them."""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from app.bootstrap import Services
from ui.events import AppEvents
from ui.pages.caseload_page import MyCaseloadPage, TeamCaseloadPage, with_next_due
from ui.pages.figures_page import FiguresPage
from ui.pages.providers_page import ProvidersPage
from ui.pages.search_page import SearchPage
from ui.pages.team_overview_page import TeamOverviewPage
from ui.pages.today_page import TodayPage
from ui.pages.waakvlam_page import WaakvlamPage
from ui.settings import UiSettings
from ui.tasks import TaskRunner


@dataclass(frozen=True)
class AppPages:
    today: TodayPage
    my_caseload: MyCaseloadPage
    team: TeamCaseloadPage
    waakvlam: WaakvlamPage
    providers: ProvidersPage
    search: SearchPage
    reports: FiguresPage
    team_overview: TeamOverviewPage | None = None  # supervisors and administrators only

    def case_pages(self) -> tuple[TodayPage | MyCaseloadPage | TeamCaseloadPage | WaakvlamPage, ...]:
        """The pages whose rows open a case (they have ``case_open_requested``)."""
        pages = (self.today, self.my_caseload, self.team, self.waakvlam)
        return (*pages, self.team_overview) if self.team_overview is not None else pages


def build_pages(services: Services, runner: TaskRunner, events: AppEvents, settings: UiSettings) -> AppPages:
    due = services.due
    return AppPages(
        today=TodayPage(due.today_items, runner, events),
        my_caseload=MyCaseloadPage(with_next_due(services.caseload.my_caseload, due.next_due_by_case),
                                   runner, events, settings),
        team=TeamCaseloadPage(with_next_due(services.caseload.team_caseload, partial(due.next_due_by_case, team=True)),
                              runner, events, settings),
        waakvlam=WaakvlamPage(services.waakvlam.waakvlam_overview, services.ctx.clock.today, runner, events),
        providers=ProvidersPage(services.providers, runner, events),
        search=SearchPage(services.search.find_families, runner),
        reports=FiguresPage(services.figures, bool(services.ctx.user and services.ctx.user.is_supervisor),
                            services.ctx.clock.today, runner, events),
        team_overview=(TeamOverviewPage(services.supervision, runner, events)
                       if services.ctx.user is not None and services.ctx.user.is_supervisor else None),
    )
