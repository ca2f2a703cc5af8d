<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About Gezinsregie</source>
        <translation>&amp;Over Gezinsregie</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Gezinsplan</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Search family, child or director…</source>
        <translation>Zoek gezin, kind of regisseur…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>The caseload could not be loaded.
{reason}</source>
        <translation>De caseload kon niet worden geladen.
{reason}</translation>
    </message>
    <message>
        <source>No family matches “{text}”.</source>
        <translation>Geen gezin gevonden voor “{text}”.</translation>
    </message>
    <message>
        <source>1 family</source>
        <translation>1 gezin</translation>
    </message>
    <message>
        <source>{count} families</source>
        <translation>{count} gezinnen</translation>
    </message>
    <message>
        <source>{shown} of 1 family</source>
        <translation>{shown} van 1 gezin</translation>
    </message>
    <message>
        <source>{shown} of {total} families</source>
        <translation>{shown} van {total} gezinnen</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Gezinsregie</source>
        <translation>Gezinsregie</translation>
    </message>
    <message>
        <source>Gezinsregie cannot start</source>
        <translation>Gezinsregie kan niet starten</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Nobody is signed in on this database yet.</source>
        <translation>Er is nog niemand aangemeld op deze database.</translation>
    </message>
    <message>
        <source>'{url}' is not a valid database address.</source>
        <translation>'{url}' is geen geldig databaseadres.</translation>
    </message>
    <message>
        <source>'{path}' is a folder, not a database file.</source>
        <translation>'{path}' is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>The database file '{path}' cannot be written.</source>
        <translation>Het databasebestand '{path}' kan niet worden beschreven.</translation>
    </message>
    <message>
        <source>'{path}' is not a Gezinsregie database (the file is damaged or of another kind).</source>
        <translation>'{path}' is geen Gezinsregie-database (het bestand is beschadigd of van een ander soort).</translation>
    </message>
    <message>
        <source>The database file '{path}' does not exist.</source>
        <translation>Het databasebestand '{path}' bestaat niet.</translation>
    </message>
    <message>
        <source>The folder '{path}' cannot be created.</source>
        <translation>De map '{path}' kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The folder '{path}' is not writable.</source>
        <translation>In de map '{path}' kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>De database kan niet worden beschreven.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Gezinsregie database.</source>
        <translation>Het databasebestand is beschadigd of is geen Gezinsregie-database.</translation>
    </message>
    <message>
        <source>The action could not be completed.</source>
        <translation>De actie kon niet worden voltooid.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Enkele velden hebben aandacht nodig.</translation>
    </message>
    <message>
        <source>The record no longer exists. It may have been removed by a colleague.</source>
        <translation>Dit gegeven bestaat niet meer. Mogelijk heeft een collega het verwijderd.</translation>
    </message>
    <message>
        <source>A colleague changed this record after you opened it. Your changes were not saved.</source>
        <translation>Een collega heeft dit gegeven gewijzigd nadat u het opende. Uw wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>You have no access to this record.</source>
        <translation>U hebt geen toegang tot dit dossier.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>De database kon niet worden geopend.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Gezinsregie ({revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>Deze database is gemaakt door een nieuwere versie van Gezinsregie ({revision}). Installeer de nieuwere versie om hem te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database schema is older than this version of Gezinsregie. Ask the administrator to run 'gezinsregie db upgrade'.</source>
        <translation>Het databaseschema is ouder dan deze versie van Gezinsregie. Vraag de beheerder 'gezinsregie db upgrade' uit te voeren.</translation>
    </message>
    <message>
        <source>This file is an SQLite database, but not a Gezinsregie database.</source>
        <translation>Dit bestand is een SQLite-database, maar geen Gezinsregie-database.</translation>
    </message>
    <message>
        <source>Only a case in intake can be made active.</source>
        <translation>Alleen een casus in intake kan actief worden gemaakt.</translation>
    </message>
    <message>
        <source>Choose an active colleague.</source>
        <translation>Kies een actieve collega.</translation>
    </message>
    <message>
        <source>This worker already directs the case.</source>
        <translation>Deze medewerker is al regisseur van deze casus.</translation>
    </message>
    <message>
        <source>Give the reason for priority.</source>
        <translation>Geef de reden voor prioriteit.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Deze casus is al afgesloten.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Alleen een afgesloten casus kan worden heropend.</translation>
    </message>
    <message>
        <source>This family already has an open case. One family, one plan, one director.</source>
        <translation>Dit gezin heeft al een open casus. Eén gezin, één plan, één regisseur.</translation>
    </message>
    <message>
        <source>A municipality code is 4 digits (CBS code).</source>
        <translation>Een gemeentecode bestaat uit 4 cijfers (CBS-code).</translation>
    </message>
    <message>
        <source>Add at least one family member.</source>
        <translation>Voeg minstens één gezinslid toe.</translation>
    </message>
    <message>
        <source>The start date cannot be in the future.</source>
        <translation>De startdatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The change conflicts with data already stored; nothing was saved.</source>
        <translation>De wijziging botst met gegevens die al zijn opgeslagen; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database is busy or unavailable; nothing was saved. Try again.</source>
        <translation>De database is bezet of niet bereikbaar; er is niets opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Only the author can change a journal entry.</source>
        <translation>Alleen wie de journaalnotitie schreef, kan die wijzigen.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>The date of a contact cannot be in the future.</source>
        <translation>De datum van een contact kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Maximaal {max} tekens.</translation>
    </message>
    <message>
        <source>This is not a valid BSN (it must be 9 digits and pass the 11-check).</source>
        <translation>Dit is geen geldig BSN (het moet uit 9 cijfers bestaan en voldoen aan de elfproef).</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>Een geboortedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>This date of birth is too long ago.</source>
        <translation>Deze geboortedatum ligt te ver in het verleden.</translation>
    </message>
    <message>
        <source>{name} is named in the family plan (in a goal or an action) and cannot be removed. Take them out of the plan first.</source>
        <translation>{name} staat in het gezinsplan (bij een doel of een afspraak) en kan niet worden verwijderd. Haal deze persoon eerst uit het plan.</translation>
    </message>
    <message>
        <source>{name} is named in an earlier version of the family plan, which must stay readable, and cannot be removed.</source>
        <translation>{name} staat in een eerdere versie van het gezinsplan, die leesbaar moet blijven, en kan daarom niet worden verwijderd.</translation>
    </message>
    <message>
        <source>A family needs at least one member.</source>
        <translation>Een gezin heeft minstens één gezinslid.</translation>
    </message>
    <message>
        <source>This is an earlier version of the plan; it cannot be changed.</source>
        <translation>Dit is een eerdere versie van het plan; die kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>A new version of this plan is being drafted. Record the progress in the new version.</source>
        <translation>Er is een nieuwe versie van dit plan in concept. Leg de voortgang vast in de nieuwe versie.</translation>
    </message>
    <message>
        <source>Give a score from {low} to {high}.</source>
        <translation>Geef een score van {low} tot en met {high}.</translation>
    </message>
    <message>
        <source>Choose a life domain.</source>
        <translation>Kies een leefgebied.</translation>
    </message>
    <message>
        <source>Choose members of this family.</source>
        <translation>Kies gezinsleden uit dit gezin.</translation>
    </message>
    <message>
        <source>A network member can only be chosen when the network acts.</source>
        <translation>Een netwerklid kies je alleen als het netwerk aan dit doel werkt.</translation>
    </message>
    <message>
        <source>Choose someone from this family's network.</source>
        <translation>Kies iemand uit het netwerk van dit gezin.</translation>
    </message>
    <message>
        <source>The target date is before the plan date.</source>
        <translation>De streefdatum ligt voor de datum van het plan.</translation>
    </message>
    <message>
        <source>Choose a member of this family.</source>
        <translation>Kies een gezinslid uit dit gezin.</translation>
    </message>
    <message>
        <source>This case is closed; reopen it to change the plan.</source>
        <translation>Deze casus is afgesloten; heropen de casus om het plan te wijzigen.</translation>
    </message>
    <message>
        <source>An agreed plan cannot be changed. Start a new version of the plan to change it.</source>
        <translation>Een vastgesteld plan kan niet worden gewijzigd. Begin een nieuwe versie van het plan om het te wijzigen.</translation>
    </message>
    <message>
        <source>Only versions of the same plan can be compared.</source>
        <translation>Alleen versies van hetzelfde plan kunnen worden vergeleken.</translation>
    </message>
    <message>
        <source>This case already has a plan.</source>
        <translation>Deze casus heeft al een plan.</translation>
    </message>
    <message>
        <source>Choose between {low} and {high} weeks.</source>
        <translation>Kies tussen {low} en {high} weken.</translation>
    </message>
    <message>
        <source>The plan date cannot be in the future.</source>
        <translation>De datum van het plan kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The plan date is before the case was opened.</source>
        <translation>De datum van het plan ligt voor de startdatum van de casus.</translation>
    </message>
    <message>
        <source>A new version can only be made from the agreed plan.</source>
        <translation>Een nieuwe versie kan alleen worden gemaakt van het vastgestelde plan.</translation>
    </message>
    <message>
        <source>A new version of this plan is already being drafted.</source>
        <translation>Er is al een nieuwe versie van dit plan in concept.</translation>
    </message>
    <message>
        <source>The date agreed cannot be in the future.</source>
        <translation>De datum van vaststelling kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The date agreed is before the plan date.</source>
        <translation>De datum van vaststelling ligt voor de datum van het plan.</translation>
    </message>
    <message>
        <source>Say how you will know the goal is reached.</source>
        <translation>Beschrijf waaraan je merkt dat het doel bereikt is.</translation>
    </message>
    <message>
        <source>The goal has no target date.</source>
        <translation>Het doel heeft geen streefdatum.</translation>
    </message>
    <message>
        <source>The target date has passed and the goal is still open.</source>
        <translation>De streefdatum is voorbij en het doel staat nog open.</translation>
    </message>
    <message>
        <source>Say who acts on this goal.</source>
        <translation>Geef aan wie aan dit doel werkt.</translation>
    </message>
    <message>
        <source>This action is due after the goal's target date.</source>
        <translation>Deze afspraak is pas klaar na de streefdatum van het doel.</translation>
    </message>
    <message>
        <source>This action is past its due date.</source>
        <translation>Deze afspraak had al klaar moeten zijn.</translation>
    </message>
    <message>
        <source>The plan has no goals yet.</source>
        <translation>Het plan heeft nog geen doelen.</translation>
    </message>
    <message>
        <source>No goal names the family itself or its network as acting. Lightest help first.</source>
        <translation>Bij geen enkel doel zet het gezin zelf of het eigen netwerk zich in. Zo licht als mogelijk, zo zwaar als nodig.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Gezinsregie</source>
        <translation>Welkom bij Gezinsregie</translation>
    </message>
    <message>
        <source>Who is working on this computer? Your name is recorded with every change you make, so colleagues know whom to ask.</source>
        <translation>Wie werkt er op deze computer? Bij elke wijziging die je maakt wordt je naam vastgelegd, zodat collega's weten bij wie ze terechtkunnen.</translation>
    </message>
    <message>
        <source>First name and surname</source>
        <translation>Voornaam en achternaam</translation>
    </message>
    <message>
        <source>For example: Wijkteam Noord</source>
        <translation>Bijvoorbeeld: Wijkteam Noord</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Je team</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Waakvlam</source>
        <translation>Waakvlam</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Nog geen plan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gezinsregie (demo)</source>
        <translation>Gezinsregie (demo)</translation>
    </message>
    <message>
        <source>Gezinsregie</source>
        <translation>Gezinsregie</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mijn caseload</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Aanbieders</translation>
    </message>
    <message>
        <source>Waakvlam</source>
        <translation>Waakvlam</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Worker: {name}</source>
        <translation>Medewerker: {name}</translation>
    </message>
    <message>
        <source>Available in a later version</source>
        <translation>Beschikbaar in een volgende versie</translation>
    </message>
    <message>
        <source>About Gezinsregie</source>
        <translation>Over Gezinsregie</translation>
    </message>
    <message>
        <source>Gezinsregie supports case direction by the local social team: one family, one plan, one director.</source>
        <translation>Gezinsregie ondersteunt de regie door het lokale sociale team: één gezin, één plan, één regisseur.</translation>
    </message>
</context>
<context>
    <name>MyCaseloadPage</name>
    <message>
        <source>My caseload</source>
        <translation>Mijn caseload</translation>
    </message>
    <message>
        <source>Open cases you direct.</source>
        <translation>Open casussen waarvan jij regisseur bent.</translation>
    </message>
    <message>
        <source>You do not direct any open cases at the moment.</source>
        <translation>Je bent op dit moment geen regisseur van open casussen.</translation>
    </message>
</context>
<context>
    <name>TeamCaseloadPage</name>
    <message>
        <source>Team caseload</source>
        <translation>Caseload van het team</translation>
    </message>
    <message>
        <source>Open cases of your team, with their director.</source>
        <translation>Open casussen van je team, met hun regisseur.</translation>
    </message>
    <message>
        <source>Your team has no open cases at the moment.</source>
        <translation>Je team heeft op dit moment geen open casussen.</translation>
    </message>
</context>
</TS>