#include "EventText.h"
#include "mail/LogTime.h"
#include "mail/SendmailLogParser.h"

#include <QTest>

class TestSendmailLogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void events_data();
    void events();
    void queueTimeoutFailsEveryRecipientStillDeferred();
    void inboundRejectsAndOtherDaemonsAreIgnored();
};

namespace {

LogClock utcClockAt(const char* isoReference)
{
    LogClock clock(QTimeZone::utc());
    clock.setYearReference(QDateTime::fromString(QString::fromLatin1(isoReference), Qt::ISODate).toMSecsSinceEpoch());
    return clock;
}

} // namespace

void TestSendmailLogParser::events_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QByteArrayList>("expected");

    // Lines as Sendmail 8.17 wrote them in the MTA lab (tests/data/sendmail-lab/maillog).
    QTest::newRow("a hard bounce takes the reply from reply= and the status from dsn=")
        << QByteArrayList {"Dec  4 22:53:03 lab sendmail[27237]: 6B4Mr3Kj027237: from=notifications@board.example, "
                           "size=227, class=0, nrcpts=1, msgid=<lab-1.1796424783@board.example>, relay=root@localhost",
               "Dec  4 22:53:03 lab sendmail[27240]: 6B4Mr3Kj027237: to=ghost@gmail.example, delay=00:00:00, "
               "xdelay=00:00:00, mailer=esmtp, pri=30227, relay=[127.0.0.10] [127.0.0.10], dsn=5.1.1, "
               "reply=550-5.1.1 The email account that you tried to reach does not exist. Please try, stat=User "
               "unknown",
               "Dec  4 22:53:03 lab sendmail[27240]: 6B4Mr3Kj027237: 6B4Mr3Ki027240: DSN: User unknown"}
        << QByteArrayList {"failed ghost@gmail.example code=550 status=5.1.1 ip=127.0.0.10 "
                           "from=notifications@board.example | 550-5.1.1 The email account that you tried to reach "
                           "does not exist. Please try"};

    QTest::newRow("a reply holding commas is read up to the last stat=")
        << QByteArrayList {"Dec  4 22:53:03 lab sendmail[27253]: 6B4Mr32M027250: to=full.box@webmail.example, "
                           "delay=00:00:00, xdelay=00:00:00, mailer=esmtp, pri=30238, relay=[127.0.0.14] "
                           "[127.0.0.14], dsn=5.2.2, reply=552 5.2.2 <full.box@webmail.example>: Recipient address "
                           "rejected: Mailbox full, quota exceeded, stat=Service unavailable"}
        << QByteArrayList {"failed full.box@webmail.example code=552 status=5.2.2 ip=127.0.0.14 | 552 5.2.2 "
                           "<full.box@webmail.example>: Recipient address rejected: Mailbox full, quota exceeded"};

    QTest::newRow("a deferral by sm-mta keeps the reply when stat= only says the connection dropped")
        << QByteArrayList {"Dec  4 22:53:13 lab sm-mta[27332]: 6B4Mr3ND027283: to=someone@yahoo.example, "
                           "delay=00:00:10, xdelay=00:00:00, mailer=esmtp, pri=210244, relay=[127.0.0.13] "
                           "[127.0.0.13], dsn=4.0.0, reply=421 4.7.0 [TSS04] Messages from 127.0.0.1 temporarily "
                           "deferred, stat=Deferred: Connection reset by [127.0.0.13]"}
        << QByteArrayList {"delayed someone@yahoo.example code=421 status=4.0.0 ip=127.0.0.13 | 421 4.7.0 [TSS04] "
                           "Messages from 127.0.0.1 temporarily deferred"};

    QTest::newRow("without reply= the status text is the diagnostic and the host loses its final dot")
        << QByteArrayList {"Mar  1 10:00:00 mail sendmail[1]: u31FFPtp032300: to=<a@x.example>, delay=00:00:01, "
                           "xdelay=00:00:01, mailer=esmtp, pri=120, relay=mx.x.example. [192.0.2.1], dsn=4.3.5, "
                           "stat=Deferred: 451 4.3.5 Server configuration problem"}
        << QByteArrayList {"delayed a@x.example code=451 status=4.3.5 host=mx.x.example ip=192.0.2.1 | 451 4.3.5 "
                           "Server configuration problem"};

    QTest::newRow("a line for several recipients makes one event each")
        << QByteArrayList {"Mar  1 10:00:00 mail sendmail[1]: u31FFPtp032301: from=<alerts@jobs.example>, size=9, "
                           "class=0, nrcpts=2, msgid=<m@jobs.example>, relay=www-data@localhost",
               "Mar  1 10:00:01 mail sendmail[2]: u31FFPtp032301: to=<b@y.example>,<c@y.example>, delay=00:00:01, "
               "xdelay=00:00:01, mailer=esmtp, pri=120, relay=mx.y.example. [192.0.2.2], dsn=5.1.1, stat=User "
               "unknown"}
        << QByteArrayList {
               "failed b@y.example status=5.1.1 host=mx.y.example ip=192.0.2.2 from=alerts@jobs.example | User unknown",
               "failed c@y.example status=5.1.1 host=mx.y.example ip=192.0.2.2 from=alerts@jobs.example | User "
               "unknown"};

    QTest::newRow("a delivery to an address once deferred is reported")
        << QByteArrayList {"Dec  4 22:53:03 lab sendmail[27304]: 6B4Mr3j2027301: to=later@webmail.example, "
                           "delay=00:00:00, xdelay=00:00:00, mailer=esmtp, pri=30240, relay=[127.0.0.14] "
                           "[127.0.0.14], dsn=4.7.1, reply=451 4.7.1 Greylisted, please try again later, "
                           "stat=Deferred: 451 4.7.1 Greylisted, please try again later",
               "Dec  4 22:53:08 lab sm-mta[27323]: 6B4Mr3j2027301: to=later@webmail.example, delay=00:00:05, "
               "xdelay=00:00:00, mailer=esmtp, pri=120240, relay=[127.0.0.14] [127.0.0.14], dsn=2.0.0, stat=Sent (OK "
               "queued)"}
        << QByteArrayList {"delayed later@webmail.example code=451 status=4.7.1 ip=127.0.0.14 | 451 4.7.1 "
                           "Greylisted, please try again later",
               "delivered later@webmail.example status=2.0.0 ip=127.0.0.14 | OK queued"};
}

void TestSendmailLogParser::events()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(QByteArrayList, expected);

    SendmailLogParser parser;
    LogClock clock = utcClockAt("2024-12-31T00:00:00Z");
    parser.setClock(&clock);
    QByteArrayList got;
    for (const DeliveryEvent& e : parseAll(parser, lines))
        got.append(eventText(e));
    QCOMPARE(got, expected);
}

void TestSendmailLogParser::queueTimeoutFailsEveryRecipientStillDeferred()
{
    SendmailLogParser parser;
    LogClock clock = utcClockAt("2024-06-01T00:00:00Z");
    parser.setClock(&clock);
    const QByteArrayList lines {
        "Mar  1 10:00:00 mail sm-mta[1]: u31FFPtp032302: from=<alerts@jobs.example>, size=1, class=0, nrcpts=2, "
        "msgid=<n@jobs.example>, proto=ESMTP, daemon=MTA, relay=localhost [127.0.0.1]",
        "Mar  1 10:00:01 mail sm-mta[2]: u31FFPtp032302: to=<f@full.example>, delay=00:00:01, xdelay=00:00:01, "
        "mailer=esmtp, pri=120, relay=mx.full.example. [192.0.2.5], dsn=4.2.2, stat=Deferred: 452 4.2.2 Mailbox full",
        "Mar  1 10:00:01 mail sm-mta[2]: u31FFPtp032302: to=<g@grey.example>, delay=00:00:01, xdelay=00:00:01, "
        "mailer=esmtp, pri=120, relay=mx.grey.example. [192.0.2.6], dsn=4.7.1, stat=Deferred: 451 4.7.1 Greylisted",
        "Mar  1 10:20:01 mail sm-mta[3]: u31FFPtp032302: to=<g@grey.example>, delay=00:20:01, xdelay=00:00:01, "
        "mailer=esmtp, pri=120, relay=mx.grey.example. [192.0.2.6], dsn=2.0.0, stat=Sent (ok)",
        "Mar  6 10:00:02 mail sm-mta[4]: u31FFPtp032302: u36A02Ab000004: DSN: Cannot send message for 5 days",
        "Mar  6 10:00:02 mail sm-mta[4]: u31FFPtp032302: done",
    };
    const auto events = parseAll(parser, lines);
    QCOMPARE(events.size(), 4);
    QCOMPARE(eventText(events[3]),
        QByteArray("failed (timeout) f@full.example host=mx.full.example ip=192.0.2.5 from=alerts@jobs.example | "
                   "Cannot send message for 5 days"));
    QCOMPARE(utcText(events[3].time), QByteArray("2024-03-06T10:00:02.000Z"));
}

void TestSendmailLogParser::inboundRejectsAndOtherDaemonsAreIgnored()
{
    SendmailLogParser parser;
    LogClock clock = utcClockAt("2024-06-01T00:00:00Z");
    parser.setClock(&clock);
    QList<LineVerdict> verdicts;
    const auto events = parseAll(parser,
        {"Mar  1 10:00:00 mail sm-mta[5]: u31A0x1B000005: ruleset=check_rcpt, arg1=<a@b.example>, relay=unknown "
         "[192.0.2.1], reject=550 5.7.1 <a@b.example>... Relaying denied",
            "Mar  1 10:00:00 mail sm-mta[5]: STARTTLS=client, relay=mx.x.example., version=TLSv1.3, verify=FAIL",
            "Mar  1 10:00:00 mail dovecot[9]: imap-login: Login: user=<x>",
            "Mar  1 10:00:00 mail sm-mta[6]: u31A0x1B000006: 6B4Ms4Wl027458: DSN: Warning: could not send message "
            "for past 4 hours",
            "garbage line"},
        &verdicts);
    QVERIFY(events.isEmpty());
    const QList<LineVerdict> expected {
        LineVerdict::Ignored, LineVerdict::Ignored, LineVerdict::Ignored, LineVerdict::Ignored, LineVerdict::Malformed};
    QCOMPARE(verdicts, expected);
}

QTEST_GUILESS_MAIN(TestSendmailLogParser)
#include "TestSendmailLogParser.moc"
