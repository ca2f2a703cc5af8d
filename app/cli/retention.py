"""``gezinsregie privacy``: retention (Jeugdwet 7.3.8) and destruction (7.3.9) for administrators.

    gezinsregie privacy retention-list
    gezinsregie privacy destroy-request --family ID --ground person_request|retention_expired
                                        --no-other-interest [--note TEXT]
    gezinsregie privacy log-removal-request [--note TEXT]
    gezinsregie privacy destroy-approve REQUEST
    gezinsregie privacy destroy-execute REQUEST --yes

The list prints every file past its 20 years (or with a destruction request) - family number, name,
team, last change, kept until, what stands in the way or is pending, the request's number - and how
many access-log entries are older than five years; each family listed is logged as read. The steps are
the app's (app/services/retention.py): a request by one administrator, approval by another, then
carrying out. Registered under ``gezinsregie privacy`` by app/cli/privacy.py.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable

from app.cli.common import CliError, say
from app.cli.export import add_database_options, positive_number, run_signed_in
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.queries.retention import DestructionRequestDTO, RetentionRow
from app.services.retention import FILE_GROUNDS, DestructionInput
from models.enums import DestructionGround, DestructionStatus

ROW = QT_TRANSLATE_NOOP("Cli", "Family {id}: {name} ({team}) - last change {changed}, kept until {until}: {state}")
NONE = QT_TRANSLATE_NOOP("Cli", "No files are past their retention period and none has a destruction request.")
LOG = QT_TRANSLATE_NOOP("Cli", "Access log: {count} entries from before {cutoff} (older than five years).")
EXPIRED = QT_TRANSLATE_NOOP("Cli", "retention period passed")
NOT_EXPIRED = QT_TRANSLATE_NOOP("Cli", "retention period not passed")
OPEN_CASE = QT_TRANSLATE_NOOP("Cli", "open case")
REQUESTED = QT_TRANSLATE_NOOP("Cli", "destruction requested by {name}, waiting for a second administrator")
APPROVED = QT_TRANSLATE_NOOP("Cli", "destruction approved by {name}, ready to carry out")
REQUEST_NUMBER = QT_TRANSLATE_NOOP("Cli", "request {id}")
FAMILY_NUMBER = QT_TRANSLATE_NOOP("Cli", "The family number")
NUMBER = QT_TRANSLATE_NOOP("Cli", "The request number")
REQUESTED_DONE = QT_TRANSLATE_NOOP("Cli", "Request {id} recorded; a second administrator must approve it.")
APPROVED_DONE = QT_TRANSLATE_NOOP("Cli", "Request {id} approved; it can be carried out now.")
EXECUTED_DONE = QT_TRANSLATE_NOOP("Cli", "Request {id} carried out: {rows} row(s) removed.")
NOT_PENDING = QT_TRANSLATE_NOOP("Cli", "There is no pending request {id}.")
CONFIRM = QT_TRANSLATE_NOOP(
    "Cli", "This removes the data for good. Daily backups keep it about 5 weeks, backups made by hand or before an "
           "upgrade until you delete them. Add --yes to carry it out.")


def register(actions, common: Callable[[argparse.ArgumentParser], None] | None = None) -> None:
    """Adds the retention actions to the ``gezinsregie privacy`` actions."""
    add_options = common or add_database_options
    listing = actions.add_parser("retention-list", help=QT_TRANSLATE_NOOP(
        "CliHelp", "files past their retention period (Youth Act 7.3.8) and destruction requests; administrators"))
    add_options(listing)
    listing.set_defaults(handler=run_retention_list)

    request = actions.add_parser("destroy-request", help=QT_TRANSLATE_NOOP(
        "CliHelp", "request the destruction of a family's file (Youth Act 7.3.9); a second administrator approves"))
    request.add_argument("--family", required=True, type=positive_number(FAMILY_NUMBER), metavar="ID",
                         help=QT_TRANSLATE_NOOP("CliHelp", "the family's record number"))
    request.add_argument("--ground", required=True, choices=[g.value for g in FILE_GROUNDS],
                         help=QT_TRANSLATE_NOOP("CliHelp", "the person's request, or retention period passed"))
    request.add_argument("--no-other-interest", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "you checked that nobody else has a substantial interest in keeping the file"))
    request.add_argument("--note", metavar="TEXT", help=QT_TRANSLATE_NOOP("CliHelp", "a note with the request"))
    add_options(request)
    request.set_defaults(handler=run_destroy_request)

    log = actions.add_parser("log-removal-request", help=QT_TRANSLATE_NOOP(
        "CliHelp", "request the removal of access-log entries older than five years"))
    log.add_argument("--note", metavar="TEXT", help=QT_TRANSLATE_NOOP("CliHelp", "a note with the request"))
    add_options(log)
    log.set_defaults(handler=run_log_removal_request)

    for name, handler, text in (
            ("destroy-approve", run_destroy_approve,
             QT_TRANSLATE_NOOP("CliHelp", "approve a request of another administrator")),
            ("destroy-execute", run_destroy_execute,
             QT_TRANSLATE_NOOP("CliHelp", "carry out an approved request: the data is removed for good"))):
        step = actions.add_parser(name, help=text)
        step.add_argument("request", type=positive_number(NUMBER), metavar="REQUEST",
                          help=QT_TRANSLATE_NOOP("CliHelp", "the request's number (retention-list shows it)"))
        if name == "destroy-execute":
            step.add_argument("--yes", action="store_true", help=QT_TRANSLATE_NOOP(
                "CliHelp", "carry it out without asking"))
        add_options(step)
        step.set_defaults(handler=handler)


def state_text(row: RetentionRow) -> str:
    parts = [translate("Cli", EXPIRED if row.expired else NOT_EXPIRED)]
    if row.open_case:
        parts.append(translate("Cli", OPEN_CASE))
    if row.request is not None:
        parts.append(request_text(row.request))
    return "; ".join(parts)


def request_text(request: DestructionRequestDTO) -> str:
    number = translate("Cli", REQUEST_NUMBER).format(id=request.id)
    if request.status is DestructionStatus.APPROVED:
        return f"{number}: " + translate("Cli", APPROVED).format(name=request.approved_by)
    return f"{number}: " + translate("Cli", REQUESTED).format(name=request.requested_by)


def _fields(call: Callable[[], DestructionRequestDTO]) -> DestructionRequestDTO:
    """Every field's message on one line (a ValidationError's own text names none)."""
    try:
        return call()
    except ValidationError as refused:
        raise CliError(" ".join(refused.field_messages().values())) from None


def _pending(services, request_id: int) -> DestructionRequestDTO:
    review = services.retention.review(log_read=False)
    pending = [r.request for r in review.files if r.request] + ([review.log_request] if review.log_request else [])
    found = next((r for r in pending if r.id == request_id), None)
    if found is None:
        raise CliError(NOT_PENDING, id=request_id)
    return found


def run_destroy_request(args: argparse.Namespace, _launcher=None) -> int:
    def work(services) -> None:
        done = _fields(lambda: services.retention.request_destruction(DestructionInput(
            args.family, DestructionGround(args.ground), args.no_other_interest, args.note)))
        say(REQUESTED_DONE, id=done.id)
    return run_signed_in(args, work)


def run_log_removal_request(args: argparse.Namespace, _launcher=None) -> int:
    def work(services) -> None:
        say(REQUESTED_DONE, id=_fields(lambda: services.retention.request_log_purge(args.note)).id)
    return run_signed_in(args, work)


def run_destroy_approve(args: argparse.Namespace, _launcher=None) -> int:
    def work(services) -> None:
        request = _pending(services, args.request)
        say(APPROVED_DONE, id=_fields(lambda: services.retention.approve(request.id, request.version)).id)
    return run_signed_in(args, work)


def run_destroy_execute(args: argparse.Namespace, _launcher=None) -> int:
    def work(services) -> None:
        request = _pending(services, args.request)
        if not args.yes:
            raise CliError(CONFIRM)
        done = _fields(lambda: services.retention.execute(request.id, request.version))
        say(EXECUTED_DONE, id=done.id, rows=done.removed_rows)
    return run_signed_in(args, work)


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
