"""Evaluations: scores per goal, consent by age, a decision - and what follows from the decision."""
from __future__ import annotations

from app.changes import ChangeKind, Changes

import re
from datetime import date

from app.services.families import MemberInput
from models.enums import (
    CaseStatus, CloseReason, EvaluationDecision, GoalStatus, MemberRole, StatementSubject, WaakvlamHolder,
)
from tests.ui.care.care_data import add_three_kinds_of_help, evaluate
from tests.integration.case_helpers import member_id
from tests.ui.care.conftest import say_yes
from tests.ui.case.conftest import click_ok, drive_dialog, fill_aftercare, select_combo_data, type_text
from ui.care.evaluation_dialog import EvaluationDialog
from ui.care.involvement_steps import EndInvolvementDialog
from ui.care.waakvlam_dialogs import WaakvlamDialog
from ui.plan.statement_dialogs import StatementDialog
from ui.case.direction_dialogs import CloseCaseDialog
from ui.qt_models.goals_model import LINEAGE_ROLE, TREND_COLUMN


def plain(html: str) -> list[str]:
    """The consent rules as plain text, one paragraph per young person."""
    text = re.sub(r"<[^>]+>", "", html.replace("<br><br>", "\n\n").replace("<br>", "\n"))
    return text.split("\n\n")


def trend_cells(plan_tab) -> dict[str, tuple[str, str]]:
    """Per goal lineage: (trend text, trend tooltip) in the plan tab's goals tree."""
    model, cells = plan_tab.goals.model, {}
    for row in range(model.rowCount()):
        domain = model.item(row)
        for child in range(domain.rowCount()):
            item = domain.child(child, TREND_COLUMN)
            cells[domain.child(child).data(LINEAGE_ROLE)] = (item.text(), item.toolTip())
    return cells


def score(dialog: EvaluationDialog, lineage: str, value: int, status: GoalStatus, note: str = "") -> None:
    row = dialog.goal_rows.rows[lineage]
    row.score_spin.setValue(value)
    select_combo_data(row.status_combo, status.value)
    if note:
        type_text(row.note_edit, note)


def test_an_evaluation_with_scores_and_a_decision_is_stored_and_its_trend_shows_in_the_plan(
        qtbot, care_window, care, services, events, monkeypatch):
    evaluate(services, care, date(2026, 11, 2), (4, 5, 3))
    first, second, third = care.goal_lineages
    seen = {}

    def fill(dialog: EvaluationDialog) -> None:
        seen["defaults"] = (dialog.held_edit.text(), dialog.planned_edit.text(), dialog.next_edit.text())
        for name in ("Ayşe Öztürk", "Zoë Öztürk", "Sanne de Vries"):
            dialog.participants.set_checked(name)
        type_text(dialog.participants.others_edit, "mentor De Regenboog")
        dialog.consent.given_radio.setChecked(True)
        type_text(dialog.consent_note_edit, "Mondeling, Ayşe en Mehmet")
        score(dialog, first, 6, GoalStatus.IN_PROGRESS, "Vier dagen per week naar school")
        score(dialog, second, 8, GoalStatus.REACHED)
        score(dialog, third, 4, GoalStatus.IN_PROGRESS)
        type_text(dialog.conclusion_edit, "Het gaat de goede kant op; de begeleiding kan minder.")
        select_combo_data(dialog.decision_combo, EvaluationDecision.SCALE_DOWN.value)
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, EvaluationDialog, fill)
    window = care_window("evaluations_tab", real_plan=True)
    tab = window.evaluations_tab
    assert (tab.next_date_label.text(), tab.next_note_label.text()) == ("25-01-2027", "over 9 weken")

    with qtbot.waitSignal(events.operation_did_execute) as changed:
        tab.record_button.click()

    assert ChangeKind.EVALUATION in changed.args[0].kinds
    assert seen["defaults"] == ("22-11-2026", "25-01-2027", "14-02-2027")  # next: 12 weeks on, the plan's interval
    stored = services.evaluations.evaluations(care.case_id)[0]
    assert (stored.held_on, stored.planned_date, stored.decision, stored.next_date) == (
        date(2026, 11, 22), date(2027, 1, 25), EvaluationDecision.SCALE_DOWN, date(2027, 2, 14))
    assert stored.participants == "Ayşe Öztürk, Zoë Öztürk, Sanne de Vries, mentor De Regenboog"
    assert (stored.consent_given, stored.consent_note) == (True, "Mondeling, Ayşe en Mehmet")
    assert [(g.goal_lineage, g.score, g.status, g.note) for g in stored.goals] == [
        (first, 6, GoalStatus.IN_PROGRESS, "Vier dagen per week naar school"),
        (second, 8, GoalStatus.REACHED, None), (third, 4, GoalStatus.IN_PROGRESS, None)]
    assert tab.next_date_label.text() == "14-02-2027"
    assert [tab.model.index(0, c).data() for c in range(5)] == [
        "22-11-2026", "Afschalen", "Ayşe Öztürk, Zoë Öztürk, Sanne de Vries, mentor De Regenboog", "Gegeven",
        "14-02-2027"]
    assert tab.detail_title.text() == "Evaluatie van 22-11-2026: Afschalen"

    window.tabs.setCurrentWidget(window.plan_tab)
    trends = trend_cells(window.plan_tab)
    assert trends[first] == ("3 → 4 → 6", "28-09-2026: 3 (start)\n02-11-2026: 4 (evaluatie)\n"
                                          "22-11-2026: 6 (evaluatie)")
    assert [trends[lineage][0] for lineage in (second, third)] == ["4 → 5 → 8", "2 → 3 → 4"]
    assert not window.plan_tab.goals.tree.isColumnHidden(TREND_COLUMN)


def test_problems_are_shown_at_the_goal_row_they_concern(qtbot, care_window, care, services, monkeypatch):
    first, second, _third = care.goal_lineages
    seen = {}

    def fill(dialog: EvaluationDialog) -> None:
        assert dialog.goal_rows.rows[first].score_spin.maximum() == 10  # no score above 10 can be typed
        dialog.held_edit.clear()
        type_text(dialog.held_edit, "23-11-2026")
        score(dialog, first, 5, GoalStatus.IN_PROGRESS)
        dialog.goal_rows.rows[second].note_edit.setText("x" * 4001)
        click_ok(qtbot, dialog)
        seen["errors"] = {name: label.text() for name, label in dialog.field_errors.items() if label.isVisible()}
        seen["open"], seen["kept"] = dialog.isVisible(), dialog.goal_rows.rows[first].score_spin.value()
        dialog.reject()

    drive_dialog(monkeypatch, EvaluationDialog, fill)
    care_window("evaluations_tab").evaluations_tab.record_button.click()

    assert seen == {"errors": {
        "held_on": "De evaluatiedatum kan niet in de toekomst liggen.",
        f"goals.{second}.note": "Maximaal 4000 tekens.",
        "decision": "Kies een besluit.",
    }, "open": True, "kept": 5}
    assert services.evaluations.evaluations(care.case_id) == []


def test_the_consent_section_says_who_decides_for_each_young_person_by_age(
        qtbot, care_window, care, services, monkeypatch):
    family_id = care.case.family_id
    services.members.add_member(family_id, MemberInput(MemberRole.YOUNG_PERSON, "Sem", "Öztürk", date(2010, 11, 1)))
    services.members.add_member(family_id, MemberInput(MemberRole.YOUNG_PERSON, "Lina", "Öztürk", date(2013, 1, 10)))
    parents = ", ".join(services.evaluations.who_must_consent(care.case_id).children[-1].consenters)
    seen = {}

    def fill(dialog: EvaluationDialog) -> None:
        seen["today"] = plain(dialog.consent.rules_label.text())
        dialog.held_edit.clear()
        type_text(dialog.held_edit, "15-10-2026")
        dialog.held_edit.editingFinished.emit()  # leaving the field
        seen["before Sem turned 16"] = plain(dialog.consent.rules_label.text())[0]
        dialog.reject()

    drive_dialog(monkeypatch, EvaluationDialog, fill)
    care_window("evaluations_tab").evaluations_tab.record_button.click()

    assert set(parents.split(", ")) == {"Ayşe Öztürk", "Mehmet Öztürk"}
    assert seen["today"] == [
        "Sem Öztürk (16): 16 jaar of ouder: de jongere beslist zelf\nToestemming van: Sem Öztürk",
        f"Lina Öztürk (13): 12 tot 16 jaar: de jongere én de ouders met gezag\nToestemming van: Lina Öztürk, {parents}",
        f"Zoë Öztürk (11): jonger dan 12: de ouders met gezag beslissen\nToestemming van: {parents}",
        f"Daan Öztürk (8): jonger dan 12: de ouders met gezag beslissen\nToestemming van: {parents}",
    ]
    assert seen["before Sem turned 16"] == (
        f"Sem Öztürk (15): 12 tot 16 jaar: de jongere én de ouders met gezag\nToestemming van: Sem Öztürk, {parents}")


def test_to_waakvlam_ends_the_running_help_first_and_sets_up_the_waakvlam(
        qtbot, care_window, care, services, monkeypatch):
    add_three_kinds_of_help(services, care)

    def evaluate_(dialog: EvaluationDialog) -> None:
        for lineage in care.goal_lineages:
            score(dialog, lineage, 8, GoalStatus.REACHED)
        select_combo_data(dialog.decision_combo, EvaluationDecision.TO_WAAKVLAM.value)
        assert dialog.next_edit.text() == ""  # no next evaluation after this decision
        click_ok(qtbot, dialog)

    def end_help(dialog: EndInvolvementDialog) -> None:
        fill_aftercare(dialog, "free_access", "Petra Bos (De Regenboog)", "Houdt Zoë op school in de gaten")
        click_ok(qtbot, dialog)  # today, "levering volgens plan beëindigd"

    def waakvlam(dialog: WaakvlamDialog) -> None:
        select_combo_data(dialog.holder_combo, WaakvlamHolder.SCHOOL_COACH.value)
        type_text(dialog.name_edit, "Petra Bos (De Regenboog)")
        click_ok(qtbot, dialog)

    for dialog_class, fill in ((EvaluationDialog, evaluate_), (EndInvolvementDialog, end_help),
                               (WaakvlamDialog, waakvlam)):
        drive_dialog(monkeypatch, dialog_class, fill)
    window = care_window("evaluations_tab")
    asked = say_yes(window.evaluations_tab)
    asked_waakvlam = say_yes(window.waakvlam_tab)

    window.evaluations_tab.record_button.click()

    assert [text.split(":")[0] for text in asked] == ["De evaluatie is opgeslagen. Nu de waakvlam instellen"]
    assert asked_waakvlam == ["Een waakvlam volgt op hulp die is beëindigd. Nog lopend: Jeugdhulp Zaanstreek, "
                              "Praktijk De Linde, Gezinsbehandeling Het Anker. Deze hulp nu beëindigen?"]
    running = [i for i in services.involvements.involvements(care.case_id) if i.is_active]
    assert running == []
    assert {(i.actual_end, i.end_reason) for i in services.involvements.involvements(care.case_id)} == {
        (date(2026, 11, 22), "19")}
    assert services.members.case_header(care.case_id).status is CaseStatus.WAAKVLAM
    assert window.tabs.currentWidget() is window.waakvlam_tab
    assert window.waakvlam_tab.holder_label.text() == "Jeugd- en gezinscoach op school: Petra Bos (De Regenboog)"
    assert window.header_bar.status_pill.text() == "Waakvlam"


def test_ending_the_help_offers_to_close_the_case(qtbot, care_window, care, services, monkeypatch):
    def evaluate_(dialog: EvaluationDialog) -> None:
        select_combo_data(dialog.decision_combo, EvaluationDecision.END_HELP.value)
        click_ok(qtbot, dialog)

    def close(dialog: CloseCaseDialog) -> None:
        select_combo_data(dialog.reason_combo, CloseReason.GOALS_REACHED.value)
        fill_aftercare(dialog, "none_needed")
        click_ok(qtbot, dialog)

    drive_dialog(monkeypatch, EvaluationDialog, evaluate_)
    drive_dialog(monkeypatch, CloseCaseDialog, close)
    window = care_window("evaluations_tab")
    asked = say_yes(window.evaluations_tab)

    window.evaluations_tab.record_button.click()

    assert len(asked) == 1 and asked[0].startswith("De evaluatie is opgeslagen. De casus nu afsluiten?")
    header = services.members.case_header(care.case_id)
    assert (header.status, services.evaluations.evaluations(care.case_id)[0].decision) == (
        CaseStatus.CLOSED, EvaluationDecision.END_HELP)
    assert window.evaluations_tab.next_date_label.text() == "niet gepland"


def test_a_family_members_own_statement_about_an_evaluation_is_shown_under_its_conclusion(
        qtbot, care_window, care, services, monkeypatch):
    """Jeugdwet 7.3.8: the evaluation stays as it was; the family's own view is kept and shown beside it."""
    evaluate(services, care, date(2026, 11, 2), (4, 5, 3))
    window = care_window("evaluations_tab")
    tab = window.evaluations_tab
    seen = {}

    def fill(dialog: StatementDialog) -> None:
        seen["parts"] = [dialog.part_combo.itemText(n) for n in range(dialog.part_combo.count())]
        select_combo_data(dialog.person_combo, member_id(services, care.case.family_id, "Ayşe"))
        click_ok(qtbot, dialog)  # nothing typed: refused at its field, the dialog stays
        seen["refused"] = (dialog.field_errors["text"].text(), dialog.isVisible())
        type_text(dialog.text_edit, "Wij vinden dat het al veel beter gaat dan hier staat.")
        click_ok(qtbot, dialog)

    assert tab.statement_button.isVisible() and tab.statement_button.text() == "Eigen verklaring…"
    drive_dialog(monkeypatch, StatementDialog, fill)
    tab.statement_button.click()

    assert seen["parts"] == ["Conclusie van de evaluatie van 02-11-2026"]
    assert seen["refused"] == ("Dit veld is verplicht.", True)
    [stored] = services.statements.statements(care.case_id).statements
    evaluation = services.evaluations.evaluations(care.case_id)[0]
    assert (stored.subject, stored.subject_id, stored.field, stored.person_name) == (
        StatementSubject.EVALUATION, evaluation.id, "conclusion", "Ayşe Öztürk")
    assert evaluation.conclusion == "Het gaat stap voor stap beter."
    assert tab.conclusion_label.text() == (
        "Het gaat stap voor stap beter.\n\nEigen verklaring van Ayşe Öztürk (22-11-2026): "
        "Wij vinden dat het al veel beter gaat dan hier staat.")
