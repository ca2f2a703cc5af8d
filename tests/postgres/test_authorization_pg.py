"""The authorization table (tests/integration/authz_table.py) on the central database, as team A's own
logins: row security hides team B's rows and the app refuses - AccessDenied where the call names
another team's family or case (app/access.py ``missing``), NotFound where it names a row below them
(the database does not say whose it is) - with nothing written and nothing exported."""
from __future__ import annotations

import pytest

from app.clock import FixedClock
from app.errors import AccessDenied, NotFound
from tests.integration.authz_table import (
    CALLS, SCOPED, TODAY, Target, assert_only_refusals_logged, digest_reader, snapshot, version_reader,
)
from tests.integration.authz_world import build_team_b
from tests.integration.care_helpers import provider_with_product

LOGINS = {"worker": "worker_a", "supervisor": "supervisor_a"}
# Calls naming a row below a family or case (a person, goal, involvement...): hidden, so not found.
BELOW_A_CASE = {
    "members.update_member", "members.remove_member", "members.update_network_member",
    "members.remove_network_member", "plans.plan_version", "plans.compare_versions", "plans.update_plan_texts",
    "plans.new_version", "plans.agree_plan", "plans.add_goal", "plans.update_goal", "plans.remove_goal",
    "plans.move_goal", "plans.add_action", "plans.update_action", "plans.remove_action", "plans.set_action_done",
    "journal.update_entry", "involvements.involvement", "involvements.update_involvement",
    "involvements.end_involvement", "involvements.cancel_involvement",
    "extensions.extensions", "extensions.request_extension", "extensions.decide_extension",
    "involvements.record_report_back",
    "involvements.set_handover", "involvements.link_goals", "waakvlam.log_contact", "waakvlam.add_contact",
    "waakvlam.end_waakvlam", "privacy.person_file", "privacy.export_person_file", "consents.withdraw",
    "protection.update", "protection.extend", "transition.update", "meldcode.record_step", "meldcode.add_reader",
    "crisis.follow_up", "crisis.end",
}


@pytest.fixture(scope="module")
def superuser(central):
    """Reads every table for the snapshots, and writes what no service does (the director who moved)."""
    return central.services()


@pytest.fixture(scope="module")
def world(central, superuser):
    clock = FixedClock(TODAY)
    admin = central.services("admin", clock=clock)
    provider, product = provider_with_product(admin, name=f"Aanbieder {central.suffix}", agb=None)
    teams = {t.name: t.id for t in admin.workers.teams()}
    ids = {u.username: u.id for u in admin.admin.list_users()}
    users = {short: ids[central.users[login]] for short, login in (
        ("a", "worker_a"), ("chef_a", "supervisor_a"), ("b", "worker_b"), ("b2", "worker_b"))}
    owner = central.services("worker_b", clock=clock)
    return build_team_b(owner, teams[central.team("A")], teams[central.team("B")], users, provider, product,
                        superuser.engine)


@pytest.fixture(scope="module")
def logins(central):
    """Team A's worker and supervisor, each as their own login."""
    clock = FixedClock(TODAY)
    return {role: central.services(login, clock=clock) for role, login in LOGINS.items()}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_team_a_logins_are_refused_team_bs_objects_on_the_central_database(name, world, logins, superuser,
                                                                           tmp_path):
    call = CALLS[name]
    target = Target(world, version_reader(superuser.engine), tmp_path, digest_reader(superuser.engine))
    before = snapshot(superuser.engine)
    expected = NotFound if name in BELOW_A_CASE else AccessDenied
    with pytest.raises(expected):
        call.run(logins[call.role], target)
    assert_only_refusals_logged(before, snapshot(superuser.engine), logged=expected is AccessDenied)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", sorted(SCOPED))
def test_searches_and_lists_leave_team_bs_family_out_on_the_central_database(name, world, logins, tmp_path):
    """Claes is team B's, directed by worker_a (who "moved" to team A): row security leaves it out."""
    row = SCOPED[name]
    assert not row.shows(row.run(logins["worker"], Target(world, None, tmp_path)), world)
