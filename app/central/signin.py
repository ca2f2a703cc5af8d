"""Signing in on the central database: the person is the database role they logged in with."""
from __future__ import annotations

from sqlalchemy import select

from app.central.roles import current_login
from app.context import CurrentUser, ServiceContext
from app.errors import AccessDenied
from app.i18n import QT_TRANSLATE_NOOP
from app.services.workers import to_current_user
from models import Worker
from models.enums import Role

NOT_A_WORKER = QT_TRANSLATE_NOOP(
    "Errors", "The database account '{login}' is not registered as an active Gezinsregie user. "
              "Ask the administrator to add it with 'gezinsregie admin create-user'.")
NO_TEAM = QT_TRANSLATE_NOOP(
    "Errors", "The database account '{login}' is not a member of any team yet, so there is nothing to show. "
              "Ask the administrator to add it to a team.")


def login_worker(ctx: ServiceContext) -> CurrentUser | None:
    """The worker whose username is this connection's login role (None if there is none)."""
    with ctx.uow() as uow:
        login = current_login(uow.session)
        worker = uow.session.scalars(select(Worker).where(Worker.username == login)).one_or_none()
        return to_current_user(worker) if worker is not None and worker.active else None


def sign_in_login(ctx: ServiceContext) -> CurrentUser:
    """Signs in as the login role's worker; a clear refusal for an unknown login or one without a team."""
    user = login_worker(ctx)
    if user is None:
        with ctx.uow() as uow:
            login = current_login(uow.session)
        raise AccessDenied(NOT_A_WORKER, login=login)
    if not user.team_ids and user.role is not Role.ADMIN:
        raise AccessDenied(NO_TEAM, login=user.username)
    ctx.user = user
    return user
