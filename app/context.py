"""What every service call needs: the session factory, who is working, the clock and the workstation."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from app.clock import Clock, SystemClock
from app.storage.db import DatabaseTarget, workstation_name
from app.errors import AccessDenied
from app.i18n import QT_TRANSLATE_NOOP
from app.uow import UnitOfWork
from models.enums import Role


@dataclass(frozen=True)
class CurrentUser:
    worker_id: int
    username: str
    name: str
    role: Role
    team_ids: frozenset[int]

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)


@dataclass
class ServiceContext:
    session_factory: sessionmaker[Session]
    target: DatabaseTarget
    clock: Clock = field(default_factory=SystemClock)
    user: CurrentUser | None = None
    workstation: str = field(default_factory=workstation_name)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory, {"ctx": self})

    def require_user(self) -> CurrentUser:
        if self.user is None:
            raise AccessDenied(QT_TRANSLATE_NOOP("Errors", "Nobody is signed in on this database yet."))
        return self.user
