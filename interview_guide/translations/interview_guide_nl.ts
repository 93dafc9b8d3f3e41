<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Space switches it on or off.</source>
        <translation>Spatie zet het aan of uit.</translation>
    </message>
    <message>
        <source>Space or Return presses it.</source>
        <translation>Spatie of Enter drukt erop.</translation>
    </message>
    <message>
        <source>The arrow keys choose a value; Alt+Down opens the list.</source>
        <translation>De pijltoetsen kiezen een waarde; Alt+Omlaag opent de lijst.</translation>
    </message>
    <message>
        <source>Type the date and time; the arrow keys change the part the cursor is in.</source>
        <translation>Typ de datum en tijd; de pijltoetsen wijzigen het deel waar de cursor staat.</translation>
    </message>
    <message>
        <source>Type a number, or change it with the arrow keys.</source>
        <translation>Typ een getal, of wijzig het met de pijltoetsen.</translation>
    </message>
    <message>
        <source>Text of several lines; Tab goes on to the next field.</source>
        <translation>Tekst van meerdere regels; Tab gaat naar het volgende veld.</translation>
    </message>
    <message>
        <source>A line of text.</source>
        <translation>Een regel tekst.</translation>
    </message>
    <message>
        <source>The headings of the table; the table itself is read cell by cell.</source>
        <translation>De kopjes van de tabel; de tabel zelf wordt cel voor cel voorgelezen.</translation>
    </message>
    <message>
        <source>Ctrl+Tab or the arrow keys go to the next tab.</source>
        <translation>Ctrl+Tab of de pijltoetsen gaan naar het volgende tabblad.</translation>
    </message>
    <message>
        <source>The arrow keys move through the list; Return opens the one chosen.</source>
        <translation>De pijltoetsen gaan door de lijst; Enter opent het gekozen item.</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Kolomkoppen</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Rijkoppen</translation>
    </message>
</context>
<context>
    <name>AdminFolder</name>
    <message>
        <source>Some files of the admin folder are broken; the shipped ones are used instead.</source>
        <translation>Enkele bestanden in de beheermap zijn beschadigd; de meegeleverde bestanden worden gebruikt.</translation>
    </message>
    <message>
        <source>Please tell your IT department.</source>
        <translation>Meld dit aan uw IT-afdeling.</translation>
    </message>
</context>
<context>
    <name>AnnotationBar</name>
    <message>
        <source>Trainer&apos;s view of entry %1</source>
        <translation>Aantekening van de trainer bij vraag %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Write a trainer note on this question…</source>
        <translation>Schrijf een aantekening van de trainer bij deze vraag…</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Over: %1</translation>
    </message>
    <message>
        <source>Trainer notes in this theme</source>
        <translation>Aantekeningen van de trainer in dit thema</translation>
    </message>
    <message>
        <source>Entries with a note (click to open):</source>
        <translation>Vragen met een aantekening (klik om te openen):</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Translation files missing (%1): some texts are in English.</source>
        <translation>Vertaalbestanden ontbreken (%1): sommige teksten staan in het Engels.</translation>
    </message>
    <message>
        <source>The question banks are damaged:</source>
        <translation>De vragenbanken zijn beschadigd:</translation>
    </message>
</context>
<context>
    <name>AutosaveStatus</name>
    <message>
        <source>Autosave on</source>
        <translation>Automatisch opslaan aan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Autosaved %1</source>
        <translation>Automatisch opgeslagen %1</translation>
    </message>
    <message>
        <source>Autosave FAILED: the text is only in memory</source>
        <translation>Automatisch opslaan MISLUKT: de tekst staat alleen in het geheugen</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Automatisch opslaan mislukt</translation>
    </message>
    <message>
        <source>%1

Nothing typed is lost: it stays in memory and autosave keeps trying. Save the case file somewhere else now? (File › Save as…, %2)</source>
        <translation>%1

Wat u hebt getypt, gaat niet verloren: het blijft in het geheugen en automatisch opslaan blijft het proberen. Wilt u het dossierbestand nu op een andere plek opslaan? (Bestand › Opslaan als…, %2)</translation>
    </message>
</context>
<context>
    <name>BreakDialog</name>
    <message>
        <source>Start a break</source>
        <translation>Pauze starten</translation>
    </message>
    <message>
        <source>Reason for the break (optional):</source>
        <translation>Reden voor de pauze (optioneel):</translation>
    </message>
    <message>
        <source>Offered by the officer</source>
        <translation>Aangeboden door de hoormedewerker</translation>
    </message>
    <message>
        <source>Asked for by the applicant</source>
        <translation>Gevraagd door de aanvrager</translation>
    </message>
    <message>
        <source>Asked for by the interpreter</source>
        <translation>Gevraagd door de tolk</translation>
    </message>
    <message>
        <source>Medical reasons</source>
        <translation>Medische redenen</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
</context>
<context>
    <name>CaseLock</name>
    <message>
        <source>%1 is open in another Interview Guide window or command.</source>
        <translation>%1 is geopend in een ander venster of commando van Interview Guide.</translation>
    </message>
    <message>
        <source>%1 is open in %2 on %3 (process %4) since %5.</source>
        <translation>%1 is geopend in %2 op %3 (proces %4) sinds %5.</translation>
    </message>
    <message>
        <source>A case file has one writer at a time: close it there first, or save this hearing under another name.</source>
        <translation>Een dossierbestand heeft één schrijver tegelijk: sluit het daar eerst, of sla dit gehoor op onder een andere naam.</translation>
    </message>
    <message>
        <source>The case file is open elsewhere</source>
        <translation>Het dossierbestand is elders geopend</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Case and attendees</source>
        <translation>Zaak en aanwezigen</translation>
    </message>
    <message>
        <source>Fields marked * are needed for the report.</source>
        <translation>Velden met een * zijn nodig voor het rapport.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>V-number *</source>
        <translation>V-nummer *</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 cijfers</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <source>Applicant&apos;s name *</source>
        <translation>Naam aanvrager *</translation>
    </message>
    <message>
        <source>Name the applicant uses</source>
        <translation>Naam die de aanvrager gebruikt</translation>
    </message>
    <message>
        <source>if it differs from the name in the records</source>
        <translation>als die afwijkt van de naam in de registratie</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Aanspreekvorm</translation>
    </message>
    <message>
        <source>as the applicant wishes, e.g. mevrouw, meneer, first name only</source>
        <translation>zoals de aanvrager wil, bijv. mevrouw, meneer, alleen de voornaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Nationality *</source>
        <translation>Nationaliteit *</translation>
    </message>
    <message>
        <source>Kind of hearing</source>
        <translation>Soort gehoor</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>subsequent application</source>
        <translation>opvolgende aanvraag</translation>
    </message>
    <message>
        <source>Language of the hearing *</source>
        <translation>Taal van het gehoor *</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialect</translation>
    </message>
    <message>
        <source>Officer *</source>
        <translation>Hoormedewerker *</translation>
    </message>
    <message>
        <source>Officer&apos;s gender</source>
        <translation>Geslacht hoormedewerker</translation>
    </message>
    <message>
        <source>the applicant objects to counsel receiving the report</source>
        <translation>de aanvrager wil niet dat de gemachtigde het rapport krijgt</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Asielmotief</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <source>Location *</source>
        <translation>Locatie *</translation>
    </message>
    <message>
        <source>Start and end</source>
        <translation>Aanvang en einde</translation>
    </message>
    <message>
        <source>name or number</source>
        <translation>naam of nummer</translation>
    </message>
    <message>
        <source>Interpreter *</source>
        <translation>Tolk *</translation>
    </message>
    <message>
        <source>Register status</source>
        <translation>Registerstatus</translation>
    </message>
    <message>
        <source>Interpreter&apos;s gender</source>
        <translation>Geslacht tolk</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Wijze van tolken</translation>
    </message>
    <message>
        <source>why an interpreter outside the register</source>
        <translation>waarom een tolk van buiten het register</translation>
    </message>
    <message>
        <source>Reason (not in register)</source>
        <translation>Reden (niet in register)</translation>
    </message>
    <message>
        <source>Others present:</source>
        <translation>Verder aanwezig:</translation>
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
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <source>Requested gender of officer and interpreter</source>
        <translation>Verzoek over het geslacht van hoormedewerker en tolk</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>honoured</source>
        <translation>ingewilligd</translation>
    </message>
    <message>
        <source>not honoured</source>
        <translation>niet ingewilligd</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Hoormedewerker</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Sitting %1 (%2)</source>
        <translation>Zitting %1 (%2)</translation>
    </message>
    <message>
        <source>Sitting %1</source>
        <translation>Zitting %1</translation>
    </message>
</context>
<context>
    <name>ChangedOnDiskDialog</name>
    <message>
        <source>The case file changed on disk</source>
        <translation>Het dossierbestand is op schijf gewijzigd</translation>
    </message>
    <message>
        <source>Save as a copy…</source>
        <translation>Opslaan als kopie…</translation>
    </message>
    <message>
        <source>Reload the case file (drop my changes)</source>
        <translation>Dossierbestand opnieuw laden (mijn wijzigingen vervallen)</translation>
    </message>
    <message>
        <source>%1 was moved or deleted since you opened it.</source>
        <translation>%1 is verplaatst of verwijderd sinds u het opende.</translation>
    </message>
    <message>
        <source>%1 was changed by another program or window since you opened it (%2).</source>
        <translation>%1 is gewijzigd door een ander programma of venster sinds u het opende (%2).</translation>
    </message>
    <message>
        <source>Nothing was written. Save your version as a copy to keep both, or reload the case file and drop the changes you made here.</source>
        <translation>Er is niets weggeschreven. Sla uw versie op als kopie om beide te bewaren, of laad het dossierbestand opnieuw en laat de wijzigingen die u hier maakte vervallen.</translation>
    </message>
</context>
<context>
    <name>CheckerBadge</name>
    <message>
        <source>Use this wording</source>
        <translation>Deze formulering gebruiken</translation>
    </message>
    <message>
        <source>Replace the question with the suggested wording</source>
        <translation>De vraag vervangen door de voorgestelde formulering</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Geen bevindingen.</translation>
    </message>
    <message>
        <source>1 finding: %1</source>
        <translation>1 bevinding: %1</translation>
    </message>
    <message>
        <source>%1 findings: %2</source>
        <translation>%1 bevindingen: %2</translation>
    </message>
    <message>
        <source>Do not ask it like this</source>
        <translation>Stel de vraag niet zo</translation>
    </message>
    <message>
        <source>Try instead:</source>
        <translation>Probeer liever:</translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation>Liever:</translation>
    </message>
    <message>
        <source>%1 (%2), at “%3”</source>
        <translation>%1 (%2), bij “%3”</translation>
    </message>
    <message>
        <source>%1 (%2), in this hearing</source>
        <translation>%1 (%2), in dit gehoor</translation>
    </message>
</context>
<context>
    <name>CheckerFeature</name>
    <message>
        <source>Not asked: the checker blocks this question. Rephrase it, or give a reason.</source>
        <translation>Niet gesteld: de vraagcontrole blokkeert deze vraag. Formuleer de vraag anders, of geef een reden.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare two hearings</source>
        <translation>Twee gehoren vergelijken</translation>
    </message>
    <message>
        <source>Theme and what differs</source>
        <translation>Thema en wat verschilt</translation>
    </message>
    <message>
        <source>%1 questions, %2 open, %3 closed, %4 flagged; mean answer %5 words after open, %6 after closed</source>
        <translation>%1 vragen, %2 open, %3 gesloten, %4 gemarkeerd; gemiddeld antwoord %5 woorden na open, %6 na gesloten</translation>
    </message>
    <message>
        <source>%1: %2 vs %3</source>
        <translation>%1: %2 tegen %3</translation>
    </message>
    <message>
        <source>mean answer: %1 vs %2 words</source>
        <translation>gemiddeld antwoord: %1 tegen %2 woorden</translation>
    </message>
    <message>
        <source>questions: %1 vs %2</source>
        <translation>vragen: %1 tegen %2</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>(niet gevraagd)</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 woorden</translation>
    </message>
</context>
<context>
    <name>CorrectionsPage</name>
    <message>
        <source>Corrections and additions</source>
        <translation>Correcties en aanvullingen</translation>
    </message>
    <message>
        <source>Counsel&apos;s corrections and additions, read from the returned report: a separate layer, the recorded questions and answers never change. Respond to each one.</source>
        <translation>De correcties en aanvullingen van de gemachtigde, ingelezen uit het teruggestuurde rapport. Ze staan apart: de vastgelegde vragen en antwoorden veranderen nooit. Reageer op elk punt.</translation>
    </message>
    <message>
        <source>One item a row; the arrow keys move, the response column is typed in.</source>
        <translation>Eén punt per rij; de pijltoetsen verplaatsen, in de kolom reactie wordt getypt.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Ingediend door</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Gereageerd</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>How the item is taken into account (printed in the annex of the final report)</source>
        <translation>Hoe met dit punt is omgegaan (komt in de bijlage van het definitieve rapport)</translation>
    </message>
    <message>
        <source>The item and the entry as recorded</source>
        <translation>Het punt en de vraag zoals vastgelegd</translation>
    </message>
    <message>
        <source>Export the final report (with annex)…</source>
        <translation>Definitief rapport exporteren (met bijlage)…</translation>
    </message>
    <message>
        <source>Counsel&apos;s returned report</source>
        <translation>Teruggestuurd rapport van de gemachtigde</translation>
    </message>
    <message>
        <source>counsel</source>
        <translation>gemachtigde</translation>
    </message>
    <message>
        <source>Import corrections from counsel&apos;s report…</source>
        <translation>Correcties uit het rapport importeren…</translation>
    </message>
    <message>
        <source>Deadline for corrections and additions: %1</source>
        <translation>Termijn voor correcties en aanvullingen: %1</translation>
    </message>
    <message>
        <source>Deadline for corrections and additions: with the response to the notice of intent</source>
        <translation>Termijn voor correcties en aanvullingen: samen met de zienswijze op het voornemen</translation>
    </message>
    <message>
        <source>(report version %1, sent on %2)</source>
        <translation>(rapportversie %1, verzonden op %2)</translation>
    </message>
    <message>
        <source>[withdrawn] </source>
        <translation>[ingetrokken] </translation>
    </message>
    <message>
        <source>[replaced] </source>
        <translation>[vervangen] </translation>
    </message>
    <message>
        <source>[replaces %1] </source>
        <translation>[vervangt %1] </translation>
    </message>
    <message>
        <source>general</source>
        <translation>algemeen</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Submitted by %1, received %2 (%3).</source>
        <translation>Ingediend door %1, ontvangen %2 (%3).</translation>
    </message>
    <message>
        <source>Not everything was imported</source>
        <translation>Niet alles is ingelezen</translation>
    </message>
    <message>
        <source>The items of these entries and places were not imported; the rest was:</source>
        <translation>De punten bij deze vragen en plaatsen zijn niet ingelezen; de rest wel:</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>TE LAAT</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Termijn: %1</translation>
    </message>
    <message>
        <source>Response to item %1</source>
        <translation>Reactie op punt %1</translation>
    </message>
    <message>
        <source>No corrections or additions imported yet.</source>
        <translation>Nog geen correcties of aanvullingen geïmporteerd.</translation>
    </message>
    <message>
        <source>Item %1 (%2):</source>
        <translation>Punt %1 (%2):</translation>
    </message>
    <message>
        <source>General: not tied to an entry.</source>
        <translation>Algemeen: hoort niet bij een bepaalde vraag.</translation>
    </message>
    <message>
        <source>Entry %1 as recorded</source>
        <translation>Vraag %1 zoals vastgelegd</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Vraag:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwoord:</translation>
    </message>
    <message>
        <source>(no answer recorded)</source>
        <translation>(geen antwoord vastgelegd)</translation>
    </message>
    <message>
        <source>Finalised on %1.</source>
        <translation>Afgerond op %1.</translation>
    </message>
    <message>
        <source>Not finalised yet (Hearing › Finalise the hearing…); the final report can be exported anyway.</source>
        <translation>Nog niet afgerond (Gehoor › Gehoor afronden…); het definitieve rapport kan toch al worden geëxporteerd.</translation>
    </message>
    <message>
        <source>Import corrections from counsel&apos;s report</source>
        <translation>Correcties importeren uit het rapport van de gemachtigde</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 added, %2 already present.</source>
        <translation>%1 toegevoegd, %2 al aanwezig.</translation>
    </message>
    <message>
        <source>%1 received after the deadline (marked LATE).</source>
        <translation>%1 na de termijn ontvangen (gemarkeerd als TE LAAT).</translation>
    </message>
    <message>
        <source>Withdrawn by counsel: %1.</source>
        <translation>Ingetrokken door de gemachtigde: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
</context>
<context>
    <name>CounselFeature</name>
    <message>
        <source>Review a report (&amp;counsel)…</source>
        <translation>Rapport nakijken (&amp;gemachtigde)…</translation>
    </message>
</context>
<context>
    <name>CounselReview</name>
    <message>
        <source>Review a report (counsel)</source>
        <translation>Rapport nakijken (gemachtigde)</translation>
    </message>
    <message>
        <source>Open a report…</source>
        <translation>Rapport openen…</translation>
    </message>
    <message>
        <source>No report open.</source>
        <translation>Geen rapport geopend.</translation>
    </message>
    <message>
        <source>Save the filled report…</source>
        <translation>Ingevuld rapport opslaan…</translation>
    </message>
    <message>
        <source>Check of the recorded text</source>
        <translation>Controle van de vastgelegde tekst</translation>
    </message>
    <message>
        <source>Question review</source>
        <translation>Vraagcontrole</translation>
    </message>
    <message>
        <source>Corrections and additions</source>
        <translation>Correcties en aanvullingen</translation>
    </message>
    <message>
        <source>Your correction or addition to this entry; start with a marker such as [vertaalfout]</source>
        <translation>Uw correctie of aanvulling bij deze vraag; begin zo nodig met een aanduiding zoals [vertaalfout]</translation>
    </message>
    <message>
        <source>Additions (not tied to one entry)</source>
        <translation>Aanvullingen (niet bij één vraag)</translation>
    </message>
    <message>
        <source>Separate additions with an empty line; “12: …” ties one to entry 12</source>
        <translation>Scheid aanvullingen met een lege regel; met “12: …” hoort een aanvulling bij vraag 12</translation>
    </message>
    <message>
        <source>Open a report</source>
        <translation>Rapport openen</translation>
    </message>
    <message>
        <source>The report cannot be opened</source>
        <translation>Het rapport kan niet worden geopend</translation>
    </message>
    <message>
        <source>The recorded text is unchanged.</source>
        <translation>De vastgelegde tekst is onveranderd.</translation>
    </message>
    <message>
        <source>Tracked changes and comments, and where they will land:</source>
        <translation>Bijgehouden wijzigingen en opmerkingen, en waar ze terechtkomen:</translation>
    </message>
    <message>
        <source>What the IND will read: %1 item(s)</source>
        <translation>Wat de IND zal inlezen: %1 punt(en)</translation>
    </message>
    <message>
        <source>The question checker found nothing.</source>
        <translation>De vraagcontrole vond niets.</translation>
    </message>
    <message>
        <source>Corrections and additions at entry %1</source>
        <translation>Correcties en aanvullingen bij vraag %1</translation>
    </message>
    <message>
        <source>Save the filled report</source>
        <translation>Ingevuld rapport opslaan</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Het rapport is niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Theme or pillar</source>
        <translation>Thema of pijler</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Pillar: </source>
        <translation>Pijler: </translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (niet vereist)</translation>
    </message>
    <message>
        <source>Pillar %1 was not discussed: the three pillars are weighed together.</source>
        <translation>Pijler %1 is niet besproken: de drie pijlers worden samen gewogen.</translation>
    </message>
    <message>
        <source>Theme %1 was not discussed.</source>
        <translation>Thema %1 is niet besproken.</translation>
    </message>
    <message>
        <source>It is required for this applicant: %1.</source>
        <translation>Het is voor deze aanvrager vereist: %1.</translation>
    </message>
    <message>
        <source>Theme %1 holds %2% of all answers: no single aspect may weigh out of proportion.</source>
        <translation>Thema %1 beslaat %2% van alle antwoorden: geen enkel aspect mag onevenredig zwaar wegen.</translation>
    </message>
    <message>
        <source>Not asked, though required for this applicant (%1): %2</source>
        <translation>Niet gesteld, hoewel vereist voor deze aanvrager (%1): %2</translation>
    </message>
    <message>
        <source>Every theme was discussed and none dominates.</source>
        <translation>Elk thema is besproken en geen enkel thema overheerst.</translation>
    </message>
</context>
<context>
    <name>CurriculumDialog</name>
    <message>
        <source>Curriculum map: the letter of 4 July 2018 in the app</source>
        <translation>Curriculumkaart: de Kamerbrief van 4 juli 2018 in de app</translation>
    </message>
    <message>
        <source>Point of the letter</source>
        <translation>Punt uit de brief</translation>
    </message>
    <message>
        <source>Demo questions (both claims)</source>
        <translation>Vragen in het demogehoor (beide gronden)</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>Bank themes</source>
        <translation>Thema&apos;s in de vragenbank</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Rollenspellen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy (00 when unknown)</source>
        <translation>dd-mm-jjjj (00 als onbekend)</translation>
    </message>
    <message>
        <source>Type the date as dd-mm-yyyy. Partly known: 00-mm-yyyy or 00-00-yyyy. Unknown: leave empty.</source>
        <translation>Typ de datum als dd-mm-jjjj. Deels bekend: 00-mm-jjjj of 00-00-jjjj. Onbekend: leeg laten.</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Type the date as dd-mm-yyyy. Unknown: leave empty.</source>
        <translation>Typ de datum als dd-mm-jjjj. Onbekend: leeg laten.</translation>
    </message>
    <message>
        <source>Type the date as dd-mm-yyyy.</source>
        <translation>Typ de datum als dd-mm-jjjj.</translation>
    </message>
    <message>
        <source>A date is needed (dd-mm-yyyy).</source>
        <translation>Een datum is nodig (dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>Not a date: type it as dd-mm-yyyy, for example 02-03-2026.</source>
        <translation>Geen datum: typ hem als dd-mm-jjjj, bijvoorbeeld 02-03-2026.</translation>
    </message>
</context>
<context>
    <name>DomainMessage</name>
    <message>
        <source>A question cannot be empty.</source>
        <translation>Een vraag kan niet leeg zijn.</translation>
    </message>
    <message>
        <source>There is no entry %1 to link to.</source>
        <translation>Er is geen vraag %1 om naar te verwijzen.</translation>
    </message>
    <message>
        <source>Give a reason for asking a question the checker blocks.</source>
        <translation>Geef een reden om een vraag te stellen die de controle blokkeert.</translation>
    </message>
    <message>
        <source>A break is already running.</source>
        <translation>Er loopt al een pauze.</translation>
    </message>
    <message>
        <source>No break is running.</source>
        <translation>Er loopt geen pauze.</translation>
    </message>
    <message>
        <source>Sexually explicit images or videos are never evidence and are not recorded, viewed or kept (seed letter; CJEU A, B, C; UNHCR GIP 9).</source>
        <translation>Seksueel expliciete beelden of video&apos;s zijn nooit bewijs en worden niet vastgelegd, bekeken of bewaard (Kamerbrief; HvJ EU A, B, C; UNHCR GIP 9).</translation>
    </message>
    <message>
        <source>A psychological test of sexual orientation is not allowed as evidence (CJEU F, C-473/16): it intrudes on private life (Art. 7 Charter) and cannot show an orientation.</source>
        <translation>Een psychologische test van seksuele gerichtheid is niet toegestaan als bewijs (HvJ EU F, C-473/16): hij dringt door in het privéleven (art. 7 Handvest) en kan een gerichtheid niet aantonen.</translation>
    </message>
    <message>
        <source>the V-number holds digits only</source>
        <translation>het V-nummer bestaat alleen uit cijfers</translation>
    </message>
    <message>
        <source>the V-number holds the digits 0-9 only</source>
        <translation>het V-nummer bestaat alleen uit de cijfers 0-9</translation>
    </message>
    <message>
        <source>a claim type is listed twice</source>
        <translation>een soort asielmotief staat er twee keer in</translation>
    </message>
    <message>
        <source>“%1” is not a valid range.</source>
        <translation>“%1” is geen geldig bereik.</translation>
    </message>
    <message>
        <source>“%1” is not an entry number; type for example 3, 7, 12.</source>
        <translation>“%1” is geen vraagnummer; typ bijvoorbeeld 3, 7, 12.</translation>
    </message>
    <message>
        <source>There is no entry %1 (the hearing has %2 entries).</source>
        <translation>Er is geen vraag %1 (het gehoor heeft %2 vragen).</translation>
    </message>
    <message>
        <source>Entry %1 was withdrawn already.</source>
        <translation>Vraag %1 is al ingetrokken.</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>(no answer yet)</source>
        <translation>(nog geen antwoord)</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>(ingetrokken)</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>The question as asked; an own question is typed here and Ctrl+Return asks it.</source>
        <translation>De vraag zoals gesteld; een eigen vraag typt u hier en Ctrl+Enter stelt hem.</translation>
    </message>
    <message>
        <source>Ask own question</source>
        <translation>Eigen vraag stellen</translation>
    </message>
    <message>
        <source>Log the question above as asked (Ctrl+Return)</source>
        <translation>De vraag hierboven vastleggen als gesteld (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Answer (verbatim)</source>
        <translation>Antwoord (letterlijk)</translation>
    </message>
    <message>
        <source>Type the answer as the interpreter gives it; Ctrl+Return logs it and goes on.</source>
        <translation>Typ het antwoord zoals de tolk het geeft; Ctrl+Enter legt het vast en gaat verder.</translation>
    </message>
    <message>
        <source>Log answer and next question</source>
        <translation>Vastleggen en volgende vraag</translation>
    </message>
    <message>
        <source>Withdraw question</source>
        <translation>Vraag intrekken</translation>
    </message>
    <message>
        <source>Asked by mistake? Without an answer the question leaves the record; with one it stays, marked as withdrawn. The audit trail keeps it either way.</source>
        <translation>Per vergissing gesteld? Zonder antwoord verdwijnt de vraag uit het verslag; met antwoord blijft ze staan, gemarkeerd als ingetrokken. De audittrail bewaart haar in beide gevallen.</translation>
    </message>
    <message>
        <source>New own question</source>
        <translation>Nieuwe eigen vraag</translation>
    </message>
    <message>
        <source>Select an entry to edit it</source>
        <translation>Selecteer een vraag om die te bewerken</translation>
    </message>
    <message>
        <source>Own question (type it, then Ask)</source>
        <translation>Eigen vraag (eerst typen, dan stellen)</translation>
    </message>
    <message>
        <source>Type your own question, one question at a time</source>
        <translation>Typ uw eigen vraag, één vraag tegelijk</translation>
    </message>
    <message>
        <source>Ask a question first; the answer is typed here.</source>
        <translation>Stel eerst een vraag; het antwoord typt u hier.</translation>
    </message>
    <message>
        <source>as a follow-up to entry %1</source>
        <translation>als doorvraag op vraag %1</translation>
    </message>
    <message>
        <source>own question</source>
        <translation>eigen vraag</translation>
    </message>
    <message>
        <source>bank question</source>
        <translation>vraag uit de vragenlijst</translation>
    </message>
    <message>
        <source>follow-up to %1</source>
        <translation>doorvraag op %1</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>Entry %1 (%2), asked %3</source>
        <translation>Vraag %1 (%2), gesteld om %3</translation>
    </message>
    <message>
        <source>Type the answer as the interpreter gives it</source>
        <translation>Typ het antwoord zoals de tolk het weergeeft</translation>
    </message>
    <message>
        <source>Done editing</source>
        <translation>Klaar met bewerken</translation>
    </message>
</context>
<context>
    <name>ExamplesDialog</name>
    <message>
        <source>Example questions</source>
        <translation>Voorbeeldvragen</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Hide the verdict and the better wording; rephrase first, then reveal</source>
        <translation>Verberg het oordeel en de betere formulering; eerst zelf herformuleren, dan tonen</translation>
    </message>
    <message>
        <source>Your rephrasing (one open question):</source>
        <translation>Uw herformulering (één open vraag):</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show the verdict, the model answer and the checker&apos;s view (Ctrl+Return)</source>
        <translation>Toon het oordeel, het modelantwoord en wat de vragencontrole vindt (Ctrl+Return)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>PgDn / PgUp: next / previous</source>
        <translation>PgDn / PgUp: volgende / vorige</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Good example: knowledge asked as far as it can be expected of this applicant</source>
        <translation>Goed voorbeeld: kennis gevraagd voor zover die van deze aanvrager kan worden verwacht</translation>
    </message>
    <message>
        <source>Good example (%1)</source>
        <translation>Goed voorbeeld (%1)</translation>
    </message>
    <message>
        <source>Bad example: %1</source>
        <translation>Slecht voorbeeld: %1</translation>
    </message>
    <message>
        <source>Pitched to: %1</source>
        <translation>Afgestemd op: %1</translation>
    </message>
    <message>
        <source>Better:</source>
        <translation>Beter:</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation>Modelantwoord:</translation>
    </message>
    <message>
        <source>this question can be asked as it is.</source>
        <translation>deze vraag kan zo gesteld worden.</translation>
    </message>
    <message>
        <source>The checker:</source>
        <translation>De vragencontrole:</translation>
    </message>
    <message>
        <source>no findings.</source>
        <translation>geen bevindingen.</translation>
    </message>
    <message>
        <source>You did not type a rephrasing.</source>
        <translation>U heeft geen herformulering getypt.</translation>
    </message>
    <message>
        <source>The checker on your wording:</source>
        <translation>De vragencontrole over uw formulering:</translation>
    </message>
</context>
<context>
    <name>ExpertSection</name>
    <message>
        <source>An expert report is never binding and never the sole basis of the decision.</source>
        <translation>Een deskundigenbericht is nooit bindend en nooit de enige grondslag van de beslissing.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>author or body, e.g. BMA</source>
        <translation>opsteller of instantie, bijv. BMA</translation>
    </message>
    <message>
        <source>Author, date</source>
        <translation>Opsteller, datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Add expert report</source>
        <translation>Deskundigenbericht toevoegen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <source>%1. %2, %3 (%4): %5</source>
        <translation>%1. %2, %3 (%4): %5</translation>
    </message>
    <message>
        <source>author unknown</source>
        <translation>opsteller onbekend</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(geen beschrijving)</translation>
    </message>
    <message>
        <source>No expert reports recorded.</source>
        <translation>Geen deskundigenberichten vastgelegd.</translation>
    </message>
    <message>
        <source>Refused: a psychological test of sexual orientation is not allowed as evidence (CJEU F, C-473/16).</source>
        <translation>Geweigerd: een psychologische test naar seksuele gerichtheid is niet toegestaan als bewijs (HvJ EU F, C-473/16).</translation>
    </message>
    <message>
        <source>Expert report refused</source>
        <translation>Deskundigenbericht geweigerd</translation>
    </message>
    <message>
        <source>A psychological test of sexual orientation is not allowed as evidence. The Court of Justice of the EU (case F, C-473/16) ruled that it intrudes on the applicant&apos;s private life (Article 7 of the Charter) and cannot show a person&apos;s orientation.

Nothing was recorded. Other expert reports may be used, but are never binding and never the sole basis of the decision.</source>
        <translation>Een psychologische test naar seksuele gerichtheid is niet toegestaan als bewijs. Het Hof van Justitie van de EU (zaak F, C-473/16) oordeelde dat zo’n test inbreuk maakt op het privéleven van de aanvrager (artikel 7 van het Handvest) en iemands gerichtheid niet kan aantonen.

Er is niets vastgelegd. Andere deskundigenberichten mogen wel worden gebruikt, maar zijn nooit bindend en nooit de enige grondslag van de beslissing.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export the hearing report…</source>
        <translation>Rapport van gehoor &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export the report with the a&amp;udit trail…</source>
        <translation>&amp;Rapport met audittrail exporteren…</translation>
    </message>
    <message>
        <source>Export the final report</source>
        <translation>Definitief rapport exporteren</translation>
    </message>
    <message>
        <source>Export the hearing report</source>
        <translation>Rapport van gehoor exporteren</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rapport aanmaken…</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Het rapport is niet aangemaakt</translation>
    </message>
    <message>
        <source>No final report yet</source>
        <translation>Nog geen definitief rapport</translation>
    </message>
    <message>
        <source>The final report can be exported once:</source>
        <translation>Het definitieve rapport kan worden geëxporteerd zodra:</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport opgeslagen in %1</translation>
    </message>
    <message>
        <source>The report holds special-category personal data (sexual orientation, religion) in plain, unencrypted form.

Store it only on an encrypted disk, and hand it to counsel only if the applicant does not object.</source>
        <translation>Het rapport bevat bijzondere persoonsgegevens (seksuele gerichtheid, religie) in leesbare, onversleutelde vorm.

Bewaar het alleen op een versleutelde schijf, en geef het alleen aan de gemachtigde als de aanvrager daar geen bezwaar tegen heeft.</translation>
    </message>
    <message>
        <source>In this case the applicant OBJECTS to counsel receiving the report.</source>
        <translation>In deze zaak heeft de aanvrager BEZWAAR tegen toezending van het rapport aan de gemachtigde.</translation>
    </message>
    <message>
        <source>Sensitive personal data</source>
        <translation>Bijzondere persoonsgegevens</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo hearing</source>
        <translation>&amp;Demogehoor openen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan a&amp;ls…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Deriving the key of the new case (slow on purpose)…</source>
        <translation>De sleutel van de nieuwe zaak wordt afgeleid (met opzet traag)…</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Dossierbestand openen</translation>
    </message>
    <message>
        <source>the case with V-number %1</source>
        <translation>de zaak met V-nummer %1</translation>
    </message>
    <message>
        <source>the encrypted case</source>
        <translation>de versleutelde zaak</translation>
    </message>
    <message>
        <source>The case file cannot be opened</source>
        <translation>Het dossierbestand kan niet worden geopend</translation>
    </message>
    <message>
        <source>Save the case file</source>
        <translation>Dossierbestand opslaan</translation>
    </message>
    <message>
        <source>The case file was not saved</source>
        <translation>Het dossierbestand is niet opgeslagen</translation>
    </message>
    <message>
        <source>%1

Nothing is lost: the hearing is still open. Save it elsewhere?</source>
        <translation>%1

Er is niets verloren: het gehoor is nog open. Wilt u het op een andere plek opslaan?</translation>
    </message>
    <message>
        <source>Demo hearing (fictional) · not encrypted</source>
        <translation>Demogehoor (fictief) · niet versleuteld</translation>
    </message>
    <message>
        <source>🔒 Encrypted</source>
        <translation>🔒 Versleuteld</translation>
    </message>
    <message>
        <source>Not encrypted: for training only</source>
        <translation>Niet versleuteld: alleen voor training</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The hearing has changes that are not in the case file yet. Save them?</source>
        <translation>Het gehoor heeft wijzigingen die nog niet in het dossierbestand staan. Wilt u ze opslaan?</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kan niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: cannot be locked: %2</source>
        <translation>%1: kan niet worden vergrendeld: %2</translation>
    </message>
    <message>
        <source>%1: cannot be set aside: %2</source>
        <translation>%1: kan niet opzij worden gezet: %2</translation>
    </message>
    <message>
        <source>%1: cannot look for unfinished hearings: %2</source>
        <translation>%1: kan niet zoeken naar onafgemaakte gehoren: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is op</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>geen toegang (rechten ontbreken)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <source>a symbolic link points to itself</source>
        <translation>een symbolische koppeling verwijst naar zichzelf</translation>
    </message>
    <message>
        <source>the disk did not respond (was it removed?)</source>
        <translation>de schijf reageerde niet (is hij verwijderd?)</translation>
    </message>
    <message>
        <source>the path is too long for Windows (260 characters or more); use a shorter folder or name</source>
        <translation>het pad is te lang voor Windows (260 tekens of meer); kies een kortere map of naam</translation>
    </message>
</context>
<context>
    <name>FinaliseActions</name>
    <message>
        <source>&amp;Import corrections…</source>
        <translation>&amp;Correcties importeren…</translation>
    </message>
    <message>
        <source>Export the &amp;final report…</source>
        <translation>De&amp;finitief rapport exporteren…</translation>
    </message>
    <message>
        <source>Finalise the &amp;hearing…</source>
        <translation>&amp;Gehoor afronden…</translation>
    </message>
    <message>
        <source>Finalised %1</source>
        <translation>Afgerond op %1</translation>
    </message>
    <message>
        <source>Finalise the hearing…</source>
        <translation>Gehoor afronden…</translation>
    </message>
    <message>
        <source>The hearing cannot be finalised yet</source>
        <translation>Het gehoor kan nog niet worden afgerond</translation>
    </message>
    <message>
        <source>Still to do before the hearing can be finalised:</source>
        <translation>Nog te doen voordat het gehoor kan worden afgerond:</translation>
    </message>
    <message>
        <source>Finalise the hearing now? The final report is dated with this moment.

The record stays editable: counsel&apos;s corrections, your responses and later statements can still be added, and changes to recorded answers are kept in the audit trail.</source>
        <translation>Het gehoor nu afronden? Het definitieve rapport krijgt dit moment als datum.

Het gehoor blijft bewerkbaar: correcties van de gemachtigde, uw reacties en latere verklaringen kunnen nog worden toegevoegd, en wijzigingen in vastgelegde antwoorden worden bewaard in de audittrail.</translation>
    </message>
    <message>
        <source>The hearing was finalised on %1; finalising again re-dates it.</source>
        <translation>Het gehoor is afgerond op %1; opnieuw afronden geeft het een nieuwe datum.</translation>
    </message>
    <message>
        <source>Finalise the hearing</source>
        <translation>Gehoor afronden</translation>
    </message>
    <message>
        <source>The hearing is finalised.</source>
        <translation>Het gehoor is afgerond.</translation>
    </message>
</context>
<context>
    <name>HearingController</name>
    <message>
        <source>Question not logged</source>
        <translation>Vraag niet vastgelegd</translation>
    </message>
    <message>
        <source>Corrections not imported</source>
        <translation>Correcties niet geïmporteerd</translation>
    </message>
</context>
<context>
    <name>HearingWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Te&amp;rug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>Pages of the hearing</source>
        <translation>Pagina&apos;s van het gehoor</translation>
    </message>
    <message>
        <source>The arrow keys choose a page; Return opens it. Each theme shows its number of entries.</source>
        <translation>De pijltoetsen kiezen een pagina; Enter opent hem. Elk thema toont zijn aantal vragen.</translation>
    </message>
    <message>
        <source>%1 — only for: %2</source>
        <translation>%1 — alleen bij: %2</translation>
    </message>
    <message>
        <source>%1 — skipped: %2</source>
        <translation>%1 — overgeslagen: %2</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Interpreter or communication problem</source>
        <translation>Probleem met tolk of communicatie</translation>
    </message>
    <message>
        <source>At entry %1</source>
        <translation>Bij vraag %1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>What happened, in a few words (e.g. the applicant does not understand the dialect)</source>
        <translation>Wat er gebeurde, in een paar woorden (bijv. de aanvrager verstaat het dialect niet)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New hearing…</source>
        <translation>&amp;Nieuw gehoor…</translation>
    </message>
    <message>
        <source>H&amp;earing</source>
        <translation>&amp;Gehoor</translation>
    </message>
    <message>
        <source>&amp;Log answer and next question</source>
        <translation>Antwoord vast&amp;leggen en volgende vraag</translation>
    </message>
    <message>
        <source>&amp;Own question</source>
        <translation>&amp;Eigen vraag</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Doorvraag</translation>
    </message>
    <message>
        <source>&amp;Interpreter or communication problem…</source>
        <translation>Probleem met tolk of &amp;communicatie…</translation>
    </message>
    <message>
        <source>Start or end a &amp;break</source>
        <translation>&amp;Pauze starten of beëindigen</translation>
    </message>
    <message>
        <source>&amp;Continue on another day…</source>
        <translation>&amp;Voortzetten op een andere dag…</translation>
    </message>
    <message>
        <source>Show follow-ups and &amp;guidance of every question</source>
        <translation>Doorvragen en &amp;toelichting bij elke vraag tonen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Break reminder…</source>
        <translation>&amp;Pauzeherinnering…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>Pauzeherinnering</translation>
    </message>
    <message>
        <source>Remind me to offer a break after this many minutes without one:</source>
        <translation>Herinner mij eraan een pauze aan te bieden na zoveel minuten zonder pauze:</translation>
    </message>
    <message>
        <source>No entry yet to note a problem at.</source>
        <translation>Er is nog geen vraag om een probleem bij te noteren.</translation>
    </message>
    <message>
        <source>Problem noted at entry %1.</source>
        <translation>Probleem genoteerd bij vraag %1.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Sitting %1 of %2 (not in progress)</source>
        <translation>Zitting %1 van %2 (loopt niet)</translation>
    </message>
    <message>
        <source>Sitting %1</source>
        <translation>Zitting %1</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 verstreken</translation>
    </message>
    <message>
        <source>break since %1</source>
        <translation>pauze sinds %1</translation>
    </message>
    <message>
        <source>%1 since the last break</source>
        <translation>%1 sinds de laatste pauze</translation>
    </message>
    <message>
        <source>Break running.</source>
        <translation>Pauze loopt.</translation>
    </message>
    <message>
        <source>End break (Ctrl+B)</source>
        <translation>Pauze beëindigen (Ctrl+B)</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes without a break: offer the applicant and the interpreter a break.</source>
        <translation>
            <numerusform>%n minuut zonder pauze: bied de aanvrager en de tolk een pauze aan.</numerusform>
            <numerusform>%n minuten zonder pauze: bied de aanvrager en de tolk een pauze aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start break (Ctrl+B)</source>
        <translation>Pauze starten (Ctrl+B)</translation>
    </message>
    <message>
        <source>Interview Guide</source>
        <translation>Interview Guide</translation>
    </message>
    <message>
        <source>V-number %1</source>
        <translation>V-nummer %1</translation>
    </message>
    <message>
        <source>demo hearing</source>
        <translation>demogehoor</translation>
    </message>
    <message>
        <source>case without a V-number</source>
        <translation>zaak zonder V-nummer</translation>
    </message>
</context>
<context>
    <name>MaterialSection</name>
    <message>
        <source>Describe the material; files are not copied into the record. Sexually explicit images or videos are never evidence: choosing that category refuses the material.</source>
        <translation>Beschrijf het materiaal; bestanden worden niet in het dossier gekopieerd. Seksueel expliciete beelden of video’s zijn nooit bewijs: kiest u die categorie, dan wordt het materiaal geweigerd.</translation>
    </message>
    <message>
        <source>Material recorded</source>
        <translation>Vastgelegd materiaal</translation>
    </message>
    <message>
        <source>The arrow keys choose an item; Remove selected removes it.</source>
        <translation>De pijltoetsen kiezen een item; Selectie verwijderen verwijdert het.</translation>
    </message>
    <message>
        <source>Kind, content</source>
        <translation>Soort, inhoud</translation>
    </message>
    <message>
        <source>what it shows, when and where; not the file itself</source>
        <translation>wat het laat zien, wanneer en waar; niet het bestand zelf</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Materiaal toevoegen</translation>
    </message>
    <message>
        <source>%1. %2, %3: %4 (received %5)</source>
        <translation>%1. %2, %3: %4 (ontvangen %5)</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(geen beschrijving)</translation>
    </message>
    <message>
        <source>No material recorded.</source>
        <translation>Geen materiaal vastgelegd.</translation>
    </message>
    <message>
        <source>%1: material of an intimate nature was offered and refused; not retained.</source>
        <translation>%1: materiaal van intieme aard is aangeboden en geweigerd; niet bewaard.</translation>
    </message>
    <message>
        <source>Refused: sexually explicit images or videos are never evidence and are not recorded, viewed or kept. Only a neutral line was logged.</source>
        <translation>Geweigerd: seksueel expliciete beelden of video’s zijn nooit bewijs en worden niet vastgelegd, bekeken of bewaard. Alleen een neutrale regel is vastgelegd.</translation>
    </message>
    <message>
        <source>Material refused</source>
        <translation>Materiaal geweigerd</translation>
    </message>
    <message>
        <source>Sexually explicit images or videos are never used as evidence, and are not recorded, viewed or kept (CJEU A, B and C).

Do not view the material, and do not keep a copy.

Explain this to the applicant: the claim is assessed on their statements and other evidence, and they do not need to show intimate material.

Only a neutral line is logged: “material of an intimate nature was offered and refused; not retained”.</source>
        <translation>Seksueel expliciete beelden of video’s worden nooit als bewijs gebruikt, en worden niet vastgelegd, bekeken of bewaard (HvJ EU A, B en C).

Bekijk het materiaal niet, en bewaar geen kopie.

Leg dit uit aan de aanvrager: de aanvraag wordt beoordeeld op de verklaringen en ander bewijs, en de aanvrager hoeft geen intiem materiaal te laten zien.

Alleen een neutrale regel wordt vastgelegd: “materiaal van intieme aard is aangeboden en geweigerd; niet bewaard”.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Protect the case file</source>
        <translation>Dossierbestand beveiligen</translation>
    </message>
    <message>
        <source>The hearing holds special-category personal data. The case file and its autosaves are encrypted with this passphrase; without it nobody, including you, can open them.</source>
        <translation>Het gehoor bevat bijzondere persoonsgegevens. Het dossierbestand en de automatisch opgeslagen kopieën worden versleuteld met deze wachtwoordzin; zonder de wachtwoordzin kan niemand ze openen, ook u niet.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Herhalen:</translation>
    </message>
    <message>
        <source>No encryption: a plain file, for training and demonstrations only</source>
        <translation>Geen versleuteling: een gewoon bestand, alleen voor training en demonstraties</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Gebruik ten minste %1 tekens.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>NewSittingDialog</name>
    <message>
        <source>Continue on another day</source>
        <translation>Voortzetten op een andere dag</translation>
    </message>
    <message>
        <source>A new sitting starts; entry numbering runs on.</source>
        <translation>Er begint een nieuwe zitting; de nummering van de vragen loopt door.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <source>name or number</source>
        <translation>naam of nummer</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Tolk:</translation>
    </message>
    <message>
        <source>Register status:</source>
        <translation>Registerstatus:</translation>
    </message>
    <message>
        <source>Interpreter&apos;s gender:</source>
        <translation>Geslacht tolk:</translation>
    </message>
    <message>
        <source>Interpreting:</source>
        <translation>Wijze van tolken:</translation>
    </message>
</context>
<context>
    <name>NewerCaseFileDialog</name>
    <message>
        <source>The case file is newer than the autosave</source>
        <translation>Het dossierbestand is nieuwer dan de automatisch opgeslagen kopie</translation>
    </message>
    <message>
        <source>Open the case file</source>
        <translation>Dossierbestand openen</translation>
    </message>
    <message>
        <source>Restore the autosave as a copy</source>
        <translation>Als kopie herstellen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Later beslissen</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>The explanation as read out</source>
        <translation>De uitleg zoals voorgelezen</translation>
    </message>
    <message>
        <source>Correct the text so that it says what you read out at the start of the hearing; the report prints it as recorded here, and counsel can correct it.</source>
        <translation>Pas de tekst aan zodat er staat wat u aan het begin van het gehoor hebt voorgelezen; het rapport geeft hem weer zoals hier vastgelegd, en de gemachtigde kan hem corrigeren.</translation>
    </message>
    <message>
        <source>Fill in or remove: %1</source>
        <translation>Invullen of weghalen: %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>The checker blocks this question</source>
        <translation>De vraagcontrole blokkeert deze vraag</translation>
    </message>
    <message>
        <source>You are about to ask:</source>
        <translation>U staat op het punt te vragen:</translation>
    </message>
    <message>
        <source>Consider instead:</source>
        <translation>Overweeg in plaats daarvan:</translation>
    </message>
    <message>
        <source>To ask it anyway, give the reason. It is logged with the question in the record:</source>
        <translation>Wilt u de vraag toch stellen, geef dan de reden. Die wordt samen met de vraag vastgelegd:</translation>
    </message>
    <message>
        <source>e.g. the applicant raised this herself and asked to explain it</source>
        <translation>bijv. de aanvrager bracht dit zelf ter sprake en wilde het toelichten</translation>
    </message>
    <message>
        <source>Ask it and log the reason</source>
        <translation>Stellen en reden vastleggen</translation>
    </message>
    <message>
        <source>Do not ask it</source>
        <translation>Niet stellen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted case file</source>
        <translation>Versleuteld dossierbestand</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Wachtwoordzin voor %1:</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>Checking the passphrase (the key is derived slowly on purpose)…</source>
        <translation>De wachtwoordzin wordt gecontroleerd (de sleutel wordt met opzet traag afgeleid)…</translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Try again.</source>
        <translation>Met deze wachtwoordzin gaat dit bestand niet open. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>PracticePanel</name>
    <message>
        <source>Practice questions</source>
        <translation>Vragen oefenen</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <source>Language of the question:</source>
        <translation>Taal van de vraag:</translation>
    </message>
    <message>
        <source>LGBTI</source>
        <translation>LHBTI</translation>
    </message>
    <message>
        <source>Type a question as you would ask it in a hearing. The checker shows what is wrong with it, why, and how to ask it better. Keep a question (Ctrl+Return) to list it below; the list can be exported. Nothing here is part of a hearing.</source>
        <translation>Typ een vraag zoals u die in een gehoor zou stellen. De vragencontrole laat zien wat er mis mee is, waarom, en hoe het beter kan. Bewaar een vraag (Ctrl+Return) om haar hieronder te zetten; de lijst kunt u exporteren. Niets hiervan hoort bij een gehoor.</translation>
    </message>
    <message>
        <source>No reference frame</source>
        <translation>Geen referentiekader</translation>
    </message>
    <message>
        <source>Check the question against the reference frame of a scenario&apos;s applicant</source>
        <translation>Controleer de vraag tegen het referentiekader van de aanvrager uit een scenario</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Aanvrager:</translation>
    </message>
    <message>
        <source>Religious conversion</source>
        <translation>Religieuze bekering</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Asielmotief:</translation>
    </message>
    <message>
        <source>Keep this question</source>
        <translation>Deze vraag bewaren</translation>
    </message>
    <message>
        <source>Add the question and the checker&apos;s verdict to the list (Ctrl+Return)</source>
        <translation>Zet de vraag met het oordeel van de vragencontrole in de lijst (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Lijst exporteren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Questions kept: %1</source>
        <translation>Bewaarde vragen: %1</translation>
    </message>
    <message>
        <source>Export the questions practised</source>
        <translation>Geoefende vragen exporteren</translation>
    </message>
    <message>
        <source>practice.docx</source>
        <translation>oefenvragen.docx</translation>
    </message>
    <message>
        <source>List not written</source>
        <translation>Lijst niet geschreven</translation>
    </message>
    <message>
        <source>e.g. Did you know as a child that you were different?</source>
        <translation>bijv. Wist u als kind al dat u anders was?</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Presenter mode (larger type, no names)</source>
        <translation>Presentatiemodus (grotere letters, geen namen)</translation>
    </message>
    <message>
        <source>Show the &amp;page list</source>
        <translation>&amp;Paginalijst tonen</translation>
    </message>
    <message>
        <source>Presenter &amp;zoom</source>
        <translation>Presentatiezoo&amp;m</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Presenter mode: %1 %, names hidden.</source>
        <translation>Presentatiemodus: %1 %, namen verborgen.</translation>
    </message>
    <message>
        <source>Presenter mode off.</source>
        <translation>Presentatiemodus uit.</translation>
    </message>
</context>
<context>
    <name>ProposedQuestion</name>
    <message>
        <source>Ask (Return)</source>
        <translation>Stellen (Enter)</translation>
    </message>
    <message>
        <source>Ask the proposed question</source>
        <translation>De voorgestelde vraag stellen</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <source>Ask now: %1</source>
        <translation>Nu stellen: %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
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
        <translation>Bestands&amp;type:</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 bestaat al.</translation>
    </message>
    <message>
        <source>Do you want to replace it?</source>
        <translation>Wilt u het vervangen?</translation>
    </message>
    <message>
        <source>Directory not found.</source>
        <translation>Map niet gevonden.</translation>
    </message>
    <message>
        <source>File not found.</source>
        <translation>Bestand niet gevonden.</translation>
    </message>
    <message>
        <source>Please verify the correct file name was given.</source>
        <translation>Controleer of de bestandsnaam juist is.</translation>
    </message>
    <message>
        <source>Please verify the correct directory name was given.</source>
        <translation>Controleer of de mapnaam juist is.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.</source>
        <translation>&apos;%1&apos; is beveiligd tegen schrijven.</translation>
    </message>
    <message>
        <source>Do you want to delete it anyway?</source>
        <translation>Wilt u het toch verwijderen?</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Ask</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Log this question as asked, with the time</source>
        <translation>Deze vraag vastleggen als gesteld, met het tijdstip</translation>
    </message>
    <message>
        <source>Follow-ups and guidance</source>
        <translation>Doorvragen en toelichting</translation>
    </message>
    <message>
        <source>Ask follow-up</source>
        <translation>Doorvraag stellen</translation>
    </message>
    <message>
        <source>Guidance: </source>
        <translation>Toelichting: </translation>
    </message>
    <message>
        <source>Follow-ups, guidance and hints for this applicant</source>
        <translation>Doorvragen, toelichting en tips voor aanvrager</translation>
    </message>
    <message>
        <source>asked ✓</source>
        <translation>gesteld ✓</translation>
    </message>
    <message numerus="yes">
        <source>asked %n×</source>
        <translation>
            <numerusform>%n× gesteld</numerusform>
            <numerusform>%n× gesteld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionCategory</name>
    <message>
        <source>closed question</source>
        <translation>gesloten vraag</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>sturend</translation>
    </message>
    <message>
        <source>stereotype</source>
        <translation>stereotype</translation>
    </message>
    <message>
        <source>sexual detail</source>
        <translation>seksuele details</translation>
    </message>
    <message>
        <source>awareness process / self-acceptance</source>
        <translation>bewustwordingsproces / zelfacceptatie</translation>
    </message>
    <message>
        <source>knowledge quiz</source>
        <translation>kennisquiz</translation>
    </message>
    <message>
        <source>more than one question</source>
        <translation>meer dan één vraag</translation>
    </message>
    <message>
        <source>Western concept</source>
        <translation>westers begrip</translation>
    </message>
    <message>
        <source>asks for sexual images</source>
        <translation>vraagt om seksuele beelden</translation>
    </message>
    <message>
        <source>expects discretion</source>
        <translation>verwacht discretie</translation>
    </message>
    <message>
        <source>accusatory tone</source>
        <translation>beschuldigende toon</translation>
    </message>
    <message>
        <source>demands proof</source>
        <translation>eist bewijs</translation>
    </message>
    <message>
        <source>hard to interpret</source>
        <translation>moeilijk te tolken</translation>
    </message>
    <message>
        <source>body or medical</source>
        <translation>lichaam of medisch</translation>
    </message>
    <message>
        <source>loaded word used first</source>
        <translation>beladen woord als eerste gebruikt</translation>
    </message>
    <message>
        <source>word the applicant rejects</source>
        <translation>woord dat de aanvrager afwijst</translation>
    </message>
    <message>
        <source>closed before open</source>
        <translation>gesloten vóór open</translation>
    </message>
    <message>
        <source>same fact asked again</source>
        <translation>zelfde feit opnieuw gevraagd</translation>
    </message>
    <message>
        <source>meaning not asked</source>
        <translation>betekenis niet gevraagd</translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation>niet stellen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>tip</translation>
    </message>
</context>
<context>
    <name>QuestionQualityView</name>
    <message>
        <source>Question quality</source>
        <translation>Kwaliteit van de vragen</translation>
    </message>
    <message>
        <source>Click a kind of problem to list its questions</source>
        <translation>Klik op een soort probleem om de vragen ervan te zien</translation>
    </message>
    <message>
        <source>Question quality: %1 checked, %2 with a warning or block</source>
        <translation>Kwaliteit van de vragen: %1 gecontroleerd, %2 met een waarschuwing of blokkade</translation>
    </message>
    <message numerus="yes">
        <source>%n asked despite a block, with a reason</source>
        <translation>
            <numerusform>%n ondanks een blokkade gesteld, met reden</numerusform>
            <numerusform>%n ondanks een blokkade gesteld, met reden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (own: %3)</source>
        <translation>%1: %2 (eigen: %3)</translation>
    </message>
    <message>
        <source>Blocked but asked, with a reason: %1</source>
        <translation>Geblokkeerd maar met een reden gesteld: %1</translation>
    </message>
    <message>
        <source>No question has a warning or block.</source>
        <translation>Geen enkele vraag heeft een waarschuwing of blokkade.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>In this hearing:</source>
        <translation>In dit gehoor:</translation>
    </message>
    <message>
        <source>Experience told, meaning not asked (entry):</source>
        <translation>Ervaring verteld, betekenis niet gevraagd (vraag):</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>vragenlijst</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>RecordListSection</name>
    <message>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unfinished hearing found</source>
        <translation>Niet afgesloten gehoor gevonden</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Later beslissen</translation>
    </message>
    <message>
        <source>Interview Guide was not closed normally. A hearing was autosaved:</source>
        <translation>Interview Guide is niet normaal afgesloten. Er is een gehoor automatisch opgeslagen:</translation>
    </message>
    <message>
        <source>Case file: %1</source>
        <translation>Dossierbestand: %1</translation>
    </message>
    <message>
        <source>Case file: shown once the passphrase opened the autosave</source>
        <translation>Dossierbestand: zichtbaar zodra de wachtwoordzin de automatisch opgeslagen kopie heeft geopend</translation>
    </message>
    <message>
        <source>Case file: none (the demo hearing)</source>
        <translation>Dossierbestand: geen (het demogehoor)</translation>
    </message>
    <message>
        <source>Case file: none yet (a new hearing)</source>
        <translation>Dossierbestand: nog geen (een nieuw gehoor)</translation>
    </message>
    <message>
        <source>Last autosaved: %1</source>
        <translation>Laatst automatisch opgeslagen: %1</translation>
    </message>
    <message>
        <source>Entries (questions and answers): %1</source>
        <translation>Vragen en antwoorden: %1</translation>
    </message>
    <message>
        <source>Last question: %1</source>
        <translation>Laatste vraag: %1</translation>
    </message>
    <message>
        <source>The autosave is encrypted: restoring asks for the passphrase of the case.</source>
        <translation>De automatisch opgeslagen kopie is versleuteld: bij herstellen wordt om de wachtwoordzin van de zaak gevraagd.</translation>
    </message>
    <message>
        <source>Restore it to continue where you were. Nothing is deleted unless you choose Discard.</source>
        <translation>Herstel het gehoor om verder te gaan waar u was. Er wordt niets verwijderd, tenzij u kiest voor Weggooien.</translation>
    </message>
    <message>
        <source>The case file was saved after this autosave was made: it holds newer work.</source>
        <translation>Het dossierbestand is opgeslagen nadat deze automatisch opgeslagen kopie is gemaakt: het bevat nieuwer werk.</translation>
    </message>
    <message>
        <source>Case file saved: %1</source>
        <translation>Dossierbestand opgeslagen: %1</translation>
    </message>
    <message>
        <source>Open the case file to go on with the newer work; the autosave is set aside (kept for 14 days) and not offered again. Restoring the autosave opens it as an unsaved copy, so it never replaces the case file.</source>
        <translation>Open het dossierbestand om met het nieuwere werk verder te gaan; de automatisch opgeslagen kopie wordt apart gezet (14 dagen bewaard) en niet opnieuw aangeboden. Herstellen opent de automatisch opgeslagen kopie als een niet-opgeslagen kopie, zodat die het dossierbestand nooit vervangt.</translation>
    </message>
    <message>
        <source>%1

The autosave was set aside and is not offered again: %2</source>
        <translation>%1

De automatisch opgeslagen kopie is apart gezet en wordt niet opnieuw aangeboden: %2</translation>
    </message>
    <message>
        <source>The autosave cannot be read (%1).</source>
        <translation>De automatisch opgeslagen kopie kan niet worden gelezen (%1).</translation>
    </message>
    <message>
        <source>the unfinished hearing</source>
        <translation>het niet afgesloten gehoor</translation>
    </message>
    <message>
        <source>The case file cannot be opened</source>
        <translation>Het dossierbestand kan niet worden geopend</translation>
    </message>
    <message>
        <source>Restored: the autosave was changed by something other than Interview Guide</source>
        <translation>Hersteld: de automatisch opgeslagen kopie is gewijzigd door iets anders dan Interview Guide</translation>
    </message>
    <message>
        <source>Restored with warnings</source>
        <translation>Hersteld met waarschuwingen</translation>
    </message>
</context>
<context>
    <name>ReferenceFramePage</name>
    <message>
        <source>Education and literacy</source>
        <translation>Opleiding en geletterdheid</translation>
    </message>
    <message>
        <source>Origin and culture</source>
        <translation>Herkomst en cultuur</translation>
    </message>
    <message>
        <source>Life phase</source>
        <translation>Levensfase</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Religious background</source>
        <translation>Religieuze achtergrond</translation>
    </message>
    <message>
        <source>Gender and own words</source>
        <translation>Gender en eigen woorden</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Toegang tot informatie</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Disclosure and country context</source>
        <translation>Moment van vertellen en landeninformatie</translation>
    </message>
    <message>
        <source>LGBTI</source>
        <translation>LHBTI</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Bekering</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Reference frame</source>
        <translation>Referentiekader</translation>
    </message>
    <message>
        <source>Who the applicant is shapes how you ask: these values adapt the questioning and the expectations. They are never a sign against the applicant.</source>
        <translation>Wie de aanvrager is, bepaalt hoe u vraagt: deze gegevens passen de vragen en de verwachtingen aan. Ze pleiten nooit tegen de aanvrager.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Partner in NL</source>
        <translation>Partner in NL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Add relationship</source>
        <translation>Relatie toevoegen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review of the practice hearing</source>
        <translation>Bespreking van het oefengehoor</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Share of open questions</source>
        <translation>Aandeel open vragen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Doorvragen</translation>
    </message>
    <message>
        <source>Longest chain of follow-ups</source>
        <translation>Langste reeks doorvragen</translation>
    </message>
    <message>
        <source>Mean answer after an open question</source>
        <translation>Gemiddeld antwoord na een open vraag</translation>
    </message>
    <message>
        <source>Mean answer after a closed question</source>
        <translation>Gemiddeld antwoord na een gesloten vraag</translation>
    </message>
    <message>
        <source>Timeline (click a question to open it):</source>
        <translation>Verloop (klik op een vraag om haar te openen):</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>warning or block</source>
        <translation>waarschuwing of blokkade</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>doorvraag</translation>
    </message>
    <message>
        <source>Checker category (hints included)</source>
        <translation>Soort bevinding (tips meegeteld)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Trainer&apos;s note</source>
        <translation>Aantekening van de trainer</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gesteld</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Beter</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>Vragencontrole</translation>
    </message>
    <message>
        <source>Themes and pillars</source>
        <translation>Thema&apos;s en pijlers</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>Aantekeningen van de trainer</translation>
    </message>
    <message>
        <source>Better wordings</source>
        <translation>Betere formuleringen</translation>
    </message>
    <message>
        <source>Export feedback sheet…</source>
        <translation>Feedbackformulier exporteren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 woorden</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>niet aan bod gekomen</translation>
    </message>
    <message>
        <source>takes a disproportionate share</source>
        <translation>neemt onevenredig veel ruimte</translation>
    </message>
    <message>
        <source> (pillar)</source>
        <translation> (pijler)</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes (%1)</source>
        <translation>Aantekeningen van de trainer (%1)</translation>
    </message>
    <message>
        <source>Better wordings (%1)</source>
        <translation>Betere formuleringen (%1)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and report</source>
        <translation>Nalezen en rapport</translation>
    </message>
    <message>
        <source>Every entry in order; click one to correct it (changes are kept in the audit trail).</source>
        <translation>Alle vragen op volgorde; klik op een vraag om die te corrigeren (wijzigingen worden bewaard in de audittrail).</translation>
    </message>
    <message>
        <source>Every entry of the hearing</source>
        <translation>Alle vragen van het gehoor</translation>
    </message>
    <message>
        <source>The arrow keys choose an entry; Return opens it in the editor below for correcting.</source>
        <translation>De pijltoetsen kiezen een vraag; Enter opent hem hieronder om te corrigeren.</translation>
    </message>
    <message>
        <source>Balance of themes and pillars</source>
        <translation>Verdeling over thema’s en pijlers</translation>
    </message>
    <message>
        <source>Interpreter and communication problems</source>
        <translation>Problemen met tolk en communicatie</translation>
    </message>
    <message>
        <source>Remarks on the course of the hearing</source>
        <translation>Op- en aanmerkingen over het verloop van het gehoor</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultatie</translation>
    </message>
    <message>
        <source>Was a colleague or coordinator consulted on the assessment, and why?</source>
        <translation>Is een collega of coördinator over de beoordeling geraadpleegd, en waarom?</translation>
    </message>
    <message>
        <source>Export the hearing report (Word)…</source>
        <translation>Rapport van gehoor exporteren (Word)…</translation>
    </message>
    <message>
        <source>Open the folder of the report</source>
        <translation>Map van het rapport openen</translation>
    </message>
    <message>
        <source>Entry %1, %2: %3</source>
        <translation>Vraag %1, %2: %3</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(geen notitie)</translation>
    </message>
    <message>
        <source>None noted.</source>
        <translation>Niets genoteerd.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
</context>
<context>
    <name>SkippedQuestions</name>
    <message>
        <source>Show them anyway</source>
        <translation>Toch tonen</translation>
    </message>
    <message>
        <source>Skipped for this applicant (%1), with why:</source>
        <translation>Overgeslagen voor deze aanvrager (%1), met de reden:</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Interview Guide</source>
        <translation>Interview Guide</translation>
    </message>
    <message>
        <source>Hearings of LGBTI and conversion asylum claims: open questions about personal experiences and the meaning the applicant gives to them. The app records the hearing verbatim; it never scores credibility.</source>
        <translation>Gehoren bij asielaanvragen op grond van lhbti of bekering: open vragen over persoonlijke ervaringen en de betekenis die de aanvrager eraan geeft. De app legt het gehoor letterlijk vast; hij beoordeelt nooit de geloofwaardigheid.</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>Nieuw gehoor</translation>
    </message>
    <message>
        <source>The claim rests on:</source>
        <translation>Het asielrelaas berust op:</translation>
    </message>
    <message>
        <source>being LGBTI (sexual orientation, gender identity, sex characteristics)</source>
        <translation>lhbti-zijn (seksuele gerichtheid, genderidentiteit, geslachtskenmerken)</translation>
    </message>
    <message>
        <source>a religious conversion</source>
        <translation>een religieuze bekering</translation>
    </message>
    <message>
        <source>Kind of hearing:</source>
        <translation>Soort gehoor:</translation>
    </message>
    <message>
        <source>Nader gehoor (detailed interview)</source>
        <translation>Nader gehoor</translation>
    </message>
    <message>
        <source>Aanvullend gehoor (additional interview)</source>
        <translation>Aanvullend gehoor</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Oefengehoor (training)</translation>
    </message>
    <message>
        <source>Start new hearing</source>
        <translation>Nieuw gehoor starten</translation>
    </message>
    <message>
        <source>Continue or practise</source>
        <translation>Verdergaan of oefenen</translation>
    </message>
    <message>
        <source>Open a case file…</source>
        <translation>Dossierbestand openen…</translation>
    </message>
    <message>
        <source>LGBTI</source>
        <translation>LHBTI</translation>
    </message>
    <message>
        <source>Conversion (subsequent application)</source>
        <translation>Bekering (opvolgende aanvraag)</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>LGBTI: trans applicant</source>
        <translation>LHBTI: transgender aanvrager</translation>
    </message>
    <message>
        <source>Open the demo hearing (trainers)</source>
        <translation>Demogehoor openen (trainers)</translation>
    </message>
    <message>
        <source>Review a report (counsel)</source>
        <translation>Rapport nakijken (gemachtigde)</translation>
    </message>
    <message>
        <source>For counsel: check a report received from the IND and fill in corrections, without the case</source>
        <translation>Voor de gemachtigde: een rapport van de IND controleren en correcties invullen, zonder het dossier</translation>
    </message>
    <message>
        <source>Recent case files:</source>
        <translation>Recente dossierbestanden:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>the start screen&apos;s group of role-play scenarios</comment>
        <translation>Training</translation>
    </message>
    <message>
        <source>Role-play scenarios: a fictional applicant with the reference frame filled in and no question asked yet, with printable cards for officer, applicant and interpreter.</source>
        <translation>Rollenspellen: een fictieve aanvrager met het referentiekader ingevuld en nog geen vraag gesteld, met kaarten om te printen voor hoormedewerker, aanvrager en tolk.</translation>
    </message>
    <message>
        <source>Open the scenario</source>
        <translation>Scenario openen</translation>
    </message>
    <message>
        <source>Write its role cards…</source>
        <translation>Rolkaarten schrijven…</translation>
    </message>
    <message>
        <source>%1   —   %2 (not encrypted)</source>
        <translation>%1   —   %2 (niet versleuteld)</translation>
    </message>
    <message>
        <source>V-number %1 (encrypted) · opened %2</source>
        <translation>V-nummer %1 (versleuteld) · geopend %2</translation>
    </message>
    <message>
        <source>Encrypted case without a V-number · opened %1</source>
        <translation>Versleutelde zaak zonder V-nummer · geopend %1</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>Author</source>
        <translation>Opsteller</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Relation to the applicant</source>
        <translation>Relatie tot de aanvrager</translation>
    </message>
    <message>
        <source>e.g. partner since 2023, pastor of the applicant&apos;s church</source>
        <translation>bijv. partner sinds 2023, voorganger van de kerk van de aanvrager</translation>
    </message>
    <message>
        <source>written</source>
        <translation>opgesteld</translation>
    </message>
    <message>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Fixed by policy: a third-party statement is never classed as an expert report.</source>
        <translation>Vast volgens beleid: een verklaring van een derde geldt nooit als deskundigenbericht.</translation>
    </message>
    <message>
        <source>Legal class</source>
        <translation>Aard</translation>
    </message>
    <message>
        <source>New facts it adds, one per line</source>
        <translation>Nieuwe feiten uit de verklaring, één per regel</translation>
    </message>
    <message>
        <source>New facts</source>
        <translation>Nieuwe feiten</translation>
    </message>
    <message>
        <source>entry numbers, e.g. 3, 7, 12</source>
        <translation>vraagnummers, bijv. 3, 7, 12</translation>
    </message>
    <message>
        <source>Confirms entries</source>
        <translation>Bevestigt vragen</translation>
    </message>
    <message>
        <source>How was the statement weighed, or why does it not change the assessment?</source>
        <translation>Hoe is de verklaring gewogen, of waarom verandert zij de beoordeling niet?</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Weging</translation>
    </message>
    <message>
        <source>✓ Recorded (required before finalising)</source>
        <translation>✓ Vastgelegd (verplicht vóór het afronden)</translation>
    </message>
    <message>
        <source>Required before finalising the hearing</source>
        <translation>Verplicht voordat het gehoor wordt afgerond</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Third-party statements and material</source>
        <translation>Verklaringen van derden en materiaal</translation>
    </message>
    <message>
        <source>A third-party statement is weighed as a statement from the author&apos;s own observation, never as an expert report; record how each one was weighed.</source>
        <translation>Een verklaring van een derde wordt gewogen als verklaring op basis van eigen waarneming van de opsteller, nooit als deskundigenbericht; leg vast hoe elke verklaring is gewogen.</translation>
    </message>
    <message>
        <source>Third-party statements</source>
        <translation>Verklaringen van derden</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Verklaring toevoegen</translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation>Verklaring verwijderen</translation>
    </message>
    <message>
        <source>Submitted material and expert reports</source>
        <translation>Overgelegd materiaal en deskundigenrapporten</translation>
    </message>
    <message>
        <source>Ctrl+Tab goes to the other tab.</source>
        <translation>Ctrl+Tab gaat naar het andere tabblad.</translation>
    </message>
    <message>
        <source>Submitted material (%1)</source>
        <translation>Overgelegd materiaal (%1)</translation>
    </message>
    <message>
        <source>Expert reports (%1)</source>
        <translation>Deskundigenberichten (%1)</translation>
    </message>
    <message>
        <source>weighed</source>
        <translation>gewogen</translation>
    </message>
    <message>
        <source>⚠ consideration note missing</source>
        <translation>⚠ weging ontbreekt</translation>
    </message>
    <message>
        <source>%1. %2 (%3) · %4</source>
        <translation>%1. %2 (%3) · %4</translation>
    </message>
    <message>
        <source>author not given</source>
        <translation>opsteller niet vermeld</translation>
    </message>
    <message>
        <source>Remove statement %1 and everything typed for it? The later ones are renumbered.</source>
        <translation>Verklaring %1 verwijderen, met alles wat erbij is getypt? De verklaringen daarna worden opnieuw genummerd.</translation>
    </message>
</context>
<context>
    <name>ThemePage</name>
    <message>
        <source>Pillar: </source>
        <translation>Pijler: </translation>
    </message>
    <message>
        <source>Recorded in this theme (click to edit):</source>
        <translation>Vastgelegd in dit thema (klik om te bewerken):</translation>
    </message>
    <message>
        <source>Record the explanation as read out…</source>
        <translation>Uitleg vastleggen zoals voorgelezen…</translation>
    </message>
    <message>
        <source>Recorded in this theme</source>
        <translation>Vastgelegd in dit thema</translation>
    </message>
    <message>
        <source>The arrow keys choose an entry; Return opens it for correcting.</source>
        <translation>De pijltoetsen kiezen een vraag; Enter opent hem om te corrigeren.</translation>
    </message>
    <message>
        <source>Guidance for this theme</source>
        <translation>Toelichting bij dit thema</translation>
    </message>
    <message numerus="yes">
        <source>(and %n hints for this applicant)</source>
        <translation>
            <numerusform>(en %n aanwijzing voor deze aanvrager)</numerusform>
            <numerusform>(en %n aanwijzingen voor deze aanvrager)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeStatus</name>
    <message>
        <source>For this applicant this theme is not part of the hearing: it is asked only in place of another when the bank&apos;s conditions call for it. You can still ask its questions.</source>
        <translation>Voor deze aanvrager hoort dit thema niet bij het gehoor: het wordt alleen gevraagd in plaats van een ander thema als de voorwaarden van de vragenbank daarom vragen. U kunt de vragen toch stellen.</translation>
    </message>
    <message>
        <source>Only for: %1. Not part of this hearing; you can still ask its questions.</source>
        <translation>Alleen bij: %1. Hoort niet bij dit gehoor; u kunt de vragen toch stellen.</translation>
    </message>
    <message>
        <source>Skipped for this applicant: %1 (in its place: %2).</source>
        <translation>Overgeslagen voor deze aanvrager: %1 (in plaats daarvan: %2).</translation>
    </message>
    <message>
        <source>Skipped for this applicant: %1. You can still ask its questions.</source>
        <translation>Overgeslagen voor deze aanvrager: %1. U kunt de vragen toch stellen.</translation>
    </message>
    <message>
        <source>In place of %1 for this applicant: %2.</source>
        <translation>In plaats van %1 voor deze aanvrager: %2.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>vereist</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>niet vereist</translation>
    </message>
    <message>
        <source>order changed</source>
        <translation>volgorde aangepast</translation>
    </message>
    <message>
        <source>For this applicant: %1 (%2).</source>
        <translation>Voor deze aanvrager: %1 (%2).</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>naam: %1</translation>
    </message>
    <message>
        <source>form of address: %1</source>
        <translation>aanspreekvorm: %1</translation>
    </message>
    <message>
        <source>pronouns: %1</source>
        <translation>voornaamwoorden: %1</translation>
    </message>
    <message>
        <source>The applicant: %1.</source>
        <translation>De aanvrager: %1.</translation>
    </message>
    <message>
        <source>Skipped for this applicant: %1.</source>
        <translation>Overgeslagen voor deze aanvrager: %1.</translation>
    </message>
    <message>
        <source>In place of “%1”: %2.</source>
        <translation>In plaats van “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <source>Type the time as hh:mm. Unknown: leave empty.</source>
        <translation>Typ de tijd als uu:mm. Onbekend: leeg laten.</translation>
    </message>
    <message>
        <source>Not a time: type it as hh:mm, for example 09:30.</source>
        <translation>Geen tijd: typ hem als uu:mm, bijvoorbeeld 09:30.</translation>
    </message>
</context>
<context>
    <name>TrainerMode</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Open the &amp;demo hearing with annotations</source>
        <translation>&amp;Demogehoor met aantekeningen openen</translation>
    </message>
    <message>
        <source>LGBTI claim</source>
        <translation>Asielmotief LHBTI</translation>
    </message>
    <message>
        <source>Conversion claim (subsequent application)</source>
        <translation>Bekering (opvolgende aanvraag)</translation>
    </message>
    <message>
        <source>Both claims</source>
        <translation>Beide asielmotieven</translation>
    </message>
    <message>
        <source>LGBTI claim of a trans applicant</source>
        <translation>LHBTI, transgender aanvrager</translation>
    </message>
    <message>
        <source>Open the &amp;weaker demo hearing</source>
        <translation>&amp;Zwakkere versie van het demogehoor openen</translation>
    </message>
    <message>
        <source>Co&amp;mpare the weaker and the good demo</source>
        <translation>Zwakkere en goede demo verge&amp;lijken</translation>
    </message>
    <message>
        <source>Role-play &amp;scenarios</source>
        <translation>&amp;Rollenspellen</translation>
    </message>
    <message>
        <source>Role c&amp;ards</source>
        <translation>Rol&amp;kaarten</translation>
    </message>
    <message>
        <source>Show and write &amp;trainer notes</source>
        <translation>Aantekeningen van de &amp;trainer tonen en schrijven</translation>
    </message>
    <message>
        <source>&amp;Next trainer note</source>
        <translation>&amp;Volgende aantekening van de trainer</translation>
    </message>
    <message>
        <source>P&amp;revious trainer note</source>
        <translation>V&amp;orige aantekening van de trainer</translation>
    </message>
    <message>
        <source>Re&amp;view practice hearing…</source>
        <translation>Oefengehoor &amp;bespreken…</translation>
    </message>
    <message>
        <source>&amp;Curriculum map…</source>
        <translation>&amp;Curriculumkaart…</translation>
    </message>
    <message>
        <source>Weaker version</source>
        <translation>Zwakkere versie</translation>
    </message>
    <message>
        <source>Good version (the demo)</source>
        <translation>Goede versie (het demogehoor)</translation>
    </message>
    <message>
        <source>Scenario opened: %1. Save it to keep the practice hearing.</source>
        <translation>Scenario geopend: %1. Sla het op om het oefengehoor te bewaren.</translation>
    </message>
    <message>
        <source>Write the role cards</source>
        <translation>Rolkaarten schrijven</translation>
    </message>
    <message>
        <source>role-cards-%1.docx</source>
        <translation>rolkaarten-%1.docx</translation>
    </message>
    <message>
        <source>Role cards not written</source>
        <translation>Rolkaarten niet geschreven</translation>
    </message>
    <message>
        <source>Role cards written: %1</source>
        <translation>Rolkaarten geschreven: %1</translation>
    </message>
    <message>
        <source>No further trainer note.</source>
        <translation>Geen volgende aantekening van de trainer.</translation>
    </message>
    <message>
        <source>No earlier trainer note.</source>
        <translation>Geen eerdere aantekening van de trainer.</translation>
    </message>
    <message>
        <source>Trainer note %1 of %2</source>
        <translation>Aantekening %1 van %2</translation>
    </message>
    <message>
        <source>Export the feedback sheet</source>
        <translation>Feedbackformulier exporteren</translation>
    </message>
    <message>
        <source>feedback.docx</source>
        <translation>feedback.docx</translation>
    </message>
    <message>
        <source>Feedback sheet not written</source>
        <translation>Feedbackformulier niet geschreven</translation>
    </message>
    <message>
        <source>Feedback sheet written: %1</source>
        <translation>Feedbackformulier geschreven: %1</translation>
    </message>
    <message>
        <source>The open hearing has no page for this theme (open the demo or a scenario first).</source>
        <translation>Het geopende gehoor heeft geen pagina voor dit thema (open eerst het demogehoor of een rollenspel).</translation>
    </message>
    <message>
        <source>Practice pane&amp;l…</source>
        <translation>Vragen oef&amp;enen…</translation>
    </message>
    <message>
        <source>&amp;Examples…</source>
        <translation>Voorbeelde&amp;n…</translation>
    </message>
</context>
</TS>
