"""The printed family plan, read back with pypdf: content, order, page numbers, signatures, letters."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest

from app.errors import BusinessRuleViolation, NotFound
from app.services.plan_inputs import GoalInput
from tests.export import plan_data as pd
from tests.export.care_rows import add_involvement
from tests.export.plan_data import pdf_pages, pdf_text, printed_family

SECTIONS = ("Ons gezin", "Onze hulpvraag", "In onze eigen woorden", "Zorgen", "Krachten", "Gewenste toekomst",
            "Onze doelen", "Wie helpen er nog meer", "Samen terugkijken", "Waakvlam", "Ondertekening")


def signature_part(text: str) -> str:
    return text[text.rindex("Ondertekening"):]


def test_the_plan_shows_the_header_and_every_section_in_order(exports, family):
    text = pdf_text(exports.plan_pdf(family.case_id))

    for expected in ("GEZINSPLAN", "Familie Öztürk-Øster", "Versie 1 · vastgesteld op 20-11-2026 met Ayşe en Işıl",
                     "Regisseur", "Sanne de Vries", "via het sociaal team, Wijkteam Noord", "Vastgesteld",
                     "Ayşe Öztürk", "12-06-1988", "Ouder (met gezag)", "Jongere, 14 jaar", "Kind, 11 jaar",
                     "We willen rust in huis.", "Zo weten we dat het gelukt is", "Gezin zelf", "Ayşe brengt haar",
                     "Streefdatum", "01-03-2027", "5 van 10 · doel 8", "Wekker zetten om zeven uur", "Mentor",
                     "Samenregie: dagelijkse regie bij Jeugdhulp Zaanstreek", "15-01-2027",
                     "De volgende evaluatie is gepland op 20-02-2027", "Laatste evaluatie: 21-11-2026",
                     "3 → 5", "Meester Jansen"):
        assert expected in text, expected
    positions = [text.index(s) for s in SECTIONS]
    assert positions == sorted(positions)


def test_every_page_says_which_page_of_how_many_and_that_it_is_confidential(exports, services):
    family = printed_family(services, goals=12)
    pages = pdf_pages(exports.plan_pdf(family.case_id))

    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page
        assert "Vertrouwelijk — bevat persoonsgegevens" in page
        assert "Afgedrukt op 22-11-2026" in page


def test_every_page_carries_the_content_code_the_agree_dialog_shows(exports, services):
    """The family signs a printed draft; the worker agrees in the app: the same code on both says the same
    content. A colleague's change of a goal gives another code."""
    family = printed_family(services, goals=12, agree=False, care=False)
    draft = services.plans.current_plan(family.case_id)
    pages = pdf_pages(exports.plan_pdf(family.case_id))

    assert all(f"inhoudscode {draft.content_code}" in page for page in pages)
    goal = draft.goals[0]
    services.plans.update_goal(goal.id, goal.version, replace(GoalInput.from_dto(goal), description="Anders"))
    changed = services.plans.current_plan(family.case_id).content_code
    assert changed != draft.content_code and f"inhoudscode {changed}" in pdf_text(exports.plan_pdf(family.case_id))


def test_the_signature_block_names_who_must_sign(exports, family):
    signatures = signature_part(pdf_text(exports.plan_pdf(family.case_id)))

    assert pd.PARENT_WITH_AUTHORITY in signatures
    assert pd.PARENT_WITHOUT_AUTHORITY not in signatures
    assert pd.TEEN in signatures and "Jongere, 14 jaar" in signatures
    assert pd.CHILD_11 not in signatures and pd.CHILD not in signatures
    assert "Regisseur, Wijkteam Noord" in signatures and "Sanne de Vries" in signatures
    assert pd.PROVIDER in signatures
    assert signatures.count("Handtekening") == 4  # parent, young person, director, provider


def test_turkish_polish_and_scandinavian_letters_come_out_as_they_went_in(exports, family):
    text = pdf_text(exports.plan_pdf(family.case_id))

    for name in ("Ayşe", "Işıl", "Łukasz Øster", "Öztürk", "Zoë", "Łucja", "Michał", "Bjørg"):
        assert name in text
    for letter in "şıłøëüÖ":
        assert letter in text


def test_very_long_texts_and_many_goals_flow_over_pages_with_nothing_cut_off(exports, services):
    request = " ".join(f"Zin {i} van onze lange hulpvraag over de ochtenden thuis." for i in range(150))
    family = printed_family(services, goals=60, care=False, request=request + " EINDEHULPVRAAG")
    plan = services.plans.new_version(family.plan_id)
    long_goal = next(g for g in plan.goals if g.description.endswith("slotwoord1"))
    services.plans.update_goal(long_goal.id, long_goal.version, pd.goal_input(
        services, family.family_id, ("Een heel lang doel met veel uitleg. " * 85) + "SLOTZINLANGDOEL"))

    pages = pdf_pages(exports.plan_pdf(family.case_id))
    text = " ".join(pages)

    assert len(pages) >= 12
    assert "EINDEHULPVRAAG" in text
    assert "SLOTZINLANGDOEL" in text
    for i in range(2, 61):
        assert f"slotwoord{i}" in text, i
    assert all(f"pagina {n} van {len(pages)}" in p for n, p in enumerate(pages, start=1))
    # The agreements' header repeats where their table runs over a page.
    assert sum("Wat we afspreken" in p for p in pages) >= len(pages) - 4


def test_a_plan_without_goals_still_prints_and_says_so(exports, services):
    family_id, case_id = pd.intake(services)
    services.plans.start_plan(case_id)

    text = pdf_text(exports.plan_pdf(case_id))

    assert "Er zijn nog geen doelen opgeschreven." in text
    assert "CONCEPT" in text and "nog niet vastgesteld" in text
    assert "De eerste evaluatie plannen we zodra het plan is vastgesteld." in text


def test_a_case_without_a_plan_cannot_be_printed(exports, services):
    _family_id, case_id = pd.intake(services)

    with pytest.raises(BusinessRuleViolation) as raised:
        exports.plan_pdf(case_id)

    assert raised.value.message() == ("Deze casus heeft nog geen gezinsplan, dus er is niets om af te drukken. "
                                      "Begin eerst het plan.")


def test_an_earlier_version_can_be_printed_by_its_number(exports, services, family):
    services.plans.new_version(family.plan_id)

    current = pdf_text(exports.plan_pdf(family.case_id))
    first = pdf_text(exports.plan_pdf(family.case_id, version_no=1))

    assert "Versie 2 · concept van 22-11-2026" in current
    assert "Versie 1 · vastgesteld op 20-11-2026" in first
    with pytest.raises(NotFound) as raised:
        exports.plan_pdf(family.case_id, version_no=7)
    assert "versie 7" in raised.value.message()


def test_page_one_renders_to_an_image(exports, family, tmp_path):
    import os
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm (poppler-utils) is missing on CI")
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(exports.plan_pdf(family.case_id))

    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")],
                   check=True, capture_output=True)

    png = next(tmp_path.glob("page*.png"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 5_000  # an image with text on it, not an empty page


def test_ages_are_counted_on_the_print_date(exports, services, clock):
    family = printed_family(services, goals=1, care=False)
    clock.day = date(2027, 3, 2)  # Zoë has turned 12

    signatures = signature_part(pdf_text(exports.plan_pdf(family.case_id)))

    assert pd.CHILD_11 in signatures


def test_help_that_starts_after_the_print_date_is_printed_as_planned(exports, services):
    family = printed_family(services, goals=1, care=False)
    add_involvement(services, family.case_id, start=date(2026, 12, 1))  # today is 22-11-2026
    add_involvement(services, family.case_id, "Praktijk De Linde", "Gezinsbehandeling", start=date(2026, 9, 1))

    text = " ".join(pdf_text(exports.plan_pdf(family.case_id)).split())

    assert "gepland, start op 01-12-2026" in text and "sinds 01-12-2026" not in text
    assert "sinds 01-09-2026" in text
