"""The Gezin tab's consent register, driven like a user: record a consent in the dialog (a refused
input shows its message at the field and keeps what was typed), see it in the table and as a compact
status in the case header, and withdraw it."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.services.consents import ConsentInput
from models.enums import ConsentScope
from tests.integration.case_helpers import log_entries
from tests.ui.case.conftest import click_ok, drive_dialog, select_combo_data, type_text
from tests.ui.case.test_family_tab import click_row, column_texts
from ui.case.consent_dialog import ConsentDialog


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def row_texts(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def member(services, family_id: int, first_name: str) -> int:
    return next(m.id for m in services.members.family_detail(family_id).members if m.first_name == first_name)


def test_recording_a_consent_refused_at_the_field_then_saved(qtbot, open_window, ozturk, services, monkeypatch):
    family_id, case_id = ozturk
    zoe = member(services, family_id, "Zoë")
    seen: dict[str, object] = {}

    def fill(dialog: ConsentDialog) -> None:
        select_combo_data(dialog.person_combo, zoe)
        select_combo_data(dialog.scope_combo, ConsentScope.SCHOOL.value)
        type_text(dialog.note_edit, "Met de mentor besproken")
        click_ok(qtbot, dialog)  # no party named: refused at its field
        seen["message"] = dialog.field_errors["party"].text()
        seen["open"] = dialog.isVisible()
        seen["kept"] = (dialog.person_combo.currentData(), dialog.note_edit.toPlainText())
        assert services.consents.consents(family_id).consents == ()
        type_text(dialog.party_edit, "OBS De Regenboog")
        click_ok(qtbot, dialog)

    window = open_window(case_id)
    tab = window.family_tab
    assert tab.consents.status_label.text() == "Nog geen toestemmingen vastgelegd."
    assert window.header_bar.consent_pill.text() == "Toestemming: geen geldige"
    drive_dialog(monkeypatch, ConsentDialog, fill)
    click(qtbot, tab.consents.add_button)

    assert seen == {"message": "Geef de naam van de partij waarvoor deze toestemming geldt.", "open": True,
                    "kept": (zoe, "Met de mentor besproken")}
    [stored] = services.consents.consents(family_id).consents
    assert (stored.party, stored.given_by, stored.given_on) == ("OBS De Regenboog", "Mehmet Öztürk, Ayşe Öztürk", date(2026, 11, 22))
    qtbot.waitUntil(lambda: tab.consents.model.rowCount() == 1)
    assert row_texts(tab.consents.model, 0) == [
        "Zoë Öztürk", "Delen met de school: OBS De Regenboog", "Mehmet Öztürk, Ayşe Öztürk", "Schriftelijk", "22-11-2026", "",
        "Geldig"]
    assert window.header_bar.consent_pill.text() == "Toestemming: 1 geldig"


def test_withdrawing_a_consent_and_the_header_counts_renewals(qtbot, open_window, ozturk, services, clock,
                                                              monkeypatch):
    family_id, case_id = ozturk
    zoe, daan = member(services, family_id, "Zoë"), member(services, family_id, "Daan")
    services.consents.record(family_id, ConsentInput(zoe, ConsentScope.GP, date(2026, 11, 1), party="Huisarts"))
    services.consents.record(family_id, ConsentInput(daan, ConsentScope.EVALUATION, date(2026, 11, 1)))
    clock.day = date(2027, 3, 2)  # Zoë turned 12 yesterday
    monkeypatch.setattr("ui.case.consent_section.ask_yes_no", lambda *_args: True)

    window = open_window(case_id)
    section = window.family_tab.consents
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    assert window.header_bar.consent_pill.text() == "Toestemming: 1 geldig, 1 te vernieuwen"
    statuses = {row_texts(section.model, r)[0]: row_texts(section.model, r)[6] for r in range(2)}
    assert statuses == {"Zoë Öztürk": "Vernieuwen: 12 geworden op 01-03-2027", "Daan Öztürk": "Geldig"}
    assert not section.withdraw_button.isEnabled()

    daan_row = next(r for r in range(2) if row_texts(section.model, r)[0] == "Daan Öztürk")
    section.table.selectRow(daan_row)
    click(qtbot, section.withdraw_button)

    qtbot.waitUntil(lambda: window.header_bar.consent_pill.text() == "Toestemming: 0 geldig, 1 te vernieuwen")
    withdrawn = next(c for c in services.consents.consents(family_id).consents if c.person_id == daan)
    assert withdrawn.withdrawn_on == date(2027, 3, 2)
    row = next(r for r in range(2) if row_texts(section.model, r)[0] == "Daan Öztürk")
    assert row_texts(section.model, row)[6] == "Ingetrokken 02-03-2027"


def test_the_register_shown_is_logged_once_and_its_refresh_not(qtbot, open_window, ozturk, services, monkeypatch):
    family_id, case_id = ozturk
    window = open_window(case_id)
    section = window.family_tab.consents
    qtbot.waitUntil(lambda: section.status_label.text() != "")

    def fill(dialog: ConsentDialog) -> None:
        select_combo_data(dialog.person_combo, member(services, family_id, "Daan"))
        select_combo_data(dialog.scope_combo, ConsentScope.EVALUATION.value)
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, ConsentDialog, fill)
    click(qtbot, section.add_button)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    logged = [(e.event.value, e.object_type) for e in log_entries(services, family_id=family_id)
              if e.object_type == "consent"]
    assert logged == [("read", "consent"), ("create", "consent")]


def test_a_member_with_consents_on_record_is_not_removed_and_the_worker_is_told_why(
        qtbot, open_window, ozturk, services, messages, answer_yes):
    family_id, case_id = ozturk
    daan = member(services, family_id, "Daan")
    consent = services.consents.record(family_id, ConsentInput(daan, ConsentScope.SCHOOL, date(2026, 11, 1),
                                                               party="OBS De Regenboog"))
    services.consents.withdraw(consent.id, consent.version)  # withdrawn, and still on record
    tab = open_window(case_id).family_tab
    qtbot.waitUntil(lambda: "Daan Öztürk" in column_texts(tab.members_model))

    click_row(qtbot, tab.members_table, column_texts(tab.members_model).index("Daan Öztürk"))
    click(qtbot, tab.remove_member_button)

    qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["Voor Daan Öztürk zijn toestemmingen vastgelegd (het toestemmingenregister bewaart ze, ook "
                        "als ze zijn ingetrokken); Daan Öztürk kan daarom niet worden verwijderd."]
    assert "Daan Öztürk" in column_texts(tab.members_model)
    assert [c.person_id for c in services.consents.consents(family_id).consents] == [daan]
