"""The Family tab's "Inspection and copy…": the chosen member's file saved as PDF and JSON, and where it is said."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt

from models.enums import AuditEvent
from tests.export.plan_data import pdf_text
from tests.integration.case_helpers import log_entries
from ui.case import inspection


def test_inspection_and_copy_saves_the_selected_members_file_and_says_where(
        qtbot, open_window, story, services, messages, monkeypatch, tmp_path):
    out = tmp_path / "inzage"
    out.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(inspection, "choose_folder", lambda _parent, name: asked.append(name) or str(out))
    tab = open_window(story.case_id).family_tab
    assert not tab.inspection_button.isEnabled()
    assert tab.inspection_button.text() == "Inzage en kopie…"

    rect = tab.members_table.visualRect(tab.members_model.index(2, 0))
    qtbot.mouseClick(tab.members_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(tab.inspection_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages))

    pdf, data = out / "Zoë Öztürk-inzage.pdf", out / "Zoë Öztürk-inzage.json"
    assert asked == ["Zoë Öztürk"]
    assert messages[0].startswith("De inzagekopie van Zoë Öztürk (") and str(pdf) in messages[0]
    assert "123456782" in pdf_text(pdf.read_bytes())
    assert json.loads(data.read_text(encoding="utf-8"))["person"]["first_name"] == "Zoë"
    assert len(log_entries(services, event=AuditEvent.PRINT_EXPORT, object_type="person")) == 1


def test_cancelling_the_folder_choice_writes_nothing(qtbot, open_window, story, services, messages, monkeypatch):
    monkeypatch.setattr(inspection, "choose_folder", lambda _parent, _name: "")
    tab = open_window(story.case_id).family_tab
    tab.members_table.selectRow(2)

    qtbot.mouseClick(tab.inspection_button, Qt.MouseButton.LeftButton)

    assert messages == [] and log_entries(services, event=AuditEvent.PRINT_EXPORT) == []
