"""What a new user hit in the printed plan (issue 13, item 8), read back from the PDF: one status per goal,
the right label for who acts, counted actors in the right number, the waakvlam kept together, and the
caseload header with whole words."""
from __future__ import annotations

from datetime import date

from app.export import texts as tx
from app.export.caseload_pdf import render_caseload_pdf
from app.queries.caseload_export import CaseloadExportRow
from app.queries.goal_standing import GoalStanding, goal_standing
from app.queries.plan_versions import PlanVersions
from models.enums import Actor, CaseStatus, DirectionMode, GoalStatus, Priority
from tests.export import plan_data as pd
from tests.export.care_rows import add_evaluation, add_waakvlam
from tests.export.plan_data import pdf_pages, pdf_text


def plan_with_goals(services, *goals: dict, other_agreements: str = "") -> tuple[int, int]:
    """A family whose agreed plan has one goal per dict of GoalInput changes; (case id, plan id)."""
    family_id, case_id = pd.intake(services)
    plans = services.plans
    plan = plans.start_plan(case_id)
    plan = plans.update_plan_texts(plan.id, plan.version, agreements=other_agreements, plan_date=date(2026, 11, 10))
    for i, changes in enumerate(goals):
        plans.add_goal(plan.id, pd.goal_input(services, family_id, f"Doel {i + 1} van het gezin", **changes))
    plan = plans.plan_version(plan.id)
    plan = plans.agree_plan(plan.id, plan.version, date(2026, 11, 20), "Ayşe", content_digest=plan.content_digest)
    return case_id, plan.id


# -- one status per goal ---------------------------------------------------------------------------------

def test_the_newer_word_is_the_goals_standing():
    plan_date, later = date(2026, 11, 10), date(2026, 12, 1)
    assert goal_standing(GoalStatus.REACHED, plan_date, 2, (later, GoalStatus.PARTLY_REACHED)) == (
        GoalStanding(GoalStatus.PARTLY_REACHED, 2, later))
    assert goal_standing(GoalStatus.IN_PROGRESS, plan_date, 3, None) == GoalStanding(GoalStatus.IN_PROGRESS, 3, None)
    # A version written after the evaluation has the newer word.
    assert goal_standing(GoalStatus.REACHED, later, 6, (plan_date, GoalStatus.PARTLY_REACHED)) == (
        GoalStanding(GoalStatus.REACHED, 6, None))


def test_a_goal_shows_one_status_with_its_score_on_every_page(exports, services):
    # The plan was written saying "reached"; the evaluation after it found it partly reached, score 2.
    case_id, plan_id = plan_with_goals(services, dict(status=GoalStatus.REACHED, score_start=3))
    add_evaluation(services, case_id, plan_id, date(2026, 11, 21), status=GoalStatus.PARTLY_REACHED,
                   scores={_lineage(services, plan_id): 2})

    text = pdf_text(exports.plan_pdf(case_id))

    assert "Stand van zaken Deels bereikt (evaluatie van 21-11-2026)" in text
    assert "2 van 10" in text
    trend_table = text[text.index("Hoe staan de doelen ervoor"):]
    assert "3 → 2 8 Deels bereikt" in trend_table
    assert "Bereikt" not in text  # the plan's older word is nowhere


def test_before_any_evaluation_the_plans_own_status_stands(exports, services):
    case_id, _plan_id = plan_with_goals(services, dict(status=GoalStatus.IN_PROGRESS, score_start=4))
    text = pdf_text(exports.plan_pdf(case_id))
    assert "Stand van zaken Bezig" in text and "evaluatie van" not in text
    assert "4 van 10" in text


def _lineage(services, plan_id: int) -> str:
    return services.plans.plan_version(plan_id).goals[0].lineage


# -- who acts, and how many ------------------------------------------------------------------------------

def test_who_acts_reads_social_team_and_the_plans_direction_keeps_its_own_label(exports, services):
    case_id, _ = plan_with_goals(services, dict(actor=Actor.SOCIAL_TEAM, actor_detail=None))
    text = pdf_text(exports.plan_pdf(case_id))

    assert "Wie doet het Sociaal team" in text
    assert text.count("Regie bij het sociaal team") == 1  # only the plan's direction, in the box at the top
    assert tx.label(Actor.SOCIAL_TEAM) == "Sociaal team"
    assert tx.label(DirectionMode.SOCIAL_TEAM) == "Regie bij het sociaal team"


def test_who_does_what_counts_in_the_right_number(exports, services):
    case_id, _ = plan_with_goals(services, *[dict(actor=Actor.PROVIDER)] * 3, dict(actor=Actor.FREE_ACCESS),
                                 dict(actor=Actor.FAMILY), dict(actor=Actor.FAMILY))
    text = pdf_text(exports.plan_pdf(case_id))
    assert "Wie doet wat: 2 gezin zelf · 1 voorliggend veld · 3 aanbieders" in text
    assert tx.actor_count(Actor.PROVIDER, 1) == "1 aanbieder"
    assert tx.actor_count(None, 2) == "2 nog niet besloten"


# -- the waakvlam on one page ----------------------------------------------------------------------------

WAAKVLAM_AGREEMENT = "\n\n".join(
    f"Afspraak {i}: meester Jansen belt Ayşe elke zes weken en vraagt hoe het met Zoë gaat." for i in range(1, 9)
) + " Einde-waakvlam."


def test_the_waakvlam_agreement_is_never_split_over_two_pages(exports, services):
    # Push the waakvlam down line by line, so that somewhere it meets the foot of a page.
    case_id, plan_id = plan_with_goals(services, dict(actor=Actor.FAMILY))
    add_waakvlam(services, case_id, agreement=WAAKVLAM_AGREEMENT)
    plan = services.plans.new_version(plan_id)
    pages_seen = set()
    for lines in range(0, 60, 3):
        plan = services.plans.update_plan_texts(
            plan.id, plan.version, agreements="\n".join(f"Regel {i} van de overige afspraken." for i in range(lines)))
        pages = pdf_pages(exports.plan_pdf(case_id))
        start = next(i for i, p in enumerate(pages) if "Waakvlam: een vinger aan de pols" in p)
        end = next(i for i, p in enumerate(pages) if "Einde-waakvlam" in p)
        assert start == end, f"waakvlam split over pages {start + 1} and {end + 1} with {lines} lines before it"
        pages_seen.add(start)
    assert len(pages_seen) > 1  # it did move over a page break


# -- the caseload header ---------------------------------------------------------------------------------

def test_every_caseload_column_header_keeps_its_words_whole():
    rows = [CaseloadExportRow(i, i, f"Familie {i:03d}", "Zoë (11), Işıl (14)", 2, CaseStatus.ACTIVE,
                              PlanVersions(agreed=1, draft=2), "Sanne de Vries", "Wijkteam Noord", Priority.NORMAL,
                              date(2026, 1, 5), 321, None, 3) for i in range(1, 40)]
    pages = pdf_pages(render_caseload_pdf(rows, "Wijkteam Noord", date(2026, 11, 22)).data)
    header = "Gezin Kinderen Status Gezinsplan Regisseur Prioriteit Gestart op Dagen open Volgende evaluatie Aanbieders"
    assert len(pages) > 1 and all(header in page for page in pages)
