"""Intake with duplicate check, the one-open-case rule, and case direction with its history."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import BusinessRuleViolation, ConcurrencyConflict, ValidationError
from app.queries.family_duplicates import DuplicateReason
from app.services.families import IntakeInput, MemberInput
from models import AccessLogEntry, Case, Family
from models.enums import (
    AuditEvent, CaseEventKind, CaseStatus, CloseReason, MemberRole, Priority, PriorityReason,
)


def _intake(services, surname="Öztürk", bsn="123456782", born=date(2015, 3, 1)):
    user = services.ctx.user
    return services.families.intake(IntakeInput(
        family_name=f"Familie {surname}",
        members=[
            MemberInput(MemberRole.PARENT, "Ayşe", surname, date(1988, 6, 12), parental_authority=True),
            MemberInput(MemberRole.YOUNG_PERSON, "Zoë", surname, born, bsn=bsn),
        ],
        team_id=next(iter(user.team_ids)), director_id=user.worker_id,
        postcode="1501ab", municipality_code="0479",
    ))


def test_intake_creates_family_members_and_an_open_case(services):
    result = _intake(services)
    rows = services.caseload.my_caseload()
    assert [(r.family_name, r.children_text, r.status) for r in rows] == [
        ("Familie Öztürk", "Zoë (11)", CaseStatus.INTAKE)
    ]
    with services.ctx.uow() as uow:
        family = uow.session.get(Family, result.family_id)
        assert family.postcode == "1501AB"
        assert {p.first_name for p in family.members} == {"Ayşe", "Zoë"}


def test_duplicate_check_finds_same_bsn_or_same_surname_and_birth_date(services):
    first = _intake(services)
    by_bsn = services.families.find_duplicates([
        MemberInput(MemberRole.YOUNG_PERSON, "Z", "Anders", date(2001, 1, 1), bsn="123456782")])
    by_name = services.families.find_duplicates([
        MemberInput(MemberRole.YOUNG_PERSON, "Zoe", "Öztürk", date(2015, 3, 1))])
    none = services.families.find_duplicates([
        MemberInput(MemberRole.YOUNG_PERSON, "Zoë", "Öztürk", date(2016, 3, 1))])
    assert [(m.family_id, m.reasons, m.open_case_id) for m in by_bsn] == [
        (first.family_id, (DuplicateReason.BSN,), first.case_id)]
    assert [m.reasons for m in by_name] == [(DuplicateReason.SURNAME_BIRTH, DuplicateReason.FIRST_NAME_BIRTH)]
    assert none == []


def test_intake_validates_every_field_and_writes_nothing(services):
    user = services.ctx.user
    with pytest.raises(ValidationError) as info:
        services.families.intake(IntakeInput(
            family_name=" ", team_id=next(iter(user.team_ids)), director_id=user.worker_id,
            municipality_code="47",
            members=[MemberInput(MemberRole.YOUNG_PERSON, "", "Bakker", date(2027, 1, 1), bsn="123456789")],
        ))
    assert set(info.value.fields) == {
        "family_name", "municipality_code", "members.0.first_name", "members.0.date_of_birth", "members.0.bsn"}
    with services.ctx.uow() as uow:
        assert uow.session.scalars(select(Family)).all() == []


def test_one_open_case_per_family_is_enforced_by_the_service_and_the_database(services):
    result = _intake(services)
    from app.services.families import open_case
    with services.ctx.uow() as uow:
        with pytest.raises(BusinessRuleViolation) as info:
            open_case(uow.session, services.ctx, result.family_id, 1, 1, date(2026, 11, 22))
    assert "Eén gezin, één plan, één regisseur" in info.value.message()
    # The partial unique index backs the rule up against races.
    with services.ctx.uow() as uow:
        uow.session.add(Case(family_id=result.family_id, team_id=1, director_id=1, status=CaseStatus.ACTIVE,
                             opened_on=date(2026, 11, 22)))
        with pytest.raises(Exception):
            uow.session.flush()


def test_transfer_priority_close_and_reopen_keep_history(services):
    result = _intake(services)
    colleague = services.workers.register_local_worker("Mohamed El Amrani", "Wijkteam Noord")
    services.workers.sign_in(1)
    change = services.cases.activate(result.case_id, 1)
    change = services.cases.set_priority(result.case_id, change.version, Priority.HIGH, PriorityReason.SAFETY)
    change = services.cases.transfer(result.case_id, change.version, colleague.worker_id, "Verlof")
    assert services.caseload.my_caseload() == []
    change = services.cases.close(result.case_id, change.version, CloseReason.GOALS_REACHED)
    change = services.cases.reopen(result.case_id, change.version, "Zorgen op school")
    assert change.status is CaseStatus.ACTIVE
    history = services.cases.history(result.case_id)
    assert [e.kind for e in history] == [
        CaseEventKind.OPENED, CaseEventKind.STATUS_CHANGED, CaseEventKind.PRIORITY_CHANGED,
        CaseEventKind.DIRECTOR_TRANSFERRED, CaseEventKind.CLOSED, CaseEventKind.REOPENED]
    transfer = history[3]
    assert (transfer.from_worker, transfer.to_worker, transfer.reason) == ("Sanne de Vries", "Mohamed El Amrani", "Verlof")
    with services.ctx.uow() as uow:
        case = uow.session.get(Case, result.case_id)
        assert (case.reopen_count, case.closed_on, case.director_id) == (1, None, colleague.worker_id)


def test_high_priority_needs_a_reason(services):
    result = _intake(services)
    with pytest.raises(ValidationError) as info:
        services.cases.set_priority(result.case_id, 1, Priority.HIGH, None)
    assert set(info.value.fields) == {"priority_reason"}


def test_a_stale_version_is_a_conflict_and_changes_nothing(services):
    result = _intake(services)
    services.cases.activate(result.case_id, 1)
    with pytest.raises(ConcurrencyConflict) as info:
        services.cases.close(result.case_id, 1, CloseReason.OTHER)
    assert "collega" in info.value.message()
    with services.ctx.uow() as uow:
        assert uow.session.get(Case, result.case_id).status is CaseStatus.ACTIVE


def test_changes_and_reads_are_in_the_access_log_without_personal_data(services):
    result = _intake(services)
    services.caseload.my_caseload()
    services.families.find_duplicates([MemberInput(MemberRole.YOUNG_PERSON, "Zoë", "Öztürk", date(2015, 3, 1))])
    with services.ctx.uow() as uow:
        entries = uow.session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)).all()
    events = [(e.event, e.object_type) for e in entries]
    assert (AuditEvent.CREATE, "family") in events and (AuditEvent.CREATE, "case") in events
    assert (AuditEvent.READ, "caseload") in events and (AuditEvent.SEARCH, "family") in events
    assert all(e.username == "sanne.de.vries" and e.workstation for e in entries)
    assert any(e.family_id == result.family_id for e in entries)
    text = " ".join(str(e.detail) for e in entries)
    assert "Öztürk" not in text and "Zoë" not in text and "123456782" not in text
