"""The involvement form for whom the help is (issue 15 item 3) and the transition at 18 (item 7, the form
part), driven with real widgets: choose children, see the 18 warning at the planned end, tick verlengde
jeugdhulp, be refused past the 23rd birthday; the Hulp tab's "Voor" column and the detail show it."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.ui.care.care_data import help_input
from tests.ui.care.test_involvements_tab import cells, retype
from tests.ui.case.conftest import click_ok, drive_dialog, select_combo_data, type_text
from ui.care.involvement_dialog import InvolvementDialog
from ui.care.involvements_tab import Col


def click(qtbot, widget) -> None:
    """A click on a check box or radio button where a person clicks: on its box, left of the text."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def person_check(dialog: InvolvementDialog, first_name: str):
    return next(check for check in dialog.person_checks.values() if check.text().startswith(first_name))


def test_help_for_zoe_warns_at_18_and_extended_care_is_refused_after_23(qtbot, care_window, care, services,
                                                                         monkeypatch):
    seen: dict[str, object] = {}

    def fill(dialog: InvolvementDialog) -> None:
        select_combo_data(dialog.provider_combo, care.team_help.provider_id)
        dialog.share_check.setChecked(False)  # the sharing gate is tested elsewhere
        dialog.volume_amount_spin.setValue(2)
        select_combo_data(dialog.volume_frequency_combo, "2")
        assert dialog.family_radio.isChecked()  # new help is for the family as a whole
        seen["children"] = [check.text() for check in dialog.person_checks.values()]
        assert not person_check(dialog, "Zoë").isEnabled()
        click(qtbot, dialog.persons_radio)
        click(qtbot, person_check(dialog, "Zoë"))
        type_text(dialog.start_date_edit, "01-12-2026")
        type_text(dialog.planned_end_edit, "01-06-2033")
        seen["warning at 18"] = (dialog.age_warning.text(), dialog.age_warning.isVisible())
        click(qtbot, dialog.extended_care_check)
        seen["extended"] = dialog.age_warning.isVisible()
        retype(dialog.planned_end_edit, "02-03-2038")
        seen["past 23, in the form"] = dialog.age_warning.text()
        click_ok(qtbot, dialog)
        seen["refused"] = (dialog.field_errors["planned_end"].text(), dialog.isVisible())
        retype(dialog.planned_end_edit, "01-03-2038")
        seen["on the 23rd birthday"] = dialog.age_warning.isVisible()
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, InvolvementDialog, fill)
    tab = care_window("involvements_tab").involvements_tab
    tab.add_button.click()

    assert seen["children"] == ["Zoë Öztürk (11)", "Daan Öztürk (8)"]  # oldest first, with their age today
    assert seen["warning at 18"] == ("Zoë Öztürk wordt 18 op 01-03-2033: jeugdhulp onder de Jeugdwet stopt dan, "
                                     "tenzij die wordt verlengd (verlengde jeugdhulp).", True)
    assert seen["extended"] is False
    assert seen["past 23, in the form"] == ("Zoë Öztürk wordt 23 op 01-03-2038: verlengde jeugdhulp stopt dan "
                                            "uiterlijk. Kies een eerder gepland einde.")
    assert seen["refused"] == ("Verlengde jeugdhulp duurt hooguit tot de 23e verjaardag (01-03-2038): kies een "
                               "eerder gepland einde.", True)
    assert seen["on the 23rd birthday"] is False
    [stored] = services.involvements.involvements(care.case_id)
    assert [p.first_name for p in stored.persons] == ["Zoë"] and stored.extended_care
    assert tab.model.index(0, Col.FOR).data() == "Zoë\nverlengde jeugdhulp"
    assert tab.detail.for_value.text() == "Zoë Öztürk · verlengde jeugdhulp"


def test_family_wide_help_warns_about_each_child_turning_18_in_the_period(qtbot, care_window, care, monkeypatch):
    seen: dict[str, object] = {}

    def fill(dialog: InvolvementDialog) -> None:
        type_text(dialog.start_date_edit, "01-12-2026")
        type_text(dialog.planned_end_edit, "01-01-2037")  # Zoë 18 on 01-03-2033, Daan on 30-09-2036
        seen["both"] = dialog.age_warning.text().splitlines()
        retype(dialog.planned_end_edit, "01-01-2034")
        seen["Zoë only"] = dialog.age_warning.text().splitlines()
        retype(dialog.planned_end_edit, "01-01-2030")
        seen["none"] = dialog.age_warning.isVisible()
        click(qtbot, dialog.persons_radio)
        click_ok(qtbot, dialog)  # "these young persons" without any ticked: said at the field
        seen["nobody ticked"] = (dialog.field_errors["person_ids"].text(), dialog.isVisible())
        dialog.reject()

    drive_dialog(monkeypatch, InvolvementDialog, fill)
    care_window("involvements_tab").involvements_tab.add_button.click()

    assert seen["both"] == [
        "Zoë Öztürk wordt 18 op 01-03-2033: jeugdhulp onder de Jeugdwet stopt dan, tenzij die wordt verlengd "
        "(verlengde jeugdhulp).",
        "Daan Öztürk wordt 18 op 30-09-2036: jeugdhulp onder de Jeugdwet stopt dan, tenzij die wordt verlengd "
        "(verlengde jeugdhulp)."]
    assert len(seen["Zoë only"]) == 1 and seen["Zoë only"][0].startswith("Zoë Öztürk wordt 18")
    assert seen["none"] is False
    assert seen["nobody ticked"] == (
        "Vink de jeugdigen aan voor wie de hulp is, of kies het hele gezin.", True)


def test_changing_help_shows_for_whom_it_is_and_moves_it_to_the_whole_family(qtbot, care_window, care, services,
                                                                              monkeypatch):
    family_id = services.members.case_header(care.case_id).family_id
    daan = next(m.id for m in services.members.family_detail(family_id).members if m.first_name == "Daan")
    from dataclasses import replace
    services.involvements.add_involvement(care.case_id, replace(help_input(care.team_help), person_ids=(daan,)))
    seen: dict[str, object] = {}

    def fill(dialog: InvolvementDialog) -> None:
        seen["filled"] = (dialog.persons_radio.isChecked(), person_check(dialog, "Daan").isChecked(),
                          person_check(dialog, "Zoë").isChecked())
        click(qtbot, dialog.family_radio)
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, InvolvementDialog, fill)
    tab = care_window("involvements_tab").involvements_tab
    assert cells(tab, 0)[Col.FOR] == "Daan"
    tab.table.selectRow(0)
    tab.detail.edit_button.click()

    assert seen["filled"] == (True, True, False)
    [stored] = services.involvements.involvements(care.case_id)
    assert stored.for_family
    qtbot.waitUntil(lambda: tab.model.index(0, Col.FOR).data() == "het hele gezin")
    assert tab.model.index(0, Col.FOR).data(Qt.ItemDataRole.ToolTipRole) == "Voor het hele gezin"
