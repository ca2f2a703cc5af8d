"""The consent register per person: who gave it by age on the day, bad input refused at its field with
nothing written, withdrawal, the access log, another team refused, and renewal at 12 and 16."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import AccessDenied, BusinessRuleViolation, ConcurrencyConflict, ValidationError
from app.queries.consents import ConsentStatus, boundary_after
from app.services.consents import ConsentInput
from app.services.due import DueKind, Urgency
from app.services.families import MemberInput
from models import Consent
from models.enums import AuditEvent, ConsentForm, ConsentScope, MemberRole
from tests.integration.case_helpers import intake_family, log_entries, member_id

GIVEN = date(2026, 11, 1)


@pytest.fixture
def family(services):
    return intake_family(services)


def _consent(person, **changes) -> ConsentInput:
    data = dict(person_id=person, scope=ConsentScope.SCHOOL, given_on=GIVEN, form=ConsentForm.WRITTEN,
                party="OBS De Regenboog", note="Gesprek met de mentor")
    data.update(changes)
    return ConsentInput(**data)


def _stored(services) -> int:
    with services.ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Consent))


def test_who_gave_it_follows_the_age_rule_on_the_day(services, family):
    zoe, daan, ayse = (member_id(services, family.family_id, n) for n in ("Zoë", "Daan", "Ayşe"))
    under_12 = services.consents.record(family.family_id, _consent(daan))
    twelve = services.consents.record(family.family_id, _consent(zoe, given_on=date(2026, 3, 1),
                                                                  scope=ConsentScope.EVALUATION, party=None))
    parent = services.consents.record(family.family_id, _consent(ayse, scope=ConsentScope.GP, party="Huisarts De Wit",
                                                                  form=ConsentForm.ORAL))
    assert (under_12.rule, under_12.given_by, under_12.status) == ("parents", "Ayşe Öztürk", ConsentStatus.VALID)
    assert (twelve.rule, twelve.given_by) == ("parents", "Ayşe Öztürk")  # 11 on 1 March 2026
    assert (parent.rule, parent.given_by, parent.form) == ("young_person", "Ayşe Öztürk", ConsentForm.ORAL)
    register = services.consents.consents(family.family_id)
    assert [c.person_name for c in register.consents] == ["Ayşe Öztürk", "Daan Öztürk", "Zoë Öztürk"]
    assert register.count(ConsentStatus.VALID) == 3
    events = [(e.event, e.object_type) for e in log_entries(services, family_id=family.family_id)
              if e.object_type == "consent"]
    assert events == [(AuditEvent.CREATE, "consent")] * 3 + [(AuditEvent.READ, "consent")]


def test_from_12_the_young_person_and_the_parents_from_16_the_young_person_alone(services, family, clock):
    teen = services.members.add_member(family.family_id, MemberInput(
        MemberRole.YOUNG_PERSON, "Mert", "Öztürk", date(2012, 11, 22)))
    older = services.members.add_member(family.family_id, MemberInput(
        MemberRole.YOUNG_PERSON, "Elif", "Öztürk", date(2010, 11, 22)))
    at_14 = services.consents.record(family.family_id, _consent(teen.id, given_on=date(2026, 11, 22)))
    at_16 = services.consents.record(family.family_id, _consent(older.id, given_on=date(2026, 11, 22)))
    assert (at_14.rule, at_14.given_by) == ("child_and_parents", "Mert Öztürk, Ayşe Öztürk")
    assert (at_16.rule, at_16.given_by) == ("young_person", "Elif Öztürk")
    day_before = services.consents.record(family.family_id, _consent(older.id, given_on=date(2026, 11, 21)))
    assert day_before.rule == "child_and_parents"


@pytest.mark.parametrize(("changes", "field"), [
    ({"scope": None}, "scope"),
    ({"person_id": None}, "person_id"),
    ({"given_on": date(2026, 11, 23)}, "given_on"),  # tomorrow
    ({"given_on": None}, "given_on"),
    ({"valid_until": date(2026, 10, 31)}, "valid_until"),
    ({"party": "  "}, "party"),
    ({"scope": ConsentScope.PROVIDER, "party": None}, "party"),
    ({"note": "a\x00b"}, "note"),
])
def test_bad_input_is_refused_at_its_field_and_nothing_is_written(services, family, changes, field):
    zoe = member_id(services, family.family_id, "Zoë")
    with pytest.raises(ValidationError) as refused:
        services.consents.record(family.family_id, _consent(zoe, **changes))
    assert field in refused.value.fields
    assert _stored(services) == 0


def test_a_person_of_another_family_or_without_recorded_authority_is_refused(services, family):
    other = intake_family(services, "Jansen")
    with pytest.raises(ValidationError) as refused:
        services.consents.record(family.family_id, _consent(member_id(services, other.family_id, "Zoë")))
    assert "person_id" in refused.value.fields
    ayse = services.members.family_detail(family.family_id).members[0]
    services.members.update_member(ayse.id, ayse.version, MemberInput(
        MemberRole.PARENT, "Ayşe", "Öztürk", ayse.date_of_birth, parental_authority=False))
    with pytest.raises(ValidationError) as unknown:
        services.consents.record(family.family_id, _consent(member_id(services, family.family_id, "Daan")))
    assert "parental authority" in unknown.value.fields["person_id"].text
    assert _stored(services) == 0


def test_withdrawing_keeps_the_consent_on_record(services, family, clock):
    given = services.consents.record(family.family_id, _consent(member_id(services, family.family_id, "Zoë")))
    with pytest.raises(ValidationError) as future:
        services.consents.withdraw(given.id, given.version, date(2026, 11, 23))
    assert "withdrawn_on" in future.value.fields
    with pytest.raises(ConcurrencyConflict):
        services.consents.withdraw(given.id, given.version + 1)
    withdrawn = services.consents.withdraw(given.id, given.version)
    assert (withdrawn.withdrawn_on, withdrawn.status, withdrawn.version) == (
        date(2026, 11, 22), ConsentStatus.WITHDRAWN, given.version + 1)
    with pytest.raises(BusinessRuleViolation):
        services.consents.withdraw(given.id, withdrawn.version)
    [row] = services.consents.consents(family.family_id).consents
    assert row.status is ConsentStatus.WITHDRAWN and _stored(services) == 1
    assert (AuditEvent.UPDATE, given.id) in [(e.event, e.object_id) for e in log_entries(
        services, object_type="consent")]


def test_an_expired_consent_is_no_longer_valid(services, family, clock):
    services.consents.record(family.family_id, _consent(member_id(services, family.family_id, "Daan"),
                                                         valid_until=date(2026, 12, 31)))
    clock.day = date(2027, 1, 1)
    assert services.consents.consents(family.family_id).count(ConsentStatus.EXPIRED) == 1


@pytest.mark.parametrize(("today", "due"), [
    (date(2027, 2, 28), False),  # her 12th birthday is tomorrow
    (date(2027, 3, 1), True),    # today
    (date(2027, 3, 2), True),    # yesterday
])
def test_turning_12_makes_an_earlier_consent_due_for_renewal(services, family, clock, today, due):
    """Zoë, born 1 March 2015, was 11 when her parents consented."""
    services.consents.record(family.family_id, _consent(member_id(services, family.family_id, "Zoë")))
    clock.day = today
    items = [i for i in services.due.today_items(include_later=True) if i.kind is DueKind.CONSENT_RENEWAL]
    expected = [(date(2027, 3, 1), "Zoë Öztürk", Urgency.OVERDUE if today > date(2027, 3, 1) else Urgency.THIS_WEEK)]
    assert [(i.due_date, i.detail, i.urgency) for i in items] == (expected if due else [])
    [row] = services.consents.consents(family.family_id).consents
    assert row.status is (ConsentStatus.RENEWAL_DUE if due else ConsentStatus.VALID)


@pytest.mark.parametrize(("today", "due"), [
    (date(2026, 11, 22), False), (date(2026, 11, 23), True), (date(2026, 11, 24), True)])
def test_turning_16_makes_an_earlier_consent_due_for_renewal_but_a_withdrawn_one_not(services, family, clock,
                                                                                      today, due):
    teen = services.members.add_member(family.family_id, MemberInput(
        MemberRole.YOUNG_PERSON, "Mert", "Öztürk", date(2010, 11, 23)))
    services.consents.record(family.family_id, _consent(teen.id))
    gone = services.consents.record(family.family_id, _consent(teen.id, scope=ConsentScope.GP, party="Huisarts"))
    services.consents.withdraw(gone.id, gone.version)
    clock.day = today
    items = [i for i in services.due.today_items(include_later=True) if i.kind is DueKind.CONSENT_RENEWAL]
    assert [(i.due_date, i.detail) for i in items] == ([(date(2026, 11, 23), "Mert Öztürk")] if due else [])


def test_a_29_february_birthday_counts_from_1_march():
    assert boundary_after(date(2012, 2, 29), date(2023, 1, 1)) == date(2024, 2, 29)
    assert boundary_after(date(2011, 2, 28), date(2023, 1, 1)) == date(2023, 2, 28)
    assert boundary_after(date(2008, 2, 29), date(2019, 1, 1)) == date(2020, 2, 29)
    assert boundary_after(date(2009, 2, 28), date(2024, 1, 1)) == date(2025, 2, 28)
    assert boundary_after(date(2012, 2, 29), date(2025, 1, 1)) == date(2028, 2, 29)
    assert boundary_after(date(2013, 2, 28), date(2026, 1, 1)) == date(2029, 2, 28)
    assert boundary_after(date(2004, 2, 29), date(2016, 3, 1)) == date(2020, 2, 29)
    assert boundary_after(date(2005, 2, 28), date(2022, 1, 1)) is None


def test_a_worker_of_another_team_cannot_read_or_write_the_consents(services, family, db_path, clock):
    """The abuse next to the use: a worker of Wijkteam Zuid, on the same file."""
    from app.bootstrap import open_database
    given = services.consents.record(family.family_id, _consent(member_id(services, family.family_id, "Zoë")))
    other = open_database(db_path, clock=clock, encryption=None)
    try:
        other.workers.register_local_worker("Pieter Zuid", "Wijkteam Zuid")
        for attempt in (lambda: other.consents.consents(family.family_id),
                        lambda: other.consents.record(family.family_id, _consent(given.person_id)),
                        lambda: other.consents.withdraw(given.id, given.version)):
            with pytest.raises(AccessDenied):
                attempt()
    finally:
        other.close()
    assert _stored(services) == 1
    [row] = services.consents.consents(family.family_id).consents
    assert row.withdrawn_on is None
