"""Read side of inspection (Jeugdwet 7.3.10, AVG art. 15): everything the file holds about one person.

Exact-column Core selects into frozen dataclasses. Everything is reached from the person's own
family (its cases, their plans, journal, care and history); goals are those that name the person
(GoalPerson) or give them an action, so nothing of another family can come in.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.queries.access_report import ReportEntry, report_entries
from app.queries.consents import ConsentStatus, family_consents
from app.queries.aftercare import TransitionPlanDTO, person_transition_plans
from app.queries.safety import ScalingAnswerDTO, family_scaling_answers
from app.queries.meldcode import EntryDTO, Reader, family_entries
from app.queries.protection import MeasureDTO, family_measures
from app.queries.statements import CaseStatements, person_statements
from models import (
    Action, Case, CaseEvent, Evaluation, Family, FamilyPlan, Goal, GoalPerson, Involvement, InvolvementExtension,
    InvolvementPerson, JournalEntry, LifeDomain, Person, Product, Provider, SharingRecord, Team, Waakvlam, WaakvlamContact, Worker,
)
from models.enums import (
    CaseEventKind, ConsentForm, ConsentScope, CaseStatus, ContactOutcome, EvaluationDecision, ExtensionStatus,
    GoalStatus, HandoverStatus,
    JournalKind, LegalGround, MemberRole, PlanStatus, SharingPurpose, WaakvlamStatus,
)


@dataclass(frozen=True)
class PersonData:
    id: int
    first_name: str
    surname_prefix: str | None
    surname: str
    date_of_birth: date
    bsn: str | None
    role: MemberRole
    parental_authority: bool


@dataclass(frozen=True)
class FamilyData:
    id: int
    name: str
    street: str | None
    postcode: str | None
    city: str | None
    team: str


@dataclass(frozen=True)
class CaseData:
    id: int
    status: CaseStatus
    opened_on: date
    closed_on: date | None
    director: str


@dataclass(frozen=True)
class PlanData:
    case_id: int
    version_no: int
    status: PlanStatus
    plan_date: date
    agreed_on: date | None
    agreed_with: str | None
    request_for_help: str
    concerns: str
    strengths: str
    desired_future: str
    agreements: str
    safety_worries: str = ""
    safety_working_well: str = ""
    safety_next_steps: str = ""


@dataclass(frozen=True)
class ActionData:
    what: str
    due_date: date | None
    done: bool


@dataclass(frozen=True)
class GoalData:
    case_id: int
    version_no: int
    life_domain: str
    description: str
    success_criterion: str
    target_date: date | None
    status: GoalStatus
    score_start: int | None
    score_target: int | None
    actions: tuple[ActionData, ...]


@dataclass(frozen=True)
class EvaluationData:
    case_id: int
    held_on: date
    participants: str
    consent_given: bool | None
    consent_note: str | None
    conclusion: str
    decision: EvaluationDecision
    next_date: date | None


FOR_FAMILY, FOR_PERSON, FOR_OTHERS = "family", "person", "others"


@dataclass(frozen=True)
class ExtensionLine:
    """An extension of the help: asked for, in effect or refused, with why."""

    number: int
    status: ExtensionStatus
    previous_end: date | None
    new_end: date
    note: str
    decision_note: str | None


@dataclass(frozen=True)
class InvolvementData:
    case_id: int
    provider: str
    product: str
    referral_date: date
    start_date: date | None
    planned_end: date | None
    actual_end: date | None
    handover: HandoverStatus
    note: str | None
    # For whom: "family" (the family as a whole), "person" (named for this person, maybe with others) or
    # "others" (only other young persons of the family, who are not named in this person's copy).
    for_whom: str = FOR_FAMILY
    extensions: tuple[ExtensionLine, ...] = ()


@dataclass(frozen=True)
class ContactData:
    planned_date: date
    held_on: date | None
    outcome: ContactOutcome | None
    note: str | None


@dataclass(frozen=True)
class WaakvlamData:
    case_id: int
    holder_name: str
    start_date: date
    end_date: date
    status: WaakvlamStatus
    agreement: str | None
    contacts: tuple[ContactData, ...]


@dataclass(frozen=True)
class JournalData:
    case_id: int
    occurred_on: date
    kind: JournalKind
    author: str
    text: str


@dataclass(frozen=True)
class CaseEventData:
    case_id: int
    on_date: date
    kind: CaseEventKind
    worker: str
    from_value: str | None
    to_value: str | None
    reason: str | None


@dataclass(frozen=True)
class ConsentData:
    scope: ConsentScope
    party: str | None
    given_by: str
    form: ConsentForm
    given_on: date
    valid_until: date | None
    withdrawn_on: date | None
    note: str | None
    status: ConsentStatus


@dataclass(frozen=True)
class SharingData:
    """One sharing of the family's data with another party (the sharing gate's record; AVG art. 15(1)(c))."""

    shared_on: date
    party: str
    purpose: SharingPurpose
    ground: LegalGround | None  # None: on consent
    reason: str | None


@dataclass(frozen=True)
class PersonFile:
    """What the file holds about one person, as of ``made_on``."""

    made_on: date
    person: PersonData
    family: FamilyData
    cases: tuple[CaseData, ...]
    plans: tuple[PlanData, ...]
    goals: tuple[GoalData, ...]
    evaluations: tuple[EvaluationData, ...]
    involvements: tuple[InvolvementData, ...]
    waakvlam: tuple[WaakvlamData, ...]
    journal: tuple[JournalData, ...]
    history: tuple[CaseEventData, ...]
    consents: tuple[ConsentData, ...]  # the person's own, newest first
    measures: tuple[MeasureDTO, ...]  # child-protection measures about the person (OTS, guardianship)
    access_log: tuple[ReportEntry, ...]  # as in "who looked at my file" of the person (app/queries/access_report.py)
    shared: tuple[SharingData, ...] = ()  # with whom the family's data was shared
    # Jeugdwet 7.3.8 / AVG 16: the person's own statements, and corrections made on their request.
    own_statements: CaseStatements = CaseStatements()
    transition_plans: tuple[TransitionPlanDTO, ...] = ()  # the person's plan for the transition at 18
    scaling_answers: tuple[ScalingAnswerDTO, ...] = ()  # the safety scaling question in the family's cases
    meldcode: tuple[EntryDTO, ...] = ()  # the steps of the family's meldcode tracks


def person_family(s: Session, person_id: int):
    """(family id, team id) of the person, or None when there is no such person (or it is not visible)."""
    return s.execute(select(Person.family_id, Family.team_id).join(Family, Family.id == Person.family_id)
                     .where(Person.id == person_id)).first()


def person_file(s: Session, person_id: int, made_on: date, reader: Reader | None = None) -> PersonFile:
    """The person's inspection copy; the meldcode steps only of tracks ``reader`` needs to know (None: all)."""
    person = PersonData(*s.execute(select(
        Person.id, Person.first_name, Person.surname_prefix, Person.surname, Person.date_of_birth, Person.bsn,
        Person.role, Person.parental_authority).where(Person.id == person_id)).one())
    family_id = s.execute(select(Person.family_id).where(Person.id == person_id)).scalar_one()
    family = FamilyData(*s.execute(select(
        Family.id, Family.name, Family.street, Family.postcode, Family.city, Team.name)
        .join(Team, Team.id == Family.team_id).where(Family.id == family_id)).one())
    case_ids = select(Case.id).where(Case.family_id == family_id).scalar_subquery()
    return PersonFile(
        made_on=made_on, person=person, family=family,
        own_statements=person_statements(s, person_id),
        cases=_rows(s, CaseData, select(Case.id, Case.status, Case.opened_on, Case.closed_on, Worker.name)
                    .join(Worker, Worker.id == Case.director_id).where(Case.family_id == family_id)
                    .order_by(Case.opened_on, Case.id)),
        plans=_rows(s, PlanData, select(
            FamilyPlan.case_id, FamilyPlan.version_no, FamilyPlan.status, FamilyPlan.plan_date, FamilyPlan.agreed_on,
            FamilyPlan.agreed_with, FamilyPlan.request_for_help, FamilyPlan.concerns, FamilyPlan.strengths,
            FamilyPlan.desired_future, FamilyPlan.agreements, FamilyPlan.safety_worries,
            FamilyPlan.safety_working_well, FamilyPlan.safety_next_steps)
            .where(FamilyPlan.case_id.in_(case_ids)).order_by(FamilyPlan.case_id, FamilyPlan.version_no)),
        goals=_goals(s, person_id, case_ids),
        evaluations=_rows(s, EvaluationData, select(
            Evaluation.case_id, Evaluation.held_on, Evaluation.participants, Evaluation.consent_given,
            Evaluation.consent_note, Evaluation.conclusion, Evaluation.decision, Evaluation.next_date)
            .where(Evaluation.case_id.in_(case_ids)).order_by(Evaluation.held_on, Evaluation.id)),
        involvements=_involvements(s, person_id, case_ids),
        waakvlam=_waakvlam(s, case_ids),
        journal=_rows(s, JournalData, select(
            JournalEntry.case_id, JournalEntry.occurred_on, JournalEntry.kind, Worker.name, JournalEntry.text)
            .join(Worker, Worker.id == JournalEntry.author_id).where(JournalEntry.case_id.in_(case_ids))
            .order_by(JournalEntry.occurred_on, JournalEntry.id)),
        history=_rows(s, CaseEventData, select(
            CaseEvent.case_id, CaseEvent.on_date, CaseEvent.kind, Worker.name, CaseEvent.from_value,
            CaseEvent.to_value, CaseEvent.reason)
            .join(Worker, Worker.id == CaseEvent.worker_id).where(CaseEvent.case_id.in_(case_ids))
            .order_by(CaseEvent.on_date, CaseEvent.id)),
        consents=tuple(ConsentData(c.scope, c.party, c.given_by, c.form, c.given_on, c.valid_until, c.withdrawn_on,
                                   c.note, c.status)
                       for c in family_consents(s, family_id, made_on).consents if c.person_id == person_id),
        measures=tuple(m for m in family_measures(s, family_id, made_on) if m.person_id == person_id),
        transition_plans=person_transition_plans(s, person_id),
        scaling_answers=family_scaling_answers(s, family_id),
        meldcode=family_entries(s, family_id, reader),
        access_log=report_entries(s, family_id, person_id),
        shared=_rows(s, SharingData, select(
            SharingRecord.shared_on, SharingRecord.party, SharingRecord.purpose, SharingRecord.ground,
            SharingRecord.reason).where(SharingRecord.family_id == family_id)
            .order_by(SharingRecord.shared_on, SharingRecord.id)),
    )


def _rows(s: Session, dto: type, query) -> tuple:
    return tuple(dto(*r) for r in s.execute(query))


def _goals(s: Session, person_id: int, case_ids) -> tuple[GoalData, ...]:
    named = select(GoalPerson.goal_id).where(GoalPerson.person_id == person_id)
    owns = select(Action.goal_id).where(Action.owner_person_id == person_id)
    rows = s.execute(select(
        Goal.id, FamilyPlan.case_id, FamilyPlan.version_no, LifeDomain.name, Goal.description, Goal.success_criterion,
        Goal.target_date, Goal.status, Goal.score_start, Goal.score_target)
        .join(FamilyPlan, FamilyPlan.id == Goal.plan_id).join(LifeDomain, LifeDomain.id == Goal.life_domain_id)
        .where(FamilyPlan.case_id.in_(case_ids), or_(Goal.id.in_(named), Goal.id.in_(owns)))
        .order_by(FamilyPlan.case_id, FamilyPlan.version_no, Goal.position, Goal.id)).all()
    actions: dict[int, list[ActionData]] = {}
    if rows:
        for a in s.execute(select(Action.goal_id, Action.what, Action.due_date, Action.done)
                           .where(Action.goal_id.in_([r.id for r in rows])).order_by(Action.position, Action.id)):
            actions.setdefault(a.goal_id, []).append(ActionData(a.what, a.due_date, a.done))
    return tuple(GoalData(*r[1:], actions=tuple(actions.get(r.id, ()))) for r in rows)


def _involvements(s: Session, person_id: int, case_ids) -> tuple[InvolvementData, ...]:
    rows = s.execute(select(
        Involvement.id, Involvement.case_id, Provider.name, Product.name, Involvement.referral_date,
        Involvement.start_date, Involvement.planned_end, Involvement.actual_end, Involvement.handover, Involvement.note)
        .join(Provider, Provider.id == Involvement.provider_id).join(Product, Product.id == Involvement.product_id)
        .where(Involvement.case_id.in_(case_ids)).order_by(Involvement.referral_date, Involvement.id)).all()
    named: dict[int, set[int]] = {}
    if rows:
        for involvement_id, pid in s.execute(select(InvolvementPerson.involvement_id, InvolvementPerson.person_id)
                                             .where(InvolvementPerson.involvement_id.in_([r.id for r in rows]))):
            named.setdefault(involvement_id, set()).add(pid)

    def for_whom(involvement_id: int) -> str:
        persons = named.get(involvement_id)
        return FOR_FAMILY if not persons else FOR_PERSON if person_id in persons else FOR_OTHERS

    extensions: dict[int, list[ExtensionLine]] = {}
    if rows:
        x = InvolvementExtension
        for r in s.execute(select(x.involvement_id, x.number, x.status, x.previous_end, x.new_end, x.note,
                                  x.decision_note).where(x.involvement_id.in_([r.id for r in rows]))
                           .order_by(x.involvement_id, x.number)):
            extensions.setdefault(r[0], []).append(ExtensionLine(*r[1:]))
    return tuple(InvolvementData(*r[1:], for_whom=for_whom(r.id), extensions=tuple(extensions.get(r.id, ())))
                 for r in rows)


def _waakvlam(s: Session, case_ids) -> tuple[WaakvlamData, ...]:
    rows = s.execute(select(
        Waakvlam.id, Waakvlam.case_id, Waakvlam.holder_name, Waakvlam.start_date, Waakvlam.end_date, Waakvlam.status,
        Waakvlam.agreement).where(Waakvlam.case_id.in_(case_ids)).order_by(Waakvlam.start_date, Waakvlam.id)).all()
    contacts: dict[int, list[ContactData]] = {}
    if rows:
        for c in s.execute(select(WaakvlamContact.waakvlam_id, WaakvlamContact.planned_date, WaakvlamContact.held_on,
                                  WaakvlamContact.outcome, WaakvlamContact.note)
                           .where(WaakvlamContact.waakvlam_id.in_([r.id for r in rows]))
                           .order_by(WaakvlamContact.planned_date, WaakvlamContact.id)):
            contacts.setdefault(c.waakvlam_id, []).append(ContactData(*c[1:]))
    return tuple(WaakvlamData(*r[1:], contacts=tuple(contacts.get(r.id, ()))) for r in rows)
