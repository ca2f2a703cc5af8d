"""Inspection and a copy on the central database, as the workers' own logins: the copy holds the person's
records and nothing of another family, the database's logging function takes the export entry, and a
worker of another team does not get the person at all (row security hides it)."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from app.errors import NotFound
from models import AccessLogEntry
from models.enums import AuditEvent, JournalKind
from tests.export.plan_data import pdf_text
from tests.integration.case_helpers import member_id
from tests.postgres.helpers import intake


@pytest.fixture(scope="module")
def stranger(central):
    return central.services("worker_b")


def test_a_person_file_is_exported_logged_and_kept_from_another_team(worker, stranger, central, tmp_path):
    own = intake(worker, "Inzagevelt")
    worker.journal.add_entry(own.case_id, date(2026, 11, 15), JournalKind.HOME_VISIT, "Huisbezoek bij Inzagevelt")
    other = intake(stranger, "Buurvelt")
    stranger.journal.add_entry(other.case_id, date(2026, 11, 16), JournalKind.OTHER, "Tekst van de buren")
    zoe = member_id(worker, own.family_id, "Zoë")

    saved = worker.privacy.export_person_file(zoe, tmp_path)

    text, raw = pdf_text(saved.pdf.read_bytes()), saved.json.read_text(encoding="utf-8")
    assert "Zoë Inzagevelt" in text and "Huisbezoek bij Inzagevelt" in text
    assert json.loads(raw)["person"]["surname"] == "Inzagevelt"
    for other_text in ("Buurvelt", "Tekst van de buren"):
        assert other_text not in text and other_text not in raw
    assert json.loads(raw)["journal"][0]["text"] == "Huisbezoek bij Inzagevelt"
    with central.services().ctx.uow() as uow:
        logged = uow.session.execute(select(AccessLogEntry.username, AccessLogEntry.family_id).where(
            AccessLogEntry.event == AuditEvent.PRINT_EXPORT, AccessLogEntry.object_type == "person",
            AccessLogEntry.object_id == zoe)).all()
    assert logged == [(central.users["worker_a"], own.family_id)]

    with pytest.raises(NotFound):
        stranger.privacy.export_person_file(zoe, tmp_path / "elders")
    with pytest.raises(NotFound):
        stranger.privacy.person_file(zoe)
