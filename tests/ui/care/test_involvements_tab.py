"""The Help tab: who directs what for every provider, and what was agreed about monitoring and extensions."""
from __future__ import annotations

from app.changes import ChangeKind, Changes

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from models.enums import DirectionMode, ExtensionReason, HandoverStatus, InvolvementState
from tests.integration.case_helpers import colleague_services
from tests.ui.care.care_data import add_three_kinds_of_help, help_input
from tests.ui.case.conftest import click_ok, drive_dialog, fill_aftercare, select_combo_data, type_text
from ui.care.involvement_dialog import InvolvementDialog
from ui.care.extension_dialogs import ExtensionDialog
from ui.care.involvement_steps import (
    CancelInvolvementDialog, EndInvolvementDialog, HandoverDialog, ReportBackDialog,
)
from ui.care.involvements_tab import Col
from ui.care.looks import DUE, ENDED, look_of

SAMENREGIE_PHRASE = ("Samenregie: dagelijkse regie bij Gezinsbehandeling Het Anker, procesregie bij het sociaal "
                     "team")
POLICY = "Verlengen via de huisarts, na een tussenevaluatie met de regisseur."


def retype(edit, text: str) -> None:
    edit.clear()
    type_text(edit, text)


def label_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def cells(tab, row: int) -> list[str]:
    return [tab.model.index(row, column).data() for column in range(tab.model.columnCount())]


def fill_gp_samenregie(dialog: InvolvementDialog, care, *, agb: str = "01234567") -> None:
    """Intensive family treatment, referred by the GP, in samenregie, with a budget and the GP's agreement."""
    select_combo_data(dialog.provider_combo, care.intensive.provider_id)
    assert dialog.product_combo.currentData() == care.intensive.product_id  # the provider's only product
    select_combo_data(dialog.referrer_combo, "02")
    type_text(dialog.referrer_name_edit, "Huisarts M. de Groot")
    type_text(dialog.referrer_agb_edit, agb)
    retype(dialog.referral_date_edit, "02-11-2026")
    type_text(dialog.start_date_edit, "16-11-2026")
    type_text(dialog.planned_end_edit, "16-02-2027")
    dialog.budget_radio.setChecked(True)
    type_text(dialog.budget_edit, "6.800,00")
    dialog.direction_radios[DirectionMode.SAMENREGIE].setChecked(True)
    type_text(dialog.monitored_by_edit, "Huisarts met de POH-GGZ jeugd")
    type_text(dialog.report_back_edit, "14-12-2026")
    type_text(dialog.extension_policy_edit, POLICY)
    dialog.set_goal_checked(care.goal_lineages[1])


def test_help_in_samenregie_with_a_gp_agreement_is_added_and_shown(qtbot, care_window, care, services, events,
                                                                    monkeypatch):
    seen = {}

    def fill(dialog: InvolvementDialog) -> None:
        assert not dialog.referrer_name_edit.isVisible()  # the municipality's own referral needs no name
        fill_gp_samenregie(dialog, care)
        seen["holder_label"] = dialog.direction_holder_label.text()
        seen["hint"] = dialog.agreement_hint.isVisible()
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, InvolvementDialog, fill)
    tab = care_window("involvements_tab").involvements_tab
    assert tab.detail.empty_label.text().startswith("Nog geen hulp vastgelegd.")

    with qtbot.waitSignal(events.operation_did_execute) as changed:
        tab.add_button.click()

    assert ChangeKind.INVOLVEMENT in changed.args[0].kinds
    assert seen == {"holder_label": "Dagelijkse regie bij", "hint": True}
    [stored] = services.involvements.involvements(care.case_id)
    assert (stored.direction, stored.referrer_type, stored.referrer_name, stored.referrer_agb) == (
        DirectionMode.SAMENREGIE, "02", "Huisarts M. de Groot", "01234567")
    assert (stored.monitored_by, stored.extension_policy, stored.report_back_date) == (
        "Huisarts met de POH-GGZ jeugd", POLICY, date(2026, 12, 14))
    assert (stored.budget_cents, stored.volume_amount, stored.waiting_days) == (680000, None, 14)
    assert stored.goal_lineages == (care.goal_lineages[1],)
    assert cells(tab, 0) == [
        "Gezinsbehandeling Het Anker\nIntensieve gezinsbehandeling", "het hele gezin", "Jeugdhulp ambulant\nsegment C",
        "Huisarts\nHuisarts M. de Groot", "02-11 → 16-11-2026\n14 dagen wachttijd",
        "16-02-2027\nloopt 6 dagen", "Samenregie\nmonitoring: Huisarts met de POH-GGZ jeugd",
        "14-12-2026\nniet verlengd", "Loopt\noverdracht: verwezen"]
    assert tab.model.index(0, Col.DIRECTION).data(3).startswith(SAMENREGIE_PHRASE)  # the tooltip
    detail = tab.detail
    assert detail.direction_label.text() == SAMENREGIE_PHRASE
    assert (detail.monitored_value.text(), detail.extension_policy_value.text()) == (
        "Huisarts met de POH-GGZ jeugd", POLICY)
    assert detail.referrer_value.text() == "Huisarts · Huisarts M. de Groot (AGB 01234567)"
    assert detail.volume_value.text() == "Budget € 6.800,00"
    assert detail.goals_value.text() == "• Rust in huis bij het naar bed gaan"


def test_bad_input_is_shown_at_the_fields_and_the_dialog_keeps_it(qtbot, care_window, care, services, monkeypatch):
    seen = {}

    def fill(dialog: InvolvementDialog) -> None:
        fill_gp_samenregie(dialog, care, agb="1234")
        retype(dialog.planned_end_edit, "01-11-2026")           # before the start
        dialog.extension_policy_edit.clear()                     # a GP referral needs the agreement
        click_ok(qtbot, dialog)
        seen["errors"] = {name: label.text() for name, label in dialog.field_errors.items() if label.isVisible()}
        seen["open"], seen["kept"] = dialog.isVisible(), dialog.referrer_name_edit.text()
        retype(dialog.referrer_agb_edit, "01234567")
        retype(dialog.planned_end_edit, "16-02-2027")
        type_text(dialog.extension_policy_edit, POLICY)
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, InvolvementDialog, fill)
    care_window("involvements_tab").involvements_tab.add_button.click()

    assert seen == {"errors": {
        "referrer_agb": "Een AGB-code bestaat uit 8 cijfers.",
        "planned_end": "De geplande einddatum ligt vóór de startdatum.",
        "extension_policy": "Leg vast hoe verlengingen worden afgehandeld.",
    }, "open": True, "kept": "Huisarts M. de Groot"}
    assert [i.referrer_agb for i in services.involvements.involvements(care.case_id)] == ["01234567"]


def test_volume_and_budget_are_never_stored_together(qtbot, care_window, care, services, monkeypatch):
    seen = []

    def fill(dialog: InvolvementDialog) -> None:
        select_combo_data(dialog.provider_combo, care.team_help.provider_id)
        dialog.share_check.setChecked(False)  # the sharing gate is tested in tests/ui/care/test_sharing_gate_ui.py
        dialog.volume_amount_spin.setValue(2)
        select_combo_data(dialog.volume_frequency_combo, "2")
        assert dialog.volume_unit_combo.currentData() == "04"  # the product's unit, hours
        dialog.budget_radio.setChecked(True)                   # the volume is kept aside, not sent
        assert not dialog.volume_box.isEnabled()
        for budget in ("veel", "0"):
            retype(dialog.budget_edit, budget)
            click_ok(qtbot, dialog)
            seen.append((dialog.field_errors["budget"].text(), dialog.isVisible()))
        retype(dialog.budget_edit, "4500")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, InvolvementDialog, fill)
    care_window("involvements_tab").involvements_tab.add_button.click()

    assert seen == [("Vul een bedrag in euro's in, bijv. 4.500,00.", True),
                    ("Geef een bedrag in euro's groter dan nul.", True)]
    [stored] = services.involvements.involvements(care.case_id)
    assert (stored.budget_cents, stored.volume_amount, stored.volume_unit, stored.volume_frequency) == (
        450000, None, None, None)


def test_a_second_running_involvement_of_the_same_product_is_refused_at_the_product(
        qtbot, care_window, care, services, monkeypatch):
    services.involvements.add_involvement(care.case_id, help_input(care.team_help))
    seen = {}

    def fill(dialog: InvolvementDialog) -> None:
        select_combo_data(dialog.provider_combo, care.team_help.provider_id)
        click_ok(qtbot, dialog)
        seen["product"] = dialog.field_errors["product_id"].text()
        dialog.reject()

    drive_dialog(monkeypatch, InvolvementDialog, fill)
    care_window("involvements_tab").involvements_tab.add_button.click()

    assert seen["product"] == ("Deze aanbieder levert dit product al in deze casus. Beëindig die inzet eerst.")
    assert len(services.involvements.involvements(care.case_id)) == 1


def test_the_due_report_back_is_highlighted_and_the_steps_of_running_help_are_recorded(
        qtbot, care_window, care, services, monkeypatch):
    add_three_kinds_of_help(services, care)
    tab = care_window("involvements_tab").involvements_tab
    providers = [row.provider_name for row in tab.model.rows()]
    gp_row = providers.index("Praktijk De Linde")
    assert look_of(tab.model, gp_row, Col.REPORT_BACK) == DUE       # 26-11: within the week
    assert look_of(tab.model, gp_row, Col.PROVIDER) is None

    def extend(dialog: ExtensionDialog) -> None:
        assert any(text.endswith("Afspraak over verlengen: Verlenging via de huisarts, na overleg met de regisseur "
                                  "en een tussenevaluatie.") for text in label_texts(dialog))
        type_text(dialog.new_end_edit, "10-08-2027")
        select_combo_data(dialog.reason_combo, ExtensionReason.GOALS_NOT_REACHED)
        type_text(dialog.note_edit, "Huisarts en regisseur: nog drie maanden nodig.")
        type_text(dialog.why_edit, "Tussenevaluatie volgt in januari.")
        click_ok(qtbot, dialog)

    def report_back(dialog: ReportBackDialog) -> None:
        type_text(dialog.next_date_edit, "26-02-2027")
        click_ok(qtbot, dialog)

    def handover(dialog: HandoverDialog) -> None:
        select_combo_data(dialog.status_combo, HandoverStatus.STARTED)
        click_ok(qtbot, dialog)

    for dialog_class, fill in ((ExtensionDialog, extend), (ReportBackDialog, report_back),
                               (HandoverDialog, handover)):
        drive_dialog(monkeypatch, dialog_class, fill)
    tab.table.selectRow(gp_row)
    tab.detail.extension_button.click()
    tab.detail.report_back_button.click()
    tab.detail.handover_button.click()

    gp = next(i for i in services.involvements.involvements(care.case_id) if i.provider_name == "Praktijk De Linde")
    assert (gp.planned_end, gp.extensions, gp.report_back_date, gp.handover) == (
        date(2027, 8, 10), 1, date(2027, 2, 26), HandoverStatus.STARTED)
    assert tab.selected_involvement().id == gp.id
    assert tab.detail.extensions_value.text() == "1"
    assert tab.detail.report_back_value.text() == "26-02-2027"
    assert look_of(tab.model, gp_row, Col.REPORT_BACK) is None


def test_help_ends_with_an_ijw_reason_and_not_before_it_started(qtbot, care_window, care, services, monkeypatch):
    add_three_kinds_of_help(services, care)
    tab = care_window("involvements_tab").involvements_tab
    seen = []

    def end(dialog: EndInvolvementDialog) -> None:
        assert dialog.reason_combo.currentText() == "Levering volgens plan beëindigd"
        retype(dialog.end_date_edit, "01-10-2026")
        click_ok(qtbot, dialog)
        seen.append(dialog.field_errors["actual_end"].text())
        retype(dialog.end_date_edit, "20-11-2026")
        select_combo_data(dialog.reason_combo, "38")
        fill_aftercare(dialog, "none_needed")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, EndInvolvementDialog, end)
    tab.table.selectRow(0)
    ended_id = tab.selected_involvement().id
    tab.detail.end_button.click()

    assert seen == ["De einddatum ligt vóór de startdatum."]
    ended = next(i for i in services.involvements.involvements(care.case_id) if i.id == ended_id)
    assert (ended.is_active, ended.actual_end, ended.end_reason) == (False, date(2026, 11, 20), "38")
    row = [r.id for r in tab.model.rows()].index(ended_id)
    assert look_of(tab.model, row, Col.PROVIDER) == ENDED
    assert tab.model.index(row, Col.STATUS).data().startswith("Beëindigd 20-11-2026")
    tab.table.selectRow(row)
    assert tab.detail.status_label.text() == "Beëindigd op 20-11-2026: Overstap naar andere aanbieder"
    assert not tab.detail.end_button.isEnabled() and tab.detail.edit_button.isEnabled()


def test_help_that_starts_later_is_planned_and_is_cancelled_with_a_reason(qtbot, care_window, care, services,
                                                                          monkeypatch):
    """Today is 22-11-2026; the help starts 01-12-2026."""
    planned = services.involvements.add_involvement(care.case_id, help_input(
        care.team_help, referral_date=date(2026, 11, 15), start_date=date(2026, 12, 1)))
    tab = care_window("involvements_tab").involvements_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    assert tab.model.index(0, Col.STATUS).data().startswith("Gepland 01-12-2026")
    assert tab.detail.status_label.text() == "Gepland, begint op 01-12-2026"
    assert tab.detail.duration_value.text() == "nog niet gestart, begint op 01-12-2026"
    assert tab.summary_label.text() == "0 lopend, 1 gepland, 0 beëindigd"
    assert tab.detail.cancel_button.isVisibleTo(tab) and tab.detail.cancel_button.isEnabled()
    assert not tab.detail.end_button.isVisibleTo(tab)
    seen = []

    def cancel(dialog: CancelInvolvementDialog) -> None:
        assert dialog.reason_combo.findData("19") == -1  # "ended as planned" is no cancellation
        click_ok(qtbot, dialog)  # no reason chosen
        seen.append(dialog.field_errors["end_reason"].text())
        select_combo_data(dialog.reason_combo, "21")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, CancelInvolvementDialog, cancel)
    qtbot.waitUntil(lambda: tab.detail.cancel_button.height() > 0)  # laid out, so the click lands on it
    qtbot.mouseClick(tab.detail.cancel_button, Qt.MouseButton.LeftButton)

    assert seen == ["Kies uit de iJw-lijst waarom de hulp wordt geannuleerd."]
    stored = services.involvements.involvement(planned.id)
    assert (stored.state, stored.actual_end, stored.end_reason) == (
        InvolvementState.CANCELLED, date(2026, 11, 22), "21")
    qtbot.waitUntil(lambda: tab.model.index(0, Col.STATUS).data().startswith("Geannuleerd 22-11-2026"))
    assert look_of(tab.model, 0, Col.PROVIDER) == ENDED
    assert tab.detail.status_label.text() == "Geannuleerd op 22-11-2026: Eenzijdig door cliënt"
    assert tab.detail.duration_value.text() == "geannuleerd vóór de start"
    assert tab.detail.period_value.text() == "verwezen op 15-11-2026, nooit gestart"
    assert tab.model.index(0, Col.REFERRAL).data() == "15-11-2026 →\nnooit gestart"
    assert not tab.detail.edit_button.isEnabled() and not tab.detail.end_button.isEnabled()


def test_planned_help_that_has_started_is_running_and_is_ended(qtbot, care_window, care, services, clock,
                                                              monkeypatch):
    planned = services.involvements.add_involvement(care.case_id, help_input(
        care.team_help, referral_date=date(2026, 11, 15), start_date=date(2026, 12, 1)))
    clock.day = date(2026, 12, 10)
    tab = care_window("involvements_tab").involvements_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    assert tab.model.index(0, Col.STATUS).data().startswith("Loopt")
    assert tab.detail.status_label.text() == "Loopt sinds 01-12-2026"
    assert tab.detail.end_button.isVisibleTo(tab) and not tab.detail.cancel_button.isVisibleTo(tab)

    def end(dialog: EndInvolvementDialog) -> None:
        retype(dialog.end_date_edit, "09-12-2026")
        select_combo_data(dialog.reason_combo, "23")
        fill_aftercare(dialog)
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, EndInvolvementDialog, end)
    qtbot.waitUntil(lambda: tab.detail.end_button.height() > 0)
    qtbot.mouseClick(tab.detail.end_button, Qt.MouseButton.LeftButton)
    stored = services.involvements.involvement(planned.id)
    assert (stored.state, stored.actual_end, stored.end_reason) == (InvolvementState.ENDED, date(2026, 12, 9), "23")
    qtbot.waitUntil(lambda: tab.detail.status_label.text().startswith("Beëindigd op 09-12-2026"))


def test_a_colleague_s_change_in_between_is_not_overwritten(qtbot, care_window, care, services, db_path, clock,
                                                            monkeypatch):
    inv = services.involvements.add_involvement(care.case_id, help_input(care.team_help))
    window = care_window("involvements_tab")
    with colleague_services(db_path, clock) as colleague:
        colleague.involvements.set_handover(inv.id, inv.version, HandoverStatus.TAKEN_OVER)

    def extend(dialog: ExtensionDialog) -> None:
        type_text(dialog.new_end_edit, "15-07-2027")
        select_combo_data(dialog.reason_combo, ExtensionReason.SETBACK)
        type_text(dialog.note_edit, "Nog drie maanden.")
        type_text(dialog.why_edit, "Nog niet geëvalueerd.")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, ExtensionDialog, extend)
    window.involvements_tab.detail.extension_button.click()

    assert window.notices == ["Een collega heeft deze casus gewijzigd; de gegevens zijn opnieuw geladen."]
    stored = services.involvements.involvement(inv.id)
    assert (stored.handover, stored.extensions, stored.planned_end) == (HandoverStatus.TAKEN_OVER, 0,
                                                                        date(2027, 4, 15))
    assert window.involvements_tab.detail.handover_value.text() == "Overgenomen"
