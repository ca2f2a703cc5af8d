""""Who looked at my file" (NEN 7513; AVG art. 15): the report of a family and of one person, read back
from the PDF - plain words, Dutch local time, grouped by day, the workstation, "namens" where someone
acted for a colleague - and nothing of another family; logged as an export; refused to another team."""
from __future__ import annotations

import json
import stat
from dataclasses import dataclass
from datetime import date, datetime, timezone

import pytest

from app.bootstrap import open_database
from app.errors import AccessDenied, NotFound
from app.services.consents import ConsentInput
from models.enums import AuditEvent, AuditOutcome, ConsentForm, ConsentScope, Priority
from tests.export.plan_data import pdf_text
from tests.integration.case_helpers import detail_text, log_entries, member_id
from tests.integration.inspection_data import OTHER_TEXTS, two_families
from tests.integration.team_data import build_team

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


def _report(services, tmp_path, **which) -> str:
    saved = services.privacy.export_access_report(tmp_path / "wie-keek.pdf", **which)
    assert stat.S_IMODE(saved.path.stat().st_mode) == 0o600
    return pdf_text(saved.path.read_bytes())


WORKER = "Medewerker Sanne de Vries (Wijkteam Noord)"


def test_the_family_report_says_every_entry_in_plain_words_on_dutch_time_by_day(services, story, tmp_path):
    text = _report(services, tmp_path, family_id=story.family_id)

    assert text.startswith("WIE HEEFT HET DOSSIER INGEZIEN Wie heeft het dossier van Familie Öztürk-Øster ingezien")
    assert f"{WORKER} heeft op 3 december 2026 om 14:05 het gezinsplan afgedrukt." in text      # 13:05 UTC
    assert f"{WORKER} heeft op 3 december 2026 om 16:10 de toestemmingen toegevoegd." in text
    assert f"{WORKER} heeft op 4 december 2026 om 09:20 de toestemmingen toegevoegd." in text
    assert f"{WORKER} heeft op 22 november 2026 om 13:00 de gegevens van Zoë Öztürk gewijzigd." in text
    assert f"{WORKER} heeft op 22 november 2026 om 13:00 het gezinsplan ingezien." in text
    # grouped by day, the days in order, each with its heading and the workstation beside every entry
    days = [text.index(f"{day} Tijd Wat er is gebeurd Werkplek") for day in
            ("22 november 2026", "3 december 2026", "4 december 2026")]
    assert days == sorted(days)
    assert "14:05 Medewerker Sanne de Vries" in text and "pc-noord-12" in text
    for raw in ("family_plan", "journal_entry", "print_export", "om 13:05", "om 15:10", "om 08:20"):
        assert raw not in text, raw
    for other in OTHER_TEXTS:
        assert other not in text, other


def test_a_persons_report_holds_the_family_file_and_their_own_records_not_another_members(services, story, tmp_path):
    text = _report(services, tmp_path, person_id=story.person_id)

    assert "Wie heeft het dossier van Zoë Öztürk ingezien" in text
    assert "Dat dossier is een deel van het dossier van het gezin (Familie Öztürk-Øster)" in text
    assert f"{WORKER} heeft op 3 december 2026 om 14:05 het gezinsplan afgedrukt." in text  # the family's file
    assert f"{WORKER} heeft op 4 december 2026 om 09:20 de toestemmingen toegevoegd." in text  # Zoë's consent
    assert f"{WORKER} heeft op 22 november 2026 om 13:00 de gegevens van Zoë Öztürk gewijzigd." in text
    assert "om 16:10" not in text  # Ayşe's consent is hers alone
    for other in OTHER_TEXTS:
        assert other not in text, other


def test_the_report_is_logged_as_an_export_of_the_family_or_the_person(services, story, tmp_path):
    _report(services, tmp_path, family_id=story.family_id)
    _report(services, tmp_path, family_id=story.family_id, person_id=story.person_id)

    exports = log_entries(services, event=AuditEvent.PRINT_EXPORT, detail_code="who_looked_at")
    assert [(e.object_type, e.object_id, e.family_id) for e in exports] == [
        ("family", story.family_id, story.family_id), ("person", story.person_id, story.family_id)]
    assert detail_text(exports[0]).startswith("Wie heeft het gezin ingezien: ")


def test_the_inspection_copy_says_its_access_entries_in_the_same_words_and_holds_the_consents(
        services, story, tmp_path):
    saved = services.privacy.export_person_file(story.person_id, tmp_path)
    text = pdf_text(saved.pdf.read_bytes())
    data = json.loads(saved.json.read_text(encoding="utf-8"))

    assert "Wie heeft jouw dossier ingezien" in text
    assert f"{WORKER} heeft op 3 december 2026 om 14:05 het gezinsplan afgedrukt." in text
    assert "om 13:05" not in text and "family_plan" not in text and "om 16:10" not in text
    assert "Jouw toestemmingen" in text and "Delen met de huisarts: Huisarts Bakker" in text
    assert "OBS De Regenboog" not in text  # Ayşe's consent
    assert [(c["scope"], c["party"], c["status"]) for c in data["consents"]] == [("gp", "Huisarts Bakker", "valid")]
    assert "OBS De Regenboog" not in saved.json.read_text(encoding="utf-8")
    printed = next(e for e in data["access_log"] if e["detail_code"] == "plan_printed")
    assert printed["occurred_at"] == "2026-12-03T13:05:00+00:00" and printed["worker_name"] == "Sanne de Vries"


def test_another_team_is_refused_and_nothing_is_written(services, story, db_path, clock, tmp_path):
    other = open_database(db_path, clock=clock, encryption=None)
    try:
        other.workers.register_local_worker("Kees Kok", "Wijkteam Zuid")
        for which in ({"family_id": story.family_id}, {"person_id": story.person_id}):
            with pytest.raises(AccessDenied):
                other.privacy.export_access_report(tmp_path / "x.pdf", **which)
    finally:
        other.close()
    assert not (tmp_path / "x.pdf").exists()
    assert len(log_entries(services, outcome=AuditOutcome.DENIED)) == 2


def test_a_person_of_another_family_or_an_unknown_family_is_not_found(services, story, tmp_path):
    with pytest.raises(NotFound):
        services.privacy.export_access_report(tmp_path / "x.pdf", family_id=story.family_id,
                                              person_id=story.other_person_id)
    with pytest.raises(NotFound) as error:
        services.privacy.export_access_report(tmp_path / "x.pdf", family_id=999)
    assert error.value.message() == "Gezin 999 bestaat niet."
    assert not (tmp_path / "x.pdf").exists()


def test_summer_time_is_shown_as_summer_time(services, story, tmp_path):
    services.ctx.clock = At(datetime(2027, 7, 1, 12, 5, tzinfo=UTC))  # 14:05 in Amsterdam (summer)
    services.members.family_detail(story.family_id)

    text = _report(services, tmp_path, family_id=story.family_id)

    assert f"{WORKER} heeft op 1 juli 2027 om 14:05 de gegevens van het gezin ingezien." in text


# -- on behalf of (NEN 7513 "namens") ------------------------------------------------------------------------

def test_a_supervisor_reassigning_a_workers_case_acts_on_the_directors_behalf(services, tmp_path):
    team = build_team(services)  # Marieke Hoekstra (supervisor) signed in
    hoek = team.cases["Hoek"]    # directed by Piet Jansen
    version = services.members.case_header(hoek).version

    services.supervision.reassign([(hoek, version)], team.mohamed, "Piet is uit dienst")
    services.supervision.worker_caseload(team.team_id, team.mohamed)

    reassigned = log_entries(services, case_id=hoek, detail_code="director_reassigned")
    assert [e.on_behalf_of for e in reassigned] == ["piet.jansen"]
    read = log_entries(services, object_type="team_worker_cases")[-1]
    assert read.on_behalf_of is None  # supervising a worker's caseload is the supervisor's own reading
    text = _report(services, tmp_path, family_id=services.members.case_header(hoek).family_id)
    assert ("Teamleider Marieke Hoekstra (Wijkteam Noord), namens Piet Jansen, heeft op 22 november 2026 om 13:00 "
            "het dossier gewijzigd. (Regisseur gewijzigd door de leidinggevende)") in text


def test_a_director_changing_their_own_case_acts_for_themselves_and_a_stand_in_for_the_director(services):
    team = build_team(services)
    services.workers.sign_in(team.sanne)
    bakker = team.cases["Bakker"]  # Sanne's
    evers = team.cases["Evers"]    # Mohamed's

    services.cases.set_priority(bakker, services.members.case_header(bakker).version, Priority.NORMAL, None)
    services.cases.transfer(evers, services.members.case_header(evers).version, team.sanne, "Mohamed is ziek")

    own, = log_entries(services, case_id=bakker, detail_code="priority_set", worker_id=team.sanne)
    stand_in, = log_entries(services, case_id=evers, detail_code="director_transferred")
    assert (own.on_behalf_of, stand_in.on_behalf_of) == (None, "mohamed.el.amrani")


def test_a_batch_export_runs_as_the_user_who_asked_for_it_so_no_one_else_is_named(services, tmp_path):
    family = two_families(services)
    services.exports.export_all_plans(tmp_path)

    saved = log_entries(services, detail_code="plan_saved_all")
    assert {e.family_id for e in saved} == {family.family_id, family.other_family_id}
    assert {(e.username, e.on_behalf_of) for e in saved} == {("sanne.de.vries", None)}
