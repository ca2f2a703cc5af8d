"""Read side of the case view: the case header and the family with its members and network."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import Row, Select, bindparam, select
from sqlalchemy.orm import Session

from app.municipalities import municipality_name
from app.queries.crisis import CrisisDTO, open_crisis
from app.queries.plan_versions import PlanVersions, case_plan_versions
from app.queries.meldcode import open_track_since
from app.queries.protection import MeasureDTO, running_measures
from app.validation import age_on
from models.family import full_name
from models import Case, Family, NetworkMember, Person, Team, Worker
from models.enums import CaseStatus, DirectionMode, MemberRole, PlanStatus, Priority, PriorityReason


@dataclass(frozen=True)
class DirectionHolder:
    """Who directs the case and since when: the mode, and for samenregie or elsewhere the holder."""

    mode: DirectionMode
    organisation: str | None = None
    person: str | None = None
    contact: str | None = None
    since: date | None = None

    @property
    def holder_parts(self) -> tuple[str, ...]:
        """Organisation, person and contact, those given."""
        return tuple(p for p in (self.organisation, self.person, self.contact) if p)


@dataclass(frozen=True)
class CaseHeader:
    case_id: int
    family_id: int
    family_name: str
    director_id: int
    director_name: str
    team_id: int
    team_name: str
    status: CaseStatus
    priority: Priority
    priority_reason: PriorityReason | None
    direction_mode: DirectionMode
    opened_on: date
    closed_on: date | None
    reopen_count: int
    plan: PlanVersions              # the agreed version and the draft in progress
    version: int                    # the case's version, for optimistic locking in CaseService
    direction: DirectionHolder      # who holds the direction, since when
    measures: tuple[MeasureDTO, ...]  # child-protection measures running today, ending first first
    meldcode_since: date | None = None  # the day the case's open meldcode track was opened (no content)
    crisis: CrisisDTO | None = None   # the case's open crisis

    @property
    def plan_status(self) -> PlanStatus | None:
        """The current version's status: the draft if there is one, else the agreed one."""
        return self.plan.status

    @property
    def is_open(self) -> bool:
        return self.status.is_open


@dataclass(frozen=True)
class MemberDTO:
    id: int
    family_id: int
    role: MemberRole
    first_name: str
    surname_prefix: str | None
    surname: str
    date_of_birth: date
    age: int
    bsn: str | None
    parental_authority: bool
    version: int

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.surname_prefix, self.surname)


@dataclass(frozen=True)
class NetworkMemberDTO:
    id: int
    family_id: int
    name: str
    relation: str
    contact: str | None
    contribution: str | None
    version: int


@dataclass(frozen=True)
class FamilyDetail:
    family_id: int
    name: str
    street: str | None
    postcode: str | None
    city: str | None
    municipality_code: str | None
    version: int
    members: tuple[MemberDTO, ...]   # parents first, then young people, oldest first
    network: tuple[NetworkMemberDTO, ...]
    team_id: int | None = None  # whose municipalities come first when the address is changed

    @property
    def municipality_name(self) -> str | None:
        """The name of the family's municipality from the shipped CBS list (None: none chosen)."""
        return municipality_name(self.municipality_code)

    @property
    def young_people(self) -> tuple[MemberDTO, ...]:
        return tuple(m for m in self.members if m.role is MemberRole.YOUNG_PERSON)


@dataclass(frozen=True)
class CaseView:
    """Everything the case page shows at the top, in one call."""

    header: CaseHeader
    family: FamilyDetail


def member_dto(p: Person | Row, today: date) -> MemberDTO:
    return MemberDTO(p.id, p.family_id, p.role, p.first_name, p.surname_prefix, p.surname, p.date_of_birth,
                     age_on(p.date_of_birth, today), p.bsn, p.parental_authority, p.version)


def network_dto(n: NetworkMember | Row) -> NetworkMemberDTO:
    return NetworkMemberDTO(n.id, n.family_id, n.name, n.relation, n.contact, n.contribution, n.version)


_HEADER_COLUMNS = (
    Case.id, Case.family_id, Case.team_id, Case.director_id, Case.status, Case.priority, Case.priority_reason,
    Case.direction_mode, Case.direction_organisation, Case.direction_person, Case.direction_contact,
    Case.direction_since, Case.opened_on, Case.closed_on, Case.reopen_count, Case.version,
    Family.name.label("family_name"), Worker.name.label("director_name"), Team.name.label("team_name"))
_FAMILY_COLUMNS = (Family.street, Family.postcode, Family.city, Family.municipality_code,
                   Family.version.label("family_version"))


def _header_select(*more) -> Select:
    """The case with its family's, director's and team's names: one select, not three lazy loads."""
    return (select(*_HEADER_COLUMNS, *more).join(Family, Family.id == Case.family_id)
            .join(Worker, Worker.id == Case.director_id).join(Team, Team.id == Case.team_id))


def case_header(session: Session, case: Case, today: date) -> CaseHeader:
    return _header(session, session.execute(_header_select().where(Case.id == case.id)).one(), today)


def direction_holder(row: Row) -> DirectionHolder:
    return DirectionHolder(row.direction_mode, row.direction_organisation, row.direction_person,
                           row.direction_contact, row.direction_since)


def _header(session: Session, row: Row, today: date) -> CaseHeader:
    return CaseHeader(
        case_id=row.id, family_id=row.family_id, family_name=row.family_name, director_id=row.director_id,
        director_name=row.director_name, team_id=row.team_id, team_name=row.team_name, status=row.status,
        priority=row.priority, priority_reason=row.priority_reason, direction_mode=row.direction_mode,
        opened_on=row.opened_on, closed_on=row.closed_on, reopen_count=row.reopen_count,
        plan=case_plan_versions(session, row.id), version=row.version, direction=direction_holder(row),
        measures=running_measures(session, row.family_id, today),
        meldcode_since=open_track_since(session, row.id), crisis=open_crisis(session, row.id),
    )


@cache
def _case_view_select() -> Select:
    return _header_select(*_FAMILY_COLUMNS).where(Case.id == bindparam("case_id"))


def case_view_row(session: Session, case_id: int) -> Row | None:
    """What :func:`case_view` shows of the case and its family, in one statement (None: no such case, or
    not one this login may see); its ``team_id`` and ``family_id`` are for the access check. The
    statements of opening a case are built once: building one costs more than SQLite takes to run it."""
    return session.execute(_case_view_select(), {"case_id": case_id}).first()


def case_view(session: Session, row: Row, today: date) -> CaseView:
    """The header and the family of :func:`case_view_row`'s case, with the plan versions, members and network."""
    return CaseView(_header(session, row, today), _family(session, row.family_id, row.family_name, row.street,
                                                   row.postcode, row.city, row.municipality_code,
                                                   row.family_version, today, row.team_id))


# The columns the DTOs read, so that a family's detail reads rows, not ORM entities.
_MEMBER_COLUMNS = (Person.id, Person.family_id, Person.role, Person.first_name, Person.surname_prefix, Person.surname,
                   Person.date_of_birth, Person.bsn, Person.parental_authority, Person.version)
_NETWORK_COLUMNS = (NetworkMember.id, NetworkMember.family_id, NetworkMember.name, NetworkMember.relation,
                    NetworkMember.contact, NetworkMember.contribution, NetworkMember.version)


@cache
def _members_select() -> Select:
    return select(*_MEMBER_COLUMNS).where(Person.family_id == bindparam("family_id"))


@cache
def _network_select() -> Select:
    return (select(*_NETWORK_COLUMNS).where(NetworkMember.family_id == bindparam("family_id"))
            .order_by(NetworkMember.id))


def family_detail(session: Session, family: Family, today: date) -> FamilyDetail:
    return _family(session, family.id, family.name, family.street, family.postcode, family.city,
                   family.municipality_code, family.version, today, family.team_id)


def _family(session: Session, family_id: int, name: str, street: str | None, postcode: str | None,
            city: str | None, municipality_code: str | None, version: int, today: date,
            team_id: int | None = None) -> FamilyDetail:
    members = sorted(session.execute(_members_select(), {"family_id": family_id}),
                     key=lambda p: (p.role is not MemberRole.PARENT, p.date_of_birth, p.id))
    network = session.execute(_network_select(), {"family_id": family_id})
    return FamilyDetail(
        family_id=family_id, name=name, street=street, postcode=postcode, city=city,
        municipality_code=municipality_code, version=version,
        members=tuple(member_dto(p, today) for p in members),
        network=tuple(network_dto(n) for n in network), team_id=team_id,
    )


def open_case_id(session: Session, family_id: int) -> int | None:
    """The family's one open case, for the access log of family-level changes."""
    return session.scalars(
        select(Case.id).where(Case.family_id == family_id, Case.status != CaseStatus.CLOSED)).first()
