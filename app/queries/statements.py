"""Read side of the own statement and the correction (Jeugdwet 7.3.8, AVG art. 16) and of the
family-group plan offer (Jeugdwet 4.1.2).

A statement or correction names the record it is about (``subject`` and ``subject_id``) and the field.
Plan texts and goals are carried over from version to version, so a statement about a plan text is
shown with every version of that case's plan, and one about a goal with that goal in every version
(same ``lineage``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.plan_fields import PlanTexts, columns
from models import Case, Goal, OwnStatement, Person, TextCorrection, Worker
from models.enums import FamilyGroupPlanAnswer, StatementSubject
from models.family import full_name

# What can be corrected on request: a plan version's texts, a goal's description and criterion, a journal
# entry's text. A statement may also be about an evaluation's conclusion (evaluations are not changed).
CORRECTABLE: dict[StatementSubject, tuple[str, ...]] = {
    StatementSubject.PLAN_TEXT: columns(PlanTexts),
    StatementSubject.GOAL: ("description", "success_criterion"),
    StatementSubject.JOURNAL_ENTRY: ("text",),
}
STATEMENT_FIELDS: dict[StatementSubject, tuple[str, ...]] = {
    **CORRECTABLE, StatementSubject.EVALUATION: ("conclusion",),
}


@dataclass(frozen=True)
class StatementDTO:
    id: int
    case_id: int
    person_id: int
    person_name: str
    subject: StatementSubject
    subject_id: int
    field: str
    text: str
    stated_on: date
    recorded_by: str
    recorded_at: datetime
    goal_lineage: str | None  # for a statement about a goal: the goal in every plan version


@dataclass(frozen=True)
class CorrectionDTO:
    id: int
    case_id: int
    person_id: int
    person_name: str  # on whose request
    subject: StatementSubject
    subject_id: int
    field: str
    old_text: str
    new_text: str
    reason: str
    corrected_on: date
    corrected_by: str
    corrected_at: datetime
    goal_lineage: str | None


@dataclass(frozen=True)
class CaseStatements:
    """Every own statement and correction of a case, oldest first."""

    statements: tuple[StatementDTO, ...] = ()
    corrections: tuple[CorrectionDTO, ...] = ()
    family_id: int | None = None  # whose file (for the dialogs' choice of family member)

    def about(self, subject: StatementSubject, subject_id: int | None = None, field: str | None = None, *,
              lineage: str | None = None) -> tuple[tuple[StatementDTO, ...], tuple[CorrectionDTO, ...]]:
        """Statements and corrections about a part: a plan text (any version: ``subject_id`` None), a goal
        (by ``lineage``), a journal entry or an evaluation (by ``subject_id``); ``field`` None: any field."""
        def hit(r) -> bool:
            if r.subject is not subject or (field is not None and r.field != field):
                return False
            if lineage is not None:
                return r.goal_lineage == lineage
            return subject_id is None or r.subject_id == subject_id
        return tuple(r for r in self.statements if hit(r)), tuple(r for r in self.corrections if hit(r))


@dataclass(frozen=True)
class FamilyGroupPlanOffer:
    """The offer of a family-group plan (Jeugdwet 4.1.2) on a case; ``version`` is the case's."""

    case_id: int
    family_id: int
    opened_on: date
    offered_on: date | None
    answer: FamilyGroupPlanAnswer | None
    note: str | None
    version: int


@dataclass(frozen=True)
class PrintStatement:
    """An own statement as the plan PDF prints it: about which text (``field``) or goal (``goal``)."""

    person_name: str
    stated_on: date
    subject: StatementSubject
    field: str
    goal: str | None  # the goal's description for a statement about a goal
    text: str


def family_group_plan_offer(s: Session, case_id: int) -> FamilyGroupPlanOffer | None:
    row = s.execute(select(Case.id, Case.family_id, Case.opened_on, Case.family_group_plan_offered_on,
                           Case.family_group_plan_answer, Case.family_group_plan_note, Case.version)
                    .where(Case.id == case_id)).first()
    return FamilyGroupPlanOffer(*row) if row is not None else None


def _name(first: str, prefix: str | None, surname: str) -> str:
    return full_name(first, prefix, surname)


def _statements(s: Session, where) -> tuple[StatementDTO, ...]:
    goal = aliased(Goal)
    rows = s.execute(
        select(OwnStatement.id, OwnStatement.case_id, OwnStatement.person_id, Person.first_name,
               Person.surname_prefix, Person.surname, OwnStatement.subject, OwnStatement.subject_id, OwnStatement.field,
               OwnStatement.text, OwnStatement.stated_on, Worker.name, OwnStatement.created_at, goal.lineage)
        .join(Person, Person.id == OwnStatement.person_id).join(Worker, Worker.id == OwnStatement.recorded_by_id)
        .outerjoin(goal, (goal.id == OwnStatement.subject_id) & (OwnStatement.subject == StatementSubject.GOAL))
        .where(where).order_by(OwnStatement.stated_on, OwnStatement.id)).all()
    return tuple(StatementDTO(r[0], r[1], r[2], _name(r[3], r[4], r[5]), *r[6:]) for r in rows)


def _corrections(s: Session, where) -> tuple[CorrectionDTO, ...]:
    goal = aliased(Goal)
    rows = s.execute(
        select(TextCorrection.id, TextCorrection.case_id, TextCorrection.person_id, Person.first_name,
               Person.surname_prefix, Person.surname, TextCorrection.subject, TextCorrection.subject_id,
               TextCorrection.field, TextCorrection.old_text, TextCorrection.new_text, TextCorrection.reason,
               TextCorrection.corrected_on, Worker.name, TextCorrection.created_at, goal.lineage)
        .join(Person, Person.id == TextCorrection.person_id).join(Worker, Worker.id == TextCorrection.corrected_by_id)
        .outerjoin(goal, (goal.id == TextCorrection.subject_id) & (TextCorrection.subject == StatementSubject.GOAL))
        .where(where).order_by(TextCorrection.created_at, TextCorrection.id)).all()
    return tuple(CorrectionDTO(r[0], r[1], r[2], _name(r[3], r[4], r[5]), *r[6:]) for r in rows)


def case_statements(s: Session, case_id: int, family_id: int | None = None) -> CaseStatements:
    return CaseStatements(_statements(s, OwnStatement.case_id == case_id),
                          _corrections(s, TextCorrection.case_id == case_id), family_id)


def person_statements(s: Session, person_id: int) -> CaseStatements:
    """The statements a person made and the corrections made on their request (their inspection copy)."""
    return CaseStatements(_statements(s, OwnStatement.person_id == person_id),
                          _corrections(s, TextCorrection.person_id == person_id))


def plan_statements(s: Session, case_id: int, plan_id: int) -> tuple[PrintStatement, ...]:
    """The own statements printed with a plan version: about the case's plan texts, and about the goals of
    this version (by lineage)."""
    goals = {lineage: description for lineage, description in s.execute(
        select(Goal.lineage, Goal.description).where(Goal.plan_id == plan_id))}
    out = []
    for st in case_statements(s, case_id).statements:
        if st.subject is StatementSubject.PLAN_TEXT:
            out.append(PrintStatement(st.person_name, st.stated_on, st.subject, st.field, None, st.text))
        elif st.subject is StatementSubject.GOAL and st.goal_lineage in goals:
            out.append(PrintStatement(st.person_name, st.stated_on, st.subject, st.field, goals[st.goal_lineage],
                                      st.text))
    return tuple(out)

