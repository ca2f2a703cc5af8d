<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
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
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
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
</context>
</TS>