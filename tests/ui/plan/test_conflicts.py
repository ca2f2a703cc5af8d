"""A colleague saved the same plan or goal first: the user sees both and chooses; never a silent overwrite."""
from __future__ import annotations

import pytest

from tests.integration.case_helpers import colleague_services, domain_id, smart_goal
from tests.ui.plan.plan_helpers import answer_conflict, answer_dialog, click
from ui.plan.goal_dialog import GoalDialog
from ui.widgets.conflict_dialog import ConflictChoice, ConflictDialog, ConflictRow


@pytest.fixture
def colleague(db_path, clock):
    """Mohamed El Amrani of the same team, working on the same database file."""
    with colleague_services(db_path, clock) as svc:
        yield svc


def colleague_saves_texts(colleague, case_id: int, **texts) -> None:
    plan = colleague.plans.current_plan(case_id)
    colleague.plans.update_plan_texts(plan.id, plan.version, **texts)


def rows_of(dialog: ConflictDialog) -> list[tuple[str, str]]:
    return [(m.toPlainText(), t.toPlainText()) for m, t in zip(dialog.mine_views, dialog.theirs_views)]


@pytest.fixture
def conflicting(qtbot, started, colleague, family):
    """I typed concerns; meanwhile my colleague saved other concerns and new strengths."""
    qtbot.keyClicks(started.texts.text_edits["concerns"], "Zoe verzuimt veel")
    colleague_saves_texts(colleague, family.case_id, concerns="Daan slaapt slecht", strengths="Oma helpt")
    return started


def test_keeping_my_text_overwrites_only_what_i_changed(qtbot, conflicting, services, family, monkeypatch):
    opened = answer_conflict(monkeypatch, "keep_mine_button")

    click(qtbot, conflicting.save_button)

    assert len(opened) == 1 and rows_of(opened[0]) == [("Zoe verzuimt veel", "Daan slaapt slecht")]
    assert opened[0].windowTitle() == "Een collega heeft dit ook opgeslagen"
    stored = services.plans.current_plan(family.case_id)
    assert (stored.concerns, stored.strengths) == ("Zoe verzuimt veel", "Oma helpt")
    assert conflicting.texts.text_edits["strengths"].toPlainText() == "Oma helpt"
    assert not conflicting.has_unsaved_changes()


def test_taking_the_colleague_s_version_drops_mine(qtbot, conflicting, services, family, monkeypatch):
    answer_conflict(monkeypatch, "take_theirs_button")

    click(qtbot, conflicting.save_button)

    stored = services.plans.current_plan(family.case_id)
    assert (stored.concerns, stored.strengths) == ("Daan slaapt slecht", "Oma helpt")
    assert conflicting.texts.text_edits["concerns"].toPlainText() == "Daan slaapt slecht"
    assert not conflicting.has_unsaved_changes()


def test_cancel_saves_nothing_and_keeps_my_text(qtbot, conflicting, services, family, monkeypatch):
    answer_conflict(monkeypatch, "cancel_button")

    assert conflicting.save_pending() is False

    assert services.plans.current_plan(family.case_id).concerns == "Daan slaapt slecht"
    assert conflicting.texts.text_edits["concerns"].toPlainText() == "Zoe verzuimt veel"
    assert conflicting.has_unsaved_changes()


def test_changes_to_different_texts_are_merged_without_asking(qtbot, started, colleague, services, family,
                                                               monkeypatch):
    opened = answer_conflict(monkeypatch, "cancel_button")
    qtbot.keyClicks(started.texts.text_edits["desired_future"], "Zoe gaat graag naar school")
    colleague_saves_texts(colleague, family.case_id, agreements="Elke week bellen")

    click(qtbot, started.save_button)

    assert opened == []
    stored = services.plans.current_plan(family.case_id)
    assert (stored.desired_future, stored.agreements) == ("Zoe gaat graag naar school", "Elke week bellen")
    assert started.texts.text_edits["agreements"].toPlainText() == "Elke week bellen"


def test_a_goal_changed_by_a_colleague_is_shown_side_by_side(qtbot, started, colleague, services, family,
                                                             monkeypatch):
    plan = services.plans.current_plan(family.case_id)
    goal = services.plans.add_goal(plan.id, smart_goal(domain_id(services)))
    started.reload()
    colleague.plans.update_goal(goal.id, goal.version, smart_goal(goal.life_domain_id,
                                                                  description="Zoe fietst zelf naar school"))
    conflicts = answer_conflict(monkeypatch, "keep_mine_button")

    def fill(dialog: GoalDialog) -> None:
        dialog.description_edit.selectAll()
        qtbot.keyClicks(dialog.description_edit, "Zoe gaat elke dag naar school")
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, GoalDialog, fill)
    click(qtbot, started.goals.edit_goal_button)

    assert rows_of(conflicts[0]) == [("Zoe gaat elke dag naar school", "Zoe fietst zelf naar school")]
    assert services.plans.current_plan(family.case_id).goals[0].description == "Zoe gaat elke dag naar school"


def test_the_conflict_dialog_shows_both_versions_and_cancel_is_the_safe_default(qtbot):
    dialog = ConflictDialog([ConflictRow("Zorgen", "mijn tekst", "hun tekst")])
    qtbot.addWidget(dialog)

    assert dialog.choice is ConflictChoice.CANCEL and dialog.cancel_button.isDefault()
    assert rows_of(dialog) == [("mijn tekst", "hun tekst")]
    assert [dialog.keep_mine_button.text(), dialog.take_theirs_button.text(), dialog.cancel_button.text()] == [
        "Mijn tekst bewaren en overschrijven", "Versie van collega overnemen", "Annuleren"]
    dialog.take_theirs_button.click()
    assert dialog.choice is ConflictChoice.TAKE_THEIRS
