"""Read model of the printed family plan: one frozen :class:`PlanPrintData` with everything the PDF shows.

Exact-column selects only; the plan's own tables, the involvements (with their direction
arrangements), the evaluations and the waakvlam are read directly, so the printout does not depend
on the services that maintain them. Everything is as of ``print_date`` (ages, "current" scores).
The one exception is the content code on every page: it comes from the plan's rows through the same
function as the code the agree dialog shows (:func:`app.queries.plans.plan_digest`), so the two match.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.municipalities import municipality_name
from app.queries.aftercare import case_aftercare
from app.queries.goal_standing import GoalStanding, goal_standing, latest_evaluated
from app.queries.plans import content_code, load_plan_tree, plan_digest
from app.queries.safety import PrintSafety, safety_print
from app.queries.statements import PrintStatement, plan_statements
from app.validation import age_on
from models.family import full_name
from models import TeamMunicipality
from models import (
    Action, Case, Evaluation, EvaluationGoal, Family, FamilyPlan, Goal, GoalPerson, Involvement, InvolvementPerson,
    LifeDomain,
    NetworkMember, Person, Product, Provider, Team, Waakvlam, Worker,
)
from models.enums import (
    ActionOwner, Actor, AftercareKind, AftercareNoneReason, CaseStatus, DirectionMode, EvaluationDecision, FamilyGroupPlanAnswer, GoalStatus,
    HandoverStatus, MemberRole, PlanStatus, WaakvlamHolder, WaakvlamStatus,
)

CONSENT_AGE = 12  # Jeugdwet 7.3.4: from 12 the young person decides (and signs) along with the parents


@dataclass(frozen=True)
class PrintMember:
    name: str
    role: MemberRole
    date_of_birth: date
    age: int  # on the print date
    parental_authority: bool


@dataclass(frozen=True)
class PrintNetworkMember:
    name: str
    relation: str
    contribution: str | None


@dataclass(frozen=True)
class PrintAction:
    what: str
    owner_name: str
    due_date: date | None
    done: bool
    done_on: date | None


@dataclass(frozen=True)
class ScorePoint:
    """A goal's score: at the start of the plan (``on`` is None) or at an evaluation."""

    on: date | None
    score: int


@dataclass(frozen=True)
class PrintGoal:
    number: int  # 1, 2, 3... in printed order (grouped by life domain)
    lineage: str
    life_domain: str
    description: str
    success_criterion: str
    persons: tuple[str, ...]
    target_date: date | None
    actor: Actor | None
    actor_detail: str | None
    network_member: str | None
    score_start: int | None
    score_target: int | None
    standing: GoalStanding  # where the goal stands (app.queries.goal_standing): its printed status and score
    actions: tuple[PrintAction, ...]
    trend: tuple[ScorePoint, ...]  # the start score, then every evaluation's score in date order
    safety_goal: bool = False  # a goal of the safety plan

    @property
    def status(self) -> GoalStatus:
        return self.standing.status

    @property
    def current_score(self) -> int | None:
        return self.standing.score


@dataclass(frozen=True)
class PrintDomain:
    name: str
    goals: tuple[PrintGoal, ...]


@dataclass(frozen=True)
class PrintInvolvement:
    provider: str
    product: str
    referrer_type: str  # iJw COD327
    referrer_name: str | None
    referral_date: date
    start_date: date | None
    planned_end: date | None
    direction: DirectionMode
    direction_holder: str | None
    monitored_by: str | None
    report_back_date: date | None
    extension_policy: str | None
    extensions: int
    handover: HandoverStatus
    for_persons: tuple[str, ...] = ()  # first names of the young persons it is for; empty: the whole family
    extended_care: bool = False        # verlengde jeugdhulp


@dataclass(frozen=True)
class PrintEvaluation:
    held_on: date
    participants: str
    conclusion: str
    decision: EvaluationDecision
    next_date: date | None


@dataclass(frozen=True)
class PrintWaakvlam:
    holder_kind: WaakvlamHolder
    holder_name: str
    start_date: date
    end_date: date
    frequency_weeks: int
    agreement: str | None


@dataclass(frozen=True)
class PrintAftercare:
    """How aftercare was secured when help ended (``provider``) or the case closed (``provider`` None)."""
    provider: str | None
    kind: AftercareKind
    who: str | None
    what: str | None
    none_reason: AftercareNoneReason | None
    note: str | None
    recorded_on: date


class SignatoryKind(StrEnum):
    PARENT = "parent"
    YOUNG_PERSON = "young_person"
    DIRECTOR = "director"
    PROVIDER = "provider"


@dataclass(frozen=True)
class Signatory:
    name: str
    kind: SignatoryKind
    age: int | None = None
    detail: str | None = None  # the director's team, the provider's help


@dataclass(frozen=True)
class PlanPrintData:
    case_id: int
    family_id: int
    family_name: str
    case_status: CaseStatus
    direction_mode: DirectionMode
    direction_holder: tuple[str, ...]  # organisation, person, contact (those given) for samenregie or elsewhere
    direction_since: date | None
    plan_id: int
    version_no: int
    status: PlanStatus
    plan_date: date
    agreed_on: date | None
    agreed_with: str | None
    director_name: str
    team_name: str
    municipality: str | None
    contact_phone: str | None  # the director's, else the team's (stored as digits; see app.contact_details)
    contact_email: str | None
    request_for_help: str
    concerns: str
    strengths: str
    desired_future: str
    agreements: str
    family_group_plan_offered_on: date | None  # Jeugdwet 4.1.2, recorded on the case
    family_group_plan_answer: FamilyGroupPlanAnswer | None
    family_group_plan_note: str | None
    evaluation_interval_weeks: int
    next_evaluation: date | None
    members: tuple[PrintMember, ...]  # parents first, then the young people, oldest first
    network: tuple[PrintNetworkMember, ...]
    domains: tuple[PrintDomain, ...]
    involvements: tuple[PrintInvolvement, ...]  # current ones (not ended)
    last_evaluation: PrintEvaluation | None
    waakvlam: PrintWaakvlam | None  # the active one, if any
    print_date: date
    content_code: str  # of the plan's own content (app.queries.plans.content_code), on every page
    statements: tuple[PrintStatement, ...] = ()  # own statements about this plan's texts and goals (7.3.8)
    aftercare: tuple[PrintAftercare, ...] = ()  # how aftercare was secured when help ended or the case closed
    safety: PrintSafety | None = None  # the safety plan, when the plan has a safety part

    @property
    def goals(self) -> tuple[PrintGoal, ...]:
        return tuple(g for d in self.domains for g in d.goals)

    @property
    def signatories(self) -> tuple[Signatory, ...]:
        return signatories(self)


def signatories(data: PlanPrintData) -> tuple[Signatory, ...]:
    """Who signs: each parent with authority, each young person of 12 or older on the print date, the
    director, and each involved provider (once, however many involvements it has)."""
    out = [Signatory(m.name, SignatoryKind.PARENT) for m in data.members
           if m.role is MemberRole.PARENT and m.parental_authority]
    out += [Signatory(m.name, SignatoryKind.YOUNG_PERSON, age=m.age) for m in data.members
            if m.role is MemberRole.YOUNG_PERSON and m.age >= CONSENT_AGE]
    out.append(Signatory(data.director_name, SignatoryKind.DIRECTOR, detail=data.team_name))
    seen: set[str] = set()
    for inv in data.involvements:
        if inv.provider not in seen:
            seen.add(inv.provider)
            out.append(Signatory(inv.provider, SignatoryKind.PROVIDER, detail=inv.product))
    return tuple(out)


def next_evaluation_date(interval_weeks: int, agreed_on: date | None, last_held: date | None,
                         last_next: date | None) -> date | None:
    """The date the last evaluation set; else one interval after the last evaluation or, before any,
    after the plan was agreed. A draft that was never evaluated has no date yet."""
    if last_next is not None:
        return last_next
    base = max((d for d in (last_held, agreed_on) if d is not None), default=None)
    return base + timedelta(weeks=interval_weeks) if base is not None else None


def plan_print_data(session: Session, plan_id: int, print_date: date) -> PlanPrintData | None:
    """Everything the printed plan shows, or None if the plan does not exist."""
    head = session.execute(
        select(FamilyPlan.case_id, FamilyPlan.version_no, FamilyPlan.status, FamilyPlan.plan_date,
               FamilyPlan.agreed_on, FamilyPlan.agreed_with, FamilyPlan.request_for_help, FamilyPlan.concerns,
               FamilyPlan.strengths, FamilyPlan.desired_future, FamilyPlan.agreements,
               Case.family_group_plan_offered_on, Case.family_group_plan_answer, Case.family_group_plan_note,
               FamilyPlan.evaluation_interval_weeks,
               Case.family_id, Case.status, Case.direction_mode, Case.direction_organisation, Case.direction_person,
               Case.direction_contact, Case.direction_since, Family.name, Family.municipality_code,
               Worker.name, Team.name, Team.id, Worker.phone, Worker.email, Team.phone, Team.email)
        .join(Case, Case.id == FamilyPlan.case_id)
        .join(Family, Family.id == Case.family_id)
        .join(Worker, Worker.id == Case.director_id)
        .join(Team, Team.id == Case.team_id)
        .where(FamilyPlan.id == plan_id)
    ).one_or_none()
    if head is None:
        return None
    (case_id, version_no, status, plan_date, agreed_on, agreed_with, request, concerns, strengths, future,
     agreements, fgp_offered_on, fgp_answer, fgp_note, interval, family_id, case_status, direction_mode,
     direction_organisation, direction_person, direction_contact, direction_since, family_name,
     family_municipality, director, team, team_id, director_phone, director_email, team_phone, team_email) = head

    persons = session.execute(
        select(Person.id, Person.first_name, Person.surname_prefix, Person.surname, Person.role,
               Person.date_of_birth, Person.parental_authority).where(Person.family_id == family_id)
    ).all()
    person_names = {pid: full_name(first, prefix, sur) for pid, first, prefix, sur, *_ in persons}
    members = tuple(
        PrintMember(person_names[pid], role, born, age_on(born, print_date), bool(authority))
        for pid, _f, _p, _s, role, born, authority in sorted(
            persons, key=lambda r: (r[4] is not MemberRole.PARENT, r[5], r[0]))
    )
    network_rows = session.execute(
        select(NetworkMember.id, NetworkMember.name, NetworkMember.relation, NetworkMember.contribution)
        .where(NetworkMember.family_id == family_id).order_by(NetworkMember.id)
    ).all()
    network_names = {nid: name for nid, name, _r, _c in network_rows}

    evaluations = _evaluations(session, case_id, print_date)
    last = evaluations[-1] if evaluations else None
    domains = _domains(session, plan_id, plan_date, person_names, network_names, evaluations,
                       latest_evaluated(session, case_id, print_date))
    return PlanPrintData(
        case_id=case_id, family_id=family_id, family_name=family_name, case_status=case_status,
        direction_mode=direction_mode, plan_id=plan_id,
        direction_holder=tuple(p for p in (direction_organisation, direction_person, direction_contact) if p),
        direction_since=direction_since, version_no=version_no, status=status, plan_date=plan_date,
        agreed_on=agreed_on, agreed_with=agreed_with, director_name=director, team_name=team,
        municipality=_municipality(session, family_municipality, team_id),
        contact_phone=director_phone or team_phone, contact_email=director_email or team_email,
        request_for_help=request or "", concerns=concerns or "", strengths=strengths or "",
        desired_future=future or "", agreements=agreements or "", family_group_plan_offered_on=fgp_offered_on,
        family_group_plan_answer=fgp_answer, family_group_plan_note=fgp_note, evaluation_interval_weeks=interval,
        next_evaluation=next_evaluation_date(interval, agreed_on, last.held_on if last else None,
                                             last.next_date if last else None),
        members=members,
        network=tuple(PrintNetworkMember(name, rel, contrib) for _id, name, rel, contrib in network_rows),
        domains=domains, involvements=_involvements(session, case_id),
        last_evaluation=last.as_print() if last else None,
        waakvlam=_waakvlam(session, case_id), print_date=print_date,
        content_code=content_code(plan_digest(load_plan_tree(session, plan_id))),
        statements=plan_statements(session, case_id, plan_id),
        aftercare=tuple(PrintAftercare(a.provider_name, a.kind, a.who, a.what, a.none_reason, a.note, a.recorded_on)
                        for a in case_aftercare(session, case_id)),
        safety=safety_print(session, plan_id, case_id, family_id),
    )


def _municipality(session: Session, family_code: str | None, team_id: int) -> str | None:
    """The family's municipality by name (the shipped CBS list, else the name the team keeps for that
    code); the team's first municipality when the family has none."""
    if family_code is not None:
        return municipality_name(family_code) or session.scalars(select(TeamMunicipality.name).where(
            TeamMunicipality.code == family_code).limit(1)).first() or family_code
    return session.scalars(select(TeamMunicipality.name).where(TeamMunicipality.team_id == team_id)
                           .order_by(TeamMunicipality.position).limit(1)).first()


@dataclass
class _Evaluation:
    id: int
    held_on: date
    participants: str
    conclusion: str
    decision: EvaluationDecision
    next_date: date | None
    scores: dict[str, tuple[int | None, GoalStatus]]

    def as_print(self) -> PrintEvaluation:
        return PrintEvaluation(self.held_on, self.participants or "", self.conclusion or "", self.decision,
                               self.next_date)


def _evaluations(session: Session, case_id: int, print_date: date) -> list[_Evaluation]:
    """The case's evaluations held by the print date, oldest first, with their per-goal scores."""
    rows = session.execute(
        select(Evaluation.id, Evaluation.held_on, Evaluation.participants, Evaluation.conclusion,
               Evaluation.decision, Evaluation.next_date)
        .where(Evaluation.case_id == case_id, Evaluation.held_on <= print_date)
        .order_by(Evaluation.held_on, Evaluation.id)
    ).all()
    evaluations = [_Evaluation(*r, scores={}) for r in rows]
    if evaluations:
        by_id = {e.id: e for e in evaluations}
        for eval_id, lineage, score, status in session.execute(
            select(EvaluationGoal.evaluation_id, EvaluationGoal.goal_lineage, EvaluationGoal.score,
                   EvaluationGoal.status).where(EvaluationGoal.evaluation_id.in_(by_id))
        ):
            by_id[eval_id].scores[lineage] = (score, status)
    return evaluations


def _domains(session: Session, plan_id: int, plan_date: date, person_names: dict[int, str],
             network_names: dict[int, str],
             evaluations: list[_Evaluation], evaluated: dict[str, tuple[date, GoalStatus]]
             ) -> tuple[PrintDomain, ...]:
    goals = session.execute(
        select(Goal.id, Goal.lineage, LifeDomain.id, LifeDomain.name, Goal.description, Goal.success_criterion,
               Goal.target_date, Goal.actor, Goal.actor_detail, Goal.network_member_id, Goal.score_start,
               Goal.score_target, Goal.status, Goal.safety_goal)
        .join(LifeDomain, LifeDomain.id == Goal.life_domain_id)
        .where(Goal.plan_id == plan_id).order_by(Goal.position, Goal.id)
    ).all()
    if not goals:
        return ()
    goal_ids = [g[0] for g in goals]
    persons: dict[int, list[str]] = defaultdict(list)
    for goal_id, person_id in session.execute(
            select(GoalPerson.goal_id, GoalPerson.person_id).where(GoalPerson.goal_id.in_(goal_ids))):
        persons[goal_id].append(person_names.get(person_id, "?"))
    actions = _actions(session, goal_ids, person_names, network_names)

    groups: dict[int, list] = {}
    for g in goals:
        groups.setdefault(g[2], []).append(g)
    number = 0
    domains = []
    for rows in groups.values():
        printed = []
        for (gid, lineage, _did, domain, description, criterion, target, actor, detail, nm_id, start, goal_target,
             status, safety_goal) in rows:
            number += 1
            trend = tuple(([ScorePoint(None, start)] if start is not None else []) + [
                ScorePoint(e.held_on, e.scores[lineage][0]) for e in evaluations
                if lineage in e.scores and e.scores[lineage][0] is not None])
            printed.append(PrintGoal(
                number=number, lineage=lineage, life_domain=domain, description=description,
                success_criterion=criterion or "", persons=tuple(sorted(persons[gid])), target_date=target,
                actor=actor, actor_detail=detail, network_member=network_names.get(nm_id) if nm_id else None,
                score_start=start, score_target=goal_target,
                standing=goal_standing(status, plan_date, trend[-1].score if trend else None,
                                       evaluated.get(lineage)),
                actions=tuple(actions[gid]), trend=trend, safety_goal=bool(safety_goal),
            ))
        domains.append(PrintDomain(rows[0][3], tuple(printed)))
    return tuple(domains)


def _actions(session: Session, goal_ids: list[int], person_names: dict[int, str],
             network_names: dict[int, str]) -> dict[int, list[PrintAction]]:
    rows = session.execute(
        select(Action.goal_id, Action.what, Action.owner, Action.owner_person_id, Action.owner_network_member_id,
               Action.owner_worker_id, Action.owner_text, Action.due_date, Action.done, Action.done_on)
        .where(Action.goal_id.in_(goal_ids)).order_by(Action.goal_id, Action.position, Action.id)
    ).all()
    worker_ids = {r[5] for r in rows if r[5] is not None}
    workers = dict(session.execute(select(Worker.id, Worker.name).where(Worker.id.in_(worker_ids))).all()) \
        if worker_ids else {}
    out: dict[int, list[PrintAction]] = defaultdict(list)
    for goal_id, what, owner, person_id, network_id, worker_id, text, due, done, done_on in rows:
        if owner is ActionOwner.MEMBER:
            name = person_names.get(person_id, "")
        elif owner is ActionOwner.NETWORK:
            name = network_names.get(network_id, "")
        elif owner is ActionOwner.WORKER:
            name = workers.get(worker_id, "")
        else:
            name = text or ""
        out[goal_id].append(PrintAction(what, name, due, bool(done), done_on))
    return out


def _involvements(session: Session, case_id: int) -> tuple[PrintInvolvement, ...]:
    rows = session.execute(
        select(Provider.name, Product.name, Involvement.referrer_type, Involvement.referrer_name,
               Involvement.referral_date, Involvement.start_date, Involvement.planned_end, Involvement.direction,
               Involvement.direction_holder, Involvement.monitored_by, Involvement.report_back_date,
               Involvement.extension_policy, Involvement.extensions, Involvement.handover, Involvement.extended_care,
               Involvement.id)
        .join(Provider, Provider.id == Involvement.provider_id)
        .join(Product, Product.id == Involvement.product_id)
        .where(Involvement.case_id == case_id, Involvement.actual_end.is_(None))
        .order_by(Involvement.referral_date, Involvement.id)
    ).all()
    names: dict[int, list[str]] = defaultdict(list)
    if rows:
        for involvement_id, first_name in session.execute(
                select(InvolvementPerson.involvement_id, Person.first_name)
                .join(Person, Person.id == InvolvementPerson.person_id)
                .where(InvolvementPerson.involvement_id.in_([r[-1] for r in rows]))
                .order_by(Person.date_of_birth, Person.id)):
            names[involvement_id].append(first_name)
    return tuple(PrintInvolvement(*r[:-2], for_persons=tuple(names.get(r[-1], ())), extended_care=bool(r[-2]))
                 for r in rows)


def _waakvlam(session: Session, case_id: int) -> PrintWaakvlam | None:
    row = session.execute(
        select(Waakvlam.holder_kind, Waakvlam.holder_name, Waakvlam.start_date, Waakvlam.end_date,
               Waakvlam.frequency_weeks, Waakvlam.agreement)
        .where(Waakvlam.case_id == case_id, Waakvlam.status == WaakvlamStatus.ACTIVE)
        .order_by(Waakvlam.start_date.desc()).limit(1)
    ).first()
    return PrintWaakvlam(*row) if row is not None else None


def printable_plan_id(session: Session, case_id: int, *, plan_id: int | None = None,
                      version_no: int | None = None) -> int | None:
    """The plan version to print: the one asked for (by id or version number, of this case), else the
    current one, as the plan tab shows it: the draft being worked on (printed to be signed) if there is
    one, otherwise the agreed version."""
    q = select(FamilyPlan.id).where(FamilyPlan.case_id == case_id)
    if plan_id is not None:
        return session.scalar(q.where(FamilyPlan.id == plan_id))
    if version_no is not None:
        return session.scalar(q.where(FamilyPlan.version_no == version_no))
    rows = dict(session.execute(select(FamilyPlan.status, FamilyPlan.id).where(
        FamilyPlan.case_id == case_id, FamilyPlan.status != PlanStatus.SUPERSEDED)).all())
    return rows.get(PlanStatus.DRAFT, rows.get(PlanStatus.AGREED))
