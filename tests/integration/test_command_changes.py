"""A command's Outcome says what it changed, collected by the unit of work (no service says it itself)."""
from __future__ import annotations

from app.changes import ChangeKind, Changes, run_command
from app.services.members import NetworkMemberInput
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


def test_a_read_changes_nothing_and_a_network_member_names_the_family_not_every_case(services):
    family = intake_family(services)

    read = run_command(lambda: services.members.case_view(family.case_id))
    added = run_command(lambda: services.members.add_network_member(family.family_id, NetworkMemberInput(
        name="Oma Fatma", relation="grootmoeder")))

    assert read.changes == Changes() and not read.changes
    assert added.changes.kinds == {ChangeKind.MEMBER} and added.changes.family_ids == {family.family_id}
    assert not added.changes.all_cases and not added.changes.touches_case(family.case_id)


def test_an_intake_reports_the_new_family_and_its_case(services):
    outcome = run_command(lambda: intake_family(services))

    changes = outcome.changes
    assert {ChangeKind.FAMILY, ChangeKind.MEMBER, ChangeKind.CASE} <= changes.kinds
    assert changes.case_ids == {outcome.value.case_id} and changes.family_ids == {outcome.value.family_id}
