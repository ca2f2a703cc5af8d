"""Directing a case from its window: activate, transfer, priority, close and reopen, and a colleague's change."""
from __future__ import annotations

from app.changes import ChangeKind, Changes


from models.enums import CaseStatus, CloseReason, Priority, PriorityReason
from tests.integration.case_helpers import colleague_services
from tests.ui.case.conftest import click_ok, drive_dialog, fill_aftercare, select_combo_data, type_text
from ui.case.direction_dialogs import CloseCaseDialog, PriorityDialog, ReopenDialog, TransferDialog


def history(window) -> list[str]:
    return window.history_tab.sentences()


def visible_actions(window) -> list[str]:
    """The direction actions shown (printing, also for a provider, is always there)."""
    return [action.text() for action in window.case_actions.actions()
            if action.isVisible() and action not in (window.print_action, window.provider_print_action)]


def test_an_intake_case_is_made_active(qtbot, open_window, ozturk, services, events):
    _family_id, case_id = ozturk
    window = open_window(case_id)
    assert visible_actions(window) == ["Activeren", "Overdragen", "Regie", "Prioriteit", "Casus afsluiten"]

    with qtbot.waitSignal(events.operation_did_execute) as changed:
        window.activate_action.trigger()

    assert ChangeKind.CASE in changed.args[0].kinds
    assert services.members.case_header(case_id).status is CaseStatus.ACTIVE
    assert window.header_bar.status_pill.text() == "Actief"
    assert "Activeren" not in visible_actions(window)
    assert history(window)[0] == "Status gewijzigd van intake naar actief"


def test_a_case_is_transferred_to_a_colleague(qtbot, open_window, story, services, monkeypatch):
    def fill(dialog: TransferDialog) -> None:
        assert [dialog.director_combo.itemText(i) for i in range(dialog.director_combo.count())] == [
            "Mohamed El Amrani"]  # the current director is not offered
        select_combo_data(dialog.director_combo, story.colleague_id)
        type_text(dialog.reason_edit, "Verlof")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, TransferDialog, fill)
    window = open_window(story.case_id)

    window.transfer_action.trigger()

    assert services.members.case_header(story.case_id).director_name == "Mohamed El Amrani"
    assert services.caseload.my_caseload() == []
    assert [(r.family_name, r.director_name) for r in services.caseload.team_caseload()] == [
        ("Öztürk", "Mohamed El Amrani")]
    assert window.header_bar.details_label.text().startswith("Regisseur: Mohamed El Amrani")
    assert history(window)[0] == "Overgedragen van Sanne de Vries aan Mohamed El Amrani: Verlof"


def test_a_transfer_needs_a_reason_and_nothing_changes_without_one(qtbot, open_window, story, services,
                                                                   monkeypatch):
    seen = {}

    def fill(dialog: TransferDialog) -> None:
        click_ok(qtbot, dialog)
        seen["error"] = dialog.field_errors["reason"].text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    drive_dialog(monkeypatch, TransferDialog, fill)
    open_window(story.case_id).transfer_action.trigger()

    assert seen == {"error": "Dit veld is verplicht.", "open": True}
    assert services.members.case_header(story.case_id).director_name == "Sanne de Vries"


def test_priority_is_set_with_its_reason(qtbot, open_window, ozturk, services, monkeypatch):
    _family_id, case_id = ozturk

    def fill(dialog: PriorityDialog) -> None:
        assert not dialog.reason_combo.isEnabled()
        select_combo_data(dialog.priority_combo, Priority.HIGH)
        select_combo_data(dialog.reason_combo, PriorityReason.CRISIS)
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, PriorityDialog, fill)
    window = open_window(case_id)
    window.priority_action.trigger()

    header = services.members.case_header(case_id)
    assert (header.priority, header.priority_reason) == (Priority.HIGH, PriorityReason.CRISIS)
    assert window.header_bar.priority_pill.text() == "Hoge prioriteit: Crisis"
    assert history(window)[0] == "Prioriteit gewijzigd van normaal naar hoog (crisis)"


def test_a_closed_case_is_reopened_and_counts_as_recurrence(qtbot, open_window, story, services, monkeypatch):
    def close(dialog: CloseCaseDialog) -> None:
        select_combo_data(dialog.reason_combo, CloseReason.GOALS_REACHED)
        type_text(dialog.note_edit, "Zoë gaat weer elke dag naar school; oma houdt contact.")
        fill_aftercare(dialog)
        click_ok(qtbot, dialog)

    def reopen(dialog: ReopenDialog) -> None:
        type_text(dialog.reason_edit, "School meldt opnieuw verzuim.")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, CloseCaseDialog, close)
    drive_dialog(monkeypatch, ReopenDialog, reopen)
    window = open_window(story.case_id)

    window.close_case_action.trigger()

    header = services.members.case_header(story.case_id)
    assert (header.status, header.closed_on is not None) == (CaseStatus.CLOSED, True)
    assert services.caseload.my_caseload() == []
    assert window.header_bar.status_pill.text() == "Afgesloten"
    assert visible_actions(window) == ["Heropenen"]
    assert history(window)[0] == (
        "Afgesloten (doelen bereikt): Zoë gaat weer elke dag naar school; oma houdt contact.")

    window.reopen_action.trigger()

    header = services.members.case_header(story.case_id)
    assert (header.status, header.reopen_count) == (CaseStatus.ACTIVE, 1)
    assert history(window)[:2] == [
        "Heropend (recidive): School meldt opnieuw verzuim.",
        "Afgesloten (doelen bereikt): Zoë gaat weer elke dag naar school; oma houdt contact.",
    ]
    assert window.header_bar.details_label.text().endswith("1× heropend")
    assert [row.family_name for row in services.caseload.my_caseload()] == ["Öztürk"]


def test_a_colleagues_change_in_between_reloads_the_case_and_overwrites_nothing(
        qtbot, open_window, story, services, db_path, clock, monkeypatch):
    window = open_window(story.case_id)
    with colleague_services(db_path, clock, "Mohamed El Amrani") as colleague:
        header = colleague.members.case_header(story.case_id)
        colleague.cases.set_priority(story.case_id, header.version, Priority.NORMAL, None)

    def fill(dialog: TransferDialog) -> None:
        type_text(dialog.reason_edit, "Verlof")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, TransferDialog, fill)
    window.transfer_action.trigger()

    assert window.notices == ["Een collega heeft deze casus gewijzigd; de gegevens zijn opnieuw geladen."]
    assert window.header_bar.priority_pill.text() == "Prioriteit: Normaal"
    assert services.members.case_header(story.case_id).director_name == "Sanne de Vries"
    assert window.header.version == services.members.case_header(story.case_id).version




def test_print_opens_the_plan_preview_of_this_case(qtbot, open_window, ozturk, monkeypatch):
    import ui.case.case_window as case_window_module

    opened = []

    class FakePreview:
        def __init__(self, services, case_id, runner, parent=None):
            opened.append((case_id, parent))

        def open(self):
            opened.append("shown")

    monkeypatch.setattr(case_window_module, "PlanPreviewDialog", FakePreview)
    _family_id, case_id = ozturk
    window = open_window(case_id)
    assert window.print_action.text() == "Afdrukken / PDF…" and window.print_action.isVisible()

    window.print_action.trigger()

    assert opened == [(case_id, window), "shown"]
