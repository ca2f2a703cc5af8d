"""Who looked at this family's file, and what did this user look at: for supervisors and administrators,
answered from the log (which the database itself protects), and the question is logged too."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.errors import AccessDenied
from models.enums import AuditEvent, AuditOutcome
from tests.postgres.helpers import intake

START = datetime(2000, 1, 1, tzinfo=timezone.utc)


def end():
    return datetime.now(timezone.utc) + timedelta(minutes=5)


def test_reads_searches_and_exports_are_logged_and_can_be_asked_for(central, tmp_path):
    worker = central.services("worker_a")
    family = intake(worker, "Visser")
    worker.members.case_view(family.case_id)
    worker.members.family_detail(family.family_id)
    worker.caseload.my_caseload()
    worker.exports.caseload_xlsx("mine", tmp_path / "caseload.xlsx")
    worker.plans.start_plan(family.case_id)
    worker.exports.save_plan_pdf(family.case_id, tmp_path / "plan.pdf")

    supervisor = central.services("supervisor_a")
    rows = supervisor.access_log.who_looked_at(family.family_id, START, end())
    events = [(r.event, r.object_type) for r in rows]
    assert (AuditEvent.CREATE, "family") in events or (AuditEvent.CREATE, "case") in events
    assert (AuditEvent.READ, "case") in events or (AuditEvent.READ, "case_view") in events
    assert (AuditEvent.READ, "family") in events
    assert (AuditEvent.PRINT_EXPORT, "family_plan") in events
    assert all(r.username == central.users["worker_a"] and r.workstation for r in rows)

    mine = supervisor.access_log.what_did_user_look_at(worker.ctx.user.worker_id, START, end())
    kinds = {(r.event, r.object_type) for r in mine}
    assert (AuditEvent.READ, "caseload") in kinds and (AuditEvent.PRINT_EXPORT, "caseload") in kinds

    asked = supervisor.access_log.what_did_user_look_at(supervisor.ctx.user.worker_id, START, end())
    questions = [r.detail for r in asked if r.object_type == "access_log"]
    assert [q.split(":")[0] for q in questions[-2:]] == [
        "Wie heeft het gezin ingezien", f"Wat medewerker {worker.ctx.user.worker_id} heeft ingezien"]


def test_a_worker_may_not_consult_the_log_and_the_refusal_is_logged(central):
    worker = central.services("worker_a2")
    with pytest.raises(AccessDenied):
        worker.access_log.what_did_user_look_at(worker.ctx.user.worker_id, START, end())
    admin = central.services("admin")
    rows = admin.access_log.what_did_user_look_at(worker.ctx.user.worker_id, START, end())
    assert any(r.outcome is AuditOutcome.DENIED for r in rows)


def test_a_supervisor_cannot_ask_about_another_teams_family(central):
    other = intake(central.services("worker_b"), "Mulder")
    with pytest.raises(AccessDenied):
        central.services("supervisor_a").access_log.who_looked_at(other.family_id, START, end())
    rows = central.services("admin").access_log.who_looked_at(other.family_id, START, end())
    by_user = {(r.username, r.outcome) for r in rows}
    assert (central.users["worker_b"], AuditOutcome.SUCCESS) in by_user
    assert (central.users["supervisor_a"], AuditOutcome.DENIED) in by_user  # the refused question is logged
