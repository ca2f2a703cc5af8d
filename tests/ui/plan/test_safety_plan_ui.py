"""The safety plan on the plan tab: the three safety texts typed and saved with the plan, the safety panel's
"Record scaling answer…" dialog (choose who, set the score, type a note; a bad date refused at its field),
the trend per respondent and the table; the goal dialog's safety-goal box and its marker in the goals list."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from tests.integration.case_helpers import domain_id, smart_goal
from tests.ui.plan.plan_helpers import answer_dialog, click
from ui.plan.goal_dialog import GoalDialog
from ui.plan.scaling_dialog import ScalingDialog


def test_the_safety_texts_are_typed_and_saved_with_the_plan(qtbot, started, services, family):
    qtbot.keyClicks(started.texts.text_edits["safety_worries"], "Vader drinkt en wordt boos")
    qtbot.keyClicks(started.texts.text_edits["safety_next_steps"], "Vader drinkt niet thuis")
    click(qtbot, started.save_button)
    stored = services.plans.current_plan(family.case_id)
    assert (stored.safety_worries, stored.safety_next_steps) == ("Vader drinkt en wordt boos",
                                                                "Vader drinkt niet thuis")
    assert stored.has_safety_plan


def _record(qtbot, monkeypatch, tab, who: str, score: int, note: str = "") -> None:
    def fill(dialog: ScalingDialog) -> None:
        combo = dialog.respondent_combo
        combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).startswith(who)))
        dialog.score_spin.selectAll()
        qtbot.keyClicks(dialog.score_spin, str(score))
        if note:
            qtbot.keyClicks(dialog.note_edit, note)
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, ScalingDialog, fill)
    click(qtbot, tab.safety.record_button)


def test_scaling_answers_are_recorded_and_shown_as_a_trend_and_a_table(qtbot, started, services, family,
                                                                         monkeypatch):
    panel = started.safety
    assert "nog niet gesteld" in panel.trend_label.text()
    _record(qtbot, monkeypatch, started, "Zoë", 3, "Nog vaak bang")
    _record(qtbot, monkeypatch, started, "Sanne de Vries", 4)
    _record(qtbot, monkeypatch, started, "Zoë", 6)
    stored = services.safety.scaling_answers(family.case_id)
    assert [(a.respondent.name, a.score, a.note) for a in stored] == [
        ("Zoë Öztürk", 3, "Nog vaak bang"), ("Sanne de Vries", 4, None), ("Zoë Öztürk", 6, None)]
    assert panel.model.rowCount() == 3
    assert panel.model.index(0, 2).data() == "6"  # newest first
    text = panel.trend_label.text()
    assert "<b>Zoë Öztürk</b>: 3 → 6 " in text and "<b>Sanne de Vries (de medewerker)</b>: 4 " in text
    shots = os.environ.get("GEZINSREGIE_SAFETY_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        panel.grab().save(str(Path(shots) / "safety-panel.png"))
        started.grab().save(str(Path(shots) / "safety-plan-tab.png"))


def test_a_future_date_is_refused_at_its_field_and_nothing_is_stored(qtbot, started, services, family,
                                                                      monkeypatch):
    shown: list[str] = []

    def fill(dialog: ScalingDialog) -> None:
        dialog.respondent_combo.setCurrentIndex(0)
        dialog.asked_on_edit.selectAll()
        qtbot.keyClicks(dialog.asked_on_edit, "01-01-2030")
        click(qtbot, dialog.ok_button)
        shown.append(dialog.field_errors["asked_on"].text())
        assert dialog.isVisible()  # stays open with what was typed
        dialog.reject()

    answer_dialog(monkeypatch, ScalingDialog, fill)
    monkeypatch.setattr("ui.widgets.form_dialog.ask_discard_typed", lambda _parent: True)
    click(qtbot, started.safety.record_button)
    assert shown == ["De datum kan niet in de toekomst liggen."]
    assert services.safety.scaling_answers(family.case_id) == ()


def test_the_goal_dialog_marks_a_safety_goal_and_the_list_shows_it(qtbot, started, services, family, monkeypatch):
    plan = services.plans.current_plan(family.case_id)
    goal = services.plans.add_goal(plan.id, smart_goal(domain_id(services)))
    started.reload()

    def fill(dialog: GoalDialog) -> None:
        assert not dialog.safety_check.isChecked()
        dialog.safety_check.setFocus()
        qtbot.keyClick(dialog.safety_check, Qt.Key.Key_Space)
        assert dialog.safety_check.isChecked()
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, GoalDialog, fill)
    started.commands.edit_goal(goal.id)
    stored = services.plans.current_plan(family.case_id).goals[0]
    assert stored.safety_goal
    model = started.goals.model
    domain = model.index(0, 0)
    assert model.index(0, 0, domain).data() == f"Veiligheidsdoel · {goal.description}"
