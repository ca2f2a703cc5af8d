"""The supervisor's team overview on a small team with hand-computed figures (tests/integration/team_data.py)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from app.errors import AccessDenied, ConcurrencyConflict, ValidationError
from app.queries.due import DueKind, Urgency
from app.queries.team_overview import CaseloadWeights, WorkerLoad
from models.enums import AuditEvent, AuditOutcome, CaseEventKind
from tests.integration.case_helpers import detail_text, log_entries
from tests.integration.team_data import TeamData, build_team


@pytest.fixture
def team(services) -> TeamData:
    return build_team(services)


def figures(row: WorkerLoad) -> tuple:
    return (row.intake_cases, row.active_cases, row.waakvlam_cases, row.high_priority, row.weighted,
            row.overdue_evaluations, row.overdue_waakvlam_contacts)


def versions(services, case_ids) -> list[tuple[int, int]]:
    return [(case_id, services.members.case_header(case_id).version) for case_id in case_ids]


def test_each_worker_carries_the_hand_computed_load(services, team):
    overview = services.supervision.team_overview(team.team_id)

    by_name = {row.name: row for row in overview.rows}
    assert list(by_name) == ["Gülşen Aydın", "Marieke Hoekstra", "Mohamed El Amrani", "Piet Jansen", "Sanne de Vries"]
    #                                          intake active waakvlam high weighted eval waakvlam-contact
    assert figures(by_name["Sanne de Vries"]) == (1, 1, 1, 1, 3.55, 1, 1)
    assert figures(by_name["Mohamed El Amrani"]) == (0, 2, 1, 0, 3.05, 0, 0)
    assert figures(by_name["Piet Jansen"]) == (1, 1, 0, 1, 2.5, 0, 0)
    assert figures(by_name["Gülşen Aydın"]) == (0, 1, 0, 0, 1.0, 0, 0)
    assert figures(by_name["Marieke Hoekstra"]) == (0, 0, 0, 0, 0.0, 0, 0)
    assert [r.name for r in overview.rows if r.without_director] == ["Gülşen Aydın", "Piet Jansen"]
    assert (by_name["Piet Jansen"].active, by_name["Gülşen Aydın"].member) == (False, False)
    assert overview.unassigned_cases == 3
    assert figures(overview.unassigned) == (1, 2, 0, 1, 3.5, 0, 0)
    assert figures(overview.totals) == (2, 5, 2, 2, 10.1, 1, 1)  # Dekker is closed, Kramer is in Zuid
    assert overview.team_name == "Wijkteam Noord"


def test_the_overdue_counts_agree_with_the_vandaag_page(services, team):
    sanne = services.supervision.team_overview(team.team_id).rows[-1]
    services.workers.sign_in(team.sanne)

    overdue = [i.kind for i in services.due.today_items() if i.urgency is Urgency.OVERDUE]

    assert overdue.count(DueKind.EVALUATION) == sanne.overdue_evaluations == 1
    assert overdue.count(DueKind.WAAKVLAM_CONTACT) == sanne.overdue_waakvlam_contacts == 1


def test_the_drill_down_lists_a_workers_cases_and_those_without_director(services, team):
    supervision = services.supervision
    assert [r.family_name for r in supervision.worker_caseload(team.team_id, team.sanne).rows] == ["Aksoy", "Bakker", "Claes"]
    assert [(r.family_name, r.director_name) for r in supervision.worker_caseload(team.team_id, None).rows] == [
        ("Hoek", "Piet Jansen"), ("IJzer", "Piet Jansen"), ("Jacobs", "Gülşen Aydın")]
    due = supervision.worker_caseload(team.team_id, team.sanne).next_due
    assert due[team.cases["Bakker"]].kind is DueKind.EVALUATION


def test_reassigning_moves_every_case_with_its_history_and_log(services, team):
    chosen = [team.cases["Hoek"], team.cases["IJzer"], team.cases["Jacobs"]]

    changes = services.supervision.reassign(versions(services, chosen), team.mohamed, "Piet is uit dienst")

    assert [c.case_id for c in changes] == chosen
    overview = services.supervision.team_overview(team.team_id)
    assert overview.unassigned_cases == 0
    mohamed = next(r for r in overview.rows if r.worker_id == team.mohamed)
    assert figures(mohamed) == (1, 4, 1, 1, 6.55, 0, 0)
    assert [r.name for r in overview.rows] == ["Marieke Hoekstra", "Mohamed El Amrani", "Sanne de Vries"]
    for case_id in chosen:
        transfer = services.cases.history(case_id)[-1]
        assert (transfer.kind, transfer.to_worker, transfer.reason) == (
            CaseEventKind.DIRECTOR_TRANSFERRED, "Mohamed El Amrani", "Piet is uit dienst")
    updates = log_entries(services, event=AuditEvent.UPDATE, object_type="case")
    assert [e.case_id for e in updates[-3:]] == chosen
    assert all(detail_text(e) == "Regisseur gewijzigd door de leidinggevende" for e in updates[-3:])
    read = log_entries(services, object_type="team_overview")[-1]
    assert (read.event, read.object_id, detail_text(read)) == (
        AuditEvent.READ, team.team_id, "3 medewerker(s), 9 open casus(sen)")


def test_a_stale_version_moves_nothing(services, team):
    chosen = versions(services, [team.cases["Hoek"], team.cases["IJzer"]])
    chosen[1] = (chosen[1][0], chosen[1][1] - 1)  # a colleague changed IJzer since it was read

    with pytest.raises(ConcurrencyConflict):
        services.supervision.reassign(chosen, team.mohamed, "Piet is uit dienst")

    assert [r.director_name for r in services.supervision.worker_caseload(team.team_id, None).rows] == [
        "Piet Jansen", "Piet Jansen", "Gülşen Aydın"]
    assert services.cases.history(team.cases["Hoek"])[-1].kind is not CaseEventKind.DIRECTOR_TRANSFERRED


def test_the_new_director_must_be_an_active_member_of_the_team_and_a_reason_is_needed(services, team):
    chosen = versions(services, [team.cases["Hoek"]])
    for target in (team.piet, team.gulsen):  # left; moved to another team
        with pytest.raises(ValidationError) as error:
            services.supervision.reassign(chosen, target, "Herverdeling")
        assert error.value.field_messages() == {"director": "Kies een actieve collega uit het team van de casus."}
    with pytest.raises(ValidationError) as error:
        services.supervision.reassign(chosen, team.mohamed, "  ")
    assert error.value.field_messages() == {"reason": "Dit veld is verplicht."}
    assert services.supervision.worker_caseload(team.team_id, team.mohamed).rows[0].family_name == "Evers"


def test_a_worker_is_refused_and_the_refusal_is_logged(services, team):
    services.workers.sign_in(team.sanne)

    for call in (lambda: services.supervision.team_overview(team.team_id), services.supervision.team_choices,
                 lambda: services.supervision.reassign(versions(services, [team.cases["Hoek"]]), team.sanne, "x")):
        with pytest.raises(AccessDenied) as error:
            call()
        assert error.value.message() == (
            "Alleen teamleiders en beheerders kunnen het teamoverzicht zien en casussen herverdelen.")
    denied = log_entries(services, outcome=AuditOutcome.DENIED)
    assert [e.object_type for e in denied][-3:] == ["team_overview", "team_overview", "case"]


def test_a_supervisor_sees_only_their_own_teams(services, team):
    assert [t.name for t in services.supervision.team_choices()] == ["Wijkteam Noord"]
    with pytest.raises(AccessDenied):
        services.supervision.team_overview(team.other_team_id)
    with pytest.raises(AccessDenied):
        services.supervision.reassign(versions(services, [team.cases["Kramer"]]), team.mohamed, "Herverdeling")


def test_weights_are_validated_per_field_and_kept(services, team):
    supervision = services.supervision
    assert supervision.caseload_weights() == CaseloadWeights()

    with pytest.raises(ValidationError) as error:
        supervision.set_caseload_weights(replace(CaseloadWeights(), waakvlam=-1, segment_c=12, overload_threshold=0))
    assert error.value.field_messages() == {
        "waakvlam": "Vul een getal in van 0 tot 10.", "segment_c": "Vul een getal in van 0 tot 10.",
        "overload_threshold": "Vul een getal in van 1 tot 200."}

    supervision.set_caseload_weights(replace(CaseloadWeights(), waakvlam=1, high_priority=2))
    assert supervision.caseload_weights().waakvlam == 1.0
    sanne = next(r for r in supervision.team_overview(team.team_id).rows if r.worker_id == team.sanne)
    assert sanne.weighted == 1 + (2 + 0.5 + 0.25) + 1
    supervision.set_caseload_weights(CaseloadWeights())  # restore defaults
    assert supervision.caseload_weights() == CaseloadWeights()


def test_stored_weights_that_do_not_read_fall_back_to_the_defaults():
    assert CaseloadWeights.from_json("not json") == CaseloadWeights()
    assert CaseloadWeights.from_json('{"intake": 2, "active": "x", "waakvlam": 99}') == replace(
        CaseloadWeights(), intake=2.0)
