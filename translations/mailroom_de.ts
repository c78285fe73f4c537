<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BoardDirectory</name>
    <message>
        <source>Cannot read the board database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceChart</name>
    <message>
        <source>No failed deliveries to chart yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed deliveries per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed deliveries per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed deliveries per 30 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceReason</name>
    <message>
        <source>Hard bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over a recipient limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving server full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered by recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network or DNS problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local delivery program failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear, needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending IP blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message not standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS encryption failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed, still retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address&apos;s domain does not exist or takes no mail. Correct the address or archive the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server says this address does not exist. Ask the user for a new address, correct it, or archive the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox exists but is full. Mail will work again once the user makes room; watch it, and act only if it keeps failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is probably alive, but this mail did not get through. Watch it; Mailroom counts it as hard if it keeps failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver could not verify that the board may send for its domain (SPF, DKIM or DMARC). Fix the board&apos;s DNS records; the user&apos;s address is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was larger than the receiver accepts. Send smaller mail; the user&apos;s address is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver refused mail because of the board&apos;s sending server or its mail, not because of the user. Do not change the user; check the board&apos;s IP and domain reputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver asked to try again later and the server is still retrying. Nothing to do yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a delivery failure; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceTableModel</name>
    <message>
        <source>Soft failures kept repeating, so this address counts as a hard bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (escalated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header: job seeker or employer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>Column header: number of failed or delayed deliveries</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BouncesPage</name>
    <message>
        <source>Job seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading (Esc); the previous results stay on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this category; click again to show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving domain: the part of the address after @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of the &quot;Last seen from ... to ...&quot; filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search address, user or reply (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n log source(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading cancelled; the table still shows the previous results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n file(s) in %1 s: %2 failed or delayed deliveries to %3 recipients.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 lines, %4 events, skipped %5 binary, %6 too long, %7 not in the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n file(s), %1 lines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines skipped: %2 binary, %3 too long, %4 not in the log&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be used; see Details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The board could not be read, so no recipient is matched to a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed or delayed delivery in these logs. Good news, or the wrong log: open your SMTP server&apos;s main log to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your SMTP server&apos;s log (Exim&apos;s mainlog or Postfix&apos;s mail.log) to see which users bounced and why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBoard</name>
    <message>
        <source>Could not write the demo board in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFormat</name>
    <message>
        <source>Exim main log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postfix log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mailroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Log Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mailroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mailroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailroom %1&lt;/h3&gt;&lt;p&gt;Shows which users of your job board bounced, why, and whether the fault is their address or your sending side.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You are looking at the demo board.&lt;/b&gt; The users and logs are invented. Open your SMTP server&apos;s log to see your own bounces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo board could not be prepared in %1: %2. You can still open your own SMTP server&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailroom — demo board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board: demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No board connected: recipients are not matched to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientDetails</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (gave up retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events (newest first), with the log line of each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a recipient in the table to see who it is, why the mail failed and the log lines behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board user: &lt;b&gt;%1&lt;/b&gt; (%2, #%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user of the board has this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as a hard bounce: soft failures kept coming back over several days, so the address is probably no longer read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is still retrying the last message; the outcome is not final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later message was delivered, so the address works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by the board itself (a notification from %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a user of the board (their own message from %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures: %1. Deferrals: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reply %1 %2 from %3 [%4]:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) are not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(the log line could not be read again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Open SMTP server log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail logs (mainlog* maillog* mail.log* *.log *.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of SMTP server logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
