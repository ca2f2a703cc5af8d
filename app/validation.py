"""Field rules shared by services: BSN 11-check, text, lengths, numbers, dates.

Every text a person types passes :meth:`FieldErrors.required` or :meth:`FieldErrors.optional` before
it is stored: Unicode NFC (so "é" typed or pasted compares and sorts the same), trimmed, and refused
at its field when it holds a character no database, spreadsheet or PDF takes (NUL and the other
control characters, lone surrogates, U+FFFE/U+FFFF). Line breaks and tabs are allowed only in long
texts (``multiline=True``); there a Windows line end is stored as ``\n``.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import fields, is_dataclass
from datetime import date
from decimal import Decimal

from app.errors import Msg, ValidationError
from app.i18n import QT_TRANSLATE_NOOP

BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)
YEARS = (1900, 2100)  # every date a person enters lies within these years
LINE_BREAKS = frozenset("\n\t")
NONCHARACTERS = frozenset("\ufffe\uffff")

CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Errors", "This text contains a character that cannot be stored (a control character). Remove it and try again.")
NO_LINE_BREAKS = QT_TRANSLATE_NOOP("Errors", "Line breaks and tabs are not allowed here; keep it on one line.")
YEAR_RANGE = QT_TRANSLATE_NOOP("Errors", "Give a date between {low} and {high}.")
WHOLE_NUMBER = QT_TRANSLATE_NOOP("Errors", "Give a whole number from {low} to {high}.")
WEEKS_BETWEEN = QT_TRANSLATE_NOOP("Errors", "Choose between {low} and {high} weeks.")


def normalise_text(value: str | None, *, multiline: bool = False) -> str:
    """``value`` in NFC, trimmed; in a long text every line end becomes ``\n``."""
    text = unicodedata.normalize("NFC", value or "") if is_storable(value or "") else (value or "")
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def is_storable(text: str) -> bool:
    """No lone surrogate: such a string cannot be encoded for any database or file."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def text_problem(text: str, *, multiline: bool = False) -> str | None:
    """The message for a text that may not be stored as it is, or None when it may."""
    if not is_storable(text):
        return CONTROL_CHARACTER
    bad = {ch for ch in text if _unprintable(ch)}
    if bad - LINE_BREAKS:
        return CONTROL_CHARACTER
    if bad and not multiline:
        return NO_LINE_BREAKS
    return None


def printable(text: str | None) -> str:
    """``text`` without the characters a spreadsheet or PDF refuses: for exports of what is stored
    already (defence in depth: one odd character must not fail a whole list)."""
    if not text:
        return text or ""
    if not is_storable(text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    return "".join(ch for ch in text if ch in LINE_BREAKS or not _unprintable(ch))


def _unprintable(ch: str) -> bool:
    """A control character (C0, DEL, C1) or a noncharacter XML (and so XLSX) cannot hold."""
    return unicodedata.category(ch) == "Cc" or ch in NONCHARACTERS


def lookup_text(field: str, value: str | None) -> str:
    """A name to look something up by, normalised like the stored names; a text no name can hold is
    refused at ``field`` (so no driver is ever handed a NUL)."""
    errors = FieldErrors()
    cleaned = errors.text(field, value, len(value or ""))
    errors.raise_if_any()
    return cleaned


def searchable(text: str | None) -> str:
    """Search text in NFC without the characters no stored text holds: a search never fails on them."""
    return normalise_text(printable(text).replace("\n", " ").replace("\t", " "))


def is_number(value: object) -> bool:
    """A real, finite number (not a bool, not NaN or infinity)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return False
    return value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)


def is_valid_bsn(value: str) -> bool:
    """Nine digits passing the 11-check; 000000000 is refused although it passes the arithmetic."""
    if len(value) != 9 or not value.isdigit() or value == "000000000":
        return False
    return sum(w * int(d) for w, d in zip(BSN_WEIGHTS, value)) % 11 == 0


def normalise_bsn(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = "".join(ch for ch in value if not ch.isspace() and ch not in ".-")
    if not cleaned:
        return None
    # An 8-digit BSN is written without its leading zero on older documents.
    return cleaned.zfill(9) if len(cleaned) == 8 and cleaned.isdigit() else cleaned


PHONE_PUNCTUATION = frozenset(" -.()/")
SERVICE_PREFIXES = ("0800", "0900", "0906", "0909")
NOT_A_PHONE = QT_TRANSLATE_NOOP(
    "Errors", "Give a Dutch phone number of 10 digits, e.g. 06 12345678 or 020 1234567 (or +31 6 12345678).")
NOT_AN_EMAIL = QT_TRANSLATE_NOOP("Errors", "Give an e-mail address such as naam@gemeente.nl: one @ and a domain.")
_EMAIL = re.compile(r"[^@\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
                    r"\.[A-Za-z]{2,}")


def normalise_phone(value: str) -> str | None:
    """A Dutch phone number as its digits in national form (``+31 6 1234 5678`` -> ``0612345678``), or
    None when it is not one: 10 digits starting with 0 (not 00), or a service number (0800/0900/0906/0909
    with 4 or 7 more digits)."""
    if any(ch not in PHONE_PUNCTUATION and not ch.isdigit() and ch != "+" for ch in value) or "+" in value[1:]:
        return None
    digits = "".join(ch for ch in value if ch.isdigit())
    if value.startswith("+") or digits.startswith("0031"):
        if not (digits.startswith("31") or digits.startswith("0031")):
            return None
        digits = "0" + digits.removeprefix("00").removeprefix("31").removeprefix("0")
    if not digits.isascii():
        return None
    if digits.startswith(SERVICE_PREFIXES):
        return digits if len(digits) in (8, 11) else None
    return digits if len(digits) == 10 and digits[0] == "0" and digits[1] != "0" else None


def format_phone(digits: str | None) -> str:
    """How a stored phone number reads: ``06 12345678``, ``0800 1234``, else ``020 123 4567`` in groups."""
    if not digits:
        return ""
    if digits.startswith("06") or digits.startswith(SERVICE_PREFIXES):
        cut = 2 if digits.startswith("06") else 4
        return f"{digits[:cut]} {digits[cut:]}"
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


class FieldErrors:
    """Collects messages per field so a form shows every problem at once."""

    def __init__(self) -> None:
        self.fields: dict[str, Msg] = {}

    def add(self, field: str, text: str, **params: object) -> None:
        self.fields.setdefault(field, Msg(text, params))

    def required(self, field: str, value: str | None, max_len: int, *, multiline: bool = False) -> str:
        cleaned = self.text(field, value, max_len, multiline=multiline)
        if not cleaned:
            self.add(field, QT_TRANSLATE_NOOP("Errors", "This field is required."))
        return cleaned

    def optional(self, field: str, value: str | None, max_len: int, *, multiline: bool = False) -> str | None:
        return self.text(field, value, max_len, multiline=multiline) or None

    def text(self, field: str, value: str | None, max_len: int, *, multiline: bool = False) -> str:
        """The normalised text (see the module notes); a message at ``field`` when it cannot be stored."""
        if value is not None and not isinstance(value, str):
            self.add(field, CONTROL_CHARACTER)
            return ""
        cleaned = normalise_text(value, multiline=multiline)
        problem = text_problem(cleaned, multiline=multiline)
        if problem is not None:
            self.add(field, problem)
        elif len(cleaned) > max_len:
            self.add(field, QT_TRANSLATE_NOOP("Errors", "At most {max} characters."), max=max_len)
        return cleaned

    def whole_number(self, field: str, value: object, low: int, high: int, *, required: bool = False,
                     message: str = WHOLE_NUMBER) -> bool:
        """True when ``value`` is a whole number in ``low..high`` (or None where that is allowed);
        else ``message`` (with ``{low}`` and ``{high}``) at ``field``. NaN and infinity are no numbers."""
        if value is None and not required:
            return True
        if not is_number(value) or value != int(value) or not low <= value <= high:
            self.add(field, message, low=low, high=high)
            return False
        return True

    def in_years(self, field: str, value: date | None) -> bool:
        """True for a date within :data:`YEARS`; a message at ``field`` for any other date. None is
        False without a message: whether a date is required is the caller's rule."""
        if value is None:
            return False
        if isinstance(value, date) and YEARS[0] <= value.year <= YEARS[1]:
            return True
        self.add(field, YEAR_RANGE, low=YEARS[0], high=YEARS[1])
        return False

    def days(self, data: object, prefix: str = "") -> None:
        """:meth:`in_years` for every date field of an input dataclass."""
        for f in fields(data) if is_dataclass(data) else ():
            value = getattr(data, f.name)
            if isinstance(value, date):
                self.in_years(f"{prefix}{f.name}", value)

    def has(self, field: str) -> bool:
        return field in self.fields

    def bsn(self, field: str, value: str | None) -> str | None:
        bsn = normalise_bsn(value)
        if bsn is not None and not is_valid_bsn(bsn):
            self.add(field, QT_TRANSLATE_NOOP("Errors", "This is not a valid BSN (it must be 9 digits and pass the 11-check)."))
        return bsn

    def birth_date(self, field: str, value: date | None, today: date) -> date | None:
        if value is None:
            self.add(field, QT_TRANSLATE_NOOP("Errors", "This field is required."))
        elif value > today:
            self.add(field, QT_TRANSLATE_NOOP("Errors", "A date of birth cannot be in the future."))
        elif value.year < today.year - 120:
            self.add(field, QT_TRANSLATE_NOOP("Errors", "This date of birth is too long ago."))
        return value

    def phone(self, field: str, value: str | None) -> str | None:
        """An optional Dutch phone number, stored as its digits; a message at ``field`` when it is none."""
        text = self.optional(field, value, 30)
        if text is None or self.has(field):
            return None
        phone = normalise_phone(text)
        if phone is None:
            self.add(field, NOT_A_PHONE)
        return phone

    def email(self, field: str, value: str | None) -> str | None:
        """An optional e-mail address: one @, a domain with a dot; the domain is kept in lower case."""
        text = self.optional(field, value, 254)
        if text is None or self.has(field):
            return None
        if not _EMAIL.fullmatch(text) or not text.isascii():
            self.add(field, NOT_AN_EMAIL)
            return None
        local, domain = text.split("@")
        return f"{local}@{domain.lower()}"

    def raise_if_any(self) -> None:
        if self.fields:
            raise ValidationError(self.fields)

    def __bool__(self) -> bool:
        return bool(self.fields)


def age_on(born: date, day: date) -> int:
    """Age in whole years on ``day``."""
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


SHORT_YEAR_AHEAD = 10  # plans look a few years ahead; dates of birth lie further back
_SEPARATED = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{2}|\d{4})$")
_DIGITS_ONLY = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def date_parts(text: str, *, today: date | None = None) -> tuple[int, int, int] | None:
    """(year, month, day) as written day first in ``text`` - ``1-3-2015``, ``01032015``, ``1.3.15`` - or
    None when it is not written as a date. A two-digit year is the latest such year at most
    :data:`SHORT_YEAR_AHEAD` years after ``today`` (in 2026: ``27`` -> 2027 for a plan date, ``15`` -> 2015,
    ``40`` -> 1940 for a date of birth). Whether that day exists is not checked here."""
    cleaned = text.strip()
    match = _SEPARATED.match(cleaned) or _DIGITS_ONLY.match(cleaned)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    if len(match.group(3)) == 2:
        reference = today or date.today()
        year += reference.year // 100 * 100
        if year > reference.year + SHORT_YEAR_AHEAD:
            year -= 100
    return year, month, day


def parse_date(text: str, *, today: date | None = None) -> date | None:
    """The date written in ``text`` (day first, see :func:`date_parts`), None for empty text; ValueError
    if it is no date."""
    if not text.strip():
        return None
    parts = date_parts(text, today=today)
    if parts is None:
        raise ValueError(text)
    return date(*parts)
