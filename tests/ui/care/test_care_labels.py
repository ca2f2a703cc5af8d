"""Care labels: every value named in Dutch, per enum type (equal stored strings never mix), amounts the Dutch way."""
from __future__ import annotations

from decimal import Decimal

import pytest

from app.consent import ConsentRule
from app.queries.due import DueKind, Urgency
from models.enums import (
    CaseStatus, ContactOutcome, DirectionMode, EvaluationDecision, HandoverStatus, MemberRole, WaakvlamHolder,
    WaakvlamStatus,
)
from ui.care.forms import parse_euros
from ui.labels.care import care_label, days_text, money_text
from ui.labels.due import days_from_today
from ui.labels.case import label as case_label

CARE_ENUMS = (DirectionMode, HandoverStatus, EvaluationDecision, WaakvlamHolder, WaakvlamStatus, ContactOutcome,
              ConsentRule, DueKind, Urgency)


@pytest.mark.parametrize("enum_type", CARE_ENUMS, ids=lambda e: e.__name__)
def test_every_value_has_its_own_dutch_label(enum_type):
    labels = [care_label(value) for value in enum_type]
    assert all(text and text != value.value for text, value in zip(labels, enum_type))
    assert len(set(labels)) == len(labels)


def test_equal_stored_strings_of_different_enums_keep_their_own_label():
    assert WaakvlamStatus.ACTIVE == CaseStatus.ACTIVE
    assert (care_label(WaakvlamStatus.ACTIVE), case_label(CaseStatus.ACTIVE)) == ("Loopt", "Actief")
    assert ConsentRule.YOUNG_PERSON == MemberRole.YOUNG_PERSON
    assert care_label(ConsentRule.YOUNG_PERSON) == "16 jaar of ouder: de jongere beslist zelf"
    assert care_label(DirectionMode.SAMENREGIE) == "Samenregie"
    assert care_label(DueKind.INVOLVEMENT_ENDING) == "Inzet loopt af"


def test_amounts_in_euros_are_read_and_written_the_dutch_way():
    assert [parse_euros(text) for text in ("4.500,00", "€ 4500", "4500,5", "4.500", "12.50", " ")] == [
        Decimal("4500.00"), Decimal("4500"), Decimal("4500.5"), Decimal("4500"), Decimal("12.50"), None]
    with pytest.raises(ValueError):
        parse_euros("veel")
    assert money_text(Decimal("6800")) == "€ 6.800,00"


def test_counts_use_the_dutch_plural_form_of_one_message():
    """``%n`` plurals, also through ``QCoreApplication.translate`` (lupdate misses those; the update tool
    marks them)."""
    assert [days_text(n) for n in (1, 3)] == ["1 dag", "3 dagen"]
    assert [days_from_today(n) for n in (-1, -4, 1, 2)] == ["1 dag te laat", "4 dagen te laat", "over 1 dag",
                                                            "over 2 dagen"]
