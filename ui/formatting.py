"""Dutch presentation of plain values, and the text folding used for search and sorting."""
from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.queries.family_search import plain_letters


def format_date(value: date | None) -> str:
    """``22-11-2026``: day-month-year, the way Dutch forms write a date; empty for no date."""
    return value.strftime("%d-%m-%Y") if value is not None else ""


def format_number(value: float) -> str:
    """A number as typed in Dutch, exactly, without trailing zeros: ``0.25`` -> ``0,25``, ``2.0`` -> ``2``."""
    return f"{value:g}".replace(".", ",")


def fold_text(text: str) -> str:
    """Case- and accent-insensitive form: ``"Öztürk"`` and ``"ozturk"`` (``"Yılmaz"`` and ``"yilmaz"``) fold alike."""
    return plain_letters(text).casefold()


def format_weight(value: float) -> str:
    """One decimal, rounded half up, with a Dutch comma: 3.55 -> ``3,6``."""
    return str(Decimal(str(value)).quantize(Decimal("0.1"), ROUND_HALF_UP)).replace(".", ",")


PREVIEW_LENGTH = 140


def preview(text: str) -> str:
    """The start of an entry on one line."""
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW_LENGTH else flat[:PREVIEW_LENGTH - 1].rstrip() + "…"
