"""The meldcode track driven through the case window: opening it, the step dialogs (typing, the messages at
their fields, the weighing's live conclusion, the decision that must follow it), what is stored, and the
flag in the header while the track is open."""
from __future__ import annotations

from PySide6.QtCore import Qt

from models.enums import MeldcodeConclusion, MeldcodeDecision
from tests.ui.case.conftest import click_ok, drive_dialog, select_combo_data, type_text
from ui.case.meldcode_dialogs import ConsultDialog, DecisionDialog, SignalsDialog, WeighingDialog


def _typed_date(edit, text: str) -> None:
    edit.clear()
    type_text(edit, text)


def test_the_steps_are_recorded_through_their_dialogs_and_the_header_shows_the_open_track(
        qtbot, open_window, ozturk, services, monkeypatch):
    _family_id, case_id = ozturk
    window = open_window(case_id)
    section = window.family_tab.meldcode
    qtbot.waitUntil(lambda: section.view is not None)
    assert not window.header_bar.meldcode_pill.isVisibleTo(window)
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.view.track is not None)
    qtbot.waitUntil(lambda: window.header_bar.meldcode_pill.isVisibleTo(window))
    assert "22-11-2026" in window.header_bar.meldcode_pill.text()

    def signals(dialog: SignalsDialog) -> None:
        click_ok(qtbot, dialog)  # no signals typed: refused at the field
        assert dialog.isVisible() and dialog.field_errors["note"].isVisible()
        type_text(dialog.note_edit, "Blauwe plek op de arm van Zoë")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, SignalsDialog, signals)
    section.record_step(1)

    def consult(dialog: ConsultDialog) -> None:
        type_text(dialog.colleague_edit, "Mohamed El Amrani")
        type_text(dialog.contact_edit, "Veilig Thuis Zaanstreek")
        type_text(dialog.advice_edit, "Eerst met moeder spreken")
        _typed_date(dialog.advice_on_edit, "21-11-2026")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, ConsultDialog, consult)
    section.record_step(2)

    def weigh(dialog: WeighingDialog) -> None:
        for combo in dialog.question_combos[:4]:
            select_combo_data(combo, True)
        assert dialog.current_conclusion() is None  # one question open
        select_combo_data(dialog.question_combos[1], False)
        select_combo_data(dialog.question_combos[4], True)
        assert dialog.current_conclusion() is MeldcodeConclusion.HELP_WITHOUT_REPORT
        select_combo_data(dialog.question_combos[3], False)  # the help is not accepted: report
        assert dialog.current_conclusion() is MeldcodeConclusion.REPORT
        assert dialog.conclusion_label.text() not in ("", dialog.tr("Answer all five questions."))
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, WeighingDialog, weigh)
    section.record_step(4)

    def decide(dialog: DecisionDialog) -> None:
        select_combo_data(dialog.decision_combo, MeldcodeDecision.HELP.value)
        click_ok(qtbot, dialog)  # does not follow the weighing: refused at the decision
        assert dialog.isVisible() and dialog.field_errors["decision"].isVisible()
        select_combo_data(dialog.decision_combo, MeldcodeDecision.REPORT_AND_HELP.value)
        _typed_date(dialog.report_on_edit, "22-11-2026")
        type_text(dialog.reference_edit, "VT-42")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, DecisionDialog, decide)
    section.record_step(5)

    view = services.meldcode.view(case_id)
    assert [e.step for e in view.entries] == [1, 2, 4, 5] and not view.track.is_open
    assert view.current[4].answers == (True, False, True, False, True)
    assert view.current[5].reference == "VT-42"
    assert section.model.rowCount() == 4
    qtbot.waitUntil(lambda: not window.header_bar.meldcode_pill.isVisibleTo(window))
