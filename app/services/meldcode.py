"""The meldcode track on a case (Wet verplichte meldcode huiselijk geweld en kindermishandeling).

Steps are entries that are never changed (a correction is a new entry naming the one it corrects);
the decision (step 5) must follow the weighing (step 4) and closes the track. Need to know: the steps
are read and written only by the case's director, the team's supervisors and the workers they added
as readers; the rest of the team sees that a track exists. Every read of the steps is logged.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.audit import log_access, log_failure
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.errors import AccessDenied, BusinessRuleViolation, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.meldcode import encode
from app.queries import meldcode as q
from app.services.cases import load_case, team_colleague
from app.services.meldcode_inputs import StepInput, validate_step
from app.validation import FieldErrors
from models import Case, MeldcodeEntry, MeldcodeReader, MeldcodeTrack
from models.enums import AuditEvent, AuditOutcome, CaseStatus, Role

NEED_TO_KNOW = QT_TRANSLATE_NOOP(
    "Errors", "Only the case's director, the team's supervisors and the colleagues they added see the meldcode steps.")
MANAGERS = QT_TRANSLATE_NOOP("Errors", "Only the case's director or a supervisor of the team does this.")
TRACK, ENTRY, READER = "meldcode_track", "meldcode_entry", "meldcode_reader"


@dataclass(frozen=True)
class TrackView:
    """A case's track as the signed-in worker may see it: ``entries`` and ``readers`` only with
    ``may_read``; ``may_manage``: the director or a supervisor (opens a track, adds readers)."""

    case_id: int
    track: q.TrackDTO | None
    may_read: bool
    may_manage: bool
    entries: tuple[q.EntryDTO, ...] = ()
    readers: tuple[q.ReaderDTO, ...] = ()

    @property
    def current(self) -> dict[int, q.EntryDTO]:
        return q.current_steps(self.entries)


def touch(track: MeldcodeTrack) -> None:
    """Makes the header row change (and its version move) with a new entry or reader."""
    track.updated_at = track.updated_at
    flag_modified(track, "updated_at")


class MeldcodeService:
    """The meldcode track of a case; each call checks the family's team and need to know, and is logged."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def view(self, case_id: int, *, log_read: bool = True) -> TrackView:
        """The case's track (its open one, else the last), with its steps for those who need to know."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            track = q.latest_track(s, case.id)
            view = self._view(s, case, track)
            if log_read and track is not None:
                log_access(s, self.ctx, AuditEvent.READ, ENTRY if view.may_read else TRACK, track.id,
                           family_id=case.family_id, case_id=case.id)
            uow.commit()
            return view

    def open_track(self, case_id: int) -> TrackView:
        """Opens a track on an open case (the director or a supervisor; one open track at a time)."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            self._require_manager(s, case)
            if case.status is CaseStatus.CLOSED:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case is closed."))
            if q.open_track_of(s, case.id) is not None:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP("Errors", "This case already has an open meldcode track."))
            track = MeldcodeTrack(family_id=case.family_id, case_id=case.id, opened_on=self.ctx.clock.today(),
                                  opened_by_id=user.worker_id)
            s.add(track)
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, TRACK, track.id, family_id=case.family_id, case_id=case.id)
            view = self._view(s, case, track)
            uow.commit()
            return view

    def record_step(self, track_id: int, expected_version: int, data: StepInput) -> TrackView:
        """Records a step (or, with ``corrects_id``, a correction of an entry of the same step); the
        decision (step 5) closes the track."""
        user = self.ctx.require_user()
        today = self.ctx.clock.today()
        with self.ctx.uow() as uow:
            s = uow.session
            track, case = self._load(s, track_id, expected_version)
            self._require_reader(s, case, track)
            if track.closed_on is not None:
                raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                    "Errors", "This meldcode track is closed: its decision is recorded."))
            if data.corrects_id is not None:
                corrected = s.get(MeldcodeEntry, data.corrects_id)
                if corrected is None or corrected.track_id != track.id or corrected.step != data.step:
                    raise BusinessRuleViolation(QT_TRANSLATE_NOOP(
                        "Errors", "A correction names an entry of the same step of this track."))
            weighing = q.current_steps(q.entries(s, track.id)).get(4)
            errors = FieldErrors()
            clean = validate_step(errors, data, today, weighing.conclusion if weighing else None)
            errors.raise_if_any()
            d = clean.data
            entry = MeldcodeEntry(
                family_id=case.family_id, case_id=case.id, track_id=track.id, worker_id=user.worker_id,
                corrects_id=d.corrects_id, step=d.step, on_date=d.on_date, note=d.note, colleague=d.colleague,
                advice_on=d.advice_on, contact=d.contact, advice=d.advice, held=d.held,
                answers=encode(d.answers) if d.answers else None, conclusion=clean.conclusion,
                decision=d.decision, report_on=d.report_on, reference=d.reference)
            s.add(entry)
            if d.step == 5:
                track.closed_on = max(d.on_date, track.opened_on)
            touch(track)  # the header's version moves with every step
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, ENTRY, entry.id, family_id=case.family_id, case_id=case.id,
                       detail=detail(DetailCode.MELDCODE_STEP, step=d.step))
            view = self._view(s, case, track)
            uow.commit()
            return view

    def add_reader(self, track_id: int, expected_version: int, worker_id: int | None) -> TrackView:
        """Adds a worker of the case's team to those who may read the steps (the director or a supervisor)."""
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            track, case = self._load(s, track_id, expected_version)
            self._require_manager(s, case)
            errors = FieldErrors()
            worker = team_colleague(s, worker_id, case.team_id)
            if worker is None:
                errors.add("worker", QT_TRANSLATE_NOOP("Errors", "Choose an active colleague of the case's team."))
            elif worker.id == case.director_id or q.may_read_steps(
                    s, worker.id, worker.role, frozenset({case.team_id}), case, track.id):
                errors.add("worker", QT_TRANSLATE_NOOP("Errors", "This colleague already sees the meldcode steps."))
            errors.raise_if_any()
            s.add(MeldcodeReader(family_id=case.family_id, track_id=track.id, worker_id=worker.id,
                                 added_by_id=user.worker_id, added_on=self.ctx.clock.today()))
            touch(track)
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, READER, track.id, family_id=case.family_id, case_id=case.id,
                       detail=detail(DetailCode.MELDCODE_READER_ADDED, worker=worker.id))
            view = self._view(s, case, track)
            uow.commit()
            return view

    def colleagues(self, case_id: int) -> tuple[tuple[int, str], ...]:
        """(id, name) of the active colleagues of the case's team who do not see the steps yet, for the
        director or a supervisor choosing a reader."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            case = load_case(s, case_id, None)
            self._require_manager(s, case)
            track = q.latest_track(s, case.id)
            found = tuple((w.id, w.name) for w in q.team_members(s, case.team_id)
                          if track is None or not q.may_read_steps(s, w.id, w.role, frozenset({case.team_id}), case,
                                                                   track.id))
            uow.commit()
            return found

    # -- helpers ------------------------------------------------------------------------------------

    def _load(self, s: Session, track_id: int, expected_version: int) -> tuple[MeldcodeTrack, Case]:
        track = s.get(MeldcodeTrack, track_id)
        if track is None:
            raise NotFound()
        case = load_case(s, track.case_id, None)
        if track.version != expected_version:
            raise ConcurrencyConflict(current=q.track_dto(track, self.ctx.clock.today()))
        return track, case

    def _may_read(self, s: Session, case: Case, track: MeldcodeTrack) -> bool:
        u = self.ctx.require_user()
        return q.may_read_steps(s, u.worker_id, u.role, u.team_ids, case, track.id)

    def _may_manage(self, case: Case) -> bool:
        u = self.ctx.require_user()
        return u.worker_id == case.director_id or (u.role is Role.SUPERVISOR and case.team_id in u.team_ids)

    def _require_reader(self, s: Session, case: Case, track: MeldcodeTrack) -> None:
        if not self._may_read(s, case, track):
            self._refuse(case, ENTRY, track.id, NEED_TO_KNOW)

    def _require_manager(self, s: Session, case: Case) -> None:
        if not self._may_manage(case):
            self._refuse(case, TRACK, None, MANAGERS)

    def _refuse(self, case: Case, object_type: str, object_id: int | None, message: str) -> None:
        error, family_id = AccessDenied(message), case.family_id
        error.after_rollback = lambda: log_failure(self.ctx, AuditEvent.READ, object_type, object_id,
                                                   family_id=family_id, outcome=AuditOutcome.DENIED)
        raise error

    def _view(self, s: Session, case: Case, track: MeldcodeTrack | None) -> TrackView:
        today = self.ctx.clock.today()
        if track is None:
            return TrackView(case.id, None, False, self._may_manage(case))
        may_read = self._may_read(s, case, track)
        if not may_read:
            return TrackView(case.id, q.track_dto(track, today), False, False)
        return TrackView(case.id, q.track_dto(track, today), True, self._may_manage(case),
                         q.entries(s, track.id), q.readers(s, track.id))
