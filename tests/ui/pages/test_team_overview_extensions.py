"""Extensions under control on the team overview, as the supervisor uses it: the team's approval setting,
and the columns for help past its norm and extensions awaiting approval."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.errors import ConcurrencyConflict
from app.services.extensions import ExtensionInput
from app.services.provider_inputs import ProductInput
from models.enums import ExtensionReason, Role
from tests.integration.team_data import OTHER_TEAM, TeamData, build_team
from ui.errors import error_text
from ui.pages.team_overview_page import TeamOverviewPage
from ui.qt_models.team_overview_model import TeamColumn


@pytest.fixture
def team(services) -> TeamData:
    data = build_team(services)
    services.workers.register_local_worker("Marieke Hoekstra", OTHER_TEAM, Role.SUPERVISOR)
    return data


@pytest.fixture
def page(qtbot, services, team, runner, events) -> TeamOverviewPage:
    page = TeamOverviewPage(services.supervision, runner, events, extensions=services.extensions)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    with qtbot.waitSignal(page.loaded):
        page.show()
    return page


def _figures(page, name: str) -> tuple[str, str]:
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == name)
    return (page.proxy.index(row, TeamColumn.PAST_NORM).data(),
            page.proxy.index(row, TeamColumn.EXTENSIONS_AWAITING).data())


def test_the_supervisor_turns_approval_on_and_sees_what_waits_and_what_runs_past_its_norm(
        qtbot, page, services, team):
    assert page.approval_check.isEnabled() and not page.approval_check.isChecked()
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.approval_check, Qt.MouseButton.LeftButton)
    assert page.approval_check.isChecked()
    assert page.status_label.text() == "Verlengingen in dit team wachten nu op akkoord van een leidinggevende."
    assert services.supervision.team_overview(team.team_id).approval_required

    product = next(p for provider in services.providers.providers() for p in provider.products
                   if p.name == "Intensieve behandeling")  # Bakker's help since 15-10-2026
    services.providers.update_product(product.id, product.version, replace(ProductInput.from_dto(product),
                                                                           max_weeks=4))
    boss = services.ctx.user.worker_id
    services.workers.sign_in(team.sanne)
    other = next(i for i in services.involvements.involvements(team.cases["Bakker"]) if i.product_id != product.id)
    services.extensions.request_extension(other.id, other.version, ExtensionInput(
        date(2027, 7, 15), ExtensionReason.GOALS_NOT_REACHED, "Nog niet klaar", no_evaluation_reason="Volgt"))
    services.workers.sign_in(boss)
    with qtbot.waitSignal(page.loaded):
        page.reload()

    assert _figures(page, "Sanne de Vries") == ("1", "1")
    assert _figures(page, "Mohamed El Amrani") == ("0", "0")
    assert page.totals_label.text().endswith("hulp over de norm: 1 · verlengingen te beoordelen: 1")


def test_a_setting_changed_in_between_is_not_overwritten_and_the_box_shows_it(qtbot, page, services, team):
    version = services.supervision.team_overview(team.team_id).team_version
    services.extensions.set_approval_required(team.team_id, version, True)  # e.g. from another workstation
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.approval_check, Qt.MouseButton.LeftButton)  # on an overview of before
    assert page.status_label.text() == error_text(ConcurrencyConflict())
    assert page.approval_check.isChecked()  # reloaded: what is stored
    assert services.supervision.team_overview(team.team_id).team_version == version + 1
