"""Retention and destruction (Jeugdwet 7.3.8 / 7.3.9; NEN 7513) on the embedded database: the review
list, the two-person procedure, what destruction removes (every column of every table searched) and
what it leaves, the refusals at the field, and the access log's five years at the boundary."""
from __future__ import annotations

import warnings
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, select, text

from app.bootstrap import open_database
from app.errors import AccessDenied, BusinessRuleViolation, ValidationError
from app.family_graph import NOT_THE_FILE, file_tables, of_family, time_columns, unreachable_family_tables
from app.queries.figures import years_after
from app.queries.retention import log_cutoff
from app.services.retention import DestructionInput
from models import AccessLogEntry, CaseEvent, DestructionRequest, Family
from models.enums import (
    AuditEvent, AuditOutcome, CloseReason, DestructionGround, DestructionKind, DestructionStatus, Role,
)
from tests.integration.case_helpers import intake_family, log_entries
from tests.integration.destruction_data import (
    KNOWN_TABLES, NEEDLES, OTHER_TEXTS, file_row_counts, filled_families, needles_found,
)


def _admin(db_path, clock, name: str):
    svc = open_database(db_path, clock=clock, encryption=None)
    svc.workers.register_local_worker(name, "Beheer", Role.ADMIN)
    return svc


@pytest.fixture
def admins(db_path, clock):
    first, second = _admin(db_path, clock, "Ellen Schouten"), _admin(db_path, clock, "Karel Beheerder")
    yield first, second
    first.close()
    second.close()


@pytest.fixture
def families(services):
    return filled_families(services)


def every_row(services) -> dict[str, list[tuple]]:
    """Every row of every table in the file (sqlite_master), every column."""
    with services.engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))]
        return {t: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"'))] for t in tables}


def counts(services, family_id):
    with services.ctx.uow() as uow:
        return file_row_counts(uow.session, family_id)


def destroy(first, second, family_id, ground=DestructionGround.PERSON_REQUEST, note="Verzoek per brief"):
    request = first.retention.request_destruction(DestructionInput(family_id, ground, True, note))
    approved = second.retention.approve(request.id, request.version)
    return first.retention.execute(approved.id, approved.version)


def test_every_table_with_a_family_case_or_person_column_is_part_of_the_file():
    assert unreachable_family_tables() == set()
    names = {t.table.name for t in file_tables()}
    assert KNOWN_TABLES <= names and not names & NOT_THE_FILE


def test_after_destruction_no_table_holds_the_familys_names_bsns_or_texts(services, families, admins):
    first, second = admins
    with services.ctx.uow() as uow:  # an entry from before revision 0009, with free text
        uow.session.execute(insert(AccessLogEntry.__table__).values(
            occurred_at=datetime(2026, 1, 5, tzinfo=timezone.utc), event="read", username="oud",
            family_id=families.family_id, object_type="family", object_id=families.family_id,
            outcome="success", detail="Dossier Zoë Öztürk bekeken"))
        uow.commit()
    before = counts(services, families.family_id)
    empty = {name for name, n in before.items() if n == 0}
    assert not empty & KNOWN_TABLES, empty
    if empty:
        warnings.warn(f"the builder gives no rows to {sorted(empty)}: fill them in destruction_data.py")
    other_before = counts(services, families.other_family_id)
    assert set(needles_found(every_row(services))) >= {"person", "family_plan", "journal_entry", "consent"}

    done = destroy(first, second, families.family_id, note="Brief van Ayşe Öztürk van 1 december")

    found = needles_found(every_row(services))
    assert found == {}, found
    assert set(counts(services, families.family_id).values()) == {0}
    assert counts(services, families.other_family_id) == other_before
    other = every_row(services)
    assert needles_found(other, OTHER_TEXTS).keys() >= {"person", "goal", "journal_entry"}
    # The record without content.
    assert done.status is DestructionStatus.EXECUTED and done.note is None
    assert done.removed_rows == sum(before.values())
    assert (done.family_id, done.ground, done.requested_by, done.approved_by, done.executed_by) == (
        families.family_id, DestructionGround.PERSON_REQUEST, "Ellen Schouten", "Karel Beheerder", "Ellen Schouten")
    # The access log keeps its entries (ids and codes) for the family: who looked, five years long.
    kept = log_entries(services, family_id=families.family_id)
    assert kept and all(e.detail is None for e in kept)
    assert [e.detail_code for e in kept if e.event is AuditEvent.DELETE] == ["destruction_executed"]


def test_the_database_file_itself_keeps_nothing_of_the_family(services, families, admins, db_path):
    """SQLite leaves deleted rows in free pages unless ``secure_delete`` is on, and in the -wal file until a
    checkpoint: destruction turns the one on and empties the other (the test's file is unencrypted)."""
    first, second = admins
    destroy(first, second, families.family_id)
    for svc in (services, first, second):
        svc.engine.dispose()
    files = list(db_path.parent.glob(db_path.name + "*"))
    data = b"".join(p.read_bytes() for p in files)
    assert [n for n in NEEDLES if n.encode() in data] == []
    assert "Vermeulen".encode() in data  # the other family is there, readable


def test_the_same_administrator_cannot_approve_their_own_request(services, families, admins):
    first, second = admins
    request = first.retention.request_destruction(DestructionInput(families.family_id, DestructionGround.PERSON_REQUEST,
                                                                   True, None))
    with pytest.raises(ValidationError) as refused:
        first.retention.approve(request.id, request.version)
    assert set(refused.value.fields) == {"approved_by"}
    with pytest.raises(BusinessRuleViolation):  # not approved: nothing to carry out
        first.retention.execute(request.id, request.version)
    assert counts(services, families.family_id)["family"] == 1
    approved = second.retention.approve(request.id, request.version)
    assert approved.status is DestructionStatus.APPROVED and approved.approved_by == "Karel Beheerder"


def test_a_worker_or_supervisor_cannot_review_request_or_approve(services, families, admins, db_path, clock):
    first, _ = admins
    request = first.retention.request_destruction(DestructionInput(families.family_id, DestructionGround.PERSON_REQUEST,
                                                                   True, None))
    boss = open_database(db_path, clock=clock, encryption=None)
    boss.workers.register_local_worker("Marieke Hoekstra", "Wijkteam Noord", Role.SUPERVISOR)
    for svc in (services, boss):
        with pytest.raises(AccessDenied):
            svc.retention.review()
        with pytest.raises(AccessDenied):
            svc.retention.request_destruction(DestructionInput(families.other_family_id,
                                                               DestructionGround.PERSON_REQUEST, True, None))
        with pytest.raises(AccessDenied):
            svc.retention.approve(request.id, request.version)
        with pytest.raises(AccessDenied):
            svc.retention.execute(request.id, request.version)
        with pytest.raises(AccessDenied):
            svc.retention.withdraw(request.id, request.version)
        with pytest.raises(AccessDenied):
            svc.retention.request_log_purge()
    boss.close()
    assert counts(services, families.family_id)["family"] == 1
    refused = log_entries(services, object_type="destruction_request", outcome=AuditOutcome.DENIED)
    assert len(refused) == 12 and {e.username for e in refused} == {"sanne.de.vries", "marieke.hoekstra"}


def test_a_file_with_an_open_case_cannot_be_destroyed(services, families, admins):
    first, _ = admins
    with pytest.raises(ValidationError) as refused:
        first.retention.request_destruction(DestructionInput(families.other_family_id,
                                                             DestructionGround.PERSON_REQUEST, True, None))
    assert "open case" in refused.value.fields["family_id"].text
    with first.ctx.uow() as uow:
        assert uow.session.scalar(select(DestructionRequest.id)) is None


def test_a_case_reopened_after_approval_blocks_the_execution(services, families, admins):
    first, second = admins
    request = first.retention.request_destruction(DestructionInput(families.family_id, DestructionGround.PERSON_REQUEST,
                                                                   True, None))
    approved = second.retention.approve(request.id, request.version)
    services.cases.reopen(families.case_id, services.members.case_header(families.case_id).version, "Nieuwe zorgen")
    with pytest.raises(ValidationError) as refused:
        first.retention.execute(approved.id, approved.version)
    assert set(refused.value.fields) == {"family_id"}
    assert counts(services, families.family_id)["family"] == 1


def test_the_ground_and_the_check_of_other_interests_are_required(services, families, admins):
    first, _ = admins
    with pytest.raises(ValidationError) as refused:
        first.retention.request_destruction(DestructionInput(families.family_id, None, False, None))
    assert set(refused.value.fields) == {"ground", "no_other_interest"}
    with pytest.raises(ValidationError) as refused:  # changed this year: kept until 2046
        first.retention.request_destruction(DestructionInput(families.family_id, DestructionGround.RETENTION_EXPIRED,
                                                             True, None))
    assert "2046" in refused.value.fields["ground"].render()


def _last_changed(services, family_id: int, day: date) -> None:
    """Every row of the family's file last changed on ``day``."""
    at = datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(hours=10)
    with services.ctx.uow() as uow:
        for t in file_tables():
            stamps = {c.name: at for c in time_columns(t.table)}
            if stamps:  # together: a Core update sets an updated_at it is not given
                uow.session.execute(t.table.update().where(of_family(t.table, family_id)).values(stamps))
        uow.commit()


def test_the_review_list_shows_files_past_retention_and_requested_ones_and_logs_the_read(
        services, families, admins, clock):
    first, _ = admins
    twenty_years_ago = years_after(clock.today(), -20)
    expired, kept, journal = (intake_family(services, name) for name in ("Oudewater", "Jongeneel", "Laatdagboek"))
    for family in (expired, kept, journal):
        services.cases.close(family.case_id, services.members.case_header(family.case_id).version,
                             CloseReason.GOALS_REACHED)
    _last_changed(services, expired.family_id, twenty_years_ago)
    _last_changed(services, kept.family_id, twenty_years_ago + timedelta(days=1))
    _last_changed(services, journal.family_id, twenty_years_ago)
    with services.ctx.uow() as uow:  # one case event of the file a day later: the whole file counts
        uow.session.execute(CaseEvent.__table__.update().where(CaseEvent.case_id == journal.case_id).values(
            at=datetime.combine(twenty_years_ago + timedelta(days=1), datetime.min.time(), timezone.utc)))
        uow.commit()

    review = first.retention.review()

    listed = {r.family_id: r for r in review.files}
    assert expired.family_id in listed and kept.family_id not in listed and journal.family_id not in listed
    row = listed[expired.family_id]
    assert (row.expired, row.open_case, row.family_name, row.last_change, row.kept_until) == (
        True, False, "Familie Oudewater", twenty_years_ago, clock.today())
    reads = log_entries(services, family_id=expired.family_id, event=AuditEvent.READ, object_type="family")
    assert [e.detail_code for e in reads][-1:] == ["retention_review"]
    request = first.retention.request_destruction(DestructionInput(expired.family_id,
                                                                   DestructionGround.RETENTION_EXPIRED, True, None))
    assert request.ground is DestructionGround.RETENTION_EXPIRED
    with pytest.raises(ValidationError) as refused:
        first.retention.request_destruction(DestructionInput(kept.family_id, DestructionGround.RETENTION_EXPIRED,
                                                             True, None))
    assert set(refused.value.fields) == {"ground"}
    # A requested file is listed whatever its age, with its request.
    other = first.retention.request_destruction(DestructionInput(families.family_id, DestructionGround.PERSON_REQUEST,
                                                                 True, None))
    listed = {r.family_id: r for r in first.retention.review().files}
    assert listed[families.family_id].request.id == other.id and not listed[families.family_id].expired


@pytest.mark.parametrize("days_before_cutoff, removed", [(1, True), (0, False), (-1, False)])
def test_access_log_entries_go_after_five_years_by_two_administrators(
        services, admins, clock, days_before_cutoff, removed):
    first, second = admins
    cutoff = log_cutoff(clock.today())
    day = cutoff - timedelta(days=days_before_cutoff)
    with services.ctx.uow() as uow:
        for at in (datetime.combine(day, datetime.min.time(), timezone.utc),
                   datetime.combine(day, datetime.max.time(), timezone.utc)):
            uow.session.execute(insert(AccessLogEntry.__table__).values(
                occurred_at=at, event="read", username="oud", family_id=9999, object_type="family", object_id=9999,
                outcome="success"))
        uow.session.execute(insert(AccessLogEntry.__table__).values(  # always old enough
            occurred_at=datetime(2019, 1, 1, tzinfo=timezone.utc), event="read", username="oud", family_id=9998,
            object_type="family", object_id=9998, outcome="success"))
        uow.commit()
    request = first.retention.request_log_purge("Jaarlijkse opschoning")
    assert request.cutoff_date == cutoff and request.kind is DestructionKind.ACCESS_LOG
    with pytest.raises(ValidationError):
        first.retention.approve(request.id, request.version)
    approved = second.retention.approve(request.id, request.version)
    done = second.retention.execute(approved.id, approved.version)
    assert done.removed_rows == (3 if removed else 1) and done.note is None
    assert bool(log_entries(services, family_id=9999)) is not removed
    assert not log_entries(services, family_id=9998)
    purged = log_entries(services, object_type="access_log", event=AuditEvent.DELETE)
    assert [(e.detail_code, e.detail_args) for e in purged] == [
        ("access_log_purged", f"{done.removed_rows},{cutoff:%Y%m%d}")]


def test_a_withdrawn_request_removes_nothing_and_a_second_pending_request_is_refused(services, families, admins):
    first, second = admins
    request = first.retention.request_destruction(DestructionInput(families.family_id, DestructionGround.PERSON_REQUEST,
                                                                   True, None))
    with pytest.raises(ValidationError) as refused:
        second.retention.request_destruction(DestructionInput(families.family_id, DestructionGround.PERSON_REQUEST,
                                                              True, None))
    assert set(refused.value.fields) == {"family_id"}
    withdrawn = second.retention.withdraw(request.id, request.version)
    assert withdrawn.status is DestructionStatus.WITHDRAWN
    with pytest.raises(BusinessRuleViolation):
        second.retention.approve(withdrawn.id, withdrawn.version)
    with services.ctx.uow() as uow:
        assert uow.session.get(Family, families.family_id) is not None


def test_the_retention_list_on_the_command_line_is_dutch_and_for_administrators(services, db_path, clock, capsys):
    from app.cli import main

    old = intake_family(services, "Oudewater")
    services.cases.close(old.case_id, services.members.case_header(old.case_id).version, CloseReason.GOALS_REACHED)
    _last_changed(services, old.family_id, years_after(clock.today(), -21))
    assert main(["privacy", "retention-list", "--database", str(db_path)]) == 1  # Sanne, a worker
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    _admin(db_path, clock, "Ellen Schouten").close()  # now the local worker

    assert main(["privacy", "retention-list", "--database", str(db_path)]) == 0

    out = capsys.readouterr().out
    assert f"Gezin {old.family_id}: Familie Oudewater (Wijkteam Noord)" in out
    assert "bewaartermijn verstreken" in out and "Toegangslog: 0 regels van voor" in out
    assert log_entries(services, family_id=old.family_id, detail_code="retention_review")


def test_a_table_added_later_is_part_of_the_file_and_destroyed_with_it(tmp_path):
    """The file's tables come from the models' foreign keys: a table another revision adds (here tied to a
    consent, RESTRICT) is found, ordered before its parent and emptied of the family's rows."""
    from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text, create_engine, event
    from sqlalchemy.orm import Session

    from app.family_graph import by_name
    from app.services.retention import destroy_file_rows
    from models import Base

    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    later = Table("later_record", metadata, Column("id", Integer, primary_key=True),
                  Column("consent_id", ForeignKey("consent.id", ondelete="RESTRICT"), nullable=False),
                  Column("note", Text))
    assert by_name(metadata)["later_record"].depth == by_name(metadata)["consent"].depth + 1
    engine = create_engine(f"sqlite:///{tmp_path / 'later.db'}")
    event.listen(engine, "connect", lambda conn, _record: conn.execute("PRAGMA foreign_keys = ON"))
    metadata.create_all(engine)
    now = datetime(2026, 11, 1, tzinfo=timezone.utc)
    stamps = {"version": 1, "created_at": now, "updated_at": now}
    t = metadata.tables
    with Session(engine) as s:
        s.execute(t["team"].insert().values(id=1, name="Noord", **stamps))
        for family in (1, 2):
            s.execute(t["family"].insert().values(id=family, name=f"Familie {family}", team_id=1, **stamps))
            s.execute(t["person"].insert().values(id=family, family_id=family, role="young_person", first_name="Zoë",
                                                  surname=f"Later{family}", date_of_birth=date(2015, 3, 1),
                                                  parental_authority=False, **stamps))
            s.execute(t["consent"].insert().values(id=family, family_id=family, person_id=family, scope="school",
                                                   rule="parents", given_by="x", form="oral", given_on=date(2026, 1, 1),
                                                   **stamps))
            s.execute(later.insert().values(consent_id=family, note=f"Gedeeld over Later{family}"))
        assert destroy_file_rows(s, 1, metadata) == 4
        assert [tuple(r) for r in s.execute(later.select())] == [(2, 2, "Gedeeld over Later2")]
        assert s.execute(t["person"].select()).all()[0].surname == "Later2"


def test_the_two_person_procedure_on_the_command_line(services, db_path, clock, capsys):
    from app.cli import main

    old = intake_family(services, "Oudewater")
    services.cases.close(old.case_id, services.members.case_header(old.case_id).version, CloseReason.GOALS_REACHED)
    database = ["--database", str(db_path)]

    def run(*args):
        code = main(["privacy", *args, *database])
        out = capsys.readouterr()
        return code, (out.out + out.err).strip()

    _admin(db_path, clock, "Ellen Schouten").close()  # the local worker now
    request = ("destroy-request", "--family", str(old.family_id), "--ground", "person_request")
    code, said = run(*request)
    assert code == 1 and "aanmerkelijk belang" in said
    code, said = run(*request, "--no-other-interest", "--note", "Brief van 1 december")
    assert (code, said) == (0, "Aanvraag 1 vastgelegd; een tweede beheerder moet haar goedkeuren.")
    code, said = run("destroy-approve", "1")
    assert code == 1 and "zelf aangevraagd" in said
    _admin(db_path, clock, "Karel Beheerder").close()
    assert run("destroy-approve", "1") == (0, "Aanvraag 1 goedgekeurd; ze kan nu worden uitgevoerd.")
    code, said = run("destroy-execute", "1")
    assert code == 1 and "--yes" in said
    code, said = run("destroy-execute", "1", "--yes")
    assert code == 0 and said.startswith("Aanvraag 1 uitgevoerd:")
    with services.ctx.uow() as uow:
        assert uow.session.get(Family, old.family_id) is None
    assert run("destroy-execute", "1", "--yes") == (1, "gezinsregie: Er is geen openstaande aanvraag 1.")
