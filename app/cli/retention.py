"""``gezinsregie privacy retention-list``: the administrators' review list of retention (Jeugdwet 7.3.8).

    gezinsregie privacy retention-list

Prints every file past its 20 years (or with a destruction request) - family number, name, team, last
change, kept until, what stands in the way or is pending - and how many access-log entries are older
than five years. Administrators only; each family listed is logged as read. Registered under
``gezinsregie privacy`` by app/cli/privacy.py.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable

from app.cli.common import say
from app.cli.export import add_database_options, run_signed_in
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.queries.retention import DestructionRequestDTO, RetentionRow
from models.enums import DestructionStatus

ROW = QT_TRANSLATE_NOOP("Cli", "Family {id}: {name} ({team}) - last change {changed}, kept until {until}: {state}")
NONE = QT_TRANSLATE_NOOP("Cli", "No files are past their retention period and none has a destruction request.")
LOG = QT_TRANSLATE_NOOP("Cli", "Access log: {count} entries from before {cutoff} (older than five years).")
EXPIRED = QT_TRANSLATE_NOOP("Cli", "retention period passed")
NOT_EXPIRED = QT_TRANSLATE_NOOP("Cli", "retention period not passed")
OPEN_CASE = QT_TRANSLATE_NOOP("Cli", "open case")
REQUESTED = QT_TRANSLATE_NOOP("Cli", "destruction requested by {name}, waiting for a second administrator")
APPROVED = QT_TRANSLATE_NOOP("Cli", "destruction approved by {name}, ready to carry out")


def register(actions, common: Callable[[argparse.ArgumentParser], None] | None = None) -> None:
    """Adds ``retention-list`` to the ``gezinsregie privacy`` actions."""
    listing = actions.add_parser("retention-list", help=QT_TRANSLATE_NOOP(
        "CliHelp", "files past their retention period (Youth Act 7.3.8) and destruction requests; administrators"))
    (common or add_database_options)(listing)
    listing.set_defaults(handler=run_retention_list)


def state_text(row: RetentionRow) -> str:
    parts = [translate("Cli", EXPIRED if row.expired else NOT_EXPIRED)]
    if row.open_case:
        parts.append(translate("Cli", OPEN_CASE))
    if row.request is not None:
        parts.append(request_text(row.request))
    return "; ".join(parts)


def request_text(request: DestructionRequestDTO) -> str:
    if request.status is DestructionStatus.APPROVED:
        return translate("Cli", APPROVED).format(name=request.approved_by)
    return translate("Cli", REQUESTED).format(name=request.requested_by)


def run_retention_list(args: argparse.Namespace, _launcher=None) -> int:
    def work(services) -> None:
        review = services.retention.review()
        for row in review.files:
            say(ROW, id=row.family_id, name=row.family_name, team=row.team_name,
                changed=f"{row.last_change:%d-%m-%Y}", until=f"{row.kept_until:%d-%m-%Y}", state=state_text(row))
        if not review.files:
            say(NONE)
        say(LOG, count=review.old_log_entries, cutoff=f"{review.log_cutoff:%d-%m-%Y}")
    return run_signed_in(args, work)
