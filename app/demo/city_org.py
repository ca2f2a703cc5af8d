"""The organisation behind a city-size demo: teams, workers with their caseloads, providers and products.

The demo's own people stay: the local worker (Sanne de Vries) directs about thirty open cases and the
supervisor Marieke Hoekstra supervises her team. Everything else is found by name (teams, usernames,
AGB codes) or written in bulk, so filling twice reuses the same organisation.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from app.demo.care import PROVIDERS
from app.demo.city_bulk import BulkWriter
from app.demo.city_places import MAX_TEAMS, team_regions
from app.demo.households import Region
from app.demo.names import ORIGINS
from app.demo.staff import COLLEAGUES, DEMO_WORKER, Staff, demo_team_contact
from app.services.workers import make_username
from models import Product, Provider, Segment, Team, Worker, WorkerTeam
from models.enums import Role

OPEN_SHARE = 0.3           # of all families in the database, this share has an open case today
LOCAL_CASELOAD = 30
CASELOAD = (20, 40)
TEAM_SIZE = 25
CROSS_TEAM_SHARE = 0.01    # open cases directed by a worker who has moved to another team
PROVIDER_COUNT = 60
# Providers the plan texts name (app/demo/themes.py): they get the matching involvements.
THEME_PROVIDERS = ("Jeugdhulp Zaanstroom", "GGZ Kind & Jeugd Waterland", "Jeugdverslavingszorg De Kaap",
                   "Bureau HALT")
NAME_HEADS = ("De Waterlandse", "Het Zaanse", "De Noord-Hollandse", "De", "Stichting", "Centrum")
NAME_TAILS = ("Brug", "Haven", "Kering", "Molen", "Vaart", "Zeilen", "Horizon", "Kompas", "Schakel", "Dijk",
              "Werf", "Vuurtoren")
NAME_KINDS = ("jeugdhulp", "gezinsbehandeling", "jeugd-ggz", "opvoedondersteuning", "ambulante hulp",
              "pleegzorg", "dagbehandeling", "jongerenwerk")
# Product name, JZ020 category, segment, unit
PRODUCT_KINDS = (
    ("Ambulante jeugdhulp", "45", "B", "04"), ("Intensieve ambulante gezinsbehandeling", "45", "C", "04"),
    ("Opvoedondersteuning", "45", "A", "82"), ("Behandeling jeugd-ggz", "54", "B", "01"),
    ("Specialistische ggz", "52", "C", "01"), ("Generalistische basis-ggz", "51", "B", "01"),
    ("Dagbehandeling", "41", "C", "16"), ("Gezinshuis", "43", "C", "14"), ("Logeeropvang", "44", "B", "14"),
    ("Crisisinterventie", "46", "C", "04"), ("Maatwerkarrangement", "50", "B", "83"),
    ("Persoonlijke verzorging", "40", "A", "04"),
)


@dataclass(frozen=True)
class CityProduct:
    provider_id: int
    provider_name: str
    product_id: int
    segment: str
    unit: str
    wait: tuple[int, int]   # days from referral to start: slow providers have long waiting lists
    reach: float            # how often goals are reached with this provider


@dataclass
class CityTeam:
    id: int
    region: Region
    workers: list[int] = field(default_factory=list)  # everyone who ever directed here, also inactive
    supervisor_id: int | None = None


@dataclass
class Org:
    local_id: int
    local_name: str
    teams: list[CityTeam]
    slots: list[tuple[int, int]]          # (director, team index) of every open case to make
    products: list[CityProduct]
    usernames: dict[int, str]
    names: dict[int, str]
    inactive: set[int]


def open_cases_for(families: int) -> int:
    return max(1, round(families * OPEN_SHARE))


class OrgBuilder:
    """Finds or writes the organisation for ``families`` families (staff of the demo come first)."""

    def __init__(self, writer: BulkWriter, rng: random.Random, now: datetime):
        self.w, self.rng, self.now = writer, rng, now
        conn = writer.conn
        self.team_ids = dict(conn.execute(select(Team.name, Team.id)).all())
        self.workers = {u: (i, a) for i, u, a in conn.execute(select(Worker.id, Worker.username, Worker.active))}
        self.worker_names = dict(conn.execute(select(Worker.id, Worker.name)).all())
        self.drawn = {DEMO_WORKER, *(name for name, _role, _regions in COLLEAGUES)}  # never drawn again
        self.memberships = set(conn.execute(select(WorkerTeam.worker_id, WorkerTeam.team_id)).all())
        self.usernames = {i: u for u, (i, _a) in self.workers.items()}

    def _stamp(self) -> dict:
        return {"version": 1, "created_at": self.now, "updated_at": self.now}

    def _team(self, region: Region) -> int:
        if region.team not in self.team_ids:
            id_ = self.w.new_id("team")
            self.w.add("team", {"id": id_, "name": region.team, **demo_team_contact(region.team), **self._stamp()})
            self.w.add("team_municipality", {"team_id": id_, "code": region.municipality_code,
                                             "name": region.municipality_name, "position": 0})
            self.team_ids[region.team] = id_
        return self.team_ids[region.team]

    def _person_name(self) -> str:
        rng = self.rng
        while True:
            origin = rng.choices(ORIGINS, weights=[o.weight for o in ORIGINS])[0]
            female = rng.random() < 0.75  # social work is mostly done by women
            first = rng.choice(origin.women if female else origin.men)
            surname = rng.choice(origin.surnames)[1 if female else 0]
            name = f"{first} {surname}"
            if name not in self.drawn:  # the same names for the same seed: filling again finds them
                self.drawn.add(name)
                return name

    def _worker(self, role: Role, team_id: int, active: bool = True) -> int:
        name = self._person_name()
        username = make_username(name)
        if username in self.workers:
            id_ = self.workers[username][0]
        else:
            id_ = self.w.new_id("worker")
            self.w.add("worker", {"id": id_, "name": name, "username": username, "role": role.value,
                                  "active": active, **self._stamp()})
            self.workers[username] = (id_, active)
            self.usernames[id_] = username
            self.worker_names[id_] = name
        self._member(id_, team_id)
        return id_

    def _member(self, worker_id: int, team_id: int) -> None:
        if (worker_id, team_id) not in self.memberships:
            self.memberships.add((worker_id, team_id))
            self.w.add("worker_team", {"worker_id": worker_id, "team_id": team_id})

    def build(self, staff: Staff, families: int) -> Org:
        rng = self.rng
        n_open = open_cases_for(families)
        local_load = min(LOCAL_CASELOAD, max(1, n_open // 4))
        needed = math.ceil(max(0, n_open - local_load) / (sum(CASELOAD) / 2))
        n_teams = min(MAX_TEAMS, max(2, math.ceil(needed / TEAM_SIZE)))
        per_team = max(1, math.ceil(needed / n_teams))
        teams = [CityTeam(self._team(r), r) for r in team_regions(n_teams)]
        local_team = next((i for i, t in enumerate(teams) if t.id == staff.local_team_id), 0)
        slots: list[tuple[int, int]] = [(staff.local.worker_id, local_team)] * local_load
        inactive: set[int] = set()
        for index, team in enumerate(teams):
            demo = [w for name, ws in staff.caseworkers.items() if staff.team_ids.get(name) == team.id for w in ws]
            if index == local_team:
                team.supervisor_id = staff.supervisor_id
                self._member(staff.supervisor_id, team.id)
            elif not demo:
                team.supervisor_id = self._worker(Role.SUPERVISOR, team.id)
                if index % 3 == 1:
                    self._worker(Role.SUPERVISOR, team.id)
            else:
                team.supervisor_id = staff.supervisor_id
            workers = demo + [self._worker(Role.WORKER, team.id) for _ in range(max(0, per_team - len(demo)))]
            for worker in workers:
                slots += [(worker, index)] * rng.randint(*CASELOAD)
            if index % 2 == 0:  # left the organisation, their cases still wait for a new director
                gone = self._worker(Role.WORKER, team.id, active=False)
                inactive.add(gone)
                workers.append(gone)
                slots += [(gone, index)] * rng.randint(2, 6)
            team.workers = workers + ([staff.local.worker_id] if index == local_team else [])
        others = slots[local_load:]
        rng.shuffle(others)
        while len(others) < n_open - local_load:
            others += others[:n_open - local_load - len(others)] or [(staff.local.worker_id, local_team)]
        others = others[:n_open - local_load]
        if len(teams) > 1:  # a few directors have moved to another team and kept these cases
            for i in range(max(2, round(len(others) * CROSS_TEAM_SHARE))):
                if i < len(others):
                    director, index = others[i]
                    others[i] = (director, (index + 1 + rng.randrange(len(teams) - 1)) % len(teams))
        self.usernames.update({staff.local.worker_id: staff.local.username})
        return Org(staff.local.worker_id, staff.local.name, teams, slots[:local_load] + others,
                   self._providers(), dict(self.usernames), dict(self.worker_names), inactive)

    def _providers(self) -> list[CityProduct]:
        """The demo's providers, the ones the plan texts name, and generated ones, with their products."""
        rng, conn = self.rng, self.w.conn
        segments = dict(conn.execute(select(Segment.code, Segment.id)).all())
        existing = {agb: id_ for id_, agb in conn.execute(select(Provider.id, Provider.agb_code))}
        products = {(p, n): i for i, p, n in conn.execute(select(Product.id, Product.provider_id, Product.name))}
        wanted = [(name, agb, list(items)) for name, agb, items in PROVIDERS]
        used = {name for name, _a, _p in wanted}
        for i, name in enumerate(THEME_PROVIDERS):
            wanted.append((name, f"9810{i:04d}", _products(rng, 2)))
            used.add(name)
        i = 0
        while len(wanted) < PROVIDER_COUNT:
            name = f"{rng.choice(NAME_HEADS)} {rng.choice(NAME_TAILS)} {rng.choice(NAME_KINDS)}"
            i += 1
            if name not in used:
                used.add(name)
                wanted.append((name, f"9820{i:04d}", _products(rng, rng.randint(1, 3))))
        out = []
        for name, agb, items in wanted:
            provider_id = existing.get(agb)
            if provider_id is None:
                provider_id = self.w.new_id("provider")
                self.w.add("provider", {"id": provider_id, "name": name, "agb_code": agb, "active": True,
                                        **self._stamp()})
            slow = rng.random() < 0.15
            wait = (rng.randint(45, 70), rng.randint(90, 160)) if slow else (rng.randint(3, 14), rng.randint(21, 50))
            reach = rng.uniform(0.35, 0.8)
            for pname, category, regional, segment, unit in items:
                product_id = products.get((provider_id, pname))
                if product_id is None:
                    product_id = self.w.new_id("product")
                    self.w.add("product", {"id": product_id, "provider_id": provider_id, "name": pname,
                                           "category_code": category, "regional_code": regional,
                                           "segment_id": segments.get(segment), "unit_code": unit, "active": True,
                                           **self._stamp()})
                out.append(CityProduct(provider_id, name, product_id, segment, unit, wait, reach))
        return out


def _products(rng: random.Random, k: int) -> list[tuple[str, str, str | None, str, str]]:
    return [(name, category, None, segment, unit) for name, category, segment, unit in rng.sample(PRODUCT_KINDS, k)]
