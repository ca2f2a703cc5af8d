"""The texts of the inspection copy (Jeugdwet 7.3.10, AVG art. 15); English sources in the "Pdf" context."""
from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from models.enums import ExtensionStatus

TITLE = QT_TRANSLATE_NOOP("Pdf", "Inspection and copy: {name}")
OVERLINE = QT_TRANSLATE_NOOP("Pdf", "INSPECTION AND COPY")
SUBTITLE = QT_TRANSLATE_NOOP("Pdf", "Everything the file holds about you, as of {date}")
INTRO = QT_TRANSLATE_NOOP(
    "Pdf", "You have the right to see what the social team records about you and to receive a copy "
           "(Youth Act article 7.3.10, GDPR article 15). This document holds everything the file holds about "
           "you; a file with the same content in a machine-readable form (JSON) comes with it. If something is "
           "wrong or incomplete, you may ask for it to be corrected or add your own statement.")
RUNNING_HEADER = QT_TRANSLATE_NOOP("Pdf", "Inspection and copy - {name}")
NONE = QT_TRANSLATE_NOOP("Pdf", "Nothing recorded.")
MELDCODE_OUTCOMES = {
    "no_report_needed": QT_TRANSLATE_NOOP("Pdf", "no suspicion: no report needed"),
    "help_without_report": QT_TRANSLATE_NOOP("Pdf", "help without a report"),
    "report": QT_TRANSLATE_NOOP("Pdf", "report to Veilig Thuis"),
    "report_and_help": QT_TRANSLATE_NOOP("Pdf", "report to Veilig Thuis and give help"),
    "help": QT_TRANSLATE_NOOP("Pdf", "help without a report"),
    "none": QT_TRANSLATE_NOOP("Pdf", "no report needed"),
}
YES = QT_TRANSLATE_NOOP("Pdf", "yes")
NO = QT_TRANSLATE_NOOP("Pdf", "no")

PERSON = QT_TRANSLATE_NOOP("Pdf", "Your details")
NAME = QT_TRANSLATE_NOOP("Pdf", "Name")
BORN = QT_TRANSLATE_NOOP("Pdf", "Date of birth")
BSN = QT_TRANSLATE_NOOP("Pdf", "BSN")
ROLE = QT_TRANSLATE_NOOP("Pdf", "Role in the family")
AUTHORITY = QT_TRANSLATE_NOOP("Pdf", "Parental authority")
FAMILY = QT_TRANSLATE_NOOP("Pdf", "Family")
ADDRESS = QT_TRANSLATE_NOOP("Pdf", "Address")
TEAM = QT_TRANSLATE_NOOP("Pdf", "Team")

CASES = QT_TRANSLATE_NOOP("Pdf", "Cases")
CASE = QT_TRANSLATE_NOOP("Pdf", "Case")
STATUS = QT_TRANSLATE_NOOP("Pdf", "Status")
OPENED = QT_TRANSLATE_NOOP("Pdf", "Opened")
CLOSED = QT_TRANSLATE_NOOP("Pdf", "Closed")
DIRECTOR = QT_TRANSLATE_NOOP("Pdf", "Care director")

PLANS = QT_TRANSLATE_NOOP("Pdf", "Family plans")
PLAN_VERSION = QT_TRANSLATE_NOOP("Pdf", "Case {case}, version {version} ({status}, {date})")
REQUEST = QT_TRANSLATE_NOOP("Pdf", "Request for help")
CONCERNS = QT_TRANSLATE_NOOP("Pdf", "Concerns")
STRENGTHS = QT_TRANSLATE_NOOP("Pdf", "Strengths")
FUTURE = QT_TRANSLATE_NOOP("Pdf", "Desired future")
AGREEMENTS = QT_TRANSLATE_NOOP("Pdf", "Other agreements")

GOALS = QT_TRANSLATE_NOOP("Pdf", "Goals that concern you")
GOAL_LINE = QT_TRANSLATE_NOOP("Pdf", "Case {case}, version {version} - {domain} - {status}")
CRITERION = QT_TRANSLATE_NOOP("Pdf", "Achieved when: {criterion}")
ACTION = QT_TRANSLATE_NOOP("Pdf", "Agreement")
DUE = QT_TRANSLATE_NOOP("Pdf", "Due")
DONE = QT_TRANSLATE_NOOP("Pdf", "Done")

EVALUATIONS = QT_TRANSLATE_NOOP("Pdf", "Evaluations")
HELD = QT_TRANSLATE_NOOP("Pdf", "Held on")
PARTICIPANTS = QT_TRANSLATE_NOOP("Pdf", "Participants")
CONSENT = QT_TRANSLATE_NOOP("Pdf", "Consent")
CONCLUSION = QT_TRANSLATE_NOOP("Pdf", "Conclusion")
DECISION = QT_TRANSLATE_NOOP("Pdf", "Decision")

INVOLVEMENTS = QT_TRANSLATE_NOOP("Pdf", "Help from providers")
PROVIDER = QT_TRANSLATE_NOOP("Pdf", "Provider")
PRODUCT = QT_TRANSLATE_NOOP("Pdf", "Help")
PERIOD = QT_TRANSLATE_NOOP("Pdf", "Period")
FOR = QT_TRANSLATE_NOOP("Pdf", "For")
FOR_WHOLE_FAMILY = QT_TRANSLATE_NOOP("Pdf", "the whole family")
FOR_OTHER_YOUNG = QT_TRANSLATE_NOOP("Pdf", "another young person of the family")
NOTE = QT_TRANSLATE_NOOP("Pdf", "Note")
EXTENSION = QT_TRANSLATE_NOOP("Pdf", "Extension {number} ({status}): {previous} to {new}. {note}")
EXTENSION_STATUS = {
    ExtensionStatus.REQUESTED: QT_TRANSLATE_NOOP("Pdf", "awaiting approval"),
    ExtensionStatus.APPROVED: QT_TRANSLATE_NOOP("Pdf", "in effect"),
    ExtensionStatus.REFUSED: QT_TRANSLATE_NOOP("Pdf", "refused"),
}
DECISION_NOTE = QT_TRANSLATE_NOOP("Pdf", "Decision: {note}")

WAAKVLAM = QT_TRANSLATE_NOOP("Pdf", "Waakvlam and contacts")
WAAKVLAM_LINE = QT_TRANSLATE_NOOP("Pdf", "Case {case}: {holder}, {start} - {end} ({status})")
CONTACT = QT_TRANSLATE_NOOP("Pdf", "Contact")
OUTCOME = QT_TRANSLATE_NOOP("Pdf", "Outcome")

JOURNAL = QT_TRANSLATE_NOOP("Pdf", "Journal")
DATE = QT_TRANSLATE_NOOP("Pdf", "Date")
KIND = QT_TRANSLATE_NOOP("Pdf", "Kind")
AUTHOR = QT_TRANSLATE_NOOP("Pdf", "By")
TEXT = QT_TRANSLATE_NOOP("Pdf", "Text")

HISTORY = QT_TRANSLATE_NOOP("Pdf", "History of the case")
WHAT = QT_TRANSLATE_NOOP("Pdf", "What")
REASON = QT_TRANSLATE_NOOP("Pdf", "Reason")

SHARED = QT_TRANSLATE_NOOP("Pdf", "Shared with others")
SHARED_SUB = QT_TRANSLATE_NOOP("Pdf", "With whom the team shared the family's data, and on which basis")
SHARED_WITH = QT_TRANSLATE_NOOP("Pdf", "With")
PURPOSE = QT_TRANSLATE_NOOP("Pdf", "For")
BASIS = QT_TRANSLATE_NOOP("Pdf", "Basis")
ON_CONSENT = QT_TRANSLATE_NOOP("Pdf", "consent")
SHARING = {  # the purposes and legal grounds of app/sharing.py
    "involvement": QT_TRANSLATE_NOOP("Pdf", "a referral to the provider"),
    "evaluation": QT_TRANSLATE_NOOP("Pdf", "the provider's evaluation"),
    "plan": QT_TRANSLATE_NOOP("Pdf", "the family plan"),
    "directly_involved": QT_TRANSLATE_NOOP("Pdf", "directly involved in the help (without consent)"),
    "ots_institution": QT_TRANSLATE_NOOP("Pdf", "certified institution during an OTS (without consent)"),
    "acute_safety": QT_TRANSLATE_NOOP("Pdf", "acute safety (without consent)"),
}

ACCESS = QT_TRANSLATE_NOOP("Pdf", "Who looked at your file")
ACCESS_SUB = QT_TRANSLATE_NOOP(
    "Pdf", "From the access log, on Dutch time: who read, changed, printed or saved what in the family's file as "
           "a whole or in your own records, and when")
WHO = QT_TRANSLATE_NOOP("Pdf", "Who")

CONSENTS = QT_TRANSLATE_NOOP("Pdf", "Your consents")
COVERS = QT_TRANSLATE_NOOP("Pdf", "Covers")
GIVEN_BY = QT_TRANSLATE_NOOP("Pdf", "Given by")
GIVEN_ON = QT_TRANSLATE_NOOP("Pdf", "Given on")
UNTIL = QT_TRANSLATE_NOOP("Pdf", "Valid until")
CONSENT_SCOPES = {
    "provider": QT_TRANSLATE_NOOP("Pdf", "Sharing with a provider"),
    "evaluation": QT_TRANSLATE_NOOP("Pdf", "The team taking part in a provider's evaluation"),
    "school": QT_TRANSLATE_NOOP("Pdf", "Sharing with the school"),
    "gp": QT_TRANSLATE_NOOP("Pdf", "Sharing with the GP"),
    "other_party": QT_TRANSLATE_NOOP("Pdf", "Sharing with another party"),
}
CONSENT_FORMS = {
    "oral": QT_TRANSLATE_NOOP("Pdf", "oral"),
    "written": QT_TRANSLATE_NOOP("Pdf", "written"),
}
CONSENT_STATUSES = {
    "valid": QT_TRANSLATE_NOOP("Pdf", "valid"),
    "renewal_due": QT_TRANSLATE_NOOP("Pdf", "to be renewed"),
    "expired": QT_TRANSLATE_NOOP("Pdf", "expired"),
    "withdrawn": QT_TRANSLATE_NOOP("Pdf", "withdrawn on"),
}

MEASURES = QT_TRANSLATE_NOOP("Pdf", "Child-protection measures")
MEASURES_SUB = QT_TRANSLATE_NOOP("Pdf", "Court orders about you, with the certified institution and the family guardian")
MEASURE_KINDS = {
    "provisional_ots": QT_TRANSLATE_NOOP("Pdf", "Provisional supervision order (voorlopige OTS)"),
    "ots": QT_TRANSLATE_NOOP("Pdf", "Supervision order (OTS)"),
    "guardianship": QT_TRANSLATE_NOOP("Pdf", "Guardianship"),
}
MEASURE = QT_TRANSLATE_NOOP("Pdf", "Measure")
INSTITUTION = QT_TRANSLATE_NOOP("Pdf", "Certified institution")
GUARDIAN = QT_TRANSLATE_NOOP("Pdf", "Family guardian")
FROM_TO = QT_TRANSLATE_NOOP("Pdf", "From - to")
PLACEMENT = QT_TRANSLATE_NOOP("Pdf", "Placed out of home on")

SAFETY_WORRIES = QT_TRANSLATE_NOOP("Pdf", "Safety: what we are worried about")
SAFETY_WORKING_WELL = QT_TRANSLATE_NOOP("Pdf", "Safety: what is working well")
SAFETY_NEXT_STEPS = QT_TRANSLATE_NOOP("Pdf", "Safety: what needs to happen")
SCALING = QT_TRANSLATE_NOOP("Pdf", "Safety scaling question")
SCALING_SUB = QT_TRANSLATE_NOOP(
    "Pdf", "How safe is it now, from 0 to 10 (10: safe enough to close the case), as answered by each person")
SCALING_ON = QT_TRANSLATE_NOOP("Pdf", "Date")
SCALING_WHO = QT_TRANSLATE_NOOP("Pdf", "Answered by")
SCALING_SCORE = QT_TRANSLATE_NOOP("Pdf", "Score")
SCALING_NOTE = QT_TRANSLATE_NOOP("Pdf", "Note")
TRANSITION = QT_TRANSLATE_NOOP("Pdf", "Plan for the transition at 18")
TRANSITION_SUB = QT_TRANSLATE_NOOP(
    "Pdf", "Help under the Jeugdwet ends at 18: what is arranged for you after that, and who takes care of it")
TRANSITION_DOMAINS = {
    "wmo": QT_TRANSLATE_NOOP("Pdf", "Wmo (support from the municipality)"),
    "wlz": QT_TRANSLATE_NOOP("Pdf", "Wlz (long-term care)"),
    "zvw": QT_TRANSLATE_NOOP("Pdf", "Zvw (health insurance)"),
    "school_work": QT_TRANSLATE_NOOP("Pdf", "School or work"),
    "income": QT_TRANSLATE_NOOP("Pdf", "Income"),
}
TRANSITION_DOMAIN = QT_TRANSLATE_NOOP("Pdf", "What is arranged")
TRANSITION_RESPONSIBLE = QT_TRANSLATE_NOOP("Pdf", "Who is responsible")
TRANSITION_AGREED = QT_TRANSLATE_NOOP("Pdf", "What is agreed")
TRANSITION_ON = QT_TRANSLATE_NOOP("Pdf", "Date")

MELDCODE = QT_TRANSLATE_NOOP("Pdf", "Meldcode track")
MELDCODE_SUB = QT_TRANSLATE_NOOP(
    "Pdf", "The steps of the meldcode for domestic violence and child abuse taken about the family")
MELDCODE_STEP = QT_TRANSLATE_NOOP("Pdf", "Step")
MELDCODE_BY = QT_TRANSLATE_NOOP("Pdf", "By")
MELDCODE_WHAT = QT_TRANSLATE_NOOP("Pdf", "What was recorded")
MELDCODE_OUTCOMES = {
    "no_report_needed": QT_TRANSLATE_NOOP("Pdf", "no suspicion: no report needed"),
    "help_without_report": QT_TRANSLATE_NOOP("Pdf", "help without a report"),
    "report": QT_TRANSLATE_NOOP("Pdf", "report to Veilig Thuis"),
    "report_and_help": QT_TRANSLATE_NOOP("Pdf", "report to Veilig Thuis and give help"),
    "help": QT_TRANSLATE_NOOP("Pdf", "help without a report"),
    "none": QT_TRANSLATE_NOOP("Pdf", "no report needed"),
}
YES = QT_TRANSLATE_NOOP("Pdf", "yes")
NO = QT_TRANSLATE_NOOP("Pdf", "no")

# Jeugdwet 7.3.8 / AVG 16
STATEMENTS = QT_TRANSLATE_NOOP("Pdf", "Own statements and corrections")
STATEMENTS_SUB = QT_TRANSLATE_NOOP(
    "Pdf", "What you had added to the file about a part you disagree with, and texts corrected at your request")
STATEMENT_LINE = QT_TRANSLATE_NOOP("Pdf", "Own statement of {date} (case {case}), about: {part}")
CORRECTION_LINE = QT_TRANSLATE_NOOP("Pdf", "Corrected on {date} by {who} (case {case}): {part}")
CORRECTION_BEFORE = QT_TRANSLATE_NOOP("Pdf", "What stood there before")
CORRECTION_AFTER = QT_TRANSLATE_NOOP("Pdf", "What stands there now")
CORRECTION_REASON = QT_TRANSLATE_NOOP("Pdf", "Reason")
PARTS = {
    "plan_text": QT_TRANSLATE_NOOP("Pdf", "the family plan"),
    "goal": QT_TRANSLATE_NOOP("Pdf", "a goal"),
    "journal_entry": QT_TRANSLATE_NOOP("Pdf", "a journal entry"),
    "evaluation": QT_TRANSLATE_NOOP("Pdf", "an evaluation"),
}

# Stored values the family plan does not print (app/export/texts.py labels the rest).
VALUES = {
    "young_person": QT_TRANSLATE_NOOP("Pdf", "young person"),
    "parent": QT_TRANSLATE_NOOP("Pdf", "parent or carer"),
    "opened": QT_TRANSLATE_NOOP("Pdf", "case opened"),
    "status_changed": QT_TRANSLATE_NOOP("Pdf", "status changed"),
    "director_transferred": QT_TRANSLATE_NOOP("Pdf", "care director changed"),
    "priority_changed": QT_TRANSLATE_NOOP("Pdf", "priority changed"),
    "closed": QT_TRANSLATE_NOOP("Pdf", "case closed"),
    "reopened": QT_TRANSLATE_NOOP("Pdf", "case reopened"),
    "home_visit": QT_TRANSLATE_NOOP("Pdf", "home visit"),
    "phone_call": QT_TRANSLATE_NOOP("Pdf", "phone call"),
    "provider_meeting": QT_TRANSLATE_NOOP("Pdf", "meeting with a provider"),
    "school": QT_TRANSLATE_NOOP("Pdf", "school"),
    "office_meeting": QT_TRANSLATE_NOOP("Pdf", "meeting at the office"),
    "message": QT_TRANSLATE_NOOP("Pdf", "message"),
    "other": QT_TRANSLATE_NOOP("Pdf", "other"),
    "all_well": QT_TRANSLATE_NOOP("Pdf", "all well"),
    "concerns": QT_TRANSLATE_NOOP("Pdf", "concerns"),
    "reopen": QT_TRANSLATE_NOOP("Pdf", "reopen the case"),
    "active": QT_TRANSLATE_NOOP("Pdf", "active"),
    "ended": QT_TRANSLATE_NOOP("Pdf", "ended"),
}
