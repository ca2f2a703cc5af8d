"""Input rules at the fields: text (NFC, no control characters, line breaks only in long texts),
numbers and amounts in range, dates within sensible years, a director of the case's own team - and a
list export that survives an odd character stored before these rules existed."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from app.errors import Msg, ValidationError
from app.services.families import IntakeInput, MemberInput
from app.services.plan_inputs import ActionInput
from app.validation import CONTROL_CHARACTER, NO_LINE_BREAKS, WHOLE_NUMBER, YEAR_RANGE, YEARS
from models import Family
from models.enums import ActionOwner, JournalKind, MemberRole
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.integration.case_helpers import domain_id, intake_family, smart_goal
from tests.integration.input_world import row_counts


def _intake(services, **changes) -> IntakeInput:
    user = services.ctx.user
    data = IntakeInput("Familie Jansen", [MemberInput(MemberRole.PARENT, "Jan", "Jansen", date(1980, 1, 2))],
                       team_id=next(iter(user.team_ids)), director_id=user.worker_id)
    return replace(data, **changes)


def _refused(services, call) -> dict[str, str]:
    """The field messages of a refused call, after checking that it wrote nothing."""
    before = row_counts(services)
    with pytest.raises(ValidationError) as refused:
        call()
    assert row_counts(services) == before
    return refused.value.field_messages()


def test_names_are_stored_trimmed_and_composed(services):
    family = services.families.intake(_intake(services, family_name="  Familie Zoe\u0308  "))
    assert services.members.family_detail(family.family_id).name == "Familie Zoë"


@pytest.mark.parametrize("name", ["Jan\x00sen", "Jan\x1bsen", "Jan\x7f", "Ja\x85n", "Jan\ufffe", "Jan\ud800"])
def test_a_control_character_in_a_name_is_refused_at_its_field(services, name):
    messages = _refused(services, lambda: services.families.intake(_intake(services, family_name=name)))
    assert messages == {"family_name": Msg(CONTROL_CHARACTER).render()}


def test_a_line_break_is_refused_in_a_name_and_kept_in_a_journal_entry(services):
    messages = _refused(services, lambda: services.families.intake(_intake(services, family_name="Jan\nsen")))
    assert messages == {"family_name": Msg(NO_LINE_BREAKS).render()}

    case_id = intake_family(services).case_id
    entry = services.journal.add_entry(case_id, date(2026, 11, 20), JournalKind.HOME_VISIT, "Eén\r\nTwee\tdrie")
    assert entry.text == "Eén\nTwee\tdrie"
    messages = _refused(services, lambda: services.journal.add_entry(
        case_id, date(2026, 11, 20), JournalKind.HOME_VISIT, "Eén\x00"))
    assert messages == {"text": Msg(CONTROL_CHARACTER).render()}


@pytest.mark.parametrize("day", [date(1, 1, 1), date(1899, 12, 31), date(9999, 12, 31)])
def test_a_date_outside_sensible_years_is_refused_at_its_field(services, day):
    case_id = intake_family(services).case_id
    draft = services.plans.start_plan(case_id)
    year_range = Msg(YEAR_RANGE, {"low": YEARS[0], "high": YEARS[1]}).render()

    assert _refused(services, lambda: services.journal.add_entry(case_id, day, JournalKind.HOME_VISIT, "x")) == {
        "occurred_on": year_range}
    assert _refused(services, lambda: services.plans.add_goal(
        draft.id, smart_goal(domain_id(services), target_date=day)))["target_date"] == year_range
    assert _refused(services, lambda: services.families.intake(_intake(services, opened_on=day))) == {
        "opened_on": year_range}


@pytest.mark.parametrize("budget", [Decimal("NaN"), float("nan"), float("inf"), Decimal("1e30"), Decimal("-5")])
def test_a_budget_that_is_no_amount_is_refused_at_the_budget(services, budget):
    case_id = intake_family(services).case_id
    provider, product = provider_with_product(services)
    data = involvement_input(provider, product, volume_amount=None, volume_unit=None, volume_frequency=None,
                             budget=budget)
    assert set(_refused(services, lambda: services.involvements.add_involvement(case_id, data))) == {"budget"}


@pytest.mark.parametrize("amount", [0, -3, 2**40, float("nan"), 2.5])
def test_an_intensity_out_of_range_is_refused_at_the_amount(services, amount):
    case_id = intake_family(services).case_id
    provider, product = provider_with_product(services)
    data = involvement_input(provider, product, volume_amount=amount)
    assert _refused(services, lambda: services.involvements.add_involvement(case_id, data)) == {
        "volume_amount": Msg(WHOLE_NUMBER, {"low": 1, "high": 1_000_000}).render()}


@pytest.mark.parametrize("score", [11, -1, 2**63, float("nan")])
def test_a_score_out_of_range_is_refused_at_the_score(services, score):
    draft = services.plans.start_plan(intake_family(services).case_id)
    messages = _refused(services, lambda: services.plans.add_goal(draft.id, smart_goal(
        domain_id(services), score_target=score)))
    assert set(messages) == {"score_target"}


@pytest.fixture
def colleague_elsewhere(db_path, clock):
    from app.bootstrap import open_database
    other = open_database(db_path, clock=clock, encryption=None)
    user = other.workers.register_local_worker("Piet Zuidema", "Wijkteam Zuid")
    other.close()
    return user.worker_id


def test_a_director_of_another_team_is_refused_at_the_director_field(services, colleague_elsewhere):
    messages = _refused(services, lambda: services.families.intake(_intake(services, director_id=colleague_elsewhere)))
    assert set(messages) == {"director"}


def test_an_action_cannot_be_given_to_a_worker_of_another_team(services, colleague_elsewhere):
    draft = services.plans.start_plan(intake_family(services).case_id)
    goal = services.plans.add_goal(draft.id, smart_goal(domain_id(services)))
    mine = services.plans.add_action(goal.id, ActionInput("Bellen", ActionOwner.WORKER,
                                                          owner_worker_id=services.ctx.user.worker_id))
    assert mine.owner_worker_id == services.ctx.user.worker_id
    messages = _refused(services, lambda: services.plans.add_action(goal.id, ActionInput(
        "Bellen", ActionOwner.WORKER, owner_worker_id=colleague_elsewhere)))
    assert set(messages) == {"owner_worker_id"}


def test_the_caseload_exports_survive_a_control_character_stored_earlier(services, tmp_path):
    family = intake_family(services, "Visser")
    with services.ctx.uow() as uow:  # as an older version (or a plain SQL client) may have stored it
        uow.session.execute(update(Family).where(Family.id == family.family_id).values(name="Familie\x01 Vi\x00sser"))
        uow.commit()

    sheet = load_workbook(services.exports.caseload_xlsx("mine", tmp_path / "list.xlsx").path).active
    services.exports.caseload_pdf("mine", tmp_path / "list.pdf")

    assert sheet.cell(2, 2).value == "Familie Visser"
