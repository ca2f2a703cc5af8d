"""Application errors reach the user translated: in a message box, or under the field concerned."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QMessageBox

from app.errors import Msg, NotFound, ValidationError
from ui.errors import error_text, show_error, show_field_errors
from ui.widgets.field_error_label import FieldErrorLabel


def test_a_message_box_shows_the_dutch_text(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))

    show_error(None, NotFound())

    assert shown == [("Gezinsregie", error_text(NotFound()))]
    assert shown[0][1] != NotFound.default  # translated, not the English source
    assert shown[0][1] == NotFound().message()  # the same Dutch text the command line gives


def test_field_messages_go_under_their_fields_with_placeholders_filled(qtbot):
    name, team = QLineEdit(), QLineEdit()
    qtbot.addWidget(name)
    qtbot.addWidget(team)
    labels = {"name": FieldErrorLabel(name), "team": FieldErrorLabel(team)}
    error = ValidationError({
        "name": Msg("At most {max} characters.", {"max": 120}),
        "colour": Msg("This field is required."),
    })

    unplaced = show_field_errors(error, labels)

    assert "120" in labels["name"].text() and labels["name"].text() != "At most 120 characters."
    assert name.property("invalid") is True
    assert labels["team"].text() == "" and not team.property("invalid")
    assert unplaced == {"colour": "Dit veld is verplicht."}
