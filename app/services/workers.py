"""Who is working: teams, workers, and the worker registered on a local database."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from app.context import CurrentUser, ServiceContext
from app.errors import NotFound
from app.validation import FieldErrors
from app.municipalities import NOT_A_MUNICIPALITY, municipality
from models import LocalSetting, Team, TeamMunicipality, Worker
from models.search_keys import plain_letters
from models.enums import Role

LOCAL_WORKER_KEY = "local_worker_id"



@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str


@dataclass(frozen=True)
class WorkerRow:
    id: int
    name: str
    username: str
    role: Role


def make_username(name: str) -> str:
    """A login-safe name derived from a person's name (``Fatma Öztürk`` -> ``fatma.ozturk``)."""
    ascii_ = plain_letters(name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", ".", ascii_.lower()).strip(".")
    return (slug or "medewerker")[:50]


def free_username(session, base: str) -> str:
    """``base``, or ``base2``, ``base3``... whichever is not taken yet."""
    taken = set(session.scalars(select(Worker.username).where(Worker.username.like(f"{base}%"))))
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}{n}"
    return candidate


def to_current_user(worker: Worker) -> CurrentUser:
    return CurrentUser(
        worker_id=worker.id, username=worker.username, name=worker.name, role=worker.role,
        team_ids=frozenset(t.id for t in worker.teams),
    )


class WorkerService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def local_worker(self) -> CurrentUser | None:
        """The worker registered on this (local) database, if any."""
        with self.ctx.uow() as uow:
            setting = uow.session.get(LocalSetting, LOCAL_WORKER_KEY)
            if setting is None:
                return None
            worker = uow.session.get(Worker, int(setting.value))
            return to_current_user(worker) if worker is not None else None

    def sign_in(self, worker_id: int) -> CurrentUser:
        with self.ctx.uow() as uow:
            worker = uow.session.get(Worker, worker_id)
            if worker is None or not worker.active:
                raise NotFound()
            self.ctx.user = to_current_user(worker)
            return self.ctx.user

    def register_local_worker(self, name: str, team_name: str, role: Role = Role.WORKER,
                              municipality_code: str | None = None) -> CurrentUser:
        """First start on a local database: record who works here; every change is attributed to them.
        ``municipality_code`` (from the shipped CBS list) becomes the team's municipality if it has none."""
        errors = FieldErrors()
        name = errors.required("name", name, 120)
        team_name = errors.required("team", team_name, 120)
        code = errors.optional("municipality", municipality_code, 120)
        if code is not None and not errors.has("municipality") and municipality(code) is None:
            errors.add("municipality", NOT_A_MUNICIPALITY)
        errors.raise_if_any()
        with self.ctx.uow() as uow:
            s = uow.session
            team = s.scalars(select(Team).where(Team.name == team_name)).one_or_none()
            if team is None:
                team = Team(name=team_name)
                s.add(team)
            worker = s.scalars(select(Worker).where(Worker.name == name)).first()
            if worker is None:
                worker = Worker(name=name, username=free_username(s, make_username(name)), role=role)
                s.add(worker)
            if team not in worker.teams:
                worker.teams.append(team)
            if code is not None and not team.municipalities:
                team.municipalities.append(TeamMunicipality(code=code, name=municipality(code).name))
            s.flush()
            s.merge(LocalSetting(key=LOCAL_WORKER_KEY, value=str(worker.id)))
            uow.commit()
            s.refresh(worker)
            self.ctx.user = to_current_user(worker)
            return self.ctx.user

    def teams(self) -> list[TeamRow]:
        with self.ctx.uow() as uow:
            rows = uow.session.execute(select(Team.id, Team.name).order_by(Team.name))
            return [TeamRow(*r) for r in rows]

    def workers(self, team_id: int | None = None) -> list[WorkerRow]:
        """Active workers, optionally of one team (e.g. to transfer a case to)."""
        with self.ctx.uow() as uow:
            q = select(Worker.id, Worker.name, Worker.username, Worker.role).where(Worker.active.is_(True))
            if team_id is not None:
                q = q.join(Worker.teams).where(Team.id == team_id)
            return [WorkerRow(*r) for r in uow.session.execute(q.order_by(Worker.name))]

