<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>Medication doses</source>
        <translation>Läkemedelsdoser</translation>
    </message>
    <message>
        <source>Questionnaires and their thresholds</source>
        <translation>Formulär och deras gränsvärden</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Stödlinjer</translation>
    </message>
    <message>
        <source>Drug codes (ATC)</source>
        <translation>Läkemedelskoder (ATC)</translation>
    </message>
    <message>
        <source>Augmentation doses</source>
        <translation>Doser för tilläggsbehandling (augmentation)</translation>
    </message>
    <message>
        <source>Treatment courses and their minimum sessions</source>
        <translation>Behandlingsserier och deras minsta antal tillfällen</translation>
    </message>
    <message>
        <source>Daylio&apos;s moods</source>
        <translation>Daylios stämningslägen</translation>
    </message>
    <message>
        <source>Episodes, remission and relapse</source>
        <translation>Episoder, remission och återfall</translation>
    </message>
    <message>
        <source>Interactions with supplements</source>
        <translation>Interaktioner med kosttillskott</translation>
    </message>
    <message>
        <source>Lab tests and their reference ranges</source>
        <translation>Labbprov och deras referensintervall</translation>
    </message>
    <message>
        <source>Codes for health-record exchange (LOINC)</source>
        <translation>Koder för utbyte med journalsystem (LOINC)</translation>
    </message>
    <message>
        <source>Pharmacogenetics: how genes change drug exposure</source>
        <translation>Farmakogenetik: hur gener ändrar läkemedelsexponeringen</translation>
    </message>
    <message>
        <source>A private mood and treatment journal for treatment-resistant depression.</source>
        <translation>En privat dagbok om mående och behandling vid svårbehandlad depression.</translation>
    </message>
    <message>
        <source>It reports what you logged and what published definitions say of it; it does not diagnose or advise treatment.</source>
        <translation>Den visar vad du har skrivit in och vad publicerade definitioner säger om det; den ställer inga diagnoser och ger inga behandlingsråd.</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Din dagbok</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>(free software: you may share and change it under its terms)</source>
        <translation>(fri programvara: du får dela och ändra den enligt licensens villkor)</translation>
    </message>
    <message>
        <source>Sources of the clinical tables</source>
        <translation>Källor till de kliniska tabellerna</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Edit an appointment</source>
        <translation>Ändra ett läkarbesök</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Lägg till ett läkarbesök</translation>
    </message>
    <message>
        <source>who you see, like Dr Lind (optional)</source>
        <translation>vem du träffar, till exempel dr Lind (valfritt)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>BackgroundView</name>
    <message>
        <source>depression</source>
        <translation>depression</translation>
    </message>
    <message>
        <source>bipolar disorder</source>
        <translation>bipolär sjukdom</translation>
    </message>
    <message>
        <source>schizophrenia</source>
        <translation>schizofreni</translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation>ångest</translation>
    </message>
    <message>
        <source>ADHD</source>
        <translation>adhd</translation>
    </message>
    <message>
        <source>suicide</source>
        <translation>självmord</translation>
    </message>
    <message>
        <source>substance use</source>
        <translation>missbruk</translation>
    </message>
    <message>
        <source>diabetes</source>
        <translation>diabetes</translation>
    </message>
    <message>
        <source>heart disease</source>
        <translation>hjärtsjukdom</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>mamma</translation>
    </message>
    <message>
        <source>father</source>
        <translation>pappa</translation>
    </message>
    <message>
        <source>sister</source>
        <translation>syster</translation>
    </message>
    <message>
        <source>brother</source>
        <translation>bror</translation>
    </message>
    <message>
        <source>daughter</source>
        <translation>dotter</translation>
    </message>
    <message>
        <source>son</source>
        <translation>son</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>mormor/farmor</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>morfar/farfar</translation>
    </message>
    <message>
        <source>aunt</source>
        <translation>moster/faster</translation>
    </message>
    <message>
        <source>uncle</source>
        <translation>morbror/farbror</translation>
    </message>
    <message>
        <source>cousin</source>
        <translation>kusin</translation>
    </message>
    <message>
        <source>other relative</source>
        <translation>annan släkting</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ej angivet</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>ej besvarat</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Everything here is optional and stays in your journal. The start of the current episode is used for the Maudsley staging estimate (otherwise your first check-in is). The rest appears in a report only if you tick its Background section.</source>
        <translation>Allt här är frivilligt och stannar i din dagbok. Början på den nuvarande episoden används för Maudsley-uppskattningen (annars används din första incheckning). Resten syns i en rapport bara om du kryssar i dess avsnitt Bakgrund.</translation>
    </message>
    <message>
        <source>I know when it began</source>
        <translation>Jag vet när den började</translation>
    </message>
    <message>
        <source>Episode start known</source>
        <translation>Episodens början är känd</translation>
    </message>
    <message>
        <source>Current episode began</source>
        <translation>Den nuvarande episoden började</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Ärftlighet</translation>
    </message>
    <message>
        <source>Conditions in blood relatives</source>
        <translation>Sjukdomar hos blodsläktingar</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Sjukdom</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Släkting</translation>
    </message>
    <message>
        <source>in my</source>
        <translation>hos min</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add to family history</source>
        <translation>Lägg till i ärftlighet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected family history entry</source>
        <translation>Ta bort den valda raden om ärftlighet</translation>
    </message>
    <message>
        <source>Childhood adversity</source>
        <translation>Svåra upplevelser i barndomen</translation>
    </message>
    <message>
        <source>Did you experience serious adversity in childhood (abuse, neglect, loss...)? Answer only if you want to</source>
        <translation>Var du med om svåra saker i barndomen (övergrepp, försummelse, förluster...)? Svara bara om du vill</translation>
    </message>
    <message>
        <source>a note, if you want (optional)</source>
        <translation>en anteckning, om du vill (valfritt)</translation>
    </message>
    <message>
        <source>Childhood adversity note</source>
        <translation>Anteckning om barndomen</translation>
    </message>
    <message>
        <source>thyroid disease, chronic pain, sleep apnoea…</source>
        <translation>sköldkörtelsjukdom, kronisk smärta, sömnapné…</translation>
    </message>
    <message>
        <source>Other conditions</source>
        <translation>Andra sjukdomar</translation>
    </message>
    <message>
        <source>Other health conditions, separated by commas</source>
        <translation>Andra hälsoproblem, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save background</source>
        <translation>Spara bakgrund</translation>
    </message>
    <message>
        <source>Age at first episode</source>
        <translation>Ålder vid första episoden</translation>
    </message>
    <message>
        <source>Earlier episodes</source>
        <translation>Tidigare episoder</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Inte sparat än.</translation>
    </message>
    <message>
        <source>Not saved: {field}: {message}</source>
        <translation>Inte sparat: {field}: {message}</translation>
    </message>
    <message>
        <source>Saved your background; the current episode counts from {day}.</source>
        <translation>Din bakgrund är sparad; den nuvarande episoden räknas från {day}.</translation>
    </message>
    <message>
        <source>Saved your background.</source>
        <translation>Din bakgrund är sparad.</translation>
    </message>
    <message>
        <source>Not saved: see the problem above.</source>
        <translation>Inte sparat: se problemet ovan.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Backups of this journal, newest first</source>
        <translation>Säkerhetskopior av den här dagboken, nyaste först</translation>
    </message>
    <message>
        <source>Other file...</source>
        <translation>Annan fil...</translation>
    </message>
    <message>
        <source>The journal as it is now is backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>Dagboken som den är nu säkerhetskopieras först, så att en återställning själv kan ångras genom att den säkerhetskopian återställs.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Välj en säkerhetskopia</translation>
    </message>
    <message>
        <source>trdjournal journals (*.sqlite3);;All files (*)</source>
        <translation>trdjournal-dagböcker (*.sqlite3);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 dagar</translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation>&amp;90 dagar</translation>
    </message>
    <message>
        <source>1 &amp;year</source>
        <translation>1 &amp;år</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Allt</translation>
    </message>
    <message>
        <source>Mood, each day</source>
        <translation>Mående, varje dag</translation>
    </message>
    <message>
        <source>Mood, 7-day mean</source>
        <translation>Mående, 7-dagarsmedel</translation>
    </message>
    <message>
        <source>Over years: weekly or monthly mean, lowest to highest</source>
        <translation>Över år: vecko- eller månadsmedel, lägsta till högsta</translation>
    </message>
    <message>
        <source>Questionnaire total</source>
        <translation>Formulärets summa</translation>
    </message>
    <message>
        <source>GAD-7</source>
        <translation>GAD-7</translation>
    </message>
    <message>
        <source>Safety item flagged</source>
        <translation>Säkerhetsfrågan flaggad</translation>
    </message>
    <message>
        <source>Severity bands</source>
        <translation>Svårighetsgrader</translation>
    </message>
    <message>
        <source>Remission line</source>
        <translation>Remissionslinje</translation>
    </message>
    <message>
        <source>Elevated mood (0-3)</source>
        <translation>Förhöjt stämningsläge (0-3)</translation>
    </message>
    <message>
        <source>Irritability (0-3)</source>
        <translation>Irritabilitet (0-3)</translation>
    </message>
    <message>
        <source>Life event, harder (−)</source>
        <translation>Livshändelse, tyngre (−)</translation>
    </message>
    <message>
        <source>Life event, easier (+)</source>
        <translation>Livshändelse, lättare (+)</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom; the remission line is PHQ-9 below 5, QIDS-SR16 5 or less, MADRS-S 10 or less.</source>
        <translation>Dra för att panorera, scrolla för att zooma; remissionslinjen är PHQ-9 under 5, QIDS-SR16 5 eller lägre, MADRS-S 10 eller lägre.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Show {period}</source>
        <translation>Visa {period}</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Visade datum</translation>
    </message>
    <message>
        <source>Values of the day under the pointer</source>
        <translation>Värden för dagen under pekaren</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Ritar diagrammen…</translation>
    </message>
    <message>
        <source>Nothing to chart yet. Log a few days on the Today view (a mood is enough), and a medication on Treatments: the charts line them up here.</source>
        <translation>Inget att visa ännu. Skriv in några dagar i vyn I dag (en siffra för måendet räcker) och ett läkemedel under Behandlingar: diagrammen ställer upp dem här.</translation>
    </message>
    <message>
        <source>Key to the charts</source>
        <translation>Teckenförklaring till diagrammen</translation>
    </message>
</context>
<context>
    <name>CheckInTableModel</name>
    <message>
        <source>sleep</source>
        <translation>sömn</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>steg</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Mående</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ångest</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Sleep h</source>
        <translation>Sömn h</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Sömnkvalitet</translation>
    </message>
    <message>
        <source>Activity min</source>
        <translation>Aktivitet min</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Biverkningar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>{value}, logged in {device} and imported (not typed here)</source>
        <translation>{value}, inskrivet i {device} och importerat (inte skrivet här)</translation>
    </message>
    <message>
        <source>{value}, measured by {device} (not typed)</source>
        <translation>{value}, uppmätt av {device} (inte inskrivet)</translation>
    </message>
</context>
<context>
    <name>CourseSettingsPanel</name>
    <message>
        <source>Adherence of a fair trial</source>
        <translation>Följsamhet vid ett rättvist försök</translation>
    </message>
    <message>
        <source>Fair trial: days taken</source>
        <translation>Rättvist försök: dagar tagna</translation>
    </message>
    <message>
        <source>{kind}, {detail} not given</source>
        <translation>{kind}, {detail} inte angivet</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> tillfällen</translation>
    </message>
    <message>
        <source>Minimum sessions: {label}</source>
        <translation>Minsta antal tillfällen: {label}</translation>
    </message>
    <message>
        <source>Default {default}. {source}</source>
        <translation>Standard {default}. {source}</translation>
    </message>
    <message>
        <source>Courses and adherence</source>
        <translation>Behandlingsserier och följsamhet</translation>
    </message>
    <message>
        <source>A medication trial taken on fewer days than this is not a fair trial. A course of sessions is adequate with at least these many sessions (hover for the source of each default).</source>
        <translation>Ett läkemedelsförsök som tagits färre dagar än så är inte ett rättvist försök. En serie behandlingstillfällen är adekvat med minst så här många tillfällen (håll pekaren över för källan till varje standardvärde).</translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <source>Support is available</source>
        <translation>Det finns stöd att få</translation>
    </message>
    <message>
        <source>You answered that you have had thoughts of death, that you would be better off dead, or of hurting yourself. Many people with depression have these thoughts, and talking to someone helps. If you feel you might act on them, or you are in danger now, please contact one of these now:</source>
        <translation>Du svarade att du har haft tankar på döden, att du hellre vore död, eller på att skada dig själv. Många med depression har sådana tankar, och det hjälper att prata med någon. Om du känner att du kanske kommer att handla på dem, eller om du är i fara nu, kontakta någon av dessa nu:</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Stödlinjer</translation>
    </message>
    <message>
        <source>Your answer is kept in the journal, and this day is marked in the report for your doctor, so you can talk about it together.</source>
        <translation>Ditt svar sparas i dagboken, och dagen markeras i rapporten till din läkare så att ni kan prata om det tillsammans.</translation>
    </message>
    <message>
        <source>Change these numbers…</source>
        <translation>Ändra de här numren…</translation>
    </message>
    <message>
        <source>Change the crisis numbers in Settings</source>
        <translation>Ändra stödnumren under Inställningar</translation>
    </message>
    <message>
        <source>No crisis lines are set: add the ones for where you live in Settings.</source>
        <translation>Inga stödlinjer är angivna: lägg till dem som gäller där du bor under Inställningar.</translation>
    </message>
</context>
<context>
    <name>DailyReminder</name>
    <message>
        <source>trdjournal</source>
        <translation>trdjournal</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Hur var dagen?</translation>
    </message>
    <message>
        <source>A few seconds to log your day in trdjournal. Click to open Today.</source>
        <translation>Några sekunder för att skriva in din dag i trdjournal. Klicka för att öppna I dag.</translation>
    </message>
</context>
<context>
    <name>EpisodeLayer</name>
    <message>
        <source>episode</source>
        <translation>episod</translation>
    </message>
    <message>
        <source>remission</source>
        <translation>remission</translation>
    </message>
    <message>
        <source>relapse</source>
        <translation>återfall</translation>
    </message>
</context>
<context>
    <name>EventsLabsView</name>
    <message>
        <source>below the range</source>
        <translation>under referensintervallet</translation>
    </message>
    <message>
        <source>within the range</source>
        <translation>inom referensintervallet</translation>
    </message>
    <message>
        <source>above the range</source>
        <translation>över referensintervallet</translation>
    </message>
    <message>
        <source>your lab</source>
        <translation>ditt labb</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Add a {noun}…</source>
        <translation>Lägg till: {noun}…</translation>
    </message>
    <message>
        <source>Add a {noun}</source>
        <translation>Lägg till: {noun}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Edit the selected {noun}</source>
        <translation>Ändra vald post: {noun}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected {noun}</source>
        <translation>Ta bort vald post: {noun}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Påverkan</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Livshändelser</translation>
    </message>
    <message>
        <source>Newest first; impact on mood from −4 to +4; Enter edits</source>
        <translation>Nyaste först; påverkan på måendet från −4 till +4; Enter ändrar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prov</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation>Referensintervall</translation>
    </message>
    <message>
        <source>Where it sits</source>
        <translation>Var värdet ligger</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Labbvärden</translation>
    </message>
    <message>
        <source>Newest first; Enter edits</source>
        <translation>Nyaste först; Enter ändrar</translation>
    </message>
    <message>
        <source>No life events yet. A move, a loss, a new job, a birth: add one with Add a life event…, rated from -4 to +4, and it is marked on the mood chart.</source>
        <translation>Inga livshändelser ännu. En flytt, en förlust, ett nytt jobb, en födsel: lägg till en med Lägg till: livshändelse…, bedömd från -4 till +4, så markeras den i diagrammet över mående.</translation>
    </message>
    <message>
        <source>No lab results yet. Add a blood test (TSH, vitamin D, lithium level…) with Add a lab result…; its reference range comes with it.</source>
        <translation>Inga labbvärden ännu. Lägg till ett blodprov (TSH, D-vitamin, litiumhalt…) med Lägg till: labbvärde…; referensintervallet följer med.</translation>
    </message>
    <message>
        <source>Life events and lab results</source>
        <translation>Livshändelser och labbvärden</translation>
    </message>
    <message>
        <source>life event</source>
        <translation>livshändelse</translation>
    </message>
    <message>
        <source>&amp;Life events</source>
        <translation>&amp;Livshändelser</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>labbvärde</translation>
    </message>
    <message>
        <source>Lab &amp;results</source>
        <translation>Labb&amp;värden</translation>
    </message>
    <message>
        <source>Things that happened and blood tests, on the day. They are drawn on the charts and listed in the report for its period.</source>
        <translation>Saker som hänt och blodprov, på dagen. De ritas i diagrammen och listas i rapporten för dess period.</translation>
    </message>
    <message>
        <source>Added the life event of {day} (impact {impact}).</source>
        <translation>La till livshändelsen den {day} (påverkan {impact}).</translation>
    </message>
    <message>
        <source>Edited the life event of {day}.</source>
        <translation>Ändrade livshändelsen den {day}.</translation>
    </message>
    <message>
        <source>Added {name} {value} {unit} of {day}.</source>
        <translation>La till {name} {value} {unit} den {day}.</translation>
    </message>
    <message>
        <source>Edited the {name} result of {day}.</source>
        <translation>Ändrade värdet för {name} den {day}.</translation>
    </message>
    <message>
        <source>the life event</source>
        <translation>livshändelsen</translation>
    </message>
    <message>
        <source>the {name} result</source>
        <translation>värdet för {name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {file}</source>
        <translation>Importera {file}</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Vad importen kommer att göra</translation>
    </message>
    <message>
        <source>These mood labels were renamed in the app. Each has a suggestion from its place in the app&apos;s default scale (rad 9, good 7, meh 5, bad 3, awful 1); change any that is wrong. 0 is the worst mood, 10 the best.</source>
        <translation>De här humöretiketterna har döpts om i appen. Var och en har ett förslag utifrån sin plats på appens standardskala (rad 9, good 7, meh 5, bad 3, awful 1); ändra det som är fel. 0 är sämsta humöret, 10 det bästa.</translation>
    </message>
    <message>
        <source>Label in the file</source>
        <translation>Etikett i filen</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humör</translation>
    </message>
    <message>
        <source>Mood labels to map</source>
        <translation>Humöretiketter att översätta</translation>
    </message>
    <message>
        <source>Update the preview</source>
        <translation>Uppdatera förhandsvisningen</translation>
    </message>
    <message>
        <source>Replace the days in conflict with the file&apos;s</source>
        <translation>Ersätt dagarna i konflikt med filens</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Ångra importen</translation>
    </message>
    <message>
        <source>Put back the journal as it was before this import</source>
        <translation>Återställ dagboken som den var före den här importen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Läser filen</translation>
    </message>
    <message>
        <source>(read as {encoding})</source>
        <translation>(läst som {encoding})</translation>
    </message>
    <message>
        <source>Detected: {kind}</source>
        <translation>Identifierad: {kind}</translation>
    </message>
    <message>
        <source>Days from {first} to {last}</source>
        <translation>Dagar från {first} till {last}</translation>
    </message>
    <message>
        <source>Entries in the file: {entries}; days merged: {merged}</source>
        <translation>Poster i filen: {entries}; sammanslagna dagar: {merged}</translation>
    </message>
    <message>
        <source>Device values to add: {add}; already present: {present}</source>
        <translation>Enhetsvärden att lägga till: {add}; finns redan: {present}</translation>
    </message>
    <message>
        <source>Days to add: {add}; already present: {present}; in conflict: {conflict}</source>
        <translation>Dagar att lägga till: {add}; finns redan: {present}; i konflikt: {conflict}</translation>
    </message>
    <message>
        <source>Days to update: {n}</source>
        <translation>Dagar att uppdatera: {n}</translation>
    </message>
    <message>
        <source>In conflict (changed here since the last import, or logged here): {days}. They are kept unless you tick the box below.</source>
        <translation>I konflikt (ändrade här sedan förra importen, eller inskrivna här): {days}. De behålls om du inte kryssar i rutan nedan.</translation>
    </message>
    <message>
        <source>Nothing new to import</source>
        <translation>Inget nytt att importera</translation>
    </message>
    <message>
        <source>{file}, {where}: {sentence} Nothing was imported.</source>
        <translation>{file}, {where}: {sentence} Inget importerades.</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Den här filen kan inte importeras.</translation>
    </message>
    <message>
        <source>Mood for {label}</source>
        <translation>Humör för {label}</translation>
    </message>
    <message>
        <source>0 is the worst mood, 10 the best</source>
        <translation>0 är sämsta humöret, 10 det bästa</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>Imported {file}:</source>
        <translation>Importerade {file}:</translation>
    </message>
    <message>
        <source>The journal as it was is kept in backups/{name}; Undo import puts it back.</source>
        <translation>Dagboken som den var sparas i backups/{name}; Ångra importen lägger tillbaka den.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Imported {file}: {changes}.</source>
        <translation>Importerade {file}: {changes}.</translation>
    </message>
    <message>
        <source>The import of {file} was undone.</source>
        <translation>Importen av {file} ångrades.</translation>
    </message>
    <message>
        <source>The import was not undone</source>
        <translation>Importen ångrades inte</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Search notes, tags and side effects</source>
        <translation>Sök i anteckningar, taggar och biverkningar</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Sök i dagboken</translation>
    </message>
    <message>
        <source>Show only days whose note or tags contain these words</source>
        <translation>Visa bara dagar vars anteckning eller taggar innehåller de här orden</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Visade dagar</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Föregående år</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Nästa år</translation>
    </message>
    <message>
        <source>No days logged yet. Start on the Today view (Ctrl+1): a mood is enough.</source>
        <translation>Inga dagar inskrivna ännu. Börja i vyn I dag (Ctrl+1): en siffra för måendet räcker.</translation>
    </message>
    <message>
        <source>Logged days</source>
        <translation>Inskrivna dagar</translation>
    </message>
    <message>
        <source>Enter or double-click opens a day in Today; Delete removes it</source>
        <translation>Enter eller dubbelklick öppnar en dag i I dag; Delete tar bort den</translation>
    </message>
    <message>
        <source>Open in Today</source>
        <translation>Öppna i I dag</translation>
    </message>
    <message>
        <source>Open the selected day in Today</source>
        <translation>Öppna den valda dagen i I dag</translation>
    </message>
    <message>
        <source>Delete day</source>
        <translation>Ta bort dag</translation>
    </message>
    <message>
        <source>Delete the selected day&apos;s check-in</source>
        <translation>Ta bort den valda dagens incheckning</translation>
    </message>
    <message>
        <source>Delete the selected day&apos;s check-in (Delete); Ctrl+Z undoes it</source>
        <translation>Ta bort den valda dagens incheckning (Delete); Ctrl+Z ångrar</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n day(s)</source>
        <translation>
            <numerusform>{shown} av %n dag</numerusform>
            <numerusform>{shown} av %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>No day matches this search.</source>
        <translation>Ingen dag matchar sökningen.</translation>
    </message>
    <message>
        <source>Select a day to delete first.</source>
        <translation>Välj först en dag att ta bort.</translation>
    </message>
    <message>
        <source>{day} has only values a device measured; there is no check-in to delete.</source>
        <translation>{day} har bara värden som en enhet har mätt; det finns ingen incheckning att ta bort.</translation>
    </message>
    <message>
        <source>Deleted the check-in of {day}. Ctrl+Z undoes it.</source>
        <translation>Tog bort incheckningen för {day}. Ctrl+Z ångrar.</translation>
    </message>
</context>
<context>
    <name>LabDialog</name>
    <message>
        <source>Edit a lab result</source>
        <translation>Ändra ett labbvärde</translation>
    </message>
    <message>
        <source>Add a lab result</source>
        <translation>Lägg till ett labbvärde</translation>
    </message>
    <message>
        <source>Date of the test</source>
        <translation>Datum för provet</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prov</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Use the range printed on my lab report</source>
        <translation>Använd intervallet som står på mitt labbsvar</translation>
    </message>
    <message>
        <source>Enter the reference range</source>
        <translation>Ange referensintervallet</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Intervall lägst</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Intervall högst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation>Referensintervall</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>No default range for this unit.</source>
        <translation>Inget förvalt intervall för den här enheten.</translation>
    </message>
    <message>
        <source>Default: {low} to {high} {unit} (source: {source}). Labs differ; the range on your report is the one that counts.</source>
        <translation>Förvalt: {low} till {high} {unit} (källa: {source}). Laboratorier skiljer sig åt; intervallet på ditt labbsvar är det som gäller.</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>Lab results in view</source>
        <translation>Labbvärden i vyn</translation>
    </message>
    <message>
        <source>reference {low}-{high} {unit}</source>
        <translation>referens {low}-{high} {unit}</translation>
    </message>
    <message>
        <source>no reference range</source>
        <translation>inget referensintervall</translation>
    </message>
    <message>
        <source>Lab results in view ({len})</source>
        <translation>Labbvärden i vyn ({len})</translation>
    </message>
</context>
<context>
    <name>LifeEventDialog</name>
    <message>
        <source>Edit a life event</source>
        <translation>Ändra en livshändelse</translation>
    </message>
    <message>
        <source>Add a life event</source>
        <translation>Lägg till en livshändelse</translation>
    </message>
    <message>
        <source>Day it happened</source>
        <translation>Dag då det hände</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Påverkan</translation>
    </message>
    <message>
        <source>Impact on your mood: -4 very negative, 0 neutral, +4 very positive</source>
        <translation>Påverkan på ditt mående: -4 mycket negativ, 0 neutral, +4 mycket positiv</translation>
    </message>
    <message>
        <source>what happened, in a few words</source>
        <translation>vad som hände, med några ord</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Impact (-4 to +4)</source>
        <translation>Påverkan (-4 till +4)</translation>
    </message>
    <message>
        <source>-4 very negative · 0 neutral · +4 very positive</source>
        <translation>-4 mycket negativ · 0 neutral · +4 mycket positiv</translation>
    </message>
</context>
<context>
    <name>LifeEventLayer</name>
    <message>
        <source>{day}: {text} (impact {impact})</source>
        <translation>{day}: {text} (påverkan {impact})</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>trdjournal is locked</source>
        <translation>trdjournal är låst</translation>
    </message>
    <message>
        <source>Enter the passphrase to see your journal again.</source>
        <translation>Skriv lösenfrasen för att se din dagbok igen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo journal: example data, not yours - trdjournal</source>
        <translation>Demojournal: exempeldata, inte dina - trdjournal</translation>
    </message>
    <message>
        <source>trdjournal</source>
        <translation>trdjournal</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vyer</translation>
    </message>
    <message>
        <source>Choose a view (Ctrl+1 to Ctrl+9)</source>
        <translation>Välj en vy (Ctrl+1 till Ctrl+9)</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{number})</source>
        <translation>{title} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Demo journal</source>
        <translation>Demojournal</translation>
    </message>
    <message>
        <source>Demo journal: example data, not yours. What you log here stays in the demo.</source>
        <translation>Demojournal: exempeldata, inte dina. Det du loggar här stannar i demon.</translation>
    </message>
    <message>
        <source>Open my own journal</source>
        <translation>Öppna min egen journal</translation>
    </message>
    <message>
        <source>Back to the demo</source>
        <translation>Tillbaka till demon</translation>
    </message>
    <message>
        <source>trdjournal is already open on this journal: here it is.</source>
        <translation>trdjournal är redan öppet med den här journalen: här är det.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importera...</translation>
    </message>
    <message>
        <source>Import a trdjournal export, a Daylio CSV or an eMoods backup</source>
        <translation>Importera en export från trdjournal, en CSV-fil från Daylio eller en säkerhetskopia från eMoods</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;Whole journal (JSON or CSV)...</source>
        <translation>&amp;Hela dagboken (JSON eller CSV)...</translation>
    </message>
    <message>
        <source>Export the whole journal (JSON) or CSV files for spreadsheets</source>
        <translation>Exportera hela dagboken (JSON) eller CSV-filer för kalkylprogram</translation>
    </message>
    <message>
        <source>&amp;FHIR, for a clinic&apos;s record...</source>
        <translation>&amp;FHIR, för vårdens journal...</translation>
    </message>
    <message>
        <source>Export scales, daily ratings and treatments as an HL7 FHIR R4 Bundle</source>
        <translation>Exportera skattningar, dagliga värden och behandlingar som en HL7 FHIR R4-bunt (Bundle)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>Åte&amp;rställ från säkerhetskopia...</translation>
    </message>
    <message>
        <source>Replace the journal with one of its backups</source>
        <translation>Ersätt dagboken med en av dess säkerhetskopior</translation>
    </message>
    <message>
        <source>Appointment &amp;report (PDF)…</source>
        <translation>&amp;Rapport till läkarbesöket (PDF)…</translation>
    </message>
    <message>
        <source>Write the PDF report for your next appointment</source>
        <translation>Skriv PDF-rapporten till ditt nästa läkarbesök</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>&amp;Ångra senaste ändringen</translation>
    </message>
    <message>
        <source>Undo the last change saved in the journal</source>
        <translation>Ångra den senaste ändringen som sparades i dagboken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About trdjournal</source>
        <translation>&amp;Om trdjournal</translation>
    </message>
    <message>
        <source>There is nothing left to undo.</source>
        <translation>Det finns inget mer att ångra.</translation>
    </message>
    <message>
        <source>Not saved yet: {what}.</source>
        <translation>Inte sparat än: {what}.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparat än</translation>
    </message>
</context>
<context>
    <name>MedEventDialog</name>
    <message>
        <source>Start a medication</source>
        <translation>Börja med ett läkemedel</translation>
    </message>
    <message>
        <source>Change a dose</source>
        <translation>Ändra en dos</translation>
    </message>
    <message>
        <source>Stop a medication</source>
        <translation>Sluta med ett läkemedel</translation>
    </message>
    <message>
        <source>Edit: start a medication</source>
        <translation>Ändra: början på ett läkemedel</translation>
    </message>
    <message>
        <source>Edit: change a dose</source>
        <translation>Ändra: dosändring</translation>
    </message>
    <message>
        <source>Edit: stop a medication</source>
        <translation>Ändra: slut på ett läkemedel</translation>
    </message>
    <message>
        <source>antidepressant</source>
        <translation>antidepressivt</translation>
    </message>
    <message>
        <source>augmentation</source>
        <translation>tilläggsbehandling</translation>
    </message>
    <message>
        <source>supplement</source>
        <translation>kosttillskott</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <source>It did not help enough</source>
        <translation>Det hjälpte inte tillräckligt</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Biverkningar</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>I got well (remission)</source>
        <translation>Jag blev frisk (remission)</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annat skäl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source> mg/day</source>
        <translation> mg/dag</translation>
    </message>
    <message>
        <source>Daily dose</source>
        <translation>Dygnsdos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>What the medication is for</source>
        <translation>Vad läkemedlet används till</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>Skäl till att sluta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>generic or brand name, like sertraline or Zoloft</source>
        <translation>substansnamn eller varumärke, till exempel sertralin eller Zoloft</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Läkemedel</translation>
    </message>
    <message>
        <source>New daily dose</source>
        <translation>Ny dygnsdos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>{drug} ({dose} {unit}/day)</source>
        <translation>{drug} ({dose} {unit}/dag)</translation>
    </message>
    <message>
        <source>nothing is running on this day</source>
        <translation>inget pågår den här dagen</translation>
    </message>
    <message>
        <source>Not in the reference table: choose a name from the list, or it is saved as typed.</source>
        <translation>Finns inte i referenstabellen: välj ett namn i listan, annars sparas det som det är skrivet.</translation>
    </message>
    <message>
        <source>published minimum adequate dose {dose} {unit}/day</source>
        <translation>publicerad lägsta adekvata dos {dose} {unit}/dag</translation>
    </message>
    <message>
        <source> {unit}/day</source>
        <translation> {unit}/dag</translation>
    </message>
    <message>
        <source>{problem}. Save it as an unlisted drug (not judged as a trial)?</source>
        <translation>{problem}. Spara det som ett läkemedel utanför tabellen (bedöms inte som ett försök)?</translation>
    </message>
    <message>
        <source>Drug not in the table</source>
        <translation>Läkemedlet finns inte i tabellen</translation>
    </message>
    <message>
        <source>Unusual dose</source>
        <translation>Ovanlig dos</translation>
    </message>
    <message>
        <source>{why}. Save it?</source>
        <translation>{why}. Spara det?</translation>
    </message>
    <message>
        <source>Started {drug} {dose} {unit}/day on {day}</source>
        <translation>Började med {drug} {dose} {unit}/dag den {day}</translation>
    </message>
    <message>
        <source>Changed {drug} {dose} {unit}/day on {day}</source>
        <translation>Ändrade {drug} till {dose} {unit}/dag den {day}</translation>
    </message>
    <message>
        <source>Stopped {drug} on {day}</source>
        <translation>Slutade med {drug} den {day}</translation>
    </message>
</context>
<context>
    <name>MissedDoseButtons</name>
    <message>
        <source>No medication running on this day.</source>
        <translation>Inget läkemedel pågår den här dagen.</translation>
    </message>
    <message>
        <source>Missed doses</source>
        <translation>Missade doser</translation>
    </message>
    <message>
        <source>{drug}: missed dose logged</source>
        <translation>{drug}: missad dos inskriven</translation>
    </message>
    <message>
        <source>Missed today&apos;s dose of {drug}</source>
        <translation>Missade dagens dos av {drug}</translation>
    </message>
    <message>
        <source>Missed this day&apos;s dose of {drug}</source>
        <translation>Missade dosen av {drug} den här dagen</translation>
    </message>
    <message>
        <source>Missed dose of {drug}</source>
        <translation>Missad dos av {drug}</translation>
    </message>
    <message>
        <source>Log that {drug} was not taken on this day: a trial&apos;s adherence is the share of its days taken</source>
        <translation>Skriv in att {drug} inte togs den här dagen: ett försöks följsamhet är andelen dagar det togs</translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <source>Mood</source>
        <translation>Mående</translation>
    </message>
    <message>
        <source>Mood from 0 (worst) to 10 (best): type a digit, 1 then 0 for 10, or use the arrow keys</source>
        <translation>Mående från 0 (sämst) till 10 (bäst): skriv en siffra, 1 och sedan 0 för 10, eller använd piltangenterna</translation>
    </message>
    <message>
        <source>Mood {value}</source>
        <translation>Mående {value}</translation>
    </message>
    <message>
        <source>Mood, {mood} of 10</source>
        <translation>Mående, {mood} av 10</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>{label} did not work.</source>
        <translation>{label} fungerade inte.</translation>
    </message>
    <message>
        <source>{label} failed</source>
        <translation>{label} misslyckades</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message>
        <source>The journal was changed by another program: updated.</source>
        <translation>Journalen ändrades av ett annat program: uppdaterad.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>There is no way to recover a forgotten passphrase: without it nobody can open this journal or its backups, you included.</source>
        <translation>En glömd lösenfras går inte att få tillbaka: utan den kan ingen öppna den här dagboken eller dess säkerhetskopior, inte heller du.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ny lösenfras igen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Skriv den igen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Type a new passphrase.</source>
        <translation>Skriv en ny lösenfras.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>De två nya lösenfraserna är inte likadana.</translation>
    </message>
</context>
<context>
    <name>PgxPanel</name>
    <message>
        <source>ultrarapid metabolizer</source>
        <translation>ultrasnabb metaboliserare</translation>
    </message>
    <message>
        <source>rapid metabolizer</source>
        <translation>snabb metaboliserare</translation>
    </message>
    <message>
        <source>normal metabolizer</source>
        <translation>normal metaboliserare</translation>
    </message>
    <message>
        <source>intermediate metabolizer</source>
        <translation>intermediär metaboliserare</translation>
    </message>
    <message>
        <source>poor metabolizer</source>
        <translation>långsam metaboliserare</translation>
    </message>
    <message>
        <source>From a pharmacogenomic test report, if you have one. The trial view then shows what the CPIC and DPWG guidelines say about exposure to the drugs you tried (never a dose): discuss it with your prescriber.</source>
        <translation>Från ett farmakogenetiskt testsvar, om du har ett. Vyn Försök visar då vad riktlinjerna från CPIC och DPWG säger om exponeringen för de läkemedel du provat (aldrig en dos): prata om det med den som förskriver.</translation>
    </message>
    <message>
        <source>genotype {genotype}</source>
        <translation>genotyp {genotype}</translation>
    </message>
    <message>
        <source>activity score {score}</source>
        <translation>aktivitetspoäng {score}</translation>
    </message>
    <message>
        <source>tested {day}</source>
        <translation>testad {day}</translation>
    </message>
    <message>
        <source>Pharmacogenomic results</source>
        <translation>Farmakogenetiska resultat</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Fenotyp</translation>
    </message>
    <message>
        <source>The metabolizer status on the report</source>
        <translation>Metaboliserarstatus enligt testsvaret</translation>
    </message>
    <message>
        <source>e.g. *1/*17 (optional)</source>
        <translation>t.ex. *1/*17 (valfritt)</translation>
    </message>
    <message>
        <source>Genotype</source>
        <translation>Genotyp</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation>Aktivitetspoäng</translation>
    </message>
    <message>
        <source>CYP2D6 reports often give one</source>
        <translation>CYP2D6-svar anger ofta en</translation>
    </message>
    <message>
        <source>I know the test date</source>
        <translation>Jag vet testdatumet</translation>
    </message>
    <message>
        <source>Test date known</source>
        <translation>Testdatum känt</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>Testdatum</translation>
    </message>
    <message>
        <source>the lab that ran the test (optional)</source>
        <translation>laboratoriet som gjorde testet (valfritt)</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorium</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>Lägg till resultat</translation>
    </message>
    <message>
        <source>Add pharmacogenomic result</source>
        <translation>Lägg till farmakogenetiskt resultat</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Ta bort markerat</translation>
    </message>
    <message>
        <source>Remove the selected pharmacogenomic result</source>
        <translation>Ta bort det markerade farmakogenetiska resultatet</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Pharmacogenomics</source>
        <translation>Farmakogenetik</translation>
    </message>
    <message>
        <source>Replace {gene} result</source>
        <translation>Ersätt resultatet för {gene}</translation>
    </message>
    <message>
        <source>Not saved: {field}: {message}</source>
        <translation>Inte sparat: {field}: {message}</translation>
    </message>
    <message>
        <source>Saved: {result}.</source>
        <translation>Sparat: {result}.</translation>
    </message>
    <message>
        <source>Select a result to remove.</source>
        <translation>Markera ett resultat att ta bort.</translation>
    </message>
    <message>
        <source>Removed: {result} (Edit &gt; Undo brings it back).</source>
        <translation>Borttaget: {result} (Redigera &gt; Ångra tar tillbaka det).</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>{when}: %n check-in(s)</source>
        <translation>
            <numerusform>{when}: %n incheckning</numerusform>
            <numerusform>{when}: %n incheckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n check-in(s) up to {last}</source>
        <translation>
            <numerusform>{when}: %n incheckning till och med {last}</numerusform>
            <numerusform>{when}: %n incheckningar till och med {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the journal to {path} (%n check-in(s)).</source>
        <translation>
            <numerusform>Exporterade dagboken till {path} (%n incheckning).</numerusform>
            <numerusform>Exporterade dagboken till {path} (%n incheckningar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s)</source>
        <translation>
            <numerusform>%n formulär</numerusform>
            <numerusform>%n formulär</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medication statement(s)</source>
        <translation>
            <numerusform>%n läkemedelsuppgift</numerusform>
            <numerusform>%n läkemedelsuppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n tillfälle</numerusform>
            <numerusform>%n tillfällen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>Set a passphrase…</source>
        <translation>Ange en lösenfras…</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Ange en lösenfras</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Byt lösenfras…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Ta bort lösenfrasen…</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation>Ta bort lösenfrasen</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Lås efter</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Automatiskt lås</translation>
    </message>
    <message>
        <source>Hide the journal after idle minutes</source>
        <translation>Dölj dagboken efter minuter utan användning</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minuter till automatiskt lås</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>minutes without use</source>
        <translation>minuter utan användning</translation>
    </message>
    <message>
        <source>This journal and its backups are encrypted: the app asks for the passphrase at start.</source>
        <translation>Den här dagboken och dess säkerhetskopior är krypterade: appen frågar efter lösenfrasen när den startar.</translation>
    </message>
    <message>
        <source>This journal is not encrypted: anyone who can read its file can read it.</source>
        <translation>Den här dagboken är inte krypterad: den som kan läsa filen kan läsa dagboken.</translation>
    </message>
    <message>
        <source>Locked, the journal is hidden until the passphrase is typed again.</source>
        <translation>När den är låst är dagboken dold tills lösenfrasen skrivs igen.</translation>
    </message>
    <message>
        <source>Auto-lock needs a passphrase.</source>
        <translation>Automatiskt lås kräver en lösenfras.</translation>
    </message>
    <message numerus="yes">
        <source>The app locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Appen låses efter %n minut utan användning.</numerusform>
            <numerusform>Appen låses efter %n minuter utan användning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal and %n backup(s) were encrypted.</source>
        <translation>
            <numerusform>Dagboken och %n säkerhetskopia krypterades.</numerusform>
            <numerusform>Dagboken och %n säkerhetskopior krypterades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal and %n backup(s) were re-encrypted.</source>
        <translation>
            <numerusform>Dagboken och %n säkerhetskopia krypterades om.</numerusform>
            <numerusform>Dagboken och %n säkerhetskopior krypterades om.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal and %n backup(s) were decrypted.</source>
        <translation>
            <numerusform>Dagboken och %n säkerhetskopia dekrypterades.</numerusform>
            <numerusform>Dagboken och %n säkerhetskopior dekrypterades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-lock is off.</source>
        <translation>Automatiskt lås är av.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Den nya lösenfrasen är samma som den nuvarande.</translation>
    </message>
    <message>
        <source>The journal and its backups will be encrypted with this passphrase.</source>
        <translation>Dagboken och dess säkerhetskopior krypteras med den här lösenfrasen.</translation>
    </message>
    <message>
        <source>Encrypting the journal</source>
        <translation>Krypterar dagboken</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Kryptera</translation>
    </message>
    <message>
        <source>The journal and its backups will be encrypted with the new passphrase.</source>
        <translation>Dagboken och dess säkerhetskopior krypteras med den nya lösenfrasen.</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Byter lösenfras</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Byt</translation>
    </message>
    <message>
        <source>The journal and its backups will be decrypted: anyone who can read the files will be able to read your journal.</source>
        <translation>Dagboken och dess säkerhetskopior dekrypteras: den som kan läsa filerna kommer att kunna läsa din dagbok.</translation>
    </message>
    <message>
        <source>Removing the passphrase</source>
        <translation>Tar bort lösenfrasen</translation>
    </message>
    <message>
        <source>Some backups were left as they were</source>
        <translation>Några säkerhetskopior lämnades som de var</translation>
    </message>
    <message>
        <source>{action} did not work.</source>
        <translation>{action} fungerade inte.</translation>
    </message>
    <message>
        <source>{action} failed</source>
        <translation>{action} misslyckades</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Question {number}: {option} ({score})</source>
        <translation>Fråga {number}: {option} ({score})</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Föregående fråga</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nästa fråga</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Spara svaren</translation>
    </message>
    <message>
        <source>Save the {name} answers</source>
        <translation>Spara svaren på {name}</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Spara (Enter)</translation>
    </message>
    <message>
        <source>Question {number} of {total}. </source>
        <translation>Fråga {number} av {total}. </translation>
    </message>
    <message>
        <source>{where}{done} of {total} answered.</source>
        <translation>{where}{done} av {total} besvarade.</translation>
    </message>
</context>
<context>
    <name>QuestionnairesView</name>
    <message>
        <source>item 9 above 0, marked for your doctor</source>
        <translation>fråga 9 över 0, markerad för din läkare</translation>
    </message>
    <message>
        <source>item {item} at {line} or more, marked for your doctor</source>
        <translation>fråga {item} på {line} eller mer, markerad för din läkare</translation>
    </message>
    <message>
        <source>Questionnaire date</source>
        <translation>Datum för formuläret</translation>
    </message>
    <message>
        <source>Fill in {name}</source>
        <translation>Fyll i {name}</translation>
    </message>
    <message>
        <source>Fill in the {name}</source>
        <translation>Fyll i {name}</translation>
    </message>
    <message>
        <source>One question at a time</source>
        <translation>En fråga i taget</translation>
    </message>
    <message>
        <source>Questionnaires measure how you have been lately: PHQ-9 and GAD-7 the last two weeks, QIDS-SR16 the last 7 days, MADRS-S the last 3 days. Fill one in every two to four weeks, and before an appointment. Keys 0 to 3 (0 to 6 on MADRS-S) answer a question and move on; Enter saves.</source>
        <translation>Skattningsskalorna mäter hur du har mått på sistone: PHQ-9 och GAD-7 de senaste två veckorna, QIDS-SR16 de senaste 7 dagarna, MADRS-S de senaste 3 dagarna. Fyll i en varannan till var fjärde vecka och före ett besök. Tangenterna 0 till 3 (0 till 6 i MADRS-S) besvarar en fråga och går vidare; Enter sparar.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flagga</translation>
    </message>
    <message>
        <source>Past results</source>
        <translation>Tidigare resultat</translation>
    </message>
    <message>
        <source>Newest first; change is from the previous result of the same questionnaire</source>
        <translation>Nyaste först; förändringen räknas från förra resultatet på samma formulär</translation>
    </message>
    <message>
        <source>No questionnaire filled in yet. Start with Fill in PHQ-9 above: nine questions about the last two weeks, about two minutes. Every two to four weeks is enough.</source>
        <translation>Inget formulär ifyllt ännu. Börja med Fyll i PHQ-9 ovan: nio frågor om de senaste två veckorna, ungefär två minuter. Var annan till var fjärde vecka räcker.</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Inte sparat: {message}</translation>
    </message>
    <message>
        <source>Saved the {name} of {day}: {total}, {band}.</source>
        <translation>Sparade {name} för {day}: {total}, {band}.</translation>
    </message>
    <message>
        <source>{name} on {day}: {total} of {total_max}, {band}.</source>
        <translation>{name} den {day}: {total} av {total_max}, {band}.</translation>
    </message>
    <message>
        <source>a {name} you started</source>
        <translation>ett {name}-formulär du har påbörjat</translation>
    </message>
</context>
<context>
    <name>RecentDays</name>
    <message>
        <source>Last seven days</source>
        <translation>De senaste sju dagarna</translation>
    </message>
    <message>
        <source>mood {mood}</source>
        <translation>mående {mood}</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>ej angivet</translation>
    </message>
    <message>
        <source>Open {day}: {state}</source>
        <translation>Öppna {day}: {state}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Osparad anteckning</translation>
    </message>
    <message>
        <source>A note typed here earlier was not saved: “{text}”</source>
        <translation>En anteckning som skrevs här tidigare sparades inte: ”{text}”</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Sätt tillbaka den</translation>
    </message>
    <message>
        <source>Put the note back</source>
        <translation>Sätt tillbaka anteckningen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Discard the unsaved note</source>
        <translation>Kasta den osparade anteckningen</translation>
    </message>
    <message>
        <source>Not saved: {field}: {message}</source>
        <translation>Inte sparat: {field}: {message}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Since last visit (one page)</source>
        <translation>Sedan förra besöket (en sida)</translation>
    </message>
    <message>
        <source>Charts: timeline and trial overlay</source>
        <translation>Diagram: tidslinje och jämförda försök</translation>
    </message>
    <message>
        <source>Trial history table</source>
        <translation>Tabell över tidigare försök</translation>
    </message>
    <message>
        <source>Background: episode, family history, other conditions (private)</source>
        <translation>Bakgrund: episod, ärftlighet, andra sjukdomar (privat)</translation>
    </message>
    <message>
        <source>Appendix: daily log</source>
        <translation>Bilaga: daglig logg</translation>
    </message>
    <message>
        <source>Appointment report</source>
        <translation>Rapport till läkarbesöket</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Print my name ({name})</source>
        <translation>Skriv ut mitt namn ({name})</translation>
    </message>
    <message>
        <source>No name is set in Settings</source>
        <translation>Inget namn är angivet under Inställningar</translation>
    </message>
    <message>
        <source>Print my name</source>
        <translation>Skriv ut mitt namn</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-fil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>Välj PDF-filen</translation>
    </message>
    <message>
        <source>Write and open</source>
        <translation>Skriv och öppna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The period starts at your last appointment (or 90 days ago) unless you change it. Page 1 is a one-page summary for your doctor.</source>
        <translation>Perioden börjar vid ditt senaste läkarbesök (eller för 90 dagar sedan) om du inte ändrar den. Sida 1 är en sammanfattning på en sida för din läkare.</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Spara rapporten som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as: choose a file name ending in .pdf</source>
        <translation>Spara som: välj ett filnamn som slutar på .pdf</translation>
    </message>
    <message>
        <source>Save as: the folder {folder} does not exist; choose another.</source>
        <translation>Spara som: mappen {folder} finns inte; välj en annan.</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Skriver rapporten</translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n page(s)). It is not encrypted.</source>
        <translation>
            <numerusform>Rapporten är skriven: {path} (%n sida). Den är inte krypterad.</numerusform>
            <numerusform>Rapporten är skriven: {path} (%n sidor). Den är inte krypterad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n page(s))</source>
        <translation>
            <numerusform>Rapporten är skriven: {path} (%n sida)</numerusform>
            <numerusform>Rapporten är skriven: {path} (%n sidor)</numerusform>
        </translation>
    </message>
    <message>
        <source>No PDF viewer could be opened for it: open the file from your file manager.</source>
        <translation>Inget PDF-program kunde öppnas för den: öppna filen från filhanteraren.</translation>
    </message>
    <message>
        <source>The report was not written: {error}</source>
        <translation>Rapporten skrevs inte: {error}</translation>
    </message>
    <message>
        <source>trdjournal-report-{day}.pdf</source>
        <translation>trdjournal-rapport-{day}.pdf</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Esketamine</source>
        <translation>Esketamin</translation>
    </message>
    <message>
        <source>Ketamine</source>
        <translation>Ketamin</translation>
    </message>
    <message>
        <source>Psychotherapy</source>
        <translation>Psykoterapi</translation>
    </message>
    <message>
        <source>Light therapy</source>
        <translation>Ljusterapi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Edit a treatment session</source>
        <translation>Ändra ett behandlingstillfälle</translation>
    </message>
    <message>
        <source>Add a treatment session</source>
        <translation>Lägg till ett behandlingstillfälle</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n vecka</numerusform>
            <numerusform>%n veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adequacy period %n week(s)</source>
        <translation>
            <numerusform>Adekvat period %n vecka</numerusform>
            <numerusform>Adekvat period %n veckor</numerusform>
        </translation>
    </message>
    <message>
        <source>How long a medication must be taken at an adequate dose before the trial counts as adequate. 6 weeks is the default; 4 weeks (ATHF) and 8 weeks (some MGH-ATRQ forms) are also in use. Ask your psychiatrist which they use.</source>
        <translation>Hur länge ett läkemedel måste tas i adekvat dos innan försöket räknas som adekvat. 6 veckor är förvalt; 4 veckor (ATHF) och 8 veckor (vissa MGH-ATRQ-formulär) används också. Fråga din psykiater vilken gräns hen använder.</translation>
    </message>
    <message>
        <source>Judge trials on {scale}</source>
        <translation>Bedöm behandlingsförsök med {scale}</translation>
    </message>
    <message>
        <source>{scale} {line} or less</source>
        <translation>{scale} {line} eller lägre</translation>
    </message>
    <message>
        <source>Response (at least 50% lower than the trial&apos;s baseline), remission and relapse are read from this questionnaire, each with its own published lines; remission: {lines}. Daily mood stands in where it was not filled in near a trial&apos;s start. Use the one your clinic follows you with.</source>
        <translation>Respons (minst 50 % lägre än försökets utgångsvärde), remission och återfall läses från denna skala, var och en med sina publicerade gränser; remission: {lines}. Dagligt stämningsläge används i stället där skalan inte fyllts i nära ett försöks början. Välj den som din mottagning följer dig med.</translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation>Stöd i kris</translation>
    </message>
    <message>
        <source>Shown when a questionnaire answer reports thoughts of death or self-harm; double-click a cell to edit</source>
        <translation>Visas när ett svar i en skattningsskala anger tankar på döden eller på att skada sig själv; dubbelklicka på en cell för att redigera</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Lägg till en rad</translation>
    </message>
    <message>
        <source>Add a crisis line</source>
        <translation>Lägg till en stödlinje</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected crisis line</source>
        <translation>Ta bort den valda stödlinjen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Återställ standard</translation>
    </message>
    <message>
        <source>Restore the default crisis lines</source>
        <translation>Återställ de förvalda stödlinjerna</translation>
    </message>
    <message>
        <source>Remind me to check in at</source>
        <translation>Påminn mig om att checka in klockan</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Daglig påminnelse</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Tid för påminnelse</translation>
    </message>
    <message>
        <source>Start trdjournal when I log in</source>
        <translation>Starta trdjournal när jag loggar in</translation>
    </message>
    <message>
        <source>Start with the session</source>
        <translation>Starta vid inloggning</translation>
    </message>
    <message>
        <source>leave blank to print no name</source>
        <translation>lämna tomt för att inte skriva ut något namn</translation>
    </message>
    <message>
        <source>Name on reports</source>
        <translation>Namn på rapporter</translation>
    </message>
    <message>
        <source>The name printed on PDF reports; blank prints none</source>
        <translation>Namnet som skrivs ut på PDF-rapporter; tomt skriver inget</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Spara inställningar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Adequate trial length</source>
        <translation>Längd för adekvat försök</translation>
    </message>
    <message>
        <source>Scale that judges trials</source>
        <translation>Skala som bedömer behandlingsförsök</translation>
    </message>
    <message>
        <source>Shown, with a calm note, when a questionnaire answer (PHQ-9 item 9, QIDS-SR16 item 12, MADRS-S zest for life) reports thoughts of death or self-harm. Put the numbers that are right where you live.</source>
        <translation>Visas, med en lugn text, när ett svar i en skattningsskala (PHQ-9 fråga 9, QIDS-SR16 fråga 12, MADRS-S livslust) anger tankar på döden eller på att skada sig själv. Ange de nummer som gäller där du bor.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>A notification while trdjournal is running, unless the day is already logged. Click it to open Today.</source>
        <translation>En avisering medan trdjournal är igång, om dagen inte redan är inskriven. Klicka på den för att öppna I dag.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>line {number} needs a name and a number or contact</source>
        <translation>rad {number} behöver ett namn och ett nummer eller en kontakt</translation>
    </message>
    <message>
        <source>Not saved: {field}: {message}</source>
        <translation>Inte sparat: {field}: {message}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Inställningarna är sparade.</translation>
    </message>
</context>
<context>
    <name>StagingPanel</name>
    <message>
        <source>Treatment resistance: an estimate</source>
        <translation>Behandlingsresistens: en uppskattning</translation>
    </message>
    <message>
        <source>Maudsley Staging Method</source>
        <translation>Maudsley Staging Method</translation>
    </message>
    <message>
        <source>Treatment resistance staging estimate</source>
        <translation>Uppskattad grad av behandlingsresistens</translation>
    </message>
    <message>
        <source>Failed adequate antidepressant trials in the current episode (since {since}): {count}</source>
        <translation>Misslyckade adekvata antidepressiva försök i den pågående episoden (sedan {since}): {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n of them still running (verdict so far).</source>
        <translation>
            <numerusform>%n av dem pågår fortfarande (bedömning hittills).</numerusform>
            <numerusform>%n av dem pågår fortfarande (bedömning hittills).</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged from daily mood alone: {drugs}.</source>
        <translation>Bedömt enbart utifrån dagligt mående: {drugs}.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>uppfylld</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>inte uppfylld</translation>
    </message>
    <message>
        <source>Common definition of treatment-resistant depression ({trd_definition}): {met}.</source>
        <translation>Vanlig definition av behandlingsresistent depression ({trd_definition}): {met}.</translation>
    </message>
    <message>
        <source>Episode counted from {episode_start} ({episode_start_source}).</source>
        <translation>Episoden räknas från {episode_start} ({episode_start_source}).</translation>
    </message>
    <message>
        <source>Relapse on {date}: {scale} {score} after remission.</source>
        <translation>Återfall den {date}: {scale} {score} efter remission.</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) in the record.</source>
        <translation>
            <numerusform>%n episod i dagboken.</numerusform>
            <numerusform>%n episoder i dagboken.</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins yet: there is no episode to stage.</source>
        <translation>Inga incheckningar än: det finns ingen episod att bedöma.</translation>
    </message>
    <message>
        <source>Total: {low}-{high} of 15; severity at the start not measured.</source>
        <translation>Totalt: {low}-{high} av 15; svårighetsgraden vid starten är inte mätt.</translation>
    </message>
    <message>
        <source>Total: {total} of 15 ({band}).</source>
        <translation>Summa: {total} av 15 ({band}).</translation>
    </message>
    <message>
        <source>No adequate trial has failed, so the method hardly applies.</source>
        <translation>Inget adekvat försök har misslyckats, så metoden är knappast tillämplig.</translation>
    </message>
    <message>
        <source>{title}: {value} (range {scale_range})</source>
        <translation>{title}: {value} (intervall {scale_range})</translation>
    </message>
</context>
<context>
    <name>TimelineCharts</name>
    <message>
        <source>Charts of medication, mood, PHQ-9, sleep and activity</source>
        <translation>Diagram över läkemedel, mående, PHQ-9, sömn och aktivitet</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>1 very poor</source>
        <translation>1 mycket dålig</translation>
    </message>
    <message>
        <source>2 poor</source>
        <translation>2 dålig</translation>
    </message>
    <message>
        <source>3 fair</source>
        <translation>3 någorlunda</translation>
    </message>
    <message>
        <source>4 good</source>
        <translation>4 bra</translation>
    </message>
    <message>
        <source>5 very good</source>
        <translation>5 mycket bra</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 inget</translation>
    </message>
    <message>
        <source>1 mild</source>
        <translation>1 lindrigt</translation>
    </message>
    <message>
        <source>2 moderate</source>
        <translation>2 måttligt</translation>
    </message>
    <message>
        <source>3 severe</source>
        <translation>3 svårt</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>ej angivet</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Mående</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ångest</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sömn</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Sömnkvalitet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Elevated mood</source>
        <translation>Förhöjt stämningsläge</translation>
    </message>
    <message>
        <source>Irritability</source>
        <translation>Irritabilitet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Biverkningar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Show note in report</source>
        <translation>Visa anteckningen i rapporten</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem med {field}</translation>
    </message>
    <message>
        <source>The day this check-in is for; pick an earlier day to fill it in</source>
        <translation>Dagen som incheckningen gäller; välj en tidigare dag för att fylla i den</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Föregående dag (Alt+Vänster)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Nästa dag (Alt+Höger)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Gå till i dag</translation>
    </message>
    <message>
        <source>Anxiety from 0 (none) to 10 (worst)</source>
        <translation>Ångest från 0 (ingen) till 10 (värst)</translation>
    </message>
    <message>
        <source>Energy from 0 (none) to 10 (most)</source>
        <translation>Energi från 0 (ingen) till 10 (mest)</translation>
    </message>
    <message>
        <source>Sleep hours</source>
        <translation>Sömntimmar</translation>
    </message>
    <message>
        <source>Hours slept last night, like 7 or 6.5 or 6:45</source>
        <translation>Timmar sömn i natt, till exempel 7 eller 6,5 eller 6:45</translation>
    </message>
    <message>
        <source>hours, like 7.5</source>
        <translation>timmar, till exempel 7,5</translation>
    </message>
    <message>
        <source>Sleep quality from 1 (very poor) to 5 (very good)</source>
        <translation>Sömnkvalitet från 1 (mycket dålig) till 5 (mycket bra)</translation>
    </message>
    <message>
        <source>Activity minutes</source>
        <translation>Aktivitetsminuter</translation>
    </message>
    <message>
        <source>Minutes of physical activity</source>
        <translation>Minuter fysisk aktivitet</translation>
    </message>
    <message>
        <source>minutes, like 30</source>
        <translation>minuter, till exempel 30</translation>
    </message>
    <message>
        <source>Elevated mood today (high, speeded up, needing less sleep) from 0 none to 3 severe</source>
        <translation>Förhöjt stämningsläge i dag (uppvarvad, snabb, mindre sömnbehov) från 0 inget till 3 svårt</translation>
    </message>
    <message>
        <source>Irritability today from 0 none to 3 severe</source>
        <translation>Irritabilitet i dag från 0 inget till 3 svårt</translation>
    </message>
    <message>
        <source>Words for the day, separated by commas</source>
        <translation>Ord för dagen, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>walk, daylight, friends</source>
        <translation>promenad, dagsljus, vänner</translation>
    </message>
    <message>
        <source>Side effects with a severity 0 to 3 (none, mild, moderate, severe), separated by commas</source>
        <translation>Biverkningar med en svårighetsgrad 0 till 3 (ingen, lindrig, måttlig, svår), åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>nausea 1, headache 2</source>
        <translation>illamående 1, huvudvärk 2</translation>
    </message>
    <message>
        <source>Anything about the day (Ctrl+Enter saves)</source>
        <translation>Något om dagen (Ctrl+Enter sparar)</translation>
    </message>
    <message>
        <source>A note about the day; Ctrl+Enter saves</source>
        <translation>En anteckning om dagen; Ctrl+Enter sparar</translation>
    </message>
    <message>
        <source>Show this note to my doctor in the report</source>
        <translation>Visa anteckningen för min läkare i rapporten</translation>
    </message>
    <message>
        <source>0 worst</source>
        <translation>0 sämst</translation>
    </message>
    <message>
        <source>10 best</source>
        <translation>10 bäst</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Doser</translation>
    </message>
    <message>
        <source>How are you today?</source>
        <translation>Hur mår du i dag?</translation>
    </message>
    <message>
        <source>Last seven days</source>
        <translation>De senaste sju dagarna</translation>
    </message>
    <message>
        <source>Unsaved check-in</source>
        <translation>Osparad incheckning</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Återställ den</translation>
    </message>
    <message>
        <source>Restore the unsaved check-in</source>
        <translation>Återställ den osparade incheckningen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Discard the unsaved check-in</source>
        <translation>Kasta den osparade incheckningen</translation>
    </message>
    <message>
        <source>Missed dose of {drug} logged.</source>
        <translation>Missad dos av {drug} inskriven.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s), see above.</source>
        <translation>
            <numerusform>Inte sparat: %n problem, se ovan.</numerusform>
            <numerusform>Inte sparat: %n problem, se ovan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Spara incheckning</translation>
    </message>
    <message>
        <source>Save this day&apos;s check-in (Enter)</source>
        <translation>Spara dagens incheckning (Enter)</translation>
    </message>
    <message>
        <source>{long_date}: already logged; saving replaces it.</source>
        <translation>{long_date}: redan inskriven; att spara ersätter den.</translation>
    </message>
    <message>
        <source>{long_date}: not logged yet.</source>
        <translation>{long_date}: inte inskriven än.</translation>
    </message>
    <message>
        <source>How were you on {day}?</source>
        <translation>Hur mådde du {day}?</translation>
    </message>
    <message>
        <source>Keep what you typed?</source>
        <translation>Behålla det du skrev?</translation>
    </message>
    <message>
        <source>{long_date} already has a check-in. Show it instead of what you typed here?</source>
        <translation>{long_date} har redan en incheckning. Visa den i stället för det du skrev här?</translation>
    </message>
    <message>
        <source>{long_date}: already logged; saving replaces it with what is shown.</source>
        <translation>{long_date}: redan inskriven; att spara ersätter den med det som visas.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Inte sparat än.</translation>
    </message>
    <message>
        <source>Mood: choose one, from 0 (worst) to 10 (best).</source>
        <translation>Mående: välj ett, från 0 (sämst) till 10 (bäst).</translation>
    </message>
    <message>
        <source>Not saved: see above.</source>
        <translation>Inte sparat: se ovan.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Saved the check-in of {long_date} (mood {mood}/10).</source>
        <translation>Sparade incheckningen för {long_date} (mående {mood}/10).</translation>
    </message>
    <message>
        <source>Not saved: the day was changed elsewhere.</source>
        <translation>Inte sparad: dagen ändrades någon annanstans.</translation>
    </message>
    <message>
        <source>It has since been deleted.</source>
        <translation>Den har tagits bort sedan dess.</translation>
    </message>
    <message>
        <source>It now has mood {mood}/10.</source>
        <translation>Den har nu måendet {mood}/10.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Ändrad någon annanstans</translation>
    </message>
    <message>
        <source>The check-in of {long_date} was changed by another program or window after you opened it. {now}</source>
        <translation>Incheckningen för {long_date} ändrades av ett annat program eller fönster efter att du öppnade den. {now}</translation>
    </message>
    <message>
        <source>Replace it with what you typed here? Cancel saves nothing and keeps what you typed on screen.</source>
        <translation>Ersätta den med det du skrev här? Avbryt sparar ingenting och behåller det du skrev på skärmen.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>A check-in for {long_date} was being typed and not saved (kept {time}). Restore it?</source>
        <translation>En incheckning för {long_date} höll på att skrivas och sparades inte (sparad som utkast {time}). Återställa den?</translation>
    </message>
    <message>
        <source>Restored the unsaved check-in; it is not saved yet.</source>
        <translation>Den osparade incheckningen är återställd; den är inte sparad än.</translation>
    </message>
    <message>
        <source>the check-in of {long_date}</source>
        <translation>incheckningen för {long_date}</translation>
    </message>
</context>
<context>
    <name>TreatmentsView</name>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>dose change</source>
        <translation>dosändring</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>slut</translation>
    </message>
    <message>
        <source>{dose} {unit}/day</source>
        <translation>{dose} {unit}/dag</translation>
    </message>
    <message>
        <source>Taking now</source>
        <translation>Tar nu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Läkemedel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Varför slutat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Medication history</source>
        <translation>Läkemedelshistorik</translation>
    </message>
    <message>
        <source>Starts, dose changes and stops, newest first; Enter edits</source>
        <translation>Starter, dosändringar och avslut, nyaste först; Enter ändrar</translation>
    </message>
    <message>
        <source>No medication logged yet. Click Start… to add the one you take now, with its dose and the day you began; dose changes and stops follow from there.</source>
        <translation>Inget läkemedel inskrivet ännu. Klicka på Börja… för att lägga till det du tar nu, med dos och dagen du började; dosändringar och avslut följer därifrån.</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Börja…</translation>
    </message>
    <message>
        <source>Start a medication</source>
        <translation>Börja med ett läkemedel</translation>
    </message>
    <message>
        <source>Change dose…</source>
        <translation>Ändra dos…</translation>
    </message>
    <message>
        <source>Change a dose</source>
        <translation>Ändra en dos</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Sluta…</translation>
    </message>
    <message>
        <source>Stop a medication</source>
        <translation>Sluta med ett läkemedel</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Edit the selected medication event</source>
        <translation>Ändra den valda läkemedelshändelsen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected medication event</source>
        <translation>Ta bort den valda läkemedelshändelsen</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Treatment sessions</source>
        <translation>Behandlingstillfällen</translation>
    </message>
    <message>
        <source>Enter edits</source>
        <translation>Enter ändrar</translation>
    </message>
    <message>
        <source>No treatment sessions yet. rTMS, ECT, esketamine, psychotherapy or light therapy: add each one with Add a session…, and it shows on the charts.</source>
        <translation>Inga behandlingstillfällen ännu. rTMS, ECT, esketamin, psykoterapi eller ljusterapi: lägg till vart och ett med Lägg till ett tillfälle…, så syns det i diagrammen.</translation>
    </message>
    <message>
        <source>Add a session…</source>
        <translation>Lägg till ett tillfälle…</translation>
    </message>
    <message>
        <source>Add a treatment session</source>
        <translation>Lägg till ett behandlingstillfälle</translation>
    </message>
    <message>
        <source>Edit the selected session</source>
        <translation>Ändra det valda tillfället</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Ta bort det valda tillfället</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandlare</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Läkarbesök</translation>
    </message>
    <message>
        <source>No appointments yet. Add your next one with Add an appointment…; the report can then cover the time since the last.</source>
        <translation>Inga läkarbesök ännu. Lägg till nästa med Lägg till ett läkarbesök…; rapporten kan då täcka tiden sedan det förra.</translation>
    </message>
    <message>
        <source>Add an appointment…</source>
        <translation>Lägg till ett läkarbesök…</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Lägg till ett läkarbesök</translation>
    </message>
    <message>
        <source>Edit the selected appointment</source>
        <translation>Ändra det valda läkarbesöket</translation>
    </message>
    <message>
        <source>Delete the selected appointment</source>
        <translation>Ta bort det valda läkarbesöket</translation>
    </message>
    <message>
        <source>Treatment sections</source>
        <translation>Behandlingsdelar</translation>
    </message>
    <message>
        <source>&amp;Medications</source>
        <translation>&amp;Läkemedel</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Tillfällen</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>Läkar&amp;besök</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <source>Taking now: </source>
        <translation>Tar nu: </translation>
    </message>
    <message>
        <source>{drug} {dose} {unit}/day (since {since})</source>
        <translation>{drug} {dose} {unit}/dag (sedan {since})</translation>
    </message>
    <message>
        <source>Taking now: no medication logged as running.</source>
        <translation>Tar nu: inget läkemedel är inskrivet som pågående.</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Obs: {text}</translation>
    </message>
    <message>
        <source>{event}.</source>
        <translation>{event}.</translation>
    </message>
    <message>
        <source>Edited: {event}.</source>
        <translation>Ändrat: {event}.</translation>
    </message>
    <message>
        <source>Added the {kind} session of {day}.</source>
        <translation>La till tillfället med {kind} den {day}.</translation>
    </message>
    <message>
        <source>Edited the session of {day}.</source>
        <translation>Ändrade tillfället den {day}.</translation>
    </message>
    <message>
        <source>Added an appointment on {day}.</source>
        <translation>La till ett läkarbesök den {day}.</translation>
    </message>
    <message>
        <source>Edited the appointment of {day}.</source>
        <translation>Ändrade läkarbesöket den {day}.</translation>
    </message>
    <message>
        <source>the {drug} {event}</source>
        <translation>{event} av {drug}</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>tillfället</translation>
    </message>
    <message>
        <source>the appointment</source>
        <translation>läkarbesöket</translation>
    </message>
</context>
<context>
    <name>TrialsView</name>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <source>Minimum adequate</source>
        <translation>Lägsta adekvata</translation>
    </message>
    <message>
        <source>Adequate?</source>
        <translation>Adekvat?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Failed adequate trial</source>
        <translation>Misslyckat adekvat försök</translation>
    </message>
    <message>
        <source>Why stopped</source>
        <translation>Varför slutat</translation>
    </message>
    <message>
        <source>Pharmacogenomics</source>
        <translation>Farmakogenetik</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>can&apos;t tell</source>
        <translation>går inte att säga</translation>
    </message>
    <message>
        <source>not a fair trial ({percent}% of days)</source>
        <translation>inte ett rättvist försök ({percent} % av dagarna)</translation>
    </message>
    <message>
        <source>course</source>
        <translation>serie</translation>
    </message>
    <message>
        <source>yes, not counted</source>
        <translation>ja, räknas inte</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Highest dose or sessions</source>
        <translation>Högsta dos eller antal tillfällen</translation>
    </message>
    <message>
        <source>remission</source>
        <translation>remission</translation>
    </message>
    <message>
        <source>response</source>
        <translation>respons</translation>
    </message>
    <message>
        <source>partial response</source>
        <translation>partiell respons</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>ingen respons</translation>
    </message>
    <message>
        <source>too early to tell</source>
        <translation>för tidigt att säga</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>inte mätt</translation>
    </message>
    <message>
        <source>did not help enough</source>
        <translation>hjälpte inte tillräckligt</translation>
    </message>
    <message>
        <source>side effects</source>
        <translation>biverkningar</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kostnad</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>annat skäl</translation>
    </message>
    <message>
        <source>Each measured trial from its start: score as a percentage of that trial&apos;s baseline (100% = unchanged). Dashed: read from daily mood where no {scale} was near the start.</source>
        <translation>Varje mätt behandlingsförsök från sin början: poäng i procent av försökets utgångsvärde (100 % = oförändrat). Streckat: avläst från dagligt stämningsläge där ingen {scale} fanns nära början.</translation>
    </message>
    <message>
        <source>Duration of the episode</source>
        <translation>Episodens längd</translation>
    </message>
    <message>
        <source>Severity at its start</source>
        <translation>Svårighetsgrad vid början</translation>
    </message>
    <message>
        <source>Failed antidepressants</source>
        <translation>Misslyckade antidepressiva</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Tilläggsbehandling</translation>
    </message>
    <message>
        <source>ECT</source>
        <translation>ECT</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>daily mood</source>
        <translation>dagligt stämningsläge</translation>
    </message>
    <message>
        <source>, then lost ({date})</source>
        <translation>, sedan förlorad ({date})</translation>
    </message>
    <message>
        <source> so far, week {week}</source>
        <translation> hittills, vecka {week}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>ingen angiven</translation>
    </message>
    <message>
        <source>Treatment history</source>
        <translation>Behandlingshistorik</translation>
    </message>
    <message>
        <source>One row per course of a drug or of sessions, as the analysis judged it; select one to bring it forward in the chart</source>
        <translation>En rad per läkemedelsbehandling eller serie tillfällen, som analysen bedömde den; välj en för att lyfta fram den i diagrammet</translation>
    </message>
    <message>
        <source>More about the selected trial</source>
        <translation>Mer om det valda försöket</translation>
    </message>
    <message>
        <source>No medication trial yet. Log a medication on the Treatments view (Start…) and fill in a PHQ-9 every few weeks: each course then shows here, with whether it was long and strong enough and how the scores moved.</source>
        <translation>Inget läkemedelsförsök ännu. Skriv in ett läkemedel under Behandlingar (Börja…) och fyll i en PHQ-9 med några veckors mellanrum: varje behandling syns då här, med om den var tillräckligt lång och stark och hur poängen rörde sig.</translation>
    </message>
    <message>
        <source>Trials compared from their start</source>
        <translation>Försöken jämförda från sin början</translation>
    </message>
    <message>
        <source>Scale that judges the trials</source>
        <translation>Skala som bedömer behandlingsförsöken</translation>
    </message>
    <message>
        <source>Judged on {scale}, the primary scale (chosen in Settings); daily mood stands in where {scale} was not filled in near a trial&apos;s start.</source>
        <translation>Bedömda med {scale}, den primära skalan (vald i Inställningar); dagligt stämningsläge används där {scale} inte fyllts i nära ett försöks början.</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message numerus="yes">
        <source>The %n most recent measured trial(s) are drawn ({older}: select one in the table to draw it).</source>
        <translation>
            <numerusform>%n senaste uppmätta försök ritas ({older}: välj ett i tabellen för att rita det).</numerusform>
            <numerusform>De %n senaste uppmätta försöken ritas ({older}: välj ett i tabellen för att rita det).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older</source>
        <translation>
            <numerusform>%n äldre</numerusform>
            <numerusform>%n äldre</numerusform>
        </translation>
    </message>
    <message>
        <source>Key to the trials chart</source>
        <translation>Teckenförklaring till försöksdiagrammet</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Hide the journal until its passphrase is typed again</source>
        <translation>Dölj dagboken tills dess lösenfras skrivs igen</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Skriv lösenfrasen.</translation>
    </message>
</context>
<context>
    <name>YearPixels</name>
    <message>
        <source>{day}: not logged</source>
        <translation>{day}: inte inskriven</translation>
    </message>
    <message>
        <source>{day}: mood {mood}/10</source>
        <translation>{day}: mående {mood}/10</translation>
    </message>
    <message>
        <source>Year in pixels, {year}</source>
        <translation>Året i pixlar, {year}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) logged. Selected: {describe}. Arrow keys move, Enter opens the day.</source>
        <translation>
            <numerusform>%n dag inskriven. Vald: {describe}. Piltangenterna flyttar, Enter öppnar dagen.</numerusform>
            <numerusform>%n dagar inskrivna. Vald: {describe}. Piltangenterna flyttar, Enter öppnar dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>mood 0 (worst)</source>
        <translation>mående 0 (sämst)</translation>
    </message>
    <message>
        <source>10 (best)</source>
        <translation>10 (bäst)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Already open</source>
        <translation>Redan öppen</translation>
    </message>
    <message>
        <source>trdjournal cannot open this journal</source>
        <translation>trdjournal kan inte öppna den här dagboken</translation>
    </message>
    <message>
        <source>{journal_path} could not be opened: {exc}. It was not changed.</source>
        <translation>{journal_path} kunde inte öppnas: {exc}. Den ändrades inte.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Öppnad skrivskyddad</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>The journal was not changed by this error. Details are below; please include them if you report the problem.</source>
        <translation>Dagboken ändrades inte av felet. Detaljer finns nedan; ta gärna med dem om du rapporterar problemet.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>esketamine</source>
        <translation>esketamin</translation>
    </message>
    <message>
        <source>ketamine</source>
        <translation>ketamin</translation>
    </message>
    <message>
        <source>psychotherapy</source>
        <translation>psykoterapi</translation>
    </message>
    <message>
        <source>light therapy</source>
        <translation>ljusterapi</translation>
    </message>
    <message>
        <source>treatment session</source>
        <translation>behandlingstillfälle</translation>
    </message>
    <message>
        <source>below range</source>
        <translation>under intervallet</translation>
    </message>
    <message>
        <source>within range</source>
        <translation>inom intervallet</translation>
    </message>
    <message>
        <source>above range</source>
        <translation>över intervallet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>lindrigt</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>måttligt</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>svårt</translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation>ångest</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energi</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sömn</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>ej angivet</translation>
    </message>
    <message>
        <source>mood {mood}</source>
        <translation>mående {mood}</translation>
    </message>
    <message>
        <source>7-day mean {mean:.1f}</source>
        <translation>medel 7 dagar {mean:.1f}</translation>
    </message>
    <message>
        <source>({device})</source>
        <translation>({device})</translation>
    </message>
    <message>
        <source>elevated mood</source>
        <translation>förhöjt stämningsläge</translation>
    </message>
    <message>
        <source>irritability</source>
        <translation>irritabilitet</translation>
    </message>
    <message>
        <source>item 9 above 0</source>
        <translation>fråga 9 över 0</translation>
    </message>
    <message>
        <source>safety item flagged</source>
        <translation>säkerhetsfråga markerad</translation>
    </message>
    <message>
        <source>{kind} session</source>
        <translation>tillfälle med {kind}</translation>
    </message>
    <message>
        <source>appointment with {clinician}</source>
        <translation>läkarbesök hos {clinician}</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>läkarbesök</translation>
    </message>
    <message>
        <source>{text} (impact {impact:+d})</source>
        <translation>{text} (påverkan {impact:+d})</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Läkarbesök</translation>
    </message>
    <message>
        <source>Mood (0-10)</source>
        <translation>Mående (0-10)</translation>
    </message>
    <message>
        <source>Elevated / irritable</source>
        <translation>Förhöjd / irritabel</translation>
    </message>
    <message>
        <source>from a device</source>
        <translation>från en enhet</translation>
    </message>
    <message>
        <source>Sleep (h)</source>
        <translation>Sömn (h)</translation>
    </message>
    <message>
        <source>Active min</source>
        <translation>Aktiv min</translation>
    </message>
    <message>
        <source>weeks on the drug</source>
        <translation>veckor med läkemedlet</translation>
    </message>
    <message>
        <source>score, % of the trial&apos;s baseline</source>
        <translation>poäng, % av utgångsvärdet</translation>
    </message>
    <message>
        <source>50% of baseline: response</source>
        <translation>50 % av utgångsvärdet: respons</translation>
    </message>
    <message>
        <source>remission line of the selected trial</source>
        <translation>remissionsgräns för det valda försöket</translation>
    </message>
    <message>
        <source>daily mood, dashed</source>
        <translation>dagligt mående, streckat</translation>
    </message>
    <message>
        <source>▼ below range</source>
        <translation>▼ under intervallet</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>inom intervallet</translation>
    </message>
    <message>
        <source>▲ above range</source>
        <translation>▲ över intervallet</translation>
    </message>
    <message>
        <source>no range</source>
        <translation>inget intervall</translation>
    </message>
</context>
<context>
    <name>checkin_fields</name>
    <message>
        <source>must be a number, like {example} (got {text!r})</source>
        <translation>måste vara ett tal, till exempel {example} (fick {text!r})</translation>
    </message>
    <message>
        <source>{text!r} has {minutes} minutes; at most 59</source>
        <translation>{text!r} har {minutes} minuter; högst 59</translation>
    </message>
    <message>
        <source>7 or 6.5 or 6:45</source>
        <translation>7 eller 6,5 eller 6:45</translation>
    </message>
    <message>
        <source>{part!r} needs a severity after the name: 0 none, 1 mild, 2 moderate, 3 severe (like: nausea 2)</source>
        <translation>{part!r} behöver en svårighetsgrad efter namnet: 0 ingen, 1 lindrig, 2 måttlig, 3 svår (till exempel: illamående 2)</translation>
    </message>
</context>
<context>
    <name>data_menu</name>
    <message>
        <source>Whole journal, JSON (*.json);;Spreadsheets, CSV files in a zip (*.zip)</source>
        <translation>Hela dagboken, JSON (*.json);;Kalkylprogram, CSV-filer i en zip (*.zip)</translation>
    </message>
    <message>
        <source>FHIR R4 Bundle, JSON (*.json);;All files (*)</source>
        <translation>FHIR R4-bunt, JSON (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Exportera dagboken</translation>
    </message>
    <message>
        <source>Export for the clinic&apos;s record (FHIR)</source>
        <translation>Exportera till vårdens journal (FHIR)</translation>
    </message>
    <message>
        <source>Exports and backups (*.json *.csv *.emoods *.daylio *.zip *.txt);;trdjournal export (*.json);;Daylio (*.csv *.daylio);;eMoods (*.emoods *.csv);;Bearable (*.csv);;Pixels, MoodSnap (*.json);;Watch, ring or phone: Apple Health, Fitbit, Google, Oura, Garmin, Gadgetbridge (*.zip *.xml *.json *.csv *.db Gadgetbridge);;All files (*)</source>
        <translation>Exporter och säkerhetskopior (*.json *.csv *.emoods *.daylio *.zip *.txt);;trdjournal-export (*.json);;Daylio (*.csv *.daylio);;eMoods (*.emoods *.csv);;Bearable (*.csv);;Pixels, MoodSnap (*.json);;Klocka, ring eller telefon: Apple Health, Fitbit, Google, Oura, Garmin, Gadgetbridge (*.zip *.xml *.json *.csv *.db Gadgetbridge);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Exported a FHIR bundle to {path} ({scores}, {statements}).</source>
        <translation>Exporterade en FHIR-bunt till {path} ({scores}, {statements}).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>That is the journal itself; choose another file.</source>
        <translation>Det är själva dagboken; välj en annan fil.</translation>
    </message>
    <message>
        <source>This journal is encrypted, but the export will not be: anyone who can read {name} can read your journal. Export anyway?</source>
        <translation>Den här dagboken är krypterad, men exporten blir det inte: den som kan läsa {name} kan läsa din dagbok. Exportera ändå?</translation>
    </message>
    <message>
        <source>The export did not work: {error}</source>
        <translation>Exporten fungerade inte: {error}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporterar</translation>
    </message>
</context>
<context>
    <name>qtutils</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>record_actions</name>
    <message>
        <source>Select a row to delete first.</source>
        <translation>Välj först en rad att ta bort.</translation>
    </message>
    <message>
        <source>Not deleted: {message}.</source>
        <translation>Inte borttaget: {message}.</translation>
    </message>
    <message>
        <source>Deleted {what} of {day}. Ctrl+Z undoes it.</source>
        <translation>Tog bort {what} den {day}. Ctrl+Z ångrar.</translation>
    </message>
</context>
<context>
    <name>reminder</name>
    <message>
        <source>How was today? Today is open to log it.</source>
        <translation>Hur var dagen? I dag är öppen så att du kan skriva in den.</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>automatic, when the app opened</source>
        <translation>automatisk, när appen öppnades</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>före en uppgradering</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>före en import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>gjord av dig</translation>
    </message>
    <message>
        <source>a damaged journal set aside</source>
        <translation>en skadad dagbok som lagts undan</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Återställ den här säkerhetskopian</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Säkerhetskopian kunde inte återställas</translation>
    </message>
    <message>
        <source>{when}: damaged, or encrypted with another passphrase; cannot be restored</source>
        <translation>{when}: skadad, eller krypterad med en annan lösenfras; kan inte återställas</translation>
    </message>
    <message>
        <source>{when}: damaged, cannot be restored</source>
        <translation>{when}: skadad, kan inte återställas</translation>
    </message>
    <message>
        <source>trdjournal cannot open this journal</source>
        <translation>trdjournal kan inte öppna den här dagboken</translation>
    </message>
    <message>
        <source>{error}

No good backup of it was found in {folder}.</source>
        <translation>{error}

Ingen hel säkerhetskopia av den hittades i {folder}.</translation>
    </message>
    <message>
        <source>The newest good backup is from {backup}. Restore it? The damaged file is kept in the backups folder, untouched.</source>
        <translation>Den nyaste hela säkerhetskopian är från {backup}. Återställa den? Den skadade filen sparas orörd i mappen med säkerhetskopior.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Den här säkerhetskopian kan inte återställas</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the journal with the backup {name}? The journal as it is now is backed up first.</source>
        <translation>Ersätta dagboken med säkerhetskopian {name}? Dagboken som den är nu säkerhetskopieras först.</translation>
    </message>
    <message>
        <source>Restored the journal from {name}.</source>
        <translation>Återställde dagboken från {name}.</translation>
    </message>
    <message>
        <source>That backup is not encrypted, so neither is the journal now; Settings &gt; Passphrase encrypts it again.</source>
        <translation>Den säkerhetskopian är inte krypterad, och det är därför inte dagboken heller nu; Inställningar &gt; Lösenfras krypterar den igen.</translation>
    </message>
    <message>
        <source>The journal as it was is kept in {name}.</source>
        <translation>Dagboken som den var sparas i {name}.</translation>
    </message>
</context>
<context>
    <name>scales</name>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>lindrig</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>måttlig</translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation>medelsvår</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>svår</translation>
    </message>
    <message>
        <source>very severe</source>
        <translation>mycket svår</translation>
    </message>
    <message>
        <source>none or very mild</source>
        <translation>ingen eller mycket lätt</translation>
    </message>
    <message>
        <source>Falling asleep</source>
        <translation>Insomning</translation>
    </message>
    <message>
        <source>Sleep during the night</source>
        <translation>Sömn under natten</translation>
    </message>
    <message>
        <source>Waking up too early</source>
        <translation>Vaknar för tidigt</translation>
    </message>
    <message>
        <source>Sleeping too much</source>
        <translation>Sover för mycket</translation>
    </message>
    <message>
        <source>Feeling sad</source>
        <translation>Nedstämdhet</translation>
    </message>
    <message>
        <source>Decreased appetite</source>
        <translation>Minskad aptit</translation>
    </message>
    <message>
        <source>Increased appetite</source>
        <translation>Ökad aptit</translation>
    </message>
    <message>
        <source>Decreased weight</source>
        <translation>Viktminskning</translation>
    </message>
    <message>
        <source>Increased weight</source>
        <translation>Viktökning</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Koncentration</translation>
    </message>
    <message>
        <source>View of myself</source>
        <translation>Självbild</translation>
    </message>
    <message>
        <source>Thoughts of death or suicide</source>
        <translation>Tankar på död eller självmord</translation>
    </message>
    <message>
        <source>General interest</source>
        <translation>Intresse</translation>
    </message>
    <message>
        <source>Energy level</source>
        <translation>Energinivå</translation>
    </message>
    <message>
        <source>Feeling slowed down</source>
        <translation>Känsla av att vara långsam</translation>
    </message>
    <message>
        <source>Feeling restless</source>
        <translation>Rastlöshet</translation>
    </message>
    <message>
        <source>The past 7 days. Each item is scored 0 (none of this symptom) to 3 (the most severe), as on the QIDS-SR16 form.</source>
        <translation>De senaste 7 dagarna. Varje fråga ger 0 (inget av symtomet) till 3 (svårast), som på QIDS-SR16-formuläret.</translation>
    </message>
    <message>
        <source>QIDS-SR16 (Rush et al. 2003): scoring and short item labels only; the item wording is not shipped because permission to distribute it in an app is not documented. Answer from the QIDS-SR16 form your clinic uses.</source>
        <translation>QIDS-SR16 (Rush m.fl. 2003): endast poängsättning och korta rubriker; frågornas ordalydelse ingår inte eftersom tillstånd att sprida den i en app inte är dokumenterat. Svara utifrån det QIDS-SR16-formulär din mottagning använder.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Sinnesstämning</translation>
    </message>
    <message>
        <source>Feelings of unease</source>
        <translation>Oroskänslor</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sömn</translation>
    </message>
    <message>
        <source>Appetite</source>
        <translation>Matlust</translation>
    </message>
    <message>
        <source>Ability to concentrate</source>
        <translation>Koncentrationsförmåga</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiativförmåga</translation>
    </message>
    <message>
        <source>Emotional involvement</source>
        <translation>Känslomässigt engagemang</translation>
    </message>
    <message>
        <source>Pessimism</source>
        <translation>Pessimism</translation>
    </message>
    <message>
        <source>Zest for life</source>
        <translation>Livslust</translation>
    </message>
    <message>
        <source>The past 3 days. Each item is scored 0 to 6, as on the MADRS-S form: 0 as usual, 6 the most severe; odd numbers lie between two worded anchors.</source>
        <translation>De senaste 3 dagarna. Varje fråga ger 0 till 6, som på MADRS-S-formuläret: 0 som vanligt, 6 svårast; udda tal ligger mellan två beskrivna steg.</translation>
    </message>
    <message>
        <source>MADRS-S (Svanborg &amp; Asberg 1994): scoring and short item labels only; the item wording and its anchors are not shipped because permission to distribute them in an app is not documented. Answer from the MADRS-S form your clinic uses.</source>
        <translation>MADRS-S (Svanborg &amp; Åsberg 1994): endast poängsättning och korta rubriker; frågornas ordalydelse och stegbeskrivningar ingår inte eftersom tillstånd att sprida dem i en app inte är dokumenterat. Svara utifrån det MADRS-S-formulär din mottagning använder.</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>another program</source>
        <translation>ett annat program</translation>
    </message>
    <message>
        <source>process {pid} on {host}</source>
        <translation>process {pid} på {host}</translation>
    </message>
    <message>
        <source>{journal} is already open in trdjournal: {holder}. Only one window may write to a journal at a time, so this one will not open. Switch to that window, or close it and start trdjournal again. (If that program is gone, its lock {lock} is cleared automatically the next time.)</source>
        <translation>{journal} är redan öppen i trdjournal: {holder}. Bara ett fönster åt gången får skriva i en journal, så det här öppnas inte. Byt till det fönstret, eller stäng det och starta trdjournal igen. (Om det programmet inte längre körs tas dess lås {lock} bort automatiskt nästa gång.)</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>Fel lösenfras. Inget ändrades; försök igen.</translation>
    </message>
    <message>
        <source>The passphrase {problem}.</source>
        <translation>Lösenfrasen {problem}.</translation>
    </message>
    <message>
        <source>This journal is encrypted. Enter its passphrase to open it.</source>
        <translation>Den här dagboken är krypterad. Skriv dess lösenfras för att öppna den.</translation>
    </message>
    <message>
        <source>Open encrypted journal</source>
        <translation>Öppna krypterad dagbok</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlingar</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Events &amp; labs</source>
        <translation>Händelser &amp; labb</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
</TS>
