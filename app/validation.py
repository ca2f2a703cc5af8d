"""Field rules shared by services: BSN 11-check, required text, lengths, dates."""
from __future__ import annotations

import re
from datetime import date

from app.errors import Msg, ValidationError
from app.i18n import QT_TRANSLATE_NOOP

BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


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


class FieldErrors:
    """Collects messages per field so a form shows every problem at once."""

    def __init__(self) -> None:
        self.fields: dict[str, Msg] = {}

    def add(self, field: str, text: str, **params: object) -> None:
        self.fields.setdefault(field, Msg(text, params))

    def required(self, field: str, value: str | None, max_len: int) -> str:
        cleaned = (value or "").strip()
        if not cleaned:
            self.add(field, QT_TRANSLATE_NOOP("Errors", "This field is required."))
        elif len(cleaned) > max_len:
            self.add(field, QT_TRANSLATE_NOOP("Errors", "At most {max} characters."), max=max_len)
        return cleaned

    def optional(self, field: str, value: str | None, max_len: int) -> str | None:
        cleaned = (value or "").strip()
        if len(cleaned) > max_len:
            self.add(field, QT_TRANSLATE_NOOP("Errors", "At most {max} characters."), max=max_len)
        return cleaned or None

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


_SEPARATED = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{2}|\d{4})$")
_DIGITS_ONLY = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def date_parts(text: str, *, today: date | None = None) -> tuple[int, int, int] | None:
    """(year, month, day) as written day first in ``text`` - ``1-3-2015``, ``01032015``, ``1.3.15`` - or
    None when it is not written as a date. A two-digit year is the most recent such year not after
    ``today`` (``15`` -> 2015). Whether that day exists is not checked here."""
    cleaned = text.strip()
    match = _SEPARATED.match(cleaned) or _DIGITS_ONLY.match(cleaned)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    if len(match.group(3)) == 2:
        reference = today or date.today()
        year += reference.year // 100 * 100
        if year > reference.year:
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
