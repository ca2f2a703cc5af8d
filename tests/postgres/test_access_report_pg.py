""""Who looked at my file" and "on behalf of" on the real PostgreSQL server, as the users' own logins: a
supervisor's reassignment is logged by the database's function with the director it was done for, the
workstation is the app's host name with the address the server saw, the report says it in words; a
worker's report says it holds only their own entries (row security on the log); a worker cannot forge
"on behalf of" or write the log directly."""
from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import select

from app import audit_words as words
from app.errors import AccessDenied, NotFound
from app.storage.db import workstation_name
from models import AccessLogEntry
from tests.export.plan_data import pdf_text
from tests.postgres.conftest import admin_connection
from tests.postgres.helpers import intake

LOG = ("SELECT gezinsregie_log_access('read', 'case', 'success', %s::integer[], %s::integer[], %s::integer[], "
       "'case_view', NULL, %s)")


@pytest.fixture(scope="module")
def reassigned(central):
    """A family of worker_a2 in team A, reassigned to worker_a by the supervisor; a family in team B."""
    boss, a2 = central.services("supervisor_a"), central.services("worker_a2")
    own = intake(a2, "Wiekeekvelt")
    other = intake(central.services("worker_b"), "Anderveld")
    team_id = next(iter(boss.ctx.user.team_ids))
    row = next(r for r in boss.supervision.worker_caseload(team_id, a2.ctx.user.worker_id).rows
               if r.case_id == own.case_id)
    boss.supervision.reassign([(row.case_id, row.version)], central.services("worker_a").ctx.user.worker_id,
                              "Herverdeling")
    return own, other


def _entry(central, case_id: int, code: str) -> AccessLogEntry:
    with central.services().ctx.uow() as uow:
        return uow.session.scalars(select(AccessLogEntry).where(
            AccessLogEntry.case_id == case_id, AccessLogEntry.detail_code == code)).one()


def test_the_reassignment_is_logged_by_the_database_on_behalf_of_the_director(central, reassigned):
    own, _other = reassigned
    entry = _entry(central, own.case_id, "director_reassigned")

    assert (entry.username, entry.on_behalf_of) == (central.users["supervisor_a"], central.users["worker_a2"])
    assert entry.workstation == f"{workstation_name()} (127.0.0.1)"  # application_name set by the app


def test_the_supervisors_report_says_who_acted_for_whom_in_words_and_local_time(central, reassigned, tmp_path):
    own, other = reassigned
    boss = central.services("supervisor_a")
    entry = _entry(central, own.case_id, "director_reassigned")
    at = words.local(entry.occurred_at)

    saved = boss.privacy.export_access_report(tmp_path / "wie.pdf", family_id=own.family_id)

    text = pdf_text(saved.path.read_bytes())
    assert (f"Teamleider Supervisor A ({central.team('A')}), namens Worker A2, heeft op {words.long_day(at.date())} "
            f"om {at:%H:%M} het dossier gewijzigd.") in text
    assert f"Medewerker Worker A2 ({central.team('A')}) heeft op" in text
    assert workstation_name() in text and "Let op" not in text
    assert "Anderveld" not in text and "family_plan" not in text
    with central.services().ctx.uow() as uow:
        logged = uow.session.execute(select(AccessLogEntry.username, AccessLogEntry.object_type).where(
            AccessLogEntry.family_id == own.family_id, AccessLogEntry.detail_code == "who_looked_at")).all()
    assert logged == [(central.users["supervisor_a"], "family")]
    with pytest.raises((NotFound, AccessDenied)):
        boss.privacy.export_access_report(tmp_path / "b.pdf", family_id=other.family_id)
    assert not (tmp_path / "b.pdf").exists()


def test_a_workers_report_says_it_holds_only_their_own_entries(central, reassigned, tmp_path):
    own, _other = reassigned
    worker = central.services("worker_a")  # the new director

    saved = worker.privacy.export_access_report(tmp_path / "wie.pdf", family_id=own.family_id)

    text = pdf_text(saved.path.read_bytes())
    assert "Let op: op de centrale database mag een medewerker in het toegangslog alleen de eigen regels lezen" in text
    assert "Teamleider Supervisor A" not in text and "Medewerker Worker A2" not in text
    with pytest.raises((NotFound, AccessDenied)):
        central.services("worker_b").privacy.export_access_report(tmp_path / "b.pdf", family_id=own.family_id)


def test_a_worker_cannot_forge_on_behalf_of_or_write_the_log_directly(central, reassigned):
    own, _other = reassigned
    with admin_connection(central.dbname) as conn:
        before = conn.execute("SELECT count(*) FROM access_log").fetchone()[0]
    with central.connect("worker_a") as conn:
        ids = ([own.case_id], [own.family_id], [own.case_id])
        for forged in ("Jansen BSN 123456782", "postgres", central.users["worker_a"]):  # text, no worker, oneself
            with pytest.raises(psycopg.errors.InvalidParameterValue):
                conn.execute(LOG, (*ids, forged))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO access_log (occurred_at, event, username, on_behalf_of, family_id, object_type, "
                          "outcome) VALUES (now(), 'read', %s, %s, %s, 'family', 'success')",
                          (central.users["worker_a"], central.users["worker_a2"], own.family_id))
        conn.execute(LOG, (*ids, central.users["worker_a2"]))  # standing in for a colleague is allowed
    with admin_connection(central.dbname) as conn:
        after = conn.execute("SELECT count(*) FROM access_log").fetchone()[0]
    assert after == before + 1
