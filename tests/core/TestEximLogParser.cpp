#include "EventText.h"
#include "mail/EximLogParser.h"
#include "mail/LogTime.h"

#include <QTest>

class TestEximLogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void events_data();
    void events();
    void timesWithAndWithoutZone();
    void malformedAndIgnoredLines();
    void stateIsDroppedWhenTheMessageCompletes();
};

void TestEximLogParser::events_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::newRow("a delivery carries host, IP and the confirmation")
        << QByteArrayList { "2024-03-01 10:00:00 1rAbCd-00Faoy-Uh <= alerts@jobs.example H=localhost [127.0.0.1] "
                            "P=esmtp S=1234 id=abc@jobs.example",
               "2024-03-01 10:00:01 1rAbCd-00Faoy-Uh => ann@gmail.example R=dnslookup T=remote_smtp "
               "H=gmail-smtp-in.l.google.com [142.250.1.26] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes "
               "C=\"250 2.0.0 OK  1709287201 gsmtp\" QT=1s DT=1s" }
        << QByteArrayList { "delivered ann@gmail.example code=250 host=gmail-smtp-in.l.google.com ip=142.250.1.26 "
                            "from=alerts@jobs.example | 250 2.0.0 OK  1709287201 gsmtp" };

    QTest::newRow("a 4.97 id and an extra address on the same delivery")
        << QByteArrayList { "2024-03-01 10:00:00 1rAbCd-000000001bo-D342 <= alerts@jobs.example P=local S=1",
               "2024-03-01 10:00:01 1rAbCd-000000001bo-D342 => a@x.example R=r T=t H=mx.x.example "
               "[192.0.2.1]:25 C=\"250 ok\"",
               "2024-03-01 10:00:01 1rAbCd-000000001bo-D342 -> b@x.example R=r T=t H=mx.x.example "
               "[192.0.2.1]:25 C=\"250 ok\"" }
        << QByteArrayList {
               "delivered a@x.example code=250 host=mx.x.example ip=192.0.2.1 from=alerts@jobs.example | 250 ok",
               "delivered b@x.example code=250 host=mx.x.example ip=192.0.2.1 from=alerts@jobs.example | 250 ok"
           };

    QTest::newRow("a multi-line remote refusal keeps its lines")
        << QByteArrayList { "2024-03-01 10:00:00 1rAbCd-00Faoy-Uh <= alerts@jobs.example P=local S=1",
               "2024-03-01 10:00:02 1rAbCd-00Faoy-Uh ** nobody@gmail.example R=dnslookup T=remote_smtp "
               "H=gmail-smtp-in.l.google.com [142.250.1.26] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: "
               "SMTP error from remote mail server after RCPT TO:<nobody@gmail.example>: 550-5.1.1 The "
               "email account that you tried to reach does not exist.\\n550 5.1.1 Please try again - gsmtp" }
        << QByteArrayList {
               "failed nobody@gmail.example code=550 status=5.1.1 cmd=RCPT TO "
               "host=gmail-smtp-in.l.google.com ip=142.250.1.26 from=alerts@jobs.example | 550-5.1.1 The "
               "email account that you tried to reach does not exist.\n550 5.1.1 Please try again - gsmtp"
           };

    QTest::newRow("a refusal at MAIL FROM with a SIZE parameter")
        << QByteArrayList { "2024-03-01 10:00:00 1rAbCd-00Faoy-Uh <= alerts@jobs.example P=local S=1",
               "2024-03-01 10:00:02 1rAbCd-00Faoy-Uh ** bob@outlook.example R=dnslookup T=remote_smtp "
               "H=outlook-com.olc.protection.outlook.com [52.101.1.1]: SMTP error from remote mail server "
               "after MAIL FROM:<alerts@jobs.example> SIZE=2345: 550 5.7.1 Unfortunately, messages from "
               "[192.0.2.7] weren't sent. (S3150)" }
        << QByteArrayList { "failed bob@outlook.example code=550 status=5.7.1 cmd=MAIL FROM "
                            "host=outlook-com.olc.protection.outlook.com ip=52.101.1.1 from=alerts@jobs.example | 550 "
                            "5.7.1 Unfortunately, messages from [192.0.2.7] weren't sent. (S3150)" };

    QTest::newRow("a deferral after end of data")
        << QByteArrayList { "2024-03-01 10:00:03 1rAbCd-00Faoy-Uh == carl@yahoo.example R=dnslookup T=remote_smtp "
                            "defer (-46) H=mta5.am0.yahoodns.net [67.195.204.72]: SMTP error from remote mail server "
                            "after end of data: 421 4.7.0 [TSS04] Messages from 192.0.2.7 temporarily deferred" }
        << QByteArrayList { "delayed carl@yahoo.example code=421 status=4.7.0 cmd=DATA host=mta5.am0.yahoodns.net "
                            "ip=67.195.204.72 | 421 4.7.0 [TSS04] Messages from 192.0.2.7 temporarily deferred" };

    QTest::newRow("unrouteable address with the sender on the line")
        << QByteArrayList { "2024-03-01 10:00:04 1rAbCd-00Faoy-Uh ** dora@nowhere.invalid F=<recruiter@acme.example> "
                            "R=dnslookup: Unrouteable address" }
        << QByteArrayList { "failed dora@nowhere.invalid from=recruiter@acme.example | Unrouteable address" };

    QTest::newRow("the colon right after the address")
        << QByteArrayList { "2024-03-01 10:00:04 1rAbCd-00Faoy-Uh ** dora@nowhere.invalid: Unrouteable address" }
        << QByteArrayList { "failed dora@nowhere.invalid | Unrouteable address" };

    QTest::newRow("retry timeout exceeded is a final failure without a reply")
        << QByteArrayList { "2024-03-05 10:00:04 1rAbCd-00Faoy-Uh ** eve@full.example R=dnslookup T=remote_smtp: "
                            "retry timeout exceeded" }
        << QByteArrayList { "failed (timeout) eve@full.example | retry timeout exceeded" };

    QTest::newRow("a host-level error explains the deferral that follows")
        << QByteArrayList { "2024-03-01 10:00:00 1rAbCd-00Faoy-Uh <= alerts@jobs.example P=local S=1",
               "2024-03-01 10:00:05 1rAbCd-00Faoy-Uh H=mx.down.example [192.0.2.9] Connection refused",
               "2024-03-01 10:00:05 1rAbCd-00Faoy-Uh == fay@down.example R=dnslookup T=remote_smtp "
               "defer (111): Connection refused" }
        << QByteArrayList { "delayed fay@down.example host=mx.down.example ip=192.0.2.9 from=alerts@jobs.example "
                            "| Connection refused" };

    QTest::newRow("a host-level SMTP error at connection time")
        << QByteArrayList { "2024-03-01 10:00:05 1rAbCd-00Faoy-Uh H=mx.busy.example [192.0.2.10]: SMTP error from "
                            "remote mail server after initial connection: 421 4.3.2 Too busy",
               "2024-03-01 10:00:05 1rAbCd-00Faoy-Uh == gus@busy.example R=dnslookup T=remote_smtp "
               "defer (-53): retry time not reached for any host" }
        << QByteArrayList { "delayed gus@busy.example code=421 status=4.3.2 cmd=connect host=mx.busy.example "
                            "ip=192.0.2.10 | 421 4.3.2 Too busy" };

    QTest::newRow("a queue run that skipped the address is not an attempt")
        << QByteArrayList{"2024-03-01 10:00:00 1rAbCd-00Faoy-Uh == late@grey.example R=dnslookup T=remote_smtp "
                          "defer (-44) H=mx.grey.example [192.0.2.6]: SMTP error from remote mail server after RCPT "
                          "TO:<late@grey.example>: 451 4.7.1 Greylisted",
                          "2024-03-01 10:01:00 1rAbCd-00Faoy-Uh == late@grey.example routing defer (-52): retry time "
                          "not reached",
                          "2024-03-01 10:02:00 1rAbCd-00Faoy-Uh == late@grey.example R=dnslookup T=remote_smtp defer "
                          "(-53): retry time not reached for any host"}
        << QByteArrayList{"delayed late@grey.example code=451 status=4.7.1 cmd=RCPT TO host=mx.grey.example "
                          "ip=192.0.2.6 | 451 4.7.1 Greylisted"};

    QTest::newRow("giving up after a long failure period is a final failure")
        << QByteArrayList{"2024-03-09 10:00:00 1rAbCd-00Faoy-Uh ** dead@down.example R=dnslookup T=remote_smtp: retry "
                          "time not reached for any host after a long failure period"}
        << QByteArrayList{"failed dead@down.example | retry time not reached for any host after a long failure period"};

    QTest::newRow("a bounce message arrival has no sender and makes no event") << QByteArrayList {
        "2024-03-01 10:00:06 1rAbCe-00Fbbb-Xx <= <> R=1rAbCd-00Faoy-Uh U=Debian-exim P=local S=3000",
        "2024-03-01 10:00:06 1rAbCe-00Fbbb-Xx => alerts <alerts@jobs.example> R=local_user "
        "T=mail_spool"
    } << QByteArrayList { "delivered alerts@jobs.example" };
}

void TestEximLogParser::events()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(QByteArrayList, expected);

    EximLogParser parser;
    LogClock clock(QTimeZone::utc());
    parser.setClock(&clock);
    QByteArrayList got;
    for (const DeliveryEvent& e : parseAll(parser, lines))
        got.append(eventText(e));
    QCOMPARE(got, expected);
}

void TestEximLogParser::timesWithAndWithoutZone()
{
    EximLogParser parser;
    LogClock clock(QTimeZone("Europe/Berlin"));
    parser.setClock(&clock);
    const auto events = parseAll(parser,
        { "2024-07-01 12:00:00 1rAbCd-00Faoy-Uh ** a@x.example: Unrouteable address",
            "2024-01-01 12:00:00.250 1rAbCd-00Faoy-Uh ** a@x.example: Unrouteable address",
            "2024-07-01 12:00:00 -0500 1rAbCd-00Faoy-Uh ** a@x.example: Unrouteable address",
            "2024-07-01 12:00:00 [4711] 1rAbCd-00Faoy-Uh ** a@x.example: Unrouteable address" });
    QCOMPARE(events.size(), 4);
    QCOMPARE(utcText(events[0].time), QByteArray("2024-07-01T10:00:00.000Z")); // summer time, +2
    QCOMPARE(utcText(events[1].time), QByteArray("2024-01-01T11:00:00.250Z")); // winter time, +1
    QCOMPARE(utcText(events[2].time), QByteArray("2024-07-01T17:00:00.000Z")); // the line's own offset
    QCOMPARE(utcText(events[3].time), QByteArray("2024-07-01T10:00:00.000Z")); // with a pid
}

void TestEximLogParser::malformedAndIgnoredLines()
{
    EximLogParser parser;
    QList<LineVerdict> verdicts;
    parseAll(parser,
        { "not a log line at all", "2024-13-01 10:00:00 1rAbCd-00Faoy-Uh ** a@x: y",
            "2024-03-01 10:00:00 Start queue run: pid=123", "2024-03-01 10:00:00 1rAbCd-00Faoy-Uh Completed",
            "2024-03-01 10:00:00 1rAbCd-00Faoy-Uh ** " },
        &verdicts);
    const QList<LineVerdict> expected { LineVerdict::Malformed, LineVerdict::Malformed, LineVerdict::Ignored,
        LineVerdict::Used, LineVerdict::Malformed };
    QCOMPARE(verdicts, expected);
}

void TestEximLogParser::stateIsDroppedWhenTheMessageCompletes()
{
    EximLogParser parser;
    const auto events = parseAll(parser,
        { "2024-03-01 10:00:00 1rAbCd-00Faoy-Uh <= s@jobs.example P=local S=1",
            "2024-03-01 10:00:01 1rAbCd-00Faoy-Uh Completed",
            "2024-03-01 10:00:02 1rAbCd-00Faoy-Uh ** a@x.example: Unrouteable address" });
    QCOMPARE(events.size(), 1);
    QVERIFY(events[0].sender.isEmpty());
}

QTEST_GUILESS_MAIN(TestEximLogParser)
#include "TestEximLogParser.moc"
