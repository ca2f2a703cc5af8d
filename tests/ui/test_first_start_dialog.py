"""First start: the worker says who they are; mistakes are shown at the field and nothing is lost."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ui.dialogs.first_start_dialog import FirstStartDialog
from ui.main import ensure_signed_in


@pytest.fixture
def dialog(qtbot, empty_services):
    dialog = FirstStartDialog(["Wijkteam Noord", "Wijkteam Zuid"], empty_services.workers.register_local_worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_start(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_dialog_offers_the_existing_teams_and_speaks_dutch(dialog):
    assert [dialog.team_combo.itemText(i) for i in range(dialog.team_combo.count())] == [
        "Wijkteam Noord", "Wijkteam Zuid"]
    assert dialog.windowTitle() == "Welkom bij Gezinsregie"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"


def test_name_and_team_are_stored_and_the_worker_is_signed_in(qtbot, dialog, empty_services):
    qtbot.keyClicks(dialog.name_edit, "Fatma Demir")  # QTest can only type ASCII
    dialog.team_combo.setCurrentText("")
    qtbot.keyClicks(dialog.team_combo.lineEdit(), "Jeugdteam West")

    click_start(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = empty_services.workers.local_worker()
    assert stored is not None and stored.name == "Fatma Demir"
    assert dialog.worker == stored
    assert "Jeugdteam West" in [t.name for t in empty_services.workers.teams()]


def test_the_teams_municipality_is_chosen_from_the_list_at_first_start(qtbot, dialog, empty_services):
    qtbot.keyClicks(dialog.name_edit, "Fatma Demir")
    dialog.team_combo.setCurrentText("")
    qtbot.keyClicks(dialog.team_combo.lineEdit(), "Jeugdteam West")
    qtbot.keyClicks(dialog.municipality_combo.lineEdit(), "Atlantis")
    click_start(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.municipality_error.text() == "Kies een gemeente uit de lijst (een huidige Nederlandse gemeente)."
    assert empty_services.workers.local_worker() is None

    dialog.municipality_combo.lineEdit().clear()
    qtbot.keyClicks(dialog.municipality_combo.lineEdit(), "Zaanstad")
    click_start(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    team = next(t for t in empty_services.workers.teams() if t.name == "Jeugdteam West")
    assert [m.name for m in empty_services.organisation.team_municipalities(team.id)] == ["Zaanstad"]


def test_an_empty_name_is_shown_at_the_field_and_the_dialog_stays_open(qtbot, dialog, empty_services):
    qtbot.keyClicks(dialog.name_edit, "   ")
    dialog.team_combo.setCurrentText("Wijkteam Zuid")

    click_start(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.name_error.isVisible()
    assert dialog.name_error.text() == "Dit veld is verplicht."
    assert dialog.name_edit.property("invalid") is True
    assert not dialog.team_error.isVisible()
    assert dialog.team_combo.currentText() == "Wijkteam Zuid"
    assert empty_services.workers.local_worker() is None

    qtbot.keyClicks(dialog.name_edit, "Fatma")
    assert not dialog.name_error.isVisible()  # the message goes once the worker corrects the field
    click_start(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


class StubDialog:
    """Records how the launcher builds the dialog and answers as a user would."""

    def __init__(self, answer, name="Fatma Öztürk", team="Wijkteam Noord"):
        self.answer, self.name, self.team = answer, name, team
        self.team_names = None
        self.worker = None

    def __call__(self, team_names, register, parent=None):
        self.team_names = team_names
        self._register = register
        return self

    def exec(self):
        if self.answer == QDialog.DialogCode.Accepted:
            self.worker = self._register(self.name, self.team)
        return self.answer


def test_the_launcher_asks_who_is_working_only_on_the_first_start(empty_services):
    first = StubDialog(QDialog.DialogCode.Accepted)
    user = ensure_signed_in(empty_services, first)
    assert user is not None and user.name == "Fatma Öztürk"
    assert first.team_names == []

    again = StubDialog(QDialog.DialogCode.Accepted)
    assert ensure_signed_in(empty_services, again).worker_id == user.worker_id
    assert again.team_names is None  # not asked
    assert empty_services.ctx.user.worker_id == user.worker_id


def test_cancelling_the_first_start_signs_nobody_in(empty_services):
    assert ensure_signed_in(empty_services, StubDialog(QDialog.DialogCode.Rejected)) is None
    assert empty_services.ctx.user is None
