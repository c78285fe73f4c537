<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mailroom</source>
        <translation>Über Mailroom</translation>
    </message>
    <message>
        <source>Shows which users of your job board bounced, why, and whether the fault is their address or your sending side.</source>
        <translation>Zeigt, bei welchen Benutzern Ihrer Jobbörse E-Mails zurückkamen, warum, und ob der Fehler an ihrer Adresse oder an Ihrer Versandseite liegt.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. Bounce reasons follow the vocabulary of the Sisimai project.</source>
        <translation>Freie Software unter der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, Version 3 oder neuer&lt;/a&gt;. Die Bounce-Gründe folgen dem Vokabular des Sisimai-Projekts.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailroom %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Mailroom %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>The demo board is kept in %1.</source>
        <translation>Die Demo-Jobbörse liegt in %1.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <extracomment>%1 and %2 are Qt version numbers such as 6.4.2</extracomment>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
</context>
<context>
    <name>BoardDirectory</name>
    <message>
        <source>Cannot read the board database %1: %2</source>
        <translation>Die Datenbank der Jobbörse %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
</context>
<context>
    <name>BounceChart</name>
    <message>
        <source>No failed deliveries to chart yet</source>
        <translation>Noch keine fehlgeschlagenen Zustellungen für das Diagramm</translation>
    </message>
    <message>
        <source>Failed deliveries per day</source>
        <translation>Fehlgeschlagene Zustellungen pro Tag</translation>
    </message>
    <message>
        <source>Failed deliveries per week</source>
        <translation>Fehlgeschlagene Zustellungen pro Woche</translation>
    </message>
    <message>
        <source>Failed deliveries per 30 days</source>
        <translation>Fehlgeschlagene Zustellungen pro 30 Tage</translation>
    </message>
</context>
<context>
    <name>BounceReason</name>
    <message>
        <source>Hard bounce</source>
        <translation>Harter Bounce</translation>
    </message>
    <message>
        <source>Soft bounce</source>
        <translation>Weicher Bounce</translation>
    </message>
    <message>
        <source>Blocked by receiver</source>
        <translation>Vom Empfänger blockiert</translation>
    </message>
    <message>
        <source>Not a bounce</source>
        <translation>Kein Bounce</translation>
    </message>
    <message>
        <source>Unknown mailbox</source>
        <translation>Unbekanntes Postfach</translation>
    </message>
    <message>
        <source>Unknown domain</source>
        <translation>Unbekannte Domain</translation>
    </message>
    <message>
        <source>Mailbox moved</source>
        <translation>Postfach umgezogen</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation>Domain nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>Mailbox suspended</source>
        <translation>Postfach gesperrt</translation>
    </message>
    <message>
        <source>Over a recipient limit</source>
        <translation>Empfängerlimit überschritten</translation>
    </message>
    <message>
        <source>Receiving server full</source>
        <translation>Empfangsserver voll</translation>
    </message>
    <message>
        <source>Filtered by recipient</source>
        <translation>Vom Empfänger gefiltert</translation>
    </message>
    <message>
        <source>Gave up retrying</source>
        <translation>Zustellversuche aufgegeben</translation>
    </message>
    <message>
        <source>Network or DNS problem</source>
        <translation>Netzwerk- oder DNS-Problem</translation>
    </message>
    <message>
        <source>Receiving server error</source>
        <translation>Fehler des Empfangsservers</translation>
    </message>
    <message>
        <source>Local delivery program failed</source>
        <translation>Lokales Zustellprogramm fehlgeschlagen</translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <translation>SMTP-Protokollfehler</translation>
    </message>
    <message>
        <source>Unclear, needs a look</source>
        <translation>Unklar, bitte prüfen</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <translation>Unbekannter Grund</translation>
    </message>
    <message>
        <source>Sending IP blocked</source>
        <translation>Sende-IP blockiert</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>Schlechte Absenderreputation</translation>
    </message>
    <message>
        <source>Judged as spam</source>
        <translation>Als Spam eingestuft</translation>
    </message>
    <message>
        <source>Missing reverse DNS</source>
        <translation>Reverse-DNS fehlt</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failed</source>
        <translation>SPF, DKIM oder DMARC fehlgeschlagen</translation>
    </message>
    <message>
        <source>Receiver policy</source>
        <translation>Richtlinie des Empfängers</translation>
    </message>
    <message>
        <source>Security rejection</source>
        <translation>Aus Sicherheitsgründen abgelehnt</translation>
    </message>
    <message>
        <source>Virus found</source>
        <translation>Virus gefunden</translation>
    </message>
    <message>
        <source>Content refused</source>
        <translation>Inhalt abgelehnt</translation>
    </message>
    <message>
        <source>Message not standard</source>
        <translation>Nachricht nicht standardkonform</translation>
    </message>
    <message>
        <source>Sender address refused</source>
        <translation>Absenderadresse abgelehnt</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relaying verweigert</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>Zu viele Verbindungen</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <translation>Zu schnell gesendet</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>TLS encryption failed</source>
        <translation>TLS-Verschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Beschwerdemeldung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Delayed, still retrying</source>
        <translation>Verzögert, wird erneut versucht</translation>
    </message>
    <message>
        <source>The address&apos;s domain does not exist or takes no mail. Correct the address or archive the user.</source>
        <translation>Die Domain der Adresse existiert nicht oder nimmt keine E-Mails an. Korrigieren Sie die Adresse oder archivieren Sie den Benutzer.</translation>
    </message>
    <message>
        <source>The receiving server says this address does not exist. Ask the user for a new address, correct it, or archive the user.</source>
        <translation>Laut Empfangsserver existiert diese Adresse nicht. Bitten Sie den Benutzer um eine neue Adresse, korrigieren Sie sie oder archivieren Sie den Benutzer.</translation>
    </message>
    <message>
        <source>The mailbox exists but is full. Mail will work again once the user makes room; watch it, and act only if it keeps failing.</source>
        <translation>Das Postfach existiert, ist aber voll. Sobald der Benutzer Platz schafft, kommen E-Mails wieder an; beobachten Sie es und handeln Sie nur, wenn die Zustellung weiterhin fehlschlägt.</translation>
    </message>
    <message>
        <source>The address is probably alive, but this mail did not get through. Watch it; Mailroom counts it as hard if it keeps failing.</source>
        <translation>Die Adresse ist vermutlich noch aktiv, aber diese E-Mail kam nicht durch. Beobachten Sie sie; Mailroom wertet sie als harten Bounce, wenn die Zustellung weiterhin fehlschlägt.</translation>
    </message>
    <message>
        <source>The receiver could not verify that the board may send for its domain (SPF, DKIM or DMARC). Fix the board&apos;s DNS records; the user&apos;s address is fine.</source>
        <translation>Der Empfänger konnte nicht bestätigen, dass die Jobbörse für ihre Domain senden darf (SPF, DKIM oder DMARC). Korrigieren Sie die DNS-Einträge der Jobbörse; die Adresse des Benutzers ist in Ordnung.</translation>
    </message>
    <message>
        <source>The message was larger than the receiver accepts. Send smaller mail; the user&apos;s address is fine.</source>
        <translation>Die Nachricht war größer, als der Empfänger annimmt. Senden Sie kleinere E-Mails; die Adresse des Benutzers ist in Ordnung.</translation>
    </message>
    <message>
        <source>The receiver refused mail because of the board&apos;s sending server or its mail, not because of the user. Do not change the user; check the board&apos;s IP and domain reputation.</source>
        <translation>Der Empfänger hat die E-Mail wegen des Sendeservers der Jobbörse oder ihrer E-Mails abgelehnt, nicht wegen des Benutzers. Ändern Sie nichts am Benutzer; prüfen Sie die Reputation von IP-Adresse und Domain der Jobbörse.</translation>
    </message>
    <message>
        <source>The receiver asked to try again later and the server is still retrying. Nothing to do yet.</source>
        <translation>Der Empfänger hat um einen späteren Versuch gebeten, und der Server versucht es weiterhin. Vorerst ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Not a delivery failure; nothing to do.</source>
        <translation>Kein Zustellfehler; nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>BounceTableModel</name>
    <message>
        <source>Soft failures kept repeating, so this address counts as a hard bounce.</source>
        <translation>Weiche Fehler haben sich wiederholt, daher zählt diese Adresse als harter Bounce.</translation>
    </message>
    <message>
        <source>%1 (escalated)</source>
        <translation>%1 (hochgestuft)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: job seeker or employer</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>Column header: number of failed or delayed deliveries</extracomment>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Stellensuchend</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
</context>
<context>
    <name>BouncesPage</name>
    <message>
        <source>Job seeker</source>
        <translation>Stellensuchend</translation>
    </message>
    <message>
        <source>Reading the logs…</source>
        <translation>Protokolle werden gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading (Esc); the previous results stay on screen</source>
        <translation>Lesen abbrechen (Esc); die bisherigen Ergebnisse bleiben sichtbar</translation>
    </message>
    <message>
        <source>Show only this category; click again to show all</source>
        <translation>Nur diese Kategorie anzeigen; erneut klicken, um alle anzuzeigen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Any domain</source>
        <translation>Alle Domains</translation>
    </message>
    <message>
        <source>Receiving domain: the part of the address after @</source>
        <translation>Empfangsdomain: der Teil der Adresse nach dem @</translation>
    </message>
    <message>
        <source>Last seen from</source>
        <translation>Zuletzt gesehen von</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of the &quot;Last seen from ... to ...&quot; filter</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Search address, user or reply (Ctrl+F)</source>
        <translation>Adresse, Benutzer oder Antwort suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n log source(s)…</source>
        <translation>
            <numerusform>%n Protokollquelle wird gelesen…</numerusform>
            <numerusform>%n Protokollquellen werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading cancelled; the table still shows the previous results.</source>
        <translation>Lesen abgebrochen; die Tabelle zeigt weiterhin die bisherigen Ergebnisse.</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No log read yet.</source>
        <translation>Noch kein Protokoll gelesen.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 lines, %4 events, skipped %5 binary, %6 too long, %7 not in the format</source>
        <translation>%1 (%2): %3 Zeilen, %4 Ereignisse, übersprungen: %5 binär, %6 zu lang, %7 nicht im Format</translation>
    </message>
    <message>
        <source>Board: %1</source>
        <translation>Jobbörse: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n file(s), %1 lines.</source>
        <translation>
            <numerusform>%n Datei gelesen, %1 Zeilen.</numerusform>
            <numerusform>%n Dateien gelesen, %1 Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines skipped: %2 binary, %3 too long, %4 not in the log&apos;s format.</source>
        <translation>%1 Zeilen übersprungen: %2 binär, %3 zu lang, %4 nicht im Format des Protokolls.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be used; see Details.</source>
        <translation>
            <numerusform>%n Quelle konnte nicht verwendet werden; siehe Details.</numerusform>
            <numerusform>%n Quellen konnten nicht verwendet werden; siehe Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>The board could not be read, so no recipient is matched to a user.</source>
        <translation>Die Jobbörse konnte nicht gelesen werden, daher wird kein Empfänger einem Benutzer zugeordnet.</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>%1 Empfänger</translation>
    </message>
    <message>
        <source>%1 of %2 recipients</source>
        <translation>%1 von %2 Empfängern</translation>
    </message>
    <message>
        <source>No recipient matches these filters.</source>
        <translation>Kein Empfänger entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>No failed or delayed delivery in these logs. Good news, or the wrong log: open your SMTP server&apos;s main log to check.</source>
        <translation>Keine fehlgeschlagene oder verzögerte Zustellung in diesen Protokollen. Eine gute Nachricht – oder das falsche Protokoll: Öffnen Sie zur Kontrolle das Hauptprotokoll Ihres SMTP-Servers.</translation>
    </message>
    <message>
        <source>Open log files…</source>
        <translation>Protokolldateien öffnen…</translation>
    </message>
    <message>
        <source>Open your SMTP server&apos;s log (Exim&apos;s mainlog or Postfix&apos;s mail.log) to see which users bounced and why.</source>
        <translation>Öffnen Sie das Protokoll Ihres SMTP-Servers (mainlog von Exim oder mail.log von Postfix), um zu sehen, bei welchen Benutzern E-Mails als Bounce zurückkamen und warum.</translation>
    </message>
    <message>
        <source>line %1: %2 bytes long, longer than any log line; skipped</source>
        <translation>Zeile %1: %2 Bytes lang, länger als jede Protokollzeile; übersprungen</translation>
    </message>
    <message>
        <source>line %1: binary data, not text; skipped</source>
        <translation>Zeile %1: Binärdaten, kein Text; übersprungen</translation>
    </message>
    <message>
        <source>line %1: not a line of a %2; skipped</source>
        <translation>Zeile %1: passt nicht zum Format „%2“; übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>Read %n file(s) in %1 s: %2 delivery attempts, %3 recipients with failures or delays.</source>
        <translation>
            <numerusform>%n Datei in %1 s gelesen: %2 Zustellversuche, %3 Empfänger mit Fehlschlägen oder Verzögerungen.</numerusform>
            <numerusform>%n Dateien in %1 s gelesen: %2 Zustellversuche, %3 Empfänger mit Fehlschlägen oder Verzögerungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the logs… The recipients appear here when the scan is done.</source>
        <translation>Protokolle werden gelesen… Die Empfänger erscheinen hier, sobald das Einlesen fertig ist.</translation>
    </message>
</context>
<context>
    <name>DemoBoard</name>
    <message>
        <source>Could not write the demo board in %1: %2</source>
        <translation>Die Demo-Jobbörse konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be replaced</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
</context>
<context>
    <name>LogFormat</name>
    <message>
        <source>Exim main log</source>
        <translation>Exim-Hauptprotokoll</translation>
    </message>
    <message>
        <source>Postfix log</source>
        <translation>Postfix-Protokoll</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mailroom</source>
        <translation>Mailroom</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Log Files…</source>
        <translation>&amp;Protokolldateien öffnen…</translation>
    </message>
    <message>
        <source>Open Log &amp;Folder…</source>
        <translation>Protokoll&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Erneut einlesen</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>Einlesen &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Recipients</source>
        <translation>Empfänger &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>&amp;Navigation anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mailroom</source>
        <translation>Ü&amp;ber Mailroom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are looking at the demo board.&lt;/b&gt; The users and logs are invented. Open your SMTP server&apos;s log to see your own bounces.</source>
        <translation>&lt;b&gt;Sie sehen die Demo-Jobbörse.&lt;/b&gt; Die Benutzer und Protokolle sind erfunden. Öffnen Sie das Protokoll Ihres SMTP-Servers, um Ihre eigenen Bounces zu sehen.</translation>
    </message>
    <message>
        <source>Open Log Files…</source>
        <translation>Protokolldateien öffnen…</translation>
    </message>
    <message>
        <source>Preparing the demo board…</source>
        <translation>Demo-Jobbörse wird vorbereitet…</translation>
    </message>
    <message>
        <source>Demo board</source>
        <translation>Demo-Jobbörse</translation>
    </message>
    <message>
        <source>The demo board could not be prepared in %1: %2. You can still open your own SMTP server&apos;s log.</source>
        <translation>Die Demo-Jobbörse konnte nicht in %1 vorbereitet werden: %2. Sie können trotzdem das Protokoll Ihres eigenen SMTP-Servers öffnen.</translation>
    </message>
    <message>
        <source>Mailroom — demo board</source>
        <translation>Mailroom — Demo-Jobbörse</translation>
    </message>
    <message>
        <source>Board: demo</source>
        <translation>Jobbörse: Demo</translation>
    </message>
    <message>
        <source>No board connected: recipients are not matched to users</source>
        <translation>Keine Jobbörse verbunden: Empfänger werden keinen Benutzern zugeordnet</translation>
    </message>
    <message>
        <source>Board: %1</source>
        <translation>Jobbörse: %1</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
</context>
<context>
    <name>RecipientDetails</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Failed (gave up retrying)</source>
        <translation>Fehlgeschlagen (Versuche aufgegeben)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Recent events (newest first), with the log line of each:</source>
        <translation>Letzte Ereignisse (neueste zuerst), jeweils mit der zugehörigen Protokollzeile:</translation>
    </message>
    <message>
        <source>Select a recipient in the table to see who it is, why the mail failed and the log lines behind it.</source>
        <translation>Wählen Sie einen Empfänger in der Tabelle aus, um zu sehen, wer es ist, warum die E-Mail nicht zugestellt wurde und welche Protokollzeilen dahinterstehen.</translation>
    </message>
    <message>
        <source>Board user: &lt;b&gt;%1&lt;/b&gt; (%2, #%3)</source>
        <translation>Benutzer der Jobbörse: &lt;b&gt;%1&lt;/b&gt; (%2, #%3)</translation>
    </message>
    <message>
        <source>No user of the board has this address.</source>
        <translation>Kein Benutzer der Jobbörse hat diese Adresse.</translation>
    </message>
    <message>
        <source>Counted as a hard bounce: soft failures kept coming back over several days, so the address is probably no longer read.</source>
        <translation>Als harter Bounce gewertet: Weiche Fehler traten über mehrere Tage immer wieder auf, daher wird die Adresse vermutlich nicht mehr gelesen.</translation>
    </message>
    <message>
        <source>The server is still retrying the last message; the outcome is not final.</source>
        <translation>Der Server versucht weiterhin, die letzte Nachricht zuzustellen; das Ergebnis steht noch nicht fest.</translation>
    </message>
    <message>
        <source>A later message was delivered, so the address works again.</source>
        <translation>Eine spätere Nachricht wurde zugestellt; die Adresse funktioniert also wieder.</translation>
    </message>
    <message>
        <source>Sent by the board itself (a notification from %1).</source>
        <translation>Von der Jobbörse selbst gesendet (eine Benachrichtigung von %1).</translation>
    </message>
    <message>
        <source>Sent by a user of the board (their own message from %1).</source>
        <translation>Von einem Benutzer der Jobbörse gesendet (eine eigene Nachricht von %1).</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <source>Failures: %1. Deferrals: %2.</source>
        <translation>Fehlschläge: %1. Zurückstellungen: %2.</translation>
    </message>
    <message>
        <source>Last reply %1 %2 from %3 [%4]:</source>
        <translation>Letzte Antwort %1 %2 von %3 [%4]:</translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) are not listed.</source>
        <translation>
            <numerusform>%n älteres Ereignis wird nicht angezeigt.</numerusform>
            <numerusform>%n ältere Ereignisse werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>(the log line could not be read again)</source>
        <translation>(die Protokollzeile konnte nicht erneut gelesen werden)</translation>
    </message>
</context>
<context>
    <name>ReputationPage</name>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Probleme (%n)</numerusform>
            <numerusform>Probleme (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnungen (%n)</numerusform>
            <numerusform>Warnungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Good or worth knowing (%n)</source>
        <translation>
            <numerusform>Gut oder wissenswert (%n)</numerusform>
            <numerusform>Gut oder wissenswert (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>203.0.113.5, 2001:db8::5</source>
        <translation>203.0.113.5, 2001:db8::5</translation>
    </message>
    <message>
        <source>The IP addresses your board&apos;s mail leaves from, separated by commas or spaces.</source>
        <translation>Die IP-Adressen, von denen die E-Mails Ihrer Jobbörse ausgehen, durch Kommas oder Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>jobs.example</source>
        <translation>jobs.example</translation>
    </message>
    <message>
        <source>The domain in your board&apos;s sender address (MAIL FROM and From).</source>
        <translation>Die Domain in der Absenderadresse Ihrer Jobbörse (MAIL FROM und From).</translation>
    </message>
    <message>
        <source>optional, for example s1</source>
        <translation>optional, zum Beispiel s1</translation>
    </message>
    <message>
        <source>The DKIM selector: the s= of a DKIM-Signature header in a message your board sent.</source>
        <translation>Der DKIM-Selektor: das s= einer DKIM-Signature-Kopfzeile in einer von Ihrer Jobbörse gesendeten Nachricht.</translation>
    </message>
    <message>
        <source>this computer&apos;s DNS servers</source>
        <translation>die DNS-Server dieses Computers</translation>
    </message>
    <message>
        <source>A DNS server to ask instead, as ADDRESS or ADDRESS:PORT. Spamhaus refuses public resolvers such as 8.8.8.8.</source>
        <translation>Ein anderer DNS-Server, als ADRESSE oder ADRESSE:PORT. Spamhaus beantwortet keine Anfragen öffentlicher Resolver wie 8.8.8.8.</translation>
    </message>
    <message>
        <source>Sending &amp;addresses:</source>
        <translation>Sende&amp;adressen:</translation>
    </message>
    <message>
        <source>Sending &amp;domain:</source>
        <translation>Sende&amp;domain:</translation>
    </message>
    <message>
        <source>DKIM &amp;selector:</source>
        <translation>DKIM-&amp;Selektor:</translation>
    </message>
    <message>
        <source>DNS &amp;server:</source>
        <translation>DNS-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <source>Enter the addresses your board&apos;s mail leaves from and its sending domain, then choose Check now.

Mailroom asks the major blocklists, Sender Score, reverse DNS, and the domain&apos;s SPF, DMARC, DKIM and MX records, and says what to fix.</source>
        <translation>Geben Sie die Adressen ein, von denen die E-Mails Ihrer Jobbörse ausgehen, und ihre Sendedomain, und wählen Sie dann „Jetzt prüfen“.

Mailroom fragt die wichtigsten Blocklisten, Sender Score, Reverse-DNS sowie die SPF-, DMARC-, DKIM- und MX-Einträge der Domain ab und sagt, was zu beheben ist.</translation>
    </message>
    <message>
        <source>Copy the &amp;record</source>
        <translation>&amp;Eintrag kopieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter addresses like 203.0.113.5 or 2001:db8::5.</source>
        <translation>„%1“ ist keine IP-Adresse. Geben Sie Adressen wie 203.0.113.5 oder 2001:db8::5 ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name. Enter the part after @ in your board&apos;s sender address.</source>
        <translation>„%1“ ist kein Domainname. Geben Sie den Teil nach dem @ in der Absenderadresse Ihrer Jobbörse ein.</translation>
    </message>
    <message>
        <source>Enter at least one sending address or the sending domain.</source>
        <translation>Geben Sie mindestens eine Sendeadresse oder die Sendedomain ein.</translation>
    </message>
    <message>
        <source>The DNS server must be an IP address, optionally with a port (192.0.2.53:5353): %1</source>
        <translation>Der DNS-Server muss eine IP-Adresse sein, optional mit Port (192.0.2.53:5353): %1</translation>
    </message>
    <message>
        <source>DNS queries cannot be made: %1</source>
        <translation>DNS-Anfragen sind nicht möglich: %1</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Publish this TXT record at &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Veröffentlichen Sie diesen TXT-Eintrag unter &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Zuletzt geprüft %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked in %1 ms: %n problem(s).</source>
        <translation>
            <numerusform>In %1 ms geprüft: %n Problem.</numerusform>
            <numerusform>In %1 ms geprüft: %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see what it means and what to do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Befund aus, um zu sehen, was er bedeutet und was zu tun ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From the &amp;bounces</source>
        <translation>Aus den &amp;Bounces</translation>
    </message>
    <message>
        <source>Read the bounces first: their replies name the addresses your mail leaves from.</source>
        <translation>Lesen Sie zuerst die Bounces ein: Ihre Antworten nennen die Adressen, von denen Ihre E-Mails ausgehen.</translation>
    </message>
    <message>
        <source>Named in the bounces: %1</source>
        <translation>In den Bounces genannt: %1</translation>
    </message>
    <message>
        <source>optional, for example mail.jobs.example</source>
        <translation>optional, zum Beispiel mail.jobs.example</translation>
    </message>
    <message>
        <source>The name your mail server gives when it connects (HELO or EHLO): its host name.</source>
        <translation>Der Name, mit dem sich Ihr Mailserver beim Verbinden meldet (HELO oder EHLO): sein Hostname.</translation>
    </message>
    <message>
        <source>&amp;HELO name:</source>
        <translation>&amp;HELO-Name:</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Open SMTP server log files</source>
        <translation>SMTP-Server-Protokolldateien öffnen</translation>
    </message>
    <message>
        <source>Mail logs (mainlog* maillog* mail.log* *.log *.gz)</source>
        <translation>Mail-Protokolle (mainlog* maillog* mail.log* *.log *.gz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a folder of SMTP server logs</source>
        <translation>Ordner mit SMTP-Server-Protokollen öffnen</translation>
    </message>
</context>
</TS>
