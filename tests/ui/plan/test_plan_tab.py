"""The plan tab: starting a plan, writing it in the family's words, agreeing it, new versions, nothing lost."""
from __future__ import annotations

from app.changes import ChangeKind, Changes

from datetime import date

from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget

from models.enums import PlanStatus
from tests.integration.case_helpers import colleague_services, domain_id, smart_goal
from tests.ui.plan.plan_helpers import answer_dialog, click
from ui.case.case_window import CaseWindow
from ui.plan.agree_dialog import AgreeDialog
from ui.qt_models.goals_model import GoalColumn
from ui.plan.versions import VersionsDialog


def type_text(qtbot, tab, field: str, text: str) -> None:
    qtbot.keyClicks(tab.texts.text_edits[field], text)


def test_a_case_without_a_plan_shows_an_empty_state_and_starts_one(qtbot, tab, services, family):
    assert tab.stack.currentWidget() is tab.empty_page
    assert tab.start_button.text() == "Gezinsplan starten"

    click(qtbot, tab.start_button)

    assert tab.stack.currentWidget() is tab.plan_page
    assert tab.header.title_label.text() == "Gezinsplan, versie 1"
    assert "Nog niet vastgesteld" in tab.header.details_label.text()
    assert "Evaluatie elke 13 weken" in tab.header.details_label.text()
    assert tab.hint_label.isVisible() and tab.hint_label.text() == "Het plan heeft nog geen doelen."
    assert services.plans.current_plan(family.case_id).version_no == 1
    assert not tab.save_button.isEnabled() and not tab.has_unsaved_changes()


def test_the_family_s_words_are_saved(qtbot, started, services, family):
    with qtbot.waitSignal(started.dirty_changed) as became_dirty:
        type_text(qtbot, started, "request_for_help", "We willen weer rust in huis")
    assert became_dirty.args == [True]
    type_text(qtbot, started, "concerns", "Zoe gaat vaak niet naar school")
    assert started.has_unsaved_changes() and started.save_button.isEnabled()

    with qtbot.waitSignal(started.dirty_changed) as became_clean:
        click(qtbot, started.save_button)

    assert became_clean.args == [False]
    stored = services.plans.current_plan(family.case_id)
    assert (stored.request_for_help, stored.concerns) == ("We willen weer rust in huis",
                                                          "Zoe gaat vaak niet naar school")
    assert not started.has_unsaved_changes() and not started.save_button.isEnabled()


def test_unsaved_text_survives_reloads_and_switching_tabs(qtbot, started, services, family, events):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(started, "Plan")
    tabs.addTab(QLabel("Journaal"), "Journaal")
    tabs.show()
    type_text(qtbot, started, "strengths", "Oma helpt elke woensdag")

    tabs.setCurrentIndex(1)
    events.announce(Changes.everything())  # a colleague's change elsewhere
    tabs.setCurrentIndex(0)
    started.reload()

    assert started.texts.text_edits["strengths"].toPlainText() == "Oma helpt elke woensdag"
    assert started.has_unsaved_changes()
    assert services.plans.current_plan(family.case_id).strengths == ""

    started.discard_pending()
    assert started.texts.text_edits["strengths"].toPlainText() == ""
    assert not started.has_unsaved_changes()
    started.setParent(None)  # the tab belongs to the test, not to the tab widget


def test_a_failed_save_keeps_the_text_and_shows_the_message_at_the_field(qtbot, started, services, family):
    type_text(qtbot, started, "desired_future", "Zoe gaat graag naar school")
    started.texts.plan_date_edit.set_date(date(2026, 12, 1))

    assert started.save_pending() is False

    error = started.texts.errors["plan_date"]
    assert error.isVisible() and "toekomst" in error.text()
    assert started.texts.text_edits["desired_future"].toPlainText() == "Zoe gaat graag naar school"
    assert started.has_unsaved_changes()
    assert services.plans.current_plan(family.case_id).desired_future == ""


def agree_with(text: str):
    def fill(dialog: AgreeDialog) -> None:
        dialog.agreed_with_edit.clear()
        dialog.agreed_with_edit.insert(text)
        dialog.ok_button.click()
    return fill


def test_agreeing_asks_with_whom_and_shows_the_message_at_the_field(qtbot, started, services, family, monkeypatch):
    seen = {}

    def fill(dialog: AgreeDialog) -> None:
        agree_with("   ")(dialog)
        seen.update(open=dialog.isVisible(), error=dialog.field_errors["agreed_with"].text(),
                    shown=dialog.field_errors["agreed_with"].isVisible())

    answer_dialog(monkeypatch, AgreeDialog, fill)

    click(qtbot, started.agree_button)

    assert seen == {"open": True, "error": "Dit veld is verplicht.", "shown": True}
    assert services.plans.current_plan(family.case_id).status is PlanStatus.DRAFT


def test_agree_change_in_a_new_version_and_read_the_old_one(qtbot, started, services, family, monkeypatch):
    type_text(qtbot, started, "concerns", "Zoe verzuimt")
    services.plans.add_goal(services.plans.current_plan(family.case_id).id, smart_goal(domain_id(services)))
    answer_dialog(monkeypatch, AgreeDialog, agree_with("Moeder en Daan (14)"))

    click(qtbot, started.agree_button)  # saves the typed text first, then agrees

    agreed = services.plans.current_plan(family.case_id)
    assert (agreed.status, agreed.agreed_with, agreed.concerns) == (PlanStatus.AGREED, "Moeder en Daan (14)",
                                                                    "Zoe verzuimt")
    assert "Vastgesteld op 22-11-2026 met Moeder en Daan (14)" in started.header.details_label.text()
    assert started.texts.text_edits["concerns"].isReadOnly()
    assert started.agree_button.isHidden() and started.save_button.isHidden()
    assert not started.goals.add_goal_button.isEnabled()

    click(qtbot, started.new_version_button)

    assert started.header.title_label.text() == "Gezinsplan, versie 2"
    assert not started.texts.text_edits["concerns"].isReadOnly() and started.new_version_button.isHidden()
    started.texts.text_edits["concerns"].selectAll()
    type_text(qtbot, started, "concerns", "Zoe gaat weer naar school, Daan slaapt slecht")
    click(qtbot, started.save_button)
    assert services.plans.current_plan(family.case_id).version_no == 2

    click(qtbot, started.versions_button)
    versions = started.findChild(VersionsDialog)
    qtbot.waitUntil(lambda: versions.versions_list.count() == 2)
    versions.select_version(1)

    old = versions.view
    assert old.header.title_label.text() == "Gezinsplan, versie 1"
    assert old.texts.text_edits["concerns"].toPlainText() == "Zoe verzuimt"
    assert old.texts.text_edits["concerns"].isReadOnly() and old.texts.interval_spin.isReadOnly()
    assert old.goals.goal_count() == 1 and old.goals.add_goal_button.isHidden()
    assert "Dit is de eerste versie" in versions.changes_browser.toPlainText()  # nothing before version 1

    versions.select_version(2)

    assert "Zorgen gewijzigd" in versions.changes_browser.toPlainText()  # without a click
    versions.close()


def test_the_case_window_sees_unsaved_plan_text_and_keeps_it_across_tabs(qtbot, services, family, events, runner):
    window = CaseWindow(services, family.case_id, events, runner)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.plan_tab)
    plan_tab = window.plan_tab
    click(qtbot, plan_tab.start_button)
    type_text(qtbot, plan_tab, "concerns", "Zoe verzuimt")

    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentWidget(plan_tab)

    assert window.has_unsaved_changes()
    assert plan_tab.texts.text_edits["concerns"].toPlainText() == "Zoe verzuimt"
    assert plan_tab.save_pending() and not window.has_unsaved_changes()
    assert services.plans.current_plan(family.case_id).concerns == "Zoe verzuimt"


def test_agreeing_a_plan_a_colleague_changed_meanwhile_shows_it_first(qtbot, started, services, family, db_path,
                                                                      clock, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    answer_dialog(monkeypatch, AgreeDialog, agree_with("Ayse"))
    with colleague_services(db_path, clock) as colleague:
        plan = colleague.plans.current_plan(family.case_id)
        colleague.plans.update_plan_texts(plan.id, plan.version, concerns="Daan slaapt slecht")

        click(qtbot, started.agree_button)

    assert "collega" in told[0]
    stored = services.plans.current_plan(family.case_id)
    assert stored.status is PlanStatus.DRAFT
    assert started.texts.text_edits["concerns"].toPlainText() == "Daan slaapt slecht"


def test_agreeing_a_plan_whose_goal_a_colleague_changed_shows_the_change_and_agrees_nothing(
        qtbot, started, services, family, db_path, clock, monkeypatch):
    """The goal changed, the plan row did not: the plan's version alone would have let this through."""
    goal = services.plans.add_goal(services.plans.current_plan(family.case_id).id, smart_goal(domain_id(services)))
    started.reload()
    seen = services.plans.current_plan(family.case_id)
    told, codes = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))

    def fill(dialog: AgreeDialog) -> None:
        codes.append(dialog.content_code_label.text())
        agree_with("Ayse")(dialog)

    answer_dialog(monkeypatch, AgreeDialog, fill)
    with colleague_services(db_path, clock) as colleague:
        colleague.plans.update_goal(goal.id, goal.version, smart_goal(goal.life_domain_id,
                                                                      description="Zoe fietst zelf naar school"))

        click(qtbot, started.agree_button)

    assert codes[0].startswith(f"Inhoudscode van deze versie: {seen.content_code}.")
    assert told == ["Een collega heeft dit plan gewijzigd nadat je het opende. Bekijk het plan zoals het nu is "
                    "en stel het daarna opnieuw vast."]
    assert [v.status for v in services.plans.plan_versions(family.case_id)] == [PlanStatus.DRAFT]
    assert started.goals.model.item(0).child(0, GoalColumn.GOAL).text() == "Zoe fietst zelf naar school"
    assert started.agree_button.isVisible()
