<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccessLog</name>
    <message>
        <source>{cases} case(s)</source>
        <translation>{cases} casus(sen)</translation>
    </message>
    <message>
        <source>{cases} case(s), next due date for {due}</source>
        <translation>{cases} casus(sen), eerstvolgende termijn bij {due}</translation>
    </message>
    <message>
        <source>{count} involvement(s)</source>
        <translation>{count} inzet(ten)</translation>
    </message>
    <message>
        <source>{hits} hit(s)</source>
        <translation>{hits} treffer(s)</translation>
    </message>
    <message>
        <source>Own cases, {items} item(s)</source>
        <translation>Eigen casussen, {items} punt(en)</translation>
    </message>
    <message>
        <source>The team&apos;s cases, {items} item(s)</source>
        <translation>Casussen van het team, {items} punt(en)</translation>
    </message>
    <message>
        <source>Search by {kind}, {hits} hit(s)</source>
        <translation>Zoeken op {kind}, {hits} treffer(s)</translation>
    </message>
    <message>
        <source>Search by {kind}, more than {hits} hits</source>
        <translation>Zoeken op {kind}, meer dan {hits} treffers</translation>
    </message>
    <message>
        <source>Shown as a search hit</source>
        <translation>Getoond als zoekresultaat</translation>
    </message>
    <message>
        <source>Duplicate check, {hits} hit(s)</source>
        <translation>Controle op dubbele inschrijving, {hits} treffer(s)</translation>
    </message>
    <message>
        <source>Shown in the duplicate check</source>
        <translation>Getoond bij de controle op dubbele inschrijving</translation>
    </message>
    <message>
        <source>Case view</source>
        <translation>Casusoverzicht</translation>
    </message>
    <message>
        <source>{workers} worker(s), {cases} open case(s)</source>
        <translation>{workers} medewerker(s), {cases} open casus(sen)</translation>
    </message>
    <message>
        <source>Team {team}: {cases} case(s), next due date for {due}</source>
        <translation>Team {team}: {cases} casus(sen), eerstvolgende termijn bij {due}</translation>
    </message>
    <message>
        <source>Who looked at the family: {entries} entries</source>
        <translation>Wie heeft het gezin ingezien: {entries} vermeldingen</translation>
    </message>
    <message>
        <source>What worker {worker} looked at: {entries} entries</source>
        <translation>Wat medewerker {worker} heeft ingezien: {entries} vermeldingen</translation>
    </message>
    <message>
        <source>Period {start} - {end}</source>
        <translation>Periode {start} - {end}</translation>
    </message>
    <message>
        <source>Period {start} - {end}, as a workbook</source>
        <translation>Periode {start} - {end}, als werkmap</translation>
    </message>
    <message>
        <source>Caseload list as {format}, {cases} case(s)</source>
        <translation>Caseloadlijst als {format}, {cases} casus(sen)</translation>
    </message>
    <message>
        <source>Version {version}: PDF for the preview</source>
        <translation>Versie {version}: pdf voor het voorbeeld</translation>
    </message>
    <message>
        <source>Version {version}: printed, {pages} page(s)</source>
        <translation>Versie {version}: afgedrukt, {pages} pagina(&apos;s)</translation>
    </message>
    <message>
        <source>Version {version}: saved as PDF</source>
        <translation>Versie {version}: opgeslagen als pdf</translation>
    </message>
    <message>
        <source>Version {version}: saved as PDF from the preview</source>
        <translation>Versie {version}: opgeslagen als pdf vanuit het voorbeeld</translation>
    </message>
    <message>
        <source>Version {version}: saved as PDF (all my plans)</source>
        <translation>Versie {version}: opgeslagen als pdf (al mijn plannen)</translation>
    </message>
    <message>
        <source>{rows} row(s): providers {providers_new} new, {providers_changed} changed; products {products_new} new, {products_changed} changed</source>
        <translation>{rows} regel(s): aanbieders {providers_new} nieuw, {providers_changed} gewijzigd; producten {products_new} nieuw, {products_changed} gewijzigd</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Geactiveerd</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <source>Director transferred</source>
        <translation>Regisseur overgedragen</translation>
    </message>
    <message>
        <source>Director reassigned by the supervisor</source>
        <translation>Regisseur gewijzigd door de leidinggevende</translation>
    </message>
    <message>
        <source>Priority set</source>
        <translation>Prioriteit ingesteld</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Reopened (recurrence)</source>
        <translation>Heropend (recidive)</translation>
    </message>
    <message>
        <source>Moved to waakvlam</source>
        <translation>Naar waakvlam</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Contact: {outcome}</source>
        <translation>Contact: {outcome}</translation>
    </message>
    <message>
        <source>Reopened from waakvlam (recurrence)</source>
        <translation>Heropend vanuit waakvlam (recidive)</translation>
    </message>
    <message>
        <source>Ended, reason {reason}</source>
        <translation>Beëindigd, reden {reason}</translation>
    </message>
    <message>
        <source>Extension {number}</source>
        <translation>Verlenging {number}</translation>
    </message>
    <message>
        <source>Report-back received</source>
        <translation>Terugkoppeling ontvangen</translation>
    </message>
    <message>
        <source>Handover: {status}</source>
        <translation>Overdracht: {status}</translation>
    </message>
    <message>
        <source>{goals} goal(s) linked</source>
        <translation>{goals} doel(en) gekoppeld</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Afgevinkt</translation>
    </message>
    <message>
        <source>Marked not done</source>
        <translation>Niet meer afgevinkt</translation>
    </message>
    <message>
        <source>Compared with plan {plan}</source>
        <translation>Vergeleken met plan {plan}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation>Besluit: {decision}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rol: {role}</translation>
    </message>
    <message>
        <source>Added to team {team}</source>
        <translation>Toegevoegd aan team {team}</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Wachtwoord opnieuw ingesteld</translation>
    </message>
    <message>
        <source>Demo network, plans and journal</source>
        <translation>Demonetwerk, plannen en journaal</translation>
    </message>
    <message>
        <source>City demo, {families} families</source>
        <translation>Stadsdemo, {families} gezinnen</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <source>Shared for {purpose}, on {basis}</source>
        <translation>Gedeeld voor {purpose}, op basis van {basis}</translation>
    </message>
    <message>
        <source>Shown on the retention review list</source>
        <translation>Getoond op de lijst bewaartermijnen</translation>
    </message>
    <message>
        <source>Destruction requested: {ground}</source>
        <translation>Vernietiging aangevraagd: {ground}</translation>
    </message>
    <message>
        <source>Destruction approved by a second administrator</source>
        <translation>Vernietiging goedgekeurd door een tweede beheerder</translation>
    </message>
    <message>
        <source>Destruction request withdrawn</source>
        <translation>Aanvraag tot vernietiging ingetrokken</translation>
    </message>
    <message>
        <source>File destroyed: {rows} record(s) removed</source>
        <translation>Dossier vernietigd: {rows} gegeven(s) verwijderd</translation>
    </message>
    <message>
        <source>{entries} access-log entries from before {cutoff} removed</source>
        <translation>{entries} regels van het toegangslog van voor {cutoff} verwijderd</translation>
    </message>
    <message>
        <source>Direction: {mode}</source>
        <translation>Regie: {mode}</translation>
    </message>
    <message>
        <source>Measure: {kind}</source>
        <translation>Maatregel: {kind}</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Telefoon en e-mail</translation>
    </message>
    <message>
        <source>{count} municipality(ies)</source>
        <translation>{count} gemeente(n)</translation>
    </message>
    <message>
        <source>Period {start} - {end}, municipality {municipality}</source>
        <translation>Periode {start} - {end}, gemeente {municipality}</translation>
    </message>
    <message>
        <source>Period {start} - {end}, municipality {municipality}, as a workbook</source>
        <translation>Periode {start} - {end}, gemeente {municipality}, als werkmap</translation>
    </message>
    <message>
        <source>Aftercare: {kind}</source>
        <translation>Nazorg: {kind}</translation>
    </message>
    <message>
        <source>Transition plan, {domains} domain(s)</source>
        <translation>Overgangsplan, {domains} domein(en)</translation>
    </message>
    <message>
        <source>Extension {number}: {status}</source>
        <translation>Verlenging {number}: {status}</translation>
    </message>
    <message>
        <source>Extensions: {setting}</source>
        <translation>Verlengingen: {setting}</translation>
    </message>
    <message>
        <source>Signal: {kind}</source>
        <translation>Signaal: {kind}</translation>
    </message>
    <message>
        <source>Improvement plan step: {step}</source>
        <translation>Stap in het verbeterplan: {step}</translation>
    </message>
    <message>
        <source>Scaling answer, score {score}</source>
        <translation>Schaalvraag, score {score}</translation>
    </message>
    <message>
        <source>Safety plan texts</source>
        <translation>Teksten veiligheidsplan</translation>
    </message>
    <message>
        <source>Meldcode step {step}</source>
        <translation>Meldcodestap {step}</translation>
    </message>
    <message>
        <source>May read the meldcode steps: worker {worker}</source>
        <translation>Mag de meldcodestappen lezen: medewerker {worker}</translation>
    </message>
    <message>
        <source>Crisis started: {by}</source>
        <translation>Crisis gestart: {by}</translation>
    </message>
    <message>
        <source>Crisis followed up after {hours} hour(s)</source>
        <translation>Crisis opgevolgd na {hours} uur</translation>
    </message>
    <message>
        <source>Crisis ended after {days} day(s): {outcome}</source>
        <translation>Crisis beëindigd na {days} dag(en): {outcome}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>pdf</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>werkmap</translation>
    </message>
    <message>
        <source>all well</source>
        <translation>alles goed</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>zorgen</translation>
    </message>
    <message>
        <source>reopen the case</source>
        <translation>casus heropenen</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>verwezen</translation>
    </message>
    <message>
        <source>taken over</source>
        <translation>overgenomen</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestart</translation>
    </message>
    <message>
        <source>continue the help as planned</source>
        <translation>hulp voortzetten zoals gepland</translation>
    </message>
    <message>
        <source>scale the help down</source>
        <translation>hulp afschalen</translation>
    </message>
    <message>
        <source>scale the help up</source>
        <translation>hulp opschalen</translation>
    </message>
    <message>
        <source>end the help</source>
        <translation>hulp beëindigen</translation>
    </message>
    <message>
        <source>move to waakvlam</source>
        <translation>naar waakvlam</translation>
    </message>
    <message>
        <source>the social team</source>
        <translation>het sociaal team</translation>
    </message>
    <message>
        <source>samenregie</source>
        <translation>samenregie</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>elders</translation>
    </message>
    <message>
        <source>provisional OTS</source>
        <translation>voorlopige OTS</translation>
    </message>
    <message>
        <source>OTS</source>
        <translation>OTS</translation>
    </message>
    <message>
        <source>guardianship</source>
        <translation>voogdij</translation>
    </message>
    <message>
        <source>secured in the own network</source>
        <translation>geborgd in het eigen netwerk</translation>
    </message>
    <message>
        <source>secured with a free-access service</source>
        <translation>geborgd bij een voorliggende voorziening</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>niet nodig</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>wacht op akkoord</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>van kracht</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>a supervisor approves</source>
        <translation>een leidinggevende geeft akkoord</translation>
    </message>
    <message>
        <source>no approval needed</source>
        <translation>geen akkoord nodig</translation>
    </message>
    <message>
        <source>goal not reached</source>
        <translation>doel niet gehaald</translation>
    </message>
    <message>
        <source>waiting time exceeded</source>
        <translation>wachttijd overschreden</translation>
    </message>
    <message>
        <source>no report-back</source>
        <translation>geen terugkoppeling</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>improvement plan</source>
        <translation>verbeterplan</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>monitoring</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <source>marked by the worker</source>
        <translation>gemarkeerd door de medewerker</translation>
    </message>
    <message>
        <source>crisis help added</source>
        <translation>crisishulp toegevoegd</translation>
    </message>
    <message>
        <source>ended without further help</source>
        <translation>beëindigd zonder verdere hulp</translation>
    </message>
    <message>
        <source>converted to regular help</source>
        <translation>omgezet in reguliere hulp</translation>
    </message>
    <message>
        <source>out-of-home placement</source>
        <translation>uithuisplaatsing</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>leidinggevende</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>a referral to the provider</source>
        <translation>een verwijzing naar de aanbieder</translation>
    </message>
    <message>
        <source>a provider&apos;s evaluation</source>
        <translation>een evaluatie van een aanbieder</translation>
    </message>
    <message>
        <source>the plan for a provider</source>
        <translation>het plan voor een aanbieder</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>the legal ground: directly involved in the help</source>
        <translation>de wettelijke grondslag: rechtstreeks betrokken bij de hulp</translation>
    </message>
    <message>
        <source>the legal ground: certified institution during an OTS</source>
        <translation>de wettelijke grondslag: gecertificeerde instelling tijdens een OTS</translation>
    </message>
    <message>
        <source>the legal ground: acute safety</source>
        <translation>de wettelijke grondslag: acute veiligheid</translation>
    </message>
    <message>
        <source>at the person&apos;s request</source>
        <translation>op verzoek van de betrokkene</translation>
    </message>
    <message>
        <source>retention period passed</source>
        <translation>bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>access log older than five years</source>
        <translation>toegangslog ouder dan vijf jaar</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Bekeken</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Printed or exported</source>
        <translation>Afgedrukt of geëxporteerd</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Gezocht</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Toegestaan</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Inzage toegangslog</translation>
    </message>
    <message>
        <source>Who looked at a family&apos;s file</source>
        <translation>Wie heeft het dossier van een gezin ingezien</translation>
    </message>
    <message>
        <source>What a worker looked at</source>
        <translation>Wat heeft een medewerker ingezien</translation>
    </message>
    <message>
        <source>Type to search a family</source>
        <translation>Typ om een gezin te zoeken</translation>
    </message>
    <message>
        <source>Type to search a worker</source>
        <translation>Typ om een medewerker te zoeken</translation>
    </message>
    <message>
        <source>up to and including</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Family / case</source>
        <translation>Gezin / dossier</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Choose a family from the list.</source>
        <translation>Kies een gezin uit de lijst.</translation>
    </message>
    <message>
        <source>Choose a worker from the list.</source>
        <translation>Kies een medewerker uit de lijst.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat hij begint.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>Geen vermeldingen in deze periode.</translation>
    </message>
    <message>
        <source>1 entry.</source>
        <translation>1 vermelding.</translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation>{count} vermeldingen.</translation>
    </message>
    <message>
        <source>{worker} on behalf of {other}</source>
        <translation>{worker} namens {other}</translation>
    </message>
    <message>
        <source>Family {id}</source>
        <translation>Gezin {id}</translation>
    </message>
    <message>
        <source>{family}, case {case}</source>
        <translation>{family}, dossier {case}</translation>
    </message>
</context>
<context>
    <name>AccessReport</name>
    <message>
        <source>Who looked - {name}</source>
        <translation>Wie heeft ingezien - {name}</translation>
    </message>
    <message>
        <source>Save who looked at the file of {name}</source>
        <translation>Opslaan wie het dossier van {name} heeft ingezien</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Who looked at the file of {name} ({entries} entries, {pages} pages) is saved as {path}.</source>
        <translation>Wie het dossier van {name} heeft ingezien (vermeldingen: {entries}, pagina&apos;s: {pages}) is opgeslagen als {path}.</translation>
    </message>
</context>
<context>
    <name>AccessWords</name>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>The database administrator</source>
        <translation>De beheerder van de database</translation>
    </message>
    <message>
        <source>{role} {name} ({team})</source>
        <translation>{role} {name} ({team})</translation>
    </message>
    <message>
        <source>{role} {name}</source>
        <translation>{role} {name}</translation>
    </message>
    <message>
        <source>{actor}, on behalf of {other},</source>
        <translation>{actor}, namens {other},</translation>
    </message>
    <message>
        <source>the overview of who looked at the file</source>
        <translation>het overzicht van wie het dossier heeft ingezien</translation>
    </message>
    <message>
        <source>an agreement in the family plan</source>
        <translation>een afspraak in het gezinsplan</translation>
    </message>
    <message>
        <source>the case file</source>
        <translation>het dossier</translation>
    </message>
    <message>
        <source>the history of the case</source>
        <translation>de geschiedenis van het dossier</translation>
    </message>
    <message>
        <source>a list of their families (with this family on it)</source>
        <translation>een lijst van de eigen gezinnen (met dit gezin erop)</translation>
    </message>
    <message>
        <source>the caseload weights</source>
        <translation>de weging van de caseload</translation>
    </message>
    <message>
        <source>the consents</source>
        <translation>de toestemmingen</translation>
    </message>
    <message>
        <source>example data</source>
        <translation>voorbeeldgegevens</translation>
    </message>
    <message>
        <source>a list of what needs doing (with this family on it)</source>
        <translation>een werklijst (met dit gezin erop)</translation>
    </message>
    <message>
        <source>an evaluation</source>
        <translation>een evaluatie</translation>
    </message>
    <message>
        <source>the evaluation schedule</source>
        <translation>de evaluatieplanning</translation>
    </message>
    <message>
        <source>the evaluations</source>
        <translation>de evaluaties</translation>
    </message>
    <message>
        <source>the family&apos;s details</source>
        <translation>de gegevens van het gezin</translation>
    </message>
    <message>
        <source>the family plan</source>
        <translation>het gezinsplan</translation>
    </message>
    <message>
        <source>a goal in the family plan</source>
        <translation>een doel in het gezinsplan</translation>
    </message>
    <message>
        <source>the help from a provider</source>
        <translation>de hulp van een zorgaanbieder</translation>
    </message>
    <message>
        <source>the journal of contacts</source>
        <translation>het journaal met de verslagen van contacten</translation>
    </message>
    <message>
        <source>a journal entry</source>
        <translation>een verslag in het journaal</translation>
    </message>
    <message>
        <source>the management figures</source>
        <translation>de managementcijfers</translation>
    </message>
    <message>
        <source>someone in the family&apos;s network</source>
        <translation>iemand uit het netwerk van het gezin</translation>
    </message>
    <message>
        <source>a family member&apos;s details</source>
        <translation>de gegevens van een gezinslid</translation>
    </message>
    <message>
        <source>the versions of the family plan</source>
        <translation>de versies van het gezinsplan</translation>
    </message>
    <message>
        <source>a provider&apos;s product</source>
        <translation>een product van een zorgaanbieder</translation>
    </message>
    <message>
        <source>the child-protection measures (OTS, guardianship)</source>
        <translation>de kinderbeschermingsmaatregelen (OTS, voogdij)</translation>
    </message>
    <message>
        <source>the aftercare after help ended</source>
        <translation>de nazorg na het einde van de hulp</translation>
    </message>
    <message>
        <source>the plan for the transition to adulthood at 18</source>
        <translation>het plan voor de overgang naar volwassenheid op 18</translation>
    </message>
    <message>
        <source>an extension of the help from a provider</source>
        <translation>een verlenging van de hulp van een aanbieder</translation>
    </message>
    <message>
        <source>the answers to the safety scaling question</source>
        <translation>de antwoorden op de schaalvraag over veiligheid</translation>
    </message>
    <message>
        <source>the meldcode track (domestic violence, child abuse)</source>
        <translation>het meldcodetraject (huiselijk geweld, kindermishandeling)</translation>
    </message>
    <message>
        <source>the steps of the meldcode track</source>
        <translation>de stappen van het meldcodetraject</translation>
    </message>
    <message>
        <source>who may read the meldcode steps</source>
        <translation>wie de meldcodestappen mag lezen</translation>
    </message>
    <message>
        <source>a crisis and its follow-up</source>
        <translation>een crisis en de opvolging ervan</translation>
    </message>
    <message>
        <source>a provider</source>
        <translation>een zorgaanbieder</translation>
    </message>
    <message>
        <source>a signal about a provider</source>
        <translation>een signaal over een aanbieder</translation>
    </message>
    <message>
        <source>a step of a provider&apos;s improvement plan</source>
        <translation>een stap in het verbeterplan van een aanbieder</translation>
    </message>
    <message>
        <source>an import of providers</source>
        <translation>een import van zorgaanbieders</translation>
    </message>
    <message>
        <source>the scores of the goals</source>
        <translation>de scores van de doelen</translation>
    </message>
    <message>
        <source>a segment of help</source>
        <translation>een segment van de hulp</translation>
    </message>
    <message>
        <source>a note of what was shared with another party</source>
        <translation>een notitie van wat met een andere partij is gedeeld</translation>
    </message>
    <message>
        <source>a team</source>
        <translation>een team</translation>
    </message>
    <message>
        <source>the team&apos;s list of families (with this family on it)</source>
        <translation>de lijst van gezinnen van het team (met dit gezin erop)</translation>
    </message>
    <message>
        <source>the team overview</source>
        <translation>het teamoverzicht</translation>
    </message>
    <message>
        <source>the team&apos;s waakvlam list (with this family on it)</source>
        <translation>de waakvlamlijst van het team (met dit gezin erop)</translation>
    </message>
    <message>
        <source>a worker&apos;s list of families (with this family on it)</source>
        <translation>de lijst van gezinnen van een medewerker (met dit gezin erop)</translation>
    </message>
    <message>
        <source>the waakvlam agreement</source>
        <translation>de waakvlamafspraak</translation>
    </message>
    <message>
        <source>a waakvlam contact</source>
        <translation>een waakvlamcontact</translation>
    </message>
    <message>
        <source>the waakvlam overview (with this family on it)</source>
        <translation>het waakvlamoverzicht (met dit gezin erop)</translation>
    </message>
    <message>
        <source>a worker&apos;s details</source>
        <translation>de gegevens van een medewerker</translation>
    </message>
    <message>
        <source>the family&apos;s own statements</source>
        <translation>de eigen verklaringen van het gezin</translation>
    </message>
    <message>
        <source>a correction of a text on request</source>
        <translation>een correctie van een tekst op verzoek</translation>
    </message>
    <message>
        <source>the offer of a family-group plan</source>
        <translation>het aanbod van een familiegroepsplan</translation>
    </message>
    <message>
        <source>a request to destroy the file</source>
        <translation>een verzoek om het dossier te vernietigen</translation>
    </message>
    <message>
        <source>a part of the file</source>
        <translation>een deel van het dossier</translation>
    </message>
    <message>
        <source>the details of {name}</source>
        <translation>de gegevens van {name}</translation>
    </message>
    <message>
        <source>the inspection copy of {name}</source>
        <translation>de inzagekopie van {name}</translation>
    </message>
    <message>
        <source>an inspection copy of a family member</source>
        <translation>een inzagekopie van een gezinslid</translation>
    </message>
    <message>
        <source>{who} looked at {what} on {day} at {time}.</source>
        <translation>{who} heeft op {day} om {time} {what} ingezien.</translation>
    </message>
    <message>
        <source>{who} added {what} on {day} at {time}.</source>
        <translation>{who} heeft op {day} om {time} {what} toegevoegd.</translation>
    </message>
    <message>
        <source>{who} changed {what} on {day} at {time}.</source>
        <translation>{who} heeft op {day} om {time} {what} gewijzigd.</translation>
    </message>
    <message>
        <source>{who} removed {what} on {day} at {time}.</source>
        <translation>{who} heeft op {day} om {time} {what} verwijderd.</translation>
    </message>
    <message>
        <source>{who} printed or saved {what} on {day} at {time}.</source>
        <translation>{who} heeft op {day} om {time} {what} afgedrukt of als bestand opgeslagen.</translation>
    </message>
    <message>
        <source>{who} searched {what} on {day} at {time}.</source>
        <translation>{who} heeft op {day} om {time} gezocht in {what}.</translation>
    </message>
    <message>
        <source>{who} printed {what} on {day} at {time}.</source>
        <translation>{who} heeft op {day} om {time} {what} afgedrukt.</translation>
    </message>
    <message>
        <source>{who} saved {what} as a file on {day} at {time}.</source>
        <translation>{who} heeft op {day} om {time} {what} als bestand opgeslagen.</translation>
    </message>
    <message>
        <source>{who} tried to open {what} on {day} at {time}, but had no access.</source>
        <translation>{who} probeerde op {day} om {time} {what} te openen, maar had daar geen toegang toe.</translation>
    </message>
    <message>
        <source>{who} tried to use {what} on {day} at {time}, but it did not succeed.</source>
        <translation>{who} probeerde op {day} om {time} {what} te gebruiken, maar dat is niet gelukt.</translation>
    </message>
</context>
<context>
    <name>AccountDialogs</name>
    <message>
        <source>What {provider} will improve, by when. A new plan during an escalation replaces the agreements; the earlier plan stays in the history.</source>
        <translation>Wat {provider} verbetert, en wanneer. Een nieuw plan tijdens een escalatie vervangt de afspraken; het eerdere plan blijft in de geschiedenis.</translation>
    </message>
    <message>
        <source>How {provider} is doing on the agreements of the improvement plan.</source>
        <translation>Hoe {provider} ervoor staat met de afspraken uit het verbeterplan.</translation>
    </message>
    <message>
        <source>What follows the improvement plan for {provider}. The decision ends the escalation and closes its signals.</source>
        <translation>Wat er volgt op het verbeterplan voor {provider}. Het besluit rondt de escalatie af en sluit de signalen.</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Verbeterplan</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
</context>
<context>
    <name>AccountHolderDialog</name>
    <message>
        <source>Account holder</source>
        <translation>Accounthouder</translation>
    </message>
    <message>
        <source>The worker who keeps the contacts with {provider} and its improvement plans.</source>
        <translation>De medewerker die de contacten met {provider} en de verbeterplannen onderhoudt.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Change action</source>
        <translation>Actie wijzigen</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>For example: call the school about the timetable</source>
        <translation>Bijvoorbeeld: de school bellen over het rooster</translation>
    </message>
    <message>
        <source>Name of the organisation or person</source>
        <translation>Naam van de organisatie of persoon</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Wanneer klaar</translation>
    </message>
    <message>
        <source>The goal&apos;s target date is {date}.</source>
        <translation>De streefdatum van het doel is {date}.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Wanneer klaar</translation>
    </message>
    <message>
        <source>Done on {date}</source>
        <translation>Gedaan op {date}</translation>
    </message>
</context>
<context>
    <name>ActiveRowsModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Change address</source>
        <translation>Adres wijzigen</translation>
    </message>
    <message>
        <source>The municipality the family lives in is printed on the plan and counts in the figures.</source>
        <translation>De gemeente waar het gezin woont, staat op het plan en telt mee in de cijfers.</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
</context>
<context>
    <name>AftercareFields</name>
    <message>
        <source>Choose how aftercare is secured</source>
        <translation>Kies hoe de nazorg is geborgd</translation>
    </message>
    <message>
        <source>a network member, or the free-access service by name</source>
        <translation>iemand uit het netwerk, of de voorliggende voorziening met naam</translation>
    </message>
    <message>
        <source>what they do, and how often</source>
        <translation>wat ze doen, en hoe vaak</translation>
    </message>
    <message>
        <source>Choose why</source>
        <translation>Kies waarom</translation>
    </message>
    <message>
        <source>in a few words (optional)</source>
        <translation>in een paar woorden (niet verplicht)</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <source>Why none is needed</source>
        <translation>Waarom niet nodig</translation>
    </message>
    <message>
        <source>About the aftercare</source>
        <translation>Toelichting nazorg</translation>
    </message>
</context>
<context>
    <name>AftercareSection</name>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Casus afgesloten</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Who, or why none</source>
        <translation>Wie, of waarom geen</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <source>Nothing recorded yet: ending help or closing the case asks who carries on.</source>
        <translation>Nog niets vastgelegd: bij het beëindigen van hulp of het afsluiten van de casus vraagt het formulier wie het overneemt.</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree plan</source>
        <translation>Plan vaststellen</translation>
    </message>
    <message>
        <source>Version {number} becomes the agreed plan of the family. After this the plan is changed only by making a new version; this version stays readable as it is.</source>
        <translation>Versie {number} wordt het vastgestelde plan van het gezin. Daarna wijzig je het plan alleen nog via een nieuwe versie; deze versie blijft leesbaar zoals ze is.</translation>
    </message>
    <message>
        <source>Content code of this version: {code}. A printed plan of the same content shows this code at the foot of every page; check it against the plan the family signed.</source>
        <translation>Inhoudscode van deze versie: {code}. Een afgedrukt plan met dezelfde inhoud toont deze code onderaan elke pagina; vergelijk hem met het plan dat het gezin heeft ondertekend.</translation>
    </message>
    <message>
        <source>For example: mother, father and Daan (14)</source>
        <translation>Bijvoorbeeld: moeder, vader en Daan (14)</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>A colleague changed this plan after you opened it. Look at the plan as it is now, then agree it again.</source>
        <translation>Een collega heeft dit plan gewijzigd nadat je het opende. Bekijk het plan zoals het nu is en stel het daarna opnieuw vast.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Preview, print or save the family plan as PDF</source>
        <translation>Het gezinsplan bekijken, afdrukken of als pdf opslaan</translation>
    </message>
    <message>
        <source>Save the family plan</source>
        <translation>Het gezinsplan opslaan</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Volgend tabblad</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorig tabblad</translation>
    </message>
    <message>
        <source>Go to a tab (Family … History)</source>
        <translation>Naar een tabblad (Gezin … Geschiedenis)</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+7</source>
        <translation>Ctrl+1 … Ctrl+7</translation>
    </message>
    <message>
        <source>Save the journal entry</source>
        <translation>De journaalnotitie opslaan</translation>
    </message>
    <message>
        <source>Close the case window</source>
        <translation>Het casusvenster sluiten</translation>
    </message>
    <message>
        <source>Next field or button</source>
        <translation>Volgend veld of volgende knop</translation>
    </message>
    <message>
        <source>Previous field or button</source>
        <translation>Vorig veld of vorige knop</translation>
    </message>
    <message>
        <source>Jump to the field of a label, or press a button</source>
        <translation>Naar het veld bij een label springen, of een knop indrukken</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + onderstreepte letter</translation>
    </message>
    <message>
        <source>Press the button, tick the box</source>
        <translation>De knop indrukken, het vakje aanvinken</translation>
    </message>
    <message>
        <source>Open the chosen case, or save a form</source>
        <translation>De gekozen casus openen, of een formulier opslaan</translation>
    </message>
    <message>
        <source>Cancel or close a dialog (asks before typed text is lost)</source>
        <translation>Een venster annuleren of sluiten (vraagt eerst als je getypte tekst zou kwijtraken)</translation>
    </message>
    <message>
        <source>Open a date field&apos;s calendar</source>
        <translation>De kalender van een datumveld openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Nieuw gezin…</translation>
    </message>
    <message>
        <source>Take in a new family (a duplicate check comes first)</source>
        <translation>Een nieuw gezin aanmelden (eerst wordt gekeken of het gezin al bekend is)</translation>
    </message>
    <message>
        <source>&amp;Find family…</source>
        <translation>&amp;Zoek gezin…</translation>
    </message>
    <message>
        <source>Find a family of your teams by name, BSN or date of birth</source>
        <translation>Zoek een gezin van je teams op naam, BSN of geboortedatum</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Load the current page again</source>
        <translation>De huidige pagina opnieuw laden</translation>
    </message>
    <message>
        <source>My &amp;caseload as PDF or Excel…</source>
        <translation>Mijn &amp;caseload als PDF of Excel…</translation>
    </message>
    <message>
        <source>&amp;Team caseload as PDF or Excel…</source>
        <translation>&amp;Teamcaseload als PDF of Excel…</translation>
    </message>
    <message>
        <source>&amp;All my family plans as PDF…</source>
        <translation>&amp;Alle gezinsplannen van mijn casussen als PDF…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Back-up terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Choose database…</source>
        <translation>&amp;Database kiezen…</translation>
    </message>
    <message>
        <source>Work in another database: this computer&apos;s, or a central one of the team or region</source>
        <translation>Werken in een andere database: die op deze computer, of een centrale van het team of de regio</translation>
    </message>
    <message>
        <source>&amp;Access log…</source>
        <translation>&amp;Inzage toegangslog…</translation>
    </message>
    <message>
        <source>Who looked at a family&apos;s file, or what a colleague looked at (supervisors)</source>
        <translation>Wie heeft het dossier van een gezin ingezien, of wat heeft een collega ingezien (leidinggevenden)</translation>
    </message>
    <message>
        <source>&amp;Retention and destruction…</source>
        <translation>&amp;Bewaren en vernietigen…</translation>
    </message>
    <message>
        <source>Files past their retention period, destruction by two administrators (administrators)</source>
        <translation>Dossiers voorbij de bewaartermijn, vernietigen door twee beheerders (beheerders)</translation>
    </message>
    <message>
        <source>&amp;My details…</source>
        <translation>&amp;Mijn gegevens…</translation>
    </message>
    <message>
        <source>Your phone and e-mail, printed on the family plans you direct</source>
        <translation>Je telefoonnummer en e-mailadres, afgedrukt op de gezinsplannen waarvan je regisseur bent</translation>
    </message>
    <message>
        <source>&amp;Workers and teams…</source>
        <translation>&amp;Medewerkers en teams…</translation>
    </message>
    <message>
        <source>Phone, e-mail and municipalities of workers and teams (administrators)</source>
        <translation>Telefoon, e-mail en gemeenten van medewerkers en teams (beheerders)</translation>
    </message>
    <message>
        <source>&amp;About Gezinsregie</source>
        <translation>&amp;Over Gezinsregie</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Every key that does something in Gezinsregie</source>
        <translation>Alle toetsen die iets doen in Gezinsregie</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Ga naar {page}</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export the plans of all my cases</source>
        <translation>Plannen van al mijn casussen exporteren</translation>
    </message>
    <message>
        <source>Saves the current family plan of every open case you direct as a PDF file in one folder. Cases without a plan are skipped.</source>
        <translation>Slaat het huidige gezinsplan van elke lopende casus waarvan je regisseur bent op als pdf-bestand, allemaal in één map. Casussen zonder plan worden overgeslagen.</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Nog geen map gekozen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Folder for the family plans</source>
        <translation>Map voor de gezinsplannen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Stopping after the current plan…</source>
        <translation>Stopt na het plan dat nu wordt opgeslagen…</translation>
    </message>
    <message>
        <source>{done} of {total}: {family}</source>
        <translation>{done} van {total}: {family}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n plan(s) saved.</source>
        <translation>
            <numerusform>Gestopt: %n plan opgeslagen.</numerusform>
            <numerusform>Gestopt: %n plannen opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) saved.</source>
        <translation>
            <numerusform>%n plan opgeslagen.</numerusform>
            <numerusform>%n plannen opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan yet: {families}.</source>
        <translation>Nog geen plan: {families}.</translation>
    </message>
</context>
<context>
    <name>CancelInvolvementDialog</name>
    <message>
        <source>Choose why</source>
        <translation>Kies waarom</translation>
    </message>
    <message>
        <source>Reason (iJw)</source>
        <translation>Reden (iJw)</translation>
    </message>
    <message>
        <source>Cancel help</source>
        <translation>Hulp annuleren</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <source>Direction with the social team</source>
        <translation>Regie bij sociaal team</translation>
    </message>
    <message>
        <source>Shared direction (samenregie)</source>
        <translation>Samenregie</translation>
    </message>
    <message>
        <source>Direction elsewhere</source>
        <translation>Regie elders</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Verwezen</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Overgenomen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Scale down</source>
        <translation>Afschalen</translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation>Opschalen</translation>
    </message>
    <message>
        <source>End the help</source>
        <translation>Hulp beëindigen</translation>
    </message>
    <message>
        <source>To waakvlam</source>
        <translation>Naar waakvlam</translation>
    </message>
    <message>
        <source>Social-team worker</source>
        <translation>Medewerker sociaal team</translation>
    </message>
    <message>
        <source>Youth and family coach at school</source>
        <translation>Jeugd- en gezinscoach op school</translation>
    </message>
    <message>
        <source>GP / mental-health nurse (POH)</source>
        <translation>Huisarts / POH</translation>
    </message>
    <message>
        <source>Someone from the network</source>
        <translation>Iemand uit het netwerk</translation>
    </message>
    <message>
        <source>Another professional</source>
        <translation>Andere professional</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Reopened (recurrence)</source>
        <translation>Heropend (recidive)</translation>
    </message>
    <message>
        <source>All well</source>
        <translation>Alles goed</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Zorgen</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Casus heropenen</translation>
    </message>
    <message>
        <source>under 12: the parents with authority decide</source>
        <translation>jonger dan 12: de ouders met gezag beslissen</translation>
    </message>
    <message>
        <source>12 to 15: the young person and the parents with authority</source>
        <translation>12 tot 16 jaar: de jongere én de ouders met gezag</translation>
    </message>
    <message>
        <source>16 or older: the young person decides alone</source>
        <translation>16 jaar of ouder: de jongere beslist zelf</translation>
    </message>
    <message>
        <source>Share with a provider</source>
        <translation>Delen met een aanbieder</translation>
    </message>
    <message>
        <source>Team takes part in a provider&apos;s evaluation</source>
        <translation>Team neemt deel aan de evaluatie van een aanbieder</translation>
    </message>
    <message>
        <source>Share with the school</source>
        <translation>Delen met de school</translation>
    </message>
    <message>
        <source>Share with the GP</source>
        <translation>Delen met de huisarts</translation>
    </message>
    <message>
        <source>Share with another party</source>
        <translation>Delen met een andere partij</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Agree the family plan</source>
        <translation>Plan vaststellen</translation>
    </message>
    <message>
        <source>Help ends</source>
        <translation>Inzet loopt af</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>Waakvlam contact</source>
        <translation>Waakvlamcontact</translation>
    </message>
    <message>
        <source>End of the waakvlam</source>
        <translation>Einde waakvlam</translation>
    </message>
    <message>
        <source>Renew consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Family-group plan</source>
        <translation>Familiegroepsplan</translation>
    </message>
    <message>
        <source>OTS ends</source>
        <translation>Einde OTS</translation>
    </message>
    <message>
        <source>Out-of-home placement</source>
        <translation>Uithuisplaatsing</translation>
    </message>
    <message>
        <source>Plan the transition at 18</source>
        <translation>Overgang 18 jaar</translation>
    </message>
    <message>
        <source>Approve an extension</source>
        <translation>Akkoord verlenging</translation>
    </message>
    <message>
        <source>Extension decided</source>
        <translation>Verlengbesluit</translation>
    </message>
    <message>
        <source>Help past its norm</source>
        <translation>Over de norm</translation>
    </message>
    <message>
        <source>Follow up the crisis</source>
        <translation>Crisis opvolgen</translation>
    </message>
    <message>
        <source>Crisis: four weeks</source>
        <translation>Crisis: vier weken</translation>
    </message>
    <message>
        <source>Goals not reached yet</source>
        <translation>Doelen nog niet bereikt</translation>
    </message>
    <message>
        <source>A setback or crisis</source>
        <translation>Terugval of crisis</translation>
    </message>
    <message>
        <source>Started late or interrupted</source>
        <translation>Later gestart of onderbroken</translation>
    </message>
    <message>
        <source>Waiting for the next help</source>
        <translation>Wacht op vervolghulp</translation>
    </message>
    <message>
        <source>A new need</source>
        <translation>Nieuwe hulpvraag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Ended without further help</source>
        <translation>Beëindigd zonder verdere hulp</translation>
    </message>
    <message>
        <source>Converted to regular help</source>
        <translation>Omgezet in reguliere hulp</translation>
    </message>
    <message>
        <source>Directly involved in delivering the help</source>
        <translation>Rechtstreeks betrokken bij de hulp</translation>
    </message>
    <message>
        <source>Certified institution during an OTS</source>
        <translation>Gecertificeerde instelling tijdens een OTS</translation>
    </message>
    <message>
        <source>Acute safety</source>
        <translation>Acute veiligheid</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <source>Provider&apos;s evaluation</source>
        <translation>Evaluatie aanbieder</translation>
    </message>
    <message>
        <source>Plan for a provider</source>
        <translation>Plan voor aanbieder</translation>
    </message>
    <message>
        <source>Secured in the family&apos;s own network</source>
        <translation>Geborgd in het eigen netwerk van het gezin</translation>
    </message>
    <message>
        <source>Secured with a free-access service</source>
        <translation>Geborgd bij een voorliggende voorziening</translation>
    </message>
    <message>
        <source>No aftercare needed</source>
        <translation>Geen nazorg nodig</translation>
    </message>
    <message>
        <source>The family manages on its own</source>
        <translation>Het gezin redt het zelf</translation>
    </message>
    <message>
        <source>Help continues elsewhere</source>
        <translation>Hulp gaat elders verder</translation>
    </message>
    <message>
        <source>The family moved away</source>
        <translation>Het gezin is verhuisd</translation>
    </message>
    <message>
        <source>The family declines aftercare</source>
        <translation>Het gezin wil geen nazorg</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Een andere reden</translation>
    </message>
    <message>
        <source>Wmo (support from the municipality)</source>
        <translation>Wmo (ondersteuning door de gemeente)</translation>
    </message>
    <message>
        <source>Wlz (long-term care)</source>
        <translation>Wlz (langdurige zorg)</translation>
    </message>
    <message>
        <source>Zvw (health insurance, adult care)</source>
        <translation>Zvw (zorgverzekering, zorg voor volwassenen)</translation>
    </message>
    <message>
        <source>School or work</source>
        <translation>School of werk</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>From {date}</source>
        <translation>Vanaf {date}</translation>
    </message>
    <message>
        <source>To plan by {date}</source>
        <translation>Plannen vóór {date}</translation>
    </message>
    <message>
        <source>To plan: due since {date}</source>
        <translation>Plannen: nodig sinds {date}</translation>
    </message>
    <message>
        <source>Plan without a responsible person</source>
        <translation>Plan zonder verantwoordelijke</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>18 or older, no plan</source>
        <translation>18 of ouder, geen plan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Goal not reached</source>
        <translation>Doel niet gehaald</translation>
    </message>
    <message>
        <source>Waiting time exceeded</source>
        <translation>Wachttijd overschreden</translation>
    </message>
    <message>
        <source>No report-back</source>
        <translation>Geen terugkoppeling</translation>
    </message>
    <message>
        <source>Other signal</source>
        <translation>Ander signaal</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Verbeterplan</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Continue the contract</source>
        <translation>Contract voortzetten</translation>
    </message>
    <message>
        <source>Enforce the agreements</source>
        <translation>Afspraken afdwingen</translation>
    </message>
    <message>
        <source>Terminate the contract</source>
        <translation>Contract beëindigen</translation>
    </message>
    <message>
        <source>Social team</source>
        <translation>Sociaal team</translation>
    </message>
    <message>
        <source>Samenregie</source>
        <translation>Samenregie</translation>
    </message>
    <message>
        <source>Elsewhere: {holder}</source>
        <translation>Elders: {holder}</translation>
    </message>
    <message>
        <source>Samenregie: daily direction with {provider}, process direction with the social team</source>
        <translation>Samenregie: dagelijkse regie bij {provider}, procesregie bij het sociaal team</translation>
    </message>
    <message>
        <source>Direction elsewhere: {holder}</source>
        <translation>Regie elders: {holder}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n dag</numerusform><numerusform>%n dagen</numerusform></translation>
    </message>
    <message>
        <source>Budget {amount}</source>
        <translation>Budget {amount}</translation>
    </message>
    <message>
        <source>AGB {code}</source>
        <translation>AGB {code}</translation>
    </message>
</context>
<context>
    <name>CaseHeaderBar</name>
    <message>
        <source>Case {number}</source>
        <translation>Casus {number}</translation>
    </message>
    <message>
        <source>The case number, e.g. for the command line: gezinsregie export plan {number}</source>
        <translation>Het casusnummer, bijvoorbeeld voor de opdrachtregel: gezinsregie export plan {number}</translation>
    </message>
    <message>
        <source>Plan: {status}</source>
        <translation>Gezinsplan: {status}</translation>
    </message>
    <message>
        <source>Meldcode open since {date}</source>
        <translation>Meldcode open sinds {date}</translation>
    </message>
    <message>
        <source>A meldcode track (domestic violence, child abuse) is open on this case.</source>
        <translation>Op deze casus loopt een meldcodetraject (huiselijk geweld, kindermishandeling).</translation>
    </message>
    <message>
        <source>Consent: {valid} valid, {renew} to renew</source>
        <translation>Toestemming: {valid} geldig, {renew} te vernieuwen</translation>
    </message>
    <message>
        <source>Consent: {valid} valid</source>
        <translation>Toestemming: {valid} geldig</translation>
    </message>
    <message>
        <source>Consent: none valid</source>
        <translation>Toestemming: geen geldige</translation>
    </message>
    <message numerus="yes">
        <source>Crisis for %n hour(s), not followed up</source>
        <translation>
            <numerusform>Crisis sinds %n uur, niet opgevolgd</numerusform>
            <numerusform>Crisis sinds %n uur, niet opgevolgd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Crisis for %n hour(s)</source>
        <translation>
            <numerusform>Crisis sinds %n uur</numerusform>
            <numerusform>Crisis sinds %n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>Crisis since {moment}; follow-up within 24 hours of the start</source>
        <translation>Crisis sinds {moment}; opvolging binnen 24 uur na de start</translation>
    </message>
    <message>
        <source>High priority: {reason}</source>
        <translation>Hoge prioriteit: {reason}</translation>
    </message>
    <message>
        <source>Priority: {priority}</source>
        <translation>Prioriteit: {priority}</translation>
    </message>
    <message>
        <source>{measure} until {date}</source>
        <translation>{measure} tot {date}</translation>
    </message>
    <message>
        <source>{measure} (+{more})</source>
        <translation>{measure} (+{more})</translation>
    </message>
    <message>
        <source>{name}: {measure}, {institution}</source>
        <translation>{name}: {measure}, {institution}</translation>
    </message>
    <message>
        <source>Direction with {holder}</source>
        <translation>Regie bij {holder}</translation>
    </message>
    <message>
        <source>Samenregie with {holder}</source>
        <translation>Samenregie met {holder}</translation>
    </message>
    <message>
        <source>{direction} (from {date})</source>
        <translation>{direction} (vanaf {date})</translation>
    </message>
    <message>
        <source>Director: {name}</source>
        <translation>Regisseur: {name}</translation>
    </message>
    <message>
        <source>Started {date}</source>
        <translation>Gestart {date}</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <translation>Afgesloten {date}</translation>
    </message>
    <message>
        <source>Reopened {count}×</source>
        <translation>{count}× heropend</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <source>Case opened with {director} as director</source>
        <translation>Casus geopend met {director} als regisseur</translation>
    </message>
    <message>
        <source>Status changed from {old} to {new}</source>
        <translation>Status gewijzigd van {old} naar {new}</translation>
    </message>
    <message>
        <source>Status changed from {old} to {new}: {reason}</source>
        <translation>Status gewijzigd van {old} naar {new}: {reason}</translation>
    </message>
    <message>
        <source>Transferred from {old} to {new}: {reason}</source>
        <translation>Overgedragen van {old} aan {new}: {reason}</translation>
    </message>
    <message>
        <source>Priority changed from {old} to {new}</source>
        <translation>Prioriteit gewijzigd van {old} naar {new}</translation>
    </message>
    <message>
        <source>Priority changed from {old} to {new} ({reason})</source>
        <translation>Prioriteit gewijzigd van {old} naar {new} ({reason})</translation>
    </message>
    <message>
        <source>Closed ({reason})</source>
        <translation>Afgesloten ({reason})</translation>
    </message>
    <message>
        <source>Closed ({reason}): {note}</source>
        <translation>Afgesloten ({reason}): {note}</translation>
    </message>
    <message>
        <source>Reopened (recurrence): {reason}</source>
        <translation>Heropend (recidive): {reason}</translation>
    </message>
    <message>
        <source>Direction changed from {old} to {new}</source>
        <translation>Regie gewijzigd van {old} naar {new}</translation>
    </message>
    <message>
        <source>Direction changed from {old} to {new}: {reason}</source>
        <translation>Regie gewijzigd van {old} naar {new}: {reason}</translation>
    </message>
    <message>
        <source>{measure} for {name} recorded, until {end}</source>
        <translation>{measure} voor {name} vastgelegd, tot {end}</translation>
    </message>
    <message>
        <source>{measure} for {name} recorded</source>
        <translation>{measure} voor {name} vastgelegd</translation>
    </message>
    <message>
        <source>OTS for {name} extended from {old} to {new}</source>
        <translation>OTS voor {name} verlengd van {old} tot {new}</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Meeting with providers</source>
        <translation>Overleg met aanbieders</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Meeting at the office</source>
        <translation>Gesprek op kantoor</translation>
    </message>
    <message>
        <source>Message or e-mail</source>
        <translation>Bericht of e-mail</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Ander contact</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Doelen bereikt</translation>
    </message>
    <message>
        <source>Handed over to another party</source>
        <translation>Overgedragen aan een andere partij</translation>
    </message>
    <message>
        <source>Family moved away</source>
        <translation>Gezin is verhuisd</translation>
    </message>
    <message>
        <source>Family declined help</source>
        <translation>Gezin wil geen hulp meer</translation>
    </message>
    <message>
        <source>No help needed</source>
        <translation>Geen hulp nodig</translation>
    </message>
    <message>
        <source>Waakvlam ended</source>
        <translation>Waakvlam beëindigd</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Zorgen over veiligheid</translation>
    </message>
    <message>
        <source>Several providers involved</source>
        <translation>Meerdere aanbieders betrokken</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Long-running case</source>
        <translation>Langlopende casus</translation>
    </message>
    <message>
        <source>Many extensions</source>
        <translation>Veel verlengingen</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Ouder/verzorger</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>Prioriteit gewijzigd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <source>Direction changed</source>
        <translation>Regie gewijzigd</translation>
    </message>
    <message>
        <source>Measure recorded</source>
        <translation>Maatregel vastgelegd</translation>
    </message>
    <message>
        <source>Measure extended</source>
        <translation>Maatregel verlengd</translation>
    </message>
    <message>
        <source>No suspicion: no report needed</source>
        <translation>Geen vermoeden: geen melding nodig</translation>
    </message>
    <message>
        <source>Give or organise help, no report</source>
        <translation>Hulp bieden of organiseren, geen melding</translation>
    </message>
    <message>
        <source>Report to Veilig Thuis</source>
        <translation>Melden bij Veilig Thuis</translation>
    </message>
    <message>
        <source>Report to Veilig Thuis and give help</source>
        <translation>Melden bij Veilig Thuis en hulp bieden</translation>
    </message>
    <message>
        <source>No report needed: track ends</source>
        <translation>Geen melding nodig: traject stopt</translation>
    </message>
    <message>
        <source>Provisional OTS</source>
        <translation>Voorlopige OTS</translation>
    </message>
    <message>
        <source>OTS</source>
        <translation>OTS</translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation>Voogdij</translation>
    </message>
    <message>
        <source>Social team directs</source>
        <translation>Regie bij sociaal team</translation>
    </message>
    <message>
        <source>Samenregie</source>
        <translation>Samenregie</translation>
    </message>
    <message>
        <source>Direction elsewhere</source>
        <translation>Regie elders</translation>
    </message>
</context>
<context>
    <name>CaseWidgets</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Gezinsregie</source>
        <translation>Gezinsregie</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>The family plan cannot be shown in this version.</source>
        <translation>Het gezinsplan kan in deze versie niet worden getoond.</translation>
    </message>
    <message>
        <source>Case – Gezinsregie</source>
        <translation>Casus – Gezinsregie</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Who directs the case: the social team, samenregie or another party (e.g. during an OTS)</source>
        <translation>Wie de regie heeft: het sociaal team, samenregie of een andere partij (bijvoorbeeld tijdens een OTS)</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Casus afsluiten</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>To waakvlam</source>
        <translation>Naar waakvlam</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Afdrukken / PDF…</translation>
    </message>
    <message>
        <source>Preview the family plan, save it as PDF or print it for signing</source>
        <translation>Het gezinsplan bekijken, als PDF bewaren of afdrukken om te ondertekenen</translation>
    </message>
    <message>
        <source>Plan for a provider…</source>
        <translation>Plan voor aanbieder…</translation>
    </message>
    <message>
        <source>Print or save the family plan for a provider: needs consent or a legal ground, and is recorded</source>
        <translation>Het gezinsplan afdrukken of opslaan voor een aanbieder: vraagt toestemming of een wettelijke grondslag, en wordt vastgelegd</translation>
    </message>
    <message>
        <source>Request destruction…</source>
        <translation>Vernietiging aanvragen…</translation>
    </message>
    <message>
        <source>On the person&apos;s request: a second administrator must approve before the file is destroyed</source>
        <translation>Op verzoek van de betrokkene: een tweede beheerder moet goedkeuren voordat het dossier wordt vernietigd</translation>
    </message>
    <message>
        <source>Intake is done: the case becomes active</source>
        <translation>Intake afgerond: de casus wordt actief</translation>
    </message>
    <message>
        <source>Help has ended: agree who keeps a finger on the pulse</source>
        <translation>De hulp is klaar: spreek af wie de vinger aan de pols houdt</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Gezinsplan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Waakvlam</source>
        <translation>Waakvlam</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journaal</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>{family} – Gezinsregie</source>
        <translation>{family} – Gezinsregie</translation>
    </message>
    <message>
        <source>Direction of the case</source>
        <translation>Regie van de casus</translation>
    </message>
    <message>
        <source>During this measure the family guardian of {institution} directs. Record the case&apos;s direction as elsewhere: {institution}, from {date}?</source>
        <translation>Tijdens deze maatregel heeft de jeugdbeschermer van {institution} de regie. De regie van de casus vastleggen als elders: {institution}, vanaf {date}?</translation>
    </message>
    <message>
        <source>A colleague changed this case; it has been reloaded.</source>
        <translation>Een collega heeft deze casus gewijzigd; de gegevens zijn opnieuw geladen.</translation>
    </message>
    <message>
        <source>Some changes in this case have not been saved yet. Save them before closing the window?</source>
        <translation>Er zijn wijzigingen in deze casus die nog niet zijn opgeslagen. Wil je ze opslaan voordat je het venster sluit?</translation>
    </message>
</context>
<context>
    <name>CaseloadExport</name>
    <message>
        <source>Export the caseload list</source>
        <translation>De caseloadlijst exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF document (*.pdf)</source>
        <translation>Excel-werkmap (*.xlsx);;PDF-document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>{family} · samenregie</source>
        <translation>{family} · samenregie</translation>
    </message>
    <message>
        <source>{family} · direction elsewhere</source>
        <translation>{family} · regie elders</translation>
    </message>
    <message>
        <source>{status} · meldcode</source>
        <translation>{status} · meldcode</translation>
    </message>
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
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>{what} · {date}</source>
        <translation>{what} · {date}</translation>
    </message>
    <message>
        <source>{when}: {detail}</source>
        <translation>{when}: {detail}</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Search family, child or director</source>
        <translation>Zoek gezin, kind of regisseur</translation>
    </message>
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
    <message numerus="yes">
        <source>%n family/families</source>
        <translation><numerusform>%n gezin</numerusform><numerusform>%n gezinnen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n family/families</source>
        <translation><numerusform>{shown} van %n gezin</numerusform><numerusform>{shown} van %n gezinnen</numerusform></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Added {families} demo families to {database} ({intake} in intake, {active} active, {waakvlam} in waakvlam, {closed} closed); {worker} directs {mine} of them and the app opens as {worker}.</source>
        <translation>{families} demogezinnen toegevoegd aan {database} ({intake} in intake, {active} actief, {waakvlam} in waakvlam, {closed} afgesloten); {worker} is regisseur van {mine} daarvan en de app opent als {worker}.</translation>
    </message>
    <message>
        <source>{database} already holds families; no demo data added.</source>
        <translation>{database} bevat al gezinnen; er zijn geen demogegevens toegevoegd.</translation>
    </message>
    <message>
        <source>{database} is up to date (revision {head}).</source>
        <translation>{database} is actueel (revisie {head}).</translation>
    </message>
    <message>
        <source>Created the database {database} at revision {head}.</source>
        <translation>Database {database} aangemaakt op revisie {head}.</translation>
    </message>
    <message>
        <source>Upgraded {database} from revision {current} to {head}; backup: {backup}.</source>
        <translation>{database} bijgewerkt van revisie {current} naar {head}; reservekopie: {backup}.</translation>
    </message>
    <message>
        <source>Upgraded {database} from revision {current} to {head}.</source>
        <translation>{database} bijgewerkt van revisie {current} naar {head}.</translation>
    </message>
    <message>
        <source>Current revision: {current}; head revision: {head}; the database is up to date.</source>
        <translation>Huidige revisie: {current}; nieuwste revisie: {head}; de database is actueel.</translation>
    </message>
    <message>
        <source>Current revision: {current}; head revision: {head}; run &apos;gezinsregie db upgrade&apos;.</source>
        <translation>Huidige revisie: {current}; nieuwste revisie: {head}; voer &apos;gezinsregie db upgrade&apos; uit.</translation>
    </message>
    <message>
        <source>Current revision: {current}; head revision: {head}; the database is newer than this program.</source>
        <translation>Huidige revisie: {current}; nieuwste revisie: {head}; de database is nieuwer dan dit programma.</translation>
    </message>
    <message>
        <source>Current revision: none; head revision: {head}; run &apos;gezinsregie db upgrade&apos;.</source>
        <translation>Huidige revisie: geen; nieuwste revisie: {head}; voer &apos;gezinsregie db upgrade&apos; uit.</translation>
    </message>
    <message>
        <source>{database} is at revision {current}, this version needs {head}. Run &apos;gezinsregie db upgrade&apos;.</source>
        <translation>{database} staat op revisie {current}, deze versie heeft {head} nodig. Voer &apos;gezinsregie db upgrade&apos; uit.</translation>
    </message>
    <message>
        <source>{database} has no Gezinsregie tables yet. Run &apos;gezinsregie db upgrade&apos;.</source>
        <translation>{database} heeft nog geen Gezinsregie-tabellen. Voer &apos;gezinsregie db upgrade&apos; uit.</translation>
    </message>
    <message>
        <source>--as only goes with --demo: it chooses whom the demo starts as.</source>
        <translation>--as hoort alleen bij --demo: daarmee kies je als wie de demo start.</translation>
    </message>
    <message>
        <source>--as takes worker, supervisor or admin, not &apos;{value}&apos;.</source>
        <translation>--as verwacht worker, supervisor of admin, niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Unexpected error ({error}, reference {reference}). The details are in the log file {log}.</source>
        <translation>Onverwachte fout ({error}, referentie {reference}). De details staan in het logbestand {log}.</translation>
    </message>
    <message>
        <source>{problem} (see &apos;gezinsregie --help&apos;).</source>
        <translation>{problem} (zie &apos;gezinsregie --help&apos;).</translation>
    </message>
    <message>
        <source>an argument contains a character that no command line can pass (a NUL or a lone surrogate)</source>
        <translation>een argument bevat een teken dat geen opdrachtregel kan doorgeven (een NUL of een losse surrogaat)</translation>
    </message>
    <message>
        <source>This command works on a local database file, not on {database}.</source>
        <translation>Deze opdracht werkt op een lokaal databasebestand, niet op {database}.</translation>
    </message>
    <message>
        <source>The passphrase file &apos;{path}&apos; cannot be read or is empty.</source>
        <translation>Het wachtwoordzinbestand &apos;{path}&apos; kan niet worden gelezen of is leeg.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the database key in, so Gezinsregie protects {database} with a passphrase. You need it every time the database is opened; without it the data cannot be recovered.</source>
        <translation>Deze computer heeft geen sleutelbos om de sleutel van de database in te bewaren, daarom beveiligt Gezinsregie {database} met een wachtwoordzin. Die heb je elke keer nodig als de database wordt geopend; zonder de wachtwoordzin zijn de gegevens niet terug te halen.</translation>
    </message>
    <message>
        <source>The keyring holds no key for {database}. If it is protected with a passphrase, enter it.</source>
        <translation>De sleutelbos bevat geen sleutel voor {database}. Is de database met een wachtwoordzin beveiligd, voer die dan in.</translation>
    </message>
    <message>
        <source>That passphrase does not open {database}. Try again.</source>
        <translation>Met die wachtwoordzin gaat {database} niet open. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <source>Choose a passphrase (at least {count} characters): </source>
        <translation>Kies een wachtwoordzin (minstens {count} tekens): </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Herhaal de wachtwoordzin: </translation>
    </message>
    <message>
        <source>Too short: a passphrase needs at least {count} characters.</source>
        <translation>Te kort: een wachtwoordzin heeft minstens {count} tekens.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen zijn verschillend.</translation>
    </message>
    <message>
        <source>The number of families must be a whole number from 1 to {max}, not &apos;{value}&apos;.</source>
        <translation>Het aantal gezinnen moet een heel getal van 1 tot en met {max} zijn, niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>The seed must be a whole number, not &apos;{value}&apos;.</source>
        <translation>De startwaarde (--seed) moet een heel getal zijn, niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>--demo only goes with starting the app, not with a subcommand.</source>
        <translation>--demo hoort alleen bij het starten van de app, niet bij een subopdracht.</translation>
    </message>
    <message>
        <source>The desktop app cannot be started: {reason}</source>
        <translation>De desktop-app kan niet starten: {reason}</translation>
    </message>
    <message>
        <source>This installation has no desktop app; see &apos;gezinsregie --help&apos; for the commands.</source>
        <translation>Deze installatie heeft geen desktop-app; zie &apos;gezinsregie --help&apos; voor de opdrachten.</translation>
    </message>
    <message>
        <source>The database {database} could not be opened: {reason}</source>
        <translation>De database {database} kon niet worden geopend: {reason}</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Onderbroken.</translation>
    </message>
    <message>
        <source>{database} is already encrypted.</source>
        <translation>{database} is al versleuteld.</translation>
    </message>
    <message>
        <source>Encrypted {database}; the encrypted copy made first is {backup}. Older unencrypted backups encrypted too: {count}.</source>
        <translation>{database} is versleuteld; de versleutelde kopie die eerst is gemaakt is {backup}. Oudere onversleutelde back-ups ook versleuteld: {count}.</translation>
    </message>
    <message>
        <source>Backup of {database} made: {backup}</source>
        <translation>Back-up van {database} gemaakt: {backup}</translation>
    </message>
    <message>
        <source>The backup file &apos;{path}&apos; does not exist.</source>
        <translation>Het back-upbestand &apos;{path}&apos; bestaat niet.</translation>
    </message>
    <message>
        <source>Replace {database} by the backup of {date}? The current file is kept as a safety copy first. [y/N] </source>
        <translation>{database} vervangen door de back-up van {date}? Het huidige bestand wordt eerst als veiligheidskopie bewaard. [j/N] </translation>
    </message>
    <message>
        <source>y,yes</source>
        <translation>j,ja</translation>
    </message>
    <message>
        <source>Restoring replaces the database; add --yes to confirm without a question.</source>
        <translation>Terugzetten vervangt de database; voeg --yes toe om zonder vraag te bevestigen.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>Restored {database} from the backup of {date}; safety copy: {safety}.</source>
        <translation>{database} is teruggezet uit de back-up van {date}; veiligheidskopie: {safety}.</translation>
    </message>
    <message>
        <source>Restored {database} from the backup of {date}.</source>
        <translation>{database} is teruggezet uit de back-up van {date}.</translation>
    </message>
    <message>
        <source>{file}: sound ({protection}).</source>
        <translation>{file}: in orde ({protection}).</translation>
    </message>
    <message>
        <source>{file}: DAMAGED ({problem}).</source>
        <translation>{file}: BESCHADIGD ({problem}).</translation>
    </message>
    <message>
        <source>{file}: cannot be opened with this database&apos;s key or passphrase.</source>
        <translation>{file}: gaat niet open met de sleutel of wachtwoordzin van deze database.</translation>
    </message>
    <message>
        <source>{file}: there is no database file here yet.</source>
        <translation>{file}: hier staat nog geen databasebestand.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>versleuteld</translation>
    </message>
    <message>
        <source>NOT encrypted: run &apos;gezinsregie db encrypt&apos;</source>
        <translation>NIET versleuteld: voer &apos;gezinsregie db encrypt&apos; uit</translation>
    </message>
    <message>
        <source>Backups checked in {folder}: {count}.</source>
        <translation>Gecontroleerde back-ups in {folder}: {count}.</translation>
    </message>
    <message>
        <source>Problems found: {count}. &apos;gezinsregie db restore BACKUP_FILE&apos; restores a sound backup.</source>
        <translation>Problemen gevonden: {count}. &apos;gezinsregie db restore BACKUPBESTAND&apos; zet een goede back-up terug.</translation>
    </message>
    <message>
        <source>Saved the family plan (version {version}, {pages} pages) to {path}.</source>
        <translation>Gezinsplan (versie {version}, pagina&apos;s: {pages}) opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Saved the caseload list to {path}; number of cases: {rows}.</source>
        <translation>Caseloadlijst opgeslagen in {path}; aantal casussen: {rows}.</translation>
    </message>
    <message>
        <source>Nobody is registered on this database yet. Start the app once, or run &apos;gezinsregie demo&apos;.</source>
        <translation>Er is nog niemand aangemeld op deze database. Start de app één keer, of voer &apos;gezinsregie demo&apos; uit.</translation>
    </message>
    <message>
        <source>{what} must be a whole number from 1, not &apos;{value}&apos;.</source>
        <translation>{what} moet een heel getal vanaf 1 zijn, niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>The case number</source>
        <translation>Het casusnummer</translation>
    </message>
    <message>
        <source>The plan version</source>
        <translation>De planversie</translation>
    </message>
    <message>
        <source>Team &apos;{name}&apos; created (number {id}).</source>
        <translation>Team &apos;{name}&apos; aangemaakt (nummer {id}).</translation>
    </message>
    <message>
        <source>User &apos;{username}&apos; ({name}, {role}) created in: {teams}.</source>
        <translation>Gebruiker &apos;{username}&apos; ({name}, {role}) aangemaakt in: {teams}.</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is now a member of team &apos;{team}&apos;.</source>
        <translation>&apos;{username}&apos; is nu lid van team &apos;{team}&apos;.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(geen team)</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is now {role}.</source>
        <translation>&apos;{username}&apos; is nu {role}.</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is deactivated and can no longer sign in.</source>
        <translation>&apos;{username}&apos; is gedeactiveerd en kan niet meer inloggen.</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is active again.</source>
        <translation>&apos;{username}&apos; is weer actief.</translation>
    </message>
    <message>
        <source>The password of &apos;{username}&apos; is changed.</source>
        <translation>Het wachtwoord van &apos;{username}&apos; is gewijzigd.</translation>
    </message>
    <message>
        <source>Password for the new user &apos;{username}&apos;: </source>
        <translation>Wachtwoord voor de nieuwe gebruiker &apos;{username}&apos;: </translation>
    </message>
    <message>
        <source>New password for &apos;{username}&apos;: </source>
        <translation>Nieuw wachtwoord voor &apos;{username}&apos;: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Herhaal het wachtwoord: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>De twee wachtwoorden verschillen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Give the password with --password-file FILE or GEZINSREGIE_NEW_PASSWORD, or run the command in a terminal to be asked for it.</source>
        <translation>Geef het wachtwoord met --password-file BESTAND of GEZINSREGIE_NEW_PASSWORD, of voer de opdracht uit in een terminal om ernaar gevraagd te worden.</translation>
    </message>
    <message>
        <source>The password is used for the database login only and is not stored.</source>
        <translation>Het wachtwoord wordt alleen gebruikt voor de databaseaanmelding en wordt niet opgeslagen.</translation>
    </message>
    <message>
        <source>{label} {percent:3d}% [{bar}] {done}/{total}</source>
        <translation>{label} {percent:3d}% [{bar}] {done}/{total}</translation>
    </message>
    <message>
        <source>Demo families</source>
        <translation>Demo-gezinnen</translation>
    </message>
    <message>
        <source>Gezinsregie needs a screen, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it in a desktop session; the commands in &apos;gezinsregie --help&apos; work without a screen.</source>
        <translation>Gezinsregie heeft een beeldscherm nodig en er is er geen gevonden (DISPLAY en WAYLAND_DISPLAY zijn niet ingesteld). Start het programma in een bureaubladsessie; de opdrachten in &apos;gezinsregie --help&apos; werken zonder beeldscherm.</translation>
    </message>
    <message>
        <source>Saved the inspection copy ({pages} pages) to {pdf} and {json}.</source>
        <translation>Inzagekopie (pagina&apos;s: {pages}) opgeslagen in {pdf} en {json}.</translation>
    </message>
    <message>
        <source>The person number</source>
        <translation>Het persoonsnummer</translation>
    </message>
    <message>
        <source>The family number</source>
        <translation>Het gezinsnummer</translation>
    </message>
    <message>
        <source>Saved who looked at the file ({entries} entries, {pages} pages) to {path}.</source>
        <translation>Wie het dossier heeft ingezien (vermeldingen: {entries}, pagina&apos;s: {pages}) is opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Family {id}: {name} ({team}) - last change {changed}, kept until {until}: {state}</source>
        <translation>Gezin {id}: {name} ({team}) - laatste wijziging {changed}, bewaren tot {until}: {state}</translation>
    </message>
    <message>
        <source>No files are past their retention period and none has a destruction request.</source>
        <translation>Geen dossiers voorbij de bewaartermijn en geen aanvragen tot vernietiging.</translation>
    </message>
    <message>
        <source>Access log: {count} entries from before {cutoff} (older than five years).</source>
        <translation>Toegangslog: {count} regels van voor {cutoff} (ouder dan vijf jaar).</translation>
    </message>
    <message>
        <source>retention period passed</source>
        <translation>bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>retention period not passed</source>
        <translation>bewaartermijn niet verstreken</translation>
    </message>
    <message>
        <source>open case</source>
        <translation>open casus</translation>
    </message>
    <message>
        <source>destruction requested by {name}, waiting for a second administrator</source>
        <translation>vernietiging aangevraagd door {name}, wacht op een tweede beheerder</translation>
    </message>
    <message>
        <source>destruction approved by {name}, ready to carry out</source>
        <translation>vernietiging goedgekeurd door {name}, klaar om uit te voeren</translation>
    </message>
    <message>
        <source>request {id}</source>
        <translation>aanvraag {id}</translation>
    </message>
    <message>
        <source>The request number</source>
        <translation>Het aanvraagnummer</translation>
    </message>
    <message>
        <source>Request {id} recorded; a second administrator must approve it.</source>
        <translation>Aanvraag {id} vastgelegd; een tweede beheerder moet haar goedkeuren.</translation>
    </message>
    <message>
        <source>Request {id} approved; it can be carried out now.</source>
        <translation>Aanvraag {id} goedgekeurd; ze kan nu worden uitgevoerd.</translation>
    </message>
    <message>
        <source>Request {id} carried out: {rows} row(s) removed.</source>
        <translation>Aanvraag {id} uitgevoerd: {rows} rij(en) verwijderd.</translation>
    </message>
    <message>
        <source>There is no pending request {id}.</source>
        <translation>Er is geen openstaande aanvraag {id}.</translation>
    </message>
    <message>
        <source>This removes the data for good. Daily backups keep it about 5 weeks, backups made by hand or before an upgrade until you delete them. Add --yes to carry it out.</source>
        <translation>Hiermee worden de gegevens definitief verwijderd. Dagelijkse back-ups bewaren ze ongeveer 5 weken, back-ups die met de hand of voor een upgrade zijn gemaakt tot je ze verwijdert. Voeg --yes toe om het uit te voeren.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>database file (embedded SQLite) or URL such as postgresql://user@host/db; default: the embedded database in your data folder</source>
        <translation>databasebestand (ingebouwde SQLite) of URL zoals postgresql://gebruiker@server/db; standaard: de ingebouwde database in je gegevensmap</translation>
    </message>
    <message>
        <source>read the database passphrase from FILE (used where there is no keyring; GEZINSREGIE_PASSPHRASE works too)</source>
        <translation>lees de wachtwoordzin van de database uit BESTAND (voor een computer zonder sleutelbos; GEZINSREGIE_PASSPHRASE werkt ook)</translation>
    </message>
    <message>
        <source>log details to stderr (-vv for debug)</source>
        <translation>log details naar stderr (-vv voor foutopsporing)</translation>
    </message>
    <message>
        <source>Gezinsregie: case direction for social teams. Without a command the desktop app starts.</source>
        <translation>Gezinsregie: regie op casussen voor sociale teams. Zonder opdracht start de desktop-app.</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation>toon het versienummer van het programma en stop</translation>
    </message>
    <message>
        <source>start the app with demo families (added first if the database has no families)</source>
        <translation>start de app met demogezinnen (eerst toegevoegd als de database nog geen gezinnen heeft)</translation>
    </message>
    <message>
        <source>with --demo: start as the demo&apos;s worker, supervisor (Team overview, Reports) or administrator</source>
        <translation>met --demo: start als de medewerker, teamleider (Teamoverzicht, Rapportages) of beheerder van de demo</translation>
    </message>
    <message>
        <source>start the app with the dialog to choose (or add) a database connection</source>
        <translation>start de app met het venster om een databaseverbinding te kiezen (of toe te voegen)</translation>
    </message>
    <message>
        <source>add demo families to a database</source>
        <translation>voeg demogezinnen toe aan een database</translation>
    </message>
    <message>
        <source>number of families to add (1-%(most)s, default %(default)s)</source>
        <translation>aantal gezinnen om toe te voegen (1-%(most)s, standaard %(default)s)</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same families (default %(default)s)</source>
        <translation>startgetal voor het toeval; hetzelfde getal geeft dezelfde gezinnen (standaard %(default)s)</translation>
    </message>
    <message>
        <source>database: schema, encryption, backups</source>
        <translation>database: schema, versleuteling, back-ups</translation>
    </message>
    <message>
        <source>bring the schema up to date (a local SQLite file is backed up first)</source>
        <translation>breng het schema bij (van een lokaal SQLite-bestand wordt eerst een back-up gemaakt)</translation>
    </message>
    <message>
        <source>print the database&apos;s revision and this program&apos;s head revision</source>
        <translation>toon de revisie van de database en de nieuwste revisie van dit programma</translation>
    </message>
    <message>
        <source>exit 0 when the database is up to date, 1 otherwise</source>
        <translation>stop met 0 als de database bij is, anders met 1</translation>
    </message>
    <message>
        <source>users and teams (database logins on PostgreSQL)</source>
        <translation>gebruikers en teams (database-logins op PostgreSQL)</translation>
    </message>
    <message>
        <source>add a team</source>
        <translation>voeg een team toe</translation>
    </message>
    <message>
        <source>CBS municipality code (4 digits)</source>
        <translation>CBS-gemeentecode (4 cijfers)</translation>
    </message>
    <message>
        <source>add a user (and on PostgreSQL their database login)</source>
        <translation>voeg een gebruiker toe (en op PostgreSQL diens database-login)</translation>
    </message>
    <message>
        <source>login name (lower case)</source>
        <translation>inlognaam (kleine letters)</translation>
    </message>
    <message>
        <source>the person&apos;s full name</source>
        <translation>de volledige naam van de persoon</translation>
    </message>
    <message>
        <source>worker, supervisor (team leader) or admin</source>
        <translation>worker (medewerker), supervisor (teamleider) of admin (beheerder)</translation>
    </message>
    <message>
        <source>a team (repeat for more)</source>
        <translation>een team (herhaal voor meer teams)</translation>
    </message>
    <message>
        <source>read the new user&apos;s password from FILE (PostgreSQL only)</source>
        <translation>lees het wachtwoord van de nieuwe gebruiker uit BESTAND (alleen PostgreSQL)</translation>
    </message>
    <message>
        <source>make a user a member of a team</source>
        <translation>maak een gebruiker lid van een team</translation>
    </message>
    <message>
        <source>change a user&apos;s role (and on PostgreSQL their login&apos;s group)</source>
        <translation>wijzig de rol van een gebruiker (en op PostgreSQL de groep van diens login)</translation>
    </message>
    <message>
        <source>a user can no longer sign in (their login is refused at once)</source>
        <translation>een gebruiker kan niet meer inloggen (de login wordt meteen geweigerd)</translation>
    </message>
    <message>
        <source>a deactivated user can sign in again</source>
        <translation>een gedeactiveerde gebruiker kan weer inloggen</translation>
    </message>
    <message>
        <source>set a new password for a user&apos;s login (PostgreSQL)</source>
        <translation>stel een nieuw wachtwoord in voor de login van een gebruiker (PostgreSQL)</translation>
    </message>
    <message>
        <source>read the new password from FILE</source>
        <translation>lees het nieuwe wachtwoord uit BESTAND</translation>
    </message>
    <message>
        <source>list users, their role and teams</source>
        <translation>toon de gebruikers met hun rol en teams</translation>
    </message>
    <message>
        <source>encrypt an unencrypted local database (an encrypted backup is made first)</source>
        <translation>versleutel een onversleutelde lokale database (eerst wordt een versleutelde back-up gemaakt)</translation>
    </message>
    <message>
        <source>make a backup of the local database now</source>
        <translation>maak nu een back-up van de lokale database</translation>
    </message>
    <message>
        <source>replace the local database by a backup (a safety copy is made first)</source>
        <translation>vervang de lokale database door een back-up (eerst wordt een veiligheidskopie gemaakt)</translation>
    </message>
    <message>
        <source>check the integrity of the local database and of its backups</source>
        <translation>controleer of de lokale database en zijn back-ups heel zijn</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>de back-up om terug te zetten</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>vraag niet om bevestiging</translation>
    </message>
    <message>
        <source>export the family plan or the caseload list</source>
        <translation>exporteer het gezinsplan of de caseloadlijst</translation>
    </message>
    <message>
        <source>save a case&apos;s family plan as PDF</source>
        <translation>sla het gezinsplan van een casus op als pdf</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>het casusnummer</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>het PDF-bestand dat wordt geschreven</translation>
    </message>
    <message>
        <source>this version of the plan (default: the current one, a draft if there is one)</source>
        <translation>deze versie van het plan (standaard: de huidige, een concept als dat er is)</translation>
    </message>
    <message>
        <source>save your caseload list (or your team&apos;s) as PDF or XLSX</source>
        <translation>sla je caseloadlijst (of die van je team) op als pdf of xlsx</translation>
    </message>
    <message>
        <source>pdf (A4 landscape) or xlsx</source>
        <translation>pdf (A4 liggend) of xlsx</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>het bestand om te schrijven</translation>
    </message>
    <message>
        <source>the cases of your team(s) instead of your own</source>
        <translation>de casussen van je team(s) in plaats van je eigen casussen</translation>
    </message>
    <message>
        <source>database file (embedded SQLite) or URL; default: the embedded database in your data folder</source>
        <translation>databasebestand (ingebouwde SQLite) of URL; standaard: de ingebouwde database in je gegevensmap</translation>
    </message>
    <message>
        <source>read the database passphrase from FILE (GEZINSREGIE_PASSPHRASE works too)</source>
        <translation>lees de wachtwoordzin van de database uit BESTAND (GEZINSREGIE_PASSPHRASE werkt ook)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTIE</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAT</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>PAD_OF_URL</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>GEBRUIKERSNAAM</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>CASE_ID</source>
        <translation>CASUSNUMMER</translation>
    </message>
    <message>
        <source>BACKUP_FILE</source>
        <translation>BACKUPBESTAND</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>privacy: inspection and a copy of a person&apos;s file</source>
        <translation>privacy: inzage in en kopie van het dossier van een persoon</translation>
    </message>
    <message>
        <source>save everything the file holds about one person as PDF and JSON (Youth Act 7.3.10, GDPR 15)</source>
        <translation>bewaar alles wat het dossier over één persoon bevat als pdf en json (Jeugdwet 7.3.10, AVG 15)</translation>
    </message>
    <message>
        <source>the person&apos;s record number</source>
        <translation>het nummer van de persoon in het dossier</translation>
    </message>
    <message>
        <source>the folder to write the two files in</source>
        <translation>de map waarin de twee bestanden komen</translation>
    </message>
    <message>
        <source>save who read, changed, printed or exported what in a family&apos;s or person&apos;s file as PDF (NEN 7513)</source>
        <translation>sla als PDF op wie wat heeft gelezen, gewijzigd, afgedrukt of geëxporteerd in het dossier van een gezin of persoon (NEN 7513)</translation>
    </message>
    <message>
        <source>the family&apos;s record number</source>
        <translation>het nummer van het gezin</translation>
    </message>
    <message>
        <source>only the file of this member of the family</source>
        <translation>alleen het dossier van dit gezinslid</translation>
    </message>
    <message>
        <source>files past their retention period (Youth Act 7.3.8) and destruction requests; administrators</source>
        <translation>dossiers voorbij de bewaartermijn (Jeugdwet 7.3.8) en aanvragen tot vernietiging; beheerders</translation>
    </message>
    <message>
        <source>request the destruction of a family&apos;s file (Youth Act 7.3.9); a second administrator approves</source>
        <translation>vraag de vernietiging van het dossier van een gezin aan (Jeugdwet 7.3.9); een tweede beheerder keurt goed</translation>
    </message>
    <message>
        <source>the person&apos;s request, or retention period passed</source>
        <translation>verzoek van de betrokkene, of bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>you checked that nobody else has a substantial interest in keeping the file</source>
        <translation>je hebt gecontroleerd dat niemand anders een aanmerkelijk belang heeft bij het bewaren van het dossier</translation>
    </message>
    <message>
        <source>a note with the request</source>
        <translation>een toelichting bij de aanvraag</translation>
    </message>
    <message>
        <source>request the removal of access-log entries older than five years</source>
        <translation>vraag het verwijderen aan van regels in het toegangslog die ouder zijn dan vijf jaar</translation>
    </message>
    <message>
        <source>approve a request of another administrator</source>
        <translation>keur een aanvraag van een andere beheerder goed</translation>
    </message>
    <message>
        <source>carry out an approved request: the data is removed for good</source>
        <translation>voer een goedgekeurde aanvraag uit: de gegevens worden definitief verwijderd</translation>
    </message>
    <message>
        <source>the request&apos;s number (retention-list shows it)</source>
        <translation>het nummer van de aanvraag (retention-list toont het)</translation>
    </message>
    <message>
        <source>carry it out without asking</source>
        <translation>uitvoeren zonder te vragen</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Casus afsluiten</translation>
    </message>
    <message>
        <source>Who in the family&apos;s own network or which free-access service carries on, and what do they do? Or why is no aftercare needed? A closed case stays readable and can be reopened.</source>
        <translation>Wie uit het eigen netwerk van het gezin of welke voorliggende voorziening neemt het over, en wat doen ze? Of waarom is geen nazorg nodig? Een afgesloten casus blijft leesbaar en kan worden heropend.</translation>
    </message>
    <message>
        <source>What was reached, who keeps an eye on things</source>
        <translation>Wat is bereikt, wie houdt een vinger aan de pols</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>CompareLines</name>
    <message>
        <source>Marked as done</source>
        <translation>Afgevinkt als gedaan</translation>
    </message>
    <message>
        <source>Marked as not done</source>
        <translation>Niet meer afgevinkt als gedaan</translation>
    </message>
    <message>
        <source>{field} changed</source>
        <translation>{field} gewijzigd</translation>
    </message>
    <message>
        <source>{field} set to {new}</source>
        <translation>{field} ingevuld: {new}</translation>
    </message>
    <message>
        <source>{field} cleared (was {old})</source>
        <translation>{field} leeggemaakt (was {old})</translation>
    </message>
    <message>
        <source>{field} changed from {old} to {new}</source>
        <translation>{field} gewijzigd van {old} naar {new}</translation>
    </message>
    <message>
        <source>Goal added: {goal}</source>
        <translation>Doel toegevoegd: {goal}</translation>
    </message>
    <message>
        <source>Goal removed: {goal}</source>
        <translation>Doel verwijderd: {goal}</translation>
    </message>
    <message>
        <source>Goal changed: {goal}</source>
        <translation>Doel gewijzigd: {goal}</translation>
    </message>
    <message>
        <source>Action added to the goal “{goal}”: {action}</source>
        <translation>Actie toegevoegd bij het doel ‘{goal}’: {action}</translation>
    </message>
    <message>
        <source>Action removed from the goal “{goal}”: {action}</source>
        <translation>Actie verwijderd bij het doel ‘{goal}’: {action}</translation>
    </message>
    <message>
        <source>Action changed: {action} (goal “{goal}”)</source>
        <translation>Actie gewijzigd: {action} (doel ‘{goal}’)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>A colleague saved this too</source>
        <translation>Een collega heeft dit ook opgeslagen</translation>
    </message>
    <message>
        <source>While you were working, a colleague saved a different version. Nothing has been overwritten. Compare both versions and choose which one to keep.</source>
        <translation>Terwijl je aan het werk was, heeft een collega een andere versie opgeslagen. Er is nog niets overschreven. Vergelijk beide versies en kies welke je bewaart.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Jouw versie</translation>
    </message>
    <message>
        <source>Colleague&apos;s version</source>
        <translation>Versie van je collega</translation>
    </message>
    <message>
        <source>Your version: {field}</source>
        <translation>Jouw versie: {field}</translation>
    </message>
    <message>
        <source>Colleague&apos;s version: {field}</source>
        <translation>Versie van je collega: {field}</translation>
    </message>
    <message>
        <source>Keep my text and overwrite</source>
        <translation>Mijn tekst bewaren en overschrijven</translation>
    </message>
    <message>
        <source>Take colleague&apos;s version</source>
        <translation>Versie van collega overnemen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Niet gegeven</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>No young people recorded in this family.</source>
        <translation>Er zijn geen jeugdigen vastgelegd in dit gezin.</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>niemand vastgelegd</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({age}): {rule}&lt;br&gt;Consent from: {who}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({age}): {rule}&lt;br&gt;Toestemming van: {who}</translation>
    </message>
    <message>
        <source>Nobody is recorded with parental authority: record it on the Family tab.</source>
        <translation>Niemand is vastgelegd met ouderlijk gezag: leg dat vast op het tabblad Gezin.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Who gives the consent follows from the person&apos;s age on the day it was given: under 12 the parents with authority, 12 to 15 the young person and those parents, from 16 the young person alone.</source>
        <translation>Wie toestemming geeft, volgt uit de leeftijd op de dag dat ze gegeven wordt: onder de 12 de ouders met gezag, van 12 tot en met 15 de jeugdige én die ouders, vanaf 16 de jeugdige alleen.</translation>
    </message>
    <message>
        <source>Choose a family member</source>
        <translation>Kies een gezinslid</translation>
    </message>
    <message>
        <source>Choose what it covers</source>
        <translation>Kies waarvoor de toestemming geldt</translation>
    </message>
    <message>
        <source>e.g. the school&apos;s or the provider&apos;s name</source>
        <translation>bijv. de naam van de school of de aanbieder</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, when agreed</source>
        <translation>dd-mm-jjjj, als dat is afgesproken</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Shared with others</source>
        <translation>Gedeeld met anderen</translation>
    </message>
    <message>
        <source>What the team shared, and on which consent or legal ground. It stays on record when a consent is withdrawn later.</source>
        <translation>Wat het team deelde, en op grond van welke toestemming of wettelijke grondslag. Dit blijft vastgelegd als een toestemming later wordt ingetrokken.</translation>
    </message>
    <message>
        <source>Sharing information about a family member needs their consent (Jeugdwet 7.3.4 / 7.3.5).</source>
        <translation>Informatie over een gezinslid delen vraagt om toestemming (Jeugdwet 7.3.4 / 7.3.5).</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message numerus="yes">
        <source>Consent (%n consent(s))</source>
        <translation>
            <numerusform>Toestemming (%n toestemming)</numerusform>
            <numerusform>Toestemming (%n toestemmingen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn {date}</source>
        <translation>Ingetrokken {date}</translation>
    </message>
    <message>
        <source>Renew: turned {age} on {date}</source>
        <translation>Vernieuwen: {age} geworden op {date}</translation>
    </message>
    <message>
        <source>No consents recorded yet.</source>
        <translation>Nog geen toestemmingen vastgelegd.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Record that the consent about {name} ({scope}) is withdrawn today? It stays on record.</source>
        <translation>Vastleggen dat de toestemming over {name} ({scope}) vandaag is ingetrokken? Ze blijft in het dossier bewaard.</translation>
    </message>
</context>
<context>
    <name>ConsultDialog</name>
    <message>
        <source>Consult a colleague and ask Veilig Thuis for advice (the date is the consultation&apos;s).</source>
        <translation>Overleg met een collega en vraag Veilig Thuis om advies (de datum is die van het collegiaal overleg).</translation>
    </message>
    <message>
        <source>who at Veilig Thuis</source>
        <translation>wie bij Veilig Thuis</translation>
    </message>
    <message>
        <source>the advice of Veilig Thuis</source>
        <translation>het advies van Veilig Thuis</translation>
    </message>
    <message>
        <source>Colleague consulted</source>
        <translation>Collega geraadpleegd</translation>
    </message>
    <message>
        <source>Veilig Thuis asked on</source>
        <translation>Veilig Thuis geraadpleegd op</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
</context>
<context>
    <name>ContactDetailsDialog</name>
    <message>
        <source>My details</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>Contact details of {name}</source>
        <translation>Contactgegevens van {name}</translation>
    </message>
    <message>
        <source>Printed on the family plans you direct, so the family can reach you. Leave a field empty to print the team&apos;s instead.</source>
        <translation>Staat op de gezinsplannen waarvan je regisseur bent, zodat het gezin je kan bereiken. Laat je een veld leeg, dan staat dat van het team erop.</translation>
    </message>
    <message>
        <source>e.g. 06 12345678 or 075 681 0000</source>
        <translation>bijv. 06 12345678 of 075 681 0000</translation>
    </message>
    <message>
        <source>e.g. naam@gemeente.nl</source>
        <translation>bijv. naam@gemeente.nl</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Makes the case active again, with its history; counts as recurrence.</source>
        <translation>Maakt de casus weer actief, met de geschiedenis erbij; telt als recidive.</translation>
    </message>
    <message>
        <source>What was said; with concerns or a reopening, what is going on</source>
        <translation>Wat is er besproken; bij zorgen of heropenen: wat speelt er</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>The conversation with the person(s) concerned about the signals - or why it was not held (e.g. it would endanger someone&apos;s safety).</source>
        <translation>Het gesprek met de betrokkene(n) over de signalen - of waarom het niet is gevoerd (bijvoorbeeld omdat het iemands veiligheid in gevaar brengt).</translation>
    </message>
    <message>
        <source>what was discussed, or why the conversation was not held</source>
        <translation>wat besproken is, of waarom het gesprek niet is gevoerd</translation>
    </message>
    <message>
        <source>Conversation held</source>
        <translation>Gesprek gevoerd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a text</source>
        <translation>Tekst corrigeren</translation>
    </message>
    <message>
        <source>On a family member&apos;s request a text that is not right can be corrected (AVG art. 16). What stood there before is kept with the correction, with the reason, who and when.</source>
        <translation>Op verzoek van een gezinslid kan een tekst die niet klopt worden gecorrigeerd (AVG art. 16). Wat er eerst stond, blijft bewaard bij de correctie, met de reden, wie en wanneer.</translation>
    </message>
    <message>
        <source>Choose who asked for it</source>
        <translation>Kies wie erom vroeg</translation>
    </message>
    <message>
        <source>At the request of</source>
        <translation>Op verzoek van</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Corrected text</source>
        <translation>Gecorrigeerde tekst</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>CrisisActions</name>
    <message>
        <source>Report crisis…</source>
        <translation>Crisis melden…</translation>
    </message>
    <message>
        <source>Danger to life or immediate physical danger: follow-up within 24 hours</source>
        <translation>Levensgevaar of direct fysiek gevaar: opvolging binnen 24 uur</translation>
    </message>
    <message>
        <source>Follow-up recorded…</source>
        <translation>Opvolging vastgelegd…</translation>
    </message>
    <message>
        <source>End crisis…</source>
        <translation>Crisis beëindigen…</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Kies in de kalender</translation>
    </message>
    <message>
        <source>Enter the date as dd-mm-yyyy, for example 01-03-2015.</source>
        <translation>Vul de datum in als dd-mm-jjjj, bijvoorbeeld 01-03-2015.</translation>
    </message>
</context>
<context>
    <name>DecideExtensionDialog</name>
    <message>
        <source>Approve</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Required when you refuse: why, and what happens now?</source>
        <translation>Verplicht bij afwijzen: waarom, en wat gebeurt er nu?</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Besluit opslaan</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The weighing concluded: {conclusion}. The decision follows from it; recording it closes the track.</source>
        <translation>De afweging concludeerde: {conclusion}. Het besluit volgt daaruit; met het vastleggen sluit het traject.</translation>
    </message>
    <message>
        <source>not weighed yet</source>
        <translation>nog niet afgewogen</translation>
    </message>
    <message>
        <source>Choose the decision</source>
        <translation>Kies het besluit</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, when reported</source>
        <translation>dd-mm-jjjj, wanneer gemeld</translation>
    </message>
    <message>
        <source>Veilig Thuis&apos;s reference</source>
        <translation>kenmerk van Veilig Thuis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
</context>
<context>
    <name>DemoStartDialog</name>
    <message>
        <source>{name}, worker: Today, My caseload, Team and the cases</source>
        <translation>{name}, medewerker: Vandaag, Mijn caseload, Team en de casussen</translation>
    </message>
    <message>
        <source>{name}, supervisor: also Team overview and Reports</source>
        <translation>{name}, teamleider: ook Teamoverzicht en Rapportages</translation>
    </message>
    <message>
        <source>{name}, administrator: every team, Team overview and Reports</source>
        <translation>{name}, beheerder: alle teams, Teamoverzicht en Rapportages</translation>
    </message>
    <message>
        <source>Gezinsregie demo</source>
        <translation>Gezinsregie-demo</translation>
    </message>
    <message>
        <source>Look around in the demo</source>
        <translation>Rondkijken in de demo</translation>
    </message>
    <message>
        <source>This database holds invented demo families. Whom do you start as? Next time you can choose again, or start directly with &apos;gezinsregie --demo --as supervisor&apos;.</source>
        <translation>Deze database bevat verzonnen demogezinnen. Als wie wil je starten? De volgende keer kun je opnieuw kiezen, of direct starten met &apos;gezinsregie --demo --as supervisor&apos;.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>DestructionApprovalDialog</name>
    <message>
        <source>Approve destruction</source>
        <translation>Vernietiging goedkeuren</translation>
    </message>
    <message>
        <source>You are the second administrator: check the ground and the note. Whoever requested the destruction cannot approve it.</source>
        <translation>Je bent de tweede beheerder: controleer de grond en de toelichting. Wie de vernietiging aanvroeg, kan haar niet goedkeuren.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Approved by you, today.</source>
        <translation>Goedgekeurd door jou, vandaag.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
</context>
<context>
    <name>DestructionExecuteDialog</name>
    <message>
        <source>Every record of this family is removed from the database: the family, its members and network, its cases, plans, goals, journal, evaluations, help, waakvlam and consents. This cannot be undone. What stays is a record without content: the dates, who requested, approved and carried it out, the ground and the family number. The access log keeps its entries (numbers and codes, no names) for five years. Daily backups of this computer keep the file until they rotate out (7 daily and 4 weekly ones: about {weeks} weeks); backups made by hand or before an upgrade or a restore stay until you delete them, and restoring a backup made before today brings the file back. Backups of a central database follow the municipality&apos;s own schedule.</source>
        <translation>Alle gegevens van dit gezin worden uit de database verwijderd: het gezin, de gezinsleden en het netwerk, de casussen, plannen, doelen, het journaal, evaluaties, hulp, waakvlam en toestemmingen. Dit kan niet ongedaan worden gemaakt. Wat blijft is een aantekening zonder inhoud: de data, wie aanvroeg, goedkeurde en uitvoerde, de grond en het gezinsnummer. Het toegangslog houdt zijn regels (nummers en codes, geen namen) vijf jaar. Dagelijkse back-ups op deze computer bevatten het dossier tot ze bij het roteren worden opgeruimd (7 dagelijkse en 4 wekelijkse: ongeveer {weeks} weken); back-ups die met de hand of voor een upgrade of herstel zijn gemaakt, blijven tot je ze verwijdert, en het terugzetten van een back-up van voor vandaag brengt het dossier terug. Back-ups van een centrale database volgen het schema van de gemeente.</translation>
    </message>
    <message>
        <source>The access-log entries from before {day} are removed. This cannot be undone. What stays is a record of the number removed and the cut-off day. Daily backups keep them until they rotate out, about {weeks} weeks; backups made by hand or before an upgrade or a restore until you delete them.</source>
        <translation>De regels van het toegangslog van voor {day} worden verwijderd. Dit kan niet ongedaan worden gemaakt. Wat blijft is een aantekening van het aantal en de grensdatum. Dagelijkse back-ups bevatten ze tot ze bij het roteren worden opgeruimd, ongeveer {weeks} weken; back-ups die met de hand of voor een upgrade of herstel zijn gemaakt, tot je ze verwijdert.</translation>
    </message>
    <message>
        <source>Carry out destruction</source>
        <translation>Vernietiging uitvoeren</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Vernietigen</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
</context>
<context>
    <name>DestructionRequest</name>
    <message>
        <source>{name} (family {id})</source>
        <translation>{name} (gezin {id})</translation>
    </message>
    <message>
        <source>The request is recorded. A second administrator approves it under File &gt; Retention and destruction; only then can it be carried out.</source>
        <translation>De aanvraag is vastgelegd. Een tweede beheerder keurt hem goed onder Bestand &gt; Bewaren en vernietigen; pas daarna kan hij worden uitgevoerd.</translation>
    </message>
</context>
<context>
    <name>DestructionRequestDialog</name>
    <message>
        <source>Request destruction of a file</source>
        <translation>Vernietiging van een dossier aanvragen</translation>
    </message>
    <message>
        <source>A second administrator must approve the request before the file can be destroyed. Record the ground and that you checked that nobody else has a substantial interest in keeping the file (Youth Act 7.3.9).</source>
        <translation>Een tweede beheerder moet de aanvraag goedkeuren voordat het dossier vernietigd kan worden. Leg de grond vast en dat je hebt gecontroleerd dat niemand anders een aanmerkelijk belang heeft bij het bewaren van het dossier (Jeugdwet 7.3.9).</translation>
    </message>
    <message>
        <source>Nobody else has a substantial interest in keeping this file</source>
        <translation>Niemand anders heeft een aanmerkelijk belang bij het bewaren van dit dossier</translation>
    </message>
    <message>
        <source>e.g. the date of the person&apos;s letter, whom you consulted</source>
        <translation>bijv. de datum van de brief van de betrokkene, wie je hebt geraadpleegd</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grond</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Aanvragen</translation>
    </message>
</context>
<context>
    <name>DestructionSteps</name>
    <message>
        <source>{name} on {date}</source>
        <translation>{name} op {date}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grond</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Aangevraagd door</translation>
    </message>
    <message>
        <source>Other interests</source>
        <translation>Belang van anderen</translation>
    </message>
    <message>
        <source>Checked: nobody else has a substantial interest in keeping the file</source>
        <translation>Gecontroleerd: niemand anders heeft een aanmerkelijk belang bij het bewaren van het dossier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>DirectionDialog</name>
    <message>
        <source>Direction of the case</source>
        <translation>Regie van de casus</translation>
    </message>
    <message>
        <source>Who directs this case? With samenregie a provider holds the daily direction and the team the process; elsewhere another party directs (e.g. the family guardian during an OTS) and the team cooperates. The change is kept in the case history.</source>
        <translation>Wie heeft de regie over deze casus? Bij samenregie heeft een aanbieder de dagelijkse regie en het team de procesregie; bij regie elders heeft een andere partij de regie (bijvoorbeeld de jeugdbeschermer tijdens een OTS) en werkt het team samen. De wijziging blijft in de geschiedenis van de casus.</translation>
    </message>
    <message>
        <source>e.g. the certified institution or the provider</source>
        <translation>bijv. de gecertificeerde instelling of de aanbieder</translation>
    </message>
    <message>
        <source>e.g. the family guardian</source>
        <translation>bijv. de jeugdbeschermer</translation>
    </message>
    <message>
        <source>phone number or e-mail</source>
        <translation>telefoonnummer of e-mail</translation>
    </message>
    <message>
        <source>Who directs</source>
        <translation>Wie heeft de regie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Workers and teams</source>
        <translation>Medewerkers en teams</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Change worker…</source>
        <translation>Medewerker wijzigen…</translation>
    </message>
    <message>
        <source>Change team…</source>
        <translation>Team wijzigen…</translation>
    </message>
    <message>
        <source>Phone and e-mail are printed on the family plan&apos;s contact line: the director&apos;s, else the team&apos;s.</source>
        <translation>Telefoon en e-mail staan op de contactregel van het gezinsplan: die van de regisseur, anders die van het team.</translation>
    </message>
</context>
<context>
    <name>DueItemsModel</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
</context>
<context>
    <name>DueTexts</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) overdue</source>
        <translation>
            <numerusform>%n uur te laat</numerusform>
            <numerusform>%n uur te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>nog %n uur</numerusform>
            <numerusform>nog %n uur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>This family may already be known</source>
        <translation>Dit gezin is misschien al bekend</translation>
    </message>
    <message>
        <source>One family has one case. If it is one of these families, open it instead of taking the family in again. What you typed is kept if you go back.</source>
        <translation>Eén gezin heeft één casus. Is het een van deze gezinnen, open dan dat gezin in plaats van het opnieuw aan te melden. Wat je hebt ingevuld blijft bewaard als je teruggaat.</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
    <message>
        <source>It is a different family, continue</source>
        <translation>Het is een ander gezin, ga verder</translation>
    </message>
    <message>
        <source>{why} · {case}</source>
        <translation>{why} · {case}</translation>
    </message>
    <message>
        <source>Matching: {names}</source>
        <translation>Komt overeen: {names}</translation>
    </message>
    <message>
        <source>Open this family</source>
        <translation>Dit gezin openen</translation>
    </message>
    <message>
        <source>This family&apos;s case is closed. Reopening it (recurrence) keeps its history; a new intake does not.</source>
        <translation>De casus van dit gezin is afgesloten. Heropenen (recidive) houdt de geschiedenis bij elkaar; een nieuwe intake niet.</translation>
    </message>
    <message>
        <source>Same BSN</source>
        <translation>Zelfde BSN</translation>
    </message>
    <message>
        <source>Same surname and date of birth</source>
        <translation>Zelfde achternaam en geboortedatum</translation>
    </message>
    <message>
        <source>Same first name and date of birth</source>
        <translation>Zelfde voornaam en geboortedatum</translation>
    </message>
    <message>
        <source>case closed</source>
        <translation>casus afgesloten</translation>
    </message>
    <message>
        <source>has an open case</source>
        <translation>heeft een open casus</translation>
    </message>
</context>
<context>
    <name>EndCrisisDialog</name>
    <message>
        <source>End the crisis</source>
        <translation>Crisis beëindigen</translation>
    </message>
    <message>
        <source>Crisis help is temporary: end it, or convert it into regular help, usually within four weeks.</source>
        <translation>Crisishulp is tijdelijk: beëindig hem of zet hem om in reguliere hulp, meestal binnen vier weken.</translation>
    </message>
    <message>
        <source>Choose what followed</source>
        <translation>Kies wat er volgde</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>What followed</source>
        <translation>Wat er volgde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>End crisis</source>
        <translation>Crisis beëindigen</translation>
    </message>
</context>
<context>
    <name>EndInvolvementDialog</name>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Reason (iJw)</source>
        <translation>Reden (iJw)</translation>
    </message>
    <message>
        <source>End help</source>
        <translation>Hulp beëindigen</translation>
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
        <source>&apos;{url}&apos; is not a valid database address.</source>
        <translation>&apos;{url}&apos; is geen geldig databaseadres.</translation>
    </message>
    <message>
        <source>The database file &apos;{path}&apos; cannot be opened with this key: the key or passphrase is wrong, or the file is damaged or not a Gezinsregie database.</source>
        <translation>Het databasebestand &apos;{path}&apos; kan met deze sleutel niet worden geopend: de sleutel of wachtwoordzin klopt niet, of het bestand is beschadigd of geen Gezinsregie-database.</translation>
    </message>
    <message>
        <source>The database file &apos;{path}&apos; cannot be opened: the disk is full. Free up disk space and try again.</source>
        <translation>Het databasebestand &apos;{path}&apos; kan niet worden geopend: de schijf is vol. Maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database file &apos;{path}&apos; is damaged or is not a Gezinsregie database. If it is yours, restore a backup with &apos;gezinsregie db restore BACKUP_FILE&apos; (&apos;gezinsregie db verify&apos; lists them).</source>
        <translation>Het databasebestand &apos;{path}&apos; is beschadigd of is geen Gezinsregie-database. Is het je eigen database, zet dan een back-up terug met &apos;gezinsregie db restore BACKUPBESTAND&apos; (&apos;gezinsregie db verify&apos; toont de back-ups).</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a database file.</source>
        <translation>&apos;{path}&apos; is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>The database file &apos;{path}&apos; cannot be written.</source>
        <translation>Het databasebestand &apos;{path}&apos; kan niet worden beschreven.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a Gezinsregie database (the file is damaged or of another kind).</source>
        <translation>&apos;{path}&apos; is geen Gezinsregie-database (het bestand is beschadigd of van een ander soort).</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is encrypted (or damaged) and cannot be opened without its key.</source>
        <translation>&apos;{path}&apos; is versleuteld (of beschadigd) en kan zonder de sleutel niet worden geopend.</translation>
    </message>
    <message>
        <source>The database file &apos;{path}&apos; does not exist.</source>
        <translation>Het databasebestand &apos;{path}&apos; bestaat niet.</translation>
    </message>
    <message>
        <source>The folder &apos;{path}&apos; cannot be created.</source>
        <translation>De map &apos;{path}&apos; kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The folder &apos;{path}&apos; is not writable.</source>
        <translation>In de map &apos;{path}&apos; kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>De database kan niet worden beschreven.</translation>
    </message>
    <message>
        <source>The database file &apos;{path}&apos; cannot be opened or created.</source>
        <translation>Het databasebestand &apos;{path}&apos; kan niet worden geopend of aangemaakt.</translation>
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
        <translation>Een collega heeft dit gegeven gewijzigd nadat je het opende. Je wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>You have no access to this record.</source>
        <translation>Je hebt geen toegang tot dit dossier.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>De database kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The database is damaged. Restore a backup with &apos;gezinsregie db restore&apos;.</source>
        <translation>De database is beschadigd. Zet een back-up terug met &apos;gezinsregie db restore&apos;.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free up disk space (or ask the administrator to) and try again.</source>
        <translation>De schijf is vol, dus er is niets opgeslagen. Maak ruimte vrij op de schijf (of vraag de beheerder dat te doen) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No passphrase was given; the database was not opened.</source>
        <translation>Er is geen wachtwoordzin gegeven; de database is niet geopend.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Gezinsregie ({revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>Deze database is gemaakt door een nieuwere versie van Gezinsregie ({revision}). Installeer de nieuwere versie om hem te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database schema is older than this version of Gezinsregie. Ask the administrator to run &apos;gezinsregie db upgrade&apos;.</source>
        <translation>Het databaseschema is ouder dan deze versie van Gezinsregie. Vraag de beheerder &apos;gezinsregie db upgrade&apos; uit te voeren.</translation>
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
        <source>Name the organisation that holds the direction (e.g. the certified institution or the provider).</source>
        <translation>Noem de organisatie die de regie heeft (bijvoorbeeld de gecertificeerde instelling of de aanbieder).</translation>
    </message>
    <message>
        <source>The direction can change at most a month from today ({days} days).</source>
        <translation>De regie kan ten hoogste een maand vooruit wijzigen ({days} dagen).</translation>
    </message>
    <message>
        <source>This case has an open crisis: end it and record what followed before closing.</source>
        <translation>Deze casus heeft een open crisis: beëindig die en leg vast wat er volgde, voordat je afsluit.</translation>
    </message>
    <message>
        <source>This case has an open meldcode track: record its decision (step 5) before closing.</source>
        <translation>Deze casus heeft een open meldcodetraject: leg eerst het besluit vast (stap 5) en sluit daarna af.</translation>
    </message>
    <message>
        <source>This case had a meldcode track: start a waakvlam first, then close the case.</source>
        <translation>Deze casus had een meldcodetraject: start eerst een waakvlam en sluit daarna de casus af.</translation>
    </message>
    <message>
        <source>Choose an active colleague of the case&apos;s team.</source>
        <translation>Kies een actieve collega uit het team van de casus.</translation>
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
        <source>This case is closed.</source>
        <translation>Deze casus is afgesloten.</translation>
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
        <source>A young person is at most 23 years old (youth care ends at 23 at the latest). Check the date of birth, or add this person as a parent or carer.</source>
        <translation>Een jongere is hoogstens 23 jaar (jeugdhulp eindigt uiterlijk op 23-jarige leeftijd). Controleer de geboortedatum, of voeg deze persoon toe als ouder of verzorger.</translation>
    </message>
    <message>
        <source>A parent or carer is at least 12 years old. Check the date of birth, or add this person as a young person.</source>
        <translation>Een ouder of verzorger is minstens 12 jaar. Controleer de geboortedatum, of voeg deze persoon toe als jongere.</translation>
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
        <source>Choose a decision.</source>
        <translation>Kies een besluit.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>The port is a whole number from 1 to 65535.</source>
        <translation>De poort is een geheel getal van 1 tot en met 65535.</translation>
    </message>
    <message>
        <source>Choose one of the TLS modes.</source>
        <translation>Kies een van de TLS-instellingen.</translation>
    </message>
    <message>
        <source>Give a host name or an address, without spaces, &apos;/&apos;, &apos;@&apos; or &apos;:&apos; (an IPv6 address in [brackets]).</source>
        <translation>Geef een servernaam of een adres, zonder spaties, &apos;/&apos;, &apos;@&apos; of &apos;:&apos; (een IPv6-adres tussen [haken]).</translation>
    </message>
    <message>
        <source>The connection details do not form a valid database address.</source>
        <translation>De verbindingsgegevens vormen geen geldig database-adres.</translation>
    </message>
    <message>
        <source>This computer has no keyring (the safe place for passwords), so the password cannot be remembered. It is used for this session only; you will be asked for it next time.</source>
        <translation>Deze computer heeft geen sleutelbos (de veilige plek voor wachtwoorden), dus het wachtwoord kan niet worden onthouden. Het wordt alleen voor deze sessie gebruikt; de volgende keer wordt er opnieuw om gevraagd.</translation>
    </message>
    <message>
        <source>The server refused user &apos;{user}&apos;: the password is wrong, or the account may not log in.</source>
        <translation>De server weigert gebruiker &apos;{user}&apos;: het wachtwoord is onjuist, of het account mag niet inloggen.</translation>
    </message>
    <message>
        <source>The server {host}:{port} cannot be reached. Check the address and the network connection.</source>
        <translation>De server {host}:{port} is niet bereikbaar. Controleer het adres en de netwerkverbinding.</translation>
    </message>
    <message>
        <source>The server has no database named &apos;{database}&apos;.</source>
        <translation>De server heeft geen database met de naam &apos;{database}&apos;.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {host} failed. Check the TLS mode with the administrator.</source>
        <translation>De beveiligde (TLS-)verbinding met {host} is mislukt. Controleer de TLS-instelling met de beheerder.</translation>
    </message>
    <message>
        <source>Could not connect to {host}:{port} ({reason}).</source>
        <translation>Kan geen verbinding maken met {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>The date of the evaluation cannot be in the future.</source>
        <translation>De evaluatiedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>This case is closed; reopen it to record an evaluation.</source>
        <translation>Deze casus is afgesloten; heropen hem om een evaluatie vast te leggen.</translation>
    </message>
    <message>
        <source>Agree the family plan with the family before recording an evaluation.</source>
        <translation>Stel eerst het gezinsplan vast met het gezin; daarna kun je een evaluatie vastleggen.</translation>
    </message>
    <message>
        <source>The evaluation date is before the plan was agreed.</source>
        <translation>De evaluatiedatum ligt vóór de datum waarop het plan is vastgesteld.</translation>
    </message>
    <message>
        <source>The next evaluation must be after this one.</source>
        <translation>De volgende evaluatie moet na deze evaluatie liggen.</translation>
    </message>
    <message>
        <source>Choose a provider from the list.</source>
        <translation>Kies een aanbieder uit de lijst.</translation>
    </message>
    <message>
        <source>This goal is not in the agreed plan.</source>
        <translation>Dit doel staat niet in het vastgestelde plan.</translation>
    </message>
    <message>
        <source>This goal is evaluated twice.</source>
        <translation>Dit doel staat twee keer in de evaluatie.</translation>
    </message>
    <message>
        <source>The date of a contact cannot be in the future.</source>
        <translation>De datum van een contact kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>This text contains a character that cannot be stored (a control character). Remove it and try again.</source>
        <translation>Deze tekst bevat een teken dat niet kan worden opgeslagen (een stuurteken). Haal het weg en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Line breaks and tabs are not allowed here; keep it on one line.</source>
        <translation>Regeleinden en tabs zijn hier niet toegestaan; houd het op één regel.</translation>
    </message>
    <message>
        <source>Give a date between {low} and {high}.</source>
        <translation>Geef een datum tussen {low} en {high}.</translation>
    </message>
    <message>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>Geef een heel getal van {low} tot en met {high}.</translation>
    </message>
    <message>
        <source>Give a Dutch phone number of 10 digits, e.g. 06 12345678 or 020 1234567 (or +31 6 12345678).</source>
        <translation>Geef een Nederlands telefoonnummer van 10 cijfers, bijv. 06 12345678 of 020 1234567 (of +31 6 12345678).</translation>
    </message>
    <message>
        <source>Give an e-mail address such as naam@gemeente.nl: one @ and a domain.</source>
        <translation>Geef een e-mailadres zoals naam@gemeente.nl: één @ en een domein.</translation>
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
        <source>Help from a provider is for this young person. Change for whom that help is first.</source>
        <translation>Er is hulp van een aanbieder voor deze jeugdige. Pas eerst aan voor wie die hulp is.</translation>
    </message>
    <message>
        <source>{name} has consents on record (the consent register keeps them, also when withdrawn) and cannot be removed.</source>
        <translation>Voor {name} zijn toestemmingen vastgelegd (het toestemmingenregister bewaart ze, ook als ze zijn ingetrokken); {name} kan daarom niet worden verwijderd.</translation>
    </message>
    <message>
        <source>{name} is named in help from a provider and cannot be removed. Change for whom that help is first.</source>
        <translation>{name} staat genoemd bij hulp van een aanbieder en kan niet worden verwijderd. Pas eerst aan voor wie die hulp is.</translation>
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
        <source>Choose someone from this family&apos;s network.</source>
        <translation>Kies iemand uit het netwerk van dit gezin.</translation>
    </message>
    <message>
        <source>The target date is before the plan date.</source>
        <translation>De streefdatum ligt voor de datum van het plan.</translation>
    </message>
    <message>
        <source>Give the name of the party this consent is for.</source>
        <translation>Geef de naam van de partij waarvoor deze toestemming geldt.</translation>
    </message>
    <message>
        <source>A consent cannot be given on a day in the future.</source>
        <translation>Toestemming kan niet op een dag in de toekomst gegeven zijn.</translation>
    </message>
    <message>
        <source>Valid until cannot be before the day it was given.</source>
        <translation>Geldig tot kan niet vóór de dag liggen waarop de toestemming is gegeven.</translation>
    </message>
    <message>
        <source>Choose a member of this family.</source>
        <translation>Kies een lid van dit gezin.</translation>
    </message>
    <message>
        <source>Nobody in the family is recorded with parental authority: record who has it first.</source>
        <translation>Bij niemand in het gezin is gezag vastgelegd: leg eerst vast wie het gezag heeft.</translation>
    </message>
    <message>
        <source>This consent was withdrawn already.</source>
        <translation>Deze toestemming is al ingetrokken.</translation>
    </message>
    <message>
        <source>A withdrawal cannot be in the future.</source>
        <translation>Een intrekking kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before the day it was given.</source>
        <translation>Toestemming kan niet worden ingetrokken vóór de dag waarop ze is gegeven.</translation>
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
        <source>This action is due after the goal&apos;s target date.</source>
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
    <message>
        <source>Could not connect to the database at {name}.</source>
        <translation>Kon geen verbinding maken met de database op {name}.</translation>
    </message>
    <message>
        <source>This computer has no keyring (the safe place for passwords) that Gezinsregie can use.</source>
        <translation>Deze computer heeft geen sleutelbos (de veilige plek voor wachtwoorden) die Gezinsregie kan gebruiken.</translation>
    </message>
    <message>
        <source>This provider already delivers this product in this case. End that involvement first.</source>
        <translation>Deze aanbieder levert dit product al in deze casus. Beëindig die inzet eerst.</translation>
    </message>
    <message>
        <source>Choose young persons of this family, or the family as a whole.</source>
        <translation>Kies jeugdigen van dit gezin, of het hele gezin.</translation>
    </message>
    <message>
        <source>Extended youth care lasts at most until the 23rd birthday ({date}): choose an earlier planned end.</source>
        <translation>Verlengde jeugdhulp duurt hooguit tot de 23e verjaardag ({date}): kies een eerder gepland einde.</translation>
    </message>
    <message>
        <source>Only the provider&apos;s account holder or an administrator records these steps.</source>
        <translation>Alleen de accounthouder van de aanbieder of een beheerder legt deze stappen vast.</translation>
    </message>
    <message>
        <source>Record an improvement plan first.</source>
        <translation>Leg eerst een verbeterplan vast.</translation>
    </message>
    <message>
        <source>An improvement plan starts from an open signal; there is none.</source>
        <translation>Een verbeterplan begint bij een open signaal; er is er geen.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator chooses a provider&apos;s account holder.</source>
        <translation>Alleen een teamleider of een beheerder kiest de accounthouder van een aanbieder.</translation>
    </message>
    <message>
        <source>Choose an active worker.</source>
        <translation>Kies een actieve medewerker.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>Deze datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Choose a provider.</source>
        <translation>Kies een aanbieder.</translation>
    </message>
    <message>
        <source>Not before the previous step.</source>
        <translation>Niet vóór de vorige stap.</translation>
    </message>
    <message>
        <source>Not before the step&apos;s date.</source>
        <translation>Niet vóór de datum van de stap.</translation>
    </message>
    <message>
        <source>Choose a product of this provider.</source>
        <translation>Kies een product van deze aanbieder.</translation>
    </message>
    <message>
        <source>Choose who referred from the iJw list.</source>
        <translation>Kies de verwijzer uit de iJw-lijst.</translation>
    </message>
    <message>
        <source>Give the referrer&apos;s name or AGB code.</source>
        <translation>Geef de naam of de AGB-code van de verwijzer.</translation>
    </message>
    <message>
        <source>This product&apos;s segment needs a referral: choose who referred, with the referral date.</source>
        <translation>Voor het segment van dit product is een verwijzing nodig: kies wie verwees, met de verwijsdatum.</translation>
    </message>
    <message>
        <source>The referral date cannot be in the future.</source>
        <translation>De verwijsdatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The start date is before the referral date.</source>
        <translation>De startdatum ligt vóór de verwijsdatum.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>De startdatum ligt na de einddatum.</translation>
    </message>
    <message>
        <source>The planned end is before the start date.</source>
        <translation>De geplande einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <source>The planned end is before the referral date.</source>
        <translation>De geplande einddatum ligt vóór de verwijsdatum.</translation>
    </message>
    <message>
        <source>The report-back date is before the referral date.</source>
        <translation>De terugkoppeldatum ligt vóór de verwijsdatum.</translation>
    </message>
    <message>
        <source>Give the amount, unit and frequency together.</source>
        <translation>Geef de hoeveelheid, eenheid en frequentie samen op.</translation>
    </message>
    <message>
        <source>Choose a unit from the iJw list.</source>
        <translation>Kies een eenheid uit de iJw-lijst.</translation>
    </message>
    <message>
        <source>Choose a frequency from the iJw list.</source>
        <translation>Kies een frequentie uit de iJw-lijst.</translation>
    </message>
    <message>
        <source>Give either a volume or a budget, not both.</source>
        <translation>Geef een omvang of een budget op, niet allebei.</translation>
    </message>
    <message>
        <source>Give an amount in euros above zero.</source>
        <translation>Geef een bedrag in euro&apos;s groter dan nul.</translation>
    </message>
    <message>
        <source>Say who directs, for example the family guardian and the certified institution.</source>
        <translation>Leg vast wie de regie heeft, bijvoorbeeld de gezinsvoogd en de gecertificeerde instelling.</translation>
    </message>
    <message>
        <source>Say who monitors this help.</source>
        <translation>Leg vast wie deze hulp monitort.</translation>
    </message>
    <message>
        <source>Say how extensions are handled.</source>
        <translation>Leg vast hoe verlengingen worden afgehandeld.</translation>
    </message>
    <message>
        <source>This case is closed; reopen it to add help.</source>
        <translation>Deze casus is afgesloten; heropen hem om hulp toe te voegen.</translation>
    </message>
    <message>
        <source>This case is in waakvlam; reopen it before adding help.</source>
        <translation>Deze casus staat op waakvlam; heropen hem voordat je hulp toevoegt.</translation>
    </message>
    <message>
        <source>This help was cancelled before it started; it can be read but not changed.</source>
        <translation>Deze hulp is geannuleerd voordat ze begon; je kunt haar lezen, niet wijzigen.</translation>
    </message>
    <message>
        <source>Help that has started is extended with Extension…, with its reason.</source>
        <translation>Hulp die al loopt verleng je met Verlenging…, met de reden erbij.</translation>
    </message>
    <message>
        <source>Choose an end reason from the iJw list.</source>
        <translation>Kies een reden van beëindiging uit de iJw-lijst.</translation>
    </message>
    <message>
        <source>This help has not started yet. Cancel it instead of ending it.</source>
        <translation>Deze hulp is nog niet begonnen. Annuleer haar in plaats van haar te beëindigen.</translation>
    </message>
    <message>
        <source>The end date cannot be in the future.</source>
        <translation>De einddatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>This help has no start date. Record when it started first.</source>
        <translation>Deze hulp heeft geen startdatum. Leg eerst vast wanneer de hulp is gestart.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <source>Choose why the help is cancelled from the iJw list.</source>
        <translation>Kies uit de iJw-lijst waarom de hulp wordt geannuleerd.</translation>
    </message>
    <message>
        <source>This help has started already. End it instead of cancelling it.</source>
        <translation>Deze hulp is al begonnen. Beëindig haar in plaats van haar te annuleren.</translation>
    </message>
    <message>
        <source>The new end must be after the current planned end.</source>
        <translation>De nieuwe einddatum moet na de huidige geplande einddatum liggen.</translation>
    </message>
    <message>
        <source>The next report-back must be after today.</source>
        <translation>De volgende terugkoppeling moet na vandaag liggen.</translation>
    </message>
    <message>
        <source>Choose goals of this family&apos;s plan.</source>
        <translation>Kies doelen uit het plan van dit gezin.</translation>
    </message>
    <message>
        <source>Only a supervisor of the family&apos;s team decides on an extension.</source>
        <translation>Alleen een leidinggevende van het team van het gezin besluit over een verlenging.</translation>
    </message>
    <message>
        <source>You asked for this extension yourself: another supervisor decides on it.</source>
        <translation>Je vroeg deze verlenging zelf aan: een andere leidinggevende besluit erover.</translation>
    </message>
    <message>
        <source>Choose why more time is needed.</source>
        <translation>Kies waarom er meer tijd nodig is.</translation>
    </message>
    <message>
        <source>Choose an evaluation of this case.</source>
        <translation>Kies een evaluatie van deze casus.</translation>
    </message>
    <message>
        <source>Choose the evaluation this rests on, or say why there is none.</source>
        <translation>Kies de evaluatie waarop dit berust, of geef aan waarom die er niet is.</translation>
    </message>
    <message>
        <source>An extension of this help already awaits approval.</source>
        <translation>Er wacht al een verlenging van deze hulp op akkoord.</translation>
    </message>
    <message>
        <source>This extension was decided already.</source>
        <translation>Over deze verlenging is al besloten.</translation>
    </message>
    <message>
        <source>The help now ends after the asked-for end; refuse this extension.</source>
        <translation>De hulp eindigt nu al na de gevraagde einddatum; wijs deze verlenging af.</translation>
    </message>
    <message>
        <source>Only a supervisor of the team changes this setting.</source>
        <translation>Alleen een leidinggevende van het team wijzigt deze instelling.</translation>
    </message>
    <message>
        <source>This case is closed; reopen it to change the help.</source>
        <translation>Deze casus is afgesloten; heropen hem om de hulp te wijzigen.</translation>
    </message>
    <message>
        <source>This help has already ended.</source>
        <translation>Deze hulp is al beëindigd.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>This line cannot be read as CSV. Save the file again as CSV and retry.</source>
        <translation>Deze regel is niet te lezen als CSV. Sla het bestand opnieuw op als CSV en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The column {column} is missing.</source>
        <translation>De kolom {column} ontbreekt.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Het bestand bevat geen regels om in te lezen.</translation>
    </message>
    <message>
        <source>Unknown segment &quot;{code}&quot;; use one of: {codes}.</source>
        <translation>Onbekend segment &quot;{code}&quot;; gebruik een van: {codes}.</translation>
    </message>
    <message>
        <source>This AGB code has another provider name on line {line}.</source>
        <translation>Deze AGB-code staat op regel {line} bij een andere aanbiedernaam.</translation>
    </message>
    <message>
        <source>Several providers in the file have this name; give the AGB code.</source>
        <translation>Meerdere aanbieders in het bestand hebben deze naam; vul de AGB-code in.</translation>
    </message>
    <message>
        <source>This product is also on line {line}.</source>
        <translation>Dit product staat ook op regel {line}.</translation>
    </message>
    <message>
        <source>Several stored providers are called {name}; give the AGB code.</source>
        <translation>Er zijn al meerdere aanbieders met de naam {name}; vul de AGB-code in.</translation>
    </message>
    <message>
        <source>{name} is already registered with AGB code {agb}.</source>
        <translation>{name} staat al geregistreerd met AGB-code {agb}.</translation>
    </message>
    <message>
        <source>This row is about the same stored provider as line {line}.</source>
        <translation>Deze regel gaat over dezelfde aanbieder als regel {line}.</translation>
    </message>
    <message>
        <source>An AGB code is 8 digits.</source>
        <translation>Een AGB-code bestaat uit 8 cijfers.</translation>
    </message>
    <message>
        <source>Choose a product category from the iJw list.</source>
        <translation>Kies een productcategorie uit de iJw-lijst.</translation>
    </message>
    <message>
        <source>Choose a segment.</source>
        <translation>Kies een segment.</translation>
    </message>
    <message>
        <source>A segment code has letters and digits only, e.g. B1.</source>
        <translation>Een segmentcode bestaat alleen uit letters en cijfers, bijvoorbeeld B1.</translation>
    </message>
    <message>
        <source>The order is a whole number from 0 to 999.</source>
        <translation>De volgorde is een heel getal van 0 tot en met 999.</translation>
    </message>
    <message>
        <source>This AGB code is already used by {name}.</source>
        <translation>Deze AGB-code is al in gebruik bij {name}.</translation>
    </message>
    <message>
        <source>Another segment already has this code.</source>
        <translation>Een ander segment heeft deze code al.</translation>
    </message>
    <message>
        <source>This provider already has a product with this name.</source>
        <translation>Deze aanbieder heeft al een product met deze naam.</translation>
    </message>
    <message>
        <source>Choose between {low} and {high} months.</source>
        <translation>Kies tussen {low} en {high} maanden.</translation>
    </message>
    <message>
        <source>The start date is before the case was opened.</source>
        <translation>De startdatum ligt vóór de opening van de casus.</translation>
    </message>
    <message>
        <source>This contact has already been logged.</source>
        <translation>Dit contact is al vastgelegd.</translation>
    </message>
    <message>
        <source>Choose the outcome of the contact.</source>
        <translation>Kies de uitkomst van het contact.</translation>
    </message>
    <message>
        <source>Describe what is going on.</source>
        <translation>Beschrijf wat er speelt.</translation>
    </message>
    <message>
        <source>This case is not in waakvlam.</source>
        <translation>Deze casus staat niet op waakvlam.</translation>
    </message>
    <message>
        <source>Choose someone of this family, its network or yourself.</source>
        <translation>Kies iemand uit dit gezin, het netwerk of jezelf.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>De datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The date is before the waakvlam started.</source>
        <translation>De datum ligt vóór de start van de waakvlam.</translation>
    </message>
    <message>
        <source>This case is closed; reopen it first.</source>
        <translation>Deze casus is afgesloten; heropen hem eerst.</translation>
    </message>
    <message>
        <source>This case already has a waakvlam.</source>
        <translation>Deze casus heeft al een waakvlam.</translation>
    </message>
    <message>
        <source>Help is still running ({providers}). End it before starting the waakvlam.</source>
        <translation>Er loopt nog hulp ({providers}). Beëindig die eerst en start dan de waakvlam.</translation>
    </message>
    <message>
        <source>Choose who holds the waakvlam.</source>
        <translation>Kies wie de waakvlam houdt.</translation>
    </message>
    <message>
        <source>Give the name of the person who holds the waakvlam.</source>
        <translation>Geef de naam van degene die de waakvlam houdt.</translation>
    </message>
    <message>
        <source>This waakvlam has already ended.</source>
        <translation>Deze waakvlam is al beëindigd.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the database key in, so the database is protected with a passphrase. Give it with --passphrase-file FILE or the GEZINSREGIE_PASSPHRASE environment variable, or run the command in a terminal to be asked for it.</source>
        <translation>Deze computer heeft geen sleutelbos om de sleutel van de database in te bewaren, daarom wordt de database met een wachtwoordzin beveiligd. Geef die op met --passphrase-file BESTAND of de omgevingsvariabele GEZINSREGIE_PASSPHRASE, of start de opdracht in een terminal om ernaar gevraagd te worden.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be opened: this computer&apos;s keyring holds no key for it. It may be protected with a passphrase (give it with --passphrase-file or GEZINSREGIE_PASSPHRASE), damaged, or not a Gezinsregie database.</source>
        <translation>&apos;{path}&apos; kan niet worden geopend: de sleutelbos van deze computer bevat er geen sleutel voor. Misschien is het bestand beveiligd met een wachtwoordzin (geef die op met --passphrase-file of GEZINSREGIE_PASSPHRASE), beschadigd, of geen Gezinsregie-database.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>Een wachtwoordzin heeft minstens {count} tekens.</translation>
    </message>
    <message>
        <source>The file {name} could not be saved: the folder {folder} does not exist.</source>
        <translation>Het bestand {name} kon niet worden opgeslagen: de map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>The file {name} could not be saved: you may not write in the folder {folder}. Choose another folder.</source>
        <translation>Het bestand {name} kon niet worden opgeslagen: je mag niet schrijven in de map {folder}. Kies een andere map.</translation>
    </message>
    <message>
        <source>The file {name} could not be saved: {path} is a folder.</source>
        <translation>Het bestand {name} kon niet worden opgeslagen: {path} is een map.</translation>
    </message>
    <message>
        <source>The file {name} could not be saved: the disk is full.</source>
        <translation>Het bestand {name} kon niet worden opgeslagen: de schijf is vol.</translation>
    </message>
    <message>
        <source>The file {name} could not be saved ({reason}).</source>
        <translation>Het bestand {name} kon niet worden opgeslagen ({reason}).</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Het bestand kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The database &apos;{path}&apos; is damaged: its integrity check failed. Restore a backup with &apos;gezinsregie db restore BACKUP_FILE&apos; (&apos;gezinsregie db verify&apos; lists them).</source>
        <translation>De database &apos;{path}&apos; is beschadigd: de integriteitscontrole is mislukt. Zet een back-up terug met &apos;gezinsregie db restore BACKUPBESTAND&apos; (&apos;gezinsregie db verify&apos; toont de back-ups).</translation>
    </message>
    <message>
        <source>The backup &apos;{path}&apos; cannot be used: it is damaged or cannot be opened with this key.</source>
        <translation>De back-up &apos;{path}&apos; is niet bruikbaar: hij is beschadigd of gaat met deze sleutel niet open.</translation>
    </message>
    <message>
        <source>The backup could not be restored; the database was left as it was.</source>
        <translation>De back-up kon niet worden teruggezet; de database is gebleven zoals hij was.</translation>
    </message>
    <message>
        <source>The backup could not be made: the disk is full. Free up disk space and try again.</source>
        <translation>De back-up kon niet worden gemaakt: de schijf is vol. Maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The daily backup was postponed: the disk is full. Free up disk space; the backup is made at the next start.</source>
        <translation>De dagelijkse back-up is uitgesteld: de schijf is vol. Maak ruimte vrij op de schijf; de back-up wordt bij de volgende start gemaakt.</translation>
    </message>
    <message>
        <source>The daily backup was postponed: it could not be written in the folder &apos;{folder}&apos;. It is tried again at the next start.</source>
        <translation>De dagelijkse back-up is uitgesteld: hij kon niet worden geschreven in de map &apos;{folder}&apos;. Bij de volgende start wordt het opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not an unencrypted Gezinsregie database.</source>
        <translation>&apos;{path}&apos; is geen onversleutelde Gezinsregie-database.</translation>
    </message>
    <message>
        <source>The encrypted copy of &apos;{path}&apos; did not match the original; nothing was changed.</source>
        <translation>De versleutelde kopie van &apos;{path}&apos; kwam niet overeen met het origineel; er is niets veranderd.</translation>
    </message>
    <message>
        <source>This case has no family plan yet, so there is nothing to print. Start the plan first.</source>
        <translation>Deze casus heeft nog geen gezinsplan, dus er is niets om af te drukken. Begin eerst het plan.</translation>
    </message>
    <message>
        <source>This case&apos;s family plan has no version {version}.</source>
        <translation>Het gezinsplan van deze casus heeft geen versie {version}.</translation>
    </message>
    <message>
        <source>The database could not be opened. Reference for support: {reference}.</source>
        <translation>De database kon niet worden geopend. Referentie voor de helpdesk: {reference}.</translation>
    </message>
    <message>
        <source>You have no access to this family&apos;s file: it belongs to a team you are not a member of.</source>
        <translation>Je hebt geen toegang tot het dossier van dit gezin: het hoort bij een team waarvan je geen lid bent.</translation>
    </message>
    <message>
        <source>Case {number} does not exist.</source>
        <translation>Casus {number} bestaat niet.</translation>
    </message>
    <message>
        <source>A user name starts with a letter and has at most 63 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Een gebruikersnaam begint met een letter en heeft hoogstens 63 kleine letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A user name may not begin with &apos;pg_&apos; or &apos;{prefix}_&apos;: those names belong to the database itself.</source>
        <translation>Een gebruikersnaam mag niet beginnen met &apos;pg_&apos; of &apos;{prefix}_&apos;: die namen zijn van de database zelf.</translation>
    </message>
    <message>
        <source>The database account &apos;{login}&apos; is not registered as an active Gezinsregie user. Ask the administrator to add it with &apos;gezinsregie admin create-user&apos;.</source>
        <translation>Het databaseaccount &apos;{login}&apos; is niet geregistreerd als actieve gebruiker van Gezinsregie. Vraag de beheerder het toe te voegen met &apos;gezinsregie admin create-user&apos;.</translation>
    </message>
    <message>
        <source>The database account &apos;{login}&apos; is not a member of any team yet, so there is nothing to show. Ask the administrator to add it to a team.</source>
        <translation>Het databaseaccount &apos;{login}&apos; is nog geen lid van een team, dus er is niets te tonen. Vraag de beheerder het aan een team toe te voegen.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can consult the access log.</source>
        <translation>Alleen een leidinggevende of een beheerder kan het toegangslogboek raadplegen.</translation>
    </message>
    <message>
        <source>Only an administrator can manage users and teams.</source>
        <translation>Alleen een beheerder kan gebruikers en teams beheren.</translation>
    </message>
    <message>
        <source>The database account &apos;{login}&apos; may not manage users; sign in as an active administrator.</source>
        <translation>Het database-account &apos;{login}&apos; mag geen gebruikers beheren; log in als actieve beheerder.</translation>
    </message>
    <message>
        <source>You cannot change your own role or deactivate yourself; ask another administrator.</source>
        <translation>Je kunt je eigen rol niet wijzigen en jezelf niet deactiveren; vraag een andere beheerder.</translation>
    </message>
    <message>
        <source>The user &apos;{username}&apos; is already inactive.</source>
        <translation>De gebruiker &apos;{username}&apos; is al inactief.</translation>
    </message>
    <message>
        <source>The user &apos;{username}&apos; is already active.</source>
        <translation>De gebruiker &apos;{username}&apos; is al actief.</translation>
    </message>
    <message>
        <source>A local database file has no passwords; passwords belong to the logins of a central database.</source>
        <translation>Een lokaal databasebestand heeft geen wachtwoorden; wachtwoorden horen bij de accounts van een centrale database.</translation>
    </message>
    <message>
        <source>There is already a team called &apos;{name}&apos;.</source>
        <translation>Er is al een team met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>There is no team called &apos;{name}&apos;.</source>
        <translation>Er is geen team met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>There is no user &apos;{username}&apos;.</source>
        <translation>Er is geen gebruiker &apos;{username}&apos;.</translation>
    </message>
    <message>
        <source>The user name &apos;{username}&apos; is already taken.</source>
        <translation>De gebruikersnaam &apos;{username}&apos; is al in gebruik.</translation>
    </message>
    <message>
        <source>A worker or supervisor belongs to at least one team.</source>
        <translation>Een medewerker of leidinggevende hoort bij minstens één team.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Een wachtwoord heeft minstens {count} tekens nodig.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Vul een getal in van {low} tot {high}.</translation>
    </message>
    <message>
        <source>Management figures are for supervisors and administrators.</source>
        <translation>Managementcijfers zijn er voor teamleiders en beheerders.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Het einde van de periode ligt voor het begin.</translation>
    </message>
    <message>
        <source>Choose a period of at most {years} years.</source>
        <translation>Kies een periode van hoogstens {years} jaar.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators can see the team overview and reassign cases.</source>
        <translation>Alleen teamleiders en beheerders kunnen het teamoverzicht zien en casussen herverdelen.</translation>
    </message>
    <message>
        <source>You can only see the teams you supervise.</source>
        <translation>Je kunt alleen de teams zien waarvan je teamleider bent.</translation>
    </message>
    <message>
        <source>On the central database only an administrator can change the caseload weights.</source>
        <translation>Op de centrale database kan alleen een beheerder de caseloadgewichten wijzigen.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Kies ten minste één casus.</translation>
    </message>
    <message>
        <source>This database holds no demo: starting as another worker is only possible on the embedded demo database (&apos;gezinsregie --demo&apos;).</source>
        <translation>Deze database bevat geen demo: starten als een andere medewerker kan alleen op de ingebouwde demodatabase (&apos;gezinsregie --demo&apos;).</translation>
    </message>
    <message>
        <source>The demo has no active worker with this role to start as.</source>
        <translation>De demo heeft geen actieve medewerker met deze rol om als te starten.</translation>
    </message>
    <message>
        <source>Person {person} is not a member of family {family}.</source>
        <translation>Persoon {person} hoort niet bij gezin {family}.</translation>
    </message>
    <message>
        <source>Family {number} does not exist.</source>
        <translation>Gezin {number} bestaat niet.</translation>
    </message>
    <message>
        <source>Choose the legal ground this reason is for.</source>
        <translation>Kies de wettelijke grondslag waar deze reden bij hoort.</translation>
    </message>
    <message>
        <source>Sharing with {party} needs consent that is not on record - {missing}. Record it on the Gezin tab, or choose a legal ground with a reason.</source>
        <translation>Delen met {party} vraagt toestemming die niet is vastgelegd - {missing}. Leg die vast op het tabblad Gezin, of kies een wettelijke grondslag met een reden.</translation>
    </message>
    <message>
        <source>about {person}: nobody is recorded with parental authority</source>
        <translation>over {person}: bij niemand is gezag vastgelegd</translation>
    </message>
    <message>
        <source>about {person}: the consent must be renewed (new age rule), by {who}</source>
        <translation>over {person}: de toestemming moet worden vernieuwd (nieuwe leeftijdsregel), door {who}</translation>
    </message>
    <message>
        <source>about {person}: from {who}</source>
        <translation>over {person}: van {who}</translation>
    </message>
    <message>
        <source>Choose a part of this case&apos;s file.</source>
        <translation>Kies een deel van het dossier van deze casus.</translation>
    </message>
    <message>
        <source>A statement cannot be made on a day in the future.</source>
        <translation>Een verklaring kan niet op een dag in de toekomst zijn afgelegd.</translation>
    </message>
    <message>
        <source>The corrected text is the same as the text now.</source>
        <translation>De gecorrigeerde tekst is gelijk aan de tekst die er nu staat.</translation>
    </message>
    <message>
        <source>The offer cannot be made on a day in the future.</source>
        <translation>Het aanbod kan niet op een dag in de toekomst zijn gedaan.</translation>
    </message>
    <message>
        <source>The offer cannot be before the case was opened.</source>
        <translation>Het aanbod kan niet zijn gedaan voordat de casus werd geopend.</translation>
    </message>
    <message>
        <source>The family has an open case: a file with an open case cannot be destroyed.</source>
        <translation>Het gezin heeft een open casus: een dossier met een open casus kan niet vernietigd worden.</translation>
    </message>
    <message>
        <source>The family has an open meldcode track: its file cannot be destroyed.</source>
        <translation>Het gezin heeft een open meldcodetraject: het dossier kan niet worden vernietigd.</translation>
    </message>
    <message>
        <source>Only an administrator can review retention and destroy files.</source>
        <translation>Alleen een beheerder kan bewaartermijnen beoordelen en dossiers vernietigen.</translation>
    </message>
    <message>
        <source>The retention period has not passed: the file is kept until {date} (20 years after its last change).</source>
        <translation>De bewaartermijn is niet verstreken: het dossier wordt bewaard tot {date} (20 jaar na de laatste wijziging).</translation>
    </message>
    <message>
        <source>Record that you checked that nobody else has a substantial interest in keeping the file.</source>
        <translation>Leg vast dat je hebt gecontroleerd dat niemand anders een aanmerkelijk belang heeft bij het bewaren van het dossier.</translation>
    </message>
    <message>
        <source>There is already a destruction request for this file.</source>
        <translation>Er is al een aanvraag tot vernietiging van dit dossier.</translation>
    </message>
    <message>
        <source>There is already a request to remove old access-log entries.</source>
        <translation>Er is al een aanvraag om oude regels van het toegangslog te verwijderen.</translation>
    </message>
    <message>
        <source>No access-log entries are older than five years.</source>
        <translation>Er zijn geen regels in het toegangslog ouder dan vijf jaar.</translation>
    </message>
    <message>
        <source>You requested this destruction yourself: a second, different administrator must approve it.</source>
        <translation>Je hebt deze vernietiging zelf aangevraagd: een tweede, andere beheerder moet haar goedkeuren.</translation>
    </message>
    <message>
        <source>This request is not waiting for approval any more.</source>
        <translation>Deze aanvraag wacht niet meer op goedkeuring.</translation>
    </message>
    <message>
        <source>Only an approved request can be carried out.</source>
        <translation>Alleen een goedgekeurde aanvraag kan worden uitgevoerd.</translation>
    </message>
    <message>
        <source>This request was carried out or withdrawn already.</source>
        <translation>Deze aanvraag is al uitgevoerd of ingetrokken.</translation>
    </message>
    <message>
        <source>Choose the person&apos;s request or retention passed.</source>
        <translation>Kies &apos;op verzoek van de betrokkene&apos; of &apos;bewaartermijn verstreken&apos;.</translation>
    </message>
    <message>
        <source>Choose a young person of this family.</source>
        <translation>Kies een jeugdige van dit gezin.</translation>
    </message>
    <message>
        <source>Record a measure once the court has ruled: its start is at most a month ahead.</source>
        <translation>Leg een maatregel vast als de rechter heeft beslist: de start ligt ten hoogste een maand vooruit.</translation>
    </message>
    <message>
        <source>{name} is 18 or older at the start: a child-protection measure is for a minor.</source>
        <translation>{name} is bij de start 18 of ouder: een kinderbeschermingsmaatregel is voor een minderjarige.</translation>
    </message>
    <message>
        <source>An OTS has an end date: give the one the court set.</source>
        <translation>Een OTS heeft een einddatum: vul die van de rechter in.</translation>
    </message>
    <message>
        <source>This case already has an open crisis; end it before marking a new one.</source>
        <translation>Deze casus heeft al een open crisis; beëindig die voordat je een nieuwe meldt.</translation>
    </message>
    <message>
        <source>This crisis was followed up already.</source>
        <translation>Deze crisis is al opgevolgd.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Het einde kan niet voor de start liggen.</translation>
    </message>
    <message>
        <source>The end cannot be in the future.</source>
        <translation>Het einde kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>This crisis has ended.</source>
        <translation>Deze crisis is beëindigd.</translation>
    </message>
    <message>
        <source>A provisional OTS lasts at most three months.</source>
        <translation>Een voorlopige OTS duurt ten hoogste drie maanden.</translation>
    </message>
    <message>
        <source>An OTS lasts at most a year; extend it a year at a time.</source>
        <translation>Een OTS duurt ten hoogste een jaar; verleng hem steeds met ten hoogste een jaar.</translation>
    </message>
    <message>
        <source>A measure ends at the latest when the young person turns 18 ({date}).</source>
        <translation>Een maatregel eindigt uiterlijk als de jeugdige 18 wordt ({date}).</translation>
    </message>
    <message>
        <source>The out-of-home placement falls within the measure: from its start to its end.</source>
        <translation>De uithuisplaatsing valt binnen de maatregel: vanaf de start tot het einde.</translation>
    </message>
    <message>
        <source>Only an OTS is extended; after a provisional OTS the court orders an OTS.</source>
        <translation>Alleen een OTS wordt verlengd; na een voorlopige OTS spreekt de rechter een OTS uit.</translation>
    </message>
    <message>
        <source>The new end must be after the current end.</source>
        <translation>Het nieuwe einde moet na het huidige einde liggen.</translation>
    </message>
    <message>
        <source>An OTS is extended by at most a year at a time.</source>
        <translation>Een OTS wordt steeds met ten hoogste een jaar verlengd.</translation>
    </message>
    <message>
        <source>Choose a municipality from the list (a current Dutch municipality).</source>
        <translation>Kies een gemeente uit de lijst (een huidige Nederlandse gemeente).</translation>
    </message>
    <message>
        <source>A team works for at most {count} municipalities.</source>
        <translation>Een team werkt voor hoogstens {count} gemeenten.</translation>
    </message>
    <message>
        <source>Say how aftercare is secured: in the own network, with a free-access service, or none needed.</source>
        <translation>Geef aan hoe de nazorg is geborgd: in het eigen netwerk, bij een voorliggende voorziening, of niet nodig.</translation>
    </message>
    <message>
        <source>Choose why no aftercare is needed.</source>
        <translation>Kies waarom geen nazorg nodig is.</translation>
    </message>
    <message>
        <source>Choose at least one domain: Wmo, Wlz, Zvw, school or work, income.</source>
        <translation>Kies minstens één domein: Wmo, Wlz, Zvw, school of werk, inkomen.</translation>
    </message>
    <message>
        <source>{name} already has a transition plan: change that one.</source>
        <translation>{name} heeft al een overgangsplan: wijzig dat.</translation>
    </message>
    <message>
        <source>Only the case&apos;s director, the team&apos;s supervisors and the colleagues they added see the meldcode steps.</source>
        <translation>Alleen de regisseur van de casus, de leidinggevenden van het team en de collega&apos;s die zij toevoegden zien de meldcodestappen.</translation>
    </message>
    <message>
        <source>Only the case&apos;s director or a supervisor of the team does this.</source>
        <translation>Alleen de regisseur van de casus of een leidinggevende van het team doet dit.</translation>
    </message>
    <message>
        <source>This case already has an open meldcode track.</source>
        <translation>Deze casus heeft al een open meldcodetraject.</translation>
    </message>
    <message>
        <source>This meldcode track is closed: its decision is recorded.</source>
        <translation>Dit meldcodetraject is gesloten: het besluit is vastgelegd.</translation>
    </message>
    <message>
        <source>A correction names an entry of the same step of this track.</source>
        <translation>Een correctie noemt een vastlegging van dezelfde stap van dit traject.</translation>
    </message>
    <message>
        <source>This colleague already sees the meldcode steps.</source>
        <translation>Deze collega ziet de meldcodestappen al.</translation>
    </message>
    <message>
        <source>Answer all five questions.</source>
        <translation>Beantwoord alle vijf de vragen.</translation>
    </message>
    <message>
        <source>Weigh first (step 4): the decision follows from it.</source>
        <translation>Weeg eerst af (stap 4): het besluit volgt daaruit.</translation>
    </message>
    <message>
        <source>This decision does not follow from the weighing: change the decision or weigh again.</source>
        <translation>Dit besluit volgt niet uit de afweging: pas het besluit aan of weeg opnieuw af.</translation>
    </message>
    <message>
        <source>A meldcode track has steps 1 to 5.</source>
        <translation>Een meldcodetraject heeft stap 1 tot en met 5.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Record an evaluation</source>
        <translation>Evaluatie vastleggen</translation>
    </message>
    <message>
        <source>Looking back together on the agreed plan (version {version}, agreed {date}): are the goals being reached, and what happens next?</source>
        <translation>Samen terugkijken op het vastgestelde plan (versie {version}, vastgesteld {date}): worden de doelen gehaald, en hoe gaan we verder?</translation>
    </message>
    <message>
        <source>The evaluation</source>
        <translation>De evaluatie</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wie waren erbij</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>The team takes part and shares information only with consent. Who decides depends on age.</source>
        <translation>Het team neemt alleen deel en deelt alleen informatie met toestemming. Wie beslist, hangt af van de leeftijd.</translation>
    </message>
    <message>
        <source>e.g. given orally by Zoë and her mother</source>
        <translation>bijv. mondeling gegeven door Zoë en haar moeder</translation>
    </message>
    <message>
        <source>Who decides</source>
        <translation>Wie beslist</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>A provider&apos;s evaluation</source>
        <translation>Evaluatie van een aanbieder</translation>
    </message>
    <message>
        <source>Did the team take part in an evaluation held by a provider? Then the family&apos;s data is shared with that provider: that needs consent, or a legal ground.</source>
        <translation>Nam het team deel aan een evaluatie van een aanbieder? Dan worden gegevens van het gezin met die aanbieder gedeeld: dat vraagt toestemming of een wettelijke grondslag.</translation>
    </message>
    <message>
        <source>No, the team&apos;s own evaluation</source>
        <translation>Nee, een evaluatie van het team zelf</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Gehouden door</translation>
    </message>
    <message>
        <source>Conclusion and decision</source>
        <translation>Conclusie en besluit</translation>
    </message>
    <message>
        <source>What did we see together, in the family&apos;s words where possible?</source>
        <translation>Wat zagen we samen, waar het kan in de woorden van het gezin?</translation>
    </message>
    <message>
        <source>Choose a decision</source>
        <translation>Kies een besluit</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Score each goal on the scaling question (0-10, 10 = reached) and say how it stands.</source>
        <translation>Geef elk doel een score op de schaalvraag (0-10, 10 = bereikt) en zeg hoe het ervoor staat.</translation>
    </message>
    <message>
        <source>The agreed plan has no goals.</source>
        <translation>Het vastgestelde plan heeft geen doelen.</translation>
    </message>
    <message>
        <source>After this decision no evaluation is planned, unless you give a date.</source>
        <translation>Na dit besluit wordt geen evaluatie gepland, tenzij je een datum invult.</translation>
    </message>
    <message>
        <source>{weeks} weeks after this one (the plan&apos;s interval)</source>
        <translation>{weeks} weken na deze (de termijn van het plan)</translation>
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>Record an evaluation…</source>
        <translation>Evaluatie vastleggen…</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Evaluations held</source>
        <translation>Gehouden evaluaties</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Niet gegeven</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>{days} te laat</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Goals in this evaluation</source>
        <translation>Doelen in deze evaluatie</translation>
    </message>
    <message>
        <source>Own statement…</source>
        <translation>Eigen verklaring…</translation>
    </message>
    <message>
        <source>Record a family member&apos;s own view of this evaluation&apos;s conclusion; it is kept beside it and printed with it.</source>
        <translation>Leg de eigen kijk van een gezinslid op de conclusie van deze evaluatie vast; die wordt ernaast bewaard en meegeprint.</translation>
    </message>
    <message>
        <source>in {days}</source>
        <translation>over {days}</translation>
    </message>
    <message>
        <source>in {weeks} weeks</source>
        <translation>over {weeks} weken</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>The case is in waakvlam or closed: no evaluations are planned.</source>
        <translation>De casus is in waakvlam of afgesloten: er worden geen evaluaties gepland.</translation>
    </message>
    <message>
        <source>After the decision &quot;{decision}&quot; no next evaluation was planned.</source>
        <translation>Na het besluit ‘{decision}’ is geen volgende evaluatie gepland.</translation>
    </message>
    <message>
        <source>Evaluations are planned once the family plan has been agreed with the family.</source>
        <translation>Evaluaties worden gepland zodra het gezinsplan met het gezin is vastgesteld.</translation>
    </message>
    <message>
        <source>No evaluations yet</source>
        <translation>Nog geen evaluaties</translation>
    </message>
    <message>
        <source>An evaluation looks back on the agreed plan with the family: scores per goal, and what happens next.</source>
        <translation>Een evaluatie kijkt samen met het gezin terug op het vastgestelde plan: een score per doel, en hoe we verdergaan.</translation>
    </message>
    <message>
        <source>Evaluation of {date}: {decision}</source>
        <translation>Evaluatie van {date}: {decision}</translation>
    </message>
    <message>
        <source>Plan version {version} · recorded by {author} · present: {who}</source>
        <translation>Planversie {version} · vastgelegd door {author} · aanwezig: {who}</translation>
    </message>
    <message>
        <source>Consent: {answer}</source>
        <translation>Toestemming: {answer}</translation>
    </message>
    <message>
        <source>Conclusion of the evaluation of {date}</source>
        <translation>Conclusie van de evaluatie van {date}</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Aanbieders</translation>
    </message>
    <message>
        <source>Social team</source>
        <translation>Sociaal team</translation>
    </message>
    <message>
        <source>director</source>
        <translation>regisseur</translation>
    </message>
    <message>
        <source>Agree the family plan with the family first: an evaluation looks back on the agreed plan.</source>
        <translation>Stel eerst het gezinsplan vast met het gezin: een evaluatie kijkt terug op het vastgestelde plan.</translation>
    </message>
    <message>
        <source>To waakvlam</source>
        <translation>Naar waakvlam</translation>
    </message>
    <message>
        <source>The evaluation is saved. Set up the waakvlam now: who keeps a finger on the pulse, for how long and how often?</source>
        <translation>De evaluatie is opgeslagen. Nu de waakvlam instellen: wie houdt de vinger aan de pols, hoe lang en hoe vaak?</translation>
    </message>
    <message>
        <source>End the help</source>
        <translation>Hulp beëindigen</translation>
    </message>
    <message>
        <source>The evaluation is saved. Close the case now? Make sure aftercare is arranged in the family&apos;s own network; a closed case can be reopened.</source>
        <translation>De evaluatie is opgeslagen. De casus nu afsluiten? Zorg dat de nazorg in het eigen netwerk van het gezin geregeld is; een afgesloten casus kan weer worden heropend.</translation>
    </message>
</context>
<context>
    <name>ExtendMeasureDialog</name>
    <message>
        <source>Extend OTS</source>
        <translation>OTS verlengen</translation>
    </message>
    <message>
        <source>The OTS of {name} now ends on {date}. The court extends it by at most a year at a time; the extension is kept in the case history.</source>
        <translation>De OTS van {name} eindigt nu op {date}. De rechter verlengt steeds met ten hoogste een jaar; de verlenging blijft in de geschiedenis van de casus.</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, as the court set it</source>
        <translation>dd-mm-jjjj, zoals de rechter besliste</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>Nieuw einde</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlengen</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Choose why</source>
        <translation>Kies waarom</translation>
    </message>
    <message>
        <source>What is needed still, and what was agreed with the family?</source>
        <translation>Wat is er nog nodig, en wat is met het gezin afgesproken?</translation>
    </message>
    <message>
        <source>No evaluation</source>
        <translation>Geen evaluatie</translation>
    </message>
    <message>
        <source>Evaluation of {date}</source>
        <translation>Evaluatie van {date}</translation>
    </message>
    <message>
        <source>Why is there no evaluation to rest on?</source>
        <translation>Waarom is er geen evaluatie om op te steunen?</translation>
    </message>
    <message>
        <source>New planned end</source>
        <translation>Nieuw gepland einde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Berust op</translation>
    </message>
    <message>
        <source>Why no evaluation</source>
        <translation>Waarom geen evaluatie</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>Akkoord vragen</translation>
    </message>
    <message>
        <source>Not needed: the extension rests on the evaluation chosen.</source>
        <translation>Niet nodig: de verlenging berust op de gekozen evaluatie.</translation>
    </message>
</context>
<context>
    <name>FamilyGroupPlanDialog</name>
    <message>
        <source>Family-group plan</source>
        <translation>Familiegroepsplan</translation>
    </message>
    <message>
        <source>Before a plan is made with the team, the family is offered to make a family-group plan with its own network (Jeugdwet 4.1.2). Record when it was offered and what the family answered.</source>
        <translation>Voordat er met het team een plan wordt gemaakt, krijgt het gezin het aanbod om met het eigen netwerk een familiegroepsplan te maken (Jeugdwet 4.1.2). Leg vast wanneer het is aangeboden en wat het gezin antwoordde.</translation>
    </message>
    <message>
        <source>Choose the family&apos;s answer</source>
        <translation>Kies het antwoord van het gezin</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>Aangeboden op</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>FamilySearchModel</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Members (date of birth)</source>
        <translation>Gezinsleden (geboortedatum)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>{name} ({born})</source>
        <translation>{name} ({born})</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Geen casus</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <source>Add member</source>
        <translation>Gezinslid toevoegen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add to network</source>
        <translation>Aan netwerk toevoegen</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <source>Change address…</source>
        <translation>Adres wijzigen…</translation>
    </message>
    <message>
        <source>The family&apos;s address and the municipality it lives in</source>
        <translation>Het adres van het gezin en de gemeente waar het woont</translation>
    </message>
    <message>
        <source>Inspection and copy…</source>
        <translation>Inzage en kopie…</translation>
    </message>
    <message>
        <source>Save everything the file holds about this person as PDF and JSON (Youth Act 7.3.10, GDPR art. 15)</source>
        <translation>Bewaar alles wat het dossier over deze persoon bevat als pdf en json (Jeugdwet 7.3.10, AVG art. 15)</translation>
    </message>
    <message>
        <source>Who looked…</source>
        <translation>Wie heeft ingezien…</translation>
    </message>
    <message>
        <source>Save as PDF who read, changed, printed or exported what in this file, and when (NEN 7513)</source>
        <translation>Sla als PDF op wie wat in dit dossier heeft gelezen, gewijzigd, afgedrukt of geëxporteerd, en wanneer (NEN 7513)</translation>
    </message>
    <message>
        <source>The whole family&apos;s file…</source>
        <translation>Het dossier van het hele gezin…</translation>
    </message>
    <message>
        <source>Only the chosen member&apos;s file…</source>
        <translation>Alleen het dossier van het gekozen gezinslid…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>People around the family who can help: relatives, neighbours, friends, a coach.</source>
        <translation>Mensen om het gezin heen die kunnen helpen: familie, buren, vrienden, een trainer.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Parental authority</source>
        <translation>Gezag</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What they contribute</source>
        <translation>Wat ze bijdragen</translation>
    </message>
    <message>
        <source>{address} · municipality {name}</source>
        <translation>{address} · gemeente {name}</translation>
    </message>
    <message>
        <source>Municipality {name}</source>
        <translation>Gemeente {name}</translation>
    </message>
    <message>
        <source>No address yet</source>
        <translation>Nog geen adres</translation>
    </message>
    <message>
        <source>Remove family member</source>
        <translation>Gezinslid verwijderen</translation>
    </message>
    <message>
        <source>Remove {name} from the family? Only do this for someone entered by mistake.</source>
        <translation>{name} uit het gezin verwijderen? Doe dit alleen bij iemand die per vergissing is ingevoerd.</translation>
    </message>
    <message>
        <source>Remove from the network</source>
        <translation>Uit het netwerk verwijderen</translation>
    </message>
    <message>
        <source>Remove {name} from the family&apos;s network?</source>
        <translation>{name} uit het netwerk van het gezin verwijderen?</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Inflow: cases opened</source>
        <translation>Instroom: geopende casussen</translation>
    </message>
    <message>
        <source>Cases whose start date lies in the period.</source>
        <translation>Casussen met een startdatum in de periode.</translation>
    </message>
    <message>
        <source>Cases reopened</source>
        <translation>Heropende casussen</translation>
    </message>
    <message>
        <source>Reopenings in the period (not counted as inflow).</source>
        <translation>Heropeningen in de periode (niet meegeteld als instroom).</translation>
    </message>
    <message>
        <source>Outflow: cases closed</source>
        <translation>Uitstroom: gesloten casussen</translation>
    </message>
    <message>
        <source>Closings in the period; a case closed and reopened still counts its closing.</source>
        <translation>Afsluitingen in de periode; een casus die is gesloten en heropend, telt de afsluiting nog mee.</translation>
    </message>
    <message>
        <source>Average duration of closed cases (days)</source>
        <translation>Gemiddelde duur van gesloten casussen (dagen)</translation>
    </message>
    <message>
        <source>Closing date minus start date, for the closings in the period.</source>
        <translation>Datum van afsluiten min startdatum, voor de afsluitingen in de periode.</translation>
    </message>
    <message>
        <source>Median duration of closed cases (days)</source>
        <translation>Mediane duur van gesloten casussen (dagen)</translation>
    </message>
    <message>
        <source>The middle value of the same durations.</source>
        <translation>De middelste waarde van dezelfde doorlooptijden.</translation>
    </message>
    <message>
        <source>Involvements ended</source>
        <translation>Beëindigde inzetten</translation>
    </message>
    <message>
        <source>Involvements of providers whose actual end lies in the period.</source>
        <translation>Inzetten van aanbieders met een werkelijke einddatum in de periode.</translation>
    </message>
    <message>
        <source>Average duration of involvements (days)</source>
        <translation>Gemiddelde duur van inzetten (dagen)</translation>
    </message>
    <message>
        <source>Actual end minus start date, for the involvements ended in the period.</source>
        <translation>Werkelijk einde min startdatum, voor de inzetten die in de periode zijn beëindigd.</translation>
    </message>
    <message>
        <source>Median duration of involvements (days)</source>
        <translation>Mediane duur van inzetten (dagen)</translation>
    </message>
    <message>
        <source>Cases with help</source>
        <translation>Casussen met hulp</translation>
    </message>
    <message>
        <source>Cases with help of a provider running in the period (started by its end, not ended before its start; cancelled help does not count).</source>
        <translation>Casussen met hulp van een aanbieder die liep in de periode (gestart uiterlijk op het einde, niet beëindigd vóór het begin; geannuleerde hulp telt niet).</translation>
    </message>
    <message>
        <source>Young persons with help</source>
        <translation>Jeugdigen met hulp</translation>
    </message>
    <message>
        <source>The young persons that help was for, each counted once: those named on it, or every young person of the family for help for the family as a whole.</source>
        <translation>De jeugdigen voor wie die hulp was, elk één keer geteld: de genoemde jeugdigen, of bij hulp voor het hele gezin elke jeugdige van het gezin.</translation>
    </message>
    <message>
        <source>Cases evaluated</source>
        <translation>Geëvalueerde casussen</translation>
    </message>
    <message>
        <source>Cases with an evaluation held in the period.</source>
        <translation>Casussen met een evaluatie in de periode.</translation>
    </message>
    <message>
        <source>Cases scaled down</source>
        <translation>Afgeschaalde casussen</translation>
    </message>
    <message>
        <source>Of those, cases with at least one decision “scale down” in the period.</source>
        <translation>Daarvan de casussen met minstens één besluit „afschalen” in de periode.</translation>
    </message>
    <message>
        <source>Share scaled down</source>
        <translation>Aandeel afgeschaald</translation>
    </message>
    <message>
        <source>Cases scaled down divided by cases evaluated.</source>
        <translation>Afgeschaalde casussen gedeeld door geëvalueerde casussen.</translation>
    </message>
    <message>
        <source>Recurrence: reopenings</source>
        <translation>Terugval: heropeningen</translation>
    </message>
    <message>
        <source>Reopenings in the period from waakvlam, or within 365 days after the case was last closed.</source>
        <translation>Heropeningen in de periode vanuit de waakvlam, of binnen 365 dagen nadat de casus het laatst was gesloten.</translation>
    </message>
    <message>
        <source>of which from waakvlam</source>
        <translation>waarvan vanuit de waakvlam</translation>
    </message>
    <message>
        <source>Recurrences during a waakvlam.</source>
        <translation>Terugval tijdens een waakvlam.</translation>
    </message>
    <message>
        <source>Cases that ended help in the last 12 months</source>
        <translation>Casussen waarvan de hulp eindigde in de laatste 12 maanden</translation>
    </message>
    <message>
        <source>Cases closed or moved to waakvlam in the 12 months up to the end of the period.</source>
        <translation>Casussen die zijn gesloten of naar de waakvlam gingen in de 12 maanden tot het einde van de periode.</translation>
    </message>
    <message>
        <source>Recurrence share</source>
        <translation>Aandeel terugval</translation>
    </message>
    <message>
        <source>Cases with a recurrence in the period divided by the cases that ended help in the 12 months up to its end.</source>
        <translation>Casussen met terugval in de periode gedeeld door de casussen waarvan de hulp eindigde in de 12 maanden tot het einde ervan.</translation>
    </message>
    <message>
        <source>Help ended: aftercare in the own network</source>
        <translation>Hulp beëindigd: nazorg in het eigen netwerk</translation>
    </message>
    <message>
        <source>Involvements ended in the period whose aftercare was secured in the family&apos;s own network (a network member, and what they do).</source>
        <translation>Inzetten beëindigd in de periode waarvan de nazorg is geborgd in het eigen netwerk van het gezin (iemand uit het netwerk, en wat die doet).</translation>
    </message>
    <message>
        <source>Help ended: aftercare with free-access services</source>
        <translation>Hulp beëindigd: nazorg bij voorliggende voorzieningen</translation>
    </message>
    <message>
        <source>Involvements ended in the period whose aftercare was secured with a free-access service (named, and what it does).</source>
        <translation>Inzetten beëindigd in de periode waarvan de nazorg is geborgd bij een voorliggende voorziening (met naam, en wat die doet).</translation>
    </message>
    <message>
        <source>Help ended: no aftercare needed</source>
        <translation>Hulp beëindigd: geen nazorg nodig</translation>
    </message>
    <message>
        <source>Involvements ended in the period for which no aftercare was needed, with a reason.</source>
        <translation>Inzetten beëindigd in de periode waarvoor geen nazorg nodig was, met een reden.</translation>
    </message>
    <message>
        <source>Help ended: aftercare not recorded</source>
        <translation>Hulp beëindigd: nazorg niet vastgelegd</translation>
    </message>
    <message>
        <source>Involvements ended in the period without a record of aftercare.</source>
        <translation>Inzetten beëindigd in de periode zonder vastgelegde nazorg.</translation>
    </message>
    <message>
        <source>Crises started</source>
        <translation>Crises gestart</translation>
    </message>
    <message>
        <source>Crises (danger to life or immediate physical danger) started in the period.</source>
        <translation>Crises (levensgevaar of direct fysiek gevaar) gestart in de periode.</translation>
    </message>
    <message>
        <source>Crises ended</source>
        <translation>Crises beëindigd</translation>
    </message>
    <message>
        <source>Of the crises started in the period, those ended (up to now).</source>
        <translation>Van de crises gestart in de periode: de beëindigde (tot nu).</translation>
    </message>
    <message>
        <source>Crises still open</source>
        <translation>Crises nog open</translation>
    </message>
    <message>
        <source>Of the crises started in the period, those not ended: not in the durations.</source>
        <translation>Van de crises gestart in de periode: de niet beëindigde; niet in de duur meegeteld.</translation>
    </message>
    <message>
        <source>Average duration of crises (days)</source>
        <translation>Gemiddelde duur van crises (dagen)</translation>
    </message>
    <message>
        <source>End date minus the day of the start, for the crises ended.</source>
        <translation>Einddatum min de dag van de start, voor de beëindigde crises.</translation>
    </message>
    <message>
        <source>Median duration of crises (days)</source>
        <translation>Mediane duur van crises (dagen)</translation>
    </message>
    <message>
        <source>Crises followed up within 24 hours</source>
        <translation>Crises opgevolgd binnen 24 uur</translation>
    </message>
    <message>
        <source>Crises followed up at most 24 hours after their start, divided by the crises started in the period (one not followed up counts as late).</source>
        <translation>Crises opgevolgd uiterlijk 24 uur na hun start, gedeeld door de crises gestart in de periode (een niet opgevolgde telt als te laat).</translation>
    </message>
    <message>
        <source>After a crisis: ended without further help</source>
        <translation>Na een crisis: beëindigd zonder verdere hulp</translation>
    </message>
    <message>
        <source>Crises started in the period and ended without further help.</source>
        <translation>Crises gestart in de periode en beëindigd zonder verdere hulp.</translation>
    </message>
    <message>
        <source>After a crisis: regular help</source>
        <translation>Na een crisis: reguliere hulp</translation>
    </message>
    <message>
        <source>Crises started in the period and converted to regular help.</source>
        <translation>Crises gestart in de periode en omgezet in reguliere hulp.</translation>
    </message>
    <message>
        <source>After a crisis: out-of-home placement</source>
        <translation>Na een crisis: uithuisplaatsing</translation>
    </message>
    <message>
        <source>Crises started in the period and followed by an out-of-home placement.</source>
        <translation>Crises gestart in de periode en gevolgd door een uithuisplaatsing.</translation>
    </message>
    <message>
        <source>After a crisis: other</source>
        <translation>Na een crisis: anders</translation>
    </message>
    <message>
        <source>Crises started in the period and ended otherwise.</source>
        <translation>Crises gestart in de periode en anders beëindigd.</translation>
    </message>
    <message>
        <source>Family itself</source>
        <translation>Gezin zelf</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Free-access services</source>
        <translation>Voorliggend veld</translation>
    </message>
    <message>
        <source>Social team</source>
        <translation>Sociaal team</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>No actor recorded</source>
        <translation>Geen uitvoerder vastgelegd</translation>
    </message>
    <message>
        <source>Family and network</source>
        <translation>Gezin en netwerk</translation>
    </message>
    <message>
        <source>Professionals (social team and provider)</source>
        <translation>Professionals (sociaal team en aanbieder)</translation>
    </message>
    <message>
        <source>Goals of the current plan (the draft if there is one, else the agreed plan) of every case open at some time in the period. Shares are of the goals with an actor; goals without one are counted apart.</source>
        <translation>Doelen in het huidige plan (het concept als dat er is, anders het vastgestelde plan) van elke casus die ergens in de periode open was. Aandelen zijn van de doelen met een uitvoerder; doelen zonder uitvoerder worden apart geteld.</translation>
    </message>
    <message>
        <source>Involvements running</source>
        <translation>Lopende inzetten</translation>
    </message>
    <message>
        <source>Started in period</source>
        <translation>Gestart in periode</translation>
    </message>
    <message>
        <source>Average waiting time (days)</source>
        <translation>Gemiddelde wachttijd (dagen)</translation>
    </message>
    <message>
        <source>Longest waiting time (days)</source>
        <translation>Langste wachttijd (dagen)</translation>
    </message>
    <message>
        <source>Still waiting at end</source>
        <translation>Nog wachtend aan het eind</translation>
    </message>
    <message>
        <source>Goals evaluated</source>
        <translation>Doelen geëvalueerd</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Doelen bereikt</translation>
    </message>
    <message>
        <source>Goal realisation</source>
        <translation>Doelrealisatie</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Verlengingen</translation>
    </message>
    <message>
        <source>Extensions per involvement</source>
        <translation>Verlengingen per inzet</translation>
    </message>
    <message>
        <source>Waiting time is start minus referral date of the involvements started in the period; still waiting: referred but not started at the end of the period. Goal realisation is goals reached divided by goals evaluated: goals linked to the provider&apos;s involvements with an evaluation held in the period, reached when their latest status in the period is reached. Extensions count for the involvements running in the period.</source>
        <translation>Wachttijd is startdatum min verwijsdatum van de inzetten die in de periode zijn gestart; nog wachtend: verwezen maar aan het einde van de periode niet gestart. Doelrealisatie is bereikte doelen gedeeld door geëvalueerde doelen: doelen gekoppeld aan de inzetten van de aanbieder met een evaluatie in de periode, bereikt als hun laatste status in de periode bereikt is. Verlengingen tellen voor de inzetten die in de periode liepen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Aanbieders</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Management figures {start} to {end}, {team}</source>
        <translation>Managementcijfers {start} t/m {end}, {team}</translation>
    </message>
    <message>
        <source>all my teams</source>
        <translation>al mijn teams</translation>
    </message>
    <message>
        <source>{team}, families living in {municipality}</source>
        <translation>{team}, gezinnen wonend in {municipality}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
    <message>
        <source>Who carries the goal</source>
        <translation>Wie voert het doel uit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Productcategorie</translation>
    </message>
    <message>
        <source>Families served</source>
        <translation>Gezinnen geholpen</translation>
    </message>
    <message>
        <source>Extensions per 100 involvements</source>
        <translation>Verlengingen per 100 inzetten</translation>
    </message>
    <message>
        <source>Help ended</source>
        <translation>Hulp beëindigd</translation>
    </message>
    <message>
        <source>Lead time, median (days)</source>
        <translation>Doorlooptijd, mediaan (dagen)</translation>
    </message>
    <message>
        <source>Lead time, 80th percentile (days)</source>
        <translation>Doorlooptijd, 80e percentiel (dagen)</translation>
    </message>
    <message>
        <source>Scaled down afterwards</source>
        <translation>Daarna afgeschaald</translation>
    </message>
    <message>
        <source>Recurrence after the help</source>
        <translation>Terugval na de hulp</translation>
    </message>
    <message>
        <source>Per provider and product category. Families served and extensions: the help running in the period (not cancelled). Lead time: actual end minus start date of the help ended in the period (not cancelled); the median and the 80th percentile (the value 80% of the help stays within). Scaled down: share of that ended help followed in the same case, within 365 days after its end, by help in a lower segment (C, then B, then A). Recurrence: share of that ended help whose case was reopened, or got new help not in a lower segment, within 365 days after its end. Goal realisation: goals reached divided by goals evaluated in the period, of the goals linked to this help.</source>
        <translation>Per aanbieder en productcategorie. Gezinnen geholpen en verlengingen: de hulp die in de periode liep (niet geannuleerd). Doorlooptijd: werkelijke einddatum min startdatum van de hulp die in de periode eindigde (niet geannuleerd); de mediaan en het 80e percentiel (de waarde waarbinnen 80% van de hulp blijft). Daarna afgeschaald: aandeel van die beëindigde hulp dat in dezelfde casus, binnen 365 dagen na het einde, gevolgd werd door hulp in een lager segment (C, dan B, dan A). Terugval: aandeel van die beëindigde hulp waarvan de casus binnen 365 dagen na het einde heropend werd, of nieuwe hulp kreeg die niet in een lager segment valt. Doelrealisatie: behaalde doelen gedeeld door geëvalueerde doelen in de periode, van de doelen die aan deze hulp gekoppeld zijn.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Geen segment</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Overgangen</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Reden einde</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Met verblijf</translation>
    </message>
    <message>
        <source>Ambulatory</source>
        <translation>Ambulant</translation>
    </message>
    <message>
        <source>A step is help started in the period together with the help of the same case that started last before it; cancelled help takes no part. Segments: the steps between two different segments. Residential: youth care with a stay (iJw categories 43, 44); ambulatory: categories 41, 45, 51, 52 and 54. End reasons: the help ended in the period (not cancelled) by its iJw end reason; “Uitstroom naar ander domein” is outflow to another domain.</source>
        <translation>Een overgang is hulp die in de periode startte, samen met de hulp in dezelfde casus die als laatste daarvoor startte; geannuleerde hulp telt niet mee. Segmenten: de overgangen tussen twee verschillende segmenten. Met verblijf: jeugdhulp met verblijf (iJw-categorieën 43, 44); ambulant: categorieën 41, 45, 51, 52 en 54. Redenen einde: de hulp die in de periode eindigde (niet geannuleerd) naar iJw-reden einde; “Uitstroom naar ander domein” is uitstroom naar een ander domein.</translation>
    </message>
    <message>
        <source>Providers per category</source>
        <translation>Aanbieders per categorie</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Stromen</translation>
    </message>
    <message>
        <source>Between segments</source>
        <translation>Tussen segmenten</translation>
    </message>
    <message>
        <source>Residential and ambulatory</source>
        <translation>Verblijf en ambulant</translation>
    </message>
    <message>
        <source>Help ended by end reason</source>
        <translation>Beëindigde hulp naar reden einde</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Nu wachtend</translation>
    </message>
    <message>
        <source>Waiting time, median (days)</source>
        <translation>Wachttijd, mediaan (dagen)</translation>
    </message>
</context>
<context>
    <name>FiguresCharts</name>
    <message>
        <source>Goal realisation chart</source>
        <translation>Grafiek doelrealisatie</translation>
    </message>
    <message>
        <source>Waiting time chart</source>
        <translation>Grafiek wachttijd</translation>
    </message>
    <message>
        <source>Actors chart</source>
        <translation>Grafiek uitvoerders</translation>
    </message>
    <message>
        <source>Goal realisation per provider (%)</source>
        <translation>Doelrealisatie per aanbieder (%)</translation>
    </message>
    <message>
        <source>Goal realisation</source>
        <translation>Doelrealisatie</translation>
    </message>
    <message>
        <source>Average waiting time per provider (days)</source>
        <translation>Gemiddelde wachttijd per aanbieder (dagen)</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Who carries the goals</source>
        <translation>Wie voert de doelen uit</translation>
    </message>
    <message>
        <source>Family and network</source>
        <translation>Gezin en netwerk</translation>
    </message>
    <message>
        <source>Free-access services</source>
        <translation>Voorliggend veld</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <source>Management figures for a period and a team, from the ordinary records: inflow and outflow, durations, scaling down, recurrence, and per provider waiting time, goal realisation and extensions.</source>
        <translation>Managementcijfers voor een periode en een team, uit de gewone registratie: instroom en uitstroom, doorlooptijden, afschalen, terugval, en per aanbieder wachttijd, doelrealisatie en verlengingen.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <source>Only the families living in this municipality</source>
        <translation>Alleen de gezinnen die in deze gemeente wonen</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <source>Figures per provider</source>
        <translation>Cijfers per aanbieder</translation>
    </message>
    <message>
        <source>Management figures are for supervisors and administrators. Ask your team leader for the figures of your team.</source>
        <translation>Managementcijfers zijn er voor teamleiders en beheerders. Vraag je teamleider naar de cijfers van je team.</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Per provider</source>
        <translation>Per aanbieder</translation>
    </message>
    <message>
        <source>All my teams</source>
        <translation>Al mijn teams</translation>
    </message>
    <message>
        <source>Export the management figures</source>
        <translation>De managementcijfers exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <source>{team}, families living in {municipality}</source>
        <translation>{team}, gezinnen wonend in {municipality}</translation>
    </message>
    <message>
        <source>Figures of {start} to {end}, {team}.</source>
        <translation>Cijfers van {start} t/m {end}, {team}.</translation>
    </message>
    <message>
        <source>all my teams</source>
        <translation>al mijn teams</translation>
    </message>
    <message>
        <source>The figures could not be made.
{reason}</source>
        <translation>De cijfers konden niet worden gemaakt.
{reason}</translation>
    </message>
    <message>
        <source>Management figures {start} to {end}</source>
        <translation>Managementcijfers {start} t/m {end}</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Opgeslagen als {path}.</translation>
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
        <translation>Wie werkt er op deze computer? Bij elke wijziging die je maakt wordt je naam vastgelegd, zodat collega&apos;s weten bij wie ze terechtkunnen.</translation>
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
        <source>The municipality your team works for: proposed for every new family (optional)</source>
        <translation>De gemeente waarvoor je team werkt: wordt bij elk nieuw gezin voorgesteld (niet verplicht)</translation>
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
        <source>Its municipality</source>
        <translation>Gemeente van het team</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up recorded</source>
        <translation>Opvolging vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>The crisis started on {moment}, %n hour(s) ago. Record that it was followed up now (due within 24 hours of the start).</source>
        <translation>
            <numerusform>De crisis begon op {moment}, %n uur geleden. Leg vast dat hij nu is opgevolgd (binnen 24 uur na de start).</numerusform>
            <numerusform>De crisis begon op {moment}, %n uur geleden. Leg vast dat hij nu is opgevolgd (binnen 24 uur na de start).</numerusform>
        </translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation>Opvolging vastleggen</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Weggooien wat je hebt getypt?</translation>
    </message>
    <message>
        <source>You have typed in this form. Close it and discard what you typed?</source>
        <translation>Je hebt in dit formulier getypt. Sluiten en weggooien wat je hebt getypt?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message>
        <source>Remove goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <source>Remove the goal &quot;{goal}&quot; and its actions from this version of the plan?</source>
        <translation>Het doel ‘{goal}’ en de acties erbij uit deze versie van het plan verwijderen?</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Remove the action &quot;{action}&quot;?</source>
        <translation>De actie ‘{action}’ verwijderen?</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Change goal</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>Choose a life domain</source>
        <translation>Kies een levensgebied</translation>
    </message>
    <message>
        <source>For example: Zoë goes to school every school day</source>
        <translation>Bijvoorbeeld: Zoë gaat elke schooldag naar school</translation>
    </message>
    <message>
        <source>For example: attendance above 95% according to the school</source>
        <translation>Bijvoorbeeld: aanwezigheid boven 95% volgens de school</translation>
    </message>
    <message>
        <source>For example: mother takes Zoë to school</source>
        <translation>Bijvoorbeeld: moeder brengt Zoë naar school</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand in het bijzonder</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>target</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>0 = very worried, 10 = good enough to close</source>
        <translation>0 = grote zorgen, 10 = goed genoeg om af te sluiten</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <source>Concerns whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Goal (SMART)</source>
        <translation>Doel (SMART)</translation>
    </message>
    <message>
        <source>How do we know it is reached?</source>
        <translation>Hoe weten we dat het doel bereikt is?</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>In detail</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Network member</source>
        <translation>Netwerklid</translation>
    </message>
    <message>
        <source>Scaling question</source>
        <translation>Schaalvraag (0-10)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A goal of the safety plan</source>
        <translation>Een doel van het veiligheidsplan</translation>
    </message>
    <message>
        <source>Safety goal</source>
        <translation>Veiligheidsdoel</translation>
    </message>
</context>
<context>
    <name>GoalScoreRows</name>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Last score {score} on {date}</source>
        <translation>Laatste score {score} op {date}</translation>
    </message>
    <message>
        <source>What went well, what is next</source>
        <translation>Wat ging goed, wat is de volgende stap</translation>
    </message>
    <message>
        <source>was {score}</source>
        <translation>was {score}</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>nog geen score</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Safety goal</source>
        <translation>Veiligheidsdoel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluatie</translation>
    </message>
    <message>
        <source>{date}: {score} ({source})</source>
        <translation>{date}: {score} ({source})</translation>
    </message>
    <message>
        <source>Scaling question 0-10: now → target</source>
        <translation>Schaalvraag 0-10: nu → doel</translation>
    </message>
    <message>
        <source>The score at the start and at each evaluation</source>
        <translation>De score bij de start en bij elke evaluatie</translation>
    </message>
    <message>
        <source>As found at the evaluation of {date}; the plan says: {status}</source>
        <translation>Zo gevonden bij de evaluatie van {date}; in het plan staat: {status}</translation>
    </message>
    <message>
        <source>Help working on this goal: {providers}</source>
        <translation>Hulp die aan dit doel werkt: {providers}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reached when: {criterion}</source>
        <translation>Bereikt als: {criterion}</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Actions of the chosen goal</source>
        <translation>Acties bij het gekozen doel</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Change goal</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Change action</source>
        <translation>Actie wijzigen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Actions for: {goal}</source>
        <translation>Acties bij: {goal}</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Every step in the direction of this case, newest first. A reopened case counts as recurrence.</source>
        <translation>Elke stap in de regie van deze casus, de nieuwste bovenaan. Een heropende casus telt als recidive.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import providers</source>
        <translation>Aanbieders importeren</translation>
    </message>
    <message>
        <source>Import completed</source>
        <translation>Import gelukt</translation>
    </message>
    <message>
        <source>Every row of the file was imported.</source>
        <translation>Alle rijen van het bestand zijn geïmporteerd.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). Nothing was imported: correct the line(s) below and import the file again.</source>
        <translation>
            <numerusform>Het bestand bevat %n probleem. Er is niets geïmporteerd: verbeter de regel hieronder en importeer het bestand opnieuw.</numerusform>
            <numerusform>Het bestand bevat %n problemen. Er is niets geïmporteerd: verbeter de regels hieronder en importeer het bestand opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rijen gelezen</translation>
    </message>
    <message>
        <source>New providers</source>
        <translation>Nieuwe aanbieders</translation>
    </message>
    <message>
        <source>Changed providers</source>
        <translation>Gewijzigde aanbieders</translation>
    </message>
    <message>
        <source>New products</source>
        <translation>Nieuwe producten</translation>
    </message>
    <message>
        <source>Changed products</source>
        <translation>Gewijzigde producten</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>aanbieder</translation>
    </message>
    <message>
        <source>agb</source>
        <translation>agb</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>product code</source>
        <translation>productcode</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>Folder for the inspection copy of {name}</source>
        <translation>Map voor de inzagekopie van {name}</translation>
    </message>
    <message>
        <source>The inspection copy of {name} ({pages} pages) is saved as {pdf} and {json}.</source>
        <translation>De inzagekopie van {name} (pagina&apos;s: {pages}) is opgeslagen als {pdf} en {json}.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <source>Save and open case</source>
        <translation>Opslaan en casus openen</translation>
    </message>
    <message>
        <source>Who belongs to the family, where they live and who directs the case. Before saving, Gezinsregie checks whether the family is already known.</source>
        <translation>Wie hoort bij het gezin, waar wonen ze en wie is de regisseur? Voor het opslaan kijkt Gezinsregie of het gezin al bekend is.</translation>
    </message>
    <message>
        <source>e.g. Öztürk or Van den Berg</source>
        <translation>bijv. Öztürk of Van den Berg</translation>
    </message>
    <message>
        <source>Where the family lives; the team&apos;s municipalities come first (the first is proposed)</source>
        <translation>Waar het gezin woont; de gemeenten van het team staan bovenaan (de eerste wordt voorgesteld)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Gezinsnaam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation>Postcode en plaats</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>+ Add member</source>
        <translation>+ Gezinslid toevoegen</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Gezinsleden</translation>
    </message>
</context>
<context>
    <name>InvolvementDetail</name>
    <message>
        <source>What we agreed</source>
        <translation>Wat we hebben afgesproken</translation>
    </message>
    <message>
        <source>Who monitors</source>
        <translation>Wie monitort</translation>
    </message>
    <message>
        <source>Report back</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>Extended so far</source>
        <translation>Tot nu toe verlengd</translation>
    </message>
    <message>
        <source>Warm handover</source>
        <translation>Warme overdracht</translation>
    </message>
    <message>
        <source>Referral and period</source>
        <translation>Verwijzing en periode</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <source>Referral → start</source>
        <translation>Verwijzing → start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Works on</source>
        <translation>Werkt aan</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Extension…</source>
        <translation>Verlenging…</translation>
    </message>
    <message>
        <source>Decide on extension…</source>
        <translation>Besluiten over verlenging…</translation>
    </message>
    <message>
        <source>Report-back received…</source>
        <translation>Terugkoppeling ontvangen…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translation>Overdracht…</translation>
    </message>
    <message>
        <source>End help…</source>
        <translation>Hulp beëindigen…</translation>
    </message>
    <message>
        <source>Cancel help…</source>
        <translation>Hulp annuleren…</translation>
    </message>
    <message>
        <source>Signal…</source>
        <translation>Signaal…</translation>
    </message>
    <message>
        <source>Raise a signal about this provider to its account holder</source>
        <translation>Geef een signaal over deze aanbieder aan de accounthouder</translation>
    </message>
    <message>
        <source>{provider} – {product}</source>
        <translation>{provider} – {product}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>{count} · an extension awaits approval</source>
        <translation>{count} · een verlenging wacht op akkoord</translation>
    </message>
    <message>
        <source>the family as a whole</source>
        <translation>het hele gezin</translation>
    </message>
    <message>
        <source>{who} · extended youth care (verlengde jeugdhulp)</source>
        <translation>{who} · verlengde jeugdhulp</translation>
    </message>
    <message>
        <source>Cancelled on {date}: {reason}</source>
        <translation>Geannuleerd op {date}: {reason}</translation>
    </message>
    <message>
        <source>Planned, starts {date}</source>
        <translation>Gepland, begint op {date}</translation>
    </message>
    <message>
        <source>cancelled before the start</source>
        <translation>geannuleerd vóór de start</translation>
    </message>
    <message>
        <source>not started yet, starts {date}</source>
        <translation>nog niet gestart, begint op {date}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nog niet gestart</translation>
    </message>
    <message>
        <source>, segment {code}</source>
        <translation>, segment {code}</translation>
    </message>
    <message>
        <source>{product} ({code} {category}{segment})</source>
        <translation>{product} ({code} {category}{segment})</translation>
    </message>
    <message>
        <source>no goals linked</source>
        <translation>geen doelen gekoppeld</translation>
    </message>
    <message>
        <source>Ended {date}: {reason}</source>
        <translation>Beëindigd op {date}: {reason}</translation>
    </message>
    <message>
        <source>Referred, not started yet</source>
        <translation>Verwezen, nog niet gestart</translation>
    </message>
    <message>
        <source>Running since {date}</source>
        <translation>Loopt sinds {date}</translation>
    </message>
    <message>
        <source>no date agreed</source>
        <translation>geen datum afgesproken</translation>
    </message>
    <message>
        <source>{date} – due now</source>
        <translation>{date} – nu aan de beurt</translation>
    </message>
    <message>
        <source>referred {date}, never started</source>
        <translation>verwezen op {date}, nooit gestart</translation>
    </message>
    <message>
        <source>referred {date}, not started yet</source>
        <translation>verwezen op {date}, nog niet gestart</translation>
    </message>
    <message>
        <source>{referral} → {start} ({waiting} waiting)</source>
        <translation>{referral} → {start} ({waiting} wachttijd)</translation>
    </message>
</context>
<context>
    <name>InvolvementDialog</name>
    <message>
        <source>Add help</source>
        <translation>Hulp toevoegen</translation>
    </message>
    <message>
        <source>Change help</source>
        <translation>Hulp wijzigen</translation>
    </message>
    <message>
        <source>Who delivers what, who referred, and who directs. For help the team does not direct itself, record who monitors and how extensions are handled.</source>
        <translation>Wie levert wat, wie verwees en wie heeft de regie. Bij hulp waarvan het team niet zelf de regie heeft, leg je vast wie monitort en hoe verlengingen gaan.</translation>
    </message>
    <message>
        <source>segment {code}</source>
        <translation>segment {code}</translation>
    </message>
    <message>
        <source>Provider and product</source>
        <translation>Aanbieder en product</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Referral and period</source>
        <translation>Verwijzing en periode</translation>
    </message>
    <message>
        <source>Volume or budget</source>
        <translation>Omvang of budget</translation>
    </message>
    <message>
        <source>Sharing with the provider</source>
        <translation>Delen met de aanbieder</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Goals and note</source>
        <translation>Doelen en notitie</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>Kies een aanbieder</translation>
    </message>
    <message>
        <source>Choose a product</source>
        <translation>Kies een product</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>e.g. GP A. Jansen, Zaandam</source>
        <translation>bijv. huisarts A. Jansen, Zaandam</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cijfers</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, when known</source>
        <translation>dd-mm-jjjj, als die bekend is</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <source>Referrer&apos;s name</source>
        <translation>Naam verwijzer</translation>
    </message>
    <message>
        <source>Referrer&apos;s AGB code</source>
        <translation>AGB-code verwijzer</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Verwijsdatum</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Verlengde jeugdhulp: extended youth care after 18 (at most until the 23rd birthday)</source>
        <translation>Verlengde jeugdhulp: jeugdhulp na 18 jaar (hooguit tot de 23e verjaardag)</translation>
    </message>
    <message>
        <source>The family as a whole</source>
        <translation>Het hele gezin</translation>
    </message>
    <message>
        <source>These young persons:</source>
        <translation>Deze jeugdigen:</translation>
    </message>
    <message>
        <source>{name} ({age})</source>
        <translation>{name} ({age})</translation>
    </message>
    <message>
        <source>Help for</source>
        <translation>Hulp voor</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>hoe vaak</translation>
    </message>
    <message>
        <source>in euros, e.g. 4.500,00</source>
        <translation>in euro&apos;s, bijv. 4.500,00</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Vastleggen als</translation>
    </message>
    <message>
        <source>The team shares the family&apos;s data with this provider (referral, warm handover)</source>
        <translation>Het team deelt gegevens van het gezin met deze aanbieder (verwijzing, warme overdracht)</translation>
    </message>
    <message>
        <source>The team directs; the provider delivers part of the plan.</source>
        <translation>Het team heeft de regie; de aanbieder doet een deel van het plan.</translation>
    </message>
    <message>
        <source>Multi-complex help: the provider holds the daily direction, the team the process direction.</source>
        <translation>Multicomplexe hulp: de aanbieder heeft de dagelijkse regie, het team de procesregie.</translation>
    </message>
    <message>
        <source>Another party directs (e.g. the family guardian during an OTS, or the GP); the team cooperates.</source>
        <translation>Een andere partij heeft de regie (bijv. de gezinsvoogd bij een OTS, of de huisarts); het team werkt mee.</translation>
    </message>
    <message>
        <source>Who directs</source>
        <translation>Wie heeft de regie</translation>
    </message>
    <message>
        <source>Daily direction with</source>
        <translation>Dagelijkse regie bij</translation>
    </message>
    <message>
        <source>Referred by someone else than the municipality, or directed elsewhere: say who monitors this help and how extensions are handled.</source>
        <translation>Verwezen door een ander dan de gemeente, of regie elders: leg vast wie deze hulp monitort en hoe verlengingen gaan.</translation>
    </message>
    <message>
        <source>e.g. the GP with the practice&apos;s youth nurse</source>
        <translation>bijv. de huisarts met de POH-GGZ jeugd</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, when agreed</source>
        <translation>dd-mm-jjjj, als die is afgesproken</translation>
    </message>
    <message>
        <source>e.g. an extension only after consulting the director, with an interim evaluation</source>
        <translation>bijv. verlengen alleen na overleg met de regisseur, met een tussenevaluatie</translation>
    </message>
    <message>
        <source>Who monitors</source>
        <translation>Wie monitort</translation>
    </message>
    <message>
        <source>Report back on</source>
        <translation>Terugkoppeling op</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>The plan has no goals yet; link them later.</source>
        <translation>Het plan heeft nog geen doelen; koppel ze later.</translation>
    </message>
    <message>
        <source>Works on goals</source>
        <translation>Werkt aan doelen</translation>
    </message>
    <message>
        <source>Anything else that was agreed</source>
        <translation>Wat verder is afgesproken</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Check the young persons the help is for, or choose the family as a whole.</source>
        <translation>Vink de jeugdigen aan voor wie de hulp is, of kies het hele gezin.</translation>
    </message>
    <message>
        <source>Give an amount in euros, e.g. 4.500,00.</source>
        <translation>Vul een bedrag in euro&apos;s in, bijv. 4.500,00.</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>de aanbieder</translation>
    </message>
    <message>
        <source>Directed by</source>
        <translation>Regie bij</translation>
    </message>
    <message>
        <source>e.g. the family guardian of the certified institution</source>
        <translation>bijv. de gezinsvoogd van de gecertificeerde instelling</translation>
    </message>
    <message>
        <source>{name} turns 23 on {date}: extended youth care ends then at the latest. Choose an earlier planned end.</source>
        <translation>{name} wordt 23 op {date}: verlengde jeugdhulp stopt dan uiterlijk. Kies een eerder gepland einde.</translation>
    </message>
    <message>
        <source>{name} turns 23 on {date}: help under the Jeugdwet ends for them then.</source>
        <translation>{name} wordt 23 op {date}: jeugdhulp onder de Jeugdwet stopt dan voor deze jeugdige.</translation>
    </message>
    <message>
        <source>{name} turned 18 on {date}: help under the Jeugdwet needs extended youth care (verlengde jeugdhulp).</source>
        <translation>{name} is 18 geworden op {date}: jeugdhulp onder de Jeugdwet kan alleen als verlengde jeugdhulp.</translation>
    </message>
    <message>
        <source>{name} turns 18 on {date}: help under the Jeugdwet ends then, unless it is extended (verlengde jeugdhulp).</source>
        <translation>{name} wordt 18 op {date}: jeugdhulp onder de Jeugdwet stopt dan, tenzij die wordt verlengd (verlengde jeugdhulp).</translation>
    </message>
</context>
<context>
    <name>InvolvementSteps</name>
    <message>
        <source>End help</source>
        <translation>Hulp beëindigen</translation>
    </message>
    <message>
        <source>The help of {providers} ends. Is aftercare arranged, in the family&apos;s own network or with free-access services?</source>
        <translation>De hulp van {providers} stopt. Is de nazorg geregeld, in het eigen netwerk van het gezin of met voorliggende voorzieningen?</translation>
    </message>
    <message>
        <source>The running help ends: {providers}. Is aftercare arranged, in the family&apos;s own network or with free-access services?</source>
        <translation>De lopende hulp stopt: {providers}. Is de nazorg geregeld, in het eigen netwerk van het gezin of met voorliggende voorzieningen?</translation>
    </message>
    <message>
        <source>Cancel help</source>
        <translation>Hulp annuleren</translation>
    </message>
    <message>
        <source>The help of {provider} has not started yet. Cancelled, it ends today and counts as never delivered.</source>
        <translation>De hulp van {provider} is nog niet begonnen. Geannuleerd eindigt ze vandaag en telt ze als nooit geleverd.</translation>
    </message>
    <message>
        <source>Extend help</source>
        <translation>Hulp verlengen</translation>
    </message>
    <message>
        <source>Planned end now: {date}. Extended so far: {count}.</source>
        <translation>Gepland einde nu: {date}. Tot nu toe verlengd: {count}.</translation>
    </message>
    <message>
        <source>Agreed about extensions: {policy}</source>
        <translation>Afspraak over verlengen: {policy}</translation>
    </message>
    <message>
        <source>A supervisor of the team approves an extension before it takes effect.</source>
        <translation>Een leidinggevende van het team geeft akkoord voordat een verlenging ingaat.</translation>
    </message>
    <message>
        <source>Decide on an extension</source>
        <translation>Besluiten over een verlenging</translation>
    </message>
    <message>
        <source>{asker} asks to extend the help of {provider} (extension {number}) from {previous} to {new}.
Reason: {reason}. {note}
{ground}</source>
        <translation>{asker} vraagt de hulp van {provider} te verlengen (verlenging {number}) van {previous} tot {new}.
Reden: {reason}. {note}
{ground}</translation>
    </message>
    <message>
        <source>Rests on the evaluation of {date}.</source>
        <translation>Berust op de evaluatie van {date}.</translation>
    </message>
    <message>
        <source>No evaluation: {why}</source>
        <translation>Geen evaluatie: {why}</translation>
    </message>
    <message>
        <source>Warm handover</source>
        <translation>Warme overdracht</translation>
    </message>
    <message>
        <source>How far is the handover to {provider}? Referred, taken over (the provider knows the family and the plan), or started.</source>
        <translation>Hoe ver is de overdracht aan {provider}? Verwezen, overgenomen (de aanbieder kent het gezin en het plan), of gestart.</translation>
    </message>
    <message>
        <source>Report-back received</source>
        <translation>Terugkoppeling ontvangen</translation>
    </message>
    <message>
        <source>{provider} reported back. Write what was said in the journal. When is the next report-back?</source>
        <translation>{provider} heeft teruggekoppeld. Schrijf in het journaal wat er is gezegd. Wanneer is de volgende terugkoppeling?</translation>
    </message>
</context>
<context>
    <name>InvolvementsTab</name>
    <message>
        <source>Add help…</source>
        <translation>Hulp toevoegen…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Help and direction</source>
        <translation>Hulp en regie</translation>
    </message>
    <message>
        <source>AGB {code}</source>
        <translation>AGB {code}</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <source>Referral → start</source>
        <translation>Verwijzing → start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>the whole family</source>
        <translation>het hele gezin</translation>
    </message>
    <message>
        <source>extended youth care</source>
        <translation>verlengde jeugdhulp</translation>
    </message>
    <message>
        <source>For the family as a whole</source>
        <translation>Voor het hele gezin</translation>
    </message>
    <message>
        <source>never started</source>
        <translation>nooit gestart</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>nog niet gestart</translation>
    </message>
    <message>
        <source>{days} waiting</source>
        <translation>{days} wachttijd</translation>
    </message>
    <message>
        <source>lasting {duration}</source>
        <translation>loopt {duration}</translation>
    </message>
    <message>
        <source>monitoring: {who}</source>
        <translation>monitoring: {who}</translation>
    </message>
    <message>
        <source>Planned {date}</source>
        <translation>Gepland {date}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Cancelled {date}</source>
        <translation>Geannuleerd {date}</translation>
    </message>
    <message>
        <source>handover: {handover}</source>
        <translation>overdracht: {handover}</translation>
    </message>
    <message>
        <source>{running} running, {planned} planned, {ended} ended</source>
        <translation>{running} lopend, {planned} gepland, {ended} beëindigd</translation>
    </message>
    <message>
        <source>Provider and product</source>
        <translation>Aanbieder en product</translation>
    </message>
    <message>
        <source>segment {code}</source>
        <translation>segment {code}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>extended {count}×</source>
        <translation>{count}× verlengd</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>niet verlengd</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Ended {date}</source>
        <translation>Beëindigd {date}</translation>
    </message>
    <message>
        <source>This case is in waakvlam. Help is added again after the case has been reopened.</source>
        <translation>Deze casus is in waakvlam. Hulp voeg je weer toe nadat de casus is heropend.</translation>
    </message>
    <message>
        <source>This case is closed; its help can be read but not changed.</source>
        <translation>Deze casus is afgesloten; de hulp is te lezen maar niet te wijzigen.</translation>
    </message>
    <message>
        <source>No help recorded yet. Add the help of a provider with &quot;Add help&quot;: who referred, who directs, and what was agreed about monitoring and extensions.</source>
        <translation>Nog geen hulp vastgelegd. Leg de hulp van een aanbieder vast met ‘Hulp toevoegen’: wie verwees, wie de regie heeft, en wat is afgesproken over monitoren en verlengen.</translation>
    </message>
</context>
<context>
    <name>JournalForm</name>
    <message>
        <source>What happened, what was agreed, what is next?</source>
        <translation>Wat is er gebeurd, wat is afgesproken, wat is de volgende stap?</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leegmaken</translation>
    </message>
    <message>
        <source>Change entry of {date}</source>
        <translation>Notitie van {date} wijzigen</translation>
    </message>
    <message>
        <source>Save change</source>
        <translation>Wijziging opslaan</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Wijziging annuleren</translation>
    </message>
    <message>
        <source>Discard text</source>
        <translation>Tekst weggooien</translation>
    </message>
    <message>
        <source>Discard what you typed in this entry?</source>
        <translation>Wat je in deze notitie hebt getypt weggooien?</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Search in the journal</source>
        <translation>Zoeken in het journaal</translation>
    </message>
    <message>
        <source>Search in the journal…</source>
        <translation>Zoeken in het journaal…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journaalnotities</translation>
    </message>
    <message>
        <source>Change this entry</source>
        <translation>Deze notitie wijzigen</translation>
    </message>
    <message>
        <source>Own statement…</source>
        <translation>Eigen verklaring…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Journaalnotitie</translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries found</source>
        <translation>
            <numerusform>%n notitie gevonden</numerusform>
            <numerusform>%n notities gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an entry to read it in full.</source>
        <translation>Kies een notitie om die helemaal te lezen.</translation>
    </message>
    <message>
        <source>No entries yet. Write the first one on the right.</source>
        <translation>Nog geen notities. Schrijf de eerste hiernaast.</translation>
    </message>
    <message>
        <source>{date} · {kind} · {author}</source>
        <translation>{date} · {kind} · {author}</translation>
    </message>
    <message>
        <source>Journal entry of {date}</source>
        <translation>Journaalregel van {date}</translation>
    </message>
    <message>
        <source>The entry you are writing has not been saved yet.</source>
        <translation>De notitie die je aan het schrijven bent, is nog niet opgeslagen.</translation>
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
        <source>At the person&apos;s request (Youth Act 7.3.9)</source>
        <translation>Op verzoek van de betrokkene (Jeugdwet 7.3.9)</translation>
    </message>
    <message>
        <source>Retention period passed (Youth Act 7.3.8)</source>
        <translation>Bewaartermijn verstreken (Jeugdwet 7.3.8)</translation>
    </message>
    <message>
        <source>Access log older than five years (NEN 7513)</source>
        <translation>Toegangslog ouder dan vijf jaar (NEN 7513)</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Being carried out</source>
        <translation>Wordt uitgevoerd</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Nog geen plan</translation>
    </message>
</context>
<context>
    <name>LogPurgeRequestDialog</name>
    <message>
        <source>Request removal of old access-log entries</source>
        <translation>Verwijderen van oude regels uit het toegangslog aanvragen</translation>
    </message>
    <message>
        <source>Access-log entries are kept five years (NEN 7513). A second administrator must approve the removal; what stays is a record of the number removed and the cut-off day.</source>
        <translation>Regels van het toegangslog worden vijf jaar bewaard (NEN 7513). Een tweede beheerder moet het verwijderen goedkeuren; wat blijft is een aantekening van het aantal en de grensdatum.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries from before {day}</source>
        <translation>
            <numerusform>%n regel van voor {day}</numerusform>
            <numerusform>%n regels van voor {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Aanvragen</translation>
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
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Team overview</source>
        <translation>Teamoverzicht</translation>
    </message>
    <message>
        <source>Find family</source>
        <translation>Zoek gezin</translation>
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
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
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
        <source>Today ({count})</source>
        <translation>Vandaag ({count})</translation>
    </message>
    <message>
        <source>1 item overdue or due this week</source>
        <translation>1 actie te laat of voor deze week</translation>
    </message>
    <message>
        <source>{count} items overdue or due this week</source>
        <translation>{count} acties te laat of voor deze week</translation>
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
    <name>MarkCrisisDialog</name>
    <message>
        <source>Report a crisis</source>
        <translation>Crisis melden</translation>
    </message>
    <message>
        <source>A crisis is danger to life or immediate physical danger. It starts now and is followed up within 24 hours; crisis help is temporary, usually less than four weeks.</source>
        <translation>Een crisis is levensgevaar of direct fysiek gevaar. Hij begint nu en wordt binnen 24 uur opgevolgd; crisishulp is tijdelijk, meestal korter dan vier weken.</translation>
    </message>
    <message>
        <source>What is going on (optional)</source>
        <translation>Wat er aan de hand is (niet verplicht)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Report crisis</source>
        <translation>Crisis melden</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Child-protection measure</source>
        <translation>Kinderbeschermingsmaatregel</translation>
    </message>
    <message>
        <source>Change measure</source>
        <translation>Maatregel wijzigen</translation>
    </message>
    <message>
        <source>A provisional OTS lasts at most three months, an OTS at most a year (extended a year at a time); a measure ends at the latest when the young person turns 18. While it runs the family guardian of the certified institution directs.</source>
        <translation>Een voorlopige OTS duurt ten hoogste drie maanden, een OTS ten hoogste een jaar (steeds met ten hoogste een jaar verlengd); een maatregel eindigt uiterlijk als de jeugdige 18 wordt. Zolang hij loopt, heeft de jeugdbeschermer van de gecertificeerde instelling de regie.</translation>
    </message>
    <message>
        <source>Choose a young person</source>
        <translation>Kies een jeugdige</translation>
    </message>
    <message>
        <source>{name} ({age})</source>
        <translation>{name} ({age})</translation>
    </message>
    <message>
        <source>Choose the measure</source>
        <translation>Kies de maatregel</translation>
    </message>
    <message>
        <source>the certified institution (GI)</source>
        <translation>de gecertificeerde instelling (GI)</translation>
    </message>
    <message>
        <source>the family guardian (jeugdbeschermer)</source>
        <translation>de jeugdbeschermer</translation>
    </message>
    <message>
        <source>phone number or e-mail</source>
        <translation>telefoonnummer of e-mail</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, as the court set it</source>
        <translation>dd-mm-jjjj, zoals de rechter besliste</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, if placed out of home</source>
        <translation>dd-mm-jjjj, bij een uithuisplaatsing</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Certified institution</source>
        <translation>Gecertificeerde instelling</translation>
    </message>
    <message>
        <source>Family guardian</source>
        <translation>Jeugdbeschermer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Out-of-home placement</source>
        <translation>Uithuisplaatsing</translation>
    </message>
</context>
<context>
    <name>Meldcode</name>
    <message>
        <source>1. Is there a suspicion of domestic violence or child abuse?</source>
        <translation>1. Is er een vermoeden van huiselijk geweld of kindermishandeling?</translation>
    </message>
    <message>
        <source>2. Is there acute or structural unsafety?</source>
        <translation>2. Is er sprake van acute of structurele onveiligheid?</translation>
    </message>
    <message>
        <source>3. Can we give or organise effective help?</source>
        <translation>3. Kunnen wij passende hulp bieden of organiseren?</translation>
    </message>
    <message>
        <source>4. Do those involved accept this help?</source>
        <translation>4. Aanvaarden de betrokkenen deze hulp?</translation>
    </message>
    <message>
        <source>5. Does the help lead to lasting safety within the agreed time?</source>
        <translation>5. Leidt de hulp binnen de afgesproken tijd tot duurzame veiligheid?</translation>
    </message>
    <message>
        <source>suspicion</source>
        <translation>vermoeden</translation>
    </message>
    <message>
        <source>acute or structural unsafety</source>
        <translation>acute of structurele onveiligheid</translation>
    </message>
    <message>
        <source>help possible</source>
        <translation>hulp mogelijk</translation>
    </message>
    <message>
        <source>help accepted</source>
        <translation>hulp aanvaard</translation>
    </message>
    <message>
        <source>lasting safety</source>
        <translation>duurzame veiligheid</translation>
    </message>
    <message>
        <source>1. Signals mapped</source>
        <translation>1. Signalen in kaart gebracht</translation>
    </message>
    <message>
        <source>2. Colleague consulted, Veilig Thuis asked for advice</source>
        <translation>2. Collegiaal overleg, advies van Veilig Thuis</translation>
    </message>
    <message>
        <source>3. Conversation with those involved</source>
        <translation>3. Gesprek met de betrokkene(n)</translation>
    </message>
    <message>
        <source>4. Weighing with the assessment framework</source>
        <translation>4. Afweging met het afwegingskader</translation>
    </message>
    <message>
        <source>5. Decision: report and/or help</source>
        <translation>5. Besluit: melden en/of hulp bieden</translation>
    </message>
</context>
<context>
    <name>MeldcodeSection</name>
    <message>
        <source>Meldcode steps</source>
        <translation>Meldcodestappen</translation>
    </message>
    <message>
        <source>Open track</source>
        <translation>Traject openen</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>Stap vastleggen</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <source>Readers…</source>
        <translation>Lezers…</translation>
    </message>
    <message>
        <source>Meldcode</source>
        <translation>Meldcode</translation>
    </message>
    <message>
        <source>The steps of the meldcode for domestic violence and child abuse. Only the director, the team&apos;s supervisors and the colleagues they add see the steps; reading them is logged.</source>
        <translation>De stappen van de meldcode huiselijk geweld en kindermishandeling. Alleen de regisseur, de leidinggevenden van het team en de collega&apos;s die zij toevoegen zien de stappen; inzage wordt gelogd.</translation>
    </message>
    <message>
        <source>No meldcode track on this case.</source>
        <translation>Geen meldcodetraject op deze casus.</translation>
    </message>
    <message numerus="yes">
        <source>Open since {date} (%n day(s)).</source>
        <translation>
            <numerusform>Open sinds {date} (%n dag).</numerusform>
            <numerusform>Open sinds {date} (%n dagen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed on {date}: the decision is recorded.</source>
        <translation>Gesloten op {date}: het besluit is vastgelegd.</translation>
    </message>
    <message>
        <source>You do not see its steps: ask the case&apos;s director or a supervisor.</source>
        <translation>Je ziet de stappen niet: vraag de regisseur van de casus of een leidinggevende.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add family member</source>
        <translation>Gezinslid toevoegen</translation>
    </message>
    <message>
        <source>Change family member</source>
        <translation>Gezinslid wijzigen</translation>
    </message>
    <message>
        <source>Has parental authority (gezag)</source>
        <translation>Heeft ouderlijk gezag</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Gezag</translation>
    </message>
    <message>
        <source>e.g. van der</source>
        <translation>bijv. van der</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Has parental authority (gezag)</source>
        <translation>Heeft ouderlijk gezag</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Remove this member</source>
        <translation>Dit gezinslid weghalen</translation>
    </message>
</context>
<context>
    <name>MunicipalityCombo</name>
    <message>
        <source>Type a name or CBS code</source>
        <translation>Typ een naam of CBS-code</translation>
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
    <name>NetworkMemberDialog</name>
    <message>
        <source>Add to the network</source>
        <translation>Toevoegen aan het netwerk</translation>
    </message>
    <message>
        <source>Change network member</source>
        <translation>Netwerklid wijzigen</translation>
    </message>
    <message>
        <source>Grandparents, neighbours, a coach or a friend: who around the family can help?</source>
        <translation>Opa en oma, buren, een trainer of een vriend: wie om het gezin heen kan helpen?</translation>
    </message>
    <message>
        <source>e.g. grandmother, neighbour, football coach</source>
        <translation>bijv. oma, buurvrouw, voetbaltrainer</translation>
    </message>
    <message>
        <source>Phone number or e-mail</source>
        <translation>Telefoonnummer of e-mail</translation>
    </message>
    <message>
        <source>e.g. picks the children up from school on Wednesdays</source>
        <translation>bijv. haalt de kinderen op woensdag uit school</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What they contribute</source>
        <translation>Wat ze bijdragen</translation>
    </message>
</context>
<context>
    <name>OpenTracksModel</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dagen open</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>OpenTracksPanel</name>
    <message>
        <source>Open meldcode tracks</source>
        <translation>Open meldcodetrajecten</translation>
    </message>
    <message>
        <source>No open meldcode track in this team.</source>
        <translation>Geen open meldcodetraject in dit team.</translation>
    </message>
    <message>
        <source>Longest open first: a track stays open until its decision is recorded.</source>
        <translation>Langst open eerst: een traject blijft open tot het besluit is vastgelegd.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>Datum invullen</translation>
    </message>
</context>
<context>
    <name>PageLabels</name>
    <message>
        <source>Interim evaluation of the family plan</source>
        <translation>Tussenevaluatie van het gezinsplan</translation>
    </message>
    <message>
        <source>Within six weeks of the start</source>
        <translation>Binnen zes weken na de start</translation>
    </message>
    <message>
        <source>Offer it and record the family&apos;s answer</source>
        <translation>Bied het aan en leg het antwoord van het gezin vast</translation>
    </message>
    <message>
        <source>Within 24 hours of the start</source>
        <translation>Binnen 24 uur na de start</translation>
    </message>
    <message>
        <source>End the crisis or convert it to regular help</source>
        <translation>Beëindig de crisis of zet hem om in reguliere hulp</translation>
    </message>
</context>
<context>
    <name>ParticipantsList</name>
    <message>
        <source>Others, e.g. mentor of De Regenboog</source>
        <translation>Anderen, bijv. mentor van De Regenboog</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Database passphrase</source>
        <translation>Wachtwoordzin van de database</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>Minstens {count} tekens</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhaal</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Beveiligen</translation>
    </message>
    <message>
        <source>That passphrase does not open the database. Try again.</source>
        <translation>Die wachtwoordzin klopt niet: de database gaat er niet mee open. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring holds no key for this database. If it is protected with a passphrase, enter it.</source>
        <translation>De sleutelbos van deze computer bevat geen sleutel voor deze database. Is de database met een wachtwoordzin beveiligd, voer die dan in.</translation>
    </message>
    <message>
        <source>Gezinsregie keeps its database encrypted. This computer has no keyring (a safe place for passwords) to keep the key in, so choose a passphrase instead. You will need it every time Gezinsregie starts; without it the data cannot be recovered.</source>
        <translation>Gezinsregie bewaart de database versleuteld. Deze computer heeft geen sleutelbos (een veilige plek voor wachtwoorden) om de sleutel in te bewaren, kies daarom een wachtwoordzin. Die heb je elke keer nodig als Gezinsregie start; zonder de wachtwoordzin zijn de gegevens niet terug te halen.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the database key in. Enter the passphrase that protects the database.</source>
        <translation>Deze computer heeft geen sleutelbos om de sleutel van de database in te bewaren. Voer de wachtwoordzin in die de database beveiligt.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Voer de wachtwoordzin in.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>Een wachtwoordzin heeft minstens {count} tekens.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen zijn verschillend.</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Confidential — contains personal data; do not pass on without the family&apos;s permission</source>
        <translation>Vertrouwelijk — bevat persoonsgegevens; niet verder verspreiden zonder toestemming van het gezin</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Afgedrukt op {date}</translation>
    </message>
    <message>
        <source>content code {code}</source>
        <translation>inhoudscode {code}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>CONCEPT</translation>
    </message>
    <message>
        <source>FAMILY PLAN</source>
        <translation>GEZINSPLAN</translation>
    </message>
    <message>
        <source>Family plan {family}</source>
        <translation>Gezinsplan {family}</translation>
    </message>
    <message>
        <source>Family plan · {family}</source>
        <translation>Gezinsplan · {family}</translation>
    </message>
    <message>
        <source>Version {version} · agreed on {date}</source>
        <translation>Versie {version} · vastgesteld op {date}</translation>
    </message>
    <message>
        <source>Version {version} · agreed on {date} with {who}</source>
        <translation>Versie {version} · vastgesteld op {date} met {who}</translation>
    </message>
    <message>
        <source>Version {version} · draft of {date}, not agreed yet</source>
        <translation>Versie {version} · concept van {date}, nog niet vastgesteld</translation>
    </message>
    <message>
        <source>Version {version} of {date} · replaced by a newer version</source>
        <translation>Versie {version} van {date} · vervangen door een nieuwere versie</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>{team}, via the social team</source>
        <translation>via het sociaal team, {team}</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>Plandatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Family-group plan</source>
        <translation>Familiegroepsplan</translation>
    </message>
    <message>
        <source>This is our family plan. We made it together: what we want to achieve, who helps with what, and what we agreed. We look at it together regularly and change it when that is needed.</source>
        <translation>Dit is ons gezinsplan. We hebben het samen gemaakt: wat we willen bereiken, wie waarbij helpt en wat we hebben afgesproken. We kijken er regelmatig samen naar en passen het aan als dat nodig is.</translation>
    </message>
    <message>
        <source>Our family</source>
        <translation>Ons gezin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Parent (with parental authority)</source>
        <translation>Ouder (met gezag)</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Ouder of verzorger</translation>
    </message>
    <message>
        <source>Child, {age} years</source>
        <translation>Kind, {age} jaar</translation>
    </message>
    <message>
        <source>Our network</source>
        <translation>Ons netwerk</translation>
    </message>
    <message>
        <source>The people around us who help.</source>
        <translation>De mensen om ons heen die helpen.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat doet diegene</translation>
    </message>
    <message>
        <source>Our request for help</source>
        <translation>Onze hulpvraag</translation>
    </message>
    <message>
        <source>In our own words</source>
        <translation>In onze eigen woorden</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Zorgen</translation>
    </message>
    <message>
        <source>What are we worried about?</source>
        <translation>Waar maken we ons zorgen over?</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Krachten</translation>
    </message>
    <message>
        <source>What is going well?</source>
        <translation>Wat gaat er goed?</translation>
    </message>
    <message>
        <source>Desired future</source>
        <translation>Gewenste toekomst</translation>
    </message>
    <message>
        <source>What does life look like when things go well?</source>
        <translation>Hoe ziet ons leven eruit als het goed gaat?</translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation>Nog niet ingevuld.</translation>
    </message>
    <message>
        <source>Our goals</source>
        <translation>Onze doelen</translation>
    </message>
    <message>
        <source>What can we do ourselves, what do we do together, and what do we leave to others?</source>
        <translation>Wat kunnen we zelf, wat doen we samen, en wat laten we anderen doen?</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>No goals have been written down yet.</source>
        <translation>Er zijn nog geen doelen opgeschreven.</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Doel {number}</translation>
    </message>
    <message>
        <source>This is how we know it worked</source>
        <translation>Zo weten we dat het gelukt is</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation>Het hele gezin</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Score now</source>
        <translation>Score nu</translation>
    </message>
    <message>
        <source>{score} of 10</source>
        <translation>{score} van 10</translation>
    </message>
    <message>
        <source>goal {score}</source>
        <translation>doel {score}</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>nog geen score</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Nog niet bepaald</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Wat we afspreken</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Inspection and copy: {name}</source>
        <translation>Inzage en kopie: {name}</translation>
    </message>
    <message>
        <source>INSPECTION AND COPY</source>
        <translation>INZAGE EN KOPIE</translation>
    </message>
    <message>
        <source>Everything the file holds about you, as of {date}</source>
        <translation>Alles wat het dossier over je bevat, op {date}</translation>
    </message>
    <message>
        <source>You have the right to see what the social team records about you and to receive a copy (Youth Act article 7.3.10, GDPR article 15). This document holds everything the file holds about you; a file with the same content in a machine-readable form (JSON) comes with it. If something is wrong or incomplete, you may ask for it to be corrected or add your own statement.</source>
        <translation>Je hebt het recht om te zien wat het sociaal team over je vastlegt en daarvan een kopie te krijgen (Jeugdwet artikel 7.3.10, AVG artikel 15). Dit document bevat alles wat het dossier over je bevat; een bestand met dezelfde inhoud in een machineleesbare vorm (JSON) hoort erbij. Klopt er iets niet of ontbreekt er iets, dan kun je vragen om het te verbeteren of je eigen verklaring toevoegen.</translation>
    </message>
    <message>
        <source>Inspection and copy - {name}</source>
        <translation>Inzage en kopie - {name}</translation>
    </message>
    <message>
        <source>WHO LOOKED AT THE FILE</source>
        <translation>WIE HEEFT HET DOSSIER INGEZIEN</translation>
    </message>
    <message>
        <source>Who looked at the file of {family}</source>
        <translation>Wie heeft het dossier van {family} ingezien</translation>
    </message>
    <message>
        <source>Who looked at the file of {name}</source>
        <translation>Wie heeft het dossier van {name} ingezien</translation>
    </message>
    <message>
        <source>From the access log, up to {date} at {time}</source>
        <translation>Uit het toegangslog, tot {date} om {time}</translation>
    </message>
    <message>
        <source>Who looked at the file - {name}</source>
        <translation>Wie heeft het dossier ingezien - {name}</translation>
    </message>
    <message>
        <source>Everyone who reads, changes, prints or saves something in a family&apos;s file is recorded in the access log (NEN 7513). You may ask who did so (GDPR article 15). Below is every recorded moment, by day, on Dutch time: who it was, in which function and team, on whose behalf when they acted for a colleague, what they did with which part of the file, and from which computer (the workstation). Entries are kept five years.</source>
        <translation>Iedereen die iets in het dossier van een gezin leest, wijzigt, afdrukt of opslaat, wordt vastgelegd in het toegangslog (NEN 7513). Je mag vragen wie dat heeft gedaan (AVG artikel 15). Hieronder staat elk vastgelegd moment, per dag, in Nederlandse tijd: wie het was, in welke functie en welk team, namens wie als diegene voor een collega handelde, wat er met welk deel van het dossier is gedaan, en vanaf welke computer (de werkplek). Deze gegevens worden vijf jaar bewaard.</translation>
    </message>
    <message>
        <source>This overview covers the whole family&apos;s file: {family}, with every family member.</source>
        <translation>Dit overzicht gaat over het hele dossier van het gezin: {family}, met alle gezinsleden.</translation>
    </message>
    <message>
        <source>This overview covers the file of {name}. That file lies within the family&apos;s file ({family}), so it holds everything done with the family&apos;s file as a whole (the case, the family plan, the journal, the help), and everything done with the records of {name} themselves (their details, their consents, the goals that concern them). What was done only with another family member&apos;s own records is left out.</source>
        <translation>Dit overzicht gaat over het dossier van {name}. Dat dossier is een deel van het dossier van het gezin ({family}). Daarom staat hierin alles wat er met het dossier van het gezin als geheel is gedaan (de casus, het gezinsplan, het journaal, de hulp), en alles wat er met de eigen gegevens van {name} is gedaan (de persoonsgegevens, de toestemmingen, de doelen over {name}). Wat alleen met de eigen gegevens van een ander gezinslid is gedaan, staat er niet in.</translation>
    </message>
    <message>
        <source>Note: on the central database a worker may read only their own entries in the access log, so this overview shows only what {who} did. Ask the team&apos;s supervisor for the complete overview.</source>
        <translation>Let op: op de centrale database mag een medewerker in het toegangslog alleen de eigen regels lezen. Dit overzicht laat daarom alleen zien wat {who} heeft gedaan. Vraag de teamleider om het volledige overzicht.</translation>
    </message>
    <message>
        <source>Recorded moments: {count}</source>
        <translation>Vastgelegde momenten: {count}</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>({detail})</source>
        <translation>({detail})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Role in the family</source>
        <translation>Rol in het gezin</translation>
    </message>
    <message>
        <source>Parental authority</source>
        <translation>Gezag</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Care director</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>Gezinsplannen</translation>
    </message>
    <message>
        <source>Case {case}, version {version} ({status}, {date})</source>
        <translation>Casus {case}, versie {version} ({status}, {date})</translation>
    </message>
    <message>
        <source>Request for help</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <source>Goals that concern you</source>
        <translation>Doelen die over jou gaan</translation>
    </message>
    <message>
        <source>Case {case}, version {version} - {domain} - {status}</source>
        <translation>Casus {case}, versie {version} - {domain} - {status}</translation>
    </message>
    <message>
        <source>Achieved when: {criterion}</source>
        <translation>Bereikt als: {criterion}</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Help from providers</source>
        <translation>Hulp van aanbieders</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Waakvlam and contacts</source>
        <translation>Waakvlam en contacten</translation>
    </message>
    <message>
        <source>Case {case}: {holder}, {start} - {end} ({status})</source>
        <translation>Casus {case}: {holder}, {start} - {end} ({status})</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journaal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Geschiedenis van de casus</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Shared with others</source>
        <translation>Gedeeld met anderen</translation>
    </message>
    <message>
        <source>With whom the team shared the family&apos;s data, and on which basis</source>
        <translation>Met wie het team gegevens van het gezin deelde, en op welke grondslag</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>no suspicion: no report needed</source>
        <translation>geen vermoeden: geen melding nodig</translation>
    </message>
    <message>
        <source>help without a report</source>
        <translation>hulp zonder melding</translation>
    </message>
    <message>
        <source>report to Veilig Thuis</source>
        <translation>melden bij Veilig Thuis</translation>
    </message>
    <message>
        <source>report to Veilig Thuis and give help</source>
        <translation>melden bij Veilig Thuis en hulp bieden</translation>
    </message>
    <message>
        <source>no report needed</source>
        <translation>geen melding nodig</translation>
    </message>
    <message>
        <source>the whole family</source>
        <translation>het hele gezin</translation>
    </message>
    <message>
        <source>another young person of the family</source>
        <translation>een andere jeugdige van het gezin</translation>
    </message>
    <message>
        <source>Extension {number} ({status}): {previous} to {new}. {note}</source>
        <translation>Verlenging {number} ({status}): {previous} tot {new}. {note}</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>wacht op akkoord</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>van kracht</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>Decision: {note}</source>
        <translation>Besluit: {note}</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>a referral to the provider</source>
        <translation>een verwijzing naar de aanbieder</translation>
    </message>
    <message>
        <source>the provider&apos;s evaluation</source>
        <translation>de evaluatie van de aanbieder</translation>
    </message>
    <message>
        <source>the family plan</source>
        <translation>het gezinsplan</translation>
    </message>
    <message>
        <source>directly involved in the help (without consent)</source>
        <translation>rechtstreeks betrokken bij de hulp (zonder toestemming)</translation>
    </message>
    <message>
        <source>certified institution during an OTS (without consent)</source>
        <translation>gecertificeerde instelling tijdens een OTS (zonder toestemming)</translation>
    </message>
    <message>
        <source>acute safety (without consent)</source>
        <translation>acute veiligheid (zonder toestemming)</translation>
    </message>
    <message>
        <source>Who looked at your file</source>
        <translation>Wie heeft jouw dossier ingezien</translation>
    </message>
    <message>
        <source>From the access log, on Dutch time: who read, changed, printed or saved what in the family&apos;s file as a whole or in your own records, and when</source>
        <translation>Uit het toegangslog, in Nederlandse tijd: wie wat heeft gelezen, gewijzigd, afgedrukt of opgeslagen in het dossier van het gezin als geheel of in jouw eigen gegevens, en wanneer</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Jouw toestemmingen</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Sharing with a provider</source>
        <translation>Delen met een zorgaanbieder</translation>
    </message>
    <message>
        <source>The team taking part in a provider&apos;s evaluation</source>
        <translation>Het team doet mee aan een evaluatie van een zorgaanbieder</translation>
    </message>
    <message>
        <source>Sharing with the school</source>
        <translation>Delen met de school</translation>
    </message>
    <message>
        <source>Sharing with the GP</source>
        <translation>Delen met de huisarts</translation>
    </message>
    <message>
        <source>Sharing with another party</source>
        <translation>Delen met een andere partij</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>mondeling</translation>
    </message>
    <message>
        <source>written</source>
        <translation>schriftelijk</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>to be renewed</source>
        <translation>te vernieuwen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>ingetrokken op</translation>
    </message>
    <message>
        <source>Child-protection measures</source>
        <translation>Kinderbeschermingsmaatregelen</translation>
    </message>
    <message>
        <source>Court orders about you, with the certified institution and the family guardian</source>
        <translation>Maatregelen van de rechter over jou, met de gecertificeerde instelling en de jeugdbeschermer</translation>
    </message>
    <message>
        <source>Provisional supervision order (voorlopige OTS)</source>
        <translation>Voorlopige ondertoezichtstelling (voorlopige OTS)</translation>
    </message>
    <message>
        <source>Supervision order (OTS)</source>
        <translation>Ondertoezichtstelling (OTS)</translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation>Voogdij</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Certified institution</source>
        <translation>Gecertificeerde instelling</translation>
    </message>
    <message>
        <source>Family guardian</source>
        <translation>Jeugdbeschermer</translation>
    </message>
    <message>
        <source>From - to</source>
        <translation>Van - tot</translation>
    </message>
    <message>
        <source>Placed out of home on</source>
        <translation>Uit huis geplaatst op</translation>
    </message>
    <message>
        <source>Safety: what we are worried about</source>
        <translation>Veiligheid: waar maken we ons zorgen over</translation>
    </message>
    <message>
        <source>Safety: what is working well</source>
        <translation>Veiligheid: wat gaat goed</translation>
    </message>
    <message>
        <source>Safety: what needs to happen</source>
        <translation>Veiligheid: wat moet er gebeuren</translation>
    </message>
    <message>
        <source>Safety scaling question</source>
        <translation>Schaalvraag veiligheid</translation>
    </message>
    <message>
        <source>How safe is it now, from 0 to 10 (10: safe enough to close the case), as answered by each person</source>
        <translation>Hoe veilig is het nu, van 0 tot 10 (10: veilig genoeg om de zaak af te sluiten), zoals ieder het beantwoordde</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwoord door</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Plan for the transition at 18</source>
        <translation>Plan voor de overgang naar 18</translation>
    </message>
    <message>
        <source>Help under the Jeugdwet ends at 18: what is arranged for you after that, and who takes care of it</source>
        <translation>Hulp vanuit de Jeugdwet stopt op je 18e: wat daarna voor je geregeld is, en wie daarvoor zorgt</translation>
    </message>
    <message>
        <source>Wmo (support from the municipality)</source>
        <translation>Wmo (ondersteuning door de gemeente)</translation>
    </message>
    <message>
        <source>Wlz (long-term care)</source>
        <translation>Wlz (langdurige zorg)</translation>
    </message>
    <message>
        <source>Zvw (health insurance)</source>
        <translation>Zvw (zorgverzekering)</translation>
    </message>
    <message>
        <source>School or work</source>
        <translation>School of werk</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>What is arranged</source>
        <translation>Wat er geregeld wordt</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Wie is verantwoordelijk</translation>
    </message>
    <message>
        <source>What is agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <source>Meldcode track</source>
        <translation>Meldcodetraject</translation>
    </message>
    <message>
        <source>The steps of the meldcode for domestic violence and child abuse taken about the family</source>
        <translation>De stappen van de meldcode huiselijk geweld en kindermishandeling die over het gezin zijn gezet</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>Wat is vastgelegd</translation>
    </message>
    <message>
        <source>Own statements and corrections</source>
        <translation>Eigen verklaringen en correcties</translation>
    </message>
    <message>
        <source>What you had added to the file about a part you disagree with, and texts corrected at your request</source>
        <translation>Wat je aan het dossier liet toevoegen over een deel waar je het niet mee eens bent, en teksten die op jouw verzoek zijn gecorrigeerd</translation>
    </message>
    <message>
        <source>Own statement of {date} (case {case}), about: {part}</source>
        <translation>Eigen verklaring van {date} (casus {case}), over: {part}</translation>
    </message>
    <message>
        <source>Corrected on {date} by {who} (case {case}): {part}</source>
        <translation>Gecorrigeerd op {date} door {who} (casus {case}): {part}</translation>
    </message>
    <message>
        <source>What stood there before</source>
        <translation>Wat er eerst stond</translation>
    </message>
    <message>
        <source>What stands there now</source>
        <translation>Wat er nu staat</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>een doel</translation>
    </message>
    <message>
        <source>a journal entry</source>
        <translation>een journaalregel</translation>
    </message>
    <message>
        <source>an evaluation</source>
        <translation>een evaluatie</translation>
    </message>
    <message>
        <source>young person</source>
        <translation>jeugdige</translation>
    </message>
    <message>
        <source>parent or carer</source>
        <translation>ouder of verzorger</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>casus geopend</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status gewijzigd</translation>
    </message>
    <message>
        <source>care director changed</source>
        <translation>regisseur gewisseld</translation>
    </message>
    <message>
        <source>priority changed</source>
        <translation>prioriteit gewijzigd</translation>
    </message>
    <message>
        <source>case closed</source>
        <translation>casus gesloten</translation>
    </message>
    <message>
        <source>case reopened</source>
        <translation>casus heropend</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>telefoongesprek</translation>
    </message>
    <message>
        <source>meeting with a provider</source>
        <translation>overleg met een aanbieder</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>meeting at the office</source>
        <translation>gesprek op kantoor</translation>
    </message>
    <message>
        <source>message</source>
        <translation>bericht</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>all well</source>
        <translation>alles goed</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>zorgen</translation>
    </message>
    <message>
        <source>reopen the case</source>
        <translation>casus heropenen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>No agreements for this goal yet.</source>
        <translation>Nog geen afspraken bij dit doel.</translation>
    </message>
    <message>
        <source>Other agreements</source>
        <translation>Overige afspraken</translation>
    </message>
    <message>
        <source>Who else helps</source>
        <translation>Wie helpen er nog meer</translation>
    </message>
    <message>
        <source>The care providers involved, and what we agreed about who directs and who keeps track.</source>
        <translation>De hulpverleners die betrokken zijn, en wat we hebben afgesproken over wie de regie heeft en wie de hulp volgt.</translation>
    </message>
    <message>
        <source>Provider and help</source>
        <translation>Aanbieder en hulp</translation>
    </message>
    <message>
        <source>Who directs</source>
        <translation>Wie heeft de regie</translation>
    </message>
    <message>
        <source>Who keeps track</source>
        <translation>Wie volgt de hulp</translation>
    </message>
    <message>
        <source>Reports back</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>For the whole family</source>
        <translation>Voor het hele gezin</translation>
    </message>
    <message>
        <source>For {names}</source>
        <translation>Voor {names}</translation>
    </message>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>extended youth care (after 18)</source>
        <translation>verlengde jeugdhulp (na 18)</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>sinds {date}</translation>
    </message>
    <message>
        <source>planned, starts {date}</source>
        <translation>gepland, start op {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>tot {date}</translation>
    </message>
    <message>
        <source>referred on {date}, not started yet</source>
        <translation>verwezen op {date}, nog niet gestart</translation>
    </message>
    <message>
        <source>Referred by: {who}</source>
        <translation>Verwezen door: {who}</translation>
    </message>
    <message>
        <source>Extensions: {policy}</source>
        <translation>Verlengen: {policy}</translation>
    </message>
    <message>
        <source>Extended {count} time(s) so far</source>
        <translation>Tot nu toe {count} keer verlengd</translation>
    </message>
    <message>
        <source>The social team directs; the provider delivers its part of the plan</source>
        <translation>Het sociaal team heeft de regie; de aanbieder doet zijn deel van het plan</translation>
    </message>
    <message>
        <source>Shared direction: daily direction with {holder}, process direction with the social team</source>
        <translation>Samenregie: dagelijkse regie bij {holder}, procesregie bij het sociaal team</translation>
    </message>
    <message>
        <source>{holder} directs; the social team works with them</source>
        <translation>{holder} heeft de regie; het sociaal team werkt mee</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>de aanbieder</translation>
    </message>
    <message>
        <source>Another party</source>
        <translation>Een andere partij</translation>
    </message>
    <message>
        <source>Looking back together</source>
        <translation>Samen terugkijken</translation>
    </message>
    <message>
        <source>Every {weeks} weeks we look together at how things are going.</source>
        <translation>Elke {weeks} weken kijken we samen hoe het gaat.</translation>
    </message>
    <message>
        <source>The next evaluation is planned for {date}.</source>
        <translation>De volgende evaluatie is gepland op {date}.</translation>
    </message>
    <message>
        <source>The first evaluation is planned once the plan has been agreed.</source>
        <translation>De eerste evaluatie plannen we zodra het plan is vastgesteld.</translation>
    </message>
    <message>
        <source>Last evaluation: {date}</source>
        <translation>Laatste evaluatie: {date}</translation>
    </message>
    <message>
        <source>There has not been an evaluation yet.</source>
        <translation>Er is nog geen evaluatie geweest.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wie waren erbij</translation>
    </message>
    <message>
        <source>How the goals are doing</source>
        <translation>Hoe staan de doelen ervoor</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Veiligheidsplan</translation>
    </message>
    <message>
        <source>What we are worried about, what is working well and what needs to happen so the children are safe enough</source>
        <translation>Waar we ons zorgen over maken, wat goed gaat en wat er moet gebeuren zodat de kinderen veilig genoeg zijn</translation>
    </message>
    <message>
        <source>What we are worried about</source>
        <translation>Waar maken we ons zorgen over</translation>
    </message>
    <message>
        <source>What is working well</source>
        <translation>Wat gaat goed</translation>
    </message>
    <message>
        <source>What needs to happen</source>
        <translation>Wat moet er gebeuren</translation>
    </message>
    <message>
        <source>Safety goals</source>
        <translation>Veiligheidsdoelen</translation>
    </message>
    <message>
        <source>Scaling question: how safe is it now?</source>
        <translation>Schaalvraag: hoe veilig is het nu?</translation>
    </message>
    <message>
        <source>0 = not safe at all, 10 = safe enough to close the case</source>
        <translation>0 = helemaal niet veilig, 10 = veilig genoeg om de zaak af te sluiten</translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation>Scoreverloop</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Laatst</translation>
    </message>
    <message>
        <source>The scaling question has not been asked yet.</source>
        <translation>De schaalvraag is nog niet gesteld.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doelscore</translation>
    </message>
    <message>
        <source>Where we are</source>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <source>{status} (evaluation of {date})</source>
        <translation>{status} (evaluatie van {date})</translation>
    </message>
    <message>
        <source>Waakvlam: keeping in touch</source>
        <translation>Waakvlam: een vinger aan de pols</translation>
    </message>
    <message>
        <source>After the help ends, {holder} ({kind}) keeps in touch with us from {start} to {end}, about every {weeks} weeks. If things get harder again, we can quickly pick up the thread.</source>
        <translation>Als de hulp stopt, houdt {holder} ({kind}) contact met ons van {start} tot {end}, ongeveer elke {weeks} weken. Gaat het weer minder goed, dan pakken we de draad snel weer op.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>By signing we show that we made this plan together and that we will keep to the agreements in it.</source>
        <translation>Met onze handtekening laten we zien dat we dit plan samen hebben gemaakt en dat we ons aan de afspraken houden.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>1 open case · printed on {date}</source>
        <translation>1 lopende casus · afgedrukt op {date}</translation>
    </message>
    <message>
        <source>{count} open cases · printed on {date}</source>
        <translation>{count} lopende casussen · afgedrukt op {date}</translation>
    </message>
    <message>
        <source>In our own network</source>
        <translation>In ons eigen netwerk</translation>
    </message>
    <message>
        <source>With a service close by (free access)</source>
        <translation>Bij een voorziening dichtbij (vrij toegankelijk)</translation>
    </message>
    <message>
        <source>No aftercare needed</source>
        <translation>Geen nazorg nodig</translation>
    </message>
    <message>
        <source>we manage on our own</source>
        <translation>we redden het zelf</translation>
    </message>
    <message>
        <source>help continues elsewhere</source>
        <translation>de hulp gaat elders verder</translation>
    </message>
    <message>
        <source>we moved away</source>
        <translation>we zijn verhuisd</translation>
    </message>
    <message>
        <source>we do not want aftercare</source>
        <translation>we willen geen nazorg</translation>
    </message>
    <message>
        <source>another reason</source>
        <translation>een andere reden</translation>
    </message>
    <message>
        <source>{count} family itself</source>
        <translation>{count} gezin zelf</translation>
    </message>
    <message>
        <source>{count} network</source>
        <translation>{count} netwerk</translation>
    </message>
    <message>
        <source>{count} social team</source>
        <translation>{count} sociaal team</translation>
    </message>
    <message>
        <source>{count} not decided yet</source>
        <translation>{count} nog niet besloten</translation>
    </message>
    <message>
        <source>{count} free-access service</source>
        <translation>{count} voorliggend veld</translation>
    </message>
    <message>
        <source>{count} free-access services</source>
        <translation>{count} voorliggend veld</translation>
    </message>
    <message>
        <source>{count} provider</source>
        <translation>{count} aanbieder</translation>
    </message>
    <message>
        <source>{count} providers</source>
        <translation>{count} aanbieders</translation>
    </message>
    <message>
        <source>Young person, {age} years</source>
        <translation>Jongere, {age} jaar</translation>
    </message>
    <message>
        <source>phone {phone}</source>
        <translation>tel. {phone}</translation>
    </message>
    <message>
        <source>with {holder}</source>
        <translation>bij {holder}</translation>
    </message>
    <message>
        <source>Samenregie, daily direction with {holder}</source>
        <translation>Samenregie, dagelijkse regie bij {holder}</translation>
    </message>
    <message>
        <source>{direction} (since {date})</source>
        <translation>{direction} (sinds {date})</translation>
    </message>
    <message>
        <source>Offered on {date}</source>
        <translation>Aangeboden op {date}</translation>
    </message>
    <message>
        <source>Not offered yet</source>
        <translation>Nog niet aangeboden</translation>
    </message>
    <message>
        <source>the family makes a family-group plan with its own network</source>
        <translation>het gezin maakt een familiegroepsplan met het eigen netwerk</translation>
    </message>
    <message>
        <source>the family declined; this plan is made with the social team</source>
        <translation>het gezin heeft het afgewezen; dit plan is gemaakt met het sociaal team</translation>
    </message>
    <message>
        <source>the family is thinking about it</source>
        <translation>het gezin denkt erover na</translation>
    </message>
    <message>
        <source>Own statement of {name}</source>
        <translation>Eigen verklaring van {name}</translation>
    </message>
    <message>
        <source>{date}, about: {part}</source>
        <translation>{date}, over: {part}</translation>
    </message>
    <message>
        <source>the goal “{goal}”</source>
        <translation>het doel ‘{goal}’</translation>
    </message>
    <message>
        <source>Aftercare: who carries on</source>
        <translation>Nazorg: wie het overneemt</translation>
    </message>
    <message>
        <source>When help ends, we agree who in our own network or which service close by carries on, and what they do.</source>
        <translation>Als hulp stopt, spreken we af wie uit ons eigen netwerk of welke voorziening dichtbij het overneemt, en wat die doet.</translation>
    </message>
    <message>
        <source>Help ended</source>
        <translation>Hulp gestopt</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>Wie en wat</translation>
    </message>
    <message>
        <source>The case closed</source>
        <translation>De casus is afgesloten</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>op {date}</translation>
    </message>
    <message>
        <source>Director, {team}</source>
        <translation>Regisseur, {team}</translation>
    </message>
    <message>
        <source>Provider, {help}</source>
        <translation>Aanbieder, {help}</translation>
    </message>
    <message>
        <source>CASELOAD</source>
        <translation>CASELOAD</translation>
    </message>
    <message>
        <source>Caseload of {who}</source>
        <translation>Caseload van {who}</translation>
    </message>
    <message>
        <source>There are no open cases in this list.</source>
        <translation>Er staan geen lopende casussen in deze lijst.</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Aantal kinderen</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Gezinsplan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Gestart op</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dagen open</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Aanbieders</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Nog geen plan</translation>
    </message>
    <message>
        <source>Family itself</source>
        <translation>Gezin zelf</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Free-access services</source>
        <translation>Voorliggend veld</translation>
    </message>
    <message>
        <source>Social team</source>
        <translation>Sociaal team</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Deels bereikt</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Vervangen</translation>
    </message>
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
        <translation>Gesloten</translation>
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
        <source>The social team directs</source>
        <translation>Regie bij het sociaal team</translation>
    </message>
    <message>
        <source>Shared direction (samenregie)</source>
        <translation>Samenregie</translation>
    </message>
    <message>
        <source>Another party directs</source>
        <translation>Regie elders</translation>
    </message>
    <message>
        <source>Continue the help as planned</source>
        <translation>De hulp gaat door zoals gepland</translation>
    </message>
    <message>
        <source>Scale the help down</source>
        <translation>De hulp wordt afgeschaald</translation>
    </message>
    <message>
        <source>Scale the help up</source>
        <translation>De hulp wordt opgeschaald</translation>
    </message>
    <message>
        <source>End the help</source>
        <translation>De hulp stopt</translation>
    </message>
    <message>
        <source>Move to waakvlam</source>
        <translation>Door naar waakvlam</translation>
    </message>
    <message>
        <source>social-team worker</source>
        <translation>medewerker van het sociaal team</translation>
    </message>
    <message>
        <source>youth and family coach at school</source>
        <translation>jeugd- en gezinscoach op school</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>huisarts</translation>
    </message>
    <message>
        <source>someone from our network</source>
        <translation>iemand uit ons netwerk</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>Family plan {family} - version {version}</source>
        <translation>Gezinsplan {family} - versie {version}</translation>
    </message>
    <message>
        <source>Family plan {family} - version {version} (case {case})</source>
        <translation>Gezinsplan {family} - versie {version} (casus {case})</translation>
    </message>
    <message>
        <source>Caseload {who} {date}</source>
        <translation>Caseload {who} {date}</translation>
    </message>
    <message>
        <source>Safety goal</source>
        <translation>Veiligheidsdoel</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>Family plan, version {number}</source>
        <translation>Gezinsplan, versie {number}</translation>
    </message>
    <message>
        <source>Agreed on {date} with {who}</source>
        <translation>Vastgesteld op {date} met {who}</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Nog niet vastgesteld</translation>
    </message>
    <message>
        <source>Plan date {date}</source>
        <translation>Plandatum {date}</translation>
    </message>
    <message>
        <source>Evaluate every {weeks} weeks</source>
        <translation>Evaluatie elke {weeks} weken</translation>
    </message>
    <message>
        <source>Written by {name}</source>
        <translation>Opgesteld door {name}</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Family itself</source>
        <translation>Gezin zelf</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Free-access service</source>
        <translation>Voorliggend veld</translation>
    </message>
    <message>
        <source>Social team</source>
        <translation>Sociaal team</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Deels bereikt</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Gezinslid</translation>
    </message>
    <message>
        <source>Someone from the network</source>
        <translation>Iemand uit het netwerk</translation>
    </message>
    <message>
        <source>Social-team worker</source>
        <translation>Medewerker sociaal team</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>Accepted: the family makes a family-group plan with its own network</source>
        <translation>Aangenomen: het gezin maakt een familiegroepsplan met het eigen netwerk</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Thinking about it</source>
        <translation>Denkt erover na</translation>
    </message>
    <message>
        <source>Plan text</source>
        <translation>Tekst van het plan</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Journaalregel</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Nog niet bepaald</translation>
    </message>
    <message>
        <source>what the family can do itself</source>
        <translation>wat het gezin zelf kan</translation>
    </message>
    <message>
        <source>grandparents, neighbours, a coach</source>
        <translation>opa en oma, buren, een trainer</translation>
    </message>
    <message>
        <source>school, sports club, youth work: no referral</source>
        <translation>school, sportclub, jongerenwerk: zonder verwijzing</translation>
    </message>
    <message>
        <source>what we do together</source>
        <translation>wat we samen doen</translation>
    </message>
    <message>
        <source>specialist help we arrange</source>
        <translation>specialistische hulp die we inzetten</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>Request for help</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Zorgen</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Krachten</translation>
    </message>
    <message>
        <source>Desired future</source>
        <translation>Gewenste toekomst</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Evaluation interval (weeks)</source>
        <translation>Evaluatie-interval (weken)</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>Plandatum</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <source>Concerns whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>How we know it is reached</source>
        <translation>Hoe we weten dat het doel bereikt is</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>Who acts, in detail</source>
        <translation>Toelichting wie het doet</translation>
    </message>
    <message>
        <source>Network member</source>
        <translation>Netwerklid</translation>
    </message>
    <message>
        <source>Score at the start</source>
        <translation>Score bij de start</translation>
    </message>
    <message>
        <source>Target score</source>
        <translation>Doelscore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Safety goal</source>
        <translation>Veiligheidsdoel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who (kind)</source>
        <translation>Wie (soort)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Safety: what we are worried about</source>
        <translation>Veiligheid: waar maken we ons zorgen over</translation>
    </message>
    <message>
        <source>Safety: what is working well</source>
        <translation>Veiligheid: wat gaat goed</translation>
    </message>
    <message>
        <source>Safety: what needs to happen</source>
        <translation>Veiligheid: wat moet er gebeuren</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Wanneer klaar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Family plan – print preview</source>
        <translation>Gezinsplan – afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Plan preview</source>
        <translation>Voorbeeld van het plan</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Het document wordt gemaakt…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>Version {version} · %n page(s)</source>
        <translation>
            <numerusform>Versie {version} · %n pagina</numerusform>
            <numerusform>Versie {version} · %n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Opgeslagen als {path}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>%n pagina naar de printer gestuurd</numerusform>
            <numerusform>%n pagina&apos;s naar de printer gestuurd</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the family plan</source>
        <translation>Gezinsplan opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>De printer kon niet worden gestart; er is niets afgedrukt.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>No family plan yet</source>
        <translation>Nog geen gezinsplan</translation>
    </message>
    <message>
        <source>The family plan is the family&apos;s own plan: their request for help in their own words, what we are worried about, what is going well, and who does what to reach their goals. Start it together with the family.</source>
        <translation>Het gezinsplan is het plan van het gezin zelf: hun hulpvraag in hun eigen woorden, waar we ons zorgen over maken, wat goed gaat, en wie wat doet om hun doelen te bereiken. Begin het samen met het gezin.</translation>
    </message>
    <message>
        <source>Start family plan</source>
        <translation>Gezinsplan starten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Agree plan</source>
        <translation>Plan vaststellen</translation>
    </message>
    <message>
        <source>Change plan (new version)</source>
        <translation>Plan wijzigen (nieuwe versie)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Family-group plan…</source>
        <translation>Familiegroepsplan…</translation>
    </message>
    <message>
        <source>Own statement…</source>
        <translation>Eigen verklaring…</translation>
    </message>
    <message>
        <source>Correct a text…</source>
        <translation>Tekst corrigeren…</translation>
    </message>
    <message>
        <source>This plan has been agreed with the family. To change it, make a new version; this version stays readable as it is.</source>
        <translation>Dit plan is met het gezin vastgesteld. Wijzigen doe je in een nieuwe versie; deze versie blijft leesbaar zoals ze is.</translation>
    </message>
    <message>
        <source>The case is closed; the plan can be read but not changed.</source>
        <translation>De casus is afgesloten; het plan is te lezen maar niet te wijzigen.</translation>
    </message>
    <message>
        <source>The family plan is saved</source>
        <translation>Het gezinsplan is opgeslagen</translation>
    </message>
</context>
<context>
    <name>PlanTextsEditor</name>
    <message>
        <source>Request for help (in the family&apos;s words)</source>
        <translation>Hulpvraag (in de woorden van het gezin)</translation>
    </message>
    <message>
        <source>What does the family ask for?</source>
        <translation>Wat vraagt het gezin?</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Zorgen</translation>
    </message>
    <message>
        <source>What are we worried about?</source>
        <translation>Waar maken we ons zorgen over?</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Krachten</translation>
    </message>
    <message>
        <source>What is going well?</source>
        <translation>Wat gaat er goed?</translation>
    </message>
    <message>
        <source>Desired future</source>
        <translation>Gewenste toekomst</translation>
    </message>
    <message>
        <source>What does it look like when things go well?</source>
        <translation>Hoe ziet het eruit als het goed gaat?</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>What have we agreed on together?</source>
        <translation>Wat hebben we samen afgesproken?</translation>
    </message>
    <message>
        <source>Safety: worries</source>
        <translation>Veiligheid: zorgen</translation>
    </message>
    <message>
        <source>What has happened, and what could happen to the children if nothing changes?</source>
        <translation>Wat is er gebeurd, en wat kan de kinderen overkomen als er niets verandert?</translation>
    </message>
    <message>
        <source>Safety: working well</source>
        <translation>Veiligheid: wat goed gaat</translation>
    </message>
    <message>
        <source>What keeps the children safe already?</source>
        <translation>Wat houdt de kinderen nu al veilig?</translation>
    </message>
    <message>
        <source>Safety: next steps</source>
        <translation>Veiligheid: wat moet er gebeuren</translation>
    </message>
    <message>
        <source>What must happen so everyone can say the children are safe enough?</source>
        <translation>Wat moet er gebeuren zodat iedereen kan zeggen dat de kinderen veilig genoeg zijn?</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>Evalueren elke</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>Plandatum</translation>
    </message>
</context>
<context>
    <name>PlanVersions</name>
    <message>
        <source>Agreed v{agreed} · draft v{draft}</source>
        <translation>Vastgesteld v{agreed} · concept v{draft}</translation>
    </message>
    <message>
        <source>Agreed v{agreed}</source>
        <translation>Vastgesteld v{agreed}</translation>
    </message>
    <message>
        <source>Draft v{draft}</source>
        <translation>Concept v{draft}</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Cases with high priority get the team&apos;s time first: safety, crisis, several providers.</source>
        <translation>Casussen met hoge prioriteit krijgen als eerste de tijd van het team: bij zorgen over veiligheid, crisis of meerdere aanbieders.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Product bewerken</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nieuw product</translation>
    </message>
    <message>
        <source>A product of {provider}.</source>
        <translation>Een product van {provider}.</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Kies een categorie…</translation>
    </message>
    <message>
        <source>Optional, up to 5 characters</source>
        <translation>Niet verplicht, hoogstens 5 tekens</translation>
    </message>
    <message>
        <source>Choose a segment…</source>
        <translation>Kies een segment…</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Geen eenheid</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category (iJw)</source>
        <translation>Categorie (iJw)</translation>
    </message>
    <message>
        <source>Regional code</source>
        <translation>Regionale code</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>The norm for help with this product; &quot;–&quot; for none. Running help past it is flagged on Vandaag and the team overview.</source>
        <translation>De norm voor hulp met dit product; &quot;–&quot; voor geen. Lopende hulp die erover gaat, wordt gemeld op Vandaag en in het teamoverzicht.</translation>
    </message>
    <message>
        <source>Maximum duration</source>
        <translation>Maximale duur</translation>
    </message>
    <message>
        <source>Maximum extensions</source>
        <translation>Maximaal aantal verlengingen</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category (iJw)</source>
        <translation>Categorie (iJw)</translation>
    </message>
    <message>
        <source>Regional code</source>
        <translation>Regionale code</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Off (disable)</source>
        <translation>Uit (disable)</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>Als de server het aanbiedt (prefer)</translation>
    </message>
    <message>
        <source>Always (require)</source>
        <translation>Altijd (require)</translation>
    </message>
    <message>
        <source>Always, with certificate check (verify-full)</source>
        <translation>Altijd, met controle van het certificaat (verify-full)</translation>
    </message>
    <message>
        <source>{name} (central)</source>
        <translation>{name} (centraal)</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Database kiezen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Databases</translation>
    </message>
    <message>
        <source>The database on this computer: encrypted, for one worker. Nothing to set up. Choose or add a central database to work with your team or region.</source>
        <translation>De database op deze computer: versleuteld, voor één medewerker. Er hoeft niets te worden ingesteld. Kies of voeg een centrale database toe om met je team of regio te werken.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>e.g. Region Zaanstreek</source>
        <translation>bijv. Regio Zaanstreek</translation>
    </message>
    <message>
        <source>e.g. db.gemeente.nl</source>
        <translation>bijv. db.gemeente.nl</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Wachtwoord onthouden in de sleutelbos van deze computer</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Beveiligde verbinding (TLS)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>This computer (embedded database)</source>
        <translation>Deze computer (eigen database)</translation>
    </message>
    <message>
        <source>Known; type to change it</source>
        <translation>Bekend; typ om te wijzigen</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <source>Delete the connection &apos;{name}&apos;? The database itself is not touched.</source>
        <translation>De verbinding &apos;{name}&apos; verwijderen? De database zelf blijft ongemoeid.</translation>
    </message>
    <message>
        <source>There is already a connection with this name.</source>
        <translation>Er is al een verbinding met deze naam.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Vul het wachtwoord in.</translation>
    </message>
    <message>
        <source>Password for this session only</source>
        <translation>Wachtwoord alleen voor deze sessie</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>The connection works: signed in as {name}.</source>
        <translation>De verbinding werkt: aangemeld als {name}.</translation>
    </message>
</context>
<context>
    <name>ProtectionSection</name>
    <message>
        <source>Child-protection measures</source>
        <translation>Kinderbeschermingsmaatregelen</translation>
    </message>
    <message>
        <source>Record measure</source>
        <translation>Maatregel vastleggen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Kinderbescherming</translation>
    </message>
    <message>
        <source>A (provisional) OTS or guardianship per young person: during a measure the family guardian of the certified institution directs and the team cooperates.</source>
        <translation>Een (voorlopige) OTS of voogdij per jeugdige: tijdens een maatregel heeft de jeugdbeschermer van de gecertificeerde instelling de regie en werkt het team samen.</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Certified institution</source>
        <translation>Gecertificeerde instelling</translation>
    </message>
    <message>
        <source>Family guardian</source>
        <translation>Jeugdbeschermer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Uithuisplaatsing</translation>
    </message>
    <message>
        <source>at 18</source>
        <translation>bij 18 jaar</translation>
    </message>
    <message numerus="yes">
        <source>{date} (extended %n time(s))</source>
        <translation>
            <numerusform>{date} (%n keer verlengd)</numerusform>
            <numerusform>{date} (%n keer verlengd)</numerusform>
        </translation>
    </message>
    <message>
        <source>No child-protection measure recorded.</source>
        <translation>Geen kinderbeschermingsmaatregel vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ProviderAccountWindow</name>
    <message>
        <source>Account holding</source>
        <translation>Accounthouderschap</translation>
    </message>
    <message>
        <source>Account holder…</source>
        <translation>Accounthouder…</translation>
    </message>
    <message>
        <source>Help running (last 12 months)</source>
        <translation>Lopende hulp (laatste 12 maanden)</translation>
    </message>
    <message>
        <source>Waiting time, mean (max)</source>
        <translation>Wachttijd, gemiddeld (max)</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Nu wachtend</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Doelen gehaald</translation>
    </message>
    <message>
        <source>Extensions per help</source>
        <translation>Verlengingen per hulp</translation>
    </message>
    <message>
        <source>Lead time, median (80%)</source>
        <translation>Doorlooptijd, mediaan (80%)</translation>
    </message>
    <message>
        <source>Open signals</source>
        <translation>Open signalen</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Verbeterplan</translation>
    </message>
    <message>
        <source>Improvement plan…</source>
        <translation>Verbeterplan…</translation>
    </message>
    <message>
        <source>Monitoring…</source>
        <translation>Monitoring…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Besluit…</translation>
    </message>
    <message>
        <source>Account holder:</source>
        <translation>Accounthouder:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Signals from the teams since the last decision: kind, team and dates - never the family or the worker&apos;s note.</source>
        <translation>Signalen van de teams sinds het laatste besluit: soort, team en data - nooit het gezin of de notitie van de medewerker.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Improved by</source>
        <translation>Verbeterd vóór</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Agreed or decided</source>
        <translation>Afgesproken of besloten</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nog niemand</translation>
    </message>
    <message>
        <source>Only the account holder sees the signals.</source>
        <translation>Alleen de accounthouder ziet de signalen.</translation>
    </message>
    <message>
        <source>No open signals.</source>
        <translation>Geen open signalen.</translation>
    </message>
    <message>
        <source>No escalation is running.</source>
        <translation>Er loopt geen escalatie.</translation>
    </message>
    <message>
        <source>Now: {step}</source>
        <translation>Nu: {step}</translation>
    </message>
    <message>
        <source>{median} days ({p80})</source>
        <translation>{median} dagen ({p80})</translation>
    </message>
    <message>
        <source>{mean} days ({max})</source>
        <translation>{mean} dagen ({max})</translation>
    </message>
    <message>
        <source>{share} of {n} goals</source>
        <translation>{share} van {n} doelen</translation>
    </message>
    <message>
        <source>A colleague changed this in the meantime. The window now shows the latest; record your step again.</source>
        <translation>Een collega heeft dit intussen gewijzigd. Het venster toont nu de laatste stand; leg je stap opnieuw vast.</translation>
    </message>
</context>
<context>
    <name>ProviderComparisonBox</name>
    <message>
        <source>The providers of this product category compared</source>
        <translation>De aanbieders van deze productcategorie vergeleken</translation>
    </message>
    <message>
        <source>Comparing the providers of this category…</source>
        <translation>De aanbieders van deze categorie worden vergeleken…</translation>
    </message>
    <message>
        <source>What works in this product category: the providers side by side, over the help of your teams from {start} to {end}.</source>
        <translation>Wat werkt in deze productcategorie: de aanbieders naast elkaar, over de hulp van je teams van {start} t/m {end}.</translation>
    </message>
    <message>
        <source>The comparison of the providers could not be made.</source>
        <translation>De vergelijking van de aanbieders kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Edit provider</source>
        <translation>Aanbieder bewerken</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>Nieuwe aanbieder</translation>
    </message>
    <message>
        <source>The AGB code (8 digits) identifies the provider in iJw messages.</source>
        <translation>De AGB-code (8 cijfers) identificeert de aanbieder in iJw-berichten.</translation>
    </message>
    <message>
        <source>8 digits, e.g. 98765432</source>
        <translation>8 cijfers, bijv. 98765432</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>AGB code</source>
        <translation>AGB-code</translation>
    </message>
</context>
<context>
    <name>ProviderPlanDialog</name>
    <message>
        <source>Family plan for a provider</source>
        <translation>Gezinsplan voor een aanbieder</translation>
    </message>
    <message>
        <source>Giving the plan to a provider shares the family&apos;s data. That needs the consent of those the age rule names (recorded on the Gezin tab), or a legal ground with a reason. It is recorded.</source>
        <translation>Wie het plan aan een aanbieder geeft, deelt gegevens van het gezin. Dat vraagt de toestemming van wie de leeftijdsregel noemt (vastgelegd op het tabblad Gezin), of een wettelijke grondslag met een reden. Het wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>Kies een aanbieder</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Make the plan</source>
        <translation>Plan maken</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>AGB code</source>
        <translation>AGB-code</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>{active} of {total} active</source>
        <translation>{active} van {total} actief</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Import providers</source>
        <translation>Aanbieders importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Aanbieders</translation>
    </message>
    <message>
        <source>Providers and their products, to choose from when help is arranged. Inactive ones are kept for the cases that used them, but are not offered for new help.</source>
        <translation>Aanbieders en hun producten, om uit te kiezen als hulp wordt ingezet. Inactieve blijven bewaard voor de casussen waarin ze zijn gebruikt, maar worden niet meer aangeboden.</translation>
    </message>
    <message>
        <source>New provider…</source>
        <translation>Nieuwe aanbieder…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importeren uit CSV…</translation>
    </message>
    <message>
        <source>Account holding…</source>
        <translation>Accounthouderschap…</translation>
    </message>
    <message>
        <source>Segments…</source>
        <translation>Segmenten…</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Nieuw product…</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>The providers could not be loaded.
{reason}</source>
        <translation>De aanbieders konden niet worden geladen.
{reason}</translation>
    </message>
    <message>
        <source>No providers yet. Add one with “New provider…”, or import the region&apos;s list from a CSV file.</source>
        <translation>Nog geen aanbieders. Voeg er een toe met “Nieuwe aanbieder…”, of importeer de lijst van de regio uit een CSV-bestand.</translation>
    </message>
    <message>
        <source>Products of {provider}</source>
        <translation>Producten van {provider}</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Heractiveren</translation>
    </message>
    <message>
        <source>A colleague changed this in the meantime. The list now shows the latest version; make your change again.</source>
        <translation>Een collega heeft dit intussen gewijzigd. De lijst toont nu de nieuwste versie; breng je wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. In Excel, save it as “CSV UTF-8 (comma delimited)” and try again.</source>
        <translation>Het bestand is geen UTF-8-tekst. Sla het in Excel op als “CSV UTF-8 (door komma&apos;s gescheiden)” en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Het bestand kon niet worden gelezen: {reason}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Bestandsmap</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Snelkoppeling</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReadersDialog</name>
    <message>
        <source>none yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>Who may read the meldcode steps</source>
        <translation>Wie de meldcodestappen mag lezen</translation>
    </message>
    <message>
        <source>Besides the case&apos;s director and the team&apos;s supervisors, only the colleagues added here see the steps; the rest of the team sees only that a track is open. Added so far: {readers}.</source>
        <translation>Naast de regisseur van de casus en de leidinggevenden van het team zien alleen de collega&apos;s die hier zijn toegevoegd de stappen; de rest van het team ziet alleen dat er een traject open is. Tot nu toe toegevoegd: {readers}.</translation>
    </message>
    <message>
        <source>Choose a colleague</source>
        <translation>Kies een collega</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Who takes over this case? The transfer is kept in the case history.</source>
        <translation>Wie neemt deze casus over? De overdracht blijft bewaard in de geschiedenis van de casus.</translation>
    </message>
    <message>
        <source>Who takes over these {count} cases? Each keeps the transfer in its history.</source>
        <translation>Wie neemt deze {count} casussen over? Elke casus bewaart de overdracht in de geschiedenis.</translation>
    </message>
    <message>
        <source>Reassign cases</source>
        <translation>Casussen herverdelen</translation>
    </message>
    <message>
        <source>e.g. worker left, caseload too high, a better match</source>
        <translation>bijv. medewerker uit dienst, caseload te hoog, betere match</translation>
    </message>
    <message>
        <source>New director</source>
        <translation>Nieuwe regisseur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Herverdelen</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen case</source>
        <translation>Casus heropenen</translation>
    </message>
    <message>
        <source>Things are not going well again? Reopening keeps the history and counts as recurrence.</source>
        <translation>Gaat het weer niet goed? Heropenen houdt de geschiedenis bij elkaar en telt als recidive.</translation>
    </message>
    <message>
        <source>What happened, who raised it</source>
        <translation>Wat is er gebeurd, wie heeft het gemeld</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
</context>
<context>
    <name>ReportBackDialog</name>
    <message>
        <source>dd-mm-yyyy, or empty if none</source>
        <translation>dd-mm-jjjj, of leeg als er geen is</translation>
    </message>
    <message>
        <source>Next report-back</source>
        <translation>Volgende terugkoppeling</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Er zijn nog geen back-ups van deze database.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>Replace the current database by the backup of {date}? What was changed after that moment will be gone. The current database is first kept as a safety copy.</source>
        <translation>De huidige database vervangen door de back-up van {date}? Wat daarna is veranderd, is dan weg. De huidige database wordt eerst als veiligheidskopie bewaard.</translation>
    </message>
    <message>
        <source>The database cannot be used: it is damaged or cannot be read. The newest sound backup is of {date}. Restore it? What was changed after that moment will be gone; the damaged file is kept as a copy.</source>
        <translation>De database is niet bruikbaar: hij is beschadigd of kan niet worden gelezen. De nieuwste goede back-up is van {date}. Die terugzetten? Wat daarna is veranderd, is dan weg; het beschadigde bestand wordt als kopie bewaard.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>voor het terugzetten</translation>
    </message>
    <message>
        <source>before encryption</source>
        <translation>voor het versleutelen</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>voor een update</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The database then holds exactly what it held at that moment.</source>
        <translation>Kies de back-up die je wilt terugzetten. De database bevat daarna precies wat hij op dat moment bevatte.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention and destruction</source>
        <translation>Bewaren en vernietigen</translation>
    </message>
    <message>
        <source>A family&apos;s file is kept 20 years after its last change (Youth Act 7.3.8) and destroyed earlier at the person&apos;s request, unless someone else has a substantial interest in keeping it (7.3.9). Access-log entries are kept five years. Destruction takes two administrators: one requests, another approves; then either carries it out. A file with an open case cannot be destroyed.</source>
        <translation>Het dossier van een gezin wordt 20 jaar na de laatste wijziging bewaard (Jeugdwet 7.3.8) en eerder vernietigd op verzoek van de betrokkene, tenzij iemand anders een aanmerkelijk belang heeft bij het bewaren (7.3.9). Regels van het toegangslog worden vijf jaar bewaard. Vernietigen gaat met twee beheerders: de een vraagt aan, een ander keurt goed; daarna voert een van beiden het uit. Een dossier met een open casus kan niet vernietigd worden.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files to review</source>
        <translation>Te beoordelen dossiers</translation>
    </message>
    <message>
        <source>&amp;Request destruction…</source>
        <translation>Vernietiging &amp;aanvragen…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Goedkeuren…</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>&amp;Vernietigen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw request</source>
        <translation>Aanvraag &amp;intrekken</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grond</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Aangevraagd door</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Record of destruction</source>
        <translation>Aantekeningen van vernietiging</translation>
    </message>
    <message>
        <source>What was destroyed, by whom and on which ground - without names or content.</source>
        <translation>Wat is vernietigd, door wie en op welke grond - zonder namen of inhoud.</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to review.</source>
        <translation>
            <numerusform>%n dossier te beoordelen.</numerusform>
            <numerusform>%n dossiers te beoordelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention period passed</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>open case</source>
        <translation>open casus</translation>
    </message>
    <message>
        <source>{name} (family {id})</source>
        <translation>{name} (gezin {id})</translation>
    </message>
    <message numerus="yes">
        <source>%n entries older than five years</source>
        <translation>
            <numerusform>%n regel ouder dan vijf jaar</numerusform>
            <numerusform>%n regels ouder dan vijf jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Toegangslog</translation>
    </message>
    <message>
        <source>before {day}</source>
        <translation>voor {day}</translation>
    </message>
    <message>
        <source>approved by {name}: ready to destroy</source>
        <translation>goedgekeurd door {name}: klaar om te vernietigen</translation>
    </message>
    <message>
        <source>requested by {name}: waiting for a second administrator</source>
        <translation>aangevraagd door {name}: wacht op een tweede beheerder</translation>
    </message>
    <message>
        <source>Access log before {day}</source>
        <translation>Toegangslog voor {day}</translation>
    </message>
    <message>
        <source>Family {id}</source>
        <translation>Gezin {id}</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>Aanvraag intrekken</translation>
    </message>
    <message>
        <source>Withdraw the request to destroy {subject}? Nothing is removed.</source>
        <translation>De aanvraag om {subject} te vernietigen intrekken? Er wordt niets verwijderd.</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Scaling answers</source>
        <translation>Antwoorden op de schaalvraag</translation>
    </message>
    <message>
        <source>Record scaling answer…</source>
        <translation>Schaalvraag vastleggen…</translation>
    </message>
    <message>
        <source>Safety: the scaling question</source>
        <translation>Veiligheid: de schaalvraag</translation>
    </message>
    <message>
        <source>How safe is it now, from 0 to 10 (10: safe enough to close)? Ask the family, the network and yourself, again at each evaluation.</source>
        <translation>Hoe veilig is het nu, van 0 tot 10 (10: veilig genoeg om af te sluiten)? Vraag het aan het gezin, het netwerk en jezelf, opnieuw bij elke evaluatie.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwoord door</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source> (the worker)</source>
        <translation> (de medewerker)</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>sinds {date}</translation>
    </message>
    <message>
        <source>The scaling question has not been asked yet.</source>
        <translation>De schaalvraag is nog niet gesteld.</translation>
    </message>
</context>
<context>
    <name>ScalingDialog</name>
    <message>
        <source>Record a scaling answer</source>
        <translation>Schaalvraag vastleggen</translation>
    </message>
    <message>
        <source>On a scale of 0 to 10, where 10 means everyone is confident the children are safe enough to close the case and 0 means it is certain they will be hurt again: where are we now?</source>
        <translation>Op een schaal van 0 tot 10, waarbij 10 betekent dat iedereen erop vertrouwt dat de kinderen veilig genoeg zijn om de zaak af te sluiten en 0 dat zeker is dat ze weer iets overkomt: waar staan we nu?</translation>
    </message>
    <message>
        <source>Who answers?</source>
        <translation>Wie antwoordt?</translation>
    </message>
    <message>
        <source>in their own words, briefly (optional)</source>
        <translation>in eigen woorden, kort (niet verplicht)</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwoord door</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>Score (0-10)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>{name} (network)</source>
        <translation>{name} (netwerk)</translation>
    </message>
    <message>
        <source>{name} (the worker)</source>
        <translation>{name} (de medewerker)</translation>
    </message>
</context>
<context>
    <name>ScopeToggle</name>
    <message>
        <source>My cases</source>
        <translation>Mijn casussen</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Hele team</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Find family by name, BSN or date of birth</source>
        <translation>Zoek gezin op naam, BSN of geboortedatum</translation>
    </message>
    <message>
        <source>Name, BSN or date of birth (dd-mm-jjjj)…</source>
        <translation>Naam, BSN of geboortedatum (dd-mm-jjjj)…</translation>
    </message>
    <message>
        <source>Find a family</source>
        <translation>Zoek gezin</translation>
    </message>
    <message>
        <source>Every family of your teams: type a name (each word the start of a name), a BSN or a date of birth.</source>
        <translation>Alle gezinnen van je teams: typ een naam (elk woord het begin van een naam), een BSN of een geboortedatum.</translation>
    </message>
    <message>
        <source>Type at least part of a name, a BSN or a date of birth.</source>
        <translation>Typ (het begin van) een naam, een BSN of een geboortedatum.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>The search failed.
{reason}</source>
        <translation>Het zoeken is mislukt.
{reason}</translation>
    </message>
    <message>
        <source>This is not a valid BSN: it does not pass the 11-check. Check the digits.</source>
        <translation>Dit is geen geldig BSN: het voldoet niet aan de 11-proef. Controleer de cijfers.</translation>
    </message>
    <message>
        <source>This date does not exist. Type a date of birth as dd-mm-jjjj.</source>
        <translation>Deze datum bestaat niet. Typ een geboortedatum als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>No family found in your teams.</source>
        <translation>Geen gezin gevonden in je teams.</translation>
    </message>
    <message>
        <source>More than {count} families: refine your search</source>
        <translation>Meer dan {count} gezinnen: verfijn je zoekopdracht</translation>
    </message>
    <message numerus="yes">
        <source>%n family/families</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Edit segment</source>
        <translation>Segment wijzigen</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nieuw segment</translation>
    </message>
    <message>
        <source>Help in a segment that needs a referral is refused without a referrer (the social team, a GP, ...).</source>
        <translation>Hulp in een segment waarvoor een verwijzing nodig is, wordt zonder verwijzer geweigerd (het sociaal team, een huisarts, ...).</translation>
    </message>
    <message>
        <source>e.g. B1</source>
        <translation>bijv. B1</translation>
    </message>
    <message>
        <source>Help in this segment needs a referral</source>
        <translation>Voor hulp in dit segment is een verwijzing nodig</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <source>Order in lists</source>
        <translation>Volgorde in lijsten</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>Nieuw segment…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>How specialised help is. Products are filed under a segment; an inactive segment is kept for the products that have it but is not offered for new ones.</source>
        <translation>Hoe gespecialiseerd de hulp is. Producten vallen onder een segment; een inactief segment blijft bij de producten die het al hebben, maar wordt voor nieuwe producten niet meer aangeboden.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Heractiveren</translation>
    </message>
    <message>
        <source>A colleague changed this in the meantime. The list now shows the latest version; make your change again.</source>
        <translation>Een collega heeft dit intussen gewijzigd. De lijst toont nu de nieuwste versie; breng je wijziging opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Needs a referral</source>
        <translation>Verwijzing nodig</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>SharingBasis</name>
    <message>
        <source>Consent (checked against the register)</source>
        <translation>Toestemming (getoetst aan het register)</translation>
    </message>
    <message>
        <source>Legal ground: {ground}</source>
        <translation>Wettelijke grondslag: {ground}</translation>
    </message>
    <message>
        <source>Why this legal ground applies (required)</source>
        <translation>Waarom deze grondslag geldt (verplicht)</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hoofdvenster</translation>
    </message>
    <message>
        <source>Case window</source>
        <translation>Casusvenster</translation>
    </message>
    <message>
        <source>Every form and list</source>
        <translation>Elk formulier en elke lijst</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>Signal to the account holder</source>
        <translation>Signaal aan de accounthouder</translation>
    </message>
    <message>
        <source>A signal about {provider} to its account holder, who follows up with the provider. The account holder sees the kind, the date and your team - not this family or your note.</source>
        <translation>Een signaal over {provider} aan de accounthouder, die het met de aanbieder oppakt. De accounthouder ziet de soort, de datum en je team - niet dit gezin en niet je notitie.</translation>
    </message>
    <message>
        <source>Choose what is wrong…</source>
        <translation>Kies wat er misgaat…</translation>
    </message>
    <message>
        <source>For your team only: what happened</source>
        <translation>Alleen voor je team: wat er gebeurde</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note for the team</source>
        <translation>Notitie voor het team</translation>
    </message>
</context>
<context>
    <name>SignalsDialog</name>
    <message>
        <source>Map the signals of domestic violence or child abuse: what was seen or heard, by whom, when.</source>
        <translation>Breng de signalen van huiselijk geweld of kindermishandeling in kaart: wat is gezien of gehoord, door wie, wanneer.</translation>
    </message>
    <message>
        <source>the signals, as factual as possible</source>
        <translation>de signalen, zo feitelijk mogelijk</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Something went wrong; the last action may not have been completed. Reference for support: {reference}.</source>
        <translation>Er ging iets mis; de laatste handeling is misschien niet afgemaakt. Referentie voor de helpdesk: {reference}.</translation>
    </message>
    <message>
        <source>Not encrypted: run &apos;gezinsregie db encrypt&apos;</source>
        <translation>Niet versleuteld: voer &apos;gezinsregie db encrypt&apos; uit</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Own statement</source>
        <translation>Eigen verklaring</translation>
    </message>
    <message>
        <source>A family member who disagrees with part of the file may have their own statement added to it (Jeugdwet 7.3.8). It is shown and printed with that part, and never changed or removed; a later statement may follow.</source>
        <translation>Een gezinslid dat het niet eens is met een deel van het dossier, mag er een eigen verklaring aan laten toevoegen (Jeugdwet 7.3.8). Die wordt bij dat deel getoond en afgedrukt, en nooit gewijzigd of verwijderd; er mag later een nieuwe verklaring volgen.</translation>
    </message>
    <message>
        <source>Choose a family member</source>
        <translation>Kies een gezinslid</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>In eigen woorden</translation>
    </message>
    <message>
        <source>Statement of</source>
        <translation>Verklaring van</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Verklaring</translation>
    </message>
</context>
<context>
    <name>StatementTexts</name>
    <message>
        <source>Own statement of {name} ({date}): {text}</source>
        <translation>Eigen verklaring van {name} ({date}): {text}</translation>
    </message>
    <message>
        <source>Corrected on {date} by {worker} at the request of {name}. Before: “{old}”. Reason: {reason}</source>
        <translation>Gecorrigeerd op {date} door {worker} op verzoek van {name}. Eerst stond er: ‘{old}’. Reden: {reason}</translation>
    </message>
    <message>
        <source>About the goal “{goal}”: {line}</source>
        <translation>Over het doel ‘{goal}’: {line}</translation>
    </message>
    <message>
        <source>Family-group plan: not offered yet</source>
        <translation>Familiegroepsplan: nog niet aangeboden</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>nog geen antwoord</translation>
    </message>
    <message>
        <source>Family-group plan: offered on {date} - {answer}</source>
        <translation>Familiegroepsplan: aangeboden op {date} - {answer}</translation>
    </message>
</context>
<context>
    <name>SteeringView</name>
    <message>
        <source>Figures per provider and product category</source>
        <translation>Cijfers per aanbieder en productcategorie</translation>
    </message>
    <message>
        <source>Goal realisation per segment</source>
        <translation>Doelrealisatie per segment</translation>
    </message>
    <message>
        <source>Flows of help</source>
        <translation>Stromen van hulp</translation>
    </message>
    <message>
        <source>Help ended by end reason</source>
        <translation>Beëindigde hulp naar reden einde</translation>
    </message>
    <message>
        <source>Lead time chart</source>
        <translation>Grafiek doorlooptijd</translation>
    </message>
    <message>
        <source>Per provider and product category</source>
        <translation>Per aanbieder en productcategorie</translation>
    </message>
    <message>
        <source>Segments and flows</source>
        <translation>Segmenten en stromen</translation>
    </message>
    <message>
        <source>Lead time per provider and category: median (days)</source>
        <translation>Doorlooptijd per aanbieder en categorie: mediaan (dagen)</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Doorlooptijd</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kies</translation>
    </message>
    <message>
        <source>Correct: {step}</source>
        <translation>Corrigeren: {step}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Choose a decision…</source>
        <translation>Kies een besluit…</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, or empty</source>
        <translation>dd-mm-jjjj, of leeg</translation>
    </message>
    <message>
        <source>The agreements: what improves, how it is measured</source>
        <translation>De afspraken: wat verbetert, hoe het wordt gemeten</translation>
    </message>
    <message>
        <source>What was discussed; where the provider stands</source>
        <translation>Wat er besproken is; waar de aanbieder staat</translation>
    </message>
    <message>
        <source>Why; what was agreed</source>
        <translation>Waarom; wat er is afgesproken</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Improved by</source>
        <translation>Verbeterd vóór</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>What was recorded</source>
        <translation>Wat is vastgelegd</translation>
    </message>
    <message>
        <source>{step} (correction)</source>
        <translation>{step} (correctie)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Consulted {colleague}; Veilig Thuis ({contact}, {date}): {advice}</source>
        <translation>Overlegd met {colleague}; Veilig Thuis ({contact}, {date}): {advice}</translation>
    </message>
    <message>
        <source>Held: {note}</source>
        <translation>Gevoerd: {note}</translation>
    </message>
    <message>
        <source>Not held: {note}</source>
        <translation>Niet gevoerd: {note}</translation>
    </message>
    <message>
        <source>{conclusion} ({answers})</source>
        <translation>{conclusion} ({answers})</translation>
    </message>
    <message>
        <source>{decision}, reported on {date} {reference}</source>
        <translation>{decision}, gemeld op {date} {reference}</translation>
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
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team {name}</source>
        <translation>Team {name}</translation>
    </message>
    <message>
        <source>The team&apos;s phone and e-mail are printed on a plan when its director has none. A family&apos;s municipality is chosen from the team&apos;s municipalities first.</source>
        <translation>Telefoon en e-mail van het team staan op een plan als de regisseur ze niet heeft. De gemeente van een gezin wordt eerst gekozen uit de gemeenten van het team.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>The team&apos;s municipalities</source>
        <translation>De gemeenten van het team</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Standaard maken</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Choose a municipality from the list.</source>
        <translation>Kies een gemeente uit de lijst.</translation>
    </message>
</context>
<context>
    <name>TeamOverviewModel</name>
    <message>
        <source>Without director</source>
        <translation>Zonder regisseur</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (uit dienst)</translation>
    </message>
    <message>
        <source>{name} (not in this team)</source>
        <translation>{name} (niet in dit team)</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
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
        <source>High priority</source>
        <translation>Hoge prioriteit</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewogen</translation>
    </message>
    <message>
        <source>Evaluations overdue</source>
        <translation>Evaluaties te laat</translation>
    </message>
    <message>
        <source>Waakvlam contacts overdue</source>
        <translation>Waakvlamcontacten te laat</translation>
    </message>
    <message>
        <source>Help past its norm</source>
        <translation>Hulp over de norm</translation>
    </message>
    <message>
        <source>Extensions to approve</source>
        <translation>Verlengingen te beoordelen</translation>
    </message>
    <message>
        <source>Meldcode open</source>
        <translation>Meldcode open</translation>
    </message>
    <message>
        <source>Per open case: the status weight times the priority factor, plus complexity (help in segment B or C, samenregie or direction elsewhere). Bold from {threshold}.</source>
        <translation>Per open casus: het gewicht van de status maal de prioriteitsfactor, plus complexiteit (hulp in segment B of C, samenregie of regie elders). Vet vanaf {threshold}.</translation>
    </message>
    <message>
        <source>Running help past the product&apos;s maximum duration, or extended at least its maximum number of times (2 when the product sets none).</source>
        <translation>Lopende hulp die langer duurt dan het maximum van het product, of minstens zo vaak is verlengd als het product toestaat (2 keer als het product niets vastlegt).</translation>
    </message>
    <message>
        <source>Overloaded: at or above {threshold}</source>
        <translation>Overbelast: op of boven {threshold}</translation>
    </message>
    <message>
        <source>Open cases whose director has left or is no longer in this team: reassign them.</source>
        <translation>Open casussen waarvan de regisseur uit dienst is of niet meer in dit team zit: herverdeel ze.</translation>
    </message>
    <message>
        <source>These cases are also counted under “Without director”.</source>
        <translation>Deze casussen tellen ook mee onder ‘Zonder regisseur’.</translation>
    </message>
</context>
<context>
    <name>TeamOverviewPage</name>
    <message>
        <source>Team overview</source>
        <translation>Teamoverzicht</translation>
    </message>
    <message>
        <source>Per worker the open cases of the team, the weighted caseload and what is overdue. Choose a worker to see their cases and reassign them.</source>
        <translation>Per medewerker de open casussen van het team, de gewogen caseload en wat te laat is. Kies een medewerker om diens casussen te zien en te herverdelen.</translation>
    </message>
    <message>
        <source>Filter workers</source>
        <translation>Medewerkers filteren</translation>
    </message>
    <message>
        <source>Filter by worker…</source>
        <translation>Filter op medewerker…</translation>
    </message>
    <message>
        <source>Only overloaded or with overdue items</source>
        <translation>Alleen overbelast of met iets te laat</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Gewichten…</translation>
    </message>
    <message>
        <source>Extensions need a supervisor&apos;s approval</source>
        <translation>Verlengingen vragen akkoord van een leidinggevende</translation>
    </message>
    <message>
        <source>On: an extension of help in this team&apos;s cases waits until a supervisor of the team, not the one who asked, approves it. Off: it takes effect at once.</source>
        <translation>Aan: een verlenging van hulp in de casussen van dit team wacht tot een leidinggevende van het team (niet de aanvrager) akkoord geeft. Uit: de verlenging gaat meteen in.</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Herverdelen…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>The team overview could not be loaded.
{reason}</source>
        <translation>Het teamoverzicht kon niet worden geladen.
{reason}</translation>
    </message>
    <message>
        <source>Team: {open} open cases (intake {intake}, active {active}, waakvlam {waakvlam}) · weighted {weighted} · overdue: evaluations {evaluations}, waakvlam contacts {contacts} · without director: {unassigned}</source>
        <translation>Team: {open} open casussen (intake {intake}, actief {active}, waakvlam {waakvlam}) · gewogen {weighted} · te laat: evaluaties {evaluations}, waakvlamcontacten {contacts} · zonder regisseur: {unassigned}</translation>
    </message>
    <message>
        <source>help past its norm: {norm} · extensions to approve: {awaiting}</source>
        <translation>hulp over de norm: {norm} · verlengingen te beoordelen: {awaiting}</translation>
    </message>
    <message>
        <source>{shown} of {total} workers</source>
        <translation>{shown} van {total} medewerkers</translation>
    </message>
    <message>
        <source>{total} workers</source>
        <translation>{total} medewerkers</translation>
    </message>
    <message>
        <source>Choose a worker above to see their cases.</source>
        <translation>Kies hierboven een medewerker om diens casussen te zien.</translation>
    </message>
    <message>
        <source>Cases without director</source>
        <translation>Casussen zonder regisseur</translation>
    </message>
    <message>
        <source>Cases of {name}</source>
        <translation>Casussen van {name}</translation>
    </message>
    <message>
        <source>Reassign {count} cases…</source>
        <translation>{count} casussen herverdelen…</translation>
    </message>
    <message>
        <source>A colleague changed one of these cases in the meantime; nothing was reassigned. The overview has been reloaded.</source>
        <translation>Een collega heeft intussen een van deze casussen gewijzigd; er is niets herverdeeld. Het overzicht is opnieuw geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) moved to {name}.</source>
        <translation>
            <numerusform>%n casus verplaatst naar {name}.</numerusform>
            <numerusform>%n casussen verplaatst naar {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extensions in this team now wait for a supervisor&apos;s approval.</source>
        <translation>Verlengingen in dit team wachten nu op akkoord van een leidinggevende.</translation>
    </message>
    <message>
        <source>Extensions in this team now take effect at once.</source>
        <translation>Verlengingen in dit team gaan nu meteen in.</translation>
    </message>
    <message>
        <source>The caseload weights were saved.</source>
        <translation>De caseloadgewichten zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Workers of the team</source>
        <translation>Medewerkers van het team</translation>
    </message>
    <message>
        <source>Cases of the chosen worker</source>
        <translation>Casussen van de gekozen medewerker</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>What is overdue and what is due this week, across the cases you direct.</source>
        <translation>Wat te laat is en wat deze week op je wacht, in alle casussen waarvan jij regisseur bent.</translation>
    </message>
    <message>
        <source>Also show later items</source>
        <translation>Ook latere acties tonen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>The list could not be loaded.
{reason}</source>
        <translation>De lijst kon niet worden geladen.
{reason}</translation>
    </message>
    <message>
        <source>Nothing is planned for your cases.</source>
        <translation>Er staat niets gepland voor je casussen.</translation>
    </message>
    <message>
        <source>Nothing is overdue and nothing is due this week.</source>
        <translation>Er is niets te laat en er staat deze week niets gepland.</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Wat aandacht vraagt</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer case</source>
        <translation>Casus overdragen</translation>
    </message>
    <message>
        <source>{name} now directs this case. Who takes over? The transfer is kept in the case history.</source>
        <translation>{name} is nu regisseur van deze casus. Wie neemt het over? De overdracht blijft zichtbaar in de geschiedenis.</translation>
    </message>
    <message>
        <source>e.g. leave, caseload, a better match</source>
        <translation>bijv. verlof, caseload, een betere match</translation>
    </message>
    <message>
        <source>New director</source>
        <translation>Nieuwe regisseur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overdragen</translation>
    </message>
</context>
<context>
    <name>TransitionPlanDialog</name>
    <message>
        <source>Transition at 18</source>
        <translation>Overgang naar 18</translation>
    </message>
    <message>
        <source>Help under the Jeugdwet ends at 18 (unless extended). Plan with the young person what takes over: support from the municipality (Wmo), long-term care (Wlz), care through the health insurance (Zvw), school or work, and income. Once someone is responsible, the due item on Vandaag is done.</source>
        <translation>Hulp vanuit de Jeugdwet stopt op 18 jaar (tenzij verlengd). Plan met de jongere wat het overneemt: ondersteuning door de gemeente (Wmo), langdurige zorg (Wlz), zorg via de zorgverzekering (Zvw), school of werk, en inkomen. Zodra iemand verantwoordelijk is, is het punt op Vandaag afgehandeld.</translation>
    </message>
    <message>
        <source>Choose a young person</source>
        <translation>Kies een jongere</translation>
    </message>
    <message>
        <source>{name} ({age})</source>
        <translation>{name} ({age})</translation>
    </message>
    <message>
        <source>a name and/or organisation, e.g. the Wmo consultant</source>
        <translation>een naam en/of organisatie, bijv. de Wmo-consulent</translation>
    </message>
    <message>
        <source>what is agreed, by whom and when</source>
        <translation>wat is afgesproken, door wie en wanneer</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>TransitionSection</name>
    <message>
        <source>Transition at 18</source>
        <translation>Overgang naar 18</translation>
    </message>
    <message>
        <source>Plan transition…</source>
        <translation>Overgang plannen…</translation>
    </message>
    <message>
        <source>From 16½ plan with each young person what takes over when youth help ends at 18: Wmo, Wlz, Zvw, school or work, income - and who is responsible.</source>
        <translation>Plan vanaf 16½ met elke jongere wat het overneemt als de jeugdhulp op 18 stopt: Wmo, Wlz, Zvw, school of werk, inkomen - en wie daarvoor verantwoordelijk is.</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domeinen</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of the family plan</source>
        <translation>Versies van het gezinsplan</translation>
    </message>
    <message>
        <source>Plan versions</source>
        <translation>Planversies</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Deze versie</translation>
    </message>
    <message>
        <source>Changes from the previous version</source>
        <translation>Wijzigingen ten opzichte van de vorige versie</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Version {number} · {status}</source>
        <translation>Versie {number} · {status}</translation>
    </message>
    <message>
        <source>Agreed on {date} with {who}</source>
        <translation>Vastgesteld op {date} met {who}</translation>
    </message>
    <message>
        <source>Plan date {date}</source>
        <translation>Plandatum {date}</translation>
    </message>
    <message>
        <source>This is the first version; there is no earlier version to compare it with.</source>
        <translation>Dit is de eerste versie; er is geen eerdere versie om mee te vergelijken.</translation>
    </message>
    <message>
        <source>From version {old} to version {new}</source>
        <translation>Van versie {old} naar versie {new}</translation>
    </message>
    <message>
        <source>Nothing changed from the previous version.</source>
        <translation>Er is niets gewijzigd ten opzichte van de vorige versie.</translation>
    </message>
</context>
<context>
    <name>WaakvlamDialog</name>
    <message>
        <source>Choose who holds the waakvlam</source>
        <translation>Kies wie de waakvlam houdt</translation>
    </message>
    <message>
        <source>Choose from the family&apos;s network</source>
        <translation>Kies uit het netwerk van het gezin</translation>
    </message>
    <message>
        <source>Name, and where to reach them</source>
        <translation>Naam, en hoe bereikbaar</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>every </source>
        <translation>elke </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>e.g. Petra calls Ayşe every six weeks; with concerns she calls the director the same day</source>
        <translation>bijv. Petra belt elke zes weken met Ayşe; bij zorgen belt ze dezelfde dag de regisseur</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Waakvlam bij</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>From the network</source>
        <translation>Uit het netwerk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Start op</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Start waakvlam</source>
        <translation>Waakvlam starten</translation>
    </message>
    <message>
        <source>Runs until {end}; {count} contacts planned, the first on {first}.</source>
        <translation>Loopt tot {end}; {count} contacten gepland, het eerste op {first}.</translation>
    </message>
</context>
<context>
    <name>WaakvlamDialogs</name>
    <message>
        <source>Set up the waakvlam</source>
        <translation>Waakvlam instellen</translation>
    </message>
    <message>
        <source>Help has ended; the case stays in view. Agree who keeps a finger on the pulse, for how long and how often. If things go wrong again, the case is reopened quickly with its history.</source>
        <translation>De hulp is klaar; de casus blijft in beeld. Spreek af wie de vinger aan de pols houdt, hoe lang en hoe vaak. Gaat het weer mis, dan wordt de casus snel heropend, met de geschiedenis erbij.</translation>
    </message>
    <message>
        <source>Log the contact of {date}</source>
        <translation>Contact van {date} vastleggen</translation>
    </message>
    <message>
        <source>Log an extra contact</source>
        <translation>Extra contact vastleggen</translation>
    </message>
    <message>
        <source>How is it going? With concerns, say what is going on; when things go wrong again, reopen the case.</source>
        <translation>Hoe gaat het? Bij zorgen: beschrijf wat er speelt. Gaat het weer mis, heropen dan de casus.</translation>
    </message>
</context>
<context>
    <name>WaakvlamModel</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Houder</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Volgend contact</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} t/m {end}</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Niet gepland</translation>
    </message>
    <message>
        <source>The waakvlam has ended: end it in the case to close the case.</source>
        <translation>De looptijd van de waakvlam is voorbij: beëindig de waakvlam in de casus om de casus te sluiten.</translation>
    </message>
</context>
<context>
    <name>WaakvlamPage</name>
    <message>
        <source>Waakvlam</source>
        <translation>Waakvlam</translation>
    </message>
    <message>
        <source>Cases where help has ended and someone keeps a finger on the pulse. Open a case to log a contact.</source>
        <translation>Casussen waarin de hulp is afgesloten en iemand een vinger aan de pols houdt. Open een casus om een contact vast te leggen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n family/families in waakvlam</source>
        <translation>
            <numerusform>%n gezin in waakvlam</numerusform>
            <numerusform>%n gezinnen in waakvlam</numerusform>
        </translation>
    </message>
    <message>
        <source>Families in waakvlam</source>
        <translation>Gezinnen in waakvlam</translation>
    </message>
    <message>
        <source>The waakvlam list could not be loaded.
{reason}</source>
        <translation>De waakvlamlijst kon niet worden geladen.
{reason}</translation>
    </message>
    <message>
        <source>No waakvlam is running in your team&apos;s cases.</source>
        <translation>Er loopt geen waakvlam in de casussen van je team.</translation>
    </message>
    <message>
        <source>None of your cases is in waakvlam.</source>
        <translation>Geen van je casussen is in waakvlam.</translation>
    </message>
</context>
<context>
    <name>WaakvlamTab</name>
    <message>
        <source>No waakvlam</source>
        <translation>Geen waakvlam</translation>
    </message>
    <message>
        <source>When help ends, the case does not simply vanish. A waakvlam (&quot;pilot light&quot;) agrees who keeps a finger on the pulse - the social-team worker, the youth and family coach at school, the GP, someone from the network - for how long and how often. Planned contacts are logged; if things go wrong again, the case is reopened quickly with its history intact.</source>
        <translation>Als de hulp stopt, verdwijnt de casus niet zomaar. Met een waakvlam spreek je af wie de vinger aan de pols houdt – de medewerker van het sociaal team, de jeugd- en gezinscoach op school, de huisarts, iemand uit het netwerk – hoe lang en hoe vaak. Geplande contacten worden vastgelegd; gaat het weer mis, dan wordt de casus snel heropend, met de geschiedenis erbij.</translation>
    </message>
    <message>
        <source>Set up the waakvlam…</source>
        <translation>Waakvlam instellen…</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>Contact vastleggen…</translation>
    </message>
    <message>
        <source>End the waakvlam…</source>
        <translation>Waakvlam beëindigen…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>{start} until {end} · a contact every {weeks} weeks</source>
        <translation>{start} tot {end} · elke {weeks} weken contact</translation>
    </message>
    <message>
        <source>No agreement written down.</source>
        <translation>Geen afspraak opgeschreven.</translation>
    </message>
    <message>
        <source>No planned contact left: end the waakvlam, or log an extra contact.</source>
        <translation>Geen gepland contact meer: beëindig de waakvlam, of leg een extra contact vast.</translation>
    </message>
    <message>
        <source>Next contact {date} – overdue</source>
        <translation>Volgend contact {date} – te laat</translation>
    </message>
    <message>
        <source>Next contact {date}</source>
        <translation>Volgend contact {date}</translation>
    </message>
    <message>
        <source>Earlier waakvlam {start} – {end} ({holder}): {status}</source>
        <translation>Eerdere waakvlam {start} – {end} ({holder}): {status}</translation>
    </message>
    <message>
        <source>The case is closed</source>
        <translation>De casus is afgesloten</translation>
    </message>
    <message>
        <source>Help is still running</source>
        <translation>Er loopt nog hulp</translation>
    </message>
    <message>
        <source>A waakvlam follows help that has ended. Still running: {providers}. End this help now?</source>
        <translation>Een waakvlam volgt op hulp die is beëindigd. Nog lopend: {providers}. Deze hulp nu beëindigen?</translation>
    </message>
    <message>
        <source>The case is active again. This counts as recurrence (recidive); the history and the earlier waakvlam stay in the file.</source>
        <translation>De casus is weer actief. Dit telt als recidive; de geschiedenis en de eerdere waakvlam blijven in het dossier.</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Casus heropenen</translation>
    </message>
    <message>
        <source>Reopening makes the case active again with its history intact, and ends the waakvlam. It counts as recurrence (recidive) in the figures. Reopen the case?</source>
        <translation>Heropenen maakt de casus weer actief, met de geschiedenis erbij, en beëindigt de waakvlam. Het telt als recidive in de cijfers. De casus heropenen?</translation>
    </message>
    <message>
        <source>End the waakvlam</source>
        <translation>Waakvlam beëindigen</translation>
    </message>
    <message>
        <source>Ending the waakvlam closes the case (reason: waakvlam ended). The file stays readable and the case can be reopened. End the waakvlam today?</source>
        <translation>Met het beëindigen van de waakvlam wordt de casus afgesloten (reden: waakvlam beëindigd). Het dossier blijft leesbaar en de casus kan worden heropend. De waakvlam vandaag beëindigen?</translation>
    </message>
</context>
<context>
    <name>WeighingDialog</name>
    <message>
        <source>Weigh with the assessment framework. Report whenever there is acute or structural unsafety, or when help cannot be given, is not accepted or does not lead to lasting safety.</source>
        <translation>Weeg af met het afwegingskader. Meld altijd bij acute of structurele onveiligheid, of wanneer hulp niet geboden kan worden, niet wordt aanvaard of niet tot duurzame veiligheid leidt.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>Answer all five questions.</source>
        <translation>Beantwoord alle vijf de vragen.</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Caseload weights</source>
        <translation>Caseloadgewichten</translation>
    </message>
    <message>
        <source>A case counts as its status weight times its priority factor, plus its complexity: for each involvement in segment B or C that has not ended, and once for samenregie or direction elsewhere.</source>
        <translation>Een casus telt als het gewicht van de status maal de prioriteitsfactor, plus de complexiteit: voor elke inzet in segment B of C die nog niet is beëindigd, en eenmaal bij samenregie of regie elders.</translation>
    </message>
    <message>
        <source>Case in intake</source>
        <translation>Casus in intake</translation>
    </message>
    <message>
        <source>Active case</source>
        <translation>Actieve casus</translation>
    </message>
    <message>
        <source>Case in waakvlam</source>
        <translation>Casus in waakvlam</translation>
    </message>
    <message>
        <source>Factor for high priority</source>
        <translation>Factor bij hoge prioriteit</translation>
    </message>
    <message>
        <source>Per involvement in segment B</source>
        <translation>Per inzet in segment B</translation>
    </message>
    <message>
        <source>Per involvement in segment C</source>
        <translation>Per inzet in segment C</translation>
    </message>
    <message>
        <source>Samenregie or direction elsewhere</source>
        <translation>Samenregie of regie elders</translation>
    </message>
    <message>
        <source>Overloaded from (weighted)</source>
        <translation>Overbelast vanaf (gewogen)</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standaardwaarden terugzetten</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 1,5.</source>
        <translation>Vul een getal in, bijvoorbeeld 1,5.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulptekst en stop</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten ontbreken: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde voor %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwacht hooguit één argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>verwacht %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>verwacht %s argumenten</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan passen bij %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>genegeerd expliciet argument %r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan &apos;%(filename)s&apos; niet openen: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende opdracht %(parser_name)r (keuzes: %(choices)s)</translation>
    </message>
</context>
</TS>
