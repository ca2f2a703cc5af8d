"""A family with a printable plan, built through the services (providers, evaluation and waakvlam rows
through :mod:`tests.export.care_rows` until their services exist)."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from pypdf import PdfReader

from app.services.families import IntakeInput, MemberInput
from app.services.plan_inputs import ActionInput, GoalInput
from models.enums import ActionOwner, Actor, MemberRole
from tests.export.care_rows import add_evaluation, add_involvement, add_waakvlam
from tests.integration.case_helpers import domain_id, member_id

PARENT_WITH_AUTHORITY = "Ayşe Öztürk"
PARENT_WITHOUT_AUTHORITY = "Łukasz Øster"
TEEN = "Işıl Öztürk"      # 14 on the print date: signs
CHILD_11 = "Zoë Öztürk"   # 11 on the print date: does not sign
CHILD = "Daan Öztürk"
PROVIDER = "Jeugdhulp Zaanstreek"


@dataclass(frozen=True)
class PrintedFamily:
    family_id: int
    case_id: int
    plan_id: int


def intake(services, surname: str = "Öztürk", family_name: str = "Familie Öztürk-Øster") -> tuple[int, int]:
    user = services.ctx.user
    result = services.families.intake(IntakeInput(
        family_name=family_name,
        members=[
            MemberInput(MemberRole.PARENT, "Ayşe", surname, date(1988, 6, 12), parental_authority=True),
            MemberInput(MemberRole.PARENT, "Łukasz", "Øster", date(1986, 2, 2), parental_authority=False),
            MemberInput(MemberRole.YOUNG_PERSON, "Işıl", surname, date(2012, 5, 4)),
            MemberInput(MemberRole.YOUNG_PERSON, "Zoë", surname, date(2015, 3, 1)),
            MemberInput(MemberRole.YOUNG_PERSON, "Daan", surname, date(2018, 9, 30)),
        ],
        team_id=next(iter(user.team_ids)), director_id=user.worker_id, municipality_code="0479",
        opened_on=date(2026, 11, 1),
    ))
    return result.family_id, result.case_id


def goal_input(services, family_id: int, description: str, **changes) -> GoalInput:
    values = dict(
        life_domain_id=domain_id(services), description=description,
        person_ids=(member_id(services, family_id, "Zoë"),),
        success_criterion="Aanwezigheid boven 95% volgens de school", target_date=date(2027, 3, 1),
        actor=Actor.FAMILY, actor_detail="Ayşe brengt haar", score_start=3, score_target=8,
    )
    values.update(changes)
    return GoalInput(**values)


def printed_family(services, *, goals: int = 3, agree: bool = True, care: bool = True,
                   request: str = "We willen rust in huis. De ochtenden zijn een strijd.") -> PrintedFamily:
    """The Öztürk-Øster family with a plan of ``goals`` goals, each with two actions; with ``care``
    a provider (samenregie), an evaluation and a waakvlam."""
    family_id, case_id = intake(services)
    plans = services.plans
    plan = plans.start_plan(case_id)
    plan = plans.update_plan_texts(plan.id, plan.version, request_for_help=request,
                                   concerns="Zoë komt vaak te laat op school.", strengths="Oma Łucja, buurman Michał en tante Bjørg helpen elke dag.",
                                   desired_future="Rustige ochtenden en een kind dat graag naar school gaat.",
                                   plan_date=date(2026, 11, 10))
    domains = [d.id for d in plans.life_domains()]
    for i in range(goals):
        goal = plans.add_goal(plan.id, goal_input(services, family_id, f"Doel nummer {i + 1} voor het gezin, "
                                                  f"met als laatste woord slotwoord{i + 1}",
                                                  life_domain_id=domains[i % 3]))
        plans.add_action(goal.id, ActionInput("Wekker zetten om zeven uur", ActionOwner.MEMBER,
                                              owner_person_id=member_id(services, family_id, "Ayşe"),
                                              due_date=date(2026, 12, 1)))
        plans.add_action(goal.id, ActionInput("Gesprek met de mentor", ActionOwner.OTHER, owner_text="Mentor",
                                              due_date=date(2026, 12, 15)))
    plan = plans.plan_version(plan.id)
    if agree:
        plan = plans.agree_plan(plan.id, plan.version, date(2026, 11, 20), "Ayşe en Işıl",
                                content_digest=plan.content_digest)
    if care:
        add_involvement(services, case_id, PROVIDER)
        add_evaluation(services, case_id, plan.id, date(2026, 11, 21), next_date=date(2027, 2, 20))
        add_waakvlam(services, case_id)
    return PrintedFamily(family_id, case_id, plan.id)


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, whitespace collapsed."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return " ".join(pdf_pages(data))
