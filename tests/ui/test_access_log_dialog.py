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


def shown_texts(dialog) -> set[str]:
    model = dialog.table.model()
    return {model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())}


def test_a_supervisor_sees_who_looked_at_the_family(qtbot, local, family_read, runner, clock):
    local.workers.register_local_worker("Petra Jansen", "Wijkteam Noord", role=Role.SUPERVISOR)
    dialog = make_dialog(qtbot, local, runner)
    assert dialog.windowTitle() == "Inzage toegangslog"
    assert dialog.family_combo.currentText() == "Öztürk"

    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)

    assert dialog.rows, dialog.status_label.text()
    model = dialog.table.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Tijdstip"
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Details"
    texts = shown_texts(dialog)
    assert "Sanne de Vries" in texts
    assert any(t.startswith(clock.today().strftime("%d-%m-%Y")) for t in texts)
    assert {"Aangemaakt", "Toegestaan", "Casusoverzicht"} <= texts
    assert "case_view" not in texts
    assert dialog.status_label.text().endswith("vermeldingen.")


def test_a_plain_worker_is_refused_in_dutch(qtbot, local, family_read, runner, events, ui_settings):
    dialog = make_dialog(qtbot, local, runner)

    assert not dialog.search_button.isEnabled()  # there is nothing it may choose from
    assert dialog.table.model().rowCount() == 0
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


def test_a_long_answer_comes_a_page_at_a_time_as_the_table_scrolls(qtbot, local, family_read, runner, monkeypatch):
    local.workers.register_local_worker("Petra Jansen", "Wijkteam Noord", role=Role.SUPERVISOR)
    _family_id, case_id = family_read
    for _ in range(30):
        local.members.case_view(case_id)
    asked = []
    page_of = local.access_log.who_looked_at_page

    def small_pages(family, start, end, after=None, limit=None):
        asked.append(after)
        return page_of(family, start, end, after, limit=4)
    monkeypatch.setattr(local.access_log, "who_looked_at_page", small_pages)
    dialog = make_dialog(qtbot, local, runner)
    dialog.resize(1000, 560)

    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)

    model = dialog.table.model()
    total = model.total
    assert asked[0] is None and total > 30  # the case views, and the intake before them
    assert 4 <= model.rowCount() < total  # what the table reached, not the whole answer
    assert dialog.status_label.text() == f"{total} vermeldingen."
    while model.canFetchMore():
        before = model.rowCount()
        dialog.table.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() > before)
    assert model.rowCount() == total and all(after is not None for after in asked[1:])
    times = [r.occurred_at for r in dialog.rows]
    assert times == sorted(times)

