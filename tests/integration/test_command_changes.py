"""A command's Outcome says what it changed, collected by the unit of work (no service says it itself)."""
from __future__ import annotations

from app.changes import ChangeKind, Changes, run_command
from tests.integration.case_helpers import domain_id, intake_family, smart_goal


def test_a_goal_save_reports_the_goal_of_its_case(services):
    family = intake_family(services)
    plan = services.plans.start_plan(family.case_id)
    goal = services.plans.add_goal(plan.id, smart_goal(domain_id(services)))

    outcome = run_command(lambda: services.plans.update_goal(goal.id, goal.version, smart_goal(
        domain_id(services), description="Zoë gaat elke schooldag naar school, ook op vrijdag")))

    assert outcome.value.description.endswith("ook op vrijdag")
    assert outcome.changes.kinds == {ChangeKind.GOAL}
    assert outcome.changes.case_ids == {family.case_id} and not outcome.changes.all_cases
    assert outcome.changes.touches_case(family.case_id, ChangeKind.GOAL)
    assert not outcome.changes.touches_case(family.case_id + 1)


def test_a_read_changes_nothing_and_a_family_change_names_the_family(services):
    family = intake_family(services)

    read = run_command(lambda: services.members.case_view(family.case_id))
    assert read.changes == Changes() and not read.changes

    outside = services.plans.start_plan(family.case_id)  # outside a command nothing is collected
    assert outside.version_no == 1
