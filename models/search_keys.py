"""Folded search keys for names, so family search is an index range scan on SQLite and PostgreSQL alike.

A key is lower-case, without accents, punctuation as spaces, and a leading surname prefix
(tussenvoegsel) moved to the end, the way a Dutch register sorts: ``"van den Berg"`` -> ``"berg van
den"``, ``"Öztürk"`` -> ``"ozturk"``. A word typed in the search box is then a prefix of the key.
The same functions fill the columns everywhere: the ORM events in :mod:`models.family`, the demo generators (bulk
inserts) and the migration that added the columns.
"""
from __future__ import annotations

import unicodedata

KEY_LENGTH = 200
SURNAME_PREFIXES = frozenset({
    "van", "de", "der", "den", "het", "t", "ter", "ten", "te", "in", "op", "onder", "over", "uit", "aan",
    "bij", "tot", "voor", "la", "le", "du", "des", "da", "di", "del", "della", "dos", "von", "vom", "zu", "zum",
})


# Letters that Unicode does not decompose into a base letter plus an accent.
NO_DECOMPOSITION = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L",
                                  "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "þ": "th"})


def plain_letters(text: str) -> str:
    """``text`` without accents, also on letters Unicode does not decompose: ``"Yılmaz"`` -> ``"Yilmaz"``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(NO_DECOMPOSITION))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_words(text: str | None) -> list[str]:
    """The words of ``text``, case- and accent-folded; anything but letters and digits separates."""
    plain = "".join(c if c.isalnum() else " " for c in plain_letters(text or ""))
    return plain.casefold().split()


def name_key(*parts: str | None) -> str:
    """The key of a name given as parts (e.g. surname prefix and surname): leading prefixes go last."""
    words = [w for part in parts for w in fold_words(part)]
    lead = 0
    while lead < len(words) - 1 and words[lead] in SURNAME_PREFIXES:
        lead += 1
    return " ".join(words[lead:] + words[:lead])[:KEY_LENGTH]


def first_name_key(first_name: str | None) -> str:
    return " ".join(fold_words(first_name))[:KEY_LENGTH]


def prefix_upper_bound(prefix: str) -> str:
    """The smallest text after every text that starts with ``prefix`` (binary collation)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
