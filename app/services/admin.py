"""Administration of users and teams. On PostgreSQL a user is also a database LOGIN role in the group
role of their function (see app/central/roles.py); on the embedded database only the worker rows
exist. One transaction each: the role, the worker and the memberships are made together or not at all.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import log_access
from app.central import roles
from app.context import ServiceContext
from app.errors import AccessDenied, Msg, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.validation import FieldErrors, lookup_text
from models import Team, Worker, WorkerTeam
from models.enums import AuditEvent, Role

ADMIN_ONLY = QT_TRANSLATE_NOOP("Errors", "Only an administrator can manage users and teams.")
NO_CREATEROLE = QT_TRANSLATE_NOOP(
    "Errors", "The database account '{login}' may not create database users; sign in as an administrator.")
TEAM_EXISTS = QT_TRANSLATE_NOOP("Errors", "There is already a team called '{name}'.")
NO_SUCH_TEAM = QT_TRANSLATE_NOOP("Errors", "There is no team called '{name}'.")
NO_SUCH_USER = QT_TRANSLATE_NOOP("Errors", "There is no user '{username}'.")
USER_EXISTS = QT_TRANSLATE_NOOP("Errors", "The user name '{username}' is already taken.")
NEEDS_TEAM = QT_TRANSLATE_NOOP("Errors", "A worker or supervisor belongs to at least one team.")
PASSWORD_TOO_SHORT = QT_TRANSLATE_NOOP("Errors", "A password needs at least {count} characters.")
MIN_PASSWORD_LENGTH = 12


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    name: str
    role: Role
    active: bool
    teams: tuple[str, ...]


@dataclass(frozen=True)
class TeamCreated:
    id: int
    name: str


class AdminService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _require_admin(self, s: Session, *, roles_needed: bool = False) -> None:
        user = self.ctx.user
        if user is not None and user.role is not Role.ADMIN:
            raise AccessDenied(ADMIN_ONLY)
        if roles_needed and roles.is_postgres(s) and not roles.may_manage_roles(s):
            raise AccessDenied(NO_CREATEROLE, login=roles.current_login(s))

    def _team(self, s: Session, name: str) -> Team:
        team = s.scalars(select(Team).where(Team.name == lookup_text("team", name))).one_or_none()
        if team is None:
            raise ValidationError({"team": Msg(NO_SUCH_TEAM, {"name": name})})
        return team

    def _worker(self, s: Session, username: str) -> Worker:
        worker = s.scalars(select(Worker).where(Worker.username == lookup_text("username", username))).one_or_none()
        if worker is None:
            raise ValidationError({"username": Msg(NO_SUCH_USER, {"username": username})})
        return worker

    def create_team(self, name: str, municipality_code: str | None = None) -> TeamCreated:
        errors = FieldErrors()
        name = errors.required("name", name, 120)
        code = errors.optional("municipality_code", municipality_code, 4)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            self._require_admin(s)
            if s.scalars(select(Team.id).where(Team.name == name)).first() is not None:
                raise ValidationError({"name": Msg(TEAM_EXISTS, {"name": name})})
            team = Team(name=name, municipality_code=code)
            s.add(team)
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, "team", team.id)
            uow.commit()
            return TeamCreated(team.id, team.name)

    def create_user(self, username: str, name: str, role: Role, team_names: list[str],
                    password: str | None = None) -> UserRow:
        """A worker row with its teams; on PostgreSQL also the LOGIN role (``password`` required there)."""
        errors = FieldErrors()
        name = errors.required("name", name, 120)
        errors.raise_if_any()
        roles.check_username(username)
        if role is not Role.ADMIN and not team_names:
            raise ValidationError({"team": Msg(NEEDS_TEAM)})
        with self.ctx.uow() as uow:
            s = uow.session
            self._require_admin(s, roles_needed=True)
            if s.scalars(select(Worker.id).where(Worker.username == username)).first() is not None:
                raise ValidationError({"username": Msg(USER_EXISTS, {"username": username})})
            teams = [self._team(s, t) for t in dict.fromkeys(team_names)]
            if roles.is_postgres(s):
                if len(password or "") < MIN_PASSWORD_LENGTH:
                    raise ValidationError({"password": Msg(PASSWORD_TOO_SHORT, {"count": MIN_PASSWORD_LENGTH})})
                if roles.role_exists(s, username):
                    raise ValidationError({"username": Msg(USER_EXISTS, {"username": username})})
                roles.create_login_role(s, username, password, role)
            worker = Worker(name=name, username=username, role=role, active=True)
            s.add(worker)
            s.flush()
            for team in teams:
                s.add(WorkerTeam(worker_id=worker.id, team_id=team.id))
            log_access(s, self.ctx, AuditEvent.CREATE, "worker", worker.id, detail=f"role {role.value}")
            uow.commit()
            return UserRow(worker.id, username, name, role, True, tuple(t.name for t in teams))

    def add_to_team(self, username: str, team_name: str) -> None:
        with self.ctx.uow() as uow:
            s = uow.session
            self._require_admin(s)
            worker = self._worker(s, username)
            team = self._team(s, team_name)
            if s.get(WorkerTeam, (worker.id, team.id)) is None:
                s.add(WorkerTeam(worker_id=worker.id, team_id=team.id))
                log_access(s, self.ctx, AuditEvent.UPDATE, "worker", worker.id, detail=f"added to team {team.id}")
            uow.commit()

    def list_users(self) -> list[UserRow]:
        with self.ctx.uow() as uow:
            s = uow.session
            self._require_admin(s)
            teams: dict[int, list[str]] = {}
            for worker_id, team in s.execute(select(WorkerTeam.worker_id, Team.name)
                                             .join(Team, Team.id == WorkerTeam.team_id).order_by(Team.name)):
                teams.setdefault(worker_id, []).append(team)
            rows = s.execute(select(Worker.id, Worker.username, Worker.name, Worker.role, Worker.active)
                             .order_by(Worker.username))
            return [UserRow(i, u, n, r, a, tuple(teams.get(i, ()))) for i, u, n, r, a in rows]
