"""The help in a city-demo case as rows: family-plan versions with goals and actions, involvements of
providers, evaluations every few months with per-goal scores, and the waakvlam with its contacts."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from app.demo.care import EVALUATION_CONCLUSIONS, GPS
from app.demo.city_bulk import BulkWriter
from app.demo.city_cases import CaseSpec, pick
from app.demo.city_org import CityProduct
from app.demo.content import at
from app.demo.stories import Story, ThemeUse, join_dutch
from app.demo.texts import AGREEMENTS, dutch_date
from app.demo.themes import GoalT
from app.services.waakvlam import contact_dates
from app.validation import age_on
from models.enums import Actor, ActionOwner, CaseStatus, GoalStatus, PlanStatus

MAX_VERSIONS = 4
INTERVALS = (6, 8, 13, 13, 13, 13)
DECISIONS = {"continue": 70, "scale_down": 15, "scale_up": 8}
END_REASONS = {"23": 30, "21": 20, "22": 10, "38": 20, "36": 10, "39": 10}  # iJw JZ588, ended early
EXTENSIONS = {0: 60, 1: 25, 2: 10, 3: 5}
MORE_CONCLUSIONS = (
    "Geen vooruitgang op de doelen; samen besloten de hulp anders in te zetten.",
    "Het gezin pakt steeds meer zelf op; het netwerk is sterker geworden.",
)
CONCLUSIONS = (*EVALUATION_CONCLUSIONS, *MORE_CONCLUSIONS)
WAAKVLAM_HOLDERS = (("school_coach", "Jeugd- en gezinscoach van school"), ("gp", "Huisarts en POH-GGZ jeugd"),
                    ("social_team_worker", ""), ("network_member", ""))


@dataclass
class FamilyFile:
    """A family's ids and story, as the rows below need them."""

    id: int
    story: Story
    persons: dict[int, int]   # id(MemberSpec) -> person id
    network: dict[int, int]   # id(NetworkSpec) -> network member id

    def words_on(self, day: date) -> dict[str, str]:
        return self.story.words(self.story.themes[0], day)


@dataclass
class PlanRow:
    id: int
    no: int
    status: PlanStatus
    agreed_on: date | None
    interval: int
    goals: list[tuple[int, str, Actor]]   # (goal id, lineage, actor)


class CareRows:
    def __init__(self, writer: BulkWriter, rng: random.Random, today: date, domains: dict[str, int],
                 products: list[CityProduct], names: dict[int, str]):
        self.w, self.rng, self.today, self.domains = writer, rng, today, domains
        self.products = products
        self.names = names
        self.by_provider_name = {p.provider_name: p for p in products}
        self.involvements = self.evaluations = self.waakvlams = 0

    def _r(self, lo: int, hi: int) -> timedelta:
        return timedelta(days=self.rng.randint(lo, hi))

    def case(self, family: FamilyFile, spec: CaseSpec) -> None:
        rng = self.rng
        goals = [(use, g, f"{rng.getrandbits(128):032x}") for use in family.story.themes for g in use.theme.goals]
        if len(goals) > 2 and rng.random() < 0.4:
            goals.pop()
        goals = goals[:5]
        plans = [self._plan(family, spec, no, status, day, agreed, goals)
                 for no, (status, day, agreed) in enumerate(self._versions(spec), start=1)]
        reach = 0.6
        if any(p.agreed_on for p in plans):
            reach = self._involvements(spec, plans, goals)
            self._evaluations(spec, plans, reach)
        if spec.waakvlam:
            self._waakvlam(family, spec)

    # -- plans -----------------------------------------------------------------------------------

    def _versions(self, spec: CaseSpec) -> list[tuple[PlanStatus, date, date | None]]:
        """(status, plan date, agreed on) of each version: agreed ones, the older superseded, maybe a draft."""
        r, today = self._r, self.today
        if spec.active is None:
            if spec.status is CaseStatus.INTAKE and self.rng.random() < 0.4:
                return [(PlanStatus.DRAFT, min(today, spec.opened + r(1, 5)), None)]
            return []
        start, end = spec.periods[0]
        made = min(start + r(0, 10), today)
        agreed = min(made + r(7, 35), end)
        if agreed > today or (spec.ongoing and len(spec.periods) == 1 and agreed >= today):
            return [(PlanStatus.DRAFT, made, None)]
        out = [[PlanStatus.AGREED, made, agreed]]
        for p_start, p_end in spec.periods:
            day = max(out[-1][2] + r(120, 240), p_start + r(7, 21))
            while day < min(p_end, today) and len(out) < MAX_VERSIONS:
                out.append([PlanStatus.AGREED, day - r(3, 10), day])
                day += r(120, 240)
        if spec.status is not CaseStatus.CLOSED and len(out) < MAX_VERSIONS and self.rng.random() < 0.25:
            out.append([PlanStatus.DRAFT, max(out[-1][2], today - r(1, 14)), None])
        for version in out[:-1]:
            if version[0] is PlanStatus.AGREED:
                version[0] = PlanStatus.SUPERSEDED
        if out[-1][0] is PlanStatus.DRAFT and len(out) > 1:
            out[-2][0] = PlanStatus.AGREED
        return [tuple(v) for v in out]

    def _plan(self, family: FamilyFile, spec: CaseSpec, no: int, status: PlanStatus, made: date,
              agreed: date | None, goals: list[tuple[ThemeUse, GoalT, str]]) -> PlanRow:
        w, rng, story = self.w, self.rng, family.story
        h = story.household
        uses = story.themes
        words = {id(u): story.words(u, made) for u in uses}
        teens = [c for c in h.children if age_on(c.born, made) >= 12]
        weeks = rng.choice(INTERVALS)
        agreed_with = None
        if agreed:
            agreed_with = join_dutch([p.label for p in h.parents] + [c.first_name for c in teens])
            agreed_with = agreed_with[:1].upper() + agreed_with[1:]
        plan_id = w.new_id("family_plan")
        author = spec.director_on(made)
        w.add("family_plan", {
            "id": plan_id, "case_id": spec.id, "version_no": no, "status": status.value,
            "request_for_help": " ".join(u.theme.request.format(**words[id(u)]) for u in uses),
            "concerns": "\n".join(u.theme.concern.format(**words[id(u)]) for u in uses),
            "strengths": "\n".join(u.theme.strength.format(**words[id(u)]) for u in uses),
            "desired_future": "\n".join(u.theme.future.format(**words[id(u)]) for u in uses),
            "agreements": AGREEMENTS.format(weeks=weeks, consent=join_dutch([p.label for p in h.parents])),
            "plan_date": made, "agreed_on": agreed, "agreed_with": agreed_with, "evaluation_interval_weeks": weeks,
            "author_id": author,
            "version": 2 if agreed else 1, "created_at": at(made, 10), "updated_at": at(agreed or made, 15),
        })
        self._family_group_plan_offer(spec, no, rng.random(), made)
        if status is PlanStatus.SUPERSEDED and no == 1 and len(goals) > 2:
            goals = goals[:-1]  # the last goal came with a later version
        latest = status is not PlanStatus.SUPERSEDED
        rows = []
        for position, (use, t, lineage) in enumerate(goals):
            goal_id = w.new_id("goal")
            target = made + timedelta(weeks=rng.randint(8, 26))
            gw = dict(words[id(use)], date=dutch_date(target))
            network_id = family.network.get(id(use.network)) if t.actor is Actor.NETWORK else None
            w.add("goal", {
                "id": goal_id, "plan_id": plan_id, "lineage": lineage, "position": position,
                "life_domain_id": self.domains[t.domain], "description": t.description.format(**gw),
                "success_criterion": t.criterion.format(**gw), "target_date": target, "actor": t.actor.value,
                "actor_detail": use.network.label if t.actor is Actor.NETWORK else t.actor_detail,
                "network_member_id": network_id, "score_start": rng.randint(2, 5), "score_target": rng.randint(6, 9),
                "status": self._goal_status(spec, status, target).value, "version": 1,
                "created_at": at(made, 11), "updated_at": at(agreed or made, 15)})
            self._goal_persons(family, goal_id, use, t)
            if latest and rng.random() < 0.6:
                self._actions(family, spec, goal_id, use, t, gw, made, target)
            rows.append((goal_id, lineage, t.actor))
        return PlanRow(plan_id, no, status, agreed, weeks, rows)

    def _goal_status(self, spec: CaseSpec, status: PlanStatus, target: date) -> GoalStatus:
        rng = self.rng
        if status is PlanStatus.DRAFT:
            return GoalStatus.OPEN
        if status is PlanStatus.SUPERSEDED:
            return GoalStatus.IN_PROGRESS
        if spec.status is CaseStatus.CLOSED:
            return rng.choice((GoalStatus.REACHED, GoalStatus.REACHED, GoalStatus.PARTLY_REACHED,
                               GoalStatus.NOT_REACHED))
        if target < self.today:
            return rng.choice((GoalStatus.REACHED, GoalStatus.PARTLY_REACHED, GoalStatus.IN_PROGRESS))
        return rng.choice((GoalStatus.OPEN, GoalStatus.IN_PROGRESS, GoalStatus.IN_PROGRESS))

    def _goal_persons(self, family: FamilyFile, goal_id: int, use: ThemeUse, t: GoalT) -> None:
        parent = family.persons[id(family.story.household.main_parent)]
        child = family.persons[id(use.child)]
        for person_id in {"child": (child,), "parent": (parent,), "family": tuple({parent, child})}[t.concerns]:
            self.w.add("goal_person", {"goal_id": goal_id, "person_id": person_id})

    def _actions(self, family: FamilyFile, spec: CaseSpec, goal_id: int, use: ThemeUse, t: GoalT, words: dict,
                 made: date, target: date) -> None:
        for position, a in enumerate(t.actions):
            owner = {"owner_person_id": None, "owner_network_member_id": None, "owner_worker_id": None,
                     "owner_text": None}
            if a.owner is ActionOwner.MEMBER:
                who = use.child if a.who == "child" else family.story.household.main_parent
                owner["owner_person_id"] = family.persons[id(who)]
            elif a.owner is ActionOwner.NETWORK:
                owner["owner_network_member_id"] = family.network.get(id(use.network))
                if owner["owner_network_member_id"] is None:
                    continue
            elif a.owner is ActionOwner.WORKER:
                owner["owner_worker_id"] = spec.director
            else:
                owner["owner_text"] = a.who.format(**words)
            due = min(target, made + self._r(7, 42))
            done = due < self.today and self.rng.random() < 0.7
            self.w.add("action", {
                "id": self.w.new_id("action"), "goal_id": goal_id, "position": position,
                "what": a.what.format(**words), "owner": a.owner.value, "due_date": due, "done": done,
                "done_on": due if done else None, "version": 1, "created_at": at(made, 11),
                "updated_at": at(due if done else made, 16), **owner})

    # -- involvements ------------------------------------------------------------------------------

    def _family_group_plan_offer(self, spec: CaseSpec, no: int, draw: float, made: date) -> None:
        """Jeugdwet 4.1.2, on the case: offered in seven of ten cases before the first plan; mostly declined."""
        if no != 1 or draw >= 0.7:
            return
        row = next(r for r in reversed(self.w.rows["case_file"]) if r["id"] == spec.id)
        answer = "accepted" if draw < 0.07 else "considering" if draw < 0.12 else "declined"
        row.update(family_group_plan_offered_on=max(spec.opened, made - timedelta(days=7)),
                   family_group_plan_answer=answer)

    def _involvements(self, spec: CaseSpec, plans: list[PlanRow], goals) -> float:
        """Providers in the case; returns how often this case's provider reaches goals."""
        rng, r, today = self.rng, self._r, self.today
        agreed = next(p.agreed_on for p in plans if p.agreed_on)
        lineages = [lin for _u, t, lin in goals if t.actor is Actor.PROVIDER]
        count = (rng.random() < (0.8 if lineages else 0.2)) + (rng.random() < 0.25)
        end = spec.periods[-1][1] if not spec.ongoing else today
        reach = 0.6
        for n in range(count):
            theme_provider = next((u.theme.provider for u, t, _l in goals if t.actor is Actor.PROVIDER), None)
            product = self.by_provider_name.get(theme_provider) if n == 0 and rng.random() < 0.5 else None
            product = product or rng.choice(self.products)
            referral = agreed + r(0, 30)
            start = referral + timedelta(days=rng.randint(*product.wait))
            if not spec.ongoing and start >= end or referral >= today:
                continue
            reach = product.reach
            started = start <= today
            extensions = pick(rng, EXTENSIONS)
            planned_end = start + r(91, 365) + timedelta(days=91 * extensions) if started else None
            actual_end = reason = None
            if started and not spec.ongoing:
                actual_end = max(start, min(planned_end, end))
                reason = "19" if actual_end == planned_end or rng.random() < 0.6 else pick(rng, END_REASONS)
                if spec.close_reason and spec.close_reason.value == "moved" and spec.status is CaseStatus.CLOSED:
                    reason = "31"
            elif started and planned_end < today - timedelta(days=14):
                early = rng.random() < 0.2
                actual_end = start + (planned_end - start) * rng.randint(3, 9) // 10 if early else planned_end
                reason = pick(rng, END_REASONS) if early else "19"
            self._involvement(spec, product, referral, start if started else None, planned_end, actual_end, reason,
                              extensions, lineages if n == 0 else lineages[:1])
        return reach

    def _involvement(self, spec: CaseSpec, product: CityProduct, referral: date, start: date | None,
                     planned_end: date | None, actual_end: date | None, reason: str | None, extensions: int,
                     lineages: list[str]) -> None:
        rng = self.rng
        inv_id = self.w.new_id("involvement")
        kind = rng.randrange(6)
        row = {"id": inv_id, "case_id": spec.id, "provider_id": product.provider_id, "product_id": product.product_id,
               "referrer_type": "01", "referrer_name": None, "referrer_agb": None, "referral_date": referral,
               "start_date": start, "planned_end": planned_end, "actual_end": actual_end, "end_reason": reason,
               "volume_amount": None, "volume_unit": None, "volume_frequency": None, "budget_cents": None,
               "direction": "social_team", "direction_holder": None, "monitored_by": None,
               "report_back_date": self.today + self._r(-10, 40) if actual_end is None and start else None,
               "extension_policy": None, "extensions": extensions,
               "handover": "started" if start else rng.choice(("referred", "taken_over")), "note": None,
               "version": 1 + extensions + (start is not None) + (actual_end is not None),
               "created_at": at(referral, 10), "updated_at": at(actual_end or start or referral, 14)}
        if product.segment == "A":
            row.update(volume_amount=8, volume_unit="82", volume_frequency="6")
        elif rng.random() < 0.3:
            row.update(budget_cents=rng.choice((240_000, 360_000, 520_000, 880_000)))
        else:
            row.update(volume_amount=rng.randint(1, 4), volume_unit=product.unit, volume_frequency="2")
        if kind in (0, 3):  # a GP referral: the GP directs; the agreement says who monitors
            gp = rng.choice(GPS)
            row.update(referrer_type="02", referrer_name=gp, direction="elsewhere", direction_holder=gp,
                       monitored_by="Huisarts met POH-GGZ jeugd; sociaal team volgt via het gezin",
                       extension_policy="Verlenging alleen na evaluatie met gezin, huisarts en sociaal team")
        elif kind in (1, 4):
            row.update(direction="samenregie", monitored_by="Regisseur sociaal team (procesregie)",
                       extension_policy="Aanbieder vraagt verlenging 4 weken voor einddatum aan, na evaluatie")
        self.w.add("involvement", row)
        for lineage in lineages:
            self.w.add("involvement_goal", {"involvement_id": inv_id, "goal_lineage": lineage})
        self.involvements += 1

    # -- evaluations -------------------------------------------------------------------------------

    def _evaluations(self, spec: CaseSpec, plans: list[PlanRow], reach: float) -> None:
        rng, today = self.rng, self.today
        agreed = [p for p in plans if p.agreed_on]
        for i, (p_start, p_end) in enumerate(spec.periods):
            ongoing = spec.ongoing and i == len(spec.periods) - 1
            in_force = [p for p in agreed if p.agreed_on <= p_end]
            if not in_force:
                continue
            base = max([p for p in in_force if p.agreed_on <= max(p_start, in_force[0].agreed_on)],
                       key=lambda p: p.agreed_on)
            due = max(base.agreed_on, p_start) + timedelta(weeks=base.interval)
            stop = today - self._r(20, 80) if ongoing and rng.random() < 0.15 else (today if ongoing else p_end)
            previous = None
            for _ in range(12):
                held = due + self._r(-3, 10)
                if held >= stop or held >= today:
                    break
                plan = max((p for p in agreed if p.agreed_on <= held), key=lambda p: p.agreed_on)
                previous = self._evaluation(spec, plan, due, held, pick(rng, DECISIONS),
                                            held + timedelta(weeks=plan.interval), reach, False)
                due = held + timedelta(weeks=plan.interval)
            if not ongoing and p_end > base.agreed_on and p_end < today and (previous is None or previous < p_end):
                plan = max((p for p in agreed if p.agreed_on <= p_end), key=lambda p: p.agreed_on)
                decision = "to_waakvlam" if spec.waakvlam and spec.waakvlam.start == p_end else "end_help"
                self._evaluation(spec, plan, due if due <= p_end else None, p_end, decision, None, reach, True)

    def _evaluation(self, spec: CaseSpec, plan: PlanRow, planned: date | None, held: date, decision: str,
                    next_date: date | None, reach: float, final: bool) -> date:
        rng = self.rng
        eval_id = self.w.new_id("evaluation")
        providers = any(a is Actor.PROVIDER for _g, _l, a in plan.goals)
        self.w.add("evaluation", {
            "id": eval_id, "case_id": spec.id, "plan_id": plan.id, "planned_date": planned, "held_on": held,
            "participants": "ouder(s), regisseur sociaal team" + (", aanbieder" if providers else ""),
            "consent_given": rng.random() < 0.92, "consent_note": None, "conclusion": rng.choice(CONCLUSIONS),
            "decision": decision, "next_date": next_date, "author_id": spec.director_on(held), "version": 1,
            "created_at": at(held, 15), "updated_at": at(held, 15)})
        for goal_id, lineage, actor in plan.goals:
            chance = reach if actor is Actor.PROVIDER else 0.65
            if final:
                roll = rng.random()
                status = (GoalStatus.REACHED if roll < chance else
                          GoalStatus.PARTLY_REACHED if roll < chance + (1 - chance) / 2 else GoalStatus.NOT_REACHED)
            else:
                status = GoalStatus.REACHED if rng.random() < chance / 4 else GoalStatus.IN_PROGRESS
            score = {GoalStatus.REACHED: rng.randint(7, 9), GoalStatus.PARTLY_REACHED: rng.randint(5, 7),
                     GoalStatus.NOT_REACHED: rng.randint(2, 4)}.get(status) or rng.randint(3, 7)
            self.w.add("evaluation_goal", {"evaluation_id": eval_id, "goal_lineage": lineage, "goal_id": goal_id,
                                           "score": score, "status": status.value, "note": None})
        self.evaluations += 1
        return held

    # -- waakvlam ----------------------------------------------------------------------------------

    def _waakvlam(self, family: FamilyFile, spec: CaseSpec) -> None:
        rng, today, wv = self.rng, self.today, spec.waakvlam
        kind, name = rng.choice(WAAKVLAM_HOLDERS)
        worker = None
        if kind == "social_team_worker":
            worker = spec.director
            name = self.names.get(worker, "")
        elif kind == "network_member":
            member = next((n for n in family.story.network if id(n) in family.network), None)
            kind, name = ("network_member", member.name) if member else WAAKVLAM_HOLDERS[0]
        weeks = rng.choice((4, 4, 6, 8))
        wv_id = self.w.new_id("waakvlam")
        self.w.add("waakvlam", {
            "id": wv_id, "case_id": spec.id, "holder_kind": kind, "holder_name": name, "holder_worker_id": worker,
            "start_date": wv.start, "end_date": wv.end, "frequency_weeks": weeks, "status": wv.status,
            "agreement": f"Eens per {weeks} weken kort contact. Bij zorgen belt het gezin of de school direct het "
                         f"sociaal team; dan pakken we het snel weer op.", "ended_on": wv.ended_on,
            "version": 1, "created_at": at(wv.start, 10), "updated_at": at(wv.ended_on or wv.start, 10)})
        last = wv.ended_on or today
        planned = [d for d in contact_dates(wv.start, wv.end, weeks) if d <= last or wv.ended_on is None]
        skipped = wv.status == "active" and rng.random() < 0.25  # overdue: the latest contact did not happen
        past = [d for d in planned if d < today]
        for day in planned:
            held = day <= last and day < today and not (skipped and past and day == past[-1])
            outcome = pick(rng, {"all_well": 80, "concerns": 20}) if held else None
            self._contact(wv_id, day, min(day + self._r(0, 3), last) if held else None, outcome, spec)
        if wv.status == "reopened":
            self._contact(wv_id, wv.ended_on, wv.ended_on, "reopen", spec)
        self.waakvlams += 1

    def _contact(self, wv_id: int, planned: date, held: date | None, outcome: str | None, spec: CaseSpec) -> None:
        self.w.add("waakvlam_contact", {
            "id": self.w.new_id("waakvlam_contact"), "waakvlam_id": wv_id, "planned_date": planned, "held_on": held,
            "outcome": outcome, "note": {"concerns": "Er zijn weer wat zorgen; we houden het in de gaten.",
                                         "reopen": "Het gaat niet goed: de zorgen zijn terug."}.get(outcome),
            "author_id": spec.director_on(held) if held else None, "version": 2 if held else 1,
            "created_at": at(planned, 9), "updated_at": at(held or planned, 12)})
