"""Extensions under control: the reason and the evaluation (or why none), the chain, approval by a supervisor
of the team, the norm per product on Vandaag and the team overview."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.errors import AccessDenied, BusinessRuleViolation, ConcurrencyConflict, ValidationError
from app.queries.extensions import norm_flags
from app.services.due import DueKind
from app.services.evaluations import EvaluationInput
from app.services.extensions import ExtensionInput
from app.services.involvement_inputs import InvolvementInput
from app.services.provider_inputs import ProductInput
from models.enums import (
    AuditEvent, AuditOutcome, EvaluationDecision, ExtensionReason, ExtensionStatus, HandoverStatus, Role,
)
from tests.export.plan_data import pdf_text
from tests.integration.care_helpers import agreed_plan, extend, involvement_input, provider_with_product
from tests.integration.case_helpers import intake_family, log_entries

ASK = ExtensionInput(date(2027, 7, 15), ExtensionReason.GOALS_NOT_REACHED, "Doelen nog niet bereikt",
                     no_evaluation_reason="Evaluatie volgende maand")


@pytest.fixture
def world(services):
    """Sanne's family with running help (planned end 15 April 2027); the supervisor Marieke of the same team."""
    family = intake_family(services)
    sanne = services.ctx.user.worker_id
    provider, product = provider_with_product(services)
    inv = services.involvements.add_involvement(family.case_id, involvement_input(provider, product))
    boss = services.workers.register_local_worker("Marieke Hoekstra", "Wijkteam Noord", Role.SUPERVISOR)
    services.workers.sign_in(sanne)
    return family, inv, product, sanne, boss


def _fields(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        call()
    return info.value.field_messages()


def _approval(services, boss, on: bool) -> None:
    me = services.ctx.user.worker_id
    services.workers.sign_in(boss.worker_id)
    team = next(iter(boss.team_ids))
    version = services.supervision.team_overview(team).team_version
    services.extensions.set_approval_required(team, version, on)
    services.workers.sign_in(me)


def test_a_request_needs_a_reason_an_evaluation_or_why_none_and_a_later_end(services, world):
    _family, inv, *_ = world
    ext = services.extensions
    fields = _fields(lambda: ext.request_extension(inv.id, inv.version, ExtensionInput(
        date(2027, 4, 15), None, " ")))
    assert set(fields) == {"reason", "note", "no_evaluation_reason", "new_end"}
    fields = _fields(lambda: ext.request_extension(inv.id, inv.version, replace(ASK, new_end=None)))
    assert set(fields) == {"new_end"}
    assert services.involvements.involvement(inv.id).planned_end == date(2027, 4, 15)


def test_an_extension_rests_on_an_evaluation_of_this_case(services, world):
    family, inv, *_ = world
    agreed_plan(services, family.case_id)
    held = services.evaluations.record_evaluation(family.case_id, EvaluationInput(
        held_on=date(2026, 11, 22), decision=EvaluationDecision.CONTINUE, participants="Ayşe"))
    other = intake_family(services, surname="Visser")
    agreed_plan(services, other.case_id)
    foreign = services.evaluations.record_evaluation(other.case_id, EvaluationInput(
        held_on=date(2026, 11, 22), decision=EvaluationDecision.CONTINUE, participants="X"))
    assert set(_fields(lambda: services.extensions.request_extension(inv.id, inv.version, replace(
        ASK, evaluation_id=foreign.id, no_evaluation_reason=None)))) == {"evaluation_id"}
    done = services.extensions.request_extension(inv.id, inv.version, replace(
        ASK, evaluation_id=held.id, no_evaluation_reason="ignored"))
    assert (done.evaluation_id, done.evaluation_held_on, done.no_evaluation_reason) == (held.id, date(2026, 11, 22),
                                                                                       None)


def test_without_approval_an_extension_takes_effect_at_once_and_the_chain_is_numbered(services, world):
    _family, inv, *_ = world
    inv = extend(services, inv, date(2027, 7, 15))
    inv = extend(services, inv, date(2027, 10, 15), "Terugval na verhuizing")
    assert (inv.extensions, inv.planned_end) == (2, date(2027, 10, 15))
    chain = services.extensions.extensions(inv.id)
    assert [(e.number, e.previous_end, e.new_end, e.status, e.decided_by) for e in chain] == [
        (1, date(2027, 4, 15), date(2027, 7, 15), ExtensionStatus.APPROVED, None),
        (2, date(2027, 7, 15), date(2027, 10, 15), ExtensionStatus.APPROVED, None)]
    fields = _fields(lambda: extend(services, inv, date(2027, 10, 15)))
    assert set(fields) == {"new_end"}
    assert [(e.detail_code, e.detail_args) for e in log_entries(services, event=AuditEvent.CREATE,
                                                                object_type="involvement_extension")] == [
        ("extension_requested", "1,approved"), ("extension_requested", "2,approved")]


def test_the_chain_counts_on_from_the_counter_kept_from_before(services, world):
    _family, inv, *_ = world
    with services.engine.begin() as conn:  # two extensions recorded before revision 0028: only the counter
        conn.exec_driver_sql("UPDATE involvement SET extensions = 2 WHERE id = ?", (inv.id,))
    inv = services.involvements.involvement(inv.id)
    extend(services, inv, date(2027, 7, 15))
    [ext] = services.extensions.extensions(inv.id)
    assert ext.number == 3 and services.involvements.involvement(inv.id).extensions == 3


def test_with_approval_a_request_waits_for_a_supervisor_who_approves(services, world):
    family, inv, _product, sanne, boss = world
    _approval(services, boss, True)
    asked = services.extensions.request_extension(inv.id, inv.version, ASK)
    assert asked.status is ExtensionStatus.REQUESTED
    now = services.involvements.involvement(inv.id)
    assert (now.planned_end, now.extensions, now.pending_extension_id) == (date(2027, 4, 15), 0, asked.id)
    with pytest.raises(BusinessRuleViolation):  # one request at a time
        services.extensions.request_extension(inv.id, now.version, replace(ASK, new_end=date(2027, 9, 1)))
    with pytest.raises(AccessDenied):  # a worker does not decide
        services.extensions.decide_extension(asked.id, asked.version, True)
    services.workers.sign_in(boss.worker_id)
    assert {i.kind for i in services.due.today_items(include_later=True)} >= {DueKind.EXTENSION_AWAITING}
    with pytest.raises(ConcurrencyConflict):
        services.extensions.decide_extension(asked.id, asked.version + 1, True)
    done = services.extensions.decide_extension(asked.id, asked.version, True, "Akkoord na overleg")
    assert (done.status, done.decided_by, done.decision_note) == (ExtensionStatus.APPROVED, "Marieke Hoekstra",
                                                                  "Akkoord na overleg")
    now = services.involvements.involvement(inv.id)
    assert (now.planned_end, now.extensions, now.pending_extension_id) == (date(2027, 7, 15), 1, None)
    with pytest.raises(BusinessRuleViolation):
        services.extensions.decide_extension(done.id, done.version, False, "Toch niet")
    services.workers.sign_in(sanne)
    told = [i for i in services.due.today_items(include_later=True) if i.kind is DueKind.EXTENSION_DECIDED]
    assert [(i.object_id, i.detail) for i in told] == [(inv.id, "Jeugdhulp Zaanstreek")]


def test_a_refusal_needs_a_note_and_leaves_the_planned_end(services, world):
    _family, inv, _product, _sanne, boss = world
    _approval(services, boss, True)
    asked = services.extensions.request_extension(inv.id, inv.version, ASK)
    services.workers.sign_in(boss.worker_id)
    assert set(_fields(lambda: services.extensions.decide_extension(asked.id, asked.version, False, " "))) == {
        "decision_note"}
    done = services.extensions.decide_extension(asked.id, asked.version, False, "Eerst evalueren")
    assert done.status is ExtensionStatus.REFUSED
    now = services.involvements.involvement(inv.id)
    assert (now.planned_end, now.extensions) == (date(2027, 4, 15), 0)


def test_a_supervisor_cannot_approve_their_own_request(services, world):
    _family, inv, _product, _sanne, boss = world
    _approval(services, boss, True)
    services.workers.sign_in(boss.worker_id)
    asked = services.extensions.request_extension(inv.id, inv.version, ASK)
    with pytest.raises(AccessDenied):
        services.extensions.decide_extension(asked.id, asked.version, True)
    assert services.extensions.extensions(inv.id)[0].status is ExtensionStatus.REQUESTED
    assert log_entries(services, object_type="involvement_extension")[-2].outcome is AuditOutcome.DENIED


def test_a_worker_does_not_change_the_teams_setting(services, world):
    *_, boss = world
    with pytest.raises(AccessDenied):
        services.extensions.set_approval_required(next(iter(boss.team_ids)), 1, True)


def test_help_is_flagged_past_its_norm_at_the_boundary(services, world, clock):
    family, inv, product, *_ = world  # started 15 October 2026
    services.providers.update_product(product.id, product.version, replace(
        ProductInput.from_dto(product), max_weeks=12, max_extensions=1))
    end = date(2026, 10, 15) + timedelta(weeks=12)  # 7 January 2027
    clock.day = end
    with services.ctx.uow() as uow:
        assert norm_flags(uow.session, [family.case_id], clock.day) == []
    assert DueKind.HELP_PAST_NORM not in {i.kind for i in services.due.today_items(include_later=True)}
    clock.day = end + timedelta(days=1)
    with services.ctx.uow() as uow:
        [flag] = norm_flags(uow.session, [family.case_id], clock.day)
    assert (flag.norm_end, flag.past_weeks, flag.many_extensions) == (end, True, False)
    [item] = [i for i in services.due.today_items(include_later=True) if i.kind is DueKind.HELP_PAST_NORM]
    assert (item.due_date, item.object_id) == (end, inv.id)


def test_help_extended_as_often_as_the_norm_allows_is_flagged(services, world, clock):
    family, inv, *_ = world  # no maximum for the product: from the second extension on (the default)
    inv = extend(services, inv, date(2027, 7, 15))
    with services.ctx.uow() as uow:
        assert norm_flags(uow.session, [family.case_id], clock.day) == []
    extend(services, inv, date(2027, 9, 15))
    with services.ctx.uow() as uow:
        [flag] = norm_flags(uow.session, [family.case_id], clock.day)
    assert (flag.extensions, flag.max_extensions, flag.many_extensions, flag.past_weeks) == (2, 2, True, False)


def test_the_inspection_copy_shows_the_extensions_and_why(services, world, tmp_path):
    family, inv, _product, _sanne, boss = world
    _approval(services, boss, True)
    asked = services.extensions.request_extension(inv.id, inv.version, ASK)
    services.workers.sign_in(boss.worker_id)
    services.extensions.decide_extension(asked.id, asked.version, False, "Eerst evalueren met het gezin")
    zoe = next(m.id for m in services.members.family_detail(family.family_id).members if m.first_name == "Zoë")
    [help_] = services.privacy.person_file(zoe).involvements
    [line] = help_.extensions
    assert (line.number, line.status, line.note, line.decision_note) == (
        1, ExtensionStatus.REFUSED, "Doelen nog niet bereikt", "Eerst evalueren met het gezin")
    saved = services.privacy.export_person_file(zoe, tmp_path)
    text = " ".join(pdf_text(saved.pdf.read_bytes()).split())
    assert "Verlenging 1 (afgewezen): 15-04-2027 tot 15-07-2027. Doelen nog niet bereikt" in text
    assert "Besluit: Eerst evalueren met het gezin" in text


def test_the_planned_end_of_running_help_moves_later_only_by_an_extension(services, world):
    _family, inv, *_ = world
    later = InvolvementInput.from_dto(inv)
    fields = _fields(lambda: services.involvements.update_involvement(inv.id, inv.version, replace(
        later, planned_end=date(2027, 7, 15))))
    assert set(fields) == {"planned_end"}
    earlier = services.involvements.update_involvement(inv.id, inv.version, replace(
        later, planned_end=date(2027, 3, 1)))  # an earlier end is no extension
    assert (earlier.planned_end, earlier.extensions) == (date(2027, 3, 1), 0)


def test_a_stale_involvement_is_not_extended(services, world):
    _family, inv, *_ = world
    services.involvements.set_handover(inv.id, inv.version, HandoverStatus.TAKEN_OVER)
    with pytest.raises(ConcurrencyConflict):
        services.extensions.request_extension(inv.id, inv.version, ASK)
    assert services.extensions.extensions(inv.id) == []
