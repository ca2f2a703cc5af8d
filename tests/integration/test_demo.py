"""Demo data: forty realistic families, valid and consistent, the same for the same seed."""
from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import func, select

from app.bootstrap import open_database
from app.clock import FixedClock
from app.demo import DEMO_WORKER, family_count, fill_demo
from app.validation import age_on, is_valid_bsn
from models import (
    Action, Case, Family, FamilyPlan, Goal, JournalEntry, LifeDomain, NetworkMember, Person, Team, Worker,
)
from models.enums import ActionOwner, Actor, CaseStatus, MemberRole, PlanStatus, Priority, Role
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """Services on a fresh database filled with the default demo (40 families)."""
    svc = open_database(tmp_path_factory.mktemp("demo") / "demo.db", clock=FixedClock(TODAY), encryption=None)
    summary = fill_demo(svc)
    yield svc, summary
    svc.close()


@pytest.fixture
def session(demo):
    svc, _ = demo
    with svc.ctx.uow() as uow:
        yield uow.session


def test_forty_families_each_with_parents_and_children(session):
    families = session.scalars(select(Family)).all()

    assert len(families) == 40
    for family in families:
        roles = [m.role for m in family.members]
        assert MemberRole.PARENT in roles and MemberRole.YOUNG_PERSON in roles, family.name


def test_children_are_of_all_ages_and_some_families_have_one_parent(session):
    ages = [age_on(born, TODAY) for born in session.scalars(
        select(Person.date_of_birth).where(Person.role == MemberRole.YOUNG_PERSON))]
    parents_per_family = session.execute(
        select(Person.family_id, func.count()).where(Person.role == MemberRole.PARENT).group_by(Person.family_id)
    ).all()

    assert min(ages) >= 0 and max(ages) <= 17
    assert len(set(ages)) >= 12
    assert any(a < 4 for a in ages) and any(a >= 12 for a in ages)
    assert {n for _, n in parents_per_family} == {1, 2}
    authority = set(session.scalars(select(Person.parental_authority).where(Person.role == MemberRole.PARENT)))
    assert authority == {True, False}


def test_names_keep_their_own_spelling(session):
    family_names = session.scalars(select(Family.name)).all()
    people = session.execute(select(Person.first_name, Person.surname_prefix, Person.surname)).all()

    assert "Öztürk" in family_names
    assert any(re.search("[ÖöüŞşİıĞğÇçễ]", name) for name in family_names)
    assert sum(not first.isascii() for first, _, _ in people) >= 5
    assert ("van der", "Berg") in {(prefix, surname) for _, prefix, surname in people}
    assert all(prefix is None or prefix == prefix.lower() for _, prefix, _ in people)


def test_every_stored_bsn_passes_the_eleven_check_and_is_unique(session):
    bsns = session.scalars(select(Person.bsn).where(Person.bsn.is_not(None))).all()

    assert len(bsns) > 40
    assert all(is_valid_bsn(b) for b in bsns)
    assert len(set(bsns)) == len(bsns)
    assert session.scalar(select(func.count()).where(Person.bsn.is_(None))) > 0  # BSN stays optional


def test_addresses_are_dutch_and_in_the_teams_municipalities(session):
    rows = session.execute(select(Family.street, Family.postcode, Family.city, Family.municipality_code)).all()

    for street, postcode, city, code in rows:
        assert re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", postcode)
        assert re.search(r"\d", street)
        assert (city == "Purmerend") == (code == "0439")
        assert code in ("0479", "0439")
    assert {"Zaandam", "Purmerend"} <= {city for _, _, city, _ in rows}


def test_the_app_opens_as_the_demo_worker_who_directs_most_cases(demo):
    svc, summary = demo
    local = svc.workers.local_worker()
    mine = svc.caseload.my_caseload()

    assert local is not None and local.name == DEMO_WORKER
    assert summary.local_worker == DEMO_WORKER
    with svc.ctx.uow() as uow:  # the services' own units of work are closed by now
        session = uow.session
        directors = session.scalars(select(Case.director_id)).all()
        assert directors.count(local.worker_id) == summary.directed_by_local_worker == 25
        team_names = set(session.scalars(select(Team.name)))
        assert {"Wijkteam Zaandam-Oost", "Wijkteam Purmerend-Centrum"} <= team_names
        assert Role.SUPERVISOR in set(session.scalars(select(Worker.role)))
        assert len(mine) == session.scalar(
            select(func.count()).where(Case.director_id == local.worker_id, Case.status != CaseStatus.CLOSED))


def test_every_open_case_has_an_active_director_of_its_team(session):
    for case in session.scalars(select(Case).where(Case.status != CaseStatus.CLOSED)):
        director = session.get(Worker, case.director_id)
        assert director is not None and director.active
        assert case.team_id in {t.id for t in director.teams}
        assert case.family.team_id == case.team_id


def test_cases_are_in_intake_active_and_closed_with_reasons(demo, session):
    _, summary = demo
    cases = session.scalars(select(Case)).all()
    statuses = {c.status for c in cases}

    assert {CaseStatus.INTAKE, CaseStatus.ACTIVE, CaseStatus.CLOSED} <= statuses
    assert summary.by_status == {s: sum(1 for c in cases if c.status is s) for s in statuses}
    for case in cases:
        assert case.opened_on <= TODAY
        assert (case.status is CaseStatus.CLOSED) == (case.close_reason is not None)
    high = [c for c in cases if c.priority is Priority.HIGH]
    assert 1 <= len(high) <= 3 and all(c.priority_reason is not None for c in high)
    assert any(c.reopen_count for c in cases)


def test_plans_speak_in_the_familys_words_and_are_versioned(session):
    plans = session.scalars(select(FamilyPlan)).all()
    statuses = {p.status for p in plans}

    assert statuses == {PlanStatus.DRAFT, PlanStatus.AGREED, PlanStatus.SUPERSEDED}
    assert any(re.match(r"(Wij|We|Ik) ", p.request_for_help) for p in plans)
    for plan in plans:
        assert plan.request_for_help and plan.concerns and plan.strengths and plan.desired_future
        if plan.status is PlanStatus.DRAFT:
            assert plan.agreed_on is None
        else:
            assert plan.agreed_on is not None and plan.agreed_on >= plan.plan_date
            assert re.match(r"(Moeder|Vader)", plan.agreed_with)
    assert any(re.search(r"\w+ \(1[2-7]\)", p.agreed_with or "") for p in plans)


def test_goals_cover_many_life_domains_and_all_five_actors(session):
    domains = set(session.scalars(select(LifeDomain.code).join(Goal, Goal.life_domain_id == LifeDomain.id)))
    goals = session.scalars(select(Goal)).all()

    assert len(domains) >= 5
    assert {g.actor for g in goals} == set(Actor)
    for goal in goals:
        assert goal.description and goal.success_criterion and goal.target_date
        assert 0 <= goal.score_start < goal.score_target <= 10
        assert goal.concerns_persons
        assert (goal.actor is Actor.NETWORK) == (goal.network_member_id is not None)


def test_versions_of_a_plan_follow_the_same_goals(session):
    superseded = session.scalars(select(FamilyPlan).where(FamilyPlan.status == PlanStatus.SUPERSEDED)).all()
    assert superseded
    for old in superseded:
        newer = session.scalars(select(FamilyPlan).where(
            FamilyPlan.case_id == old.case_id, FamilyPlan.version_no > old.version_no)).all()
        assert newer
        assert {g.lineage for g in old.goals} <= {g.lineage for g in newer[0].goals}


def test_actions_have_an_owner_of_their_kind_and_a_due_date(session):
    actions = session.scalars(select(Action)).all()

    assert {a.owner for a in actions} == set(ActionOwner)
    for action in actions:
        assert action.due_date is not None and action.what
        owner_field = {
            ActionOwner.MEMBER: action.owner_person_id, ActionOwner.NETWORK: action.owner_network_member_id,
            ActionOwner.WORKER: action.owner_worker_id, ActionOwner.PROVIDER: action.owner_text,
            ActionOwner.OTHER: action.owner_text,
        }[action.owner]
        assert owner_field is not None
        assert action.done == (action.done_on is not None)


def test_network_and_journal_are_filled_in_dutch(session):
    network = session.scalars(select(NetworkMember)).all()
    entries = session.scalars(select(JournalEntry)).all()

    assert {n.family_id for n in network} == set(session.scalars(select(Family.id)))
    assert any(n.relation.startswith("oma") for n in network)
    assert all(n.contribution for n in network)
    assert len(entries) >= 100
    assert len({e.kind for e in entries}) >= 5
    assert all(e.occurred_on <= TODAY for e in entries)
    assert any(e.text.startswith("Huisbezoek") for e in entries)


def test_the_privacy_side_is_filled_the_offer_consents_and_one_supervision_order(session):
    from models import Consent, ProtectionMeasure
    from models.enums import ConsentScope, DirectionMode, ProtectionKind

    open_cases = session.scalars(select(Case).where(Case.status != CaseStatus.CLOSED)).all()
    answers = {c.family_group_plan_answer for c in open_cases}
    assert {"accepted", "declined", "considering"} <= {a.value for a in answers if a is not None}
    consents = session.scalars(select(Consent)).all()
    assert consents and all(c.scope is ConsentScope.PROVIDER and c.party for c in consents)
    [order] = session.scalars(select(ProtectionMeasure)).all()
    assert order.kind is ProtectionKind.OTS
    directed = session.get(Case, order.case_id)
    assert (directed.direction_mode, directed.direction_organisation) == (DirectionMode.ELSEWHERE,
                                                                          order.institution)


def test_the_same_seed_gives_the_same_families(tmp_path):
    def names(path):
        svc = open_database(path, clock=FixedClock(TODAY))
        try:
            fill_demo(svc, 6, seed=7)
            with svc.ctx.uow() as uow:
                return uow.session.execute(
                    select(Person.first_name, Person.surname, Person.date_of_birth, Person.bsn).order_by(Person.id)
                ).all()
        finally:
            svc.close()

    assert names(tmp_path / "a.db") == names(tmp_path / "b.db")


def test_filling_again_adds_families_but_no_second_team_or_worker(db_path, clock):
    svc = open_database(db_path, clock=clock)
    try:
        fill_demo(svc, 5)
        with svc.ctx.uow() as uow:
            workers_before = uow.session.scalar(select(func.count(Worker.id)))
            first_names = set(uow.session.scalars(select(Family.name)))

        summary = fill_demo(svc, 5)

        assert summary.families == 5 and family_count(svc) == 10
        with svc.ctx.uow() as uow:
            s = uow.session
            assert s.scalar(select(func.count(Worker.id))) == workers_before
            assert s.scalar(select(func.count(Team.id))) == 2
            bsns = s.scalars(select(Person.bsn).where(Person.bsn.is_not(None))).all()
            assert len(bsns) == len(set(bsns))
            assert set(s.scalars(select(Family.name))) != first_names
        assert svc.workers.local_worker().name == DEMO_WORKER
    finally:
        svc.close()


def test_an_existing_local_worker_is_kept_and_directs_the_demo(services):
    fatma = services.workers.register_local_worker("Fatma Öztürk", "Wijkteam Noord")

    summary = fill_demo(services, 8)

    assert services.workers.local_worker().worker_id == fatma.worker_id
    assert summary.local_worker == "Fatma Öztürk" and summary.directed_by_local_worker == 5
    with services.ctx.uow() as uow:
        assert uow.session.scalar(select(func.count(Worker.id)).where(Worker.name == DEMO_WORKER)) <= 1


def test_dates_follow_the_clock(tmp_path):
    day = date(2031, 3, 15)
    svc = open_database(tmp_path / "later.db", clock=FixedClock(day))
    try:
        fill_demo(svc, 8)
        with svc.ctx.uow() as uow:
            s = uow.session
            opened = s.scalars(select(Case.opened_on)).all()
            assert max(opened) <= day and min(opened).year >= 2029
            for case in s.scalars(select(Case)):
                assert all(m.date_of_birth <= case.opened_on for m in case.family.members)
    finally:
        svc.close()


def test_active_cases_get_providers_evaluations_and_a_few_waakvlams(demo, session):
    from models import Evaluation, Involvement, Provider, Waakvlam, WaakvlamContact
    from models.enums import DirectionMode

    _, summary = demo
    involvements = session.scalars(select(Involvement)).all()
    assert summary.care.involvements == len(involvements) >= 8
    assert {DirectionMode.SOCIAL_TEAM, DirectionMode.SAMENREGIE, DirectionMode.ELSEWHERE} <= {
        i.direction for i in involvements}
    gp = [i for i in involvements if i.referrer_type == "02"]
    assert gp and all(i.monitored_by and i.extension_policy for i in gp)
    assert session.scalar(select(func.count(Provider.id))) == 4
    assert summary.care.evaluations == session.scalar(select(func.count(Evaluation.id))) >= 3
    waakvlams = session.scalars(select(Waakvlam)).all()
    assert summary.care.waakvlams == len(waakvlams) >= 2
    assert summary.by_status[CaseStatus.WAAKVLAM] == len(waakvlams)
    assert session.scalar(select(func.count(WaakvlamContact.id)).where(WaakvlamContact.held_on.is_not(None))) >= 1


def test_demo_teams_have_municipalities_and_staff_phone_and_email(session):
    """Issue 15: the demo shows the contact line and the municipality (teams, workers, families)."""
    teams = session.scalars(select(Team)).all()
    assert teams and all(t.municipalities and t.phone and t.email for t in teams)
    assert {m.code for t in teams for m in t.municipalities} <= {"0479", "0439", "0415"}
    workers = session.scalars(select(Worker).where(Worker.name != DEMO_WORKER)).all()
    assert workers and all(w.phone and w.email for w in workers)
    codes = set(session.scalars(select(Family.municipality_code)))
    assert None not in codes and codes <= {m.code for t in teams for m in t.municipalities}


def test_providers_have_account_holders_signals_and_one_plan_in_monitoring(demo):
    """Issue 18 item 3: the local worker holds the account of the provider with signals and a plan."""
    from models import ImprovementStep, Provider, ProviderSignal

    svc, _ = demo
    with svc.ctx.uow() as uow:
        s = uow.session
        assert all(p.account_holder_id for p in s.scalars(select(Provider)))
        signals = s.scalars(select(ProviderSignal)).all()
        steps = [x.kind.value for x in s.scalars(select(ImprovementStep).order_by(ImprovementStep.id))]
    assert len(signals) >= 2 and len({x.provider_id for x in signals}) == 1
    assert steps == ["plan", "monitoring"]
    page = svc.accounts.provider_account(signals[0].provider_id)
    assert page.account_holder == DEMO_WORKER and page.stage is not None
    assert sum(c.count for c in page.open_signals) == len(signals)
def test_one_open_meldcode_track_with_its_first_three_steps(session):
    from models import MeldcodeEntry, MeldcodeTrack

    [track] = session.scalars(select(MeldcodeTrack)).all()
    assert track.closed_on is None
    steps = session.scalars(select(MeldcodeEntry.step).where(MeldcodeEntry.track_id == track.id)
                            .order_by(MeldcodeEntry.id)).all()
    assert steps == [1, 2, 3]
    assert session.get(Case, track.case_id).status is not CaseStatus.CLOSED
