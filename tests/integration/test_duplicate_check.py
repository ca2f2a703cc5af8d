"""The intake's duplicate check: the folded names of the family search, three kinds of match, own teams only."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.dialects import sqlite

from app.queries.family_duplicates import DuplicateReason, MemberKeys, candidates
from app.services.families import IntakeInput, MemberInput
from models.enums import MemberRole

BSN = DuplicateReason.BSN
SURNAME = DuplicateReason.SURNAME_BIRTH
FIRST = DuplicateReason.FIRST_NAME_BIRTH
CHILD_BORN = date(2015, 3, 1)


def take_in(services, surname: str, first_name: str = "Zoë", prefix: str | None = None, bsn: str | None = None,
            born: date = CHILD_BORN, team_id: int | None = None) -> int:
    """A known family: a parent and one child of ``surname``."""
    user = services.ctx.user
    return services.families.intake(IntakeInput(
        family_name=f"{prefix or ''} {surname}".strip(),
        members=[MemberInput(MemberRole.PARENT, "Ayşe", surname, date(1988, 6, 12), surname_prefix=prefix),
                 MemberInput(MemberRole.YOUNG_PERSON, first_name, surname, born, surname_prefix=prefix, bsn=bsn)],
        team_id=team_id or next(iter(user.team_ids)), director_id=user.worker_id,
    )).family_id


def child(first_name: str, surname: str, born: date = CHILD_BORN, prefix: str | None = None,
          bsn: str | None = None) -> MemberInput:
    return MemberInput(MemberRole.YOUNG_PERSON, first_name, surname, born, surname_prefix=prefix, bsn=bsn)


def matches(services, *members: MemberInput) -> list[tuple[int, tuple[DuplicateReason, ...]]]:
    return [(m.family_id, m.reasons) for m in services.families.find_duplicates(list(members))]


@pytest.mark.parametrize("known, typed", [
    ("Öztürk", "Ozturk"),
    ("Ødegård", "Odegard"),
    ("Yılmaz", "Yilmaz"),
    ("Müller-Lüdenscheidt", "muller ludenscheidt"),
    ("Ozturk", "ÖZTÜRK"),  # the other way round: the known family typed plainly, the new one with accents
])
def test_a_surname_typed_without_accents_matches_with_the_date_of_birth(services, known, typed):
    family = take_in(services, known, first_name="Noor")

    assert matches(services, child("Sem", typed)) == [(family, (SURNAME,))]
    assert matches(services, child("Sem", typed, born=date(2015, 3, 2))) == []  # another day: another child


def test_a_surname_prefix_typed_in_the_surname_or_apart_is_the_same_surname(services):
    family = take_in(services, "Berg", first_name="Julia", prefix="van den")

    assert matches(services, child("Finn", "van den Berg")) == [(family, (SURNAME,))]
    assert matches(services, child("Finn", "Berg", prefix="Van Den")) == [(family, (SURNAME,))]
    assert matches(services, child("Finn", "Bergen", prefix="van den")) == []


@pytest.mark.parametrize("known, typed", [("Zoë", "Zoe"), ("Ayşe-Nur", "ayse nur"), ("Chloé", "CHLOE")])
def test_a_first_name_with_the_date_of_birth_matches_whatever_the_surname(services, known, typed):
    family = take_in(services, "Öztürk", first_name=known)

    assert matches(services, child(typed, "Demir")) == [(family, (FIRST,))]
    assert matches(services, child(typed, "Demir", born=date(2016, 3, 1))) == []


def test_a_bsn_matches_whatever_the_names_also_written_with_spaces_or_dots(services):
    family = take_in(services, "Öztürk", bsn="123456782")

    assert matches(services, child("Sem", "Jansen", born=date(2001, 1, 1), bsn="1234 56 782")) == [(family, (BSN,))]
    assert matches(services, child("Sem", "Jansen", born=date(2001, 1, 1), bsn="1234.56.782")) == [(family, (BSN,))]
    assert matches(services, child("Sem", "Jansen", born=date(2001, 1, 1), bsn="111222333")) == []


def test_every_reason_is_named_and_the_strongest_match_comes_first(services):
    by_name = take_in(services, "Öztürk", first_name="Zoë")
    by_bsn = take_in(services, "Jansen", first_name="Sem", bsn="123456782", born=date(2012, 5, 5))

    found = services.families.find_duplicates([child("Zoe", "Ozturk", bsn="123456782")])

    assert [(m.family_id, m.reasons, m.matched_names) for m in found] == [
        (by_bsn, (BSN,), ("Sem Jansen",)), (by_name, (SURNAME, FIRST), ("Zoë Öztürk",))]
    assert found[1].member_names == ["Ayşe Öztürk", "Zoë Öztürk"]


def test_names_and_dates_of_different_members_are_not_mixed(services):
    """The surname of one typed member with the date of birth of another is no match."""
    take_in(services, "Öztürk", first_name="Zoë")

    assert matches(services, child("Sem", "Ozturk", born=date(2016, 1, 1)), child("Noor", "Demir")) == []


def test_the_check_shows_no_family_of_another_team(services):
    mine = take_in(services, "Öztürk")
    sanne = services.ctx.user.worker_id
    services.workers.register_local_worker("Mohamed El Amrani", "Wijkteam Zuid")  # signs in, in his own team
    theirs = take_in(services, "Ødegård")
    assert matches(services, child("Zoe", "Odegard")) == [(theirs, (SURNAME, FIRST))]
    assert matches(services, child("Zoe", "Ozturk")) == [(theirs, (FIRST,))]  # not Sanne's Öztürk family

    services.workers.sign_in(sanne)

    assert matches(services, child("Zoe", "Odegard")) == [(mine, (FIRST,))]
    assert matches(services, child("Zoe", "Ozturk")) == [(mine, (SURNAME, FIRST))]


def test_the_check_is_an_index_look_up_not_a_scan_of_everyone(services):
    """Names are compared among the people born that day (ix_person_date_of_birth), a BSN on its index."""
    keys = [MemberKeys.of("Zoë", None, "Öztürk", CHILD_BORN, "123456782"),
            MemberKeys.of("Ayşe", None, "Öztürk", None, None)]
    sql = str(candidates(keys, frozenset({1, 2})).compile(dialect=sqlite.dialect(),
                                                           compile_kwargs={"literal_binds": True}))
    with services.engine.connect() as conn:
        plan = [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]

    assert not any(step.startswith("SCAN") for step in plan), plan
    assert any("ix_person_date_of_birth" in step for step in plan) and any("ix_person_bsn" in step for step in plan)
    assert candidates([MemberKeys.of("Ayşe", None, "Öztürk", None, None)], None) is None  # nothing to compare
