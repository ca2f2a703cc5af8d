"""``gezinsregie admin``: users and teams, on the central PostgreSQL database or a local file.

    gezinsregie admin create-team NAME [--municipality-code CODE]
    gezinsregie admin create-user USERNAME --name "Full Name" --role worker|supervisor|admin --team NAME [--team ...]
                                  [--password-file FILE]
    gezinsregie admin add-to-team USERNAME TEAM
    gezinsregie admin set-role USERNAME worker|supervisor|admin
    gezinsregie admin deactivate-user USERNAME
    gezinsregie admin reactivate-user USERNAME
    gezinsregie admin reset-password USERNAME [--password-file FILE]
    gezinsregie admin list-users

On PostgreSQL ``create-user`` also creates the person's database LOGIN role in the group role of their
function, ``set-role`` moves it to another group, ``deactivate-user`` refuses it at once (its open
sessions are ended) - all through the database's provisioning functions (migration 0010), so run them
as an active administrator (or the schema owner for the very first administrator). A password comes from
``--password-file``, the ``GEZINSREGIE_NEW_PASSWORD`` environment variable, or is asked twice in the
terminal; it is never shown, logged or stored by Gezinsregie.
On a local file these commands manage the worker rows only (and there are no passwords to reset).
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from app.central.signin import login_worker
from app.cli.common import CONTEXT, EXIT_OK, CliError, open_services, read_passphrase_file, say, tell
from app.i18n import QT_TRANSLATE_NOOP, translate
from models.enums import Role

PASSWORD_ENV = "GEZINSREGIE_NEW_PASSWORD"
TEAM_CREATED = QT_TRANSLATE_NOOP("Cli", "Team '{name}' created (number {id}).")
USER_CREATED = QT_TRANSLATE_NOOP("Cli", "User '{username}' ({name}, {role}) created in: {teams}.")
ADDED = QT_TRANSLATE_NOOP("Cli", "'{username}' is now a member of team '{team}'.")
ACTIVE = QT_TRANSLATE_NOOP("Cli", "active")
INACTIVE = QT_TRANSLATE_NOOP("Cli", "inactive")
NO_TEAMS = QT_TRANSLATE_NOOP("Cli", "(no team)")
ROLE_SET = QT_TRANSLATE_NOOP("Cli", "'{username}' is now {role}.")
DEACTIVATED = QT_TRANSLATE_NOOP("Cli", "'{username}' is deactivated and can no longer sign in.")
REACTIVATED = QT_TRANSLATE_NOOP("Cli", "'{username}' is active again.")
PASSWORD_RESET = QT_TRANSLATE_NOOP("Cli", "The password of '{username}' is changed.")
ASK_PASSWORD = QT_TRANSLATE_NOOP("Cli", "Password for the new user '{username}': ")
ASK_NEW_PASSWORD = QT_TRANSLATE_NOOP("Cli", "New password for '{username}': ")
ASK_PASSWORD_AGAIN = QT_TRANSLATE_NOOP("Cli", "Repeat the password: ")
PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("Cli", "The two passwords differ; nothing was changed.")
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "Cli", "Give the password with --password-file FILE or GEZINSREGIE_NEW_PASSWORD, or run the "
           "command in a terminal to be asked for it.")
PASSWORD_NOTE = QT_TRANSLATE_NOOP("Cli", "The password is used for the database login only and is not stored.")


def register(subparsers, common: Callable[[argparse.ArgumentParser], None]) -> None:
    admin = subparsers.add_parser("admin", help=QT_TRANSLATE_NOOP(
        "CliHelp", "users and teams (database logins on PostgreSQL)"))
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)

    team = actions.add_parser("create-team", help=QT_TRANSLATE_NOOP("CliHelp", "add a team"))
    team.add_argument("name", metavar="NAME")
    team.add_argument("--municipality-code", metavar="CODE", help=QT_TRANSLATE_NOOP(
        "CliHelp", "CBS municipality code (4 digits)"))
    common(team)
    team.set_defaults(handler=run_create_team)

    user = actions.add_parser("create-user", help=QT_TRANSLATE_NOOP(
        "CliHelp", "add a user (and on PostgreSQL their database login)"))
    user.add_argument("username", metavar="USERNAME", help=QT_TRANSLATE_NOOP("CliHelp", "login name (lower case)"))
    user.add_argument("--name", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "the person's full name"))
    user.add_argument("--role", required=True, choices=[r.value for r in Role], help=QT_TRANSLATE_NOOP(
        "CliHelp", "worker, supervisor (team leader) or admin"))
    user.add_argument("--team", action="append", default=[], metavar="NAME", help=QT_TRANSLATE_NOOP(
        "CliHelp", "a team (repeat for more)"))
    user.add_argument("--password-file", dest="new_password_file", metavar="FILE",
                      help=QT_TRANSLATE_NOOP("CliHelp", "read the new user's password from FILE (PostgreSQL only)"))
    common(user)
    user.set_defaults(handler=run_create_user)

    add = actions.add_parser("add-to-team", help=QT_TRANSLATE_NOOP("CliHelp", "make a user a member of a team"))
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("team", metavar="TEAM")
    common(add)
    add.set_defaults(handler=run_add_to_team)

    role = actions.add_parser("set-role", help=QT_TRANSLATE_NOOP(
        "CliHelp", "change a user's role (and on PostgreSQL their login's group)"))
    role.add_argument("username", metavar="USERNAME")
    role.add_argument("role", choices=[r.value for r in Role])
    common(role)
    role.set_defaults(handler=run_set_role)

    for command, handler, text in (
            ("deactivate-user", run_deactivate_user, QT_TRANSLATE_NOOP(
                "CliHelp", "a user can no longer sign in (their login is refused at once)")),
            ("reactivate-user", run_reactivate_user, QT_TRANSLATE_NOOP(
                "CliHelp", "a deactivated user can sign in again"))):
        state = actions.add_parser(command, help=text)
        state.add_argument("username", metavar="USERNAME")
        common(state)
        state.set_defaults(handler=handler)

    reset = actions.add_parser("reset-password", help=QT_TRANSLATE_NOOP(
        "CliHelp", "set a new password for a user's login (PostgreSQL)"))
    reset.add_argument("username", metavar="USERNAME")
    reset.add_argument("--password-file", dest="new_password_file", metavar="FILE",
                       help=QT_TRANSLATE_NOOP("CliHelp", "read the new password from FILE"))
    common(reset)
    reset.set_defaults(handler=run_reset_password)

    users = actions.add_parser("list-users", help=QT_TRANSLATE_NOOP("CliHelp", "list users, their role and teams"))
    common(users)
    users.set_defaults(handler=run_list_users)


def _services(args: argparse.Namespace):
    services = open_services(args.database, args.keys)
    if not services.ctx.target.is_sqlite:
        user = login_worker(services.ctx)  # None for the schema owner, who sets up the first administrator
        if user is not None:
            services.ctx.user = user
    return services


def run_create_team(args: argparse.Namespace, _launcher) -> int:
    services = _services(args)
    try:
        team = services.admin.create_team(args.name, args.municipality_code)
    finally:
        services.close()
    say(TEAM_CREATED, name=team.name, id=team.id)
    return EXIT_OK


def new_password(args: argparse.Namespace, question: str = ASK_PASSWORD) -> str | None:
    if args.new_password_file:
        return read_passphrase_file(args.new_password_file)
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise CliError(NO_PASSWORD)
    first = getpass.getpass(translate(CONTEXT, question).format(username=args.username))
    if getpass.getpass(translate(CONTEXT, ASK_PASSWORD_AGAIN)) != first:
        raise CliError(PASSWORDS_DIFFER)
    tell(PASSWORD_NOTE)
    return first


def run_create_user(args: argparse.Namespace, _launcher) -> int:
    services = _services(args)
    try:
        password = None if services.ctx.target.is_sqlite else new_password(args)
        row = services.admin.create_user(args.username, args.name, Role(args.role), args.team, password)
    finally:
        services.close()
    say(USER_CREATED, username=row.username, name=row.name, role=row.role.value,
        teams=", ".join(row.teams) or translate(CONTEXT, NO_TEAMS))
    return EXIT_OK


def run_add_to_team(args: argparse.Namespace, _launcher) -> int:
    services = _services(args)
    try:
        services.admin.add_to_team(args.username, args.team)
    finally:
        services.close()
    say(ADDED, username=args.username, team=args.team)
    return EXIT_OK


def _on_user(args: argparse.Namespace, change: Callable, done: str, **shown) -> int:
    """Runs ``change(admin_service)`` and says ``done``."""
    services = _services(args)
    try:
        change(services.admin)
    finally:
        services.close()
    say(done, username=args.username, **shown)
    return EXIT_OK


def run_set_role(args: argparse.Namespace, _launcher) -> int:
    return _on_user(args, lambda admin: admin.change_role(args.username, Role(args.role)), ROLE_SET, role=args.role)


def run_deactivate_user(args: argparse.Namespace, _launcher) -> int:
    return _on_user(args, lambda admin: admin.deactivate_user(args.username), DEACTIVATED)


def run_reactivate_user(args: argparse.Namespace, _launcher) -> int:
    return _on_user(args, lambda admin: admin.reactivate_user(args.username), REACTIVATED)


def run_reset_password(args: argparse.Namespace, _launcher) -> int:
    def reset(admin) -> None:
        password = None if admin.ctx.target.is_sqlite else new_password(args, ASK_NEW_PASSWORD)
        admin.reset_password(args.username, password)
    return _on_user(args, reset, PASSWORD_RESET)


def run_list_users(args: argparse.Namespace, _launcher) -> int:
    services = _services(args)
    try:
        rows = services.admin.list_users()
    finally:
        services.close()
    for row in rows:
        state = translate(CONTEXT, ACTIVE if row.active else INACTIVE)
        teams = ", ".join(row.teams) or translate(CONTEXT, NO_TEAMS)
        print("\t".join((row.username, row.name, row.role.value, state, teams)))  # columns for scripts
    return EXIT_OK
