"""Waakvlam: running pilot lights with their holder and next contact; overdue contacts stand out."""
from __future__ import annotations

from app.changes import ChangeKind, Changes

from datetime import date

from PySide6.QtCore import Qt

from models.enums import ContactOutcome, WaakvlamHolder
from ui.labels.due import label as what  # the care screens' names for holders and outcomes
from ui.qt_models.urgency import BACKGROUNDS, Urgency
from ui.qt_models.waakvlam_model import WaakvlamColumn

C = WaakvlamColumn


def open_waakvlam_page(window):
    row = next(r for r in range(window.navigation.count()) if window.navigation.item(r).text() == "Waakvlam")
    window.navigation.setCurrentRow(row)
    assert window.pages.currentWidget() is window.waakvlam_page
    return window.waakvlam_page


def shown(page, row: int, column: WaakvlamColumn, role=Qt.ItemDataRole.DisplayRole):
    return page.proxy.index(row, column).data(role)


def test_my_waakvlam_cases_with_an_overdue_contact_in_red(window):
    page = open_waakvlam_page(window)
    assert page.proxy.rowCount() == 1
    assert [shown(page, 0, c) for c in (C.FAMILY, C.HOLDER, C.NEXT_CONTACT, C.LAST_CONTACT, C.CONTACTS_HELD,
                                         C.PERIOD)] == [
        "Kaya", f"Huisarts De Wit\n{what(WaakvlamHolder.GP)}", "29-10-2026\n24 dagen te laat", "Nog geen", "0",
        "01-10-2026 t/m 01-04-2027"]
    assert shown(page, 0, C.NEXT_CONTACT, Qt.ItemDataRole.BackgroundRole) == BACKGROUNDS[Urgency.OVERDUE]
    assert shown(page, 0, C.FAMILY, Qt.ItemDataRole.BackgroundRole) is None
    assert page.table.isColumnHidden(C.DIRECTOR)
    assert page.count_label.text() == "1 gezin in waakvlam"


def test_the_whole_team_shows_colleagues_waakvlams_with_their_director(qtbot, window):
    page = open_waakvlam_page(window)
    qtbot.mouseClick(page.scope.team_button, Qt.MouseButton.LeftButton)

    assert [shown(page, r, C.FAMILY) for r in range(page.proxy.rowCount())] == ["Kaya", "Bos"]
    assert not page.table.isColumnHidden(C.DIRECTOR)
    assert shown(page, 1, C.DIRECTOR) == "Jeroen Bakker"
    assert shown(page, 1, C.NEXT_CONTACT) == "01-12-2026"  # more than a week away: just the date
    assert shown(page, 1, C.NEXT_CONTACT, Qt.ItemDataRole.BackgroundRole) is None
    assert page.count_label.text() == "2 gezinnen in waakvlam"


def test_a_logged_contact_shows_as_the_last_one_and_the_next_comes_this_week(window, filled_services, events, care):
    page = open_waakvlam_page(window)
    [waakvlam] = filled_services.waakvlam.waakvlams(care.kaya)
    contact = waakvlam.contacts[0]
    filled_services.waakvlam.log_contact(contact.id, contact.version, date(2026, 11, 20), ContactOutcome.CONCERNS,
                                         "Ayşe slaapt slecht; de huisarts belt over twee weken terug.")
    events.announce(Changes.everything())

    assert shown(page, 0, C.LAST_CONTACT) == f"20-11-2026\n{what(ContactOutcome.CONCERNS)}"
    assert shown(page, 0, C.CONTACTS_HELD) == "1"
    assert shown(page, 0, C.NEXT_CONTACT) == "26-11-2026\nover 4 dagen"
    assert shown(page, 0, C.NEXT_CONTACT, Qt.ItemDataRole.BackgroundRole) == BACKGROUNDS[Urgency.THIS_WEEK]


def test_double_clicking_a_waakvlam_asks_to_open_its_case(qtbot, window, care):
    page = open_waakvlam_page(window)
    centre = page.table.visualRect(page.proxy.index(0, C.FAMILY)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(page.case_open_requested) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [care.kaya]


def test_no_waakvlam_says_so(qtbot, filled_services, runner, events):
    from ui.pages.waakvlam_page import WaakvlamPage

    page = WaakvlamPage(lambda team: [], filled_services.ctx.clock.today, runner, events)
    qtbot.addWidget(page)
    page.show()
    assert page.content.currentWidget() is page.empty_label
    assert page.empty_label.text() == "Geen van je casussen is in waakvlam."
