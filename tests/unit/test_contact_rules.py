"""Phone numbers and e-mail addresses (app/validation.py) and the shipped municipality list."""
from __future__ import annotations

import csv
from importlib import resources

import pytest
from hypothesis import given, strategies as st

from app.municipalities import municipalities, municipality_name
from app.validation import SERVICE_PREFIXES, FieldErrors, format_phone, normalise_phone

TEN_DIGITS = st.builds(lambda area, rest: f"0{area}{rest}", st.integers(1, 9), st.text(
    "0123456789", min_size=8, max_size=8)).filter(lambda d: not d.startswith(SERVICE_PREFIXES))  # 0800: 8 or 11


@given(TEN_DIGITS)
def test_a_stored_number_reads_back_as_itself_however_it_is_written(digits):
    assert normalise_phone(digits) == digits
    assert normalise_phone(format_phone(digits)) == digits
    assert normalise_phone(f"+31 {digits[1:]}") == digits
    assert normalise_phone(f"0031-{digits[1:3]}-{digits[3:]}") == digits


@given(st.text(max_size=20))
def test_anything_accepted_is_digits_the_database_check_takes(text):
    phone = normalise_phone(text)
    assert phone is None or (phone.isdigit() and phone.isascii() and 8 <= len(phone) <= 11)


@pytest.mark.parametrize("text", ["0612345", "061234567890", "0012345678", "+32 2 123 45 67", "06 1234 567x",
                                  "06\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668", "++31612345678", "31612345678"])
def test_not_a_dutch_number(text):
    assert normalise_phone(text) is None


@pytest.mark.parametrize(("text", "ok"), [
    ("naam@gemeente.nl", True), ("a.b-c+d@sub.zaanstad.nl", True), ("naam@gemeente", False),
    ("naam@@gemeente.nl", False), ("na am@gemeente.nl", False), ("@gemeente.nl", False),
    ("naam@-gemeente.nl", False), ("naam@gemeente.n", False), ("naam@gemëente.nl", False)])
def test_an_email_has_one_at_and_a_domain(text, ok):
    errors = FieldErrors()
    stored = errors.email("email", text)
    assert (stored is not None) is ok and errors.has("email") is not ok


def test_the_list_is_well_formed_and_complete():
    text = resources.files("resources.municipalities").joinpath("gemeenten_2026.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines(), delimiter=";"))
    assert len(rows) == len({r["code"] for r in rows}) == len({r["name"] for r in rows}) == 342
    assert list(municipalities()) != sorted(municipalities())  # by name, not by code
    assert next(iter(municipalities().values())).name == "Aa en Hunze"
    assert (municipality_name("0518"), municipality_name("0796")) == ("'s-Gravenhage", "'s-Hertogenbosch")
    assert municipality_name("0363") == "Amsterdam" and municipality_name(None) is None
