"""The city-size demo on a real PostgreSQL database: written in bulk as the schema owner, consistent,
and with the sequences moved on so that ordinary work afterwards gets fresh ids."""
from __future__ import annotations

from datetime import date

import psycopg

from app.cli import main as cli_main
from app.demo import DEMO_WORKER
from app.services.families import IntakeInput, MemberInput
from models.enums import MemberRole
from tests.postgres.conftest import HOST, PORT, SUPERUSER

FAMILIES = 600


def test_the_city_demo_fills_postgresql_and_normal_work_goes_on(fresh_database, capsys):
    db = fresh_database
    assert cli_main(["db", "upgrade", "--database", db.url()]) == 0
    capsys.readouterr()

    assert cli_main(["demo", "--families", str(FAMILIES), "--database", db.url()]) == 0

    out, err = capsys.readouterr()
    assert str(FAMILIES) in out and DEMO_WORKER in out
    assert err.splitlines()[-1].endswith(f"] {FAMILIES}/{FAMILIES}")
    with psycopg.connect(host=HOST, port=PORT, user=SUPERUSER, dbname=db.dbname, autocommit=True) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        assert one("SELECT count(*) FROM family") == FAMILIES
        assert one("SELECT count(*) FROM case_file WHERE status <> 'closed'") == round(FAMILIES * 0.3)
        assert one("SELECT count(*) FROM case_file c WHERE reopen_count <> (SELECT count(*) FROM case_event e "
                   "WHERE e.case_id = c.id AND e.kind = 'reopened')") == 0
        assert one("SELECT count(*) FROM family_plan p WHERE status <> 'draft' AND NOT EXISTS "
                   "(SELECT 1 FROM goal g WHERE g.plan_id = p.id)") == 0
        assert one("SELECT count(*) FROM evaluation_goal") > one("SELECT count(*) FROM evaluation") > 0
        assert one("SELECT count(*) FROM waakvlam_contact WHERE held_on IS NOT NULL") > 0
        tables = [t for (t,) in conn.execute(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' "
            "AND column_default LIKE 'nextval%'")]
        assert {"family", "person", "case_file", "case_event", "access_log", "goal"} <= set(tables)
        for table in tables:  # the next id of every sequence is past the ids written in bulk
            sequence = one(f"SELECT pg_get_serial_sequence('{table}', 'id')")
            last, called = conn.execute(f"SELECT last_value, is_called FROM {sequence}").fetchone()
            assert (last if called else last - 1) >= one(f"SELECT coalesce(max(id), 0) FROM {table}"), table
        assert one("SELECT count(*) FROM pg_stats WHERE tablename = 'case_file'") > 0  # analysed
        before = one("SELECT max(id) FROM case_file")

    owner = db.services()
    local = owner.workers.local_worker()
    assert local is not None and local.name == DEMO_WORKER
    owner.workers.sign_in(local.worker_id)
    team_id = next(iter(local.team_ids))
    result = owner.families.intake(IntakeInput("Familie Nieuw", [
        MemberInput(MemberRole.YOUNG_PERSON, "Sem", "Nieuw", date(2015, 3, 1))], team_id, local.worker_id))
    assert result.case_id == before + 1
    assert 25 <= len(owner.caseload.my_caseload()) <= 36


class Interrupted(Exception):
    pass


def test_an_interrupted_city_fill_leaves_the_sequences_past_what_it_committed(fresh_database):
    import pytest

    from app.demo.city import fill_city

    db = fresh_database
    assert cli_main(["db", "upgrade", "--database", db.url()]) == 0
    owner = db.services()

    def stop_half_way(done: int, total: int) -> None:
        if done >= total // 2:
            raise Interrupted  # like Ctrl+C: the teams, workers and providers are committed by now

    with pytest.raises(Interrupted):
        fill_city(owner, FAMILIES, progress=stop_half_way)

    with psycopg.connect(host=HOST, port=PORT, user=SUPERUSER, dbname=db.dbname, autocommit=True) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        assert one("SELECT count(*) FROM family") == 0  # nothing half-written
        for table in ("team", "worker", "provider", "product"):  # written in bulk and committed
            assert one(f"SELECT count(*) FROM {table}") > 0, table
            fresh = one(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))")
            assert fresh > one(f"SELECT max(id) FROM {table}"), table  # a normal insert gets no duplicate key
