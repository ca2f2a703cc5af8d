"""What an access-log entry may say beyond its event and object: a code and a few counts, never text.

An entry's detail is a :class:`DetailCode` plus arguments of a fixed kind per code - a count or an id,
a day, or one of a closed list of tokens (an enum's values). Free text cannot be stored, so a name or
a BSN can never end up in the log, whoever writes the entry. The central database checks the same
rules in its logging function (migration 0009 keeps a frozen copy); here they are checked before the
embedded database's plain insert, and :func:`describe` turns a stored detail into readable (Dutch) text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.codelists import END_REASONS
from app.i18n import QT_TRANSLATE_NOOP, translate
from models.enums import (
    AftercareKind, ContactOutcome, CrisisOutcome, CrisisStart, DestructionGround, DirectionMode, EvaluationDecision,
    ExtensionStatus, HandoverStatus, ImprovementStepKind, LegalGround, ProtectionKind, Role, SharingPurpose, SignalKind,
)

CONTEXT = "AccessLog"
COUNT = "n"  # a whole number 0..999,999,999: a count, a version, an id
DAY = "d"    # a day, stored as YYYYMMDD
MAX_COUNT = 999_999_999
SEPARATOR = ","

# Every object type an entry may name; the database refuses any other (a type is no place for text).
OBJECT_TYPES = frozenset({
    "access_log", "action", "case", "case_history", "caseload", "caseload_weights", "consent", "demo_data",
    "destruction_request", "due_items", "evaluation", "evaluation_schedule", "evaluations", "family", "family_plan",
    "goal", "involvement", "journal", "journal_entry", "management_figures", "network_member", "next_due", "person",
    "plan_versions", "product", "provider", "provider_import", "score_trend", "segment", "sharing_record", "team", "team_caseload",
    "team_overview", "team_waakvlam", "team_worker_cases", "waakvlam", "waakvlam_contact", "waakvlam_overview", "worker",
    # own statement and correction (Jeugdwet 7.3.8), the family-group plan offer (4.1.2)
    "own_statement", "text_correction", "family_group_plan_offer",
    # child-protection measures (issue 15)
    "protection_measure",
    # aftercare and the transition plan at 18 (issue 15 items 6, 7)
    "aftercare", "transition_plan",
    # extensions under control (issue 18 item 2)
    "involvement_extension",
    # account holding: signals about providers and improvement plans (issue 18 item 3)
    "provider_signal", "improvement_step",
    # the scaling question of the safety plan (issue 17 item 3)
    "scaling_answer",
    # the meldcode track (issue 17)
    "meldcode_track", "meldcode_entry", "meldcode_reader",
    # a crisis: follow-up within 24 hours (issue 17 item 4)
    "crisis",
})


class DetailCode(StrEnum):
    CASES = "cases"
    CASES_NEXT_DUE = "cases_next_due"
    INVOLVEMENTS = "involvements"
    HITS = "hits"
    DUE_OWN = "due_own"
    DUE_TEAM = "due_team"
    SEARCH = "search"
    SEARCH_MORE = "search_more"
    SEARCH_HIT = "search_hit"
    DUPLICATE_CHECK = "duplicate_check"
    DUPLICATE_CHECK_HIT = "duplicate_check_hit"
    CASE_VIEW = "case_view"
    TEAM_OVERVIEW = "team_overview"
    WORKER_CASES = "worker_cases"
    WHO_LOOKED_AT = "who_looked_at"
    WHAT_DID_WORKER_LOOK_AT = "what_did_worker_look_at"
    FIGURES = "figures"
    FIGURES_XLSX = "figures_xlsx"
    CASELOAD_EXPORT = "caseload_export"
    PLAN_PREVIEW = "plan_preview"
    PLAN_PRINTED = "plan_printed"
    PLAN_SAVED = "plan_saved"
    PLAN_SAVED_FROM_PREVIEW = "plan_saved_from_preview"
    PLAN_SAVED_ALL = "plan_saved_all"
    PROVIDER_IMPORT = "provider_import"
    ACTIVATED = "activated"
    DEACTIVATED = "deactivated"
    DIRECTOR_TRANSFERRED = "director_transferred"
    DIRECTOR_REASSIGNED = "director_reassigned"
    PRIORITY_SET = "priority_set"
    CLOSED = "closed"
    REOPENED = "reopened"
    TO_WAAKVLAM = "to_waakvlam"
    ENDED = "ended"
    WAAKVLAM_CONTACT = "waakvlam_contact"
    REOPENED_FROM_WAAKVLAM = "reopened_from_waakvlam"
    INVOLVEMENT_ENDED = "involvement_ended"
    EXTENSION = "extension"
    REPORT_BACK_RECEIVED = "report_back_received"
    HANDOVER = "handover"
    GOALS_LINKED = "goals_linked"
    MOVED = "moved"
    DONE = "done"
    NOT_DONE = "not_done"
    COMPARED_WITH = "compared_with"
    PLAN_VERSION = "plan_version"
    SUPERSEDED = "superseded"
    AGREED = "agreed"
    EVALUATION_DECISION = "evaluation_decision"
    WORKER_ROLE = "worker_role"
    ADDED_TO_TEAM = "added_to_team"
    PASSWORD_RESET = "password_reset"
    DEMO_FAMILY = "demo_family"
    CITY_DEMO = "city_demo"
    DEMO_DATA = "demo_data"
    SHARED = "shared"
    RETENTION_REVIEW = "retention_review"
    DESTRUCTION_REQUESTED = "destruction_requested"
    DESTRUCTION_APPROVED = "destruction_approved"
    DESTRUCTION_WITHDRAWN = "destruction_withdrawn"
    DESTRUCTION_EXECUTED = "destruction_executed"
    ACCESS_LOG_PURGED = "access_log_purged"
    DIRECTION_SET = "direction_set"
    MEASURE_RECORDED = "measure_recorded"
    CONTACT_DETAILS = "contact_details"
    MUNICIPALITIES = "municipalities"
    FIGURES_MUNICIPALITY = "figures_municipality"
    FIGURES_XLSX_MUNICIPALITY = "figures_xlsx_municipality"
    AFTERCARE_RECORDED = "aftercare_recorded"
    TRANSITION_PLAN_SAVED = "transition_plan_saved"
    EXTENSION_REQUESTED = "extension_requested"
    EXTENSION_DECIDED = "extension_decided"
    EXTENSION_APPROVAL = "extension_approval"
    SIGNAL_RAISED = "signal_raised"
    IMPROVEMENT_STEP = "improvement_step"
    SCALING_ANSWER_RECORDED = "scaling_answer_recorded"
    SAFETY_PLAN_SAVED = "safety_plan_saved"
    MELDCODE_STEP = "meldcode_step"
    MELDCODE_READER_ADDED = "meldcode_reader_added"
    CRISIS_STARTED = "crisis_started"
    CRISIS_FOLLOWED_UP = "crisis_followed_up"
    CRISIS_ENDED = "crisis_ended"


@dataclass(frozen=True)
class Spec:
    template: str
    args: tuple[tuple[str, str | tuple[str, ...]], ...] = ()  # (name, COUNT | DAY | allowed tokens)


def _tokens(*values) -> tuple[str, ...]:
    return tuple(str(getattr(v, "value", v)) for v in values)


SEARCH_KINDS = ("name", "bsn", "date_of_birth")
FORMATS = ("pdf", "xlsx")
APPROVAL_SETTINGS = ("approval_required", "approval_not_required")  # a team's setting for extensions
_VERSION = (("version", COUNT),)
_PERIOD = (("start", DAY), ("end", DAY))

C = DetailCode
SPECS: dict[DetailCode, Spec] = {
    C.CASES: Spec(QT_TRANSLATE_NOOP("AccessLog", "{cases} case(s)"), (("cases", COUNT),)),
    C.CASES_NEXT_DUE: Spec(QT_TRANSLATE_NOOP("AccessLog", "{cases} case(s), next due date for {due}"),
                           (("cases", COUNT), ("due", COUNT))),
    C.INVOLVEMENTS: Spec(QT_TRANSLATE_NOOP("AccessLog", "{count} involvement(s)"), (("count", COUNT),)),
    C.HITS: Spec(QT_TRANSLATE_NOOP("AccessLog", "{hits} hit(s)"), (("hits", COUNT),)),
    C.DUE_OWN: Spec(QT_TRANSLATE_NOOP("AccessLog", "Own cases, {items} item(s)"), (("items", COUNT),)),
    C.DUE_TEAM: Spec(QT_TRANSLATE_NOOP("AccessLog", "The team's cases, {items} item(s)"), (("items", COUNT),)),
    C.SEARCH: Spec(QT_TRANSLATE_NOOP("AccessLog", "Search by {kind}, {hits} hit(s)"),
                   (("kind", SEARCH_KINDS), ("hits", COUNT))),
    C.SEARCH_MORE: Spec(QT_TRANSLATE_NOOP("AccessLog", "Search by {kind}, more than {hits} hits"),
                        (("kind", SEARCH_KINDS), ("hits", COUNT))),
    C.SEARCH_HIT: Spec(QT_TRANSLATE_NOOP("AccessLog", "Shown as a search hit")),
    C.DUPLICATE_CHECK: Spec(QT_TRANSLATE_NOOP("AccessLog", "Duplicate check, {hits} hit(s)"), (("hits", COUNT),)),
    C.DUPLICATE_CHECK_HIT: Spec(QT_TRANSLATE_NOOP("AccessLog", "Shown in the duplicate check")),
    C.CASE_VIEW: Spec(QT_TRANSLATE_NOOP("AccessLog", "Case view")),
    C.TEAM_OVERVIEW: Spec(QT_TRANSLATE_NOOP("AccessLog", "{workers} worker(s), {cases} open case(s)"),
                          (("workers", COUNT), ("cases", COUNT))),
    C.WORKER_CASES: Spec(QT_TRANSLATE_NOOP("AccessLog", "Team {team}: {cases} case(s), next due date for {due}"),
                         (("team", COUNT), ("cases", COUNT), ("due", COUNT))),
    C.WHO_LOOKED_AT: Spec(QT_TRANSLATE_NOOP("AccessLog", "Who looked at the family: {entries} entries"),
                          (("entries", COUNT),)),
    C.WHAT_DID_WORKER_LOOK_AT: Spec(QT_TRANSLATE_NOOP("AccessLog", "What worker {worker} looked at: {entries} entries"),
                                    (("worker", COUNT), ("entries", COUNT))),
    C.FIGURES: Spec(QT_TRANSLATE_NOOP("AccessLog", "Period {start} - {end}"), _PERIOD),
    C.FIGURES_XLSX: Spec(QT_TRANSLATE_NOOP("AccessLog", "Period {start} - {end}, as a workbook"), _PERIOD),
    C.CASELOAD_EXPORT: Spec(QT_TRANSLATE_NOOP("AccessLog", "Caseload list as {format}, {cases} case(s)"),
                            (("format", FORMATS), ("cases", COUNT))),
    C.PLAN_PREVIEW: Spec(QT_TRANSLATE_NOOP("AccessLog", "Version {version}: PDF for the preview"), _VERSION),
    C.PLAN_PRINTED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Version {version}: printed, {pages} page(s)"),
                         (*_VERSION, ("pages", COUNT))),
    C.PLAN_SAVED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Version {version}: saved as PDF"), _VERSION),
    C.PLAN_SAVED_FROM_PREVIEW: Spec(
        QT_TRANSLATE_NOOP("AccessLog", "Version {version}: saved as PDF from the preview"), _VERSION),
    C.PLAN_SAVED_ALL: Spec(QT_TRANSLATE_NOOP("AccessLog", "Version {version}: saved as PDF (all my plans)"), _VERSION),
    C.PROVIDER_IMPORT: Spec(
        QT_TRANSLATE_NOOP("AccessLog", "{rows} row(s): providers {providers_new} new, {providers_changed} changed; products {products_new} new, {products_changed} changed"),  # noqa: E501
        tuple((name, COUNT) for name in
              ("rows", "providers_new", "providers_changed", "products_new", "products_changed"))),
    C.ACTIVATED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Activated")),
    C.DEACTIVATED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Deactivated")),
    C.DIRECTOR_TRANSFERRED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Director transferred")),
    C.DIRECTOR_REASSIGNED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Director reassigned by the supervisor")),
    C.PRIORITY_SET: Spec(QT_TRANSLATE_NOOP("AccessLog", "Priority set")),
    C.CLOSED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Closed")),
    C.REOPENED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Reopened (recurrence)")),
    C.TO_WAAKVLAM: Spec(QT_TRANSLATE_NOOP("AccessLog", "Moved to waakvlam")),
    C.ENDED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Ended")),
    C.WAAKVLAM_CONTACT: Spec(QT_TRANSLATE_NOOP("AccessLog", "Contact: {outcome}"),
                             (("outcome", _tokens(*ContactOutcome)),)),
    C.REOPENED_FROM_WAAKVLAM: Spec(QT_TRANSLATE_NOOP("AccessLog", "Reopened from waakvlam (recurrence)")),
    C.INVOLVEMENT_ENDED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Ended, reason {reason}"),
                              (("reason", tuple(END_REASONS)),)),
    C.EXTENSION: Spec(QT_TRANSLATE_NOOP("AccessLog", "Extension {number}"), (("number", COUNT),)),
    C.REPORT_BACK_RECEIVED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Report-back received")),
    C.HANDOVER: Spec(QT_TRANSLATE_NOOP("AccessLog", "Handover: {status}"), (("status", _tokens(*HandoverStatus)),)),
    C.GOALS_LINKED: Spec(QT_TRANSLATE_NOOP("AccessLog", "{goals} goal(s) linked"), (("goals", COUNT),)),
    C.MOVED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Moved")),
    C.DONE: Spec(QT_TRANSLATE_NOOP("AccessLog", "Marked done")),
    C.NOT_DONE: Spec(QT_TRANSLATE_NOOP("AccessLog", "Marked not done")),
    C.COMPARED_WITH: Spec(QT_TRANSLATE_NOOP("AccessLog", "Compared with plan {plan}"), (("plan", COUNT),)),
    C.PLAN_VERSION: Spec(QT_TRANSLATE_NOOP("AccessLog", "Version {version}"), _VERSION),
    C.SUPERSEDED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Superseded")),
    C.AGREED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Agreed")),
    C.EVALUATION_DECISION: Spec(QT_TRANSLATE_NOOP("AccessLog", "Decision: {decision}"),
                                (("decision", _tokens(*EvaluationDecision)),)),
    C.WORKER_ROLE: Spec(QT_TRANSLATE_NOOP("AccessLog", "Role: {role}"), (("role", _tokens(*Role)),)),
    C.ADDED_TO_TEAM: Spec(QT_TRANSLATE_NOOP("AccessLog", "Added to team {team}"), (("team", COUNT),)),
    C.PASSWORD_RESET: Spec(QT_TRANSLATE_NOOP("AccessLog", "Password reset")),
    C.DEMO_FAMILY: Spec(QT_TRANSLATE_NOOP("AccessLog", "Demo network, plans and journal")),
    C.CITY_DEMO: Spec(QT_TRANSLATE_NOOP("AccessLog", "City demo, {families} families"), (("families", COUNT),)),
    C.DEMO_DATA: Spec(QT_TRANSLATE_NOOP("AccessLog", "Demo data")),
    C.SHARED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Shared for {purpose}, on {basis}"),
                   (("purpose", _tokens(*SharingPurpose)), ("basis", ("consent", *_tokens(*LegalGround))))),
    C.RETENTION_REVIEW: Spec(QT_TRANSLATE_NOOP("AccessLog", "Shown on the retention review list")),
    C.DESTRUCTION_REQUESTED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Destruction requested: {ground}"),
                                  (("ground", _tokens(*DestructionGround)),)),
    C.DESTRUCTION_APPROVED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Destruction approved by a second administrator")),
    C.DESTRUCTION_WITHDRAWN: Spec(QT_TRANSLATE_NOOP("AccessLog", "Destruction request withdrawn")),
    C.DESTRUCTION_EXECUTED: Spec(QT_TRANSLATE_NOOP("AccessLog", "File destroyed: {rows} record(s) removed"),
                                 (("rows", COUNT),)),
    C.ACCESS_LOG_PURGED: Spec(QT_TRANSLATE_NOOP("AccessLog", "{entries} access-log entries from before {cutoff} removed"),
                              (("entries", COUNT), ("cutoff", DAY))),
    C.DIRECTION_SET: Spec(QT_TRANSLATE_NOOP("AccessLog", "Direction: {mode}"),
                          (("mode", _tokens(*DirectionMode)),)),
    C.MEASURE_RECORDED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Measure: {kind}"),
                             (("kind", _tokens(*ProtectionKind)),)),
    C.CONTACT_DETAILS: Spec(QT_TRANSLATE_NOOP("AccessLog", "Phone and e-mail")),
    C.MUNICIPALITIES: Spec(QT_TRANSLATE_NOOP("AccessLog", "{count} municipality(ies)"), (("count", COUNT),)),
    C.FIGURES_MUNICIPALITY: Spec(QT_TRANSLATE_NOOP("AccessLog", "Period {start} - {end}, municipality {municipality}"),
                                 (*_PERIOD, ("municipality", COUNT))),
    C.FIGURES_XLSX_MUNICIPALITY: Spec(
        QT_TRANSLATE_NOOP("AccessLog", "Period {start} - {end}, municipality {municipality}, as a workbook"),
        (*_PERIOD, ("municipality", COUNT))),
    C.AFTERCARE_RECORDED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Aftercare: {kind}"),
                               (("kind", _tokens(*AftercareKind)),)),
    C.TRANSITION_PLAN_SAVED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Transition plan, {domains} domain(s)"),
                                  (("domains", COUNT),)),
    C.EXTENSION_REQUESTED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Extension {number}: {status}"),
                                (("number", COUNT), ("status", _tokens(*ExtensionStatus)))),
    C.EXTENSION_DECIDED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Extension {number}: {status}"),
                              (("number", COUNT), ("status", _tokens(ExtensionStatus.APPROVED,
                                                                     ExtensionStatus.REFUSED)))),
    C.EXTENSION_APPROVAL: Spec(QT_TRANSLATE_NOOP("AccessLog", "Extensions: {setting}"),
                               (("setting", _tokens(*APPROVAL_SETTINGS)),)),
    C.SIGNAL_RAISED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Signal: {kind}"), (("kind", _tokens(*SignalKind)),)),
    C.IMPROVEMENT_STEP: Spec(QT_TRANSLATE_NOOP("AccessLog", "Improvement plan step: {step}"),
                             (("step", _tokens(*ImprovementStepKind)),)),
    C.SCALING_ANSWER_RECORDED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Scaling answer, score {score}"),
                                    (("score", COUNT),)),
    C.SAFETY_PLAN_SAVED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Safety plan texts")),
    C.MELDCODE_STEP: Spec(QT_TRANSLATE_NOOP("AccessLog", "Meldcode step {step}"), (("step", COUNT),)),
    C.MELDCODE_READER_ADDED: Spec(QT_TRANSLATE_NOOP("AccessLog", "May read the meldcode steps: worker {worker}"),
                                  (("worker", COUNT),)),
    C.CRISIS_STARTED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Crisis started: {by}"), (("by", _tokens(*CrisisStart)),)),
    C.CRISIS_FOLLOWED_UP: Spec(QT_TRANSLATE_NOOP("AccessLog", "Crisis followed up after {hours} hour(s)"),
                               (("hours", COUNT),)),
    C.CRISIS_ENDED: Spec(QT_TRANSLATE_NOOP("AccessLog", "Crisis ended after {days} day(s): {outcome}"),
                         (("outcome", _tokens(*CrisisOutcome)), ("days", COUNT))),
}

# How a token argument reads (END_REASONS, already Dutch, are shown with their code).
TOKEN_LABELS = {
    "name": QT_TRANSLATE_NOOP("AccessLog", "name"),
    "bsn": QT_TRANSLATE_NOOP("AccessLog", "BSN"),
    "date_of_birth": QT_TRANSLATE_NOOP("AccessLog", "date of birth"),
    "pdf": QT_TRANSLATE_NOOP("AccessLog", "PDF"),
    "xlsx": QT_TRANSLATE_NOOP("AccessLog", "workbook"),
    ContactOutcome.ALL_WELL.value: QT_TRANSLATE_NOOP("AccessLog", "all well"),
    ContactOutcome.CONCERNS.value: QT_TRANSLATE_NOOP("AccessLog", "concerns"),
    ContactOutcome.REOPEN.value: QT_TRANSLATE_NOOP("AccessLog", "reopen the case"),
    HandoverStatus.REFERRED.value: QT_TRANSLATE_NOOP("AccessLog", "referred"),
    HandoverStatus.TAKEN_OVER.value: QT_TRANSLATE_NOOP("AccessLog", "taken over"),
    HandoverStatus.STARTED.value: QT_TRANSLATE_NOOP("AccessLog", "started"),
    EvaluationDecision.CONTINUE.value: QT_TRANSLATE_NOOP("AccessLog", "continue the help as planned"),
    EvaluationDecision.SCALE_DOWN.value: QT_TRANSLATE_NOOP("AccessLog", "scale the help down"),
    EvaluationDecision.SCALE_UP.value: QT_TRANSLATE_NOOP("AccessLog", "scale the help up"),
    EvaluationDecision.END_HELP.value: QT_TRANSLATE_NOOP("AccessLog", "end the help"),
    EvaluationDecision.TO_WAAKVLAM.value: QT_TRANSLATE_NOOP("AccessLog", "move to waakvlam"),
    DirectionMode.SOCIAL_TEAM.value: QT_TRANSLATE_NOOP("AccessLog", "the social team"),
    DirectionMode.SAMENREGIE.value: QT_TRANSLATE_NOOP("AccessLog", "samenregie"),
    DirectionMode.ELSEWHERE.value: QT_TRANSLATE_NOOP("AccessLog", "elsewhere"),
    ProtectionKind.PROVISIONAL_OTS.value: QT_TRANSLATE_NOOP("AccessLog", "provisional OTS"),
    ProtectionKind.OTS.value: QT_TRANSLATE_NOOP("AccessLog", "OTS"),
    ProtectionKind.GUARDIANSHIP.value: QT_TRANSLATE_NOOP("AccessLog", "guardianship"),
    AftercareKind.NETWORK.value: QT_TRANSLATE_NOOP("AccessLog", "secured in the own network"),
    AftercareKind.FREE_ACCESS.value: QT_TRANSLATE_NOOP("AccessLog", "secured with a free-access service"),
    AftercareKind.NONE_NEEDED.value: QT_TRANSLATE_NOOP("AccessLog", "none needed"),
    ExtensionStatus.REQUESTED.value: QT_TRANSLATE_NOOP("AccessLog", "awaiting approval"),
    ExtensionStatus.APPROVED.value: QT_TRANSLATE_NOOP("AccessLog", "in effect"),
    ExtensionStatus.REFUSED.value: QT_TRANSLATE_NOOP("AccessLog", "refused"),
    APPROVAL_SETTINGS[0]: QT_TRANSLATE_NOOP("AccessLog", "a supervisor approves"),
    APPROVAL_SETTINGS[1]: QT_TRANSLATE_NOOP("AccessLog", "no approval needed"),
    SignalKind.GOAL_NOT_REACHED.value: QT_TRANSLATE_NOOP("AccessLog", "goal not reached"),
    SignalKind.WAITING_TIME.value: QT_TRANSLATE_NOOP("AccessLog", "waiting time exceeded"),
    SignalKind.NO_REPORT_BACK.value: QT_TRANSLATE_NOOP("AccessLog", "no report-back"),
    SignalKind.OTHER.value: QT_TRANSLATE_NOOP("AccessLog", "other"),
    ImprovementStepKind.PLAN.value: QT_TRANSLATE_NOOP("AccessLog", "improvement plan"),
    ImprovementStepKind.MONITORING.value: QT_TRANSLATE_NOOP("AccessLog", "monitoring"),
    ImprovementStepKind.DECISION.value: QT_TRANSLATE_NOOP("AccessLog", "decision"),
    CrisisStart.MARKED.value: QT_TRANSLATE_NOOP("AccessLog", "marked by the worker"),
    CrisisStart.INVOLVEMENT.value: QT_TRANSLATE_NOOP("AccessLog", "crisis help added"),
    CrisisOutcome.ENDED.value: QT_TRANSLATE_NOOP("AccessLog", "ended without further help"),
    CrisisOutcome.REGULAR_HELP.value: QT_TRANSLATE_NOOP("AccessLog", "converted to regular help"),
    CrisisOutcome.PLACEMENT.value: QT_TRANSLATE_NOOP("AccessLog", "out-of-home placement"),
    # CrisisOutcome.OTHER is "other" too: SignalKind.OTHER above reads for both
    Role.WORKER.value: QT_TRANSLATE_NOOP("AccessLog", "worker"),
    Role.SUPERVISOR.value: QT_TRANSLATE_NOOP("AccessLog", "supervisor"),
    Role.ADMIN.value: QT_TRANSLATE_NOOP("AccessLog", "administrator"),
    SharingPurpose.INVOLVEMENT.value: QT_TRANSLATE_NOOP("AccessLog", "a referral to the provider"),
    SharingPurpose.EVALUATION.value: QT_TRANSLATE_NOOP("AccessLog", "a provider's evaluation"),
    SharingPurpose.PLAN_FOR_PROVIDER.value: QT_TRANSLATE_NOOP("AccessLog", "the plan for a provider"),
    "consent": QT_TRANSLATE_NOOP("AccessLog", "consent"),
    LegalGround.DIRECTLY_INVOLVED.value: QT_TRANSLATE_NOOP(
        "AccessLog", "the legal ground: directly involved in the help"),
    LegalGround.OTS_INSTITUTION.value: QT_TRANSLATE_NOOP(
        "AccessLog", "the legal ground: certified institution during an OTS"),
    LegalGround.ACUTE_SAFETY.value: QT_TRANSLATE_NOOP("AccessLog", "the legal ground: acute safety"),
    DestructionGround.PERSON_REQUEST.value: QT_TRANSLATE_NOOP("AccessLog", "at the person's request"),
    DestructionGround.RETENTION_EXPIRED.value: QT_TRANSLATE_NOOP("AccessLog", "retention period passed"),
    DestructionGround.LOG_RETENTION.value: QT_TRANSLATE_NOOP("AccessLog", "access log older than five years"),
}
del C

_COUNT_TEXT = re.compile(r"0|[1-9][0-9]{0,8}")
_DAY_TEXT = re.compile(r"[0-9]{8}")


@dataclass(frozen=True)
class Detail:
    """A checked detail: its code and the arguments as stored (text, in the order of the code's spec)."""

    code: DetailCode
    args: tuple[str, ...] = ()

    @property
    def stored_args(self) -> str | None:
        return SEPARATOR.join(self.args) if self.args else None


def detail(code: DetailCode, **values: int | date | str) -> Detail:
    """The detail ``code`` with its named arguments; a wrong name, kind or value is a programming error."""
    spec = SPECS[code]
    if set(values) != {name for name, _ in spec.args}:
        raise ValueError(f"{code.value} takes {[name for name, _ in spec.args]}, got {sorted(values)}")
    return Detail(code, tuple(_stored(kind, values[name]) for name, kind in spec.args))


def _stored(kind: str | tuple[str, ...], value: int | date | str) -> str:
    if kind == COUNT:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
            raise ValueError("a count is a whole number from 0")
        return str(value)
    if kind == DAY:
        if not isinstance(value, date):
            raise ValueError("a day is a date")
        return f"{value.year:04d}{value.month:02d}{value.day:02d}"
    token = str(getattr(value, "value", value))
    if token not in kind:
        raise ValueError("not one of the allowed values")
    return token


def is_valid(code: str, args: tuple[str, ...]) -> bool:
    """Whether stored text is a detail this version knows (the database's own check, in Python)."""
    try:
        spec = SPECS[DetailCode(code)]
    except ValueError:
        return False
    return len(args) == len(spec.args) and all(_valid_text(kind, a) for (_, kind), a in zip(spec.args, args))


def _valid_text(kind: str | tuple[str, ...], text: str) -> bool:
    if kind == COUNT:
        return bool(_COUNT_TEXT.fullmatch(text))
    if kind == DAY:
        return bool(_DAY_TEXT.fullmatch(text)) and _day(text) is not None
    return text in kind


def _day(text: str) -> date | None:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def describe(code: str | None, args: str | None, legacy: str | None = None) -> str:
    """The readable text of a stored detail in the current language; an entry from before codes keeps
    its old text, and a code this version does not know is shown as it is."""
    if code is None:
        return legacy or ""
    values = tuple(args.split(SEPARATOR)) if args else ()
    if not is_valid(code, values):
        return code
    spec = SPECS[DetailCode(code)]
    shown = {name: _shown(kind, value) for (name, kind), value in zip(spec.args, values)}
    return translate(CONTEXT, spec.template).format(**shown)


def _shown(kind: str | tuple[str, ...], value: str) -> str:
    if kind == COUNT:
        return value
    if kind == DAY:
        day = _day(value)
        return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
    if value in END_REASONS:
        return f"{value} ({END_REASONS[value]})"
    return translate(CONTEXT, TOKEN_LABELS.get(value, value))
