"""National iJw 3.2 code lists, so records and figures line up with the message standard.

The names are the official Dutch ones (data, not interface text).
"""
from __future__ import annotations

# COD327 - referrer type (there is no 07).
REFERRER_TYPES: dict[str, str] = {
    "01": "Gemeente",
    "02": "Huisarts",
    "03": "Jeugdarts",
    "04": "Gecertificeerde instelling",
    "05": "Medisch specialist",
    "06": "Zelfverwijzer/geen verwijzer",
    "08": "Rechter/Officier van Justitie/JJI",
}
# Referrer types that carry the referrer's AGB code or name.
REFERRERS_WITH_AGB = frozenset({"02", "03", "04", "05"})

# JZ020 - product category.
PRODUCT_CATEGORIES: dict[str, str] = {
    "40": "Persoonlijke verzorging",
    "41": "Dagbehandeling",
    "42": "Vervoerdiensten",
    "43": "Jeugdhulp verblijf (incl. behandeling)",
    "44": "Jeugdhulp verblijf (excl. behandeling)",
    "45": "Jeugdhulp ambulant",
    "46": "Jeugdhulp crisis",
    "47": "Jeugdreclassering",
    "48": "Jeugdbescherming",
    "49": "Activiteiten in het preventief justitieel kader",
    "50": "Maatwerkarrangementen jeugd",
    "51": "Generalistische basis-ggz",
    "52": "Specialistische ggz",
    "53": "Kindergeneeskunde",
    "54": "Jeugd-ggz",
    "55": "Landelijk ingekochte zorg",
}

# For the flows "from residential to ambulatory": youth care with a stay (verblijf) ...
RESIDENTIAL_CATEGORIES = frozenset({"43", "44"})
# ... and help without one: day treatment, ambulatory youth care, (basic, specialist, youth) mental health care.
AMBULATORY_CATEGORIES = frozenset({"41", "45", "51", "52", "54"})

# Volume unit.
UNITS: dict[str, str] = {
    "01": "minuut",
    "04": "uur",
    "14": "etmaal",
    "16": "dagdeel",
    "82": "stuks (output)",
    "83": "euro",
    "84": "stuks (inspanning)",
}

# Volume frequency.
FREQUENCIES: dict[str, str] = {
    "1": "per dag",
    "2": "per week",
    "4": "per maand",
    "6": "totaal binnen geldigheidsduur",
}

# JZ588 - end reason.
END_REASONS: dict[str, str] = {
    "02": "Overlijden",
    "19": "Levering volgens plan beëindigd",
    "20": "Tijdelijk beëindigd",
    "21": "Eenzijdig door cliënt",
    "22": "Eenzijdig door aanbieder",
    "23": "In overeenstemming voortijdig beëindigd",
    "31": "Verhuizing naar andere gemeente",
    "36": "Geïnitieerd door de gemeente",
    "37": "I.v.m. wijzigingsverzoek",
    "38": "Overstap naar andere aanbieder",
    "39": "Uitstroom naar ander domein",
}

# Help cancelled before it started ends with one of these: never "as planned" (19) or "temporarily" (20).
CANCEL_REASONS: dict[str, str] = {code: name for code, name in END_REASONS.items() if code not in ("19", "20")}


def is_agb_code(value: str) -> bool:
    """An AGB code is 8 digits."""
    return len(value) == 8 and value.isdigit()
