"""Figures per provider and product category, and the flows of help between segments and kinds of care.

Every figure is cut by the same :class:`~app.queries.figures_sql.CaseScope` as the other management
figures (the cases of the chosen teams, of the families living in the chosen municipality) and holds
counts only. The definitions are in the DTO docstrings; "help" is an involvement that was not cancelled
(:func:`models.care.delivered`), and "ended help" is help whose ``actual_end`` lies in the period.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, distinct, exists, func, literal, or_, select, text
from sqlalchemy.orm import Session, aliased

from app.codelists import AMBULATORY_CATEGORIES, PRODUCT_CATEGORIES, RESIDENTIAL_CATEGORIES
from app.queries.figures_providers import goal_counts, share
from app.queries.figures_sql import count_of, days_between, in_period, in_teams
from models import Case, CaseEvent, Involvement, Product, Provider, Segment
from models.care import delivered
from models.enums import CaseEventKind

FOLLOW_UP_DAYS = 365  # help or a reopening this soon after help ended counts as following it


@dataclass(frozen=True)
class LeadTime:
    """``actual_end - start_date`` in days of the help ended in the period: how many, the median (the
    middle value, or the mean of the middle two) and the 80th percentile (nearest rank: the value at
    place ceil(0.8 x count) in ascending order). None when none ended."""

    count: int = 0
    median_days: float | None = None
    p80_days: int | None = None


@dataclass(frozen=True)
class ProviderCategoryFigures:
    """One provider in one iJw product category (JZ020), over the cases of the scope.

    - ``involvements``: help running in the period (started on or before its end, not ended before its
      start); ``families``: the distinct families of their cases; ``extensions``: their extension
      counters added up (``extensions_per_100``: per 100 of those involvements).
    - ``lead_time``: see :class:`LeadTime`; ``ended``: that help ended in the period.
    - ``scaled_down``: of the ended help, the involvements followed in the same case by help in a lower
      segment (by segment position: C, then B, then A) that started on or after their start and at most
      365 days after their end.
    - ``recurred``: of the ended help, the involvements whose case was reopened, or got new help that is
      not in a lower segment, in the 365 days after their end (a step down counts as scaling down, not
      as recurrence). Counted up to today: for help ended recently the year is not yet over.
    - ``goals_evaluated`` / ``goals_reached``: as in the provider figures, for the goals linked to this
      provider's help in this category.
    """

    provider_id: int
    provider_name: str
    category_code: str
    involvements: int = 0
    families: int = 0
    extensions: int = 0
    ended: int = 0
    lead_time: LeadTime = LeadTime()
    scaled_down: int = 0
    recurred: int = 0
    goals_evaluated: int = 0
    goals_reached: int = 0

    @property
    def category_label(self) -> str:
        return f"{self.category_code} {PRODUCT_CATEGORIES.get(self.category_code, '')}".strip()

    @property
    def lead_median(self) -> float | None:
        return self.lead_time.median_days

    @property
    def lead_p80(self) -> int | None:
        return self.lead_time.p80_days

    @property
    def extensions_per_100(self) -> float | None:
        return None if not self.involvements else 100 * self.extensions / self.involvements

    @property
    def scale_down_share(self) -> float | None:
        return share(self.scaled_down, self.ended)

    @property
    def recurrence_share(self) -> float | None:
        return share(self.recurred, self.ended)

    @property
    def goal_realisation(self) -> float | None:
        return share(self.goals_reached, self.goals_evaluated)


@dataclass(frozen=True)
class SegmentGoals:
    """Goal realisation of the help in one segment (``segment_code`` None: products without one): the
    goals evaluated and reached of every provider's help in that segment, each goal counted once per
    provider and category it is linked to."""

    segment_code: str | None
    goals_evaluated: int
    goals_reached: int

    @property
    def goal_realisation(self) -> float | None:
        return share(self.goals_reached, self.goals_evaluated)


@dataclass(frozen=True)
class Flow:
    """``count`` steps from ``source`` to ``target`` (segment codes, or "residential"/"ambulatory")."""

    source: str
    target: str
    count: int


@dataclass(frozen=True)
class HelpFlows:
    """How help moved within cases. A *step* is help started in the period together with the help of the
    same case that started last before it (by start date, then by record order), when there is one; help
    cancelled before its start takes no part.

    - ``segments``: the steps between two different segments, per (from, to);
    - ``residential_to_ambulatory`` / ``ambulatory_to_residential``: the steps from a residential product
      category (``app.codelists.RESIDENTIAL_CATEGORIES``) to an ambulatory one (``AMBULATORY_CATEGORIES``)
      and back;
    - ``end_reasons``: help ended in the period per iJw end reason (JZ588) - "39" is outflow to another
      domain.
    """

    segments: tuple[Flow, ...]
    residential_to_ambulatory: int
    ambulatory_to_residential: int
    end_reasons: tuple[tuple[str, int], ...]

    @property
    def to_other_domain(self) -> int:
        return dict(self.end_reasons).get("39", 0)


@dataclass(frozen=True)
class ProviderSteering:
    """The provider-and-flow part of the management figures."""

    per_category: tuple[ProviderCategoryFigures, ...]
    segment_goals: tuple[SegmentGoals, ...]
    flows: HelpFlows


def provider_steering(s: Session, start: date, end: date, scope) -> ProviderSteering:
    """All of it for [start, end] and ``scope`` (team ids, a :class:`CaseScope` or None)."""
    if s.get_bind().dialect.name == "postgresql":
        # These few-millisecond-per-thousand aggregates look costly to the planner (their correlated
        # look-ups), which then spends ~115 ms compiling them (JIT) at city size: more than it saves.
        s.execute(text("SET LOCAL jit = off"))
    products = Products({pid: (cat, seg, pos) for pid, cat, seg, pos in s.execute(
        select(Product.id, Product.category_code, Segment.code, Segment.position).outerjoin(Segment))})
    running = _running(s, start, end, scope, products)
    ended = _ended(s, start, end, scope, products)
    leads = _lead_times(s, start, end, scope, products)
    goals = goal_counts(s, start, end, scope, Involvement.provider_id, Involvement.product_id)
    keys = set(running) | set(ended) | {(p, products.category(product)) for p, product in goals}
    names = dict(s.execute(select(Provider.id, Provider.name).where(Provider.id.in_({p for p, _ in keys}))).all())
    goal_sum: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    segment_sum: dict[str | None, list[int]] = defaultdict(lambda: [0, 0])
    for (pid, product), (n, r) in goals.items():
        for total in (goal_sum[(pid, products.category(product))], segment_sum[products.segment(product)]):
            total[0] += n
            total[1] += r
    rows = [ProviderCategoryFigures(pid, names.get(pid, "?"), cat, *running.get((pid, cat), (0, 0, 0)),
                                    *ended.get((pid, cat), (0, 0, 0))[:1], leads.get((pid, cat), LeadTime()),
                                    *ended.get((pid, cat), (0, 0, 0))[1:], *goal_sum.get((pid, cat), (0, 0)))
            for pid, cat in keys]
    rows.sort(key=lambda r: (r.provider_name.casefold(), r.provider_id, r.category_code))
    order = {seg: pos for _cat, seg, pos in products.rows.values()}
    segments = tuple(SegmentGoals(code, n, r) for code, (n, r) in
                     sorted(segment_sum.items(), key=lambda kv: (kv[0] is None, -(order.get(kv[0]) or 0))))
    return ProviderSteering(tuple(rows), segments, _flows(s, start, end, scope, products))


@dataclass(frozen=True)
class Products:
    """Every product's (category, segment code, segment position), read once: the figures group and
    compare by product id and look these up, in Python or as a CASE in SQL, instead of joining the
    product to every involvement (which the planners do badly at city size)."""

    rows: dict[int, tuple[str, str | None, int | None]]

    def category(self, product_id: int) -> str:
        return self.rows[product_id][0]

    def segment(self, product_id: int) -> str | None:
        return self.rows[product_id][1]

    def sql(self, column, part: int):
        """SQL: the category (``part`` 0) or segment position (2) of the product in ``column``."""
        values = {pid: row[part] for pid, row in self.rows.items() if row[part] is not None}
        return case(values, value=column, else_=None) if values else literal(None)


def _running(s: Session, start: date, end: date, scope, products: Products) -> dict[tuple, tuple[int, int, int]]:
    i = Involvement
    category = products.sql(i.product_id, 0)
    q = (select(i.provider_id, category, func.count(i.id), func.count(distinct(Case.family_id)), func.sum(i.extensions))
         .join(Case, Case.id == i.case_id)
         .where(i.start_date <= end, or_(i.actual_end.is_(None), i.actual_end >= start), delivered()))
    rows = s.execute(in_teams(q, scope).group_by(i.provider_id, category))
    return {(p, c): (count_of(n), count_of(f), count_of(x)) for p, c, n, f, x in rows}


def _ended_help(scope, start: date, end: date, *columns):
    i = Involvement
    q = select(*columns).select_from(i).where(in_period(i.actual_end, start, end), delivered())
    return in_teams(q, scope, i.case_id)


def _ended(s: Session, start: date, end: date, scope, products: Products) -> dict[tuple, tuple[int, int, int]]:
    """(ended, scaled down, recurred) per (provider, category)."""
    i, nxt = Involvement, aliased(Involvement)
    after_end = days_between(nxt.start_date, i.actual_end)
    later = select(nxt.id).where(nxt.case_id == i.case_id, nxt.id != i.id, nxt.start_date.is_not(None),
                                 or_(nxt.actual_end.is_(None), nxt.actual_end >= nxt.start_date))
    own, theirs = products.sql(i.product_id, 2), products.sql(nxt.product_id, 2)
    scaled = later.where(theirs < own, nxt.start_date >= i.start_date, after_end <= FOLLOW_UP_DAYS).exists()
    new_help = later.where(or_(theirs >= own, theirs.is_(None), own.is_(None)),
                           nxt.start_date > i.actual_end, after_end <= FOLLOW_UP_DAYS).exists()
    events = select(CaseEvent.case_id, CaseEvent.on_date).where(
        CaseEvent.kind == CaseEventKind.REOPENED, CaseEvent.on_date.between(start, end + timedelta(FOLLOW_UP_DAYS)))
    if s.get_bind().dialect.name == "sqlite":  # the year's reopenings once, not a look-up in the events per help
        events = events.cte("reopenings").prefix_with("MATERIALIZED")
    else:
        events = events.subquery("reopenings")
    reopened = exists().where(events.c.case_id == i.case_id, events.c.on_date > i.actual_end,
                              days_between(events.c.on_date, i.actual_end) <= FOLLOW_UP_DAYS)
    q = _ended_help(scope, start, end, i.provider_id, i.product_id, func.count(i.id),
                    func.sum(case((scaled, 1), else_=0)), func.sum(case((or_(reopened, new_help), 1), else_=0)))
    out: dict[tuple, tuple[int, int, int]] = {}
    for p, product, *counts in s.execute(q.group_by(i.provider_id, i.product_id)):
        key = (p, products.category(product))
        out[key] = tuple(a + count_of(b) for a, b in zip(out.get(key, (0, 0, 0)), counts))
    return out


def _lead_times(s: Session, start: date, end: date, scope, products: Products) -> dict[tuple, LeadTime]:
    i = Involvement
    return percentiles(s, _ended_help(scope, start, end, i.provider_id, products.sql(i.product_id, 0),
                                      days_between(i.actual_end, i.start_date)), keys=2)


def provider_lead_time(s: Session, provider_id: int, start: date, end: date) -> LeadTime:
    """One provider's lead time over all its help ended in [start, end], region-wide (the provider page)."""
    i = Involvement
    q = _ended_help(None, start, end, i.provider_id, days_between(i.actual_end, i.start_date))
    return percentiles(s, q.where(i.provider_id == provider_id), keys=1).get((provider_id,), LeadTime())


def percentiles(s: Session, values, keys: int) -> dict[tuple, LeadTime]:
    """The count, median and 80th percentile per group of the select ``values`` (its first ``keys``
    columns are the group, the next one the value), in SQL: each value ranked within its group and only
    the ranks in the middle and at ceil(0.8 n) read back (window functions, the same on both databases)."""
    columns = list(values.subquery("values").c)
    group, value = columns[:keys], columns[keys]
    ranked = select(*group, value.label("value"),
                    func.row_number().over(partition_by=group, order_by=value).label("rank"),
                    func.count().over(partition_by=group).label("n")).where(value.is_not(None)).subquery("ranked")
    n, rank = ranked.c.n, ranked.c.rank
    wanted = or_(rank == (n + 1) // 2, rank == (n + 2) // 2, rank == (4 * n + 4) // 5)
    picked: dict[tuple, list] = defaultdict(list)
    for *key, v, r, count in s.execute(select(*list(ranked.c)[:keys], ranked.c.value, rank, n).where(wanted)):
        picked[tuple(key)].append((r, v, count))
    return {key: lead_time(found) for key, found in picked.items()}


def lead_time(picked: list[tuple[int, int, int]]) -> LeadTime:
    """The :class:`LeadTime` from the (rank, days, count) rows read back."""
    count = picked[0][2]
    at = {r: d for r, d, _ in picked}
    middle = [at[r] for r in {(count + 1) // 2, (count + 2) // 2}]
    return LeadTime(count, sum(middle) / len(middle), at[(4 * count + 4) // 5])


def _flows(s: Session, start: date, end: date, scope, products: Products) -> HelpFlows:
    i, prev = Involvement, aliased(Involvement)
    before = (select(prev.product_id)
              .where(prev.case_id == i.case_id, prev.start_date.is_not(None),
                     or_(prev.actual_end.is_(None), prev.actual_end >= prev.start_date),
                     or_(prev.start_date < i.start_date, and_(prev.start_date == i.start_date, prev.id < i.id)))
              .order_by(prev.start_date.desc(), prev.id.desc()).limit(1).scalar_subquery())
    steps = in_teams(select(before.label("source"), i.product_id.label("target"))
                     .where(in_period(i.start_date, start, end), delivered()), scope, i.case_id).subquery()
    segments: dict[tuple[str, str], int] = defaultdict(int)
    res_amb = amb_res = 0
    for source, target, n in s.execute(select(steps.c.source, steps.c.target, func.count())
                                       .where(steps.c.source.is_not(None)).group_by(steps.c.source, steps.c.target)):
        (cat_from, seg_from, _pos), (cat_to, seg_to, _pos) = products.rows[source], products.rows[target]
        if seg_from and seg_to and seg_from != seg_to:
            segments[(seg_from, seg_to)] += n
        res_amb += n if cat_from in RESIDENTIAL_CATEGORIES and cat_to in AMBULATORY_CATEGORIES else 0
        amb_res += n if cat_from in AMBULATORY_CATEGORIES and cat_to in RESIDENTIAL_CATEGORIES else 0
    # Grouped by provider and product first, so the covering index answers it, not the rows (SQLite).
    reasons: dict[str, int] = defaultdict(int)
    for reason, n in s.execute(_ended_help(scope, start, end, i.end_reason, func.count(i.id))
                               .group_by(i.provider_id, i.product_id, i.end_reason)):
        reasons[reason] += count_of(n)
    return HelpFlows(tuple(Flow(a, b, n) for (a, b), n in sorted(segments.items())), res_amb, amb_res,
                     tuple(sorted(reasons.items())))
