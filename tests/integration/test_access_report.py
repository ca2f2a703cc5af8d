""""Who looked at my file" (NEN 7513; AVG art. 15): the report of a family and of one person, read back
from the PDF - plain words, Dutch local time, grouped by day, the workstation, "namens" where someone
acted for a colleague - and nothing of another family; logged as an export; refused to another team."""
from __future__ import annotations

import stat
from dataclasses import dataclass
from datetime import date, datetime, timezone

import pytest

from app.bootstrap import open_database
from app.errors import AccessDenied, NotFound
from app.services.consents import ConsentInput
from app.services.families import MemberInput
from models.enums import AuditEvent, AuditOutcome, ConsentForm, ConsentScope
from tests.export.plan_data import pdf_text
from tests.integration.case_helpers import log_entries, member_id
from tests.integration.inspection_data import OTHER_TEXTS, two_families

UTC = timezone.utc


@dataclass
class At:
    """A clock at a chosen moment (UTC)."""

    moment: datetime

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.date()


@pytest.fixture
def story(services):
    """Two families; then, at chosen moments, a print of the plan and consents for Ayşe and for Zoë."""
    services.ctx.workstation = "pc-noord-12"
    families = two_families(services)
    ayse = member_id(services, families.family_id, "Ayşe")
    doc = services.exports.plan_document(families.case_id)
    services.ctx.clock = At(datetime(2026, 12, 3, 13, 5, tzinfo=UTC))     # 14:05 in Amsterdam (winter)
    services.exports.record_print(doc, pages=3)
    services.ctx.clock = At(datetime(2026, 12, 3, 15, 10, tzinfo=UTC))    # 16:10
    services.consents.record(families.family_id, ConsentInput(ayse, ConsentScope.SCHOOL, date(2026, 12, 3),
                                                              ConsentForm.WRITTEN, party="OBS De Regenboog"))
    services.ctx.clock = At(datetime(2026, 12, 4, 8, 20, tzinfo=UTC))     # 09:20 the next day
    services.consents.record(families.family_id, ConsentInput(families.person_id, ConsentScope.GP,
                                                              date(2026, 12, 4), ConsentForm.ORAL,
                                                              party="Huisarts Bakker"))
    services.ctx.clock = At(datetime(2026, 12, 4, 10, 0, tzinfo=UTC))
    return families


def _said(text: str) -> str:
    return " ".join(text.split())


def test_explore(services, story, tmp_path):
    saved = services.privacy.export_access_report(tmp_path / "f.pdf", family_id=story.family_id)
    print(pdf_text(saved.path.read_bytes()))
    saved = services.privacy.export_access_report(tmp_path / "p.pdf", person_id=story.person_id)
    print(pdf_text(saved.path.read_bytes()))
    assert 0
