"""Demo households as plain values: members, ages, BSNs and an address in the team's area (no database)."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from app.demo.names import ORIGIN_BY_KEY, ORIGINS, Origin, split_surname
from app.validation import BSN_WEIGHTS, is_valid_bsn
from models.enums import MemberRole

# Numbers starting with 999 are the national registry's test range, so no demo BSN names a real resident.
TEST_BSN_PREFIX = "999"
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"  # F, I, O, Q, U and Y are not used in Dutch postcodes
HOUSE_SUFFIXES = ("", "", "", "", "", "A", "B", "-2", "-3")
NEWCOMER_ORIGINS = frozenset({"syrian", "eritrean", "polish", "vietnamese"})


@dataclass(frozen=True)
class Place:
    city: str
    postcodes: tuple[int, int]
    streets: tuple[str, ...]
    weight: int = 1


@dataclass(frozen=True)
class Region:
    """The area of one wijkteam: its municipality (CBS code) and the places its families live in."""

    team: str
    municipality_code: str
    municipality_name: str
    places: tuple[Place, ...]


ZAANDAM_OOST = Region("Wijkteam Zaandam-Oost", "0479", "Zaanstad", (
    Place("Zaandam", (1503, 1507), (
        "Vincent van Goghweg", "Rembrandtweg", "Pelikaanweg", "Rosmolenstraat", "Peperstraat", "Oostzijde",
        "Kogerveldweg", "Heijermansstraat", "Jan Steenstraat", "Paltrokstraat", "Guisweg", "Ankersmidplein"),
        weight=6),
    Place("Koog aan de Zaan", (1541, 1542), ("Breedstraat", "Lagedijk", "Prins Bernhardstraat", "Boschjesstraat"),
          weight=2),
    Place("Wormerveer", (1521, 1523), ("Zaanweg", "Marktstraat", "Krommenieërweg", "Wandelweg"), weight=2),
))
PURMEREND_CENTRUM = Region("Wijkteam Purmerend-Centrum", "0439", "Purmerend", (
    Place("Purmerend", (1441, 1448), (
        "Gorslaan", "Koemarkt", "Nieuwstraat", "Waterlandlaan", "Dobbelmannweg", "Purmersteenweg",
        "Churchilllaan", "Kwadijkerweg", "Westerweg", "Jaagweg")),
))


@dataclass(frozen=True)
class MemberSpec:
    role: MemberRole
    first_name: str
    surname_prefix: str | None
    surname: str
    born: date
    female: bool
    label: str  # moeder, vader, stiefvader, dochter, zoon
    bsn: str | None
    parental_authority: bool

    @property
    def full_surname(self) -> str:
        return f"{self.surname_prefix} {self.surname}" if self.surname_prefix else self.surname


@dataclass(frozen=True)
class HouseholdSpec:
    family_name: str
    members: tuple[MemberSpec, ...]
    street: str
    postcode: str
    city: str
    municipality_code: str
    newcomer: bool  # the parents learned Dutch as adults
    relatives_origin: str  # the background of the main parent's relatives (for the network)

    @property
    def parents(self) -> list[MemberSpec]:
        return [m for m in self.members if m.role is MemberRole.PARENT]

    @property
    def main_parent(self) -> MemberSpec:
        """The parent the plan speaks for: the mother where there is one."""
        return self.parents[0]

    @property
    def children(self) -> list[MemberSpec]:
        """Oldest first."""
        return sorted((m for m in self.members if m.role is MemberRole.YOUNG_PERSON), key=lambda m: m.born)


TEST_BSN_FREE_DIGITS = 8 - len(TEST_BSN_PREFIX)  # the digits after the prefix, before the check digit


def bsn_in_test_range(number: int) -> str | None:
    """The ``number``-th BSN body of the national test range with its check digit, or None when no check
    digit makes it pass the 11-check."""
    body = f"{TEST_BSN_PREFIX}{number:0{TEST_BSN_FREE_DIGITS}d}"
    check = sum(w * int(d) for w, d in zip(BSN_WEIGHTS, body)) % 11
    return f"{body}{check}" if check < 10 else None


def make_bsn(rng: random.Random, taken: set[str]) -> str:
    """A BSN that passes the 11-check, in the test range, not yet in ``taken`` (which it joins)."""
    for _ in range(10_000):
        bsn = bsn_in_test_range(rng.randrange(10 ** TEST_BSN_FREE_DIGITS))
        if bsn is not None and bsn not in taken:
            assert is_valid_bsn(bsn)
            taken.add(bsn)
            return bsn
    raise RuntimeError("the demo BSN range is exhausted")


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def born_at_age(rng: random.Random, today: date, age: int) -> date:
    """A birth date giving ``age`` whole years on ``today``."""
    return years_before(today, age) - timedelta(days=rng.randint(0, 364))


def capitalised(surname: str) -> str:
    """A surname on its own starts with a capital, also its tussenvoegsel (``De Vries``)."""
    return surname[:1].upper() + surname[1:]


def _weighted_origin(rng: random.Random) -> Origin:
    return rng.choices(ORIGINS, weights=[o.weight for o in ORIGINS])[0]


def _address(rng: random.Random, region: Region) -> tuple[str, str, str]:
    place = rng.choices(region.places, weights=[p.weight for p in region.places])[0]
    while True:
        letters = rng.choice(POSTCODE_LETTERS) + rng.choice(POSTCODE_LETTERS)
        if letters not in ("SA", "SD", "SS"):
            break
    number = f"{rng.randint(1, 180)}{rng.choice(HOUSE_SUFFIXES)}"
    return f"{rng.choice(place.streets)} {number}", f"{rng.randint(*place.postcodes)}{letters}", place.city


def _child_ages(rng: random.Random) -> list[int]:
    """Oldest first, siblings one to four years apart."""
    count = rng.choices((1, 2, 3, 4), weights=(30, 38, 22, 10))[0]
    ages = [rng.randint(0, 17)]
    while len(ages) < count and ages[-1] - 1 >= 0:
        ages.append(max(0, ages[-1] - rng.randint(1, 4)))
    return ages


class HouseholdMaker:
    """Makes households one after another; remembers BSNs so none repeats."""

    def __init__(self, rng: random.Random, today: date, taken_bsns: set[str]):
        self.rng = rng
        self.today = today
        self.bsns = taken_bsns
        self.used_surnames: set[str] = set()

    def _bsn(self, chance: float) -> str | None:
        return make_bsn(self.rng, self.bsns) if self.rng.random() < chance else None

    def _surname(self, origin: Origin, female: bool) -> tuple[str | None, str]:
        male, fem = self.rng.choice(origin.surnames)
        return split_surname(fem if female else male)

    def _adult(self, origin: Origin, female: bool, born: date, label: str, authority: bool,
               surname: tuple[str | None, str] | None = None) -> MemberSpec:
        prefix, name = surname or self._surname(origin, female)
        first = self.rng.choice(origin.women if female else origin.men)
        return MemberSpec(MemberRole.PARENT, first, prefix, name, born, female, label, self._bsn(0.7), authority)

    def make(self, region: Region, latest_birth: date, showcase: tuple[str, str] | None = None) -> HouseholdSpec:
        """A household whose members were all born by ``latest_birth`` (the day the case opened)."""
        rng = self.rng
        origin = ORIGIN_BY_KEY[showcase[0]] if showcase else _weighted_origin(rng)
        fixed = [p for p in origin.surnames if showcase and showcase[1] in p]
        fresh = [p for p in origin.surnames if p[0] not in self.used_surnames]
        family_pair = fixed[0] if fixed else rng.choice(fresh or origin.surnames)
        self.used_surnames.add(family_pair[0])
        mixed = rng.random() < 0.2
        mother_origin = _weighted_origin(rng) if mixed else origin

        children = self._children(origin, mother_origin, family_pair, latest_birth)
        oldest = min(c.born for c in children)
        mother_born = years_before(oldest, rng.randint(19, 38)) - timedelta(days=rng.randint(0, 364))
        father_born = min(years_before(mother_born, rng.randint(-3, 7)), years_before(oldest, 19))
        shape = rng.choices(("couple", "stepfamily", "single_mother", "single_father"), weights=(55, 8, 32, 5))[0]
        parents: list[MemberSpec] = []
        own_name = shape == "single_mother" and rng.random() < 0.5
        if shape != "single_father":
            surname = split_surname(family_pair[1]) if own_name else None
            parents.append(self._adult(origin if own_name else mother_origin, True, mother_born, "moeder", True,
                                       surname))
        if shape == "couple":
            parents.append(self._adult(origin, False, father_born, "vader", rng.random() < 0.85,
                                       split_surname(family_pair[0])))
        elif shape == "stepfamily":
            parents.append(self._adult(_weighted_origin(rng), False, father_born, "stiefvader", False))
        elif shape == "single_father":
            parents.append(self._adult(origin, False, father_born, "vader", True, split_surname(family_pair[0])))

        # Known by the children's surname; a single parent with another surname is named too.
        family_name = capitalised(family_pair[0])
        if len(parents) == 1 and parents[0].full_surname not in family_pair:
            family_name = f"{family_name} / {capitalised(parents[0].full_surname)}"
        street, postcode, city = _address(rng, region)
        newcomer = origin.key in NEWCOMER_ORIGINS and mother_origin.key in NEWCOMER_ORIGINS
        relatives = origin if shape == "single_father" or own_name else mother_origin
        return HouseholdSpec(family_name, tuple(parents + children), street, postcode, city,
                             region.municipality_code, newcomer, relatives.key)

    def _children(self, origin: Origin, mother_origin: Origin, family_pair: tuple[str, str],
                  latest_birth: date) -> list[MemberSpec]:
        rng = self.rng
        out: list[MemberSpec] = []
        used: set[str] = set()
        for age in _child_ages(rng):
            female = rng.random() < 0.5
            pool_origin = mother_origin if rng.random() < 0.3 else origin
            pool = [n for n in (pool_origin.girls if female else pool_origin.boys) if n not in used]
            first = rng.choice(pool or ["Sam"])
            used.add(first)
            born = min(born_at_age(rng, self.today, age), latest_birth - timedelta(days=rng.randint(0, 60)))
            prefix, surname = split_surname(family_pair[1] if female else family_pair[0])
            out.append(MemberSpec(MemberRole.YOUNG_PERSON, first, prefix, surname, born, female,
                                  "dochter" if female else "zoon", self._bsn(0.8), False))
        return out
