"""What needs the worker: due items across open cases (evaluations, waakvlam contacts, ending help...).

Every rule reads the stored dates against ``today``, so the lists move as the clock moves; nothing
is stored about being due.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import StrEnum

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from app.queries.aftercare import transitions_due
from app.queries.consents import renewals_due
from app.queries.crisis import FOLLOW_UP_WITHIN, REVIEW_AFTER, hours_until, open_crises
from app.queries.evaluations import evaluation_due_dates
from app.queries.extensions import DECIDED_NOTICE, extension_events, norm_flags
from app.queries.involvements import ENDING_SOON
from app.queries.protection import measures_due
from app.queries.waakvlam import active_waakvlams
from models import Case, Family, FamilyPlan, Involvement, Provider
from models.enums import CaseStatus, ExtensionStatus, FamilyGroupPlanAnswer, PlanStatus

THIS_WEEK = timedelta(days=7)
PLAN_DEADLINE = timedelta(weeks=6)  # Jeugdwet 4.1.3: the plan is fixed within six weeks
# Jeugdwet 4.1.2: the family is first offered a family-group plan; its answer is due this long after opening.
FAMILY_GROUP_PLAN_ANSWER_WITHIN = timedelta(weeks=2)
DECIDED = (FamilyGroupPlanAnswer.ACCEPTED, FamilyGroupPlanAnswer.DECLINED)
HELP_STATUSES = (CaseStatus.INTAKE, CaseStatus.ACTIVE)


class DueKind(StrEnum):
    EVALUATION = "evaluation"                # the agreed plan's next evaluation
    PLAN = "plan"                            # no agreed plan yet, six weeks after opening
    INVOLVEMENT_ENDING = "involvement_ending"  # planned end of running help within four weeks
    REPORT_BACK = "report_back"              # a provider or directing party reports back
    WAAKVLAM_CONTACT = "waakvlam_contact"    # the next planned waakvlam contact
    WAAKVLAM_END = "waakvlam_end"            # the waakvlam's end: end it and close the case
    CONSENT_RENEWAL = "consent_renewal"      # a young person turned 12 or 16 after a consent was given
    FAMILY_GROUP_PLAN = "family_group_plan"  # no answer yet to the family-group plan offer, before the first plan
    MEASURE_ENDING = "measure_ending"        # a (provisional) OTS ends within three months: agree with the GI
    PLACEMENT = "placement"                  # an out-of-home placement under a measure: cooperate with the GI
    TRANSITION = "transition"                # a young person turns 16 1/2: plan the transition to adulthood at 18
    EXTENSION_AWAITING = "extension_awaiting"  # an extension awaits approval: for the team's supervisors
    EXTENSION_DECIDED = "extension_decided"  # a supervisor decided on an extension this week: for the director
    HELP_PAST_NORM = "help_past_norm"        # running help past its product's norm (duration or extensions)
    CRISIS_FOLLOW_UP = "crisis_follow_up"    # a crisis is followed up within 24 hours of its start (in hours)
    CRISIS_REVIEW = "crisis_review"          # four weeks after a crisis started: end it or convert it to regular help


_KIND_ORDER = {kind: n for n, kind in enumerate(DueKind)}


class Urgency(StrEnum):
    OVERDUE = "overdue"      # before today
    THIS_WEEK = "this_week"  # today up to seven days ahead
    LATER = "later"


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    due_date: date
    urgency: Urgency
    days: int                # due date - today; negative when overdue
    case_id: int
    family_id: int
    family_name: str
    object_id: int | None    # involvement, waakvlam (contact), consent, measure or person; None: evaluation, plan
    detail: str | None       # the provider's or waakvlam holder's name; the young person's for a consent
    due_at: datetime | None = None  # for an item counted in hours (a crisis follow-up): when it is due
    hours: int | None = None        # with ``due_at``: whole hours until it (a part-hour ahead counts); negative: late


@dataclass(frozen=True)
class OpenCase:
    case_id: int
    family_id: int
    family_name: str
    status: CaseStatus
    opened_on: date


def urgency(due: date, today: date) -> Urgency:
    if due < today:
        return Urgency.OVERDUE
    return Urgency.THIS_WEEK if due <= today + THIS_WEEK else Urgency.LATER


def hour_urgency(due_at: datetime, now: datetime) -> Urgency:
    """An item counted in hours is overdue from the moment it is due (24:00 after a crisis started)."""
    return Urgency.OVERDUE if now >= due_at else Urgency.THIS_WEEK


def sort_key(item: DueItem) -> tuple:
    """Overdue first, then by date (for date-based items urgency follows the date), time, family, kind."""
    return (item.urgency is not Urgency.OVERDUE, item.due_date, item.due_at or _NO_TIME, item.family_name,
            _KIND_ORDER[item.kind], item.object_id or 0)


_NO_TIME = datetime.max.replace(tzinfo=timezone.utc)  # date-based items after timed ones of the same day


CaseIds = Collection[int] | Select  # case ids, or a select of them (sent as a subquery, not a long list)


def in_scope(q: Select, *, director_id: int | None = None, team_ids: frozenset[int] | None = None,
             include_closed: bool = False) -> Select:
    """``q`` narrowed to the (open) cases of one director, or of the given teams."""
    if not include_closed:
        q = q.where(Case.status != CaseStatus.CLOSED)
    if director_id is not None:
        q = q.where(Case.director_id == director_id)
    if team_ids is not None:
        q = q.where(Case.team_id.in_(team_ids))
    return q


def open_cases(session: Session, *, director_id: int | None = None,
               team_ids: frozenset[int] | None = None) -> list[OpenCase]:
    q = (select(Case.id, Case.family_id, Family.name, Case.status, Case.opened_on)
         .join(Family, Family.id == Case.family_id))
    return [OpenCase(*r) for r in session.execute(in_scope(q, director_id=director_id, team_ids=team_ids))]


def no_cases(case_ids: CaseIds) -> bool:
    return not isinstance(case_ids, Select) and not case_ids


def case_plans(session: Session, case_ids: CaseIds) -> list[Row]:
    """Every plan version of the cases as (case_id, status, agreed_on, evaluation_interval_weeks,
    version_no): what the due rules and the caseload's plan column need, in one statement (covered by
    the index ix_family_plan_case_current)."""
    if no_cases(case_ids):
        return []
    return session.execute(
        select(FamilyPlan.case_id, FamilyPlan.status, FamilyPlan.agreed_on, FamilyPlan.evaluation_interval_weeks,
               FamilyPlan.version_no)
        .where(FamilyPlan.case_id.in_(case_ids))).all()


def due_items(session: Session, cases: list[OpenCase], today: date, *,
              plans: Sequence[Row] | None = None, scope: Select | None = None,
              now: datetime | None = None) -> list[DueItem]:
    """Every due item of the given open cases, sorted: overdue first, then by date. ``plans``: the
    cases' :func:`case_plans`, when the caller has read them already; ``scope``: a select of exactly
    these cases' ids (:func:`in_scope`), to send instead of the list of ids; ``now``: the moment items
    counted in hours are measured against (default: noon UTC of ``today``)."""
    by_id = {c.case_id: c for c in cases}
    items: list[DueItem] = []

    def add(kind: DueKind, case_id: int, due: date, object_id: int | None = None, detail: str | None = None) -> None:
        c = by_id.get(case_id)
        if c is None:  # through ``scope``, a case that came in after ``cases`` was read (read committed)
            return
        items.append(DueItem(kind, due, urgency(due, today), (due - today).days, case_id, c.family_id,
                             c.family_name, object_id, detail))

    helped = [c.case_id for c in cases if c.status in HELP_STATUSES]
    if plans is None:
        plans = case_plans(session, helped)
    helped_ids = set(helped)
    plans = [p for p in plans if p.case_id in helped_ids]
    agreed = [(p.case_id, p.agreed_on, p.evaluation_interval_weeks) for p in plans if p.status is PlanStatus.AGREED]
    for case_id, due in evaluation_due_dates(session, helped, agreed=agreed, among=scope).items():
        add(DueKind.EVALUATION, case_id, due)
    with_agreed_plan = {p.case_id for p in plans if p.status is not PlanStatus.DRAFT}
    for case_id in helped:
        if case_id not in with_agreed_plan:
            add(DueKind.PLAN, case_id, by_id[case_id].opened_on + PLAN_DEADLINE)
    for case_id in family_group_plan_undecided(session, [c for c in helped if c not in with_agreed_plan], scope):
        add(DueKind.FAMILY_GROUP_PLAN, case_id, by_id[case_id].opened_on + FAMILY_GROUP_PLAN_ANSWER_WITHIN)
    if by_id:
        for inv_id, case_id, planned_end, report_back, provider in session.execute(
                select(Involvement.id, Involvement.case_id, Involvement.planned_end, Involvement.report_back_date,
                       Provider.name).join(Provider, Provider.id == Involvement.provider_id)
                .where(Involvement.case_id.in_(list(by_id) if scope is None else scope),
                       Involvement.actual_end.is_(None))):
            if planned_end is not None and planned_end <= today + ENDING_SOON:
                add(DueKind.INVOLVEMENT_ENDING, case_id, planned_end, inv_id, provider)
            if report_back is not None:
                add(DueKind.REPORT_BACK, case_id, report_back, inv_id, provider)
    in_waakvlam = ([c.case_id for c in cases if c.status is CaseStatus.WAAKVLAM] if scope is None
                   else scope.where(Case.status == CaseStatus.WAAKVLAM))
    for waakvlam, nxt in active_waakvlams(session, in_waakvlam):
        if nxt is not None:
            add(DueKind.WAAKVLAM_CONTACT, waakvlam.case_id, nxt[1], nxt[0], waakvlam.holder_name)
        add(DueKind.WAAKVLAM_END, waakvlam.case_id, waakvlam.end_date, waakvlam.id, waakvlam.holder_name)
    if by_id:
        for case_id, consent_id, due, name in renewals_due(session, list(by_id) if scope is None else scope, today):
            add(DueKind.CONSENT_RENEWAL, case_id, due, consent_id, name)
        for what, case_id, measure_id, due, name in measures_due(
                session, list(by_id) if scope is None else scope, today):
            add(DueKind.MEASURE_ENDING if what == "ending" else DueKind.PLACEMENT, case_id, due, measure_id, name)
        for case_id, person_id, due, name in transitions_due(session, list(by_id) if scope is None else scope, today):
            add(DueKind.TRANSITION, case_id, due, person_id, name)
        listed = list(by_id) if scope is None else scope
        for event in extension_events(session, listed, today):
            add(DueKind.EXTENSION_DECIDED, event.case_id, event.on + DECIDED_NOTICE, event.involvement_id,
                event.provider_name)
        for flag in norm_flags(session, listed, today):
            add(DueKind.HELP_PAST_NORM, flag.case_id, flag.norm_end if flag.past_weeks else today,
                flag.involvement_id, flag.provider_name)
        _crisis_items(session, by_id, listed, today,
                      now or datetime.combine(today, time(12), tzinfo=timezone.utc), items)
    return sorted(items, key=sort_key)


def extensions_awaiting(session: Session, cases: list[OpenCase], today: date) -> list[DueItem]:
    """Requests for an extension in ``cases`` awaiting a supervisor's approval: due a week after the request."""
    by_id = {c.case_id: c for c in cases}
    if not by_id:
        return []
    items = []
    for event in extension_events(session, list(by_id), today, status=ExtensionStatus.REQUESTED):
        c, due = by_id[event.case_id], event.on + DECIDED_NOTICE
        items.append(DueItem(DueKind.EXTENSION_AWAITING, due, urgency(due, today), (due - today).days, c.case_id,
                             c.family_id, c.family_name, event.involvement_id, event.provider_name))
    return items


def _crisis_items(session: Session, by_id: dict[int, OpenCase], case_ids: CaseIds, today: date, now: datetime,
                  items: list[DueItem]) -> None:
    """An open crisis: its follow-up (in hours) until followed up, and its four-week review (by date)."""
    for case_id, crisis_id, started, followed_up in open_crises(session, case_ids):
        c = by_id.get(case_id)
        if c is None:
            continue
        if not followed_up:
            due_at = started + FOLLOW_UP_WITHIN
            due = due_at.date()
            items.append(DueItem(DueKind.CRISIS_FOLLOW_UP, due, hour_urgency(due_at, now), (due - today).days,
                                 case_id, c.family_id, c.family_name, crisis_id, None, due_at,
                                 hours_until(due_at, now)))
        due = (started + REVIEW_AFTER).date()
        items.append(DueItem(DueKind.CRISIS_REVIEW, due, urgency(due, today), (due - today).days, case_id,
                             c.family_id, c.family_name, crisis_id, None))


def family_group_plan_undecided(session: Session, case_ids: list[int], scope: Select | None = None) -> list[int]:
    """Of ``case_ids`` (cases whose first plan is not agreed yet) those without the family's answer to the
    family-group plan offer: not offered, or still thinking about it."""
    if not case_ids:
        return []
    wanted = set(case_ids)
    return [case_id for case_id, in session.execute(
        select(Case.id).where(Case.id.in_(case_ids if scope is None else scope),
                              Case.family_group_plan_answer.is_(None)
                              | Case.family_group_plan_answer.not_in(DECIDED))) if case_id in wanted]


def first_per_case(items: Iterable[DueItem]) -> dict[int, DueItem]:
    """Per case its first item of ``items`` (sorted by :func:`sort_key`): the caseload's "next" column."""
    first: dict[int, DueItem] = {}
    for item in items:
        first.setdefault(item.case_id, item)
    return first
