"""The waakvlam: set up after help ends, contacts logged, overdue ones highlighted, reopening as recurrence."""
from __future__ import annotations

from datetime import date

import pytest

from app.services.waakvlam import WaakvlamInput
from models.enums import CaseStatus, ContactOutcome, WaakvlamHolder, WaakvlamStatus
from tests.ui.care.care_data import help_input
from tests.ui.care.conftest import say_yes
from tests.ui.case.conftest import click_ok, drive_dialog, fill_aftercare, select_combo_data, type_text
from ui.care.involvement_steps import EndInvolvementDialog
from ui.care.looks import NEXT, OVERDUE, look_of
from ui.care.waakvlam_dialogs import ContactDialog, WaakvlamDialog

AGREEMENT = "Petra belt elke zes weken met Ayşe; bij zorgen belt ze Sanne dezelfde dag."


@pytest.fixture
def waakvlam(services, care):
    """A waakvlam held by the school's coach from 22-11-2026: contacts on 03-01, 14-02, 28-03 and 09-05-2027."""
    header = services.members.case_header(care.case_id)
    return services.waakvlam.start_waakvlam(care.case_id, WaakvlamInput(
        WaakvlamHolder.SCHOOL_COACH, "Petra Bos (De Regenboog)", agreement=AGREEMENT), header.version)


def contact_cells(tab) -> list[list[str]]:
    return [[tab.model.index(row, column).data() for column in range(3)] for row in range(tab.model.rowCount())]


def test_a_waakvlam_needs_a_holder_and_is_set_up_with_someone_from_the_network(
        qtbot, care_window, care, services, monkeypatch):
    seen = {}

    def fill(dialog: WaakvlamDialog) -> None:
        click_ok(qtbot, dialog)
        seen["no holder"] = (dialog.field_errors["holder_kind"].text(), dialog.isVisible())
        select_combo_data(dialog.holder_combo, WaakvlamHolder.NETWORK_MEMBER.value)
        click_ok(qtbot, dialog)
        seen["no name"] = dialog.field_errors["holder_name"].text()
        dialog.network_combo.setCurrentIndex(dialog.network_combo.findData("Fatma Yıldız"))
        seen["name"] = dialog.name_edit.text()
        dialog.frequency_spin.setValue(4)
        seen["preview"] = dialog.preview_label.text()
        type_text(dialog.agreement_edit, "Oma belt Sanne als Zoë weer thuisblijft.")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, WaakvlamDialog, fill)
    window = care_window("waakvlam_tab")
    tab = window.waakvlam_tab
    assert tab.stack.currentWidget() is tab.empty_page and tab.start_button.isEnabled()

    tab.start_button.click()

    assert seen == {"no holder": ("Kies wie de waakvlam houdt.", True),
                    "no name": "Geef de naam van degene die de waakvlam houdt.", "name": "Fatma Yıldız",
                    "preview": "Loopt tot 22-05-2027; 6 contacten gepland, het eerste op 20-12-2026."}
    assert services.members.case_header(care.case_id).status is CaseStatus.WAAKVLAM
    assert tab.stack.currentWidget() is tab.active_page
    assert tab.holder_label.text() == "Iemand uit het netwerk: Fatma Yıldız"
    assert tab.period_label.text() == "22-11-2026 tot 22-05-2027 · elke 4 weken contact"
    assert tab.model.rowCount() == 6 and look_of(tab.model, 0) == NEXT
    assert window.history_tab.sentences()[0] == "Status gewijzigd van actief naar waakvlam"
    assert not window.to_waakvlam_action.isVisible()
    window.tabs.setCurrentWidget(window.involvements_tab)
    assert not window.involvements_tab.add_button.isEnabled()
    assert window.involvements_tab.notice_label.text() == (
        "Deze casus is in waakvlam. Hulp voeg je weer toe nadat de casus is heropend.")


def test_the_header_action_ends_running_help_before_the_waakvlam(qtbot, care_window, care, services, monkeypatch):
    services.involvements.add_involvement(care.case_id, help_input(care.team_help))
    drive_dialog(monkeypatch, EndInvolvementDialog, lambda dialog: (fill_aftercare(dialog), click_ok(qtbot, dialog)))
    opened = drive_dialog(monkeypatch, WaakvlamDialog, lambda dialog: dialog.reject())
    window = care_window("involvements_tab")
    asked = say_yes(window.waakvlam_tab)
    assert window.to_waakvlam_action.isVisible()

    window.to_waakvlam_action.trigger()

    assert asked == ["Een waakvlam volgt op hulp die is beëindigd. Nog lopend: Jeugdhulp Zaanstreek. "
                     "Deze hulp nu beëindigen?"]
    assert [i.is_active for i in services.involvements.involvements(care.case_id)] == [False]
    assert len(opened) == 1 and window.tabs.currentWidget() is window.waakvlam_tab
    assert services.members.case_header(care.case_id).status is CaseStatus.ACTIVE  # the waakvlam was cancelled


def test_an_overdue_contact_is_highlighted_as_time_passes_and_contacts_are_logged(
        qtbot, care_window, care, services, clock, waakvlam, monkeypatch):
    tab = care_window("waakvlam_tab").waakvlam_tab
    assert tab.agreement_label.text() == AGREEMENT
    assert (look_of(tab.model, 0), tab.next_label.text()) == (NEXT, "Volgend contact 03-01-2027")

    clock.day = date(2027, 1, 10)
    tab.reload()

    assert look_of(tab.model, 0) == OVERDUE
    assert tab.next_label.text() == "Volgend contact 03-01-2027 – te laat"
    assert contact_cells(tab)[0] == ["03-01-2027", "", "Te laat"]

    def fill(dialog: ContactDialog) -> None:
        assert dialog.windowTitle() == "Contact van 03-01-2027 vastleggen"
        dialog.held_edit.clear()
        type_text(dialog.held_edit, "09-01-2027")
        dialog.outcome_radios[ContactOutcome.CONCERNS].setChecked(True)
        click_ok(qtbot, dialog)
        seen.append(dialog.field_errors["note"].text())
        type_text(dialog.note_edit, "Zoë bleef twee dagen thuis; Petra houdt het in de gaten.")
        click_ok(qtbot, dialog)

    seen: list[str] = []
    drive_dialog(monkeypatch, ContactDialog, fill)
    tab.contact_button.click()

    assert seen == ["Beschrijf wat er speelt."]
    assert contact_cells(tab)[:2] == [["03-01-2027", "09-01-2027", "Zorgen"], ["14-02-2027", "", "Volgende"]]
    assert (look_of(tab.model, 0), look_of(tab.model, 1)) == (None, NEXT)

    clock.day = date(2027, 3, 1)
    tab.reload()
    assert (look_of(tab.model, 1), look_of(tab.model, 2)) == (OVERDUE, None)


def test_reopening_from_a_contact_is_confirmed_and_counts_as_recurrence(
        qtbot, care_window, care, services, clock, waakvlam, messages, monkeypatch):
    clock.day = date(2027, 1, 5)
    window = care_window("waakvlam_tab")
    tab = window.waakvlam_tab
    answers = [False, True]
    asked: list[str] = []

    def confirm(_parent, _title, text) -> bool:
        asked.append(text)
        return answers.pop(0)

    def fill(dialog: ContactDialog) -> None:
        dialog.outcome_radios[ContactOutcome.REOPEN].setChecked(True)
        type_text(dialog.note_edit, "School meldt opnieuw verzuim; Ayşe vraagt om hulp.")
        click_ok(qtbot, dialog)  # "no": stays open, nothing changes
        seen["after no"] = (dialog.isVisible(), services.members.case_header(care.case_id).status)
        click_ok(qtbot, dialog)

    seen = {}
    tab.confirm = confirm
    drive_dialog(monkeypatch, ContactDialog, fill)
    tab.contact_button.click()

    assert seen["after no"] == (True, CaseStatus.WAAKVLAM)
    assert len(asked) == 2 and "Het telt als recidive in de cijfers." in asked[0]
    header = services.members.case_header(care.case_id)
    assert (header.status, header.reopen_count) == (CaseStatus.ACTIVE, 1)
    assert messages == ["De casus is weer actief. Dit telt als recidive; de geschiedenis en de eerdere waakvlam "
                        "blijven in het dossier."]
    assert window.history_tab.sentences()[0] == (
        "Heropend (recidive): School meldt opnieuw verzuim; Ayşe vraagt om hulp.")
    assert window.header_bar.status_pill.text() == "Actief"
    assert window.header_bar.details_label.text().endswith("1× heropend")
    assert tab.stack.currentWidget() is tab.empty_page
    assert tab.earlier_label.text() == (
        "Eerdere waakvlam 22-11-2026 – 05-01-2027 (Petra Bos (De Regenboog)): Heropend (recidive)")
    assert services.waakvlam.waakvlams(care.case_id)[0].status is WaakvlamStatus.REOPENED


def test_ending_the_waakvlam_closes_the_case(qtbot, care_window, care, services, clock, waakvlam):
    clock.day = date(2027, 5, 23)
    window = care_window("waakvlam_tab")
    asked = say_yes(window.waakvlam_tab)

    window.waakvlam_tab.end_button.click()

    assert asked[0].startswith("Met het beëindigen van de waakvlam wordt de casus afgesloten")
    header = services.members.case_header(care.case_id)
    assert (header.status, header.closed_on) == (CaseStatus.CLOSED, date(2027, 5, 23))
    assert window.header_bar.status_pill.text() == "Afgesloten"
    assert window.waakvlam_tab.empty_title.text() == "De casus is afgesloten"
    assert not window.waakvlam_tab.start_button.isEnabled()
