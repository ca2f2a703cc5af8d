"""Vandaag: what needs the worker, grouped by urgency, moving as the (injected) clock moves."""
from __future__ import annotations

from app.changes import ChangeKind, Changes

from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from app.queries.due import DueKind, Urgency
from models.enums import ContactOutcome
from tests.integration.care_helpers import agreed_plan
from tests.ui.pages.care_data import FIRST_GP_CONTACT, case_id
from ui.labels.due import label as what  # the care screens' names for the kinds of due items
from ui.pages.today_page import TodayPage
from ui.qt_models.due_items_model import DueColumn


def rows(page: TodayPage, level: Urgency) -> list[tuple[str, ...]]:
    """The rows under a group as shown: family, what, date, when, about."""
    group = page.model.group_index(level)
    if not group.isValid():
        return []
    return [tuple(page.model.index(r, c, group).data() for c in DueColumn) for r in range(page.model.rowCount(group))]


def families(page: TodayPage, level: Urgency) -> list[str]:
    return [row[DueColumn.FAMILY] for row in rows(page, level)]


def test_the_first_page_lists_what_is_overdue_and_what_is_due_this_week(window):
    page = window.today_page
    assert window.pages.currentWidget() is page
    assert page.title_label.text() == "Vandaag"
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == [
        "Te laat (5)", "Deze week (1)"]
    assert families(page, Urgency.OVERDUE) == ["Van den Berg", "El Amrani", "Smit", "Kaya", "De Jong"]
    assert rows(page, Urgency.OVERDUE)[3] == ("Kaya", what(DueKind.WAAKVLAM_CONTACT), "29-10-2026", "24 dagen te laat",
                                              "Huisarts De Wit")
    assert rows(page, Urgency.OVERDUE)[4][1:5] == (
        what(DueKind.PLAN), "13-11-2026", "9 dagen te laat", "Binnen zes weken na de start")
    assert rows(page, Urgency.THIS_WEEK) == [
        ("Öztürk", what(DueKind.REPORT_BACK), "25-11-2026", "over 3 dagen", "Jeugdhulp Zaanstreek")]
    assert page.tree.isFirstColumnSpanned(0, QModelIndex())


def test_later_items_are_shown_when_asked(window):
    page = window.today_page
    page.later_check.setChecked(True)
    assert page.model.index(2, 0).data() == "Later (5)"
    assert rows(page, Urgency.LATER)[0] == ("Öztürk", what(DueKind.INVOLVEMENT_ENDING), "15-12-2026", "over 23 dagen",
                                            "Jeugdhulp Zaanstreek")
    assert window.today_item.text() == "Vandaag (6)"  # later items do not count


def test_the_list_moves_as_the_days_pass(window, events, clock):
    page = window.today_page

    clock.day = date(2026, 11, 25)
    events.announce(Changes.everything())
    assert rows(page, Urgency.THIS_WEEK)[0][:4] == ("Öztürk", what(DueKind.REPORT_BACK), "25-11-2026", "vandaag")

    clock.day = date(2026, 11, 26)
    events.announce(Changes.everything())
    assert ("Öztürk", what(DueKind.REPORT_BACK), "25-11-2026", "1 dag te laat", "Jeugdhulp Zaanstreek") in rows(
        page, Urgency.OVERDUE)

    clock.day = date(2026, 12, 14)
    window.app_actions.refresh.trigger()
    assert rows(page, Urgency.THIS_WEEK) == [
        ("Öztürk", what(DueKind.INVOLVEMENT_ENDING), "15-12-2026", "over 1 dag", "Jeugdhulp Zaanstreek")]


def test_double_clicking_an_item_asks_to_open_its_case(qtbot, window, care):
    page = window.today_page
    kaya = page.model.index(3, DueColumn.FAMILY, page.model.group_index(Urgency.OVERDUE))
    assert kaya.data() == "Kaya"
    centre = page.tree.visualRect(kaya).center()
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(page.case_open_requested) as opened:
        qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [care.kaya]


def test_a_group_heading_opens_nothing(qtbot, window):
    page = window.today_page
    heading = page.tree.visualRect(page.model.index(0, 0)).center()
    with qtbot.assertNotEmitted(page.case_open_requested):
        qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=heading)


def test_the_badge_follows_changes_while_another_page_is_shown(window, filled_services, events, care):
    assert window.today_item.text() == "Vandaag (6)"
    assert window.today_item.toolTip() == "6 acties te laat of voor deze week"
    window.show_page(window.my_caseload_page)

    agreed_plan(filled_services, case_id(filled_services, "De Jong"))
    events.announce(Changes.everything())
    assert window.today_item.text() == "Vandaag (5)"

    [waakvlam] = filled_services.waakvlam.waakvlams(care.kaya)
    contact = waakvlam.contacts[0]
    assert contact.planned_date == FIRST_GP_CONTACT
    filled_services.waakvlam.log_contact(contact.id, contact.version, date(2026, 11, 20), ContactOutcome.ALL_WELL)
    events.announce(Changes.everything())
    page = window.today_page
    assert "Kaya" not in families(page, Urgency.OVERDUE)
    assert rows(page, Urgency.THIS_WEEK)[1][:4] == (
        "Kaya", what(DueKind.WAAKVLAM_CONTACT), "26-11-2026", "over 4 dagen")
    assert window.today_item.text() == "Vandaag (5)"


def test_nothing_due_says_so_calmly(qtbot, runner, events):
    page = TodayPage(lambda include_later: [], runner, events)
    qtbot.addWidget(page)
    page.show()
    assert page.content.currentWidget() is page.empty_label
    assert page.empty_label.text() == "Er is niets te laat en er staat deze week niets gepland."
    assert page.attention_count == 0
