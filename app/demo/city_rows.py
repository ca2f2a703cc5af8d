"""Rows of one city-demo family: the household and its network, its cases with their history events,
and the access log of the workers who opened the file - handed to the bulk writer as plain dicts."""
from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

from app.demo.city_bulk import BulkWriter
from app.demo.city_care import CareRows, FamilyFile
from app.demo.city_cases import CaseSpec, Timelines
from app.demo.city_org import Org
from app.demo.content import at
from app.demo.households import TEST_BSN_FREE_DIGITS, HouseholdMaker, Region, bsn_in_test_range
from app.demo.names import SHOWCASE
from app.demo.stories import Story, StoryMaker, ThemeUse, Timeline
from app.demo.texts import CLOSE_NOTES, REOPEN_REASON, TRANSFER_REASON
from models.search_keys import first_name_key, name_key
from models.enums import Actor, ActionOwner, AuditEvent, CaseEventKind, CaseStatus

PRIOR_CASE_SHARE = 0.12   # families that had an earlier, closed case
NETWORK_SHARE = 0.6       # families with a registered network (always when a goal leans on it)
BSN_SHARE = 0.75          # members with a BSN, as far as the national test range allows
WORKSTATION = "demo"


class BsnPool:
    """Every unused BSN of the national test range (999...), in a random order: none names a resident."""

    def __init__(self, rng: random.Random, taken: set[str]):
        candidates = (bsn_in_test_range(n) for n in range(10 ** TEST_BSN_FREE_DIGITS))
        free = [bsn for bsn in candidates if bsn is not None and bsn not in taken]
        rng.shuffle(free)
        self.free = free

    def take(self) -> str | None:
        return self.free.pop() if self.free else None


class PooledHouseholds(HouseholdMaker):
    """Households whose BSNs come from the pool, spread thin enough to last for every family."""

    def __init__(self, rng: random.Random, today: date, pool: BsnPool, members_expected: int):
        super().__init__(rng, today, set())
        self.pool = pool
        self.share = min(1.0, 0.95 * len(pool.free) / max(1, members_expected * BSN_SHARE))

    def _bsn(self, chance: float) -> str | None:
        return self.pool.take() if self.rng.random() < chance * self.share else None


class CityStoryMaker(StoryMaker):
    def __init__(self, rng: random.Random, today: date, pool: BsnPool, families: int):
        super().__init__(rng, today, set())
        self.households = PooledHouseholds(rng, today, pool, round(families * 3.7))

    def story(self, region: Region, first_opened: date, showcase: tuple[str, str] | None) -> Story:
        """Who the family is, what it asks help for and who is around it (born before its first case)."""
        household = self.households.make(region, first_opened - timedelta(days=1), showcase)
        themes = self._themes(household)
        network = self._network(household, themes)
        uses = [ThemeUse(t, c, next((n for n in network if n.kind in t.network), network[0])) for t, c in themes]
        return Story(household, "city", 0, 0, uses, network, Timeline(first_opened))


class FamilyRows:
    """Makes family after family and hands their rows to the writer."""

    def __init__(self, writer: BulkWriter, org: Org, rng: random.Random, today: date, pool: BsnPool,
                 families: int, domains: dict[str, int], first_index: int):
        self.w, self.org, self.rng, self.today = writer, org, rng, today
        self.timelines = Timelines(rng, today)
        self.stories = CityStoryMaker(rng, today, pool, families)
        self.care = CareRows(writer, rng, today, domains, org.products, org.names)
        self.first_index = first_index
        weights = Counter(team for _d, team in org.slots)
        self.team_weights = [weights.get(i, 1) for i in range(len(org.teams))]
        self.statuses: Counter[CaseStatus] = Counter()
        self.local_open = 0

    def add(self, index: int, slot: tuple[int, int] | None) -> None:
        rng, tl = self.rng, self.timelines
        if slot is not None:
            director, team_index = slot
            main = tl.open_case()
        else:
            team_index = rng.choices(range(len(self.org.teams)), weights=self.team_weights)[0]
            director = rng.choice(self.org.teams[team_index].workers)
            main = tl.closed_case()
        team = self.org.teams[team_index]
        main.team_id, main.director = team.id, director
        cases = [main]
        if rng.random() < PRIOR_CASE_SHARE:
            prior = tl.closed_case(before=main.opened)
            if prior is not None:
                prior.team_id, prior.director = team.id, rng.choice(team.workers)
                cases.insert(0, prior)
        position = self.first_index + index
        showcase = SHOWCASE[position] if position < len(SHOWCASE) else None
        story = self.stories.story(team.region, cases[0].opened, showcase)
        family = self._family(story, team.id, cases[0].opened)
        for spec in cases:
            others = [w for w in team.workers if w != spec.director]
            if spec.transfer_on and others:
                spec.first_director = rng.choice(others)
            self._case(family, spec)
            self.care.case(family, spec)
        self._access_log(family, cases)
        self.statuses[main.status] += 1
        self.local_open += main.director == self.org.local_id and main.status is not CaseStatus.CLOSED

    def _family(self, story: Story, team_id: int, since: date) -> FamilyFile:
        w, h = self.w, story.household
        family_id = w.new_id("family")
        stamp = at(since, 9)
        w.add("family", {"id": family_id, "name": h.family_name, "street": h.street, "postcode": h.postcode,
                         "city": h.city, "municipality_code": h.municipality_code, "team_id": team_id,
                         "search_name": name_key(h.family_name), "version": 1, "created_at": stamp,
                         "updated_at": stamp})
        persons = {}
        for m in h.members:
            persons[id(m)] = person_id = w.new_id("person")
            w.add("person", {"id": person_id, "family_id": family_id, "role": m.role.value,
                             "first_name": m.first_name, "surname_prefix": m.surname_prefix, "surname": m.surname,
                             "date_of_birth": m.born, "bsn": m.bsn, "parental_authority": m.parental_authority,
                             "search_name": name_key(m.surname_prefix, m.surname),
                             "search_first": first_name_key(m.first_name), "version": 1, "created_at": stamp,
                             "updated_at": stamp})
        network = {}
        leans = any(g.actor is Actor.NETWORK or any(a.owner is ActionOwner.NETWORK for a in g.actions)
                    for u in story.themes for g in u.theme.goals)
        if leans or self.rng.random() < NETWORK_SHARE:
            for spec in story.network:
                network[id(spec)] = member_id = w.new_id("network_member")
                when = at(since + timedelta(days=self.rng.randint(1, 20)), 14)
                w.add("network_member", {"id": member_id, "family_id": family_id, "name": spec.name,
                                         "relation": spec.relation, "contact": spec.contact,
                                         "contribution": spec.contribution, "version": 1,
                                         "created_at": when, "updated_at": when})
        return FamilyFile(family_id, story, persons, network)

    def _case(self, family: FamilyFile, spec: CaseSpec) -> None:
        w = self.w
        spec.id = w.new_id("case_file")
        closed = spec.status is CaseStatus.CLOSED
        events = self._history(family, spec)
        w.add("case_file", {
            "id": spec.id, "family_id": family.id, "team_id": spec.team_id, "director_id": spec.director,
            "status": spec.status.value, "priority": "high" if spec.priority_reason else "normal",
            "priority_reason": spec.priority_reason.value if spec.priority_reason else None,
            "direction_mode": spec.direction_mode.value, "opened_on": spec.opened,
            "closed_on": spec.closed if closed else None,
            "close_reason": spec.close_reason.value if closed else None,
            "reopen_count": 1 if spec.reopened else 0, "version": len(events),  # every change bumped it
            "family_group_plan_offered_on": None, "family_group_plan_answer": None, "family_group_plan_note": None,
            "created_at": at(spec.opened, 9), "updated_at": at(spec.last_day, 16),
        })
        for day, kind, worker, from_v, to_v, from_w, to_w, reason in events:
            w.add("case_event", {
                "id": w.new_id("case_event"), "case_id": spec.id, "at": at(day, 11), "on_date": day,
                "kind": kind.value, "worker_id": worker or spec.director_on(day), "from_value": from_v,
                "to_value": to_v, "from_worker_id": from_w, "to_worker_id": to_w, "reason": reason})

    @staticmethod
    def _history(family: FamilyFile, spec: CaseSpec) -> list[tuple]:
        """(day, kind, worker, from, to, from worker, to worker, reason) of every change, oldest first."""
        first = spec.first_director or spec.director
        out: list[tuple] = [(spec.opened, CaseEventKind.OPENED, first, None, "intake", None, first, None)]
        if spec.active:
            out.append((spec.active, CaseEventKind.STATUS_CHANGED, None, "intake", "active", None, None, None))
        if spec.priority_on:
            out.append((spec.priority_on, CaseEventKind.PRIORITY_CHANGED, None, "normal", "high", None, None,
                        spec.priority_reason.value))
        if spec.transfer_on and spec.first_director:
            out.append((spec.transfer_on, CaseEventKind.DIRECTOR_TRANSFERRED, spec.first_director, None, None,
                        spec.first_director, spec.director, TRANSFER_REASON))
        note = CLOSE_NOTES.get(spec.close_reason)
        if spec.first_closed:
            out.append((spec.first_closed, CaseEventKind.CLOSED, None, "active", spec.close_reason.value, None, None,
                        note.format(**family.words_on(spec.first_closed)) if note else None))
        if spec.waakvlam:
            out.append((spec.waakvlam.start, CaseEventKind.STATUS_CHANGED, None, "active", "waakvlam", None, None,
                        None))
        if spec.reopened:
            out.append((spec.reopened, CaseEventKind.REOPENED, None, spec.reopen_from.value, "active", None, None,
                        REOPEN_REASON.format(**family.words_on(spec.reopened))))
        if spec.status is CaseStatus.CLOSED:
            before = "waakvlam" if spec.waakvlam else "active" if spec.active else "intake"
            out.append((spec.closed, CaseEventKind.CLOSED, None, before, spec.close_reason.value, None, None,
                        note.format(**family.words_on(spec.closed)) if note else None))
        out.sort(key=lambda e: e[0])
        return out

    def _access_log(self, family: FamilyFile, cases: list[CaseSpec]) -> None:
        """3-10 entries: the intake, then reads and changes by the directors on days the file was used."""
        rng = self.rng
        main = cases[-1]
        entries = [(cases[0].opened, AuditEvent.CREATE, "family", family.id, cases[0])]
        kinds = ((AuditEvent.READ, "case"), (AuditEvent.READ, "case"), (AuditEvent.READ, "family_plan"),
                 (AuditEvent.UPDATE, "case"), (AuditEvent.UPDATE, "family_plan"), (AuditEvent.READ, "evaluations"),
                 (AuditEvent.READ, "case_history"), (AuditEvent.PRINT_EXPORT, "family_plan"))
        for _ in range(rng.randint(2, 9)):
            spec = rng.choice(cases) if rng.random() < 0.25 else main
            span = max(0, (spec.last_day - spec.opened).days)
            event, object_type = rng.choice(kinds)
            entries.append((spec.opened + timedelta(days=rng.randint(0, span)), event, object_type, spec.id, spec))
        for day, event, object_type, object_id, spec in sorted(entries, key=lambda e: e[0]):
            worker = spec.director_on(day)
            self.w.add("access_log", {
                "id": self.w.new_id("access_log"), "occurred_at": at(day, rng.randint(8, 17)),
                "event": event.value, "worker_id": worker, "username": self.org.usernames.get(worker, "-"),
                "on_behalf_of": None, "family_id": family.id, "case_id": spec.id, "object_type": object_type,
                "object_id": object_id, "workstation": WORKSTATION, "outcome": "success", "detail_code": "demo_data"})
