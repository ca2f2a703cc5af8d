"""Aftercare when help ends or a case closes, and the transition plan at 18 (issue 15 items 6, 7): bad input
refused at its field with nothing written, what is stored and shown, the access log, another team
refused, and the due item at 16 1/2 at its boundaries (the day before, on and after; 29 February; 18)."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import AccessDenied, BusinessRuleViolation, ConcurrencyConflict, ValidationError
from app.queries.aftercare import adult_on, transition_due_on
from app.queries.due import DueKind
from app.services.aftercare import AftercareInput
from app.services.families import IntakeInput, MemberInput
from app.services.transition import TransitionInput
from models import Aftercare, Involvement, TransitionPlan
from models.enums import (
    AftercareKind, AftercareNoneReason, AuditEvent, CloseReason, MemberRole, TransitionDomain,
)
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.integration.case_helpers import detail_text, intake_family, log_entries, member_id

TODAY = date(2026, 11, 22)
NETWORK = AftercareInput(AftercareKind.NETWORK, "Oma Fatma", "Haalt Zoë twee keer per week uit school en belt "
                                                             "als het misgaat")


@pytest.fixture
def family(services):
    return intake_family(services)


def _count(services, model) -> int:
    with services.ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _running(services, case_id):
    provider, product = provider_with_product(services)
    return services.involvements.add_involvement(case_id, involvement_input(provider, product))


# -- aftercare -------------------------------------------------------------------------------------

def test_ending_help_records_the_aftercare_in_the_own_network(services, family):
    inv = _running(services, family.case_id)
    ended = services.involvements.end_involvement(inv.id, inv.version, TODAY, "19", NETWORK)
    assert ended.actual_end == TODAY
    [after] = services.aftercare.aftercare(family.case_id)
    assert (after.involvement_id, after.provider_name, after.kind, after.who, after.recorded_on) == (
        inv.id, "Jeugdhulp Zaanstreek", AftercareKind.NETWORK, "Oma Fatma", TODAY)
    assert after.what.startswith("Haalt Zoë")
    created = log_entries(services, case_id=family.case_id, event=AuditEvent.CREATE, object_type="aftercare")
    assert [detail_text(e) for e in created] == ["Nazorg: geborgd in het eigen netwerk"]
    assert log_entries(services, case_id=family.case_id, event=AuditEvent.READ, object_type="aftercare")


@pytest.mark.parametrize(("data", "fields"), [
    (AftercareInput(None), {"aftercare_kind"}),
    (AftercareInput(AftercareKind.NETWORK, "Oma Fatma", "  "), {"aftercare_what"}),
    (AftercareInput(AftercareKind.FREE_ACCESS, None, "Huiswerkklas"), {"aftercare_who"}),
    (AftercareInput(AftercareKind.FREE_ACCESS), {"aftercare_who", "aftercare_what"}),
    (AftercareInput(AftercareKind.NONE_NEEDED, note="Gaat goed"), {"aftercare_reason"}),
    (AftercareInput(AftercareKind.NETWORK, "x" * 201, "iets"), {"aftercare_who"}),
])
def test_bad_aftercare_is_refused_at_its_field_and_nothing_is_written(services, family, data, fields):
    inv = _running(services, family.case_id)
    with pytest.raises(ValidationError) as refused:
        services.involvements.end_involvement(inv.id, inv.version, TODAY, "19", data)
    assert set(refused.value.fields) == fields
    assert _count(services, Aftercare) == 0
    with services.ctx.uow() as uow:
        assert uow.session.get(Involvement, inv.id).actual_end is None


def test_none_needed_keeps_the_reason_and_drops_who_and_what(services, family):
    inv = _running(services, family.case_id)
    services.involvements.end_involvement(inv.id, inv.version, TODAY, "19", AftercareInput(
        AftercareKind.NONE_NEEDED, "ignored", "ignored", AftercareNoneReason.SELF_RELIANT, "Het gaat goed"))
    [after] = services.aftercare.aftercare(family.case_id)
    assert (after.kind, after.who, after.what, after.none_reason, after.note) == (
        AftercareKind.NONE_NEEDED, None, None, AftercareNoneReason.SELF_RELIANT, "Het gaat goed")


def test_ending_without_aftercare_records_none(services, family):
    inv = _running(services, family.case_id)
    services.involvements.end_involvement(inv.id, inv.version, TODAY, "19")
    assert services.aftercare.aftercare(family.case_id) == ()


def test_closing_the_case_records_the_aftercare_without_an_involvement(services, family):
    version = services.members.case_header(family.case_id).version
    services.cases.close(family.case_id, version, CloseReason.GOALS_REACHED, "", AftercareInput(
        AftercareKind.FREE_ACCESS, "Jongerenwerk Poelenburg", "Zoë gaat woensdag naar de inloop"))
    [after] = services.aftercare.aftercare(family.case_id)
    assert (after.involvement_id, after.provider_name, after.kind, after.who) == (
        None, None, AftercareKind.FREE_ACCESS, "Jongerenwerk Poelenburg")


def test_closing_with_bad_aftercare_closes_nothing(services, family):
    header = services.members.case_header(family.case_id)
    with pytest.raises(ValidationError) as refused:
        services.cases.close(family.case_id, header.version, CloseReason.GOALS_REACHED, "",
                             AftercareInput(AftercareKind.NONE_NEEDED))
    assert set(refused.value.fields) == {"aftercare_reason"}
    assert services.members.case_header(family.case_id).status is header.status
    assert _count(services, Aftercare) == 0


def test_another_team_cannot_read_the_aftercare_or_the_transition_plans(services, family, db_path, clock):
    inv = _running(services, family.case_id)
    services.involvements.end_involvement(inv.id, inv.version, TODAY, "19", NETWORK)
    zoe = member_id(services, family.family_id, "Zoë")
    from app.bootstrap import open_database
    svc = open_database(db_path, clock=clock)
    try:
        svc.workers.register_local_worker("Kees Smit", "Wijkteam Zuid")
        with pytest.raises(AccessDenied):
            svc.aftercare.aftercare(family.case_id)
        with pytest.raises(AccessDenied):
            svc.transition.plans(family.case_id)
        with pytest.raises(AccessDenied):
            svc.transition.record(family.case_id, _plan(zoe))
    finally:
        svc.close()
    assert _count(services, TransitionPlan) == 0


# -- the transition plan ---------------------------------------------------------------------------

def _family_with(services, born: date, surname: str = "Bakker"):
    user = services.ctx.user
    return services.families.intake(IntakeInput(
        family_name=f"Familie {surname}", members=[
            MemberInput(MemberRole.PARENT, "Anja", surname, date(1980, 1, 5), parental_authority=True),
            MemberInput(MemberRole.YOUNG_PERSON, "Sem", surname, born)],
        team_id=next(iter(user.team_ids)), director_id=user.worker_id))


def _due(services) -> list[tuple[date, str | None]]:
    return [(i.due_date, i.detail) for i in services.due.today_items(include_later=True)
            if i.kind is DueKind.TRANSITION]


def _plan(person_id=None, **changes) -> TransitionInput:
    data = dict(person_id=person_id, domains=frozenset({TransitionDomain.WMO, TransitionDomain.SCHOOL_WORK}),
                responsible="Wmo-consulent gemeente Zaanstad, Karin de Boer",
                agreed="Aanvraag begeleiding Wmo voor de 18e verjaardag; stage via school", agreed_on=TODAY)
    data.update(changes)
    return TransitionInput(**data)


def test_the_half_year_and_adult_birthdays():
    assert transition_due_on(date(2010, 5, 22)) == date(2026, 11, 22)
    assert transition_due_on(date(2008, 2, 29)) == date(2024, 8, 29)
    assert transition_due_on(date(2010, 8, 31)) == date(2027, 3, 1)  # 31 February does not exist
    assert adult_on(date(2008, 2, 29)) == date(2026, 3, 1)            # as age_on counts it
    assert adult_on(date(2008, 2, 29 - 1)) == date(2026, 2, 28)


@pytest.mark.parametrize(("today", "listed"), [
    (date(2026, 10, 24), False),  # four weeks and a day before 16 1/2
    (date(2026, 10, 25), True),   # four weeks before
    (date(2026, 11, 21), True),   # the day before
    (date(2026, 11, 22), True),   # on the day
    (date(2026, 11, 23), True),   # the day after (overdue)
    (date(2028, 5, 21), True),    # the day before 18
    (date(2028, 5, 22), False),   # 18
])
def test_the_transition_is_due_from_16_and_a_half_until_18(services, clock, today, listed):
    _family_with(services, date(2010, 5, 22))
    clock.day = today
    assert _due(services) == ([(date(2026, 11, 22), "Sem")] if listed else [])


@pytest.mark.parametrize(("today", "listed"), [
    (date(2024, 8, 1), True), (date(2024, 7, 31), False), (date(2026, 2, 28), True), (date(2026, 3, 1), False)])
def test_a_29_february_birthday(services, clock, today, listed):
    clock.day = date(2024, 8, 1)
    _family_with(services, date(2008, 2, 29))
    clock.day = today
    assert _due(services) == ([(date(2024, 8, 29), "Sem")] if listed else [])


def test_a_young_person_already_18_has_no_due_item(services):
    _family_with(services, date(2008, 11, 21))
    assert _due(services) == []


def test_a_plan_with_a_responsible_person_ends_the_due_item(services):
    intake = _family_with(services, date(2010, 5, 22))
    sem = member_id(services, intake.family_id, "Sem")
    saved = services.transition.record(intake.case_id, _plan(sem, responsible=None))
    assert not saved.settled and _due(services) == [(date(2026, 11, 22), "Sem")]
    saved = services.transition.update(saved.id, saved.version, _plan(sem))
    assert saved.settled and _due(services) == []
    [shown] = services.transition.plans(intake.case_id)
    assert (shown.person_name, shown.domains, shown.responsible) == (
        "Sem Bakker", (TransitionDomain.WMO, TransitionDomain.SCHOOL_WORK), "Wmo-consulent gemeente Zaanstad, Karin de Boer")
    logged = [detail_text(e) for e in log_entries(services, case_id=intake.case_id, object_type="transition_plan")
              if e.event in (AuditEvent.CREATE, AuditEvent.UPDATE)]
    assert logged == ["Overgangsplan, 2 domein(en)"] * 2


def test_only_open_cases_have_the_due_item(services):
    intake = _family_with(services, date(2010, 5, 22))
    version = services.members.case_header(intake.case_id).version
    services.cases.close(intake.case_id, version, CloseReason.GOALS_REACHED)
    assert _due(services) == []


@pytest.mark.parametrize(("changes", "field"), [
    ({"domains": frozenset()}, "domains"), ({"agreed_on": None}, "agreed_on"),
    ({"responsible": "x" * 201}, "responsible"), ({"person_id": None}, "person_id")])
def test_a_bad_transition_plan_is_refused_at_its_field(services, changes, field):
    intake = _family_with(services, date(2010, 5, 22))
    sem = member_id(services, intake.family_id, "Sem")
    with pytest.raises(ValidationError) as refused:
        services.transition.record(intake.case_id, _plan(**{"person_id": sem, **changes}))
    assert field in refused.value.fields
    assert _count(services, TransitionPlan) == 0


def test_a_parent_or_a_second_plan_is_refused(services):
    intake = _family_with(services, date(2010, 5, 22))
    sem, anja = (member_id(services, intake.family_id, n) for n in ("Sem", "Anja"))
    with pytest.raises(ValidationError):
        services.transition.record(intake.case_id, _plan(anja))
    services.transition.record(intake.case_id, _plan(sem))
    with pytest.raises(ValidationError) as refused:
        services.transition.record(intake.case_id, _plan(sem))
    assert "person_id" in refused.value.fields
    assert _count(services, TransitionPlan) == 1


def test_a_stale_version_is_a_conflict_and_a_closed_case_is_read_only(services):
    intake = _family_with(services, date(2010, 5, 22))
    sem = member_id(services, intake.family_id, "Sem")
    saved = services.transition.record(intake.case_id, _plan(sem))
    services.transition.update(saved.id, saved.version, _plan(sem, agreed="Nieuw"))
    with pytest.raises(ConcurrencyConflict):
        services.transition.update(saved.id, saved.version, _plan(sem, agreed="Oud"))
    version = services.members.case_header(intake.case_id).version
    services.cases.close(intake.case_id, version, CloseReason.GOALS_REACHED)
    with pytest.raises(BusinessRuleViolation):
        services.transition.record(intake.case_id, _plan(sem))


@pytest.mark.parametrize(("today", "plan", "status"), [
    (date(2026, 10, 24), None, "not_yet"), (date(2026, 10, 25), None, "soon"), (date(2026, 11, 22), None, "due"),
    (date(2028, 5, 22), None, "adult"), (date(2028, 5, 22), "nobody", "no_responsible"),
    (date(2026, 1, 1), "someone", "planned")])
def test_the_status_the_family_tab_shows(today, plan, status):
    from app.queries.aftercare import TransitionPlanDTO, TransitionStatus, transition_status
    dto = None if plan is None else TransitionPlanDTO(1, 1, 1, 1, "Sem", (TransitionDomain.WMO,),
                                                       None if plan == "nobody" else plan, None, today, 1)
    assert transition_status(date(2010, 5, 22), dto, today) is TransitionStatus(status)
