from datetime import date

import pytest
from hypothesis import given, strategies as st

from app.errors import ValidationError
from app.validation import BSN_WEIGHTS, FieldErrors, age_on, is_valid_bsn, normalise_bsn


def test_known_bsns():
    assert is_valid_bsn("123456782")
    assert not is_valid_bsn("123456789")


def test_all_zeros_is_refused_although_it_passes_the_arithmetic():
    assert sum(w * 0 for w in BSN_WEIGHTS) % 11 == 0
    assert not is_valid_bsn("000000000")


@pytest.mark.parametrize("value", ["12345678", "1234567820", "12345678a", "", "12345 678"])
def test_wrong_shapes_are_refused(value):
    assert not is_valid_bsn(value)


@given(st.lists(st.integers(0, 9), min_size=9, max_size=9))
def test_eleven_check_matches_definition(digits):
    text = "".join(map(str, digits))
    expected = sum(w * d for w, d in zip(BSN_WEIGHTS, digits)) % 11 == 0 and text != "000000000"
    assert is_valid_bsn(text) == expected


@given(st.lists(st.integers(0, 9), min_size=9, max_size=9), st.integers(0, 8), st.integers(1, 9))
def test_a_single_changed_digit_is_always_caught(digits, pos, delta):
    text = "".join(map(str, digits))
    if not is_valid_bsn(text):
        return
    changed = list(digits)
    changed[pos] = (changed[pos] + delta) % 10
    assert not is_valid_bsn("".join(map(str, changed)))


def test_normalise_bsn_strips_separators_and_restores_leading_zero():
    assert normalise_bsn(" 1234.56.782 ") == "123456782"
    assert normalise_bsn("12345674") == "012345674"
    assert normalise_bsn("  ") is None


def test_field_errors_collect_every_problem():
    errors = FieldErrors()
    errors.required("name", "  ", 10)
    errors.required("city", "x" * 11, 10)
    errors.bsn("bsn", "123456789")
    errors.birth_date("born", date(2030, 1, 1), today=date(2026, 11, 22))
    with pytest.raises(ValidationError) as info:
        errors.raise_if_any()
    assert set(info.value.fields) == {"name", "city", "bsn", "born"}
    messages = info.value.field_messages()
    assert "verplicht" in messages["name"]
    assert "10" in messages["city"]
    assert "BSN" in messages["bsn"]
    assert "toekomst" in messages["born"]


@pytest.mark.parametrize("born,day,age", [
    (date(2015, 3, 1), date(2026, 2, 28), 10),
    (date(2015, 3, 1), date(2026, 3, 1), 11),
    (date(2012, 2, 29), date(2026, 2, 28), 13),
])
def test_age_on(born, day, age):
    assert age_on(born, day) == age


def test_usernames_are_ascii_even_for_letters_without_decomposition():
    from app.services.workers import make_username
    assert make_username("Gülşen Aydın") == "gulsen.aydin"
    assert make_username("Zoë van der Berg") == "zoe.van.der.berg"
