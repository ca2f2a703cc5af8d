"""The case view's family: header, members and network; removal refused while the plan names them."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import BusinessRuleViolation, ConcurrencyConflict, ValidationError
from app.services.families import MemberInput, open_case
from app.services.members import NetworkMemberInput
from app.services.plan_inputs import ActionInput
from models import Person
from models.enums import (
    ActionOwner, Actor, AuditEvent, CaseStatus, CloseReason, MemberRole, PlanStatus, Priority, PriorityReason,
)
from tests.integration.case_helpers import (
    colleague_services, domain_id, intake_family, log_entries, member_id, smart_goal,
)

GRANDMA = NetworkMemberInput("Oma Fatma", "grootmoeder", "06-12345678", "Haalt de kinderen twee keer per week op")


@pytest.fixture
def family(services):
    return intake_family(services)


def test_case_view_shows_header_and_family_with_ages(services, family):
    view = services.members.case_view(family.case_id)
    h = view.header
    assert (h.family_name, h.director_name, h.team_name, h.status, h.priority, h.plan_status, h.opened_on) == (
        "Familie Öztürk", "Sanne de Vries", "Wijkteam Noord", CaseStatus.INTAKE, Priority.NORMAL, None,
        date(2026, 11, 22))
    f = view.family
    assert (f.street, f.postcode, f.city) == ("Dijk 12", "1501AB", "Zaandam")
    assert [(m.first_name, m.role, m.age) for m in f.members] == [
        ("Ayşe", MemberRole.PARENT, 38), ("Zoë", MemberRole.YOUNG_PERSON, 11), ("Daan", MemberRole.YOUNG_PERSON, 8)]
    assert f.members[0].parental_authority and f.members[1].bsn == "123456782"
    assert services.members.case_header(family.case_id) == h
    assert services.members.family_detail(family.family_id) == f


def test_reading_the_case_view_is_logged_per_family_and_case(services, family):
    services.members.case_view(family.case_id)
    services.members.family_detail(family.family_id)
    reads = log_entries(services, event=AuditEvent.READ, family_id=family.family_id)
    assert [(e.object_type, e.case_id) for e in reads] == [("case", family.case_id), ("family", family.case_id)]


def test_add_and_update_a_member(services, family):
    added = services.members.add_member(family.family_id, MemberInput(
        MemberRole.PARENT, " Kees ", "Jansen", date(1985, 1, 2), surname_prefix="de", bsn="1234.56.782"))
    assert (added.full_name, added.bsn, added.age, added.version) == ("Kees de Jansen", "123456782", 41, 1)
    changed = services.members.update_member(added.id, added.version, MemberInput(
        MemberRole.PARENT, "Kees", "Jansen", date(1985, 1, 2), parental_authority=True))
    assert changed.parental_authority and changed.surname_prefix is None and changed.version == 2
    events = [(e.event, e.object_type) for e in log_entries(services, family_id=family.family_id)]
    assert (AuditEvent.CREATE, "person") in events and (AuditEvent.UPDATE, "person") in events


def test_member_validation_reports_every_field_in_dutch_and_writes_nothing(services, family):
    with pytest.raises(ValidationError) as info:
        services.members.add_member(family.family_id, MemberInput(
            MemberRole.YOUNG_PERSON, "", "x" * 121, date(2027, 1, 1), bsn="123456789"))
    messages = info.value.field_messages()
    assert set(messages) == {"first_name", "surname", "date_of_birth", "bsn"}
    assert messages["first_name"] == "Dit veld is verplicht."
    assert "120" in messages["surname"]
    assert "toekomst" in messages["date_of_birth"]
    assert "BSN" in messages["bsn"]
    with services.ctx.uow() as uow:
        assert uow.session.scalar(select(func.count(Person.id))) == 3


def test_a_member_named_in_a_goal_or_as_action_owner_cannot_be_removed(services, family):
    zoe, ayse = member_id(services, family.family_id, "Zoë"), member_id(services, family.family_id, "Ayşe")
    plan = services.plans.start_plan(family.case_id)
    goal = services.plans.add_goal(plan.id, smart_goal(domain_id(services), person_ids=(zoe,)))
    services.plans.add_action(goal.id, ActionInput("Gesprek met de mentor", ActionOwner.MEMBER, owner_person_id=ayse))
    for person in (zoe, ayse):
        with pytest.raises(BusinessRuleViolation) as info:
            services.members.remove_member(person, 1)
        assert "gezinsplan" in info.value.message()
    assert "Zoë Öztürk" in info.value.message() or "Ayşe Öztürk" in info.value.message()
    assert len(services.members.family_detail(family.family_id).members) == 3
    # Daan is in no plan: he can be removed.
    services.members.remove_member(member_id(services, family.family_id, "Daan"), 1)
    assert [m.first_name for m in services.members.family_detail(family.family_id).members] == ["Ayşe", "Zoë"]


def test_a_member_only_in_an_earlier_version_is_still_kept(services, family):
    zoe = member_id(services, family.family_id, "Zoë")
    plan = services.plans.start_plan(family.case_id)
    services.plans.add_goal(plan.id, smart_goal(domain_id(services), person_ids=(zoe,)))
    plan = services.plans.current_plan(family.case_id)
    plan = services.plans.agree_plan(plan.id, plan.version, date(2026, 11, 22), "Ayşe",
                                     content_digest=plan.content_digest)
    draft = services.plans.new_version(plan.id)
    goal = draft.goals[0]
    services.plans.update_goal(goal.id, goal.version, smart_goal(goal.life_domain_id, person_ids=()))
    draft = services.plans.current_plan(family.case_id)
    services.plans.agree_plan(draft.id, draft.version, date(2026, 11, 22), "Ayşe", content_digest=draft.content_digest)
    with pytest.raises(BusinessRuleViolation) as info:
        services.members.remove_member(zoe, 1)
    assert "eerdere versie" in info.value.message()


def test_the_last_member_cannot_be_removed(services, family):
    for name in ("Daan", "Zoë"):
        services.members.remove_member(member_id(services, family.family_id, name), 1)
    with pytest.raises(BusinessRuleViolation):
        services.members.remove_member(member_id(services, family.family_id, "Ayşe"), 1)


def test_network_member_needs_name_and_relation(services, family):
    with pytest.raises(ValidationError) as info:
        services.members.add_network_member(family.family_id, NetworkMemberInput(" ", "", "x" * 201))
    assert set(info.value.fields) == {"name", "relation", "contact"}
    added = services.members.add_network_member(family.family_id, NetworkMemberInput("Buurman Piet", "buurman"))
    assert (added.contact, added.contribution) == (None, None)
    changed = services.members.update_network_member(added.id, added.version, GRANDMA)
    assert (changed.name, changed.contact, changed.version) == ("Oma Fatma", "06-12345678", 2)
    assert services.members.family_detail(family.family_id).network == (changed,)
    services.members.remove_network_member(changed.id, changed.version)
    assert services.members.family_detail(family.family_id).network == ()


def test_a_network_member_acting_on_a_goal_or_owning_an_action_cannot_be_removed(services, family):
    grandma = services.members.add_network_member(family.family_id, GRANDMA)
    neighbour = services.members.add_network_member(family.family_id, NetworkMemberInput("Piet", "buurman"))
    plan = services.plans.start_plan(family.case_id)
    goal = services.plans.add_goal(plan.id, smart_goal(domain_id(services), actor=Actor.NETWORK,
                                                       network_member_id=grandma.id))
    services.plans.add_action(goal.id, ActionInput("Past op woensdag op", ActionOwner.NETWORK,
                                                   owner_network_member_id=neighbour.id))
    for member in (grandma, neighbour):
        with pytest.raises(BusinessRuleViolation) as info:
            services.members.remove_network_member(member.id, member.version)
        assert member.name in info.value.message()
    assert len(services.members.family_detail(family.family_id).network) == 2


def test_a_colleagues_member_change_is_not_overwritten(services, family, db_path, clock):
    zoe = services.members.family_detail(family.family_id).members[1]
    with colleague_services(db_path, clock) as other:
        theirs = other.members.update_member(zoe.id, zoe.version, MemberInput(
            MemberRole.YOUNG_PERSON, "Zoë", "Öztürk", zoe.date_of_birth, bsn="111222333"))
    with pytest.raises(ConcurrencyConflict) as info:
        services.members.update_member(zoe.id, zoe.version, MemberInput(
            MemberRole.YOUNG_PERSON, "Zoey", "Öztürk", zoe.date_of_birth))
    assert info.value.current == theirs
    assert services.members.family_detail(family.family_id).members[1].first_name == "Zoë"


def test_a_colleagues_case_change_is_not_overwritten(services, family, db_path, clock):
    header = services.members.case_header(family.case_id)
    with colleague_services(db_path, clock) as other:
        other.cases.set_priority(family.case_id, header.version, Priority.HIGH, PriorityReason.SAFETY)
    with pytest.raises(ConcurrencyConflict):
        services.cases.close(family.case_id, header.version, CloseReason.OTHER)
    after = services.members.case_header(family.case_id)
    assert (after.status, after.priority, after.priority_reason) == (
        CaseStatus.INTAKE, Priority.HIGH, PriorityReason.SAFETY)


def test_a_closed_case_cannot_be_reopened_while_the_family_has_another_open_case(services, family):
    change = services.cases.close(family.case_id, 1, CloseReason.GOALS_REACHED)
    user = services.ctx.user
    with services.ctx.uow() as uow:
        second = open_case(uow.session, services.ctx, family.family_id, next(iter(user.team_ids)), user.worker_id,
                           date(2026, 11, 22))
        uow.commit()
    with pytest.raises(BusinessRuleViolation) as info:
        services.cases.reopen(family.case_id, change.version, "Terugval")
    assert "één plan" in info.value.message()
    assert services.members.case_header(second.id).status is CaseStatus.INTAKE
    assert services.members.case_header(family.case_id).status is CaseStatus.CLOSED


def test_case_header_shows_the_current_plan_version_status(services, family):
    plan = services.plans.start_plan(family.case_id)
    assert services.members.case_header(family.case_id).plan_status is PlanStatus.DRAFT
    plan = services.plans.agree_plan(plan.id, plan.version, date(2026, 11, 22), "Ayşe",
                                     content_digest=plan.content_digest)
    assert services.members.case_header(family.case_id).plan_status is PlanStatus.AGREED
    services.plans.new_version(plan.id)
    assert services.members.case_header(family.case_id).plan_status is PlanStatus.DRAFT
