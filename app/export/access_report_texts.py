"""The texts of "who looked at my file" (NEN 7513; AVG art. 15); English sources in the "Pdf" context.
What each entry means is said in app/audit_words.py (shared with the inspection copy)."""
from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

OVERLINE = QT_TRANSLATE_NOOP("Pdf", "WHO LOOKED AT THE FILE")
TITLE_FAMILY = QT_TRANSLATE_NOOP("Pdf", "Who looked at the file of {family}")
TITLE_PERSON = QT_TRANSLATE_NOOP("Pdf", "Who looked at the file of {name}")
SUBTITLE = QT_TRANSLATE_NOOP("Pdf", "From the access log, up to {date} at {time}")
RUNNING_HEADER = QT_TRANSLATE_NOOP("Pdf", "Who looked at the file - {name}")
INTRO = QT_TRANSLATE_NOOP(
    "Pdf", "Everyone who reads, changes, prints or saves something in a family's file is recorded in the access "
           "log (NEN 7513). You may ask who did so (GDPR article 15). Below is every recorded moment, by day, "
           "on Dutch time: who it was, in which function and team, on whose behalf when they acted for a "
           "colleague, what they did with which part of the file, and from which computer (the workstation). "
           "Entries are kept five years.")
INTRO_FAMILY = QT_TRANSLATE_NOOP(
    "Pdf", "This overview covers the whole family's file: {family}, with every family member.")
INTRO_PERSON = QT_TRANSLATE_NOOP(
    "Pdf", "This overview covers the file of {name}. That file lies within the family's file ({family}), so it "
           "holds everything done with the family's file as a whole (the case, the family plan, the journal, the "
           "help), and everything done with the records of {name} themselves (their details, their consents, the "
           "goals that concern them). What was done only with another family member's own records is left out.")
INCOMPLETE = QT_TRANSLATE_NOOP(
    "Pdf", "Note: on the central database a worker may read only their own entries in the access log, so this "
           "overview shows only what {who} did. Ask the team's supervisor for the complete overview.")
COUNT = QT_TRANSLATE_NOOP("Pdf", "Recorded moments: {count}")
NONE = QT_TRANSLATE_NOOP("Pdf", "Nothing recorded.")
TIME = QT_TRANSLATE_NOOP("Pdf", "Time")
WHAT_HAPPENED = QT_TRANSLATE_NOOP("Pdf", "What happened")
WORKSTATION = QT_TRANSLATE_NOOP("Pdf", "Workstation")
DETAIL = QT_TRANSLATE_NOOP("Pdf", "({detail})")
