<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>JournalView</name>
    <message numerus="yes">
        <source>{shown} of %n day(s)</source>
        <translation>
            <numerusform>{shown} of %n day</numerusform>
            <numerusform>{shown} of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>{when}: %n check-in(s)</source>
        <translation>
            <numerusform>{when}: %n check-in</numerusform>
            <numerusform>{when}: %n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}: %n check-in(s) up to {last}</source>
        <translation>
            <numerusform>{when}: %n check-in up to {last}</numerusform>
            <numerusform>{when}: %n check-ins up to {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the journal to {path} (%n check-in(s)).</source>
        <translation>
            <numerusform>Exported the journal to {path} (%n check-in).</numerusform>
            <numerusform>Exported the journal to {path} (%n check-ins).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s)</source>
        <translation>
            <numerusform>%n questionnaire</numerusform>
            <numerusform>%n questionnaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medication statement(s)</source>
        <translation>
            <numerusform>%n medication statement</numerusform>
            <numerusform>%n medication statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message numerus="yes">
        <source>The app locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>The app locks after %n minute without use.</numerusform>
            <numerusform>The app locks after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal and %n backup(s) were encrypted.</source>
        <translation>
            <numerusform>The journal and %n backup were encrypted.</numerusform>
            <numerusform>The journal and %n backups were encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal and %n backup(s) were re-encrypted.</source>
        <translation>
            <numerusform>The journal and %n backup were re-encrypted.</numerusform>
            <numerusform>The journal and %n backups were re-encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal and %n backup(s) were decrypted.</source>
        <translation>
            <numerusform>The journal and %n backup were decrypted.</numerusform>
            <numerusform>The journal and %n backups were decrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>Report written: {path} (%n page(s)). It is not encrypted.</source>
        <translation>
            <numerusform>Report written: {path} (%n page). It is not encrypted.</numerusform>
            <numerusform>Report written: {path} (%n pages). It is not encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n page(s))</source>
        <translation>
            <numerusform>Report written: {path} (%n page)</numerusform>
            <numerusform>Report written: {path} (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adequacy period %n week(s)</source>
        <translation>
            <numerusform>Adequacy period %n week</numerusform>
            <numerusform>Adequacy period %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagingPanel</name>
    <message numerus="yes">
        <source>%n of them still running (verdict so far).</source>
        <translation>
            <numerusform>%n of them still running (verdict so far).</numerusform>
            <numerusform>%n of them still running (verdict so far).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) in the record.</source>
        <translation>
            <numerusform>%n episode in the record.</numerusform>
            <numerusform>%n episodes in the record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>Not saved: %n problem(s), see above.</source>
        <translation>
            <numerusform>Not saved: %n problem, see above.</numerusform>
            <numerusform>Not saved: %n problems, see above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrialsView</name>
    <message numerus="yes">
        <source>The %n most recent measured trial(s) are drawn ({older}: select one in the table to draw it).</source>
        <translation>
            <numerusform>The %n most recent measured trial is drawn ({older}: select one in the table to draw it).</numerusform>
            <numerusform>The %n most recent measured trials are drawn ({older}: select one in the table to draw it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older</source>
        <translation>
            <numerusform>%n older</numerusform>
            <numerusform>%n older</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearPixels</name>
    <message numerus="yes">
        <source>%n day(s) logged. Selected: {describe}. Arrow keys move, Enter opens the day.</source>
        <translation>
            <numerusform>%n day logged. Selected: {describe}. Arrow keys move, Enter opens the day.</numerusform>
            <numerusform>%n days logged. Selected: {describe}. Arrow keys move, Enter opens the day.</numerusform>
        </translation>
    </message>
</context>
</TS>
