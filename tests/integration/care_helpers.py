"""Builders for the care tests (providers, involvements, evaluations, waakvlam), all through the services."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.services.extensions import ExtensionInput
from app.services.involvement_inputs import InvolvementInput
from models.enums import ExtensionReason
from app.services.provider_inputs import ProductInput, ProviderInput
from tests.integration.case_helpers import domain_id, smart_goal


def segment_id(services, code: str = "B") -> int:
    return next(s.id for s in services.providers.segments() if s.code == code)


def provider_with_product(services, name: str = "Jeugdhulp Zaanstreek", agb: str | None = "98765432",
                          product: str = "Ambulante gezinsbehandeling", category: str = "45", segment: str = "B"):
    """(provider DTO, product DTO) of a new provider with one product."""
    provider = services.providers.create_provider(ProviderInput(name, agb))
    item = services.providers.add_product(provider.id, ProductInput(product, category, segment_id(services, segment),
                                                                    unit_code="04"))
    return services.providers.provider(provider.id), item


def involvement_input(provider, product, **changes) -> InvolvementInput:
    """The social team's own referral (municipality), directed by the team, 2 hours a week."""
    data = InvolvementInput(
        provider_id=provider.id, product_id=product.id, referrer_type="01", referral_date=date(2026, 10, 1),
        start_date=date(2026, 10, 15), planned_end=date(2027, 4, 15), volume_amount=2, volume_unit="04",
        volume_frequency="2",
    )
    return replace(data, **changes)


def agreed_plan(services, case_id: int, on: date | None = None, interval_weeks: int | None = None,
                goals: int = 2):
    """A plan dated and agreed ``on`` (default today) with ``goals`` SMART goals, start scores 3, 4, 5."""
    draft = services.plans.start_plan(case_id)
    on = on or draft.plan_date
    if interval_weeks is not None or on != draft.plan_date:
        draft = services.plans.update_plan_texts(draft.id, draft.version, evaluation_interval_weeks=interval_weeks,
                                                 plan_date=on)
    texts = ("Zoë gaat elke schooldag naar school", "Rust in huis bij het naar bed gaan",
             "Ayşe heeft een vast netwerk van drie mensen")
    for i in range(goals):
        services.plans.add_goal(draft.id, smart_goal(domain_id(services), description=texts[i], score_start=3 + i))
    draft = services.plans.current_plan(case_id)
    return services.plans.agree_plan(draft.id, draft.version, on, "Ayşe en Zoë", content_digest=draft.content_digest)


def extend(services, inv, new_end: date, note: str = "Doelen nog niet bereikt", **changes):
    """Asks for an extension of ``inv`` without an evaluation (a reason why given); returns the involvement
    as it is after it (extended at once in a team without approval)."""
    data = ExtensionInput(new_end, ExtensionReason.GOALS_NOT_REACHED, note,
                          no_evaluation_reason="Evaluatie staat volgende maand gepland")
    services.extensions.request_extension(inv.id, inv.version, replace(data, **changes))
    return services.involvements.involvement(inv.id)
