"""A small, realistic caseload built through the services (until the demo generator lands)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import update

from app.bootstrap import Services
from app.services.families import IntakeInput, MemberInput
from app.services.transition import TransitionInput
from models import Case
from models.enums import FamilyGroupPlanAnswer, MemberRole, Priority, PriorityReason, TransitionDomain

LOCAL_WORKER = "Sanne de Vries"
COLLEAGUE = "Jeroen Bakker"
PLANNED_TRANSITION_BORN_BY = date(2010, 5, 22)  # 16 1/2 on 22-11-2026: a transition plan is recorded
TEAM = "Wijkteam Noord"

# family name, (children's first name and birth date), parent, opened on, high priority, active
_FAMILIES = [
    ("Öztürk", [("Zoë", date(2015, 3, 1)), ("Daan", date(2019, 6, 12))], "Ayşe", date(2026, 9, 14), True, True),
    ("De Jong", [("Lotte", date(2012, 1, 20))], "Marieke", date(2026, 10, 2), False, True),
    ("El Amrani", [("Yassin", date(2010, 8, 3)), ("Nora", date(2014, 11, 30)), ("Adam", date(2020, 2, 14))],
     "Samira", date(2026, 6, 21), True, True),
    ("Visser", [("Sem", date(2016, 5, 9))], "Kees", date(2026, 11, 18), False, False),
    ("Van den Berg", [("Julia", date(2011, 7, 7)), ("Finn", date(2013, 4, 25))], "Esther", date(2026, 3, 5),
     False, True),
    ("Mulder", [("Noah", date(2018, 9, 1))], "Petra", date(2026, 11, 10), False, False),
    ("Kaya", [("Elif", date(2009, 12, 12))], "Mehmet", date(2025, 12, 1), False, True),
    ("Smit", [("Tess", date(2017, 2, 2)), ("Luuk", date(2015, 10, 19))], "Anouk", date(2026, 8, 30), False, True),
]
_COLLEAGUE_FAMILIES = [
    ("Bos", [("Mila", date(2014, 6, 6))], "Ingrid", date(2026, 5, 17), True, True),
    ("Hendriks", [("Levi", date(2012, 3, 3))], "Wim", date(2026, 10, 28), False, False),
    ("Yılmaz", [("Deniz", date(2016, 8, 8))], "Emre", date(2026, 7, 4), False, True),
    ("Peters", [("Sophie", date(2019, 1, 15))], "Linda", date(2026, 4, 11), False, True),
]


@dataclass(frozen=True)
class FilledCaseload:
    worker_id: int
    colleague_id: int
    own_families: int
    team_families: int


def fill_caseload(services: Services) -> FilledCaseload:
    """Registers a colleague and then the local worker (signed in afterwards), and takes in families."""
    colleague = services.workers.register_local_worker(COLLEAGUE, TEAM)
    worker = services.workers.register_local_worker(LOCAL_WORKER, TEAM)
    team_id = next(iter(worker.team_ids))
    for director, families in ((worker.worker_id, _FAMILIES), (colleague.worker_id, _COLLEAGUE_FAMILIES)):
        for name, children, parent, opened_on, high, active in families:
            members = [MemberInput(MemberRole.PARENT, parent, name, date(1985, 1, 1), parental_authority=True)]
            members += [MemberInput(MemberRole.YOUNG_PERSON, first, name, born) for first, born in children]
            result = services.families.intake(IntakeInput(
                family_name=name, members=members, team_id=team_id, director_id=director, opened_on=opened_on))
            version = 1
            if active:
                version = services.cases.activate(result.case_id, version).version
            if high:
                services.cases.set_priority(result.case_id, version, Priority.HIGH, PriorityReason.SAFETY)
            for child in services.members.family_detail(result.family_id).young_people:
                if child.date_of_birth <= PLANNED_TRANSITION_BORN_BY:  # Elif (16): her transition is planned
                    services.transition.record(result.case_id, TransitionInput(
                        child.id, frozenset({TransitionDomain.SCHOOL_WORK}), "Mentor MBO", None, opened_on))
    with services.engine.begin() as conn:  # every family answered the family-group plan offer at intake
        conn.execute(update(Case).values(family_group_plan_offered_on=Case.opened_on,
                                         family_group_plan_answer=FamilyGroupPlanAnswer.DECLINED))
    return FilledCaseload(worker.worker_id, colleague.worker_id, len(_FAMILIES),
                          len(_FAMILIES) + len(_COLLEAGUE_FAMILIES))
