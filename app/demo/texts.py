"""Dutch texts for demo data: the network around families, journal lines and closing notes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.enums import CloseReason, JournalKind

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")


def dutch_date(day: date) -> str:
    """``3 maart 2027``: how a date reads in a plan."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class NetworkKind:
    """A kind of person around the family. ``relative``: named after the family's own background."""

    relation: str
    label: str  # how the plan mentions them: "oma {first}"
    female: bool
    relative: bool
    contributions: tuple[str, ...]
    child_ages: tuple[int, int] | None = None


NETWORK_KINDS: dict[str, NetworkKind] = {
    "grandmother": NetworkKind("oma", "oma {first}", True, True, (
        "Haalt {child} op dinsdag en donderdag uit school en kookt dan mee.",
        "Kan de kinderen opvangen als {parent_name} naar een afspraak moet.",
        "Komt elke zondag eten en is een rustpunt voor {child}.")),
    "grandfather": NetworkKind("opa", "opa {first}", False, True, (
        "Gaat op zaterdag met {child} naar de markt en helpt met klussen in huis.",
        "Brengt {child} naar de sportclub als dat nodig is.")),
    "aunt": NetworkKind("tante (zus van {parent})", "tante {first}", True, True, (
        "Kan in noodsituaties de kinderen opvangen; woont tien minuten fietsen verderop.",
        "Is de vertrouwenspersoon van {child}; {child} appt haar als het thuis niet goed gaat.")),
    "uncle": NetworkKind("oom (broer van {parent})", "oom {first}", False, True, (
        "Helpt {parent_name} met formulieren en brieven.",
        "Neemt {child} eens per maand mee naar het voetbal.")),
    "neighbour_f": NetworkKind("buurvrouw", "buurvrouw {first}", True, False, (
        "Springt bij als {parent_name} naar een afspraak moet en heeft een reservesleutel.",
        "Drinkt wekelijks koffie met {parent_name}; merkt het snel als het niet goed gaat.")),
    "neighbour_m": NetworkKind("buurman", "buurman {first}", False, False, (
        "Brengt {child} op maandag naar school als {parent_name} vroeg moet werken.",
        "Helpt met kleine reparaties in huis.")),
    "coach": NetworkKind("voetbaltrainer van {child}", "trainer {first}", False, False, (
        "Ziet {child} twee keer per week op de training en houdt contact met {parent_name}.",
        "Heeft aangeboden {child} mee te nemen naar uitwedstrijden."), (6, 17)),
    "teacher": NetworkKind("juf van {child}", "juf {first}", True, False, (
        "Ziet op school hoe het met {child} gaat en belt {parent_name} bij zorgen.",
        "Denkt mee over extra ondersteuning in de klas."), (4, 12)),
    "friend": NetworkKind("vriendin van {parent}", "{first}", True, False, (
        "Gaat eens per week met {parent_name} wandelen; een luisterend oor.",
        "Past af en toe op zodat {parent_name} even tijd voor zichzelf heeft.")),
}

CONTACTS = ("telefoonnummer bekend bij {parent}", "bereikbaar na 17.00 uur", "woont in dezelfde straat",
            "via de app-groep van het gezin", None)

INTAKE_LINES = (
    (JournalKind.HOME_VISIT, "Intakegesprek bij het gezin thuis met {parents}. Hulpvraag besproken: {topic}. "
                             "Toestemming voor contact met school en huisarts gevraagd en gekregen."),
    (JournalKind.OFFICE_MEETING, "Kennismaking op het wijkteamkantoor met {parents}. Eerst geluisterd naar wat er "
                                 "speelt rond {topic}; afgesproken om samen een gezinsplan te maken."),
)

JOURNAL_LINES: dict[JournalKind, tuple[str, ...]] = {
    JournalKind.HOME_VISIT: (
        "Huisbezoek. Gesproken met {parent_name} en {child} over {topic}. Sfeer was open; {parent_name} "
        "vertelt dat het sinds de vorige keer iets rustiger gaat.",
        "Huisbezoek. {child} was thuis en liet trots een tekening zien. Doelen uit het plan doorgelopen; "
        "{parent_name} wil de afspraak met {network} vastleggen.",
        "Huisbezoek samen met een collega. Zorgen over {topic} besproken; {parent_name} herkent ze en wil "
        "hulp blijven accepteren.",
        "Huisbezoek. Tussenevaluatie van het gezinsplan met {parents}: de eerste doelen gaan de goede kant op, "
        "over {topic} zijn nieuwe afspraken gemaakt.",
        "Huisbezoek. {parent_name} was moe en gespannen; we hebben samen de week doorgenomen en kleine stappen "
        "afgesproken.",
    ),
    JournalKind.PHONE_CALL: (
        "Telefonisch contact met {parent_name}: het gaat wisselend. Afgesproken dat ik volgende week langskom.",
        "{parent_name} belde over {topic}. Geadviseerd eerst contact op te nemen met {network}; dat lukte.",
        "Gebeld met {network}, met toestemming van {parent_name}; die wil blijven helpen.",
        "Kort telefonisch contact met {parent_name}. De afspraken uit het plan lopen; geen nieuwe zorgen.",
    ),
    JournalKind.SCHOOL: (
        "Overleg op school met de mentor van {child}. Aanwezigheid is verbeterd; afgesproken dat de mentor "
        "dagelijks kort contact heeft met {child}.",
        "Zorgoverleg op school over {child}, met toestemming van de ouders. School ziet vooruitgang.",
        "Gesprek met de intern begeleider over {child}. Afgesproken dat school zorgen direct met {parent_name} "
        "en mij deelt.",
    ),
    JournalKind.PROVIDER_MEETING: (
        "Afstemming met {provider} over {topic}. De eerste gesprekken zijn geweest; evaluatie over zes weken.",
        "Overleg met {provider}: {child} komt trouw naar de afspraken. Afgesproken dat het wijkteam de "
        "regie houdt.",
    ),
    JournalKind.OFFICE_MEETING: (
        "Casus besproken in het teamoverleg. Advies: eerst het eigen netwerk sterker inzetten, daarna pas "
        "specialistische hulp.",
        "Consultatie met de gedragswetenschapper over {topic}. Geen aanwijzingen voor acute onveiligheid; "
        "vinger aan de pols houden.",
        "Intervisie: de vraag was hoe {parent_name} meer regie kan nemen. Tip: vaker vragen wat zij of hij zelf "
        "al heeft geprobeerd.",
    ),
    JournalKind.MESSAGE: (
        "Bericht van {parent_name}: \"Het gaat deze week een stuk beter hier. Dank voor het meedenken!\"",
        "Bericht van {parent_name} met de vraag of het volgende gesprek verzet kan worden. Nieuwe datum gepland.",
        "Bericht van {network}: het ging goed deze week, {child} was vrolijk.",
    ),
    JournalKind.OTHER: (
        "Netwerkberaad met {parents} en {network}. Afspraken uit het beraad toegevoegd aan het plan.",
        "Samen met {parent_name} naar het loket van de gemeente geweest voor een aanvraag.",
    ),
}

CLOSE_NOTES: dict[CloseReason, str] = {
    CloseReason.GOALS_REACHED: "Doelen behaald. School en {network} houden een vinger aan de pols; het gezin "
                               "weet ons te vinden.",
    CloseReason.HANDED_OVER: "Regie overgedragen aan de gecertificeerde instelling na de ondertoezichtstelling; "
                             "warme overdracht gedaan.",
    CloseReason.MOVED: "Gezin is verhuisd naar een andere gemeente; warme overdracht aan het buurtteam daar.",
    CloseReason.FAMILY_DECLINED: "Het gezin wil op dit moment geen hulp meer. Afgesproken dat zij zich opnieuw "
                                 "kunnen melden.",
    CloseReason.NO_HELP_NEEDED: "Lichte hulp via school bleek voldoende; geen verdere inzet van het wijkteam nodig.",
}

CLOSING_LINE = "Afsluitend gesprek met {parents}. {note}"
REOPEN_REASON = "{parent_name} meldt zich opnieuw: de zorgen over {topic} zijn terug."
TRANSFER_REASON = "Overdracht wegens herverdeling van de caseload; kennismakingsgesprek met het gezin gepland."
AGREEMENTS = ("We evalueren het plan elke {weeks} weken samen met het gezin. Informatie wordt alleen gedeeld "
              "met school, huisarts en hulpverleners met toestemming van {consent}.")
