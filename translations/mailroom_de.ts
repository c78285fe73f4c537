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
    <name>ActivityPage</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Undo Change…</source>
        <translation>Änderung &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>No changes yet.

When you archive users, flag them as bounced or change an address from the Bounces page (Users menu), each change is listed here and can be undone.</source>
        <translation>Noch keine Änderungen.

Wenn Sie von der Seite Bounces aus (Menü Benutzer) Benutzer archivieren, als Bounce markieren oder eine Adresse ändern, wird jede Änderung hier aufgeführt und lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Export the Activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported.</source>
        <translation>
            <numerusform>%n Änderung exportiert.</numerusform>
            <numerusform>%n Änderungen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 undone.</source>
        <translation>Änderung %1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>User %1: %2 (now &quot;%3&quot;)</source>
        <translation>Benutzer %1: %2 (jetzt „%3“)</translation>
    </message>
    <message>
        <source>Not Undone</source>
        <translation>Nicht rückgängig gemacht</translation>
    </message>
    <message>
        <source>Change %1 was not undone, and nothing was written.</source>
        <translation>Änderung %1 wurde nicht rückgängig gemacht, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>by change %1</source>
        <translation>durch Änderung %1</translation>
    </message>
    <message>
        <source>undoes change %1</source>
        <translation>macht Änderung %1 rückgängig</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Änderung %1</translation>
    </message>
    <message>
        <source>The activity log cannot be read: %1</source>
        <translation>Das Aktivitätsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Undo the Change</source>
        <translation>Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Put %1 of user %2 back to &quot;%3&quot;? This only happens if it is still &quot;%4&quot;.</source>
        <translation>%1 von Benutzer %2 wieder auf „%3“ setzen? Das geschieht nur, wenn der Wert noch „%4“ ist.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The folder of the activity log %1 cannot be created.</source>
        <translation>Der Ordner des Aktivitätsprotokolls %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The activity log %1 cannot be opened: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The activity log %1 cannot be prepared: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>The activity log has no change %1.</source>
        <translation>Das Aktivitätsprotokoll enthält keine Änderung %1.</translation>
    </message>
    <message>
        <source>There is no change to undo.</source>
        <translation>Es gibt keine Änderung, die sich rückgängig machen lässt.</translation>
    </message>
</context>
<context>
    <name>BlockKnowledge</name>
    <message>
        <source>The form asks for the sending IP addresses or ranges (separated by semicolons), whether they are dedicated or shared, the sending domain, a recipient domain, your name and contact address, and the full error text with its code (S3150, S3140, SC-001...). An automatic answer comes within hours: &quot;mitigated&quot;, or &quot;does not qualify&quot;, which you can answer to ask for a person to look again.</source>
        <translation>Das Formular fragt nach den sendenden IP-Adressen oder Adressbereichen (durch Semikolons getrennt), ob sie nur von Ihnen genutzt oder geteilt werden, der Sendedomain, einer Empfängerdomain, Ihrem Namen und Ihrer Kontaktadresse sowie dem vollständigen Fehlertext mit Code (S3150, S3140, SC-001...). Innerhalb weniger Stunden kommt eine automatische Antwort: „mitigated“ oder „does not qualify“; auf Letztere können Sie antworten und um eine erneute Prüfung durch einen Menschen bitten.</translation>
    </message>
    <message>
        <source>The delist portal asks for an email address and the blocked IP address, then sends a link that must be clicked to confirm. For a banned sender (5.7.511), forward the whole bounce with the IP address to delist@messaging.microsoft.com instead.</source>
        <translation>Das Delist-Portal fragt nach einer E-Mail-Adresse und der blockierten IP-Adresse und sendet dann einen Link, den Sie zur Bestätigung anklicken müssen. Bei einem gesperrten Absender (5.7.511) leiten Sie stattdessen den ganzen Bounce mit der IP-Adresse an delist@messaging.microsoft.com weiter.</translation>
    </message>
    <message>
        <source>Google takes no removal requests. Meet its sender requirements below, watch the domain in Postmaster Tools (https://postmaster.google.com), and send again slowly once they are met.</source>
        <translation>Google nimmt keine Anträge auf Entfernung an. Erfüllen Sie die unten stehenden Absenderanforderungen, beobachten Sie die Domain in den Postmaster Tools (https://postmaster.google.com) und senden Sie langsam wieder, sobald sie erfüllt sind.</translation>
    </message>
    <message>
        <source>Set up SPF or DKIM for the sending domain; both if you send more than 5,000 messages a day to Gmail.</source>
        <extracomment>A sender requirement, shown as a checklist item</extracomment>
        <translation>Richten Sie SPF oder DKIM für die Sendedomain ein; beides, wenn Sie mehr als 5.000 Nachrichten pro Tag an Gmail senden.</translation>
    </message>
    <message>
        <source>Publish a DMARC record for the sending domain (p=none is enough); required above 5,000 messages a day.</source>
        <extracomment>A sender requirement, shown as a checklist item</extracomment>
        <translation>Veröffentlichen Sie einen DMARC-Eintrag für die Sendedomain (p=none genügt); Pflicht ab mehr als 5.000 Nachrichten pro Tag.</translation>
    </message>
    <message>
        <source>Use a From: domain that matches the SPF or the DKIM domain.</source>
        <extracomment>A sender requirement, shown as a checklist item</extracomment>
        <translation>Verwenden Sie eine From-Domain, die zur SPF- oder zur DKIM-Domain passt.</translation>
    </message>
    <message>
        <source>Give the sending IP address a reverse DNS (PTR) name that points back to the same address.</source>
        <extracomment>A sender requirement, shown as a checklist item</extracomment>
        <translation>Geben Sie der sendenden IP-Adresse einen Reverse-DNS-Namen (PTR), der auf dieselbe Adresse zurückzeigt.</translation>
    </message>
    <message>
        <source>Send over a TLS connection.</source>
        <extracomment>A sender requirement, shown as a checklist item</extracomment>
        <translation>Senden Sie über eine TLS-Verbindung.</translation>
    </message>
    <message>
        <source>Keep the spam rate that Postmaster Tools shows below 0.1%, and never let it reach 0.3%.</source>
        <extracomment>A sender requirement, shown as a checklist item</extracomment>
        <translation>Halten Sie die Spamrate, die die Postmaster Tools anzeigen, unter 0,1 %, und lassen Sie sie nie 0,3 % erreichen.</translation>
    </message>
    <message>
        <source>Format messages according to RFC 5322.</source>
        <extracomment>A sender requirement, shown as a checklist item</extracomment>
        <translation>Formatieren Sie Nachrichten nach RFC 5322.</translation>
    </message>
    <message>
        <source>Do not put a gmail.com address in the From: header.</source>
        <extracomment>A sender requirement, shown as a checklist item</extracomment>
        <translation>Verwenden Sie keine gmail.com-Adresse in der From-Kopfzeile.</translation>
    </message>
    <message>
        <source>Give job alerts and other subscribed mail a one-click unsubscribe (List-Unsubscribe and List-Unsubscribe-Post headers) and honour unsubscribes within two days.</source>
        <extracomment>A sender requirement, shown as a checklist item</extracomment>
        <translation>Versehen Sie Job-Benachrichtigungen und andere abonnierte E-Mails mit einer Abmeldung per Klick (Kopfzeilen List-Unsubscribe und List-Unsubscribe-Post), und setzen Sie Abmeldungen innerhalb von zwei Tagen um.</translation>
    </message>
    <message>
        <source>Yahoo&apos;s Sender Hub takes support requests: give the sending IP address, the sending domain, the error text with its code ([TSS04], [PH01]...) and what you changed. Yahoo publishes no processing time.</source>
        <translation>Der Sender Hub von Yahoo nimmt Supportanfragen an: Geben Sie die sendende IP-Adresse, die Sendedomain, den Fehlertext mit Code ([TSS04], [PH01]...) und Ihre Änderungen an. Yahoo nennt keine Bearbeitungszeit.</translation>
    </message>
    <message>
        <source>The contact form asks for the sending IP address, the server&apos;s host name and the error text with its case link (the c= and r= values). GMX expects the reverse DNS name as the HELO name and headers that follow the RFCs.</source>
        <translation>Das Kontaktformular fragt nach der sendenden IP-Adresse, dem Hostnamen des Servers und dem Fehlertext mit dem Link zum Fall (den Werten c= und r=). GMX erwartet den Reverse-DNS-Namen als HELO-Namen und Kopfzeilen, die den RFCs entsprechen.</translation>
    </message>
    <message>
        <source>Write to the address the bounce names (tosa@rx.t-online.de for a (BL) block) with the sending IP address, its host name and the web address of your legal notice (Impressum) on the server&apos;s domain. T-Online unblocks unknown or long-silent addresses only on request.</source>
        <translation>Schreiben Sie an die im Bounce genannte Adresse (tosa@rx.t-online.de bei einer (BL)-Sperre) und geben Sie die sendende IP-Adresse, ihren Hostnamen und die Webadresse Ihres Impressums auf der Domain des Servers an. T-Online entsperrt unbekannte oder lange inaktive Adressen nur auf Antrag.</translation>
    </message>
    <message>
        <source>The block removal request asks for the sending IP address, the error text with its code (BL000000...) and your contact details. Blocks caused by a public list named in the code (Spamhaus, Cloudmark, Sender Score) end when that list removes the address.</source>
        <translation>Der Antrag auf Aufhebung der Sperre fragt nach der sendenden IP-Adresse, dem Fehlertext mit Code (BL000000...) und Ihren Kontaktdaten. Sperren wegen einer im Code genannten öffentlichen Liste (Spamhaus, Cloudmark, Sender Score) enden, sobald diese Liste die Adresse entfernt.</translation>
    </message>
    <message>
        <source>Write to icloudadmin@apple.com with your company name, the sending domain, the IP addresses of your mail servers, the exact errors from iCloud&apos;s servers and when the problem started.</source>
        <translation>Schreiben Sie an icloudadmin@apple.com mit Ihrem Firmennamen, der Sendedomain, den IP-Adressen Ihrer Mailserver, den genauen Fehlermeldungen der iCloud-Server und dem Zeitpunkt, seit dem das Problem besteht.</translation>
    </message>
    <message>
        <source>Write to unblock.request@cox.net with the sending IP address and the error text with its AUP# code; Cox decides at its own discretion. A CDRBL block ends by itself within 24 hours.</source>
        <translation>Schreiben Sie an unblock.request@cox.net mit der sendenden IP-Adresse und dem Fehlertext mit seinem AUP#-Code; Cox entscheidet nach eigenem Ermessen. Eine CDRBL-Sperre endet von selbst innerhalb von 24 Stunden.</translation>
    </message>
    <message>
        <source>Outlook.com refuses mail from the board&apos;s sending IP address because Microsoft has the address, or its network, on its own block list. The recipients are fine. Fix whatever sent unwanted mail, then ask Microsoft to remove the address with its form, quoting the code.</source>
        <translation>Outlook.com lehnt E-Mails von der sendenden IP-Adresse der Jobbörse ab, weil Microsoft die Adresse oder ihr Netz auf seiner eigenen Blockliste führt. Mit den Empfängern ist alles in Ordnung. Beheben Sie, was unerwünschte E-Mails gesendet hat, und bitten Sie Microsoft dann über sein Formular, die Adresse zu entfernen; geben Sie dabei den Code an.</translation>
    </message>
    <message>
        <source>Outlook.com refused the board&apos;s sending IP address in an older format (SC-001 to SC-003, OU-001, OU-002): the address or its network is on Microsoft&apos;s block list, for its mail or for how the server behaves. Ask for removal with Microsoft&apos;s form, quoting the code.</source>
        <translation>Outlook.com hat die sendende IP-Adresse der Jobbörse in einem älteren Format abgelehnt (SC-001 bis SC-003, OU-001, OU-002): Die Adresse oder ihr Netz steht auf der Blockliste von Microsoft, wegen ihrer E-Mails oder wegen des Verhaltens des Servers. Beantragen Sie die Entfernung über das Formular von Microsoft und geben Sie dabei den Code an.</translation>
    </message>
    <message>
        <source>Outlook.com is slowing down mail from the board&apos;s IP address because its reputation dropped. The mail is retried; send less at a time and watch the address in Microsoft&apos;s SNDS.</source>
        <translation>Outlook.com bremst E-Mails von der IP-Adresse der Jobbörse, weil deren Reputation gesunken ist. Die E-Mails werden erneut versucht; senden Sie weniger auf einmal und beobachten Sie die Adresse in Microsofts SNDS.</translation>
    </message>
    <message>
        <source>Outlook.com refused more connections from the board&apos;s server: it opened too many at once. Lower the number of parallel connections to Microsoft; the mail is retried.</source>
        <translation>Outlook.com hat weitere Verbindungen vom Server der Jobbörse abgelehnt: Er hat zu viele auf einmal geöffnet. Verringern Sie die Zahl paralleler Verbindungen zu Microsoft; die E-Mails werden erneut versucht.</translation>
    </message>
    <message>
        <source>Outlook.com asked the board&apos;s server to try again later. This is usually temporary; if it lasts for days, the address&apos;s reputation is the cause.</source>
        <translation>Outlook.com hat den Server der Jobbörse gebeten, es später erneut zu versuchen. Das ist meist vorübergehend; hält es tagelang an, liegt es an der Reputation der Adresse.</translation>
    </message>
    <message>
        <source>Microsoft 365 (the mail service of the recipient&apos;s company) has banned the board&apos;s sending IP address. Ask for removal in Microsoft&apos;s delist portal: it takes an email address and the IP address, and sends a link to confirm.</source>
        <translation>Microsoft 365 (der E-Mail-Dienst der Firma des Empfängers) hat die sendende IP-Adresse der Jobbörse gesperrt. Beantragen Sie die Entfernung im Delist-Portal von Microsoft: Es fragt nach einer E-Mail-Adresse und der IP-Adresse und sendet einen Link zur Bestätigung.</translation>
    </message>
    <message>
        <source>Microsoft 365 has banned the board as a sender. Forward the whole bounce with the IP address to delist@messaging.microsoft.com to ask for removal.</source>
        <translation>Microsoft 365 hat die Jobbörse als Absender gesperrt. Leiten Sie den ganzen Bounce mit der IP-Adresse an delist@messaging.microsoft.com weiter, um die Entfernung zu beantragen.</translation>
    </message>
    <message>
        <source>The recipient&apos;s company put the board&apos;s IP address on its own block list in Microsoft 365. Microsoft cannot remove it: ask the recipient&apos;s IT department.</source>
        <translation>Die Firma des Empfängers hat die IP-Adresse der Jobbörse in Microsoft 365 auf ihre eigene Blockliste gesetzt. Microsoft kann sie dort nicht entfernen: Wenden Sie sich an die IT-Abteilung des Empfängers.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the message because the board&apos;s domain failed DMARC and its DMARC policy says to reject such mail. Make SPF or DKIM pass for the From: domain.</source>
        <translation>Microsoft 365 hat die Nachricht abgelehnt, weil die Domain der Jobbörse DMARC nicht bestanden hat und ihre DMARC-Richtlinie verlangt, solche E-Mails abzulehnen. Sorgen Sie dafür, dass SPF oder DKIM für die From-Domain besteht.</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail sent over IPv6 from an address without a reverse DNS name. Give the IPv6 address a PTR record, or send over IPv4.</source>
        <translation>Microsoft 365 lehnt E-Mails ab, die über IPv6 von einer Adresse ohne Reverse-DNS-Namen gesendet werden. Geben Sie der IPv6-Adresse einen PTR-Eintrag oder senden Sie über IPv4.</translation>
    </message>
    <message>
        <source>Microsoft 365 does not accept mail from the board&apos;s IP address at all (5.7.700 to 5.7.749): its traffic was judged suspicious. This needs Microsoft support; check first that nothing on the server sends spam.</source>
        <translation>Microsoft 365 nimmt von der IP-Adresse der Jobbörse überhaupt keine E-Mails an (5.7.700 bis 5.7.749): Ihr Datenverkehr wurde als verdächtig eingestuft. Dafür ist der Microsoft-Support nötig; prüfen Sie zuerst, dass auf dem Server nichts Spam versendet.</translation>
    </message>
    <message>
        <source>Gmail refused the message because the board&apos;s domain failed DMARC: neither SPF nor DKIM passed for the From: domain, and its DMARC policy says to reject. Make SPF or DKIM pass and align with the From: domain.</source>
        <translation>Gmail hat die Nachricht abgelehnt, weil die Domain der Jobbörse DMARC nicht bestanden hat: Weder SPF noch DKIM hat für die From-Domain bestanden, und ihre DMARC-Richtlinie verlangt die Ablehnung. Sorgen Sie dafür, dass SPF oder DKIM besteht und zur From-Domain passt.</translation>
    </message>
    <message>
        <source>Gmail refused the message because the board&apos;s SPF record ends in -all and the sending IP address is not in it. Add the server&apos;s address to the SPF record.</source>
        <translation>Gmail hat die Nachricht abgelehnt, weil der SPF-Eintrag der Jobbörse auf -all endet und die sendende IP-Adresse nicht darin steht. Tragen Sie die Adresse des Servers in den SPF-Eintrag ein.</translation>
    </message>
    <message>
        <source>Gmail refused the message because it was not authenticated: neither SPF nor DKIM passed. Publish an SPF record that includes the sending IP address and sign the mail with DKIM.</source>
        <translation>Gmail hat die Nachricht abgelehnt, weil sie nicht authentifiziert war: Weder SPF noch DKIM hat bestanden. Veröffentlichen Sie einen SPF-Eintrag, der die sendende IP-Adresse enthält, und signieren Sie die E-Mails mit DKIM.</translation>
    </message>
    <message>
        <source>Gmail slowed down or refused the board&apos;s mail under its rules for bulk senders (more than 5,000 messages a day): SPF, DKIM or DMARC is missing, or the From: domain is not aligned. The code names which.</source>
        <translation>Gmail hat die E-Mails der Jobbörse nach seinen Regeln für Massenversender (mehr als 5.000 Nachrichten pro Tag) gebremst oder abgelehnt: SPF, DKIM oder DMARC fehlt, oder die From-Domain passt nicht. Der Code nennt, was davon zutrifft.</translation>
    </message>
    <message>
        <source>Gmail refuses mail from an IP address without a reverse DNS (PTR) name, or whose name does not point back to it. Ask the hosting provider for a PTR record matching the server&apos;s name.</source>
        <translation>Gmail lehnt E-Mails von einer IP-Adresse ab, die keinen Reverse-DNS-Namen (PTR) hat oder deren Name nicht auf sie zurückzeigt. Bitten Sie den Hosting-Anbieter um einen PTR-Eintrag, der zum Namen des Servers passt.</translation>
    </message>
    <message>
        <source>Gmail saw a sudden rise of unwanted mail from the board&apos;s IP address (a jump in volume, or many recipients marking it as spam) and slowed it down or blocked it. Send less, only to people who asked for it, and check the spam rate in Postmaster Tools.</source>
        <translation>Gmail hat einen plötzlichen Anstieg unerwünschter E-Mails von der IP-Adresse der Jobbörse festgestellt (einen Sprung in der Menge oder viele Empfänger, die sie als Spam markieren) und sie gebremst oder blockiert. Senden Sie weniger und nur an Personen, die die E-Mails angefordert haben, und prüfen Sie die Spamrate in den Postmaster Tools.</translation>
    </message>
    <message>
        <source>Gmail judged this message to be unwanted mail and refused it. Look at its content and links, and make sure recipients asked for it.</source>
        <translation>Gmail hat diese Nachricht als unerwünscht eingestuft und abgelehnt. Prüfen Sie ihren Inhalt und ihre Links, und stellen Sie sicher, dass die Empfänger sie angefordert haben.</translation>
    </message>
    <message>
        <source>Gmail finds the reputation of the board&apos;s IP address or domain very low and refused or slowed its mail. There is no removal: improve what recipients get, and check Postmaster Tools.</source>
        <translation>Gmail hält die Reputation der IP-Adresse oder der Domain der Jobbörse für sehr schlecht und hat ihre E-Mails abgelehnt oder gebremst. Eine Entfernung auf Antrag gibt es nicht: Verbessern Sie, was die Empfänger erhalten, und prüfen Sie die Postmaster Tools.</translation>
    </message>
    <message>
        <source>Gmail blocked this message because of its content or an attachment it considers unsafe. Change the message, not the recipient.</source>
        <translation>Gmail hat diese Nachricht wegen ihres Inhalts oder eines Anhangs blockiert, den Gmail für unsicher hält. Ändern Sie die Nachricht, nicht den Empfänger.</translation>
    </message>
    <message>
        <source>The recipient&apos;s company uses Google Workspace and accepts mail only from servers on its allowlist. Only the recipient&apos;s administrator can change this.</source>
        <translation>Die Firma des Empfängers nutzt Google Workspace und nimmt E-Mails nur von Servern auf ihrer Allowlist an. Das kann nur der Administrator des Empfängers ändern.</translation>
    </message>
    <message>
        <source>This one Gmail user receives more mail than Gmail lets through right now. It is not about the board: send again later.</source>
        <translation>Dieser eine Gmail-Nutzer erhält gerade mehr E-Mails, als Gmail durchlässt. Es liegt nicht an der Jobbörse: Senden Sie später erneut.</translation>
    </message>
    <message>
        <source>Yahoo is holding back mail from the board&apos;s IP address because of unexpected volume or user complaints (also used for domains with weak authentication). The mail is retried; send less, check SPF, DKIM and DMARC, and remove addresses that complain.</source>
        <translation>Yahoo hält E-Mails von der IP-Adresse der Jobbörse zurück, wegen unerwarteter Menge oder Beschwerden von Nutzern (auch bei Domains mit schwacher Authentifizierung). Die E-Mails werden erneut versucht; senden Sie weniger, prüfen Sie SPF, DKIM und DMARC, und entfernen Sie Adressen, die sich beschweren.</translation>
    </message>
    <message>
        <source>Yahoo has permanently blocked mail from the board&apos;s IP address; retrying will not help. Fix the cause, then ask Yahoo through its Sender Hub.</source>
        <translation>Yahoo hat E-Mails von der IP-Adresse der Jobbörse dauerhaft blockiert; erneute Versuche helfen nicht. Beheben Sie die Ursache und wenden Sie sich dann über den Sender Hub an Yahoo.</translation>
    </message>
    <message>
        <source>Yahoo refused this message for policy reasons, usually its content or links. Check the message and the links in it.</source>
        <translation>Yahoo hat diese Nachricht aus Richtliniengründen abgelehnt, meist wegen ihres Inhalts oder ihrer Links. Prüfen Sie die Nachricht und die Links darin.</translation>
    </message>
    <message>
        <source>Yahoo refused this message for policy reasons: its content, links or authentication. Check SPF, DKIM and DMARC and the links in the message.</source>
        <translation>Yahoo hat diese Nachricht aus Richtliniengründen abgelehnt: wegen ihres Inhalts, ihrer Links oder der Authentifizierung. Prüfen Sie SPF, DKIM und DMARC sowie die Links in der Nachricht.</translation>
    </message>
    <message>
        <source>Yahoo refused the message because it was not authenticated: neither SPF nor DKIM passed. Publish SPF and sign with DKIM.</source>
        <translation>Yahoo hat die Nachricht abgelehnt, weil sie nicht authentifiziert war: Weder SPF noch DKIM hat bestanden. Veröffentlichen Sie einen SPF-Eintrag und signieren Sie mit DKIM.</translation>
    </message>
    <message>
        <source>Yahoo refuses connections from the board&apos;s IP address because Spamhaus lists it. Ask Spamhaus to remove the address; Yahoo follows.</source>
        <translation>Yahoo lehnt Verbindungen von der IP-Adresse der Jobbörse ab, weil Spamhaus sie listet. Bitten Sie Spamhaus, die Adresse zu entfernen; Yahoo folgt dann.</translation>
    </message>
    <message>
        <source>Yahoo is holding back the mail because the domain in the board&apos;s envelope sender (MAIL FROM) does not resolve in DNS. Give that domain DNS records.</source>
        <translation>Yahoo hält die E-Mails zurück, weil die Domain im Envelope-Absender der Jobbörse (MAIL FROM) im DNS nicht auflösbar ist. Geben Sie dieser Domain DNS-Einträge.</translation>
    </message>
    <message>
        <source>GMX (and WEB.DE, mail.com) refuses connections from the board&apos;s IP address because it is on a block list GMX uses. The case page linked in the bounce says which list and how to be removed.</source>
        <translation>GMX (sowie WEB.DE und mail.com) lehnt Verbindungen von der IP-Adresse der Jobbörse ab, weil sie auf einer Blockliste steht, die GMX nutzt. Die im Bounce verlinkte Seite zum Fall nennt die Liste und sagt, wie die Adresse dort entfernt wird.</translation>
    </message>
    <message>
        <source>GMX (and WEB.DE, mail.com) refuses the board&apos;s server because its IP address has no valid reverse DNS (PTR) name. Ask the hosting provider for one that matches the server&apos;s HELO name.</source>
        <translation>GMX (sowie WEB.DE und mail.com) lehnt den Server der Jobbörse ab, weil seine IP-Adresse keinen gültigen Reverse-DNS-Namen (PTR) hat. Bitten Sie den Hosting-Anbieter um einen, der zum HELO-Namen des Servers passt.</translation>
    </message>
    <message>
        <source>GMX (and WEB.DE, mail.com) refused the mail under its policy; the case page linked in the bounce says why. Use the GMX contact form if the cause is fixed.</source>
        <translation>GMX (sowie WEB.DE und mail.com) hat die E-Mails nach seiner Richtlinie abgelehnt; die im Bounce verlinkte Seite zum Fall nennt den Grund. Nutzen Sie das Kontaktformular von GMX, wenn die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>GMX (and WEB.DE, mail.com) refused the mail because the sending server is not in the SPF record of the sender&apos;s domain. Add the server to the SPF record.</source>
        <translation>GMX (sowie WEB.DE und mail.com) hat die E-Mails abgelehnt, weil der sendende Server nicht im SPF-Eintrag der Absenderdomain steht. Tragen Sie den Server in den SPF-Eintrag ein.</translation>
    </message>
    <message>
        <source>T-Online refuses connections from the board&apos;s IP address: it is on T-Online&apos;s own block list. Write to the address in the bounce with the IP address, the server&apos;s name and your imprint (Impressum) page.</source>
        <translation>T-Online lehnt Verbindungen von der IP-Adresse der Jobbörse ab: Sie steht auf der eigenen Blockliste von T-Online. Schreiben Sie an die im Bounce genannte Adresse und geben Sie die IP-Adresse, den Namen des Servers und die Seite mit Ihrem Impressum an.</translation>
    </message>
    <message>
        <source>T-Online does not know the board&apos;s IP address, or its reputation is poor; since 2020 it blocks unknown and long-silent addresses until they ask. Write to the address in the bounce with the IP address, the server&apos;s name and your imprint (Impressum) page.</source>
        <translation>T-Online kennt die IP-Adresse der Jobbörse nicht, oder ihre Reputation ist schlecht; seit 2020 blockiert T-Online unbekannte und lange inaktive Adressen, bis sich der Absender meldet. Schreiben Sie an die im Bounce genannte Adresse und geben Sie die IP-Adresse, den Namen des Servers und die Seite mit Ihrem Impressum an.</translation>
    </message>
    <message>
        <source>T-Online takes the board&apos;s IP address for a dial-up or home connection, often because no imprint was found for it. Send through a proper mail server, or write to the address in the bounce.</source>
        <translation>T-Online hält die IP-Adresse der Jobbörse für einen Einwahl- oder Privatanschluss, oft weil kein Impressum dazu gefunden wurde. Senden Sie über einen richtigen Mailserver oder schreiben Sie an die im Bounce genannte Adresse.</translation>
    </message>
    <message>
        <source>T-Online classified this message as spam or a virus and refused it. If that is wrong, report the error codes in the bounce to the address it names.</source>
        <translation>T-Online hat diese Nachricht als Spam oder Virus eingestuft und abgelehnt. Falls das falsch ist, melden Sie die Fehlercodes aus dem Bounce an die dort genannte Adresse.</translation>
    </message>
    <message>
        <source>Comcast refuses mail from the board&apos;s IP address because Spamhaus ZEN lists it. Ask Spamhaus to remove the address; Comcast follows.</source>
        <translation>Comcast lehnt E-Mails von der IP-Adresse der Jobbörse ab, weil Spamhaus ZEN sie listet. Bitten Sie Spamhaus, die Adresse zu entfernen; Comcast folgt dann.</translation>
    </message>
    <message>
        <source>Comcast refuses mail from the board&apos;s IP address because a public block list has it. The code says which: BL000010 Cloudmark CSI (reset at https://csi.cloudmark.com/en/reset), BL000100 the Sender Score blocklist; the other codes are combinations. Ask that list, not Comcast.</source>
        <translation>Comcast lehnt E-Mails von der IP-Adresse der Jobbörse ab, weil eine öffentliche Blockliste sie führt. Der Code nennt, welche: BL000010 Cloudmark CSI (Zurücksetzen unter https://csi.cloudmark.com/en/reset), BL000100 die Sender-Score-Blockliste; die anderen Codes sind Kombinationen. Wenden Sie sich an diese Liste, nicht an Comcast.</translation>
    </message>
    <message>
        <source>Comcast blocked the board&apos;s IP address because it sent mail in patterns typical of spam. Fix the cause, then send Comcast a block removal request.</source>
        <translation>Comcast hat die IP-Adresse der Jobbörse blockiert, weil sie E-Mails in spamtypischen Mustern gesendet hat. Beheben Sie die Ursache und senden Sie Comcast dann einen Antrag auf Aufhebung der Sperre.</translation>
    </message>
    <message>
        <source>Comcast is throttling mail from the board&apos;s server: too much at once. The mail is retried; send more slowly with fewer connections.</source>
        <translation>Comcast drosselt E-Mails vom Server der Jobbörse: zu viel auf einmal. Die E-Mails werden erneut versucht; senden Sie langsamer und mit weniger Verbindungen.</translation>
    </message>
    <message>
        <source>Comcast refuses mail from servers without a valid reverse DNS (PTR) name. Ask the hosting provider for a PTR record matching the server&apos;s name.</source>
        <translation>Comcast lehnt E-Mails von Servern ohne gültigen Reverse-DNS-Namen (PTR) ab. Bitten Sie den Hosting-Anbieter um einen PTR-Eintrag, der zum Namen des Servers passt.</translation>
    </message>
    <message>
        <source>Comcast refused the message because the board&apos;s domain failed DMARC. Make SPF or DKIM pass for the From: domain.</source>
        <translation>Comcast hat die Nachricht abgelehnt, weil die Domain der Jobbörse DMARC nicht bestanden hat. Sorgen Sie dafür, dass SPF oder DKIM für die From-Domain besteht.</translation>
    </message>
    <message>
        <source>iCloud Mail refused the message under Apple&apos;s local policy (codes such as CS01, CS02, HM07, HM08): its filters distrust the sender or the content. Check authentication and content, then write to Apple&apos;s postmaster team with the details.</source>
        <translation>iCloud Mail hat die Nachricht nach der lokalen Richtlinie von Apple abgelehnt (Codes wie CS01, CS02, HM07, HM08): Die Filter misstrauen dem Absender oder dem Inhalt. Prüfen Sie Authentifizierung und Inhalt, und schreiben Sie dann mit den Details an das Postmaster-Team von Apple.</translation>
    </message>
    <message>
        <source>iCloud Mail refused the message because both SPF and DKIM failed. Publish an SPF record for the sending server and sign the mail with DKIM.</source>
        <translation>iCloud Mail hat die Nachricht abgelehnt, weil sowohl SPF als auch DKIM fehlgeschlagen sind. Veröffentlichen Sie einen SPF-Eintrag für den sendenden Server und signieren Sie die E-Mails mit DKIM.</translation>
    </message>
    <message>
        <source>iCloud Mail refused the message because the board&apos;s domain failed DMARC and its policy says to reject. Make SPF or DKIM pass for the From: domain.</source>
        <translation>iCloud Mail hat die Nachricht abgelehnt, weil die Domain der Jobbörse DMARC nicht bestanden hat und ihre Richtlinie die Ablehnung verlangt. Sorgen Sie dafür, dass SPF oder DKIM für die From-Domain besteht.</translation>
    </message>
    <message>
        <source>iCloud Mail refuses the board&apos;s IP address because Proofpoint, which filters Apple&apos;s mail, lists it. Look the address up and ask for removal at the Proofpoint page linked in the bounce.</source>
        <translation>iCloud Mail lehnt die IP-Adresse der Jobbörse ab, weil Proofpoint, das die E-Mails von Apple filtert, sie listet. Suchen Sie die Adresse auf der im Bounce verlinkten Proofpoint-Seite und beantragen Sie dort die Entfernung.</translation>
    </message>
    <message>
        <source>iCloud Mail refused the board&apos;s IP address because Spamhaus lists it. Ask Spamhaus to remove the address; Apple follows.</source>
        <translation>iCloud Mail hat die IP-Adresse der Jobbörse abgelehnt, weil Spamhaus sie listet. Bitten Sie Spamhaus, die Adresse zu entfernen; Apple folgt dann.</translation>
    </message>
    <message>
        <source>iCloud Mail refused the message because it contains a domain that the Spamhaus Domain Block List has. Find the listed domain in the message&apos;s links, fix what got it listed, and ask Spamhaus.</source>
        <translation>iCloud Mail hat die Nachricht abgelehnt, weil sie eine Domain enthält, die auf der Spamhaus Domain Block List steht. Suchen Sie die gelistete Domain in den Links der Nachricht, beheben Sie den Grund der Listung und wenden Sie sich an Spamhaus.</translation>
    </message>
    <message>
        <source>iCloud Mail is delaying mail to this recipient because too much arrives for it. It is usually temporary; send more slowly.</source>
        <translation>iCloud Mail verzögert E-Mails an diesen Empfänger, weil zu viele für ihn eingehen. Das ist meist vorübergehend; senden Sie langsamer.</translation>
    </message>
    <message>
        <source>Cox blocked the board&apos;s IP address for spam-like behaviour (CXBL), or for up to 24 hours (CDRBL). Fix the cause; for CXBL write to Cox to ask for the block to be lifted.</source>
        <translation>Cox hat die IP-Adresse der Jobbörse wegen spamähnlichen Verhaltens blockiert (CXBL) oder für bis zu 24 Stunden (CDRBL). Beheben Sie die Ursache; bei CXBL schreiben Sie an Cox und bitten um Aufhebung der Sperre.</translation>
    </message>
    <message>
        <source>The receiving server refused the board&apos;s IP address because Spamhaus lists it. Look the address up at Spamhaus and follow its removal steps.</source>
        <translation>Der Empfangsserver hat die IP-Adresse der Jobbörse abgelehnt, weil Spamhaus sie listet. Suchen Sie die Adresse bei Spamhaus und folgen Sie den dortigen Schritten zur Entfernung.</translation>
    </message>
    <message>
        <source>The receiving server checked a public DNS blocklist and found the board&apos;s sending IP address on it. Ask that list to remove the address; the receiver follows the list.</source>
        <translation>Der Empfangsserver hat eine öffentliche DNS-Blockliste abgefragt und die sendende IP-Adresse der Jobbörse darauf gefunden. Bitten Sie diese Liste, die Adresse zu entfernen; der Empfänger richtet sich nach der Liste.</translation>
    </message>
    <message>
        <source>The receiving server says the board&apos;s IP address is on a block list, without naming a public one. Check the address on the public lists; if none has it, the list is the receiver&apos;s own.</source>
        <translation>Der Empfangsserver meldet, dass die IP-Adresse der Jobbörse auf einer Blockliste steht, ohne eine öffentliche zu nennen. Prüfen Sie die Adresse auf den öffentlichen Listen; steht sie auf keiner, ist es die eigene Liste des Empfängers.</translation>
    </message>
    <message>
        <source>The receiving server refused the mail because SPF, DKIM or DMARC failed for the board&apos;s domain. Check those records for the sending domain.</source>
        <translation>Der Empfangsserver hat die E-Mails abgelehnt, weil SPF, DKIM oder DMARC für die Domain der Jobbörse fehlgeschlagen ist. Prüfen Sie diese Einträge für die Sendedomain.</translation>
    </message>
    <message>
        <source>The receiving server refused the board&apos;s server because its IP address has no valid reverse DNS (PTR) name. Ask the hosting provider for one that matches the server&apos;s name.</source>
        <translation>Der Empfangsserver hat den Server der Jobbörse abgelehnt, weil seine IP-Adresse keinen gültigen Reverse-DNS-Namen (PTR) hat. Bitten Sie den Hosting-Anbieter um einen, der zum Namen des Servers passt.</translation>
    </message>
    <message>
        <source>The receiving server is limiting how fast or how much the board&apos;s server may send. Send more slowly and with fewer connections; the mail is retried.</source>
        <translation>Der Empfangsserver begrenzt, wie schnell oder wie viel der Server der Jobbörse senden darf. Senden Sie langsamer und mit weniger Verbindungen; die E-Mails werden erneut versucht.</translation>
    </message>
    <message>
        <source>The receiving server&apos;s filter judged this message to be spam. Look at its content and links, and make sure recipients asked for it.</source>
        <translation>Der Filter des Empfangsservers hat diese Nachricht als Spam eingestuft. Prüfen Sie ihren Inhalt und ihre Links, und stellen Sie sicher, dass die Empfänger sie angefordert haben.</translation>
    </message>
    <message>
        <source>The receiving server refused the board&apos;s mail because of the reputation of its IP address or domain.</source>
        <translation>Der Empfangsserver hat die E-Mails der Jobbörse wegen der Reputation ihrer IP-Adresse oder Domain abgelehnt.</translation>
    </message>
    <message>
        <source>The receiving server refused the board&apos;s mail under its local policy, without saying more. Ask the recipient&apos;s postmaster if it keeps happening.</source>
        <translation>Der Empfangsserver hat die E-Mails der Jobbörse nach seiner lokalen Richtlinie abgelehnt, ohne Näheres zu sagen. Fragen Sie beim Postmaster des Empfängers nach, wenn es weiterhin passiert.</translation>
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
    <name>BoardConnectionDialog</name>
    <message>
        <source>Board Database</source>
        <translation>Datenbank der Jobbörse</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>MariaDB or MySQL</source>
        <translation>MariaDB oder MySQL</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>ODBC (data source name or connection string)</source>
        <translation>ODBC (Name der Datenquelle oder Verbindungszeichenfolge)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain</source>
        <translation>wird im Schlüsselbund dieses Computers gespeichert</translation>
    </message>
    <message>
        <source>Off (only on a trusted network)</source>
        <translation>Aus (nur in einem vertrauenswürdigen Netzwerk)</translation>
    </message>
    <message>
        <source>Required, certificate not checked</source>
        <translation>Erforderlich, Zertifikat wird nicht geprüft</translation>
    </message>
    <message>
        <source>Required, certificate checked</source>
        <translation>Erforderlich, Zertifikat wird geprüft</translation>
    </message>
    <message>
        <source>optional: the CA certificate file</source>
        <translation>optional: die Datei des CA-Zertifikats</translation>
    </message>
    <message>
        <source>&amp;Read-only: Mailroom reads users and never writes</source>
        <translation>Schr&amp;eibgeschützt: Mailroom liest Benutzer und schreibt nie</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Mailroom&apos;s demo board</source>
        <translation>Demo-Jobbörse von Mailroom</translation>
    </message>
    <message>
        <source>WordPress with WP Job Manager</source>
        <translation>WordPress mit WP Job Manager</translation>
    </message>
    <message>
        <source>SmartJobBoard</source>
        <translation>SmartJobBoard</translation>
    </message>
    <message>
        <source>My own mapping</source>
        <translation>Eigene Zuordnung</translation>
    </message>
    <message>
        <source>Mailroom&apos;s field</source>
        <translation>Feld in Mailroom</translation>
    </message>
    <message>
        <source>Column, or (SQL expression) to read</source>
        <translation>Zu lesende Spalte oder (SQL-Ausdruck)</translation>
    </message>
    <message>
        <source>&amp;Propose from the Database</source>
        <translation>Aus der Datenbank &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Schema profile</source>
        <translation>Schemaprofil</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>Sche&amp;ma:</translation>
    </message>
    <message>
        <source>Users&apos; t&amp;able:</source>
        <translation>Benutzertabe&amp;lle:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindun&amp;g testen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The Board&apos;s SQLite File</source>
        <translation>SQLite-Datei der Jobbörse</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Reading the database&apos;s tables…</source>
        <translation>Tabellen der Datenbank werden gelesen…</translation>
    </message>
    <message>
        <source>Checking before saving…</source>
        <translation>Prüfung vor dem Speichern…</translation>
    </message>
    <message>
        <source>Proposed from the table %1: check each field, then test.</source>
        <translation>Aus der Tabelle %1 vorgeschlagen: Prüfen Sie jedes Feld und testen Sie dann.</translation>
    </message>
    <message>
        <source>Columns of %1: %2</source>
        <translation>Spalten von %1: %2</translation>
    </message>
    <message>
        <source>The password could not be kept in this computer&apos;s keychain, so nothing was saved: %1</source>
        <translation>Das Passwort ließ sich nicht im Schlüsselbund dieses Computers ablegen, daher wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>For MariaDB and MySQL, choose the CA file that signed the server&apos;s certificate: Mailroom checks the certificate and the host name in it against that file.</source>
        <translation>Wählen Sie bei MariaDB und MySQL die CA-Datei, die das Zertifikat des Servers signiert hat: Mailroom prüft das Zertifikat und den Hostnamen darin anhand dieser Datei.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>For&amp;get Profile</source>
        <translation>Pro&amp;fil vergessen</translation>
    </message>
    <message>
        <source>Sav&amp;ed profile:</source>
        <translation>Gespeichertes Pr&amp;ofil:</translation>
    </message>
    <message>
        <source>On this computer, in Mailroom&apos;s own store</source>
        <translation>Auf diesem Computer, in Mailrooms eigenem Speicher</translation>
    </message>
    <message>
        <source>In the board database, in a table Mailroom adds (%1)</source>
        <translation>In der Datenbank der Jobbörse, in einer Tabelle, die Mailroom anlegt (%1)</translation>
    </message>
    <message>
        <source>Where Mailroom keeps which users it marked &quot;email bounced&quot;. In the board database every computer working on the board sees the marks.</source>
        <translation>Wo Mailroom festhält, welche Benutzer es als „E-Mail-Bounce“ markiert hat. In der Datenbank der Jobbörse sieht jeder Computer, der mit der Jobbörse arbeitet, die Markierungen.</translation>
    </message>
    <message>
        <source>&quot;E-&amp;mail bounced&quot; marks:</source>
        <translation>Bounce-Mar&amp;kierungen:</translation>
    </message>
    <message>
        <source>new board</source>
        <translation>neue Jobbörse</translation>
    </message>
    <message>
        <source>The profile %1 is forgotten, with its password.</source>
        <translation>Das Profil %1 ist vergessen, samt seinem Passwort.</translation>
    </message>
    <message>
        <source>Add a Table to the Board Database?</source>
        <translation>Eine Tabelle zur Datenbank der Jobbörse hinzufügen?</translation>
    </message>
    <message>
        <source>Mailroom will add one table, %1, to the board&apos;s database when you save, and keep the &quot;email bounced&quot; marks there, so every computer working on this board sees them. No table of the board changes.

Add the table?</source>
        <translation>Mailroom legt beim Speichern eine Tabelle, %1, in der Datenbank der Jobbörse an und hält dort die Markierungen „E-Mail-Bounce“ fest, sodass jeder Computer, der mit dieser Jobbörse arbeitet, sie sieht. Keine Tabelle der Jobbörse ändert sich.

Tabelle anlegen?</translation>
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
    <name>BoardWorker</name>
    <message>
        <source>No board database is open.</source>
        <translation>Es ist keine Datenbank der Jobbörse geöffnet.</translation>
    </message>
    <message>
        <source>No table of this database has an e-mail column.</source>
        <translation>Keine Tabelle dieser Datenbank hat eine E-Mail-Spalte.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The schema profile %1 fits; the board has %n user(s).</source>
        <translation>
            <numerusform>Verbunden. Das Schemaprofil %1 passt; die Jobbörse hat %n Benutzer.</numerusform>
            <numerusform>Verbunden. Das Schemaprofil %1 passt; die Jobbörse hat %n Benutzer.</numerusform>
        </translation>
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
    <message>
        <source>%1 (%2): %3 messages, %4 events, %5 messages that are no bounce notice</source>
        <translation>%1 (%2): %3 Nachrichten, %4 Ereignisse, %5 Nachrichten, die keine Bounce-Meldung sind</translation>
    </message>
    <message numerus="yes">
        <source>Read %n source(s): %1 log lines, %2 messages.</source>
        <translation>
            <numerusform>%n Quelle gelesen: %1 Protokollzeilen, %2 Nachrichten.</numerusform>
            <numerusform>%n Quellen gelesen: %1 Protokollzeilen, %2 Nachrichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching new mail and reading %n source(s)…</source>
        <translation>
            <numerusform>Neue E-Mails werden abgerufen und %n Quelle wird gelesen…</numerusform>
            <numerusform>Neue E-Mails werden abgerufen und %n Quellen werden gelesen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>This installation has no Qt SQL driver for %1 (%2). On Debian and Ubuntu install %3; on Windows choose ODBC with the database&apos;s ODBC driver.</source>
        <translation>Diese Installation hat keinen Qt-SQL-Treiber für %1 (%2). Installieren Sie unter Debian und Ubuntu %3; wählen Sie unter Windows ODBC mit dem ODBC-Treiber der Datenbank.</translation>
    </message>
    <message>
        <source>The board database %1 does not exist.</source>
        <translation>Die Datenbank der Jobbörse %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot connect to the board database %1: %2</source>
        <translation>Keine Verbindung zur Datenbank der Jobbörse %1: %2</translation>
    </message>
    <message>
        <source>The connection profile needs a name and a kind (sqlite, mariadb, postgresql or odbc).</source>
        <translation>Das Verbindungsprofil braucht einen Namen und eine Art (sqlite, mariadb, postgresql oder odbc).</translation>
    </message>
    <message>
        <source>There is no built-in schema profile &quot;%1&quot;.</source>
        <translation>Es gibt kein eingebautes Schemaprofil „%1“.</translation>
    </message>
    <message>
        <source>The connection profile %1 names no database.</source>
        <translation>Das Verbindungsprofil %1 nennt keine Datenbank.</translation>
    </message>
    <message>
        <source>Checking the certificate of a MariaDB or MySQL server needs the CA certificate file: choose it, or choose &quot;Required&quot;.</source>
        <translation>Um das Zertifikat eines MariaDB- oder MySQL-Servers zu prüfen, braucht Mailroom die CA-Zertifikatsdatei: Wählen Sie sie aus, oder wählen Sie „Erforderlich“.</translation>
    </message>
    <message>
        <source>The board database %1 did not encrypt the connection, though TLS is required. Turn on TLS on the server, or set TLS to Off on a trusted network.</source>
        <translation>Die Datenbank der Jobbörse %1 hat die Verbindung nicht verschlüsselt, obwohl TLS erforderlich ist. Schalten Sie TLS auf dem Server ein, oder stellen Sie TLS in einem vertrauenswürdigen Netz auf Aus.</translation>
    </message>
    <message>
        <source>flag_store must be &quot;local&quot; or &quot;board_table&quot;, not &quot;%1&quot;.</source>
        <translation>flag_store muss „local“ oder „board_table“ sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 muss einer der Werte %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1 must be a date like 2025-01-31, not &quot;%2&quot;.</source>
        <translation>%1 muss ein Datum wie 2025-01-31 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot;; the fields are: %2.</source>
        <translation>Es gibt kein Feld „%1“; die Felder sind: %2.</translation>
    </message>
    <message>
        <source>An export needs at least one column.</source>
        <translation>Ein Export braucht mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>not matching the criteria</source>
        <translation>passen nicht zu den Kriterien</translation>
    </message>
    <message>
        <source>hard-bounced or marked &quot;email bounced&quot;</source>
        <translation>mit hartem Bounce oder als „E-Mail unzustellbar“ markiert</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>not opted in</source>
        <translation>nicht eingewilligt</translation>
    </message>
    <message>
        <source>duplicate address</source>
        <translation>doppelte Adresse</translation>
    </message>
    <message>
        <source>invalid or missing address</source>
        <translation>ungültige oder fehlende Adresse</translation>
    </message>
    <message>
        <source>refused by the chosen mailing service</source>
        <translation>vom gewählten Versanddienst abgelehnt</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was left as it was.</source>
        <translation>Der Export wurde abgebrochen; %1 blieb unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) would be exported.</source>
        <translation>
            <numerusform>%Ln Kontakt würde exportiert.</numerusform>
            <numerusform>%Ln Kontakte würden exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Weggelassen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Windows-1252 cannot hold %1: %Ln value(s) have &apos;?&apos; in their place.</source>
        <translation>
            <numerusform>Windows-1252 kann %1 nicht darstellen: %Ln Wert enthält stattdessen &apos;?&apos;.</numerusform>
            <numerusform>Windows-1252 kann %1 nicht darstellen: %Ln Werte enthalten stattdessen &apos;?&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) were cut to the service&apos;s length limit.</source>
        <translation>
            <numerusform>%Ln Wert wurde auf die Längengrenze des Dienstes gekürzt.</numerusform>
            <numerusform>%Ln Werte wurden auf die Längengrenze des Dienstes gekürzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The board&apos;s profile has no opt-in field: nobody was left out for it.</source>
        <translation>Das Profil der Jobbörse hat kein Einwilligungsfeld: deswegen wurde niemand weggelassen.</translation>
    </message>
    <message>
        <source>The board&apos;s profile has no status field: nobody was left out as archived.</source>
        <translation>Das Profil der Jobbörse hat kein Statusfeld: niemand wurde als archiviert weggelassen.</translation>
    </message>
    <message>
        <source>The board&apos;s profile has no job alert field: nobody has an alert.</source>
        <translation>Das Profil der Jobbörse hat kein Feld für Jobalarme: niemand hat einen Alarm.</translation>
    </message>
    <message>
        <source>The board&apos;s profile has no type field: nobody is a seeker or an employer.</source>
        <translation>Das Profil der Jobbörse hat kein Typfeld: niemand ist stellensuchend oder Arbeitgeber.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file would be larger than %1 takes (%2 MB): choose fewer contacts or fields. %3 was left as it was.</source>
        <translation>Die Datei würde größer, als %1 annimmt (%2 MB): wählen Sie weniger Kontakte oder Felder. %3 blieb unverändert.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. The file was left as it was.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 could not be completed: %2. The file was left as it was.</source>
        <translation>%1 konnte nicht fertiggestellt werden: %2. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>the list of addresses written so far could not be kept on disk: %1</source>
        <translation>die Liste der bisher geschriebenen Adressen konnte nicht auf dem Datenträger gehalten werden: %1</translation>
    </message>
    <message>
        <source>%1 was left as it was: %2</source>
        <translation>%1 blieb unverändert: %2</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>The separator and the quote must be one character each, different from each other and from a line break.</source>
        <translation>Trennzeichen und Anführungszeichen müssen je ein Zeichen sein, verschieden voneinander und von einem Zeilenumbruch.</translation>
    </message>
    <message>
        <source>line_ending must be crlf, lf or cr, not &quot;%1&quot;.</source>
        <translation>line_ending muss crlf, lf oder cr sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>encoding must be utf-8, utf-8-bom or windows-1252, not &quot;%1&quot;.</source>
        <translation>encoding muss utf-8, utf-8-bom oder windows-1252 sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>CsvPresets</name>
    <message>
        <source>Excel on this computer</source>
        <translation>Excel auf diesem Computer</translation>
    </message>
    <message>
        <source>Standard CSV (RFC 4180)</source>
        <translation>Standard-CSV (RFC 4180)</translation>
    </message>
    <message>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <source>Brevo</source>
        <translation>Brevo</translation>
    </message>
    <message>
        <source>MailerLite</source>
        <translation>MailerLite</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Opens in Excel by double-click: this computer&apos;s list separator (&quot;%1&quot;), UTF-8 with a byte order mark so accents show right, Windows line endings.</source>
        <translation>Öffnet sich in Excel per Doppelklick: das Listentrennzeichen dieses Computers („%1“), UTF-8 mit Byte-Order-Mark, damit Umlaute richtig erscheinen, Windows-Zeilenenden.</translation>
    </message>
    <message>
        <source>The standard form most programs read: comma, double quotes, Windows line endings, UTF-8.</source>
        <translation>Die Standardform, die die meisten Programme lesen: Komma, doppelte Anführungszeichen, Windows-Zeilenenden, UTF-8.</translation>
    </message>
    <message>
        <source>Comma-separated UTF-8 with Mailchimp&apos;s column names (Email Address, First Name, Last Name). Text is cut to 255 bytes, and addresses with accents before the @ are left out, as Mailchimp refuses them.</source>
        <translation>Kommagetrenntes UTF-8 mit den Spaltennamen von Mailchimp (Email Address, First Name, Last Name). Text wird auf 255 Byte gekürzt, und Adressen mit Akzenten vor dem @ werden weggelassen, da Mailchimp sie ablehnt.</translation>
    </message>
    <message>
        <source>Semicolon-separated UTF-8 with Brevo&apos;s attribute names (EMAIL, FIRSTNAME, LASTNAME); Brevo takes files up to 250 MB.</source>
        <translation>Semikolongetrenntes UTF-8 mit den Attributnamen von Brevo (EMAIL, FIRSTNAME, LASTNAME); Brevo nimmt Dateien bis 250 MB an.</translation>
    </message>
    <message>
        <source>Comma-separated UTF-8 with MailerLite&apos;s field names (email, name, last_name).</source>
        <translation>Kommagetrenntes UTF-8 mit den Feldnamen von MailerLite (email, name, last_name).</translation>
    </message>
    <message>
        <source>Your own settings.</source>
        <translation>Ihre eigenen Einstellungen.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <source>C&amp;lean-up</source>
        <translation>&amp;Bereinigung</translation>
    </message>
    <message>
        <source>File &amp;format</source>
        <translation>Datei&amp;format</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>&amp;Saved export:</source>
        <translation>Ge&amp;speicherter Export:</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Job seekers</source>
        <translation>&amp;Stellensuchende</translation>
    </message>
    <message>
        <source>E&amp;mployers</source>
        <translation>&amp;Arbeitgeber</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>B&amp;eide</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>Location (none ticked: everywhere; the number is how many users)</source>
        <translation>Ort (nichts angekreuzt: überall; die Zahl ist die Anzahl der Benutzer)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Subscribed (opted in)</source>
        <translation>Abonniert (eingewilligt)</translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation>Nicht abonniert</translation>
    </message>
    <message>
        <source>Has an active job alert</source>
        <translation>Hat einen aktiven Jobalarm</translation>
    </message>
    <message>
        <source>Has no job alert</source>
        <translation>Hat keinen Jobalarm</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation>A&amp;bonnement:</translation>
    </message>
    <message>
        <source>Job &amp;alert:</source>
        <translation>Job&amp;alarm:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registriert:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Letzte Anmeldung:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column header in the file</source>
        <translation>Spaltenkopf in der Datei</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Hinzufügen →</translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation>← &amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>A&amp;vailable fields:</source>
        <translation>&amp;Verfügbare Felder:</translation>
    </message>
    <message>
        <source>C&amp;olumns of the file, in order (double-click a header to rename it):</source>
        <translation>Spa&amp;lten der Datei, in Reihenfolge (Doppelklick auf einen Kopf benennt ihn um):</translation>
    </message>
    <message>
        <source>Leave out &amp;hard-bounced addresses</source>
        <translation>Adressen mit &amp;hartem Bounce weglassen</translation>
    </message>
    <message>
        <source>Addresses that bounced hard in the scanned logs (soft bounces that escalated to hard included) and users marked &quot;email bounced&quot;. Mailing services count bounces against you and may close your account.</source>
        <translation>Adressen mit hartem Bounce in den gelesenen Protokollen (einschließlich weicher Bounces, die zu harten wurden), und Benutzer mit der Markierung „E-Mail unzustellbar“. Versanddienste rechnen Ihnen Bounces an und können Ihr Konto sperren.</translation>
    </message>
    <message>
        <source>Leave out &amp;archived users</source>
        <translation>&amp;Archivierte Benutzer weglassen</translation>
    </message>
    <message>
        <source>Users the board no longer shows. Does not apply when the Contacts tab asks for archived users.</source>
        <translation>Benutzer, die die Jobbörse nicht mehr zeigt. Gilt nicht, wenn die Registerkarte Kontakte archivierte Benutzer verlangt.</translation>
    </message>
    <message>
        <source>Leave out users who did &amp;not opt in</source>
        <translation>Benutzer ohne Ei&amp;nwilligung weglassen</translation>
    </message>
    <message>
        <source>Users whose subscription field says no. Mailing them without consent breaks the GDPR and the services&apos; rules. Does not apply when the Contacts tab asks for users who are not subscribed.</source>
        <translation>Benutzer, deren Abonnementfeld nein sagt. Sie ohne Einwilligung anzuschreiben verstößt gegen die DSGVO und die Regeln der Dienste. Gilt nicht, wenn die Registerkarte Kontakte nicht abonnierte Benutzer verlangt.</translation>
    </message>
    <message>
        <source>Remove &amp;duplicate addresses</source>
        <translation>&amp;Doppelte Adressen entfernen</translation>
    </message>
    <message>
        <source>The same address twice, compared without case (Anna@x and anna@x): the older account keeps it. Services refuse files with duplicates or merge them unpredictably.</source>
        <translation>Dieselbe Adresse zweimal, ohne Groß- und Kleinschreibung verglichen (Anna@x und anna@x): das ältere Konto behält sie. Dienste lehnen Dateien mit Doppelten ab oder führen sie unvorhersehbar zusammen.</translation>
    </message>
    <message>
        <source>Leave out &amp;invalid addresses</source>
        <translation>&amp;Ungültige Adressen weglassen</translation>
    </message>
    <message>
        <source>Values that are not name@domain.example: typos, spaces inside, a missing domain. They can only bounce.</source>
        <translation>Werte, die nicht die Form name@domain.example haben: Tippfehler, Leerzeichen, fehlende Domain. Sie können nur als Bounce zurückkommen.</translation>
    </message>
    <message>
        <source>&amp;Trim spaces around values</source>
        <translation>Leerzeichen um Werte &amp;kürzen</translation>
    </message>
    <message>
        <source>&quot; anna@x.example &quot; becomes &quot;anna@x.example&quot;. Mailchimp and MailerLite reject values with spaces around them.</source>
        <translation>„ anna@x.example “ wird zu „anna@x.example“. Mailchimp und MailerLite lehnen Werte mit umgebenden Leerzeichen ab.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Double quote ( &quot; )</source>
        <translation>Doppeltes Anführungszeichen ( &quot; )</translation>
    </message>
    <message>
        <source>Single quote ( &apos; )</source>
        <translation>Einfaches Anführungszeichen ( &apos; )</translation>
    </message>
    <message>
        <source>Windows (CR LF)</source>
        <translation>Windows (CR LF)</translation>
    </message>
    <message>
        <source>macOS and Linux (LF)</source>
        <translation>macOS und Linux (LF)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark (for Excel)</source>
        <translation>UTF-8 mit Byte-Order-Mark (für Excel)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (westeuropäisch)</translation>
    </message>
    <message>
        <source>First row names the columns</source>
        <translation>Erste Zeile benennt die Spalten</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Protect against formulas</source>
        <translation>Vor Formeln schützen</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Anführungszeichen:</translation>
    </message>
    <message>
        <source>&amp;Line ending:</source>
        <translation>&amp;Zeilenende:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>Zeichen&amp;kodierung:</translation>
    </message>
    <message>
        <source>Empty &amp;values as:</source>
        <translation>Leere &amp;Werte als:</translation>
    </message>
    <message>
        <source>&amp;Dates as:</source>
        <translation>&amp;Datum als:</translation>
    </message>
    <message>
        <source>A spreadsheet runs a cell that starts with =, +, -, @, a tab or a line break as a formula, and a formula can fetch web pages or run programs. With protection such cells get a &apos; in front, so they show as text. Turn it off only for a file no spreadsheet will open.</source>
        <translation>Eine Tabellenkalkulation führt eine Zelle, die mit =, +, -, @, einem Tabulator oder Zeilenumbruch beginnt, als Formel aus, und eine Formel kann Webseiten abrufen oder Programme starten. Mit dem Schutz bekommen solche Zellen ein &apos; vorangestellt und erscheinen als Text. Schalten Sie ihn nur für eine Datei aus, die keine Tabellenkalkulation öffnet.</translation>
    </message>
    <message>
        <source>Old Mac (CR)</source>
        <translation>Alter Mac (CR)</translation>
    </message>
    <message>
        <source>The board&apos;s places could not be read: %1</source>
        <translation>Die Orte der Jobbörse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>You changed some of its settings.</source>
        <translation>Sie haben einige ihrer Einstellungen geändert.</translation>
    </message>
    <message>
        <source>Windows-1252 holds Western European letters only; any other character is written as ?.</source>
        <translation>Windows-1252 enthält nur westeuropäische Buchstaben; jedes andere Zeichen wird als ? geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>In this selection: %1 (in %n value(s)).</source>
        <translation>
            <numerusform>In dieser Auswahl: %1 (in %n Wert).</numerusform>
            <numerusform>In dieser Auswahl: %1 (in %n Werten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one field on the Fields tab.</source>
        <translation>Wählen Sie auf der Registerkarte Felder mindestens ein Feld.</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>Saved Export</source>
        <translation>Gespeicherter Export</translation>
    </message>
    <message>
        <source>The saved export &quot;%1&quot; cannot be used: %2</source>
        <translation>Der gespeicherte Export „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>Name of this export (also for mailroom-cli export --definition):</source>
        <translation>Name dieses Exports (auch für mailroom-cli export --definition):</translation>
    </message>
    <message>
        <source>Delete Saved Export</source>
        <translation>Gespeicherten Export löschen</translation>
    </message>
    <message>
        <source>Delete the saved export &quot;%1&quot;? Scripts that use it with --definition will stop working.</source>
        <translation>Den gespeicherten Export „%1“ löschen? Skripte, die ihn mit --definition verwenden, funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>kontakte</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 of %2 users read</source>
        <translation>%1 von %2 Benutzern gelesen</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export Cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ExportFields</name>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Job alert</source>
        <translation>Jobalarm</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Bounce category</source>
        <translation>Bounce-Kategorie</translation>
    </message>
    <message>
        <source>Last bounce</source>
        <translation>Letzter Bounce</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Ländername</translation>
    </message>
    <message>
        <source>The display name, or else first and last name together.</source>
        <translation>Der Anzeigename, sonst Vor- und Nachname zusammen.</translation>
    </message>
    <message>
        <source>hard, soft or blocked from the scanned logs; &quot;flagged&quot; for a user marked &quot;email bounced&quot;; empty when the address did not bounce.</source>
        <translation>hard, soft oder blocked aus den gelesenen Protokollen; „flagged“ für einen als „E-Mail unzustellbar“ markierten Benutzer; leer, wenn die Adresse nicht zurückkam.</translation>
    </message>
    <message>
        <source>The date of the address&apos;s last failed delivery in the scanned logs.</source>
        <translation>Das Datum der letzten fehlgeschlagenen Zustellung an die Adresse in den gelesenen Protokollen.</translation>
    </message>
    <message>
        <source>The country&apos;s English name from its two-letter code (DE: Germany).</source>
        <translation>Der englische Name des Landes aus seinem Zweibuchstabencode (DE: Germany).</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>No board database is open.</source>
        <translation>Keine Datenbank der Jobbörse ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>FilesText</name>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImapAccount</name>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>%1 is not an IMAP address: it must start with imaps:// (TLS, port 993) or imap:// (STARTTLS, port 143).</source>
        <translation>%1 ist keine IMAP-Adresse: Sie muss mit imaps:// (TLS, Port 993) oder imap:// (STARTTLS, Port 143) beginnen.</translation>
    </message>
    <message>
        <source>The address %1 holds a password: leave it out, Mailroom keeps passwords in the system&apos;s credential store.</source>
        <translation>Die Adresse %1 enthält ein Passwort: Lassen Sie es weg, Mailroom bewahrt Passwörter im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>%1 does not name both the user and the server: write it as %2://user@mail.example/INBOX.</source>
        <translation>%1 nennt nicht sowohl den Benutzer als auch den Server: Schreiben Sie die Adresse als %2://user@mail.example/INBOX.</translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>The server %1 refused %2: %3</source>
        <translation>Der Server %1 hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Mailroom cannot reach %1: this system offers no TLS library (%2).</source>
        <translation>Mailroom kann %1 nicht erreichen: Dieses System bietet keine TLS-Bibliothek (%2).</translation>
    </message>
    <message>
        <source>Mailroom could not connect to the IMAP server %1: %2</source>
        <translation>Mailroom konnte keine Verbindung zum IMAP-Server %1 herstellen: %2</translation>
    </message>
    <message>
        <source>%1 is not an IMAP server, or not one Mailroom understands: it greeted with &quot;%2&quot;.</source>
        <translation>%1 ist kein IMAP-Server oder keiner, den Mailroom versteht: Seine Begrüßung lautete „%2“.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection: %2</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server %1 logged in before the connection was encrypted, so STARTTLS is not possible; use imaps:// (port 993).</source>
        <translation>Der Server %1 hat die Anmeldung vorgenommen, bevor die Verbindung verschlüsselt war, daher ist STARTTLS nicht möglich; verwenden Sie imaps:// (Port 993).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server %1 did not complete the TLS handshake in %2 seconds.</source>
        <translation>Der Server %1 hat den TLS-Handshake nicht innerhalb von %2 Sekunden abgeschlossen.</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that Mailroom does not trust (%2). It is issued to &quot;%3&quot; by &quot;%4&quot;, valid until %5, with the SHA-256 fingerprint %6. Trust this certificate in the account&apos;s settings only if your mail provider confirms that fingerprint.</source>
        <translation>Der Server %1 hat ein Zertifikat vorgelegt, dem Mailroom nicht vertraut (%2). Es wurde für „%3“ von „%4“ ausgestellt, ist gültig bis %5 und hat den SHA-256-Fingerabdruck %6. Vertrauen Sie diesem Zertifikat in den Einstellungen des Kontos nur, wenn Ihr E-Mail-Anbieter diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server %1 does not offer STARTTLS, so the connection cannot be encrypted and Mailroom does not send the password; use imaps:// (port 993) if the server offers it.</source>
        <translation>Der Server %1 bietet kein STARTTLS an, daher kann die Verbindung nicht verschlüsselt werden und Mailroom sendet das Passwort nicht; verwenden Sie imaps:// (Port 993), falls der Server es anbietet.</translation>
    </message>
    <message>
        <source>The server %1 sent data before the encryption started; the connection is closed for safety.</source>
        <translation>Der Server %1 hat Daten gesendet, bevor die Verschlüsselung begann; die Verbindung wird aus Sicherheitsgründen geschlossen.</translation>
    </message>
    <message>
        <source>Mailroom does not send the password to %1 over a connection that is not encrypted.</source>
        <translation>Mailroom sendet das Passwort nicht über eine unverschlüsselte Verbindung an %1.</translation>
    </message>
    <message>
        <source>The server %1 disables LOGIN and does not offer AUTHENTICATE PLAIN, the two ways Mailroom logs in.</source>
        <translation>Der Server %1 sperrt LOGIN und bietet AUTHENTICATE PLAIN nicht an; dies sind die beiden Verfahren, mit denen sich Mailroom anmeldet.</translation>
    </message>
    <message>
        <source>The server %1 refused the login of %2: %3</source>
        <translation>Der Server %1 hat die Anmeldung von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>The server %1 could not open the folder %2: %3</source>
        <translation>Der Server %1 konnte den Ordner %2 nicht öffnen: %3</translation>
    </message>
    <message>
        <source>The server %1 did not give the UIDVALIDITY of the folder %2, so Mailroom cannot tell which messages it has read.</source>
        <translation>Der Server %1 hat die UIDVALIDITY des Ordners %2 nicht angegeben, daher kann Mailroom nicht erkennen, welche Nachrichten es bereits gelesen hat.</translation>
    </message>
    <message>
        <source>The server %1 could not create the folder %2: %3</source>
        <translation>Der Server %1 konnte den Ordner %2 nicht anlegen: %3</translation>
    </message>
    <message>
        <source>The server %1 could not move messages to %2: %3</source>
        <translation>Der Server %1 konnte die Nachrichten nicht nach %2 verschieben: %3</translation>
    </message>
    <message>
        <source>The server %1 cannot remove single messages (it lacks UIDPLUS): the messages copied to %2 stay marked as deleted until your mail program compacts the folder.</source>
        <translation>Der Server %1 kann keine einzelnen Nachrichten entfernen (ihm fehlt UIDPLUS): Die nach %2 kopierten Nachrichten bleiben als gelöscht markiert, bis Ihr E-Mail-Programm den Ordner komprimiert.</translation>
    </message>
    <message>
        <source>The server %1 asked for more than the %2 command holds.</source>
        <translation>Der Server %1 hat mehr Daten angefordert, als der Befehl %2 enthält.</translation>
    </message>
    <message>
        <source>The server %1 answered a command Mailroom did not send (tag %2).</source>
        <translation>Der Server %1 hat auf einen Befehl geantwortet, den Mailroom nicht gesendet hat (Tag %2).</translation>
    </message>
    <message>
        <source>The connection to %1 is closed.</source>
        <translation>Die Verbindung zu %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>The server %1 did not take what Mailroom sent in %2 seconds.</source>
        <translation>Der Server %1 hat die von Mailroom gesendeten Daten nicht innerhalb von %2 Sekunden angenommen.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>The server %1 sent something that is not IMAP: %2</source>
        <translation>Der Server %1 hat etwas gesendet, das kein IMAP ist: %2</translation>
    </message>
    <message>
        <source>The server %1 closed the connection unexpectedly.</source>
        <translation>Der Server %1 hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection: %2</source>
        <translation>Der Server %1 hat die Verbindung geschlossen: %2</translation>
    </message>
    <message>
        <source>The server %1 did not answer in %2 seconds.</source>
        <translation>Der Server %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>%1 Messages are read but not moved.</source>
        <translation>%1 Die Nachrichten werden gelesen, aber nicht verschoben.</translation>
    </message>
    <message>
        <source>%1, UID %2: the message is %3 MB, more than the %4 MB Mailroom reads; it was skipped.</source>
        <translation>%1, UID %2: Die Nachricht ist %3 MB groß, mehr als die %4 MB, die Mailroom liest; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1, UID %2</source>
        <translation>%1, UID %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: reading stopped after %n message(s). %2 The messages read are kept; the next scan goes on from UID %3.</source>
        <translation>
            <numerusform>%1: Das Lesen wurde nach %n Nachricht abgebrochen. %2 Die gelesenen Nachrichten bleiben erhalten; das nächste Einlesen macht ab UID %3 weiter.</numerusform>
            <numerusform>%1: Das Lesen wurde nach %n Nachrichten abgebrochen. %2 Die gelesenen Nachrichten bleiben erhalten; das nächste Einlesen macht ab UID %3 weiter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImapResponseParser</name>
    <message>
        <source>a list or response code is not closed</source>
        <translation>eine Liste oder ein Antwortcode ist nicht geschlossen</translation>
    </message>
    <message>
        <source>lists are nested more than %1 deep</source>
        <translation>Listen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a quoted string is not closed</source>
        <translation>eine Zeichenkette in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a quoted string holds a line break or NUL</source>
        <translation>eine Zeichenkette in Anführungszeichen enthält einen Zeilenumbruch oder NUL</translation>
    </message>
    <message>
        <source>a literal&apos;s size is malformed</source>
        <translation>die Größe eines Literals ist fehlerhaft</translation>
    </message>
    <message>
        <source>a literal of %1 bytes is larger than the %2 bytes Mailroom accepts</source>
        <translation>ein Literal von %1 Bytes ist größer als die %2 Bytes, die Mailroom annimmt</translation>
    </message>
    <message>
        <source>a literal&apos;s size is not at the end of its line</source>
        <translation>die Größe eines Literals steht nicht am Ende seiner Zeile</translation>
    </message>
    <message>
        <source>a literal is cut off</source>
        <translation>ein Literal ist abgeschnitten</translation>
    </message>
    <message>
        <source>a section in brackets is not closed</source>
        <translation>ein Abschnitt in eckigen Klammern ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a control character (code %1) stands where a value was expected</source>
        <translation>ein Steuerzeichen (Code %1) steht an einer Stelle, an der ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>a value was expected at &quot;%1&quot;</source>
        <translation>bei „%1“ wurde ein Wert erwartet</translation>
    </message>
    <message>
        <source>a line of more than %1 bytes has no end</source>
        <translation>eine Zeile von mehr als %1 Bytes hat kein Ende</translation>
    </message>
    <message>
        <source>a literal is larger than the %1 bytes Mailroom accepts</source>
        <translation>ein Literal ist größer als die %1 Bytes, die Mailroom annimmt</translation>
    </message>
    <message>
        <source>a response is larger than the %1 bytes Mailroom accepts</source>
        <translation>eine Antwort ist größer als die %1 Bytes, die Mailroom annimmt</translation>
    </message>
    <message>
        <source>the response is malformed</source>
        <translation>die Antwort ist fehlerhaft</translation>
    </message>
    <message>
        <source>the response does not start with a tag</source>
        <translation>die Antwort beginnt nicht mit einem Tag</translation>
    </message>
    <message>
        <source>the tag is not followed by a space</source>
        <translation>auf das Tag folgt kein Leerzeichen</translation>
    </message>
    <message>
        <source>a message number does not fit 32 bits</source>
        <translation>eine Nachrichtennummer passt nicht in 32 Bit</translation>
    </message>
    <message>
        <source>the response names no status or data</source>
        <translation>die Antwort nennt weder Status noch Daten</translation>
    </message>
    <message>
        <source>a tagged response must say OK, NO or BAD</source>
        <translation>eine Antwort mit Tag muss OK, NO oder BAD lauten</translation>
    </message>
</context>
<context>
    <name>ImapSourceDialog</name>
    <message>
        <source>Open IMAP Mailbox</source>
        <translation>IMAP-Postfach öffnen</translation>
    </message>
    <message>
        <source>Mailroom reads the bounce notices that arrive in a folder of your mailbox. Reading changes nothing: the messages stay where they are, and unread.</source>
        <translation>Mailroom liest die Bounce-Meldungen, die in einem Ordner Ihres Postfachs eingehen. Das Lesen verändert nichts: Die Nachrichten bleiben, wo sie sind, und ungelesen.</translation>
    </message>
    <message>
        <source>TLS (imaps://)</source>
        <translation>TLS (imaps://)</translation>
    </message>
    <message>
        <source>STARTTLS (imap://)</source>
        <translation>STARTTLS (imap://)</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain only</source>
        <translation>wird nur im Schlüsselbund dieses Computers gespeichert</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ord&amp;ner:</translation>
    </message>
    <message>
        <source>After reading</source>
        <translation>Nach dem Lesen</translation>
    </message>
    <message>
        <source>empty: never change the mailbox</source>
        <translation>leer: das Postfach nie verändern</translation>
    </message>
    <message>
        <source>&amp;Move processed bounce notices to folder:</source>
        <translation>Verarbeitete Bounce-Meldungen &amp;verschieben in den Ordner:</translation>
    </message>
    <message>
        <source>Leave this empty and Mailroom never changes the mailbox. With a folder named here, each bounce notice, auto-reply and complaint report Mailroom has read is moved there (the folder is made when missing); other mail stays where it is.</source>
        <translation>Bleibt das Feld leer, verändert Mailroom das Postfach nie. Steht hier ein Ordner, verschiebt Mailroom jede gelesene Bounce-Meldung, automatische Antwort und Beschwerdemeldung dorthin (der Ordner wird angelegt, wenn er fehlt); andere E-Mails bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Add Mailbox</source>
        <translation>Postfach &amp;hinzufügen</translation>
    </message>
    <message>
        <source>leave empty to keep the password saved before</source>
        <translation>leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>Enter the name of the IMAP server, for example imap.example.com.</source>
        <translation>Geben Sie den Namen des IMAP-Servers ein, zum Beispiel imap.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a server name: enter the name alone, for example imap.example.com, without imaps:// or a port.</source>
        <translation>„%1“ ist kein Servername: Geben Sie nur den Namen ein, zum Beispiel imap.example.com, ohne imaps:// und ohne Port.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535; with %1 it is usually %2.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein; bei %1 ist es meist %2.</translation>
    </message>
    <message>
        <source>Enter the user name of the mailbox, often its e-mail address.</source>
        <translation>Geben Sie den Benutzernamen des Postfachs ein; oft ist es seine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Processed notices cannot be moved into the folder they are read from: name another folder, or leave the field empty.</source>
        <translation>Verarbeitete Meldungen können nicht in den Ordner verschoben werden, aus dem sie gelesen werden: Geben Sie einen anderen Ordner an, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Enter the password: none is kept for %1 in this computer&apos;s keychain yet.</source>
        <translation>Geben Sie das Passwort ein: Für %1 ist im Schlüsselbund dieses Computers noch keines gespeichert.</translation>
    </message>
    <message>
        <source>The password for %1 could not be read from this computer&apos;s keychain: %2</source>
        <translation>Das Passwort für %1 ließ sich nicht aus dem Schlüsselbund dieses Computers lesen: %2</translation>
    </message>
    <message>
        <source>Connecting to %1 and logging in…</source>
        <translation>Mailroom verbindet sich mit %1 und meldet sich an…</translation>
    </message>
    <message>
        <source>Test stopped; nothing was changed.</source>
        <translation>Test beendet; nichts wurde verändert.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 and logged in as %2. The folder %3 holds %n message(s). Nothing on the server was changed.</source>
        <translation>
            <numerusform>Verbunden mit %1 und angemeldet als %2. Der Ordner %3 enthält %n Nachricht. Auf dem Server wurde nichts verändert.</numerusform>
            <numerusform>Verbunden mit %1 und angemeldet als %2. Der Ordner %3 enthält %n Nachrichten. Auf dem Server wurde nichts verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Processed notices will be moved to the folder %1.</source>
        <translation>Verarbeitete Meldungen werden in den Ordner %1 verschoben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet: Mailroom makes it when it first moves processed notices there.</source>
        <translation>Den Ordner %1 gibt es noch nicht: Mailroom legt ihn an, wenn es zum ersten Mal verarbeitete Meldungen dorthin verschiebt.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so Mailroom did not log in.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut, daher hat sich Mailroom nicht angemeldet.</translation>
    </message>
    <message>
        <source>The password could not be kept in this computer&apos;s keychain, so the mailbox was not added: %1</source>
        <translation>Das Passwort ließ sich nicht im Schlüsselbund dieses Computers ablegen, daher wurde das Postfach nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Stop &amp;Test</source>
        <extracomment>The Test Connection button while a test runs</extracomment>
        <translation>&amp;Test beenden</translation>
    </message>
    <message>
        <source>TLS encrypts from the first byte; STARTTLS encrypts after the greeting. Either way, Mailroom sends the password only over an encrypted connection.</source>
        <translation>TLS verschlüsselt vom ersten Byte an, STARTTLS erst nach der Begrüßung. In beiden Fällen sendet Mailroom das Passwort nur über eine verschlüsselte Verbindung.</translation>
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
    <message>
        <source>bounce mail</source>
        <translation>Bounce-Mails</translation>
    </message>
    <message>
        <source>Sendmail log</source>
        <translation>Sendmail-Protokoll</translation>
    </message>
    <message>
        <source>PowerMTA accounting file</source>
        <translation>PowerMTA-Accounting-Datei</translation>
    </message>
</context>
<context>
    <name>Mailbox</name>
    <message>
        <source>%1 is not a mailbox Mailroom reads (an .eml file, an mbox file or a Maildir folder).</source>
        <translation>%1 ist kein Postfach, das Mailroom liest (eine .eml-Datei, eine mbox-Datei oder ein Maildir-Ordner).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1, Nachricht %2</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: message %2 is cut off at the end of the file; what it holds was read.</source>
        <translation>%1: Nachricht %2 ist am Dateiende abgeschnitten; ihr Inhalt wurde gelesen.</translation>
    </message>
</context>
<context>
    <name>MailboxScan</name>
    <message>
        <source>The folder %1 for the copies of IMAP mailboxes cannot be made.</source>
        <translation>Der Ordner %1 für die Kopien der IMAP-Postfächer kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: “%2” from %3</source>
        <translation>%1: „%2“ von %3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>; it answers the board&apos;s message “%1” %2</source>
        <translation>; Antwort auf die Nachricht „%1“ %2 der Jobbörse</translation>
    </message>
    <message>
        <source>No password for %1 was given, so Mailroom did not log in.</source>
        <translation>Für %1 wurde kein Passwort angegeben, daher hat sich Mailroom nicht angemeldet.</translation>
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
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Request &amp;Removal…</source>
        <translation>&amp;Entfernung beantragen…</translation>
    </message>
    <message>
        <source>Ask a provider or blocklist to lift a block, starting from the selected bounces.</source>
        <translation>Einen Anbieter oder eine Blockliste bitten, eine Sperre aufzuheben, ausgehend von den ausgewählten Bounces.</translation>
    </message>
    <message>
        <source>Recheck Removal &amp;Requests</source>
        <translation>&amp;Anträge erneut prüfen</translation>
    </message>
    <message>
        <source>Removal request to %1: %2. %3</source>
        <translation>Antrag auf Entfernung an %1: %2. %3</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Changes to the board are not possible: %1</source>
        <translation>Änderungen an der Jobbörse sind nicht möglich: %1</translation>
    </message>
    <message>
        <source>User %1: %2 (read &quot;%3&quot;, now &quot;%4&quot;)</source>
        <translation>Benutzer %1: %2 (gelesen „%3“, jetzt „%4“)</translation>
    </message>
    <message>
        <source>Nothing Changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>&amp;Board Database…</source>
        <translation>&amp;Datenbank der Jobbörse…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Archive Selected Users…</source>
        <translation>Ausgewählte Benutzer &amp;archivieren…</translation>
    </message>
    <message>
        <source>Make Selected Users A&amp;ctive…</source>
        <translation>Ausgewählte Benutzer a&amp;ktivieren…</translation>
    </message>
    <message>
        <source>Mark as &amp;Bounced…</source>
        <translation>Als &amp;Bounce markieren…</translation>
    </message>
    <message>
        <source>C&amp;lear Bounced Mark…</source>
        <translation>Bounce-Markierung &amp;löschen…</translation>
    </message>
    <message>
        <source>Change &amp;E-mail…</source>
        <translation>&amp;E-Mail-Adresse ändern…</translation>
    </message>
    <message>
        <source>The password of the board database %1 is not in the keychain (%2): enter it in File, Board Database.</source>
        <translation>Das Passwort für die Datenbank der Jobbörse %1 ist nicht im Schlüsselbund (%2): Geben Sie es unter Datei, Datenbank der Jobbörse ein.</translation>
    </message>
    <message>
        <source>my board</source>
        <translation>meine Jobbörse</translation>
    </message>
    <message>
        <source>No Board Users Selected</source>
        <translation>Keine Benutzer der Jobbörse ausgewählt</translation>
    </message>
    <message>
        <source>Select the recipients on the Bounces page first; only those who are users of the board can be changed.</source>
        <translation>Wählen Sie zuerst die Empfänger auf der Seite Bounces aus; nur Empfänger, die Benutzer der Jobbörse sind, lassen sich ändern.</translation>
    </message>
    <message>
        <source>Nothing to Change</source>
        <translation>Nichts zu ändern</translation>
    </message>
    <message>
        <source>The selected users are already in that state.</source>
        <translation>Die ausgewählten Benutzer sind bereits in diesem Zustand.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s), %1</source>
        <translation>
            <numerusform>%n Benutzer, %1</numerusform>
            <numerusform>%n Benutzer, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n user(s) of the board?</source>
        <translation>
            <numerusform>%n Benutzer der Jobbörse ändern?</numerusform>
            <numerusform>%n Benutzer der Jobbörse ändern?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected user(s) are already in that state and stay as they are.</source>
        <translation>
            <numerusform>%n ausgewählter Benutzer ist bereits in diesem Zustand und bleibt unverändert.</numerusform>
            <numerusform>%n ausgewählte Benutzer sind bereits in diesem Zustand und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected recipient(s) are not users of the board and stay as they are.</source>
        <translation>
            <numerusform>%n ausgewählter Empfänger ist kein Benutzer der Jobbörse und bleibt unverändert.</numerusform>
            <numerusform>%n ausgewählte Empfänger sind keine Benutzer der Jobbörse und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each change can be undone on the Activity page.</source>
        <translation>Jede Änderung lässt sich auf der Seite Aktivität rückgängig machen.</translation>
    </message>
    <message>
        <source>Change Board Users</source>
        <translation>Benutzer der Jobbörse ändern</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change E-mail</source>
        <translation>E-Mail-Adresse ändern</translation>
    </message>
    <message>
        <source>Select one recipient who is a user of the board.</source>
        <translation>Wählen Sie einen Empfänger aus, der Benutzer der Jobbörse ist.</translation>
    </message>
    <message>
        <source>New address for %1 (now %2):</source>
        <translation>Neue Adresse für %1 (derzeit %2):</translation>
    </message>
    <message numerus="yes">
        <source>This address bounced too (%1, %n time(s)).</source>
        <translation>
            <numerusform>Auch an diese Adresse kamen E-Mails als Bounce zurück (%1, %n Mal).</numerusform>
            <numerusform>Auch an diese Adresse kamen E-Mails als Bounce zurück (%1, %n Mal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) changed. Each change can be undone on the Activity page.</source>
        <translation>
            <numerusform>%n Benutzer geändert. Jede Änderung lässt sich auf der Seite Aktivität rückgängig machen.</numerusform>
            <numerusform>%n Benutzer geändert. Jede Änderung lässt sich auf der Seite Aktivität rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The board was not changed: the database refused.</source>
        <translation>Die Jobbörse wurde nicht geändert: Die Datenbank hat abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>The board was not changed: %n user(s) no longer hold what Mailroom read.</source>
        <translation>
            <numerusform>Die Jobbörse wurde nicht geändert: %n Benutzer hat nicht mehr, was Mailroom gelesen hat.</numerusform>
            <numerusform>Die Jobbörse wurde nicht geändert: %n Benutzer haben nicht mehr, was Mailroom gelesen hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the board&apos;s users… Esc stops and changes nothing.</source>
        <translation>Benutzer der Jobbörse werden geändert… Esc bricht ab und ändert nichts.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop reading the logs, or changing the board&apos;s users (Esc)</source>
        <translation>Das Einlesen der Protokolle oder das Ändern der Benutzer der Jobbörse stoppen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>Kontakte &amp;exportieren …</translation>
    </message>
    <message>
        <source>No Board Database</source>
        <translation>Keine Datenbank der Jobbörse</translation>
    </message>
    <message>
        <source>Mailroom exports the users of the board&apos;s database: choose it in File, Board Database first.</source>
        <translation>Mailroom exportiert die Benutzer aus der Datenbank der Jobbörse: wählen Sie sie zuerst unter Datei, Datenbank der Jobbörse.</translation>
    </message>
    <message>
        <source>Open &amp;IMAP Mailbox…</source>
        <translation>&amp;IMAP-Postfach öffnen…</translation>
    </message>
    <message>
        <source>Read the bounce notices in a folder of your mailbox on an IMAP server.</source>
        <translation>Die Bounce-Meldungen in einem Ordner Ihres Postfachs auf einem IMAP-Server lesen.</translation>
    </message>
    <message>
        <source>No password for the mailbox %1 is kept in this computer&apos;s keychain, so Mailroom cannot read it. Enter the password now?</source>
        <translation>Für das Postfach %1 ist im Schlüsselbund dieses Computers kein Passwort gespeichert, daher kann Mailroom es nicht lesen. Möchten Sie das Passwort jetzt eingeben?</translation>
    </message>
    <message>
        <source>The password for the mailbox %1 could not be read from this computer&apos;s keychain (%2), so Mailroom cannot read the mailbox. Enter the password again?</source>
        <translation>Das Passwort für das Postfach %1 ließ sich nicht aus dem Schlüsselbund dieses Computers lesen (%2), daher kann Mailroom das Postfach nicht lesen. Möchten Sie das Passwort erneut eingeben?</translation>
    </message>
    <message>
        <source>Mailbox Password Missing</source>
        <translation>Passwort des Postfachs fehlt</translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation>&amp;Passwort eingeben…</translation>
    </message>
</context>
<context>
    <name>MariaDbTlsRelay</name>
    <message>
        <source>The server %1 did not complete the TLS handshake in time.</source>
        <translation>Der Server %1 hat den TLS-Handshake nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Cannot listen on the loopback interface for the TLS relay: %1</source>
        <translation>Das TLS-Relais kann nicht auf der Loopback-Schnittstelle lauschen: %1</translation>
    </message>
    <message>
        <source>The server %1 on port %2 does not greet as a MariaDB or MySQL server does.</source>
        <translation>Der Server %1 auf Port %2 meldet sich nicht wie ein MariaDB- oder MySQL-Server.</translation>
    </message>
    <message>
        <source>The server %1 offers no TLS.</source>
        <translation>Der Server %1 bietet kein TLS an.</translation>
    </message>
    <message>
        <source>The database driver answered the server %1 in a form the TLS relay cannot forward.</source>
        <translation>Der Datenbanktreiber hat dem Server %1 in einer Form geantwortet, die das TLS-Relais nicht weiterleiten kann.</translation>
    </message>
    <message>
        <source>Cannot reach %1 on port %2: %3</source>
        <translation>%1 ist auf Port %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation>Das TLS-Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before TLS was set up.</source>
        <translation>Der Server %1 hat die Verbindung geschlossen, bevor TLS aufgebaut war.</translation>
    </message>
    <message>
        <source>This installation of Qt has no TLS support: install OpenSSL 3.</source>
        <translation>Diese Qt-Installation unterstützt kein TLS: Installieren Sie OpenSSL 3.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <source>More than %1 MIME parts; the rest were not read.</source>
        <translation>Mehr als %1 MIME-Teile; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>A multipart part has no boundary; it was read as text.</source>
        <translation>Ein Multipart-Teil hat keine Boundary; er wurde als Text gelesen.</translation>
    </message>
    <message>
        <source>MIME parts nested deeper than %1 levels were not read.</source>
        <translation>MIME-Teile, die tiefer als %1 Ebenen verschachtelt sind, wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>A multipart part ends without its closing boundary.</source>
        <translation>Ein Multipart-Teil endet ohne seine schließende Boundary.</translation>
    </message>
    <message>
        <source>A multipart part never uses its boundary; it was read as text.</source>
        <translation>Ein Multipart-Teil verwendet seine Boundary nie; er wurde als Text gelesen.</translation>
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
    <name>RemovalDraft</name>
    <message>
        <source>Removal request for {ip}{?code} ({code}){/code}</source>
        <comment>The subject of a removal request. Keep {ip}, {?code}, {code} and {/code}.</comment>
        <translation>Antrag auf Entfernung von {ip}{?code} ({code}){/code}</translation>
    </message>
    <message>
        <source>job alerts they subscribed to</source>
        <translation>abonnierte Job-Benachrichtigungen</translation>
    </message>
    <message>
        <source>registration and password mail</source>
        <translation>E-Mails zu Registrierung und Passwort</translation>
    </message>
    <message>
        <source>messages between recruiters and applicants</source>
        <translation>Nachrichten zwischen Arbeitgebern und Bewerbern</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between the last two of a list</comment>
        <translation> und </translation>
    </message>
    <message>
        <source>used only by us</source>
        <translation>nur von uns genutzt</translation>
    </message>
    <message>
        <source>shared with other customers of our provider</source>
        <translation>mit anderen Kunden unseres Anbieters geteilt</translation>
    </message>
    <message>
        <source>the sending address the block is about</source>
        <translation>die gesperrte Sendeadresse</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>an e-mail address where the provider can answer</source>
        <translation>eine E-Mail-Adresse für die Antwort des Anbieters</translation>
    </message>
    <message>
        <source>the board&apos;s web address</source>
        <translation>die Webadresse der Jobbörse</translation>
    </message>
    <message>
        <source>Hello,

we are writing to {provider} because mail from our server {ip}{?ptr} ({ptr}){/ptr} is refused{?recipients} at {recipients}{/recipients}{?when} since {when}{/when} with this reply:

{bounce}
{?code}
Your reference: {code}
{/code}
About us: {board} is a job board. We send {kinds} to people who signed up on the board and confirmed their address.{?volume} We send about {volume} messages a day.{/volume} Every message has a one-click unsubscribe link, and addresses that bounce are removed from our lists.

Our sending setup:
- Sending address: {ip}, {dedicated}
{?ptr}- Reverse DNS: {ptr}
{/ptr}{?helo}- HELO name: {helo}
{/helo}{?from}- From domain: {from}{?envelope}, envelope sender domain: {envelope}{/envelope}
{/from}{?spf}- SPF: {spf}
{/spf}{?dkim}- DKIM: {dkim}
{/dkim}{?dmarc}- DMARC: {dmarc}
{/dmarc}{?fixed}
What we found and fixed:
{fixed}
{/fixed}{?listings}
The address is also listed on: {listings}. We are asking those lists too.
{/listings}
Please remove {ip} from your block list. We are glad to answer any question.

Kind regards,
{name}
{email}
{?phone}{phone}
{/phone}{url}
{?imprint}Legal notice: {imprint}
{/imprint}</source>
        <comment>A removal request letter. Keep every {name}, {?name} and {/name}; {?x}...{/x} is left out when x is empty.</comment>
        <translation>Sehr geehrte Damen und Herren,

wir wenden uns an {provider}, weil E-Mails von unserem Server {ip}{?ptr} ({ptr}){/ptr}{?recipients} bei {recipients}{/recipients}{?when} seit {when}{/when} mit dieser Antwort abgelehnt werden:

{bounce}
{?code}
Ihr Referenzcode: {code}
{/code}
Über uns: {board} ist eine Jobbörse. Wir senden {kinds} an Personen, die sich bei der Jobbörse registriert und ihre Adresse bestätigt haben.{?volume} Wir versenden etwa {volume} Nachrichten pro Tag.{/volume} Jede Nachricht enthält einen Link zur Abmeldung mit einem Klick, und unzustellbare Adressen entfernen wir aus unseren Verteilern.

Angaben zu unserem Versand:
- Sende-IP-Adresse: {ip}, {dedicated}
{?ptr}- Reverse-DNS: {ptr}
{/ptr}{?helo}- HELO-Name: {helo}
{/helo}{?from}- From-Domain: {from}{?envelope}, Domain des Envelope-Absenders: {envelope}{/envelope}
{/from}{?spf}- SPF: {spf}
{/spf}{?dkim}- DKIM: {dkim}
{/dkim}{?dmarc}- DMARC: {dmarc}
{/dmarc}{?fixed}
Was wir gefunden und behoben haben:
{fixed}
{/fixed}{?listings}
Die Adresse ist außerdem gelistet bei: {listings}. Auch dort beantragen wir die Entfernung.
{/listings}
Bitte entfernen Sie {ip} aus Ihrer Blockliste. Für Rückfragen stehen wir Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
{name}
{email}
{?phone}{phone}
{/phone}{url}
{?imprint}Impressum: {imprint}
{/imprint}</translation>
    </message>
</context>
<context>
    <name>RemovalText</name>
    <message>
        <source>a request has no id</source>
        <translation>ein Antrag hat keine ID</translation>
    </message>
    <message>
        <source>request %1 has an unknown status</source>
        <translation>Antrag %1 hat einen unbekannten Status</translation>
    </message>
    <message>
        <source>request %1 has an event with an unknown status</source>
        <translation>Antrag %1 hat ein Ereignis mit unbekanntem Status</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent, waiting</source>
        <translation>Gesendet, wartet</translation>
    </message>
    <message>
        <source>Listing gone</source>
        <translation>Listung aufgehoben</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>The removal requests kept in %1 cannot be read: %2</source>
        <translation>Die in %1 gespeicherten Anträge auf Entfernung können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>they were written by another version of Mailroom</source>
        <translation>sie wurden von einer anderen Version von Mailroom geschrieben</translation>
    </message>
    <message>
        <source>%1 is no longer listed on %2.</source>
        <translation>%1 ist nicht mehr auf %2 gelistet.</translation>
    </message>
    <message>
        <source>request %1 has an invalid address</source>
        <translation>Antrag %1 enthält eine ungültige Adresse</translation>
    </message>
    <message>
        <source>%1 usually answers within %2, and that time has passed. Check whether the bounces of the last days still show the block; if they do, ask again or write to the provider.</source>
        <translation>%1 antwortet üblicherweise innerhalb von %2, und diese Zeit ist verstrichen. Prüfen Sie, ob die Bounces der letzten Tage die Sperre noch zeigen; wenn ja, stellen Sie den Antrag erneut oder schreiben Sie dem Anbieter.</translation>
    </message>
    <message>
        <source>%1 is still listed on %2 after the usual %3. Check the list&apos;s page for why, and ask again.</source>
        <translation>%1 ist nach den üblichen %3 noch auf %2 gelistet. Sehen Sie auf der Seite der Liste nach dem Grund, und stellen Sie den Antrag erneut.</translation>
    </message>
    <message>
        <source>The usual time of %2 (%1) has passed, and the list could not be asked: %3</source>
        <translation>Die übliche Frist von %2 (%1) ist verstrichen, und die Liste konnte nicht abgefragt werden: %3</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>einem Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
</context>
<context>
    <name>RemovalTracker</name>
    <message>
        <source>Request written.</source>
        <translation>Antrag erstellt.</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>Diesen Antrag gibt es nicht.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Sent. %1 usually answers within %2.</source>
        <translation>Gesendet. %1 antwortet üblicherweise innerhalb von %2.</translation>
    </message>
</context>
<context>
    <name>RemovalWizard</name>
    <message>
        <source>What Happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>The refusal from a bounce: Mailroom recognises the provider or list and its code. Correct what it got wrong.</source>
        <translation>Die Ablehnung aus einem Bounce: Mailroom erkennt den Anbieter oder die Liste und den Code. Korrigieren Sie, was falsch erkannt wurde.</translation>
    </message>
    <message>
        <source>Paste the refusal here: a log line, the server&apos;s reply from a bounce notification, or the whole notification.</source>
        <translation>Fügen Sie hier die Ablehnung ein: eine Protokollzeile, die Antwort des Servers aus einer Bounce-Nachricht oder die ganze Bounce-Nachricht.</translation>
    </message>
    <message>
        <source>The &amp;refusal:</source>
        <translation>Die Ab&amp;lehnung:</translation>
    </message>
    <message>
        <source>Not recognised (choose if you know it)</source>
        <translation>Nicht erkannt (wählen Sie, falls bekannt)</translation>
    </message>
    <message>
        <source>Request &amp;goes to:</source>
        <translation>Antrag &amp;geht an:</translation>
    </message>
    <message>
        <source>Block &amp;code:</source>
        <translation>Sperr&amp;code:</translation>
    </message>
    <message>
        <source>Sending &amp;address:</source>
        <translation>Sende&amp;adresse:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recognised:&lt;/b&gt; %1, from its own words: “%2”.</source>
        <translation>&lt;b&gt;Erkannt:&lt;/b&gt; %1, anhand des Wortlauts: „%2“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Probably&lt;/b&gt; %1: “%2”. Mailroom does not know this code; check the provider below.</source>
        <translation>&lt;b&gt;Vermutlich&lt;/b&gt; %1: „%2“. Mailroom kennt diesen Code nicht; prüfen Sie den Anbieter unten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A block&lt;/b&gt; (“%1”), but Mailroom cannot tell by whom. Choose the provider below if you know it.</source>
        <translation>&lt;b&gt;Eine Sperre&lt;/b&gt; („%1“), aber Mailroom kann nicht erkennen, von wem. Wählen Sie unten den Anbieter, falls Sie ihn kennen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not recognised.&lt;/b&gt; This is no refusal Mailroom knows. Choose the provider below if you know it, or go on: the checks show whether the address is listed.</source>
        <translation>&lt;b&gt;Nicht erkannt.&lt;/b&gt; Diese Ablehnung kennt Mailroom nicht. Wählen Sie unten den Anbieter, falls Sie ihn kennen, oder fahren Sie fort: Die Prüfungen zeigen, ob die Adresse gelistet ist.</translation>
    </message>
    <message>
        <source>%1 refused because %2 lists the address: the request goes to %2.</source>
        <translation>%1 hat abgelehnt, weil %2 die Adresse listet: Der Antrag geht an %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it means:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Bedeutung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Where the address is listed, and what is wrong with the domain&apos;s DNS.</source>
        <translation>Wo die Adresse gelistet ist und was am DNS der Domain nicht stimmt.</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checking %1…&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 wird geprüft…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The checks were stopped. Go on to write the request without them, or go back and forward to check again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Prüfungen wurden angehalten. Fahren Sie fort, um den Antrag ohne sie zu schreiben, oder gehen Sie zurück und wieder vor, um erneut zu prüfen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Listed&lt;/h3&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Gelistet&lt;/h3&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not listed on any blocklist that answered&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Auf keiner Blockliste gelistet, die geantwortet hat&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No blocklist gave an answer&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Keine Blockliste hat geantwortet&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Could not be checked&lt;/h3&gt;&lt;p&gt;These gave no answer Mailroom can trust; they are not counted as listings.&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Nicht prüfbar&lt;/h3&gt;&lt;p&gt;Von diesen kam keine Antwort, der Mailroom trauen kann; sie zählen nicht als Listungen.&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;SPF, DKIM, DMARC, reverse DNS and HELO show nothing to fix.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bei SPF, DKIM, DMARC, Reverse-DNS und HELO gibt es nichts zu beheben.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n thing(s) to fix in the domain&apos;s DNS or the server: see the next page.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Punkt im DNS der Domain oder am Server ist zu beheben: siehe nächste Seite.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Punkte im DNS der Domain oder am Server sind zu beheben: siehe nächste Seite.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix First</source>
        <translation>Zuerst beheben</translation>
    </message>
    <message>
        <source>Providers usually refuse a request while these are wrong. Fix them, then check again.</source>
        <translation>Solange diese Punkte nicht stimmen, lehnen Anbieter einen Antrag meist ab. Beheben Sie sie und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>Wird erneut geprüft…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>TXT at %1:</source>
        <translation>TXT unter %1:</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Content and volume</source>
        <translation>Inhalt und Menge</translation>
    </message>
    <message>
        <source>The refusal is about what or how much the board sends. Send alerts only to people who confirmed their address, remove addresses that bounce, keep a one-click unsubscribe link, and spread large sends over the day.</source>
        <translation>Die Ablehnung betrifft, was oder wie viel die Jobbörse sendet. Senden Sie Benachrichtigungen nur an Personen, die ihre Adresse bestätigt haben, entfernen Sie unzustellbare Adressen, behalten Sie den Abmeldelink mit einem Klick bei und verteilen Sie große Versände über den Tag.</translation>
    </message>
    <message>
        <source>Nothing to fix first: SPF, DKIM, DMARC, reverse DNS and HELO look right.</source>
        <translation>Vorab ist nichts zu beheben: SPF, DKIM, DMARC, Reverse-DNS und HELO sehen richtig aus.</translation>
    </message>
    <message>
        <source>The checks did not run, so Mailroom cannot say what to fix.</source>
        <translation>Die Prüfungen wurden nicht ausgeführt, daher kann Mailroom nicht sagen, was zu beheben ist.</translation>
    </message>
    <message>
        <source>Fixed since the first check: %1.</source>
        <translation>Seit der ersten Prüfung behoben: %1.</translation>
    </message>
    <message>
        <source>A request sent before these are fixed is usually refused.</source>
        <translation>Ein Antrag, der vor der Behebung gesendet wird, wird meist abgelehnt.</translation>
    </message>
    <message>
        <source>The Request</source>
        <translation>Der Antrag</translation>
    </message>
    <message>
        <source>Dana Gruber</source>
        <translation>Erika Mustermann</translation>
    </message>
    <message>
        <source>postmaster@jobs.example</source>
        <translation>postmaster@jobs.example</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Jobs Example</source>
        <translation>Beispiel-Jobbörse</translation>
    </message>
    <message>
        <source>optional; T-Online asks for it</source>
        <translation>optional; T-Online verlangt es</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>The address sends only the board&apos;s &amp;mail</source>
        <translation>Die Adresse sendet nur E-&amp;Mails der Jobbörse</translation>
    </message>
    <message>
        <source>Your details (kept for next time)</source>
        <translation>Ihre Angaben (werden für das nächste Mal gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Board &amp;web address:</source>
        <translation>Web&amp;adresse der Jobbörse:</translation>
    </message>
    <message>
        <source>&amp;Legal notice:</source>
        <translation>&amp;Impressum:</translation>
    </message>
    <message>
        <source>The board sends:</source>
        <translation>Die Jobbörse sendet:</translation>
    </message>
    <message>
        <source>Messages a &amp;day:</source>
        <translation>Nachrichten pro Ta&amp;g:</translation>
    </message>
    <message>
        <source>Write the letter again from the template, dropping your edits.</source>
        <translation>Das Schreiben neu aus der Vorlage erstellen; Ihre Änderungen gehen dabei verloren.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Form</source>
        <translation>&amp;Formular öffnen</translation>
    </message>
    <message>
        <source>Save as &amp;Text…</source>
        <translation>Als Te&amp;xt speichern…</translation>
    </message>
    <message>
        <source>%1 takes no removal requests. Meet each of its sender requirements; the block lifts as the reputation recovers.</source>
        <translation>%1 nimmt keine Anträge auf Entfernung an. Erfüllen Sie alle Absenderanforderungen; die Sperre endet, sobald sich die Reputation erholt.</translation>
    </message>
    <message>
        <source>Mailroom does not know where this provider takes requests: look for its postmaster page, and send this letter there.</source>
        <translation>Mailroom weiß nicht, wo dieser Anbieter Anträge annimmt: Suchen Sie seine Postmaster-Seite und senden Sie dieses Schreiben dorthin.</translation>
    </message>
    <message>
        <source>%1 takes requests through a web form: open it and paste this text.</source>
        <translation>%1 nimmt Anträge über ein Webformular an: Öffnen Sie es und fügen Sie diesen Text ein.</translation>
    </message>
    <message>
        <source>%1 takes requests by e-mail to %2.</source>
        <translation>%1 nimmt Anträge per E-Mail an %2 an.</translation>
    </message>
    <message>
        <source>%1 takes no requests; the letter is for your records.</source>
        <translation>%1 nimmt keine Anträge an; das Schreiben ist für Ihre Unterlagen.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Es fehlt noch: %1.</translation>
    </message>
    <message>
        <source>removal-request-%1</source>
        <translation>entfernungsantrag-%1</translation>
    </message>
    <message>
        <source>Save the Request</source>
        <translation>Antrag speichern</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>Mailroom keeps the request and watches the listing while it runs.</source>
        <translation>Mailroom speichert den Antrag und beobachtet die Listung, solange er offen ist.</translation>
    </message>
    <message>
        <source>I have &amp;sent the request: start tracking it now</source>
        <translation>Ich habe den Antrag &amp;gesendet: jetzt mit der Verfolgung beginnen</translation>
    </message>
    <message>
        <source>&amp;Keep the Request</source>
        <translation>Antrag &amp;speichern</translation>
    </message>
    <message numerus="yes">
        <source>Mailroom asks %1 every %n minute(s) whether %2 is still listed, and tells you when the listing is gone.</source>
        <translation>
            <numerusform>Mailroom fragt %1 im Abstand von %n Minute, ob %2 noch gelistet ist, und meldet Ihnen, wenn die Listung aufgehoben ist.</numerusform>
            <numerusform>Mailroom fragt %1 im Abstand von %n Minuten, ob %2 noch gelistet ist, und meldet Ihnen, wenn die Listung aufgehoben ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be asked over DNS: the bounces of the next days show whether mail is accepted again.</source>
        <translation>%1 lässt sich nicht über DNS abfragen: Die Bounces der nächsten Tage zeigen, ob E-Mails wieder angenommen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 usually answers within %n day(s); Mailroom tells you when that time has passed.</source>
        <translation>
            <numerusform>%1 antwortet normalerweise innerhalb von %n Tag; Mailroom meldet Ihnen, wenn diese Zeit verstrichen ist.</numerusform>
            <numerusform>%1 antwortet normalerweise innerhalb von %n Tagen; Mailroom meldet Ihnen, wenn diese Zeit verstrichen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request Removal</source>
        <translation>Entfernung beantragen</translation>
    </message>
    <message>
        <source>DNS queries cannot be made</source>
        <translation>DNS-Anfragen sind nicht möglich</translation>
    </message>
    <message>
        <source>postmaster</source>
        <translation>Sie als Postmaster</translation>
    </message>
    <message>
        <source>key %1 (%2)</source>
        <translation>Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>ausgerichtet</translation>
    </message>
    <message>
        <source>not aligned yet</source>
        <translation>noch nicht ausgerichtet</translation>
    </message>
    <message>
        <source>Unknown provider</source>
        <translation>Unbekannter Anbieter</translation>
    </message>
    <message>
        <source>The request could not be kept: %1</source>
        <translation>Der Antrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Ask for removal &amp;without fixing</source>
        <translation>Ohne Behebung &amp;beantragen</translation>
    </message>
    <message>
        <source>Boa&amp;rd:</source>
        <translation>&amp;Jobbörse:</translation>
    </message>
    <message>
        <source>Write A&amp;gain</source>
        <translation>Neu sc&amp;hreiben</translation>
    </message>
    <message>
        <source>Sa&amp;ve as .eml…</source>
        <translation>Als .em&amp;l speichern…</translation>
    </message>
    <message>
        <source>The provider</source>
        <comment>at the start of a sentence</comment>
        <translation>Der Anbieter</translation>
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
        <translation>Sende-&amp;IP-Adressen:</translation>
    </message>
    <message>
        <source>DKIM &amp;selector:</source>
        <translation>DKIM-&amp;Selektor:</translation>
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
        <translation>Aus den Bo&amp;unces</translation>
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
        <translation>HE&amp;LO-Name:</translation>
    </message>
    <message>
        <source>The domain of your board&apos;s From address, the one DMARC protects.</source>
        <translation>Die Domain der From-Adresse Ihrer Jobbörse, die DMARC schützt.</translation>
    </message>
    <message>
        <source>optional, when not the From domain</source>
        <translation>optional, falls nicht die From-Domain</translation>
    </message>
    <message>
        <source>The domain of the bounce address (Return-Path, MAIL FROM) your mail goes out with; SPF is checked for it. Mail providers often use their own.</source>
        <translation>Die Domain der Bounce-Adresse (Return-Path, MAIL FROM), mit der Ihre E-Mails verschickt werden; für sie wird SPF geprüft. Mail-Anbieter verwenden oft ihre eigene.</translation>
    </message>
    <message>
        <source>the From domain</source>
        <translation>die From-Domain</translation>
    </message>
    <message>
        <source>The d= of that DKIM-Signature header, when it is not the From domain.</source>
        <translation>Das d= dieser DKIM-Signature-Kopfzeile, falls es nicht die From-Domain ist.</translation>
    </message>
    <message>
        <source>From d&amp;omain:</source>
        <translation>From-D&amp;omain:</translation>
    </message>
    <message>
        <source>Re&amp;turn-Path domain:</source>
        <translation>Re&amp;turn-Path-Domain:</translation>
    </message>
    <message>
        <source>From a &amp;message…</source>
        <translation>Aus einer &amp;Nachricht…</translation>
    </message>
    <message>
        <source>Paste the header of a message your board sent: it names the domains, the DKIM selector and the sending server.</source>
        <translation>Fügen Sie die Kopfzeilen einer von Ihrer Jobbörse gesendeten Nachricht ein: Sie nennen die Domains, den DKIM-Selektor und den sendenden Server.</translation>
    </message>
    <message>
        <source>The last check could not be read.</source>
        <translation>Die letzte Prüfung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The form is filled from the message. Choose Check now.</source>
        <translation>Das Formular wurde aus der Nachricht ausgefüllt. Wählen Sie „Jetzt prüfen“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>„%1“ ist kein Domainname.</translation>
    </message>
    <message>
        <source>The check is not kept for next time: %1</source>
        <translation>Die Prüfung wird nicht für das nächste Mal gespeichert: %1</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <source>signed as &amp;d=</source>
        <translation>si&amp;gniert als d=</translation>
    </message>
    <message>
        <source>DNS serv&amp;er:</source>
        <translation>DNS-Se&amp;rver:</translation>
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
    <message>
        <source>The Return-Path domain %1 is not aligned with the From domain %2</source>
        <translation>Die Return-Path-Domain %1 passt nicht zur From-Domain %2</translation>
    </message>
    <message>
        <source>SPF checks the Return-Path (envelope) domain, and the DMARC record asks for strict alignment (aspf=s): it must be %1 itself.</source>
        <translation>SPF prüft die Return-Path-Domain (Envelope), und der DMARC-Eintrag verlangt eine strenge Übereinstimmung (aspf=s): Die Domain muss genau %1 sein.</translation>
    </message>
    <message>
        <source>Have your mail server or provider use a bounce address at %1 (bounces.%1, for example), with an SPF record there.</source>
        <translation>Lassen Sie Ihren Mailserver oder Anbieter eine Bounce-Adresse unter %1 verwenden (zum Beispiel bounces.%1), mit einem SPF-Eintrag dort.</translation>
    </message>
    <message>
        <source>The DKIM signing domain %1 is not aligned with the From domain %2</source>
        <translation>Die DKIM-Signaturdomain %1 passt nicht zur From-Domain %2</translation>
    </message>
    <message>
        <source>Signatures by %1 (d=%1), often a mail provider&apos;s own domain, do not count for DMARC on mail from %2. Turn on DKIM signing with your own domain in the provider&apos;s settings: it gives a selector and a key to publish under %2.</source>
        <translation>Signaturen von %1 (d=%1), oft die eigene Domain eines Mail-Anbieters, zählen für DMARC bei E-Mails von %2 nicht. Schalten Sie in den Einstellungen des Anbieters die DKIM-Signatur mit Ihrer eigenen Domain ein: Sie erhalten dort einen Selektor und einen Schlüssel, die Sie unter %2 veröffentlichen.</translation>
    </message>
    <message>
        <source>SPF for %1</source>
        <translation>SPF für %1</translation>
    </message>
    <message>
        <source>DKIM signed by %1</source>
        <translation>DKIM-Signatur von %1</translation>
    </message>
    <message>
        <source>Mail from %1 can pass DMARC</source>
        <translation>E-Mails von %1 können DMARC bestehen</translation>
    </message>
    <message>
        <source>Aligned with the From domain: %1. Mailroom checks the published records; whether each message&apos;s signature verifies, the receiver&apos;s Authentication-Results header says.</source>
        <translation>Passend zur From-Domain: %1. Mailroom prüft die veröffentlichten Einträge; ob die Signatur einer einzelnen Nachricht gültig ist, zeigt die Kopfzeile Authentication-Results beim Empfänger.</translation>
    </message>
    <message>
        <source>SPF was not checked: enter the sending addresses.</source>
        <translation>SPF wurde nicht geprüft: Geben Sie die Sendeadressen ein.</translation>
    </message>
    <message>
        <source>SPF for %1 does not pass for every sending address.</source>
        <translation>SPF für %1 besteht nicht für jede Sendeadresse.</translation>
    </message>
    <message>
        <source>DKIM was not checked: enter the selector, or read it from a message the board sent.</source>
        <translation>DKIM wurde nicht geprüft: Geben Sie den Selektor ein oder lesen Sie ihn aus einer Nachricht, die die Jobbörse gesendet hat.</translation>
    </message>
    <message>
        <source>No usable DKIM key at the selector, so signatures by %1 cannot verify.</source>
        <translation>Unter dem Selektor liegt kein verwendbarer DKIM-Schlüssel, daher können Signaturen von %1 nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require bulk senders to pass DMARC, with or without a record.</source>
        <translation>Gmail und Yahoo verlangen von Massenversendern, dass ihre E-Mails DMARC bestehen, mit oder ohne DMARC-Eintrag.</translation>
    </message>
    <message>
        <source>The policy is p=none, so receivers still deliver it, but Gmail and Yahoo require bulk senders to pass DMARC.</source>
        <translation>Die Richtlinie ist p=none, daher stellen Empfänger solche E-Mails noch zu, aber Gmail und Yahoo verlangen von Massenversendern, dass ihre E-Mails DMARC bestehen.</translation>
    </message>
    <message>
        <source>The policy asks receivers to put such mail in the spam folder (p=quarantine).</source>
        <translation>Die Richtlinie bittet Empfänger, solche E-Mails in den Spam-Ordner zu verschieben (p=quarantine).</translation>
    </message>
    <message>
        <source>The policy asks receivers to refuse such mail (p=reject).</source>
        <translation>Die Richtlinie bittet Empfänger, solche E-Mails abzulehnen (p=reject).</translation>
    </message>
    <message>
        <source>Mail from %1 fails DMARC</source>
        <translation>E-Mails von %1 bestehen DMARC nicht</translation>
    </message>
    <message>
        <source>Mail from %1 may fail DMARC</source>
        <translation>E-Mails von %1 bestehen DMARC möglicherweise nicht</translation>
    </message>
    <message>
        <source>%1 is on the allowlist %2</source>
        <translation>%1 steht auf der Allowlist %2</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source> The list says: %1.</source>
        <translation> Angabe der Liste: %1.</translation>
    </message>
    <message>
        <source> Removal: %1</source>
        <translation> Entfernung: %1</translation>
    </message>
    <message>
        <source>%1 is listed on %2</source>
        <translation>%1 ist auf %2 gelistet</translation>
    </message>
    <message>
        <source>%1 could not be checked on %2</source>
        <translation>%1 konnte auf %2 nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1 is not listed on the one blocklist checked</source>
        <translation>%1 ist auf der geprüften Blockliste nicht gelistet</translation>
    </message>
    <message>
        <source>%1 is not listed on %2 blocklists</source>
        <translation>%1 ist auf keiner der %2 geprüften Blocklisten gelistet</translation>
    </message>
    <message>
        <source>Sender Score of %1 is %2 of 100</source>
        <translation>Sender Score von %1: %2 von 100</translation>
    </message>
    <message>
        <source>Providers treat mail from addresses below 50 as likely spam. Remove addresses that bounce, send only to people who asked for the mail, and make unsubscribing easy.</source>
        <translation>Anbieter behandeln E-Mails von Adressen unter 50 als wahrscheinlichen Spam. Entfernen Sie unzustellbare Adressen, senden Sie nur an Personen, die die E-Mails angefordert haben, und machen Sie das Abmelden einfach.</translation>
    </message>
    <message>
        <source>Fair, not good: some providers filter mail from addresses below 80.</source>
        <translation>Mittelmäßig, nicht gut: Manche Anbieter filtern E-Mails von Adressen unter 80.</translation>
    </message>
    <message>
        <source>No Sender Score for %1</source>
        <translation>Kein Sender Score für %1</translation>
    </message>
    <message>
        <source>Sender Score of %1 could not be checked</source>
        <translation>Sender Score von %1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>SPF of %1 authorizes %2</source>
        <translation>SPF von %1 erlaubt %2</translation>
    </message>
    <message>
        <source>DNS-querying terms: %1 of the 10 allowed.</source>
        <translation>Terme mit DNS-Abfrage: %1 von 10 erlaubten.</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 hat keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Microsoft refuse or filter bulk mail that passes neither SPF nor DKIM. Publish this TXT record at %1 (add the other servers that send as %1).</source>
        <translation>Gmail, Yahoo und Microsoft lehnen Massen-E-Mails ab oder filtern sie, wenn sie weder SPF noch DKIM bestehen. Veröffentlichen Sie diesen TXT-Eintrag unter %1 (ergänzen Sie die anderen Server, die als %1 senden).</translation>
    </message>
    <message>
        <source>SPF of %1 does not authorize %2 (%3)</source>
        <translation>SPF von %1 erlaubt %2 nicht (%3)</translation>
    </message>
    <message>
        <source>Receivers see mail from %1 as not sent by %2. Replace the SPF record with this one, which names %1 first.</source>
        <translation>Empfänger sehen E-Mails von %1 als nicht von %2 gesendet an. Ersetzen Sie den SPF-Eintrag durch diesen, der %1 als Erstes nennt.</translation>
    </message>
    <message>
        <source>SPF of %1 says nothing about %2 (neutral)</source>
        <translation>SPF von %1 sagt nichts über %2 aus (neutral)</translation>
    </message>
    <message>
        <source>Neutral counts as no authorization for DMARC. Name the address in the record.</source>
        <translation>Für DMARC zählt „neutral“ nicht als Erlaubnis. Nennen Sie die Adresse im Eintrag.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken (permerror)</source>
        <translation>Der SPF-Eintrag von %1 ist fehlerhaft (permerror)</translation>
    </message>
    <message>
        <source>SPF of %1 could not be checked</source>
        <translation>SPF von %1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The HELO name %1 is not a full domain name</source>
        <translation>Der HELO-Name %1 ist kein vollständiger Domainname</translation>
    </message>
    <message>
        <source>Gmail and others refuse a HELO that is not a fully qualified name (501 5.5.4). Set your mail server&apos;s host name to a name such as mail.your-domain that points to its address.</source>
        <translation>Gmail und andere lehnen ein HELO ab, das keinen vollständigen Domainnamen nennt (501 5.5.4). Stellen Sie als Hostnamen Ihres Mailservers einen Namen wie mail.ihre-domain ein, der auf seine Adresse zeigt.</translation>
    </message>
    <message>
        <source>The HELO name %1 could not be checked</source>
        <translation>Der HELO-Name %1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Its address lookup failed (%1).</source>
        <translation>Die Abfrage seiner Adresse ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The HELO name %1 does not resolve</source>
        <translation>Der HELO-Name %1 lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>Many receivers refuse mail from a server whose HELO name has no address. Publish an A record for it that points to the sending address.</source>
        <translation>Viele Empfänger lehnen E-Mails von einem Server ab, dessen HELO-Name keine Adresse hat. Veröffentlichen Sie dafür einen A-Eintrag, der auf die Sendeadresse zeigt.</translation>
    </message>
    <message>
        <source>The HELO name %1 does not point to %2</source>
        <translation>Der HELO-Name %1 zeigt nicht auf %2</translation>
    </message>
    <message>
        <source>Receivers compare the HELO name&apos;s address with the connecting one. Point it to %1, or set the HELO name of the server that sends from %1.</source>
        <translation>Empfänger vergleichen die Adresse des HELO-Namens mit der Adresse, von der die Verbindung kommt. Lassen Sie ihn auf %1 zeigen, oder tragen Sie den HELO-Namen des Servers ein, der von %1 sendet.</translation>
    </message>
    <message>
        <source>The HELO name %1 is not the reverse DNS name of %2</source>
        <translation>Der HELO-Name %1 ist nicht der Reverse-DNS-Name von %2</translation>
    </message>
    <message>
        <source>GMX, WEB.DE and others expect the server to introduce itself with its reverse DNS name. Ask the provider of %1 to set its PTR to %2, or use the PTR name as HELO name.</source>
        <translation>GMX, WEB.DE und andere erwarten, dass sich der Server mit seinem Reverse-DNS-Namen meldet. Bitten Sie den Anbieter von %1, den PTR auf %2 zu setzen, oder verwenden Sie den PTR-Namen als HELO-Namen.</translation>
    </message>
    <message>
        <source>The HELO name %1 points to %2 and is its reverse DNS name</source>
        <translation>Der HELO-Name %1 zeigt auf %2 und ist dessen Reverse-DNS-Name</translation>
    </message>
    <message>
        <source>the names form a CNAME loop (%1)</source>
        <translation>die Namen bilden eine CNAME-Schleife (%1)</translation>
    </message>
    <message>
        <source>The last check, kept in %1, cannot be read: %2</source>
        <translation>Die letzte Prüfung, gespeichert in %1, kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it was written by another version of Mailroom</source>
        <translation>sie wurde von einer anderen Version von Mailroom geschrieben</translation>
    </message>
    <message>
        <source>it has no valid time</source>
        <translation>sie hat keine gültige Zeitangabe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>a finding has no severity or no title</source>
        <translation>ein Befund hat keinen Schweregrad oder keinen Titel</translation>
    </message>
    <message>
        <source>SPF for %1 could not be checked.</source>
        <translation>SPF für %1 konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The DKIM key of %1 could not be looked up.</source>
        <translation>Der DKIM-Schlüssel von %1 konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>SPF checks the Return-Path (envelope) domain, and DMARC counts an SPF pass only when that domain is %1 or a subdomain of it.</source>
        <translation>SPF prüft die Return-Path-Domain (Envelope), und DMARC zählt ein bestandenes SPF nur, wenn diese Domain %1 oder eine Subdomain davon ist.</translation>
    </message>
    <message>
        <source>%1. Receivers treat this like no SPF at all. This record names %2 before any lookup, so it passes for that address however many lookups the rest needs; then remove includes you no longer use.</source>
        <translation>%1. Empfänger behandeln das wie gar kein SPF. Dieser Eintrag nennt %2 vor jeder Abfrage, damit besteht die Adresse, wie viele Abfragen der Rest auch braucht; entfernen Sie danach Includes, die Sie nicht mehr nutzen.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>no list to ask</source>
        <translation>keine abfragbare Liste</translation>
    </message>
    <message>
        <source>%1: still listed</source>
        <translation>%1: noch gelistet</translation>
    </message>
    <message>
        <source>%1: not listed</source>
        <translation>%1: nicht gelistet</translation>
    </message>
    <message>
        <source>%1: could not ask</source>
        <translation>%1: Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Neuer Antrag…</translation>
    </message>
    <message>
        <source>Rechec&amp;k Now</source>
        <translation>Jetzt erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask the blocklists again whether the addresses of open requests are still listed.</source>
        <translation>Die Blocklisten erneut fragen, ob die Adressen offener Anträge noch gelistet sind.</translation>
    </message>
    <message>
        <source>Mark as &amp;Sent</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Close the request: Mailroom stops rechecking it.</source>
        <translation>Den Antrag abschließen: Mailroom prüft ihn dann nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Co&amp;py Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Open &amp;Removal Page</source>
        <translation>Aus&amp;tragungsseite öffnen</translation>
    </message>
    <message>
        <source>Provider or list</source>
        <translation>Anbieter oder Liste</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Last recheck</source>
        <translation>Zuletzt nachgeprüft</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>No removal requests yet.

When receivers refuse the board&apos;s mail because of its sending address, select those bounces on the Bounces page and choose Tools, Request Removal (Ctrl+R), or choose New Request and paste the refusal.</source>
        <translation>Noch keine Anträge auf Entfernung.

Wenn Empfänger die E-Mails der Jobbörse wegen ihrer Sendeadresse ablehnen, wählen Sie diese Bounces auf der Seite „Bounces“ aus und wählen Sie Extras › Entfernung beantragen (Strg+R), oder wählen Sie „Neuer Antrag“ und fügen Sie die Ablehnung ein.</translation>
    </message>
    <message>
        <source>Closed by you.</source>
        <translation>Von Ihnen abgeschlossen.</translation>
    </message>
    <message>
        <source>Delete the Request</source>
        <translation>Antrag löschen</translation>
    </message>
    <message>
        <source>Delete the request to %1 about %2, with its history? This cannot be undone; closing it keeps the history.</source>
        <translation>Den Antrag an %1 zu %2 samt Verlauf löschen? Das lässt sich nicht rückgängig machen; beim Abschließen bleibt der Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The request&apos;s text is on the clipboard.</source>
        <translation>Der Text des Antrags ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The requests could not be saved: %1</source>
        <translation>Die Anträge konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Usually answered by %1.</source>
        <translation>Antwort üblicherweise bis %1.</translation>
    </message>
    <message>
        <source>Removal: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Entfernung: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Der Antrag</translation>
    </message>
    <message>
        <source>Rechecking…</source>
        <translation>Wird erneut geprüft…</translation>
    </message>
</context>
<context>
    <name>SchemaText</name>
    <message>
        <source>it holds &quot;%1&quot;</source>
        <translation>er enthält „%1“</translation>
    </message>
    <message>
        <source>it uses &quot;%1&quot;, which a read of one value does not need</source>
        <translation>er verwendet „%1“, was das Lesen eines Werts nicht braucht</translation>
    </message>
    <message>
        <source>The users&apos; table &quot;%1&quot; is not a plain table name.</source>
        <translation>Die Benutzertabelle „%1“ ist kein einfacher Tabellenname.</translation>
    </message>
    <message>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation>Die Datenbank hat keine Tabelle „%1“.</translation>
    </message>
    <message>
        <source>The field %1 must be a column of %2.</source>
        <translation>Das Feld %1 muss eine Spalte von %2 sein.</translation>
    </message>
    <message>
        <source>The field %1 names the column &quot;%2&quot;, which %3 does not have (it has %4).</source>
        <translation>Das Feld %1 nennt die Spalte „%2“, die %3 nicht hat (vorhanden: %4).</translation>
    </message>
    <message>
        <source>The field %1 is neither a column name nor an expression in parentheses: &quot;%2&quot;.</source>
        <translation>Das Feld %1 ist weder ein Spaltenname noch ein Ausdruck in Klammern: „%2“.</translation>
    </message>
    <message>
        <source>The expression of the field %1 is refused: %2.</source>
        <translation>Der Ausdruck des Felds %1 wird abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The &quot;email bounced&quot; column &quot;%1&quot; is not a column of %2.</source>
        <translation>Die Spalte für „E-Mail unzustellbar“ „%1“ ist keine Spalte von %2.</translation>
    </message>
    <message>
        <source>The expression of the field %1 does not run: %2</source>
        <translation>Der Ausdruck des Felds %1 lässt sich nicht ausführen: %2</translation>
    </message>
    <message>
        <source>The profile maps &quot;%1&quot;, which is not a field Mailroom knows.</source>
        <translation>Das Profil ordnet „%1“ zu, ein Feld, das Mailroom nicht kennt.</translation>
    </message>
    <message>
        <source>The profile has no name or no users&apos; table.</source>
        <translation>Das Profil hat keinen Namen oder keine Benutzertabelle.</translation>
    </message>
</context>
<context>
    <name>SentMessageDialog</name>
    <message>
        <source>Read a Message the Board Sent</source>
        <translation>Von der Jobbörse gesendete Nachricht lesen</translation>
    </message>
    <message>
        <source>Send one of your board&apos;s notifications to a mailbox of yours, then paste its header here or open it as an .eml file. In Gmail: open the message, ⋮, &lt;i&gt;Show original&lt;/i&gt;. In Outlook: &lt;i&gt;File, Properties, Internet headers&lt;/i&gt;. Mailroom reads the From, Return-Path, DKIM-Signature and Received lines.</source>
        <translation>Senden Sie eine der Benachrichtigungen Ihrer Jobbörse an ein eigenes Postfach, und fügen Sie dann ihre Kopfzeilen hier ein oder öffnen Sie sie als .eml-Datei. In Gmail: Nachricht öffnen, ⋮, &lt;i&gt;Original anzeigen&lt;/i&gt;. In Outlook: &lt;i&gt;Datei, Eigenschaften, Internetkopfzeilen&lt;/i&gt;. Mailroom liest die Zeilen From, Return-Path, DKIM-Signature und Received.</translation>
    </message>
    <message>
        <source>Return-Path: &lt;bounces@jobs.example&gt;
Received: from mail.jobs.example …
DKIM-Signature: v=1; d=jobs.example; s=s1; …
From: Jobs &lt;alerts@jobs.example&gt;</source>
        <translation>Return-Path: &lt;bounces@jobs.example&gt;
Received: from mail.jobs.example …
DKIM-Signature: v=1; d=jobs.example; s=s1; …
From: Jobs &lt;alerts@jobs.example&gt;</translation>
    </message>
    <message>
        <source>&amp;Fill the Form</source>
        <translation>&amp;Formular ausfüllen</translation>
    </message>
    <message>
        <source>&amp;Open .eml File…</source>
        <translation>.&amp;eml-Datei öffnen…</translation>
    </message>
    <message>
        <source>Open a Message</source>
        <translation>Nachricht öffnen</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg.txt *.txt);;All files (*)</source>
        <translation>Nachrichten (*.eml *.msg.txt *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b3261e&quot;&gt;%1 cannot be read: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b3261e&quot;&gt;%1 kann nicht gelesen werden: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Noch nichts gelesen.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b3261e&quot;&gt;No From, Return-Path or DKIM-Signature header found. Paste the message&apos;s header, not only its text.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b3261e&quot;&gt;Keine From-, Return-Path- oder DKIM-Signature-Kopfzeile gefunden. Fügen Sie die Kopfzeilen der Nachricht ein, nicht nur ihren Text.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>From domain: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>From-Domain: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Return-Path domain: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Return-Path-Domain: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>d=%1 s=%2</source>
        <translation>d=%1 s=%2</translation>
    </message>
    <message>
        <source>DKIM signatures: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>DKIM-Signaturen: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sent from &lt;b&gt;%1&lt;/b&gt; (HELO %2) to %3</source>
        <translation>Gesendet von &lt;b&gt;%1&lt;/b&gt; (HELO %2) an %3</translation>
    </message>
    <message>
        <source>Sending server: none found (no Received header with a public address)</source>
        <translation>Sendender Server: keiner gefunden (keine Received-Kopfzeile mit öffentlicher Adresse)</translation>
    </message>
    <message>
        <source>none found</source>
        <comment>no such header, or no value in it</comment>
        <translation>nicht gefunden</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>The schema profile %1 does not fit the board database: %2</source>
        <translation>Das Schemaprofil %1 passt nicht zur Datenbank der Jobbörse: %2</translation>
    </message>
    <message>
        <source>Reading the board&apos;s users failed: %1</source>
        <translation>Die Benutzer der Jobbörse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The board has no user with the id %1.</source>
        <translation>Die Jobbörse hat keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>The schema profile %1 maps no status column, so users cannot be archived.</source>
        <translation>Das Schemaprofil %1 ordnet keine Statusspalte zu, daher lassen sich Benutzer nicht archivieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address Mailroom can write (name@domain.example).</source>
        <translation>„%1“ ist keine E-Mail-Adresse, die Mailroom eintragen kann (name@domain.example).</translation>
    </message>
    <message>
        <source>User %1 already has the address %2.</source>
        <translation>Benutzer %1 hat bereits die Adresse %2.</translation>
    </message>
    <message>
        <source>The flag changed since Mailroom read it.</source>
        <translation>Die Markierung hat sich geändert, seit Mailroom sie gelesen hat.</translation>
    </message>
    <message>
        <source>The schema profile maps no column for %1.</source>
        <translation>Das Schemaprofil ordnet %1 keine Spalte zu.</translation>
    </message>
    <message>
        <source>Writing %1 of user %2 failed: %3</source>
        <translation>%1 von Benutzer %2 konnte nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>The user is no longer in the board.</source>
        <translation>Den Benutzer gibt es in der Jobbörse nicht mehr.</translation>
    </message>
    <message>
        <source>The value changed since Mailroom read it.</source>
        <translation>Der Wert hat sich geändert, seit Mailroom ihn gelesen hat.</translation>
    </message>
    <message>
        <source>The connection %1 is read-only: nothing was changed.</source>
        <translation>Die Verbindung %1 ist schreibgeschützt: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The board database cannot start a transaction: %1</source>
        <translation>Die Datenbank der Jobbörse kann keine Transaktion beginnen: %1</translation>
    </message>
    <message>
        <source>The board database refused the changes: %1</source>
        <translation>Die Datenbank der Jobbörse hat die Änderungen abgelehnt: %1</translation>
    </message>
    <message>
        <source>The changes were made but could not be recorded in the activity log: %1</source>
        <translation>Die Änderungen wurden vorgenommen, konnten aber nicht im Aktivitätsprotokoll vermerkt werden: %1</translation>
    </message>
    <message>
        <source>Change %1 was made on %2, not on %3.</source>
        <translation>Änderung %1 wurde an %2 vorgenommen, nicht an %3.</translation>
    </message>
    <message>
        <source>Change %1 was already undone by change %2.</source>
        <translation>Änderung %1 wurde bereits durch Änderung %2 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>This connection only reads: it keeps no activity log.</source>
        <translation>Diese Verbindung liest nur: Sie führt kein Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <source>Reading the board&apos;s users was cancelled.</source>
        <translation>Das Lesen der Benutzer der Jobbörse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>marked as bounced</source>
        <comment>the &apos;email bounced&apos; flag of a user</comment>
        <translation>als Bounce markiert</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The board database is not open.</source>
        <translation>Die Datenbank der Jobbörse ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>This build of Mailroom cannot interrupt an SQLite statement; it stops when it ends.</source>
        <translation>Diese Mailroom-Version kann eine SQLite-Anweisung nicht unterbrechen; sie endet, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>An ODBC statement cannot be interrupted; it stops when it ends.</source>
        <translation>Eine ODBC-Anweisung lässt sich nicht unterbrechen; sie endet, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>The board database has no table %1 for the &quot;email bounced&quot; flags yet. Saving the connection in the Board Database dialog creates it, as does mailroom-cli board create-flag-table.</source>
        <translation>Die Datenbank der Jobbörse hat noch keine Tabelle %1 für die Markierungen „E-Mail-Bounce“. Das Speichern der Verbindung im Dialog Datenbank der Jobbörse legt sie an, ebenso mailroom-cli board create-flag-table.</translation>
    </message>
    <message>
        <source>The board database does not name its connection: %1</source>
        <translation>Die Datenbank der Jobbörse nennt ihre Verbindung nicht: %1</translation>
    </message>
    <message>
        <source>Reading the &quot;email bounced&quot; flags failed: %1</source>
        <translation>Die Markierungen „E-Mail-Bounce“ konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The connection %1 is read-only: Mailroom adds no table to it.</source>
        <translation>Die Verbindung %1 ist schreibgeschützt: Mailroom legt dort keine Tabelle an.</translation>
    </message>
    <message>
        <source>The board database refused the table %1: %2</source>
        <translation>Die Datenbank der Jobbörse hat die Tabelle %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Writing the &quot;email bounced&quot; flag of user %1 failed: %2</source>
        <translation>Die Markierung „E-Mail-Bounce“ von Benutzer %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The board database did not roll back: %1</source>
        <translation>Die Datenbank der Jobbörse hat die Änderungen nicht zurückgenommen: %1</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Mail logs (mainlog* maillog* mail.log* *.log *.gz)</source>
        <translation>Mail-Protokolle (mainlog* maillog* mail.log* *.log *.gz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open SMTP server logs or bounce mail</source>
        <translation>SMTP-Server-Protokolle oder Bounce-Mails öffnen</translation>
    </message>
    <message>
        <source>Mail logs and bounce mail (mainlog* maillog* mail.log* *.log *.gz *.mbox *.eml mbox)</source>
        <translation>Mail-Protokolle und Bounce-Mails (mainlog* maillog* mail.log* *.log *.gz *.mbox *.eml mbox)</translation>
    </message>
    <message>
        <source>Bounce mail (*.mbox *.eml mbox)</source>
        <translation>Bounce-Mails (*.mbox *.eml mbox)</translation>
    </message>
    <message>
        <source>Open a folder of SMTP server logs, or a Maildir folder of bounce mail</source>
        <translation>Einen Ordner mit SMTP-Server-Protokollen oder einen Maildir-Ordner mit Bounce-Mails öffnen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>The mail server %1 presented a certificate that this computer does not trust, so Mailroom did not log in.</source>
        <translation>Der Mailserver %1 hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut, daher hat sich Mailroom nicht angemeldet.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Trust it only if your mail provider confirms this fingerprint, or if the server is your own. Mailroom then accepts exactly this certificate and asks again when the server presents another one.</source>
        <translation>Vertrauen Sie ihm nur, wenn Ihr E-Mail-Anbieter diesen Fingerabdruck bestätigt oder der Server Ihr eigener ist. Mailroom akzeptiert dann genau dieses Zertifikat und fragt erneut, wenn der Server ein anderes vorlegt.</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
</context>
</TS>
