"""Who directs the case and the child-protection measures, driven through the case window: typing in the
direction dialog and the measure dialog, the messages at their fields, what is stored, what the header,
the history and the Gezin tab show, and the question after saving a measure."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.services.protection import MeasureInput
from models.enums import DirectionMode, ProtectionKind
from tests.integration.case_helpers import member_id
from tests.ui.case.conftest import click_ok, drive_dialog, select_combo_data, type_text
from ui.case.direction_dialogs import DirectionDialog
from ui.case.protection_dialogs import ExtendMeasureDialog, MeasureDialog

GI = "Jeugdbescherming Noord-Holland"


def _typed_date(edit, text: str) -> None:
    edit.clear()
    type_text(edit, text)


def test_the_direction_is_set_elsewhere_with_its_holder(qtbot, open_window, ozturk, services, monkeypatch):
    _family_id, case_id = ozturk

    def fill(dialog: DirectionDialog) -> None:
        assert not dialog.organisation_edit.isEnabled()  # the social team directs: no holder to name
        select_combo_data(dialog.mode_combo, DirectionMode.ELSEWHERE.value)
        assert dialog.organisation_edit.isEnabled()
        click_ok(qtbot, dialog)  # no organisation: refused at its field
        assert dialog.isVisible()
        assert dialog.field_errors["organisation"].text().startswith("Noem de organisatie")
        type_text(dialog.organisation_edit, GI)
        type_text(dialog.person_edit, "Petra Visser")
        type_text(dialog.contact_edit, "p.visser@jbnh.nl")
        _typed_date(dialog.since_edit, "15-11-2026")
        click_ok(qtbot, dialog)

    opened = drive_dialog(monkeypatch, DirectionDialog, fill)
    window = open_window(case_id)
    assert "Overdragen" in [a.text() for a in window.case_actions.actions() if a.isVisible()]
    window.direction_action.trigger()

    assert len(opened) == 1
    header = services.members.case_header(case_id)
    assert header.direction_mode is DirectionMode.ELSEWHERE
    assert header.direction.holder_parts == (GI, "Petra Visser", "p.visser@jbnh.nl")
    assert header.direction.since == date(2026, 11, 15)
    details = window.header_bar.details_label.text()
    assert f"Regie bij {GI}, Petra Visser (vanaf 15-11-2026)" in details
    assert window.history_tab.sentences()[0].startswith("Regie gewijzigd van")
    assert window.history_tab.sentences()[0].endswith(f"{GI}, Petra Visser, p.visser@jbnh.nl")


def test_a_direction_too_far_ahead_is_refused_at_the_date(qtbot, open_window, ozturk, services, monkeypatch):
    _family_id, case_id = ozturk

    def fill(dialog: DirectionDialog) -> None:
        select_combo_data(dialog.mode_combo, DirectionMode.SAMENREGIE.value)
        type_text(dialog.organisation_edit, "Levvel")
        _typed_date(dialog.since_edit, "01-03-2027")
        click_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert dialog.field_errors["since"].isVisible()
        dialog.reject()

    drive_dialog(monkeypatch, DirectionDialog, fill)
    open_window(case_id).direction_action.trigger()
    assert services.members.case_header(case_id).direction_mode is DirectionMode.SOCIAL_TEAM


def test_an_ots_is_recorded_and_the_worker_is_asked_about_the_direction(qtbot, open_window, ozturk, services,
                                                                         monkeypatch):
    family_id, case_id = ozturk
    zoe = member_id(services, family_id, "Zoë")

    def fill(dialog: MeasureDialog) -> None:
        assert [dialog.person_combo.itemData(i) for i in range(dialog.person_combo.count())] == [
            zoe, member_id(services, family_id, "Daan")]  # only the young people
        select_combo_data(dialog.person_combo, zoe)
        select_combo_data(dialog.kind_combo, ProtectionKind.PROVISIONAL_OTS.value)
        type_text(dialog.institution_edit, GI)
        type_text(dialog.guardian_edit, "Petra Visser")
        type_text(dialog.contact_edit, "06-12345678")
        _typed_date(dialog.starts_on_edit, "01-11-2026")
        type_text(dialog.ends_on_edit, "01-03-2027")
        click_ok(qtbot, dialog)  # more than three months
        assert dialog.isVisible()
        assert dialog.field_errors["ends_on"].text() == "Een voorlopige OTS duurt ten hoogste drie maanden."
        _typed_date(dialog.ends_on_edit, "01-02-2027")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, MeasureDialog, fill)
    window = open_window(case_id)
    asked: list[str] = []
    window.ask = lambda _parent, _title, text: asked.append(text) or True
    window.family_tab.protection.add_button.click()

    assert len(asked) == 1 and GI in asked[0]
    header = services.members.case_header(case_id)
    assert [(m.person_id, m.kind, m.ends_on) for m in header.measures] == [
        (zoe, ProtectionKind.PROVISIONAL_OTS, date(2027, 2, 1))]
    assert (header.direction_mode, header.direction.organisation, header.direction.person) == (
        DirectionMode.ELSEWHERE, GI, "Petra Visser")
    assert window.header_bar.measure_pill.isVisible()
    assert window.header_bar.measure_pill.text() == "Voorlopige OTS tot 01-02-2027"
    section = window.family_tab.protection
    assert section.model.rowCount() == 1
    assert section.model.data(section.model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "Zoë Öztürk"


def test_saying_no_leaves_the_direction_and_an_ots_is_extended(qtbot, open_window, ozturk, services, monkeypatch):
    family_id, case_id = ozturk
    zoe = member_id(services, family_id, "Zoë")
    services.protection.record(case_id, MeasureInput(zoe, ProtectionKind.OTS, GI, date(2026, 11, 1),
                                                     date(2027, 11, 1)))

    def fill(dialog: ExtendMeasureDialog) -> None:
        type_text(dialog.ends_on_edit, "01-12-2028")
        click_ok(qtbot, dialog)
        assert dialog.field_errors["ends_on"].isVisible()  # more than a year
        _typed_date(dialog.ends_on_edit, "01-11-2028")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, ExtendMeasureDialog, fill)
    window = open_window(case_id)
    asked: list[str] = []
    window.ask = lambda _parent, _title, text: asked.append(text) or False
    section = window.family_tab.protection
    section.table.selectRow(0)
    assert section.extend_button.isEnabled()
    section.extend_button.click()

    assert len(asked) == 1  # the institution does not direct yet: asked again, answered no
    header = services.members.case_header(case_id)
    assert header.direction_mode is DirectionMode.SOCIAL_TEAM
    assert [(m.ends_on, m.extensions) for m in services.protection.measures(case_id)] == [(date(2028, 11, 1), 1)]
    assert window.header_bar.measure_pill.text() == "OTS tot 01-11-2028"
    assert window.history_tab.sentences()[0] == "OTS voor Zoë verlengd van 01-11-2027 tot 01-11-2028"


def test_the_caseload_shows_a_badge_when_another_party_directs(qtbot, ozturk, services):
    from app.services.cases import DirectionInput
    from ui.qt_models.caseload_model import CaseloadColumn, CaseloadModel

    _family_id, case_id = ozturk
    model = CaseloadModel()
    model.set_rows(services.caseload.my_caseload())
    family = model.index(0, CaseloadColumn.FAMILY)
    assert model.data(family) == "Öztürk"
    services.cases.set_direction(case_id, services.members.case_header(case_id).version, DirectionInput(
        DirectionMode.ELSEWHERE, date(2026, 11, 1), GI))
    model.set_rows(services.caseload.my_caseload())
    assert model.data(family) == "Öztürk · regie elders"
    assert model.data(family, Qt.ItemDataRole.ToolTipRole) == f"Elders: {GI}"


def test_a_colleagues_change_in_between_is_not_overwritten_by_the_direction(
        qtbot, open_window, story, services, db_path, clock, monkeypatch):
    from models.enums import Priority

    from tests.integration.case_helpers import colleague_services

    window = open_window(story.case_id)
    with colleague_services(db_path, clock, "Mohamed El Amrani") as colleague:
        header = colleague.members.case_header(story.case_id)
        colleague.cases.set_priority(story.case_id, header.version, Priority.NORMAL, None)

    def fill(dialog: DirectionDialog) -> None:
        select_combo_data(dialog.mode_combo, DirectionMode.SAMENREGIE.value)
        type_text(dialog.organisation_edit, "Levvel")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, DirectionDialog, fill)
    window.direction_action.trigger()

    assert window.notices == ["Een collega heeft deze casus gewijzigd; de gegevens zijn opnieuw geladen."]
    assert services.members.case_header(story.case_id).direction_mode is DirectionMode.SOCIAL_TEAM
    assert window.header.version == services.members.case_header(story.case_id).version


def test_vandaag_lists_the_end_of_an_ots_and_the_placement(qtbot, ozturk, services, runner, events, ui_settings,
                                                           clock):
    from app.queries.due import Urgency
    from ui.main_window import MainWindow
    from ui.qt_models.due_items_model import DueColumn

    family_id, case_id = ozturk
    zoe = member_id(services, family_id, "Zoë")
    services.protection.record(case_id, MeasureInput(zoe, ProtectionKind.OTS, GI, date(2026, 11, 1),
                                                     date(2027, 2, 1), placement_on=date(2026, 11, 25)))
    window = MainWindow(services, runner, events, ui_settings)
    qtbot.addWidget(window)
    window.show()
    page = window.today_page
    page.later_check.setChecked(True)
    shown = []
    for level in (Urgency.THIS_WEEK, Urgency.LATER):
        group = page.model.group_index(level)
        columns = (DueColumn.FAMILY, DueColumn.KIND, DueColumn.DUE_DATE)
        shown += [tuple(page.model.index(r, c, group).data() for c in columns)
                  for r in range(page.model.rowCount(group))]
    assert ("Öztürk", "Uithuisplaatsing", "25-11-2026") in shown
    assert ("Öztürk", "Einde OTS", "01-02-2027") in shown
