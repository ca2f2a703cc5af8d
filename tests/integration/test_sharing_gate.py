"""The sharing gate (Jeugdwet 7.3.4 / 7.3.5 / 7.3.11) on the embedded database: refused without the consents
the age rule needs (saying which are missing from whom, nothing written), allowed with them, a legal
ground recorded with its reason, a withdrawal working at once, an expired consent not used, the 12 and 16
boundaries; in the three places that share (an involvement, a provider's evaluation, the plan for a
provider); and a member with consents on record not removed."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.errors import BusinessRuleViolation, ValidationError
from app.services.consents import ConsentInput
from app.services.evaluations import EvaluationInput
from app.services.sharing import SharingChoice
from app.sharing import decide
from models import Consent, Involvement, SharingRecord
from models.enums import (
    AuditEvent, ConsentForm, ConsentScope, EvaluationDecision, LegalGround, MemberRole, SharingPurpose,
)
from tests.export.plan_data import pdf_text
from tests.integration.care_helpers import agreed_plan, involvement_input, provider_with_product
from tests.integration.case_helpers import intake_family, log_entries, member_id

TODAY = date(2026, 11, 22)
PROVIDER = "Jeugdhulp Zaanstreek"


@pytest.fixture
def family(services):
    return intake_family(services)


@pytest.fixture
def help_offer(services):
    return provider_with_product(services, PROVIDER)


def _consent(services, family, first_name, scope=ConsentScope.PROVIDER, party=PROVIDER, **changes):
    data = dict(person_id=member_id(services, family.family_id, first_name), scope=scope, party=party,
                given_on=date(2026, 11, 1), form=ConsentForm.WRITTEN)
    data.update(changes)
    return services.consents.record(family.family_id, ConsentInput(**data))


def _count(services, model) -> int:
    with services.ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _refer(services, family, help_offer, choice=None):
    provider, product = help_offer
    return services.involvements.add_involvement(family.case_id, involvement_input(provider, product),
                                                 choice if choice is not None else SharingChoice())


def test_sharing_without_consent_is_refused_saying_from_whom_and_nothing_is_written(services, family, help_offer):
    with pytest.raises(ValidationError) as refused:
        _refer(services, family, help_offer)
    message = refused.value.field_messages()["sharing"]
    assert PROVIDER in message and "Zoë Öztürk" in message and "Daan Öztürk" in message and "Ayşe Öztürk" in message
    assert (_count(services, Involvement), _count(services, SharingRecord)) == (0, 0)


def test_a_consent_for_one_child_is_not_enough(services, family, help_offer):
    _consent(services, family, "Zoë")
    with pytest.raises(ValidationError) as refused:
        _refer(services, family, help_offer)
    message = refused.value.field_messages()["sharing"]
    assert "over Daan Öztürk" in message and "over Zoë" not in message
    assert _count(services, Involvement) == 0


def test_with_the_consents_the_sharing_is_allowed_and_recorded_with_them(services, family, help_offer):
    zoe = _consent(services, family, "Zoë")
    daan = _consent(services, family, "Daan", party="  jeugdhulp  ZAANSTREEK ")  # the party's name as typed
    _consent(services, family, "Daan", party="Een andere aanbieder")
    inv = _refer(services, family, help_offer)
    records = services.sharing.sharing_records(family.family_id)
    assert len(records) == 1
    r = records[0]
    assert (r.purpose, r.party, r.provider_id, r.object_id, r.ground) == (
        SharingPurpose.INVOLVEMENT, PROVIDER, help_offer[0].id, inv.id, None)
    assert r.consent_ids == tuple(sorted((zoe.id, daan.id)))
    assert (r.shared_on, r.worker_name) == (TODAY, services.ctx.user.name)
    entries = [(e.event, e.object_type) for e in log_entries(services, family_id=family.family_id)]
    assert (AuditEvent.CREATE, "sharing_record") in entries and (AuditEvent.READ, "sharing_record") in entries


def test_help_without_sharing_needs_no_consent(services, family, help_offer):
    provider, product = help_offer
    services.involvements.add_involvement(family.case_id, involvement_input(provider, product, referrer_type="02",
                                                                            referrer_name="Huisarts De Wit",
                                                                            monitored_by="De huisarts",
                                                                            extension_policy="Na overleg"))
    assert _count(services, SharingRecord) == 0


def test_a_legal_ground_needs_a_reason_and_is_recorded(services, family, help_offer):
    with pytest.raises(ValidationError) as refused:
        _refer(services, family, help_offer, SharingChoice(LegalGround.ACUTE_SAFETY, "  "))
    assert set(refused.value.fields) == {"ground_reason"}
    with pytest.raises(ValidationError) as refused:
        _refer(services, family, help_offer, SharingChoice(None, "Er is haast"))
    assert "legal_ground" in refused.value.fields
    assert _count(services, Involvement) == 0
    _refer(services, family, help_offer, SharingChoice(LegalGround.ACUTE_SAFETY, "Zoë is vannacht niet veilig thuis"))
    (r,) = services.sharing.sharing_records(family.family_id)
    assert (r.ground, r.reason, r.consent_ids) == (LegalGround.ACUTE_SAFETY, "Zoë is vannacht niet veilig thuis", ())


def test_a_withdrawal_works_at_once_and_what_was_shared_stays_on_record(services, family, help_offer):
    _consent(services, family, "Zoë")
    daan = _consent(services, family, "Daan")
    provider, _product = help_offer
    doc = None
    agreed_plan(services, family.case_id)
    doc = services.exports.plan_document_for_provider(family.case_id, provider.id, SharingChoice())
    assert doc.pages >= 1
    services.consents.withdraw(daan.id, daan.version)  # today
    with pytest.raises(ValidationError) as refused:
        services.exports.plan_document_for_provider(family.case_id, provider.id, SharingChoice())
    assert "Daan Öztürk" in refused.value.field_messages()["sharing"]
    records = services.sharing.sharing_records(family.family_id)
    assert [(r.purpose, r.object_id) for r in records] == [(SharingPurpose.PLAN_FOR_PROVIDER, doc.plan_id)]


def test_an_expired_consent_is_not_used(services, family, help_offer):
    _consent(services, family, "Zoë", valid_until=TODAY - timedelta(days=1))
    _consent(services, family, "Daan")
    with pytest.raises(ValidationError) as refused:
        _refer(services, family, help_offer)
    assert "Zoë Öztürk" in refused.value.field_messages()["sharing"]
    _consent(services, family, "Zoë", valid_until=TODAY)  # valid through today
    _refer(services, family, help_offer)


def test_a_consent_for_another_scope_or_a_future_day_is_not_used(services, family, help_offer):
    _consent(services, family, "Zoë", scope=ConsentScope.SCHOOL)
    _consent(services, family, "Daan")
    with pytest.raises(ValidationError):
        _refer(services, family, help_offer)


def test_a_providers_evaluation_needs_evaluation_consent_on_the_day_it_was_held(services, family, help_offer, clock):
    provider, _product = help_offer
    agreed_plan(services, family.case_id)
    data = EvaluationInput(TODAY, EvaluationDecision.CONTINUE, provider_id=provider.id)
    with pytest.raises(ValidationError) as refused:
        services.evaluations.record_evaluation(family.case_id, data)
    assert "sharing" in refused.value.fields
    _consent(services, family, "Zoë", scope=ConsentScope.EVALUATION, party=None)
    _consent(services, family, "Daan", scope=ConsentScope.EVALUATION, party=None)
    evaluation = services.evaluations.record_evaluation(family.case_id, data)
    (r,) = services.sharing.sharing_records(family.family_id)
    assert (r.purpose, r.object_id, r.party) == (SharingPurpose.EVALUATION, evaluation.id, PROVIDER)
    # the team's own evaluation shares nothing
    services.evaluations.record_evaluation(family.case_id, EvaluationInput(TODAY, EvaluationDecision.CONTINUE))
    assert len(services.sharing.sharing_records(family.family_id)) == 1


def test_the_plan_for_a_provider_is_refused_without_consent_and_made_on_a_ground(services, family, help_offer):
    provider, _product = help_offer
    agreed_plan(services, family.case_id)
    before = len(log_entries(services, family_id=family.family_id))
    with pytest.raises(ValidationError) as refused:
        services.exports.plan_document_for_provider(family.case_id, provider.id, SharingChoice())
    assert "sharing" in refused.value.fields
    with pytest.raises(ValidationError) as refused:
        services.exports.plan_document_for_provider(family.case_id, None, SharingChoice())
    assert "provider_id" in refused.value.fields
    assert _count(services, SharingRecord) == 0
    assert not [e for e in log_entries(services, family_id=family.family_id)[before:]
                if e.event is AuditEvent.PRINT_EXPORT]
    doc = services.exports.plan_document_for_provider(
        family.case_id, provider.id, SharingChoice(LegalGround.DIRECTLY_INVOLVED, "Levert de hulp uit het plan"))
    (r,) = services.sharing.sharing_records(family.family_id)
    assert (r.ground, r.object_id) == (LegalGround.DIRECTLY_INVOLVED, doc.plan_id)


def test_a_member_with_consents_on_record_is_not_removed(services, family):
    consent = _consent(services, family, "Daan")
    services.consents.withdraw(consent.id, consent.version)
    daan = next(m for m in services.members.family_detail(family.family_id).members if m.first_name == "Daan")
    with pytest.raises(BusinessRuleViolation) as refused:
        services.members.remove_member(daan.id, daan.version)
    assert "zijn toestemmingen vastgelegd" in refused.value.message()
    assert _count(services, Consent) == 1
    assert daan.id in [m.id for m in services.members.family_detail(family.family_id).members]


# -- the age rule's boundaries, on the pure gate ----------------------------------------------------------


@dataclass
class P:
    id: int
    role: MemberRole
    date_of_birth: date
    parental_authority: bool = False
    full_name: str = ""


@dataclass
class C:
    id: int
    person_id: int
    rule: str
    given_on: date = date(2020, 1, 1)
    scope: ConsentScope = ConsentScope.PROVIDER
    party: str | None = PROVIDER
    valid_until: date | None = None
    withdrawn_on: date | None = None


MOTHER = P(1, MemberRole.PARENT, date(1980, 1, 1), True, "Moeder")


@pytest.mark.parametrize(("years", "offset", "rule"), [
    (12, -1, "child_and_parents"), (12, 0, "child_and_parents"), (12, 1, "parents"),
    (16, -1, "young_person"), (16, 0, "young_person"), (16, 1, "child_and_parents"),
])
def test_the_12_and_16_boundaries_birthday_yesterday_today_tomorrow(years, offset, rule):
    """Only a consent given under the rule of the day counts; the other one must be renewed."""
    day = date(2026, 11, 22)
    born = date(day.year - years, 11, 22) + timedelta(days=offset)
    child = P(2, MemberRole.YOUNG_PERSON, born, full_name="Kind")
    rules = ("parents", "child_and_parents", "young_person")
    for index, candidate in enumerate(rules):
        decision = decide([MOTHER, child], [C(10 + index, 2, candidate)], SharingPurpose.INVOLVEMENT, PROVIDER, day)
        assert decision.allowed is (candidate == rule), candidate
        if not decision.allowed:
            (missing,) = decision.missing
            assert missing.renewal
            expected = {"parents": ("Moeder",), "child_and_parents": ("Kind", "Moeder"),
                        "young_person": ("Kind",)}[rule]
            assert missing.consenters == expected


def test_a_consent_withdrawn_or_given_later_or_ended_is_not_in_force():
    day = date(2026, 11, 22)
    child = P(2, MemberRole.YOUNG_PERSON, date(2020, 1, 1), full_name="Kind")
    for consent in (C(1, 2, "parents", withdrawn_on=day), C(1, 2, "parents", given_on=day + timedelta(days=1)),
                    C(1, 2, "parents", valid_until=day - timedelta(days=1))):
        assert not decide([MOTHER, child], [consent], SharingPurpose.INVOLVEMENT, PROVIDER, day).allowed
    later = C(1, 2, "parents", withdrawn_on=day)
    # recorded today for an evaluation held a week ago: today's withdrawal still counts
    assert not decide([MOTHER, child], [later], SharingPurpose.INVOLVEMENT, PROVIDER, day - timedelta(days=7),
                      withdrawn_by=day).allowed
    assert decide([MOTHER, child], [C(1, 2, "parents", valid_until=day)], SharingPurpose.INVOLVEMENT, PROVIDER,
                  day).allowed


def test_without_anyone_recorded_with_authority_a_child_under_16_cannot_consent():
    child = P(2, MemberRole.YOUNG_PERSON, date(2014, 1, 1), full_name="Kind")
    father = P(3, MemberRole.PARENT, date(1980, 1, 1), False, "Vader")
    decision = decide([father, child], [C(1, 2, "child_and_parents")], SharingPurpose.INVOLVEMENT, PROVIDER,
                      date(2026, 11, 22))
    assert not decision.allowed and decision.missing[0].authority_unknown


def test_the_inspection_copy_names_with_whom_the_data_was_shared(services, family, help_offer, tmp_path):
    """AVG art. 15(1)(c): the recipients, with the basis - in the PDF and the JSON."""
    _refer(services, family, help_offer, SharingChoice(LegalGround.ACUTE_SAFETY, "Zoë is vannacht niet veilig thuis"))
    saved = services.privacy.export_person_file(member_id(services, family.family_id, "Daan"), tmp_path)
    text = " ".join(pdf_text(saved.pdf.read_bytes()).split())
    assert "Gedeeld met anderen" in text and PROVIDER in text and "acute veiligheid" in text
    (shared,) = json.loads(saved.json.read_text(encoding="utf-8"))["shared"]
    assert (shared["party"], shared["purpose"], shared["ground"]) == (PROVIDER, "involvement", "acute_safety")
