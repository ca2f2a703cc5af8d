"""One authorization rule on the embedded database: every service method that touches a family's data
refuses another team's object - AccessDenied, nothing written but the refusal in the access log,
nothing exported - and the same call succeeds for the object's own team; searches and lists of the
user's own cases leave other teams' families out. The table is tests/integration/authz_table.py; team
B's objects are built in tests/integration/authz_world.py. The same table runs on PostgreSQL in
tests/postgres/test_authorization_pg.py.
"""
from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from sqlalchemy import insert

from app.bootstrap import open_database
from app.clock import FixedClock
from app.errors import AccessDenied
from models import WorkerTeam
from tests.integration.authz_table import (
    CALLS, EXEMPT, SCOPED, TODAY, Target, assert_only_refusals_logged, service_methods, snapshot, version_reader,
    digest_reader,
)
from tests.integration.authz_world import build_world

OTHER_TEAM = {"worker": "a", "supervisor": "chef_a"}
OWN_TEAM = {"worker": "b", "supervisor": "chef_b"}


def test_every_service_method_has_a_row():
    methods = service_methods()
    rows = [set(CALLS), set(SCOPED), set(EXEMPT)]
    listed = set().union(*rows)
    assert sum(map(len, rows)) == len(listed), "a method is in more than one part of the table"
    assert sorted(methods - listed) == [], "give each new service method a row in tests/integration/authz_table.py"
    assert sorted(listed - methods) == [], "the table names methods that no longer exist"
    assert len(methods) > 90


@pytest.fixture(scope="module")
def world_file(tmp_path_factory, migrated_template):
    """Team B's objects, built once; every test gets a copy of the file."""
    path = tmp_path_factory.mktemp("authz") / "world.db"
    shutil.copyfile(migrated_template, path)
    svc = open_database(path, clock=FixedClock(TODAY), encryption=None, daily_backup=False)
    try:
        world = build_world(svc)
    finally:
        svc.close()
    return path, world


@pytest.fixture
def opened(world_file, tmp_path):
    source, world = world_file
    path = tmp_path / "copy.db"
    shutil.copyfile(source, path)
    svc = open_database(path, clock=FixedClock(TODAY), encryption=None, daily_backup=False, defer_checks=True)
    out = tmp_path / "exports"
    out.mkdir()
    yield svc, Target(world, version_reader(svc.engine), out, digest_reader(svc.engine))
    svc.close()


@pytest.mark.parametrize("stale", [False, True], ids=["current", "stale"])
@pytest.mark.parametrize("name", sorted(CALLS))
def test_another_teams_object_is_refused_with_nothing_written_or_exported(name, stale, opened):
    """Also with a wrong version: a conflict would show the other team's row as it is now."""
    svc, target = opened
    if stale:
        target = replace(target, version=lambda model, row_id: 1_000)
    call = CALLS[name]
    svc.workers.sign_in(target.w.users[OTHER_TEAM[call.role]])
    before = snapshot(svc.engine)
    with pytest.raises(AccessDenied):
        call.run(svc, target)
    assert_only_refusals_logged(before, snapshot(svc.engine))
    assert list(target.out.iterdir()) == []


@pytest.mark.parametrize("name", sorted(CALLS))
def test_the_same_call_succeeds_for_the_objects_own_team(name, opened):
    svc, target = opened
    call = CALLS[name]
    svc.workers.sign_in(target.w.users[OWN_TEAM[call.role]])
    call.run(svc, target)


@pytest.mark.parametrize("name", sorted(SCOPED))
def test_a_search_or_list_leaves_out_what_another_team_holds(name, opened):
    """Claes is team B's; ``a`` directs it but has moved to team A: a list of ``a``'s own cases leaves it out
    as row security does on PostgreSQL - until ``a`` is a member of team B again."""
    svc, target = opened
    row, w = SCOPED[name], target.w
    svc.workers.sign_in(w.users["a"])
    before = snapshot(svc.engine)["access_log"]
    assert not row.shows(row.run(svc, target), w)
    logged = snapshot(svc.engine)["access_log"][len(before):]
    assert w.moved_family not in {entry["family_id"] for entry in logged}
    with svc.engine.begin() as conn:
        conn.execute(insert(WorkerTeam).values(worker_id=w.users["a"], team_id=w.team_b))
    svc.workers.sign_in(w.users["a"])
    assert row.shows(row.run(svc, target), w)
