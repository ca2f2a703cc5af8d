"""What works, for choosing a provider: per provider of a product category its waiting time, goal
realisation and lead time over the last 12 months, side by side (counts only, no personal data)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.queries.figures import years_after
from app.queries.figures_flows import LeadTime, percentiles
from app.queries.figures_providers import goal_counts, share
from app.queries.figures_sql import count_of, days_between, in_period, in_teams
from models import Involvement, Product, Provider
from models.care import delivered


@dataclass(frozen=True)
class ProviderChoiceRow:
    """One provider with an active product in the category, over the help in that category of the cases
    the user may see, in the 12 months up to today.

    - ``waiting_now``: referred, not started and not ended (cancelled) today;
    - ``wait``: start minus referral date of the help started in those 12 months (median, 80th percentile);
    - ``goals_evaluated`` / ``goals_reached``: as in the provider figures, for the goals linked to its help
      in this category with an evaluation held in those 12 months;
    - ``lead``: actual end minus start date of the help ended in those 12 months (not cancelled).
    """

    provider_id: int
    provider_name: str
    waiting_now: int
    wait: LeadTime
    goals_evaluated: int
    goals_reached: int
    lead: LeadTime

    @property
    def goal_realisation(self) -> float | None:
        return share(self.goals_reached, self.goals_evaluated)

    @property
    def wait_median(self) -> float | None:
        return self.wait.median_days

    @property
    def lead_median(self) -> float | None:
        return self.lead.median_days


@dataclass(frozen=True)
class ProviderComparison:
    category_code: str
    start: date
    end: date
    rows: tuple[ProviderChoiceRow, ...]  # by provider name


def provider_comparison(s: Session, category_code: str, today: date, team_ids: frozenset[int] | None
                        ) -> ProviderComparison:
    start, i = years_after(today, -1) + timedelta(days=1), Involvement
    products = select(Product.id).where(Product.category_code == category_code)
    providers = dict(s.execute(select(Provider.id, Provider.name).join(Product, Product.provider_id == Provider.id)
                               .where(Product.category_code == category_code, Product.active.is_(True),
                                      Provider.active.is_(True)).distinct()).all())
    in_category = i.product_id.in_(products)
    waiting = dict(s.execute(in_teams(
        select(i.provider_id, func.count(i.id)).where(in_category, or_(i.start_date.is_(None), i.start_date > today),
                                                      i.referral_date <= today, i.actual_end.is_(None)),
        team_ids, i.case_id).group_by(i.provider_id)).all())
    waits = percentiles(s, in_teams(select(i.provider_id, days_between(i.start_date, i.referral_date)).where(
        in_category, in_period(i.start_date, start, today), delivered()), team_ids, i.case_id), keys=1)
    leads = percentiles(s, in_teams(select(i.provider_id, days_between(i.actual_end, i.start_date)).where(
        in_category, in_period(i.actual_end, start, today), and_(delivered(), i.start_date.is_not(None))),
        team_ids, i.case_id), keys=1)
    ids = set(s.scalars(products))
    goals: dict[int, list[int]] = {}
    for (pid, product), (n, r) in goal_counts(s, start, today, team_ids, i.provider_id, i.product_id).items():
        if product in ids:
            total = goals.setdefault(pid, [0, 0])
            total[0], total[1] = total[0] + n, total[1] + r
    rows = [ProviderChoiceRow(pid, name, count_of(waiting.get(pid)), waits.get((pid,), LeadTime()),
                              *goals.get(pid, (0, 0)), leads.get((pid,), LeadTime()))
            for pid, name in providers.items()]
    rows.sort(key=lambda r: (r.provider_name.casefold(), r.provider_id))
    return ProviderComparison(category_code, start, today, tuple(rows))
