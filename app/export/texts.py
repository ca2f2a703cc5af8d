"""Every text the printed documents and spreadsheets show, in one place.

English source text marked with ``QT_TRANSLATE_NOOP("Pdf", ...)`` so it lands in the Dutch ``.ts``;
:func:`tr` looks it up in the current language (Dutch is shipped). Stored data (names, the family's
own words) is never translated; the iJw code lists are already Dutch.
"""
from __future__ import annotations

from datetime import date
from enum import Enum

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.queries.plan_versions import PlanVersions, plan_versions_text
from models.enums import (
    Actor, AftercareKind, AftercareNoneReason, CaseStatus, DirectionMode, EvaluationDecision, GoalStatus, PlanStatus, Priority, WaakvlamHolder,
)

CONTEXT = "Pdf"


def tr(text: str, **params: object) -> str:
    """``text`` in the current language, placeholders filled in."""
    out = translate(CONTEXT, text)
    return out.format(**params) if params else out


def day(value: date | None) -> str:
    """``22-11-2026``, the Dutch way; empty for no date."""
    return value.strftime("%d-%m-%Y") if value is not None else ""


# -- every page ---------------------------------------------------------------------------------------
CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "Pdf", "Confidential — contains personal data; do not pass on without the family's permission")
PAGE_X_OF_Y = QT_TRANSLATE_NOOP("Pdf", "page {page} of {pages}")
PRINTED_ON = QT_TRANSLATE_NOOP("Pdf", "Printed on {date}")
CONTENT_CODE = QT_TRANSLATE_NOOP("Pdf", "content code {code}")
DRAFT_WATERMARK = QT_TRANSLATE_NOOP("Pdf", "DRAFT")

# -- the family plan: header ----------------------------------------------------------------------------
PLAN_OVERLINE = QT_TRANSLATE_NOOP("Pdf", "FAMILY PLAN")
PLAN_TITLE = QT_TRANSLATE_NOOP("Pdf", "Family plan {family}")
RUNNING_HEADER = QT_TRANSLATE_NOOP("Pdf", "Family plan · {family}")
VERSION_AGREED = QT_TRANSLATE_NOOP("Pdf", "Version {version} · agreed on {date}")
VERSION_AGREED_WITH = QT_TRANSLATE_NOOP("Pdf", "Version {version} · agreed on {date} with {who}")
VERSION_DRAFT = QT_TRANSLATE_NOOP("Pdf", "Version {version} · draft of {date}, not agreed yet")
VERSION_SUPERSEDED = QT_TRANSLATE_NOOP("Pdf", "Version {version} of {date} · replaced by a newer version")
DRAFT_BADGE = QT_TRANSLATE_NOOP("Pdf", "Draft")
DIRECTOR = QT_TRANSLATE_NOOP("Pdf", "Director")
CONTACT = QT_TRANSLATE_NOOP("Pdf", "Contact")
CONTACT_VIA_TEAM = QT_TRANSLATE_NOOP("Pdf", "{team}, via the social team")
CONTACT_PHONE = QT_TRANSLATE_NOOP("Pdf", "phone {phone}")
TEAM = QT_TRANSLATE_NOOP("Pdf", "Team")
MUNICIPALITY = QT_TRANSLATE_NOOP("Pdf", "Municipality")
PLAN_DATE = QT_TRANSLATE_NOOP("Pdf", "Plan date")
STATUS = QT_TRANSLATE_NOOP("Pdf", "Status")
DIRECTION = QT_TRANSLATE_NOOP("Pdf", "Direction")
CASE_DIRECTION_ELSEWHERE = QT_TRANSLATE_NOOP("Pdf", "with {holder}")
CASE_DIRECTION_SAMENREGIE = QT_TRANSLATE_NOOP("Pdf", "Samenregie, daily direction with {holder}")
CASE_DIRECTION_SINCE = QT_TRANSLATE_NOOP("Pdf", "{direction} (since {date})")
PRINTED = QT_TRANSLATE_NOOP("Pdf", "Printed")
FAMILY_GROUP_PLAN = QT_TRANSLATE_NOOP("Pdf", "Family-group plan")
FAMILY_GROUP_PLAN_OFFERED_ON = QT_TRANSLATE_NOOP("Pdf", "Offered on {date}")
FAMILY_GROUP_PLAN_NOT_OFFERED = QT_TRANSLATE_NOOP("Pdf", "Not offered yet")
FAMILY_GROUP_PLAN_ANSWERS = {
    "accepted": QT_TRANSLATE_NOOP("Pdf", "the family makes a family-group plan with its own network"),
    "declined": QT_TRANSLATE_NOOP("Pdf", "the family declined; this plan is made with the social team"),
    "considering": QT_TRANSLATE_NOOP("Pdf", "the family is thinking about it"),
}
OWN_STATEMENT_OF = QT_TRANSLATE_NOOP("Pdf", "Own statement of {name}")
OWN_STATEMENT_ABOUT = QT_TRANSLATE_NOOP("Pdf", "{date}, about: {part}")
OWN_STATEMENT_GOAL = QT_TRANSLATE_NOOP("Pdf", "the goal “{goal}”")
PLAN_INTRO = QT_TRANSLATE_NOOP(
    "Pdf", "This is our family plan. We made it together: what we want to achieve, who helps with what, "
           "and what we agreed. We look at it together regularly and change it when that is needed.")

# -- the family plan: sections ----------------------------------------------------------------------------
MEMBERS = QT_TRANSLATE_NOOP("Pdf", "Our family")
NAME = QT_TRANSLATE_NOOP("Pdf", "Name")
DATE_OF_BIRTH = QT_TRANSLATE_NOOP("Pdf", "Date of birth")
ROLE = QT_TRANSLATE_NOOP("Pdf", "Role")
PARENT_WITH_AUTHORITY = QT_TRANSLATE_NOOP("Pdf", "Parent (with parental authority)")
PARENT = QT_TRANSLATE_NOOP("Pdf", "Parent or carer")
CHILD_AGED = QT_TRANSLATE_NOOP("Pdf", "Child, {age} years")
YOUNG_PERSON_AGED = QT_TRANSLATE_NOOP("Pdf", "Young person, {age} years")
NETWORK = QT_TRANSLATE_NOOP("Pdf", "Our network")
NETWORK_INTRO = QT_TRANSLATE_NOOP("Pdf", "The people around us who help.")
RELATION = QT_TRANSLATE_NOOP("Pdf", "Relation")
CONTRIBUTION = QT_TRANSLATE_NOOP("Pdf", "What they do")
REQUEST_FOR_HELP = QT_TRANSLATE_NOOP("Pdf", "Our request for help")
REQUEST_FOR_HELP_SUB = QT_TRANSLATE_NOOP("Pdf", "In our own words")
CONCERNS = QT_TRANSLATE_NOOP("Pdf", "Concerns")
CONCERNS_SUB = QT_TRANSLATE_NOOP("Pdf", "What are we worried about?")
STRENGTHS = QT_TRANSLATE_NOOP("Pdf", "Strengths")
STRENGTHS_SUB = QT_TRANSLATE_NOOP("Pdf", "What is going well?")
DESIRED_FUTURE = QT_TRANSLATE_NOOP("Pdf", "Desired future")
DESIRED_FUTURE_SUB = QT_TRANSLATE_NOOP("Pdf", "What does life look like when things go well?")
NOT_FILLED_IN = QT_TRANSLATE_NOOP("Pdf", "Not filled in yet.")
GOALS = QT_TRANSLATE_NOOP("Pdf", "Our goals")
GOALS_INTRO = QT_TRANSLATE_NOOP(
    "Pdf", "What can we do ourselves, what do we do together, and what do we leave to others?")
WHO_DOES_WHAT = QT_TRANSLATE_NOOP("Pdf", "Who does what")
NO_GOALS = QT_TRANSLATE_NOOP("Pdf", "No goals have been written down yet.")
GOAL_NUMBER = QT_TRANSLATE_NOOP("Pdf", "Goal {number}")
SUCCESS_CRITERION = QT_TRANSLATE_NOOP("Pdf", "This is how we know it worked")
WHO_ACTS = QT_TRANSLATE_NOOP("Pdf", "Who does it")
FOR_WHOM = QT_TRANSLATE_NOOP("Pdf", "For whom")
WHOLE_FAMILY = QT_TRANSLATE_NOOP("Pdf", "The whole family")
TARGET_DATE = QT_TRANSLATE_NOOP("Pdf", "Target date")
SCORE_NOW = QT_TRANSLATE_NOOP("Pdf", "Score now")
SCORE_OF_TEN = QT_TRANSLATE_NOOP("Pdf", "{score} of 10")
SCORE_TARGET = QT_TRANSLATE_NOOP("Pdf", "goal {score}")
NO_SCORE = QT_TRANSLATE_NOOP("Pdf", "no score yet")
NOT_DECIDED = QT_TRANSLATE_NOOP("Pdf", "Not decided yet")
ACTION_WHAT = QT_TRANSLATE_NOOP("Pdf", "What we agreed")
ACTION_WHO = QT_TRANSLATE_NOOP("Pdf", "Who")
ACTION_WHEN = QT_TRANSLATE_NOOP("Pdf", "When")
ACTION_DONE = QT_TRANSLATE_NOOP("Pdf", "Done")
NO_ACTIONS = QT_TRANSLATE_NOOP("Pdf", "No agreements for this goal yet.")
OTHER_AGREEMENTS = QT_TRANSLATE_NOOP("Pdf", "Other agreements")

# -- providers -----------------------------------------------------------------------------------------
PROVIDERS = QT_TRANSLATE_NOOP("Pdf", "Who else helps")
PROVIDERS_INTRO = QT_TRANSLATE_NOOP(
    "Pdf", "The care providers involved, and what we agreed about who directs and who keeps track.")
PROVIDER_AND_HELP = QT_TRANSLATE_NOOP("Pdf", "Provider and help")
WHO_DIRECTS = QT_TRANSLATE_NOOP("Pdf", "Who directs")
WHO_MONITORS = QT_TRANSLATE_NOOP("Pdf", "Who keeps track")
REPORT_BACK = QT_TRANSLATE_NOOP("Pdf", "Reports back")
FOR_FAMILY = QT_TRANSLATE_NOOP("Pdf", "For the whole family")
FOR_PERSONS = QT_TRANSLATE_NOOP("Pdf", "For {names}")
AND = QT_TRANSLATE_NOOP("Pdf", "and")
EXTENDED_CARE = QT_TRANSLATE_NOOP("Pdf", "extended youth care (after 18)")
SINCE = QT_TRANSLATE_NOOP("Pdf", "since {date}")
STARTS = QT_TRANSLATE_NOOP("Pdf", "planned, starts {date}")
UNTIL = QT_TRANSLATE_NOOP("Pdf", "until {date}")
REFERRED_ON = QT_TRANSLATE_NOOP("Pdf", "referred on {date}, not started yet")
REFERRED_BY = QT_TRANSLATE_NOOP("Pdf", "Referred by: {who}")
EXTENSIONS = QT_TRANSLATE_NOOP("Pdf", "Extensions: {policy}")
EXTENSIONS_SO_FAR = QT_TRANSLATE_NOOP("Pdf", "Extended {count} time(s) so far")
DIRECTION_SOCIAL_TEAM = QT_TRANSLATE_NOOP("Pdf", "The social team directs; the provider delivers its part of the plan")
DIRECTION_SAMENREGIE = QT_TRANSLATE_NOOP(
    "Pdf", "Shared direction: daily direction with {holder}, process direction with the social team")
DIRECTION_ELSEWHERE = QT_TRANSLATE_NOOP("Pdf", "{holder} directs; the social team works with them")
THE_PROVIDER = QT_TRANSLATE_NOOP("Pdf", "the provider")
ANOTHER_PARTY = QT_TRANSLATE_NOOP("Pdf", "Another party")

# -- evaluation ------------------------------------------------------------------------------------------
EVALUATION = QT_TRANSLATE_NOOP("Pdf", "Looking back together")
EVALUATION_SCHEDULE = QT_TRANSLATE_NOOP("Pdf", "Every {weeks} weeks we look together at how things are going.")
NEXT_EVALUATION = QT_TRANSLATE_NOOP("Pdf", "The next evaluation is planned for {date}.")
NEXT_EVALUATION_LATER = QT_TRANSLATE_NOOP("Pdf", "The first evaluation is planned once the plan has been agreed.")
LAST_EVALUATION = QT_TRANSLATE_NOOP("Pdf", "Last evaluation: {date}")
NO_EVALUATION = QT_TRANSLATE_NOOP("Pdf", "There has not been an evaluation yet.")
DECISION = QT_TRANSLATE_NOOP("Pdf", "Decision")
CONCLUSION = QT_TRANSLATE_NOOP("Pdf", "Conclusion")
PARTICIPANTS = QT_TRANSLATE_NOOP("Pdf", "Who took part")
GOALS_NOW = QT_TRANSLATE_NOOP("Pdf", "How the goals are doing")
GOAL = QT_TRANSLATE_NOOP("Pdf", "Goal")
SCORE_TREND = QT_TRANSLATE_NOOP("Pdf", "Score over time")
TARGET = QT_TRANSLATE_NOOP("Pdf", "Target")
GOAL_STATUS = QT_TRANSLATE_NOOP("Pdf", "Where we are")
STATUS_AT_EVALUATION = QT_TRANSLATE_NOOP("Pdf", "{status} (evaluation of {date})")

# -- waakvlam --------------------------------------------------------------------------------------------
WAAKVLAM = QT_TRANSLATE_NOOP("Pdf", "Waakvlam: keeping in touch")
WAAKVLAM_TEXT = QT_TRANSLATE_NOOP(
    "Pdf", "After the help ends, {holder} ({kind}) keeps in touch with us from {start} to {end}, "
           "about every {weeks} weeks. If things get harder again, we can quickly pick up the thread.")

# -- aftercare -------------------------------------------------------------------------------------------
AFTERCARE = QT_TRANSLATE_NOOP("Pdf", "Aftercare: who carries on")
AFTERCARE_INTRO = QT_TRANSLATE_NOOP(
    "Pdf", "When help ends, we agree who in our own network or which service close by carries on, and what they do.")
AFTERCARE_ENDED = QT_TRANSLATE_NOOP("Pdf", "Help ended")
AFTERCARE_HOW = QT_TRANSLATE_NOOP("Pdf", "Aftercare")
AFTERCARE_WHO_WHAT = QT_TRANSLATE_NOOP("Pdf", "Who and what")
AFTERCARE_CASE_CLOSED = QT_TRANSLATE_NOOP("Pdf", "The case closed")
AFTERCARE_ON = QT_TRANSLATE_NOOP("Pdf", "on {date}")

# -- signatures ------------------------------------------------------------------------------------------
SIGNATURES = QT_TRANSLATE_NOOP("Pdf", "Signatures")
SIGNATURES_INTRO = QT_TRANSLATE_NOOP(
    "Pdf", "By signing we show that we made this plan together and that we will keep to the agreements in it.")
SIGN_DATE = QT_TRANSLATE_NOOP("Pdf", "Date")
SIGNATURE = QT_TRANSLATE_NOOP("Pdf", "Signature")
SIGNER_PARENT = QT_TRANSLATE_NOOP("Pdf", "Parent")
SIGNER_DIRECTOR = QT_TRANSLATE_NOOP("Pdf", "Director, {team}")
SIGNER_PROVIDER = QT_TRANSLATE_NOOP("Pdf", "Provider, {help}")

# -- caseload lists --------------------------------------------------------------------------------------
CASELOAD_OVERLINE = QT_TRANSLATE_NOOP("Pdf", "CASELOAD")
CASELOAD_OF = QT_TRANSLATE_NOOP("Pdf", "Caseload of {who}")
CASELOAD_SUMMARY_ONE = QT_TRANSLATE_NOOP("Pdf", "1 open case · printed on {date}")
CASELOAD_SUMMARY = QT_TRANSLATE_NOOP("Pdf", "{count} open cases · printed on {date}")
CASELOAD_EMPTY = QT_TRANSLATE_NOOP("Pdf", "There are no open cases in this list.")
CASELOAD_SHEET = QT_TRANSLATE_NOOP("Pdf", "Caseload")
COL_CASE = QT_TRANSLATE_NOOP("Pdf", "Case number")
COL_FAMILY = QT_TRANSLATE_NOOP("Pdf", "Family")
COL_CHILDREN = QT_TRANSLATE_NOOP("Pdf", "Children")
COL_CHILD_COUNT = QT_TRANSLATE_NOOP("Pdf", "Number of children")
COL_STATUS = QT_TRANSLATE_NOOP("Pdf", "Status")
COL_PLAN = QT_TRANSLATE_NOOP("Pdf", "Family plan")
COL_DIRECTOR = QT_TRANSLATE_NOOP("Pdf", "Director")
COL_TEAM = QT_TRANSLATE_NOOP("Pdf", "Team")
COL_PRIORITY = QT_TRANSLATE_NOOP("Pdf", "Priority")
COL_OPENED = QT_TRANSLATE_NOOP("Pdf", "Opened on")
COL_DAYS_OPEN = QT_TRANSLATE_NOOP("Pdf", "Days open")
COL_NEXT_EVALUATION = QT_TRANSLATE_NOOP("Pdf", "Next evaluation")
COL_PROVIDERS = QT_TRANSLATE_NOOP("Pdf", "Providers")
OVERDUE = QT_TRANSLATE_NOOP("Pdf", "overdue")
NO_PLAN = QT_TRANSLATE_NOOP("Pdf", "No plan yet")


def plan_versions(plan: PlanVersions) -> str:
    """The agreed version and the draft in progress, as the caseload screen shows them."""
    return plan_versions_text(plan, translate) or tr(NO_PLAN)

# -- labels of stored values --------------------------------------------------------------------------------
# Keyed by (enum class, value): members of different StrEnums with the same value are equal and hash
# alike (Actor.SOCIAL_TEAM == DirectionMode.SOCIAL_TEAM), so one plain dict would let one overwrite the other.
_LABELS: dict[tuple[type[Enum], str], str] = {(type(k), k.value): v for k, v in (
    (Actor.FAMILY, QT_TRANSLATE_NOOP("Pdf", "Family itself")),
    (Actor.NETWORK, QT_TRANSLATE_NOOP("Pdf", "Network")),
    (Actor.FREE_ACCESS, QT_TRANSLATE_NOOP("Pdf", "Free-access services")),
    (Actor.SOCIAL_TEAM, QT_TRANSLATE_NOOP("Pdf", "Social team")),
    (Actor.PROVIDER, QT_TRANSLATE_NOOP("Pdf", "Provider")),
    (GoalStatus.OPEN, QT_TRANSLATE_NOOP("Pdf", "Not started")),
    (GoalStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Pdf", "In progress")),
    (GoalStatus.REACHED, QT_TRANSLATE_NOOP("Pdf", "Reached")),
    (GoalStatus.PARTLY_REACHED, QT_TRANSLATE_NOOP("Pdf", "Partly reached")),
    (GoalStatus.NOT_REACHED, QT_TRANSLATE_NOOP("Pdf", "Not reached")),
    (GoalStatus.CANCELLED, QT_TRANSLATE_NOOP("Pdf", "Dropped")),
    (PlanStatus.DRAFT, QT_TRANSLATE_NOOP("Pdf", "Draft")),
    (PlanStatus.AGREED, QT_TRANSLATE_NOOP("Pdf", "Agreed")),
    (PlanStatus.SUPERSEDED, QT_TRANSLATE_NOOP("Pdf", "Replaced")),
    (CaseStatus.INTAKE, QT_TRANSLATE_NOOP("Pdf", "Intake")),
    (CaseStatus.ACTIVE, QT_TRANSLATE_NOOP("Pdf", "Active")),
    (CaseStatus.WAAKVLAM, QT_TRANSLATE_NOOP("Pdf", "Waakvlam")),
    (CaseStatus.CLOSED, QT_TRANSLATE_NOOP("Pdf", "Closed")),
    (Priority.NORMAL, QT_TRANSLATE_NOOP("Pdf", "Normal")),
    (Priority.HIGH, QT_TRANSLATE_NOOP("Pdf", "High")),
    (DirectionMode.SOCIAL_TEAM, QT_TRANSLATE_NOOP("Pdf", "The social team directs")),
    (DirectionMode.SAMENREGIE, QT_TRANSLATE_NOOP("Pdf", "Shared direction (samenregie)")),
    (DirectionMode.ELSEWHERE, QT_TRANSLATE_NOOP("Pdf", "Another party directs")),
    (EvaluationDecision.CONTINUE, QT_TRANSLATE_NOOP("Pdf", "Continue the help as planned")),
    (EvaluationDecision.SCALE_DOWN, QT_TRANSLATE_NOOP("Pdf", "Scale the help down")),
    (EvaluationDecision.SCALE_UP, QT_TRANSLATE_NOOP("Pdf", "Scale the help up")),
    (EvaluationDecision.END_HELP, QT_TRANSLATE_NOOP("Pdf", "End the help")),
    (EvaluationDecision.TO_WAAKVLAM, QT_TRANSLATE_NOOP("Pdf", "Move to waakvlam")),
    (WaakvlamHolder.SOCIAL_TEAM_WORKER, QT_TRANSLATE_NOOP("Pdf", "social-team worker")),
    (WaakvlamHolder.SCHOOL_COACH, QT_TRANSLATE_NOOP("Pdf", "youth and family coach at school")),
    (WaakvlamHolder.GP, QT_TRANSLATE_NOOP("Pdf", "GP")),
    (WaakvlamHolder.NETWORK_MEMBER, QT_TRANSLATE_NOOP("Pdf", "someone from our network")),
    (WaakvlamHolder.OTHER_PROFESSIONAL, QT_TRANSLATE_NOOP("Pdf", "professional")),
    (AftercareKind.NETWORK, QT_TRANSLATE_NOOP("Pdf", "In our own network")),
    (AftercareKind.FREE_ACCESS, QT_TRANSLATE_NOOP("Pdf", "With a service close by (free access)")),
    (AftercareKind.NONE_NEEDED, QT_TRANSLATE_NOOP("Pdf", "No aftercare needed")),
    (AftercareNoneReason.SELF_RELIANT, QT_TRANSLATE_NOOP("Pdf", "we manage on our own")),
    (AftercareNoneReason.OTHER_HELP, QT_TRANSLATE_NOOP("Pdf", "help continues elsewhere")),
    (AftercareNoneReason.MOVED, QT_TRANSLATE_NOOP("Pdf", "we moved away")),
    (AftercareNoneReason.DECLINED, QT_TRANSLATE_NOOP("Pdf", "we do not want aftercare")),
    (AftercareNoneReason.OTHER, QT_TRANSLATE_NOOP("Pdf", "another reason")),
)}

# "Who does what: 2 family itself · 3 providers": each actor counted, singular and plural (one text
# where the two are the same).
_FAMILY_COUNT = QT_TRANSLATE_NOOP("Pdf", "{count} family itself")
_NETWORK_COUNT = QT_TRANSLATE_NOOP("Pdf", "{count} network")
_SOCIAL_TEAM_COUNT = QT_TRANSLATE_NOOP("Pdf", "{count} social team")
_UNDECIDED_COUNT = QT_TRANSLATE_NOOP("Pdf", "{count} not decided yet")
_ACTOR_COUNTS: dict[Actor | None, tuple[str, str]] = {
    Actor.FAMILY: (_FAMILY_COUNT, _FAMILY_COUNT),
    Actor.NETWORK: (_NETWORK_COUNT, _NETWORK_COUNT),
    Actor.FREE_ACCESS: (QT_TRANSLATE_NOOP("Pdf", "{count} free-access service"),
                        QT_TRANSLATE_NOOP("Pdf", "{count} free-access services")),
    Actor.SOCIAL_TEAM: (_SOCIAL_TEAM_COUNT, _SOCIAL_TEAM_COUNT),
    Actor.PROVIDER: (QT_TRANSLATE_NOOP("Pdf", "{count} provider"), QT_TRANSLATE_NOOP("Pdf", "{count} providers")),
    None: (_UNDECIDED_COUNT, _UNDECIDED_COUNT),
}


def label(value: Enum | None, empty: str = "") -> str:
    """The printed name of a stored value."""
    if value is None:
        return empty
    source = _LABELS.get((type(value), value.value))
    return tr(source) if source is not None else str(value.value)


def direction_line(mode: DirectionMode, holder: tuple[str, ...], since: date | None) -> str:
    """The plan's direction line: "bij Jeugdbescherming Noord, Petra Visser, 06-12345678 (sinds 01-11-2026)";
    only the mode while the social team directs (or nobody was named)."""
    if not holder or mode is DirectionMode.SOCIAL_TEAM:
        return label(mode)
    text = tr(CASE_DIRECTION_ELSEWHERE if mode is DirectionMode.ELSEWHERE else CASE_DIRECTION_SAMENREGIE,
              holder=", ".join(holder))
    return tr(CASE_DIRECTION_SINCE, direction=text, date=day(since)) if since is not None else text


def actor_count(actor: Actor | None, count: int) -> str:
    """``"3 aanbieders"``: how many goals an actor (or nobody yet) takes on, in the right number."""
    one, many = _ACTOR_COUNTS[actor]
    return tr(one if count == 1 else many, count=count)
