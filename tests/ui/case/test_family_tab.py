"""The case window's header and its Family tab: members and network, added, changed and removed."""
from __future__ import annotations

from app.changes import ChangeKind, Changes

from datetime import date

from PySide6.QtCore import Qt

from models.enums import MemberRole
from tests.integration.case_helpers import domain_id, smart_goal
from tests.ui.case.conftest import click_ok, drive_dialog, select_combo_data, type_text
from ui.case.family_dialogs import MemberDialog, NetworkMemberDialog


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def column_texts(model, column: int = 0) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_header_shows_family_director_status_priority_and_plan(open_window, story):
    window = open_window(story.case_id)

    bar = window.header_bar
    assert bar.family_label.text() == "Öztürk"
    assert bar.status_pill.text() == "Actief"
    assert bar.priority_pill.text() == "Hoge prioriteit: Zorgen over veiligheid"
    assert bar.plan_pill.text() == "Gezinsplan: Nog geen plan"
    assert bar.details_label.text().startswith("Regisseur: Sanne de Vries  ·  Wijkteam Noord")
    assert window.windowTitle() == "Öztürk – Gezinsregie"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Gezin", "Gezinsplan", "Hulp", "Evaluaties", "Waakvlam", "Journaal", "Geschiedenis"]


def test_the_family_tab_lists_members_and_network(open_window, story):
    tab = open_window(story.case_id).family_tab

    assert column_texts(tab.members_model) == ["Mehmet Öztürk", "Ayşe Öztürk", "Zoë Öztürk", "Daan Öztürk"]
    assert [tab.members_model.index(2, c).data() for c in range(6)] == [
        "Zoë Öztürk", "Jeugdige", "01-03-2015", "11", "123456782", ""]
    assert column_texts(tab.network_model) == ["Fatma Yıldız", "Els de Boer", "Rick Jansen"]
    assert tab.address_label.text() == "Dijk 12, 1501 AB Zaandam · gemeente Zaanstad"


def test_adding_a_family_member_stores_them(qtbot, open_window, ozturk, services, events, monkeypatch):
    family_id, case_id = ozturk

    def fill(dialog: MemberDialog) -> None:
        select_combo_data(dialog.fields.role_combo, MemberRole.YOUNG_PERSON)
        type_text(dialog.fields.first_name_edit, "Elif")
        type_text(dialog.fields.surname_edit, "Öztürk")
        qtbot.keyClicks(dialog.fields.date_of_birth_edit, "12122020")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, MemberDialog, fill)
    window = open_window(case_id)

    with qtbot.waitSignal(events.operation_did_execute) as changed:
        click(qtbot, window.family_tab.add_member_button)

    assert ChangeKind.MEMBER in changed.args[0].kinds
    elif_ = next(m for m in services.members.family_detail(family_id).members if m.first_name == "Elif")
    assert (elif_.full_name, elif_.role, elif_.date_of_birth) == ("Elif Öztürk", MemberRole.YOUNG_PERSON,
                                                                  date(2020, 12, 12))
    assert "Elif Öztürk" in column_texts(window.family_tab.members_model)


def test_a_wrong_bsn_in_the_member_dialog_is_shown_at_the_field_and_kept(qtbot, open_window, ozturk, services,
                                                                          monkeypatch):
    family_id, case_id = ozturk
    seen = {}

    def fill(dialog: MemberDialog) -> None:
        type_text(dialog.fields.bsn_edit, "123456789")
        click_ok(qtbot, dialog)
        seen["error"] = dialog.fields.errors["bsn"].text()
        seen["bsn"] = dialog.fields.bsn_edit.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    window = open_window(case_id)
    click_row(qtbot, window.family_tab.members_table, 3)  # Daan
    drive_dialog(monkeypatch, MemberDialog, fill)
    click(qtbot, window.family_tab.edit_member_button)

    assert seen == {"error": "Dit is geen geldig BSN (het moet uit 9 cijfers bestaan en voldoen aan de elfproef).",
                    "bsn": "123456789", "open": True}
    assert all(m.bsn != "123456789" for m in services.members.family_detail(family_id).members)


def test_adding_and_changing_a_network_member(qtbot, open_window, ozturk, services, monkeypatch):
    family_id, case_id = ozturk

    def add(dialog: NetworkMemberDialog) -> None:
        type_text(dialog.name_edit, "Fatma Yıldız")
        type_text(dialog.relation_edit, "Oma")
        qtbot.keyClicks(dialog.contact_edit, "06-12345678")
        type_text(dialog.contribution_edit, "Haalt de kinderen op woensdag uit school.")
        click_ok(qtbot, dialog)

    window = open_window(case_id)
    tab = window.family_tab
    drive_dialog(monkeypatch, NetworkMemberDialog, add)
    click(qtbot, tab.add_network_button)

    (stored,) = services.members.family_detail(family_id).network
    assert (stored.name, stored.relation, stored.contact, stored.contribution) == (
        "Fatma Yıldız", "Oma", "06-12345678", "Haalt de kinderen op woensdag uit school.")
    assert column_texts(tab.network_model) == ["Fatma Yıldız"]

    def change(dialog: NetworkMemberDialog) -> None:
        assert dialog.relation_edit.text() == "Oma"
        type_text(dialog.relation_edit, " (moeder van Ayşe)")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, NetworkMemberDialog, change)
    click_row(qtbot, tab.network_table, 0)
    click(qtbot, tab.edit_network_button)

    assert services.members.family_detail(family_id).network[0].relation == "Oma (moeder van Ayşe)"
    assert tab.network_model.index(0, 1).data() == "Oma (moeder van Ayşe)"


def test_a_member_named_in_the_plan_is_not_removed_and_the_worker_is_told_why(qtbot, open_window, ozturk, services,
                                                                                messages, answer_yes):
    family_id, case_id = ozturk
    zoe = next(m for m in services.members.family_detail(family_id).members if m.first_name == "Zoë")
    plan = services.plans.start_plan(case_id)
    services.plans.add_goal(plan.id, smart_goal(domain_id(services), person_ids=(zoe.id,)))
    tab = open_window(case_id).family_tab

    click_row(qtbot, tab.members_table, column_texts(tab.members_model).index("Zoë Öztürk"))
    click(qtbot, tab.remove_member_button)

    assert messages == ["Zoë Öztürk staat in het gezinsplan (bij een doel of een afspraak) en kan niet worden "
                        "verwijderd. Haal deze persoon eerst uit het plan."]
    assert "Zoë Öztürk" in column_texts(tab.members_model)

    click_row(qtbot, tab.members_table, column_texts(tab.members_model).index("Daan Öztürk"))
    click(qtbot, tab.remove_member_button)

    assert [m.first_name for m in services.members.family_detail(family_id).members] == ["Mehmet", "Ayşe", "Zoë"]
    assert "Daan Öztürk" not in column_texts(tab.members_model)
