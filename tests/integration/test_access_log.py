"""The access log on the embedded database: reads, searches and exports are logged; supervisors ask who
looked at a family's file; a worker cannot see another team's case (same code path as PostgreSQL).
Entries carry their worker and a coded detail shown as readable text; a worker with entries cannot be
deleted."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import delete

from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.bootstrap import open_database
from app.errors import AccessDenied, BusinessRuleViolation
from app.services.families import MemberInput
from models import Worker
from models.enums import AuditEvent, AuditOutcome, MemberRole, Role
from tests.integration.case_helpers import intake_family, log_entries

def administrator(db_path):
    """The command line on the local file: nobody signed in, so it may administer."""
    return open_database(db_path, encryption=None)


START, END = datetime(2000, 1, 1, tzinfo=timezone.utc), datetime(2100, 1, 1, tzinfo=timezone.utc)


def test_reads_searches_and_exports_are_in_the_log_and_a_supervisor_can_ask(services, db_path, tmp_path):
    family = intake_family(services)
    services.members.case_view(family.case_id)
    services.caseload.my_caseload()
    services.members.family_detail(family.family_id)
    services.families.find_duplicates([MemberInput(MemberRole.YOUNG_PERSON, "Zoë", "Öztürk", date(2015, 3, 1))])
    services.exports.caseload_xlsx("mine", tmp_path / "c.xlsx")
    with pytest.raises(AccessDenied):
        services.access_log.who_looked_at(family.family_id, START, END)  # a worker may not ask

    admin = administrator(db_path)
    chef = admin.admin.create_user("chef", "Chef", Role.SUPERVISOR, ["Wijkteam Noord"])
    worker_id = services.ctx.user.worker_id
    boss = services.workers.sign_in(chef.id)
    assert boss.is_supervisor
    rows = services.access_log.who_looked_at(family.family_id, START, END)
    kinds = {(r.event, r.object_type, r.outcome) for r in rows}
    assert (AuditEvent.READ, "family", AuditOutcome.SUCCESS) in kinds
    assert (AuditEvent.SEARCH, "family", AuditOutcome.SUCCESS) in {
        (r.event, r.object_type, r.outcome) for r in services.access_log.what_did_user_look_at(worker_id, START, END)}
    assert (AuditEvent.SEARCH, "access_log", AuditOutcome.DENIED) in {
        (r.event, r.object_type, r.outcome) for r in services.access_log.what_did_user_look_at(worker_id, START, END)}
    admin.close()
    done = {(r.event, r.object_type) for r in services.access_log.what_did_user_look_at(worker_id, START, END)}
    assert {(AuditEvent.READ, "caseload"), (AuditEvent.PRINT_EXPORT, "caseload")} <= done
    assert (AuditEvent.SEARCH, "access_log") in {(r.event, r.object_type) for r in
                                                 services.access_log.what_did_user_look_at(boss.worker_id, START, END)}


def test_a_worker_gets_no_access_to_another_teams_case(services, db_path):
    family = intake_family(services)
    admin = administrator(db_path)
    admin.admin.create_team("Wijkteam Zuid")
    zuid = admin.admin.create_user("zuid", "Zuid", Role.WORKER, ["Wijkteam Zuid"])
    admin.close()
    services.workers.sign_in(zuid.id)
    with pytest.raises(AccessDenied) as refused:
        services.members.case_view(family.case_id)
    assert "team" in refused.value.message()
    with pytest.raises(AccessDenied):
        services.admin.create_team("Nog een team")  # not an administrator


def test_a_refusal_is_logged_after_the_refused_transaction(services, db_path):
    family = intake_family(services)
    admin = administrator(db_path)
    admin.admin.create_team("Wijkteam West")
    west = admin.admin.create_user("west", "West", Role.WORKER, ["Wijkteam West"])
    services.workers.sign_in(west.id)
    with pytest.raises(AccessDenied):
        services.members.family_detail(family.family_id)
    chef = admin.admin.create_user("chef2", "Chef", Role.ADMIN, [])
    admin.close()
    services.workers.sign_in(chef.id)
    rows = services.access_log.what_did_user_look_at(west.id, START, END)
    assert [(r.object_type, r.outcome) for r in rows] == [("family", AuditOutcome.DENIED)]


def test_an_entry_carries_its_worker_and_a_readable_detail(services, db_path):
    family = intake_family(services)
    services.members.case_view(family.case_id)
    admin = administrator(db_path)
    chef = admin.admin.create_user("chef", "Chef", Role.SUPERVISOR, ["Wijkteam Noord"])
    admin.close()
    sanne = services.ctx.user
    services.workers.sign_in(chef.id)
    rows = services.access_log.who_looked_at(family.family_id, START, END)
    viewed = [r for r in rows if r.object_type == "case" and r.event is AuditEvent.READ]
    assert [(r.username, r.worker_name, r.detail, r.detail_code) for r in viewed] == [
        (sanne.username, "Sanne de Vries", "Casusoverzicht", "case_view")]
    entries = log_entries(services, family_id=family.family_id, object_type="case")
    assert {e.worker_id for e in entries} == {sanne.worker_id}


def test_free_text_cannot_be_written_as_a_detail_or_an_object_type(services):
    family = intake_family(services)
    before = len(log_entries(services))
    with services.ctx.uow() as uow:
        with pytest.raises(TypeError):
            log_access(uow.session, services.ctx, AuditEvent.READ, "family", family.family_id,
                       family_id=family.family_id, detail="Jansen, BSN 123456782")
        with pytest.raises(ValueError):
            log_access(uow.session, services.ctx, AuditEvent.READ, "Jansen BSN 123456782")
        with pytest.raises(ValueError):
            detail(DetailCode.HITS, hits="Jansen 123456782")
        uow.commit()
    assert len(log_entries(services)) == before


def test_a_worker_with_log_entries_cannot_be_deleted(services, db_path):
    services.caseload.my_caseload()
    me = services.ctx.user.worker_id
    admin = administrator(db_path)
    newcomer = admin.admin.create_user("nieuw", "Nieuw", Role.WORKER, ["Wijkteam Noord"]).id  # no entries of theirs
    admin.close()
    with pytest.raises(BusinessRuleViolation), services.ctx.uow() as uow:
        uow.session.execute(delete(Worker).where(Worker.id == me))
        uow.commit()
    assert log_entries(services, worker_id=me)
    with services.ctx.uow() as uow:  # what refuses is the log: a worker without entries could go
        uow.session.execute(delete(Worker).where(Worker.id == newcomer))
        uow.commit()
