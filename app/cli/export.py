"""``gezinsregie export``: the family plan and the caseload list from the command line.

    gezinsregie export plan CASE_ID --out FILE [--plan-version N]
    gezinsregie export caseload --format pdf|xlsx --out FILE [--team]

The commands work as the worker registered on the (local) database, like the app does; every
export is in the access log. :func:`register` adds the commands to the ``gezinsregie`` parser (like
``cli_db.add_commands``, ``common`` adds --database and friends). Each handler returns an exit code
and reports a failure as one translated line on stderr.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable

from app.cli.common import CONTEXT, EXIT_ERROR, EXIT_OK, CliError, fail, key_source, open_services, say
from app.errors import AppError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.central.signin import sign_in_login

PLAN_SAVED = QT_TRANSLATE_NOOP("Cli", "Saved the family plan (version {version}, {pages} pages) to {path}.")
CASELOAD_SAVED = QT_TRANSLATE_NOOP("Cli", "Saved the caseload list to {path}; number of cases: {rows}.")
NOBODY = QT_TRANSLATE_NOOP(
    "Cli", "Nobody is registered on this database yet. Start the app once, or run 'gezinsregie demo'.")
BAD_NUMBER = QT_TRANSLATE_NOOP("Cli", "{what} must be a whole number from 1, not '{value}'.")
CASE_NUMBER = QT_TRANSLATE_NOOP("Cli", "The case number")
VERSION_NUMBER = QT_TRANSLATE_NOOP("Cli", "The plan version")
MAX_ID = 2**31 - 1  # record numbers are 32-bit integers in the database


def positive_number(what: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if not 1 <= value <= MAX_ID:
            raise argparse.ArgumentTypeError(translate(CONTEXT, BAD_NUMBER).format(
                what=translate(CONTEXT, what), value=text))
        return value
    parse.__name__ = "number"
    return parse


def register(subparsers, common: Callable[[argparse.ArgumentParser], None] | None = None) -> None:
    """Adds ``export plan`` and ``export caseload`` to the ``gezinsregie`` subcommands."""
    common = common or add_database_options
    export = subparsers.add_parser("export", help=QT_TRANSLATE_NOOP(
        "CliHelp", "export the family plan or the caseload list"))
    kinds = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)

    plan = kinds.add_parser("plan", help=QT_TRANSLATE_NOOP("CliHelp", "save a case's family plan as PDF"))
    plan.add_argument("case_id", type=positive_number(CASE_NUMBER), metavar="CASE_ID", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the case number"))
    plan.add_argument("--out", required=True, metavar="FILE", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the PDF file to write"))
    plan.add_argument("--plan-version", type=positive_number(VERSION_NUMBER), metavar="N",
                      help=QT_TRANSLATE_NOOP(
                          "CliHelp", "this version of the plan (default: the current one, a draft if there is one)"))
    common(plan)
    plan.set_defaults(handler=run_export_plan)

    caseload = kinds.add_parser("caseload", help=QT_TRANSLATE_NOOP(
        "CliHelp", "save your caseload list (or your team's) as PDF or XLSX"))
    caseload.add_argument("--format", choices=("pdf", "xlsx"), required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "pdf (A4 landscape) or xlsx"))
    caseload.add_argument("--out", required=True, metavar="FILE", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the file to write"))
    caseload.add_argument("--team", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the cases of your team(s) instead of your own"))
    common(caseload)
    caseload.set_defaults(handler=run_export_caseload)


def add_database_options(p: argparse.ArgumentParser) -> None:
    """--database and --passphrase-file, for a parser that does not bring its own (tests)."""
    p.add_argument("--database", metavar="PATH_OR_URL", default=None,
                   help=QT_TRANSLATE_NOOP(
                       "CliHelp", "database file (embedded SQLite) or URL; default: the embedded database in your "
                                  "data folder"))
    p.add_argument("--passphrase-file", metavar="FILE", default=None,
                   help=QT_TRANSLATE_NOOP(
                       "CliHelp", "read the database passphrase from FILE (GEZINSREGIE_PASSPHRASE works too)"))


def run_export_plan(args: argparse.Namespace, _launcher=None) -> int:
    def work(services) -> None:
        saved = services.exports.save_plan_pdf(args.case_id, args.out, version_no=args.plan_version)
        say(PLAN_SAVED, version=saved.version_no, pages=saved.pages, path=saved.path)
    return run_signed_in(args, work)


def run_export_caseload(args: argparse.Namespace, _launcher=None) -> int:
    def work(services) -> None:
        from app.services.exports import CaseloadScope  # not at import: the app's start does not export

        exports = services.exports
        scope = CaseloadScope.TEAM if args.team else CaseloadScope.MINE
        save = exports.caseload_xlsx if args.format == "xlsx" else exports.caseload_pdf
        saved = save(scope, args.out)
        say(CASELOAD_SAVED, rows=saved.rows, path=saved.path)
    return run_signed_in(args, work)


def run_signed_in(args: argparse.Namespace, work: Callable) -> int:
    """Opens the services signed in (the local worker, or the login on a central database), runs ``work(services)``;
    errors become one line
    (shared by the export and privacy commands)."""
    try:
        keys = getattr(args, "keys", None) or key_source(args)
        services = open_services(getattr(args, "database", None), keys)
        try:
            if services.ctx.target.is_sqlite:
                worker = services.workers.local_worker()
                if worker is None:
                    raise CliError(NOBODY)
                services.workers.sign_in(worker.worker_id)
            else:  # a central database: the login role is the worker
                sign_in_login(services.ctx)
            work(services)
        finally:
            services.close()
    except AppError as exc:
        return fail(exc.message(), getattr(exc, "exit_code", EXIT_ERROR))
    return EXIT_OK
