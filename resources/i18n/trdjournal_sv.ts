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
        <source>A private mood and treatment journal for treatment-resistant depression.</source>
        <translation>En privat dagbok om mående och behandling vid svårbehandlad depression.</translation>
    </message>
    <message>
        <source>It reports what you logged and what published definitions say of it; it does not diagnose or advise treatment.</source>
        <translation>Den visar vad du har skrivit in och vad publicerade definitioner säger om det; den ställer inga diagnoser och ger inga behandlingsråd.</translation>
    </message>
    <message>
        <source>(free software: you may share and change it under its terms)</source>
        <translation>(fri programvara: du får dela och ändra den enligt licensens villkor)</translation>
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
    <name>ReminderDialog</name>
    <message>
        <source>Daily reminder</source>
        <translation>Daglig påminnelse</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Remind me every day at</source>
        <translation>Påminn mig varje dag klockan</translation>
    </message>
    <message>
        <source>A notification while trdjournal is running, unless the day is already logged</source>
        <translation>En avisering medan trdjournal är igång, om dagen inte redan är inskriven</translation>
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
        <source>Daily reminder turned off.</source>
        <translation>Den dagliga påminnelsen är avstängd.</translation>
    </message>
    <message>
        <source>You will be reminded every day at {time}.</source>
        <translation>Du blir påmind varje dag klockan {time}.</translation>
    </message>
    <message>
        <source>trdjournal will start when you log in ({path}).</source>
        <translation>trdjournal startar när du loggar in ({path}).</translation>
    </message>
    <message>
        <source>trdjournal will no longer start when you log in.</source>
        <translation>trdjournal startar inte längre när du loggar in.</translation>
    </message>
</context>
</TS>
