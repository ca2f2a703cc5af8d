"""Read side of the meldcode track: whether a case has one (anyone of the team may know), its steps (only
those who need to know - the service checks), and the open tracks of a team with the days they are open."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from app.meldcode import answers_text, decode
from models import Case, Family, MeldcodeEntry, MeldcodeReader, MeldcodeTrack, Worker, WorkerTeam
from models.enums import MeldcodeConclusion, MeldcodeDecision, Role


@dataclass(frozen=True)
class TrackDTO:
    """That a track exists: what everyone of the team may see."""

    id: int
    case_id: int
    opened_on: date
    closed_on: date | None
    days_open: int
    version: int

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class EntryDTO:
    id: int
    step: int
    on_date: date
    worker_name: str
    recorded_at: datetime
    corrects_id: int | None
    note: str | None = None
    colleague: str | None = None
    advice_on: date | None = None
    contact: str | None = None
    advice: str | None = None
    held: bool | None = None
    answers: tuple[bool, ...] | None = None
    conclusion: MeldcodeConclusion | None = None
    decision: MeldcodeDecision | None = None
    report_on: date | None = None
    reference: str | None = None


@dataclass(frozen=True)
class ReaderDTO:
    worker_id: int
    name: str
    added_on: date


@dataclass(frozen=True)
class OpenTrackRow:
    """A team's open track, for the supervisor: the case, its family and director, and the days open."""

    track_id: int
    case_id: int
    family_name: str
    director_name: str | None
    opened_on: date
    days_open: int


def track_dto(track: MeldcodeTrack, today: date) -> TrackDTO:
    end = track.closed_on or today
    return TrackDTO(track.id, track.case_id, track.opened_on, track.closed_on, (end - track.opened_on).days,
                    track.version)


def latest_track(s: Session, case_id: int) -> MeldcodeTrack | None:
    """The case's open track, else its last closed one."""
    return s.scalars(select(MeldcodeTrack).where(MeldcodeTrack.case_id == case_id)
                     .order_by(MeldcodeTrack.closed_on.is_not(None), MeldcodeTrack.id.desc()).limit(1)).first()


def open_track_of(s: Session, case_id: int) -> MeldcodeTrack | None:
    return s.scalars(select(MeldcodeTrack).where(MeldcodeTrack.case_id == case_id,
                                                 MeldcodeTrack.closed_on.is_(None))).first()


def open_track_since(s: Session, case_id: int) -> date | None:
    return s.scalar(select(MeldcodeTrack.opened_on).where(MeldcodeTrack.case_id == case_id,
                                                          MeldcodeTrack.closed_on.is_(None)).limit(1))


def has_open_track(s: Session, *, case_id: int | None = None, family_id: int | None = None) -> bool:
    q = select(MeldcodeTrack.id).where(MeldcodeTrack.closed_on.is_(None))
    q = q.where(MeldcodeTrack.case_id == case_id) if case_id is not None else q.where(
        MeldcodeTrack.family_id == family_id)
    return s.scalar(q.limit(1)) is not None


def ever_had_track(s: Session, case_id: int) -> bool:
    return s.scalar(select(MeldcodeTrack.id).where(MeldcodeTrack.case_id == case_id).limit(1)) is not None


def open_track_cases(s: Session, case_ids: list[int]) -> frozenset[int]:
    """Which of ``case_ids`` have an open track (a flag in lists: no content)."""
    if not case_ids:
        return frozenset()
    return frozenset(s.scalars(select(MeldcodeTrack.case_id).where(
        MeldcodeTrack.case_id.in_(case_ids), MeldcodeTrack.closed_on.is_(None))))


Reader = tuple[int, Role, frozenset[int]]  # who asks: worker id, role, team ids


def may_read_steps(s: Session, worker_id: int, role: Role, team_ids: frozenset[int], case: Case,
                   track_id: int) -> bool:
    """Need to know: the case's director, a supervisor of its team, or a worker on the track's readers."""
    if worker_id == case.director_id or (role is Role.SUPERVISOR and case.team_id in team_ids):
        return True
    return s.scalar(select(MeldcodeReader.id).where(MeldcodeReader.track_id == track_id,
                                                    MeldcodeReader.worker_id == worker_id)) is not None


def entries(s: Session, track_id: int) -> tuple[EntryDTO, ...]:
    """Every entry of the track, in the order recorded (corrections included)."""
    rows = s.execute(select(MeldcodeEntry, Worker.name).join(Worker, Worker.id == MeldcodeEntry.worker_id)
                     .where(MeldcodeEntry.track_id == track_id).order_by(MeldcodeEntry.id)).all()
    return tuple(entry_dto(e, name) for e, name in rows)


def entry_dto(e: MeldcodeEntry, worker_name: str) -> EntryDTO:
    return EntryDTO(e.id, e.step, e.on_date, worker_name, e.created_at, e.corrects_id, e.note, e.colleague,
                    e.advice_on, e.contact, e.advice, e.held, decode(e.answers) if e.answers else None,
                    e.conclusion, e.decision, e.report_on, e.reference)


def current_steps(found: tuple[EntryDTO, ...]) -> dict[int, EntryDTO]:
    """Per step the entry that counts: the last recorded (a correction supersedes what it corrects)."""
    return {e.step: e for e in found}


def readers(s: Session, track_id: int) -> tuple[ReaderDTO, ...]:
    rows = s.execute(select(MeldcodeReader.worker_id, Worker.name, MeldcodeReader.added_on)
                     .join(Worker, Worker.id == MeldcodeReader.worker_id)
                     .where(MeldcodeReader.track_id == track_id).order_by(Worker.name))
    return tuple(ReaderDTO(*r) for r in rows)


def team_members(s: Session, team_id: int) -> list[Worker]:
    return list(s.scalars(select(Worker).join(WorkerTeam, WorkerTeam.worker_id == Worker.id)
                          .where(WorkerTeam.team_id == team_id, Worker.active).order_by(Worker.name)))


def _open_tracks_select(team_id: int) -> Select:
    director = aliased(Worker)
    return (select(MeldcodeTrack.id, Case.id, Family.name, director.name, MeldcodeTrack.opened_on)
            .join(Case, Case.id == MeldcodeTrack.case_id).join(Family, Family.id == Case.family_id)
            .outerjoin(director, director.id == Case.director_id)
            .where(Case.team_id == team_id, MeldcodeTrack.closed_on.is_(None))
            .order_by(MeldcodeTrack.opened_on, MeldcodeTrack.id))


def team_open_tracks(s: Session, team_id: int, today: date) -> tuple[OpenTrackRow, ...]:
    """The team's open tracks, longest open first."""
    return tuple(OpenTrackRow(t, c, f, d, o, (today - o).days) for t, c, f, d, o in s.execute(_open_tracks_select(team_id)))


def open_tracks_by_director(s: Session, team_id: int) -> dict[int | None, int]:
    return dict(s.execute(select(Case.director_id, func.count(MeldcodeTrack.id))
                          .join(Case, Case.id == MeldcodeTrack.case_id)
                          .where(Case.team_id == team_id, MeldcodeTrack.closed_on.is_(None))
                          .group_by(Case.director_id)).all())


def family_entries(s: Session, family_id: int, reader: Reader | None = None) -> tuple[EntryDTO, ...]:
    """The recorded steps of the family's tracks (the inspection copy), by track and in recorded order;
    with ``reader`` (worker id, role, team ids) only those of tracks that worker needs to know - the same
    rule the central database's row security applies to every query."""
    rows = s.execute(select(MeldcodeEntry, Worker.name).join(Worker, Worker.id == MeldcodeEntry.worker_id)
                     .where(MeldcodeEntry.family_id == family_id)
                     .order_by(MeldcodeEntry.track_id, MeldcodeEntry.id)).all()
    if reader is not None:
        tracks = s.execute(select(MeldcodeTrack.id, Case).join(Case, Case.id == MeldcodeTrack.case_id)
                           .where(MeldcodeTrack.family_id == family_id)).all()
        readable = {track_id for track_id, case in tracks if may_read_steps(s, *reader, case, track_id)}
        rows = [(e, name) for e, name in rows if e.track_id in readable]
    return tuple(entry_dto(e, name) for e, name in rows)


def entry_summary(e: EntryDTO, yes: str, no: str) -> str:
    """One entry's content as one line of text (``yes``/``no`` already translated)."""
    parts = [e.colleague, e.contact, e.advice, e.note, e.reference]
    if e.held is not None:
        parts.insert(0, yes if e.held else no)
    if e.answers:
        parts.append(answers_text(e.answers, yes, no))
    return " - ".join(p for p in parts if p)
