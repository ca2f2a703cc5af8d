"""The ``gezinsregie`` command: without a subcommand it starts the desktop app; subcommands work headless.

    gezinsregie [--database PATH_OR_URL] [--demo]     start the app (--demo: first fill an empty database)
    gezinsregie --demo --as worker|supervisor|admin    start the demo as its worker, supervisor or administrator
    gezinsregie demo [--families N] [--seed S]         add demo families and print a summary
    gezinsregie db upgrade | current | check           schema management (upgrade backs up SQLite first)
    gezinsregie db encrypt | backup | restore | verify encryption and backups (see app/cli/db.py)
    gezinsregie privacy export --person ID --out FOLDER   inspection copy of one person (app/cli/privacy.py)

``--database`` takes a file path (embedded SQLite) or a URL (``postgresql://...``); without it the
embedded database in the user's data folder is used. A new local database is encrypted with the key
in the system keyring; where there is no keyring, with a passphrase from ``--passphrase-file FILE``,
the ``GEZINSREGIE_PASSPHRASE`` environment variable, or asked in the terminal. Every failure is one
translated line on stderr: exit 1 for a problem at run time, 2 for a wrong command line. The log file
is in the user's log folder; ``-v`` also logs to stderr.
"""
from __future__ import annotations

import argparse
import logging
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version

from app.cli import db as cli_db

from app.storage import schema
from app.cli.admin import register as register_admin
from app.cli.export import register as register_export
from app.cli.privacy import register as register_privacy
from app.bootstrap import Services, backup_folder_for
from app.cli.common import (CONTEXT, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, PROG, CliError, Parser,
                            database_errors, fail, key_source, open_engine, open_services, say, target_for)
from app.config import default_database_path
from app.storage.db import DatabaseTarget
from app.cli.progress import DEMO_FAMILIES, ProgressBar
from app.demo import CITY_THRESHOLD, DEFAULT_FAMILIES, DEFAULT_SEED, MAX_FAMILIES, family_count, fill_demo
from app.demo.personas import NotADemo, is_demo
from app.display import NO_DISPLAY, has_display
from app.errors import AppError, SchemaTooNew
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.storage.keys import KeySource
from app.logging_setup import log_file, report_error, setup_logging
from models.enums import CaseStatus, Role

log = logging.getLogger("gezinsregie.cli")

GuiLauncher = Callable[..., int]  # (database, demo=False[, choose_profile=..., sign_in_as=Role]) -> exit code

DEMO_ADDED = QT_TRANSLATE_NOOP(
    "Cli", "Added {families} demo families to {database} ({intake} in intake, {active} active, {waakvlam} in "
           "waakvlam, {closed} closed); "
           "{worker} directs {mine} of them and the app opens as {worker}.")
DEMO_SKIPPED = QT_TRANSLATE_NOOP("Cli", "{database} already holds families; no demo data added.")
UP_TO_DATE = QT_TRANSLATE_NOOP("Cli", "{database} is up to date (revision {head}).")
CREATED = QT_TRANSLATE_NOOP("Cli", "Created the database {database} at revision {head}.")
UPGRADED = QT_TRANSLATE_NOOP("Cli", "Upgraded {database} from revision {current} to {head}; backup: {backup}.")
UPGRADED_NO_BACKUP = QT_TRANSLATE_NOOP("Cli", "Upgraded {database} from revision {current} to {head}.")
CURRENT = {
    schema.SchemaStatus.CURRENT: QT_TRANSLATE_NOOP(
        "Cli", "Current revision: {current}; head revision: {head}; the database is up to date."),
    schema.SchemaStatus.BEHIND: QT_TRANSLATE_NOOP(
        "Cli", "Current revision: {current}; head revision: {head}; run 'gezinsregie db upgrade'."),
    schema.SchemaStatus.AHEAD: QT_TRANSLATE_NOOP(
        "Cli", "Current revision: {current}; head revision: {head}; the database is newer than this program."),
    schema.SchemaStatus.EMPTY: QT_TRANSLATE_NOOP(
        "Cli", "Current revision: none; head revision: {head}; run 'gezinsregie db upgrade'."),
}
BEHIND = QT_TRANSLATE_NOOP(
    "Cli", "{database} is at revision {current}, this version needs {head}. Run 'gezinsregie db upgrade'.")
EMPTY = QT_TRANSLATE_NOOP("Cli", "{database} has no Gezinsregie tables yet. Run 'gezinsregie db upgrade'.")
BAD_FAMILIES = QT_TRANSLATE_NOOP("Cli", "The number of families must be a whole number from 1 to {max}, not '{value}'.")
BAD_SEED = QT_TRANSLATE_NOOP("Cli", "The seed must be a whole number, not '{value}'.")
AS_WITHOUT_DEMO = QT_TRANSLATE_NOOP("Cli", "--as only goes with --demo: it chooses whom the demo starts as.")
BAD_ROLE = QT_TRANSLATE_NOOP("Cli", "--as takes worker, supervisor or admin, not '{value}'.")
DEMO_WITH_COMMAND = QT_TRANSLATE_NOOP("Cli", "--demo only goes with starting the app, not with a subcommand.")
NO_GUI = QT_TRANSLATE_NOOP("Cli", "The desktop app cannot be started: {reason}")
NO_LAUNCHER = QT_TRANSLATE_NOOP(
    "Cli", "This installation has no desktop app; see 'gezinsregie --help' for the commands.")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "Cli", "Unexpected error ({error}, reference {reference}). The details are in the log file {log}.")
INTERRUPTED = QT_TRANSLATE_NOOP("Cli", "Interrupted.")


def _families(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_FAMILIES:
        raise CliError(BAD_FAMILIES, exit_code=EXIT_USAGE, max=MAX_FAMILIES, value=text)
    return value


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise CliError(BAD_SEED, exit_code=EXIT_USAGE, value=text) from None


def _role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise CliError(BAD_ROLE, exit_code=EXIT_USAGE, value=text) from None


def _program_version() -> str:
    try:
        return version("gezinsregie")
    except PackageNotFoundError:
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    def common(p: argparse.ArgumentParser, top: bool) -> None:
        default = None if top else argparse.SUPPRESS  # a subcommand's option overrides the global one
        p.add_argument("--database", metavar="PATH_OR_URL", default=default,
                       help=QT_TRANSLATE_NOOP("CliHelp", "database file (embedded SQLite) or URL such as "
                                                         "postgresql://user@host/db; default: the embedded "
                                                         "database in your data folder"))
        p.add_argument("--passphrase-file", metavar="FILE", default=default,
                       help=QT_TRANSLATE_NOOP("CliHelp", "read the database passphrase from FILE (used where "
                                                         "there is no keyring; GEZINSREGIE_PASSPHRASE works too)"))
        p.add_argument("-v", "--verbose", action="count", default=0 if top else argparse.SUPPRESS,
                       help=QT_TRANSLATE_NOOP("CliHelp", "log details to stderr (-vv for debug)"))

    parser = Parser(prog=PROG, description=QT_TRANSLATE_NOOP(
        "CliHelp", "Gezinsregie: case direction for social teams. Without a command the desktop app starts."))
    parser.add_argument("--version", action="version", version=f"{PROG} {_program_version()}",
                        help=QT_TRANSLATE_NOOP("CliHelp", "show the program's version number and exit"))
    parser.add_argument("--demo", action="store_true",
                        help=QT_TRANSLATE_NOOP("CliHelp", "start the app with demo families (added first if "
                                                          "the database has no families)"))
    parser.add_argument("--as", dest="as_role", type=_role, metavar="worker|supervisor|admin",
                        help=QT_TRANSLATE_NOOP("CliHelp", "with --demo: start as the demo's worker, supervisor "
                                                          "(Team overview, Reports) or administrator"))
    parser.add_argument("--choose-profile", action="store_true",
                        help=QT_TRANSLATE_NOOP(
                            "CliHelp", "start the app with the dialog to choose (or add) a database connection"))
    common(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help=QT_TRANSLATE_NOOP("CliHelp", "add demo families to a database"))
    families = demo.add_argument("--families", type=_families, default=DEFAULT_FAMILIES, metavar="N",
                                 help=QT_TRANSLATE_NOOP("CliHelp", "number of families to add (1-%(most)s, "
                                                                   "default %(default)s)"))
    families.most = MAX_FAMILIES  # for %(most)s in the help
    demo.add_argument("--seed", type=_seed, default=DEFAULT_SEED, metavar="S",
                      help=QT_TRANSLATE_NOOP(
                          "CliHelp", "random seed; the same seed gives the same families (default %(default)s)"))
    common(demo, top=False)
    demo.set_defaults(handler=run_demo)

    db = commands.add_parser("db", help=QT_TRANSLATE_NOOP("CliHelp", "database: schema, encryption, backups"))
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    for name, handler, text in (
        ("upgrade", run_upgrade, QT_TRANSLATE_NOOP(
            "CliHelp", "bring the schema up to date (a local SQLite file is backed up first)")),
        ("current", run_current, QT_TRANSLATE_NOOP(
            "CliHelp", "print the database's revision and this program's head revision")),
        ("check", run_check, QT_TRANSLATE_NOOP("CliHelp", "exit 0 when the database is up to date, 1 otherwise")),
    ):
        action = actions.add_parser(name, help=text)
        common(action, top=False)
        action.set_defaults(handler=handler)
    cli_db.add_commands(actions, lambda p: common(p, top=False))
    register_export(commands, lambda p: common(p, top=False))
    register_admin(commands, lambda p: common(p, top=False))
    register_privacy(commands, lambda p: common(p, top=False))
    parser.set_defaults(handler=run_gui)
    return parser


def main(argv: Sequence[str] | None = None, gui_launcher: GuiLauncher | None = None) -> int:
    """Runs one command and returns the exit code; never lets a traceback reach the user."""
    try:
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as done:  # --help and --version
            return done.code if isinstance(done.code, int) else EXIT_OK
        setup_logging(args.verbose)
        if args.demo and args.command:
            raise CliError(DEMO_WITH_COMMAND, exit_code=EXIT_USAGE)
        if args.as_role is not None and not args.demo:
            raise CliError(AS_WITHOUT_DEMO, exit_code=EXIT_USAGE)
        args.keys = key_source(args)
        return args.handler(args, gui_launcher)
    except AppError as exc:
        log.debug("command failed", exc_info=True)
        return fail(exc.message(), getattr(exc, "exit_code", EXIT_ERROR))
    except KeyboardInterrupt:
        return fail(translate(CONTEXT, INTERRUPTED), EXIT_INTERRUPTED)
    except Exception as exc:
        reference = report_error(exc)
        return fail(translate(CONTEXT, UNEXPECTED).format(error=type(exc).__name__, reference=reference,
                                                          log=log_file()), EXIT_ERROR)


def schema_state(database: str | None, keys: KeySource) -> tuple[DatabaseTarget, schema.SchemaState]:
    """The schema state of an existing database (never creates one)."""
    target, engine = open_engine(database, keys, create=False)
    try:
        with database_errors(database):
            state = schema.schema_state(engine)
    finally:
        engine.dispose()
    if state.status is schema.SchemaStatus.FOREIGN:
        schema.ensure_upgradable(state)
    return target, state


def run_gui(args: argparse.Namespace, gui_launcher: GuiLauncher | None) -> int:
    if gui_launcher is None:
        raise CliError(NO_LAUNCHER)
    if not has_display():  # before any database is opened or filled: Qt would end the process in English
        raise CliError(NO_DISPLAY)
    database = args.database
    if args.demo:
        database = database if database is not None else str(default_database_path())
        ensure_demo(database, args.keys, needs_demo=args.as_role is not None)
    elif args.keys.passphrase:  # --passphrase-file: check it now; the GUI then finds it remembered
        args.keys.attach(target_for(database), create=True)
    extra = {"sign_in_as": args.as_role} if args.as_role is not None else {}
    if args.choose_profile:
        return gui_launcher(database, demo=args.demo, choose_profile=True, **extra)
    return gui_launcher(database, demo=args.demo, **extra)


def ensure_demo(database: str, keys: KeySource, *, needs_demo: bool = False) -> None:
    """Fills a database that has no families yet with the default demo; leaves any other alone.

    With ``needs_demo`` (``--as``) a database with families of its own is refused: only a demo may
    be entered as someone other than its registered worker.
    """
    services = open_services(database, keys)
    try:
        if family_count(services):
            if needs_demo and not is_demo(services):
                raise NotADemo()
            say(DEMO_SKIPPED, database=services.ctx.target.display_name)
            return
        report_demo(services, fill_demo(services))
    finally:
        services.close()


def run_demo(args: argparse.Namespace, _launcher: GuiLauncher | None) -> int:
    services = open_services(args.database, args.keys)
    try:
        if args.families > CITY_THRESHOLD:  # a city-size database: in bulk, with a progress bar
            bar = ProgressBar(DEMO_FAMILIES)
            try:
                from app.demo.city import fill_city  # the bulk writer: only for a city-size demo

                summary = fill_city(services, args.families, seed=args.seed, progress=bar)
            finally:
                bar.close()
        else:
            summary = fill_demo(services, args.families, seed=args.seed)
        report_demo(services, summary)
    finally:
        services.close()
    return EXIT_OK


def report_demo(services: Services, summary) -> None:
    counts = summary.by_status
    say(DEMO_ADDED, families=summary.families, database=services.ctx.target.display_name,
        intake=counts.get(CaseStatus.INTAKE, 0), active=counts.get(CaseStatus.ACTIVE, 0),
        waakvlam=counts.get(CaseStatus.WAAKVLAM, 0),
        closed=counts.get(CaseStatus.CLOSED, 0), worker=summary.local_worker, mine=summary.directed_by_local_worker)


def run_upgrade(args: argparse.Namespace, _launcher: GuiLauncher | None) -> int:
    target, engine = open_engine(args.database, args.keys, create=True)
    try:
        with database_errors(args.database):
            before = schema.schema_state(engine)
            backup_to = backup_folder_for(target) if target.path is not None else None
            backup = schema.upgrade(engine, backup_to=backup_to)
    finally:
        engine.dispose()
    name = target.display_name
    if before.status is schema.SchemaStatus.CURRENT:
        say(UP_TO_DATE, database=name, head=before.head)
    elif before.status is schema.SchemaStatus.EMPTY:
        say(CREATED, database=name, head=before.head)
    elif backup is not None:
        say(UPGRADED, database=name, current=before.current, head=before.head, backup=backup)
    else:
        say(UPGRADED_NO_BACKUP, database=name, current=before.current, head=before.head)
    return EXIT_OK


def run_current(args: argparse.Namespace, _launcher: GuiLauncher | None) -> int:
    _, state = schema_state(args.database, args.keys)
    say(CURRENT[state.status], current=state.current, head=state.head)
    return EXIT_OK


def run_check(args: argparse.Namespace, _launcher: GuiLauncher | None) -> int:
    target, state = schema_state(args.database, args.keys)
    name = target.display_name
    if state.status is schema.SchemaStatus.BEHIND:
        raise CliError(BEHIND, database=name, current=state.current, head=state.head)
    if state.status is schema.SchemaStatus.AHEAD:
        raise SchemaTooNew(revision=state.current)
    if state.status is schema.SchemaStatus.EMPTY:
        raise CliError(EMPTY, database=name)
    say(UP_TO_DATE, database=name, head=state.head)
    return EXIT_OK
