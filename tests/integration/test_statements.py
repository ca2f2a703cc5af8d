"""Own statement and correction (Jeugdwet 7.3.8, AVG 16) and the family-group plan offer (4.1.2), on
SQLite: what is stored and shown, bad input refused at its field with nothing written, the access log,
the inspection copy, and the due item at its boundary days."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import ConcurrencyConflict, ValidationError
from app.queries.due import FAMILY_GROUP_PLAN_ANSWER_WITHIN
from app.services.due import DueKind, Urgency
from app.services.privacy import to_json
from app.services.statements import CorrectionInput, FamilyGroupPlanInput, StatementInput
from models import Case, OwnStatement, TextCorrection
from models.enums import AuditEvent, FamilyGroupPlanAnswer, JournalKind, StatementSubject
from tests.integration.care_helpers import agreed_plan
from tests.integration.case_helpers import intake_family, log_entries, member_id

OPENED = date(2026, 11, 22)  # the intake's day (the fixed clock)


@pytest.fixture
def family(services):
    return intake_family(services)


def _count(services, model) -> int:
    with services.ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _statement(person, subject_id, **changes) -> StatementInput:
    data = dict(person_id=person, subject=StatementSubject.PLAN_TEXT, subject_id=subject_id, field="concerns",
                text="Wij zijn het niet eens: er is geen geweld in ons gezin.", stated_on=OPENED)
    data.update(changes)
    return StatementInput(**data)


# -- the family-group plan offer ----------------------------------------------------------------------------

def test_the_offer_is_recorded_on_the_case_with_its_day_and_answer(services, family):
    before = services.statements.family_group_plan_offer(family.case_id)
    assert (before.offered_on, before.answer, before.note) == (None, None, None)
    offer = services.statements.record_family_group_plan_offer(family.case_id, before.version, FamilyGroupPlanInput(
        OPENED, FamilyGroupPlanAnswer.CONSIDERING, "Oma wil helpen; ze denken erover na"))
    assert (offer.offered_on, offer.answer, offer.note) == (OPENED, FamilyGroupPlanAnswer.CONSIDERING,
                                                            "Oma wil helpen; ze denken erover na")
    again = services.statements.record_family_group_plan_offer(family.case_id, offer.version, FamilyGroupPlanInput(
        OPENED, FamilyGroupPlanAnswer.ACCEPTED))
    assert again.answer is FamilyGroupPlanAnswer.ACCEPTED and again.version == offer.version + 1
    with pytest.raises(ConcurrencyConflict):
        services.statements.record_family_group_plan_offer(family.case_id, offer.version, FamilyGroupPlanInput(
            OPENED, FamilyGroupPlanAnswer.DECLINED))
    events = [(e.event, e.object_type) for e in log_entries(services, object_type="family_group_plan_offer")]
    assert events == [(AuditEvent.READ, "family_group_plan_offer")] + [(AuditEvent.UPDATE, "family_group_plan_offer")] * 2


@pytest.mark.parametrize(("changes", "field"), [
    ({"answer": None}, "answer"),
    ({"offered_on": None}, "offered_on"),
    ({"offered_on": date(2026, 11, 23)}, "offered_on"),  # tomorrow
    ({"offered_on": date(2026, 11, 21)}, "offered_on"),  # before the case was opened
    ({"note": "a\x00b"}, "note"),
])
def test_a_bad_offer_is_refused_at_its_field_and_nothing_is_written(services, family, changes, field):
    data = dict(offered_on=OPENED, answer=FamilyGroupPlanAnswer.DECLINED, note=None)
    data.update(changes)
    version = services.statements.family_group_plan_offer(family.case_id).version
    with pytest.raises(ValidationError) as refused:
        services.statements.record_family_group_plan_offer(family.case_id, version, FamilyGroupPlanInput(**data))
    assert field in refused.value.fields
    with services.ctx.uow() as uow:
        assert uow.session.scalar(select(Case.family_group_plan_offered_on)) is None


def _fgp_items(services):
    return [(i.due_date, i.urgency, i.days) for i in services.due.today_items(include_later=True)
            if i.kind is DueKind.FAMILY_GROUP_PLAN]


@pytest.mark.parametrize(("today", "urgency"), [
    (date(2026, 11, 28), Urgency.LATER),      # eight days before
    (date(2026, 11, 29), Urgency.THIS_WEEK),  # a week before
    (date(2026, 12, 6), Urgency.THIS_WEEK),   # the day itself
    (date(2026, 12, 7), Urgency.OVERDUE),     # a day late
])
def test_a_new_case_without_an_answer_is_due_two_weeks_after_it_opened(services, family, clock, today, urgency):
    assert FAMILY_GROUP_PLAN_ANSWER_WITHIN.days == 14
    due = OPENED + FAMILY_GROUP_PLAN_ANSWER_WITHIN
    clock.day = today
    assert _fgp_items(services) == [(due, urgency, (due - today).days)]


@pytest.mark.parametrize(("answer", "due"), [
    (FamilyGroupPlanAnswer.CONSIDERING, True), (FamilyGroupPlanAnswer.ACCEPTED, False),
    (FamilyGroupPlanAnswer.DECLINED, False)])
def test_only_an_answer_ends_the_due_item(services, family, clock, answer, due):
    version = services.statements.family_group_plan_offer(family.case_id).version
    services.statements.record_family_group_plan_offer(family.case_id, version, FamilyGroupPlanInput(OPENED, answer))
    clock.day = date(2026, 12, 10)
    assert bool(_fgp_items(services)) is due


def test_once_the_first_plan_is_agreed_the_offer_is_no_longer_due(services, family, clock):
    agreed_plan(services, family.case_id)
    clock.day = date(2026, 12, 10)
    assert _fgp_items(services) == []


# -- own statements -----------------------------------------------------------------------------------------

def test_a_statement_is_stored_per_person_part_and_field_and_shown_with_every_plan_version(services, family):
    plan = agreed_plan(services, family.case_id)
    ayse = member_id(services, family.family_id, "Ayşe")
    first = services.statements.add_statement(family.case_id, _statement(ayse, plan.id))
    goal = plan.goals[0]
    about_goal = services.statements.add_statement(family.case_id, _statement(
        ayse, goal.id, subject=StatementSubject.GOAL, field="description", text="Zoë gaat al bijna elke dag."))
    assert (first.person_name, first.field, first.stated_on, first.recorded_by) == (
        "Ayşe Öztürk", "concerns", OPENED, "Sanne de Vries")
    draft = services.plans.new_version(plan.id)
    found = services.statements.statements(family.case_id)
    assert [s.id for s in found.statements] == [first.id, about_goal.id]
    assert found.about(StatementSubject.PLAN_TEXT, field="concerns")[0] == (first,)
    new_goal = next(g for g in draft.goals if g.lineage == goal.lineage)
    assert found.about(StatementSubject.GOAL, lineage=new_goal.lineage)[0] == (about_goal,)
    events = [(e.event, e.object_id) for e in log_entries(services, object_type="own_statement")]
    assert events == [(AuditEvent.CREATE, first.id), (AuditEvent.CREATE, about_goal.id), (AuditEvent.READ, None)]


def test_a_statement_about_a_journal_entry(services, family):
    entry = services.journal.add_entry(family.case_id, OPENED, JournalKind.HOME_VISIT, "Moeder was boos.")
    zoe = member_id(services, family.family_id, "Zoë")
    made = services.statements.add_statement(family.case_id, _statement(
        zoe, entry.id, subject=StatementSubject.JOURNAL_ENTRY, field="text", text="Ik was er niet bij."))
    assert services.statements.statements(family.case_id).about(
        StatementSubject.JOURNAL_ENTRY, entry.id)[0] == (made,)


@pytest.mark.parametrize(("changes", "field"), [
    ({"text": "  "}, "text"),
    ({"text": "a\x00b"}, "text"),
    ({"stated_on": None}, "stated_on"),
    ({"stated_on": date(2026, 11, 23)}, "stated_on"),
    ({"person_id": None}, "person_id"),
    ({"field": "agreed_with"}, "field"),           # not a text a statement can be about
    ({"subject_id": 999_999}, "subject_id"),       # no such plan
    ({"subject_id": None}, "subject_id"),
])
def test_a_bad_statement_is_refused_at_its_field_and_nothing_is_written(services, family, changes, field):
    plan = services.plans.start_plan(family.case_id)
    data = _statement(member_id(services, family.family_id, "Ayşe"), plan.id)
    with pytest.raises(ValidationError) as refused:
        services.statements.add_statement(family.case_id, StatementInput(**{**data.__dict__, **changes}))
    assert field in refused.value.fields
    assert _count(services, OwnStatement) == 0


def test_a_person_or_part_of_another_family_is_refused(services, family):
    other = intake_family(services, "Jansen")
    other_plan = services.plans.start_plan(other.case_id)
    plan = services.plans.start_plan(family.case_id)
    with pytest.raises(ValidationError) as person:
        services.statements.add_statement(family.case_id, _statement(member_id(services, other.family_id, "Ayşe"),
                                                                     plan.id))
    assert "person_id" in person.value.fields
    with pytest.raises(ValidationError) as part:
        services.statements.add_statement(family.case_id, _statement(member_id(services, family.family_id, "Ayşe"),
                                                                     other_plan.id))
    assert "subject_id" in part.value.fields
    assert _count(services, OwnStatement) == 0


# -- corrections --------------------------------------------------------------------------------------------

def test_a_correction_of_an_agreed_plan_keeps_what_stood_there_before(services, family, clock):
    plan = agreed_plan(services, family.case_id)
    plan = services.plans.current_plan(family.case_id)
    ayse = member_id(services, family.family_id, "Ayşe")
    data = CorrectionInput(ayse, StatementSubject.PLAN_TEXT, plan.id, "concerns", "Zorgen over de ochtenden.",
                           "Ayşe wees erop dat 'geweld' niet klopt", plan.version)
    correction = services.statements.correct(family.case_id, data)
    assert (correction.old_text, correction.new_text, correction.corrected_by, correction.corrected_on) == (
        plan.concerns, "Zorgen over de ochtenden.", "Sanne de Vries", OPENED)
    after = services.plans.current_plan(family.case_id)
    assert after.concerns == "Zorgen over de ochtenden." and after.version == plan.version + 1
    with pytest.raises(ConcurrencyConflict):  # the plan as it was before the correction
        services.statements.correct(family.case_id, data)
    [kept] = services.statements.statements(family.case_id).corrections
    assert kept == correction
    assert (AuditEvent.UPDATE, correction.id) in [(e.event, e.object_id) for e in log_entries(
        services, object_type="text_correction")]


def test_a_journal_entry_and_a_goal_can_be_corrected(services, family):
    plan = agreed_plan(services, family.case_id)
    entry = services.journal.add_entry(family.case_id, OPENED, JournalKind.HOME_VISIT, "Vader dronk.")
    ayse = member_id(services, family.family_id, "Ayşe")
    services.statements.correct(family.case_id, CorrectionInput(
        ayse, StatementSubject.JOURNAL_ENTRY, entry.id, "text", "Vader was moe.", "Verkeerd opgeschreven",
        entry.version))
    goal = plan.goals[0]
    services.statements.correct(family.case_id, CorrectionInput(
        ayse, StatementSubject.GOAL, goal.id, "description", "Zoë gaat vier dagen per week naar school",
        "Afgesproken was vier dagen", goal.version))
    assert services.journal.entries(family.case_id)[0].text == "Vader was moe."
    assert services.plans.current_plan(family.case_id).goals[0].description == "Zoë gaat vier dagen per week naar school"
    assert [c.old_text for c in services.statements.statements(family.case_id).corrections] == [
        "Vader dronk.", goal.description]


@pytest.mark.parametrize(("changes", "field"), [
    ({"reason": " "}, "reason"),
    ({"new_text": ""}, "new_text"),                          # a journal entry's text is required
    ({"new_text": "Moeder was boos."}, "new_text"),          # nothing changes
    ({"new_text": "x" * 20_001}, "new_text"),                # longer than an entry may be
    ({"field": "occurred_on"}, "field"),
    ({"subject": StatementSubject.EVALUATION}, "field"),     # an evaluation is not corrected
    ({"person_id": None}, "person_id"),
])
def test_a_bad_correction_is_refused_at_its_field_and_nothing_changes(services, family, changes, field):
    entry = services.journal.add_entry(family.case_id, OPENED, JournalKind.HOME_VISIT, "Moeder was boos.")
    data = dict(person_id=member_id(services, family.family_id, "Ayşe"), subject=StatementSubject.JOURNAL_ENTRY,
                subject_id=entry.id, field="text", new_text="Moeder was verdrietig.", reason="Op verzoek",
                expected_version=entry.version)
    data.update(changes)
    with pytest.raises(ValidationError) as refused:
        services.statements.correct(family.case_id, CorrectionInput(**data))
    assert field in refused.value.fields
    assert _count(services, TextCorrection) == 0
    assert services.journal.entries(family.case_id)[0].text == "Moeder was boos."


def test_the_inspection_copy_holds_the_persons_statements_and_corrections(services, family):
    plan = agreed_plan(services, family.case_id)
    plan = services.plans.current_plan(family.case_id)
    ayse, zoe = (member_id(services, family.family_id, n) for n in ("Ayşe", "Zoë"))
    services.statements.add_statement(family.case_id, _statement(ayse, plan.id, text="Mijn eigen verklaring."))
    services.statements.add_statement(family.case_id, _statement(zoe, plan.id, text="Die van Zoë."))
    services.statements.correct(family.case_id, CorrectionInput(
        ayse, StatementSubject.PLAN_TEXT, plan.id, "strengths", "Wij koken samen.", "Op verzoek van Ayşe",
        plan.version))
    mine = services.privacy.person_file(ayse).own_statements
    assert [s.text for s in mine.statements] == ["Mijn eigen verklaring."]
    assert [(c.old_text, c.new_text) for c in mine.corrections] == [(plan.strengths, "Wij koken samen.")]
    assert [s.text for s in services.privacy.person_file(zoe).own_statements.statements] == ["Die van Zoë."]
    copy = json.loads(to_json(services.privacy.person_file(ayse)))["own_statements"]
    assert [s["text"] for s in copy["statements"]] == ["Mijn eigen verklaring."]
    assert [(c["old_text"], c["new_text"], c["subject"]) for c in copy["corrections"]] == [
        (plan.strengths, "Wij koken samen.", "plan_text")]
    assert services.privacy.person_file(zoe).own_statements.corrections == ()
