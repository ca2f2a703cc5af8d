"""Invariants over several rows hold under concurrency on the central database: two logins of one team
race (10 tries each); exactly one call wins, the other gets the clear message, the invariant holds. Two
plain SQL clients are held by the database: its trigger locks the family row before it counts."""
from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest

from app.errors import BusinessRuleViolation
from app.services.families import open_case
from app.services.waakvlam import WaakvlamInput
from models.enums import CaseStatus, CloseReason, PlanStatus, WaakvlamHolder
from tests.integration.care_helpers import involvement_input, provider_with_product
from tests.integration.race import race
from tests.postgres.helpers import intake

TRIES = 10


def one_won(outcomes: list[object], message: str) -> None:
    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(refused) == 1, outcomes
    assert isinstance(refused[0], BusinessRuleViolation) and refused[0].message() == message, refused[0]


@pytest.mark.parametrize("attempt", range(TRIES))
def test_two_removals_of_a_family_s_last_two_members_leave_one(worker, colleague, attempt):
    family = intake(worker, f"Laatste{attempt}")
    first, second = worker.members.family_detail(family.family_id).members

    outcomes = race(lambda: worker.members.remove_member(first.id, first.version),
                    lambda: colleague.members.remove_member(second.id, second.version))

    one_won(outcomes, "Een gezin heeft minstens één gezinslid.")
    assert len(worker.members.family_detail(family.family_id).members) == 1


@pytest.mark.parametrize("attempt", range(TRIES))
def test_two_workers_starting_a_case_s_plan_at_once_make_one_plan(worker, colleague, attempt):
    family = intake(worker, f"Startplan{attempt}")

    outcomes = race(lambda: worker.plans.start_plan(family.case_id),
                    lambda: colleague.plans.start_plan(family.case_id))

    one_won(outcomes, "Deze casus heeft al een plan.")
    assert len(worker.plans.plan_versions(family.case_id)) == 1


@pytest.mark.parametrize("attempt", range(TRIES))
def test_two_workers_making_a_new_version_at_once_make_one_draft(worker, colleague, attempt):
    """Held since before: new_version locks the agreed version's row, the one both start from."""
    family = intake(worker, f"Nieuwe{attempt}")
    draft = worker.plans.start_plan(family.case_id)
    agreed = worker.plans.agree_plan(draft.id, draft.version, draft.plan_date, "Ayşe",
                                     content_digest=draft.content_digest)

    outcomes = race(lambda: worker.plans.new_version(agreed.id), lambda: colleague.plans.new_version(agreed.id))

    one_won(outcomes, "Er is al een nieuwe versie van dit plan in concept.")
    assert [v.status for v in worker.plans.plan_versions(family.case_id)] == [PlanStatus.DRAFT, PlanStatus.AGREED]

@pytest.mark.parametrize("attempt", range(TRIES))
def test_two_workers_reopening_two_closed_cases_of_one_family_open_one(worker, colleague, attempt):
    family = intake(worker, f"Heropen{attempt}")
    first = worker.cases.close(family.case_id, 1, CloseReason.GOALS_REACHED)
    user = worker.ctx.user
    with worker.ctx.uow() as uow:  # an earlier case of the family, closed too
        earlier = open_case(uow.session, worker.ctx, family.family_id, next(iter(user.team_ids)), user.worker_id,
                            worker.ctx.clock.today())
        earlier_id, earlier_version = earlier.id, earlier.version
        uow.commit()
    second = worker.cases.close(earlier_id, earlier_version, CloseReason.GOALS_REACHED)

    outcomes = race(lambda: worker.cases.reopen(first.case_id, first.version, "Terugval"),
                    lambda: colleague.cases.reopen(second.case_id, second.version, "Terugval"))

    one_won(outcomes, "Dit gezin heeft al een open casus. Eén gezin, één plan, één regisseur.")
    statuses = [worker.members.case_header(c).status for c in (first.case_id, second.case_id)]
    assert statuses.count(CaseStatus.CLOSED) == 1


@pytest.fixture(scope="module")
def provider(central):
    admin = central.services("admin")
    return provider_with_product(admin, f"Jeugdhulp {central.suffix}", agb=None)


@pytest.mark.parametrize("attempt", range(TRIES))
def test_help_added_while_a_colleague_starts_the_waakvlam_is_never_both(worker, colleague, provider, attempt):
    """A waakvlam follows help: it starts only when no help is running, and no help is added during it."""
    family = intake(worker, f"Waakvlam{attempt}")
    today = worker.ctx.clock.today()
    help_ = involvement_input(*provider, referral_date=today, start_date=today, planned_end=None)
    coach = WaakvlamInput(WaakvlamHolder.SCHOOL_COACH, "Petra Bos")

    outcomes = race(lambda: worker.involvements.add_involvement(family.case_id, help_),
                    lambda: colleague.waakvlam.start_waakvlam(family.case_id, coach))

    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(refused) == 1 and isinstance(refused[0], BusinessRuleViolation), outcomes
    assert refused[0].message() in {"Deze casus staat op waakvlam; heropen hem voordat je hulp toevoegt.",
                                    f"Er loopt nog hulp ({provider[0].name}). Beëindig die eerst en start dan de "
                                    "waakvlam."}
    running = [i for i in worker.involvements.involvements(family.case_id) if i.actual_end is None]
    in_waakvlam = worker.members.case_header(family.case_id).status is CaseStatus.WAAKVLAM
    assert len(running) + in_waakvlam == 1


@pytest.mark.parametrize("attempt", range(TRIES))
def test_two_sql_clients_removing_a_family_s_last_two_members_leave_one(central, worker, attempt):
    family = intake(worker, f"Psql{attempt}")
    first, second = (m.id for m in worker.members.family_detail(family.family_id).members)

    with central.connect("worker_a") as mine, central.connect("worker_a2") as theirs:
        outcomes = race(lambda: mine.execute("DELETE FROM person WHERE id = %s", (first,)).rowcount,
                        lambda: theirs.execute("DELETE FROM person WHERE id = %s", (second,)).rowcount)

    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert outcomes.count(1) == 1 and len(refused) == 1, outcomes
    assert isinstance(refused[0], psycopg.errors.CheckViolation)
    assert "a family needs at least one member" in str(refused[0])
    assert len(worker.members.family_detail(family.family_id).members) == 1


def test_a_sql_client_cannot_move_a_family_s_last_member_away(central, worker):
    family, other = intake(worker, "Verhuis"), intake(worker, "Anders")
    first, second = (m.id for m in worker.members.family_detail(family.family_id).members)
    with central.connect("worker_a2") as psql:
        psql.execute("DELETE FROM person WHERE id = %s", (first,))
        with pytest.raises(psycopg.errors.CheckViolation):
            psql.execute("UPDATE person SET family_id = %s WHERE id = %s", (other.family_id, second))
    assert [m.id for m in worker.members.family_detail(family.family_id).members] == [second]


def test_a_sql_client_cannot_end_planned_help_as_delivered(central, worker, provider):
    """Help ended before its start was cancelled: an insider cannot record it as "ended as planned" (19)."""
    family = intake(worker, "Gepland")
    today = worker.ctx.clock.today()
    planned = worker.involvements.add_involvement(family.case_id, involvement_input(
        *provider, referral_date=today, start_date=today + timedelta(days=10), planned_end=None))
    with central.connect("worker_a2") as psql:
        with pytest.raises(psycopg.errors.CheckViolation):
            psql.execute("UPDATE involvement SET actual_end = %s, end_reason = '19' WHERE id = %s", (today, planned.id))
    cancelled = worker.involvements.cancel_involvement(planned.id, planned.version, "21")
    assert (cancelled.actual_end, cancelled.end_reason, cancelled.start_date) == (
        today, "21", today + timedelta(days=10))
