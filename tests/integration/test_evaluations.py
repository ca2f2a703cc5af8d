"""Evaluations of the agreed plan: schedule, per-goal scores, decision, score trend, and who consents."""
from __future__ import annotations

from datetime import date

import pytest

from app.consent import ConsentRule
from app.errors import BusinessRuleViolation, ValidationError
from app.services.evaluations import EvaluationGoalInput, EvaluationInput
from models.enums import AuditEvent, CaseStatus, EvaluationDecision, GoalStatus, PlanStatus
from tests.integration.care_helpers import agreed_plan
from tests.integration.case_helpers import intake_family, log_entries

TODAY = date(2026, 11, 22)


@pytest.fixture
def family(services):
    return intake_family(services)


@pytest.fixture
def plan(services, family):
    return agreed_plan(services, family.case_id)  # agreed today, every 13 weeks


def _evaluation(plan, held_on=date(2027, 2, 20), decision=EvaluationDecision.CONTINUE, scores=(5, 6), **changes):
    goals = tuple(EvaluationGoalInput(g.lineage, score, GoalStatus.IN_PROGRESS, f"Notitie {i}")
                  for i, (g, score) in enumerate(zip(plan.goals, scores)))
    values = dict(held_on=held_on, decision=decision, participants=["Ayşe", "Zoë", " ", "Jeugdhulp Zaanstreek"],
                  goals=goals, conclusion="Het gaat de goede kant op", consent_given=True,
                  consent_note="Zoë stemt in met delen")
    values.update(changes)
    return EvaluationInput(**values)


def test_the_schedule_follows_the_agreed_plan_and_its_interval(services, family, clock):
    assert services.evaluations.evaluation_schedule(family.case_id) is None
    draft = services.plans.start_plan(family.case_id)
    services.plans.update_plan_texts(draft.id, draft.version, evaluation_interval_weeks=8)
    assert services.evaluations.evaluation_schedule(family.case_id) is None  # a draft is not yet the plan
    draft = services.plans.current_plan(family.case_id)
    services.plans.agree_plan(draft.id, draft.version, TODAY, "Ayşe", content_digest=draft.content_digest)
    assert services.evaluations.evaluation_schedule(family.case_id) == date(2027, 1, 17)


def test_an_evaluation_with_scores_for_several_goals_and_a_decision(services, family, plan, clock):
    assert services.evaluations.evaluation_schedule(family.case_id) == date(2027, 2, 21)
    clock.day = date(2027, 2, 22)
    ev = services.evaluations.record_evaluation(family.case_id,
                                                _evaluation(plan, decision=EvaluationDecision.SCALE_DOWN))
    assert (ev.held_on, ev.planned_date, ev.next_date, ev.decision, ev.plan_version_no) == (
        date(2027, 2, 20), date(2027, 2, 21), date(2027, 5, 22), EvaluationDecision.SCALE_DOWN, 1)
    assert (ev.participants, ev.consent_given, ev.author_name) == (
        "Ayşe, Zoë, Jeugdhulp Zaanstreek", True, "Sanne de Vries")
    assert [(g.description, g.score, g.status, g.note) for g in ev.goals] == [
        ("Zoë gaat elke schooldag naar school", 5, GoalStatus.IN_PROGRESS, "Notitie 0"),
        ("Rust in huis bij het naar bed gaan", 6, GoalStatus.IN_PROGRESS, "Notitie 1")]
    assert services.evaluations.evaluations(family.case_id) == [ev]
    assert services.evaluations.evaluation_schedule(family.case_id) == date(2027, 5, 22)
    # The agreed plan itself is untouched: scores live with the evaluation.
    after = services.plans.current_plan(family.case_id)
    assert (after.version, after.status) == (plan.version, PlanStatus.AGREED)
    assert [g.status for g in after.goals] == [GoalStatus.OPEN, GoalStatus.OPEN]


def test_a_score_outside_0_to_10_is_refused_per_goal_and_nothing_is_saved(services, family, plan, clock):
    clock.day = date(2027, 2, 22)
    first, second = (g.lineage for g in plan.goals)
    with pytest.raises(ValidationError) as info:
        services.evaluations.record_evaluation(family.case_id, _evaluation(
            plan, scores=(11, -1), next_date=date(2027, 2, 20), held_on=date(2027, 2, 20)))
    messages = info.value.field_messages()
    assert set(messages) == {f"goals.{first}.score", f"goals.{second}.score", "next_date"}
    assert messages[f"goals.{first}.score"] == "Geef een score van 0 tot en met 10."
    with pytest.raises(ValidationError) as info:
        services.evaluations.record_evaluation(family.case_id, EvaluationInput(
            held_on=date(2027, 2, 23), decision=None,
            goals=(EvaluationGoalInput("elsewhere", 5, GoalStatus.OPEN),)))
    assert set(info.value.fields) == {"held_on", "decision", "goals.elsewhere"}
    assert services.evaluations.evaluations(family.case_id) == []


def test_an_evaluation_needs_an_agreed_plan(services, family):
    services.plans.start_plan(family.case_id)
    with pytest.raises(BusinessRuleViolation):
        services.evaluations.record_evaluation(family.case_id, EvaluationInput(TODAY, EvaluationDecision.CONTINUE))


def test_ending_help_or_waakvlam_plans_no_next_evaluation_and_leaves_the_case_as_it_is(services, family, plan, clock):
    clock.day = date(2027, 2, 22)
    ev = services.evaluations.record_evaluation(family.case_id, _evaluation(
        plan, decision=EvaluationDecision.TO_WAAKVLAM))
    assert ev.next_date is None
    assert services.evaluations.evaluation_schedule(family.case_id) is None
    assert services.members.case_header(family.case_id).status is CaseStatus.INTAKE


def test_the_score_trend_runs_from_the_start_score_across_evaluations_and_versions(services, family, plan, clock):
    first, second = (g.lineage for g in plan.goals)
    clock.day = date(2027, 2, 22)
    services.evaluations.record_evaluation(family.case_id, _evaluation(plan, scores=(5, None)))
    # A new version of the plan keeps the goals' lineage; the trend continues.
    draft = services.plans.new_version(plan.id)
    plan2 = services.plans.agree_plan(draft.id, draft.version, date(2027, 2, 22), "Ayşe",
                                      content_digest=draft.content_digest)
    clock.day = date(2027, 5, 25)
    services.evaluations.record_evaluation(family.case_id, _evaluation(plan2, held_on=date(2027, 5, 24),
                                                                       scores=(7, 6)))
    assert services.evaluations.score_trend(family.case_id) == {
        first: [(TODAY, 3), (date(2027, 2, 20), 5), (date(2027, 5, 24), 7)],
        second: [(TODAY, 4), (date(2027, 5, 24), 6)],
    }
    assert [e.plan_version_no for e in services.evaluations.evaluations(family.case_id)] == [2, 1]


def test_who_must_consent_depends_on_age_on_the_day(services, family):
    # Zoë turns 12 on 1 March 2027; Daan is 8.
    before = services.evaluations.who_must_consent(family.case_id, date(2027, 2, 28))
    assert [(c.name, c.age, c.rule, c.consenters) for c in before.children] == [
        ("Zoë Öztürk", 11, ConsentRule.PARENTS, ("Ayşe Öztürk",)),
        ("Daan Öztürk", 8, ConsentRule.PARENTS, ("Ayşe Öztürk",))]
    on_birthday = services.evaluations.who_must_consent(family.case_id, date(2027, 3, 1))
    assert on_birthday.children[0].rule is ConsentRule.CHILD_AND_PARENTS
    assert on_birthday.consenters == ("Zoë Öztürk", "Ayşe Öztürk")
    assert services.evaluations.who_must_consent(family.case_id, date(2031, 3, 1)).children[0].rule is (
        ConsentRule.YOUNG_PERSON)


def test_evaluation_reads_and_changes_are_logged(services, family, plan, clock):
    clock.day = date(2027, 2, 22)
    ev = services.evaluations.record_evaluation(family.case_id, _evaluation(plan))
    services.evaluations.evaluations(family.case_id)
    services.evaluations.score_trend(family.case_id)
    services.evaluations.who_must_consent(family.case_id)
    entries = [e for e in log_entries(services, case_id=family.case_id)
               if e.object_type in ("evaluation", "evaluations", "score_trend", "consent")]
    assert [(e.event, e.object_type, e.object_id) for e in entries] == [
        (AuditEvent.CREATE, "evaluation", ev.id), (AuditEvent.READ, "evaluations", None),
        (AuditEvent.READ, "score_trend", None), (AuditEvent.READ, "consent", None)]
    assert all(e.family_id == family.family_id for e in entries)
