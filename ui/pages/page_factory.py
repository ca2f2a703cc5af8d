"""Builds the main window's pages over the services, each on first use, so the window itself only
arranges them and a start builds (and imports) only the page it shows, plus Today for its badge."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.bootstrap import Services
from ui.events import AppEvents
from ui.settings import UiSettings
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.pages.caseload_page import MyCaseloadPage, TeamCaseloadPage
    from ui.pages.figures_page import FiguresPage
    from ui.pages.providers_page import ProvidersPage
    from ui.pages.search_page import SearchPage
    from ui.pages.team_overview_page import TeamOverviewPage
    from ui.pages.today_page import TodayPage
    from ui.pages.waakvlam_page import WaakvlamPage

# In navigation order; the team overview is there for supervisors and administrators only.
PAGE_KEYS = ("today", "my_caseload", "team", "team_overview", "waakvlam", "providers", "reports", "search")
OnBuilt = Callable[[str, QWidget], None]


def _page(key: str):
    """An attribute that is the page ``key``, built on first use."""
    return property(lambda pages: pages.page(key))


class AppPages:
    """The pages by key (:data:`PAGE_KEYS`); a page is built when first asked for, and ``on_built``
    hears of it (the window puts it in place of its stand-in)."""

    def __init__(self, services: Services, runner: TaskRunner, events: AppEvents, settings: UiSettings,
                 on_built: OnBuilt | None = None):
        self._services = services
        self._runner = runner
        self._events = events
        self._settings = settings
        self._on_built = on_built
        self._built: dict[str, QWidget] = {}
        user = services.ctx.user
        self.is_supervisor = bool(user and user.is_supervisor)
        self.keys = tuple(k for k in PAGE_KEYS if k != "team_overview" or self.is_supervisor)

    def page(self, key: str) -> QWidget:
        """The page, built now if it was not yet."""
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = getattr(self, f"_build_{key}")()
            if self._on_built is not None:
                self._on_built(key, page)
        return page

    def built(self) -> list[QWidget]:
        """The pages built so far."""
        return list(self._built.values())

    today: TodayPage = _page("today")
    my_caseload: MyCaseloadPage = _page("my_caseload")
    team: TeamCaseloadPage = _page("team")
    waakvlam: WaakvlamPage = _page("waakvlam")
    providers: ProvidersPage = _page("providers")
    search: SearchPage = _page("search")
    reports: FiguresPage = _page("reports")

    @property
    def team_overview(self) -> TeamOverviewPage | None:
        return self.page("team_overview") if self.is_supervisor else None

    # -- the builders: each imports its page, so a start pays only for the pages it shows ---------
    def _build_today(self) -> TodayPage:
        from ui.pages.today_page import TodayPage

        # Loaded by the window once it shows, after the first page's own load.
        return TodayPage(self._services.due.today_items, self._runner, self._events, load_now=False)

    def _build_my_caseload(self) -> MyCaseloadPage:
        from ui.pages.caseload_page import MyCaseloadPage

        return MyCaseloadPage(self._services.caseload.my_caseload_with_due, self._runner, self._events,
                              self._settings)

    def _build_team(self) -> TeamCaseloadPage:
        from ui.pages.caseload_page import TeamCaseloadPage

        return TeamCaseloadPage(self._services.caseload.team_caseload_page, self._runner, self._events,
                                self._settings)

    def _build_team_overview(self) -> TeamOverviewPage:
        from ui.pages.team_overview_page import TeamOverviewPage

        return TeamOverviewPage(self._services.supervision, self._runner, self._events,
                                extensions=self._services.extensions)

    def _build_waakvlam(self) -> WaakvlamPage:
        from ui.pages.waakvlam_page import WaakvlamPage

        return WaakvlamPage(self._services.waakvlam.waakvlam_overview, self._services.ctx.clock.today,
                            self._runner, self._events)

    def _build_providers(self) -> ProvidersPage:
        from ui.pages.providers_page import ProvidersPage

        from ui.pages.provider_account import ProviderAccountWindow

        services, runner, events = self._services, self._runner, self._events
        return ProvidersPage(services.providers, runner, events, account_window=lambda provider_id, parent: (
            ProviderAccountWindow(services, provider_id, runner, events, today=services.ctx.clock.today,
                                  parent=parent)))

    def _build_search(self) -> SearchPage:
        from ui.pages.search_page import SearchPage

        return SearchPage(self._services.search.find_families, self._runner)

    def _build_reports(self) -> FiguresPage:
        from ui.pages.figures_page import FiguresPage

        return FiguresPage(self._services.figures, self.is_supervisor, self._services.ctx.clock.today,
                           self._runner, self._events)
