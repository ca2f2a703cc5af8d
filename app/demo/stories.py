"""What happens to each demo family, decided up front as plain values: who they are, what they ask,
who is around them, who directs the case and how it went (intake, active, closed, reopened...)."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.demo.households import HouseholdMaker, HouseholdSpec, MemberSpec, Region
from app.demo.names import LOCAL_MEN, LOCAL_SURNAMES, LOCAL_WOMEN, ORIGIN_BY_KEY, SHOWCASE
from app.demo.texts import CONTACTS, NETWORK_KINDS, dutch_date
from app.demo.themes import SIZE_WORDS, THEMES, Theme
from app.validation import age_on
from models.enums import CloseReason, PriorityReason

# Kinds of case history; "new" is active with a first draft plan, "transferred" changed director.
INTAKE, NEW, ACTIVE, CLOSED, REOPENED, SAFETY, CRISIS, TRANSFERRED = (
    "intake", "new", "active", "closed", "reopened", "safety", "crisis", "transferred")
PRIORITY_REASONS = {SAFETY: PriorityReason.SAFETY, CRISIS: PriorityReason.CRISIS}
CLOSE_REASONS = (CloseReason.GOALS_REACHED, CloseReason.GOALS_REACHED, CloseReason.HANDED_OVER, CloseReason.MOVED,
                 CloseReason.FAMILY_DECLINED, CloseReason.NO_HELP_NEEDED)


@dataclass(frozen=True)
class NetworkSpec:
    kind: str
    name: str
    relation: str
    label: str
    contact: str | None
    contribution: str


@dataclass(frozen=True)
class ThemeUse:
    """A theme as it applies to this family: about which child, leaning on which network member."""

    theme: Theme
    child: MemberSpec
    network: NetworkSpec


@dataclass
class Timeline:
    opened: date
    active: date | None = None
    closed: date | None = None
    reopened: date | None = None
    event: date | None = None  # priority set or director transferred


@dataclass
class Story:
    household: HouseholdSpec
    kind: str
    director_id: int
    team_id: int
    themes: list[ThemeUse]
    network: list[NetworkSpec]
    timeline: Timeline
    first_director_id: int | None = None  # for a transferred case
    close_reason: CloseReason | None = None
    family_id: int = 0  # set once the family is taken in
    case_id: int = 0
    lineages: list[str] = field(default_factory=list)

    def words(self, use: ThemeUse, on: date, target: date | None = None) -> dict[str, str]:
        """The placeholder values for this family's texts, written on ``on`` about ``target``."""
        parent = self.household.main_parent
        return {
            "child": use.child.first_name, "age": str(age_on(use.child.born, on)),
            "parent": parent.label, "parent_name": parent.first_name, "network": use.network.label,
            "provider": use.theme.provider, "size": SIZE_WORDS.get(len(self.household.members), "velen"),
            "date": dutch_date(target) if target else "",
            "parents": join_dutch([p.label for p in self.household.parents]),
            "topic": use.theme.topic.format(child=use.child.first_name, parent=parent.label),
        }


def join_dutch(parts: list[str]) -> str:
    """``a, b en c``."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]


def case_kinds(rng: random.Random, n: int) -> list[str]:
    """A realistic mix for ``n`` families: mostly active, some in intake, a few closed or special."""
    kinds = [INTAKE] * round(n / 8) + [CLOSED] * round(n / 8) + [NEW] * round(n / 10)
    kinds += [k for k, minimum in ((SAFETY, 4), (REOPENED, 8), (CRISIS, 10), (TRANSFERRED, 10)) if n >= minimum]
    kinds = kinds[:n] + [ACTIVE] * max(0, n - len(kinds))
    rng.shuffle(kinds)
    return kinds


def timeline_for(rng: random.Random, kind: str, today: date) -> Timeline:
    def ago(lo: int, hi: int) -> date:
        return today - timedelta(days=rng.randint(lo, hi))

    if kind == INTAKE:
        return Timeline(ago(2, 20))
    if kind == NEW:
        opened = ago(25, 60)
        return Timeline(opened, opened + timedelta(days=rng.randint(7, 14)))
    if kind == CLOSED:
        opened = ago(250, 600)
        active = opened + timedelta(days=rng.randint(14, 30))
        return Timeline(opened, active, min(today - timedelta(days=7), active + timedelta(days=rng.randint(120, 280))))
    if kind == REOPENED:
        opened = ago(420, 560)
        active = opened + timedelta(days=20)
        return Timeline(opened, active, active + timedelta(days=rng.randint(180, 260)), ago(40, 75))
    opened = ago(70, 420)
    active = opened + timedelta(days=rng.randint(10, 35))
    event = min(today - timedelta(days=1), active + timedelta(days=rng.randint(5, 40)))
    return Timeline(opened, active, event=event if kind in (SAFETY, CRISIS, TRANSFERRED) else None)


def _weighted_sample(rng: random.Random, items: list[Theme], weights: list[float], k: int) -> list[Theme]:
    items, weights, out = list(items), list(weights), []
    while items and len(out) < k:
        i = rng.choices(range(len(items)), weights=weights)[0]
        out.append(items.pop(i))
        weights.pop(i)
    return out


class StoryMaker:
    """Turns a random generator into families with a story, one after another."""

    def __init__(self, rng: random.Random, today: date, taken_bsns: set[str]):
        self.rng = rng
        self.today = today
        self.households = HouseholdMaker(rng, today, taken_bsns)

    def make(self, index: int, kind: str, region: Region, director_id: int, team_id: int) -> Story:
        rng = self.rng
        timeline = timeline_for(rng, kind, self.today)
        showcase = SHOWCASE[index] if index < len(SHOWCASE) else None
        household = self.households.make(region, timeline.opened - timedelta(days=1), showcase)
        themes = self._themes(household)
        network = self._network(household, themes)
        uses = [ThemeUse(t, c, next((n for n in network if n.kind in t.network), network[0])) for t, c in themes]
        story = Story(household, kind, director_id, team_id, uses, network, timeline)
        story.lineages = [f"{rng.getrandbits(128):032x}" for u in uses for _ in u.theme.goals]
        if kind in (CLOSED, REOPENED):
            story.close_reason = CloseReason.GOALS_REACHED if kind == REOPENED else rng.choice(CLOSE_REASONS)
        return story

    def _themes(self, household: HouseholdSpec) -> list[tuple[Theme, MemberSpec]]:
        rng = self.rng
        day = self.today
        fitting: list[Theme] = []
        for theme in THEMES:
            if theme.newcomers_only and not household.newcomer:
                continue
            if theme.child_ages and not self._children_aged(household, theme.child_ages, day):
                continue
            fitting.append(theme)
        single = len(household.parents) == 1
        weights = [3.0 if single and t.key == "netwerk" else 2.0 if t.child_ages else 1.0 for t in fitting]
        count = rng.choices((1, 2, 3), weights=(15, 55, 30))[0]
        chosen = _weighted_sample(rng, fitting, weights, count)
        out = []
        for theme in chosen:
            children = self._children_aged(household, theme.child_ages, day) if theme.child_ages else household.children
            out.append((theme, rng.choice(children)))
        return out

    @staticmethod
    def _children_aged(household: HouseholdSpec, ages: tuple[int, int], day: date) -> list[MemberSpec]:
        return [c for c in household.children if ages[0] <= age_on(c.born, day) <= ages[1]]

    def _network(self, household: HouseholdSpec, themes: list[tuple[Theme, MemberSpec]]) -> list[NetworkSpec]:
        rng = self.rng
        kinds: list[tuple[str, MemberSpec]] = []
        for theme, child in themes:
            fitting = [k for k in theme.network if self._kind_fits(k, child)]
            if fitting and not any(k == fitting[0] for k, _ in kinds):
                kinds.append((fitting[0], child))
        extra = [k for k in NETWORK_KINDS if k not in (x for x, _ in kinds)]
        rng.shuffle(extra)
        for kind in extra[:rng.randint(1, 2)]:
            child = rng.choice(household.children)
            if self._kind_fits(kind, child):
                kinds.append((kind, child))
        if not kinds:
            kinds.append(("grandmother", household.children[0]))
        return [self._person(household, kind, child) for kind, child in kinds]

    def _kind_fits(self, kind: str, child: MemberSpec) -> bool:
        ages = NETWORK_KINDS[kind].child_ages
        return ages is None or ages[0] <= age_on(child.born, self.today) <= ages[1]

    def _person(self, household: HouseholdSpec, kind: str, child: MemberSpec) -> NetworkSpec:
        rng = self.rng
        spec = NETWORK_KINDS[kind]
        parent = household.main_parent
        if spec.relative:
            origin = ORIGIN_BY_KEY[household.relatives_origin]
            first = rng.choice(origin.women if spec.female else origin.men)
            surname = parent.full_surname
        else:
            first = rng.choice(LOCAL_WOMEN if spec.female else LOCAL_MEN)
            surname = rng.choice(LOCAL_SURNAMES)
        values = {"child": child.first_name, "parent": parent.label, "parent_name": parent.first_name}
        contact = rng.choice(CONTACTS)
        return NetworkSpec(
            kind, f"{first} {surname}", spec.relation.format(**values), spec.label.format(first=first),
            contact.format(**values) if contact else None, rng.choice(spec.contributions).format(**values),
        )
