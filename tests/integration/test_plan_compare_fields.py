"""Comparing two plan versions field by field (issue 13, item 9): every changed field with its old and
new value, and a changed text word by word."""
from __future__ import annotations

from datetime import date

import pytest

from app.queries.plan_compare import ChangeKind, FieldChange, Marked, TextChange, TextPart, text_change
from models.enums import Actor
from tests.integration import plan_versions_data as pv
from tests.integration.case_helpers import intake_family


@pytest.fixture
def family(services):
    return intake_family(services)


def test_every_changed_field_comes_with_its_old_and_new_value(services, family):
    versions = pv.two_versions(services, family)

    changes = services.plans.compare_versions(versions.v1_id, versions.v2_id)

    by_kind = {c.kind: c for c in changes}
    assert set(by_kind) == {ChangeKind.PLAN_CHANGED, ChangeKind.GOAL_CHANGED, ChangeKind.ACTION_CHANGED}
    assert by_kind[ChangeKind.PLAN_CHANGED].fields == (FieldChange("concerns", pv.CONCERNS_V1, pv.CONCERNS_V2),)
    assert by_kind[ChangeKind.GOAL_CHANGED].fields == (
        FieldChange("persons", ("Zoë Öztürk",), ("Daan Öztürk", "Zoë Öztürk")),
        FieldChange("description", pv.GOAL_V1, pv.GOAL_V2),
        FieldChange("success_criterion", pv.CRITERION_V1, pv.CRITERION_V2),
        FieldChange("target_date", date(2027, 3, 1), date(2027, 5, 1)),
        FieldChange("actor", Actor.FAMILY, Actor.SOCIAL_TEAM),
        FieldChange("actor_detail", "Ayşe brengt haar", None),
    )
    action = by_kind[ChangeKind.ACTION_CHANGED]
    assert (action.goal_lineage, action.goal_description) == (versions.lineage, pv.GOAL_V2)
    assert action.fields == (FieldChange("what", pv.ACTION_V1, pv.ACTION_V2),
                             FieldChange("due_date", date(2026, 12, 1), date(2026, 12, 15)))


def test_a_changed_text_marks_the_words_that_went_and_came():
    change = text_change(pv.CONCERNS_V1, pv.CONCERNS_V2)
    assert change == TextChange(
        old=(TextPart("Zoë komt ", Marked.SAME), TextPart("vaak", Marked.REMOVED),
             TextPart(" te laat op school.", Marked.SAME)),
        new=(TextPart("Zoë komt ", Marked.SAME), TextPart("soms", Marked.ADDED),
             TextPart(" te laat op school", Marked.SAME), TextPart("; Daan slaapt slecht", Marked.ADDED),
             TextPart(".", Marked.SAME)),
    )
    assert "".join(p.text for p in change.old) == pv.CONCERNS_V1
    assert "".join(p.text for p in change.new) == pv.CONCERNS_V2


def test_a_text_that_was_empty_or_emptied_is_all_added_or_all_removed():
    assert text_change(None, "Nieuw") == TextChange((), (TextPart("Nieuw", Marked.ADDED),))
    assert text_change("Oud", "") == TextChange((TextPart("Oud", Marked.REMOVED),), ())
