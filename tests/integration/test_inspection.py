"""Inspection and a copy (Jeugdwet 7.3.10, AVG art. 15): one person's file as PDF and JSON, logged,
without anything of another family; a worker of another team is refused."""
from __future__ import annotations

import json
import stat

import pytest

from app.bootstrap import open_database
from app.errors import AccessDenied
from models.enums import AuditEvent, AuditOutcome
from tests.export.plan_data import pdf_text
from tests.integration.case_helpers import detail_text, log_entries
from tests.integration.inspection_data import OTHER_TEXTS, OWN_TEXTS, ZOE_BSN, two_families


@pytest.fixture
def families(services):
    return two_families(services)


def test_the_copy_holds_every_kind_of_record_of_the_person_and_nothing_of_another_family(services, families, tmp_path):
    saved = services.privacy.export_person_file(families.person_id, tmp_path)

    assert saved.pdf.name == "Zoë Öztürk-inzage.pdf" and saved.json.name == "Zoë Öztürk-inzage.json"
    text = pdf_text(saved.pdf.read_bytes())
    raw = saved.json.read_text(encoding="utf-8")
    for own in ("Zoë Öztürk", ZOE_BSN, "01-03-2015", "Familie Öztürk-Øster", "Sanne de Vries", *OWN_TEXTS):
        assert own in text, own
    for own in ("Zoë", ZOE_BSN, "2015-03-01", "Familie Öztürk-Øster", *OWN_TEXTS):
        assert own in raw, own
    for other in OTHER_TEXTS:
        assert other not in text and other not in raw, other
    data = json.loads(raw)
    assert data["format"] == "gezinsregie-inzage/1"
    assert data["person"]["bsn"] == ZOE_BSN and data["person"]["role"] == "young_person"
    kinds = ("cases", "plans", "goals", "evaluations", "involvements", "waakvlam", "journal", "history", "access_log")
    assert all(data[k] for k in kinds), [k for k in kinds if not data[k]]
    assert len(data["goals"]) == 3 and data["goals"][0]["actions"][0]["what"] == "Wekker zetten om zeven uur"
    assert data["waakvlam"][0]["contacts"][0]["outcome"] == "all_well"
    assert stat.S_IMODE(saved.pdf.stat().st_mode) == 0o600 == stat.S_IMODE(saved.json.stat().st_mode)


def test_the_export_is_in_the_access_log_as_a_print_export_of_the_person(services, families, tmp_path):
    services.privacy.export_person_file(families.person_id, tmp_path)

    entries = log_entries(services, event=AuditEvent.PRINT_EXPORT, object_type="person")
    assert [(e.object_id, e.family_id, e.outcome) for e in entries] == [
        (families.person_id, families.family_id, AuditOutcome.SUCCESS)]
    assert detail_text(entries[0]) == "1 casus(sen)"


def test_inspection_on_screen_is_logged_as_a_read(services, families):
    data = services.privacy.person_file(families.person_id)

    assert data.person.bsn == ZOE_BSN and {g.case_id for g in data.goals} == {families.case_id}
    assert [e.object_id for e in log_entries(services, event=AuditEvent.READ, object_type="person")] == [
        families.person_id]


def test_a_worker_of_another_team_is_refused_and_nothing_is_written(services, families, db_path, clock, tmp_path):
    other = open_database(db_path, clock=clock, encryption=None)
    try:
        other.workers.register_local_worker("Kees Kok", "Wijkteam Zuid")
        with pytest.raises(AccessDenied):
            other.privacy.export_person_file(families.person_id, tmp_path)
        with pytest.raises(AccessDenied):
            other.privacy.person_file(families.person_id)
    finally:
        other.close()
    assert list(tmp_path.glob("*-inzage.*")) == []
    refused = log_entries(services, outcome=AuditOutcome.DENIED, object_type="person")
    assert len(refused) == 2 and {e.family_id for e in refused} == {families.family_id}


def test_the_copy_lists_the_child_protection_measures_about_the_person(services, families, tmp_path):
    from datetime import date

    from app.services.protection import MeasureInput
    from models.enums import ProtectionKind
    services.protection.record(families.case_id, MeasureInput(
        families.person_id, ProtectionKind.OTS, "Jeugdbescherming Zaanstreek", date(2026, 11, 1), date(2027, 8, 1),
        "Petra Visser", "06-12345678"))

    saved = services.privacy.export_person_file(families.person_id, tmp_path)

    text = pdf_text(saved.pdf.read_bytes())
    assert "Kinderbeschermingsmaatregelen" in text
    assert "Jeugdbescherming Zaanstreek" in text and "Petra Visser, 06-12345678" in text
    assert "01-11-2026 - 01-08-2027" in text
    [measure] = json.loads(saved.json.read_text(encoding="utf-8"))["measures"]
    assert (measure["kind"], measure["institution"], measure["ends_on"]) == ("ots", "Jeugdbescherming Zaanstreek",
                                                                              "2027-08-01")


def test_the_copy_shows_the_persons_transition_plan(services, families, tmp_path):
    from datetime import date

    from app.services.transition import TransitionInput
    from models.enums import TransitionDomain
    services.transition.record(families.case_id, TransitionInput(
        families.person_id, frozenset({TransitionDomain.WMO, TransitionDomain.INCOME}), "Karin de Boer, Wmo-consulent",
        "Begeleiding aanvragen voor de 18e verjaardag", date(2026, 11, 20)))

    saved = services.privacy.export_person_file(families.person_id, tmp_path)

    text = " ".join(pdf_text(saved.pdf.read_bytes()).split())
    assert "Plan voor de overgang naar 18" in text
    assert "Wmo (ondersteuning door de gemeente), Inkomen" in text and "Karin de Boer, Wmo-consulent" in text
    [plan] = json.loads(saved.json.read_text(encoding="utf-8"))["transition_plans"]
    assert (plan["domains"], plan["responsible"], plan["agreed_on"]) == (
        ["wmo", "income"], "Karin de Boer, Wmo-consulent", "2026-11-20")


def test_the_copy_says_for_whom_each_help_is_without_naming_a_sibling(services, families, tmp_path):
    from tests.integration.care_helpers import involvement_input, provider_with_product
    from tests.integration.case_helpers import member_id

    daan = member_id(services, families.family_id, "Daan")
    mine, product = provider_with_product(services, "Speltherapie Voor Zoë", "11223344", product="Speltherapie")
    services.involvements.add_involvement(families.case_id, involvement_input(
        mine, product, person_ids=(families.person_id, daan)))
    theirs, item = provider_with_product(services, "Huiswerkbegeleiding Daan", "22334455", product="Huiswerkhulp")
    services.involvements.add_involvement(families.case_id, involvement_input(theirs, item, person_ids=(daan,)))

    saved = services.privacy.export_person_file(families.person_id, tmp_path)

    text = " ".join(pdf_text(saved.pdf.read_bytes()).split())
    assert "Speltherapie Voor Zoë Speltherapie Zoë" in text
    assert "het hele gezin" in text  # the help recorded before: for the family as a whole
    assert "een andere" in text and "jeugdige van het gezin" in text  # a long row may break across pages
    rows = {i["provider"]: i["for_whom"] for i in json.loads(saved.json.read_text(encoding="utf-8"))["involvements"]}
    assert rows["Speltherapie Voor Zoë"] == "person" and rows["Huiswerkbegeleiding Daan"] == "others"
    assert "family" in rows.values()
