<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityPage</name>
    <message numerus="yes">
        <source>%n change(s) exported.</source>
        <translation>
            <numerusform>%n change exported.</numerusform>
            <numerusform>%n changes exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardWorker</name>
    <message numerus="yes">
        <source>Connected. The schema profile %1 fits; the board has %n user(s).</source>
        <translation>
            <numerusform>Connected. The schema profile %1 fits; the board has %n user.</numerusform>
            <numerusform>Connected. The schema profile %1 fits; the board has %n users.</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>Read %n source(s): %1 log lines, %2 messages.</source>
        <translation>
            <numerusform>Read %n source: %1 log lines, %2 messages.</numerusform>
            <numerusform>Read %n sources: %1 log lines, %2 messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching new mail and reading %n source(s)…</source>
        <translation>
            <numerusform>Fetching new mail and reading %n source…</numerusform>
            <numerusform>Fetching new mail and reading %n sources…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message numerus="yes">
        <source>%Ln contact(s) would be exported.</source>
        <translation>
            <numerusform>%Ln contact would be exported.</numerusform>
            <numerusform>%Ln contacts would be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln row written to %1.</numerusform>
            <numerusform>%Ln rows written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Windows-1252 cannot hold %1: %Ln value(s) have &apos;?&apos; in their place.</source>
        <translation>
            <numerusform>Windows-1252 cannot hold %1: %Ln value has &apos;?&apos; in their place.</numerusform>
            <numerusform>Windows-1252 cannot hold %1: %Ln values have &apos;?&apos; in their place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) were cut to the service&apos;s length limit.</source>
        <translation>
            <numerusform>%Ln value was cut to the service&apos;s length limit.</numerusform>
            <numerusform>%Ln values were cut to the service&apos;s length limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>In this selection: %1 (in %n value(s)).</source>
        <translation>
            <numerusform>In this selection: %1 (in %n value).</numerusform>
            <numerusform>In this selection: %1 (in %n values).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message numerus="yes">
        <source>%1: reading stopped after %n message(s). %2 The messages read are kept; the next scan goes on from UID %3.</source>
        <translation>
            <numerusform>%1: reading stopped after %n message. %2 The messages read are kept; the next scan goes on from UID %3.</numerusform>
            <numerusform>%1: reading stopped after %n messages. %2 The messages read are kept; the next scan goes on from UID %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImapSourceDialog</name>
    <message numerus="yes">
        <source>Connected to %1 and logged in as %2. The folder %3 holds %n message(s). Nothing on the server was changed.</source>
        <translation>
            <numerusform>Connected to %1 and logged in as %2. The folder %3 holds %n message. Nothing on the server was changed.</numerusform>
            <numerusform>Connected to %1 and logged in as %2. The folder %3 holds %n messages. Nothing on the server was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n user(s), %1</source>
        <translation>
            <numerusform>%n user, %1</numerusform>
            <numerusform>%n users, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n user(s) of the board?</source>
        <translation>
            <numerusform>Change %n user of the board?</numerusform>
            <numerusform>Change %n users of the board?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected user(s) are already in that state and stay as they are.</source>
        <translation>
            <numerusform>%n selected user is already in that state and stays as it is.</numerusform>
            <numerusform>%n selected users are already in that state and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected recipient(s) are not users of the board and stay as they are.</source>
        <translation>
            <numerusform>%n selected recipient is not a user of the board and stays as it is.</numerusform>
            <numerusform>%n selected recipients are not users of the board and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This address bounced too (%1, %n time(s)).</source>
        <translation>
            <numerusform>This address bounced too (%1, %n time).</numerusform>
            <numerusform>This address bounced too (%1, %n times).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) changed. Each change can be undone on the Activity page.</source>
        <translation>
            <numerusform>%n user changed. The change can be undone on the Activity page.</numerusform>
            <numerusform>%n users changed. Each change can be undone on the Activity page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The board was not changed: %n user(s) no longer hold what Mailroom read.</source>
        <translation>
            <numerusform>The board was not changed: %n user no longer holds what Mailroom read.</numerusform>
            <numerusform>The board was not changed: %n users no longer hold what Mailroom read.</numerusform>
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
    <name>RemovalWizard</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n thing(s) to fix in the domain&apos;s DNS or the server: see the next page.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n thing to fix in the domain&apos;s DNS or the server: see the next page.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n things to fix in the domain&apos;s DNS or the server: see the next page.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailroom asks %1 every %n minute(s) whether %2 is still listed, and tells you when the listing is gone.</source>
        <translation>
            <numerusform>Mailroom asks %1 every %n minute whether %2 is still listed, and tells you when the listing is gone.</numerusform>
            <numerusform>Mailroom asks %1 every %n minutes whether %2 is still listed, and tells you when the listing is gone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 usually answers within %n day(s); Mailroom tells you when that time has passed.</source>
        <translation>
            <numerusform>%1 usually answers within %n day; Mailroom tells you when that time has passed.</numerusform>
            <numerusform>%1 usually answers within %n days; Mailroom tells you when that time has passed.</numerusform>
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
<context>
    <name>ReputationText</name>
    <message numerus="yes">
        <source>more than %n DNS-querying terms (RFC 7208 §4.6.4)</source>
        <translation>
            <numerusform>more than %n DNS-querying term (RFC 7208 §4.6.4)</numerusform>
            <numerusform>more than %n DNS-querying terms (RFC 7208 §4.6.4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n lookups found nothing (void lookup limit, RFC 7208 §4.6.4)</source>
        <translation>
            <numerusform>more than %n lookup found nothing (void lookup limit, RFC 7208 §4.6.4)</numerusform>
            <numerusform>more than %n lookups found nothing (void lookup limit, RFC 7208 §4.6.4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n SPF records; it must have one</source>
        <translation>
            <numerusform>%1 has %n SPF record; it must have one</numerusform>
            <numerusform>%1 has %n SPF records; it must have one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has more than %n MX records (RFC 7208 §4.6.4)</source>
        <translation>
            <numerusform>%1 has more than %n MX record (RFC 7208 §4.6.4)</numerusform>
            <numerusform>%1 has more than %n MX records (RFC 7208 §4.6.4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the check needed more than %n DNS queries</source>
        <translation>
            <numerusform>the check needed more than %n DNS query</numerusform>
            <numerusform>the check needed more than %n DNS queries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n DMARC records. Receivers then apply none of them (RFC 7489 §6.6.3), as if there were no DMARC record. Delete all but one.</source>
        <translation>
            <numerusform>%1 has %n DMARC record. Receivers then apply none of them (RFC 7489 §6.6.3), as if there were no DMARC record. Delete all but one.</numerusform>
            <numerusform>%1 has %n DMARC records. Receivers then apply none of them (RFC 7489 §6.6.3), as if there were no DMARC record. Delete all but one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a %2 key of %n bits.</source>
        <translation>
            <numerusform>%1 holds a %2 key of %n bit.</numerusform>
            <numerusform>%1 holds a %2 key of %n bits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DKIM key of %n bits</source>
        <translation>
            <numerusform>DKIM key of %n bit</numerusform>
            <numerusform>DKIM key of %n bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n TXT records; receivers may use any of them, so signatures fail at random. Keep only the key record.</source>
        <translation>
            <numerusform>%1 has %n TXT record; receivers may use any of them, so signatures fail at random. Keep only the key record.</numerusform>
            <numerusform>%1 has %n TXT records; receivers may use any of them, so signatures fail at random. Keep only the key record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n names; some receivers check only one of them, chosen at random. Keep a single PTR record.</source>
        <translation>
            <numerusform>%1 has %n name; some receivers check only one of them, chosen at random. Keep a single PTR record.</numerusform>
            <numerusform>%1 has %n names; some receivers check only one of them, chosen at random. Keep a single PTR record.</numerusform>
        </translation>
    </message>
</context>
</TS>
