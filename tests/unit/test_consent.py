"""Who must consent by age (Jeugdwet 7.3.4 / 7.3.5): under 12 the parents, 12-15 both, 16+ the young person."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from app.consent import ConsentRule, consent_rule, who_must_consent
from models.enums import MemberRole


@dataclass
class P:
    id: int
    full_name: str
    role: MemberRole
    date_of_birth: date
    parental_authority: bool = False


MOTHER = P(1, "Ayşe", MemberRole.PARENT, date(1980, 1, 1), parental_authority=True)
FATHER = P(2, "Joost", MemberRole.PARENT, date(1979, 5, 5), parental_authority=True)
STEPFATHER = P(3, "Karim", MemberRole.PARENT, date(1982, 2, 2))  # no parental authority


@pytest.mark.parametrize(("age", "rule"), [
    (0, ConsentRule.PARENTS), (11, ConsentRule.PARENTS), (12, ConsentRule.CHILD_AND_PARENTS),
    (15, ConsentRule.CHILD_AND_PARENTS), (16, ConsentRule.YOUNG_PERSON), (22, ConsentRule.YOUNG_PERSON)])
def test_rule_by_age(age, rule):
    assert consent_rule(age) is rule


@pytest.mark.parametrize(("on", "age", "rule"), [
    (date(2027, 3, 31), 11, ConsentRule.PARENTS),              # the day before the 12th birthday
    (date(2027, 4, 1), 12, ConsentRule.CHILD_AND_PARENTS),     # the birthday itself counts
    (date(2031, 3, 31), 15, ConsentRule.CHILD_AND_PARENTS),
    (date(2031, 4, 1), 16, ConsentRule.YOUNG_PERSON),
])
def test_birthdays_on_the_day_count(on, age, rule):
    child = P(10, "Zoë", MemberRole.YOUNG_PERSON, date(2015, 4, 1))
    [c] = who_must_consent([MOTHER, child], on).children
    assert (c.age, c.rule) == (age, rule)


def test_a_leap_day_child_turns_twelve_on_the_first_of_march():
    child = P(10, "Lente", MemberRole.YOUNG_PERSON, date(2016, 2, 29))
    assert who_must_consent([child, MOTHER], date(2028, 2, 28)).children[0].rule is ConsentRule.PARENTS
    assert who_must_consent([child, MOTHER], date(2028, 2, 29)).children[0].rule is ConsentRule.CHILD_AND_PARENTS


def test_who_consents_per_child_only_parents_with_authority():
    members = [MOTHER, FATHER, STEPFATHER,
               P(10, "Daan", MemberRole.YOUNG_PERSON, date(2018, 9, 30)),
               P(11, "Zoë", MemberRole.YOUNG_PERSON, date(2013, 3, 1)),
               P(12, "Mees", MemberRole.YOUNG_PERSON, date(2009, 1, 1))]
    req = who_must_consent(members, date(2026, 11, 22))
    assert [(c.name, c.rule, c.consenters) for c in req.children] == [
        ("Mees", ConsentRule.YOUNG_PERSON, ("Mees",)),
        ("Zoë", ConsentRule.CHILD_AND_PARENTS, ("Zoë", "Ayşe", "Joost")),
        ("Daan", ConsentRule.PARENTS, ("Ayşe", "Joost"))]
    assert req.consenters == ("Mees", "Zoë", "Ayşe", "Joost")
    assert not req.authority_unknown


def test_missing_authority_is_flagged_where_parents_must_consent():
    young = P(10, "Daan", MemberRole.YOUNG_PERSON, date(2018, 9, 30))
    older = P(11, "Mees", MemberRole.YOUNG_PERSON, date(2009, 1, 1))
    req = who_must_consent([STEPFATHER, young, older], date(2026, 11, 22))
    assert [(c.name, c.consenters, c.authority_unknown) for c in req.children] == [
        ("Mees", ("Mees",), False), ("Daan", (), True)]
    assert req.authority_unknown
    assert who_must_consent([MOTHER], date(2026, 11, 22)).children == ()
