"""The printed plan's contact line and municipality (issue 15 items 4 and 5), read back with pypdf: the
director's phone and e-mail, the team's where the director has none, "via the social team" where
neither has any; the municipality the family lives in, by its name from the CBS list."""
from __future__ import annotations

from app.bootstrap import open_database
from app.services.families import AddressInput
from app.services.organisation import ContactInput, TeamInput
from models.enums import Role
from tests.export.plan_data import pdf_pages, printed_family


def info_box(exports, case_id: int) -> str:
    first = pdf_pages(exports.plan_pdf(case_id))[0]
    return first[first.index("Regisseur"):first.index("Plandatum")]


def test_without_details_the_contact_line_says_via_the_social_team(services):
    family = printed_family(services, care=False)
    box = info_box(services.exports, family.case_id)
    assert "Contact via het sociaal team, Wijkteam Noord" in box
    assert "Gemeente Zaanstad" in box  # the family's 0479 by its name


def test_the_directors_phone_and_email_are_printed_and_the_team_fills_what_is_missing(services, db_path, clock):
    family = printed_family(services, care=False)
    admin = open_database(db_path, clock=clock)
    try:
        admin.workers.register_local_worker("Ellen Schouten", "Wijkteam Noord", Role.ADMIN)
        team = next(t for t in admin.organisation.directory().teams if t.name == "Wijkteam Noord")
        admin.organisation.update_team(team.id, TeamInput("0756810000", "wijkteam.noord@zaanstad.nl", ("0479",)),
                                       team.version)
    finally:
        admin.close()
    box = info_box(services.exports, family.case_id)
    assert "tel. 075 681 0000 · wijkteam.noord@zaanstad.nl" in box

    mine = services.organisation.my_details()
    services.organisation.update_my_details(ContactInput("+31 6 1234 5678", "s.devries@zaanstad.nl"), mine.version)
    box = info_box(services.exports, family.case_id)
    assert "Sanne de Vries" in box
    assert "tel. 06 12345678 · s.devries@zaanstad.nl" in box
    assert "via het sociaal team" not in box


def test_the_municipality_line_follows_the_familys_address(services):
    family = printed_family(services, care=False)
    detail = services.members.family_detail(family.family_id)
    services.members.update_address(family.family_id, detail.version, AddressInput(municipality_code="1992"))
    assert "Gemeente Voorne aan Zee" in info_box(services.exports, family.case_id)
