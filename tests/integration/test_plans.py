"""The family plan: drafting, goals and actions, agreeing, versions, comparing, and colleagues' edits."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Update, event, update

from app.errors import BusinessRuleViolation, ConcurrencyConflict, ValidationError
from app.queries.plan_compare import ChangeKind, FieldChange
from app.services.members import NetworkMemberInput
from app.services.plan_inputs import ActionInput, GoalInput
from app.smart import ActionFlag, GoalFlag, PlanFlag
from models import Goal
from models.enums import ActionOwner, Actor, AuditEvent, CloseReason, GoalStatus, PlanStatus
from tests.integration.case_helpers import (
    colleague_services, domain_id, intake_family, log_entries, member_id, smart_goal,
)

TODAY = date(2026, 11, 22)


@pytest.fixture
def family(services):
    return intake_family(services)


@pytest.fixture
def draft(services, family):
    return services.plans.start_plan(family.case_id)


def _agree(services, plan, on=TODAY, with_="Ayşe en Zoë"):
    return services.plans.agree_plan(plan.id, plan.version, on, with_, content_digest=plan.content_digest)


def test_a_case_starts_without_a_plan_and_gets_a_first_draft(services, family):
    assert services.plans.current_plan(family.case_id) is None
    plan = services.plans.start_plan(family.case_id)
    assert (plan.version_no, plan.status, plan.plan_date, plan.editable, plan.author_name) == (
        1, PlanStatus.DRAFT, TODAY, True, "Sanne de Vries")
    assert plan.evaluation_interval_weeks == 13 and plan.goals == ()
    assert services.plans.current_plan(family.case_id) == plan
    with pytest.raises(BusinessRuleViolation):
        services.plans.start_plan(family.case_id)


def test_plan_texts_are_saved_and_validated_per_field(services, draft):
    plan = services.plans.update_plan_texts(
        draft.id, draft.version, request_for_help="We willen rust in huis", concerns="Zoë verzuimt",
        strengths="Oma helpt", desired_future="Zoë gaat graag naar school", agreements="Elke week bellen",
        evaluation_interval_weeks=8, plan_date=date(2026, 11, 22))
    assert (plan.request_for_help, plan.concerns, plan.evaluation_interval_weeks, plan.version) == (
        "We willen rust in huis", "Zoë verzuimt", 8, 2)
    with pytest.raises(ValidationError) as info:
        services.plans.update_plan_texts(plan.id, plan.version, concerns="x" * 10_001, evaluation_interval_weeks=105,
                                         plan_date=date(2026, 12, 1))
    messages = info.value.field_messages()
    assert set(messages) == {"concerns", "evaluation_interval_weeks", "plan_date"}
    assert "10000" in messages["concerns"] and "104" in messages["evaluation_interval_weeks"]
    assert "toekomst" in messages["plan_date"]
    with pytest.raises(ValidationError) as info:
        services.plans.update_plan_texts(plan.id, plan.version, evaluation_interval_weeks=0,
                                         plan_date=date(2026, 1, 1))
    assert set(info.value.fields) == {"evaluation_interval_weeks", "plan_date"}
    assert services.plans.current_plan(plan.case_id) == plan


def test_goals_with_persons_network_and_actions(services, family, draft):
    zoe, ayse = member_id(services, family.family_id, "Zoë"), member_id(services, family.family_id, "Ayşe")
    grandma = services.members.add_network_member(family.family_id, NetworkMemberInput("Oma Fatma", "oma"))
    school = domain_id(services, "werk_opleiding")
    first = services.plans.add_goal(draft.id, smart_goal(school, person_ids=(zoe,)))
    second = services.plans.add_goal(draft.id, smart_goal(
        domain_id(services), description="Zoë slaapt drie nachten per week bij oma", actor=Actor.NETWORK,
        network_member_id=grandma.id, person_ids=(zoe, ayse)))
    services.plans.add_action(second.id, ActionInput("Afspraken over ophalen", ActionOwner.NETWORK,
                                                     owner_network_member_id=grandma.id))
    services.plans.add_action(second.id, ActionInput("Bel de school", ActionOwner.WORKER,
                                                     owner_worker_id=services.ctx.user.worker_id))
    services.plans.add_action(first.id, ActionInput("Intake jongerenwerk", ActionOwner.OTHER, owner_text="Jongerenwerk"))
    plan = services.plans.current_plan(family.case_id)
    assert [(g.position, g.life_domain_name) for g in plan.goals] == [(0, "Werk & opleiding"), (1, "Huiselijke relaties")]
    g = plan.goals[1]
    assert ([p.name for p in g.persons], g.network_member_name) == (["Ayşe Öztürk", "Zoë Öztürk"], "Oma Fatma")
    assert [(a.what, a.owner_name) for a in g.actions] == [
        ("Afspraken over ophalen", "Oma Fatma"), ("Bel de school", "Sanne de Vries")]
    assert plan.goals[0].actions[0].owner_name == "Jongerenwerk"
    assert [(d.life_domain_name, len(d.goals)) for d in plan.goals_by_domain] == [
        ("Werk & opleiding", 1), ("Huiselijke relaties", 1)]
    assert [(c.actor, c.goals) for c in plan.who_does_what] == [(Actor.FAMILY, 1), (Actor.NETWORK, 1)]
    moved = services.plans.move_goal(second.id, services.plans.current_plan(family.case_id).goals[1].version, -1)
    assert [g.id for g in moved.goals] == [second.id, first.id]


def test_goal_validation_reports_all_problems_at_once(services, family, draft):
    other = intake_family(services, surname="Bakker")
    stranger = member_id(services, other.family_id, "Zoë")
    their_grandma = services.members.add_network_member(other.family_id, NetworkMemberInput("Opa", "opa"))
    with pytest.raises(ValidationError) as info:
        services.plans.add_goal(draft.id, GoalInput(
            life_domain_id=None, description=" ", person_ids=(stranger,), target_date=date(2026, 11, 1),
            score_start=-1, score_target=11, actor=Actor.NETWORK, network_member_id=their_grandma.id))
    messages = info.value.field_messages()
    assert set(messages) == {"life_domain_id", "description", "person_ids", "target_date", "score_start",
                             "score_target", "network_member_id"}
    assert messages["target_date"] == "De streefdatum ligt voor de datum van het plan."
    assert "0" in messages["score_target"] and "10" in messages["score_target"]
    with pytest.raises(ValidationError) as info:
        services.plans.add_goal(draft.id, smart_goal(domain_id(services), network_member_id=their_grandma.id))
    assert set(info.value.fields) == {"network_member_id"}  # the family acts, not the network
    assert services.plans.current_plan(family.case_id).goals == ()


def test_a_failed_goal_update_leaves_the_goal_unchanged(services, draft):
    goal = services.plans.add_goal(draft.id, smart_goal(domain_id(services)))
    with pytest.raises(ValidationError):
        services.plans.update_goal(goal.id, goal.version, smart_goal(goal.life_domain_id, description="Nieuw",
                                                                     score_target=12))
    assert services.plans.current_plan(draft.case_id).goals == (goal,)


def test_action_owner_must_exist_and_belong_to_the_family(services, family, draft):
    other = intake_family(services, surname="Bakker")
    goal = services.plans.add_goal(draft.id, smart_goal(domain_id(services)))
    cases = [
        (ActionInput("a", ActionOwner.MEMBER, owner_person_id=member_id(services, other.family_id, "Zoë")),
         "owner_person_id"),
        (ActionInput("a", ActionOwner.NETWORK), "owner_network_member_id"),
        (ActionInput("a", ActionOwner.WORKER, owner_worker_id=999), "owner_worker_id"),
        (ActionInput("a", ActionOwner.PROVIDER), "owner_text"),
        (ActionInput(" ", ActionOwner.OTHER, owner_text="Buurthuis"), "what"),
    ]
    for data, field in cases:
        with pytest.raises(ValidationError) as info:
            services.plans.add_action(goal.id, data)
        assert set(info.value.fields) == {field}
    assert services.plans.current_plan(family.case_id).goals[0].actions == ()


def test_an_action_due_after_the_goals_target_date_is_allowed_but_flagged(services, draft):
    goal = services.plans.add_goal(draft.id, smart_goal(domain_id(services), target_date=date(2027, 3, 1)))
    late = services.plans.add_action(goal.id, ActionInput("Evalueren", ActionOwner.OTHER, owner_text="School",
                                                          due_date=date(2027, 4, 1)))
    assert late.flags == (ActionFlag.DUE_AFTER_GOAL,)
    fixed = services.plans.update_action(late.id, late.version, replace(ActionInput.from_dto(late),
                                                                        due_date=date(2027, 2, 1)))
    assert fixed.flags == () and fixed.version == 2


def test_smart_flags_appear_on_goals_and_plan(services, draft):
    assert services.plans.current_plan(draft.case_id).flags == (PlanFlag.NO_GOALS,)
    vague = services.plans.add_goal(draft.id, GoalInput(domain_id(services), "Het gaat beter"))
    assert vague.flags == (GoalFlag.NO_CRITERION, GoalFlag.NO_TARGET_DATE, GoalFlag.NO_ACTOR)
    provider = services.plans.add_goal(draft.id, smart_goal(domain_id(services), actor=Actor.PROVIDER))
    assert provider.flags == ()
    assert services.plans.current_plan(draft.case_id).flags == (PlanFlag.NO_OWN_STRENGTH,)
    services.plans.add_goal(draft.id, smart_goal(domain_id(services), actor=Actor.FAMILY))
    assert services.plans.current_plan(draft.case_id).flags == ()


def test_agreeing_a_plan_and_its_validation(services, draft):
    with pytest.raises(ValidationError) as info:
        services.plans.agree_plan(draft.id, draft.version, date(2026, 12, 1), " ", content_digest=draft.content_digest)
    assert set(info.value.fields) == {"agreed_on", "agreed_with"}
    with pytest.raises(ValidationError) as info:
        services.plans.agree_plan(draft.id, draft.version, date(2026, 11, 1), "Ayşe",
                                  content_digest=draft.content_digest)
    assert info.value.field_messages() == {"agreed_on": "De datum van vaststelling ligt voor de datum van het plan."}
    agreed = _agree(services, draft)  # without goals: allowed, flagged
    assert (agreed.status, agreed.agreed_on, agreed.agreed_with, agreed.editable, agreed.flags) == (
        PlanStatus.AGREED, TODAY, "Ayşe en Zoë", False, (PlanFlag.NO_GOALS,))
    with pytest.raises(BusinessRuleViolation) as info:
        services.plans.update_plan_texts(agreed.id, agreed.version, concerns="Nieuw")
    assert "nieuwe versie" in info.value.message()
    with pytest.raises(BusinessRuleViolation):
        services.plans.add_goal(agreed.id, smart_goal(domain_id(services)))


def test_versions_copy_goals_with_their_lineage_and_supersede_on_agreement(services, family, draft):
    zoe = member_id(services, family.family_id, "Zoë")
    goal = services.plans.add_goal(draft.id, smart_goal(domain_id(services), person_ids=(zoe,)))
    services.plans.add_action(goal.id, ActionInput("Gesprek mentor", ActionOwner.MEMBER, owner_person_id=zoe))
    v1 = _agree(services, services.plans.current_plan(family.case_id))
    v2 = services.plans.new_version(v1.id)
    assert (v2.version_no, v2.status, v2.concerns) == (2, PlanStatus.DRAFT, v1.concerns)
    copied = v2.goals[0]
    assert copied.id != goal.id and copied.lineage == goal.lineage and copied.person_ids == (zoe,)
    assert [a.what for a in copied.actions] == ["Gesprek mentor"]
    assert services.plans.plan_version(v1.id).status is PlanStatus.AGREED  # until the new draft is agreed
    with pytest.raises(BusinessRuleViolation):
        services.plans.new_version(v1.id)  # one draft at a time
    services.plans.update_goal(copied.id, copied.version, smart_goal(copied.life_domain_id, person_ids=(zoe,),
                                                                     status=GoalStatus.IN_PROGRESS))
    v2 = _agree(services, services.plans.current_plan(family.case_id))
    old = services.plans.plan_version(v1.id)
    assert old == replace(v1, status=PlanStatus.SUPERSEDED, version=v1.version + 1)
    assert [(r.version_no, r.status) for r in services.plans.plan_versions(family.case_id)] == [
        (2, PlanStatus.AGREED), (1, PlanStatus.SUPERSEDED)]
    assert services.plans.current_plan(family.case_id).id == v2.id


def test_compare_versions_lists_text_goal_and_action_changes(services, family, draft):
    domain = domain_id(services)
    kept = services.plans.add_goal(draft.id, smart_goal(domain))
    dropped = services.plans.add_goal(draft.id, smart_goal(domain, description="Daan zwemt"))
    services.plans.add_action(kept.id, ActionInput("Bel school", ActionOwner.OTHER, owner_text="School"))
    services.plans.add_action(kept.id, ActionInput("Oud", ActionOwner.OTHER, owner_text="School"))
    v1 = _agree(services, services.plans.update_plan_texts(draft.id, draft.version, concerns="Verzuim"))
    v2 = services.plans.new_version(v1.id)
    v2 = services.plans.update_plan_texts(v2.id, v2.version, concerns="Verzuim en ruzie")
    goal = v2.goals[0]
    services.plans.update_goal(goal.id, goal.version, smart_goal(domain, target_date=date(2027, 6, 1)))
    services.plans.remove_goal(v2.goals[1].id, v2.goals[1].version)
    services.plans.set_action_done(goal.actions[0].id, goal.actions[0].version, True)
    services.plans.remove_action(goal.actions[1].id, goal.actions[1].version)
    services.plans.add_action(goal.id, ActionInput("Nieuw", ActionOwner.OTHER, owner_text="Buurthuis"))
    added = services.plans.add_goal(v2.id, smart_goal(domain, description="Ayşe zoekt werk"))
    changes = services.plans.compare_versions(v1.id, v2.id)
    summary = [(c.kind, c.goal_lineage, c.action_what, c.fields) for c in changes]
    assert summary == [
        (ChangeKind.PLAN_CHANGED, None, None, (FieldChange("concerns", "Verzuim", "Verzuim en ruzie"),)),
        (ChangeKind.GOAL_CHANGED, kept.lineage, None,
         (FieldChange("target_date", date(2027, 3, 1), date(2027, 6, 1)),)),
        (ChangeKind.ACTION_CHANGED, kept.lineage, "Bel school", (FieldChange("done", False, True),)),
        (ChangeKind.ACTION_CHANGED, kept.lineage, "Nieuw", (FieldChange("what", "Oud", "Nieuw"),
                                                            FieldChange("owner_name", "School", "Buurthuis"))),
        (ChangeKind.GOAL_ADDED, added.lineage, None, ()),
        (ChangeKind.GOAL_REMOVED, dropped.lineage, None, ()),
    ]
    with pytest.raises(BusinessRuleViolation):
        other = intake_family(services, surname="Bakker")
        services.plans.compare_versions(v1.id, services.plans.start_plan(other.case_id).id)


def test_progress_is_recorded_on_the_current_version_only(services, family, draft):
    goal = services.plans.add_goal(draft.id, smart_goal(domain_id(services)))
    action = services.plans.add_action(goal.id, ActionInput("Bel school", ActionOwner.OTHER, owner_text="School"))
    v1 = _agree(services, services.plans.current_plan(family.case_id))
    done = services.plans.set_action_done(action.id, action.version, True)  # allowed on the agreed plan
    assert (done.done, done.done_on) == (True, TODAY)
    with pytest.raises(BusinessRuleViolation):
        services.plans.update_action(done.id, done.version, ActionInput.from_dto(done))  # but no plan change
    v2 = services.plans.new_version(v1.id)
    assert v2.goals[0].actions[0].done  # progress travels with the copy
    with pytest.raises(BusinessRuleViolation) as info:
        services.plans.set_action_done(done.id, done.version, False)
    assert "nieuwe versie" in info.value.message()
    undone = services.plans.set_action_done(v2.goals[0].actions[0].id, v2.goals[0].actions[0].version, False)
    assert (undone.done, undone.done_on) == (False, None)


def test_the_plan_of_a_closed_case_cannot_be_changed(services, family, draft):
    services.cases.close(family.case_id, 1, CloseReason.OTHER)
    assert services.plans.current_plan(family.case_id).editable is False
    with pytest.raises(BusinessRuleViolation) as info:
        services.plans.add_goal(draft.id, smart_goal(domain_id(services)))
    assert "gesloten" in info.value.message()


def test_a_colleagues_plan_text_is_not_overwritten(services, family, draft, db_path, clock):
    with colleague_services(db_path, clock) as other:
        theirs = other.plans.update_plan_texts(draft.id, draft.version, concerns="Van Mohamed")
    with pytest.raises(ConcurrencyConflict) as info:
        services.plans.update_plan_texts(draft.id, draft.version, concerns="Van Sanne")
    assert info.value.current == theirs and info.value.current.concerns == "Van Mohamed"
    assert services.plans.current_plan(family.case_id).concerns == "Van Mohamed"


def test_a_colleagues_goal_and_action_are_not_overwritten(services, family, draft, db_path, clock):
    goal = services.plans.add_goal(draft.id, smart_goal(domain_id(services)))
    action = services.plans.add_action(goal.id, ActionInput("Bel school", ActionOwner.OTHER, owner_text="School"))
    goal = services.plans.current_plan(family.case_id).goals[0]
    with colleague_services(db_path, clock) as other:
        their_goal = other.plans.update_goal(goal.id, goal.version, smart_goal(goal.life_domain_id, description="M"))
        their_action = other.plans.set_action_done(action.id, action.version, True)
    with pytest.raises(ConcurrencyConflict) as info:
        services.plans.update_goal(goal.id, goal.version, smart_goal(goal.life_domain_id, description="S"))
    assert info.value.current == replace(their_goal, actions=(their_action,))
    with pytest.raises(ConcurrencyConflict) as info:
        services.plans.update_action(action.id, action.version, replace(ActionInput.from_dto(action), what="S"))
    assert info.value.current == their_action
    with pytest.raises(ConcurrencyConflict):
        services.plans.remove_goal(goal.id, goal.version)
    assert services.plans.current_plan(family.case_id).goals[0].description == "M"


def test_a_row_changed_after_the_version_check_is_a_conflict_too(services, draft):
    """The race the explicit check cannot see: the UPDATE's own version condition catches it, and the
    conflict carries the goal as it is now."""
    goal = services.plans.add_goal(draft.id, smart_goal(domain_id(services)))
    sneaked = []

    def colleague_sneaks_in(conn, statement, *_args):
        if isinstance(statement, Update) and not sneaked:
            sneaked.append(True)
            conn.execute(update(Goal).where(Goal.id == goal.id).values(version=Goal.version + 1))

    event.listen(services.engine, "before_execute", colleague_sneaks_in)
    try:
        with pytest.raises(ConcurrencyConflict) as raised:
            services.plans.update_goal(goal.id, goal.version, smart_goal(goal.life_domain_id, description="Nieuw"))
    finally:
        event.remove(services.engine, "before_execute", colleague_sneaks_in)
    assert sneaked and raised.value.current.version == goal.version + 1
    assert services.plans.current_plan(draft.case_id).goals == (goal,)


def test_plan_reads_and_changes_are_in_the_access_log(services, family, draft):
    goal = services.plans.add_goal(draft.id, smart_goal(domain_id(services)))
    services.plans.update_goal(goal.id, goal.version, smart_goal(goal.life_domain_id))
    services.plans.current_plan(family.case_id)
    services.plans.plan_versions(family.case_id)
    plan = services.plans.plan_version(draft.id)
    services.plans.remove_goal(plan.goals[0].id, plan.goals[0].version)
    events = [(e.event, e.object_type, e.case_id) for e in log_entries(services, family_id=family.family_id)]
    for expected in [(AuditEvent.CREATE, "family_plan"), (AuditEvent.CREATE, "goal"), (AuditEvent.UPDATE, "goal"),
                     (AuditEvent.READ, "family_plan"), (AuditEvent.READ, "plan_versions"),
                     (AuditEvent.DELETE, "goal")]:
        assert (*expected, family.case_id) in events
