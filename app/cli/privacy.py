"""``gezinsregie privacy``: inspection and a copy of one person's file (Jeugdwet 7.3.10, AVG art. 15), and
"who looked at my file" for a family or one of its members (NEN 7513).

    gezinsregie privacy export --person ID --out FOLDER
    gezinsregie privacy access-report --family ID [--person ID] --out FILE

Writes ``<name>-inzage.pdf`` (to read) and ``<name>-inzage.json`` (to process) into FOLDER, as the
worker registered on the (local) database or the login on a central one; the export is in the
access log. Registered on the ``gezinsregie`` parser like ``app.cli.export``.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable

from app.cli.common import say
from app.cli.export import add_database_options, positive_number, run_signed_in
from app.i18n import QT_TRANSLATE_NOOP

SAVED = QT_TRANSLATE_NOOP("Cli", "Saved the inspection copy ({pages} pages) to {pdf} and {json}.")
PERSON_NUMBER = QT_TRANSLATE_NOOP("Cli", "The person number")
FAMILY_NUMBER = QT_TRANSLATE_NOOP("Cli", "The family number")
REPORT_SAVED = QT_TRANSLATE_NOOP("Cli", "Saved who looked at the file ({entries} entries, {pages} pages) to {path}.")


def register(subparsers, common: Callable[[argparse.ArgumentParser], None] | None = None) -> None:
    """Adds ``privacy export`` to the ``gezinsregie`` subcommands."""
    privacy = subparsers.add_parser("privacy", help=QT_TRANSLATE_NOOP(
        "CliHelp", "privacy: inspection and a copy of a person's file"))
    actions = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help=QT_TRANSLATE_NOOP(
        "CliHelp", "save everything the file holds about one person as PDF and JSON (Youth Act 7.3.10, GDPR 15)"))
    export.add_argument("--person", required=True, type=positive_number(PERSON_NUMBER), metavar="ID",
                        help=QT_TRANSLATE_NOOP("CliHelp", "the person's record number"))
    export.add_argument("--out", required=True, metavar="FOLDER", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the folder to write the two files in"))
    (common or add_database_options)(export)
    export.set_defaults(handler=run_privacy_export)

    report = actions.add_parser("access-report", help=QT_TRANSLATE_NOOP(
        "CliHelp", "save who read, changed, printed or exported what in a family's or person's file as PDF (NEN 7513)"))
    report.add_argument("--family", required=True, type=positive_number(FAMILY_NUMBER), metavar="ID",
                        help=QT_TRANSLATE_NOOP("CliHelp", "the family's record number"))
    report.add_argument("--person", type=positive_number(PERSON_NUMBER), metavar="ID",
                        help=QT_TRANSLATE_NOOP("CliHelp", "only the file of this member of the family"))
    report.add_argument("--out", required=True, metavar="FILE", help=QT_TRANSLATE_NOOP(
        "CliHelp", "the PDF file to write"))
    (common or add_database_options)(report)
    report.set_defaults(handler=run_access_report)


def run_privacy_export(args: argparse.Namespace, _launcher=None) -> int:
    def work(services) -> None:
        saved = services.privacy.export_person_file(args.person, args.out)
        say(SAVED, pages=saved.pages, pdf=saved.pdf, json=saved.json)
    return run_signed_in(args, work)


def run_access_report(args: argparse.Namespace, _launcher=None) -> int:
    def work(services) -> None:
        saved = services.privacy.export_access_report(args.out, family_id=args.family, person_id=args.person)
        say(REPORT_SAVED, entries=saved.entries, pages=saved.pages, path=saved.path)
    return run_signed_in(args, work)
