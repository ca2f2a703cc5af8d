"""The Family tab's "Who looked…": the report of the whole family or of the chosen member saved as PDF
(the file dialog replaced), logged as an export, and where it is said."""
from __future__ import annotations

from PySide6.QtCore import Qt

from models.enums import AuditEvent
from tests.export.plan_data import pdf_text
from tests.integration.case_helpers import log_entries
from ui.case import access_report


def test_who_looked_saves_the_familys_report_and_says_where(qtbot, open_window, story, services, messages,
                                                            monkeypatch, tmp_path):
    out = tmp_path / "wie-keek.pdf"
    asked: list[str] = []
    monkeypatch.setattr(access_report, "choose_report_file", lambda _parent, name: asked.append(name) or str(out))
    tab = open_window(story.case_id).family_tab
    assert tab.access_report_button.text() == "Wie heeft ingezien…"
    assert tab.access_report_button.isEnabled() and not tab.member_report_action.isEnabled()

    tab.family_report_action.trigger()
    qtbot.waitUntil(lambda: bool(messages))

    text = pdf_text(out.read_bytes())
    assert asked == ["Öztürk"]
    assert messages[0].startswith("Wie het dossier van Öztürk heeft ingezien (") and str(out) in messages[0]
    assert "Medewerker Sanne de Vries (Wijkteam Noord) heeft op 22 november 2026 om 13:00" in text
    export, = log_entries(services, event=AuditEvent.PRINT_EXPORT, object_type="family")
    assert export.family_id == story.family_id and export.detail_code == "who_looked_at"


def test_who_looked_for_the_chosen_member(qtbot, open_window, story, services, messages, monkeypatch, tmp_path):
    out = tmp_path / "zoe.pdf"
    monkeypatch.setattr(access_report, "choose_report_file", lambda _parent, _name: str(out))
    tab = open_window(story.case_id).family_tab
    rect = tab.members_table.visualRect(tab.members_model.index(2, 0))
    qtbot.mouseClick(tab.members_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.member_report_action.isEnabled()

    tab.member_report_action.trigger()
    qtbot.waitUntil(lambda: bool(messages))

    assert "Wie heeft het dossier van Zoë Öztürk ingezien" in pdf_text(out.read_bytes())
    export, = log_entries(services, event=AuditEvent.PRINT_EXPORT, object_type="person")
    assert export.object_id == tab.members_model.row(2).id


def test_cancelling_the_file_choice_writes_nothing(qtbot, open_window, story, services, messages, monkeypatch):
    monkeypatch.setattr(access_report, "choose_report_file", lambda _parent, _name: "")
    tab = open_window(story.case_id).family_tab

    tab.family_report_action.trigger()

    assert messages == [] and log_entries(services, event=AuditEvent.PRINT_EXPORT) == []
