"""Inzage toegangslog: a supervisor sees who looked at a family's file; a plain worker is refused."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.bootstrap import open_database
from models.enums import Role
from tests.ui.case.case_data import intake_ozturk
from ui.dialogs.access_log_dialog import AccessLogDialog, access_log_source
from ui.main_window import MainWindow


@pytest.fixture
def local(db_path, clock):
    svc = open_database(db_path, clock=clock, encryption=None)
    yield svc
    svc.close()


@pytest.fixture
def family_read(local):
    """Sanne (worker) takes in the Öztürk family, opens the case and its history."""
    local.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    family_id, case_id = intake_ozturk(local)
    local.members.case_view(case_id)
    local.cases.history(case_id)
    return family_id, case_id


def make_dialog(qtbot, services, runner):
    dialog = AccessLogDialog(access_log_source(services), runner, services.ctx.clock.today())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_supervisor_sees_who_looked_at_the_family(qtbot, local, family_read, runner, clock):
    local.workers.register_local_worker("Petra Jansen", "Wijkteam Noord", role=Role.SUPERVISOR)
    dialog = make_dialog(qtbot, local, runner)
    assert dialog.windowTitle() == "Inzage toegangslog"
    assert dialog.family_combo.currentText() == "Öztürk"

    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)

    assert dialog.rows, dialog.status_label.text()
    table = dialog.table
    assert table.horizontalHeaderItem(0).text() == "Tijdstip"
    assert table.horizontalHeaderItem(6).text() == "Details"
    texts = {table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())}
    assert "Sanne de Vries" in texts
    assert any(t.startswith(clock.today().strftime("%d-%m-%Y")) for t in texts)
    assert {"Aangemaakt", "Toegestaan", "Casusoverzicht"} <= texts
    assert "case_view" not in texts
    assert dialog.status_label.text().endswith("vermeldingen.")


def test_a_plain_worker_is_refused_in_dutch(qtbot, local, family_read, runner, events, ui_settings):
    dialog = make_dialog(qtbot, local, runner)

    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)

    assert dialog.table.rowCount() == 0
    assert dialog.status_label.property("failed") is True
    assert "leidinggevende" in dialog.status_label.text() or "beheerder" in dialog.status_label.text()
    window = MainWindow(local, runner, events, ui_settings)
    qtbot.addWidget(window)
    assert not window.app_actions.access_log.isEnabled()


def test_the_menu_action_is_there_for_a_supervisor(qtbot, local, family_read, runner, events, ui_settings):
    local.workers.register_local_worker("Petra Jansen", "Wijkteam Noord", role=Role.SUPERVISOR)
    window = MainWindow(local, runner, events, ui_settings)
    qtbot.addWidget(window)
    assert window.app_actions.access_log.isEnabled()
    assert window.app_actions.access_log.text() == "&Inzage toegangslog…"
