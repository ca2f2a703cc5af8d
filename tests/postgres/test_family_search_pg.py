"""Family search on the central PostgreSQL as each worker's own login: row security keeps it to their
teams, the keys are filled by the same code, and a prefix is an index range (collation "C")."""
from __future__ import annotations

import random
from datetime import date

import pytest

from app.audit_detail import describe
from app.queries.family_duplicates import DuplicateReason
from app.services.families import IntakeInput, MemberInput
from app.services.search import SearchKind
from app.validation import is_valid_bsn
from models.enums import MemberRole


def valid_bsn(seed: str) -> str:
    rnd = random.Random(seed)
    while True:
        candidate = f"{rnd.randrange(10_000_000, 99_999_999)}"
        for last in "0123456789":
            if is_valid_bsn(candidate + last):
                return candidate + last


@pytest.fixture(scope="module")
def found(central):
    """Family "Öztürk<suffix>" in team A and "van den Berg<suffix>" in team B, each with a BSN."""
    tag = central.suffix
    bsn_a, bsn_b = valid_bsn(tag + "a"), valid_bsn(tag + "b")

    def take_in(short, family_name, prefix, surname, bsn):
        services = central.services(short)
        user = services.ctx.user
        services.families.intake(IntakeInput(
            family_name=family_name, team_id=next(iter(user.team_ids)), director_id=user.worker_id, members=[
                MemberInput(MemberRole.PARENT, "Ayşe", surname, date(1981, 4, 2), surname_prefix=prefix,
                            parental_authority=True),
                MemberInput(MemberRole.YOUNG_PERSON, "Zoë", surname, date(2016, 5, 17), surname_prefix=prefix,
                            bsn=bsn)]))

    take_in("worker_a", f"Öztürk{tag}", None, f"Öztürk{tag}", bsn_a)
    take_in("worker_b", f"Van den Berg{tag}", "van den", f"Berg{tag}", bsn_b)
    return {"tag": tag, "bsn_a": bsn_a, "bsn_b": bsn_b}


def names(result) -> list[str]:
    return [row.family_name for row in result.rows]


def test_a_worker_finds_their_teams_families_only(central, found):
    tag = found["tag"]
    search = central.services("worker_a").search.find_families
    assert names(search(f"ozturk{tag}")) == [f"Öztürk{tag}"]
    assert names(search(f"zoe ÖZTÜRK{tag[:3]}")) == [f"Öztürk{tag}"]
    assert names(search(found["bsn_a"])) == [f"Öztürk{tag}"]
    assert search(found["bsn_b"]).rows == ()  # team B: row security hides it
    assert search(f"berg{tag}").rows == ()
    hit = search(found["bsn_a"]).rows[0]
    assert hit.case_id is not None and [m.name for m in hit.members] == [f"Ayşe Öztürk{tag}", f"Zoë Öztürk{tag}"]


def test_the_other_team_and_the_administrator(central, found):
    tag = found["tag"]
    worker_b = central.services("worker_b").search.find_families
    assert names(worker_b(f"van den berg{tag}")) == [f"Van den Berg{tag}"]
    assert names(worker_b("17-05-2016")) == [f"Van den Berg{tag}"]
    admin = central.services("admin").search.find_families
    assert {f"Öztürk{tag}", f"Van den Berg{tag}"} <= set(names(admin("2016-05-17")))
    assert admin("123456789").kind is SearchKind.INVALID_BSN


def test_the_search_is_logged_without_its_text(central, found):
    services = central.services("worker_a")
    services.search.find_families(found["bsn_a"])
    with central.connect("worker_a") as conn:
        stored = conn.execute("SELECT detail_code, detail_args, detail FROM access_log WHERE event = 'search' "
                              "AND object_type = 'family' AND username = %s ORDER BY id DESC LIMIT 1",
                              (central.users["worker_a"],)).fetchone()
    assert stored == ("search", "bsn,1", None) and describe(*stored) == "Zoeken op BSN, 1 treffer(s)"


def test_a_name_prefix_is_an_index_range_on_the_server(central, found):
    with central.connect("worker_a") as conn:
        conn.execute("SET enable_seqscan = off")  # a tiny table: ask whether the index can serve it at all
        plans = {}
        for table, column in (("person", "search_name"), ("person", "search_first"), ("family", "search_name")):
            rows = conn.execute(f"EXPLAIN SELECT id FROM {table} WHERE {column} >= %s AND {column} < %s",
                                ("ozt", "ozu")).fetchall()
            plans[(table, column)] = " ".join(r[0] for r in rows)
    assert "ix_person_search_name" in plans[("person", "search_name")]
    assert "ix_person_search_first" in plans[("person", "search_first")]
    assert "ix_family_search_name" in plans[("family", "search_name")]


def test_the_duplicate_check_folds_names_as_the_search_does_within_the_teams(central, found):
    """Intake of "OZTURK" with Zoë's date of birth warns of the known "Öztürk" family - in its own team only."""
    tag = found["tag"]
    typed = [MemberInput(MemberRole.YOUNG_PERSON, f"Sem{tag}", f"OZTURK{tag}", date(2016, 5, 17))]

    mine = central.services("worker_a").families.find_duplicates(typed)
    theirs = central.services("worker_b").families.find_duplicates(typed)

    assert [(m.family_name, m.reasons) for m in mine] == [(f"Öztürk{tag}", (DuplicateReason.SURNAME_BIRTH,))]
    assert theirs == []  # row security and the service's team filter: team A's family is not shown
