#include "reputation/Blocklists.h"
#include "DnsRecords.h"
#include "reputation/InMemoryResolver.h"
#include "reputation/ReputationCheck.h"
#include "reputation/SendingIdentity.h"

#include <QTest>

// The built-in lists and how their answers are read, through the in-memory resolver.
class TestBlocklists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInListsAreComplete();
    void queryNames_data();
    void queryNames();
    void answers_data();
    void answers();
    void checkRunsEveryListAndReadsReasons();
    void deadListBecomesUnknown();
    void failuresAreUnknownWithACause();
    void senderScore_data();
    void senderScore();
    void badCatalogIsRefused();
    void sendingAddressesFromReplies_data();
    void sendingAddressesFromReplies();
    void sendingIdentityFromBounces();
    void domainsAsTyped();
    void heloFindings();
};

namespace {

using DnsRecords::a;
using DnsRecords::txt;

DnsAnswer answerOf(const QList<const char*>& addresses)
{
    DnsAnswer answer;
    for (const char* address : addresses)
        answer.records.append(a("q.test", address));
    answer.status = answer.records.isEmpty() ? DnsStatus::NxDomain : DnsStatus::Ok;
    return answer;
}

const Blocklist& zen()
{
    return *BlocklistCatalog::builtIn().find("spamhaus-zen");
}

QList<BlocklistResult> check(DnsResolver& resolver, const QList<Blocklist>& lists, const QString& target)
{
    QList<BlocklistResult> results;
    bool done = false;
    BlocklistCheck::run(resolver, lists, target, [&](const QList<BlocklistResult>& r) {
        results = r;
        done = true;
    });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 5000);
    return results;
}

} // namespace

void TestBlocklists::builtInListsAreComplete()
{
    const BlocklistCatalog& catalog = BlocklistCatalog::builtIn();
    QVERIFY(catalog.lists().size() >= 10);
    QStringList zones;
    for (const Blocklist& list : catalog.lists()) {
        zones.append(QString::fromLatin1(list.zone));
        QVERIFY2(!list.removalUrl.isEmpty(), list.id.constData());
        QVERIFY2(!list.codes.isEmpty(), list.id.constData());
    }
    for (const char* zone : {"zen.spamhaus.org", "dbl.spamhaus.org", "b.barracudacentral.org", "bl.spamcop.net",
             "dnsbl-1.uceprotect.net", "psbl.surriel.com", "z.mailspike.net", "all.spamrats.com", "list.dnswl.org"})
        QVERIFY2(zones.contains(QLatin1String(zone)), zone);
    QVERIFY(!zones.contains(QLatin1String("dnsbl.sorbs.net"))); // shut down in 2024
    QVERIFY(catalog.find("dnswl")->allowlist);
    QCOMPARE(catalog.senderScoreZone(), QByteArray("score.senderscore.com"));
}

void TestBlocklists::queryNames_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("IPv4") << QByteArray("spamhaus-zen") << QStringLiteral("192.0.2.10")
                          << QByteArray("10.2.0.192.zen.spamhaus.org");
    QTest::newRow("IPv4-mapped IPv6 is IPv4")
        << QByteArray("spamcop") << QStringLiteral("::ffff:192.0.2.10") << QByteArray("10.2.0.192.bl.spamcop.net");
    QTest::newRow("IPv6 on a list that takes it")
        << QByteArray("spamhaus-zen") << QStringLiteral("2001:db8::bad")
        << QByteArray("d.a.b.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org");
    QTest::newRow("IPv6 on an IPv4 list") << QByteArray("spamcop") << QStringLiteral("2001:db8::1") << QByteArray();
    QTest::newRow("domain") << QByteArray("spamhaus-dbl") << QStringLiteral("Board.Example.")
                            << QByteArray("board.example.dbl.spamhaus.org");
    QTest::newRow("IP on a domain list") << QByteArray("spamhaus-dbl") << QStringLiteral("192.0.2.1") << QByteArray();
    QTest::newRow("domain on an IP list") << QByteArray("spamcop") << QStringLiteral("board.example") << QByteArray();
    QTest::newRow("nonsense") << QByteArray("spamhaus-dbl") << QStringLiteral("not a target") << QByteArray();
    QTest::newRow("single label") << QByteArray("spamhaus-dbl") << QStringLiteral("localhost") << QByteArray();
}

void TestBlocklists::queryNames()
{
    QFETCH(QByteArray, list);
    QFETCH(QString, target);
    QFETCH(QByteArray, query);
    QString why;
    QCOMPARE(Blocklists::queryName(*BlocklistCatalog::builtIn().find(list), target, &why), query);
    QCOMPARE(why.isEmpty(), !query.isEmpty());
}

void TestBlocklists::answers_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<DnsAnswer>("answer");
    QTest::addColumn<ListingStatus>("status");
    QTest::addColumn<QString>("says");

    QTest::newRow("NXDOMAIN is clear") << QByteArray("spamhaus-zen") << answerOf({}) << ListingStatus::Clear
                                       << QString();
    QTest::newRow("XBL") << QByteArray("spamhaus-zen") << answerOf({"127.0.0.4"}) << ListingStatus::Listed
                         << QStringLiteral("XBL");
    QTest::newRow("SBL and PBL") << QByteArray("spamhaus-zen") << answerOf({"127.0.0.2", "127.0.0.10"})
                                 << ListingStatus::Listed << QStringLiteral("PBL (ISP)");
    QTest::newRow("public resolver refused") << QByteArray("spamhaus-zen") << answerOf({"127.255.255.254"})
                                             << ListingStatus::Unknown << QStringLiteral("public or open resolvers");
    QTest::newRow("error beside a listing") << QByteArray("spamhaus-zen") << answerOf({"127.0.0.2", "127.255.255.255"})
                                            << ListingStatus::Unknown << QStringLiteral("too many queries");
    QTest::newRow("DBL asked with an IP") << QByteArray("spamhaus-dbl") << answerOf({"127.0.1.255"})
                                          << ListingStatus::Unknown << QStringLiteral("domains only");
    QTest::newRow("127.0.0.1 from a DNS filter")
        << QByteArray("spamcop") << answerOf({"127.0.0.1"}) << ListingStatus::Unknown << QStringLiteral("Pi-hole");
    QTest::newRow("rewritten NXDOMAIN") << QByteArray("spamcop") << answerOf({"198.51.100.80"})
                                        << ListingStatus::Unknown << QStringLiteral("rewrites answers");
    QTest::newRow("undocumented code") << QByteArray("spamcop") << answerOf({"127.0.0.9"}) << ListingStatus::Unknown
                                       << QStringLiteral("does not document");
    QTest::newRow("allowlist with wildcard")
        << QByteArray("dnswl") << answerOf({"127.0.15.2"}) << ListingStatus::Listed << QStringLiteral("medium trust");
    QTest::newRow("allowlist refusing") << QByteArray("dnswl") << answerOf({"127.0.0.255"}) << ListingStatus::Unknown
                                        << QStringLiteral("refuses");
    DnsAnswer timeout;
    timeout.status = DnsStatus::Timeout;
    QTest::newRow("timeout") << QByteArray("barracuda") << timeout << ListingStatus::Unknown
                             << QStringLiteral("did not answer in time");
    DnsAnswer refused;
    refused.status = DnsStatus::Refused;
    QTest::newRow("refused") << QByteArray("barracuda") << refused << ListingStatus::Unknown
                             << QStringLiteral("refused the query");
}

void TestBlocklists::answers()
{
    QFETCH(QByteArray, list);
    QFETCH(DnsAnswer, answer);
    QFETCH(ListingStatus, status);
    QFETCH(QString, says);
    const BlocklistResult result = Blocklists::interpret(*BlocklistCatalog::builtIn().find(list), answer);
    QCOMPARE(result.status, status);
    if (!says.isEmpty()) {
        const QString all = result.meanings.join(QLatin1Char(' ')) + QLatin1Char(' ') + result.cause;
        QVERIFY2(all.contains(says), qPrintable(all));
    }
    QCOMPARE(result.meanings.isEmpty(), status != ListingStatus::Listed);
}

void TestBlocklists::checkRunsEveryListAndReadsReasons()
{
    const BlocklistCatalog& catalog = BlocklistCatalog::builtIn();
    InMemoryResolver resolver;
    resolver.add(a("10.2.0.192.zen.spamhaus.org", "127.0.0.3"));
    resolver.add(txt("10.2.0.192.zen.spamhaus.org", "https://check.spamhaus.org/query/ip/192.0.2.10"));
    resolver.add(a("10.2.0.192.psbl.surriel.com", "127.0.0.2"));
    resolver.add(a("10.2.0.192.list.dnswl.org", "127.0.5.1"));
    resolver.failFrom("10.2.0.192.b.barracudacentral.org", DnsStatus::Refused);
    resolver.setAnswerLater(true);

    const QList<BlocklistResult> results = check(resolver, catalog.lists(), QStringLiteral("192.0.2.10"));
    QCOMPARE(results.size(), catalog.lists().size());
    QHash<QByteArray, BlocklistResult> byId;
    for (const BlocklistResult& result : results)
        byId.insert(result.list.id, result);
    QCOMPARE(byId["spamhaus-zen"].status, ListingStatus::Listed);
    QCOMPARE(byId["spamhaus-zen"].reason, QByteArray("https://check.spamhaus.org/query/ip/192.0.2.10"));
    QCOMPARE(byId["spamhaus-zen"].answers, QList<QByteArray> {"127.0.0.3"});
    QCOMPARE(byId["psbl"].status, ListingStatus::Listed);
    QCOMPARE(byId["spamcop"].status, ListingStatus::Clear);
    QCOMPARE(byId["dnswl"].status, ListingStatus::Listed);
    QCOMPARE(byId["barracuda"].status, ListingStatus::Unknown);
    QCOMPARE(byId["spamhaus-dbl"].status, ListingStatus::Unknown); // takes no IP
    QVERIFY(byId["spamhaus-dbl"].cause.contains(QLatin1String("domains")));
}

void TestBlocklists::deadListBecomesUnknown()
{
    InMemoryResolver resolver;
    // A list that answers 127.0.0.2 for everything, its "never listed" test point too.
    const Blocklist& spamcop = *BlocklistCatalog::builtIn().find("spamcop");
    resolver.add(a("10.2.0.192.bl.spamcop.net", "127.0.0.2"));
    resolver.add(a("1.0.0.127.bl.spamcop.net", "127.0.0.2"));
    const QList<BlocklistResult> results = check(resolver, {spamcop, zen()}, QStringLiteral("192.0.2.10"));
    QCOMPARE(results[0].status, ListingStatus::Unknown);
    QVERIFY(results[0].cause.contains(QLatin1String("dead or hijacked")));
    QCOMPARE(results[1].status, ListingStatus::Clear);
}

void TestBlocklists::failuresAreUnknownWithACause()
{
    InMemoryResolver resolver;
    resolver.failFrom("10.2.0.192.zen.spamhaus.org", DnsStatus::Timeout);
    resolver.failFrom("1.0.0.127.zen.spamhaus.org", DnsStatus::Timeout);
    const QList<BlocklistResult> results = check(resolver, {zen()}, QStringLiteral("192.0.2.10"));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0].status, ListingStatus::Unknown);
    QVERIFY(results[0].cause.contains(QLatin1String("in time")));

    // A target that is nothing: every list says why, nothing is asked.
    const QList<BlocklistResult> none = check(resolver, BlocklistCatalog::builtIn().lists(), QStringLiteral("::::"));
    QCOMPARE(none.size(), BlocklistCatalog::builtIn().lists().size());
    for (const BlocklistResult& result : none) {
        QCOMPARE(result.status, ListingStatus::Unknown);
        QVERIFY(!result.cause.isEmpty());
    }
}

void TestBlocklists::senderScore_data()
{
    QTest::addColumn<DnsAnswer>("answer");
    QTest::addColumn<SenderScoreResult::State>("state");
    QTest::addColumn<int>("score");
    QTest::newRow("score 99") << answerOf({"127.0.4.99"}) << SenderScoreResult::State::Score << 99;
    QTest::newRow("score 0") << answerOf({"127.0.4.0"}) << SenderScoreResult::State::Score << 0;
    QTest::newRow("no data") << answerOf({}) << SenderScoreResult::State::NoData << -1;
    QTest::newRow("not registered") << answerOf({"127.255.255.255"}) << SenderScoreResult::State::NotRegistered << -1;
    QTest::newRow("not a score") << answerOf({"127.0.4.200"}) << SenderScoreResult::State::Unknown << -1;
    QTest::newRow("rewritten") << answerOf({"198.51.100.1"}) << SenderScoreResult::State::Unknown << -1;
    DnsAnswer servfail;
    servfail.status = DnsStatus::ServerFailure;
    QTest::newRow("servfail") << servfail << SenderScoreResult::State::Unknown << -1;
}

void TestBlocklists::senderScore()
{
    QFETCH(DnsAnswer, answer);
    QFETCH(SenderScoreResult::State, state);
    QFETCH(int, score);
    const SenderScoreResult result = SenderScoreCheck::interpret(answer);
    QCOMPARE(result.state, state);
    QCOMPARE(result.score, score);
    QCOMPARE(result.cause.isEmpty(), state == SenderScoreResult::State::Score);
}

void TestBlocklists::badCatalogIsRefused()
{
    QString error;
    QVERIFY(BlocklistCatalog::fromJson("{", &error).lists().isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(BlocklistCatalog::fromJson(
        R"({"lists":[{"id":"x","zone":"bad..zone","kind":"ip","codes":[{"answer":"127.0.0.2"}]}]})", &error)
                .lists()
                .isEmpty());
    QVERIFY(error.contains(QLatin1String("valid zone")));
    error.clear();
    QVERIFY(BlocklistCatalog::fromJson(R"({"lists":[{"id":"x","zone":"x.test","kind":"ip","codes":[]}]})", &error)
                .lists()
                .isEmpty());
    QVERIFY(error.contains(QLatin1String("no listing codes")));
}

void TestBlocklists::sendingAddressesFromReplies_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QStringList>("addresses");
    QTest::newRow("Yahoo, with a code that looks like an address")
        << QByteArray("421 4.7.0 [TSS04] Messages from 203.0.113.25 temporarily deferred due to unexpected volume or "
                      "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes")
        << QStringList {QStringLiteral("203.0.113.25")};
    QTest::newRow("Outlook") << QByteArray("550 5.7.1 Unfortunately, messages from [203.0.113.25] weren't sent. "
                                           "Please contact your Internet service provider since part of their network "
                                           "is on our block list (S3150).")
                             << QStringList {QStringLiteral("203.0.113.25")};
    QTest::newRow("Spamhaus URL") << QByteArray(
        "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using "
        "zen.spamhaus.org; https://check.spamhaus.org/query/ip/198.51.100.7")
                                  << QStringList {QStringLiteral("198.51.100.7")};
    QTest::newRow("T-Online") << QByteArray("554 IP=2001:db8::25 - A problem occurred. (BL)")
                              << QStringList {QStringLiteral("2001:db8::25")};
    QTest::newRow("GMX case URL") << QByteArray(
        "554-Transaction failed\n554 https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=203.0.113.25&r=1X")
                                  << QStringList {QStringLiteral("203.0.113.25")};
    QTest::newRow("nothing but a code") << QByteArray("550 5.1.1 user unknown - 4.16.55.1") << QStringList {};
    QTest::newRow("loopback left out") << QByteArray("451 from 127.0.0.1 try later") << QStringList {};
}

void TestBlocklists::sendingAddressesFromReplies()
{
    QFETCH(QByteArray, reply);
    QFETCH(QStringList, addresses);
    QCOMPARE(SendingIdentities::addressesInReply(reply), addresses);
}

void TestBlocklists::sendingIdentityFromBounces()
{
    std::vector<RecipientRecord> records(4);
    records[0].lastReply = "421 4.7.0 [TSS04] Messages from 203.0.113.25 temporarily deferred - 4.16.55.1";
    records[0].remoteIp = "67.195.204.72";
    records[0].sender = "alerts@Northwind-Jobs.example";
    records[0].senderKind = SenderKind::Board;
    records[1].lastReply = "550 5.7.1 messages from [203.0.113.25] weren't sent (S3150)";
    records[1].sender = "alerts@northwind-jobs.example";
    records[1].senderKind = SenderKind::Board;
    // A receiver naming its own address is not the board's.
    records[2].lastReply = "451 4.3.0 temporary failure at [67.195.204.72]";
    records[2].remoteIp = "67.195.204.72";
    records[2].sender = "recruiter@company.example";
    records[2].senderKind = SenderKind::User;
    records[3].lastReply = "550 5.7.1 Client host [198.51.100.9] blocked";
    const SendingIdentity identity = SendingIdentities::fromBounces(records);
    QCOMPARE(identity.addresses, (QStringList {QStringLiteral("203.0.113.25"), QStringLiteral("198.51.100.9")}));
    QCOMPARE(identity.domain, QStringLiteral("northwind-jobs.example"));
    QVERIFY(SendingIdentities::fromBounces({}).addresses.isEmpty());
}

void TestBlocklists::domainsAsTyped()
{
    QCOMPARE(Dns::domainFromText(QStringLiteral("  Jobs.Example. ")), QByteArray("jobs.example"));
    QCOMPARE(Dns::domainFromText(QStringLiteral("jöbs.example")), QByteArray("xn--jbs-sna.example"));
    QCOMPARE(Dns::domainFromText(QStringLiteral("jobs")), QByteArray());
    QCOMPARE(Dns::domainFromText(QStringLiteral("jobs..example")), QByteArray());
    QCOMPARE(Dns::domainFromText(QStringLiteral("alerts@jobs.example")), QByteArray());
    QCOMPARE(Dns::domainFromText(QStringLiteral("jobs example")), QByteArray());
    QCOMPARE(Dns::domainFromText(QString(70, QLatin1Char('a')) + QStringLiteral(".example")), QByteArray());
}

void TestBlocklists::heloFindings()
{
    IpReputation ip;
    ip.ip = QHostAddress(QStringLiteral("192.0.2.10"));
    ip.reverseDns.names.append({"mail.board.test", DnsStatus::Ok, {ip.ip}, true, false});
    const auto first = [&](const HeloResult& helo) {
        const QList<ReputationFinding> findings = ReputationCheck::heloFindings(helo, {ip});
        return findings.isEmpty() ? ReputationFinding {} : findings.front();
    };

    HeloResult helo {"mail.board.test", true, DnsStatus::Ok, {ip.ip}};
    QCOMPARE(first(helo).severity, ReputationSeverity::Info);
    helo.name = "relay.board.test";
    QCOMPARE(first(helo).severity, ReputationSeverity::Warning);
    QVERIFY(first(helo).title.contains(QLatin1String("not the reverse DNS name")));
    helo.addresses = {QHostAddress(QStringLiteral("198.51.100.1"))};
    QVERIFY(first(helo).title.contains(QLatin1String("does not point to 192.0.2.10")));
    helo.addresses.clear();
    helo.status = DnsStatus::NxDomain;
    QCOMPARE(first(helo).severity, ReputationSeverity::Problem);
    QCOMPARE(first(helo).fixRecord, QByteArray("192.0.2.10"));
    helo.status = DnsStatus::Timeout;
    QVERIFY(first(helo).title.contains(QLatin1String("could not be checked")));
    QCOMPARE(first({"localhost", false, DnsStatus::Ok, {}}).severity, ReputationSeverity::Problem);
}

QTEST_GUILESS_MAIN(TestBlocklists)
#include "TestBlocklists.moc"
