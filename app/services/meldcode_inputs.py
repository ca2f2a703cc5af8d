"""What a step of the meldcode track takes, and its validation: every problem at its field."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.meldcode import conclusion, decision_fits
from app.validation import FieldErrors
from models.enums import MeldcodeConclusion, MeldcodeDecision

REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")
NOTE_MAX, NAME_MAX, CONTACT_MAX, REFERENCE_MAX = 4000, 120, 200, 80
REPORTS = (MeldcodeDecision.REPORT, MeldcodeDecision.REPORT_AND_HELP)


@dataclass(frozen=True)
class StepInput:
    """One step: ``on_date`` when it was done; the other fields as the step needs them (see
    :class:`models.MeldcodeEntry`). ``corrects_id``: the entry this one corrects."""

    step: int
    on_date: date | None
    note: str | None = None
    colleague: str | None = None
    advice_on: date | None = None
    contact: str | None = None
    advice: str | None = None
    held: bool | None = None
    answers: tuple[bool | None, ...] = ()
    decision: MeldcodeDecision | None = None
    report_on: date | None = None
    reference: str | None = None
    corrects_id: int | None = None


@dataclass(frozen=True)
class CleanStep:
    data: StepInput
    conclusion: MeldcodeConclusion | None


def _not_after(errors: FieldErrors, field: str, value: date | None, today: date, required: bool = True) -> None:
    if value is None:
        if required:
            errors.add(field, REQUIRED)
    elif errors.in_years(field, value) and value > today:
        errors.add(field, QT_TRANSLATE_NOOP("Errors", "This date cannot be in the future."))


def validate_step(errors: FieldErrors, d: StepInput, today: date,
                  weighed: MeldcodeConclusion | None) -> CleanStep:
    """The input normalised; ``weighed``: the conclusion of the track's current weighing (step 4)."""
    _not_after(errors, "on_date", d.on_date, today)
    note = colleague = contact = advice = reference = None
    found = None
    if d.step == 1:
        note = errors.required("note", d.note, NOTE_MAX, multiline=True)
    elif d.step == 2:
        colleague = errors.required("colleague", d.colleague, NAME_MAX)
        _not_after(errors, "advice_on", d.advice_on, today)
        contact = errors.required("contact", d.contact, CONTACT_MAX)
        advice = errors.required("advice", d.advice, NOTE_MAX, multiline=True)
    elif d.step == 3:
        if d.held is None:
            errors.add("held", REQUIRED)
        note = errors.required("note", d.note, NOTE_MAX, multiline=True)
    elif d.step == 4:
        if len(d.answers) != 5 or any(a is None for a in d.answers):
            errors.add("answers", QT_TRANSLATE_NOOP("Errors", "Answer all five questions."))
        else:
            found = conclusion(*d.answers)
    elif d.step == 5:
        if d.decision is None:
            errors.add("decision", REQUIRED)
        elif weighed is None:
            errors.add("decision", QT_TRANSLATE_NOOP("Errors", "Weigh first (step 4): the decision follows from it."))
        elif not decision_fits(weighed, d.decision):
            errors.add("decision", QT_TRANSLATE_NOOP(
                "Errors", "This decision does not follow from the weighing: change the decision or weigh again."))
        if d.decision in REPORTS:
            _not_after(errors, "report_on", d.report_on, today)
            reference = errors.optional("reference", d.reference, REFERENCE_MAX)
    else:
        errors.add("step", QT_TRANSLATE_NOOP("Errors", "A meldcode track has steps 1 to 5."))
    clean = StepInput(d.step, d.on_date, note or None, colleague or None, d.advice_on if d.step == 2 else None,
                      contact or None, advice or None, d.held if d.step == 3 else None,
                      tuple(d.answers) if found is not None else (), d.decision if d.step == 5 else None,
                      d.report_on if d.decision in REPORTS else None, reference, d.corrects_id)
    return CleanStep(clean, found)
