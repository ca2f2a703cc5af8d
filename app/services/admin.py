"""Administration of users and teams. On PostgreSQL a user is also a database LOGIN role in the group
role of their function (see app/central/roles.py), made, moved, deactivated and given a new password
only by the database's provisioning functions, which check again that the caller is an active
administrator; on the embedded database only the worker rows exist. One transaction each: the role,
the worker and the memberships are made together or not at all.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.central import roles
from app.context import ServiceContext
from app.errors import AccessDenied, Msg, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.municipalities import NOT_A_MUNICIPALITY, municipality
from app.validation import FieldErrors, lookup_text
from models import Team, TeamMunicipality, Worker, WorkerTeam
from models.enums import AuditEvent, Role

ADMIN_ONLY = QT_TRANSLATE_NOOP("Errors", "Only an administrator can manage users and teams.")
NOT_PROVISIONER = QT_TRANSLATE_NOOP(
    "Errors", "The database account '{login}' may not manage users; sign in as an active administrator.")
NOT_YOURSELF = QT_TRANSLATE_NOOP(
    "Errors", "You cannot change your own role or deactivate yourself; ask another administrator.")
ALREADY_INACTIVE = QT_TRANSLATE_NOOP("Errors", "The user '{username}' is already inactive.")
ALREADY_ACTIVE = QT_TRANSLATE_NOOP("Errors", "The user '{username}' is already active.")
NO_PASSWORDS_HERE = QT_TRANSLATE_NOOP(
    "Errors", "A local database file has no passwords; passwords belong to the logins of a central database.")
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

    def _require_admin(self, s: Session, *, provisioning: bool = False) -> None:
        """An administrator; for logins (``provisioning``) on PostgreSQL the database must agree that
        this login is an active administrator (or the schema owner), as its provisioning functions check."""
        user = self.ctx.user
        if user is not None and user.role is not Role.ADMIN:
            raise AccessDenied(ADMIN_ONLY)
        if provisioning and roles.is_postgres(s) and not roles.may_provision(s):
            raise AccessDenied(NOT_PROVISIONER, login=roles.current_login(s))

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
        if code is not None and not errors.has("municipality_code") and municipality(code) is None:
            errors.add("municipality_code", NOT_A_MUNICIPALITY)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            self._require_admin(s)
            if s.scalars(select(Team.id).where(Team.name == name)).first() is not None:
                raise ValidationError({"name": Msg(TEAM_EXISTS, {"name": name})})
            team = Team(name=name)
            if code is not None:  # its first (default) municipality; more through the Workers and teams dialog
                team.municipalities.append(TeamMunicipality(code=code, name=municipality(code).name))
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
            self._require_admin(s, provisioning=True)
            if s.scalars(select(Worker.id).where(Worker.username == username)).first() is not None:
                raise ValidationError({"username": Msg(USER_EXISTS, {"username": username})})
            teams = [self._team(s, t) for t in dict.fromkeys(team_names)]
            if roles.is_postgres(s):
                _check_password(password)
                if roles.role_exists(s, username):
                    raise ValidationError({"username": Msg(USER_EXISTS, {"username": username})})
                worker = s.get(Worker, roles.create_login(s, username, password, role, name))
            else:
                worker = Worker(name=name, username=username, role=role, active=True)
                s.add(worker)
                s.flush()
            for team in teams:
                s.add(WorkerTeam(worker_id=worker.id, team_id=team.id))
            log_access(s, self.ctx, AuditEvent.CREATE, "worker", worker.id,
                       detail=detail(DetailCode.WORKER_ROLE, role=role))
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
                log_access(s, self.ctx, AuditEvent.UPDATE, "worker", worker.id,
                           detail=detail(DetailCode.ADDED_TO_TEAM, team=team.id))
            uow.commit()

    def change_role(self, username: str, role: Role) -> None:
        """The worker's function and, on PostgreSQL, their login's group - together."""
        with self.ctx.uow() as uow:
            s = uow.session
            worker = self._other_worker(s, username)
            if worker.role is role:
                return
            if role is not Role.ADMIN and not s.scalars(
                    select(WorkerTeam.team_id).where(WorkerTeam.worker_id == worker.id)).first():
                raise ValidationError({"team": Msg(NEEDS_TEAM)})
            if roles.is_postgres(s):
                roles.set_login_role(s, username, role)
            else:
                worker.role = role
            log_access(s, self.ctx, AuditEvent.UPDATE, "worker", worker.id, detail=detail(DetailCode.WORKER_ROLE, role=role))
            uow.commit()

    def deactivate_user(self, username: str) -> None:
        """The worker can no longer sign in; on PostgreSQL their login is refused at once (NOLOGIN, out
        of their group, open sessions ended). The row stays: the access log keeps naming its author."""
        self._set_active(username, False)

    def reactivate_user(self, username: str) -> None:
        """Signing in again, in the group of the worker's role."""
        self._set_active(username, True)

    def _set_active(self, username: str, active: bool) -> None:
        with self.ctx.uow() as uow:
            s = uow.session
            worker = self._other_worker(s, username)
            if worker.active is active:
                raise ValidationError({"username": Msg(ALREADY_ACTIVE if active else ALREADY_INACTIVE,
                                                       {"username": username})})
            if roles.is_postgres(s):
                (roles.reactivate_login if active else roles.deactivate_login)(s, username)
            else:
                worker.active = active
            log_access(s, self.ctx, AuditEvent.UPDATE, "worker", worker.id,
                       detail=detail(DetailCode.ACTIVATED if active else DetailCode.DEACTIVATED))
            uow.commit()

    def reset_password(self, username: str, password: str) -> None:
        """A new password for the user's login (central database only; the password itself goes nowhere)."""
        with self.ctx.uow() as uow:
            s = uow.session
            self._require_admin(s, provisioning=True)
            worker = self._worker(s, username)
            if not roles.is_postgres(s):
                raise ValidationError({"password": Msg(NO_PASSWORDS_HERE)})
            _check_password(password)
            roles.set_login_password(s, username, password)
            log_access(s, self.ctx, AuditEvent.UPDATE, "worker", worker.id, detail=detail(DetailCode.PASSWORD_RESET))
            uow.commit()

    def _other_worker(self, s: Session, username: str) -> Worker:
        """The worker whose role or state an administrator changes: never their own (no lock-out)."""
        self._require_admin(s, provisioning=True)
        worker = self._worker(s, username)
        if roles.is_postgres(s) and username == roles.current_login(s) or (
                self.ctx.user is not None and self.ctx.user.worker_id == worker.id):
            raise ValidationError({"username": Msg(NOT_YOURSELF)})
        return worker

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


def _check_password(password: str | None) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError({"password": Msg(PASSWORD_TOO_SHORT, {"count": MIN_PASSWORD_LENGTH})})
