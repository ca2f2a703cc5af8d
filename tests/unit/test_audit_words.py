"""What an access-log entry means in words: every object type in plain Dutch, Dutch local time (winter
and summer), who acted and on whose behalf, refusals said as refusals."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from app import audit_words as words
from app.audit_detail import OBJECT_TYPES
from models.enums import AuditEvent, AuditOutcome, Role

UTC = timezone.utc
SANNE = "Medewerker Sanne de Vries (Wijkteam Noord)"


@pytest.mark.parametrize("object_type", sorted(OBJECT_TYPES))
def test_every_object_type_has_plain_dutch_words(object_type):
    said = words.object_words(object_type)
    assert object_type in words.OBJECTS, "add the object type's words to app/audit_words.py"
    assert said and "_" not in said and said != object_type and said != words.SOME_PART


def test_the_example_of_the_issue_reads_as_written():
    assert words.actor(Role.WORKER, "Sanne de Vries", "Wijkteam Noord") == SANNE
    assert words.sentence(who=SANNE, event=AuditEvent.PRINT_EXPORT, outcome=AuditOutcome.SUCCESS,
                          object_type="family_plan", occurred_at=datetime(2026, 12, 3, 13, 5, tzinfo=UTC),
                          detail_code="plan_printed") == (
        "Medewerker Sanne de Vries (Wijkteam Noord) heeft op 3 december 2026 om 14:05 het gezinsplan afgedrukt.")


@pytest.mark.parametrize("moment, shown", [
    (datetime(2026, 3, 29, 0, 59, tzinfo=UTC), "29 maart 2026 om 01:59"),   # the last minute of winter time
    (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), "29 maart 2026 om 03:00"),    # summer time starts
    (datetime(2026, 10, 24, 22, 30, tzinfo=UTC), "25 oktober 2026 om 00:30"),  # the next day in Amsterdam
    (datetime(2026, 12, 31, 23, 30), "1 januari 2027 om 00:30"),           # a naive moment is UTC
])
def test_times_are_dutch_local_time(moment, shown):
    said = words.sentence(who=SANNE, event=AuditEvent.READ, outcome=AuditOutcome.SUCCESS, object_type="case",
                          occurred_at=moment)
    assert said == f"{SANNE} heeft op {shown} het dossier ingezien."


def test_on_behalf_of_refusals_and_named_members():
    boss = words.actor(Role.SUPERVISOR, "Marieke Hoekstra", "Wijkteam Noord")
    at = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    assert words.sentence(who=boss, event=AuditEvent.UPDATE, outcome=AuditOutcome.SUCCESS, object_type="case",
                          occurred_at=at, on_behalf_of="Piet Jansen") == (
        "Teamleider Marieke Hoekstra (Wijkteam Noord), namens Piet Jansen, heeft op 3 december 2026 om 10:00 "
        "het dossier gewijzigd.")
    assert words.sentence(who=SANNE, event=AuditEvent.READ, outcome=AuditOutcome.DENIED, object_type="person",
                          object_id=4, occurred_at=at, persons={4: "Zoë Öztürk"}) == (
        f"{SANNE} probeerde op 3 december 2026 om 10:00 de gegevens van Zoë Öztürk te openen, maar had daar geen "
        "toegang toe.")
    assert words.actor(None, None, None) == "De beheerder van de database"
