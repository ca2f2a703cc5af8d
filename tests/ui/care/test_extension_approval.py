"""Extending help under control, driven through the Help tab: a worker asks (reason, evaluation or why none,
new end), the help stays as it was until a supervisor of the team approves; a refusal needs a note."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from app.services.extensions import ExtensionInput
from models.enums import ExtensionReason, ExtensionStatus, Role
from tests.ui.care.care_data import help_input
from tests.ui.case.conftest import click_ok, drive_dialog, select_combo_data, type_text
from ui.care.extension_dialogs import DecideExtensionDialog, ExtensionDialog


def _approval_on(services) -> tuple[int, int]:
    """(the worker's id, the supervisor's id) with the team's approval of extensions turned on."""
    worker = services.ctx.user.worker_id
    boss = services.workers.register_local_worker("Marieke Hoekstra", "Wijkteam Noord", Role.SUPERVISOR)
    team = next(iter(boss.team_ids))
    services.extensions.set_approval_required(team, services.supervision.team_overview(team).team_version, True)
    services.workers.sign_in(worker)
    return worker, boss.worker_id


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_a_worker_asks_and_a_supervisor_approves(qtbot, care_window, care, services, monkeypatch):
    inv = services.involvements.add_involvement(care.case_id, help_input(care.team_help))
    _worker, boss = _approval_on(services)
    tab = care_window("involvements_tab").involvements_tab
    assert not tab.detail.decide_button.isVisible()
    seen: dict[str, str] = {}

    def ask(dialog: ExtensionDialog) -> None:
        seen["intro"], seen["ok"] = _texts(dialog), dialog.ok_button.text()
        assert not dialog.why_edit.isEnabled() or dialog.evaluation_combo.currentData() is None
        type_text(dialog.new_end_edit, "15-07-2027")
        click_ok(qtbot, dialog)  # no reason, no note, no evaluation and no why: each says so at its field
        seen["reason"] = dialog.field_errors["reason"].text()
        seen["why"] = dialog.field_errors["no_evaluation_reason"].text()
        select_combo_data(dialog.reason_combo, ExtensionReason.SETBACK)
        type_text(dialog.note_edit, "Terugval na de verhuizing; nog drie maanden.")
        type_text(dialog.why_edit, "Tussenevaluatie staat in januari.")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, ExtensionDialog, ask)
    tab.detail.extension_button.click()

    assert "Een leidinggevende van het team geeft akkoord voordat een verlenging ingaat." in seen["intro"]
    assert seen["ok"] == "Akkoord vragen"
    assert seen["reason"] == "Kies waarom er meer tijd nodig is."
    assert seen["why"] == "Kies de evaluatie waarop dit berust, of geef aan waarom die er niet is."
    [asked] = services.extensions.extensions(inv.id)
    assert (asked.status, asked.reason, asked.new_end, asked.no_evaluation_reason) == (
        ExtensionStatus.REQUESTED, ExtensionReason.SETBACK, date(2027, 7, 15), "Tussenevaluatie staat in januari.")
    stored = services.involvements.involvement(inv.id)
    assert (stored.planned_end, stored.extensions) == (date(2027, 4, 15), 0)
    assert tab.detail.decide_button.isVisible() and not tab.detail.extension_button.isEnabled()
    assert tab.detail.extensions_value.text() == "nog niet · een verlenging wacht op akkoord"

    services.workers.sign_in(boss)
    tab = care_window("involvements_tab").involvements_tab

    def refuse_then_approve(dialog: DecideExtensionDialog) -> None:
        seen["request"] = _texts(dialog)
        dialog.refuse_radio.click()
        click_ok(qtbot, dialog)  # a refusal without a note
        seen["note"] = dialog.field_errors["decision_note"].text()
        dialog.approve_radio.click()
        type_text(dialog.note_edit, "Akkoord, evaluatie in januari afwachten.")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, DecideExtensionDialog, refuse_then_approve)
    tab.detail.decide_button.click()

    assert "vraagt de hulp van" in seen["request"] and "van 15-04-2027 tot 15-07-2027" in seen["request"]
    assert "Reden: Terugval of crisis." in seen["request"]
    assert seen["note"] == "Dit veld is verplicht."
    [done] = services.extensions.extensions(inv.id)
    assert (done.status, done.decided_by, done.decision_note) == (
        ExtensionStatus.APPROVED, "Marieke Hoekstra", "Akkoord, evaluatie in januari afwachten.")
    stored = services.involvements.involvement(inv.id)
    assert (stored.planned_end, stored.extensions, stored.pending_extension_id) == (date(2027, 7, 15), 1, None)
    assert tab.detail.extensions_value.text() == "1"
    assert not tab.detail.decide_button.isVisible()


def test_a_refusal_leaves_the_planned_end(qtbot, care_window, care, services, monkeypatch):
    inv = services.involvements.add_involvement(care.case_id, help_input(care.team_help))
    _worker, boss = _approval_on(services)
    services.extensions.request_extension(inv.id, inv.version, ExtensionInput(
        date(2027, 7, 15), ExtensionReason.GOALS_NOT_REACHED, "Nog niet klaar", no_evaluation_reason="Volgt"))
    services.workers.sign_in(boss)
    tab = care_window("involvements_tab").involvements_tab

    def refuse(dialog: DecideExtensionDialog) -> None:
        dialog.refuse_radio.click()
        type_text(dialog.note_edit, "Eerst evalueren met het gezin.")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, DecideExtensionDialog, refuse)
    tab.detail.decide_button.click()
    [done] = services.extensions.extensions(inv.id)
    assert (done.status, done.decision_note) == (ExtensionStatus.REFUSED, "Eerst evalueren met het gezin.")
    stored = services.involvements.involvement(inv.id)
    assert (stored.planned_end, stored.extensions) == (date(2027, 4, 15), 0)
    assert tab.detail.extension_button.isEnabled() and not tab.detail.decide_button.isVisible()
