"""Dutch dates, accent-insensitive folding and the translated enum labels."""
from __future__ import annotations

from datetime import date

from models.enums import ActionOwner, Actor, CaseStatus, CloseReason, JournalKind, PlanStatus, Priority
from ui.formatting import fold_text, format_date
from ui.labels import label, plan_status_label, tables


def test_dates_are_day_month_year():
    assert format_date(date(2026, 3, 5)) == "05-03-2026"
    assert format_date(None) == ""


def test_folding_ignores_case_and_accents():
    assert fold_text("Öztürk") == fold_text("OZTURK") == "ozturk"
    assert fold_text("Zoë") == "zoe"
    assert fold_text("Yılmaz Aydın Mikołaj Søren") == "yilmaz aydin mikolaj soren"


def test_every_status_priority_and_plan_status_has_a_dutch_label():
    assert [label(s) for s in CaseStatus] == ["Intake", "Actief", "Waakvlam", "Afgesloten"]
    assert [label(p) for p in Priority] == ["Normaal", "Hoog"]
    assert [plan_status_label(p) for p in PlanStatus] == ["Concept", "Vastgesteld", "Vervangen"]
    assert plan_status_label(None) == "Nog geen plan"


def test_values_of_different_enums_that_read_alike_keep_their_own_names():
    """One ``label(value)`` for every enum, keyed by (enum type, value): Actor.NETWORK and
    ActionOwner.NETWORK are the same string "network", and CloseReason.OTHER equals PriorityReason.OTHER."""
    assert ActionOwner.NETWORK == Actor.NETWORK
    assert label(Actor.NETWORK) == "Netwerk"
    assert label(ActionOwner.NETWORK) != label(Actor.NETWORK)
    assert label(JournalKind.OTHER) != label(CloseReason.OTHER)
    assert {Actor, ActionOwner, JournalKind, CloseReason} <= set(tables())
