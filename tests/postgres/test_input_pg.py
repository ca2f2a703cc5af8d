"""NUL and other control characters on the real server: PostgreSQL refuses NUL in text outright, so
these crashed with "Onverwachte fout". Now each is a message at its field, and nothing is written."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.errors import Msg, ValidationError
from app.services.families import IntakeInput, MemberInput
from app.services.members import NetworkMemberInput
from app.services.provider_inputs import ProviderInput
from app.validation import CONTROL_CHARACTER
from models.enums import JournalKind, MemberRole
from tests.integration.input_world import row_counts
from tests.postgres.helpers import intake

NUL, ESC = "\x00", "\x1b"


def _intake(services, **changes) -> IntakeInput:
    user = services.ctx.user
    data = IntakeInput("Familie Nul", [MemberInput(MemberRole.PARENT, "Ayşe", "Nul", date(1988, 6, 12))],
                       team_id=next(iter(user.team_ids)), director_id=user.worker_id)
    return replace(data, **changes)


CASES = {
    # name: (call given worker_a's services and a family of theirs, the field that must carry the message)
    "intake family name": (lambda s, f: s.families.intake(_intake(s, family_name=f"Familie{NUL}Nul")),
                           "family_name"),
    "intake member name": (lambda s, f: s.families.intake(_intake(s, members=[
        MemberInput(MemberRole.PARENT, f"Ay{NUL}şe", "Nul", date(1988, 6, 12))])), "members.0.first_name"),
    "intake street": (lambda s, f: s.families.intake(_intake(s, street=f"Dijk{ESC}12")), "street"),
    "journal text": (lambda s, f: s.journal.add_entry(f.case_id, date.today(), JournalKind.HOME_VISIT,
                                                      f"Huisbezoek{NUL}"), "text"),
    "network member": (lambda s, f: s.members.add_network_member(
        f.family_id, NetworkMemberInput(f"Oma{NUL}", "grootmoeder")), "name"),
    "network contribution": (lambda s, f: s.members.add_network_member(
        f.family_id, NetworkMemberInput("Oma", "grootmoeder", contribution=f"haalt{NUL}op")), "contribution"),
    "provider": (lambda s, f: s.providers.create_provider(ProviderInput(f"Zorg{NUL}BV")), "name"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_nul_or_control_character_is_refused_at_its_field_on_postgresql(central, case):
    worker_a = central.services("worker_a")
    family = intake(worker_a, "Nulmans")
    owner = central.services()
    before = row_counts(owner)
    call, field = CASES[case]

    with pytest.raises(ValidationError) as refused:
        call(worker_a, family)

    assert set(refused.value.fields) == {field}
    assert refused.value.field_messages()[field] == Msg(CONTROL_CHARACTER).render()
    assert row_counts(owner) == before


def test_the_same_texts_without_the_nul_are_stored_on_postgresql(central):
    worker_a = central.services("worker_a")
    family = intake(worker_a, "Nulmans")

    entry = worker_a.journal.add_entry(family.case_id, date.today(), JournalKind.HOME_VISIT, "Huisbezoek\r\nregel 2")
    network = worker_a.members.add_network_member(family.family_id, NetworkMemberInput("Oma Zoe\u0308", "oma"))

    assert entry.text == "Huisbezoek\nregel 2"
    assert network.name == "Oma Zoë"  # stored composed (NFC)


def test_a_provider_import_with_a_nul_reports_the_line_and_column_on_postgresql(central):
    worker_a = central.services("worker_a")
    owner = central.services()
    before = row_counts(owner)

    report = worker_a.providers.import_providers_csv(
        "aanbieder;agb_code;product;categorie;segment\n"
        f"Zorg{NUL}Groep;;Ambulante hulp;45;B\n")

    assert [(p.line, p.column) for p in report.problems] == [(2, "provider_name")]
    assert report.problems[0].message() == Msg(CONTROL_CHARACTER).render()
    assert row_counts(owner) == before


def test_a_search_ignores_a_nul_instead_of_failing_on_postgresql(central):
    worker_a = central.services("worker_a")
    family = intake(worker_a, "Zoekmans")

    found = worker_a.search.find_families(f"Zoek{NUL}mans{ESC}")  # no stored name holds one: it is dropped

    assert [hit.family_id for hit in found.rows] == [family.family_id]


def test_a_director_of_another_team_is_refused_at_the_director_field_on_postgresql(central):
    worker_a = central.services("worker_a")
    worker_b = central.services("worker_b")
    owner = central.services()
    before = row_counts(owner)

    with pytest.raises(ValidationError) as refused:
        worker_a.families.intake(_intake(worker_a, director_id=worker_b.ctx.user.worker_id))

    assert set(refused.value.fields) == {"director"}
    assert row_counts(owner) == before


def test_an_administrator_typing_a_nul_in_a_team_name_gets_a_message_at_the_field_on_postgresql(central):
    admin = central.services("admin")
    owner = central.services()
    before = row_counts(owner)

    with pytest.raises(ValidationError) as create:
        admin.admin.create_team(f"Team{NUL}Noord")
    with pytest.raises(ValidationError) as add:
        admin.admin.add_to_team(central.users["worker_a"], f"{central.team('A')}{NUL}")

    assert set(create.value.fields) == {"name"} and set(add.value.fields) == {"team"}
    assert row_counts(owner) == before
