"""Writes the rest of a demo family's file straight to the ORM, in the caller's session: the network,
family plan versions with goals and actions, and the journal. (Plans, network and journal have their
own services; the demo does not depend on them so it can fill a database in one transaction.)"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo import stories as st
from app.demo.texts import AGREEMENTS, CLOSE_NOTES, CLOSING_LINE, INTAKE_LINES, JOURNAL_LINES
from app.demo.themes import GENERAL_STRENGTHS, ActionT, GoalT
from app.validation import age_on
from models import Action, FamilyPlan, Goal, GoalPerson, JournalEntry, NetworkMember, Person
from models.enums import ActionOwner, Actor, GoalStatus, JournalKind, PlanStatus

JOURNAL_WEIGHTS = {JournalKind.HOME_VISIT: 30, JournalKind.PHONE_CALL: 25, JournalKind.SCHOOL: 10,
                   JournalKind.PROVIDER_MEETING: 10, JournalKind.OFFICE_MEETING: 10, JournalKind.MESSAGE: 10,
                   JournalKind.OTHER: 5}
JOURNAL_COUNTS = {st.INTAKE: (1, 2), st.NEW: (2, 4), st.CLOSED: (5, 10), st.REOPENED: (6, 10)}


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Version:
    no: int
    status: PlanStatus
    plan_date: date
    agreed_on: date | None


def plan_versions(rng: random.Random, story: st.Story, today: date) -> list[Version]:
    """Draft, agreed, superseded: the plan versions a case of this kind has by now."""
    t = story.timeline

    def days(lo: int, hi: int) -> timedelta:
        return timedelta(days=rng.randint(lo, hi))

    if t.active is None:
        return [Version(1, PlanStatus.DRAFT, min(today, t.opened + days(1, 5)), None)] if rng.random() < 0.5 else []
    if story.kind == st.NEW:
        return [Version(1, PlanStatus.DRAFT, min(today, t.active + days(0, 10)), None)]
    end = t.closed or today
    agreed = [min(end, t.active + days(14, 28))]
    if agreed[0] + timedelta(days=130) < end and rng.random() < 0.5:
        agreed.append(agreed[0] + days(84, 120))  # changed after an evaluation
    out = [Version(i + 1, PlanStatus.SUPERSEDED if i < len(agreed) - 1 else PlanStatus.AGREED,
                   max(t.opened, day - days(5, 12)), day) for i, day in enumerate(agreed)]
    if t.reopened is not None:
        out.append(Version(len(out) + 1, PlanStatus.DRAFT, min(today, t.reopened + days(7, 21)), None))
    elif t.closed is None and rng.random() < 0.3:
        out.append(Version(len(out) + 1, PlanStatus.DRAFT, max(agreed[-1], today - days(1, 14)), None))
    return out


class ContentWriter:
    def __init__(self, session: Session, rng: random.Random, today: date, domains: dict[str, int],
                 supervisor_id: int):
        self.s = session
        self.rng = rng
        self.today = today
        self.domains = domains
        self.supervisor_id = supervisor_id

    def write(self, story: st.Story) -> None:
        rows = self.s.execute(select(Person.id, Person.first_name, Person.date_of_birth)
                              .where(Person.family_id == story.family_id)).all()
        self.persons = {(first, born): pid for pid, first, born in rows}
        self.network = self._network(story)
        general = self.rng.choice(GENERAL_STRENGTHS)
        for version in plan_versions(self.rng, story, self.today):
            self._plan(story, version, general)
        self._journal(story)

    def _person(self, member) -> int:
        return self.persons[(member.first_name, member.born)]

    def _network(self, story: st.Story) -> dict[st.NetworkSpec, int]:
        rows = {}
        for spec in story.network:
            when = at(story.timeline.opened + timedelta(days=self.rng.randint(1, 20)))
            row = NetworkMember(family_id=story.family_id, name=spec.name, relation=spec.relation,
                                contact=spec.contact, contribution=spec.contribution, created_at=when,
                                updated_at=when)
            self.s.add(row)
            rows[spec] = row
        self.s.flush()
        return {spec: row.id for spec, row in rows.items()}

    def _plan(self, story: st.Story, v: Version, general_strength: str) -> None:
        h = story.household
        uses = story.themes
        words = [story.words(u, v.plan_date) for u in uses]
        teens = [c for c in h.children if age_on(c.born, v.plan_date) >= 12]
        quotes = {u.child.first_name: u.theme.quote.format(**w) for u, w in zip(uses, words)
                  if u.theme.quote and age_on(u.child.born, v.plan_date) >= 12}
        request = " ".join(u.theme.request.format(**w) for u, w in zip(uses, words))
        weeks = self.rng.choice((6, 8, 13, 13))
        consent = st.join_dutch([p.label for p in h.parents] + [c.first_name for c in teens])
        agreed_with = None
        if v.agreed_on:
            names = [p.label for p in h.parents] + [f"{c.first_name} ({age_on(c.born, v.agreed_on)})" for c in teens]
            agreed_with = st.join_dutch(names)[:1].upper() + st.join_dutch(names)[1:]
        plan = FamilyPlan(
            case_id=story.case_id, version_no=v.no, status=v.status, plan_date=v.plan_date, agreed_on=v.agreed_on,
            agreed_with=agreed_with, evaluation_interval_weeks=weeks, author_id=story.director_id,
            request_for_help="\n\n".join([request, *quotes.values()]),
            concerns="\n".join(u.theme.concern.format(**w) for u, w in zip(uses, words)),
            strengths="\n".join([*(u.theme.strength.format(**w) for u, w in zip(uses, words)),
                                 general_strength.format(**words[0])]),
            desired_future="\n".join(u.theme.future.format(**w) for u, w in zip(uses, words)),
            agreements=AGREEMENTS.format(weeks=weeks, consent=consent),
            created_at=at(v.plan_date), updated_at=at(v.agreed_on or v.plan_date, 15),
        )
        goal_ts = [(u, g) for u in uses for g in u.theme.goals]
        if v.status is PlanStatus.SUPERSEDED and len(goal_ts) > 2:
            goal_ts = goal_ts[:-1]  # the last goal came with the next version
        for position, ((use, goal_t), lineage) in enumerate(zip(goal_ts, story.lineages)):
            plan.goals.append(self._goal(story, v, use, goal_t, lineage, position))
        self.s.add(plan)

    def _goal(self, story: st.Story, v: Version, use: st.ThemeUse, t: GoalT, lineage: str, position: int) -> Goal:
        rng = self.rng
        target = v.plan_date + timedelta(weeks=rng.randint(8, 26))
        w = story.words(use, v.plan_date, target)
        parent = self._person(story.household.main_parent)
        concerned = {"child": [self._person(use.child)], "parent": [parent],
                     "family": sorted({parent, self._person(use.child)})}[t.concerns]
        network_id = self.network[use.network] if t.actor is Actor.NETWORK else None
        goal = Goal(
            lineage=lineage, position=position, life_domain_id=self.domains[t.domain],
            description=t.description.format(**w), success_criterion=t.criterion.format(**w), target_date=target,
            actor=t.actor, actor_detail=use.network.label if network_id else t.actor_detail,
            network_member_id=network_id, score_start=rng.randint(2, 5), score_target=rng.randint(6, 9),
            status=self._goal_status(story, v, target),
            created_at=at(v.plan_date, 11), updated_at=at(v.agreed_on or v.plan_date, 15),
        )
        goal.concerns_persons = [GoalPerson(person_id=pid) for pid in concerned]
        goal.actions = [self._action(story, v, use, a, w, target, i) for i, a in enumerate(t.actions)]
        return goal

    def _goal_status(self, story: st.Story, v: Version, target: date) -> GoalStatus:
        if v.status is PlanStatus.DRAFT:
            return GoalStatus.OPEN if v.no == 1 else GoalStatus.IN_PROGRESS
        if v.status is PlanStatus.SUPERSEDED:
            return GoalStatus.IN_PROGRESS
        if story.timeline.closed is not None:
            return self.rng.choice((GoalStatus.REACHED, GoalStatus.REACHED, GoalStatus.PARTLY_REACHED))
        if target < self.today:  # some stay in progress: overdue goals a worker should notice
            return self.rng.choice((GoalStatus.REACHED, GoalStatus.PARTLY_REACHED, GoalStatus.IN_PROGRESS))
        return self.rng.choice((GoalStatus.OPEN, GoalStatus.IN_PROGRESS, GoalStatus.IN_PROGRESS))

    def _action(self, story: st.Story, v: Version, use: st.ThemeUse, a: ActionT, words: dict, target: date,
                position: int) -> Action:
        due = min(target, v.plan_date + timedelta(days=self.rng.randint(7, 42)))
        done = v.status is not PlanStatus.DRAFT and due < self.today and self.rng.random() < 0.75
        owner = {}
        if a.owner is ActionOwner.MEMBER:
            who = use.child if a.who == "child" else story.household.main_parent
            owner["owner_person_id"] = self._person(who)
        elif a.owner is ActionOwner.NETWORK:
            owner["owner_network_member_id"] = self.network[use.network]
        elif a.owner is ActionOwner.WORKER:
            owner["owner_worker_id"] = story.director_id
        else:
            owner["owner_text"] = a.who.format(**words)
        return Action(position=position, what=a.what.format(**words), owner=a.owner, due_date=due, done=done,
                      done_on=due if done else None, created_at=at(v.plan_date, 11),
                      updated_at=at(due if done else v.plan_date, 16), **owner)

    def _journal(self, story: st.Story) -> None:
        rng = self.rng
        t = story.timeline
        end = t.closed if t.reopened is None and t.closed else self.today
        lo, hi = JOURNAL_COUNTS.get(story.kind, (3, 9))
        span = max(1, (end - t.opened).days - 1)
        days = sorted(t.opened + timedelta(days=rng.randint(1, span)) for _ in range(rng.randint(lo, hi) - 1))
        kind, text = rng.choice(INTAKE_LINES)
        entries = [(t.opened, kind, text, story.themes[0])]
        at_school = any(age_on(c.born, self.today) >= 4 for c in story.household.children)
        kinds = [k for k in JOURNAL_WEIGHTS if k is not JournalKind.SCHOOL or at_school]
        used: set[str] = set()
        for day in days:
            kind = rng.choices(kinds, weights=[JOURNAL_WEIGHTS[k] for k in kinds])[0]
            text = rng.choice([line for line in JOURNAL_LINES[kind] if line not in used] or JOURNAL_LINES[kind])
            used.add(text)
            entries.append((day, kind, text, rng.choice(story.themes)))
        if t.closed is not None:
            note = CLOSE_NOTES[story.close_reason]
            entries.append((t.closed, JournalKind.HOME_VISIT, CLOSING_LINE.replace("{note}", note), story.themes[0]))
        for day, kind, text, use in sorted(entries, key=lambda e: e[0]):
            author = story.director_id
            if story.first_director_id and t.event and day < t.event:
                author = story.first_director_id
            elif kind is JournalKind.OFFICE_MEETING and rng.random() < 0.5:
                author = self.supervisor_id
            self.s.add(JournalEntry(case_id=story.case_id, occurred_on=day, kind=kind, author_id=author,
                                    text=text.format(**story.words(use, day)), created_at=at(day, 17),
                                    updated_at=at(day, 17)))
