"""Every service input, driven with generated values (NUL and other control characters, odd Unicode,
huge, negative and NaN numbers, years 1 and 9999): each call succeeds or raises an application error
whose field messages render - never another exception - and a refusal writes nothing."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.clock import FixedClock
from app.errors import AppError, ValidationError
from app.queries.team_overview import CaseloadWeights
from app.services.evaluations import EvaluationGoalInput, EvaluationInput
from app.services.extensions import ExtensionInput
from app.services.families import IntakeInput, MemberInput
from app.services.involvement_inputs import InvolvementInput
from app.services.members import NetworkMemberInput
from app.services.plan_inputs import ActionInput, GoalInput
from app.services.provider_inputs import ProductInput, ProviderInput
from app.services.retention import DestructionInput
from app.services.waakvlam import WaakvlamInput
from models.enums import (
    ActionOwner, Actor, CloseReason, ContactOutcome, DestructionGround, DirectionMode, EvaluationDecision,
    ExtensionReason, GoalStatus, JournalKind, MemberRole, Role, WaakvlamHolder,
)
from tests.conftest import TODAY
from tests.integration.input_world import World, build_world, row_counts, unclean_texts

SPECIAL_TEXTS = (
    "", " ", "\x00", "Jan\x00sen", "Jan\x01", "\x1b[31mrood", "\x7f", "\x85", "\u2028", "regel\nregel",
    "tab\there", "\r\n", "e\u0301", "\ufffe", "\ud800", "=1+1", "Zoë", "x" * 5000, "01", "04", "B",
)
SPECIAL_NUMBERS = (0, -1, 1, 10, 11, 2**31, -(2**31) - 1, 2**63, 10**40, float("nan"), float("inf"),
                   Decimal("NaN"), Decimal("sNaN"), Decimal("-Infinity"), Decimal("1e-30"), Decimal("1e30"), 2.5)
SPECIAL_DATES = (date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 31), date(2101, 1, 1), TODAY, date(2026, 10, 20))

texts = st.one_of(st.sampled_from(SPECIAL_TEXTS), st.text(max_size=30))
maybe_texts = st.one_of(st.none(), texts)
numbers = st.one_of(st.sampled_from(SPECIAL_NUMBERS), st.integers(), st.floats(),
                    st.decimals(allow_nan=True, allow_infinity=True))
maybe_numbers = st.one_of(st.none(), numbers)
dates = st.one_of(st.sampled_from(SPECIAL_DATES), st.dates())
maybe_dates = st.one_of(st.none(), dates)


def pick(values) -> st.SearchStrategy:
    return st.sampled_from(tuple(values))


def ids(*known: int) -> st.SearchStrategy:
    """A known id, or one that does not exist."""
    return st.one_of(pick(known), st.sampled_from((0, -1, 999_999)))


@pytest.fixture(scope="module")
def world(tmp_path_factory, migrated_template) -> World:
    path = tmp_path_factory.mktemp("inputs") / "gezinsregie.db"
    shutil.copyfile(migrated_template, path)
    w = build_world(path, FixedClock(TODAY))
    yield w
    for services in (w.svc, w.boss, w.admin):
        services.close()


def _header(w: World, case_id: int):
    return w.svc.members.case_header(case_id)


def _member(w: World):
    return next(m for m in w.svc.members.family_detail(w.family_id).members if m.id == w.person_id)


def _network(w: World):
    return next(m for m in w.svc.members.family_detail(w.family_id).network if m.id == w.network_member_id)


def _goal(w: World):
    return next(g for g in w.svc.plans.plan_version(w.plan_id).goals if g.id == w.goal_id)


def _action(w: World):
    return next(a for a in _goal(w).actions if a.id == w.action_id)


def _entry(w: World):
    return next(e for e in w.svc.journal.entries(w.case_id) if e.id == w.entry_id)


def _waakvlam(w: World):
    return next(x for x in w.svc.waakvlam.waakvlams(w.waakvlam_case_id) if x.id == w.waakvlam_id)


def _agree(w: World, agreed_on, agreed_with):
    seen = w.svc.plans.plan_version(w.plan_id)
    return w.svc.plans.agree_plan(w.plan_id, seen.version, agreed_on, agreed_with, content_digest=seen.content_digest)


def members(w: World):
    return st.builds(MemberInput, pick(MemberRole), texts, texts, maybe_dates, maybe_texts, maybe_texts, st.booleans())


def goal_input(w: World):
    return st.builds(GoalInput, ids(*w.domain_ids), texts, person_ids=st.just(()), success_criterion=texts,
                     target_date=maybe_dates, actor=st.one_of(st.none(), pick(Actor)), actor_detail=maybe_texts,
                     network_member_id=st.one_of(st.none(), ids(w.network_member_id)), score_start=maybe_numbers,
                     score_target=maybe_numbers, status=pick(GoalStatus))


def action_input(w: World):
    return st.builds(ActionInput, texts, pick(ActionOwner), st.one_of(st.none(), ids(w.person_id)),
                     st.one_of(st.none(), ids(w.network_member_id)), st.one_of(st.none(), ids(*w.worker_ids)),
                     maybe_texts, maybe_dates)


def involvement_input(w: World):
    return st.builds(
        InvolvementInput, ids(w.provider_id), ids(w.product_id), texts, maybe_dates, maybe_dates, maybe_dates,
        maybe_texts, maybe_texts, maybe_numbers, maybe_texts, maybe_texts, maybe_numbers, pick(DirectionMode),
        maybe_texts, maybe_texts, maybe_dates, maybe_texts, maybe_texts)


def provider_csv():
    cell = st.one_of(st.sampled_from(("Zorg BV", "12345678", "45", "B", "04", "x\x00", "\x01")), texts)
    row = st.lists(cell, min_size=6, max_size=6).map(lambda r: ";".join(c.replace(";", ",") for c in r))
    header = "aanbieder;agb_code;product;categorie;segment;eenheid"
    return st.lists(row, max_size=3).map(lambda rows: "\n".join([header, *rows]))


# (name, strategy of the arguments given the world, the call)
Op = tuple[str, Callable[[World], st.SearchStrategy], Callable[..., object]]
OPS: list[Op] = [
    ("intake", lambda w: st.builds(
        IntakeInput, texts, st.lists(members(w), max_size=2), ids(*w.team_ids), ids(*w.worker_ids), maybe_texts,
        maybe_texts, maybe_texts, maybe_texts, maybe_dates),
     lambda w, data: w.svc.families.intake(data)),
    ("add_member", members, lambda w, data: w.svc.members.add_member(w.family_id, data)),
    ("update_member", members, lambda w, data: w.svc.members.update_member(w.person_id, _member(w).version, data)),
    ("add_network_member", lambda w: st.builds(NetworkMemberInput, texts, texts, maybe_texts, maybe_texts),
     lambda w, data: w.svc.members.add_network_member(w.family_id, data)),
    ("update_network_member", lambda w: st.builds(NetworkMemberInput, texts, texts, maybe_texts, maybe_texts),
     lambda w, data: w.svc.members.update_network_member(w.network_member_id, _network(w).version, data)),
    ("update_plan_texts", lambda w: st.tuples(maybe_texts, maybe_texts, maybe_texts, maybe_numbers, maybe_dates),
     lambda w, v: w.svc.plans.update_plan_texts(
         w.plan_id, w.svc.plans.plan_version(w.plan_id).version, request_for_help=v[0], concerns=v[1],
         agreements=v[2], evaluation_interval_weeks=v[3], plan_date=v[4])),
    ("add_goal", goal_input, lambda w, data: w.svc.plans.add_goal(w.plan_id, data)),
    ("update_goal", goal_input, lambda w, data: w.svc.plans.update_goal(w.goal_id, _goal(w).version, data)),
    ("add_action", action_input, lambda w, data: w.svc.plans.add_action(w.goal_id, data)),
    ("update_action", action_input,
     lambda w, data: w.svc.plans.update_action(w.action_id, _action(w).version, data)),
    ("agree_plan", lambda w: st.tuples(maybe_dates, texts),
     lambda w, v: _agree(w, *v)),
    ("add_entry", lambda w: st.tuples(maybe_dates, pick(JournalKind), texts),
     lambda w, v: w.svc.journal.add_entry(w.case_id, *v)),
    ("update_entry", lambda w: st.tuples(maybe_dates, pick(JournalKind), texts),
     lambda w, v: w.svc.journal.update_entry(w.entry_id, _entry(w).version, *v)),
    ("journal_search", lambda w: texts, lambda w, text: w.svc.journal.entries(w.case_id, text)),
    ("find_families", lambda w: st.tuples(texts, st.one_of(st.integers(-5, 100), st.sampled_from((2**63, 10**30)))),
     lambda w, v: w.svc.search.find_families(*v)),
    ("add_involvement", involvement_input, lambda w, data: w.svc.involvements.add_involvement(w.case_id, data)),
    ("update_involvement", involvement_input, lambda w, data: w.svc.involvements.update_involvement(
        w.involvement_id, w.svc.involvements.involvement(w.involvement_id).version, data)),
    ("request_extension", lambda w: st.tuples(maybe_dates, texts, texts), lambda w, v: w.svc.extensions.request_extension(
        w.involvement_id, w.svc.involvements.involvement(w.involvement_id).version,
        ExtensionInput(v[0], ExtensionReason.OTHER, v[1], no_evaluation_reason=v[2]))),
    ("record_report_back", lambda w: maybe_dates, lambda w, day: w.svc.involvements.record_report_back(
        w.involvement_id, w.svc.involvements.involvement(w.involvement_id).version, day)),
    ("end_involvement", lambda w: st.tuples(maybe_dates, texts), lambda w, v: w.svc.involvements.end_involvement(
        w.involvement_id, w.svc.involvements.involvement(w.involvement_id).version, *v)),
    ("record_evaluation", lambda w: st.builds(
        EvaluationInput, maybe_dates, st.one_of(st.none(), pick(EvaluationDecision)),
        st.one_of(texts, st.lists(texts, max_size=3)),
        st.lists(st.builds(EvaluationGoalInput, st.one_of(st.just(w.goal_lineage), texts), maybe_numbers,
                           pick(GoalStatus), maybe_texts), max_size=2).map(tuple),
        texts, st.one_of(st.none(), st.booleans()), maybe_texts, maybe_dates, maybe_dates),
     lambda w, data: w.svc.evaluations.record_evaluation(w.evaluated_case_id, data)),
    ("start_waakvlam", lambda w: st.builds(
        WaakvlamInput, st.one_of(st.none(), pick(WaakvlamHolder)), texts, st.one_of(st.none(), ids(*w.worker_ids)),
        maybe_dates, numbers, numbers, maybe_texts),
     lambda w, data: w.svc.waakvlam.start_waakvlam(w.case_id, data)),
    ("add_contact", lambda w: st.tuples(maybe_dates, st.one_of(st.none(), pick(ContactOutcome)), maybe_texts),
     lambda w, v: w.svc.waakvlam.add_contact(w.waakvlam_id, *v)),
    ("log_contact", lambda w: st.tuples(maybe_dates, st.one_of(st.none(), pick(ContactOutcome)), maybe_texts),
     lambda w, v: w.svc.waakvlam.log_contact(*_open_contact(w), *v)),
    ("end_waakvlam", lambda w: maybe_dates,
     lambda w, day: w.svc.waakvlam.end_waakvlam(w.waakvlam_id, _waakvlam(w).version, day)),
    ("transfer", lambda w: st.tuples(ids(*w.worker_ids), texts),
     lambda w, v: w.svc.cases.transfer(w.case_id, _header(w, w.case_id).version, *v)),
    ("close", lambda w: st.tuples(pick(CloseReason), texts),
     lambda w, v: w.svc.cases.close(w.evaluated_case_id, _header(w, w.evaluated_case_id).version, *v)),
    ("reopen", lambda w: texts,
     lambda w, reason: w.svc.cases.reopen(w.closed_case_id, _header(w, w.closed_case_id).version, reason)),
    ("reassign", lambda w: st.tuples(ids(*w.worker_ids), texts),
     lambda w, v: w.boss.supervision.reassign([(w.case_id, _header(w, w.case_id).version)], *v)),
    ("caseload_weights", lambda w: st.lists(numbers, min_size=8, max_size=8),
     lambda w, v: w.boss.supervision.set_caseload_weights(CaseloadWeights(*v))),
    ("management_figures", lambda w: st.tuples(maybe_dates, maybe_dates, st.one_of(st.none(), ids(*w.team_ids))),
     lambda w, v: w.boss.figures.management_figures(*v)),
    ("create_provider", lambda w: st.builds(ProviderInput, texts, maybe_texts),
     lambda w, data: w.svc.providers.create_provider(data)),
    ("update_provider", lambda w: st.builds(ProviderInput, texts, maybe_texts),
     lambda w, data: w.svc.providers.update_provider(w.provider_id, w.svc.providers.provider(w.provider_id).version,
                                                     data)),
    ("add_product", lambda w: st.builds(ProductInput, texts, texts, ids(*w.segment_ids), maybe_texts, maybe_texts),
     lambda w, data: w.svc.providers.add_product(w.provider_id, data)),
    ("update_product", lambda w: st.builds(ProductInput, texts, texts, ids(*w.segment_ids), maybe_texts,
                                           maybe_texts),
     lambda w, data: w.svc.providers.update_product(w.product_id, _product(w).version, data)),
    ("import_providers_csv", lambda w: st.one_of(provider_csv(), texts),
     lambda w, text: w.svc.providers.import_providers_csv(text)),
    ("create_team", lambda w: st.tuples(texts, maybe_texts), lambda w, v: w.admin.admin.create_team(*v)),
    ("create_user", lambda w: st.tuples(texts, texts, pick(Role), st.lists(st.one_of(
        st.just("Wijkteam Noord"), texts), max_size=2)),
     lambda w, v: w.admin.admin.create_user(*v)),
    ("add_to_team", lambda w: st.tuples(st.one_of(st.just("sanne"), texts), st.one_of(st.just("Wijkteam Zuid"), texts)),
     lambda w, v: w.admin.admin.add_to_team(*v)),
    ("request_destruction", lambda w: st.tuples(st.one_of(st.none(), st.sampled_from(DestructionGround)), st.booleans(),
                                                st.one_of(st.none(), texts)),
     lambda w, v: w.admin.retention.request_destruction(DestructionInput(
         w.svc.members.case_header(w.closed_case_id).family_id, *v))),
    ("request_log_purge", lambda w: st.one_of(st.none(), texts), lambda w, v: w.admin.retention.request_log_purge(v)),
]


def _product(w: World):
    return next(p for p in w.svc.providers.provider(w.provider_id).products if p.id == w.product_id)


def _open_contact(w: World) -> tuple[int, int]:
    waakvlam = _waakvlam(w)
    contact = next((c for c in waakvlam.contacts if c.held_on is None), None) or waakvlam.contacts[0]
    return contact.id, contact.version


def call_and_check(w: World, call: Callable[[], object]) -> None:
    """The call succeeds and stores only clean text, or raises an AppError that renders (with field
    messages when it names fields) and left every table as it was."""
    before = row_counts(w.svc)
    try:
        call()
        assert not unclean_texts(w.svc), "a control character or a non-NFC text was stored"
    except ValidationError as refused:
        assert refused.fields and all(refused.field_messages().values())
        assert row_counts(w.svc) == before, f"a refusal wrote: {refused.fields}"
    except AppError as refused:
        assert refused.message()
        assert row_counts(w.svc) == before, f"a refusal wrote: {refused.msg.text}"


@pytest.mark.parametrize("op", OPS, ids=[name for name, _s, _c in OPS])
@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_every_input_succeeds_or_is_refused_with_a_message_and_no_write(world, op, data):
    _name, strategy, call = op
    value = data.draw(strategy(world))
    call_and_check(world, lambda: call(world, value))
