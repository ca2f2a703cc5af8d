"""Crises: marked by the worker or started by crisis help (iJw 46), one open per case, the 24-hour
follow-up counted in hours and the four-week review at their boundaries, ending with what followed."""
from __future__ import annotations

from datetime import date, time, timedelta

import openpyxl
import pytest
from sqlalchemy import func, select

from app.errors import BusinessRuleViolation, ConcurrencyConflict, ValidationError
from app.queries.due import DueKind, Urgency
from app.services.crisis import CrisisEnd
from models import Crisis
from models.enums import CaseStatus, CloseReason, CrisisOutcome, CrisisStart, Role
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.integration.case_helpers import detail_text, intake_family, log_entries

TODAY = date(2026, 11, 22)


@pytest.fixture
def family(services):
    return intake_family(services)


def _crisis_items(services, kind: DueKind):
    return [i for i in services.due.today_items(include_later=True) if i.kind is kind]


def _stored(services) -> int:
    with services.ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Crisis))


def test_marking_a_crisis_starts_now_and_a_second_open_one_is_refused(services, family, clock):
    clock.at = time(9, 30)
    crisis = services.crisis.mark(family.case_id, "Vader dreigt met geweld")
    assert crisis.started_by is CrisisStart.MARKED and crisis.open
    assert crisis.started_at == clock.now() and crisis.marked_by == services.ctx.user.name
    assert services.crisis.current(family.case_id) == crisis
    with pytest.raises(BusinessRuleViolation):
        services.crisis.mark(family.case_id)
    assert _stored(services) == 1
    entry = log_entries(services, object_type="crisis")[0]
    assert "Vader" not in detail_text(entry) and entry.detail_code == "crisis_started"


def test_crisis_help_starts_the_record_and_other_help_does_not(services, family):
    provider, regular = provider_with_product(services)
    services.involvements.add_involvement(family.case_id, involvement_input(provider, regular))
    assert services.crisis.current(family.case_id) is None
    _p, crisis_product = provider_with_product(services, "Crisisdienst Jeugd", "12345678", "Crisisopvang", "46")
    inv = services.involvements.add_involvement(family.case_id, involvement_input(_p, crisis_product))
    crisis = services.crisis.current(family.case_id)
    assert crisis is not None and crisis.started_by is CrisisStart.INVOLVEMENT and crisis.involvement_id == inv.id
    _p2, other_crisis_help = provider_with_product(services, "Crisisteam", "12345679", "Crisisbed", "46")
    services.involvements.add_involvement(family.case_id, involvement_input(_p2, other_crisis_help))
    assert _stored(services) == 1  # the open crisis is the same one


@pytest.mark.parametrize(("elapsed", "urgency", "hours"), [
    (timedelta(hours=23, minutes=59), Urgency.THIS_WEEK, 1),
    (timedelta(hours=24), Urgency.OVERDUE, 0),
    (timedelta(hours=24, minutes=1), Urgency.OVERDUE, 0),
    (timedelta(hours=42), Urgency.OVERDUE, -18),
    (timedelta(hours=19), Urgency.THIS_WEEK, 5),
])
def test_the_follow_up_is_counted_in_hours_and_late_from_24_hours(services, family, clock, elapsed, urgency,
                                                                  hours):
    clock.at = time(10, 0)
    started = services.crisis.mark(family.case_id).started_at
    moment = started + elapsed
    clock.day, clock.at = moment.date(), moment.time()
    [item] = _crisis_items(services, DueKind.CRISIS_FOLLOW_UP)
    assert (item.urgency, item.hours, item.due_at) == (urgency, hours, started + timedelta(hours=24))
    assert item in services.due.today_items()


def test_a_follow_up_clears_its_item_and_is_logged_in_hours(services, family, clock):
    clock.at = time(8)
    crisis = services.crisis.mark(family.case_id)
    clock.at = time(13, 10)
    followed = services.crisis.follow_up(crisis.id, crisis.version)
    assert followed.followed_up_at == clock.now() and followed.followed_up_by == services.ctx.user.name
    assert _crisis_items(services, DueKind.CRISIS_FOLLOW_UP) == []
    with pytest.raises(ConcurrencyConflict):
        services.crisis.follow_up(crisis.id, crisis.version)
    with pytest.raises(BusinessRuleViolation):
        services.crisis.follow_up(crisis.id, followed.version)
    assert "5" in detail_text(log_entries(services, object_type="crisis")[-1])


@pytest.mark.parametrize(("days", "urgency", "days_left"), [
    (27, Urgency.THIS_WEEK, 1), (28, Urgency.THIS_WEEK, 0), (29, Urgency.OVERDUE, -1), (20, Urgency.LATER, 8),
])
def test_the_four_week_review(services, family, clock, days, urgency, days_left):
    crisis = services.crisis.mark(family.case_id)
    clock.day = TODAY + timedelta(days=days)
    [item] = _crisis_items(services, DueKind.CRISIS_REVIEW)
    assert (item.urgency, item.days, item.due_date) == (urgency, days_left, TODAY + timedelta(days=28))
    assert item.object_id == crisis.id and item.due_at is None


def test_ending_records_the_outcome_and_clears_the_items(services, family, clock):
    crisis = services.crisis.mark(family.case_id)
    clock.day = TODAY + timedelta(days=10)
    with pytest.raises(ValidationError) as refused:
        services.crisis.end(crisis.id, crisis.version, CrisisEnd(TODAY - timedelta(days=1), None))
    assert set(refused.value.fields) == {"ended_on", "outcome"}
    with pytest.raises(ValidationError):
        services.crisis.end(crisis.id, crisis.version, CrisisEnd(clock.day + timedelta(days=1),
                                                                 CrisisOutcome.ENDED))
    ended = services.crisis.end(crisis.id, crisis.version, CrisisEnd(clock.day, CrisisOutcome.REGULAR_HELP,
                                                                     "Ambulante hulp gestart"))
    assert (ended.ended_on, ended.outcome, ended.open) == (clock.day, CrisisOutcome.REGULAR_HELP, False)
    assert (ended.marked_by, ended.note, ended.version) == (services.ctx.user.name, "Ambulante hulp gestart", 2)
    assert services.crisis.current(family.case_id) is None
    assert _crisis_items(services, DueKind.CRISIS_REVIEW) == []
    assert "10" in detail_text(log_entries(services, object_type="crisis")[-1])
    assert services.crisis.mark(family.case_id).open  # a new crisis after the ended one


def test_the_crisis_figures_against_a_hand_computation(services, clock, tmp_path):
    """Period 1-30 November. A: started 31 October 23:00 (outside). B: 1 November 00:00, followed up after
    24 h exactly, ended 11 November (10 days, regular help). C: 10 November, followed up after 25 h, ended
    14 November (4 days, placement). D: 20 November, ended 21 November (1 day, regular help). E: 30 November
    23:59, open. F: 1 December 00:00 (outside). Another team's crisis is not counted."""
    def crisis(surname, day, at, follow_after=None, ended=None, outcome=None):
        family = intake_family(services, surname)
        clock.day, clock.at = day, at
        c = services.crisis.mark(family.case_id)
        if follow_after is not None:
            moment = c.started_at + follow_after
            clock.day, clock.at = moment.date(), moment.time()
            c = services.crisis.follow_up(c.id, c.version)
        if ended is not None:
            clock.day, clock.at = ended, time(12)
            services.crisis.end(c.id, c.version, CrisisEnd(ended, outcome))

    crisis("A", date(2026, 10, 31), time(23), timedelta(hours=1), date(2026, 11, 2), CrisisOutcome.ENDED)
    crisis("B", date(2026, 11, 1), time(0), timedelta(hours=24), date(2026, 11, 11), CrisisOutcome.REGULAR_HELP)
    crisis("C", date(2026, 11, 10), time(9), timedelta(hours=25), date(2026, 11, 14), CrisisOutcome.PLACEMENT)
    crisis("D", date(2026, 11, 20), time(9), None, date(2026, 11, 21), CrisisOutcome.REGULAR_HELP)
    crisis("E", date(2026, 11, 30), time(23, 59), timedelta(hours=2))
    crisis("F", date(2026, 12, 1), time(0))
    clock.day, clock.at = date(2026, 12, 5), time(12)
    services.workers.register_local_worker("Piet West", "Wijkteam West")
    crisis("West", date(2026, 11, 15), time(9))
    services.workers.register_local_worker("Ilse Bakker", "Wijkteam Noord", Role.SUPERVISOR)
    noord = next(t.id for t in services.workers.teams() if t.name == "Wijkteam Noord")
    f = services.figures.management_figures(date(2026, 11, 1), date(2026, 11, 30), noord).crisis
    assert (f.started, f.ended, f.still_open) == (4, 3, 1)          # B, C, D ended; E open
    assert (f.mean_days, f.median_days) == (5.0, 4.0)              # (10 + 4 + 1) / 3; middle of 1, 4, 10
    assert (f.followed_up_in_time, f.followed_up_share) == (2, 0.5)  # B (24 h exactly) and E, of 4
    assert dict(f.outcomes) == {CrisisOutcome.ENDED: 0, CrisisOutcome.REGULAR_HELP: 2,
                                CrisisOutcome.PLACEMENT: 1, CrisisOutcome.OTHER: 0}
    assert services.figures.management_figures(date(2026, 11, 1), date(2026, 11, 30)).crisis.started == 4
    path = services.figures.export_xlsx(date(2026, 11, 1), date(2026, 11, 30), noord, tmp_path / "cijfers.xlsx")
    rows = {r[0]: r[1] for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True) if r and r[0]}
    assert [v for k, v in rows.items() if "cris" in str(k).lower()] == [4, 3, 1, 5, 4, 0.5, 0, 2, 1, 0]


def test_a_case_with_an_open_crisis_cannot_be_closed_until_it_is_ended(services, family, clock):
    crisis = services.crisis.mark(family.case_id)
    version = services.members.case_header(family.case_id).version
    with pytest.raises(BusinessRuleViolation) as refused:
        services.cases.close(family.case_id, version, CloseReason.GOALS_REACHED)
    assert refused.value.message() == "Deze casus heeft een open crisis: beëindig die en leg vast wat er volgde, voordat je afsluit."
    assert services.members.case_header(family.case_id).status is not CaseStatus.CLOSED
    services.crisis.end(crisis.id, crisis.version, CrisisEnd(TODAY, CrisisOutcome.ENDED))
    services.cases.close(family.case_id, version, CloseReason.GOALS_REACHED)
    assert services.members.case_header(family.case_id).status is CaseStatus.CLOSED
