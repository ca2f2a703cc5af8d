"""Read side of the safety plan's scaling question: the answers of a case, and who may answer."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import FamilyPlan, NetworkMember, Person, ScalingAnswer, Worker
from models.family import full_name


class RespondentKind(StrEnum):
    PERSON = "person"    # a family member
    NETWORK = "network"  # a member of the family's network
    WORKER = "worker"    # the worker (de medewerker)


@dataclass(frozen=True)
class Respondent:
    kind: RespondentKind
    id: int | None  # the person or network member; the worker: None (the signed-in worker) or the worker's id
    name: str = ""


@dataclass(frozen=True)
class ScalingAnswerDTO:
    id: int
    case_id: int
    asked_on: date
    respondent: Respondent
    score: int
    note: str | None


def respondent_of(row: ScalingAnswer, names: dict[tuple[RespondentKind, int], str]) -> Respondent:
    if row.person_id is not None:
        key = (RespondentKind.PERSON, row.person_id)
    elif row.network_member_id is not None:
        key = (RespondentKind.NETWORK, row.network_member_id)
    else:
        key = (RespondentKind.WORKER, row.worker_id)
    return Respondent(key[0], key[1], names.get(key, "?"))


def respondent_names(s: Session, family_id: int, worker_ids: set[int]) -> dict[tuple[RespondentKind, int], str]:
    """The names of everyone who may answer: the family's members and network, and the given workers."""
    names: dict[tuple[RespondentKind, int], str] = {}
    for p in s.execute(select(Person.id, Person.first_name, Person.surname_prefix, Person.surname)
                       .where(Person.family_id == family_id)):
        names[(RespondentKind.PERSON, p.id)] = full_name(p.first_name, p.surname_prefix, p.surname)
    for n in s.execute(select(NetworkMember.id, NetworkMember.name).where(NetworkMember.family_id == family_id)):
        names[(RespondentKind.NETWORK, n.id)] = n.name
    if worker_ids:
        for w in s.execute(select(Worker.id, Worker.name).where(Worker.id.in_(worker_ids))):
            names[(RespondentKind.WORKER, w.id)] = w.name
    return names


def case_scaling_answers(s: Session, case_id: int, family_id: int) -> tuple[ScalingAnswerDTO, ...]:
    """The case's answers, by date (then in the order recorded)."""
    return _answers(s, family_id, ScalingAnswer.case_id == case_id)


def family_scaling_answers(s: Session, family_id: int) -> tuple[ScalingAnswerDTO, ...]:
    """The answers in every case of the family (the inspection copy)."""
    return _answers(s, family_id, ScalingAnswer.family_id == family_id)


def _answers(s: Session, family_id: int, where) -> tuple[ScalingAnswerDTO, ...]:
    rows = list(s.scalars(select(ScalingAnswer).where(where).order_by(ScalingAnswer.asked_on, ScalingAnswer.id)))
    names = respondent_names(s, family_id, {r.worker_id for r in rows if r.worker_id is not None})
    return tuple(answer_dto(r, names) for r in rows)


def answer_dto(row: ScalingAnswer, names: dict[tuple[RespondentKind, int], str]) -> ScalingAnswerDTO:
    return ScalingAnswerDTO(row.id, row.case_id, row.asked_on, respondent_of(row, names), row.score, row.note)


def trends(answers: tuple[ScalingAnswerDTO, ...]) -> dict[Respondent, tuple[tuple[date, int], ...]]:
    """Per respondent (in order of first answer) the (date, score) points, for a trend per respondent."""
    out: dict[Respondent, list[tuple[date, int]]] = {}
    for a in answers:
        out.setdefault(a.respondent, []).append((a.asked_on, a.score))
    return {who: tuple(points) for who, points in out.items()}


@dataclass(frozen=True)
class PrintSafety:
    """The safety plan as printed: its three texts and the case's scaling answers."""

    worries: str
    working_well: str
    next_steps: str
    answers: tuple[ScalingAnswerDTO, ...]


def safety_print(s: Session, plan_id: int, case_id: int, family_id: int) -> PrintSafety | None:
    """The plan's safety part, or None when none of its three texts is filled in."""
    texts = s.execute(select(FamilyPlan.safety_worries, FamilyPlan.safety_working_well, FamilyPlan.safety_next_steps)
                      .where(FamilyPlan.id == plan_id)).one()
    if not any((t or "").strip() for t in texts):
        return None
    return PrintSafety(*(t or "" for t in texts), case_scaling_answers(s, case_id, family_id))
