#include "LocalDns.h"
#include "reputation/CaresResolver.h"
#include "reputation/Spf.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

// The c-ares resolver against a real DNS server: dnsmasq on 127.0.0.2 serving a test zone, plus
// a server that never answers and one that answers the wrong question, both in this test.
class TestDnsServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void recordsOfEveryType();
    void typedFailures();
    void silentServerTimesOut();
    void answerForAnotherQuestionIsNotTaken();
    void truncatedAnswersAreFetchedOverTcp();
    void hundredsInFlight();
    void spfOverRealDns();
    void malformedMessagesAreTyped();
    void cliCheckReportsEveryPart();
    void nameserverText_data();
    void nameserverText();

private:
    DnsAnswer ask(const QString& server, const QByteArray& name, DnsType type, int timeoutMs = 2000);

    QTemporaryDir m_dir;
    LocalDns m_dns {QStringLiteral("127.0.0.2"), 5353};
    QString m_server = QStringLiteral("127.0.0.2:5353");
};

namespace {

const QByteArray longText(300, 'x');
// An RSA 2048 public key (SubjectPublicKeyInfo, base64) made with openssl for this test.
const QByteArray dkimKey
    = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA61YLeio2iVGBE0PY6BNhhxs79/"
      "z1wYulCu3bwMrCpxKrmMVAT+5GlRfbAQlqQPKSLDmHcaWPkd64lXRiWCl+BcEwM7blrtgFTK8bAmVnGUzT80WediZ8B/"
      "YUZMOOpvHCcGPZLRvlS9gVpOgc+ff1ZJFaikr7LiqDGDN5SUJsFbvxL8EZdwciFSnDLf4Xp7JIStxAc46sm3U8YuAy2lg+"
      "tV2G4tsUtZ7smc2rguhXFuaI5L6EhX6JZ22DY6fKibDSfBtNxfk6ZmyJLXrcY35BOKBJ0rESp2OzXZENS5rdjFeptCLg92kjXBZIlGU9auB02LLB"
      "n+ZZ1wgLVbylXz1EhwIDAQAB";

} // namespace

void TestDnsServer::initTestCase()
{
    const QByteArray config = "local=/test/\nlocal=/in-addr.arpa/\n"
                              "txt-record=board.test,\"v=spf1 ip4:192.0.2.10 mx -all\"\n"
                              "txt-record=split.test,\"v=spf1 \",\"ip4:192.0.2.10 -all\"\n"
                              "txt-record=long.test,\""
        + longText.first(200) + "\",\"" + longText.sliced(200)
        + "\"\n"
          "host-record=mail.board.test,192.0.2.10,2001:db8::10\n"
          "mx-host=board.test,mail.board.test,10\n"
          "ptr-record=10.2.0.192.in-addr.arpa,mail.board.test\n"
          "cname=alias.board.test,mail.board.test\n"
          "address=/many.test/192.0.2.99\n"
          // The board's domain for the full check, and the lists' zones answered here: nothing is
          // asked outside this machine. Barracuda's zone is left out, so dnsmasq refuses it.
          "txt-record=_dmarc.board.test,\"v=DMARC1; p=none; rua=mailto:dmarc@board.test\"\n"
          "txt-record=s1._domainkey.board.test,\"v=DKIM1; k=rsa; p="
        + dkimKey.first(200) + "\",\"" + dkimKey.sliced(200)
        + "\"\n"
          "local=/spamhaus.org/\nlocal=/spamcop.net/\nlocal=/uceprotect.net/\nlocal=/surriel.com/\n"
          "local=/mailspike.net/\nlocal=/spamrats.com/\nlocal=/senderscore.com/\nlocal=/dnswl.org/\n"
          "host-record=10.2.0.192.zen.spamhaus.org,127.0.0.4\n"
          "txt-record=10.2.0.192.zen.spamhaus.org,\"https://check.spamhaus.org/listed?ip=192.0.2.10\"\n"
          "host-record=10.2.0.192.score.senderscore.com,127.0.4.87\n";
    const QString error = m_dns.start(config, "mail.board.test");
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDnsServer::cleanupTestCase()
{
    m_dns.stop();
}

DnsAnswer TestDnsServer::ask(const QString& server, const QByteArray& name, DnsType type, int timeoutMs)
{
    return LocalDns::askServer(server, name, type, timeoutMs);
}

void TestDnsServer::recordsOfEveryType()
{
    DnsAnswer a = ask(m_server, "mail.board.test", DnsType::A);
    QCOMPARE(a.status, DnsStatus::Ok);
    QCOMPARE(a.records.size(), 1);
    QCOMPARE(a.records[0].address, QHostAddress(QStringLiteral("192.0.2.10")));
    QCOMPARE(a.records[0].name, QByteArray("mail.board.test"));

    const DnsAnswer aaaa = ask(m_server, "MAIL.Board.Test.", DnsType::Aaaa);
    QCOMPARE(aaaa.status, DnsStatus::Ok);
    QCOMPARE(aaaa.records[0].address, QHostAddress(QStringLiteral("2001:db8::10")));

    const DnsAnswer mx = ask(m_server, "board.test", DnsType::Mx);
    QCOMPARE(mx.status, DnsStatus::Ok);
    QCOMPARE(mx.records[0].preference, quint16(10));
    QCOMPARE(mx.records[0].target, QByteArray("mail.board.test"));

    const DnsAnswer ptr = ask(m_server, "10.2.0.192.in-addr.arpa", DnsType::Ptr);
    QCOMPARE(ptr.status, DnsStatus::Ok);
    QCOMPARE(ptr.records[0].target, QByteArray("mail.board.test"));

    // TXT split across strings, and a TXT record over 255 bytes in two strings.
    const DnsAnswer split = ask(m_server, "split.test", DnsType::Txt);
    QCOMPARE(split.status, DnsStatus::Ok);
    QCOMPARE(split.records[0].strings.size(), 2);
    QCOMPARE(split.records[0].text(), QByteArray("v=spf1 ip4:192.0.2.10 -all"));
    const DnsAnswer longer = ask(m_server, "long.test", DnsType::Txt);
    QCOMPARE(longer.records[0].text(), longText);

    // A CNAME is followed by the server; the records of the type asked for come back.
    a = ask(m_server, "alias.board.test", DnsType::A);
    QCOMPARE(a.status, DnsStatus::Ok);
    QCOMPARE(a.records[0].address, QHostAddress(QStringLiteral("192.0.2.10")));
}

void TestDnsServer::typedFailures()
{
    QCOMPARE(ask(m_server, "nothing.board.test", DnsType::A).status, DnsStatus::NxDomain);
    QCOMPARE(ask(m_server, "mail.board.test", DnsType::Txt).status, DnsStatus::NoData);
    // dnsmasq has no upstream: a name outside its zones is refused.
    QCOMPARE(ask(m_server, "example.com", DnsType::A).status, DnsStatus::Refused);
    QCOMPARE(ask(m_server, QByteArray(70, 'a') + ".test", DnsType::A).status, DnsStatus::BadName);
    QCOMPARE(ask(m_server, "a..test", DnsType::A).status, DnsStatus::BadName);
    // Nothing listens on this port: a failure, quickly, not a hang.
    const DnsAnswer closed = ask(QStringLiteral("127.0.0.2:5399"), "mail.board.test", DnsType::A, 500);
    QVERIFY2(closed.isError(), closed.detail.toUtf8().constData());
}

void TestDnsServer::silentServerTimesOut()
{
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress(QStringLiteral("127.0.0.3")), 0));
    QElapsedTimer timer;
    timer.start();
    const DnsAnswer answer
        = ask(QStringLiteral("127.0.0.3:%1").arg(silent.localPort()), "mail.board.test", DnsType::A, 400);
    QCOMPARE(answer.status, DnsStatus::Timeout);
    QVERIFY(silent.hasPendingDatagrams()); // it was asked
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

// A server that answers every query with a response for another name: c-ares must not take it.
void TestDnsServer::answerForAnotherQuestionIsNotTaken()
{
    QUdpSocket liar;
    QVERIFY(liar.bind(QHostAddress(QStringLiteral("127.0.0.3")), 0));
    connect(&liar, &QUdpSocket::readyRead, this, [&liar] {
        while (liar.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            QByteArray query(int(liar.pendingDatagramSize()), Qt::Uninitialized);
            liar.readDatagram(query.data(), query.size(), &from, &port);
            // Same id, flags "response, no error", one question for other.test A, one A answer.
            QByteArray reply = query.first(2);
            reply += QByteArray::fromHex("8180000100010000000005") + "other" + QByteArray::fromHex("04") + "test"
                + QByteArray::fromHex("0000010001") + QByteArray::fromHex("c00c000100010000003c0004c0000263");
            liar.writeDatagram(reply, from, port);
        }
    });
    const DnsAnswer answer
        = ask(QStringLiteral("127.0.0.3:%1").arg(liar.localPort()), "mail.board.test", DnsType::A, 500);
    QVERIFY2(answer.status == DnsStatus::Timeout || answer.status == DnsStatus::Malformed,
        dnsStatusName(answer.status).toByteArray().constData());
    QVERIFY(answer.records.isEmpty());
}

// A server that truncates every UDP answer: the resolver must ask again over TCP and get the
// whole 1,000-byte TXT record.
void TestDnsServer::truncatedAnswersAreFetchedOverTcp()
{
    QProcess server;
    server.start(QStringLiteral("python3"),
        {QStringLiteral(MAILROOM_ODD_DNS), QStringLiteral("127.0.0.4"), QStringLiteral("5355")});
    QVERIFY2(server.waitForReadyRead(10000), server.readAllStandardError().constData());
    QCOMPARE(server.readLine().trimmed(), QByteArray("ready"));
    const QString at = QStringLiteral("127.0.0.4:5355");
    const DnsAnswer txt = ask(at, "big.test", DnsType::Txt);
    QCOMPARE(txt.status, DnsStatus::Ok);
    QCOMPARE(txt.records.size(), 1);
    QCOMPARE(txt.records[0].strings.size(), 4);
    QCOMPARE(txt.records[0].text().size(), 1000);
    const DnsAnswer a = ask(at, "small.test", DnsType::A);
    QCOMPARE(a.status, DnsStatus::Ok);
    QCOMPARE(a.records[0].address, QHostAddress(QStringLiteral("192.0.2.77")));

    // A CNAME loop (which dnsmasq refuses to serve) is a failure that names the loop, at once.
    for (const DnsType type : {DnsType::Txt, DnsType::A, DnsType::Mx}) {
        QElapsedTimer clock;
        clock.start();
        const DnsAnswer loop = ask(at, "loop1.board.test", type);
        QCOMPARE(loop.status, DnsStatus::ServerFailure);
        QVERIFY2(loop.detail.contains(QLatin1String("loop1.board.test -> loop2.board.test -> loop1.board.test")),
            qPrintable(loop.detail));
        QVERIFY(clock.elapsed() < 2000);
    }
    // The full check of a domain whose names loop ends with "could not check" everywhere.
    QProcess cli;
    cli.start(QStringLiteral(MAILROOM_CLI),
        {QStringLiteral("check"), QStringLiteral("--ip"), QStringLiteral("192.0.2.10"), QStringLiteral("--domain"),
            QStringLiteral("loop1.board.test"), QStringLiteral("--selector"), QStringLiteral("s1"),
            QStringLiteral("--nameserver"), at, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const auto status = [&](const char* key) {
        return report.value(QLatin1String(key)).toObject().value(QLatin1String("status")).toString();
    };
    QCOMPARE(report.value(QLatin1String("spf")).toObject().value(QLatin1String("result")).toString(),
        QStringLiteral("temperror"));
    QCOMPARE(status("dmarc"), QStringLiteral("unknown"));
    QCOMPARE(status("dkim"), QStringLiteral("unknown"));
    QCOMPARE(status("mx"), QStringLiteral("unknown"));
    for (const QJsonValue& list : report.value(QLatin1String("blocklists")).toArray())
        QVERIFY(list.toObject().value(QLatin1String("status")).toString() != QLatin1String("listed"));
    server.kill();
    server.waitForFinished(5000);
}

// 2,000 queries asked at once: 200 go out, the rest wait for answers, and every one is
// answered (dnsmasq alone answers 256 of a burst of 400 datagrams; each query may be sent twice).
void TestDnsServer::hundredsInFlight()
{
    CaresResolver resolver({m_server, 1000, 2, 200});
    constexpr int Count = 2000;
    int answered = 0;
    int ok = 0;
    for (int i = 0; i < Count; ++i) {
        resolver.lookup("h" + QByteArray::number(i) + ".many.test", DnsType::A, [&](const DnsAnswer& answer) {
            ++answered;
            if (answer.ok() && answer.records[0].address == QHostAddress(QStringLiteral("192.0.2.99")))
                ++ok;
            else
                qWarning() << "failed:" << dnsStatusName(answer.status) << answer.detail;
        });
    }
    QCOMPARE(resolver.inFlight(), 200);
    QCOMPARE(resolver.waiting(), Count - 200);
    QVERIFY(QTest::qWaitFor([&] { return answered == Count; }, 60000));
    QCOMPARE(ok, Count);
    QCOMPARE(resolver.inFlight(), 0);
    QCOMPARE(resolver.waiting(), 0);
}

void TestDnsServer::spfOverRealDns()
{
    CaresResolver resolver({m_server, 2000, 1});
    const auto check = [&](const char* ip) {
        SpfRequest request;
        request.ip = QHostAddress(QString::fromLatin1(ip));
        request.sender = "alerts@board.test";
        SpfOutcome outcome;
        bool done = false;
        SpfCheck::run(resolver, request, [&](const SpfOutcome& result) {
            outcome = result;
            done = true;
        });
        [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 10000);
        return outcome;
    };
    QCOMPARE(check("192.0.2.10").result, SpfResult::Pass);
    const SpfOutcome viaMx = check("2001:db8::10");
    QCOMPARE(viaMx.result, SpfResult::Pass);
    QCOMPARE(viaMx.lookups, 1);
    QCOMPARE(check("198.51.100.7").result, SpfResult::Fail);
}

void TestDnsServer::malformedMessagesAreTyped()
{
    // A header that promises an answer the message does not hold, and a TXT string that runs
    // past its record.
    const QByteArray header = QByteArray::fromHex("12348180000100010000000004") + "mail" + QByteArray::fromHex("04")
        + "test" + QByteArray::fromHex("0000010001");
    QCOMPARE(CaresResolver::readAnswer(header, DnsType::A).status, DnsStatus::Malformed);
    QCOMPARE(CaresResolver::readAnswer(QByteArray::fromHex("1234"), DnsType::A).status, DnsStatus::Malformed);
    const QByteArray txt = QByteArray::fromHex("12348180000100010000000004") + "mail" + QByteArray::fromHex("04")
        + "test" + QByteArray::fromHex("0000100001") + QByteArray::fromHex("c00c001000010000003c0003")
        + QByteArray::fromHex("096162");
    QCOMPARE(CaresResolver::readAnswer(txt, DnsType::Txt).status, DnsStatus::Malformed);
    const QByteArray good = QByteArray::fromHex("12348180000100010000000004") + "mail" + QByteArray::fromHex("04")
        + "test" + QByteArray::fromHex("0000100001") + QByteArray::fromHex("c00c001000010000003c0003")
        + QByteArray::fromHex("026162");
    const DnsAnswer read = CaresResolver::readAnswer(good, DnsType::Txt);
    QCOMPARE(read.status, DnsStatus::Ok);
    QCOMPARE(read.records[0].text(), QByteArray("ab"));
}

// mailroom-cli check against the local server: every key of the JSON, a listing with its reason,
// a refusing list as unknown, and the time of the full check.
void TestDnsServer::cliCheckReportsEveryPart()
{
    QProcess cli;
    QElapsedTimer clock;
    clock.start();
    cli.start(QStringLiteral(MAILROOM_CLI),
        {QStringLiteral("check"), QStringLiteral("--ip"), QStringLiteral("192.0.2.10"), QStringLiteral("--domain"),
            QStringLiteral("board.test"), QStringLiteral("--selector"), QStringLiteral("s1"), QStringLiteral("--helo"),
            QStringLiteral("mail.board.test"), QStringLiteral("--nameserver"), m_server, QStringLiteral("--timeout"),
            QStringLiteral("1000"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(cli.waitForFinished(30000));
    const qint64 wall = clock.elapsed();
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const QJsonObject report = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    for (const char* key : {"blocklists", "senderscore", "spf", "dmarc", "dkim", "ptr", "mx", "findings"})
        QVERIFY2(report.contains(QLatin1String(key)), key);

    QHash<QString, QJsonObject> lists;
    for (const QJsonValue& value : report.value(QLatin1String("blocklists")).toArray())
        lists.insert(value.toObject().value(QLatin1String("zone")).toString(), value.toObject());
    const QJsonObject zen = lists.value(QStringLiteral("zen.spamhaus.org"));
    QCOMPARE(zen.value(QLatin1String("status")).toString(), QStringLiteral("listed"));
    QCOMPARE(zen.value(QLatin1String("codes")).toArray().first().toString(), QStringLiteral("127.0.0.4"));
    QVERIFY(zen.value(QLatin1String("meaning")).toString().contains(QLatin1String("XBL")));
    QVERIFY(zen.value(QLatin1String("reason")).toString().contains(QLatin1String("check.spamhaus.org")));
    QVERIFY(!zen.value(QLatin1String("removal_url")).toString().isEmpty());
    QCOMPARE(lists.value(QStringLiteral("bl.spamcop.net")).value(QLatin1String("status")).toString(),
        QStringLiteral("clear"));
    const QJsonObject barracuda = lists.value(QStringLiteral("b.barracudacentral.org"));
    QCOMPARE(barracuda.value(QLatin1String("status")).toString(), QStringLiteral("unknown"));
    QVERIFY(barracuda.value(QLatin1String("cause")).toString().contains(QLatin1String("refused")));
    QCOMPARE(lists.value(QStringLiteral("dbl.spamhaus.org")).value(QLatin1String("target")).toString(),
        QStringLiteral("board.test"));

    const QJsonObject score = report.value(QLatin1String("senderscore")).toArray().first().toObject();
    QCOMPARE(score.value(QLatin1String("score")).toInt(), 87);
    QCOMPARE(report.value(QLatin1String("spf")).toObject().value(QLatin1String("result")).toString(),
        QStringLiteral("pass"));
    QCOMPARE(report.value(QLatin1String("dmarc")).toObject().value(QLatin1String("policy")).toString(),
        QStringLiteral("none"));
    const QJsonObject dkim = report.value(QLatin1String("dkim")).toObject();
    QCOMPARE(dkim.value(QLatin1String("status")).toString(), QStringLiteral("found"));
    QCOMPARE(dkim.value(QLatin1String("bits")).toInt(), 2048);
    const QJsonObject ptr = report.value(QLatin1String("ptr")).toArray().first().toObject();
    QCOMPARE(ptr.value(QLatin1String("status")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(report.value(QLatin1String("mx"))
                 .toObject()
                 .value(QLatin1String("hosts"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("host"))
                 .toString(),
        QStringLiteral("mail.board.test"));
    QCOMPARE(
        report.value(QLatin1String("helo")).toObject().value(QLatin1String("addresses")).toArray().first().toString(),
        QStringLiteral("192.0.2.10"));
    const QJsonArray findings = report.value(QLatin1String("findings")).toArray();
    bool heloGood = false;
    for (const QJsonValue& finding : findings) {
        heloGood = heloGood
            || finding.toObject()
                   .value(QLatin1String("title"))
                   .toString()
                   .contains(
                       QLatin1String("HELO name mail.board.test points to 192.0.2.10 and is its reverse DNS name"));
    }
    QVERIFY(heloGood);
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.first().toObject().value(QLatin1String("severity")).toString(), QStringLiteral("problem"));
    qInfo("full check through mailroom-cli: %lld ms wall (process start included), %lld ms inside", wall,
        qint64(report.value(QLatin1String("elapsed_ms")).toInteger()));

    // A message the board sent names the DKIM selector and the domain.
    const QString eml = m_dir.filePath(QStringLiteral("sent.eml"));
    QFile mail(eml);
    QVERIFY(mail.open(QIODevice::WriteOnly));
    mail.write("Received: from mail.board.test\r\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n"
               "\td=board.test; s=s1; h=from:to:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n"
               "\tb=dGVzdA==\r\nFrom: alerts@board.test\r\nSubject: New jobs\r\n\r\nHello\r\n");
    mail.close();
    QProcess fromMessage;
    fromMessage.start(QStringLiteral(MAILROOM_CLI),
        {QStringLiteral("check"), QStringLiteral("--message"), eml, QStringLiteral("--nameserver"), m_server,
            QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(fromMessage.waitForFinished(30000));
    QCOMPARE(fromMessage.exitCode(), 0);
    const QJsonObject byMessage = QJsonDocument::fromJson(fromMessage.readAllStandardOutput()).object();
    QCOMPARE(byMessage.value(QLatin1String("dkim")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("s1._domainkey.board.test"));
    QCOMPARE(byMessage.value(QLatin1String("dkim")).toObject().value(QLatin1String("bits")).toInt(), 2048);
    QProcess unreadable;
    unreadable.start(QStringLiteral(MAILROOM_CLI),
        {QStringLiteral("check"), QStringLiteral("--message"), m_dir.filePath(QStringLiteral("missing.eml"))});
    QVERIFY(unreadable.waitForFinished(10000));
    QCOMPARE(unreadable.exitCode(), 1);

    // Bad arguments: exit status 2 and a sentence.
    for (const QStringList& bad : {QStringList {QStringLiteral("check")},
             QStringList {QStringLiteral("check"), QStringLiteral("--ip"), QStringLiteral("300.1.2.3")},
             QStringList {QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("no..dots")},
             QStringList {QStringLiteral("check"), QStringLiteral("--ip"), QStringLiteral("192.0.2.1"),
                 QStringLiteral("--nameserver"), QStringLiteral("dns.example")},
             QStringList {QStringLiteral("check"), QStringLiteral("--ip"), QStringLiteral("192.0.2.1"),
                 QStringLiteral("--format"), QStringLiteral("xml")}}) {
        QProcess wrong;
        wrong.start(QStringLiteral(MAILROOM_CLI), bad);
        QVERIFY(wrong.waitForFinished(10000));
        QCOMPARE(wrong.exitCode(), 2);
        QVERIFY(!wrong.readAllStandardError().isEmpty());
    }
}

void TestDnsServer::nameserverText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("IPv4") << QStringLiteral("192.0.2.1") << true << QStringLiteral("192.0.2.1") << 53;
    QTest::newRow("IPv4 and port") << QStringLiteral("192.0.2.1:5353") << true << QStringLiteral("192.0.2.1") << 5353;
    QTest::newRow("IPv6") << QStringLiteral("2001:db8::1") << true << QStringLiteral("2001:db8::1") << 53;
    QTest::newRow("IPv6 and port") << QStringLiteral("[2001:db8::1]:54") << true << QStringLiteral("2001:db8::1") << 54;
    QTest::newRow("a name") << QStringLiteral("dns.example") << false << QString() << 0;
    QTest::newRow("port 0") << QStringLiteral("192.0.2.1:0") << false << QString() << 0;
    QTest::newRow("port too big") << QStringLiteral("[::1]:70000") << false << QString() << 0;
    QTest::newRow("empty port") << QStringLiteral("192.0.2.1:") << false << QString() << 0;
}

void TestDnsServer::nameserverText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, address);
    QFETCH(int, port);
    QHostAddress parsed;
    quint16 parsedPort = 0;
    QString error;
    QCOMPARE(CaresResolver::parseNameserver(text, &parsed, &parsedPort, &error), valid);
    if (valid) {
        QCOMPARE(parsed, QHostAddress(address));
        QCOMPARE(int(parsedPort), port);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDnsServer)
#include "TestDnsServer.moc"
