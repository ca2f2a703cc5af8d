"""The assessment framework of the Wet verplichte meldcode (afwegingskader, step 4) as a pure function,
and which decision (step 5) follows from its conclusion."""
from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate
from models.enums import MeldcodeConclusion, MeldcodeDecision

# The five questions, in order (each answered yes or no).
QUESTIONS = (
    QT_TRANSLATE_NOOP("Meldcode", "1. Is there a suspicion of domestic violence or child abuse?"),
    QT_TRANSLATE_NOOP("Meldcode", "2. Is there acute or structural unsafety?"),
    QT_TRANSLATE_NOOP("Meldcode", "3. Can we give or organise effective help?"),
    QT_TRANSLATE_NOOP("Meldcode", "4. Do those involved accept this help?"),
    QT_TRANSLATE_NOOP("Meldcode", "5. Does the help lead to lasting safety within the agreed time?"),
)

# The same questions in a word or two, for a line that lists the answers ("vermoeden: ja; ...").
SHORT_QUESTIONS = (
    QT_TRANSLATE_NOOP("Meldcode", "suspicion"),
    QT_TRANSLATE_NOOP("Meldcode", "acute or structural unsafety"),
    QT_TRANSLATE_NOOP("Meldcode", "help possible"),
    QT_TRANSLATE_NOOP("Meldcode", "help accepted"),
    QT_TRANSLATE_NOOP("Meldcode", "lasting safety"),
)

ALLOWED = {
    MeldcodeConclusion.NO_REPORT_NEEDED: frozenset({MeldcodeDecision.NONE}),
    MeldcodeConclusion.HELP_WITHOUT_REPORT: frozenset({MeldcodeDecision.HELP}),
    MeldcodeConclusion.REPORT: frozenset({MeldcodeDecision.REPORT, MeldcodeDecision.REPORT_AND_HELP}),
}


def conclusion(suspicion: bool, unsafe: bool, can_help: bool, accepted: bool, safe: bool) -> MeldcodeConclusion:
    """No suspicion: no report needed. Otherwise report whenever there is acute or structural unsafety,
    or help cannot be given, is not accepted or does not lead to lasting safety; else help without report."""
    if not suspicion:
        return MeldcodeConclusion.NO_REPORT_NEEDED
    if unsafe or not (can_help and accepted and safe):
        return MeldcodeConclusion.REPORT
    return MeldcodeConclusion.HELP_WITHOUT_REPORT


def answers_text(answers: tuple[bool | None, ...], yes: str, no: str) -> str:
    """The five answers on one line, each after its question in short ("vermoeden: ja; ...")."""
    return "; ".join(f"{translate('Meldcode', q)}: {yes if a else no}" for q, a in zip(SHORT_QUESTIONS, answers))


def encode(answers: tuple[bool, ...]) -> str:
    """The five answers as stored: ``Y``/``N`` per question."""
    return "".join("Y" if a else "N" for a in answers)


def decode(stored: str) -> tuple[bool, ...]:
    return tuple(c == "Y" for c in stored)


def decision_fits(found: MeldcodeConclusion, decision: MeldcodeDecision) -> bool:
    return decision in ALLOWED[found]
