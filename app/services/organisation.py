"""Contact details of workers and teams, and the municipalities a team works for (issue 15, items 4-5).

An administrator edits any worker's and any team's phone and e-mail and a team's municipalities; a
worker edits only their own phone and e-mail ("My details"). On PostgreSQL the database holds the same
line: an administrator has the column privilege on ``worker.phone``/``email``, a worker writes their own
through ``gezinsregie_set_my_contact`` (revision 0021), which finds the row by the login itself. None of
this is a family's data; every change is written to the access log with the code ``contact_details``
or ``municipalities``.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.access import visible_team_ids
from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.central import roles
from app.context import ServiceContext
from app.errors import AccessDenied, ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.municipalities import NOT_A_MUNICIPALITY, Municipality, municipalities, municipality
from app.services.admin import ADMIN_ONLY
from app.validation import FieldErrors
from models import Team, TeamMunicipality, Worker
from models.base import utcnow
from models.enums import AuditEvent, Role

MAX_MUNICIPALITIES = 20
TOO_MANY = QT_TRANSLATE_NOOP("Errors", "A team works for at most {count} municipalities.")


@dataclass(frozen=True)
class ContactInput:
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class ContactDetails:
    """A worker's or a team's name with its phone (stored as digits) and e-mail; ``version`` to save."""

    id: int
    name: str
    phone: str | None
    email: str | None
    version: int


@dataclass(frozen=True)
class TeamDetails:
    id: int
    name: str
    phone: str | None
    email: str | None
    version: int
    municipalities: tuple[Municipality, ...]  # the first is the default at intake


@dataclass(frozen=True)
class TeamInput:
    phone: str | None
    email: str | None
    municipality_codes: tuple[str, ...]


@dataclass(frozen=True)
class Directory:
    """Everyone an administrator keeps the contact details of."""

    workers: tuple[ContactDetails, ...]
    teams: tuple[TeamDetails, ...]


def validate_contact(errors: FieldErrors, data: ContactInput) -> ContactInput:
    return ContactInput(errors.phone("phone", data.phone), errors.email("email", data.email))


def _contact(worker: Worker) -> ContactDetails:
    return ContactDetails(worker.id, worker.name, worker.phone, worker.email, worker.version)


def _team(team: Team) -> TeamDetails:
    return TeamDetails(team.id, team.name, team.phone, team.email, team.version,
                       tuple(Municipality(m.code, m.name) for m in team.municipalities))


class OrganisationService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- a worker's own details -----------------------------------------------------------------

    def my_details(self) -> ContactDetails:
        user = self.ctx.require_user()
        with self.ctx.uow() as uow:
            worker = uow.session.get(Worker, user.worker_id)
            if worker is None:
                raise NotFound()
            return _contact(worker)

    def update_my_details(self, data: ContactInput, expected_version: int) -> ContactDetails:
        """The signed-in worker's own phone and e-mail (nothing else of their row)."""
        user = self.ctx.require_user()
        errors = FieldErrors()
        data = validate_contact(errors, data)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            if roles.is_postgres(s):
                saved = s.execute(text("SELECT gezinsregie_set_my_contact(:phone, :email, :version)"),
                                  {"phone": data.phone, "email": data.email, "version": expected_version}).scalar()
                if saved is None:
                    raise ConcurrencyConflict()
                s.expire_all()
                worker = s.get(Worker, user.worker_id)
            else:
                worker = self._worker(s, user.worker_id, expected_version)
                worker.phone, worker.email = data.phone, data.email
                s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "worker", worker.id, detail=detail(DetailCode.CONTACT_DETAILS))
            uow.commit()
            return _contact(worker)

    # -- administration -------------------------------------------------------------------------

    def directory(self) -> Directory:
        """Every worker (active ones) and team with their contact details: administrators only."""
        with self.ctx.uow() as uow:
            s = uow.session
            self._require_admin()
            workers = s.scalars(select(Worker).where(Worker.active.is_(True)).order_by(Worker.name))
            teams = s.scalars(select(Team).order_by(Team.name))
            return Directory(tuple(_contact(w) for w in workers), tuple(_team(t) for t in teams))

    def update_worker_contact(self, worker_id: int, data: ContactInput, expected_version: int) -> ContactDetails:
        errors = FieldErrors()
        data = validate_contact(errors, data)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            self._require_admin()
            worker = self._worker(s, worker_id, expected_version)
            worker.phone, worker.email = data.phone, data.email
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "worker", worker.id, detail=detail(DetailCode.CONTACT_DETAILS))
            uow.commit()
            return _contact(worker)

    def update_team(self, team_id: int, data: TeamInput, expected_version: int) -> TeamDetails:
        """A team's phone, e-mail and municipalities (CBS codes from the shipped list, the first the default)."""
        errors = FieldErrors()
        contact = validate_contact(errors, ContactInput(data.phone, data.email))
        codes = tuple(dict.fromkeys(data.municipality_codes))
        if any(municipality(code) is None for code in codes):
            errors.add("municipalities", NOT_A_MUNICIPALITY)
        elif len(codes) > MAX_MUNICIPALITIES:
            errors.add("municipalities", TOO_MANY, count=MAX_MUNICIPALITIES)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            self._require_admin()
            team = s.get(Team, team_id)
            if team is None:
                raise NotFound()
            if team.version != expected_version:
                raise ConcurrencyConflict(current=_team(team))
            team.phone, team.email = contact.phone, contact.email
            before = [(m.code, m.position) for m in team.municipalities]
            after = [(code, i) for i, code in enumerate(codes)]
            if before != after:
                team.municipalities.clear()
                s.flush()
                team.municipalities.extend(TeamMunicipality(code=c, name=municipality(c).name, position=i)
                                           for c, i in after)
                team.updated_at = utcnow()  # a change of municipalities alone is a change of the team
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "team", team.id, detail=detail(DetailCode.CONTACT_DETAILS))
            if before != after:
                log_access(s, self.ctx, AuditEvent.UPDATE, "team", team.id,
                           detail=detail(DetailCode.MUNICIPALITIES, count=len(codes)))
            uow.commit()
            s.refresh(team)
            return _team(team)

    # -- choices ----------------------------------------------------------------------------------

    def all_municipalities(self) -> list[Municipality]:
        """The shipped list of the current Dutch municipalities (CBS), by name."""
        return list(municipalities().values())

    def team_municipalities(self, team_id: int) -> list[Municipality]:
        """The municipalities of a team the user works in (any team for an administrator), its default first."""
        user = self.ctx.require_user()
        team_ids = visible_team_ids(user)
        if team_ids is not None and team_id not in team_ids:
            return []
        with self.ctx.uow() as uow:
            rows = uow.session.execute(select(TeamMunicipality.code, TeamMunicipality.name)
                                       .where(TeamMunicipality.team_id == team_id).order_by(TeamMunicipality.position))
            return [Municipality(code, name) for code, name in rows]

    # -- helpers ----------------------------------------------------------------------------------

    def _require_admin(self) -> None:
        if self.ctx.require_user().role is not Role.ADMIN:
            raise AccessDenied(ADMIN_ONLY)

    @staticmethod
    def _worker(s: Session, worker_id: int, expected_version: int) -> Worker:
        worker = s.get(Worker, worker_id)
        if worker is None:
            raise NotFound()
        if worker.version != expected_version:
            raise ConcurrencyConflict(current=_contact(worker))
        return worker


def team_default_municipality(session: Session, team_id: int) -> str | None:
    return session.scalars(select(TeamMunicipality.code).where(TeamMunicipality.team_id == team_id)
                           .order_by(TeamMunicipality.position).limit(1)).first()

