#include "reputation/CaresResolver.h"
#include "reputation/Spf.h"

#include <QElapsedTimer>
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
    void hundredsInFlight();
    void spfOverRealDns();
    void malformedMessagesAreTyped();
    void nameserverText_data();
    void nameserverText();

private:
    DnsAnswer ask(const QString& server, const QByteArray& name, DnsType type, int timeoutMs = 2000);

    QTemporaryDir m_dir;
    QProcess m_dnsmasq;
    QString m_server = QStringLiteral("127.0.0.2:5353");
};

namespace {

const QByteArray longText(300, 'x');

} // namespace

void TestDnsServer::initTestCase()
{
    const QString dnsmasq = QStandardPaths::findExecutable(
        QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
    QVERIFY2(!dnsmasq.isEmpty(), "dnsmasq is missing: run bash .ci/install-deps test");
    const QByteArray config = "port=5353\n"
                              "listen-address=127.0.0.2\n"
                              "bind-interfaces\n"
                              "no-resolv\nno-hosts\nno-poll\n"
                              "local=/test/\nlocal=/in-addr.arpa/\n"
                              "txt-record=board.test,\"v=spf1 ip4:192.0.2.10 mx -all\"\n"
                              "txt-record=split.test,\"v=spf1 \",\"ip4:192.0.2.10 -all\"\n"
                              "txt-record=long.test,\""
        + longText.first(200) + "\",\"" + longText.sliced(200)
        + "\"\n"
          "host-record=mail.board.test,192.0.2.10,2001:db8::10\n"
          "mx-host=board.test,mail.board.test,10\n"
          "ptr-record=10.2.0.192.in-addr.arpa,mail.board.test\n"
          "cname=alias.board.test,mail.board.test\n"
          "address=/many.test/192.0.2.99\n";
    const QString path = m_dir.filePath(QStringLiteral("dnsmasq.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config);
    file.close();
    m_dnsmasq.setProcessChannelMode(QProcess::MergedChannels);
    m_dnsmasq.start(dnsmasq,
        {QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=") + path,
            QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("pid")),
            QStringLiteral("--user=") + qEnvironmentVariable("USER", QStringLiteral("root"))});
    QVERIFY2(m_dnsmasq.waitForStarted(5000), qPrintable(m_dnsmasq.errorString()));
    // Ready when it answers.
    QElapsedTimer waited;
    waited.start();
    while (ask(m_server, "mail.board.test", DnsType::A, 300).status != DnsStatus::Ok) {
        QVERIFY2(waited.elapsed() < 10000, m_dnsmasq.readAll().constData());
        QVERIFY2(m_dnsmasq.state() == QProcess::Running, m_dnsmasq.readAll().constData());
        QTest::qWait(100);
    }
}

void TestDnsServer::cleanupTestCase()
{
    m_dnsmasq.terminate();
    if (!m_dnsmasq.waitForFinished(5000))
        m_dnsmasq.kill();
}

DnsAnswer TestDnsServer::ask(const QString& server, const QByteArray& name, DnsType type, int timeoutMs)
{
    CaresResolver resolver({server, timeoutMs, 1});
    DnsAnswer answer;
    bool done = false;
    resolver.lookup(name, type, [&](const DnsAnswer& a) {
        answer = a;
        done = true;
    });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, timeoutMs * 3 + 2000);
    if (!done)
        answer.status = DnsStatus::Malformed, answer.detail = QStringLiteral("the resolver never called back");
    return answer;
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

// 600 queries, 200 in flight at any time. dnsmasq drops a few datagrams under such a burst (of a
// burst of 400 it answers 256), so each query may be sent twice, as the default options do.
void TestDnsServer::hundredsInFlight()
{
    CaresResolver resolver({m_server, 1000, 2});
    constexpr int Count = 600;
    constexpr int Window = 200;
    int sent = 0;
    int answered = 0;
    int ok = 0;
    int mostInFlight = 0;
    std::function<void()> sendOne = [&] {
        const int i = sent++;
        resolver.lookup("h" + QByteArray::number(i) + ".many.test", DnsType::A, [&](const DnsAnswer& answer) {
            ++answered;
            if (answer.ok() && answer.records[0].address == QHostAddress(QStringLiteral("192.0.2.99")))
                ++ok;
            else
                qWarning() << "failed:" << dnsStatusName(answer.status) << answer.detail;
            if (sent < Count)
                sendOne();
        });
        mostInFlight = std::max(mostInFlight, resolver.inFlight());
    };
    while (sent < Window)
        sendOne();
    QVERIFY(QTest::qWaitFor([&] { return answered == Count; }, 30000));
    QCOMPARE(ok, Count);
    QCOMPARE(mostInFlight, Window);
    QCOMPARE(resolver.inFlight(), 0);
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
