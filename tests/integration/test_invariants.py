"""Invariants over several rows hold when two workers on one database file act at the same moment: every
SQLite transaction takes the write lock first (BEGIN IMMEDIATE), so the second call's check sees the
first call's write. Exactly one call wins; the other gets the clear message; the invariant holds.
A plain SQL client is held by the database itself: a trigger keeps every family's last member."""
from __future__ import annotations

import sqlite3

import pytest

from app.errors import BusinessRuleViolation
from tests.integration.case_helpers import colleague_services, intake_family
from tests.integration.race import race

TRIES = 5


@pytest.fixture
def colleague(db_path, clock):
    with colleague_services(db_path, clock) as svc:
        yield svc


def one_won(outcomes: list[object], message: str) -> None:
    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(refused) == 1, outcomes
    assert isinstance(refused[0], BusinessRuleViolation) and refused[0].message() == message, refused[0]


def test_two_removals_of_a_family_s_last_two_members_leave_one(services, colleague):
    for attempt in range(TRIES):
        family = intake_family(services, f"Laatste{attempt}")
        first, second, third = services.members.family_detail(family.family_id).members
        services.members.remove_member(third.id, third.version)

        outcomes = race(lambda: services.members.remove_member(first.id, first.version),
                        lambda: colleague.members.remove_member(second.id, second.version))

        one_won(outcomes, "Een gezin heeft minstens één gezinslid.")
        assert len(services.members.family_detail(family.family_id).members) == 1


def test_two_workers_starting_a_case_s_plan_at_once_make_one_plan(services, colleague):
    for attempt in range(TRIES):
        family = intake_family(services, f"Startplan{attempt}")

        outcomes = race(lambda: services.plans.start_plan(family.case_id),
                        lambda: colleague.plans.start_plan(family.case_id))

        one_won(outcomes, "Deze casus heeft al een plan.")
        assert len(services.plans.plan_versions(family.case_id)) == 1


def test_a_sql_client_cannot_remove_or_move_a_family_s_last_member(services, db_path):
    family = intake_family(services)
    other = intake_family(services, "Jansen")
    first, second, last = (m.id for m in services.members.family_detail(family.family_id).members)
    with sqlite3.connect(db_path) as con:
        assert con.execute("DELETE FROM person WHERE id IN (?, ?)", (first, second)).rowcount == 2
        with pytest.raises(sqlite3.IntegrityError, match="a family needs at least one member"):
            con.execute("DELETE FROM person WHERE id = ?", (last,))
        with pytest.raises(sqlite3.IntegrityError, match="a family needs at least one member"):
            con.execute("UPDATE person SET family_id = ? WHERE id = ?", (other.family_id, last))

    assert [m.id for m in services.members.family_detail(family.family_id).members] == [last]


def test_a_family_removed_as_a_whole_takes_its_members_along(services, db_path):
    family = intake_family(services)
    with sqlite3.connect(db_path) as con:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("DELETE FROM family WHERE id = ?", (family.family_id,))

        assert con.execute("SELECT count(*) FROM person WHERE family_id = ?", (family.family_id,)).fetchone() == (0,)
