"""The Dutch municipalities (gemeenten) of 2026: CBS code (4 digits) and name, shipped with the app.

The list is ``resources/municipalities/gemeenten_2026.csv`` (``code;name``, UTF-8): the 342
municipalities of the CBS "Gemeentelijke indeling op 1 januari 2026", with the CBS spelling of their
names ("'s-Gravenhage", "Bergen (NH.)"). The codes are the iJw municipality codes. It was taken from
the Kiesraad's municipality list of the municipal elections of March 2026, which uses the same CBS
codes, without the three public bodies of the Caribbean Netherlands (no municipalities, and outside the
Jeugdwet). A municipal reorganisation (herindeling) on a 1 January means a new file here.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from app.i18n import QT_TRANSLATE_NOOP

LIST_YEAR = 2026
FILE = "gemeenten_2026.csv"
NOT_A_MUNICIPALITY = QT_TRANSLATE_NOOP("Errors", "Choose a municipality from the list (a current Dutch municipality).")


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str

    @property
    def label(self) -> str:
        """"Zaanstad (0479)": how a choice reads."""
        return f"{self.name} ({self.code})"


@cache
def municipalities() -> dict[str, Municipality]:
    """Every municipality by its CBS code, in the order of their names."""
    text = resources.files("resources.municipalities").joinpath(FILE).read_text(encoding="utf-8")
    rows = [Municipality(r["code"], r["name"]) for r in csv.DictReader(text.splitlines(), delimiter=";")]
    return {m.code: m for m in sorted(rows, key=lambda m: m.name.removeprefix("'s-").casefold())}


def municipality(code: str | None) -> Municipality | None:
    """The municipality with this CBS code, or None (no code, or not a current municipality)."""
    return municipalities().get(code or "")


def municipality_name(code: str | None) -> str | None:
    found = municipality(code)
    return found.name if found else None
