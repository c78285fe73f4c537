#include "EventText.h"
#include "mail/LogTime.h"
#include "mail/PostfixLogParser.h"

#include <QTest>

class TestPostfixLogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void events_data();
    void events();
    void expiryNamesEveryRecipientStillDeferred();
    void timestampFormats_data();
    void timestampFormats();
    void yearIsInferredAcrossNewYear();
    void otherDaemonsAndNoQueueLinesAreIgnored();
};

namespace {

LogClock utcClockAt(const char* isoReference)
{
    LogClock clock(QTimeZone::utc());
    clock.setYearReference(QDateTime::fromString(QString::fromLatin1(isoReference), Qt::ISODate).toMSecsSinceEpoch());
    return clock;
}

} // namespace

void TestPostfixLogParser::events_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::newRow("a bounce with the remote reply and the command")
        << QByteArrayList { "Mar  1 10:00:00 mail postfix/qmgr[101]: 4Tq1Xz2Ab3: from=<alerts@jobs.example>, "
                            "size=1234, nrcpt=1 (queue active)",
               "Mar  1 10:00:01 mail postfix/smtp[102]: 4Tq1Xz2Ab3: to=<Ann@Gmail.example>, "
               "relay=gmail-smtp-in.l.google.com[142.250.1.26]:25, delay=1.2, delays=0.1/0/0.5/0.6, "
               "dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[142.250.1.26] said: 550-5.1.1 "
               "The email account that you tried to reach does not exist. 550 5.1.1 Please try - gsmtp "
               "(in reply to RCPT TO command))" }
        << QByteArrayList {
               "failed Ann@Gmail.example code=550 status=5.1.1 cmd=RCPT TO host=gmail-smtp-in.l.google.com "
               "ip=142.250.1.26 from=alerts@jobs.example | 550-5.1.1 The email account that you tried to "
               "reach does not exist. 550 5.1.1 Please try - gsmtp"
           };

    QTest::newRow("a sent line with orig_to and a deferral at connect")
        << QByteArrayList { "Mar  1 10:00:00 mail postfix/smtp[102]: ABCDEF123: to=<b@x.example>, orig_to=<b@alias>, "
                            "relay=mx.x.example[192.0.2.1]:25, delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent "
                            "(250 2.0.0 Ok: queued as 123)",
               "Mar  1 10:00:02 mail postfix/smtp[102]: ABCDEF124: to=<c@down.example>, relay=none, "
               "delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to "
               "mx.down.example[192.0.2.9]:25: Connection timed out)" }
        << QByteArrayList {
               "delivered b@x.example code=250 status=2.0.0 host=mx.x.example ip=192.0.2.1 | 250 2.0.0 Ok: queued "
               "as 123",
               "delayed c@down.example status=4.4.1 cmd=connect | connect to mx.down.example[192.0.2.9]:25: "
               "Connection timed out"
           };

    QTest::newRow("a local error without a remote host")
        << QByteArrayList { "Mar  1 10:00:03 mail postfix/error[103]: ABCDEF125: to=<d@nowhere.invalid>, relay=none, "
                            "delay=0.1, delays=0/0/0/0.1, dsn=5.4.4, status=bounced (Host or domain name not found. "
                            "Name service error for name=nowhere.invalid type=A: Host not found)" }
        << QByteArrayList { "failed d@nowhere.invalid status=5.4.4 | Host or domain name not found. Name service error "
                            "for name=nowhere.invalid type=A: Host not found" };

    QTest::newRow("a refusal after end of data")
        << QByteArrayList { "Mar  1 10:00:04 mail postfix/smtp[104]: ABCDEF126: to=<e@big.example>, "
                            "relay=mx.big.example[192.0.2.11]:25, delay=2, delays=0/0/1/1, dsn=5.3.4, status=bounced "
                            "(host mx.big.example[192.0.2.11] said: 552 5.3.4 Message size exceeds fixed maximum "
                            "message "
                            "size (in reply to end of DATA command))" }
        << QByteArrayList { "failed e@big.example code=552 status=5.3.4 cmd=DATA host=mx.big.example ip=192.0.2.11 | "
                            "552 5.3.4 Message size exceeds fixed maximum message size" };
}

void TestPostfixLogParser::events()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(QByteArrayList, expected);

    PostfixLogParser parser;
    LogClock clock = utcClockAt("2024-06-01T00:00:00Z");
    parser.setClock(&clock);
    QByteArrayList got;
    for (const DeliveryEvent& e : parseAll(parser, lines))
        got.append(eventText(e));
    QCOMPARE(got, expected);
}

void TestPostfixLogParser::expiryNamesEveryRecipientStillDeferred()
{
    PostfixLogParser parser;
    LogClock clock = utcClockAt("2024-06-01T00:00:00Z");
    parser.setClock(&clock);
    const QByteArrayList lines {
        "Mar  1 10:00:00 mail postfix/qmgr[1]: 1A2B3C4D5E: from=<alerts@jobs.example>, size=1, nrcpt=3 (queue active)",
        "Mar  1 10:00:01 mail postfix/smtp[2]: 1A2B3C4D5E: to=<f@full.example>, relay=mx.full.example[192.0.2.5]:25, "
        "delay=1, delays=0/0/0/1, dsn=4.2.2, status=deferred (host mx.full.example[192.0.2.5] said: 452 4.2.2 Mailbox "
        "full (in reply to RCPT TO command))",
        "Mar  1 10:00:01 mail postfix/smtp[2]: 1A2B3C4D5E: to=<g@grey.example>, relay=mx.grey.example[192.0.2.6]:25, "
        "delay=1, delays=0/0/0/1, dsn=4.7.1, status=deferred (host mx.grey.example[192.0.2.6] said: 451 4.7.1 "
        "Greylisted (in reply to RCPT TO command))",
        "Mar  1 10:20:01 mail postfix/smtp[2]: 1A2B3C4D5E: to=<g@grey.example>, relay=mx.grey.example[192.0.2.6]:25, "
        "delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 ok)",
        "Mar  6 10:00:02 mail postfix/qmgr[1]: 1A2B3C4D5E: from=<alerts@jobs.example>, status=expired, returned to "
        "sender",
        "Mar  6 10:00:02 mail postfix/bounce[3]: 1A2B3C4D5E: sender non-delivery notification: 9F8E7D6C5B",
        "Mar  6 10:00:02 mail postfix/qmgr[1]: 1A2B3C4D5E: removed",
    };
    const auto events = parseAll(parser, lines);
    QCOMPARE(events.size(), 4);
    QCOMPARE(eventText(events[3]),
        QByteArray("failed (timeout) f@full.example host=mx.full.example ip=192.0.2.5 "
                   "from=alerts@jobs.example | message expired in the queue, returned "
                   "to sender"));
    QCOMPARE(utcText(events[3].time), QByteArray("2024-03-06T10:00:02.000Z"));
}

void TestPostfixLogParser::timestampFormats_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("utc");

    const QByteArray tail = " mail postfix/smtp[1]: ABCDEF1: to=<a@x.example>, relay=none, delay=0, "
                            "delays=0/0/0/0, dsn=5.4.4, status=bounced (Host not found)";
    QTest::newRow("syslog with a space-padded day")
        << QByteArray("Mar  1 10:00:00") + tail << QByteArray("2024-03-01T10:00:00.000Z");
    QTest::newRow("maillog_file with a zero-padded day")
        << QByteArray("Mar 01 10:00:00") + tail << QByteArray("2024-03-01T10:00:00.000Z");
    QTest::newRow("RFC 3339 with microseconds and an offset")
        << QByteArray("2024-03-01T10:00:00.123456+02:00") + tail << QByteArray("2024-03-01T08:00:00.123Z");
    QTest::newRow("RFC 3339 in UTC") << QByteArray("2023-12-31T23:59:59Z") + tail
                                     << QByteArray("2023-12-31T23:59:59.000Z");
}

void TestPostfixLogParser::timestampFormats()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, utc);
    PostfixLogParser parser;
    LogClock clock = utcClockAt("2024-06-01T00:00:00Z");
    parser.setClock(&clock);
    const auto events = parseAll(parser, { line });
    QCOMPARE(events.size(), 1);
    QCOMPARE(utcText(events[0].time), utc);
}

void TestPostfixLogParser::yearIsInferredAcrossNewYear()
{
    // The file was written in January 2025: its December lines are from 2024 and come first.
    PostfixLogParser parser;
    LogClock clock = utcClockAt("2025-01-02T08:00:00Z");
    parser.setClock(&clock);
    const QByteArray tail = " mail postfix/smtp[1]: ABCDEF1: to=<a@x.example>, relay=none, delay=0, "
                            "delays=0/0/0/0, dsn=5.4.4, status=bounced (Host not found)";
    const auto events = parseAll(parser, { "Dec 31 23:59:00" + tail, "Jan  1 00:01:00" + tail });
    QCOMPARE(events.size(), 2);
    QCOMPARE(utcText(events[0].time), QByteArray("2024-12-31T23:59:00.000Z"));
    QCOMPARE(utcText(events[1].time), QByteArray("2025-01-01T00:01:00.000Z"));
    QVERIFY(events[0].time < events[1].time);
}

void TestPostfixLogParser::otherDaemonsAndNoQueueLinesAreIgnored()
{
    PostfixLogParser parser;
    LogClock clock = utcClockAt("2024-06-01T00:00:00Z");
    parser.setClock(&clock);
    QList<LineVerdict> verdicts;
    const auto events = parseAll(parser,
        { "Mar  1 10:00:00 mail dovecot[9]: imap-login: Login: user=<x>",
            "Mar  1 10:00:00 mail postfix/smtpd[5]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 554 5.7.1 <a@b>: "
            "Relay access denied; from=<s@t> to=<a@b> proto=ESMTP helo=<x>",
            "Mar  1 10:00:00 mail postfix/smtpd[5]: connect from unknown[192.0.2.1]", "garbage line" },
        &verdicts);
    QVERIFY(events.isEmpty());
    const QList<LineVerdict> expected { LineVerdict::Ignored, LineVerdict::Ignored, LineVerdict::Ignored,
        LineVerdict::Malformed };
    QCOMPARE(verdicts, expected);
}

QTEST_GUILESS_MAIN(TestPostfixLogParser)
#include "TestPostfixLogParser.moc"
