"""Read side of involvements (inzet): provider, product, referral, direction, and computed periods."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.codelists import END_REASONS, PRODUCT_CATEGORIES, REFERRER_TYPES
from app.queries.extensions import pending_by_involvement
from app.queries.plans import current_plan_id
from models import Case, FamilyPlan, Goal, Involvement, Person, Product, Provider, Segment
from models.enums import DirectionMode, HandoverStatus, InvolvementState
from models.family import full_name

ENDING_SOON = timedelta(weeks=4)        # "ends within 4 weeks"
REPORT_BACK_NOTICE = timedelta(days=7)  # a report-back shows as due a week ahead


@dataclass(frozen=True)
class LinkedGoal:
    lineage: str
    description: str
    in_current_plan: bool  # False: the goal was taken out of the plan since it was linked


@dataclass(frozen=True)
class ForWhom:
    """A young person the help is for."""

    person_id: int
    name: str        # full name
    first_name: str


@dataclass(frozen=True)
class InvolvementDTO:
    id: int
    case_id: int
    family_id: int
    provider_id: int
    provider_name: str
    provider_agb: str | None
    product_id: int
    product_name: str
    category_code: str
    category_label: str          # official iJw (JZ020) name
    regional_code: str | None
    segment_code: str | None
    referrer_type: str           # iJw COD327
    referrer_type_label: str
    referrer_name: str | None
    referrer_agb: str | None
    referral_date: date
    start_date: date | None
    planned_end: date | None
    actual_end: date | None
    end_reason: str | None       # iJw JZ588
    end_reason_label: str | None
    volume_amount: int | None
    volume_unit: str | None
    volume_frequency: str | None
    budget_cents: int | None
    direction: DirectionMode
    direction_holder: str | None
    monitored_by: str | None
    report_back_date: date | None
    extension_policy: str | None
    extensions: int
    handover: HandoverStatus
    note: str | None
    goals: tuple[LinkedGoal, ...]
    persons: tuple[ForWhom, ...]  # the young persons the help is for, oldest first; empty: the family as a whole
    extended_care: bool          # verlengde jeugdhulp (after 18, at most until 23)
    waiting_days: int | None     # start - referral; None while no start date, and when cancelled
    duration_days: int | None    # (actual end or today) - start; None before the start
    state: InvolvementState      # planned until the start date; cancelled when ended before it
    is_active: bool              # not ended (planned or running)
    ends_within_4_weeks: bool    # active and the planned end is within four weeks (or passed)
    report_back_due: bool        # active and the report-back date is within a week (or passed)
    version: int
    pending_extension_id: int | None = None  # an extension awaiting a supervisor's approval

    @property
    def budget_euros(self) -> Decimal | None:
        return None if self.budget_cents is None else Decimal(self.budget_cents) / 100

    @property
    def goal_lineages(self) -> tuple[str, ...]:
        return tuple(g.lineage for g in self.goals)

    @property
    def person_ids(self) -> tuple[int, ...]:
        return tuple(p.person_id for p in self.persons)

    @property
    def for_family(self) -> bool:
        """For the family as a whole (no young person named)."""
        return not self.persons

    @property
    def directed_by(self) -> str | None:
        """Who holds the (daily) direction besides the team: the other party, or the provider in samenregie."""
        if self.direction is DirectionMode.ELSEWHERE:
            return self.direction_holder
        if self.direction is DirectionMode.SAMENREGIE:
            return self.direction_holder or self.provider_name
        return None


def waiting_days(referral: date, start: date | None) -> int | None:
    return (start - referral).days if start is not None else None


def duration_days(start: date | None, actual_end: date | None, today: date) -> int | None:
    if start is None or start > (actual_end or today):
        return None
    return ((actual_end or today) - start).days


def ends_soon(actual_end: date | None, planned_end: date | None, today: date) -> bool:
    return actual_end is None and planned_end is not None and planned_end <= today + ENDING_SOON


def report_back_due(actual_end: date | None, report_back: date | None, today: date) -> bool:
    return actual_end is None and report_back is not None and report_back <= today + REPORT_BACK_NOTICE


def goal_descriptions(session: Session, case_id: int) -> tuple[dict[str, str], set[str]]:
    """Per goal lineage of the case its newest description, and the lineages in the current plan."""
    rows = session.execute(
        select(Goal.lineage, Goal.description, Goal.plan_id).join(FamilyPlan, FamilyPlan.id == Goal.plan_id)
        .where(FamilyPlan.case_id == case_id).order_by(FamilyPlan.version_no))
    current_id = current_plan_id(session, case_id)
    descriptions, current = {}, set()
    for lineage, description, plan_id in rows:
        descriptions[lineage] = description
        if plan_id == current_id:
            current.add(lineage)
    return descriptions, current


def involvement_dtos(session: Session, case_id: int, today: date, *,
                     involvement_ids: list[int] | None = None) -> list[InvolvementDTO]:
    """The case's involvements: running ones first (by start), then ended ones (latest end first)."""
    q = (select(Involvement).where(Involvement.case_id == case_id)
         .options(selectinload(Involvement.goal_links), selectinload(Involvement.person_links)))
    if involvement_ids is not None:
        q = q.where(Involvement.id.in_(involvement_ids))
    rows = list(session.scalars(q))
    if not rows:
        return []
    family_id = session.scalar(select(Case.family_id).where(Case.id == case_id))
    providers = {p.id: p for p in session.scalars(select(Provider).where(
        Provider.id.in_({r.provider_id for r in rows})))}
    products = {p.id: p for p in session.scalars(select(Product).where(
        Product.id.in_({r.product_id for r in rows})))}
    segments = dict(session.execute(select(Segment.id, Segment.code)).all())
    descriptions, current = goal_descriptions(session, case_id)
    persons = for_whom(session, {link.person_id for r in rows for link in r.person_links})
    pending = pending_by_involvement(session, [r.id for r in rows])
    dtos = [replace(_dto(r, family_id, providers[r.provider_id], products[r.product_id], segments, descriptions,
                         current, today, persons), pending_extension_id=pending.get(r.id)) for r in rows]
    running = sorted((d for d in dtos if d.is_active), key=lambda d: (d.start_date or d.referral_date, d.id))
    ended = sorted((d for d in dtos if not d.is_active), key=lambda d: (d.actual_end, d.id), reverse=True)
    return running + ended


def for_whom(session: Session, person_ids: set[int]) -> dict[int, tuple[ForWhom, date]]:
    """The named young persons by id, with their date of birth (to sort them oldest first)."""
    if not person_ids:
        return {}
    rows = session.execute(select(Person.id, Person.first_name, Person.surname_prefix, Person.surname,
                                  Person.date_of_birth).where(Person.id.in_(person_ids)))
    return {r.id: (ForWhom(r.id, full_name(r.first_name, r.surname_prefix, r.surname), r.first_name),
                   r.date_of_birth) for r in rows}


def _dto(r: Involvement, family_id: int, provider: Provider, product: Product, segments: dict[int, str],
         descriptions: dict[str, str], current: set[str], today: date,
         persons: dict[int, tuple[ForWhom, date]]) -> InvolvementDTO:
    goals = tuple(sorted((LinkedGoal(link.goal_lineage, descriptions.get(link.goal_lineage, ""),
                                     link.goal_lineage in current) for link in r.goal_links),
                         key=lambda g: (not g.in_current_plan, g.description)))
    state = r.state(today)
    named = sorted((persons[link.person_id] for link in r.person_links if link.person_id in persons),
                   key=lambda p: (p[1], p[0].person_id))
    return InvolvementDTO(
        id=r.id, case_id=r.case_id, family_id=family_id, provider_id=provider.id, provider_name=provider.name,
        provider_agb=provider.agb_code, product_id=product.id, product_name=product.name,
        category_code=product.category_code,
        category_label=PRODUCT_CATEGORIES.get(product.category_code, product.category_code),
        regional_code=product.regional_code, segment_code=segments.get(product.segment_id),
        referrer_type=r.referrer_type, referrer_type_label=REFERRER_TYPES.get(r.referrer_type, r.referrer_type),
        referrer_name=r.referrer_name, referrer_agb=r.referrer_agb, referral_date=r.referral_date,
        start_date=r.start_date, planned_end=r.planned_end, actual_end=r.actual_end, end_reason=r.end_reason,
        end_reason_label=END_REASONS.get(r.end_reason) if r.end_reason else None,
        volume_amount=r.volume_amount, volume_unit=r.volume_unit, volume_frequency=r.volume_frequency,
        budget_cents=r.budget_cents, direction=r.direction, direction_holder=r.direction_holder,
        monitored_by=r.monitored_by, report_back_date=r.report_back_date, extension_policy=r.extension_policy,
        extensions=r.extensions, handover=r.handover, note=r.note, goals=goals,
        persons=tuple(p for p, _born in named), extended_care=bool(r.extended_care),
        waiting_days=None if state is InvolvementState.CANCELLED else waiting_days(r.referral_date, r.start_date),
        duration_days=duration_days(r.start_date, r.actual_end, today), state=state,
        is_active=r.actual_end is None,
        ends_within_4_weeks=ends_soon(r.actual_end, r.planned_end, today),
        report_back_due=report_back_due(r.actual_end, r.report_back_date, today), version=r.version,
    )
