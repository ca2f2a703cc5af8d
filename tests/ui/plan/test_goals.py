"""Goals and actions: who does what, SMART hints that never block, messages at the field."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.members import NetworkMemberInput
from app.services.plan_inputs import GoalInput
from app.smart import ActionFlag
from models.enums import ActionOwner, Actor
from tests.integration.case_helpers import domain_id, member_id, smart_goal
from tests.ui.plan.plan_helpers import answer_dialog, click
from ui.plan.action_dialog import ActionDialog
from ui.qt_models.actions_model import ActionColumn
from ui.plan.goal_dialog import GoalDialog
from ui.qt_models.goals_model import GoalColumn
from ui.labels.plan import flag_text


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def goal_row_texts(tab) -> list[list[str]]:
    """Each domain row, then its goals' cells."""
    model, rows = tab.goals.model, []
    for r in range(model.rowCount()):
        domain = model.item(r)
        rows.append([domain.text()])
        for c in range(domain.rowCount()):
            rows.append([domain.child(c, col).text() for col in GoalColumn])
    return rows


def first_goal_item(tab):
    return tab.goals.model.item(0).child(0, GoalColumn.GOAL)


def test_a_goal_is_written_with_the_goal_dialog(qtbot, started, services, family, monkeypatch):
    zoe = member_id(services, family.family_id, "Zoë")

    def fill(dialog: GoalDialog) -> None:
        choose(dialog.domain_combo, domain_id(services, "werk_opleiding"))
        dialog.set_person_checked(zoe)
        qtbot.keyClicks(dialog.description_edit, "Zoe gaat elke schooldag naar school")
        qtbot.keyClicks(dialog.criterion_edit, "Aanwezigheid boven 95% volgens de school")
        dialog.target_date_edit.set_date(date(2027, 3, 1))
        choose(dialog.actor_combo, Actor.FAMILY)
        qtbot.keyClicks(dialog.actor_detail_edit, "Moeder brengt haar")
        dialog.score_start_spin.setValue(4)
        dialog.score_target_spin.setValue(7)
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, GoalDialog, fill)

    click(qtbot, started.goals.add_goal_button)

    goal = services.plans.current_plan(family.case_id).goals[0]
    assert (goal.description, goal.success_criterion, goal.target_date, goal.actor, goal.person_ids,
            goal.score_start, goal.score_target) == (
        "Zoe gaat elke schooldag naar school", "Aanwezigheid boven 95% volgens de school", date(2027, 3, 1),
        Actor.FAMILY, (zoe,), 4, 7)
    assert goal_row_texts(started) == [
        ["Werk & opleiding  (1)"],
        ["Zoe gaat elke schooldag naar school", "Gezin zelf", "Zoë", "01-03-2027", "4 → 7", "Open"],
    ]
    assert started.goals.model.item(0).child(0, GoalColumn.ACTOR).toolTip() == "Moeder brengt haar"
    assert "Gezin zelf" in started.goals.who_label.text()
    assert not started.hint_label.isVisible()  # the family acts itself: nothing to point out
    assert first_goal_item(started).icon().isNull() is False  # a blank mark keeps the text aligned
    assert "Bereikt als: Aanwezigheid" in first_goal_item(started).toolTip()


def test_a_goal_without_criterion_or_target_date_is_saved_with_a_gentle_hint(qtbot, started, services, family,
                                                                             monkeypatch):
    def fill(dialog: GoalDialog) -> None:
        choose(dialog.domain_combo, domain_id(services))
        qtbot.keyClicks(dialog.description_edit, "Rust in huis")
        choose(dialog.actor_combo, Actor.PROVIDER)
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, GoalDialog, fill)

    click(qtbot, started.goals.add_goal_button)

    assert len(services.plans.current_plan(family.case_id).goals) == 1  # never blocking
    tooltip = first_goal_item(started).toolTip()
    assert "Beschrijf waaraan je merkt dat het doel bereikt is." in tooltip
    assert "streefdatum" in tooltip.lower()
    assert started.hint_label.isVisible()
    assert "netwerk" in started.hint_label.text().lower()  # no goal for the family's own strength


def test_a_goal_dialog_with_mistakes_stays_open_with_the_input_intact(qtbot, started, services, family, monkeypatch):
    seen = {}

    def fill(dialog: GoalDialog) -> None:
        qtbot.keyClicks(dialog.criterion_edit, "Minder ruzie aan tafel")
        dialog.target_date_edit.set_date(date(2026, 1, 1))
        click(qtbot, dialog.ok_button)
        seen.update(open=dialog.isVisible(), criterion=dialog.criterion_edit.toPlainText(),
                    messages={name: label.text() for name, label in dialog.field_errors.items() if label.isVisible()})

    answer_dialog(monkeypatch, GoalDialog, fill)

    click(qtbot, started.goals.add_goal_button)

    assert seen["open"] and seen["criterion"] == "Minder ruzie aan tafel"
    assert set(seen["messages"]) == {"life_domain_id", "description", "target_date"}
    assert seen["messages"]["target_date"] == "De streefdatum ligt voor de datum van het plan."
    assert services.plans.current_plan(family.case_id).goals == ()


def test_the_network_acts_through_a_chosen_network_member(qtbot, started, services, family, monkeypatch):
    grandma = services.members.add_network_member(family.family_id, NetworkMemberInput("Oma Fatma", "oma"))

    def fill(dialog: GoalDialog) -> None:
        choose(dialog.domain_combo, domain_id(services))
        qtbot.keyClicks(dialog.description_edit, "Zoe slaapt op woensdag bij oma")
        assert not dialog.network_combo.isEnabled()
        choose(dialog.actor_combo, Actor.NETWORK)
        choose(dialog.network_combo, grandma.id)
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, GoalDialog, fill)
    click(qtbot, started.goals.add_goal_button)

    goal = services.plans.current_plan(family.case_id).goals[0]
    assert (goal.actor, goal.network_member_name) == (Actor.NETWORK, "Oma Fatma")
    assert goal_row_texts(started)[1][GoalColumn.ACTOR] == "Netwerk · Oma Fatma"


def test_actions_are_added_flagged_when_late_and_ticked_done(qtbot, started, services, family, monkeypatch):
    plan = services.plans.current_plan(family.case_id)
    services.plans.add_goal(plan.id, smart_goal(domain_id(services), target_date=date(2027, 3, 1)))
    started.reload()
    seen = {}

    def fill(dialog: ActionDialog) -> None:
        qtbot.keyClicks(dialog.what_edit, "School bellen over het rooster")
        choose(dialog.owner_combo, ActionOwner.WORKER)
        choose(dialog.worker_combo, services.ctx.user.worker_id)
        dialog.due_date_edit.set_date(date(2027, 4, 1))
        seen["late hint"] = dialog.due_hint.isVisible() and dialog.due_hint.text()
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, ActionDialog, fill)
    click(qtbot, started.goals.add_action_button)

    assert seen["late hint"] == flag_text(ActionFlag.DUE_AFTER_GOAL)  # allowed, only pointed out
    action = services.plans.current_plan(family.case_id).goals[0].actions[0]
    assert (action.what, action.owner_name, action.due_date) == (
        "School bellen over het rooster", "Sanne de Vries", date(2027, 4, 1))
    model = started.goals.actions_model
    assert model.rowCount() == 1
    assert model.index(0, ActionColumn.WHO).data() == "Sanne de Vries"
    assert model.index(0, ActionColumn.DUE).data() == "01-04-2027"
    assert "streefdatum" in model.index(0, ActionColumn.WHAT).data(Qt.ItemDataRole.ToolTipRole)

    model.setData(model.index(0, ActionColumn.DONE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    stored = services.plans.current_plan(family.case_id).goals[0].actions[0]
    assert (stored.done, stored.done_on) == (True, date(2026, 11, 22))
    assert model.index(0, ActionColumn.DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_an_action_for_someone_else_needs_a_name_at_the_field(qtbot, started, services, family, monkeypatch):
    services.plans.add_goal(services.plans.current_plan(family.case_id).id, smart_goal(domain_id(services)))
    started.reload()
    seen = {}

    def fill(dialog: ActionDialog) -> None:
        qtbot.keyClicks(dialog.what_edit, "Intake jongerenwerk")
        choose(dialog.owner_combo, ActionOwner.OTHER)
        click(qtbot, dialog.ok_button)
        seen.update(open=dialog.isVisible(), what=dialog.what_edit.toPlainText(),
                    message=dialog.field_errors["owner_text"].text())

    answer_dialog(monkeypatch, ActionDialog, fill)
    click(qtbot, started.goals.add_action_button)

    assert seen == {"open": True, "what": "Intake jongerenwerk", "message": "Dit veld is verplicht."}
    assert services.plans.current_plan(family.case_id).goals[0].actions == ()


def test_a_goal_is_changed_and_removed_after_asking(qtbot, started, services, family, monkeypatch):
    plan = services.plans.current_plan(family.case_id)
    services.plans.add_goal(plan.id, GoalInput(domain_id(services), "Rust in huis"))
    started.reload()

    def fill(dialog: GoalDialog) -> None:
        assert dialog.description_edit.toPlainText() == "Rust in huis"
        dialog.description_edit.selectAll()
        qtbot.keyClicks(dialog.description_edit, "Elke avond rustig samen eten")
        click(qtbot, dialog.ok_button)

    answer_dialog(monkeypatch, GoalDialog, fill)
    click(qtbot, started.goals.edit_goal_button)
    assert services.plans.current_plan(family.case_id).goals[0].description == "Elke avond rustig samen eten"

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    click(qtbot, started.goals.remove_goal_button)

    assert "Elke avond rustig samen eten" in asked[0]
    assert services.plans.current_plan(family.case_id).goals == ()
    assert started.goals.model.rowCount() == 0
