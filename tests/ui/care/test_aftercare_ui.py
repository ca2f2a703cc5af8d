"""The aftercare part of ending help and closing a case, driven through the case window: the fields that fit
the choice, the messages at their fields, what is stored, and the Help tab's aftercare section."""
from __future__ import annotations

from models.enums import AftercareKind, AftercareNoneReason, CaseStatus, CloseReason
from tests.ui.care.care_data import help_input
from tests.ui.case.conftest import click_ok, drive_dialog, select_combo_data, type_text
from ui.care.involvement_steps import EndInvolvementDialog
from ui.case.direction_dialogs import CloseCaseDialog


def test_ending_help_asks_who_carries_on_and_shows_it_on_the_help_tab(qtbot, care_window, care, services,
                                                                       monkeypatch):
    services.involvements.add_involvement(care.case_id, help_input(care.team_help))
    seen = {}

    def end(dialog: EndInvolvementDialog) -> None:
        fields = dialog.aftercare
        assert not fields.who_edit.isEnabled() and not fields.reason_combo.isEnabled()
        click_ok(qtbot, dialog)  # nothing chosen: refused at the choice
        seen["kind"] = dialog.field_errors["aftercare_kind"].text()
        select_combo_data(fields.kind_combo, AftercareKind.NETWORK.value)
        assert fields.who_edit.isEnabled() and fields.what_edit.isEnabled() and not fields.reason_combo.isEnabled()
        type_text(fields.who_edit, "Oma Fatma")
        click_ok(qtbot, dialog)  # who without what
        seen["what"] = dialog.field_errors["aftercare_what"].text()
        assert dialog.isVisible()
        type_text(fields.what_edit, "Haalt Zoë op woensdag uit school")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, EndInvolvementDialog, end)
    window = care_window("involvements_tab")
    tab = window.involvements_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    tab.detail.end_button.click()

    assert seen == {"kind": "Geef aan hoe de nazorg is geborgd: in het eigen netwerk, bij een voorliggende "
                            "voorziening, of niet nodig.",
                    "what": "Dit veld is verplicht."}
    [after] = services.aftercare.aftercare(care.case_id)
    assert (after.kind, after.who, after.what) == (AftercareKind.NETWORK, "Oma Fatma",
                                                   "Haalt Zoë op woensdag uit school")
    section = tab.aftercare
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    row = [section.model.index(0, c).data() for c in range(section.model.columnCount())]
    assert row[2:] == ["Geborgd in het eigen netwerk van het gezin", "Oma Fatma", "Haalt Zoë op woensdag uit school"]


def test_closing_the_case_records_that_no_aftercare_is_needed_and_why(qtbot, care_window, care, services,
                                                                      monkeypatch):
    seen = []

    def close(dialog: CloseCaseDialog) -> None:
        select_combo_data(dialog.reason_combo, CloseReason.MOVED.value)
        select_combo_data(dialog.aftercare.kind_combo, AftercareKind.NONE_NEEDED.value)
        assert dialog.aftercare.reason_combo.isEnabled() and not dialog.aftercare.who_edit.isEnabled()
        click_ok(qtbot, dialog)  # no reason yet
        seen.append(dialog.field_errors["aftercare_reason"].text())
        select_combo_data(dialog.aftercare.reason_combo, AftercareNoneReason.MOVED.value)
        type_text(dialog.aftercare.note_edit, "Verhuisd naar Groningen")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, CloseCaseDialog, close)
    window = care_window("involvements_tab")
    window.close_case_action.trigger()

    assert seen == ["Kies waarom geen nazorg nodig is."]
    assert services.members.case_header(care.case_id).status is CaseStatus.CLOSED
    [after] = services.aftercare.aftercare(care.case_id)
    assert (after.involvement_id, after.kind, after.none_reason, after.note) == (
        None, AftercareKind.NONE_NEEDED, AftercareNoneReason.MOVED, "Verhuisd naar Groningen")
    section = window.involvements_tab.aftercare
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert section.model.index(0, 0).data() == "Casus afgesloten"
    assert section.model.index(0, 3).data() == "Het gezin is verhuisd"
