"""Demo help around the families: providers and their products, involvements with direction
arrangements, evaluations with scores, and a few waakvlam cases - all through the real services."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import AppError
from app.services.evaluations import EvaluationGoalInput, EvaluationInput
from app.services.involvement_inputs import InvolvementInput
from app.services.provider_inputs import ProductInput, ProviderInput
from app.services.waakvlam import WaakvlamInput
from models.enums import (
    Actor, ContactOutcome, DirectionMode, EvaluationDecision, GoalStatus, PlanStatus, WaakvlamHolder,
)

# Fictional providers (name, AGB) with products (name, JZ020 category, regional code, segment, unit).
PROVIDERS = [
    ("De Zaanse Brug jeugdhulp", "98000011", [
        ("Ambulante gezinsbegeleiding", "45", "AMB01", "B", "04"),
        ("Intensieve ambulante gezinsbehandeling", "45", "AMB02", "C", "04"),
    ]),
    ("Jeugd-GGZ Waterland", "98000022", [
        ("Behandeling jeugd-ggz", "54", "GGZ01", "B", "01"),
        ("Specialistische ggz kind en gezin", "52", "GGZ02", "C", "01"),
    ]),
    ("Opvoedpunt Purmerend", "98000033", [
        ("Opvoedcursus Positief Opvoeden", "45", None, "A", "82"),
    ]),
    ("Gezinshuis De Linde", "98000044", [
        ("Gezinshuis", "43", "VERB1", "C", "14"),
    ]),
]

GPS = ["Huisartsenpraktijk De Vaart (dr. A. de Boer)", "Huisarts M. Yılmaz", "Gezondheidscentrum Oost (dr. J. Kok)"]
EVALUATION_CONCLUSIONS = [
    "Het gaat de goede kant op. Het gezin merkt zelf dat er meer rust is; we gaan zo door.",
    "Een deel van de doelen is bereikt. School en oma blijven betrokken; de begeleiding kan lichter.",
    "Er is vooruitgang, maar de zorgen over de nachten blijven. We houden de afspraken aan.",
]


@dataclass(frozen=True)
class CareSummary:
    involvements: int
    evaluations: int
    waakvlams: int


class CareWriter:
    """Adds help to demo cases that are active, acting as their director on today's date."""

    def __init__(self, services: Services, rng: random.Random, today: date, users: dict):
        self.services, self.rng, self.today, self.users = services, rng, today, users
        self.products = self._ensure_providers()

    def _ensure_providers(self) -> list[tuple[int, int, str]]:
        """(provider id, product id, segment code) of every demo product; existing ones are reused."""
        svc = self.services.providers
        existing = {p.agb_code: p for p in svc.providers()}
        segments = {s.code: s.id for s in svc.segments()}
        out = []
        for name, agb, products in PROVIDERS:
            provider = existing.get(agb) or svc.create_provider(ProviderInput(name, agb))
            have = {p.name: p for p in provider.products}
            for pname, category, regional, segment, unit in products:
                product = have.get(pname) or svc.add_product(
                    provider.id, ProductInput(pname, category, segments[segment], regional, unit))
                out.append((provider.id, product.id, segment))
        return out

    def write(self, case_id: int, director_id: int, opened: date, index: int) -> tuple[int, int, int]:
        """Help for one active case; returns how many involvements, evaluations and waakvlams it got."""
        ctx = self.services.ctx
        ctx.user, ctx.clock = self.users[director_id], FixedClock(self.today)
        counts = [0, 0, 0]
        try:
            if index % 9 == 4:
                counts[2] = self._waakvlam(case_id, opened, index)
                return tuple(counts)
            plan = self.services.plans.current_plan(case_id)
            if index % 2 == 0:
                counts[0] = self._involvement(case_id, opened, index, plan)
            if plan is not None and plan.status is PlanStatus.AGREED and index % 5 != 2:
                counts[1] = self._evaluation(case_id, plan)
        except AppError:
            pass  # a story that does not fit the rules simply gets no extra help
        return tuple(counts)

    def _involvement(self, case_id: int, opened: date, index: int, plan) -> int:
        rng = self.rng
        provider_id, product_id, segment = self.products[index % len(self.products)]
        referral = min(opened + timedelta(days=rng.randint(10, 40)), self.today - timedelta(days=5))
        start = referral + timedelta(days=rng.randint(7, 45))
        start = start if start <= self.today else None
        planned_end = (start or referral) + timedelta(days=rng.choice([91, 182, 182, 273]))
        kind = index % 6
        common = dict(provider_id=provider_id, product_id=product_id, referral_date=referral, start_date=start,
                      planned_end=planned_end, report_back_date=self.today + timedelta(days=rng.randint(-6, 30)))
        if segment == "A":
            common.update(volume_amount=8, volume_unit="82", volume_frequency="6")
        elif index % 4 == 0:
            common.update(budget=Decimal(rng.choice([2400, 3600, 5200])))
        else:
            common.update(volume_amount=rng.choice([1, 2, 3]), volume_unit="04", volume_frequency="2")
        if kind in (0, 3):  # a GP referral: the GP directs, and the agreement says who monitors
            data = InvolvementInput(referrer_type="02", referrer_name=GPS[index % len(GPS)],
                                    direction=DirectionMode.ELSEWHERE, direction_holder=GPS[index % len(GPS)],
                                    monitored_by="Huisarts met POH-GGZ jeugd; sociaal team volgt via het gezin",
                                    extension_policy="Verlenging alleen na evaluatie met gezin, huisarts en "
                                                     "sociaal team", **common)
        elif kind in (1, 4):  # samenregie: daily direction with the provider, process direction with us
            data = InvolvementInput(referrer_type="01", direction=DirectionMode.SAMENREGIE,
                                    monitored_by="Regisseur sociaal team (procesregie)",
                                    extension_policy="Aanbieder vraagt verlenging 4 weken voor einddatum aan, "
                                                     "na evaluatie met het gezin", **common)
        else:
            data = InvolvementInput(referrer_type="01", direction=DirectionMode.SOCIAL_TEAM, **common)
        dto = self.services.involvements.add_involvement(case_id, data)
        if start is not None and planned_end < self.today - timedelta(days=14):  # help that ran its course
            dto = self.services.involvements.end_involvement(dto.id, dto.version, planned_end, "19")
        provider_goals = [g.lineage for g in (plan.goals if plan else ()) if g.actor is Actor.PROVIDER]
        if provider_goals:
            self.services.involvements.link_goals(dto.id, dto.version, provider_goals)
        return 1

    def _evaluation(self, case_id: int, plan) -> int:
        rng = self.rng
        # Most families were seen recently; a few evaluations stay overdue, as in real caseloads.
        held = max(plan.agreed_on + timedelta(days=14), self.today - timedelta(days=rng.randint(7, 60)))
        if held >= self.today or not plan.goals:
            return 0
        goals = tuple(
            EvaluationGoalInput(g.lineage, min(10, (g.score_start or 4) + rng.randint(0, 3)),
                                rng.choice([GoalStatus.IN_PROGRESS, GoalStatus.IN_PROGRESS, GoalStatus.REACHED]))
            for g in plan.goals
        )
        self.services.evaluations.record_evaluation(case_id, EvaluationInput(
            held_on=held, decision=EvaluationDecision.CONTINUE, goals=goals,
            participants=["ouder(s)", "regisseur sociaal team"], consent_given=True,
            conclusion=rng.choice(EVALUATION_CONCLUSIONS)))
        return 1

    def _waakvlam(self, case_id: int, opened: date, index: int) -> int:
        rng = self.rng
        start = max(opened + timedelta(days=30), self.today - timedelta(days=rng.randint(25, 90)))
        if start >= self.today:
            return 0
        holders = [
            (WaakvlamHolder.SCHOOL_COACH, "Jeugd- en gezinscoach van school (mevrouw Bakker)"),
            (WaakvlamHolder.GP, "Huisarts en POH-GGZ jeugd"),
            (WaakvlamHolder.SOCIAL_TEAM_WORKER, ""),
        ]
        kind, name = holders[index % len(holders)]
        worker_id = self.services.ctx.user.worker_id if kind is WaakvlamHolder.SOCIAL_TEAM_WORKER else None
        waakvlam = self.services.waakvlam.start_waakvlam(case_id, WaakvlamInput(
            kind, name, worker_id, start_date=start, frequency_weeks=4,
            agreement="Eens per vier weken kort contact met moeder. Bij zorgen belt de school of het gezin "
                      "direct het sociaal team; dan pakken we het snel weer op."))
        for contact in waakvlam.contacts:
            if contact.planned_date >= self.today - timedelta(days=7):
                break
            worried = rng.random() < 0.2
            self.services.waakvlam.log_contact(
                contact.id, contact.version, contact.planned_date,
                ContactOutcome.CONCERNS if worried else ContactOutcome.ALL_WELL,
                "Moeder vertelt dat de ochtenden weer wat lastiger gaan." if worried else "Gaat goed thuis en op school.")
        return 1


@dataclass(frozen=True)
class ActiveCase:
    case_id: int
    director_id: int
    opened: date


def add_care(services: Services, cases: list[ActiveCase], rng: random.Random, today: date,
             users: dict) -> CareSummary:
    """Involvements, evaluations and waakvlams for the given active demo cases."""
    writer = CareWriter(services, rng, today, users)
    totals = [0, 0, 0]
    for index, case in enumerate(cases):
        for i, n in enumerate(writer.write(case.case_id, case.director_id, case.opened, index)):
            totals[i] += n
    return CareSummary(*totals)
