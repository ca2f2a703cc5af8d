"""Teamoverzicht driven like a supervisor would: choose the team, filter, drill down, reassign, weights.

The team and its figures: tests/integration/team_data.py.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.queries.team_overview import CaseloadWeights
from models.enums import CaseEventKind, Role
from tests.integration.team_data import OTHER_TEAM, TeamData, build_team
from tests.ui.case.conftest import click_ok, drive_dialog, select_combo_data, type_text
from ui.dialogs.reassign_dialog import ReassignDialog
from ui.dialogs.weights_dialog import WeightsDialog
from ui.main_window import MainWindow
from ui.pages.team_overview_page import TeamOverviewPage
from ui.qt_models.caseload_model import CaseloadColumn
from ui.qt_models.team_overview_model import TeamColumn


@pytest.fixture
def team(services) -> TeamData:
    data = build_team(services)
    services.workers.register_local_worker("Marieke Hoekstra", OTHER_TEAM, Role.SUPERVISOR)  # she leads both
    return data


@pytest.fixture
def page(qtbot, services, team, runner, events) -> TeamOverviewPage:
    page = TeamOverviewPage(services.supervision, runner, events)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.loaded):
        page.show()
    return page


def shown(page) -> list[list[str]]:
    """The worker table as the supervisor reads it: name and every figure."""
    return [[page.proxy.index(r, c).data() for c in TeamColumn] for r in range(page.proxy.rowCount())]


def names(page) -> list[str]:
    return [row[0] for row in shown(page)]


def click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_worker(qtbot, page, name: str) -> None:
    with qtbot.waitSignal(page.cases_loaded):
        click_row(qtbot, page.workers_table, names(page).index(name))


def families(page) -> list[str]:
    return [page.cases_model.index(r, CaseloadColumn.FAMILY).data() for r in range(page.cases_model.rowCount())]


def test_the_supervisor_sees_each_worker_of_the_chosen_team(qtbot, page):
    assert [page.team_combo.itemText(i) for i in range(page.team_combo.count())] == ["Wijkteam Noord", "Wijkteam Zuid"]
    assert page.team_combo.currentText() == "Wijkteam Noord"
    assert shown(page) == [
        # worker                    intake active waakvlam high weighted evaluations contacts past-norm to-approve meldcode
        ["Gülşen Aydın (niet in dit team)", "0", "1", "0", "0", "1,0", "0", "0", "0", "0", "0"],
        ["Marieke Hoekstra", "0", "0", "0", "0", "0,0", "0", "0", "0", "0", "0"],
        ["Mohamed El Amrani", "0", "2", "1", "0", "3,1", "0", "0", "0", "0", "0"],  # 3.05, one decimal
        ["Piet Jansen (uit dienst)", "1", "1", "0", "1", "2,5", "0", "0", "0", "0", "0"],
        ["Sanne de Vries", "1", "1", "1", "1", "3,6", "1", "1", "0", "0", "0"],
        ["Zonder regisseur", "1", "2", "0", "1", "3,5", "0", "0", "0", "0", "0"],
    ]
    sanne = names(page).index("Sanne de Vries")
    assert page.proxy.index(sanne, TeamColumn.OVERDUE_EVALUATIONS).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.proxy.index(sanne, TeamColumn.INTAKE).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert page.totals_label.text() == (
        "Team: 9 open casussen (intake 2, actief 5, waakvlam 2) · gewogen 10,1 · te laat: evaluaties 1, "
        "waakvlamcontacten 1 · zonder regisseur: 3")

    select_combo_data(page.team_combo, page.team_combo.itemData(1))
    with qtbot.waitSignal(page.loaded):
        page.team_combo.activated.emit(1)

    assert shown(page) == [["Gülşen Aydın", "1", "0", "0", "0", "1,0", "0", "0", "0", "0", "0"],
                           ["Marieke Hoekstra", "0", "0", "0", "0", "0,0", "0", "0", "0", "0", "0"]]


def test_the_filter_finds_workers_without_accents_and_the_toggle_keeps_what_needs_attention(qtbot, page):
    type_text(page.filter_edit, "gulsen")
    assert names(page) == ["Gülşen Aydın (niet in dit team)"]
    assert page.count_label.text() == "1 van 5 medewerkers"

    page.filter_edit.clear()
    qtbot.mouseClick(page.attention_check, Qt.MouseButton.LeftButton)

    assert names(page) == ["Sanne de Vries", "Zonder regisseur"]  # overdue items; cases waiting for a director


def test_sorting_keeps_the_cases_without_director_last(qtbot, page):
    page.workers_table.sortByColumn(TeamColumn.WEIGHTED, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Sanne de Vries"
    assert names(page)[-1] == "Zonder regisseur"


def test_choosing_a_worker_lists_their_cases_with_what_is_due(qtbot, page):
    click_worker(qtbot, page, "Sanne de Vries")

    assert families(page) == ["Aksoy", "Bakker", "Claes"]
    assert page.cases_title.text() == "Casussen van Sanne de Vries"
    bakker = families(page).index("Bakker")
    assert page.cases_model.index(bakker, CaseloadColumn.NEXT_DUE).data() == "Evaluatie · 31-10-2026"

    with qtbot.waitSignal(page.case_open_requested) as opened:
        page.cases_table.activated.emit(page.cases_model.index(bakker, CaseloadColumn.FAMILY))
    assert opened.args == [page.cases_model.row_at(bakker).case_id]


def reassign_hoek_and_ijzer(qtbot, page, monkeypatch, to_worker: int, before_ok=lambda dialog: None) -> None:
    """Chooses "Without director", Ctrl-clicks Hoek and IJzer, and fills the dialog for ``to_worker``."""
    click_worker(qtbot, page, "Zonder regisseur")
    assert families(page) == ["Hoek", "IJzer", "Jacobs"]
    click_row(qtbot, page.cases_table, 0)
    click_row(qtbot, page.cases_table, 1, Qt.KeyboardModifier.ControlModifier)
    assert page.reassign_button.text() == "2 casussen herverdelen…"

    def fill(dialog: ReassignDialog) -> None:
        before_ok(dialog)
        select_combo_data(dialog.director_combo, to_worker)
        type_text(dialog.reason_edit, "Piet is uit dienst")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, ReassignDialog, fill)
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)


def test_two_cases_without_director_are_reassigned_in_one_go(qtbot, page, services, team, monkeypatch):
    offered = []
    reassign_hoek_and_ijzer(qtbot, page, monkeypatch, team.mohamed, lambda dialog: offered.extend(
        dialog.director_combo.itemText(i) for i in range(dialog.director_combo.count())))

    assert offered == ["Marieke Hoekstra", "Mohamed El Amrani", "Sanne de Vries"]  # active members only
    assert page.status_label.text() == "2 casussen verplaatst naar Mohamed El Amrani."
    rows = {row[0]: row[1:] for row in shown(page)}
    assert rows["Mohamed El Amrani"] == ["1", "3", "1", "1", "5,6", "0", "0", "0", "0", "0"]  # + Hoek 1.0 and IJzer 1.5
    assert rows["Zonder regisseur"] == ["0", "1", "0", "0", "1,0", "0", "0", "0", "0", "0"]
    assert "Piet Jansen (uit dienst)" not in rows
    assert families(page) == ["Jacobs"]  # the drill-down of "without director" reloaded too
    for family in ("Hoek", "IJzer"):
        case_id = team.cases[family]
        assert services.members.case_header(case_id).director_name == "Mohamed El Amrani"
        event = services.cases.history(case_id)[-1]
        assert (event.kind, event.from_worker, event.reason) == (
            CaseEventKind.DIRECTOR_TRANSFERRED, "Piet Jansen", "Piet is uit dienst")


def test_a_case_changed_meanwhile_moves_nothing_and_says_so(qtbot, page, services, team, monkeypatch):
    def colleague_hands_over_hoek_first(_dialog) -> None:
        hoek = team.cases["Hoek"]
        services.cases.transfer(hoek, services.members.case_header(hoek).version, team.sanne, "Overleg")

    reassign_hoek_and_ijzer(qtbot, page, monkeypatch, team.mohamed, colleague_hands_over_hoek_first)

    assert page.status_label.text() == (
        "Een collega heeft intussen een van deze casussen gewijzigd; er is niets herverdeeld. "
        "Het overzicht is opnieuw geladen.")
    assert services.members.case_header(team.cases["IJzer"]).director_name == "Piet Jansen"
    assert families(page) == ["IJzer", "Jacobs"]


def test_the_weights_are_checked_at_the_field_and_change_the_figures(qtbot, page, monkeypatch):
    seen = {}

    def fill(dialog: WeightsDialog) -> None:
        assert dialog.edits["waakvlam"].text() == "0,3"
        dialog.edits["waakvlam"].setText("12")
        dialog.edits["intake"].setText("veel")
        click_ok(qtbot, dialog)
        seen["local"] = dialog.field_errors["intake"].text()
        dialog.edits["intake"].setText("1")
        click_ok(qtbot, dialog)
        seen["range"] = dialog.field_errors["waakvlam"].text()
        qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
        dialog.edits["waakvlam"].setText("1,0")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, WeightsDialog, fill)
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.weights_button, Qt.MouseButton.LeftButton)

    assert seen == {"local": "Vul een getal in, bijvoorbeeld 1,5.", "range": "Vul een getal in van 0 tot 10."}
    rows = {row[0]: row[1:] for row in shown(page)}
    assert rows["Sanne de Vries"][4] == "4,3"  # Claes in waakvlam now weighs 1 instead of 0.3


def test_saving_the_weights_unchanged_keeps_them_exactly(qtbot, page, services, monkeypatch):
    def fill(dialog: WeightsDialog) -> None:
        assert dialog.edits["segment_b"].text() == "0,25"
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, WeightsDialog, fill)
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.weights_button, Qt.MouseButton.LeftButton)

    assert services.supervision.caseload_weights() == CaseloadWeights()


def test_the_entry_is_there_for_a_supervisor_and_hidden_for_a_worker(qtbot, services, team, runner, events,
                                                                       ui_settings):
    def entries(window) -> list[str]:
        return [window.navigation.item(r).text() for r in range(window.navigation.count())]

    boss = MainWindow(services, runner, events, ui_settings)
    qtbot.addWidget(boss)
    boss.show()
    assert "Teamoverzicht" in entries(boss)
    boss.navigation.setCurrentRow(entries(boss).index("Teamoverzicht"))
    assert boss.pages.currentWidget() is boss.app_pages.team_overview
    assert boss.app_pages.team_overview.proxy.rowCount() == 6

    services.workers.sign_in(team.sanne)
    worker = MainWindow(services, runner, events, ui_settings)
    qtbot.addWidget(worker)
    assert "Teamoverzicht" not in entries(worker)
    assert worker.app_pages.team_overview is None
