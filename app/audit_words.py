"""What an access-log entry means, in words a family understands - the one place for it.

"Medewerker Sanne de Vries (Wijkteam Noord) heeft op 3 december 2026 om 14:05 het gezinsplan afgedrukt."
The report "who looked at my file" (app/export/access_report_pdf.py) and the inspection copy's access
section (app/export/person_file_pdf.py) both say it with :func:`sentence`: local time (Europe/Amsterdam;
the log stores UTC), the object in plain words (never ``family_plan``), who acted and on whose behalf.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.audit_detail import DetailCode
from app.i18n import QT_TRANSLATE_NOOP, translate
from models.enums import AuditEvent, AuditOutcome, Role

CONTEXT = "AccessWords"


def _zone() -> tzinfo:
    try:
        return ZoneInfo("Europe/Amsterdam")
    except ZoneInfoNotFoundError:  # no time-zone database (Windows without tzdata): this computer's zone
        return datetime.now().astimezone().tzinfo


LOCAL_ZONE = _zone()


def local(moment: datetime) -> datetime:
    """A logged moment (UTC; a naive one is UTC too) on the Dutch clock, summer time included."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(LOCAL_ZONE)


MONTHS = (
    QT_TRANSLATE_NOOP("AccessWords", "January"), QT_TRANSLATE_NOOP("AccessWords", "February"),
    QT_TRANSLATE_NOOP("AccessWords", "March"), QT_TRANSLATE_NOOP("AccessWords", "April"),
    QT_TRANSLATE_NOOP("AccessWords", "May"), QT_TRANSLATE_NOOP("AccessWords", "June"),
    QT_TRANSLATE_NOOP("AccessWords", "July"), QT_TRANSLATE_NOOP("AccessWords", "August"),
    QT_TRANSLATE_NOOP("AccessWords", "September"), QT_TRANSLATE_NOOP("AccessWords", "October"),
    QT_TRANSLATE_NOOP("AccessWords", "November"), QT_TRANSLATE_NOOP("AccessWords", "December"),
)


def long_day(day: date) -> str:
    """``3 december 2026``."""
    return f"{day.day} {translate(CONTEXT, MONTHS[day.month - 1])} {day.year}"


def clock_time(moment: datetime) -> str:
    """``14:05`` on the Dutch clock."""
    return local(moment).strftime("%H:%M")


ROLES = {
    Role.WORKER: QT_TRANSLATE_NOOP("AccessWords", "Worker"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("AccessWords", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("AccessWords", "Administrator"),
}
NO_WORKER = QT_TRANSLATE_NOOP("AccessWords", "The database administrator")
ACTOR = QT_TRANSLATE_NOOP("AccessWords", "{role} {name} ({team})")
ACTOR_NO_TEAM = QT_TRANSLATE_NOOP("AccessWords", "{role} {name}")
ON_BEHALF = QT_TRANSLATE_NOOP("AccessWords", "{actor}, on behalf of {other},")

# Every object type of app/audit_detail.OBJECT_TYPES in plain words (tests/unit/test_audit_words.py checks).
OBJECTS = {
    "access_log": QT_TRANSLATE_NOOP("AccessWords", "the overview of who looked at the file"),
    "action": QT_TRANSLATE_NOOP("AccessWords", "an agreement in the family plan"),
    "case": QT_TRANSLATE_NOOP("AccessWords", "the case file"),
    "case_history": QT_TRANSLATE_NOOP("AccessWords", "the history of the case"),
    "caseload": QT_TRANSLATE_NOOP("AccessWords", "a list of their families (with this family on it)"),
    "caseload_weights": QT_TRANSLATE_NOOP("AccessWords", "the caseload weights"),
    "consent": QT_TRANSLATE_NOOP("AccessWords", "the consents"),
    "demo_data": QT_TRANSLATE_NOOP("AccessWords", "example data"),
    "due_items": QT_TRANSLATE_NOOP("AccessWords", "a list of what needs doing (with this family on it)"),
    "evaluation": QT_TRANSLATE_NOOP("AccessWords", "an evaluation"),
    "evaluation_schedule": QT_TRANSLATE_NOOP("AccessWords", "the evaluation schedule"),
    "evaluations": QT_TRANSLATE_NOOP("AccessWords", "the evaluations"),
    "family": QT_TRANSLATE_NOOP("AccessWords", "the family's details"),
    "family_plan": QT_TRANSLATE_NOOP("AccessWords", "the family plan"),
    "goal": QT_TRANSLATE_NOOP("AccessWords", "a goal in the family plan"),
    "involvement": QT_TRANSLATE_NOOP("AccessWords", "the help from a provider"),
    "journal": QT_TRANSLATE_NOOP("AccessWords", "the journal of contacts"),
    "journal_entry": QT_TRANSLATE_NOOP("AccessWords", "a journal entry"),
    "management_figures": QT_TRANSLATE_NOOP("AccessWords", "the management figures"),
    "network_member": QT_TRANSLATE_NOOP("AccessWords", "someone in the family's network"),
    "next_due": QT_TRANSLATE_NOOP("AccessWords", "a list of what needs doing (with this family on it)"),
    "person": QT_TRANSLATE_NOOP("AccessWords", "a family member's details"),
    "plan_versions": QT_TRANSLATE_NOOP("AccessWords", "the versions of the family plan"),
    "product": QT_TRANSLATE_NOOP("AccessWords", "a provider's product"),
    "protection_measure": QT_TRANSLATE_NOOP("AccessWords", "the child-protection measures (OTS, guardianship)"),
    "aftercare": QT_TRANSLATE_NOOP("AccessWords", "the aftercare after help ended"),
    "transition_plan": QT_TRANSLATE_NOOP("AccessWords", "the plan for the transition to adulthood at 18"),
    "involvement_extension": QT_TRANSLATE_NOOP("AccessWords", "an extension of the help from a provider"),
    "scaling_answer": QT_TRANSLATE_NOOP("AccessWords", "the answers to the safety scaling question"),
    "meldcode_track": QT_TRANSLATE_NOOP("AccessWords", "the meldcode track (domestic violence, child abuse)"),
    "meldcode_entry": QT_TRANSLATE_NOOP("AccessWords", "the steps of the meldcode track"),
    "meldcode_reader": QT_TRANSLATE_NOOP("AccessWords", "who may read the meldcode steps"),
    "crisis": QT_TRANSLATE_NOOP("AccessWords", "a crisis and its follow-up"),
    "provider": QT_TRANSLATE_NOOP("AccessWords", "a provider"),
    "provider_signal": QT_TRANSLATE_NOOP("AccessWords", "a signal about a provider"),
    "improvement_step": QT_TRANSLATE_NOOP("AccessWords", "a step of a provider's improvement plan"),
    "provider_import": QT_TRANSLATE_NOOP("AccessWords", "an import of providers"),
    "score_trend": QT_TRANSLATE_NOOP("AccessWords", "the scores of the goals"),
    "segment": QT_TRANSLATE_NOOP("AccessWords", "a segment of help"),
    "sharing_record": QT_TRANSLATE_NOOP("AccessWords", "a note of what was shared with another party"),
    "team": QT_TRANSLATE_NOOP("AccessWords", "a team"),
    "team_caseload": QT_TRANSLATE_NOOP("AccessWords", "the team's list of families (with this family on it)"),
    "team_overview": QT_TRANSLATE_NOOP("AccessWords", "the team overview"),
    "team_waakvlam": QT_TRANSLATE_NOOP("AccessWords", "the team's waakvlam list (with this family on it)"),
    "team_worker_cases": QT_TRANSLATE_NOOP("AccessWords", "a worker's list of families (with this family on it)"),
    "waakvlam": QT_TRANSLATE_NOOP("AccessWords", "the waakvlam agreement"),
    "waakvlam_contact": QT_TRANSLATE_NOOP("AccessWords", "a waakvlam contact"),
    "waakvlam_overview": QT_TRANSLATE_NOOP("AccessWords", "the waakvlam overview (with this family on it)"),
    "worker": QT_TRANSLATE_NOOP("AccessWords", "a worker's details"),
    # own statement and correction (Jeugdwet 7.3.8), the family-group plan offer (4.1.2)
    "own_statement": QT_TRANSLATE_NOOP("AccessWords", "the family's own statements"),
    "text_correction": QT_TRANSLATE_NOOP("AccessWords", "a correction of a text on request"),
    "family_group_plan_offer": QT_TRANSLATE_NOOP("AccessWords", "the offer of a family-group plan"),
    # retention and destruction (Jeugdwet 7.3.8, 7.3.9)
    "destruction_request": QT_TRANSLATE_NOOP("AccessWords", "a request to destroy the file"),
}
SOME_PART = QT_TRANSLATE_NOOP("AccessWords", "a part of the file")
PERSON_NAMED = QT_TRANSLATE_NOOP("AccessWords", "the details of {name}")
PERSON_INSPECTION = QT_TRANSLATE_NOOP("AccessWords", "the inspection copy of {name}")
FAMILY_INSPECTION = QT_TRANSLATE_NOOP("AccessWords", "an inspection copy of a family member")

# "{who} ... {what} on {day} at {time}": the verb per event (the Dutch puts it at the end).
VERBS = {
    AuditEvent.READ: QT_TRANSLATE_NOOP("AccessWords", "{who} looked at {what} on {day} at {time}."),
    AuditEvent.CREATE: QT_TRANSLATE_NOOP("AccessWords", "{who} added {what} on {day} at {time}."),
    AuditEvent.UPDATE: QT_TRANSLATE_NOOP("AccessWords", "{who} changed {what} on {day} at {time}."),
    AuditEvent.DELETE: QT_TRANSLATE_NOOP("AccessWords", "{who} removed {what} on {day} at {time}."),
    AuditEvent.PRINT_EXPORT: QT_TRANSLATE_NOOP("AccessWords", "{who} printed or saved {what} on {day} at {time}."),
    AuditEvent.SEARCH: QT_TRANSLATE_NOOP("AccessWords", "{who} searched {what} on {day} at {time}."),
}
PRINTED = QT_TRANSLATE_NOOP("AccessWords", "{who} printed {what} on {day} at {time}.")
SAVED = QT_TRANSLATE_NOOP("AccessWords", "{who} saved {what} as a file on {day} at {time}.")
REFUSED = QT_TRANSLATE_NOOP("AccessWords", "{who} tried to open {what} on {day} at {time}, but had no access.")
FAILED = QT_TRANSLATE_NOOP("AccessWords", "{who} tried to use {what} on {day} at {time}, but it did not succeed.")

_PRINTED_CODES = frozenset({DetailCode.PLAN_PRINTED.value})
_SAVED_CODES = frozenset({DetailCode.PLAN_SAVED.value, DetailCode.PLAN_SAVED_FROM_PREVIEW.value,
                          DetailCode.PLAN_SAVED_ALL.value, DetailCode.CASELOAD_EXPORT.value,
                          DetailCode.WHO_LOOKED_AT.value})


def actor(role: Role | None, name: str | None, team: str | None) -> str:
    """``Medewerker Sanne de Vries (Wijkteam Noord)``; an entry without a worker (the schema's owner) reads
    as the database administrator."""
    if role is None or name is None:
        return translate(CONTEXT, NO_WORKER)
    template = ACTOR if team else ACTOR_NO_TEAM
    return translate(CONTEXT, template).format(role=translate(CONTEXT, ROLES[role]), name=name, team=team)


def object_words(object_type: str, object_id: int | None = None, detail_code: str | None = None,
                 event: AuditEvent | None = None, persons: Mapping[int, str] | None = None) -> str:
    """The object of an entry in plain words; a family member named where ``persons`` knows them."""
    if detail_code == DetailCode.WHO_LOOKED_AT.value:
        return translate(CONTEXT, OBJECTS["access_log"])
    if object_type == "person" and object_id is not None and persons and object_id in persons:
        name = persons[object_id]
        if event is AuditEvent.PRINT_EXPORT and detail_code == DetailCode.CASES.value:
            return translate(CONTEXT, PERSON_INSPECTION).format(name=name)
        return translate(CONTEXT, PERSON_NAMED).format(name=name)
    if object_type == "person" and event is AuditEvent.PRINT_EXPORT and detail_code == DetailCode.CASES.value:
        return translate(CONTEXT, FAMILY_INSPECTION)
    return translate(CONTEXT, OBJECTS.get(object_type, SOME_PART))


def sentence(*, who: str, event: AuditEvent, outcome: AuditOutcome, object_type: str, occurred_at: datetime,
             object_id: int | None = None, detail_code: str | None = None, on_behalf_of: str | None = None,
             persons: Mapping[int, str] | None = None) -> str:
    """One entry as a sentence: who (on whose behalf) did what to which part of the file, and when."""
    if on_behalf_of:
        who = translate(CONTEXT, ON_BEHALF).format(actor=who, other=on_behalf_of)
    if outcome is AuditOutcome.DENIED:
        template = REFUSED
    elif outcome is AuditOutcome.FAILED:
        template = FAILED
    elif event is AuditEvent.PRINT_EXPORT and detail_code in _PRINTED_CODES:
        template = PRINTED
    elif event is AuditEvent.PRINT_EXPORT and detail_code in _SAVED_CODES:
        template = SAVED
    else:
        template = VERBS[event]
    moment = local(occurred_at)
    what = object_words(object_type, object_id, detail_code, event, persons)
    return translate(CONTEXT, template).format(who=who, what=what, day=long_day(moment.date()),
                                               time=moment.strftime("%H:%M"))
