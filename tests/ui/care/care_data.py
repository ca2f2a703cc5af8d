"""The Öztürk case with care in it, built through the services: an agreed plan, providers and their help."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from app.bootstrap import Services
from app.services.evaluations import EvaluationGoalInput, EvaluationInput
from app.services.involvement_inputs import InvolvementInput
from app.services.plan_inputs import GoalInput
from app.services.provider_inputs import ProductInput, ProviderInput
from models.enums import Actor, DirectionMode, EvaluationDecision, GoalStatus
from tests.ui.case.case_data import CaseStory, fill_story

AGREED_ON = date(2026, 9, 28)
GOALS = (
    ("werk_opleiding", "Zoë gaat elke schooldag naar school", Actor.FAMILY, 3, 8),
    ("huiselijke_relaties", "Rust in huis bij het naar bed gaan", Actor.PROVIDER, 4, 8),
    ("sociaal_netwerk", "Ayşe heeft drie mensen die ze kan bellen als het niet gaat", Actor.SOCIAL_TEAM, 2, 7),
)


@dataclass(frozen=True)
class Provided:
    provider_id: int
    product_id: int


@dataclass(frozen=True)
class CareStory:
    case: CaseStory
    goal_lineages: tuple[str, ...]
    team_help: Provided      # Jeugdhulp Zaanstreek: ambulant, segment B
    ggz: Provided            # Praktijk De Linde: jeugd-ggz, segment B
    intensive: Provided      # Gezinsbehandeling Het Anker: multi-complex, segment C

    @property
    def case_id(self) -> int:
        return self.case.case_id


def _segment(services: Services, code: str) -> int:
    return next(s.id for s in services.providers.segments() if s.code == code)


def _provider(services: Services, name: str, agb: str, product: str, category: str, segment: str) -> Provided:
    provider = services.providers.create_provider(ProviderInput(name, agb))
    item = services.providers.add_product(provider.id, ProductInput(product, category, _segment(services, segment),
                                                                    unit_code="04"))
    return Provided(provider.id, item.id)


def agree_plan(services: Services, case_id: int) -> tuple[str, ...]:
    """The family plan agreed on 28-09-2026 with three goals (evaluated every 12 weeks)."""
    draft = services.plans.start_plan(case_id)
    draft = services.plans.update_plan_texts(draft.id, draft.version, plan_date=AGREED_ON, evaluation_interval_weeks=12,
                                             request_for_help="Dat Zoë weer met plezier naar school gaat.")
    domains = {d.code: d.id for d in services.plans.life_domains()}
    for code, text, actor, start, target in GOALS:
        services.plans.add_goal(draft.id, GoalInput(
            domains[code], text, success_criterion="Ayşe en Zoë zeggen zelf dat het lukt",
            target_date=date(2027, 3, 1), actor=actor, score_start=start, score_target=target))
    draft = services.plans.current_plan(case_id)
    plan = services.plans.agree_plan(draft.id, draft.version, AGREED_ON, "Ayşe, Mehmet en Zoë",
                                     content_digest=draft.content_digest)
    return tuple(goal.lineage for goal in plan.goals)


def fill_care(services: Services) -> CareStory:
    """The Öztürk story (active, high priority) with an agreed plan and three providers, no help yet."""
    story = fill_story(services)
    lineages = agree_plan(services, story.case_id)
    return CareStory(
        story, lineages,
        _provider(services, "Jeugdhulp Zaanstreek", "98765432", "Ambulante gezinsbegeleiding", "45", "B"),
        _provider(services, "Praktijk De Linde", "22334455", "Behandeling angst en somberheid", "54", "B"),
        _provider(services, "Gezinsbehandeling Het Anker", "33445566", "Intensieve gezinsbehandeling", "45", "C"),
    )


def help_input(provided: Provided, **changes) -> InvolvementInput:
    """The team's own referral, directed by the team, 2 hours a week."""
    data = InvolvementInput(provided.provider_id, provided.product_id, referrer_type="01",
                            referral_date=date(2026, 10, 1), start_date=date(2026, 10, 15),
                            planned_end=date(2027, 4, 15), volume_amount=2, volume_unit="04", volume_frequency="2")
    return replace(data, **changes)


def add_three_kinds_of_help(services: Services, care: CareStory) -> list:
    """Help directed by the team, a GP referral directed elsewhere, and samenregie with a budget."""
    team = services.involvements.add_involvement(care.case_id, help_input(care.team_help))
    team = services.involvements.link_goals(team.id, team.version, [care.goal_lineages[1]])
    gp = services.involvements.add_involvement(care.case_id, help_input(
        care.ggz, referrer_type="02", referrer_name="Huisarts M. de Groot", referrer_agb="01234567",
        referral_date=date(2026, 10, 20), start_date=date(2026, 11, 10), planned_end=date(2027, 5, 10),
        volume_amount=1, volume_frequency="2", direction=DirectionMode.ELSEWHERE,
        direction_holder="Huisarts M. de Groot", monitored_by="De huisarts, met de POH-GGZ jeugd",
        report_back_date=date(2026, 11, 26),
        extension_policy="Verlenging via de huisarts, na overleg met de regisseur en een tussenevaluatie."))
    intensive = services.involvements.add_involvement(care.case_id, help_input(
        care.intensive, referral_date=date(2026, 11, 2), start_date=date(2026, 11, 16), planned_end=date(2027, 2, 16),
        volume_amount=None, volume_unit=None, volume_frequency=None, budget=Decimal("6800"),
        direction=DirectionMode.SAMENREGIE, monitored_by="Sanne de Vries (procesregie)",
        report_back_date=date(2026, 12, 14),
        extension_policy="Alleen na een gezamenlijke evaluatie met het gezin en het sociaal team."))
    return [team, gp, intensive]


def evaluate(services: Services, care: CareStory, held_on: date, scores: tuple[int, int, int],
             decision: EvaluationDecision = EvaluationDecision.CONTINUE):
    return services.evaluations.record_evaluation(care.case_id, EvaluationInput(
        held_on, decision, ["Ayşe Öztürk", "Zoë Öztürk", "Sanne de Vries"],
        tuple(EvaluationGoalInput(lineage, score, GoalStatus.IN_PROGRESS)
              for lineage, score in zip(care.goal_lineages, scores)),
        "Het gaat stap voor stap beter.", consent_given=True))
