"""Family search: by BSN, date of birth (each format) and names (accents, prefixes, several words),
within the worker's teams, with a limit, logged without the search text."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.bootstrap import open_database
from app.services.families import IntakeInput, MemberInput
from app.services.search import SearchKind
from models import AccessLogEntry, Person
from models.enums import AuditEvent, CaseStatus, MemberRole, Role
from models.search_keys import name_key
from tests.integration.case_helpers import detail_text, intake_family


def take_in(services, family_name: str, *members: MemberInput, team_id: int | None = None) -> int:
    user = services.ctx.user
    return services.families.intake(IntakeInput(
        family_name=family_name, members=list(members), team_id=team_id or next(iter(user.team_ids)),
        director_id=user.worker_id)).family_id


def parent(first: str, surname: str, born: date = date(1985, 1, 1), prefix: str | None = None, bsn=None):
    return MemberInput(MemberRole.PARENT, first, surname, born, surname_prefix=prefix, bsn=bsn,
                       parental_authority=True)


def names(result) -> list[str]:
    return [row.family_name for row in result.rows]


@pytest.fixture
def families(services):
    """Öztürk (Ayşe, Zoë with BSN 123456782 born 01-03-2015, Daan), van den Berg, De Jong."""
    oz = intake_family(services)
    berg = take_in(services, "Van den Berg", parent("Jeroen", "Berg", prefix="van den"))
    jong = take_in(services, "De Jong", parent("Fatima", "Jong", date(1990, 7, 4), prefix="de"),
                   parent("Jan", "El Amrani", date(1989, 2, 3)))
    return {"oz": oz.family_id, "oz_case": oz.case_id, "berg": berg, "jong": jong}


def test_a_bsn_finds_exactly_its_family_with_members_and_open_case(services, families):
    result = services.search.find_families("123456782")
    assert result.kind is SearchKind.BSN and not result.more
    [hit] = result.rows
    assert hit.family_id == families["oz"] and hit.case_id == families["oz_case"]
    assert hit.case_status is CaseStatus.INTAKE and hit.director_name == "Sanne de Vries"
    assert hit.team_name == "Wijkteam Noord"
    assert [(m.name, m.date_of_birth) for m in hit.members] == [
        ("Ayşe Öztürk", date(1988, 6, 12)), ("Zoë Öztürk", date(2015, 3, 1)), ("Daan Öztürk", date(2018, 9, 30))]
    assert services.search.find_families("1234.56.782").rows == result.rows


def test_a_bsn_failing_the_eleven_check_is_refused_without_searching(services, families):
    result = services.search.find_families("123456789")
    assert result.kind is SearchKind.INVALID_BSN and result.rows == ()


@pytest.mark.parametrize("text", ["01-03-2015", "1-3-2015", "2015-03-01", "01.03.2015", "1-3-15", "1 3 2015"])
def test_a_date_of_birth_in_each_format(services, families, text):
    result = services.search.find_families(text)
    assert result.kind is SearchKind.DATE_OF_BIRTH
    assert names(result) == ["Familie Öztürk"]


def test_a_date_that_does_not_exist_says_so(services, families):
    assert services.search.find_families("31-02-2015").kind is SearchKind.INVALID_DATE


@pytest.mark.parametrize("text, expected", [
    ("ozturk", ["Familie Öztürk"]),          # accents and case ignored
    ("ÖZT", ["Familie Öztürk"]),             # a prefix of the surname
    ("zoe", ["Familie Öztürk"]),             # a child's first name
    ("fam", ["Familie Öztürk"]),             # the family's own name
    ("berg", ["Van den Berg"]),              # the surname without its prefix
    ("van den berg", ["Van den Berg"]),      # ... and with it
    ("jong", ["De Jong"]),
    ("daan ozt", ["Familie Öztürk"]),        # several words: each must match
    ("daan berg", []),
    ("el amrani", ["De Jong"]),              # a surname of two words
    ("j", ["Van den Berg", "De Jong"]),      # Jeroen; Jong, Jan: ordered by name key (berg, jong)
    ("xyz", []),
])
def test_names_match_word_prefixes_ignoring_accents_and_surname_prefixes(services, families, text, expected):
    result = services.search.find_families(text)
    assert result.kind is SearchKind.NAME
    assert names(result) == expected


def test_the_keys_follow_changes_to_names(services, families):
    detail = services.members.family_detail(families["berg"])
    member = detail.members[0]
    with services.ctx.uow() as uow:
        person = uow.session.get(Person, member.id)
        person.surname, person.surname_prefix = "Bakker", None
        uow.commit()
    assert names(services.search.find_families("bakker")) == ["Van den Berg"]
    assert name_key("van den", "Berg") == "berg van den"


def test_only_the_workers_own_teams_and_an_administrator_everywhere(services, db_path, families):
    admin = open_database(db_path, encryption=None)
    zuid_team = admin.admin.create_team("Wijkteam Zuid")
    zuid = admin.admin.create_user("zuid", "Zuid", Role.WORKER, ["Wijkteam Zuid"])
    boss = admin.admin.create_user("baas", "Baas", Role.ADMIN, [])
    admin.close()
    sanne = services.ctx.user
    services.workers.sign_in(zuid.id)
    take_in(services, "Familie Özdemir", parent("Ali", "Özdemir"), team_id=zuid_team.id)
    assert names(services.search.find_families("oz")) == ["Familie Özdemir"]
    assert services.search.find_families("123456782").rows == ()
    services.workers.sign_in(sanne.worker_id)
    assert names(services.search.find_families("oz")) == ["Familie Öztürk"]
    services.workers.sign_in(boss.id)
    assert names(services.search.find_families("oz")) == ["Familie Özdemir", "Familie Öztürk"]


def test_the_limit_says_there_are_more(services, families):
    for n in range(4):
        take_in(services, f"Bakker {n}", parent("Piet", "Bakker"))
    result = services.search.find_families("bakker", limit=3)
    assert len(result.rows) == 3 and result.more
    assert names(result) == ["Bakker 0", "Bakker 1", "Bakker 2"]
    assert not services.search.find_families("bakker", limit=4).more


def test_the_access_log_has_the_search_and_its_hits_but_never_the_text(services, families):
    services.search.find_families("123456782")
    services.search.find_families("ozturk")
    with services.ctx.uow() as uow:
        entries = list(uow.session.scalars(
            select(AccessLogEntry).where(AccessLogEntry.event == AuditEvent.SEARCH).order_by(AccessLogEntry.id)))
    details = [detail_text(e) for e in entries[-2:]]
    assert details == ["Zoeken op BSN, 1 treffer(s)", "Zoeken op naam, 1 treffer(s)"]
    stored = " ".join(f"{e.detail_code} {e.detail_args} {e.detail} {e.object_type}" for e in entries)
    assert "123456782" not in stored and "ozturk" not in stored
    assert entries[-1].username == services.ctx.user.username


def test_each_family_shown_in_the_hits_is_logged_as_read(services, families):
    services.search.find_families("j")  # van den Berg (Jeroen) and De Jong
    with services.ctx.uow() as uow:
        reads = set(uow.session.execute(
            select(AccessLogEntry.family_id, AccessLogEntry.detail_code)
            .where(AccessLogEntry.event == AuditEvent.READ)))
    assert {(families["berg"], "search_hit"), (families["jong"], "search_hit")} <= reads
    assert (families["oz"], "search_hit") not in reads


def test_the_migration_fills_the_keys_of_existing_families_and_members(tmp_path):
    from alembic import command
    from alembic.script import ScriptDirectory

    from app.storage import schema
    from app.storage.db import make_engine, resolve_target

    engine = make_engine(resolve_target(tmp_path / "old.db"))
    before = ScriptDirectory.from_config(schema.alembic_config()).get_revision("0006").down_revision
    schema.migrate(engine, before)
    with engine.begin() as conn:
        run, now = conn.exec_driver_sql, "2026-01-01 10:00:00.000000"
        run("INSERT INTO team (id, name, version, created_at, updated_at) VALUES (1, 'Team', 1, ?, ?)", (now, now))
        run("INSERT INTO family (id, name, team_id, version, created_at, updated_at) "
            "VALUES (1, 'Familie Öztürk', 1, 1, ?, ?)", (now, now))
        run("INSERT INTO person (id, family_id, role, first_name, surname_prefix, surname, date_of_birth, "
            "parental_authority, version, created_at, updated_at) VALUES "
            "(1, 1, 'young_person', 'Zoë', 'van der', 'Öztürk', '2015-03-01', 0, 1, ?, ?)", (now, now))
    schema.upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT search_name FROM family").scalar() == "familie ozturk"
        assert conn.exec_driver_sql("SELECT search_name, search_first FROM person").one() == (
            "ozturk van der", "zoe")
    with engine.connect() as conn:  # and back down
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        cfg = schema.alembic_config()
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.downgrade(cfg, before)
        assert conn.exec_driver_sql("SELECT first_name FROM person").scalar() == "Zoë"
        columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(person)")}
    engine.dispose()
    assert "search_name" not in columns and "surname" in columns


@pytest.mark.parametrize("typed", ["yilmaz", "Yılmaz", "aydin", "mikolaj"])
def test_letters_unicode_does_not_decompose_are_found_without_their_mark(services, typed):
    take_in(services, "Yılmaz", parent("Gülşen", "Yılmaz"), parent("Mikołaj", "Aydın"))
    assert names(services.search.find_families(typed)) == ["Yılmaz"]
