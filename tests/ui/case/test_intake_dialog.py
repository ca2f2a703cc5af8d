"""Taking in a family: the duplicate check, a new family stored, and messages at the fields."""
from __future__ import annotations

from ui.tasks import SynchronousTaskRunner

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from models.enums import MemberRole
from tests.ui.case.conftest import drive_dialog, type_text
from ui.case.intake_dialog import IntakeDialog
from ui.case.members_editor import MemberRow
from ui.case.openers import run_intake
from ui.widgets import form_dialog
from ui.widgets.field_error_label import INVALID_PROPERTY


def type_member(qtbot, row: MemberRow, first_name: str, surname: str, born: str, bsn: str = "") -> None:
    fields = row.fields
    type_text(fields.first_name_edit, first_name)
    fields.surname_edit.clear()
    type_text(fields.surname_edit, surname)
    qtbot.keyClicks(fields.date_of_birth_edit, born)
    if bsn:
        qtbot.keyClicks(fields.bsn_edit, bsn)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def dialog(qtbot, services, team) -> IntakeDialog:
    dialog = IntakeDialog(services, runner=SynchronousTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def families_in_team(services) -> list[str]:
    return sorted(row.family_name for row in services.caseload.team_caseload())


def test_the_dialog_starts_with_my_team_me_as_director_and_a_parent_and_a_child(dialog):
    assert dialog.team_combo.currentText() == "Wijkteam Noord"
    assert dialog.director_combo.currentText() == "Sanne de Vries"
    assert [dialog.director_combo.itemText(i) for i in range(dialog.director_combo.count())] == [
        "Mohamed El Amrani", "Sanne de Vries"]
    assert [row.fields.role_combo.currentData() for row in dialog.members_editor.rows] == [
        MemberRole.PARENT, MemberRole.YOUNG_PERSON]
    assert dialog.windowTitle() == "Nieuw gezin"


def test_a_known_family_is_shown_and_opening_it_returns_its_case(qtbot, services, ozturk, monkeypatch):
    family_id, case_id = ozturk
    seen: dict[str, object] = {}

    def fill(dialog: IntakeDialog) -> None:
        type_text(dialog.family_name_edit, "Öztürk")
        parent, child = dialog.members_editor.rows
        type_member(qtbot, parent, "Ayla", "Öztürk", "02-02-1990")
        type_member(qtbot, child, "Zoë", "Öztürk", "1-3-2015")
        click(qtbot, dialog.save_button)
        seen["page"] = dialog.pages.currentWidget()
        seen["texts"] = [label.text() for label in dialog.duplicate_panel.findChildren(QLabel)]
        click(qtbot, dialog.duplicate_panel.open_buttons[family_id])

    opened = drive_dialog(monkeypatch, IntakeDialog, fill)

    assert run_intake(services, runner=SynchronousTaskRunner()) == case_id
    assert seen["page"] is opened[0].duplicate_panel
    texts = seen["texts"]
    assert "Dit gezin is misschien al bekend" in texts
    assert "Öztürk" in texts
    assert "Mehmet Öztürk, Ayşe Öztürk, Zoë Öztürk, Daan Öztürk" in texts
    assert "Zelfde achternaam en geboortedatum · Zelfde voornaam en geboortedatum · heeft een open casus" in texts
    assert (opened[0].outcome.family_id, opened[0].outcome.is_new_family) == (family_id, False)
    assert families_in_team(services) == ["Öztürk"]


def test_a_known_family_typed_without_accents_is_still_shown(qtbot, dialog, services, ozturk):
    """"Ozturk" is the known "Öztürk" family, as in Zoek gezin; Sem is a new name, the date of birth Zoë's."""
    family_id, _case_id = ozturk
    qtbot.keyClicks(dialog.family_name_edit, "Ozturk")
    parent, child = dialog.members_editor.rows
    type_member(qtbot, parent, "Ayla", "Ozturk", "02-02-1990")
    type_member(qtbot, child, "Sem", "Ozturk", "01-03-2015")

    click(qtbot, dialog.save_button)

    panel = dialog.duplicate_panel
    assert dialog.pages.currentWidget() is panel and panel.isVisible()
    texts = [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]
    assert "Dit gezin is misschien al bekend" in texts and "Öztürk" in texts
    assert "Zelfde achternaam en geboortedatum · heeft een open casus" in texts
    assert "Komt overeen: Zoë Öztürk" in texts
    assert panel.open_buttons[family_id].isEnabled()
    assert families_in_team(services) == ["Öztürk"]  # nothing stored yet

    click(qtbot, panel.back_button)
    assert (dialog.family_name_edit.text(), child.fields.first_name_edit.text()) == ("Ozturk", "Sem")


def test_a_different_family_with_the_same_name_can_still_be_taken_in(qtbot, dialog, services, ozturk):
    type_text(dialog.family_name_edit, "Öztürk")
    parent, child = dialog.members_editor.rows
    type_member(qtbot, parent, "Ayla", "Öztürk", "02-02-1990")
    type_member(qtbot, child, "Zoë", "Öztürk", "01-03-2015")
    click(qtbot, dialog.save_button)
    assert dialog.pages.currentWidget() is dialog.duplicate_panel

    click(qtbot, dialog.duplicate_panel.continue_button)

    assert dialog.result() == IntakeDialog.DialogCode.Accepted
    assert dialog.outcome.is_new_family
    assert families_in_team(services) == ["Öztürk", "Öztürk"]


def test_a_new_family_is_stored_with_its_members_address_and_director(qtbot, dialog, services, team):
    qtbot.keyClicks(dialog.family_name_edit, "Van den Berg")
    qtbot.keyClicks(dialog.street_edit, "Kerkstraat 4")
    qtbot.keyClicks(dialog.postcode_edit, "1441 ab")
    qtbot.keyClicks(dialog.city_edit, "Purmerend")
    qtbot.keyClicks(dialog.municipality_combo.lineEdit(), "0439")
    parent, child = dialog.members_editor.rows
    type_member(qtbot, parent, "Esther", "Berg", "07071980")
    qtbot.keyClicks(parent.fields.surname_prefix_edit, "van den")
    click(qtbot, parent.fields.authority_check)
    type_member(qtbot, child, "Julia", "Berg", "07-07-2011", bsn="123456782")
    click(qtbot, dialog.add_member_button)
    finn = dialog.members_editor.rows[2]
    assert finn.fields.surname_edit.text() == "Berg"  # taken from the row above
    type_member(qtbot, finn, "Finn", "Berg", "25-04-2013")

    click(qtbot, dialog.save_button)

    outcome = dialog.outcome
    assert dialog.result() == IntakeDialog.DialogCode.Accepted and outcome.is_new_family
    family = services.members.family_detail(outcome.family_id)
    assert (family.name, family.street, family.postcode, family.city, family.municipality_code) == (
        "Van den Berg", "Kerkstraat 4", "1441 AB", "Purmerend", "0439")
    assert [(m.full_name, m.role, m.date_of_birth, m.bsn, m.parental_authority) for m in family.members] == [
        ("Esther van den Berg", MemberRole.PARENT, date(1980, 7, 7), None, True),
        ("Julia Berg", MemberRole.YOUNG_PERSON, date(2011, 7, 7), "123456782", False),
        ("Finn Berg", MemberRole.YOUNG_PERSON, date(2013, 4, 25), None, False),
    ]
    header = services.members.case_header(outcome.case_id)
    assert (header.director_name, header.team_name) == ("Sanne de Vries", "Wijkteam Noord")
    assert [row.family_name for row in services.caseload.my_caseload()] == ["Van den Berg"]


def test_a_colleague_can_be_chosen_as_director(qtbot, dialog, services, team):
    qtbot.keyClicks(dialog.family_name_edit, "Kaya")
    dialog.director_combo.setCurrentIndex(dialog.director_combo.findText("Mohamed El Amrani"))
    parent, child = dialog.members_editor.rows
    click(qtbot, child.remove_button)
    type_member(qtbot, parent, "Mehmet", "Kaya", "01-01-1980")

    click(qtbot, dialog.save_button)

    assert services.members.case_header(dialog.outcome.case_id).director_name == "Mohamed El Amrani"
    assert services.caseload.my_caseload() == []


def test_an_invalid_bsn_is_shown_at_its_field_and_everything_typed_stays(qtbot, dialog, services, team):
    qtbot.keyClicks(dialog.family_name_edit, "Visser")
    parent, child = dialog.members_editor.rows
    type_member(qtbot, parent, "Kees", "Visser", "03-03-1979")
    type_member(qtbot, child, "Sem", "Visser", "09-05-2016", bsn="123456789")

    click(qtbot, dialog.save_button)

    message = "Dit is geen geldig BSN (het moet uit 9 cijfers bestaan en voldoen aan de elfproef)."
    bsn_error = child.fields.errors["bsn"]
    assert bsn_error.isVisible() and bsn_error.text() == message
    assert child.fields.bsn_edit.property(INVALID_PROPERTY) is True
    assert child.fields.bsn_edit.toolTip() == message
    assert not parent.fields.errors["bsn"].isVisible()
    assert dialog.isVisible() and dialog.outcome is None
    assert child.fields.bsn_edit.text() == "123456789"
    assert (dialog.family_name_edit.text(), child.fields.first_name_edit.text()) == ("Visser", "Sem")
    assert families_in_team(services) == []

    child.fields.bsn_edit.clear()
    qtbot.keyClicks(child.fields.bsn_edit, "123456782")
    assert not bsn_error.isVisible()
    click(qtbot, dialog.save_button)
    assert families_in_team(services) == ["Visser"]


def test_missing_fields_are_marked_where_they_are(qtbot, dialog, services, team):
    parent, child = dialog.members_editor.rows
    type_member(qtbot, parent, "Kees", "Visser", "")
    qtbot.keyClicks(child.fields.first_name_edit, "Sem")
    dialog.municipality_combo.lineEdit().clear()
    qtbot.keyClicks(dialog.municipality_combo.lineEdit(), "Zaandam")

    click(qtbot, dialog.save_button)

    required = "Dit veld is verplicht."
    assert dialog.field_errors["family_name"].text() == required
    assert dialog.field_errors["municipality_code"].text() == (
        "Kies een gemeente uit de lijst (een huidige Nederlandse gemeente).")
    assert parent.fields.errors["date_of_birth"].text() == required
    assert child.fields.errors["surname"].text() == required
    assert child.fields.errors["date_of_birth"].text() == required
    assert not parent.fields.errors["first_name"].isVisible()


def test_a_family_without_members_is_refused_under_the_members(qtbot, dialog, services, team):
    qtbot.keyClicks(dialog.family_name_edit, "Smit")

    click(qtbot, dialog.save_button)

    assert dialog.members_error.isVisible()
    assert dialog.members_error.text() == "Voeg minstens één gezinslid toe."
    assert families_in_team(services) == []


def test_a_family_set_aside_as_different_is_not_offered_again(qtbot, dialog, services, ozturk):
    type_text(dialog.family_name_edit, "Öztürk")
    parent, child = dialog.members_editor.rows
    type_member(qtbot, parent, "Ayla", "Öztürk", "02-02-1990")
    type_member(qtbot, child, "Zoë", "Öztürk", "01-03-2015", bsn="123456789")
    click(qtbot, dialog.save_button)
    click(qtbot, dialog.duplicate_panel.continue_button)
    assert child.fields.errors["bsn"].isVisible()  # back on the form, at the field that needs work

    child.fields.bsn_edit.clear()
    click(qtbot, dialog.save_button)

    assert dialog.outcome is not None and dialog.outcome.is_new_family
    assert families_in_team(services) == ["Öztürk", "Öztürk"]


def test_a_date_that_does_not_exist_is_refused_before_anything_is_asked(qtbot, dialog, services, team):
    qtbot.keyClicks(dialog.family_name_edit, "Mulder")
    parent, child = dialog.members_editor.rows
    type_member(qtbot, parent, "Petra", "Mulder", "31-02-1984")
    click(qtbot, child.remove_button)

    click(qtbot, dialog.save_button)

    assert parent.fields.errors["date_of_birth"].text() == (
        "Vul de datum in als dd-mm-jjjj, bijvoorbeeld 01-03-2015.")
    assert parent.fields.date_of_birth_edit.text() == "31-02-1984"
    assert families_in_team(services) == []


def test_cancelling_returns_nothing(services, team, monkeypatch):
    drive_dialog(monkeypatch, IntakeDialog, lambda dialog: dialog.reject())
    assert run_intake(services, runner=SynchronousTaskRunner()) is None


def test_a_control_character_pasted_into_a_name_is_shown_at_its_field_and_everything_typed_stays(
        qtbot, dialog, services, team):
    QGuiApplication.clipboard().setText("Vis\x1bser")  # as copied from a terminal or an old system
    dialog.family_name_edit.paste()
    parent, child = dialog.members_editor.rows
    type_member(qtbot, parent, "Kees", "Visser", "03-03-1979")
    type_member(qtbot, child, "Sem", "Visser", "09-05-2016")

    click(qtbot, dialog.save_button)

    message = ("Deze tekst bevat een teken dat niet kan worden opgeslagen (een stuurteken). "
               "Haal het weg en probeer het opnieuw.")
    assert dialog.field_errors["family_name"].isVisible()
    assert dialog.field_errors["family_name"].text() == message
    assert dialog.family_name_edit.property(INVALID_PROPERTY) is True
    assert dialog.isVisible() and dialog.outcome is None
    assert dialog.family_name_edit.text() == "Vis\x1bser"
    assert child.fields.first_name_edit.text() == "Sem"
    assert families_in_team(services) == []

    dialog.family_name_edit.setText("Visser")
    click(qtbot, dialog.save_button)
    assert families_in_team(services) == ["Visser"]


def test_esc_with_a_typed_name_asks_before_the_intake_is_thrown_away(qtbot, dialog, monkeypatch):
    asked = []
    monkeypatch.setattr(form_dialog, "ask_discard_typed", lambda parent: asked.append(parent) or False)
    fields = dialog.members_editor.rows[0].fields
    qtbot.keyClicks(fields.first_name_edit, "Daan")

    qtbot.keyClick(fields.first_name_edit, Qt.Key.Key_Escape)

    assert asked == [dialog] and dialog.isVisible() and fields.first_name_edit.text() == "Daan"
