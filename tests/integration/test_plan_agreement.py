"""Agreeing names exactly what was seen: a plan changed below its version (goals, their persons, actions),
by a colleague or by plain SQL, is not agreed; the worker gets the plan as it is now to look at again."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app.services.families import MemberInput
from models.enums import PlanStatus
from tests.integration.case_helpers import colleague_services, intake_family
from tests.integration.plan_changes import (
    COLLEAGUE_CHANGES, PLAIN_SQL_CHANGES, agree_as_seen, assert_not_agreed, seen_plan,
)


@pytest.fixture
def seen(services):
    return seen_plan(services, intake_family(services))


def test_the_plan_as_seen_is_agreed(services, seen, db_path, clock):
    with colleague_services(db_path, clock) as other:
        other.plans.current_plan(seen.case_id)  # reading changes nothing

    agreed = agree_as_seen(services, seen)

    assert (agreed.status, agreed.agreed_with, agreed.content_digest) == (
        PlanStatus.AGREED, "Ayşe en Zoë", seen.content_digest)
    assert agreed.goals == seen.goals


@pytest.mark.parametrize("change", COLLEAGUE_CHANGES, ids=lambda c: c.__name__)
def test_a_plan_a_colleague_changed_after_it_was_seen_is_not_agreed(services, seen, db_path, clock, change):
    with colleague_services(db_path, clock) as other:
        change(other, seen)

    conflict = assert_not_agreed(services, seen)

    assert agree_as_seen(services, conflict.current).status is PlanStatus.AGREED  # once looked at again


@pytest.mark.parametrize("sql", PLAIN_SQL_CHANGES.values(), ids=PLAIN_SQL_CHANGES.keys())
def test_a_plan_changed_with_plain_sql_after_it_was_seen_is_not_agreed(services, seen, db_path, sql):
    with sqlite3.connect(db_path) as con:
        con.execute(sql.replace(":plan", "?"), (seen.id,))

    assert_not_agreed(services, seen)


def test_the_digest_names_content_not_the_day_or_the_names_shown(services, seen, clock):
    zoe = seen.goals[0].persons[0]
    member = next(m for m in services.members.family_detail(seen.family_id).members if m.id == zoe.id)
    services.members.update_member(member.id, member.version, MemberInput(
        member.role, "Zoey", member.surname, member.date_of_birth, bsn=member.bsn))
    clock.day = date(2027, 6, 1)  # goals now overdue: other flags, same content

    later = services.plans.current_plan(seen.case_id)

    assert later.goals[0].flags != seen.goals[0].flags and later.goals[0].persons[0].name != zoe.name
    assert later.content_digest == seen.content_digest
