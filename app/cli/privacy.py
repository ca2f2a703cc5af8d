"""``gezinsregie privacy``: inspection and a copy of one person's file (Jeugdwet 7.3.10, AVG art. 15).

    gezinsregie privacy export --person ID --out FOLDER
    gezinsregie privacy retention-list      (app/cli/retention.py)

Writes ``<name>-inzage.pdf`` (to read) and ``<name>-inzage.json`` (to process) into FOLDER, as the
worker registered on the (local) database or the login on a central one; the export is in the
access log. Registered on the ``gezinsregie`` parser like ``app.cli.export``.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable

from app.cli.common import say
from app.cli.export import add_database_options, positive_number, run_signed_in
from app.cli.retention import register as register_retention
from app.i18n import QT_TRANSLATE_NOOP

SAVED = QT_TRANSLATE_NOOP("Cli", "Saved the inspection copy ({pages} pages) to {pdf} and {json}.")
PERSON_NUMBER = QT_TRANSLATE_NOOP("Cli", "The person number")


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
    register_retention(actions, common)


def run_privacy_export(args: argparse.Namespace, _launcher=None) -> int:
    def work(services) -> None:
        saved = services.privacy.export_person_file(args.person, args.out)
        say(SAVED, pages=saved.pages, pdf=saved.pdf, json=saved.json)
    return run_signed_in(args, work)
