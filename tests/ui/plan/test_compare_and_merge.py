"""Readable Dutch comparison lines, and the three-way merge of the plan texts."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.queries.plan_compare import ChangeKind, FieldChange, PlanChange
from models.enums import Actor
from tests.integration.case_helpers import domain_id, smart_goal
from ui.plan.compare_lines import compare_lines, field_change_text
from ui.plan.plan_text_merge import merge_plan_values


def test_field_changes_read_as_dutch_sentences():
    assert field_change_text(FieldChange("target_date", date(2027, 3, 1), date(2027, 5, 1))) == (
        "Streefdatum gewijzigd van 01-03-2027 naar 01-05-2027")
    assert field_change_text(FieldChange("concerns", "oud", "nieuw")) == "Zorgen gewijzigd"
    assert field_change_text(FieldChange("actor", Actor.NETWORK, Actor.FAMILY)) == (
        "Wie doet het gewijzigd van Netwerk naar Gezin zelf")
    assert field_change_text(FieldChange("score_start", None, 4)) == "Score bij de start ingevuld: 4"
    assert field_change_text(FieldChange("due_date", date(2027, 1, 1), None)) == (
        "Wanneer klaar leeggemaakt (was 01-01-2027)")
    assert field_change_text(FieldChange("done", False, True)) == "Afgevinkt als gedaan"


def test_a_comparison_of_two_versions_lists_goals_and_their_changes(services, family):
    plan = services.plans.start_plan(family.case_id)
    kept = services.plans.add_goal(plan.id, smart_goal(domain_id(services), target_date=date(2027, 3, 1)))
    plan = services.plans.current_plan(family.case_id)
    services.plans.agree_plan(plan.id, plan.version, date(2026, 11, 22), "Ayşe", content_digest=plan.content_digest)
    second = services.plans.new_version(plan.id)
    goal = second.goal(next(g.id for g in second.goals if g.lineage == kept.lineage))
    services.plans.update_goal(goal.id, goal.version, replace(smart_goal(domain_id(services)),
                                                              target_date=date(2027, 5, 1)))
    services.plans.add_goal(second.id, smart_goal(domain_id(services), description="Daan slaapt in eigen bed"))
    services.plans.update_plan_texts(second.id, second.version, concerns="Daan slaapt slecht")

    lines = compare_lines(services.plans.compare_versions(plan.id, second.id))

    assert lines == [
        "Zorgen gewijzigd",
        "  Eerder: ",
        "  Nu: Daan slaapt slecht",
        "Doel gewijzigd: Zoë gaat elke schooldag naar school",
        "  Streefdatum gewijzigd van 01-03-2027 naar 01-05-2027",
        "Doel toegevoegd: Daan slaapt in eigen bed",
    ]


def test_action_changes_name_their_goal():
    change = PlanChange(ChangeKind.ACTION_ADDED, "g1", "Rust in huis", "Oma bellen")
    assert compare_lines([change]) == ["Actie toegevoegd bij het doel ‘Rust in huis’: Oma bellen"]


BASE = {"concerns": "a", "strengths": "b", "agreements": "c"}


def test_only_fields_both_changed_differently_conflict():
    merge = merge_plan_values(BASE, {**BASE, "concerns": "mine", "strengths": "same"},
                              {**BASE, "concerns": "theirs", "strengths": "same", "agreements": "theirs"})
    assert merge.mine_changed == {"concerns": "mine", "strengths": "same"}
    assert merge.conflicts == ("concerns",)
    assert merge.theirs_with_mine == {"concerns": "theirs", "strengths": "same", "agreements": "theirs"}


def test_my_change_to_a_field_the_colleague_left_alone_merges():
    merge = merge_plan_values(BASE, {**BASE, "concerns": "mine"}, {**BASE, "agreements": "theirs"})
    assert merge.conflicts == ()
    assert merge.theirs_with_mine == {"concerns": "mine", "strengths": "b", "agreements": "theirs"}
