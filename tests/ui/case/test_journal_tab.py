"""The journal: writing an entry, finding it by searching, correcting it, and never losing typed text."""
from __future__ import annotations

from app.changes import ChangeKind, Changes

from datetime import date

import pytest
from PySide6.QtCore import Qt

from models.enums import JournalKind
from tests.ui.case.conftest import select_combo_data, type_text

NEW_TEXT = "Ayşe belde: Zoë is deze week elke dag naar school geweest."


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def row_texts(model, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


@pytest.fixture
def journal(open_window, story):
    window = open_window(story.case_id)
    window.tabs.setCurrentWidget(window.journal_tab)
    return window.journal_tab


def test_entries_are_listed_newest_first_with_date_kind_author_and_preview(journal):
    assert journal.model.rowCount() == 5
    assert row_texts(journal.model, 0)[:3] == ["18-11-2026", "Huisbezoek", "Sanne de Vries"]
    assert row_texts(journal.model, 0)[3].startswith("Gezinsplan doorgenomen aan de keukentafel.")
    assert row_texts(journal.model, 4)[:2] == ["14-09-2026", "Telefoongesprek"]
    assert journal.count_label.text() == "5 notities"


def test_a_new_entry_is_stored_shown_first_and_found_by_searching(qtbot, journal, services, story, events):
    form = journal.form
    assert form.date_edit.text() == "22-11-2026"
    select_combo_data(form.kind_combo, JournalKind.PHONE_CALL)
    type_text(form.text_edit, NEW_TEXT)

    with qtbot.waitSignal(events.operation_did_execute) as changed:
        click(qtbot, form.save_button)

    assert ChangeKind.JOURNAL in changed.args[0].kinds
    stored = services.journal.entries(story.case_id)[0]
    assert (stored.occurred_on, stored.kind, stored.text) == (date(2026, 11, 22), JournalKind.PHONE_CALL, NEW_TEXT)
    assert row_texts(journal.model, 0) == ["22-11-2026", "Telefoongesprek", "Sanne de Vries", NEW_TEXT]
    assert journal.reader.toPlainText() == NEW_TEXT  # the saved entry is selected and readable
    assert form.text_edit.toPlainText() == "" and not form.has_unsaved_changes()

    qtbot.keyClicks(journal.search_edit, "DEZE week")
    assert journal.search_timer.isActive()  # waits for a pause in typing
    journal.search_timer.stop()
    journal.search_timer.timeout.emit()

    assert [row_texts(journal.model, r)[0] for r in range(journal.model.rowCount())] == ["22-11-2026"]
    assert journal.count_label.text() == "1 notitie gevonden"

    journal.search_edit.clear()
    journal.search_timer.timeout.emit()
    assert journal.model.rowCount() == 6


def test_a_failed_save_keeps_the_text_and_shows_why_at_the_field(qtbot, journal, services, story):
    form = journal.form
    form.date_edit.clear()
    qtbot.keyClicks(form.date_edit, "01-12-2026")
    type_text(form.text_edit, NEW_TEXT)

    click(qtbot, form.save_button)

    assert form.field_errors["occurred_on"].text() == "De datum van een contact kan niet in de toekomst liggen."
    assert form.text_edit.toPlainText() == NEW_TEXT and form.has_unsaved_changes()
    assert len(services.journal.entries(story.case_id)) == 5


def test_typed_text_survives_switching_tabs(qtbot, open_window, story):
    window = open_window(story.case_id)
    window.tabs.setCurrentWidget(window.journal_tab)
    type_text(window.journal_tab.form.text_edit, "Half af: ")

    window.tabs.setCurrentWidget(window.history_tab)
    window.tabs.setCurrentWidget(window.family_tab)
    window.tabs.setCurrentWidget(window.journal_tab)

    assert window.journal_tab.form.text_edit.toPlainText() == "Half af: "


def test_correcting_an_own_entry(qtbot, journal, services, story):
    rect = journal.table.visualRect(journal.model.index(0, 0))
    qtbot.mouseClick(journal.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert journal.edit_button.isVisible()
    click(qtbot, journal.edit_button)
    form = journal.form
    assert form.title_label.text() == "Notitie van 18-11-2026 wijzigen"
    assert not form.has_unsaved_changes()

    type_text(form.text_edit, " Oma was er ook bij.")
    click(qtbot, form.save_button)

    newest = services.journal.entries(story.case_id)[0]
    assert newest.text.endswith("Volgende evaluatie in januari. Oma was er ook bij.")
    assert newest.version == 2
    assert form.title_label.text() == "Nieuwe notitie"


def test_ctrl_enter_saves_the_entry_without_reaching_for_the_mouse(qtbot, journal, services, story):
    type_text(journal.form.text_edit, "Kort telefoontje met Mehmet.")

    qtbot.keyClick(journal.form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert services.journal.entries(story.case_id)[0].text == "Kort telefoontje met Mehmet."


def _access_log(services) -> list[tuple[str, str]]:
    from sqlalchemy import text
    with services.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT event, object_type FROM access_log ORDER BY id"))]


def test_the_refresh_after_an_own_save_is_not_logged_as_a_view_but_opening_the_tab_again_is(
        qtbot, journal, services, story, events):
    window = journal.window()
    before = len(_access_log(services))
    select_combo_data(journal.form.kind_combo, JournalKind.PHONE_CALL)
    type_text(journal.form.text_edit, NEW_TEXT)
    with qtbot.waitSignal(events.operation_did_execute):
        click(qtbot, journal.form.save_button)

    after_save = _access_log(services)[before:]
    assert any(event == "create" for event, _ in after_save)
    assert [entry for entry in after_save if entry[0] == "read"] == []  # the list refreshed, nobody opened anything
    assert journal.model.rowCount() == 6

    window.reload()  # an explicit reload is the person looking again
    assert ("read", "journal") in _access_log(services)[before + len(after_save):]
