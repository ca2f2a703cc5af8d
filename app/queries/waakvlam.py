"""Read side of the waakvlam: a case's waakvlams with their contacts, and the overview of running ones."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from models import Case, Family, Waakvlam, WaakvlamContact, Worker
from models.enums import CaseStatus, ContactOutcome, WaakvlamHolder, WaakvlamStatus


@dataclass(frozen=True)
class ContactDTO:
    id: int
    waakvlam_id: int
    planned_date: date
    held_on: date | None
    outcome: ContactOutcome | None
    note: str | None
    author_name: str | None
    is_next: bool       # the contact to hold next
    is_overdue: bool    # the next contact, and its date has passed
    version: int


@dataclass(frozen=True)
class WaakvlamDTO:
    id: int
    case_id: int
    family_id: int
    holder_kind: WaakvlamHolder
    holder_name: str
    holder_worker_id: int | None
    start_date: date
    end_date: date
    frequency_weeks: int
    status: WaakvlamStatus
    agreement: str | None
    ended_on: date | None
    next_contact_date: date | None
    contacts: tuple[ContactDTO, ...]  # by planned date
    version: int

    @property
    def is_active(self) -> bool:
        return self.status is WaakvlamStatus.ACTIVE


@dataclass(frozen=True)
class WaakvlamRow:
    """One running waakvlam on the waakvlam page."""

    waakvlam_id: int
    case_id: int
    family_id: int
    family_name: str
    director_id: int
    director_name: str
    holder_kind: WaakvlamHolder
    holder_name: str
    start_date: date
    end_date: date
    next_contact_id: int | None
    next_contact_date: date | None
    overdue: bool                      # the next contact's date, or the end date, has passed
    last_contact_on: date | None
    last_outcome: ContactOutcome | None
    contacts_held: int
    version: int


def next_contact(contacts: Iterable[tuple[int, date, date | None]]) -> tuple[int, date] | None:
    """(id, planned date) of the contact to hold next, from (id, planned date, held on) triples.

    Planned contacts before the latest one held count as skipped: the pulse was taken since."""
    contacts = list(contacts)
    last_held = max((planned for _id, planned, held in contacts if held is not None), default=None)
    open_ = [(planned, id_) for id_, planned, held in contacts
             if held is None and (last_held is None or planned > last_held)]
    if not open_:
        return None
    planned, id_ = min(open_)
    return id_, planned


def waakvlam_dtos(session: Session, case_id: int, today: date, *,
                  waakvlam_ids: list[int] | None = None) -> list[WaakvlamDTO]:
    """The case's waakvlams, newest first, with their contacts."""
    q = (select(Waakvlam).where(Waakvlam.case_id == case_id).options(selectinload(Waakvlam.contacts))
         .order_by(Waakvlam.start_date.desc(), Waakvlam.id.desc()))
    if waakvlam_ids is not None:
        q = q.where(Waakvlam.id.in_(waakvlam_ids))
    rows = list(session.scalars(q))
    family_id = session.scalar(select(Case.family_id).where(Case.id == case_id))
    authors = {c.author_id for w in rows for c in w.contacts if c.author_id is not None}
    names = dict(session.execute(select(Worker.id, Worker.name).where(Worker.id.in_(authors))).all()) if authors else {}
    return [_dto(w, family_id, names, today) for w in rows]


def _dto(w: Waakvlam, family_id: int, names: dict[int, str], today: date) -> WaakvlamDTO:
    active = w.status is WaakvlamStatus.ACTIVE
    nxt = next_contact((c.id, c.planned_date, c.held_on) for c in w.contacts) if active else None
    contacts = tuple(ContactDTO(
        id=c.id, waakvlam_id=w.id, planned_date=c.planned_date, held_on=c.held_on, outcome=c.outcome, note=c.note,
        author_name=names.get(c.author_id) if c.author_id else None,
        is_next=nxt is not None and nxt[0] == c.id, is_overdue=nxt is not None and nxt[0] == c.id and nxt[1] < today,
        version=c.version) for c in sorted(w.contacts, key=lambda c: (c.planned_date, c.id)))
    return WaakvlamDTO(
        id=w.id, case_id=w.case_id, family_id=family_id, holder_kind=w.holder_kind, holder_name=w.holder_name,
        holder_worker_id=w.holder_worker_id, start_date=w.start_date, end_date=w.end_date,
        frequency_weeks=w.frequency_weeks, status=w.status, agreement=w.agreement, ended_on=w.ended_on,
        next_contact_date=nxt[1] if nxt else None, contacts=contacts, version=w.version,
    )


class RunningWaakvlam(NamedTuple):
    id: int
    case_id: int
    holder_kind: WaakvlamHolder
    holder_name: str
    start_date: date
    end_date: date
    version: int


def active_waakvlams(session: Session, case_ids: list[int] | Select,
                     ) -> list[tuple[RunningWaakvlam, tuple[int, date] | None]]:
    """Running waakvlams of the given cases, each with its next contact (id, date): one statement."""
    if isinstance(case_ids, list) and not case_ids:
        return []
    running: dict[int, RunningWaakvlam] = {}
    contacts: dict[int, list[tuple[int, date, date | None]]] = defaultdict(list)
    for *waakvlam, contact_id, planned, held in session.execute(
            select(Waakvlam.id, Waakvlam.case_id, Waakvlam.holder_kind, Waakvlam.holder_name, Waakvlam.start_date,
                   Waakvlam.end_date, Waakvlam.version, WaakvlamContact.id, WaakvlamContact.planned_date,
                   WaakvlamContact.held_on)
            .outerjoin(WaakvlamContact, WaakvlamContact.waakvlam_id == Waakvlam.id)
            .where(Waakvlam.case_id.in_(case_ids), Waakvlam.status == WaakvlamStatus.ACTIVE)
            .order_by(Waakvlam.id)):
        running.setdefault(waakvlam[0], RunningWaakvlam(*waakvlam))
        if contact_id is not None:
            contacts[waakvlam[0]].append((contact_id, planned, held))
    return [(w, next_contact(contacts[w.id])) for w in running.values()]


def waakvlam_rows(session: Session, today: date, *, director_id: int | None = None,
                  team_ids: frozenset[int] | None = None) -> list[WaakvlamRow]:
    """Running waakvlams of one director's or the given teams' cases, the next contact first."""
    q = (select(Case.id, Case.family_id, Family.name, Case.director_id, Worker.name)
         .join(Family, Family.id == Case.family_id).join(Worker, Worker.id == Case.director_id)
         .where(Case.status == CaseStatus.WAAKVLAM))
    if director_id is not None:
        q = q.where(Case.director_id == director_id)
    if team_ids is not None:
        q = q.where(Case.team_id.in_(team_ids))
    cases = {r[0]: r for r in session.execute(q)}
    running = active_waakvlams(session, list(cases))
    held: dict[int, list[tuple[date, ContactOutcome]]] = defaultdict(list)
    if running:
        for wid, held_on, outcome in session.execute(
                select(WaakvlamContact.waakvlam_id, WaakvlamContact.held_on, WaakvlamContact.outcome)
                .where(WaakvlamContact.waakvlam_id.in_([w.id for w, _ in running]),
                       WaakvlamContact.held_on.is_not(None))
                .order_by(WaakvlamContact.held_on, WaakvlamContact.id)):
            held[wid].append((held_on, outcome))
    rows = []
    for w, nxt in running:
        case_id, family_id, family_name, director_id_, director_name = cases[w.case_id]
        last = held[w.id][-1] if held[w.id] else (None, None)
        rows.append(WaakvlamRow(
            waakvlam_id=w.id, case_id=case_id, family_id=family_id, family_name=family_name,
            director_id=director_id_, director_name=director_name, holder_kind=w.holder_kind,
            holder_name=w.holder_name, start_date=w.start_date, end_date=w.end_date,
            next_contact_id=nxt[0] if nxt else None, next_contact_date=nxt[1] if nxt else None,
            overdue=(nxt is not None and nxt[1] < today) or w.end_date < today,
            last_contact_on=last[0], last_outcome=last[1], contacts_held=len(held[w.id]), version=w.version,
        ))
    return sorted(rows, key=lambda r: (r.next_contact_date or r.end_date, r.family_name))
