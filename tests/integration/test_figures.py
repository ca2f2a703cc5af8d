"""Management figures against a small known data set (tests/integration/figures_data.py), computed by hand.

Period 2026-01-01 .. 2026-06-30 (both days included). The hand computation is written next to each
assertion; days are counted on the calendar (e.g. 2025-10-01 -> 2026-06-10 = 252 days).
"""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from app.errors import AccessDenied, ValidationError
from models.enums import AuditEvent, AuditOutcome, Role
from tests.integration.care_helpers import involvement_input
from tests.integration.case_helpers import detail_text, log_entries
from tests.integration.figures_data import P1_NAME, P2_NAME, KnownData, known_data_as_supervisor

START, END = date(2026, 1, 1), date(2026, 6, 30)


@pytest.fixture
def known(services, clock) -> KnownData:
    return known_data_as_supervisor(services, clock)


def by_name(figures):
    return {p.provider_name: p for p in figures.providers}


def test_case_figures_of_all_my_teams(services, known):
    f = services.figures.management_figures(START, END)
    assert (f.start, f.end, f.team_id, f.team_name) == (START, END, None, None)
    # Opened in the period: B 02-01, D 03-15, F 01-01 (first day included); G 07-01 and E, A, C, H earlier: out.
    assert f.inflow == 3
    # REOPENED in the period: A 06-20, C 02-15, H 03-01; E 07-01 is after the end.
    assert f.reopened == 3
    # CLOSED in the period: A 06-10 and D 06-30 (last day included); E 2025-12-31 and H 2025-01-15 are before.
    assert f.outflow == 2
    # A: 2025-10-01 -> 2026-06-10 = 252 days; D: 2026-03-15 -> 2026-06-30 = 107 days; mean = median = 179.5.
    assert (f.case_duration.count, f.case_duration.mean_days, f.case_duration.median_days) == (2, 179.5, 179.5)
    # Involvements ended in the period: A/P1 01-11 -> 05-31 = 140, D/P2 04-19 -> 06-30 = 72; E/P1 ended 2025-12-31.
    d = f.involvement_duration
    assert (d.count, d.mean_days, d.median_days) == (2, 106.0, 106.0)
    # Evaluated in the period: A, B (04-01; not 07-05), C, D (06-30) = 4; scaled down in the period: A, C, D = 3.
    assert (f.evaluated_cases, f.scaled_down_cases, f.scaled_down_share) == (4, 3, 0.75)
    # Recurrence: A (closed 06-10, reopened 10 days later) and C (from waakvlam); H 410 days after closing: not.
    assert (f.recurrences, f.recurrences_from_waakvlam, f.recurrent_cases) == (2, 1, 2)
    # Ended help 2025-07-01 .. 2026-06-30: A closed, C to waakvlam 2025-12-01, D closed, E closed 2025-12-31 = 4;
    # H closed 2025-01-15 is too early. Share 2 / 4.
    assert (f.ended_help_from, f.ended_help_cases, f.recurrence_share) == (date(2025, 7, 1), 4, 0.5)
    # Help running in the period: A (P1 01-11 .. 05-31), B (P1 from 02-25; P2 never started), D (P2 from 04-19);
    # E's ended 2025-12-31. The known families have no young persons: none counted.
    assert (f.cases_with_help, f.young_persons_with_help) == (3, 0)


def test_provider_figures(services, known):
    providers = by_name(services.figures.management_figures(START, END))
    assert list(providers) == [P1_NAME, P2_NAME]
    p1 = providers[P1_NAME]
    # Running in the period: A/P1 (ended 05-31) and B/P1; E/P1 ended 2025-12-31. Extensions 1 + 2 = 3.
    assert (p1.provider_id, p1.involvements, p1.extensions, p1.extensions_per_involvement) == (known.p1, 2, 3, 1.5)
    # Started in the period: A/P1 2025-11-01 -> 2026-01-11 = 71 days, B/P1 02-05 -> 02-25 = 20 days.
    assert (p1.started, p1.mean_wait_days, p1.max_wait_days, p1.waiting_at_end) == (2, 45.5, 71, 0)
    # Linked goals evaluated in the period: A1 (latest 05-15 reached), A2 (latest 05-15 not reached),
    # B1 (04-01 reached; the 07-05 "not reached" is after the period) -> 2 of 3.
    assert (p1.goals_evaluated, p1.goals_reached, p1.goal_realisation) == (3, 2, pytest.approx(2 / 3))
    p2 = providers[P2_NAME]
    # D/P2 ran (no extensions); B/P2 was referred 03-01 and never started: still waiting at the end.
    assert (p2.involvements, p2.extensions, p2.extensions_per_involvement) == (1, 0, 0.0)
    # Started: D/P2 03-20 -> 04-19 = 30 days.
    assert (p2.started, p2.mean_wait_days, p2.max_wait_days, p2.waiting_at_end) == (1, 30.0, 30, 1)
    # B3 (in progress) and D1 (reached) -> 1 of 2.
    assert (p2.goals_evaluated, p2.goals_reached, p2.goal_realisation) == (2, 1, 0.5)


def test_who_carries_the_goals(services, known):
    a = services.figures.management_figures(START, END).actors
    # Current plans of cases open in the period: A's new draft (A1 family, A2 provider, A3 network, A4 social
    # team - not also its agreed version), B (B1 social team, B2 none, B3 free access), C (C1, C2 family),
    # D (D1 provider, D2 network; closed on the last day). G opened after the period: its G1 does not count.
    assert (a.family, a.network, a.free_access, a.social_team, a.provider, a.no_actor) == (3, 2, 1, 2, 2, 1)
    # Of the 10 goals with an actor: family + network 5, professionals 4, free access 1.
    assert (a.with_actor, a.total) == (10, 11)
    assert (a.family_network_share, a.professional_share, a.free_access_share) == (0.5, 0.4, 0.1)


def test_team_filter(services, known):
    north = services.figures.management_figures(START, END, known.north)
    assert (north.team_id, north.team_name) == (known.north, "Wijkteam Noord")
    # North: inflow B, F; reopened A, C, H; closed A (252 days); ended P1 at A (140 days).
    assert (north.inflow, north.reopened, north.outflow) == (2, 3, 1)
    assert (north.case_duration.mean_days, north.involvement_duration.mean_days) == (252.0, 140.0)
    # Evaluated A, B, C; scaled down A, C. Ended help: A, C, E -> recurrence 2 / 3.
    assert (north.evaluated_cases, north.scaled_down_cases) == (3, 2)
    assert (north.recurrences, north.ended_help_cases) == (2, 3)
    p2 = by_name(north)[P2_NAME]
    # Only B/P2 (waiting), with B3 evaluated and not reached.
    assert (p2.involvements, p2.started, p2.mean_wait_days, p2.waiting_at_end) == (0, 0, None, 1)
    assert (p2.goals_evaluated, p2.goals_reached, p2.goal_realisation) == (1, 0, 0.0)
    a = north.actors
    assert (a.family, a.network, a.free_access, a.social_team, a.provider, a.no_actor) == (3, 1, 1, 2, 1, 1)
    assert (a.family_network_share, a.professional_share) == (0.5, 0.375)

    south = services.figures.management_figures(START, END, known.south)
    assert (south.inflow, south.reopened, south.outflow, south.recurrences, south.ended_help_cases) == (1, 0, 1, 0, 1)
    assert list(by_name(south)) == [P2_NAME]
    assert by_name(south)[P2_NAME].goal_realisation == 1.0


def test_period_boundaries(services, known):
    # One day: 2026-06-30 holds D's closing (107 days), its evaluation and the end of D/P2.
    f = services.figures.management_figures(END, END)
    assert (f.inflow, f.outflow, f.case_duration.mean_days, f.evaluated_cases, f.scaled_down_cases) == (0, 1, 107.0, 1, 1)
    assert f.involvement_duration.count == 1
    # The day after: E's reopening and G's opening (both 2026-07-01). E was closed 2025-12-31: 182 days -> recurrence.
    f = services.figures.management_figures(date(2026, 7, 1), date(2026, 7, 1))
    assert (f.inflow, f.reopened, f.outflow, f.recurrences, f.recurrences_from_waakvlam) == (1, 1, 0, 1, 0)
    # Nothing on 2025-12-30; the median of an empty set is None.
    f = services.figures.management_figures(date(2025, 12, 30), date(2025, 12, 30))
    assert (f.inflow, f.outflow, f.case_duration.median_days, f.scaled_down_share, f.recurrence_share) == (
        0, 0, None, None, 0.0)


def test_access_is_logged_without_personal_data(services, known):
    services.figures.management_figures(START, END, known.north)
    entry = log_entries(services, object_type="management_figures")[-1]
    assert (entry.event, entry.outcome, entry.family_id, entry.case_id) == (AuditEvent.READ, AuditOutcome.SUCCESS,
                                                                           None, None)
    assert (entry.object_id, detail_text(entry)) == (known.north, "Periode 01-01-2026 - 30-06-2026")


def test_a_worker_is_refused(services, known):
    services.workers.register_local_worker("Sanne de Vries", "Wijkteam Noord")
    assert services.figures.team_choices() == []
    with pytest.raises(AccessDenied) as refused:
        services.figures.management_figures(START, END)
    assert refused.value.message() == "Managementcijfers zijn er voor teamleiders en beheerders."
    assert log_entries(services, object_type="management_figures")[-1].outcome is AuditOutcome.DENIED


def test_a_supervisor_sees_only_own_teams(services, known):
    services.workers.register_local_worker("Piet West", "Wijkteam West", Role.SUPERVISOR)
    west = next(t.id for t in services.workers.teams() if t.name == "Wijkteam West")
    assert [t.name for t in services.figures.team_choices()] == ["Wijkteam West"]
    with pytest.raises(AccessDenied):
        services.figures.management_figures(START, END, known.north)
    f = services.figures.management_figures(START, END)  # all of Piet's teams: only West, which is empty
    assert (f.inflow, f.outflow, f.providers) == (0, 0, ())
    assert services.figures.management_figures(START, END, west).inflow == 0


def test_period_is_validated_per_field(services, known):
    with pytest.raises(ValidationError) as wrong:
        services.figures.management_figures(END, START)
    assert set(wrong.value.fields) == {"end"}
    with pytest.raises(ValidationError) as too_long:
        services.figures.management_figures(date(2021, 1, 1), date(2026, 1, 1))
    assert set(too_long.value.fields) == {"end"}
    assert services.figures.management_figures(date(2021, 1, 1), date(2025, 12, 31)).inflow == 4  # A, C, E, H


def test_export_xlsx_reads_back(services, known, tmp_path):
    target = services.figures.export_xlsx(START, END, None, tmp_path / "cijfers.xlsx")
    assert target == tmp_path / "cijfers.xlsx" and not list(tmp_path.glob("*.part"))
    wb = load_workbook(target)
    assert wb.sheetnames[:3] == ["Overzicht", "Aanbieders", "Doelen"]  # then the provider steering sheets
    overview = {row[0]: row[1] for row in wb["Overzicht"].iter_rows(min_row=4, values_only=True)}
    assert overview["Instroom: geopende casussen"] == 3
    assert overview["Uitstroom: gesloten casussen"] == 2
    assert overview["Gemiddelde duur van gesloten casussen (dagen)"] == 179.5
    assert overview["Aandeel afgeschaald"] == 0.75
    assert overview["Terugval: heropeningen"] == 2
    providers = list(wb["Aanbieders"].iter_rows(values_only=True))
    assert providers[0][:3] == ("Aanbieder", "Lopende inzetten", "Gestart in periode")
    p1 = dict(zip(providers[0], providers[1]))
    assert (p1["Aanbieder"], p1["Gemiddelde wachttijd (dagen)"], p1["Doelrealisatie"]) == (P1_NAME, 45.5,
                                                                                            pytest.approx(2 / 3))
    assert wb["Aanbieders"].cell(2, 9).number_format == "0.0%"
    goals = {row[0]: row[1:] for row in wb["Doelen"].iter_rows(min_row=2, values_only=True) if row[0]}
    assert goals["Gezin zelf"] == (3, 0.3)
    assert goals["Gezin en netwerk"] == (None, 0.5)
    entry = log_entries(services, object_type="management_figures")[-1]
    assert (entry.event, entry.object_id, detail_text(entry)) == (
        AuditEvent.PRINT_EXPORT, None, "Periode 01-01-2026 - 30-06-2026, als werkmap")


def test_export_to_a_missing_folder_fails_cleanly(services, known, tmp_path):
    from app.export.files import ExportFailed
    with pytest.raises(ExportFailed):
        services.figures.export_xlsx(START, END, None, tmp_path / "nope" / "cijfers.xlsx")
    assert log_entries(services, object_type="management_figures")[-1].outcome is AuditOutcome.FAILED


def test_help_cancelled_before_its_start_was_not_delivered(services, known, clock):
    """Cancelled planned help is neither running, started nor ended in the figures; until it is
    cancelled it is waiting."""
    before = services.figures.management_figures(START, END)
    p1 = services.providers.provider(known.p1)
    product = p1.products[0]
    clock.day = date(2026, 2, 15)  # F: referred 02-01 to start 03-01, cancelled 02-15
    inv = services.involvements.add_involvement(known.cases["F"], involvement_input(
        p1, product, referral_date=date(2026, 2, 1), start_date=date(2026, 3, 1), planned_end=date(2026, 5, 1)))
    services.involvements.cancel_involvement(inv.id, inv.version, "21")
    clock.day = date(2026, 6, 20)  # F: referred 06-20 to start 07-15, cancelled 07-10 (after the period)
    inv = services.involvements.add_involvement(known.cases["F"], involvement_input(
        p1, product, referral_date=date(2026, 6, 20), start_date=date(2026, 7, 15), planned_end=None))
    clock.day = date(2026, 7, 10)
    services.involvements.cancel_involvement(inv.id, inv.version, "23")
    after = services.figures.management_figures(START, END)
    assert after.involvement_duration == before.involvement_duration
    was, now = by_name(before)[P1_NAME], by_name(after)[P1_NAME]
    assert (now.involvements, now.extensions, now.started, now.mean_wait_days) == (
        was.involvements, was.extensions, was.started, was.mean_wait_days)
    assert now.waiting_at_end == was.waiting_at_end + 1  # the second still waited on 06-30


def test_help_ended_by_its_aftercare(services, known):
    """Ended in the period: A/P1 (05-31) and D/P2 (06-30); E/P1 ended 2025-12-31. A's help ended with aftercare
    in the own network, E's with a free-access service (outside the period); D's has none recorded. A's
    closing (06-10) with "none needed" belongs to no involvement and is not counted."""
    from app.services.aftercare_inputs import AftercareInput, record_aftercare
    from models import Case, Involvement
    from models.enums import AftercareKind, AftercareNoneReason

    def add(case_name: str, data: AftercareInput, with_involvement: bool = True) -> None:
        with services.ctx.uow() as uow:
            s = uow.session
            case = s.get(Case, known.cases[case_name])
            inv = s.query(Involvement).filter(Involvement.case_id == case.id,
                                              Involvement.actual_end.is_not(None)).one() if with_involvement else None
            record_aftercare(s, services.ctx, case, data, inv.actual_end if inv else START, inv.id if inv else None)
            uow.commit()

    add("A", AftercareInput(AftercareKind.NETWORK, "Oma", "Haalt op"))
    add("E", AftercareInput(AftercareKind.FREE_ACCESS, "Jongerenwerk", "Inloop"))
    add("A", AftercareInput(AftercareKind.NONE_NEEDED, none_reason=AftercareNoneReason.SELF_RELIANT), False)
    a = services.figures.management_figures(START, END).aftercare
    assert (a.ended, a.network, a.free_access, a.none_needed, a.not_recorded) == (2, 1, 0, 0, 1)
    north = services.figures.management_figures(START, END, known.north).aftercare  # A is Noord's, D Zuid's
    assert (north.ended, north.network, north.not_recorded) == (1, 1, 0)
    whole = services.figures.management_figures(date(2025, 1, 1), END).aftercare  # E too
    assert (whole.ended, whole.network, whole.free_access, whole.not_recorded) == (3, 1, 1, 1)
