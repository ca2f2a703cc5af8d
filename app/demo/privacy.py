"""The privacy side of the demo families: the family-group plan offer answered, consents to share with the
provider of running help, one open meldcode track, one young person under a supervision order (OTS) whose
case is directed by the certified institution, and one family in crisis since a few hours - so the Gezin
tab, the header and Vandaag show them as in real work."""
from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.bootstrap import Services
from app.clock import Clock
from app.errors import AppError
from app.services.cases import DirectionInput
from app.services.consents import ConsentInput
from app.services.meldcode_inputs import StepInput
from app.services.protection import MeasureInput
from app.services.statements import FamilyGroupPlanInput
from models.enums import ConsentForm, ConsentScope, DirectionMode, FamilyGroupPlanAnswer, MemberRole, ProtectionKind

ANSWERS = (FamilyGroupPlanAnswer.DECLINED, FamilyGroupPlanAnswer.DECLINED, FamilyGroupPlanAnswer.ACCEPTED,
           FamilyGroupPlanAnswer.CONSIDERING)
FGP_NOTES = {
    FamilyGroupPlanAnswer.DECLINED: "Het gezin wil het plan liever samen met het sociaal team maken.",
    FamilyGroupPlanAnswer.ACCEPTED: "Oma en de tante zitten met het gezin om tafel; Eigen Kracht-coördinator gevraagd.",
    FamilyGroupPlanAnswer.CONSIDERING: "Moeder overlegt eerst met haar zus.",
}
INSTITUTION = "Jeugdbescherming Noord-Holland"
GUARDIAN, GUARDIAN_CONTACT = "Petra Visser", "06-12345678"


def add_privacy(services: Services, cases: Iterable[tuple[int, int, int, date]], rng: random.Random,
                today: date, users: dict, local=None) -> None:
    """``cases``: (family id, case id, director id, opened on) of the open demo cases; ``local``: the
    signed-in worker, one of whose cases is in crisis."""
    ots_given = track_given = False
    cases = list(cases)
    in_crisis = [c for c in cases if local is not None and c[2] == local.worker_id] or cases
    if in_crisis:  # the signed-in worker's own case, so Vandaag shows it
        services.ctx.user = users[in_crisis[-1][2]]
        _crisis_hours_ago(services, in_crisis[-1][1], CRISIS_HOURS_AGO)
    for family_id, case_id, director_id, opened in cases:
        services.ctx.user = users[director_id]
        if not track_given:
            track_given = _meldcode_track(services, case_id, today)
        answer = rng.choice(ANSWERS)
        _quietly(lambda: services.statements.record_family_group_plan_offer(
            case_id, services.members.case_header(case_id).version,
            FamilyGroupPlanInput(min(opened + timedelta(days=3), today), answer, FGP_NOTES[answer])))
        young = [m for m in services.members.family_detail(family_id).members if m.role is MemberRole.YOUNG_PERSON]
        for involvement in services.involvements.involvements(case_id, log_read=False)[:1]:
            for person in young:
                _quietly(lambda p=person: services.consents.record(family_id, ConsentInput(
                    p.id, ConsentScope.PROVIDER, involvement.referral_date, ConsentForm.WRITTEN,
                    party=involvement.provider_name)))
        child = next((m for m in young if m.age < 16), None)
        if not ots_given and child is not None and rng.random() < 0.5:
            ots_given = _supervision_order(services, case_id, child.id, today)


CRISIS_HOURS_AGO = 5
CRISIS_NOTE = "Moeder belde in paniek: vader dreigt met geweld. Kinderen vannacht bij oma."


@dataclass
class _Earlier:
    """The services' clock, ``hours`` earlier: the demo's crisis started a few hours ago."""

    clock: Clock
    hours: int

    def now(self) -> datetime:
        return self.clock.now() - timedelta(hours=self.hours)

    def today(self) -> date:
        return self.now().date()


def _crisis_hours_ago(services: Services, case_id: int, hours: int) -> None:
    """One family in crisis (danger to life or immediate physical danger), not yet followed up."""
    clock = services.ctx.clock
    services.ctx.clock = _Earlier(clock, hours)
    try:
        _quietly(lambda: services.crisis.mark(case_id, CRISIS_NOTE))
    finally:
        services.ctx.clock = clock


def _supervision_order(services: Services, case_id: int, person_id: int, today: date) -> bool:
    starts = today - timedelta(days=280)
    saved = _quietly(lambda: services.protection.record(case_id, MeasureInput(
        person_id, ProtectionKind.OTS, INSTITUTION, starts, starts + timedelta(days=364), GUARDIAN,
        GUARDIAN_CONTACT)))
    if saved is None:
        return False
    _quietly(lambda: services.cases.set_direction(
        case_id, services.members.case_header(case_id).version,
        DirectionInput(DirectionMode.ELSEWHERE, starts, INSTITUTION, GUARDIAN, GUARDIAN_CONTACT)))
    return True


def _meldcode_track(services: Services, case_id: int, today: date) -> bool:
    """An open meldcode track with its first three steps: the weighing is still to come."""
    view = _quietly(lambda: services.meldcode.open_track(case_id))
    if view is None:
        return False
    track, day = view.track, max(today - timedelta(days=2), view.track.opened_on - timedelta(days=9))
    for data in (StepInput(1, day, note="Zoon vertelt op school over harde ruzies thuis; juf zag een blauwe plek."),
                 StepInput(2, day, colleague="aandachtsfunctionaris", advice_on=day, contact="Veilig Thuis, adviseur",
                           advice="Signalen met moeder bespreken en daarna afwegen."),
                 StepInput(3, today, held=True, note="Moeder herkent de spanningen en wil hulp.")):
        saved = _quietly(lambda d=data: services.meldcode.record_step(track.id, track.version, d))
        if saved is None:
            break
        track = saved.track
    return True


def _quietly(call):
    """A demo step the rules refuse (e.g. nobody with parental authority recorded) is left out."""
    try:
        return call()
    except AppError:
        return None
