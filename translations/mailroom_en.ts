<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BouncesPage</name>
    <message numerus="yes">
        <source>Reading %n log source(s)…</source>
        <translation>
            <numerusform>Reading %n log source…</numerusform>
            <numerusform>Reading %n log sources…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n file(s), %1 lines.</source>
        <translation>
            <numerusform>Read %n file, %1 lines.</numerusform>
            <numerusform>Read %n files, %1 lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be used; see Details.</source>
        <translation>
            <numerusform>%n source could not be used; see Details.</numerusform>
            <numerusform>%n sources could not be used; see Details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n file(s) in %1 s: %2 delivery attempts, %3 recipients with failures or delays.</source>
        <translation>
            <numerusform>Read %n file in %1 s: %2 delivery attempts, %3 recipients with failures or delays.</numerusform>
            <numerusform>Read %n files in %1 s: %2 delivery attempts, %3 recipients with failures or delays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientDetails</name>
    <message numerus="yes">
        <source>%n older event(s) are not listed.</source>
        <translation>
            <numerusform>%n older event is not listed.</numerusform>
            <numerusform>%n older events are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReputationPage</name>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problem (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warning (%n)</numerusform>
            <numerusform>Warnings (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Good or worth knowing (%n)</source>
        <translation>
            <numerusform>Good or worth knowing (%n)</numerusform>
            <numerusform>Good or worth knowing (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked in %1 ms: %n problem(s).</source>
        <translation>
            <numerusform>Checked in %1 ms: %n problem.</numerusform>
            <numerusform>Checked in %1 ms: %n problems.</numerusform>
        </translation>
    </message>
</context>
</TS>
