"""Looking around in the demo as its worker, supervisor or administrator.

A demo database is marked when the demo fills it (``local_setting`` key ``demo_database``); only
there may the app start as someone other than the registered local worker. A real local database
has no marker and keeps its one registered worker. The choice is for the embedded database only:
on a central database the login role is the worker.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.bootstrap import Services
from app.context import CurrentUser
from app.errors import AppError
from app.i18n import QT_TRANSLATE_NOOP
from models import LocalSetting, Team, Worker
from models.enums import Role

DEMO_KEY = "demo_database"


class NotADemo(AppError):
    default = QT_TRANSLATE_NOOP(
        "Errors", "This database holds no demo: starting as another worker is only possible on the embedded "
                  "demo database ('gezinsregie --demo').")


class NoDemoPerson(AppError):
    default = QT_TRANSLATE_NOOP("Errors", "The demo has no active worker with this role to start as.")


@dataclass(frozen=True)
class DemoPerson:
    role: Role
    worker_id: int
    name: str


def mark_demo(session, services: Services) -> None:
    """Called in the demo's own transaction, on the embedded database only."""
    if services.ctx.target.is_sqlite:
        session.merge(LocalSetting(key=DEMO_KEY, value="1"))


def is_demo(services: Services) -> bool:
    if not services.ctx.target.is_sqlite:
        return False
    with services.ctx.uow() as uow:
        return uow.session.get(LocalSetting, DEMO_KEY) is not None


def demo_people(services: Services) -> list[DemoPerson]:
    """The local worker, a supervisor of one of their teams and an administrator (those that exist)."""
    if not is_demo(services):
        raise NotADemo()
    local = services.workers.local_worker()
    people = [DemoPerson(Role.WORKER, local.worker_id, local.name)] if local is not None else []
    team_ids = local.team_ids if local is not None else frozenset()
    with services.ctx.uow() as uow:
        for role in (Role.SUPERVISOR, Role.ADMIN):
            query = select(Worker.id, Worker.name).where(Worker.role == role, Worker.active.is_(True))
            in_team = uow.session.execute(query.join(Worker.teams).where(Team.id.in_(team_ids))
                                          .order_by(Worker.id).limit(1)).first()
            row = in_team or uow.session.execute(query.order_by(Worker.id).limit(1)).first()
            if row is not None:
                people.append(DemoPerson(role, row.id, row.name))
    return people


def sign_in_as(services: Services, role: Role) -> CurrentUser:
    """Signs in the demo's person with ``role``; the registered local worker stays as it is."""
    person = next((p for p in demo_people(services) if p.role is role), None)
    if person is None:
        raise NoDemoPerson()
    return services.workers.sign_in(person.worker_id)
