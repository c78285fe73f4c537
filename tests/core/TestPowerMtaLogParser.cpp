#include "EventText.h"
#include "mail/LogTime.h"
#include "mail/PowerMtaLogParser.h"

#include <QFile>
#include <QTest>

class TestPowerMtaLogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureGivesOneEventPerRecord();
    void expiredBounceIsARetryTimeout();
    void feedbackLoopIsAComplaint();
    void splitRecord_data();
    void splitRecord();
    void timeStamps_data();
    void timeStamps();
    void typeSpecificHeaderAppliesToItsTypeOnly();
    void crlfLinesAreRead();
    void badRecordsAreMalformed();
};

namespace {

const QByteArray Header = "type,timeLogged,orig,rcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,dlvDestinationIp";

QList<DeliveryEvent> parseLines(const QByteArrayList& lines, QList<LineVerdict>* verdicts = nullptr)
{
    PowerMtaLogParser parser;
    LogClock clock(QTimeZone::utc());
    parser.setClock(&clock);
    return parseAll(parser, lines, verdicts);
}

} // namespace

void TestPowerMtaLogParser::fixtureGivesOneEventPerRecord()
{
    QFile file(QStringLiteral(MAILROOM_TEST_DATA "/powermta/acct-mixed.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<LineVerdict> verdicts;
    QByteArrayList got;
    for (const DeliveryEvent& e : parseLines(file.readAll().trimmed().split('\n'), &verdicts))
        got.append(eventText(e));
    const QByteArrayList expected {
        "delivered happy@webmail.example code=250 status=2.0.0 host=mx.webmail.example ip=192.0.2.14 "
        "from=notifications@board.example | 250 2.0.0 OK queued as 4F1A2B",
        "failed ghost@gmail.example code=550 status=5.1.1 host=gmail-smtp-in.l.google.com ip=192.0.2.10 "
        "from=notifications@board.example | 550 5.1.1 The email account that you tried to reach does not exist. "
        "Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp",
        "failed no.such.applicant@gmail.example code=550 status=5.1.1 host=gmail-smtp-in.l.google.com "
        "ip=192.0.2.10 from=recruiter@acme.example | 550 5.1.1 The email account that you tried to reach does not "
        "exist. - gsmtp",
        "failed listed@isp.example code=554 status=5.7.1 host=mx.isp.example ip=192.0.2.12 "
        "from=notifications@board.example | 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using "
        "zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7",
        "delayed nearly.full@webmail.example code=452 status=4.2.2 host=mx.webmail.example ip=192.0.2.14 "
        "from=notifications@board.example | 452 4.2.2 <nearly.full@webmail.example>: Mailbox full, try again later",
        "failed (timeout) nearly.full@webmail.example code=452 status=4.2.2 host=mx.webmail.example ip=192.0.2.14 "
        "from=notifications@board.example | 452 4.2.2 <nearly.full@webmail.example>: Mailbox full, try again later",
        "failed quoted@webmail.example code=552 status=5.2.2 host=mx.webmail.example ip=192.0.2.14 "
        "from=notifications@board.example | 552 5.2.2 Mailbox \"quoted\" is full, quota exceeded",
        "failed complainer@webmail.example from=notifications@board.example | feedback report: abuse",
        "failed gone@webmail.example code=550 status=5.1.1 host=mx2.webmail.example from=notifications@board.example "
        "| 550 5.1.1 <gone@webmail.example>: Recipient address rejected: User unknown",
    };
    QCOMPARE(got, expected);
    QVERIFY(!verdicts.contains(LineVerdict::Malformed));
}

void TestPowerMtaLogParser::expiredBounceIsARetryTimeout()
{
    const auto events = parseLines({Header,
        "b,2017-08-22 10:45:32+0200,a@board.example,r@x.example,failed,4.4.7,smtp;421 4.4.7 Too many retries,"
        "mx.x.example (192.0.2.1),message-expired,192.0.2.1"});
    QCOMPARE(events.size(), 1);
    QVERIFY(events[0].retryTimeout);
    QCOMPARE(events[0].action, DeliveryAction::Failed);
    QCOMPARE(utcText(events[0].time), QByteArray("2017-08-22T08:45:32.000Z"));
}

void TestPowerMtaLogParser::feedbackLoopIsAComplaint()
{
    const auto events
        = parseLines({"type,timeLogged,orig,rcpt,feedbackType", "f,1178807903,a@board.example,r@x.example,abuse"});
    QCOMPARE(events.size(), 1);
    QVERIFY(events[0].reason.has_value());
    QCOMPARE(*events[0].reason, BounceReason::Feedback);
}

void TestPowerMtaLogParser::splitRecord_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArrayList>("fields");

    QTest::newRow("plain fields, an empty one and an empty last one")
        << QByteArray("d,1,a@b,,x,") << QByteArrayList {"d", "1", "a@b", "", "x", ""};
    QTest::newRow("a quoted field holds commas")
        << QByteArray("b,\"smtp;550 no, really\",z") << QByteArrayList {"b", "smtp;550 no, really", "z"};
    QTest::newRow("doubled quotes stand for one")
        << QByteArray("b,\"two inches,\"\"2\"\"\"") << QByteArrayList {"b", "two inches,\"2\""};
    QTest::newRow("a CRLF record ending is not part of the last field")
        << QByteArray("d,x\r") << QByteArrayList {"d", "x"};
}

void TestPowerMtaLogParser::splitRecord()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArrayList, fields);
    std::vector<QByteArrayView> views;
    std::vector<QByteArray> storage;
    QVERIFY(PowerMtaLogParser::splitRecord(line, views, storage));
    QByteArrayList got;
    for (const QByteArrayView view : views)
        got.append(view.toByteArray());
    QCOMPARE(got, fields);
}

void TestPowerMtaLogParser::timeStamps_data()
{
    QTest::addColumn<QByteArray>("stamp");
    QTest::addColumn<QByteArray>("utc");

    QTest::newRow("as real files show it")
        << QByteArray("2017-08-22 10:45:32+0200") << QByteArray("2017-08-22T08:45:32.000Z");
    QTest::newRow("UNIX time, the User's Guide default")
        << QByteArray("1178807903") << QByteArray("2007-05-10T14:38:23.000Z");
    QTest::newRow("ISO 8601 with a colon in the offset")
        << QByteArray("2026-01-15T14:23:11+00:00") << QByteArray("2026-01-15T14:23:11.000Z");
    QTest::newRow("no offset is the log's zone")
        << QByteArray("2017-08-22 10:45:32") << QByteArray("2017-08-22T10:45:32.000Z");
}

void TestPowerMtaLogParser::timeStamps()
{
    QFETCH(QByteArray, stamp);
    QFETCH(QByteArray, utc);
    const auto events = parseLines({"type,timeLogged,rcpt", "b," + stamp + ",r@x.example"});
    QCOMPARE(events.size(), 1);
    QCOMPARE(utcText(events[0].time), utc);
}

void TestPowerMtaLogParser::typeSpecificHeaderAppliesToItsTypeOnly()
{
    const auto events = parseLines({"type,timeLogged,rcpt,dsnStatus", "b,timeLogged,dsnStatus,rcpt",
        "b,1178807903,5.1.1,r@x.example", "t,1178807903,s@x.example,4.2.2"});
    QCOMPARE(events.size(), 2);
    QCOMPARE(eventText(events[0]), QByteArray("failed r@x.example status=5.1.1"));
    QCOMPARE(eventText(events[1]), QByteArray("delayed s@x.example status=4.2.2"));
}

void TestPowerMtaLogParser::crlfLinesAreRead()
{
    const auto events = parseLines({"type,timeLogged,rcpt,dsnStatus\r", "b,1178807903,r@x.example,5.1.1\r"});
    QCOMPARE(events.size(), 1);
    QCOMPARE(eventText(events[0]), QByteArray("failed r@x.example status=5.1.1"));
}

void TestPowerMtaLogParser::badRecordsAreMalformed()
{
    QList<LineVerdict> verdicts;
    const auto events = parseLines({Header, "b,1178807903,a@b,\"unterminated,", "zz,1,2,3", "b,1178807903,a@b,",
                                       "r,1178807903,a@b,c@d", "d,1178807903,a@b,c@d.example"},
        &verdicts);
    QCOMPARE(events.size(), 1);
    const QList<LineVerdict> expected {LineVerdict::Used, LineVerdict::Malformed, LineVerdict::Malformed,
        LineVerdict::Malformed, LineVerdict::Ignored, LineVerdict::Used};
    QCOMPARE(verdicts, expected);
}

QTEST_GUILESS_MAIN(TestPowerMtaLogParser)
#include "TestPowerMtaLogParser.moc"
