"""Retention and destruction in the app (pytest-qt, real widgets): the review list, the request, the
approval by a second administrator (the requester refused at the field) and the carrying out; a file
with an open case refused at its field; the menu item only for administrators."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.bootstrap import open_database
from app.family_graph import file_tables, of_family, time_columns
from app.queries.figures import years_after
from models import Family
from app.services.retention import DestructionInput
from models.enums import CloseReason, DestructionGround, Role
from tests.integration.case_helpers import intake_family
from ui.dialogs.retention_dialog import RetentionDialog
from ui.events import AppEvents
from ui.main_window import MainWindow
from ui.settings import UiSettings
from ui.widgets.form_dialog import FormDialog

LEFT = Qt.MouseButton.LeftButton


def _aged(services, family_id: int) -> None:
    """The family's whole file last changed 21 years ago."""
    at = datetime.combine(years_after(services.ctx.clock.today(), -21), datetime.min.time(), timezone.utc)
    with services.ctx.uow() as uow:
        for t in file_tables():
            stamps = {c.name: at for c in time_columns(t.table)}
            if stamps:
                uow.session.execute(t.table.update().where(of_family(t.table, family_id)).values(stamps))
        uow.commit()


@pytest.fixture
def world(services, db_path, clock):
    """Sanne's closed (Oudewater) and open (Openhuis) families, both past retention; two administrators."""
    closed, still_open = intake_family(services, "Oudewater"), intake_family(services, "Openhuis")
    services.cases.close(closed.case_id, services.members.case_header(closed.case_id).version,
                         CloseReason.GOALS_REACHED)
    for family in (closed, still_open):
        _aged(services, family.family_id)
    admins = []
    for name in ("Ellen Schouten", "Karel Beheerder"):
        svc = open_database(db_path, clock=clock, encryption=None)
        svc.workers.register_local_worker(name, "Beheer", Role.ADMIN)
        admins.append(svc)
    yield closed, still_open, admins
    for svc in admins:
        svc.close()


def open_dialog(qtbot, services, runner) -> RetentionDialog:
    dialog = RetentionDialog(services, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def steps(monkeypatch, qtbot):
    """Each step's dialog runs without a modal loop: shown, filled by the test, OK clicked."""
    shown = []

    def run(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        fill = steps_fill.pop(0)
        fill(dialog)
        if dialog.isVisible():  # a fill may cancel the step instead
            qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    steps_fill: list = []
    monkeypatch.setattr(FormDialog, "exec", run)
    return steps_fill, shown


def texts(model) -> list[str]:
    return [" | ".join(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_request_by_one_approval_by_another_then_destroyed(qtbot, world, runner, steps):
    closed, still_open, (ellen, karel) = world
    fill, shown = steps
    dialog = open_dialog(qtbot, ellen, runner)
    assert dialog.windowTitle() == "Bewaren en vernietigen"
    rows = texts(dialog.items_model)
    assert any("Familie Oudewater" in r and "Bewaartermijn verstreken" in r for r in rows), rows
    assert any("Familie Openhuis" in r and "open casus" in r for r in rows), rows

    dialog.select_family(closed.family_id)
    assert dialog.request_button.isEnabled() and not dialog.approve_button.isEnabled()

    def request(step):
        qtbot.mouseClick(step.interest_check, LEFT)
        qtbot.keyClicks(step.note_edit, "Bewaartermijn verstreken, niemand heeft belang")
    fill.append(request)
    qtbot.mouseClick(dialog.request_button, LEFT)
    assert shown[-1].result() == 1
    assert "aangevraagd door Ellen Schouten" in dialog.selected().state
    assert dialog.approve_button.isEnabled()

    fill.append(lambda step: None)  # Ellen approves her own request: refused at the field
    qtbot.mouseClick(dialog.approve_button, LEFT)
    refused = shown[-1]
    assert refused.result() == 0 and refused.isVisible()
    assert "tweede" in refused.field_errors["approved_by"].text()
    refused.reject()

    second = open_dialog(qtbot, karel, runner)
    second.select_family(closed.family_id)
    fill.append(lambda step: None)
    qtbot.mouseClick(second.approve_button, LEFT)
    assert shown[-1].result() == 1 and "goedgekeurd door Karel Beheerder" in second.selected().state

    fill.append(lambda step: None)
    qtbot.mouseClick(second.execute_button, LEFT)
    assert shown[-1].result() == 1
    with karel.ctx.uow() as uow:
        assert uow.session.get(Family, closed.family_id) is None
    assert not any("Oudewater" in r for r in texts(second.items_model))
    record = texts(second.record_model)
    assert len(record) == 1 and f"Gezin {closed.family_id}" in record[0] and "Ellen Schouten" in record[0]
    assert "Oudewater" not in record[0]


def test_the_carry_out_dialog_says_backups_keep_the_file_for_weeks(qtbot, world, runner, steps):
    closed, _open, (ellen, karel) = world
    request = ellen.retention.request_destruction(DestructionInput(
        closed.family_id, DestructionGround.RETENTION_EXPIRED, True, None))
    karel.retention.approve(request.id, request.version)
    fill, shown = steps
    dialog = open_dialog(qtbot, ellen, runner)
    dialog.select_family(closed.family_id)
    fill.append(lambda step: step.reject())
    qtbot.mouseClick(dialog.execute_button, LEFT)
    intro = " ".join(label.text() for label in shown[-1].findChildren(QLabel))
    assert "back-ups" in intro.lower() and "5 weken" in intro and "niet ongedaan" in intro
    with ellen.ctx.uow() as uow:
        assert uow.session.get(Family, closed.family_id) is not None


def test_a_request_without_the_check_or_for_an_open_case_is_refused_at_the_field(qtbot, world, runner, steps):
    closed, still_open, (ellen, _karel) = world
    fill, shown = steps
    dialog = open_dialog(qtbot, ellen, runner)
    dialog.select_family(closed.family_id)
    fill.append(lambda step: None)  # the check of other interests not ticked
    qtbot.mouseClick(dialog.request_button, LEFT)
    assert shown[-1].result() == 0
    assert "belang" in shown[-1].field_errors["no_other_interest"].text()
    shown[-1].reject()

    dialog.select_family(still_open.family_id)
    fill.append(lambda step: qtbot.mouseClick(step.interest_check, LEFT))
    qtbot.mouseClick(dialog.request_button, LEFT)
    assert shown[-1].result() == 0
    assert "open casus" in shown[-1].field_errors["family_id"].text()
    shown[-1].reject()
    assert ellen.retention.review(log_read=False).files[0].request is None


def test_the_menu_item_is_for_administrators_only(qtbot, world, services, runner):
    _closed, _open, (ellen, _karel) = world
    for svc, enabled in ((services, False), (ellen, True)):
        window = MainWindow(svc, runner, AppEvents(), UiSettings())
        qtbot.addWidget(window)
        assert window.app_actions.retention.isEnabled() is enabled
        assert window.app_actions.retention.text() == "&Bewaren en vernietigen…"


def test_an_administrator_requests_destruction_from_the_familys_closed_case_on_the_persons_request(
        qtbot, world, runner, steps, monkeypatch, services):
    """A file not past retention is on no review list: the person's request starts from the case."""
    from PySide6.QtWidgets import QMessageBox

    from ui.case.case_window import CaseWindow

    closed, still_open, (ellen, _karel) = world
    fill, shown = steps
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    window = CaseWindow(ellen, closed.case_id, AppEvents(), runner)
    qtbot.addWidget(window)
    window.show()
    assert window.destruction_action.isVisible()

    def request(step):
        assert step.family_label.text() == f"Familie Oudewater (gezin {closed.family_id})"
        assert step.ground_combo.currentData() == DestructionGround.PERSON_REQUEST.value
        qtbot.mouseClick(step.interest_check, LEFT)
        qtbot.keyClicks(step.note_edit, "Brief van moeder van 1 december")
    fill.append(request)
    window.destruction_action.trigger()

    assert shown[-1].result() == 1 and told and "tweede beheerder" in told[0]
    [row] = [r for r in ellen.retention.review().files if r.family_id == closed.family_id]
    assert row.request is not None and row.request.ground is DestructionGround.PERSON_REQUEST

    worker_window = CaseWindow(services, closed.case_id, AppEvents(), runner)  # Sanne: not an administrator
    qtbot.addWidget(worker_window)
    worker_window.show()
    assert not worker_window.destruction_action.isVisible()
    open_window = CaseWindow(ellen, still_open.case_id, AppEvents(), runner)
    qtbot.addWidget(open_window)
    open_window.show()
    assert not open_window.destruction_action.isVisible()  # an open case: the file may not go
