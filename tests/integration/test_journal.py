"""The case journal: dated contacts, newest first, searchable; only the author corrects an entry."""
from __future__ import annotations

from datetime import date

import pytest

from app.errors import AccessDenied, ConcurrencyConflict, ValidationError
from models.enums import AuditEvent, AuditOutcome, JournalKind
from tests.integration.case_helpers import colleague_services, detail_text, intake_family, log_entries


@pytest.fixture
def family(services):
    return intake_family(services)


def test_entries_are_newest_first_with_author(services, family):
    add = services.journal.add_entry
    first = add(family.case_id, date(2026, 11, 10), JournalKind.HOME_VISIT, "Huisbezoek: kennismaking")
    second = add(family.case_id, date(2026, 11, 20), JournalKind.PHONE_CALL, "School gebeld over verzuim")
    same_day = add(family.case_id, date(2026, 11, 10), JournalKind.SCHOOL, "Mentor gesproken")
    entries = services.journal.entries(family.case_id)
    assert [e.id for e in entries] == [second.id, same_day.id, first.id]
    assert (entries[0].author_name, entries[0].kind, entries[0].can_edit, entries[0].version) == (
        "Sanne de Vries", JournalKind.PHONE_CALL, True, 1)


def test_search_is_case_insensitive_also_for_accented_letters(services, family):
    services.journal.add_entry(family.case_id, date(2026, 11, 1), JournalKind.HOME_VISIT, "Gesprek met ZOË en moeder")
    services.journal.add_entry(family.case_id, date(2026, 11, 2), JournalKind.SCHOOL, "Verzuim besproken")
    assert [e.text for e in services.journal.entries(family.case_id, "zoë")] == ["Gesprek met ZOË en moeder"]
    assert [e.text for e in services.journal.entries(family.case_id, "  VERZUIM ")] == ["Verzuim besproken"]
    assert services.journal.entries(family.case_id, "crisis") == []


def test_reads_and_searches_are_logged_without_the_search_text(services, family):
    services.journal.add_entry(family.case_id, date(2026, 11, 1), JournalKind.OTHER, "Notitie over Zoë")
    services.journal.entries(family.case_id)
    services.journal.entries(family.case_id, "Zoë")
    entries = log_entries(services, object_type="journal")
    assert [(e.event, e.family_id, e.case_id) for e in entries] == [
        (AuditEvent.READ, family.family_id, family.case_id), (AuditEvent.SEARCH, family.family_id, family.case_id)]
    assert detail_text(entries[1]) == "1 treffer(s)"
    assert [e.event for e in log_entries(services, object_type="journal_entry")] == [AuditEvent.CREATE]


def test_entry_validation(services, family):
    with pytest.raises(ValidationError) as info:
        services.journal.add_entry(family.case_id, date(2026, 11, 23), JournalKind.OTHER, " ")
    messages = info.value.field_messages()
    assert set(messages) == {"occurred_on", "text"}
    assert "toekomst" in messages["occurred_on"] and messages["text"] == "Dit veld is verplicht."
    with pytest.raises(ValidationError) as info:
        services.journal.add_entry(family.case_id, None, JournalKind.OTHER, "x" * 20_001)
    assert set(info.value.fields) == {"occurred_on", "text"}
    assert services.journal.entries(family.case_id) == []


def test_only_the_author_corrects_an_entry(services, family, db_path, clock):
    entry = services.journal.add_entry(family.case_id, date(2026, 11, 20), JournalKind.PHONE_CALL, "Gebeld")
    fixed = services.journal.update_entry(entry.id, entry.version, date(2026, 11, 21), JournalKind.PHONE_CALL,
                                          "Gebeld met moeder")
    assert (fixed.text, fixed.occurred_on, fixed.version) == ("Gebeld met moeder", date(2026, 11, 21), 2)
    with colleague_services(db_path, clock) as other:
        assert other.journal.entries(family.case_id)[0].can_edit is False
        with pytest.raises(AccessDenied):
            other.journal.update_entry(entry.id, fixed.version, date(2026, 11, 21), JournalKind.OTHER, "Anders")
        denied = log_entries(other, outcome=AuditOutcome.DENIED)
    assert [(e.event, e.object_type, e.family_id, e.username) for e in denied] == [
        (AuditEvent.UPDATE, "journal_entry", family.family_id, "mohamed.el.amrani")]
    assert services.journal.entries(family.case_id)[0].text == "Gebeld met moeder"


def test_a_stale_entry_is_a_conflict(services, family):
    entry = services.journal.add_entry(family.case_id, date(2026, 11, 20), JournalKind.PHONE_CALL, "Gebeld")
    fixed = services.journal.update_entry(entry.id, entry.version, entry.occurred_on, entry.kind, "Gebeld met school")
    with pytest.raises(ConcurrencyConflict) as info:
        services.journal.update_entry(entry.id, entry.version, entry.occurred_on, entry.kind, "Oud")
    assert info.value.current == fixed
