"""A case with a story, built through the services: the Öztürk family, its network, journal and history."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.bootstrap import Services
from app.services.families import IntakeInput, MemberInput
from app.services.members import NetworkMemberInput
from models.enums import JournalKind, MemberRole, Priority, PriorityReason

LOCAL_WORKER = "Sanne de Vries"
COLLEAGUE = "Mohamed El Amrani"
TEAM = "Wijkteam Noord"

JOURNAL = [
    (date(2026, 9, 14), JournalKind.PHONE_CALL,
     "Ayşe belde zelf: Zoë wil 's ochtends niet naar school en heeft buikpijn. Afgesproken dat ik volgende "
     "week langskom."),
    (date(2026, 9, 21), JournalKind.HOME_VISIT,
     "Eerste huisbezoek, Ayşe en Mehmet allebei aanwezig. Zoë (11) zit sinds de zomer veel thuis. Daan gaat "
     "graag naar school. Ouders willen vooral rust in huis en dat Zoë weer met plezier naar school gaat."),
    (date(2026, 10, 2), JournalKind.SCHOOL,
     "Gesprek met mentor en intern begeleider van De Regenboog. Zoë mist ongeveer één dag per week. School "
     "wil meedenken over een rustige plek in de pauze."),
    (date(2026, 10, 16), JournalKind.PROVIDER_MEETING,
     "Overleg met Jeugdformaat over een kortdurende ambulante begeleiding voor Zoë. Wachttijd ongeveer vier "
     "weken; oma vangt de woensdagmiddag op."),
    (date(2026, 11, 18), JournalKind.HOME_VISIT,
     "Gezinsplan doorgenomen aan de keukentafel. Zoë heeft zelf haar doel opgeschreven: 'elke dag naar school "
     "en in de pauze bij Noor zitten'. Volgende evaluatie in januari."),
]


@dataclass(frozen=True)
class CaseStory:
    case_id: int
    family_id: int
    local_worker_id: int
    colleague_id: int


def register_team(services: Services) -> tuple[int, int]:
    """The colleague first, then the local worker, who stays signed in."""
    colleague = services.workers.register_local_worker(COLLEAGUE, TEAM)
    local = services.workers.register_local_worker(LOCAL_WORKER, TEAM)
    return local.worker_id, colleague.worker_id


def intake_ozturk(services: Services) -> tuple[int, int]:
    user = services.ctx.user
    result = services.families.intake(IntakeInput(
        family_name="Öztürk",
        members=[
            MemberInput(MemberRole.PARENT, "Ayşe", "Öztürk", date(1988, 6, 12), parental_authority=True),
            MemberInput(MemberRole.PARENT, "Mehmet", "Öztürk", date(1985, 2, 3), parental_authority=True),
            MemberInput(MemberRole.YOUNG_PERSON, "Zoë", "Öztürk", date(2015, 3, 1), bsn="123456782"),
            MemberInput(MemberRole.YOUNG_PERSON, "Daan", "Öztürk", date(2018, 9, 30)),
        ],
        team_id=next(iter(user.team_ids)), director_id=user.worker_id,
        street="Dijk 12", postcode="1501AB", city="Zaandam", municipality_code="0479",
        opened_on=date(2026, 9, 14),
    ))
    return result.family_id, result.case_id


def fill_story(services: Services) -> CaseStory:
    """Network, journal, activation, high priority and a transfer there and back."""
    local_id, colleague_id = register_team(services)
    family_id, case_id = intake_ozturk(services)
    for name, relation, contact, contribution in (
        ("Fatma Yıldız", "Oma (moeder van Ayşe)", "06-12345678",
         "Haalt Zoë en Daan op woensdag uit school en eet met ze."),
        ("Els de Boer", "Buurvrouw", "06-87654321", "Kan bij nood de kinderen opvangen."),
        ("Rick Jansen", "Voetbaltrainer Daan", "ZVV Zaandam", "Houdt een oogje in het zeil op zaterdag."),
    ):
        services.members.add_network_member(family_id, NetworkMemberInput(name, relation, contact, contribution))
    for occurred_on, kind, text in JOURNAL:
        services.journal.add_entry(case_id, occurred_on, kind, text)
    version = services.cases.activate(case_id, 1).version
    version = services.cases.set_priority(case_id, version, Priority.HIGH, PriorityReason.SAFETY).version
    version = services.cases.transfer(case_id, version, colleague_id, "Verlof").version
    services.cases.transfer(case_id, version, local_id, "Terug van verlof")
    return CaseStory(case_id, family_id, local_id, colleague_id)
