"""What demo families ask help for: the plan's texts in their own words, SMART goals and agreements.

Placeholders: {child} {age} {parent} {parent_name} {network} {date} {size} {provider}.
"""
from __future__ import annotations

from dataclasses import dataclass

from models.enums import ActionOwner, Actor

M, N, W, P, O = ActionOwner.MEMBER, ActionOwner.NETWORK, ActionOwner.WORKER, ActionOwner.PROVIDER, ActionOwner.OTHER


@dataclass(frozen=True)
class ActionT:
    owner: ActionOwner
    what: str
    who: str = "parent"  # a member: "parent" or "child"; a provider or other party: its name


@dataclass(frozen=True)
class GoalT:
    domain: str  # life_domain.code
    actor: Actor
    description: str
    criterion: str
    actor_detail: str | None = None
    concerns: str = "child"  # "child", "parent" or "family"
    actions: tuple[ActionT, ...] = ()


@dataclass(frozen=True)
class Theme:
    key: str
    topic: str  # for journal lines: "het schoolverzuim van {child}"
    request: str
    concern: str
    strength: str
    future: str
    goals: tuple[GoalT, ...]
    child_ages: tuple[int, int] | None = None  # the theme is about a child of this age
    quote: str | None = None  # the young person's own words, from 12
    provider: str = "Jeugdhulp Zaanstroom"
    network: tuple[str, ...] = ()  # network members the goals lean on
    newcomers_only: bool = False


THEMES: tuple[Theme, ...] = (
    Theme(
        "rust", "de ruzies thuis",
        "Wij willen weer rust in huis. Er is veel ruzie, vooral 's avonds, en {child} trekt zich steeds meer terug.",
        "Er zijn veel conflicten in huis; de kinderen horen en zien de ruzies.",
        "Het gezin praat open met de wijkcoach en wil graag samen verder.",
        "Over een half jaar eten we weer samen aan tafel en lossen we ruzies op zonder te schreeuwen.",
        (GoalT("huiselijke_relaties", Actor.FAMILY,
               "Vóór {date} eet het gezin minstens vier avonden per week samen aan tafel.",
               "Volgens {parent} en {child} lukt dit vier weken achter elkaar.", concerns="family",
               actions=(ActionT(M, "Weekplanning met vaste eetmomenten op de koelkast hangen"),)),
         GoalT("huiselijke_relaties", Actor.PROVIDER,
               "{parent_name} en {child} leren vóór {date} hoe zij een ruzie stoppen en later rustig uitpraten.",
               "Hooguit één hoog opgelopen ruzie per week, bijgehouden in het ruziedagboek.",
               "Gezinsbehandeling ambulant (segment B)", "family",
               (ActionT(W, "Verwijzing en toewijzing voor gezinsbehandeling regelen"),
                ActionT(P, "Intake en zes gezinsgesprekken plannen", "Jeugdhulp Zaanstroom")))),
        quote='{child} ({age}): "Ik wil dat er thuis minder geschreeuwd wordt."',
    ),
    Theme(
        "schulden", "de schulden en de post",
        "Ik wil van mijn schulden af en weer overzicht krijgen. De brieven stapelen zich op en ik durf ze niet "
        "meer open te maken.",
        "Er zijn achterstanden bij huur en energie; er dreigt afsluiting.",
        "{parent_name} heeft zelf de eerste stap gezet door hulp te vragen.",
        "Rust in de financiën: vaste lasten worden op tijd betaald en er is weekgeld voor boodschappen.",
        (GoalT("financien", Actor.FREE_ACCESS,
               "Vóór {date} zijn alle schulden in kaart gebracht en is {parent_name} aangemeld bij de "
               "gemeentelijke schuldhulpverlening.",
               "Er ligt een volledig schuldenoverzicht en een bevestiging van de aanmelding.",
               "Thuisadministratie (vrijwilliger Humanitas)", "parent",
               (ActionT(M, "Alle post van de afgelopen drie maanden verzamelen in één map"),
                ActionT(O, "Wekelijks samen de post doornemen", "Vrijwilliger thuisadministratie"),
                ActionT(W, "Warme overdracht naar schuldhulpverlening regelen"))),
         GoalT("financien", Actor.FAMILY,
               "Vanaf {date} worden huur en energie automatisch betaald op de dag dat het inkomen binnenkomt.",
               "Drie maanden op rij geen nieuwe achterstand.", concerns="parent",
               actions=(ActionT(M, "Automatische incasso's aanvragen bij verhuurder en energieleverancier"),))),
    ),
    Theme(
        "school", "het schoolverzuim van {child}",
        "We willen dat {child} weer elke dag naar school gaat. Nu blijft {child} vaak thuis met buikpijn.",
        "{child} heeft de afgelopen zes weken ruim veertig lesuren gemist; de leerplichtambtenaar is ingelicht.",
        "{child} heeft een goede band met de mentor en is slim.",
        "{child} gaat met plezier naar school en gaat volgend schooljaar over.",
        (GoalT("werk_opleiding", Actor.FREE_ACCESS,
               "Vóór {date} is {child} vier weken achter elkaar elke schooldag aanwezig.",
               "De verzuimregistratie van school laat minder dan 5% ongeoorloofd verzuim zien.",
               "School: mentor en zorgcoördinator",
               actions=(ActionT(O, "Dagelijks een korte check-in met {child} bij binnenkomst", "Mentor"),
                        ActionT(M, "{child} om 7.30 uur wekken en samen ontbijten"),
                        ActionT(W, "Overleg plannen met school, leerplicht en ouders"))),
         GoalT("werk_opleiding", Actor.NETWORK,
               "Vanaf {date} brengt {network} {child} op maandag en dinsdag naar school.",
               "{child} is op die dagen op tijd op school.",
               actions=(ActionT(N, "Breng- en haalschema afspreken met {parent_name}"),))),
        child_ages=(6, 17), network=("grandmother", "neighbour_m", "uncle"),
        quote='{child} ({age}): "Ik wil wel naar school, maar als ik een paar dagen gemist heb zie ik er '
              'enorm tegenop."',
    ),
    Theme(
        "somber", "hoe het met {child} gaat",
        "We maken ons zorgen om {child}. {child} is somber, slaapt slecht en zegt soms dat het allemaal niet "
        "meer hoeft.",
        "{child} piekert veel en heeft gezegd niet meer te willen leven; een veiligheidsplan is besproken.",
        "{child} kan goed tekenen en praat makkelijk met {network}.",
        "{child} voelt zich beter, slaapt goed en spreekt weer af met vrienden.",
        (GoalT("geestelijke_gezondheid", Actor.PROVIDER,
               "Vóór {date} krijgt {child} behandeling voor de somberheid en weet {child} wat te doen op een "
               "slechte dag.",
               "{child} geeft zelf minstens een 7 voor hoe het gaat, drie weken achter elkaar.",
               "Jeugd-ggz, behandeling (segment B)",
               actions=(ActionT(W, "Verwijzing naar jeugd-ggz en toewijzing regelen"),
                        ActionT(P, "Intake en behandelplan met {child} en {parent}", "GGZ Kind & Jeugd Waterland"))),
         GoalT("geestelijke_gezondheid", Actor.SOCIAL_TEAM,
               "Tot de behandeling start spreekt de wijkcoach {child} elke twee weken; vóór {date} ligt er een "
               "veiligheidsplan.",
               "Het veiligheidsplan is besproken met {child} en {parent} en hangt thuis op.",
               "Wijkcoach", actions=(ActionT(W, "Veiligheidsplan opstellen met {child}"),
                                     ActionT(M, "Veiligheidsplan ondertekenen", "child")))),
        child_ages=(9, 17), provider="GGZ Kind & Jeugd Waterland", network=("aunt", "teacher", "friend"),
        quote='{child} ({age}): "Ik wil weer zin hebben in dingen."',
    ),
    Theme(
        "woning", "de woonsituatie",
        "We wonen met z'n {size} in een tweekamerflat. We willen een grotere woning, zodat de kinderen een eigen "
        "plek hebben om huiswerk te maken.",
        "Het gezin woont te krap; er zit vocht en schimmel in de slaapkamer van de kinderen.",
        "{parent_name} heeft al zelf contact gezocht met de woningcorporatie.",
        "Een woning waar iedereen kan slapen en de kinderen rustig huiswerk kunnen maken.",
        (GoalT("huisvesting", Actor.SOCIAL_TEAM,
               "Vóór {date} is de aanvraag voor urgentie bij de gemeente ingediend, met alle stukken.",
               "Er is een ontvangstbevestiging van de urgentieaanvraag.", "Wijkcoach", "parent",
               (ActionT(W, "Urgentieaanvraag samen met {parent_name} invullen"),
                ActionT(M, "Inschrijving als woningzoekende bijwerken"))),
         GoalT("huisvesting", Actor.FAMILY,
               "{parent_name} meldt vóór {date} de schimmel schriftelijk bij de verhuurder.",
               "De verhuurder heeft de schimmel onderzocht en een herstelplan gegeven.", concerns="parent",
               actions=(ActionT(O, "Vochtonderzoek in de woning uitvoeren", "Woningcorporatie"),))),
    ),
    Theme(
        "netwerk", "wie er om het gezin heen staan",
        "Ik sta er alleen voor. Ik wil mensen om me heen die kunnen helpen als het even niet gaat.",
        "{parent_name} heeft weinig contacten in de buurt en raakt overbelast.",
        "{parent_name} zorgt liefdevol voor de kinderen; {network} wil graag bijspringen.",
        "Er zijn minstens drie mensen die {parent_name} kan bellen, en de kinderen kunnen ergens terecht als het "
        "nodig is.",
        (GoalT("sociaal_netwerk", Actor.NETWORK,
               "Vóór {date} maakt het gezin samen met familie en vrienden een familiegroepsplan.",
               "Er is een familiegroepsplan met minstens drie vaste afspraken.", concerns="family",
               actions=(ActionT(N, "Familie en vrienden uitnodigen voor het beraad"),
                        ActionT(W, "Onafhankelijk coördinator voor het familiegroepsplan aanvragen"))),
         GoalT("sociaal_netwerk", Actor.FREE_ACCESS,
               "Vanaf {date} gaat {parent_name} wekelijks naar de koffieochtend voor ouders in het buurthuis.",
               "{parent_name} is zes keer geweest en kent daar mensen bij naam.",
               "Buurthuis (opbouwwerk)", "parent",
               (ActionT(O, "{parent_name} de eerste keer ophalen en voorstellen", "Opbouwwerker buurthuis"),))),
        network=("grandmother", "friend", "neighbour_f"),
    ),
    Theme(
        "blowen", "het blowen van {child}",
        "We willen dat {child} stopt met blowen. Sinds de zomer blowt {child} bijna elke dag en er is veel "
        "ruzie over geld.",
        "{child} blowt dagelijks, haalt slechte cijfers en gaat om met oudere jongens die bekend zijn bij de "
        "politie.",
        "{child} is eerlijk over het gebruik en is goed in sport.",
        "{child} blowt niet meer, gaat weer naar de training en haalt voldoendes.",
        (GoalT("middelengebruik", Actor.PROVIDER,
               "Vóór {date} blowt {child} hooguit in het weekend en werkt met een coach aan wat het blowen "
               "vervangt.",
               "Het gebruiksdagboek laat vier weken geen gebruik doordeweeks zien.",
               "Verslavingszorg jeugd, ambulant",
               actions=(ActionT(P, "Motiverende gesprekken met {child}, wekelijks", "Jeugdverslavingszorg De Kaap"),
                        ActionT(M, "Gebruiksdagboek bijhouden", "child"))),
         GoalT("tijdsbesteding", Actor.NETWORK,
               "Vanaf {date} neemt {network} {child} weer mee naar de training op dinsdag en donderdag.",
               "{child} is bij minstens acht van de tien trainingen.",
               actions=(ActionT(N, "{child} ophalen voor de training"),))),
        child_ages=(13, 17), provider="Jeugdverslavingszorg De Kaap", network=("coach", "uncle"),
        quote='{child} ({age}): "Ik blow om te ontspannen, maar ik wil wel minder."',
    ),
    Theme(
        "vrijetijd", "wat {child} na school doet",
        "{child} zit na school alleen maar binnen te gamen. We willen dat {child} een hobby vindt en vrienden "
        "maakt.",
        "{child} is na school veel alleen thuis en gamet tot laat in de nacht.",
        "{child} is creatief en nieuwsgierig.",
        "{child} sport of maakt muziek en heeft vrienden om mee af te spreken.",
        (GoalT("tijdsbesteding", Actor.FREE_ACCESS,
               "Vóór {date} doet {child} minstens één keer per week mee aan een sport of club naar keuze.",
               "{child} is lid van een club en is acht keer geweest.", "Buurtsportcoach",
               actions=(ActionT(O, "Kennismakingsles regelen", "Buurtsportcoach"),
                        ActionT(W, "Aanvraag Jeugdfonds Sport & Cultuur indienen"))),
         GoalT("tijdsbesteding", Actor.FAMILY,
               "Vóór {date} spreekt het gezin schermtijdregels af: doordeweeks geen games na 21.00 uur.",
               "De regels hangen op en worden volgens {parent} drie weken gevolgd.", concerns="family",
               actions=(ActionT(M, "Schermtijdregels samen opschrijven en ophangen"),))),
        child_ages=(7, 15),
    ),
    Theme(
        "pijn", "de gezondheid van {parent}",
        "Ik heb veel pijn aan mijn rug en kan daardoor niet goed voor de kinderen zorgen. Ik wil niet dat zij "
        "te veel voor mij moeten doen.",
        "{parent_name} heeft chronische pijn; {child} neemt veel zorgtaken over.",
        "De kinderen zijn zorgzaam en er is veel warmte in het gezin.",
        "{parent_name} heeft de pijn beter onder controle en de kinderen hebben tijd voor school en vrienden.",
        (GoalT("lichamelijke_gezondheid", Actor.FAMILY,
               "Vóór {date} bespreekt {parent_name} met de huisarts een plan voor de pijnbehandeling.",
               "De afspraak bij de huisarts is geweest en het behandelplan is bekend.", concerns="parent",
               actions=(ActionT(M, "Afspraak maken bij de huisarts"),)),
         GoalT("maatschappelijke_participatie", Actor.FREE_ACCESS,
               "Vóór {date} heeft {child} contact met het steunpunt voor jonge mantelzorgers en doet mee aan "
               "een activiteit.",
               "{child} is naar een activiteit geweest en weet waar {child} terecht kan met vragen.",
               "Steunpunt mantelzorg (jonge mantelzorgers)",
               actions=(ActionT(W, "{child} aanmelden bij het steunpunt, met toestemming"),))),
        child_ages=(8, 17),
    ),
    Theme(
        "halt", "het contact van {child} met de politie",
        "{child} is opgepakt voor een winkeldiefstal. We willen voorkomen dat het erger wordt.",
        "{child} heeft een HALT-straf gekregen; er zijn zorgen over de vriendengroep.",
        "{child} heeft spijt en de ouders staan er samen achter.",
        "{child} komt niet meer met de politie in aanraking en heeft een bijbaan.",
        (GoalT("justitie", Actor.PROVIDER,
               "{child} rondt de HALT-afdoening vóór {date} volledig af.",
               "HALT bevestigt dat de afdoening is afgerond.", "Bureau HALT",
               actions=(ActionT(P, "Leeropdracht en excuusbrief met {child} uitvoeren", "Bureau HALT"),)),
         GoalT("werk_opleiding", Actor.FAMILY,
               "Vóór {date} heeft {child} een bijbaan of vrijwilligerswerk van minstens vier uur per week.",
               "{child} werkt een maand lang elke week de afgesproken uren.",
               actions=(ActionT(M, "Drie sollicitaties versturen", "child"),))),
        child_ages=(12, 17), provider="Bureau HALT",
        quote='{child} ({age}): "Het was dom. Ik wil mijn straf afmaken en gewoon verder."',
    ),
    Theme(
        "administratie", "de post en de afspraken",
        "Ik wil zelf mijn post en afspraken kunnen regelen. Nu vergeet ik afspraken van school en de dokter.",
        "Belangrijke brieven over toeslagen en school blijven liggen; afspraken worden gemist.",
        "{parent_name} is handig met de telefoon en wil het graag zelf leren.",
        "{parent_name} regelt de eigen administratie met een vaste weekroutine.",
        (GoalT("instrumentele_adl", Actor.FREE_ACCESS,
               "Vóór {date} heeft {parent_name} een ordner met vaste indeling en doet wekelijks de post met een "
               "vrijwilliger.",
               "Zes weken op rij is de post binnen een week verwerkt.",
               "Thuisadministratie (vrijwilliger Humanitas)", "parent",
               (ActionT(O, "Ordner inrichten met {parent_name}", "Vrijwilliger thuisadministratie"),)),
         GoalT("instrumentele_adl", Actor.FAMILY,
               "Vanaf {date} zet {parent_name} alle afspraken in de agenda op de telefoon, met een herinnering.",
               "Twee maanden lang geen gemiste afspraak.", concerns="parent",
               actions=(ActionT(M, "Agenda-app instellen en afspraken van school invoeren"),))),
    ),
    Theme(
        "taal", "de taal en het contact met school",
        "Ik wil beter Nederlands leren, zodat ik zelf met school en de dokter kan praten.",
        "{parent_name} spreekt weinig Nederlands; {child} tolkt vaak bij gesprekken.",
        "{parent_name} is leergierig en wil graag werken.",
        "{parent_name} voert de gesprekken op school zelf en heeft vrijwilligerswerk.",
        (GoalT("maatschappelijke_participatie", Actor.FREE_ACCESS,
               "Vanaf {date} volgt {parent_name} twee keer per week een taalcursus in de bibliotheek.",
               "{parent_name} is bij minstens acht van de tien lessen en haalt niveau A2.", "Taalhuis bibliotheek",
               "parent", (ActionT(M, "Aanmelden bij het Taalhuis"),)),
         GoalT("maatschappelijke_participatie", Actor.SOCIAL_TEAM,
               "Vóór {date} wordt bij alle gesprekken over de kinderen een tolk ingezet in plaats van {child}.",
               "{child} tolkt niet meer bij gesprekken.", "Wijkcoach",
               actions=(ActionT(W, "Tolk regelen voor gesprekken met school en huisarts"),))),
        child_ages=(8, 17), newcomers_only=True,
    ),
    Theme(
        "slapen", "het slapen en eten van {child}",
        "We willen dat {child} beter slaapt en eet. We zijn doodmoe en hebben vaak ruzie door het slaaptekort.",
        "{child} slaapt 's nachts hooguit drie uur achter elkaar; {parent_name} is uitgeput.",
        "{parent_name} is betrokken en volgt de adviezen van het consultatiebureau op.",
        "{child} slaapt door en het gezin heeft overdag weer energie.",
        (GoalT("basale_adl", Actor.FREE_ACCESS,
               "Vóór {date} heeft {child} een vast slaapritueel en slaapt minstens vijf nachten per week zes uur "
               "aaneen.",
               "Een slaapdagboek van vier weken laat dit zien.", "Jeugdverpleegkundige (JGZ)",
               actions=(ActionT(O, "Huisbezoek over het slaapritueel", "Jeugdverpleegkundige"),
                        ActionT(M, "Slaapdagboek bijhouden"))),
         GoalT("basale_adl", Actor.NETWORK,
               "Vanaf {date} past {network} één middag per week op {child}, zodat {parent_name} kan bijslapen.",
               "De afspraak loopt zes weken zonder uitval.",
               actions=(ActionT(N, "Vaste oppasmiddag afspreken"),))),
        child_ages=(0, 4), network=("grandmother", "aunt", "neighbour_f"),
    ),
    Theme(
        "opvoeding", "de driftbuien van {child}",
        "{child} heeft driftbuien en luistert niet. We willen leren rustig te blijven en duidelijke grenzen te "
        "stellen.",
        "Bij driftbuien grijpt {parent} soms hard in; dit is besproken volgens de meldcode.",
        "{parent_name} wil het anders doen dan het vroeger thuis ging en staat open voor tips.",
        "Thuis is het voorspelbaar en rustig; {child} weet wat er verwacht wordt.",
        (GoalT("huiselijke_relaties", Actor.FREE_ACCESS,
               "Vóór {date} volgt {parent_name} de opvoedcursus Triple P en past thuis twee nieuwe aanpakken toe.",
               "De cursus is afgerond en volgens het turfschema zijn er minder driftbuien.",
               "Opvoedcursus (Centrum voor Jeugd en Gezin)", "parent",
               (ActionT(M, "Aanmelden voor de cursus"),)),
         GoalT("huiselijke_relaties", Actor.PROVIDER,
               "Met video-hometraining oefenen {parent_name} en {child} vóór {date} hoe zij samen spelen en "
               "afspraken maken.",
               "Drie opnames zijn besproken; {parent_name} geeft zelf een 7 voor hoe het thuis gaat.",
               "Ambulante gezinsbegeleiding (segment B)", "family",
               (ActionT(P, "Video-opnames thuis maken en nabespreken", "Jeugdhulp Zaanstroom"),
                ActionT(W, "Toewijzing gezinsbegeleiding aanvragen")))),
        child_ages=(2, 11),
    ),
)

GENERAL_STRENGTHS = (
    "Er is veel liefde en humor in het gezin.",
    "De ouders zijn eerlijk over wat niet goed gaat.",
    "Het gezin komt afspraken met de wijkcoach goed na.",
    "{parent_name} weet goed wat de kinderen nodig hebben.",
    "De kinderen hebben het naar hun zin op school.",
)

SIZE_WORDS = {2: "tweeën", 3: "drieën", 4: "vieren", 5: "vijven", 6: "zessen", 7: "zevenen"}
