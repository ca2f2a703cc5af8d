"""Two families with similar data for the inspection tests: the Öztürk-Øster family (everything: plan,
goals for Zoë, care, evaluation, waakvlam with a contact, journal) and the Vermeulen family beside it."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from app.services.families import MemberInput
from app.services.plan_inputs import GoalInput
from models import Waakvlam, WaakvlamContact
from models.enums import ContactOutcome, JournalKind
from tests.export.plan_data import printed_family
from tests.integration.case_helpers import domain_id, intake_family, member_id, smart_goal

ZOE_BSN = "111222333"
OTHER_BSN = "123456782"
OWN_TEXTS = ("slotwoord1", "Wekker zetten om zeven uur", "Jeugdhulp Zaanstreek", "Meester Jansen belt Ayşe",
             "Huisbezoek: Zoë vertelt over school", "Contact: het gaat goed met Zoë", "De ochtenden zijn een strijd")
OTHER_TEXTS = ("Vermeulen", OTHER_BSN, "Geheim doel van de buren", "Buurgezin-journaaltekst")


@dataclass(frozen=True)
class Families:
    person_id: int   # Zoë Öztürk
    family_id: int
    case_id: int
    other_person_id: int  # Zoë Vermeulen
    other_family_id: int


def two_families(services) -> Families:
    family = printed_family(services)
    zoe = member_id(services, family.family_id, "Zoë")
    member = next(m for m in services.members.family_detail(family.family_id).members if m.id == zoe)
    services.members.update_member(zoe, member.version, MemberInput(
        member.role, member.first_name, member.surname, member.date_of_birth, bsn=ZOE_BSN))
    services.journal.add_entry(family.case_id, date(2026, 11, 15), JournalKind.HOME_VISIT,
                               "Huisbezoek: Zoë vertelt over school")
    with services.ctx.uow() as uow:
        waakvlam_id = uow.session.scalar(select(Waakvlam.id).where(Waakvlam.case_id == family.case_id))
        uow.session.add(WaakvlamContact(waakvlam_id=waakvlam_id, planned_date=date(2026, 12, 13),
                                        held_on=date(2026, 12, 13), outcome=ContactOutcome.ALL_WELL,
                                        note="Contact: het gaat goed met Zoë"))
        uow.commit()
    other = intake_family(services, "Vermeulen")
    plan = services.plans.start_plan(other.case_id)
    other_zoe = member_id(services, other.family_id, "Zoë")
    goal: GoalInput = replace(smart_goal(domain_id(services)), description="Geheim doel van de buren",
                              person_ids=(other_zoe,))
    services.plans.add_goal(plan.id, goal)
    services.journal.add_entry(other.case_id, date(2026, 11, 16), JournalKind.PHONE_CALL, "Buurgezin-journaaltekst")
    return Families(zoe, family.family_id, family.case_id, other_zoe, other.family_id)
