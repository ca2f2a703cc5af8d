"""The Team page reads a page of cases at a time: the first page when shown, more as the user scrolls,
and a click on a column header or a search asks the database again (nothing is sorted over all rows
in memory)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt

from app.demo import fill_demo
from models.search_keys import fold_words
from ui.pages.caseload_page import TeamCaseloadPage
from ui.qt_models.caseload_model import CaseloadColumn as C

PAGE = 3


class Pages:
    """The real service, three cases a page, counting what the page asked."""

    def __init__(self, services):
        self.services = services
        self.queries = []

    def __call__(self, query):
        self.queries.append(query)
        return self.services.caseload.team_caseload_page(replace(query, limit=PAGE))


@pytest.fixture
def pages(services):
    fill_demo(services, 14)
    return Pages(services)


@pytest.fixture
def team(qtbot, pages, runner, events, ui_settings):
    page = TeamCaseloadPage(pages, runner, events, ui_settings)
    qtbot.addWidget(page)
    page.resize(1100, 260)  # a few rows in view
    page.show()
    qtbot.waitExposed(page)
    return page


def families(page) -> list[str]:
    return [page.model.index(r, C.FAMILY).data() for r in range(page.model.rowCount())]


def click_header(qtbot, page, column) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_first_page_is_read_when_shown_and_the_count_is_the_whole_team(team, pages):
    everything = pages.services.caseload.team_caseload()
    assert pages.queries[0].after is None
    assert len(everything) > 2 * PAGE
    assert PAGE <= team.model.rowCount() < len(everything)  # not every case: only what the view reached
    assert team.count_label.text() == f"{len(everything)} gezinnen"
    assert team.model.index(0, C.DIRECTOR).data()


def test_scrolling_down_fetches_the_following_pages_until_the_whole_team_is_there(qtbot, team, pages):
    everything = pages.services.caseload.team_caseload()
    while team.model.canFetchMore():
        before = team.model.rowCount()
        team.table.scrollToBottom()
        qtbot.waitUntil(lambda: team.model.rowCount() > before)
    assert sorted(team.model.row_at(r).case_id for r in range(team.model.rowCount())) == sorted(
        r.case_id for r in everything)
    assert all(q.after is not None for q in pages.queries[1:])


def test_a_click_on_a_header_asks_the_database_for_that_order(qtbot, team, pages):
    asked = len(pages.queries)
    click_header(qtbot, team, C.OPENED)
    assert len(pages.queries) == asked + 1 and pages.queries[-1].after is None
    click_header(qtbot, team, C.OPENED)  # again: newest first
    opened = [team.model.row_at(r).opened_on for r in range(team.model.rowCount())]
    assert opened == sorted(opened, reverse=True)
    newest = max(r.opened_on for r in pages.services.caseload.team_caseload())
    assert opened[0] == newest


def test_a_column_the_database_cannot_sort_keeps_the_order_there_was(qtbot, team, pages):
    shown = families(team)
    asked = len(pages.queries)
    click_header(qtbot, team, C.CHILDREN)
    qtbot.waitUntil(lambda: team.table.horizontalHeader().sortIndicatorSection() == C.FAMILY)
    assert not [q for q in pages.queries[asked:] if q.after is None]  # no new first page
    assert families(team)[:len(shown)] == shown


def test_a_search_is_answered_by_the_database_with_its_own_count(qtbot, team, pages):
    everything = pages.services.caseload.team_caseload()
    name = everything[0].family_name
    word = fold_words(name)[-1]  # "dogan" finds Doğan
    qtbot.keyClicks(team.search_edit, word)
    assert pages.queries[-1].search == word
    assert name in families(team)
    matching = team.model.matching_count()
    assert team.count_label.text() == f"{matching} van {len(everything)} gezinnen"
    team.search_edit.setText("zzqx")
    assert team.model.rowCount() == 0 and team.content.currentWidget() is team.empty_label
    assert "zzqx" in team.empty_label.text()
