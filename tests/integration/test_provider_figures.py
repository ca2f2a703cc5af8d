"""Figures per provider and product category and the flows of help, against the known data set of
tests/integration/provider_figures_data.py, computed by hand (days on the calendar)."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from app.errors import AccessDenied, ValidationError
from app.export.figures_texts import tr
from app.export.steering_xlsx import SHEET_CATEGORIES, SHEET_FLOWS, SHEET_SEGMENTS
from models.enums import Role
from tests.integration.provider_figures_data import R_NAME, S_NAME, T_NAME, WORMERLAND, FlowData, flow_data_as_supervisor

START, END = date(2026, 1, 1), date(2026, 6, 30)


@pytest.fixture
def data(services, clock) -> FlowData:
    return flow_data_as_supervisor(services, clock)


def rows(steering):
    return {(r.provider_name, r.category_code): r for r in steering.per_category}


def test_per_provider_and_category(services, data):
    steering = services.figures.provider_steering(START, END)
    by = rows(steering)
    assert list(by) == [(S_NAME, "45"), (T_NAME, "45"), (R_NAME, "43")]
    r = by[(R_NAME, "43")]
    # Running: K's R (from 01-01, the first day), L's R, M's R (from 02-01) = 3 families; extensions 2 (K's chain).
    assert (r.involvements, r.families, r.extensions) == (3, 3, 2)
    assert r.extensions_per_100 == pytest.approx(66.67, abs=0.01)
    # Ended: K 01-01 -> 03-31 = 89 days, L 02-01 -> 05-11 = 99; median 94, 80th percentile rank ceil(1.6) = 2: 99.
    assert (r.ended, r.lead_time.count, r.lead_median, r.lead_p80) == (2, 2, 94.0, 99)
    # K's R is followed by S (segment B) 1 day after: scaled down. L reopened 82 days after its end: recurred.
    assert (r.scaled_down, r.recurred, r.scale_down_share, r.recurrence_share) == (1, 1, 0.5, 0.5)
    # K1 reached (eval 05-01), L1 not reached.
    assert (r.goals_evaluated, r.goals_reached, r.goal_realisation) == (2, 1, 0.5)
    s = by[(S_NAME, "45")]
    # Running: K's S and M's S (ended 01-15); N's was cancelled, O's never started, P's ended 2025-12-31.
    assert (s.involvements, s.families, s.extensions, s.extensions_per_100) == (2, 2, 0, 0.0)
    # Ended: M 2025-12-01 -> 2026-01-15 = 45, K 04-01 -> 06-30 (the last day) = 90: median 67.5, p80 90.
    assert (s.ended, s.lead_median, s.lead_p80) == (2, 67.5, 90)
    # K's S is followed by T (segment A) on the day it ended: scaled down; M's S by R (segment C, higher) 17 days
    # after its end: recurrence, not scaling down.
    assert (s.scaled_down, s.recurred) == (1, 1)
    assert (s.goals_evaluated, s.goals_reached) == (1, 0)  # K2 in progress
    t = by[(T_NAME, "45")]
    assert (t.involvements, t.families, t.ended, t.lead_median, t.lead_p80, t.scale_down_share) == (1, 1, 0, None, None,
                                                                                                    None)
    assert [(g.segment_code, g.goals_evaluated, g.goals_reached) for g in steering.segment_goals] == [
        ("C", 2, 1), ("B", 1, 0)]


def test_flows(services, data):
    flows = services.figures.provider_steering(START, END).flows
    # Steps started in the period: K R -> S (C -> B, residential -> ambulatory), K S -> T (B -> A),
    # M S -> R (B -> C, ambulatory -> residential); L's R has no help before it.
    assert [(f.source, f.target, f.count) for f in flows.segments] == [("B", "A", 1), ("B", "C", 1), ("C", "B", 1)]
    assert (flows.residential_to_ambulatory, flows.ambulatory_to_residential) == (1, 1)
    # Ended in the period: K R and K S (19), M S (23), L R (39, outflow to another domain); N's cancelled help not.
    assert flows.end_reasons == (("19", 2), ("23", 1), ("39", 1))
    assert flows.to_other_domain == 1


def test_team_and_municipality_cuts(services, data):
    north = services.figures.provider_steering(START, END, data.north)
    r = rows(north)[(R_NAME, "43")]
    # Without L (south): K's and M's R; ended only K's (89 days), not recurred; K1 reached.
    assert (r.involvements, r.extensions_per_100, r.ended, r.lead_median, r.lead_p80, r.recurred) == (
        2, 100.0, 1, 89.0, 89, 0)
    assert (r.goals_evaluated, r.goals_reached) == (1, 1)
    assert north.flows.end_reasons == (("19", 2), ("23", 1))
    wormerland = services.figures.provider_steering(START, END, municipality_code=WORMERLAND)
    assert list(rows(wormerland)) == [(R_NAME, "43")]
    r = rows(wormerland)[(R_NAME, "43")]
    assert (r.involvements, r.ended, r.lead_median, r.recurred, r.goals_evaluated, r.goals_reached) == (
        1, 1, 99.0, 1, 1, 0)
    assert wormerland.flows.end_reasons == (("39", 1),) and wormerland.flows.segments == ()


def test_period_edges(services, data):
    # Only 2025: K's R starts 2026-01-01 (out), M's S and P's S ran; P's S ended 2025-12-31 (the last day).
    steering = services.figures.provider_steering(date(2025, 1, 1), date(2025, 12, 31))
    s = rows(steering)[(S_NAME, "45")]
    # P 2025-10-01 -> 2025-12-31 = 91 days; M's S running.
    assert (s.involvements, s.ended, s.lead_median, s.lead_p80) == (2, 1, 91.0, 91)
    assert (R_NAME, "43") not in rows(steering)


def test_refused_to_a_worker_and_logged(services, data):
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord", Role.WORKER)
    with pytest.raises(AccessDenied):
        services.figures.provider_steering(START, END)


def test_workbook_has_the_new_sheets(services, data, tmp_path):
    path = services.figures.export_xlsx(START, END, None, tmp_path / "cijfers.xlsx")
    wb = load_workbook(path)
    names = [tr(SHEET_CATEGORIES), tr(SHEET_SEGMENTS), tr(SHEET_FLOWS)]  # Dutch once the TSV is applied
    assert wb.sheetnames[-3:] == names
    sheet = wb[names[0]]
    values = {(row[0], row[1]): row for row in sheet.iter_rows(min_row=2, values_only=True) if row[1]}
    r = values[(R_NAME, "43 Jeugdhulp verblijf (incl. behandeling)")]
    assert r[2:10] == (3, 3, pytest.approx(66.67, abs=0.01), 2, 94, 99, 0.5, 0.5)
    flows = [row for row in wb[names[2]].iter_rows(values_only=True)]
    assert ("C", "B", 1) in flows and ("39 Uitstroom naar ander domein", None, 1) in flows


def test_provider_comparison_for_a_category(services, clock, data):
    # Today 2026-11-22 (the fixture's clock): the 12 months 2025-11-23 .. 2026-11-22.
    comparison = services.figures.provider_comparison("45")
    assert (comparison.start, comparison.end) == (date(2025, 11, 23), date(2026, 11, 22))
    rows = {r.provider_name: r for r in comparison.rows}
    assert list(rows) == [S_NAME, T_NAME]  # category 45 only; R is 43
    s = rows[S_NAME]
    # Waiting today: O (referred 2026-05-01, not started); N's was cancelled. Started in the 12 months: M's S
    # 2025-12-01 (30 days after referral), K's S 2026-04-01 (12 days): median 21, p80 30.
    assert (s.waiting_now, s.wait.count, s.wait_median, s.wait.p80_days) == (1, 2, 21.0, 30)
    # Ended: M's S (45 days), K's S (90), P's S 2025-12-31 (91): median 90. K2 evaluated, not reached.
    assert (s.lead.count, s.lead_median, s.goals_evaluated, s.goal_realisation) == (3, 90.0, 1, 0.0)
    t = rows[T_NAME]
    assert (t.waiting_now, t.wait_median, t.lead_median, t.goal_realisation) == (0, 29.0, None, None)
    # R waits: K 31, L 22, M 12 days: median 22. Lead: K 89, L 99.
    r = services.figures.provider_comparison("43").rows[0]
    assert (r.provider_name, r.wait_median, r.lead_median, r.goal_realisation) == (R_NAME, 22.0, 94.0, 0.5)


def test_provider_comparison_counts_only_the_users_teams(services, clock, data):
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord", Role.WORKER)
    # A worker of Noord: L (south) is not counted - R's lead time is K's 89 days alone, its goal K1 reached.
    r = services.figures.provider_comparison("43").rows[0]
    assert (r.lead.count, r.lead_median, r.goals_evaluated, r.goal_realisation) == (1, 89.0, 1, 1.0)
    with pytest.raises(ValidationError):
        services.figures.provider_comparison("99")


def test_the_provider_page_shows_its_lead_time_over_the_last_year(services, clock, data):
    # S's help ended in the 12 months up to 2026-11-22: M 45 days, K 90, P 91 (region-wide): median 90,
    # 80th percentile at rank ceil(2.4) = 3: 91. T ended none.
    lead = services.accounts.provider_account(data.providers["S"]).lead_time
    assert (lead.count, lead.median_days, lead.p80_days) == (3, 90.0, 91)
    assert services.accounts.provider_account(data.providers["T"]).lead_time.median_days is None
