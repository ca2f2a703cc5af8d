"""The family-group plan offer, an own statement and a correction, driven like a user on the plan tab and
the journal: type, click, see the refusal at its field with the input kept, then what is stored and where
it is shown (Jeugdwet 4.1.2, 7.3.8; AVG 16)."""
from __future__ import annotations

from datetime import date

from models.enums import FamilyGroupPlanAnswer, JournalKind
from tests.integration.case_helpers import domain_id, member_id, smart_goal
from tests.ui.case.conftest import click_ok, select_combo_data, type_text
from tests.ui.plan.plan_helpers import answer_dialog, click
from ui.case.journal_tab import JournalTab
from ui.plan.statement_dialogs import CorrectionDialog, FamilyGroupPlanDialog, StatementDialog

TODAY = date(2026, 11, 22)


def _part(dialog, field: str, subject_id: int | None = None) -> int:
    return next(n for n, p in enumerate(dialog._parts) if p.field == field
                and (subject_id is None or p.subject_id == subject_id))


def test_recording_the_family_group_plan_offer(qtbot, started, services, family, monkeypatch):
    seen: dict[str, object] = {}

    def fill(dialog: FamilyGroupPlanDialog) -> None:
        type_text(dialog.note_edit, "Oma wil meedenken")
        click_ok(qtbot, dialog)  # no answer chosen: refused at its field
        seen["refused"] = (dialog.field_errors["answer"].text(), dialog.isVisible(), dialog.note_edit.toPlainText())
        select_combo_data(dialog.answer_combo, FamilyGroupPlanAnswer.CONSIDERING.value)
        click_ok(qtbot, dialog)

    assert started.offer_label.text() == "Familiegroepsplan: nog niet aangeboden"
    answer_dialog(monkeypatch, FamilyGroupPlanDialog, fill)
    click(qtbot, started.offer_button)

    assert seen["refused"] == ("Dit veld is verplicht.", True, "Oma wil meedenken")
    offer = services.statements.family_group_plan_offer(family.case_id)
    assert (offer.offered_on, offer.answer, offer.note) == (TODAY, FamilyGroupPlanAnswer.CONSIDERING,
                                                            "Oma wil meedenken")
    assert started.offer_label.text() == "Familiegroepsplan: aangeboden op 22-11-2026 - Denkt erover na"


def test_an_own_statement_is_shown_under_the_text_it_is_about(qtbot, started, services, family, monkeypatch):
    plan = services.plans.current_plan(family.case_id)
    services.plans.update_plan_texts(plan.id, plan.version, concerns="Er is geweld in huis.")
    started.reload()
    ayse = member_id(services, family.family_id, "Ayşe")
    seen: dict[str, object] = {}

    def fill(dialog: StatementDialog) -> None:
        select_combo_data(dialog.person_combo, ayse)
        dialog.part_combo.setCurrentIndex(_part(dialog, "concerns"))
        click_ok(qtbot, dialog)  # nothing typed: refused at its field
        seen["refused"] = (dialog.field_errors["text"].text(), dialog.isVisible())
        type_text(dialog.text_edit, "Dat is niet waar: we maken ruzie, maar er is geen geweld.")
        click_ok(qtbot, dialog)

    assert not started.texts.notes["concerns"].isVisible()
    answer_dialog(monkeypatch, StatementDialog, fill)
    click(qtbot, started.statement_button)

    assert seen["refused"] == ("Dit veld is verplicht.", True)
    [stored] = services.statements.statements(family.case_id).statements
    assert (stored.person_name, stored.field, stored.stated_on, stored.text) == (
        "Ayşe Öztürk", "concerns", TODAY, "Dat is niet waar: we maken ruzie, maar er is geen geweld.")
    note = started.texts.notes["concerns"]
    assert note.isVisible() and note.text() == (
        "Eigen verklaring van Ayşe Öztürk (22-11-2026): Dat is niet waar: we maken ruzie, maar er is geen geweld.")
    assert not started.texts.notes["strengths"].isVisible()


def test_a_correction_keeps_what_stood_there_and_shows_the_new_text(qtbot, started, services, family, monkeypatch):
    plan = services.plans.current_plan(family.case_id)
    services.plans.update_plan_texts(plan.id, plan.version, concerns="Vader drinkt.")
    started.reload()
    ayse = member_id(services, family.family_id, "Ayşe")
    seen: dict[str, object] = {}

    def fill(dialog: CorrectionDialog) -> None:
        select_combo_data(dialog.person_combo, ayse)
        dialog.part_combo.setCurrentIndex(_part(dialog, "concerns"))
        seen["now"] = (dialog.now_edit.toPlainText(), dialog.new_edit.toPlainText())
        dialog.new_edit.clear()
        type_text(dialog.new_edit, "Vader werkt in ploegendienst en is vaak moe.")
        click_ok(qtbot, dialog)  # no reason: refused at its field, the text typed stays
        seen["refused"] = (dialog.field_errors["reason"].text(), dialog.new_edit.toPlainText())
        type_text(dialog.reason_edit, "Ayşe: 'drinkt' klopt niet")
        click_ok(qtbot, dialog)

    answer_dialog(monkeypatch, CorrectionDialog, fill)
    click(qtbot, started.correct_button)

    assert seen["now"] == ("Vader drinkt.", "Vader drinkt.")
    assert seen["refused"] == ("Dit veld is verplicht.", "Vader werkt in ploegendienst en is vaak moe.")
    [kept] = services.statements.statements(family.case_id).corrections
    assert (kept.old_text, kept.new_text, kept.reason, kept.person_name) == (
        "Vader drinkt.", "Vader werkt in ploegendienst en is vaak moe.", "Ayşe: 'drinkt' klopt niet", "Ayşe Öztürk")
    assert started.texts.text_edits["concerns"].toPlainText() == "Vader werkt in ploegendienst en is vaak moe."
    assert started.texts.notes["concerns"].text() == (
        "Gecorrigeerd op 22-11-2026 door Sanne de Vries op verzoek van Ayşe Öztürk. Eerst stond er: ‘Vader drinkt.’. "
        "Reden: Ayşe: 'drinkt' klopt niet")


def test_an_own_statement_about_a_journal_entry_is_shown_with_it(qtbot, services, family, runner, monkeypatch):
    services.journal.add_entry(family.case_id, TODAY, JournalKind.HOME_VISIT, "Moeder was boos.")
    tab = JournalTab(services, family.case_id, runner)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    tab.reload()
    tab.table.selectRow(0)
    zoe = member_id(services, family.family_id, "Zoë")

    def fill(dialog: StatementDialog) -> None:
        select_combo_data(dialog.person_combo, zoe)
        type_text(dialog.text_edit, "Mama was niet boos, ze was moe.")
        click_ok(qtbot, dialog)

    answer_dialog(monkeypatch, StatementDialog, fill)
    tab.changed.connect(lambda _changes: tab.reload(log_read=False))  # the window reloads the tab on a change
    click(qtbot, tab.statement_button)

    [stored] = services.statements.statements(family.case_id).statements
    assert (stored.person_name, stored.field) == ("Zoë Öztürk", "text")
    assert tab.reader.toPlainText() == (
        "Moeder was boos.\n\nEigen verklaring van Zoë Öztürk (22-11-2026): Mama was niet boos, ze was moe.")


def test_an_own_statement_about_a_goal_is_shown_beside_that_goal(qtbot, started, services, family, monkeypatch):
    plan = services.plans.current_plan(family.case_id)
    first = services.plans.add_goal(plan.id, smart_goal(domain_id(services), description="Zoë gaat elke dag"))
    second = services.plans.add_goal(plan.id, smart_goal(domain_id(services), description="Rust in huis"))
    started.reload()
    ayse = member_id(services, family.family_id, "Ayşe")

    def fill(dialog: StatementDialog) -> None:
        select_combo_data(dialog.person_combo, ayse)
        dialog.part_combo.setCurrentIndex(_part(dialog, "description", second.id))
        type_text(dialog.text_edit, "Zo hebben we het niet afgesproken.")
        click_ok(qtbot, dialog)

    answer_dialog(monkeypatch, StatementDialog, fill)
    click(qtbot, started.statement_button)

    started.goals.select_goal(second.id)
    line = "Eigen verklaring van Ayşe Öztürk (22-11-2026): Zo hebben we het niet afgesproken."
    assert started.goals.goal_notes_label.isVisible() and started.goals.goal_notes_label.text() == line
    assert started.texts.notes["goals"].text() == f"Over het doel ‘Rust in huis’: {line}"
    started.goals.select_goal(first.id)
    assert not started.goals.goal_notes_label.isVisible()
