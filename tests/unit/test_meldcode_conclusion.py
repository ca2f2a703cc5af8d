"""The assessment framework's conclusion over all 32 combinations of the five answers."""
from itertools import product

import pytest

from app.meldcode import ALLOWED, answers_text, conclusion, decision_fits, decode, encode
from models.enums import MeldcodeConclusion as C, MeldcodeDecision as D


def expected(suspicion, unsafe, can_help, accepted, safe):
    if not suspicion:
        return C.NO_REPORT_NEEDED
    if unsafe or not can_help or not accepted or not safe:
        return C.REPORT
    return C.HELP_WITHOUT_REPORT


@pytest.mark.parametrize("answers", list(product((False, True), repeat=5)))
def test_every_combination(answers):
    assert conclusion(*answers) is expected(*answers)
    assert decode(encode(answers)) == answers


def test_counts_over_the_32():
    found = [conclusion(*a) for a in product((False, True), repeat=5)]
    assert len(found) == 32
    assert found.count(C.NO_REPORT_NEEDED) == 16
    assert found.count(C.HELP_WITHOUT_REPORT) == 1  # suspicion, not unsafe, help given, accepted, safe
    assert found.count(C.REPORT) == 15


def test_decision_follows_conclusion():
    assert decision_fits(C.REPORT, D.REPORT_AND_HELP) and decision_fits(C.REPORT, D.REPORT)
    assert not decision_fits(C.REPORT, D.HELP) and not decision_fits(C.HELP_WITHOUT_REPORT, D.REPORT)
    assert decision_fits(C.NO_REPORT_NEEDED, D.NONE) and not decision_fits(C.NO_REPORT_NEEDED, D.HELP)
    assert set().union(*ALLOWED.values()) == set(D)


def test_the_answers_read_as_one_line_each_after_its_question():
    assert answers_text((True, False, True, True, False), "ja", "nee") == (
        "vermoeden: ja; acute of structurele onveiligheid: nee; hulp mogelijk: ja; hulp aanvaard: ja; "
        "duurzame veiligheid: nee")
