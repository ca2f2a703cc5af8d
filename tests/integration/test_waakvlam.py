"""The waakvlam: set up after help ends, planned contacts, reopening as recurrence, ending closes the case."""
from __future__ import annotations

from datetime import date

import pytest

from app.errors import BusinessRuleViolation, ConcurrencyConflict, ValidationError
from app.services.waakvlam import WaakvlamInput, add_months, contact_dates
from models import Case
from models.enums import (
    AuditEvent, CaseEventKind, CaseStatus, CloseReason, ContactOutcome, WaakvlamHolder, WaakvlamStatus,
)
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.integration.case_helpers import detail_text, intake_family, log_entries

TODAY = date(2026, 11, 22)
COACH = WaakvlamInput(WaakvlamHolder.SCHOOL_COACH, "Petra Bos, jeugd- en gezinscoach De Regenboog",
                      agreement="Petra belt elke zes weken met Ayşe; bij zorgen belt ze Sanne.")


@pytest.fixture
def family(services):
    family = intake_family(services)
    services.cases.activate(family.case_id, 1)
    return family


def _case(services, case_id) -> Case:
    with services.ctx.uow() as uow:
        return uow.session.get(Case, case_id)


def test_dates_a_month_or_weeks_on():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 11, 22), 14) == date(2028, 1, 22)
    assert contact_dates(date(2026, 11, 22), date(2027, 2, 22), 4) == [
        date(2026, 12, 20), date(2027, 1, 17), date(2027, 2, 14)]
    assert contact_dates(date(2026, 11, 22), date(2026, 12, 22), 6) == [date(2026, 12, 22)]


def test_starting_a_waakvlam_plans_contacts_and_moves_the_case(services, family):
    w = services.waakvlam.start_waakvlam(family.case_id, COACH)
    assert (w.start_date, w.end_date, w.frequency_weeks, w.status) == (
        TODAY, date(2027, 5, 22), 6, WaakvlamStatus.ACTIVE)
    assert [c.planned_date for c in w.contacts] == [
        date(2027, 1, 3), date(2027, 2, 14), date(2027, 3, 28), date(2027, 5, 9)]
    assert (w.next_contact_date, w.contacts[0].is_next, w.contacts[1].is_next) == (date(2027, 1, 3), True, False)
    header = services.members.case_header(family.case_id)
    assert (header.status, header.version) == (CaseStatus.WAAKVLAM, 3)  # opened, activated, waakvlam
    last = services.cases.history(family.case_id)[-1]
    assert (last.kind, last.from_value, last.to_value) == (CaseEventKind.STATUS_CHANGED, "active", "waakvlam")
    with pytest.raises(BusinessRuleViolation):
        services.waakvlam.start_waakvlam(family.case_id, COACH)


def test_a_waakvlam_needs_a_holder(services, family):
    with pytest.raises(ValidationError) as info:
        services.waakvlam.start_waakvlam(family.case_id, WaakvlamInput(WaakvlamHolder.NETWORK_MEMBER, " "))
    assert set(info.value.fields) == {"holder_name"}
    with pytest.raises(ValidationError) as info:
        services.waakvlam.start_waakvlam(family.case_id, WaakvlamInput(
            None, "Oma Fatma", duration_months=0, frequency_weeks=53, start_date=date(2026, 11, 23)))
    assert set(info.value.fields) == {"holder_kind", "duration_months", "frequency_weeks", "start_date"}
    with pytest.raises(ValidationError) as info:
        services.waakvlam.start_waakvlam(family.case_id, WaakvlamInput(WaakvlamHolder.SOCIAL_TEAM_WORKER))
    assert set(info.value.fields) == {"holder_worker_id"}
    assert services.members.case_header(family.case_id).status is CaseStatus.ACTIVE
    me = services.ctx.user.worker_id
    w = services.waakvlam.start_waakvlam(family.case_id, WaakvlamInput(
        WaakvlamHolder.SOCIAL_TEAM_WORKER, holder_worker_id=me, duration_months=3, frequency_weeks=4))
    assert (w.holder_name, w.holder_worker_id, w.end_date, len(w.contacts)) == (
        "Sanne de Vries", me, date(2027, 2, 22), 3)


def test_help_still_running_must_end_first(services, family):
    provider, product = provider_with_product(services)
    inv = services.involvements.add_involvement(family.case_id, involvement_input(provider, product))
    with pytest.raises(BusinessRuleViolation) as info:
        services.waakvlam.start_waakvlam(family.case_id, COACH)
    assert "Jeugdhulp Zaanstreek" in info.value.message()
    services.involvements.end_involvement(inv.id, inv.version, TODAY, "19")
    assert services.waakvlam.start_waakvlam(family.case_id, COACH).is_active
    with pytest.raises(BusinessRuleViolation):
        services.involvements.add_involvement(family.case_id, involvement_input(provider, product))


def test_contacts_are_logged_with_their_outcome(services, family, clock):
    w = services.waakvlam.start_waakvlam(family.case_id, COACH)
    first, second = w.contacts[:2]
    clock.day = date(2027, 1, 4)
    with pytest.raises(ValidationError) as info:
        services.waakvlam.log_contact(first.id, first.version, date(2027, 1, 5), ContactOutcome.CONCERNS, "")
    assert set(info.value.fields) == {"held_on", "note"}
    w = services.waakvlam.log_contact(first.id, first.version, date(2027, 1, 4), ContactOutcome.ALL_WELL)
    logged = w.contacts[0]
    assert (logged.held_on, logged.outcome, logged.author_name, w.next_contact_date) == (
        date(2027, 1, 4), ContactOutcome.ALL_WELL, "Sanne de Vries", second.planned_date)
    with pytest.raises(BusinessRuleViolation):
        services.waakvlam.log_contact(first.id, logged.version, date(2027, 1, 4), ContactOutcome.ALL_WELL)
    with pytest.raises(ConcurrencyConflict) as info:
        services.waakvlam.log_contact(first.id, first.version, date(2027, 1, 4), ContactOutcome.ALL_WELL)
    assert info.value.current == w
    clock.day = date(2027, 1, 20)
    w = services.waakvlam.add_contact(w.id, date(2027, 1, 20), ContactOutcome.CONCERNS, "School meldt verzuim")
    assert [(c.planned_date, c.outcome) for c in w.contacts][:3] == [
        (date(2027, 1, 3), ContactOutcome.ALL_WELL), (date(2027, 1, 20), ContactOutcome.CONCERNS),
        (date(2027, 2, 14), None)]
    assert services.members.case_header(family.case_id).status is CaseStatus.WAAKVLAM


def test_reopening_from_the_waakvlam_is_recurrence_with_history_intact(services, family, clock):
    w = services.waakvlam.start_waakvlam(family.case_id, COACH)
    clock.day = date(2027, 2, 10)
    w = services.waakvlam.log_contact(w.contacts[1].id, w.contacts[1].version, date(2027, 2, 10),
                                      ContactOutcome.REOPEN, "Escalatie thuis, Zoë gaat niet naar school")
    assert (w.status, w.ended_on, w.next_contact_date) == (WaakvlamStatus.REOPENED, date(2027, 2, 10), None)
    # The contact missed on 3 January stays; those planned after the reopening are dropped.
    assert [(c.planned_date, c.outcome) for c in w.contacts] == [
        (date(2027, 1, 3), None), (date(2027, 2, 14), ContactOutcome.REOPEN)]
    case = _case(services, family.case_id)
    assert (case.status, case.reopen_count, case.closed_on) == (CaseStatus.ACTIVE, 1, None)
    last = services.cases.history(family.case_id)[-1]
    assert (last.kind, last.from_value, last.to_value, last.on_date, last.reason) == (
        CaseEventKind.REOPENED, "waakvlam", "active", date(2027, 2, 10), "Escalatie thuis, Zoë gaat niet naar school")
    # Later a new waakvlam can follow; the first stays in the case's history.
    again = services.waakvlam.start_waakvlam(family.case_id, COACH)
    assert [x.id for x in services.waakvlam.waakvlams(family.case_id)] == [again.id, w.id]


def test_the_end_of_the_waakvlam_closes_the_case(services, family, clock):
    w = services.waakvlam.start_waakvlam(family.case_id, COACH)
    clock.day = date(2027, 5, 25)
    with pytest.raises(ValidationError):
        services.waakvlam.end_waakvlam(w.id, w.version, date(2026, 11, 1))
    ended = services.waakvlam.end_waakvlam(w.id, w.version, date(2027, 5, 22))
    assert (ended.status, ended.ended_on) == (WaakvlamStatus.ENDED, date(2027, 5, 22))
    case = _case(services, family.case_id)
    assert (case.status, case.close_reason, case.closed_on) == (
        CaseStatus.CLOSED, CloseReason.WAAKVLAM_ENDED, date(2027, 5, 22))
    assert services.cases.history(family.case_id)[-1].kind is CaseEventKind.CLOSED
    with pytest.raises(BusinessRuleViolation):
        services.waakvlam.log_contact(w.contacts[0].id, w.contacts[0].version, date(2027, 5, 25),
                                      ContactOutcome.ALL_WELL)


def test_closing_the_case_directly_ends_its_waakvlam_early(services, family, clock):
    services.waakvlam.start_waakvlam(family.case_id, COACH)
    clock.day = date(2027, 2, 1)
    header = services.members.case_header(family.case_id)
    services.cases.close(family.case_id, header.version, CloseReason.MOVED)
    [w] = services.waakvlam.waakvlams(family.case_id)
    assert (w.status, w.ended_on, [c.planned_date for c in w.contacts]) == (
        WaakvlamStatus.ENDED, date(2027, 2, 1), [date(2027, 1, 3)])


def test_the_waakvlam_overview_shows_the_next_contact_and_what_is_overdue(services, family, clock):
    other = intake_family(services, "Jansen")
    services.waakvlam.start_waakvlam(family.case_id, COACH)
    services.waakvlam.start_waakvlam(other.case_id, WaakvlamInput(
        WaakvlamHolder.GP, "Huisarts De Wit", frequency_weeks=4))
    rows = services.waakvlam.waakvlam_overview()
    assert [(r.family_name, r.next_contact_date, r.overdue, r.last_outcome) for r in rows] == [
        ("Familie Jansen", date(2026, 12, 20), False, None),
        ("Familie Öztürk", date(2027, 1, 3), False, None)]
    clock.day = date(2026, 12, 28)
    jansen = services.waakvlam.waakvlam_overview()[0]
    assert jansen.overdue
    [w] = services.waakvlam.waakvlams(other.case_id)
    services.waakvlam.log_contact(w.contacts[0].id, w.contacts[0].version, date(2026, 12, 27),
                                  ContactOutcome.ALL_WELL)
    rows = services.waakvlam.waakvlam_overview(team=True)
    assert [(r.family_name, r.next_contact_date, r.overdue, r.last_outcome, r.contacts_held) for r in rows] == [
        ("Familie Öztürk", date(2027, 1, 3), False, None, 0),
        ("Familie Jansen", date(2027, 1, 17), False, ContactOutcome.ALL_WELL, 1)]


def test_waakvlam_reads_and_changes_are_logged(services, family):
    services.waakvlam.start_waakvlam(family.case_id, COACH)
    services.waakvlam.waakvlams(family.case_id)
    services.waakvlam.waakvlam_overview()
    entries = [(e.event, e.object_type, e.family_id) for e in log_entries(services)
               if e.object_type.startswith("waakvlam")]
    assert entries == [(AuditEvent.CREATE, "waakvlam", family.family_id),
                       (AuditEvent.READ, "waakvlam", family.family_id), (AuditEvent.READ, "waakvlam_overview", None)]
    case_changes = [detail_text(e) for e in log_entries(services, object_type="case", event=AuditEvent.UPDATE)]
    assert case_changes == ["Geactiveerd", "Naar waakvlam"]
