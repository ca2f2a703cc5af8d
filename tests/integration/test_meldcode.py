"""The meldcode track (issue 17): the five steps, append-only entries and corrections, the decision
following the weighing, closing refused while open (and without a waakvlam after one), need to know for
a colleague of the same team (existence only, the read logged), readers, and destruction blocked."""
from __future__ import annotations

from datetime import date

import pytest

from app.bootstrap import open_database
from app.errors import AccessDenied, BusinessRuleViolation, ValidationError
from app.queries.retention import OPEN_TRACK, blocking_reasons
from app.services.meldcode_inputs import StepInput
from app.services.waakvlam import WaakvlamInput
from models import MeldcodeEntry
from models.enums import (
    AuditEvent, CloseReason, MeldcodeConclusion, MeldcodeDecision, Role, WaakvlamHolder,
)
from tests.integration.case_helpers import colleague_services, detail_text, intake_family, log_entries, member_id

DAY = date(2026, 11, 20)
REPORT_ANSWERS = (True, True, True, True, True)     # acute or structural unsafety: report
HELP_ANSWERS = (True, False, True, True, True)      # help without report


@pytest.fixture
def family(services):
    return intake_family(services)


def steps(services, track, answers=REPORT_ANSWERS, decision=MeldcodeDecision.REPORT_AND_HELP):
    view = None
    version = track.version
    for data in (StepInput(1, DAY, note="Blauwe plekken op de armen van Zoë"),
                 StepInput(2, DAY, colleague="Mohamed El Amrani", advice_on=DAY, contact="Veilig Thuis Zaanstreek",
                           advice="Gesprek voeren en opnieuw afwegen"),
                 StepInput(3, DAY, held=True, note="Ayşe erkent spanningen thuis"),
                 StepInput(4, DAY, answers=answers)):
        view = services.meldcode.record_step(track.id, version, data)
        version = view.track.version
    return view


def supervisor(db_path, clock):
    svc = open_database(db_path, clock=clock)
    svc.workers.register_local_worker("Ilse Bakker", "Wijkteam Noord", Role.SUPERVISOR)
    return svc


def test_the_five_steps_are_recorded_and_the_decision_closes_the_track(services, family):
    opened = services.meldcode.open_track(family.case_id)
    assert opened.track.is_open and opened.may_read and opened.may_manage
    view = steps(services, opened.track)
    assert view.current[4].conclusion is MeldcodeConclusion.REPORT
    assert view.current[2].contact == "Veilig Thuis Zaanstreek" and view.current[1].worker_name == "Sanne de Vries"
    done = services.meldcode.record_step(view.track.id, view.track.version, StepInput(
        5, DAY, decision=MeldcodeDecision.REPORT_AND_HELP, report_on=DAY, reference="VT-2026-0042"))
    assert done.track.closed_on == date(2026, 11, 22) and not done.track.is_open and done.track.version == 6
    assert done.current[5].reference == "VT-2026-0042"
    created = log_entries(services, case_id=family.case_id, event=AuditEvent.CREATE, object_type="meldcode_entry")
    assert [detail_text(e) for e in created][0].endswith("1")
    assert len(created) == 5


def test_the_decision_must_follow_the_weighing(services, family):
    view = steps(services, services.meldcode.open_track(family.case_id).track, answers=HELP_ANSWERS)
    assert view.current[4].conclusion is MeldcodeConclusion.HELP_WITHOUT_REPORT
    with pytest.raises(ValidationError) as refused:
        services.meldcode.record_step(view.track.id, view.track.version,
                                      StepInput(5, DAY, decision=MeldcodeDecision.REPORT, report_on=DAY))
    assert set(refused.value.fields) == {"decision"}
    assert services.meldcode.view(family.case_id).track.is_open


def test_bad_steps_are_refused_at_their_fields(services, family):
    track = services.meldcode.open_track(family.case_id).track
    with pytest.raises(ValidationError) as refused:
        services.meldcode.record_step(track.id, track.version, StepInput(2, None, colleague=" "))
    assert set(refused.value.fields) == {"on_date", "colleague", "advice_on", "contact", "advice"}
    with pytest.raises(ValidationError) as refused:
        services.meldcode.record_step(track.id, track.version, StepInput(4, DAY, answers=(True, None, True, True, True)))
    assert set(refused.value.fields) == {"answers"}
    with pytest.raises(ValidationError) as refused:
        services.meldcode.record_step(track.id, track.version, StepInput(5, DAY, decision=MeldcodeDecision.HELP))
    assert set(refused.value.fields) == {"decision"}  # weigh first


def test_a_correction_is_a_new_entry_and_the_old_one_stays(services, family):
    track = services.meldcode.open_track(family.case_id).track
    first = services.meldcode.record_step(track.id, track.version, StepInput(1, DAY, note="Eerste versie"))
    old = first.current[1]
    fixed = services.meldcode.record_step(first.track.id, first.track.version,
                                          StepInput(1, DAY, note="Verbeterd", corrects_id=old.id))
    assert fixed.current[1].note == "Verbeterd" and fixed.current[1].corrects_id == old.id
    assert [e.note for e in fixed.entries] == ["Eerste versie", "Verbeterd"]
    with services.ctx.uow() as uow:
        assert uow.session.get(MeldcodeEntry, old.id).note == "Eerste versie"
    with pytest.raises(BusinessRuleViolation):  # a correction names an entry of the same step
        services.meldcode.record_step(fixed.track.id, fixed.track.version,
                                      StepInput(3, DAY, held=False, note="Niet bereikbaar", corrects_id=old.id))


def test_closing_is_refused_while_open_and_needs_a_waakvlam_after(services, family):
    opened = services.meldcode.open_track(family.case_id)
    version = _case_version(services, family.case_id)
    with pytest.raises(BusinessRuleViolation) as refused:
        services.cases.close(family.case_id, version, CloseReason.GOALS_REACHED)
    assert "meldcode" in refused.value.msg.text
    view = steps(services, opened.track, answers=(False, False, False, False, False))
    services.meldcode.record_step(view.track.id, view.track.version, StepInput(5, DAY, decision=MeldcodeDecision.NONE))
    with pytest.raises(BusinessRuleViolation) as refused:
        services.cases.close(family.case_id, _case_version(services, family.case_id), CloseReason.GOALS_REACHED)
    assert "waakvlam" in refused.value.msg.text
    services.waakvlam.start_waakvlam(family.case_id, WaakvlamInput(WaakvlamHolder.GP, "Huisarts De Wit"))
    services.cases.close(family.case_id, _case_version(services, family.case_id), CloseReason.GOALS_REACHED)


def _case_version(services, case_id):
    from models import Case
    with services.ctx.uow() as uow:
        return uow.session.get(Case, case_id).version


def test_a_colleague_of_the_team_sees_only_that_a_track_exists_and_the_read_is_logged(services, family, db_path,
                                                                                         clock):
    view = steps(services, services.meldcode.open_track(family.case_id).track)
    with colleague_services(db_path, clock) as colleague:
        seen = colleague.meldcode.view(family.case_id)
        assert seen.track.is_open and seen.track.days_open == 0 and not seen.may_read
        assert seen.entries == () and seen.readers == () and not seen.may_manage
        me = colleague.ctx.user.worker_id
        reads = log_entries(services, case_id=family.case_id, event=AuditEvent.READ, worker_id=me)
        assert [e.object_type for e in reads] == ["meldcode_track"]
        with pytest.raises(AccessDenied):
            colleague.meldcode.record_step(view.track.id, view.track.version, StepInput(1, DAY, note="Ik ook"))
        with pytest.raises(AccessDenied):
            colleague.meldcode.add_reader(view.track.id, view.track.version, me)
        added = services.meldcode.add_reader(view.track.id, view.track.version, me)
        assert [r.name for r in added.readers] == ["Mohamed El Amrani"]
        now = colleague.meldcode.view(family.case_id)
        assert now.may_read and len(now.entries) == 4
        reads = log_entries(services, case_id=family.case_id, event=AuditEvent.READ, worker_id=me)
        assert [e.object_type for e in reads] == ["meldcode_track", "meldcode_entry"]


def test_a_supervisor_of_the_team_reads_the_steps(services, family, db_path, clock):
    steps(services, services.meldcode.open_track(family.case_id).track)
    chef = supervisor(db_path, clock)
    try:
        seen = chef.meldcode.view(family.case_id)
        assert seen.may_read and seen.may_manage and len(seen.entries) == 4
    finally:
        chef.close()


def test_an_open_track_blocks_destruction(services, family):
    services.meldcode.open_track(family.case_id)
    with services.ctx.uow() as uow:
        assert OPEN_TRACK in blocking_reasons(uow.session, family.family_id)


def test_the_inspection_copy_holds_the_track_for_the_familys_members(services, family):
    steps(services, services.meldcode.open_track(family.case_id).track)
    for name in ("Ayşe", "Zoë"):
        copy = services.privacy.person_file(member_id(services, family.family_id, name))
        assert [e.step for e in copy.meldcode] == [1, 2, 3, 4]
        assert copy.meldcode[0].note == "Blauwe plekken op de armen van Zoë"


def test_the_inspection_copy_follows_need_to_know(services, family, db_path, clock):
    """A colleague of the team who is not on the track makes the copy without the steps - as on PostgreSQL,
    where row security hides them - and with them once added as a reader."""
    view = steps(services, services.meldcode.open_track(family.case_id).track)
    zoe = member_id(services, family.family_id, "Zoë")
    with colleague_services(db_path, clock) as colleague:
        assert colleague.privacy.person_file(zoe).meldcode == ()
        services.meldcode.add_reader(view.track.id, view.track.version, colleague.ctx.user.worker_id)
        assert [e.step for e in colleague.privacy.person_file(zoe).meldcode] == [1, 2, 3, 4]


def test_the_caseload_and_the_team_overview_flag_the_open_track(services, family, db_path, clock):
    services.meldcode.open_track(family.case_id)
    [row] = [r for r in services.caseload.my_caseload() if r.case_id == family.case_id]
    assert row.meldcode_open
    chef = supervisor(db_path, clock)
    try:
        overview = chef.supervision.team_overview(next(iter(services.ctx.user.team_ids)))
        [track] = overview.open_tracks
        assert (track.case_id, track.family_name, track.director_name, track.days_open) == (
            family.case_id, "Familie Öztürk", "Sanne de Vries", 0)
        assert overview.totals.open_meldcode == 1
    finally:
        chef.close()


def test_the_inspection_pdf_names_the_weighing_and_the_decision(services, family, tmp_path):
    from tests.export.plan_data import pdf_text

    view = steps(services, services.meldcode.open_track(family.case_id).track)
    services.meldcode.record_step(view.track.id, view.track.version, StepInput(
        5, DAY, decision=MeldcodeDecision.REPORT, report_on=DAY, reference="VT-7"))
    saved = services.privacy.export_person_file(member_id(services, family.family_id, "Zoë"), tmp_path)
    text = pdf_text(saved.pdf.read_bytes())
    assert "VT-7" in text and "Veilig Thuis" in text
