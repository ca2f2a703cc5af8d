"""The safety plan inside the plan (issue 17 item 3, Signs of Safety): the three safety texts saved and
versioned like the plan's other texts, safety goals, and the scaling answers - validated 0..10, a respondent
of this family, append-only, logged, refused to another team, in the inspection copy."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import AccessDenied, BusinessRuleViolation, ValidationError
from app.queries.person_file import person_file
from app.queries.safety import Respondent, RespondentKind, trends
from app.services.members import NetworkMemberInput
from app.services.plan_inputs import GoalInput
from app.services.safety import ScalingInput
from models import ScalingAnswer
from models.enums import AuditEvent
from tests.integration.case_helpers import (
    detail_text, domain_id, intake_family, log_entries, member_id, smart_goal,
)

TODAY = date(2026, 11, 22)
WORRIES = "Vader drinkt en wordt dan boos; Zoë is bang als hij thuiskomt."
WELL = "Oma Fatma haalt Zoë op als het thuis onrustig is."
NEXT = "Vader drinkt niet als de kinderen thuis zijn; Zoë weet wie ze kan bellen."


@pytest.fixture
def family(services):
    return intake_family(services)


def _count(services) -> int:
    with services.ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(ScalingAnswer))


def _person(services, family, name="Zoë") -> Respondent:
    return Respondent(RespondentKind.PERSON, member_id(services, family.family_id, name))


def test_safety_texts_are_saved_logged_and_follow_the_plan_versions(services, family):
    plans = services.plans
    draft = plans.start_plan(family.case_id)
    assert not draft.has_safety_plan
    saved = plans.update_plan_texts(draft.id, draft.version, safety_worries=WORRIES, safety_working_well=WELL,
                                    safety_next_steps=NEXT)
    assert (saved.safety_worries, saved.safety_working_well, saved.safety_next_steps) == (WORRIES, WELL, NEXT)
    assert saved.has_safety_plan
    [entry] = [e for e in log_entries(services, case_id=family.case_id, event=AuditEvent.UPDATE,
                                      object_type="family_plan") if e.detail_code == "safety_plan_saved"]
    assert detail_text(entry) == "Teksten veiligheidsplan"
    agreed = plans.agree_plan(saved.id, saved.version, saved.plan_date, "Ayşe", content_digest=saved.content_digest)
    with pytest.raises(BusinessRuleViolation):  # an agreed plan is not edited in place
        plans.update_plan_texts(agreed.id, agreed.version, safety_worries="Anders")
    v2 = plans.new_version(agreed.id)
    assert (v2.safety_worries, v2.safety_working_well, v2.safety_next_steps) == (WORRIES, WELL, NEXT)
    v2 = plans.update_plan_texts(v2.id, v2.version, safety_worries="Vader is gestopt met drinken.")
    changes = {f.field for c in plans.compare_versions(agreed.id, v2.id) for f in c.fields}
    assert "safety_worries" in changes
    assert plans.plan_version(agreed.id).safety_worries == WORRIES  # the old version stays as it was


def test_a_safety_text_too_long_is_refused_at_its_field(services, family):
    draft = services.plans.start_plan(family.case_id)
    with pytest.raises(ValidationError) as refused:
        services.plans.update_plan_texts(draft.id, draft.version, safety_next_steps="x" * 10_001)
    assert set(refused.value.fields) == {"safety_next_steps"}


def test_a_goal_is_marked_as_a_safety_goal_and_keeps_the_mark_in_a_new_version(services, family):
    plans = services.plans
    draft = plans.start_plan(family.case_id)
    goal = plans.add_goal(draft.id, smart_goal(domain_id(services), safety_goal=True))
    assert goal.safety_goal
    plain = plans.add_goal(draft.id, smart_goal(domain_id(services), description="Daan zwemt"))
    assert not plain.safety_goal
    plain = plans.update_goal(plain.id, plain.version, replace(GoalInput.from_dto(plain), safety_goal=True))
    assert plain.safety_goal
    plan = plans.plan_version(draft.id)
    agreed = plans.agree_plan(plan.id, plan.version, plan.plan_date, "Ayşe", content_digest=plan.content_digest)
    assert [g.safety_goal for g in plans.new_version(agreed.id).goals] == [True, True]


def test_scaling_answers_of_members_network_and_worker_are_stored_in_date_order_and_logged(services, family):
    safety = services.safety
    oma = services.members.add_network_member(family.family_id, NetworkMemberInput("Oma Fatma", "grootmoeder")).id
    zoe = _person(services, family)
    respondents = safety.respondents(family.case_id)
    assert [r.kind for r in respondents] == [RespondentKind.PERSON] * 3 + [RespondentKind.NETWORK,
                                                                           RespondentKind.WORKER]
    assert respondents[-1].name == "Sanne de Vries"
    safety.record_answer(family.case_id, ScalingInput(zoe, 3, date(2026, 10, 1), "Nog vaak bang"))
    safety.record_answer(family.case_id, ScalingInput(Respondent(RespondentKind.NETWORK, oma), 5, date(2026, 10, 1)))
    safety.record_answer(family.case_id, ScalingInput(Respondent(RespondentKind.WORKER, None), 4, date(2026, 10, 2)))
    safety.record_answer(family.case_id, ScalingInput(zoe, 0, date(2026, 9, 1)))
    last = safety.record_answer(family.case_id, ScalingInput(zoe, 10, TODAY, "  Veilig genoeg  "))
    assert (last.score, last.note, last.respondent.name) == (10, "Veilig genoeg", "Zoë Öztürk")
    found = safety.scaling_answers(family.case_id)
    assert [(a.asked_on, a.respondent.name, a.score) for a in found] == [
        (date(2026, 9, 1), "Zoë Öztürk", 0), (date(2026, 10, 1), "Zoë Öztürk", 3),
        (date(2026, 10, 1), "Oma Fatma", 5), (date(2026, 10, 2), "Sanne de Vries", 4), (TODAY, "Zoë Öztürk", 10)]
    per = trends(found)
    assert [len(points) for points in per.values()] == [3, 1, 1]
    created = log_entries(services, case_id=family.case_id, event=AuditEvent.CREATE, object_type="scaling_answer")
    assert len(created) == 5 and detail_text(created[0]) == "Schaalvraag, score 3"
    assert log_entries(services, case_id=family.case_id, event=AuditEvent.READ, object_type="scaling_answer")


@pytest.mark.parametrize(("score", "asked_on", "note", "fields"), [
    (11, TODAY, None, {"score"}),
    (-1, TODAY, None, {"score"}),
    (None, TODAY, None, {"score"}),
    (5, None, None, {"asked_on"}),
    (5, date(2026, 11, 23), None, {"asked_on"}),
    (5, TODAY, "x" * 301, {"note"}),
    (5, TODAY, "twee\nregels", {"note"}),
])
def test_a_bad_answer_is_refused_at_its_field_and_nothing_is_written(services, family, score, asked_on, note,
                                                                      fields):
    with pytest.raises(ValidationError) as refused:
        services.safety.record_answer(family.case_id, ScalingInput(_person(services, family), score, asked_on, note))
    assert set(refused.value.fields) == fields
    assert _count(services) == 0


def test_the_respondent_must_be_of_this_family(services, family):
    other = intake_family(services, "Jansen")
    stranger = _person(services, other)
    foreign_network = services.members.add_network_member(other.family_id, NetworkMemberInput("Buurman", "buur")).id
    for who in (stranger, Respondent(RespondentKind.NETWORK, foreign_network), None,
                Respondent(RespondentKind.PERSON, 999_999)):
        with pytest.raises(ValidationError) as refused:
            services.safety.record_answer(family.case_id, ScalingInput(who, 5, TODAY))
        assert set(refused.value.fields) == {"respondent"}
    assert _count(services) == 0


def test_answers_are_append_only_and_in_the_inspection_copy(services, family):
    zoe = _person(services, family)
    services.safety.record_answer(family.case_id, ScalingInput(zoe, 2, date(2026, 10, 1), "Slecht geslapen"))
    services.safety.record_answer(family.case_id, ScalingInput(zoe, 6, TODAY))  # a later answer: a new row
    assert _count(services) == 2
    assert not any(name.startswith(("update", "delete", "remove", "change"))
                   for name in dir(services.safety))
    with services.ctx.uow() as uow:
        copy = person_file(uow.session, zoe.id, TODAY)
    assert [(a.score, a.note) for a in copy.scaling_answers] == [(2, "Slecht geslapen"), (6, None)]


def test_another_team_cannot_read_or_record_answers(services, family, db_path, clock):
    zoe = _person(services, family)
    services.safety.record_answer(family.case_id, ScalingInput(zoe, 4, TODAY))
    from app.bootstrap import open_database
    svc = open_database(db_path, clock=clock)
    try:
        svc.workers.register_local_worker("Kees Smit", "Wijkteam Zuid")
        with pytest.raises(AccessDenied):
            svc.safety.scaling_answers(family.case_id)
        with pytest.raises(AccessDenied):
            svc.safety.respondents(family.case_id)
        with pytest.raises(AccessDenied):
            svc.safety.record_answer(family.case_id, ScalingInput(zoe, 9, TODAY))
    finally:
        svc.close()
    assert _count(services) == 1
