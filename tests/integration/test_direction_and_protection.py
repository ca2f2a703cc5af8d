"""Case direction with its holder and history, and child-protection measures per young person: bad input
refused at its field with nothing written, conflicting edits, the suggestion to direct elsewhere, the due
items at their boundaries, the access log and another team refused."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from app.bootstrap import open_database
from app.errors import AccessDenied, BusinessRuleViolation, ConcurrencyConflict, ValidationError
from app.queries.due import DueKind
from app.services.cases import DirectionInput
from app.services.families import MemberInput
from app.services.protection import MeasureInput
from models import ProtectionMeasure
from models.enums import AuditEvent, CaseEventKind, DirectionMode, MemberRole, ProtectionKind, Role
from tests.integration.case_helpers import colleague_services, detail_text, intake_family, log_entries, member_id

TODAY = date(2026, 11, 22)
GI = "Jeugdbescherming Noord-Holland"


@pytest.fixture
def family(services):
    return intake_family(services)


def _version(services, case_id: int) -> int:
    return services.members.case_header(case_id).version


def _ots(person: int, **changes) -> MeasureInput:
    data = dict(person_id=person, kind=ProtectionKind.OTS, institution=GI, starts_on=date(2026, 11, 1),
                ends_on=date(2027, 11, 1), guardian_name="Petra Visser", guardian_contact="06-12345678")
    data.update(changes)
    return MeasureInput(**data)


def _stored(services) -> int:
    with services.ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(ProtectionMeasure))


# -- direction -------------------------------------------------------------------------------------

def test_a_new_case_is_directed_by_the_social_team(services, family):
    header = services.members.case_header(family.case_id)
    assert header.direction_mode is DirectionMode.SOCIAL_TEAM
    assert header.direction.holder_parts == () and header.measures == ()


def test_the_direction_is_set_with_its_holder_and_kept_in_the_history(services, family):
    change = services.cases.set_direction(family.case_id, _version(services, family.case_id), DirectionInput(
        DirectionMode.ELSEWHERE, date(2026, 11, 15), "  Jeugdbescherming Noord-Holland ", "Petra Visser",
        "06-12345678"))
    header = services.members.case_header(family.case_id)
    assert change.version == header.version
    assert header.direction_mode is DirectionMode.ELSEWHERE
    assert header.direction.holder_parts == (GI, "Petra Visser", "06-12345678")
    assert header.direction.since == date(2026, 11, 15)
    services.cases.set_direction(family.case_id, header.version, DirectionInput(
        DirectionMode.SOCIAL_TEAM, TODAY, "ignored", "ignored"))
    header = services.members.case_header(family.case_id)
    assert (header.direction_mode, header.direction.holder_parts) == (DirectionMode.SOCIAL_TEAM, ())
    events = [e for e in services.cases.history(family.case_id) if e.kind is CaseEventKind.DIRECTION_CHANGED]
    assert [(e.on_date, e.from_value, e.to_value, e.reason) for e in events] == [
        (date(2026, 11, 15), "social_team", "elsewhere", f"{GI}, Petra Visser, 06-12345678"),
        (TODAY, "elsewhere", "social_team", None)]
    logged = [detail_text(e) for e in log_entries(services, case_id=family.case_id, event=AuditEvent.UPDATE)]
    assert logged == ["Regie: elders", "Regie: het sociaal team"]


@pytest.mark.parametrize(("data", "field"), [
    (DirectionInput(DirectionMode.ELSEWHERE, TODAY), "organisation"),
    (DirectionInput(DirectionMode.SAMENREGIE, TODAY, "   "), "organisation"),
    (DirectionInput(None, TODAY), "mode"),
    (DirectionInput(DirectionMode.SOCIAL_TEAM, None), "since"),
    (DirectionInput(DirectionMode.SAMENREGIE, TODAY + timedelta(days=32), "Levvel"), "since"),
    (DirectionInput(DirectionMode.SAMENREGIE, TODAY, "x" * 201), "organisation"),
])
def test_bad_direction_is_refused_at_its_field_and_nothing_changes(services, family, data, field):
    version = _version(services, family.case_id)
    with pytest.raises(ValidationError) as refused:
        services.cases.set_direction(family.case_id, version, data)
    assert field in refused.value.fields
    assert _version(services, family.case_id) == version


def test_a_month_ahead_is_the_limit(services, family):
    services.cases.set_direction(family.case_id, _version(services, family.case_id), DirectionInput(
        DirectionMode.SAMENREGIE, TODAY + timedelta(days=31), "Levvel"))
    assert services.members.case_header(family.case_id).direction.organisation == "Levvel"


def test_a_colleagues_earlier_change_of_direction_is_a_conflict(services, family, db_path, clock):
    version = _version(services, family.case_id)
    with colleague_services(db_path, clock) as colleague:
        colleague.cases.set_priority(family.case_id, version, *_high())
    with pytest.raises(ConcurrencyConflict):
        services.cases.set_direction(family.case_id, version, DirectionInput(
            DirectionMode.SAMENREGIE, TODAY, "Levvel"))
    assert services.members.case_header(family.case_id).direction_mode is DirectionMode.SOCIAL_TEAM


def _high():
    from models.enums import Priority, PriorityReason
    return Priority.HIGH, PriorityReason.SAFETY


def test_the_caseload_shows_the_direction(services, family):
    services.cases.set_direction(family.case_id, _version(services, family.case_id), DirectionInput(
        DirectionMode.ELSEWHERE, TODAY, GI))
    row = services.caseload.my_caseload()[0]
    assert (row.direction_mode, row.direction_organisation) == (DirectionMode.ELSEWHERE, GI)


# -- measures --------------------------------------------------------------------------------------

def test_an_ots_is_recorded_suggests_the_direction_and_shows_in_the_header(services, family):
    zoe = member_id(services, family.family_id, "Zoë")
    saved = services.protection.record(family.case_id, _ots(zoe))
    assert saved.suggest_direction
    assert (saved.measure.person_name, saved.measure.running, saved.measure.extensions) == ("Zoë Öztürk", True, 0)
    header = services.members.case_header(family.case_id)
    assert header.direction_mode is DirectionMode.SOCIAL_TEAM  # never changed without the worker
    assert [(m.kind, m.ends_on) for m in header.measures] == [(ProtectionKind.OTS, date(2027, 11, 1))]
    services.cases.set_direction(family.case_id, header.version, DirectionInput(
        DirectionMode.ELSEWHERE, saved.measure.starts_on, GI, "Petra Visser"))
    again = services.protection.update(saved.measure.id, saved.measure.version,
                                       _ots(zoe, placement_on=date(2026, 12, 1)))
    assert not again.suggest_direction  # the institution directs already
    assert again.measure.placement_on == date(2026, 12, 1)
    assert [m.id for m in services.protection.measures(family.case_id)] == [saved.measure.id]
    history = [(e.kind, e.from_value, e.to_value, e.reason) for e in services.cases.history(family.case_id)
               if e.kind is CaseEventKind.MEASURE_RECORDED]
    assert history == [(CaseEventKind.MEASURE_RECORDED, "ots", "2027-11-01", "Zoë")]
    logged = [(e.event, detail_text(e)) for e in log_entries(services, object_type="protection_measure")]
    assert logged == [(AuditEvent.CREATE, "Maatregel: OTS"), (AuditEvent.UPDATE, ""), (AuditEvent.READ, "")]


def test_an_ots_is_extended_a_year_at_a_time_and_the_extension_kept(services, family):
    zoe = member_id(services, family.family_id, "Zoë")
    m = services.protection.record(family.case_id, _ots(zoe)).measure
    with pytest.raises(ValidationError) as too_long:
        services.protection.extend(m.id, m.version, date(2028, 11, 2))
    assert "ends_on" in too_long.value.fields
    with pytest.raises(ValidationError):
        services.protection.extend(m.id, m.version, date(2027, 11, 1))  # not after the current end
    extended = services.protection.extend(m.id, m.version, date(2028, 11, 1)).measure
    assert (extended.ends_on, extended.extensions) == (date(2028, 11, 1), 1)
    with pytest.raises(ConcurrencyConflict):
        services.protection.extend(m.id, m.version, date(2029, 1, 1))
    events = [(e.from_value, e.to_value, e.reason) for e in services.cases.history(family.case_id)
              if e.kind is CaseEventKind.MEASURE_EXTENDED]
    assert events == [("2027-11-01", "2028-11-01", "Zoë")]
    # an extended OTS may be corrected within its years
    services.protection.update(extended.id, extended.version, _ots(zoe, ends_on=date(2028, 10, 1)))


def test_a_provisional_ots_is_not_extended(services, family):
    zoe = member_id(services, family.family_id, "Zoë")
    m = services.protection.record(family.case_id, _ots(zoe, kind=ProtectionKind.PROVISIONAL_OTS,
                                                        ends_on=date(2027, 2, 1))).measure
    with pytest.raises(BusinessRuleViolation):
        services.protection.extend(m.id, m.version, date(2027, 3, 1))


@pytest.mark.parametrize(("changes", "field"), [
    (dict(kind=ProtectionKind.PROVISIONAL_OTS, ends_on=date(2027, 2, 2)), "ends_on"),  # > 3 months
    (dict(ends_on=date(2027, 11, 2)), "ends_on"),                                       # OTS > a year
    (dict(ends_on=date(2026, 10, 31)), "ends_on"),                                      # end before start
    (dict(ends_on=None), "ends_on"),
    (dict(institution=" "), "institution"),
    (dict(kind=None), "kind"),
    (dict(starts_on=None), "starts_on"),
    (dict(starts_on=TODAY + timedelta(days=32), ends_on=date(2027, 12, 1)), "starts_on"),
    (dict(placement_on=date(2026, 10, 1)), "placement_on"),
])
def test_bad_measures_are_refused_at_their_field_and_nothing_is_written(services, family, changes, field):
    zoe = member_id(services, family.family_id, "Zoë")
    with pytest.raises(ValidationError) as refused:
        services.protection.record(family.case_id, _ots(zoe, **changes))
    assert field in refused.value.fields
    assert _stored(services) == 0


def test_the_limits_themselves_are_allowed(services, family):
    zoe = member_id(services, family.family_id, "Zoë")
    services.protection.record(family.case_id, _ots(zoe, kind=ProtectionKind.PROVISIONAL_OTS,
                                                    ends_on=date(2027, 2, 1)))
    services.protection.record(family.case_id, _ots(zoe, starts_on=date(2026, 12, 1), ends_on=date(2027, 12, 1)))
    services.protection.record(family.case_id, _ots(zoe, kind=ProtectionKind.GUARDIANSHIP, ends_on=None))
    assert _stored(services) == 3


def test_a_measure_is_for_a_young_person_of_the_family_under_18(services, family):
    ayse = member_id(services, family.family_id, "Ayşe")
    other = intake_family(services, "Mulder")
    stranger = member_id(services, other.family_id, "Zoë")
    adult = services.members.add_member(family.family_id, MemberInput(
        MemberRole.YOUNG_PERSON, "Mert", "Öztürk", date(2008, 11, 1))).id
    almost = services.members.add_member(family.family_id, MemberInput(
        MemberRole.YOUNG_PERSON, "Elif", "Öztürk", date(2009, 3, 1))).id
    for person in (ayse, stranger, adult, None):
        with pytest.raises(ValidationError) as refused:
            services.protection.record(family.case_id, _ots(person))
        assert "person_id" in refused.value.fields
    with pytest.raises(ValidationError) as refused:  # 17 at the start, but the OTS runs past 18
        services.protection.record(family.case_id, _ots(almost))
    assert "ends_on" in refused.value.fields
    assert _stored(services) == 0


def _due(services, kind: DueKind) -> list[tuple[date, str | None]]:
    return [(i.due_date, i.detail) for i in services.due.today_items(include_later=True) if i.kind is kind]


@pytest.mark.parametrize(("today", "listed"), [
    (date(2027, 7, 31), False), (date(2027, 8, 1), True), (date(2027, 8, 2), True),
    (date(2027, 11, 1), True), (date(2027, 11, 2), False)])
def test_the_end_of_an_order_is_due_from_three_months_before(services, family, clock, today, listed):
    zoe = member_id(services, family.family_id, "Zoë")
    services.protection.record(family.case_id, _ots(zoe))
    clock.day = today
    assert _due(services, DueKind.MEASURE_ENDING) == ([(date(2027, 11, 1), "Zoë")] if listed else [])


def test_an_extension_moves_the_due_item_and_guardianship_has_none(services, family, clock):
    zoe, daan = (member_id(services, family.family_id, n) for n in ("Zoë", "Daan"))
    m = services.protection.record(family.case_id, _ots(zoe)).measure
    services.protection.record(family.case_id, _ots(daan, kind=ProtectionKind.GUARDIANSHIP, ends_on=None))
    clock.day = date(2027, 9, 1)
    assert _due(services, DueKind.MEASURE_ENDING) == [(date(2027, 11, 1), "Zoë")]
    services.protection.extend(m.id, m.version, date(2028, 11, 1))
    assert _due(services, DueKind.MEASURE_ENDING) == []


@pytest.mark.parametrize(("today", "listed"), [
    (date(2026, 11, 22), True), (date(2026, 12, 8), True), (date(2026, 12, 9), False)])
def test_an_out_of_home_placement_is_a_moment_to_cooperate(services, family, clock, today, listed):
    zoe = member_id(services, family.family_id, "Zoë")
    services.protection.record(family.case_id, _ots(zoe, placement_on=date(2026, 12, 1)))
    clock.day = today
    assert _due(services, DueKind.PLACEMENT) == ([(date(2026, 12, 1), "Zoë")] if listed else [])


def test_another_team_cannot_read_or_write_the_measures(services, family, db_path, clock):
    zoe = member_id(services, family.family_id, "Zoë")
    m = services.protection.record(family.case_id, _ots(zoe)).measure
    with colleague_services(db_path, clock, "Anna Bos") as other:
        other.admin  # noqa: B018 - the colleague is of another team below
    from app.bootstrap import open_database
    svc = open_database(db_path, clock=clock)
    try:
        svc.workers.register_local_worker("Kees Smit", "Wijkteam Zuid")
        with pytest.raises(AccessDenied):
            svc.protection.measures(family.case_id)
        with pytest.raises(AccessDenied):
            svc.protection.record(family.case_id, _ots(zoe))
        with pytest.raises(AccessDenied):
            svc.protection.extend(m.id, m.version, date(2028, 1, 1))
        with pytest.raises(AccessDenied):
            svc.cases.set_direction(family.case_id, _version(services, family.case_id),
                                    DirectionInput(DirectionMode.SAMENREGIE, TODAY, "Levvel"))
    finally:
        svc.close()
    assert _stored(services) == 1


def test_a_colleague_changing_the_direction_acts_on_behalf_of_the_director(services, family, db_path, clock):
    with colleague_services(db_path, clock) as colleague:
        colleague.cases.set_direction(family.case_id, _version(services, family.case_id), DirectionInput(
            DirectionMode.SAMENREGIE, TODAY, "Levvel"))
        colleague_name = colleague.ctx.user.username
    services.cases.set_direction(family.case_id, _version(services, family.case_id), DirectionInput(
        DirectionMode.SOCIAL_TEAM, TODAY))
    entries = [(e.username, e.on_behalf_of) for e in log_entries(services, case_id=family.case_id,
                                                                  event=AuditEvent.UPDATE)]
    assert entries == [(colleague_name, services.ctx.user.username), (services.ctx.user.username, None)]


def test_the_supervisors_access_log_names_the_director_acted_for(services, family, db_path, clock):
    """Inzage toegangslog shows "namens" as the worker's name, never as a login name."""
    with colleague_services(db_path, clock) as colleague:
        colleague.cases.set_direction(family.case_id, _version(services, family.case_id), DirectionInput(
            DirectionMode.SAMENREGIE, TODAY, "Levvel"))
    director = services.ctx.user
    supervisor = open_database(db_path, clock=clock)
    try:
        supervisor.workers.register_local_worker("Petra Jansen", "Wijkteam Noord", role=Role.SUPERVISOR)
        rows = supervisor.access_log.who_looked_at(
            family.family_id, datetime(2000, 1, 1, tzinfo=timezone.utc), datetime(2100, 1, 1, tzinfo=timezone.utc))
    finally:
        supervisor.close()
    acted_for = {r.on_behalf_of for r in rows if r.on_behalf_of}
    assert acted_for == {director.name} and director.name != director.username
