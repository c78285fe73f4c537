#include "reputation/InMemoryResolver.h"
#include "reputation/Spf.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The openspf conformance suites for RFC 7208 (203 tests) and RFC 4408 (191 tests), vendored in
// tests/data/spf with their licence and turned into JSON at build time. Each scenario's zone is
// served by the in-memory resolver the way the suite's own driver (pyspf's testspf.py) serves it.
class TestSpfSuite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suite_data();
    void suite();
    void traceShowsTheRecordsAndTheCount();
    void answersThatComeLaterGiveTheSameResult();
};

namespace {

QByteArray bytes(const QJsonValue& value)
{
    return value.toString().toLatin1();
}

DnsRecord recordOf(const QByteArray& name, DnsType type)
{
    DnsRecord record;
    record.name = name;
    record.type = type;
    return record;
}

// pyspf's test driver: SPF records are served as TXT too unless the name has TXT records of its
// own ("TXT: NONE" serves none and stops the copy); TIMEOUT makes every type not yet listed for
// the name time out; names under "error." fail.
void loadZone(InMemoryResolver& resolver, const QJsonObject& zone)
{
    for (auto it = zone.begin(); it != zone.end(); ++it) {
        const QByteArray name = it.key().toLatin1();
        const QJsonArray records = it.value().toArray();
        bool ownTxt = false;
        for (const QJsonValue& item : records) {
            if (item.toArray().at(0).toString() == QLatin1String("TXT"))
                ownTxt = true;
        }
        for (const QJsonValue& item : records) {
            const QString kind = item.toArray().at(0).toString();
            const QJsonValue value = item.toArray().at(1);
            if (kind == QLatin1String("TIMEOUT")) {
                resolver.failFrom(name, DnsStatus::Timeout);
                continue;
            }
            if (kind == QLatin1String("SPF") || kind == QLatin1String("TXT")) {
                if (kind == QLatin1String("SPF") && ownTxt)
                    continue;
                if (value.isString() && value.toString() == QLatin1String("NONE"))
                    continue;
                DnsRecord txt = recordOf(name, DnsType::Txt);
                if (value.isArray()) {
                    for (const QJsonValue& part : value.toArray())
                        txt.strings.append(bytes(part));
                } else {
                    txt.strings.append(bytes(value));
                }
                resolver.add(txt);
            } else if (kind == QLatin1String("A") || kind == QLatin1String("AAAA")) {
                DnsRecord address = recordOf(name, kind == QLatin1String("A") ? DnsType::A : DnsType::Aaaa);
                address.address = QHostAddress(value.toString());
                resolver.add(address);
            } else if (kind == QLatin1String("MX")) {
                DnsRecord mx = recordOf(name, DnsType::Mx);
                mx.preference = quint16(value.toArray().at(0).toInt());
                mx.target = bytes(value.toArray().at(1));
                resolver.add(mx);
            } else if (kind == QLatin1String("PTR") || kind == QLatin1String("CNAME")) {
                DnsRecord target = recordOf(name, kind == QLatin1String("PTR") ? DnsType::Ptr : DnsType::Cname);
                target.target = bytes(value);
                resolver.add(target);
            }
        }
    }
}

SpfOutcome check(DnsResolver& resolver, const SpfRequest& request)
{
    SpfOutcome outcome;
    bool done = false;
    SpfCheck::run(resolver, request, [&](const SpfOutcome& result) {
        outcome = result;
        done = true;
    });
    if (!done) [[maybe_unused]]
        const bool finished = QTest::qWaitFor([&] { return done; }, 5000);
    return outcome;
}

} // namespace

void TestSpfSuite::suite_data()
{
    QTest::addColumn<QJsonObject>("test");
    int rows = 0;
    for (const char* file : {"spf-rfc7208-tests.json", "spf-rfc4408-tests.json"}) {
        QFile json(QStringLiteral(MAILROOM_SPF_SUITE_DIR "/") + QLatin1String(file));
        QVERIFY2(json.open(QIODevice::ReadOnly), qPrintable(json.fileName()));
        const QJsonArray tests = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(tests.size(), QByteArray(file).contains("7208") ? 203 : 191);
        for (const QJsonValue& value : tests) {
            const QJsonObject test = value.toObject();
            const QByteArray row = QByteArray(file).mid(4, 8) + ": "
                + test.value(QLatin1String("scenario")).toString().toUtf8() + " / "
                + test.value(QLatin1String("name")).toString().toUtf8();
            QTest::newRow(row.constData()) << test;
            ++rows;
        }
    }
    QCOMPARE(rows, 394);
}

void TestSpfSuite::suite()
{
    QFETCH(QJsonObject, test);
    InMemoryResolver resolver;
    loadZone(resolver, test.value(QLatin1String("zone")).toObject());

    SpfRequest request;
    request.ip = QHostAddress(test.value(QLatin1String("host")).toString());
    request.ipText = bytes(test.value(QLatin1String("host")));
    request.sender = bytes(test.value(QLatin1String("mailfrom")));
    request.helo = bytes(test.value(QLatin1String("helo")));
    request.receiver = "unknown";
    const SpfOutcome outcome = check(resolver, request);

    QStringList accepted;
    for (const QJsonValue& result : test.value(QLatin1String("results")).toArray())
        accepted.append(result.toString());
    const QString got = QString::fromLatin1(spfResultName(outcome.result));
    QVERIFY2(accepted.contains(got),
        qPrintable(QStringLiteral("got %1 (%2), expected %3")
                       .arg(got, outcome.problem, accepted.join(QLatin1String(" or ")))));

    const QJsonValue explanation = test.value(QLatin1String("explanation"));
    if (explanation.isString() && outcome.result == SpfResult::Fail) {
        if (explanation.toString() == QLatin1String("DEFAULT"))
            QVERIFY2(outcome.defaultExplanation, outcome.explanation.constData());
        else
            QCOMPARE(outcome.explanation, bytes(explanation));
    }
}

void TestSpfSuite::traceShowsTheRecordsAndTheCount()
{
    InMemoryResolver resolver;
    const auto txt = [&](const QByteArray& name, const QByteArray& text) {
        DnsRecord record = recordOf(name, DnsType::Txt);
        record.strings = {text};
        resolver.add(record);
    };
    txt("board.test", "v=spf1 include:mailer.test a -all");
    txt("mailer.test", "v=spf1 ip4:198.51.100.0/24 ?all");
    DnsRecord a = recordOf("board.test", DnsType::A);
    a.address = QHostAddress(QStringLiteral("192.0.2.10"));
    resolver.add(a);

    SpfRequest request;
    request.ip = QHostAddress(QStringLiteral("192.0.2.10"));
    request.sender = "alerts@board.test";
    const SpfOutcome outcome = check(resolver, request);
    QCOMPARE(outcome.result, SpfResult::Pass);
    QCOMPARE(outcome.record, QByteArray("v=spf1 include:mailer.test a -all"));
    QCOMPARE(outcome.lookups, 2);
    QCOMPARE(outcome.voidLookups, 0);
    QStringList lines;
    for (const SpfStep& step : outcome.steps)
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(step.depth)
                         .arg(QString::fromLatin1(step.domain), QString::fromLatin1(step.term), step.note));
    QCOMPARE(lines,
        (QStringList {QStringLiteral("0 board.test v=spf1 include:mailer.test a -all "),
            QStringLiteral("1 mailer.test v=spf1 ip4:198.51.100.0/24 ?all "),
            QStringLiteral("1 mailer.test ip4:198.51.100.0/24 no match"), QStringLiteral("1 mailer.test ?all match"),
            QStringLiteral("0 board.test include:mailer.test no match"), QStringLiteral("0 board.test a match")}));

    request.ip = QHostAddress(QStringLiteral("203.0.113.9"));
    const SpfOutcome refused = check(resolver, request);
    QCOMPARE(refused.result, SpfResult::Fail);
    QVERIFY(refused.defaultExplanation);
}

void TestSpfSuite::answersThatComeLaterGiveTheSameResult()
{
    InMemoryResolver resolver;
    DnsRecord txt = recordOf("board.test", DnsType::Txt);
    txt.strings = {"v=spf1 mx:mail.board.test/24 -all"};
    resolver.add(txt);
    DnsRecord mx = recordOf("mail.board.test", DnsType::Mx);
    mx.target = "mx1.board.test";
    resolver.add(mx);
    DnsRecord a = recordOf("mx1.board.test", DnsType::A);
    a.address = QHostAddress(QStringLiteral("192.0.2.1"));
    resolver.add(a);
    resolver.setAnswerLater(true);

    SpfRequest request;
    request.ip = QHostAddress(QStringLiteral("192.0.2.77"));
    request.sender = "alerts@board.test";
    const SpfOutcome outcome = check(resolver, request);
    QCOMPARE(outcome.result, SpfResult::Pass);
    QCOMPARE(resolver.queries(), 3);
}

QTEST_GUILESS_MAIN(TestSpfSuite)
#include "TestSpfSuite.moc"
