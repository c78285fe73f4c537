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
    <name>Blocklist</name>
    <message>
        <source>SBL: a spam source or spam operation Spamhaus tracks by hand</source>
        <translation>SBL: eine Spamquelle oder ein Spam-Betrieb, den Spamhaus von Hand verfolgt</translation>
    </message>
    <message>
        <source>CSS: the address sent low-reputation mail, often from a compromised site or form</source>
        <translation>CSS: die Adresse hat E-Mails mit schlechter Reputation gesendet, oft über eine kompromittierte Website oder ein Formular</translation>
    </message>
    <message>
        <source>XBL: the address showed signs of an infected or hijacked machine</source>
        <translation>XBL: die Adresse zeigte Anzeichen eines infizierten oder gekaperten Rechners</translation>
    </message>
    <message>
        <source>DROP: the address is in a network Spamhaus says no one should route</source>
        <translation>DROP: die Adresse liegt in einem Netz, das laut Spamhaus niemand routen sollte</translation>
    </message>
    <message>
        <source>PBL (ISP): the provider says this address should not send mail directly</source>
        <translation>PBL (ISP): laut Anbieter soll diese Adresse keine E-Mails direkt versenden</translation>
    </message>
    <message>
        <source>PBL (Spamhaus): the address looks like end-user space that should not send mail directly</source>
        <translation>PBL (Spamhaus): die Adresse sieht nach einem Endkunden-Adressbereich aus, der keine E-Mails direkt versenden sollte</translation>
    </message>
    <message>
        <source>BCL: the address is a botnet controller</source>
        <translation>BCL: die Adresse ist ein Steuerserver eines Botnetzes</translation>
    </message>
    <message>
        <source>the zone name was mistyped</source>
        <translation>der Zonenname wurde falsch geschrieben</translation>
    </message>
    <message>
        <source>Check the list&apos;s zone in Mailroom&apos;s data.</source>
        <translation>Prüfen Sie die Zone der Liste in den Daten von Mailroom.</translation>
    </message>
    <message>
        <source>Spamhaus refuses queries sent through public or open resolvers</source>
        <translation>Spamhaus beantwortet keine Anfragen über öffentliche oder offene Resolver</translation>
    </message>
    <message>
        <source>Check with your own resolver (Settings, nameserver) or a free Spamhaus DQS key.</source>
        <translation>Prüfen Sie über Ihren eigenen Resolver (Einstellungen, Nameserver) oder mit einem kostenlosen Spamhaus-DQS-Schlüssel.</translation>
    </message>
    <message>
        <source>too many queries from this resolver</source>
        <translation>zu viele Anfragen von diesem Resolver</translation>
    </message>
    <message>
        <source>Check again later or with a free Spamhaus DQS key.</source>
        <translation>Prüfen Sie später noch einmal oder mit einem kostenlosen Spamhaus-DQS-Schlüssel.</translation>
    </message>
    <message>
        <source>Self-service removal for CSS, XBL and Spamhaus PBL once the cause is fixed; SBL listings are removed at the request of the network&apos;s owner (your hosting provider); ISP PBL listings are the provider&apos;s to lift.</source>
        <translation>CSS, XBL und Spamhaus-PBL können Sie selbst austragen, sobald die Ursache behoben ist; SBL-Listungen werden auf Antrag des Netzinhabers (Ihres Hosting-Anbieters) entfernt; ISP-PBL-Listungen kann nur der Anbieter aufheben.</translation>
    </message>
    <message>
        <source>minutes to a day</source>
        <extracomment>How long the list typically takes to act on a removal request</extracomment>
        <translation>Minuten bis ein Tag</translation>
    </message>
    <message>
        <source>a domain used for spam</source>
        <translation>eine Domain, die für Spam genutzt wird</translation>
    </message>
    <message>
        <source>a domain used for phishing</source>
        <translation>eine Domain, die für Phishing genutzt wird</translation>
    </message>
    <message>
        <source>a domain used for malware</source>
        <translation>eine Domain, die für Schadsoftware genutzt wird</translation>
    </message>
    <message>
        <source>a domain used for botnet control</source>
        <translation>eine Domain, die zur Steuerung eines Botnetzes genutzt wird</translation>
    </message>
    <message>
        <source>an abused legitimate domain used for spam</source>
        <translation>eine missbrauchte legitime Domain, die für Spam genutzt wird</translation>
    </message>
    <message>
        <source>an abused legitimate domain used as a spam redirector</source>
        <translation>eine missbrauchte legitime Domain, die als Weiterleitung für Spam genutzt wird</translation>
    </message>
    <message>
        <source>an abused legitimate domain used for phishing</source>
        <translation>eine missbrauchte legitime Domain, die für Phishing genutzt wird</translation>
    </message>
    <message>
        <source>an abused legitimate domain used for malware</source>
        <translation>eine missbrauchte legitime Domain, die für Schadsoftware genutzt wird</translation>
    </message>
    <message>
        <source>an abused legitimate domain used for botnet control</source>
        <translation>eine missbrauchte legitime Domain, die zur Steuerung eines Botnetzes genutzt wird</translation>
    </message>
    <message>
        <source>the list was asked about an IP address; it takes domains only</source>
        <translation>die Liste wurde nach einer IP-Adresse gefragt; sie nimmt nur Domains an</translation>
    </message>
    <message>
        <source>This is a fault in the query, not a listing.</source>
        <translation>Das ist ein Fehler in der Anfrage, keine Listung.</translation>
    </message>
    <message>
        <source>Fix what the listing names (a compromised site, a form that sends spam), then ask through the checker.</source>
        <translation>Beheben Sie, was die Listung nennt (eine kompromittierte Website, ein Formular, das Spam versendet), und stellen Sie dann den Antrag über die Prüfseite.</translation>
    </message>
    <message>
        <source>a day</source>
        <extracomment>How long the list typically takes to act on a removal request</extracomment>
        <translation>ein Tag</translation>
    </message>
    <message>
        <source>Barracuda saw spam or poor sending practice from this address</source>
        <translation>Barracuda hat von dieser Adresse Spam oder schlechte Versandpraktiken festgestellt</translation>
    </message>
    <message>
        <source>Barracuda answers only resolvers whose addresses are registered with it; elsewhere the check ends as unknown.</source>
        <translation>Barracuda antwortet nur Resolvern, deren Adressen dort registriert sind; sonst endet die Prüfung als unbekannt.</translation>
    </message>
    <message>
        <source>Manual review; give a phone number; do not send the request twice.</source>
        <translation>Manuelle Prüfung; geben Sie eine Telefonnummer an; senden Sie den Antrag nicht zweimal.</translation>
    </message>
    <message>
        <source>12 to 24 hours</source>
        <extracomment>How long the list typically takes to act on a removal request</extracomment>
        <translation>12 bis 24 Stunden</translation>
    </message>
    <message>
        <source>SpamCop users reported mail from this address as spam</source>
        <translation>SpamCop-Nutzer haben E-Mails von dieser Adresse als Spam gemeldet</translation>
    </message>
    <message>
        <source>No removal by request: a listing ends about 24 hours after the last report.</source>
        <translation>Keine Entfernung auf Antrag: Eine Listung endet etwa 24 Stunden nach der letzten Meldung.</translation>
    </message>
    <message>
        <source>24 hours</source>
        <extracomment>How long the list typically takes to act on a removal request</extracomment>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>this address hit UCEPROTECT&apos;s spam traps</source>
        <translation>diese Adresse ist in die Spamfallen von UCEPROTECT geraten</translation>
    </message>
    <message>
        <source>Large mailbox providers reportedly do not use UCEPROTECT.</source>
        <translation>Große Postfachanbieter nutzen UCEPROTECT Berichten zufolge nicht.</translation>
    </message>
    <message>
        <source>Expires 7 days after the last trap hit; paid express removal exists and is not needed.</source>
        <translation>Läuft 7 Tage nach dem letzten Treffer in einer Spamfalle ab; die kostenpflichtige Expressentfernung gibt es, sie ist aber nicht nötig.</translation>
    </message>
    <message>
        <source>7 days</source>
        <extracomment>How long the list typically takes to act on a removal request</extracomment>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>the address&apos;s network (a hosting provider&apos;s range) has too many level 1 listings</source>
        <translation>das Netz der Adresse (der Adressbereich eines Hosting-Anbieters) hat zu viele Listungen auf Stufe 1</translation>
    </message>
    <message>
        <source>Ends when the provider&apos;s range is clean; ask the hosting provider.</source>
        <translation>Endet, sobald der Adressbereich des Anbieters sauber ist; wenden Sie sich an den Hosting-Anbieter.</translation>
    </message>
    <message>
        <source>weeks</source>
        <extracomment>How long the list typically takes to act on a removal request</extracomment>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>the address&apos;s network (its autonomous system) has too many level 1 listings</source>
        <translation>das Netz der Adresse (ihr autonomes System) hat zu viele Listungen auf Stufe 1</translation>
    </message>
    <message>
        <source>Ends when the provider&apos;s network is clean; ask the hosting provider.</source>
        <translation>Endet, sobald das Netz des Anbieters sauber ist; wenden Sie sich an den Hosting-Anbieter.</translation>
    </message>
    <message>
        <source>this address sent mail to PSBL&apos;s spam traps</source>
        <translation>diese Adresse hat E-Mails an die Spamfallen von PSBL gesendet</translation>
    </message>
    <message>
        <source>Anyone may remove an address; it comes back if the traps see it again.</source>
        <translation>Jeder darf eine Adresse austragen; sie kommt zurück auf die Liste, wenn die Spamfallen sie erneut erfassen.</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <extracomment>How long the list typically takes to act on a removal request</extracomment>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>Mailspike lists this address for spam or a very poor reputation</source>
        <translation>Mailspike listet diese Adresse wegen Spam oder einer sehr schlechten Reputation</translation>
    </message>
    <message>
        <source>Self-service removal after the cause is fixed.</source>
        <translation>Sie können sich selbst austragen, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>6 to 36 hours</source>
        <extracomment>How long the list typically takes to act on a removal request</extracomment>
        <translation>6 bis 36 Stunden</translation>
    </message>
    <message>
        <source>RATS-Dyna: a dynamic or generic-looking address that should not send mail directly</source>
        <translation>RATS-Dyna: eine dynamische oder generisch aussehende Adresse, die keine E-Mails direkt versenden sollte</translation>
    </message>
    <message>
        <source>RATS-NoPtr: the address has no reverse DNS name</source>
        <translation>RATS-NoPtr: die Adresse hat keinen Reverse-DNS-Namen</translation>
    </message>
    <message>
        <source>RATS-Spam: spam seen from this address</source>
        <translation>RATS-Spam: von dieser Adresse wurde Spam festgestellt</translation>
    </message>
    <message>
        <source>RATS-Auth: brute-force logins seen from this address</source>
        <translation>RATS-Auth: von dieser Adresse wurden Brute-Force-Anmeldeversuche festgestellt</translation>
    </message>
    <message>
        <source>Dyna and NoPtr removals need a fixed, non-generic reverse DNS name first.</source>
        <translation>Zum Austragen aus Dyna und NoPtr braucht die Adresse zuerst einen festen, nicht generischen Reverse-DNS-Namen.</translation>
    </message>
    <message>
        <source>Validity&apos;s reputation data puts this address on its blocklist</source>
        <translation>die Reputationsdaten von Validity bringen diese Adresse auf ihre Blockliste</translation>
    </message>
    <message>
        <source>Validity answers only registered resolvers, or this one is over its quota</source>
        <translation>Validity antwortet nur registrierten Resolvern, oder dieser hat sein Kontingent überschritten</translation>
    </message>
    <message>
        <source>Register your resolver&apos;s address at https://my.validity.com, or leave this list out.</source>
        <translation>Registrieren Sie die Adresse Ihres Resolvers unter https://my.validity.com oder lassen Sie diese Liste weg.</translation>
    </message>
    <message>
        <source>Improve the reputation data (complaints, traps, unknown users); requests go through Validity.</source>
        <translation>Verbessern Sie die Reputationsdaten (Beschwerden, Spamfallen, unbekannte Empfängeradressen); Anträge laufen über Validity.</translation>
    </message>
    <message>
        <source>days</source>
        <extracomment>How long the list typically takes to act on a removal request</extracomment>
        <translation>Tage</translation>
    </message>
    <message>
        <source>allowlisted, trust none</source>
        <translation>auf der Allowlist, Vertrauen: keines</translation>
    </message>
    <message>
        <source>allowlisted, low trust</source>
        <translation>auf der Allowlist, Vertrauen: gering</translation>
    </message>
    <message>
        <source>allowlisted, medium trust</source>
        <translation>auf der Allowlist, Vertrauen: mittel</translation>
    </message>
    <message>
        <source>allowlisted, high trust</source>
        <translation>auf der Allowlist, Vertrauen: hoch</translation>
    </message>
    <message>
        <source>DNSWL refuses queries from this resolver (over its limit, or a public resolver)</source>
        <translation>DNSWL beantwortet keine Anfragen von diesem Resolver (Limit überschritten oder öffentlicher Resolver)</translation>
    </message>
    <message>
        <source>Check with your own resolver.</source>
        <translation>Prüfen Sie über Ihren eigenen Resolver.</translation>
    </message>
    <message>
        <source>An allowlist: being on it helps; nothing to remove.</source>
        <translation>Eine Allowlist: Ein Eintrag dort hilft; es gibt nichts zu entfernen.</translation>
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
    <name>ReputationText</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <extracomment>%1 is a term of an SPF record, %2 why it is wrong</extracomment>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>not a valid domain</source>
        <translation>keine gültige Domain</translation>
    </message>
    <message>
        <source>the record has this modifier twice</source>
        <translation>der Eintrag enthält diesen Modifikator zweimal</translation>
    </message>
    <message>
        <source>not a valid macro string</source>
        <translation>kein gültiger Makro-String</translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument</source>
        <translation>„all“ nimmt kein Argument</translation>
    </message>
    <message>
        <source>needs a valid domain</source>
        <translation>braucht eine gültige Domain</translation>
    </message>
    <message>
        <source>not a valid prefix length</source>
        <translation>keine gültige Präfixlänge</translation>
    </message>
    <message>
        <source>needs an address</source>
        <translation>braucht eine Adresse</translation>
    </message>
    <message>
        <source>not a valid address or prefix length</source>
        <translation>keine gültige Adresse oder Präfixlänge</translation>
    </message>
    <message>
        <source>unknown mechanism</source>
        <translation>unbekannter Mechanismus</translation>
    </message>
    <message>
        <source>not a valid domain name</source>
        <translation>kein gültiger Domainname</translation>
    </message>
    <message numerus="yes">
        <source>more than %n DNS-querying terms (RFC 7208 §4.6.4)</source>
        <translation>
            <numerusform>mehr als %n Term mit DNS-Abfrage (RFC 7208 §4.6.4)</numerusform>
            <numerusform>mehr als %n Terme mit DNS-Abfrage (RFC 7208 §4.6.4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n lookups found nothing (void lookup limit, RFC 7208 §4.6.4)</source>
        <translation>
            <numerusform>mehr als %n Abfrage ohne Ergebnis (Grenze für leere Abfragen, RFC 7208 §4.6.4)</numerusform>
            <numerusform>mehr als %n Abfragen ohne Ergebnis (Grenze für leere Abfragen, RFC 7208 §4.6.4)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a valid domain name: none</source>
        <extracomment>An SPF step; &quot;none&quot; is the SPF result, as RFC 7208 names it</extracomment>
        <translation>kein gültiger Domainname: none</translation>
    </message>
    <message>
        <source>the domain does not exist: none</source>
        <extracomment>An SPF step; &quot;none&quot; is the SPF result, as RFC 7208 names it</extracomment>
        <translation>die Domain existiert nicht: none</translation>
    </message>
    <message>
        <source>the TXT lookup for %1 failed (%2)</source>
        <translation>die TXT-Abfrage für %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>no SPF record: none</source>
        <extracomment>An SPF step; &quot;none&quot; is the SPF result, as RFC 7208 names it</extracomment>
        <translation>kein SPF-Eintrag: none</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n SPF records; it must have one</source>
        <translation>
            <numerusform>%1 hat %n SPF-Eintrag; es darf nur einen geben</numerusform>
            <numerusform>%1 hat %n SPF-Einträge; es darf nur einen geben</numerusform>
        </translation>
    </message>
    <message>
        <source>the SPF record of %1: %2</source>
        <translation>der SPF-Eintrag von %1: %2</translation>
    </message>
    <message>
        <source>no match</source>
        <extracomment>An SPF step: the term does not cover the address</extracomment>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>match</source>
        <extracomment>An SPF step: the term covers the address</extracomment>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>redirect to %1</source>
        <translation>Umleitung auf %1</translation>
    </message>
    <message>
        <source>redirect to %1, which has no SPF record</source>
        <translation>Umleitung auf %1, aber dort gibt es keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>the %1 lookup for %2 failed (%3)</source>
        <translation>die %1-Abfrage für %2 ist fehlgeschlagen (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has more than %n MX records (RFC 7208 §4.6.4)</source>
        <translation>
            <numerusform>%1 hat mehr als %n MX-Eintrag (RFC 7208 §4.6.4)</numerusform>
            <numerusform>%1 hat mehr als %n MX-Einträge (RFC 7208 §4.6.4)</numerusform>
        </translation>
    </message>
    <message>
        <source>include of %1, which has no SPF record</source>
        <translation>include von %1, aber dort gibt es keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid macro string</source>
        <translation>„%1“ ist kein gültiger Makro-String</translation>
    </message>
    <message>
        <source>the macro %1 keeps no part</source>
        <translation>das Makro %1 behält keinen Teil</translation>
    </message>
    <message numerus="yes">
        <source>the check needed more than %n DNS queries</source>
        <translation>
            <numerusform>die Prüfung brauchte mehr als %n DNS-Abfrage</numerusform>
            <numerusform>die Prüfung brauchte mehr als %n DNS-Abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>a DNS message shorter than its header</source>
        <translation>eine DNS-Nachricht, die kürzer als ihr Header ist</translation>
    </message>
    <message>
        <source>the server failed (SERVFAIL)</source>
        <translation>der Server meldete einen Fehler (SERVFAIL)</translation>
    </message>
    <message>
        <source>the server refused the query (REFUSED)</source>
        <translation>der Server hat die Anfrage abgelehnt (REFUSED)</translation>
    </message>
    <message>
        <source>the server could not read the query (FORMERR)</source>
        <translation>der Server konnte die Anfrage nicht lesen (FORMERR)</translation>
    </message>
    <message>
        <source>the server answered with error code %1</source>
        <translation>der Server antwortete mit Fehlercode %1</translation>
    </message>
    <message>
        <source>a question that cannot be read</source>
        <translation>ein nicht lesbarer Frageabschnitt</translation>
    </message>
    <message>
        <source>an answer record that cannot be read</source>
        <translation>ein nicht lesbarer Antworteintrag</translation>
    </message>
    <message>
        <source>an answer record longer than the message</source>
        <translation>ein Antworteintrag, der länger als die Nachricht ist</translation>
    </message>
    <message>
        <source>an A record that is not 4 bytes</source>
        <translation>ein A-Eintrag, der nicht 4 Bytes lang ist</translation>
    </message>
    <message>
        <source>an AAAA record that is not 16 bytes</source>
        <translation>ein AAAA-Eintrag, der nicht 16 Bytes lang ist</translation>
    </message>
    <message>
        <source>a TXT string longer than its record</source>
        <translation>ein TXT-String, der länger als sein Eintrag ist</translation>
    </message>
    <message>
        <source>an MX record too short</source>
        <translation>ein zu kurzer MX-Eintrag</translation>
    </message>
    <message>
        <source>an MX record whose name cannot be read</source>
        <translation>ein MX-Eintrag mit nicht lesbarem Namen</translation>
    </message>
    <message>
        <source>a record whose name cannot be read</source>
        <translation>ein Eintrag mit nicht lesbarem Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a [ without ]</source>
        <translation>„%1“: ein [ ohne ]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected :PORT after ]</source>
        <translation>„%1“: nach ] wird :PORT erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port from 1 to 65535</source>
        <translation>„%1“ ist kein Port von 1 bis 65535</translation>
    </message>
    <message>
        <source>the server refused the query</source>
        <translation>der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>the nameserver could not be reached</source>
        <translation>der Nameserver war nicht erreichbar</translation>
    </message>
    <message>
        <source>c-ares could not start: %1</source>
        <translation>c-ares konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>the nameserver %1 cannot be used: %2</source>
        <translation>der Nameserver %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The list did not answer in time. Check again later; if it never answers, the list may be gone.</source>
        <translation>Die Liste hat nicht rechtzeitig geantwortet. Prüfen Sie später noch einmal; antwortet sie nie, gibt es die Liste vielleicht nicht mehr.</translation>
    </message>
    <message>
        <source>The list&apos;s servers refused the query: many lists answer only registered or private resolvers. Try your own resolver (Settings, nameserver).</source>
        <translation>Die Server der Liste haben die Anfrage abgelehnt: Viele Listen antworten nur registrierten oder privaten Resolvern. Versuchen Sie es mit Ihrem eigenen Resolver (Einstellungen, Nameserver).</translation>
    </message>
    <message>
        <source>The DNS server failed to get an answer (%1). Check again later.</source>
        <translation>Der DNS-Server hat keine Antwort erhalten (%1). Prüfen Sie später noch einmal.</translation>
    </message>
    <message>
        <source>The answer could not be read (%1).</source>
        <translation>Die Antwort konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The name to ask is not a valid DNS name.</source>
        <translation>Der abzufragende Name ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>%1 lists domains, not addresses</source>
        <translation>%1 listet Domains, keine Adressen</translation>
    </message>
    <message>
        <source>%1 lists IPv4 addresses only</source>
        <translation>%1 listet nur IPv4-Adressen</translation>
    </message>
    <message>
        <source>%1 lists addresses, not domains</source>
        <translation>%1 listet Adressen, keine Domains</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a domain</source>
        <translation>„%1“ ist weder eine IP-Adresse noch eine Domain</translation>
    </message>
    <message>
        <source>The answer %1 is outside 127.0.0.0/8, so it is no listing: your resolver or network rewrites answers (ad redirection, a captive portal). Check with another resolver.</source>
        <translation>Die Antwort %1 liegt außerhalb von 127.0.0.0/8 und ist daher keine Listung: Ihr Resolver oder Netzwerk schreibt Antworten um (Werbeumleitung, ein Captive Portal). Prüfen Sie über einen anderen Resolver.</translation>
    </message>
    <message>
        <source>The answer 127.0.0.1 is never a listing: a DNS filter on your network (such as Pi-hole) probably blocks the list. Check with another resolver.</source>
        <translation>Die Antwort 127.0.0.1 ist nie eine Listung: Wahrscheinlich blockiert ein DNS-Filter in Ihrem Netzwerk (etwa Pi-hole) die Liste. Prüfen Sie über einen anderen Resolver.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3. %4</source>
        <extracomment>%1 is a blocklist, %2 its answer (127.255.255.254), %3 what the answer means, %4 what to do</extracomment>
        <translation>Die Liste %1 antwortete %2: %3. %4</translation>
    </message>
    <message>
        <source>%1 answered %2, which it does not document; it is not taken as a listing.</source>
        <translation>Die Liste %1 antwortete %2, was sie nicht dokumentiert; das wird nicht als Listung gewertet.</translation>
    </message>
    <message>
        <source>%1 lists its own test address that it must never list (RFC 5782): it answers for everything, so it is dead or hijacked. Its answer is ignored.</source>
        <translation>Die Liste %1 listet ihre eigene Testadresse, die sie nie listen darf (RFC 5782): Sie antwortet auf alles, ist also tot oder gekapert. Ihre Antwort wird ignoriert.</translation>
    </message>
    <message>
        <source>Validity has no data for this address: it sends too little mail to be scored.</source>
        <translation>Validity hat keine Daten zu dieser Adresse: Sie versendet zu wenige E-Mails für eine Bewertung.</translation>
    </message>
    <message>
        <source>Validity answers only resolvers registered at https://my.validity.com (or this one is over its quota): no score is available here.</source>
        <translation>Validity antwortet nur Resolvern, die unter https://my.validity.com registriert sind (oder dieser hat sein Kontingent überschritten): Hier ist kein Score verfügbar.</translation>
    </message>
    <message>
        <source>Sender Score answered %1, which is not a score.</source>
        <translation>Sender Score antwortete %1, das ist kein Score.</translation>
    </message>
    <message>
        <source>Sender Score covers IPv4 addresses only.</source>
        <translation>Sender Score bewertet nur IPv4-Adressen.</translation>
    </message>
    <message>
        <source>no answer came in time</source>
        <translation>es kam keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>the DNS server failed (SERVFAIL)</source>
        <translation>der DNS-Server meldete einen Fehler (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused to answer (REFUSED)</source>
        <translation>der DNS-Server hat die Antwort verweigert (REFUSED)</translation>
    </message>
    <message>
        <source>the answer could not be read</source>
        <translation>die Antwort konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the %1 lookup for %2 failed: %3</source>
        <translation>die %1-Abfrage für %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1. This says nothing about the record itself: check again later, or with another DNS server.</source>
        <translation>%1. Über den Eintrag selbst sagt das nichts aus: Prüfen Sie später noch einmal oder über einen anderen DNS-Server.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>„%1“ ist kein Domainname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form tag=value</source>
        <translation>„%1“ hat nicht die Form Tag=Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag name</source>
        <translation>„%1“ ist kein Tag-Name</translation>
    </message>
    <message>
        <source>the tag %1 appears twice</source>
        <translation>das Tag %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URI; write mailto:%1</source>
        <translation>„%1“ ist keine URI; schreiben Sie mailto:%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URI such as mailto:dmarc@example.org</source>
        <translation>„%1“ ist keine URI wie mailto:dmarc@example.org</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1=%2 is not none, quarantine or reject</source>
        <translation>%1=%2 ist weder none noch quarantine noch reject</translation>
    </message>
    <message>
        <source>pct=%1 is not a whole number from 0 to 100</source>
        <translation>pct=%1 ist keine ganze Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>in %1=, %2</source>
        <translation>in %1=: %2</translation>
    </message>
    <message>
        <source>%1=%2 is not r (relaxed) or s (strict)</source>
        <translation>%1=%2 ist weder r (relaxed) noch s (strict)</translation>
    </message>
    <message>
        <source>fo=%1 is not a list of 0, 1, d and s</source>
        <translation>fo=%1 ist keine Liste aus 0, 1, d und s</translation>
    </message>
    <message>
        <source>ri=%1 is not a number of seconds</source>
        <translation>ri=%1 ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>deliver it anyway: the record only asks for reports</source>
        <extracomment>Ends &quot;When mail from %1 fails DMARC, receivers are asked to %2.&quot; (p=none)</extracomment>
        <translation>sie trotzdem zuzustellen: Der Eintrag fordert nur Berichte an</translation>
    </message>
    <message>
        <source>put it in the spam folder</source>
        <extracomment>Ends &quot;When mail from %1 fails DMARC, receivers are asked to %2.&quot; (p=quarantine)</extracomment>
        <translation>sie in den Spam-Ordner zu verschieben</translation>
    </message>
    <message>
        <source>refuse it</source>
        <extracomment>Ends &quot;When mail from %1 fails DMARC, receivers are asked to %2.&quot; (p=reject)</extracomment>
        <translation>sie abzulehnen</translation>
    </message>
    <message>
        <source>When mail from %1 fails DMARC, receivers are asked to %2.</source>
        <translation>Wenn E-Mails von %1 DMARC nicht bestehen, werden Empfänger gebeten, %2.</translation>
    </message>
    <message>
        <source> The record is the one of %1, which covers its subdomains.</source>
        <translation> Der Eintrag gehört zu %1 und gilt auch für die Subdomains dieser Domain.</translation>
    </message>
    <message>
        <source>DMARC policy: %1</source>
        <translation>DMARC-Richtlinie: %1</translation>
    </message>
    <message>
        <source>DMARC only monitors (p=none)</source>
        <translation>DMARC überwacht nur (p=none)</translation>
    </message>
    <message>
        <source>Mail that fails DMARC is still delivered, so others can send mail in your name. When the reports show that all your own mail passes, change p=none to p=quarantine.</source>
        <translation>E-Mails, die DMARC nicht bestehen, werden trotzdem zugestellt, sodass andere in Ihrem Namen E-Mails senden können. Wenn die Berichte zeigen, dass alle Ihre eigenen E-Mails bestehen, ändern Sie p=none in p=quarantine.</translation>
    </message>
    <message>
        <source>DMARC policy applied to %1% of failing mail</source>
        <translation>DMARC-Richtlinie gilt für %1 % der E-Mails, die DMARC nicht bestehen</translation>
    </message>
    <message>
        <source>pct=%1 asks receivers to apply the policy to part of the mail that fails DMARC only. Remove pct= once you are sure your own mail passes.</source>
        <translation>pct=%1 bittet Empfänger, die Richtlinie nur auf einen Teil der E-Mails anzuwenden, die DMARC nicht bestehen. Entfernen Sie pct=, sobald Sie sicher sind, dass Ihre eigenen E-Mails bestehen.</translation>
    </message>
    <message>
        <source>No DMARC reports</source>
        <translation>Keine DMARC-Berichte</translation>
    </message>
    <message>
        <source>The record asks for no reports (rua=), so you cannot see whether your own mail passes or who else sends in your name. Add a reporting address, a mailbox you read.</source>
        <translation>Der Eintrag fordert keine Berichte an (rua=), daher sehen Sie nicht, ob Ihre eigenen E-Mails bestehen oder wer sonst in Ihrem Namen sendet. Fügen Sie eine Berichtsadresse hinzu, ein Postfach, das Sie lesen.</translation>
    </message>
    <message>
        <source>Write v=DMARC1 exactly</source>
        <translation>Schreiben Sie v=DMARC1 genau so</translation>
    </message>
    <message>
        <source>The record starts with %1; RFC 7489 spells it v=DMARC1, and some receivers ignore a record written otherwise.</source>
        <translation>Der Eintrag beginnt mit %1; RFC 7489 schreibt v=DMARC1, und manche Empfänger ignorieren einen anders geschriebenen Eintrag.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record.</source>
        <translation>%1 hat keinen DMARC-Eintrag.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has a DMARC record.</source>
        <translation>Weder %1 noch %2 hat einen DMARC-Eintrag.</translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation>Kein DMARC-Eintrag</translation>
    </message>
    <message>
        <source> Gmail, Yahoo and Microsoft require one from bulk senders, and mail without one is more often refused or filed as spam. Publish this starter record: it changes nothing for delivery and sends you daily reports. Use a mailbox you read.</source>
        <translation> Gmail, Yahoo und Microsoft verlangen ihn von Massenversendern, und E-Mails ohne ihn werden häufiger abgelehnt oder als Spam einsortiert. Veröffentlichen Sie diesen Einstiegseintrag: Er ändert nichts an der Zustellung und schickt Ihnen tägliche Berichte. Verwenden Sie ein Postfach, das Sie lesen.</translation>
    </message>
    <message>
        <source>Several DMARC records</source>
        <translation>Mehrere DMARC-Einträge</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n DMARC records. Receivers then apply none of them (RFC 7489 §6.6.3), as if there were no DMARC record. Delete all but one.</source>
        <translation>
            <numerusform>%1 hat %n DMARC-Eintrag. Empfänger wenden dann keinen davon an (RFC 7489 §6.6.3), als gäbe es keinen DMARC-Eintrag. Löschen Sie alle bis auf einen.</numerusform>
            <numerusform>%1 hat %n DMARC-Einträge. Empfänger wenden dann keinen davon an (RFC 7489 §6.6.3), als gäbe es keinen DMARC-Eintrag. Löschen Sie alle bis auf einen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the record.</source>
        <translation>Korrigieren Sie den Eintrag.</translation>
    </message>
    <message>
        <source>Correct its %1= tag.</source>
        <translation>Korrigieren Sie sein Tag %1=.</translation>
    </message>
    <message>
        <source>The DMARC record cannot be read</source>
        <translation>Der DMARC-Eintrag ist nicht lesbar</translation>
    </message>
    <message>
        <source>The DMARC record at %1 is invalid: %2. Receivers may ignore it, as if there were none. %3</source>
        <translation>Der DMARC-Eintrag unter %1 ist ungültig: %2. Empfänger ignorieren ihn möglicherweise, als gäbe es keinen. %3</translation>
    </message>
    <message>
        <source>Could not check DMARC</source>
        <translation>DMARC konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Not a domain name</source>
        <translation>Kein Domainname</translation>
    </message>
    <message>
        <source>%1. Enter the domain of the sender address, such as board.example.</source>
        <translation>%1. Geben Sie die Domain der Absenderadresse ein, etwa board.example.</translation>
    </message>
    <message>
        <source>the RSA key is cut short or has bytes after it</source>
        <translation>der RSA-Schlüssel ist abgeschnitten oder hat Bytes dahinter</translation>
    </message>
    <message>
        <source>the RSA key does not hold a modulus and an exponent</source>
        <translation>der RSA-Schlüssel enthält nicht Modulus und Exponent</translation>
    </message>
    <message>
        <source>the RSA modulus is negative or empty</source>
        <translation>der RSA-Modulus ist negativ oder leer</translation>
    </message>
    <message>
        <source>the RSA modulus or exponent is zero</source>
        <translation>der RSA-Modulus oder -Exponent ist null</translation>
    </message>
    <message>
        <source>v= must be the first tag</source>
        <translation>v= muss das erste Tag sein</translation>
    </message>
    <message>
        <source>v=%1 is not DKIM1</source>
        <translation>v=%1 ist nicht DKIM1</translation>
    </message>
    <message>
        <source>k=%1 is not rsa or ed25519</source>
        <translation>k=%1 ist weder rsa noch ed25519</translation>
    </message>
    <message>
        <source>the public key is not valid base64</source>
        <translation>der öffentliche Schlüssel ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes (RFC 8463); this one has %1</source>
        <translation>ein Ed25519-Schlüssel hat 32 Bytes (RFC 8463); dieser hat %1</translation>
    </message>
    <message>
        <source>DKIM key found</source>
        <translation>DKIM-Schlüssel gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a %2 key of %n bits.</source>
        <translation>
            <numerusform>Unter %1 liegt ein %2-Schlüssel mit %n Bit.</numerusform>
            <numerusform>Unter %1 liegt ein %2-Schlüssel mit %n Bit.</numerusform>
        </translation>
    </message>
    <message>
        <source>DKIM key too short</source>
        <translation>DKIM-Schlüssel zu kurz</translation>
    </message>
    <message>
        <source>Receivers must not accept RSA keys under 1024 bits (RFC 8301 §3.2), so your signatures count as failed. Create a 2048-bit key, publish it under a new selector and switch your mail server to it.</source>
        <translation>Empfänger dürfen RSA-Schlüssel unter 1024 Bit nicht akzeptieren (RFC 8301 §3.2), daher gelten Ihre Signaturen als fehlgeschlagen. Erzeugen Sie einen 2048-Bit-Schlüssel, veröffentlichen Sie ihn unter einem neuen Selektor und stellen Sie Ihren Mailserver darauf um.</translation>
    </message>
    <message numerus="yes">
        <source>DKIM key of %n bits</source>
        <translation>
            <numerusform>DKIM-Schlüssel mit %n Bit</numerusform>
            <numerusform>DKIM-Schlüssel mit %n Bit</numerusform>
        </translation>
    </message>
    <message>
        <source>A key under 2048 bits still passes, but is no longer considered safe (RFC 8301 §3.2 asks for 2048). Create a 2048-bit key under a new selector when convenient.</source>
        <translation>Ein Schlüssel unter 2048 Bit besteht noch, gilt aber nicht mehr als sicher (RFC 8301 §3.2 verlangt 2048). Erzeugen Sie bei Gelegenheit einen 2048-Bit-Schlüssel unter einem neuen Selektor.</translation>
    </message>
    <message>
        <source>DKIM key in test mode (t=y)</source>
        <translation>DKIM-Schlüssel im Testmodus (t=y)</translation>
    </message>
    <message>
        <source>Receivers may treat mail whose signature fails as if it were not signed. Remove y from the t= tag once your signatures pass.</source>
        <translation>Empfänger behandeln E-Mails mit fehlgeschlagener Signatur möglicherweise, als wären sie nicht signiert. Entfernen Sie y aus dem Tag t=, sobald Ihre Signaturen bestehen.</translation>
    </message>
    <message>
        <source>DKIM key limited to SHA-1</source>
        <translation>DKIM-Schlüssel auf SHA-1 beschränkt</translation>
    </message>
    <message>
        <source>h=%1 allows no SHA-256, and receivers must not accept SHA-1 signatures (RFC 8301 §3.1). Set h=sha256 or remove the h= tag.</source>
        <translation>h=%1 erlaubt kein SHA-256, und Empfänger dürfen SHA-1-Signaturen nicht akzeptieren (RFC 8301 §3.1). Setzen Sie h=sha256 oder entfernen Sie das Tag h=.</translation>
    </message>
    <message>
        <source>DKIM key not for email</source>
        <translation>DKIM-Schlüssel nicht für E-Mail</translation>
    </message>
    <message>
        <source>s=%1 excludes email, so receivers must not use this key for mail. Remove the s= tag.</source>
        <translation>s=%1 schließt E-Mail aus, daher dürfen Empfänger diesen Schlüssel nicht für E-Mails verwenden. Entfernen Sie das Tag s=.</translation>
    </message>
    <message>
        <source>No DKIM key for the selector %1</source>
        <translation>Kein DKIM-Schlüssel für den Selektor %1</translation>
    </message>
    <message>
        <source>%1 has no key, so receivers cannot verify signatures made with the selector %2 and count them as failed. Check the selector in the s= tag of a message you sent, then publish the key record your mail server or provider gives for it.</source>
        <translation>Unter %1 gibt es keinen Schlüssel, daher können Empfänger Signaturen mit dem Selektor %2 nicht prüfen und werten sie als fehlgeschlagen. Prüfen Sie den Selektor im Tag s= einer von Ihnen gesendeten Nachricht, und veröffentlichen Sie dann den Schlüsseleintrag, den Ihr Mailserver oder Anbieter dafür angibt.</translation>
    </message>
    <message>
        <source>The DKIM key is revoked</source>
        <translation>Der DKIM-Schlüssel ist widerrufen</translation>
    </message>
    <message>
        <source>The record at %1 has an empty p=, which means the key was withdrawn (RFC 6376 §3.6.1): every signature with the selector %2 fails. If your server still signs with it, publish its current key, or switch the server to a selector that has one.</source>
        <translation>Der Eintrag unter %1 hat ein leeres p=, das heißt, der Schlüssel wurde zurückgezogen (RFC 6376 §3.6.1): Jede Signatur mit dem Selektor %2 schlägt fehl. Wenn Ihr Server noch damit signiert, veröffentlichen Sie seinen aktuellen Schlüssel, oder stellen Sie den Server auf einen Selektor um, der einen hat.</translation>
    </message>
    <message>
        <source>Several records for one DKIM key</source>
        <translation>Mehrere Einträge für einen DKIM-Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n TXT records; receivers may use any of them, so signatures fail at random. Keep only the key record.</source>
        <translation>
            <numerusform>%1 hat %n TXT-Eintrag; Empfänger können jeden davon verwenden, daher schlagen Signaturen zufällig fehl. Behalten Sie nur den Schlüsseleintrag.</numerusform>
            <numerusform>%1 hat %n TXT-Einträge; Empfänger können jeden davon verwenden, daher schlagen Signaturen zufällig fehl. Behalten Sie nur den Schlüsseleintrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DKIM key cannot be used</source>
        <translation>Der DKIM-Schlüssel ist nicht verwendbar</translation>
    </message>
    <message>
        <source>The record at %1 is invalid: %2. Receivers count signatures with this selector as failed. Publish the record again exactly as your mail server or provider gives it: long keys are often cut when pasted.</source>
        <translation>Der Eintrag unter %1 ist ungültig: %2. Empfänger werten Signaturen mit diesem Selektor als fehlgeschlagen. Veröffentlichen Sie den Eintrag erneut, genau so, wie Ihr Mailserver oder Anbieter ihn angibt: Lange Schlüssel werden beim Einfügen oft abgeschnitten.</translation>
    </message>
    <message>
        <source>Could not check the DKIM key</source>
        <translation>Der DKIM-Schlüssel konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Not a DKIM selector and domain</source>
        <translation>Kein gültiger DKIM-Selektor mit Domain</translation>
    </message>
    <message>
        <source>%1. Take the selector and domain from the s= and d= tags of a message you sent.</source>
        <translation>%1. Entnehmen Sie Selektor und Domain den Tags s= und d= einer von Ihnen gesendeten Nachricht.</translation>
    </message>
    <message>
        <source>Generic reverse name %1</source>
        <translation>Generischer Reverse-DNS-Name %1</translation>
    </message>
    <message>
        <source>The name looks like one given to a home or dynamic line, and receivers such as Comcast and T-Online refuse or distrust mail from those. Ask the provider that owns %1 to set a name of your own, such as mail.&lt;your domain&gt;, and give that name an address record for %1.</source>
        <translation>Der Name sieht aus wie der eines privaten oder dynamischen Anschlusses, und Empfänger wie Comcast und T-Online lehnen E-Mails von solchen Anschlüssen ab oder misstrauen ihnen. Bitten Sie den Anbieter, dem %1 gehört, einen eigenen Namen einzutragen, etwa mail.&lt;Ihre Domain&gt;, und geben Sie diesem Namen einen Adresseintrag für %1.</translation>
    </message>
    <message>
        <source>%1 does not point back to %2</source>
        <translation>%1 zeigt nicht zurück auf %2</translation>
    </message>
    <message>
        <source>%1 is the reverse name of %2, but %1 has no %3 record for %2, so the name is not forward-confirmed and many receivers refuse the mail. Add this %3 record at the DNS host of %1, or have the provider of %2 set a name whose address is %2.</source>
        <translation>%1 ist der Reverse-DNS-Name von %2, aber %1 hat keinen %3-Eintrag für %2. Damit ist der Name nicht vorwärts bestätigt, und viele Empfänger lehnen die E-Mails ab. Legen Sie diesen %3-Eintrag beim DNS-Anbieter von %1 an, oder lassen Sie den Anbieter von %2 einen Namen setzen, dessen Adresse %2 ist.</translation>
    </message>
    <message>
        <source>Reverse DNS is forward-confirmed</source>
        <translation>Reverse-DNS ist vorwärts bestätigt</translation>
    </message>
    <message>
        <source>%1 has the name %2, and %2 points back to %1.</source>
        <translation>%1 hat den Namen %2, und %2 zeigt zurück auf %1.</translation>
    </message>
    <message>
        <source>No reverse DNS for %1</source>
        <translation>Kein Reverse-DNS für %1</translation>
    </message>
    <message>
        <source>%1 has no name (PTR record at %2). Microsoft, T-Online, Comcast and many others refuse mail from an address without one. Ask the provider that owns the address (your hosting provider or ISP, not your DNS host) to set its name to your mail server&apos;s, such as mail.&lt;your domain&gt;, and give that name an address record for %1.</source>
        <translation>%1 hat keinen Namen (PTR-Eintrag unter %2). Microsoft, T-Online, Comcast und viele andere lehnen E-Mails von einer Adresse ohne Namen ab. Bitten Sie den Anbieter, dem die Adresse gehört (Ihren Hosting-Anbieter oder Internetanbieter, nicht Ihren DNS-Anbieter), ihr den Namen Ihres Mailservers zu geben, etwa mail.&lt;Ihre Domain&gt;, und geben Sie diesem Namen einen Adresseintrag für %1.</translation>
    </message>
    <message>
        <source>Could not check the reverse DNS of %1</source>
        <translation>Reverse-DNS von %1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Not an IP address</source>
        <translation>Keine IP-Adresse</translation>
    </message>
    <message>
        <source>%1. Enter the sending server&apos;s IPv4 or IPv6 address.</source>
        <translation>%1. Geben Sie die IPv4- oder IPv6-Adresse des sendenden Servers ein.</translation>
    </message>
    <message>
        <source>Several reverse names for %1</source>
        <translation>Mehrere Reverse-DNS-Namen für %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n names; some receivers check only one of them, chosen at random. Keep a single PTR record.</source>
        <translation>
            <numerusform>%1 hat %n Namen; manche Empfänger prüfen nur einen davon, zufällig gewählt. Behalten Sie einen einzigen PTR-Eintrag.</numerusform>
            <numerusform>%1 hat %n Namen; manche Empfänger prüfen nur einen davon, zufällig gewählt. Behalten Sie einen einzigen PTR-Eintrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail for %1 goes to %2</source>
        <translation>E-Mails für %1 gehen an %2</translation>
    </message>
    <message>
        <source>MX hosts, the first tried first: %1.</source>
        <translation>MX-Hosts, der erste wird zuerst versucht: %1.</translation>
    </message>
    <message>
        <source>MX record with an address: %1</source>
        <translation>MX-Eintrag mit einer Adresse: %1</translation>
    </message>
    <message>
        <source>An MX record must name a host, not an address (RFC 5321 §5.1); senders cannot deliver to it. Point the MX record at a name whose A record is %1.</source>
        <translation>Ein MX-Eintrag muss einen Hostnamen nennen, keine Adresse (RFC 5321 §5.1); Absender können dorthin nicht zustellen. Lassen Sie den MX-Eintrag auf einen Namen zeigen, dessen A-Eintrag %1 ist.</translation>
    </message>
    <message>
        <source>Null MX beside other MX records</source>
        <translation>Null-MX neben anderen MX-Einträgen</translation>
    </message>
    <message>
        <source>%1 has an MX record &quot;.&quot; (accepts no mail) and other MX records, which RFC 7505 §3 forbids. Delete the &quot;.&quot; record.</source>
        <translation>%1 hat einen MX-Eintrag „.“ (nimmt keine E-Mails an) und weitere MX-Einträge, was RFC 7505 §3 verbietet. Löschen Sie den Eintrag „.“.</translation>
    </message>
    <message>
        <source>%1 accepts no mail</source>
        <translation>%1 nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it says it receives no mail. Receivers may refuse mail sent from an address at %1 (RFC 7505 §4.2), and bounces cannot come back. If the board sends from this domain, replace the record with an MX record for the server that receives your mail.</source>
        <translation>%1 veröffentlicht einen Null-MX (RFC 7505): Die Domain erklärt, keine E-Mails zu empfangen. Empfänger können E-Mails ablehnen, die von einer Adresse unter %1 gesendet werden (RFC 7505 §4.2), und Bounces können nicht zurückkommen. Wenn die Jobbörse von dieser Domain sendet, ersetzen Sie den Eintrag durch einen MX-Eintrag für den Server, der Ihre E-Mails empfängt.</translation>
    </message>
    <message>
        <source>No MX record for %1</source>
        <translation>Kein MX-Eintrag für %1</translation>
    </message>
    <message>
        <source>Mail to %1 goes to its address record, if it has one (RFC 5321 §5.1), so bounces and replies may be lost, and some receivers distrust mail from such a domain. Publish an MX record for the server that receives your mail.</source>
        <translation>E-Mails an %1 gehen an den Adresseintrag der Domain, falls es einen gibt (RFC 5321 §5.1). Dadurch können Bounces und Antworten verloren gehen, und manche Empfänger misstrauen E-Mails von einer solchen Domain. Veröffentlichen Sie einen MX-Eintrag für den Server, der Ihre E-Mails empfängt.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>DNS has no domain %1. Receivers refuse mail from an address at a domain that does not exist. Check the spelling, or whether the domain&apos;s registration has lapsed.</source>
        <translation>Im DNS gibt es keine Domain %1. Empfänger lehnen E-Mails von einer Adresse unter einer nicht existierenden Domain ab. Prüfen Sie die Schreibweise oder ob die Registrierung der Domain abgelaufen ist.</translation>
    </message>
    <message>
        <source>Could not check the MX of %1</source>
        <translation>MX von %1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1. Enter a domain such as board.example.</source>
        <translation>%1. Geben Sie eine Domain wie board.example ein.</translation>
    </message>
    <message>
        <source>the record must start with v=DMARC1</source>
        <translation>der Eintrag muss mit v=DMARC1 beginnen</translation>
    </message>
    <message>
        <source>the record has no p= tag, which is required</source>
        <translation>dem Eintrag fehlt das vorgeschriebene Tag p=</translation>
    </message>
    <message>
        <source>the record has no p= tag (the public key)</source>
        <translation>dem Eintrag fehlt das Tag p= (der öffentliche Schlüssel)</translation>
    </message>
    <message>
        <source>the key is not DER data, is cut short, or has bytes after it</source>
        <translation>der Schlüssel ist keine DER-Struktur, ist abgeschnitten oder hat Bytes dahinter</translation>
    </message>
    <message>
        <source>the key is not a SubjectPublicKeyInfo</source>
        <translation>der Schlüssel ist keine SubjectPublicKeyInfo</translation>
    </message>
    <message>
        <source>the key is not an RSA key</source>
        <translation>der Schlüssel ist kein RSA-Schlüssel</translation>
    </message>
    <message>
        <source>the key&apos;s bit string is empty or not whole bytes</source>
        <translation>der Bit-String des Schlüssels ist leer oder besteht nicht aus ganzen Bytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; do not make a DNS name</source>
        <translation>„%1“ und „%2“ ergeben keinen DNS-Namen</translation>
    </message>
    <message>
        <source>no IP address was given</source>
        <translation>es wurde keine IP-Adresse angegeben</translation>
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
