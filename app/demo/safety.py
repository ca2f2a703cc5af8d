"""The safety plan of one demo family (Signs of Safety): the three safety texts in its plan and four answers to
the scaling question over three months - a parent, a young person, a network member and the worker - so the
plan tab's safety panel and the printed Veiligheidsplan show a trend."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from app.bootstrap import Services
from app.demo.privacy import _quietly
from app.queries.safety import Respondent, RespondentKind
from app.services.safety import ScalingInput
from models.enums import MemberRole, PlanStatus

WORRIES = ("Als vader gedronken heeft, wordt hij boos en schreeuwt hij. De kinderen zijn dan bang en gaan naar "
           "hun kamer. Als er niets verandert, kunnen ze geslagen worden of blijven ze bang in hun eigen huis.")
WORKING_WELL = ("Moeder belt oma als het thuis onrustig wordt; oma haalt de kinderen dan op. De oudste weet wie "
                "hij kan bellen en doet dat ook. Vader wil stoppen met drinken en praat daar open over.")
NEXT_STEPS = ("Vader drinkt niet als de kinderen thuis zijn. Het netwerk (oma, de buurvrouw) weet wat het moet "
              "doen als het toch misgaat. Iedereen in het gezin en het netwerk geeft minstens een 7.")


def add_safety(services: Services, cases: Iterable[tuple[int, int, int, date]], today: date, users: dict) -> bool:
    """The first open case whose plan can get a safety part gets one, with four scaling answers."""
    for family_id, case_id, director_id, _opened in cases:
        services.ctx.user = users[director_id]
        plan = services.plans.current_plan(case_id, log_read=False)
        if plan is None:
            continue
        if plan.status is PlanStatus.AGREED:
            plan = _quietly(lambda p=plan: services.plans.new_version(p.id))
        if plan is None or not plan.editable:
            continue
        saved = _quietly(lambda p=plan: services.plans.update_plan_texts(
            p.id, p.version, safety_worries=WORRIES, safety_working_well=WORKING_WELL, safety_next_steps=NEXT_STEPS))
        if saved is None:
            continue
        _answers(services, family_id, case_id, today)
        return True
    return False


def _answers(services: Services, family_id: int, case_id: int, today: date) -> None:
    family = services.members.family_detail(family_id)
    parent = next((m for m in family.members if m.role is MemberRole.PARENT), None)
    child = next((m for m in family.members if m.role is MemberRole.YOUNG_PERSON and m.age >= 8), None)
    who = [Respondent(RespondentKind.WORKER, None)]
    who += [Respondent(RespondentKind.PERSON, m.id) for m in (parent, child) if m is not None]
    who += [Respondent(RespondentKind.NETWORK, n.id) for n in family.network[:1]]
    steps = ((90, 2, "Er is vorige week weer geschreeuwd."), (60, 4, None), (30, 5, "Oma komt vaker langs."),
             (5, 7, "Het is al een maand rustig."))
    for days, score, note in steps:
        for offset, respondent in enumerate(who):
            data = ScalingInput(respondent, max(0, min(10, score + offset % 3 - 1)), today - timedelta(days=days),
                                note if offset == 0 else None)
            _quietly(lambda d=data: services.safety.record_answer(case_id, d))
