from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from app.errors import ValidationError
from app.validation import (
    BSN_WEIGHTS, CONTROL_CHARACTER, NO_LINE_BREAKS, YEARS, FieldErrors, age_on, is_number, is_valid_bsn, normalise_bsn,
    normalise_text, printable, searchable, text_problem,
)


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


# -- the text normaliser, numbers and years ---------------------------------------------------------

def test_text_is_stored_composed_trimmed_and_with_one_kind_of_line_end():
    assert normalise_text("  Zoe\u0308 ") == "Zoë"
    assert normalise_text("een\r\ntwee\rdrie", multiline=True) == "een\ntwee\ndrie"


@pytest.mark.parametrize("text", ["a\x00b", "\x01", "a\x1bb", "\x7f", "a\x85b", "\x9f", "\ufffe", "\uffff", "\ud800"])
def test_control_characters_and_what_no_file_can_hold_are_refused_even_in_long_texts(text):
    assert text_problem(text) == CONTROL_CHARACTER
    assert text_problem(text, multiline=True) == CONTROL_CHARACTER


def test_line_breaks_and_tabs_only_in_long_texts():
    assert text_problem("een\ntwee") == NO_LINE_BREAKS
    assert text_problem("een\ttwee") == NO_LINE_BREAKS
    assert text_problem("een\ntwee\tdrie", multiline=True) is None
    assert text_problem("Zoë \u200d 👩‍👧 \u2028") is None  # joiners, emoji and Unicode line separators are text


@given(st.text())
def test_whatever_the_normaliser_accepts_is_in_nfc_and_printable(text):
    errors = FieldErrors()
    cleaned = errors.text("f", text, 10**6, multiline=True)
    if not errors:
        assert printable(cleaned) == cleaned and normalise_text(cleaned, multiline=True) == cleaned


def test_printable_and_searchable_drop_what_a_spreadsheet_refuses():
    assert printable("Vi\x00sser\x01\n") == "Visser\n"
    assert printable("a\ud800b") == "a?b"
    assert searchable(" Zoe\u0308\x00k\tmans ") == "Zoëk mans"


def test_text_that_is_no_text_is_refused_at_its_field():
    errors = FieldErrors()
    errors.required("name", 12, 80)
    assert set(errors.fields) == {"name"}


@pytest.mark.parametrize("value", [float("nan"), float("inf"), Decimal("NaN"), Decimal("sNaN"), True, "3", None])
def test_nan_infinity_bools_and_text_are_no_numbers(value):
    assert not is_number(value)


@pytest.mark.parametrize("value, ok", [(1, True), (10, True), (0, False), (11, False), (2.5, False), (3.0, True),
                                       (float("nan"), False), (2**64, False), (None, True)])
def test_whole_numbers_in_range(value, ok):
    errors = FieldErrors()
    assert errors.whole_number("n", value, 1, 10) is ok
    assert bool(errors) is not ok


def test_a_required_whole_number_refuses_none():
    errors = FieldErrors()
    assert not errors.whole_number("n", None, 1, 10, required=True)


@pytest.mark.parametrize("day, ok", [(date(YEARS[0], 1, 1), True), (date(YEARS[1], 12, 31), True),
                                     (date(1, 1, 1), False), (date(9999, 12, 31), False)])
def test_dates_within_sensible_years(day, ok):
    errors = FieldErrors()
    assert errors.in_years("d", day) is ok
    assert bool(errors) is not ok


def test_no_date_is_not_a_range_problem():
    errors = FieldErrors()
    assert not errors.in_years("d", None) and not errors
