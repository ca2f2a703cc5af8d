"""Input values for an involvement and its field rules: referral, periods, volume or budget, direction."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.codelists import FREQUENCIES, REFERRER_TYPES, REFERRERS_WITH_AGB, UNITS
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.involvements import InvolvementDTO
from app.services.provider_inputs import agb_field, code_field, segment_needs_referral
from app.validation import FieldErrors, is_number
from app.youth_age import YoungPerson, age_limits
from models import Case, Involvement, InvolvementPerson, Person, Product, Provider
from models.enums import DirectionMode, MemberRole

MUNICIPALITY = "01"  # COD327: the social team's own referral
NO_REFERRER = "06"   # COD327: self-referral / no referrer
TEXT_MAX = 4000
NOTE_MAX = 20_000
PARTY_MAX = 200
BUDGET_MAX_CENTS = 2**31 - 1
VOLUME_MAX = 1_000_000


@dataclass(frozen=True)
class InvolvementInput:
    """A provider's involvement as entered. Give a volume (amount + unit + frequency) or a budget in
    euros, not both. Direction elsewhere needs ``direction_holder``; direction elsewhere or a referrer
    other than the municipality needs ``monitored_by``; such a referrer also needs ``extension_policy``."""

    provider_id: int | None
    product_id: int | None
    referrer_type: str                 # iJw COD327
    referral_date: date | None
    start_date: date | None = None
    planned_end: date | None = None
    referrer_name: str | None = None
    referrer_agb: str | None = None
    volume_amount: int | None = None
    volume_unit: str | None = None      # iJw unit
    volume_frequency: str | None = None  # iJw frequency
    budget: Decimal | None = None        # euros
    direction: DirectionMode = DirectionMode.SOCIAL_TEAM
    direction_holder: str | None = None
    monitored_by: str | None = None
    report_back_date: date | None = None
    extension_policy: str | None = None
    note: str | None = None
    person_ids: tuple[int, ...] = ()     # the young persons the help is for; empty: the family as a whole
    extended_care: bool = False          # verlengde jeugdhulp: after 18, at most until the 23rd birthday

    @classmethod
    def from_dto(cls, d: InvolvementDTO) -> InvolvementInput:
        """The involvement's current values, to prefill an edit form."""
        return cls(d.provider_id, d.product_id, d.referrer_type, d.referral_date, d.start_date, d.planned_end,
                   d.referrer_name, d.referrer_agb, d.volume_amount, d.volume_unit, d.volume_frequency,
                   d.budget_euros, d.direction, d.direction_holder, d.monitored_by, d.report_back_date,
                   d.extension_policy, d.note, d.person_ids, d.extended_care)


def validate_involvement(errors: FieldErrors, s: Session, data: InvolvementInput, *, case_id: int, today: date,
                         current: Involvement | None = None) -> dict:
    """Checked column values. A provider or product made inactive may stay on an involvement that had it."""
    errors.days(data)
    values = _provider_and_product(errors, s, data, current)
    values.update(_referrer(errors, data))
    _referral_of_segment(errors, s, values["referrer_type"], data.product_id, current)
    values.update(_dates(errors, data, today, current))
    values.update(_volume_or_budget(errors, data))
    values.update(_direction(errors, data, values["referrer_type"]))
    values["note"] = errors.optional("note", data.note, NOTE_MAX, multiline=True)
    values["extended_care"] = bool(data.extended_care)
    values["person_ids"] = _for_whom(errors, s, data, case_id, values)
    if (current is None or current.actual_end is None) and _same_help_running(s, data, case_id, current,
                                                                             values["person_ids"]):
        errors.add("product_id", QT_TRANSLATE_NOOP(
            "Errors", "This provider already delivers this product in this case. End that involvement first."))
    return values


def _same_help_running(s: Session, data: InvolvementInput, case_id: int, current: Involvement | None,
                       person_ids: tuple[int, ...]) -> bool:
    """The same product of the same provider not ended, for the same young person (help for the family as a
    whole is for every one of them); the same product for two different children is two assignments."""
    others = list(s.scalars(select(Involvement.id).where(
        Involvement.case_id == case_id, Involvement.provider_id == data.provider_id,
        Involvement.product_id == data.product_id, Involvement.actual_end.is_(None),
        Involvement.id != (current.id if current else -1))))
    if not others or not person_ids:
        return bool(others)
    named: dict[int, set[int]] = {i: set() for i in others}
    for involvement_id, person_id in s.execute(select(InvolvementPerson.involvement_id, InvolvementPerson.person_id)
                                               .where(InvolvementPerson.involvement_id.in_(others))):
        named[involvement_id].add(person_id)
    return any(not persons or persons & set(person_ids) for persons in named.values())


def family_young_persons(s: Session, family_id: int) -> list[YoungPerson]:
    """The family's young persons, oldest first, as the age rules need them."""
    rows = s.execute(select(Person).where(Person.family_id == family_id, Person.role == MemberRole.YOUNG_PERSON)
                     .order_by(Person.date_of_birth, Person.id)).scalars()
    return [YoungPerson(p.id, p.full_name, p.date_of_birth) for p in rows]


def _for_whom(errors: FieldErrors, s: Session, data: InvolvementInput, case_id: int, values: dict) -> tuple[int, ...]:
    """The named young persons (each once), all of this family; extended care refused past a 23rd birthday."""
    family_id = s.scalar(select(Case.family_id).where(Case.id == case_id))
    young = family_young_persons(s, family_id)
    wanted = tuple(dict.fromkeys(data.person_ids or ()))
    if not set(wanted) <= {p.id for p in young}:
        errors.add("person_ids", QT_TRANSLATE_NOOP(
            "Errors", "Choose young persons of this family, or the family as a whole."))
        return wanted
    begins = values.get("start_date") or values.get("referral_date")
    for limit in age_limits(young, wanted, begins, values.get("planned_end"), values["extended_care"]):
        if limit.refused:
            errors.add("planned_end", QT_TRANSLATE_NOOP(
                "Errors", "Extended youth care lasts at most until the 23rd birthday ({date}): choose an earlier "
                          "planned end."), date=limit.on.strftime("%d-%m-%Y"))
            break
    return wanted


def _provider_and_product(errors: FieldErrors, s: Session, data: InvolvementInput,
                          current: Involvement | None) -> dict:
    provider = s.get(Provider, data.provider_id) if data.provider_id is not None else None
    if provider is None or not (provider.active or (current and current.provider_id == provider.id)):
        errors.add("provider_id", QT_TRANSLATE_NOOP("Errors", "Choose a provider."))
    product = s.get(Product, data.product_id) if data.product_id is not None else None
    if (product is None or product.provider_id != data.provider_id
            or not (product.active or (current and current.product_id == product.id))):
        errors.add("product_id", QT_TRANSLATE_NOOP("Errors", "Choose a product of this provider."))
    return dict(provider_id=data.provider_id, product_id=data.product_id)


def _referrer(errors: FieldErrors, data: InvolvementInput) -> dict:
    kind = code_field(data.referrer_type)
    if kind not in REFERRER_TYPES:
        errors.add("referrer_type", QT_TRANSLATE_NOOP("Errors", "Choose who referred from the iJw list."))
    name = errors.optional("referrer_name", data.referrer_name, 160)
    agb = agb_field(errors, "referrer_agb", data.referrer_agb)
    if kind in REFERRERS_WITH_AGB and name is None and agb is None:
        errors.add("referrer_name", QT_TRANSLATE_NOOP("Errors", "Give the referrer's name or AGB code."))
    return dict(referrer_type=kind or "", referrer_name=name, referrer_agb=agb)


def _referral_of_segment(errors: FieldErrors, s: Session, referrer: str, product_id: int | None,
                         current: Involvement | None) -> None:
    """Help in a segment that needs a referral is refused without a referrer; an involvement recorded
    before its segment said so keeps its referrer until the referrer or product is changed."""
    unchanged = current is not None and (current.referrer_type, current.product_id) == (referrer, product_id)
    if referrer == NO_REFERRER and not unchanged and segment_needs_referral(s, product_id):
        errors.add("referrer_type", QT_TRANSLATE_NOOP(
            "Errors", "This product's segment needs a referral: choose who referred, with the referral date."))


def _dates(errors: FieldErrors, data: InvolvementInput, today: date, current: Involvement | None) -> dict:
    referral, start, planned = data.referral_date, data.start_date, data.planned_end
    if referral is None:
        errors.add("referral_date", QT_TRANSLATE_NOOP("Errors", "This field is required."))
    elif referral > today:
        errors.add("referral_date", QT_TRANSLATE_NOOP("Errors", "The referral date cannot be in the future."))
    if start is not None and referral is not None and start < referral:
        errors.add("start_date", QT_TRANSLATE_NOOP("Errors", "The start date is before the referral date."))
    if current is not None and current.actual_end is not None:
        if start is None:
            errors.add("start_date", QT_TRANSLATE_NOOP("Errors", "This field is required."))
        elif start > current.actual_end:
            errors.add("start_date", QT_TRANSLATE_NOOP("Errors", "The start date is after the end date."))
    if planned is not None:
        if start is not None and planned < start:
            errors.add("planned_end", QT_TRANSLATE_NOOP("Errors", "The planned end is before the start date."))
        elif referral is not None and planned < referral:
            errors.add("planned_end", QT_TRANSLATE_NOOP("Errors", "The planned end is before the referral date."))
    report_back = data.report_back_date
    if report_back is not None and referral is not None and report_back < referral:
        errors.add("report_back_date",
                   QT_TRANSLATE_NOOP("Errors", "The report-back date is before the referral date."))
    return dict(referral_date=referral, start_date=start, planned_end=planned, report_back_date=report_back)


def _volume_or_budget(errors: FieldErrors, data: InvolvementInput) -> dict:
    amount, unit, frequency = data.volume_amount, code_field(data.volume_unit), (data.volume_frequency or "").strip()
    has_volume = amount is not None or unit is not None or bool(frequency)
    if has_volume:
        if amount is None:
            errors.add("volume_amount", QT_TRANSLATE_NOOP("Errors", "Give the amount, unit and frequency together."))
        else:
            errors.whole_number("volume_amount", amount, 1, VOLUME_MAX)
        if unit not in UNITS:
            errors.add("volume_unit", QT_TRANSLATE_NOOP("Errors", "Choose a unit from the iJw list."))
        if frequency not in FREQUENCIES:
            errors.add("volume_frequency", QT_TRANSLATE_NOOP("Errors", "Choose a frequency from the iJw list."))
    cents = None
    if data.budget is not None:
        if has_volume:
            errors.add("budget", QT_TRANSLATE_NOOP("Errors", "Give either a volume or a budget, not both."))
        cents = _cents(data.budget)
        if not 0 < cents <= BUDGET_MAX_CENTS:
            errors.add("budget", QT_TRANSLATE_NOOP("Errors", "Give an amount in euros above zero."))
    return dict(volume_amount=amount if has_volume else None, volume_unit=unit if has_volume else None,
                volume_frequency=frequency or None, budget_cents=cents)


def _cents(euros: object) -> int:
    """Whole eurocents of an amount in euros; 0 for what is not a finite number (NaN, infinity, text)."""
    if not is_number(euros):
        return 0
    try:
        return int((Decimal(str(euros)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except InvalidOperation:  # beyond the decimal context's precision
        return 0


def _direction(errors: FieldErrors, data: InvolvementInput, referrer_type: str) -> dict:
    elsewhere = data.direction is DirectionMode.ELSEWHERE
    other_referrer = referrer_type in REFERRER_TYPES and referrer_type != MUNICIPALITY
    holder = errors.optional("direction_holder", data.direction_holder, PARTY_MAX)
    if elsewhere and holder is None:
        errors.add("direction_holder", QT_TRANSLATE_NOOP(
            "Errors", "Say who directs, for example the family guardian and the certified institution."))
    monitored = errors.optional("monitored_by", data.monitored_by, PARTY_MAX)
    if (elsewhere or other_referrer) and monitored is None:
        errors.add("monitored_by", QT_TRANSLATE_NOOP("Errors", "Say who monitors this help."))
    policy = errors.optional("extension_policy", data.extension_policy, TEXT_MAX, multiline=True)
    if other_referrer and policy is None:
        errors.add("extension_policy", QT_TRANSLATE_NOOP("Errors", "Say how extensions are handled."))
    return dict(direction=data.direction, direction_holder=holder, monitored_by=monitored, extension_policy=policy)
