"""What needs me today: due items across my open cases, moving as the (injected) clock moves."""
from __future__ import annotations

from datetime import date

import pytest

from app.queries import caseload as caseload_queries
from app.services.due import DueKind, Urgency
from app.services.evaluations import EvaluationInput
from app.services.waakvlam import WaakvlamInput
from models.enums import AuditEvent, CloseReason, ContactOutcome, EvaluationDecision, WaakvlamHolder
from tests.integration.care_helpers import agreed_plan, extend, involvement_input, provider_with_product
from tests.integration.case_helpers import colleague_services, detail_text, intake_family, log_entries

TODAY = date(2026, 11, 22)


def _kinds(items):
    return [(i.kind, i.family_name, i.due_date, i.urgency) for i in items]


@pytest.fixture
def helped(services):
    """Familie Öztürk: plan agreed today, help ending 15 December with a report-back on 25 November."""
    family = intake_family(services)
    services.cases.activate(family.case_id, 1)
    agreed_plan(services, family.case_id)
    provider, product = provider_with_product(services)
    services.involvements.add_involvement(family.case_id, involvement_input(
        provider, product, planned_end=date(2026, 12, 15), report_back_date=date(2026, 11, 25)))
    return family


@pytest.fixture
def in_waakvlam(services):
    family = intake_family(services, "Jansen")
    services.waakvlam.start_waakvlam(family.case_id, WaakvlamInput(
        WaakvlamHolder.GP, "Huisarts De Wit", duration_months=3, frequency_weeks=4))
    return family


def test_a_new_case_needs_its_plan_within_six_weeks(services, clock):
    family = intake_family(services)
    offer, item = services.due.today_items(include_later=True)  # and the family-group plan offer's answer
    assert (item.kind, item.due_date, item.urgency, item.case_id, item.days) == (
        DueKind.PLAN, date(2027, 1, 3), Urgency.LATER, family.case_id, 42)
    assert (offer.kind, offer.due_date, offer.days) == (DueKind.FAMILY_GROUP_PLAN, date(2026, 12, 6), 14)
    assert services.due.today_items() == []
    clock.day = date(2027, 1, 4)
    assert _kinds(services.due.today_items()) == [
        (DueKind.FAMILY_GROUP_PLAN, "Familie Öztürk", date(2026, 12, 6), Urgency.OVERDUE),
        (DueKind.PLAN, "Familie Öztürk", date(2027, 1, 3), Urgency.OVERDUE)]


def test_items_across_my_cases_overdue_first_then_by_date(services, helped, in_waakvlam, clock):
    assert _kinds(services.due.today_items(include_later=True)) == [
        (DueKind.REPORT_BACK, "Familie Öztürk", date(2026, 11, 25), Urgency.THIS_WEEK),
        (DueKind.INVOLVEMENT_ENDING, "Familie Öztürk", date(2026, 12, 15), Urgency.LATER),
        (DueKind.WAAKVLAM_CONTACT, "Familie Jansen", date(2026, 12, 20), Urgency.LATER),
        (DueKind.EVALUATION, "Familie Öztürk", date(2027, 2, 21), Urgency.LATER),
        (DueKind.WAAKVLAM_END, "Familie Jansen", date(2027, 2, 22), Urgency.LATER)]
    clock.day = date(2026, 12, 16)
    assert _kinds(services.due.today_items()) == [
        (DueKind.REPORT_BACK, "Familie Öztürk", date(2026, 11, 25), Urgency.OVERDUE),
        (DueKind.INVOLVEMENT_ENDING, "Familie Öztürk", date(2026, 12, 15), Urgency.OVERDUE),
        (DueKind.WAAKVLAM_CONTACT, "Familie Jansen", date(2026, 12, 20), Urgency.THIS_WEEK)]
    first = services.due.today_items()[0]
    assert (first.detail, first.days) == ("Jeugdhulp Zaanstreek", -21)


def test_an_involvement_shows_as_ending_only_within_four_weeks(services, helped, clock):
    [inv] = services.involvements.involvements(helped.case_id)
    extend(services, inv, date(2027, 3, 1), "Nog twee maanden nodig")
    assert DueKind.INVOLVEMENT_ENDING not in {i.kind for i in services.due.today_items(include_later=True)}
    clock.day = date(2027, 2, 1)
    assert (DueKind.INVOLVEMENT_ENDING, date(2027, 3, 1), Urgency.LATER) in {
        (i.kind, i.due_date, i.urgency) for i in services.due.today_items(include_later=True)}


def test_the_evaluation_is_due_from_the_agreed_plan_and_moves_when_held(services, helped, clock):
    def evaluation():
        return next(i for i in services.due.today_items(include_later=True) if i.kind is DueKind.EVALUATION)

    clock.day = date(2027, 2, 15)
    assert (evaluation().due_date, evaluation().urgency) == (date(2027, 2, 21), Urgency.THIS_WEEK)
    clock.day = date(2027, 2, 22)
    assert evaluation().urgency is Urgency.OVERDUE
    services.evaluations.record_evaluation(helped.case_id, EvaluationInput(date(2027, 2, 22),
                                                                           EvaluationDecision.CONTINUE))
    assert (evaluation().due_date, evaluation().urgency) == (date(2027, 5, 24), Urgency.LATER)


def test_waakvlam_contacts_move_on_when_logged(services, in_waakvlam, clock):
    clock.day = date(2026, 12, 22)
    [item] = services.due.today_items()
    assert (item.kind, item.due_date, item.urgency, item.detail) == (
        DueKind.WAAKVLAM_CONTACT, date(2026, 12, 20), Urgency.OVERDUE, "Huisarts De Wit")
    [w] = services.waakvlam.waakvlams(in_waakvlam.case_id)
    contact = next(c for c in w.contacts if c.id == item.object_id)
    services.waakvlam.log_contact(contact.id, contact.version, date(2026, 12, 22), ContactOutcome.ALL_WELL)
    assert services.due.next_due_by_case()[in_waakvlam.case_id].due_date == date(2027, 1, 17)
    assert services.due.today_items() == []


def test_next_due_by_case_and_the_team_view(services, helped, in_waakvlam, db_path, clock):
    nxt = services.due.next_due_by_case()
    assert {case_id: (i.kind, i.due_date) for case_id, i in nxt.items()} == {
        helped.case_id: (DueKind.REPORT_BACK, date(2026, 11, 25)),
        in_waakvlam.case_id: (DueKind.WAAKVLAM_CONTACT, date(2026, 12, 20))}
    with colleague_services(db_path, clock) as colleague:
        assert colleague.due.next_due_by_case() == {}
        assert set(colleague.due.next_due_by_case(team=True)) == {helped.case_id, in_waakvlam.case_id}
    header = services.members.case_header(helped.case_id)
    services.cases.close(helped.case_id, header.version, CloseReason.GOALS_REACHED)
    assert set(services.due.next_due_by_case()) == {in_waakvlam.case_id}


def test_due_lists_are_logged_without_personal_data(services, helped):
    services.due.today_items()
    services.due.next_due_by_case(team=True)
    entries = [e for e in log_entries(services) if e.object_type in ("due_items", "next_due")]
    assert [(e.event, e.object_type, detail_text(e)) for e in entries] == [
        (AuditEvent.READ, "due_items", "Eigen casussen, 3 punt(en)"),
        (AuditEvent.READ, "next_due", "Casussen van het team, 3 punt(en)")]


@pytest.mark.parametrize("id_list_limit", [200, 0], ids=["ids as a list", "ids as a subquery"])
def test_a_caseload_with_its_next_due_items_is_one_read_and_one_log_entry(services, helped, in_waakvlam, db_path,
                                                                          clock, monkeypatch, id_list_limit):
    monkeypatch.setattr(caseload_queries, "ID_LIST_LIMIT", id_list_limit)  # a team's caseload goes by subquery
    before = len(log_entries(services))
    mine = services.caseload.my_caseload_with_due()
    entries = log_entries(services)[before:]
    assert [(e.event, e.object_type, detail_text(e)) for e in entries] == [
        (AuditEvent.READ, "caseload", "2 casus(sen), eerstvolgende termijn bij 2")]
    assert mine.rows == services.caseload.my_caseload()
    assert mine.next_due == services.due.next_due_by_case()
    with colleague_services(db_path, clock) as colleague:
        assert colleague.caseload.my_caseload_with_due().rows == []
        team = colleague.caseload.team_caseload_with_due()
        assert team.rows == colleague.caseload.team_caseload()
        assert team.next_due == colleague.due.next_due_by_case(team=True)
