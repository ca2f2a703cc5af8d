"""The teams' areas of a city-size demo: the seven Zaanstreek-Waterland municipalities (CBS codes),
their places with postcode ranges and streets, and about forty neighbourhood teams (plain values)."""
from __future__ import annotations

from app.demo.households import PURMEREND_CENTRUM, ZAANDAM_OOST, Place, Region

# code, municipality, places: (place, postcode range, streets)
MUNICIPALITIES: tuple[tuple[str, str, tuple[Place, ...]], ...] = (
    ("0479", "Zaanstad", (
        *ZAANDAM_OOST.places,
        Place("Zaandijk", (1544, 1544), ("Lagedijk", "Hazepaterslaan", "Zuiderhoutstraat", "Guisweg")),
        Place("Krommenie", (1561, 1562), ("Heiligeweg", "Noorderhoofdstraat", "Zuiderhoofdstraat", "Vlielandstraat",
                                          "Rosariumlaan")),
        Place("Assendelft", (1566, 1567), ("Dorpsstraat", "Kaaikhof", "Saendelverlaan", "Schoolstraat",
                                           "Pieter Ghijsenlaan")),
        Place("Westzaan", (1551, 1551), ("J.J. Allanstraat", "Kerkbuurt", "Zuideinde")),
    )),
    ("0439", "Purmerend", (
        *PURMEREND_CENTRUM.places,
        Place("Middenbeemster", (1462, 1462), ("Middenweg", "Rijperweg", "Hobrederweg", "Jisperweg")),
        Place("Zuidoostbeemster", (1464, 1464), ("Purmerenderweg", "Oostersekerkstraat", "Zuiderweg")),
    )),
    ("0385", "Edam-Volendam", (
        Place("Volendam", (1131, 1132), ("Dijk", "Julianaweg", "Populierenlaan", "Zeestraat", "Kathammerstraat",
                                         "Burgemeester Van Baarsstraat")),
        Place("Edam", (1135, 1136), ("Voorhaven", "Lingerzijde", "Nieuwe Haven", "Spuistraat")),
    )),
    ("0852", "Waterland", (
        Place("Monnickendam", (1141, 1141), ("Noordeinde", "Zarken", "Swaensborch", "Pierebaan")),
        Place("Broek in Waterland", (1151, 1151), ("Dorpsstraat", "Roomeinde", "Laan")),
        Place("Marken", (1156, 1156), ("Kerkbuurt", "Havenbuurt", "Buurt II")),
    )),
    ("0880", "Wormerland", (
        Place("Wormer", (1531, 1531), ("Dorpsstraat", "Koetserstraat", "Pieter Lieftinckweg", "Merelstraat")),
        Place("Jisp", (1546, 1546), ("Dorpsstraat", "Kerkstraat")),
    )),
    ("0431", "Oostzaan", (
        Place("Oostzaan", (1511, 1511), ("Kerkbuurt", "Zuideinde", "Lindengracht", "Ganzenweg", "Haal")),
    )),
    ("0415", "Landsmeer", (
        Place("Landsmeer", (1121, 1121), ("Dorpsstraat", "Zuideinde", "Burgemeester Postweg", "Van Beekstraat")),
        Place("Den Ilp", (1127, 1127), ("Dorpsstraat", "Den Ilp")),
    )),
)

# Team name, municipality code, the place its families mostly live in.
TEAM_AREAS: tuple[tuple[str, str, str], ...] = (
    ("Wijkteam Zaandam-West", "0479", "Zaandam"), ("Wijkteam Zaandam-Noord", "0479", "Zaandam"),
    ("Wijkteam Poelenburg", "0479", "Zaandam"), ("Wijkteam Peldersveld", "0479", "Zaandam"),
    ("Wijkteam Kogerveld", "0479", "Zaandam"), ("Wijkteam Rosmolenwijk", "0479", "Zaandam"),
    ("Wijkteam Hoornseveld", "0479", "Zaandam"), ("Wijkteam Westerwatering", "0479", "Zaandam"),
    ("Wijkteam Koog aan de Zaan", "0479", "Koog aan de Zaan"), ("Wijkteam Zaandijk", "0479", "Zaandijk"),
    ("Wijkteam Wormerveer", "0479", "Wormerveer"), ("Wijkteam Krommenie-Oost", "0479", "Krommenie"),
    ("Wijkteam Krommenie-West", "0479", "Krommenie"), ("Wijkteam Assendelft-Noord", "0479", "Assendelft"),
    ("Wijkteam Assendelft-Zuid", "0479", "Assendelft"), ("Wijkteam Saendelft", "0479", "Assendelft"),
    ("Wijkteam Westzaan", "0479", "Westzaan"),
    ("Wijkteam Purmerend-Weidevenne", "0439", "Purmerend"), ("Wijkteam Purmerend-Overwhere", "0439", "Purmerend"),
    ("Wijkteam Purmerend-Wheermolen", "0439", "Purmerend"), ("Wijkteam Purmerend-Gors", "0439", "Purmerend"),
    ("Wijkteam Purmerend-Where", "0439", "Purmerend"), ("Wijkteam Purmer-Noord", "0439", "Purmerend"),
    ("Wijkteam Purmer-Zuid", "0439", "Purmerend"), ("Wijkteam Molenkwartier", "0439", "Purmerend"),
    ("Wijkteam Beemster", "0439", "Middenbeemster"), ("Wijkteam Zuidoostbeemster", "0439", "Zuidoostbeemster"),
    ("Sociaal team Volendam-Noord", "0385", "Volendam"), ("Sociaal team Volendam-Zuid", "0385", "Volendam"),
    ("Sociaal team Edam", "0385", "Edam"),
    ("Sociaal team Monnickendam", "0852", "Monnickendam"), ("Sociaal team Broek in Waterland", "0852",
                                                             "Broek in Waterland"),
    ("Sociaal team Marken", "0852", "Marken"),
    ("Sociaal team Wormer", "0880", "Wormer"), ("Sociaal team Jisp en Wijdewormer", "0880", "Jisp"),
    ("Sociaal team Oostzaan", "0431", "Oostzaan"),
    ("Sociaal team Landsmeer", "0415", "Landsmeer"), ("Sociaal team Den Ilp", "0415", "Den Ilp"),
)
MAX_TEAMS = 2 + len(TEAM_AREAS)


def team_regions(count: int) -> list[Region]:
    """The first ``count`` team areas: the two demo teams, then the neighbourhood teams."""
    out = [ZAANDAM_OOST, PURMEREND_CENTRUM]
    by_code = {code: (name, places) for code, name, places in MUNICIPALITIES}
    for team, code, main in TEAM_AREAS[:max(0, count - 2)]:
        name, places = by_code[code]
        # Most families live in the team's own place; a few just across the border.
        weighted = tuple(Place(p.city, p.postcodes, p.streets, 12 if p.city == main else 1) for p in places)
        out.append(Region(team, code, name, weighted))
    return out[:max(count, 1)]
