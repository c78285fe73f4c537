#include "reputation/DomainChecks.h"
#include "reputation/InMemoryResolver.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

// DMARC, DKIM keys, reverse DNS and MX over the in-memory resolver: records as the owner's DNS
// would publish them, broken ones, and lookups that fail.
class TestDomainChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isDmarcRecord_data();
    void isDmarcRecord();
    void dmarcRecord_data();
    void dmarcRecord();
    void dmarcRecordFields();
    void organizationalDomain_data();
    void organizationalDomain();
    void alignment_data();
    void alignment();
    void dmarcRecordSplitAcrossStrings();
    void dmarcTwoRecordsAreSeveral();
    void dmarcMalformedRecordNamesTheTag();
    void dmarcFallsBackToTheOrganizationalDomain();
    void dmarcNoneProposesAStarterRecord();
    void dmarcFailedLookupIsCouldNotCheck_data();
    void dmarcFailedLookupIsCouldNotCheck();
    void dmarcAdviceOnAWeakRecord();
    void dmarcRefusesANameThatIsNoDomain();

    void rsaKeyBits_data();
    void rsaKeyBits();
    void dkimKey_data();
    void dkimKey();
    void dkimLookups();
    void dkimAdviceOnAWeakKey();
    void dkimSignaturesOfAPastedMessage();

    void genericNames_data();
    void genericNames();
    void reverseDnsConfirmed();
    void reverseDnsOfIpv6AndMappedAddresses();
    void reverseDnsWithoutPtr();
    void reverseDnsNotPointingBack();
    void reverseDnsOneOfTwoNamesConfirms();
    void reverseDnsFailedLookupIsCouldNotCheck();
    void reverseDnsRefusesANonAddress();

    void mxSortedByPreference();
    void mxNullAndMissing_data();
    void mxNullAndMissing();
    void mxRecordsThatAreWrong();

    void everyCheckAnswersOnceWhenAnswersComeLater();
    void statusNames();
};

namespace {

// Keys made with openssl for this test: an RSA 1024-bit SubjectPublicKeyInfo, the same key as a
// bare RSAPublicKey, an RSA 2048-bit key in the two strings a DNS host would split it into, and
// a raw Ed25519 key.
constexpr char Rsa1024[] = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDSBng6yr6o2mpilwqZt2ePHIgKYaYFbbdflG82nYKGFR1jsz6BO0n"
                           "itMC4bUDtIxCMp8a69msP3HYfnZnY9p+KyS4Oyo0ZQXCJh8lfXYx0UNtolqUl2msAj4laJ3AMG/isy+qxhGpCqZCTQm"
                           "H71YqY2DlkXnGYkO5v+6SuwOltTQIDAQAB";
constexpr char Rsa1024Bare[]
    = "MIGJAoGBANIGeDrKvqjaamKXCpm3Z48ciAphpgVtt1+UbzadgoYVHWOzPoE7SeK0wLhtQO0jEIynxrr2aw/cdh+d"
      "mdj2n4rJLg7KjRlBcImHyV9djHRQ22iWpSXaawCPiVoncAwb+KzL6rGEakKpkJNCYfvVipjYOWRecZiQ7m/7pK7A6W"
      "1NAgMBAAE=";
constexpr char Rsa2048First[]
    = "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjCOmzzKdWTLTyt2/ae54vVSbTB0"
      "pu1Rkxh2hhAKP5OqrPUvJCQz9OjynKmBGwWvyBi7sVwIb78uoXTRRCkYEZjFfyISiAX/EkuAk5wDRkUCaySeUV+C6W+"
      "MPLrGK8ZdAYpuAbHMtTf3mQYw9cjiXft8ljIklC8Vr22c2Rzkk1BaJI4M5F/jzgPP8Bl8Ebvee";
constexpr char Rsa2048Second[]
    = "uUR592mjISwdvUmPYwVU8TJ4hPQo+1vL1CVPwJ/pwZD1q/JyWhrV7+Gu+ghLoGPVZRjWB2c93y9z1qb8b6JbnomWN"
      "vR5f1TnuEnfWirIT00WvM/a91po5AetA/wYKrNHmhulJlRpZEd2CbvEfV8nlwIDAQAB";
constexpr char Ed25519Key[] = "Nh0JOPqN6lW3gvtuwr0M92kTcEZa/kWLDoYRoRZFEYE=";

// What a check handed to its callback, and how often it called it.
template<typename Result> struct Outcome
{
    Result result;
    int calls = 0;
};

template<typename Result, typename Start> Outcome<Result> await(Start start)
{
    auto outcome = std::make_shared<Outcome<Result>>();
    start([outcome](const Result& result) {
        outcome->result = result;
        ++outcome->calls;
    });
    if (outcome->calls == 0) [[maybe_unused]]
        const bool answered = QTest::qWaitFor([&] { return outcome->calls > 0; }, 5000);
    QCoreApplication::processEvents(); // a second call posted to the loop would show here
    return *outcome;
}

Outcome<DmarcResult> dmarc(InMemoryResolver& resolver, const QByteArray& domain)
{
    return await<DmarcResult>([&](auto done) { DmarcCheck::run(resolver, domain, done); });
}

Outcome<DkimKeyResult> dkim(InMemoryResolver& resolver, const QByteArray& domain, const QByteArray& selector)
{
    return await<DkimKeyResult>([&](auto done) { DkimKeyCheck::run(resolver, domain, selector, done); });
}

Outcome<ReverseDnsResult> reverseDns(InMemoryResolver& resolver, const QString& address)
{
    return await<ReverseDnsResult>([&](auto done) { ReverseDnsCheck::run(resolver, QHostAddress(address), done); });
}

Outcome<MxResult> mx(InMemoryResolver& resolver, const QByteArray& domain)
{
    return await<MxResult>([&](auto done) { MxCheck::run(resolver, domain, done); });
}

void addTxt(InMemoryResolver& resolver, const QByteArray& name, const QList<QByteArray>& strings)
{
    DnsRecord record;
    record.type = DnsType::Txt;
    record.name = name;
    record.strings = strings;
    resolver.add(record);
}

void addAddress(InMemoryResolver& resolver, const QByteArray& name, const QString& address)
{
    DnsRecord record;
    record.address = QHostAddress(address);
    record.type = record.address.protocol() == QAbstractSocket::IPv6Protocol ? DnsType::Aaaa : DnsType::A;
    record.name = name;
    resolver.add(record);
}

void addPtr(InMemoryResolver& resolver, const QString& address, const QByteArray& target)
{
    DnsRecord record;
    record.type = DnsType::Ptr;
    record.name = Dns::reverseName(QHostAddress(address));
    record.target = target;
    resolver.add(record);
}

void addMx(InMemoryResolver& resolver, const QByteArray& domain, quint16 preference, const QByteArray& host)
{
    DnsRecord record;
    record.type = DnsType::Mx;
    record.name = domain;
    record.preference = preference;
    record.target = host;
    resolver.add(record);
}

// The findings as "severity: title" lines, which QCOMPARE prints in full when they differ.
QStringList titles(const QList<ReputationFinding>& findings)
{
    QStringList out;
    for (const ReputationFinding& finding : findings)
        out.append(
            QString::fromLatin1(reputationSeverityName(finding.severity)) + QStringLiteral(": ") + finding.title);
    return out;
}

bool hasSeverity(const QList<ReputationFinding>& findings, ReputationSeverity severity)
{
    return std::any_of(findings.begin(), findings.end(),
        [&](const ReputationFinding& finding) { return finding.severity == severity; });
}

// DER pieces for keys the tests shape byte by byte.
QByteArray der(quint8 tag, const QByteArray& content)
{
    QByteArray out(1, char(tag));
    const qsizetype size = content.size();
    if (size < 0x80) {
        out += char(size);
    } else if (size < 0x100) {
        out += char(0x81);
        out += char(size);
    } else {
        out += char(0x82);
        out += char(size >> 8);
        out += char(size & 0xff);
    }
    return out + content;
}

// A modulus of exactly this many bits, with the sign byte DER needs when its top bit is set.
QByteArray modulusOf(int bits)
{
    QByteArray bytes((bits + 7) / 8, char(0x5a));
    const int top = (bits - 1) % 8;
    bytes[0] = char(1 << top);
    if (top == 7)
        bytes.prepend(char(0));
    return bytes;
}

QByteArray rsaPublicKey(const QByteArray& modulus)
{
    return der(0x30, der(0x02, modulus) + der(0x02, QByteArray::fromHex("010001")));
}

QByteArray subjectPublicKeyInfo(
    const QByteArray& key, const QByteArray& oid = QByteArray::fromHex("2a864886f70d010101"))
{
    const QByteArray algorithm = der(0x30, der(0x06, oid) + der(0x05, {}));
    return der(0x30, algorithm + der(0x03, QByteArray(1, char(0)) + key));
}

} // namespace

// ---- DMARC ----

void TestDomainChecks::isDmarcRecord_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("dmarc");
    QTest::newRow("a plain record is DMARC") << QByteArray("v=DMARC1; p=none") << true;
    QTest::newRow("the version is read in any case") << QByteArray("V=dmarc1;p=none") << true;
    QTest::newRow("spaces may surround the equals sign") << QByteArray("  v = DMARC1 ; p=none") << true;
    QTest::newRow("a version alone is DMARC") << QByteArray("v=DMARC1") << true;
    QTest::newRow("a longer version is not DMARC") << QByteArray("v=DMARC10; p=none") << false;
    QTest::newRow("an SPF record is not DMARC") << QByteArray("v=spf1 -all") << false;
    QTest::newRow("a record with v later is not DMARC") << QByteArray("p=none; v=DMARC1") << false;
    QTest::newRow("an empty record is not DMARC") << QByteArray() << false;
}

void TestDomainChecks::isDmarcRecord()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, dmarc);
    QCOMPARE(DmarcCheck::isDmarcRecord(text), dmarc);
}

void TestDomainChecks::dmarcRecord_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QByteArray>("badTag"); // empty: valid

    QTest::newRow("a minimal record is valid") << QByteArray("v=DMARC1; p=none") << QByteArray();
    QTest::newRow("whitespace and a final semicolon are allowed")
        << QByteArray(" v = DMARC1 ;\tp = reject ; ") << QByteArray();
    QTest::newRow("upper-case values and tag names are read")
        << QByteArray("v=DMARC1; P=REJECT; ADKIM=S") << QByteArray();
    QTest::newRow("an unknown tag is ignored") << QByteArray("v=DMARC1; p=none; future=1") << QByteArray();
    QTest::newRow("a policy that is no disposition names p") << QByteArray("v=DMARC1; p=block") << QByteArray("p");
    QTest::newRow("a record without a policy names p")
        << QByteArray("v=DMARC1; rua=mailto:dmarc@board.test") << QByteArray("p");
    QTest::newRow("a subdomain policy that is no disposition names sp")
        << QByteArray("v=DMARC1; p=none; sp=strict") << QByteArray("sp");
    QTest::newRow("a percentage over 100 names pct") << QByteArray("v=DMARC1; p=reject; pct=150") << QByteArray("pct");
    QTest::newRow("a percentage with a letter names pct")
        << QByteArray("v=DMARC1; p=reject; pct=5O") << QByteArray("pct");
    QTest::newRow("an alignment mode other than r or s names adkim")
        << QByteArray("v=DMARC1; p=none; adkim=relaxed") << QByteArray("adkim");
    QTest::newRow("an empty SPF alignment mode names aspf")
        << QByteArray("v=DMARC1; p=none; aspf=") << QByteArray("aspf");
    QTest::newRow("a report address without mailto names rua")
        << QByteArray("v=DMARC1; p=none; rua=dmarc@board.test") << QByteArray("rua");
    QTest::newRow("a mailto without a domain names ruf")
        << QByteArray("v=DMARC1; p=none; ruf=mailto:dmarc") << QByteArray("ruf");
    QTest::newRow("an empty address in the report list names rua")
        << QByteArray("v=DMARC1; p=none; rua=mailto:a@board.test,") << QByteArray("rua");
    QTest::newRow("an unknown failure option names fo") << QByteArray("v=DMARC1; p=none; fo=2") << QByteArray("fo");
    QTest::newRow("a report interval in words names ri")
        << QByteArray("v=DMARC1; p=none; ri=daily") << QByteArray("ri");
    QTest::newRow("a tag without an equals sign is named")
        << QByteArray("v=DMARC1; p=none; reject") << QByteArray("reject");
    QTest::newRow("a tag given twice is named") << QByteArray("v=DMARC1; p=none; p=reject") << QByteArray("p");
    QTest::newRow("a record that does not start with v names v") << QByteArray("p=none; v=DMARC1") << QByteArray("v");
}

void TestDomainChecks::dmarcRecord()
{
    QFETCH(QByteArray, record);
    QFETCH(QByteArray, badTag);
    DmarcPolicy policy;
    QByteArray tag;
    QString problem;
    const bool valid = DmarcCheck::parse(record, &policy, &tag, &problem);
    QCOMPARE(valid, badTag.isEmpty());
    QCOMPARE(tag, badTag);
    QCOMPARE(problem.isEmpty(), badTag.isEmpty());
}

void TestDomainChecks::dmarcRecordFields()
{
    DmarcPolicy policy;
    QByteArray tag;
    QString problem;
    QVERIFY2(DmarcCheck::parse("v=DMARC1; p=quarantine; sp=reject; pct=25; rua=mailto:agg@board.test, "
                               "mailto:dmarc@reports.test!10m; ruf=mailto:fail@board.test; adkim=s; aspf=r; fo=1:d",
                 &policy, &tag, &problem),
        qPrintable(problem));
    QCOMPARE(policy.policy, DmarcDisposition::Quarantine);
    QVERIFY(policy.subdomainPolicy == DmarcDisposition::Reject);
    QCOMPARE(policy.percent, 25);
    QCOMPARE(policy.aggregateReports, (QList<QByteArray> {"mailto:agg@board.test", "mailto:dmarc@reports.test!10m"}));
    QCOMPARE(policy.failureReports, QList<QByteArray> {"mailto:fail@board.test"});
    QVERIFY(policy.strictDkim);
    QVERIFY(!policy.strictSpf);
    QCOMPARE(policy.failureOptions, QByteArray("1:d"));

    DmarcPolicy defaults;
    QVERIFY(DmarcCheck::parse("v=DMARC1; p=reject", &defaults, &tag, &problem));
    QCOMPARE(defaults.percent, 100);
    QVERIFY(!defaults.subdomainPolicy);
    QVERIFY(!defaults.strictDkim);
    QVERIFY(!defaults.strictSpf);
    QCOMPARE(defaults.failureOptions, QByteArray("0"));
}

void TestDomainChecks::organizationalDomain_data()
{
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<QByteArray>("organizational");
    QTest::newRow("a registered domain is its own") << QByteArray("board.test") << QByteArray("board.test");
    QTest::newRow("a subdomain gives the last two labels")
        << QByteArray("alerts.mail.Board.Test.") << QByteArray("board.test");
    QTest::newRow("a country's co registry keeps three labels")
        << QByteArray("mail.board.co.uk") << QByteArray("board.co.uk");
    QTest::newRow("a country's com registry keeps three labels")
        << QByteArray("jobs.example.com.au") << QByteArray("example.com.au");
    QTest::newRow("a long top-level domain keeps two labels")
        << QByteArray("mail.board.co.test") << QByteArray("co.test");
    QTest::newRow("a single label stays") << QByteArray("localhost") << QByteArray("localhost");
    // Public Suffix List rules a two-or-three-label guess gets wrong.
    QTest::newRow("a private-section suffix keeps the user's label")
        << QByteArray("jobs.board.github.io") << QByteArray("board.github.io");
    QTest::newRow("a wildcard rule keeps a label under it")
        << QByteArray("mail.board.yokohama.jp") << QByteArray("mail.board.yokohama.jp");
    QTest::newRow("an exception to a wildcard rule is registrable")
        << QByteArray("mail.city.kawasaki.jp") << QByteArray("city.kawasaki.jp");
    QTest::newRow("an internationalized suffix, as xn--")
        << QByteArray("mail.board.xn--p1ai") << QByteArray("board.xn--p1ai");
    QTest::newRow("a public suffix stands for itself") << QByteArray("co.uk") << QByteArray("co.uk");
}

void TestDomainChecks::organizationalDomain()
{
    QFETCH(QByteArray, domain);
    QFETCH(QByteArray, organizational);
    QCOMPARE(DmarcCheck::organizationalDomain(domain), organizational);
}

void TestDomainChecks::alignment_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("other");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<bool>("aligned");
    QTest::newRow("the same domain aligns strictly")
        << QByteArray("board.test") << QByteArray("Board.Test.") << true << true;
    QTest::newRow("a subdomain aligns when relaxed")
        << QByteArray("board.test") << QByteArray("bounce.board.test") << false << true;
    QTest::newRow("a subdomain does not align strictly")
        << QByteArray("board.test") << QByteArray("bounce.board.test") << true << false;
    QTest::newRow("another domain does not align")
        << QByteArray("board.test") << QByteArray("mailer.test") << false << false;
    QTest::newRow("two companies under co.uk do not align")
        << QByteArray("board.co.uk") << QByteArray("mailer.co.uk") << false << false;
    QTest::newRow("an empty domain never aligns") << QByteArray("board.test") << QByteArray() << false << false;
}

void TestDomainChecks::alignment()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, other);
    QFETCH(bool, strict);
    QFETCH(bool, aligned);
    QCOMPARE(DmarcCheck::alignment(from, other, strict), aligned);
}

void TestDomainChecks::dmarcRecordSplitAcrossStrings()
{
    InMemoryResolver resolver;
    addTxt(resolver, "_dmarc.board.test", {"google-site-verification=abc"});
    addTxt(resolver, "_dmarc.board.test", {"v=DMARC1; p=rej", "ect; rua=mailto:dmarc@board.test"});
    const auto [result, calls] = dmarc(resolver, "Board.Test");
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, DmarcStatus::Found);
    QCOMPARE(result.domain, QByteArray("board.test"));
    QCOMPARE(result.recordName, QByteArray("_dmarc.board.test"));
    QVERIFY(!result.fromOrganizationalDomain);
    QCOMPARE(result.records, QList<QByteArray> {"v=DMARC1; p=reject; rua=mailto:dmarc@board.test"});
    QCOMPARE(result.policy.policy, DmarcDisposition::Reject);
    QCOMPARE(titles(result.findings), QStringList {QStringLiteral("info: DMARC policy: reject")});
}

void TestDomainChecks::dmarcTwoRecordsAreSeveral()
{
    InMemoryResolver resolver;
    addTxt(resolver, "_dmarc.mail.board.test", {"v=DMARC1; p=none"});
    addTxt(resolver, "_dmarc.mail.board.test", {"v=DMARC1; p=reject"});
    addTxt(resolver, "_dmarc.board.test", {"v=DMARC1; p=quarantine"});
    const auto [result, calls] = dmarc(resolver, "mail.board.test");
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, DmarcStatus::Several);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(resolver.queries(), 1); // two records end the search (RFC 7489 §6.6.3)
    QCOMPARE(titles(result.findings), QStringList {QStringLiteral("problem: Several DMARC records")});
}

void TestDomainChecks::dmarcMalformedRecordNamesTheTag()
{
    InMemoryResolver resolver;
    addTxt(resolver, "_dmarc.board.test", {"v=DMARC1; p=none; pct=abc"});
    const auto [result, calls] = dmarc(resolver, "board.test");
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, DmarcStatus::Malformed);
    QCOMPARE(result.badTag, QByteArray("pct"));
    QVERIFY2(result.problem.contains(QLatin1String("pct=abc")), qPrintable(result.problem));
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.front().severity, ReputationSeverity::Problem);
    QVERIFY2(
        result.findings.front().detail.contains(QLatin1String("pct= tag")), qPrintable(result.findings.front().detail));
}

void TestDomainChecks::dmarcFallsBackToTheOrganizationalDomain()
{
    InMemoryResolver resolver;
    addTxt(resolver, "_dmarc.mail.board.test", {"v=spf1 -all"}); // not DMARC: as if none
    addTxt(resolver, "_dmarc.board.test", {"v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@board.test"});
    const auto [result, calls] = dmarc(resolver, "mail.board.test");
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, DmarcStatus::Found);
    QVERIFY(result.fromOrganizationalDomain);
    QCOMPARE(result.recordName, QByteArray("_dmarc.board.test"));
    QCOMPARE(result.policy.policy, DmarcDisposition::Reject);
    // Mail from the subdomain gets sp=.
    QCOMPARE(titles(result.findings), QStringList {QStringLiteral("info: DMARC policy: quarantine")});
    QCOMPARE(resolver.queries(), 2);
}

void TestDomainChecks::dmarcNoneProposesAStarterRecord()
{
    InMemoryResolver resolver;
    addAddress(resolver, "board.test", QStringLiteral("192.0.2.10"));
    const auto [result, calls] = dmarc(resolver, "jobs.board.test");
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, DmarcStatus::None);
    QCOMPARE(resolver.queries(), 2);
    QCOMPARE(result.findings.size(), 1);
    const ReputationFinding& finding = result.findings.front();
    QCOMPARE(finding.severity, ReputationSeverity::Problem);
    QCOMPARE(finding.fixName, QStringLiteral("_dmarc.jobs.board.test"));
    QCOMPARE(finding.fixRecord, QByteArray("v=DMARC1; p=none; rua=mailto:dmarc@jobs.board.test"));
    QVERIFY2(
        finding.detail.contains(QLatin1String("Neither jobs.board.test nor board.test")), qPrintable(finding.detail));

    InMemoryResolver empty;
    const auto [own, ownCalls] = dmarc(empty, "board.test");
    QCOMPARE(ownCalls, 1);
    QCOMPARE(own.status, DmarcStatus::None);
    QCOMPARE(empty.queries(), 1); // board.test is its own organizational domain
}

void TestDomainChecks::dmarcFailedLookupIsCouldNotCheck_data()
{
    QTest::addColumn<QByteArray>("failing");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("queries");
    QTest::newRow("a timeout at the domain does not fall back")
        << QByteArray("_dmarc.mail.board.test") << int(DnsStatus::Timeout) << 1;
    QTest::newRow("a SERVFAIL at the organizational domain")
        << QByteArray("_dmarc.board.test") << int(DnsStatus::ServerFailure) << 2;
    QTest::newRow("a refused query") << QByteArray("_dmarc.mail.board.test") << int(DnsStatus::Refused) << 1;
}

void TestDomainChecks::dmarcFailedLookupIsCouldNotCheck()
{
    QFETCH(QByteArray, failing);
    QFETCH(int, status);
    QFETCH(int, queries);
    InMemoryResolver resolver;
    resolver.failFrom(failing, DnsStatus(status));
    if (failing != "_dmarc.board.test")
        addTxt(resolver, "_dmarc.board.test", {"v=DMARC1; p=reject"});
    const auto [result, calls] = dmarc(resolver, "mail.board.test");
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, DmarcStatus::Unknown);
    QCOMPARE(resolver.queries(), queries);
    QVERIFY2(result.problem.contains(QString::fromLatin1(failing)), qPrintable(result.problem));
    QCOMPARE(titles(result.findings), QStringList {QStringLiteral("warning: Could not check DMARC")});
    QVERIFY(result.records.isEmpty());
}

void TestDomainChecks::dmarcAdviceOnAWeakRecord()
{
    InMemoryResolver resolver;
    addTxt(resolver, "_dmarc.board.test", {"v=dmarc1; p=none;"});
    const auto [result, calls] = dmarc(resolver, "board.test");
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, DmarcStatus::Found);
    QCOMPARE(titles(result.findings),
        (QStringList {QStringLiteral("info: DMARC policy: none"), QStringLiteral("info: DMARC only monitors (p=none)"),
            QStringLiteral("warning: No DMARC reports"), QStringLiteral("warning: Write v=DMARC1 exactly")}));
    QCOMPARE(result.findings[2].fixName, QStringLiteral("_dmarc.board.test"));
    QCOMPARE(result.findings[2].fixRecord, QByteArray("v=dmarc1; p=none; rua=mailto:dmarc@board.test"));
    QCOMPARE(result.findings[3].fixRecord, QByteArray("v=DMARC1; p=none;"));

    InMemoryResolver partial;
    addTxt(partial, "_dmarc.board.test", {"v=DMARC1; p=quarantine; pct=20; rua=mailto:d@board.test"});
    const auto [sampled, sampledCalls] = dmarc(partial, "board.test");
    QCOMPARE(sampledCalls, 1);
    QCOMPARE(titles(sampled.findings),
        (QStringList {QStringLiteral("info: DMARC policy: quarantine"),
            QStringLiteral("info: DMARC policy applied to 20% of failing mail")}));
}

void TestDomainChecks::dmarcRefusesANameThatIsNoDomain()
{
    InMemoryResolver resolver;
    const auto [result, calls] = dmarc(resolver, "board..test");
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, DmarcStatus::BadInput);
    QCOMPARE(resolver.queries(), 0);
    QCOMPARE(titles(result.findings), QStringList {QStringLiteral("problem: Not a domain name")});
}

// ---- DKIM ----

void TestDomainChecks::rsaKeyBits_data()
{
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<int>("bits");

    const QByteArray key2048 = subjectPublicKeyInfo(rsaPublicKey(modulusOf(2048)));
    QTest::newRow("a 2048-bit key in a SubjectPublicKeyInfo") << key2048 << 2048;
    QTest::newRow("a bare 1023-bit RSAPublicKey") << rsaPublicKey(modulusOf(1023)) << 1023;
    QTest::newRow("a 512-bit key") << subjectPublicKeyInfo(rsaPublicKey(modulusOf(512))) << 512;
    QTest::newRow("a 4096-bit key") << subjectPublicKeyInfo(rsaPublicKey(modulusOf(4096))) << 4096;
    QTest::newRow("a key cut short by one byte") << key2048.chopped(1) << 0;
    QTest::newRow("a key cut after its header") << key2048.first(30) << 0;
    QTest::newRow("a key with a byte after it") << QByteArray(key2048 + '\0') << 0;
    QTest::newRow("an empty key") << QByteArray() << 0;
    QTest::newRow("a sequence whose length runs past the end") << QByteArray::fromHex("3084ffffffff0201") << 0;
    QTest::newRow("an indefinite length (BER, not DER)") << QByteArray::fromHex("30800201010201010000") << 0;
    QTest::newRow("a length of five bytes") << QByteArray::fromHex("30850000000004020101020101") << 0;
    QTest::newRow("a tag and nothing else") << QByteArray::fromHex("30") << 0;
    QTest::newRow("a negative modulus") << subjectPublicKeyInfo(
        der(0x30, der(0x02, QByteArray::fromHex("ff00")) + der(0x02, "\x03")))
                                        << 0;
    QTest::newRow("a modulus of zero") << rsaPublicKey(QByteArray(2, '\0')) << 0;
    QTest::newRow("a key of another algorithm (EC)")
        << subjectPublicKeyInfo(rsaPublicKey(modulusOf(256)), QByteArray::fromHex("2a8648ce3d0201")) << 0;
    QTest::newRow("a bit string with unused bits") << der(0x30,
        der(0x30, der(0x06, QByteArray::fromHex("2a864886f70d010101")))
            + der(0x03, QByteArray(1, char(3)) + rsaPublicKey(modulusOf(1024))))
                                                   << 0;
    QTest::newRow("an RSAPublicKey without its exponent")
        << subjectPublicKeyInfo(der(0x30, der(0x02, modulusOf(1024)))) << 0;
}

void TestDomainChecks::rsaKeyBits()
{
    QFETCH(QByteArray, der);
    QFETCH(int, bits);
    QString problem;
    QCOMPARE(DkimKeyCheck::rsaKeyBits(der, &problem), bits);
    QCOMPARE(problem.isEmpty(), bits > 0);
}

void TestDomainChecks::dkimKey_data()
{
    QTest::addColumn<QList<QByteArray>>("strings");
    QTest::addColumn<DkimKeyStatus>("status");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QByteArray>("badTag");

    const QByteArray rsa1024(Rsa1024);
    QTest::newRow("a 1024-bit RSA key made by openssl")
        << QList<QByteArray> {"v=DKIM1; k=rsa; p=" + rsa1024} << DkimKeyStatus::Found << 1024 << QByteArray();
    QTest::newRow("a 2048-bit key split across two strings")
        << QList<QByteArray> {Rsa2048First, Rsa2048Second} << DkimKeyStatus::Found << 2048 << QByteArray();
    QTest::newRow("a bare RSAPublicKey without k=")
        << QList<QByteArray> {"p=" + QByteArray(Rsa1024Bare)} << DkimKeyStatus::Found << 1024 << QByteArray();
    QTest::newRow("a key folded with spaces inside p=")
        << QList<QByteArray> {"v=DKIM1; p=" + rsa1024.first(60) + " \t " + rsa1024.sliced(60) + " ;"}
        << DkimKeyStatus::Found << 1024 << QByteArray();
    QTest::newRow("an Ed25519 key") << QList<QByteArray> {"v=DKIM1; k=ed25519; p=" + QByteArray(Ed25519Key)}
                                    << DkimKeyStatus::Found << 256 << QByteArray();
    QTest::newRow("an empty p= is a revoked key")
        << QList<QByteArray> {"v=DKIM1; k=rsa; p="} << DkimKeyStatus::Revoked << 0 << QByteArray();
    QTest::newRow("garbage base64 names p") << QList<QByteArray> {"v=DKIM1; k=rsa; p=MIGfMA0G*not base64*"}
                                            << DkimKeyStatus::Malformed << 0 << QByteArray("p");
    QTest::newRow("base64 that is no DER names p")
        << QList<QByteArray> {"v=DKIM1; p=aGVsbG8gd29ybGQ="} << DkimKeyStatus::Malformed << 0 << QByteArray("p");
    QTest::newRow("a truncated key names p")
        << QList<QByteArray> {"v=DKIM1; p=" + rsa1024.first(100)} << DkimKeyStatus::Malformed << 0 << QByteArray("p");
    QTest::newRow("an Ed25519 key of the wrong size names p")
        << QList<QByteArray> {"v=DKIM1; k=ed25519; p=" + rsa1024} << DkimKeyStatus::Malformed << 0 << QByteArray("p");
    QTest::newRow("an unknown key type names k")
        << QList<QByteArray> {"v=DKIM1; k=dsa; p=" + rsa1024} << DkimKeyStatus::Malformed << 0 << QByteArray("k");
    QTest::newRow("another version names v")
        << QList<QByteArray> {"v=DKIM2; p=" + rsa1024} << DkimKeyStatus::Malformed << 0 << QByteArray("v");
    QTest::newRow("a version that is not first names v")
        << QList<QByteArray> {"p=" + rsa1024 + "; v=DKIM1"} << DkimKeyStatus::Malformed << 0 << QByteArray("v");
    QTest::newRow("a record without p= names p")
        << QList<QByteArray> {"v=DKIM1; k=rsa"} << DkimKeyStatus::Malformed << 0 << QByteArray("p");
    QTest::newRow("a key given twice names p")
        << QList<QByteArray> {"v=DKIM1; p=" + rsa1024 + "; p="} << DkimKeyStatus::Malformed << 0 << QByteArray("p");
}

void TestDomainChecks::dkimKey()
{
    QFETCH(QList<QByteArray>, strings);
    QFETCH(DkimKeyStatus, status);
    QFETCH(int, bits);
    QFETCH(QByteArray, badTag);
    InMemoryResolver resolver;
    addTxt(resolver, "mail2024._domainkey.board.test", strings);
    const auto [result, calls] = dkim(resolver, "board.test", "mail2024");
    QCOMPARE(calls, 1);
    QCOMPARE(result.name, QByteArray("mail2024._domainkey.board.test"));
    QCOMPARE(result.status, status);
    QCOMPARE(result.key.bits, bits);
    QCOMPARE(result.badTag, badTag);
    QCOMPARE(result.problem.isEmpty(), badTag.isEmpty());
    QVERIFY(!result.findings.isEmpty());
    QCOMPARE(hasSeverity(result.findings, ReputationSeverity::Problem), status != DkimKeyStatus::Found);
}

void TestDomainChecks::dkimLookups()
{
    InMemoryResolver resolver;
    addTxt(resolver, "two._domainkey.board.test", {"v=DKIM1; p=" + QByteArray(Rsa1024)});
    addTxt(resolver, "two._domainkey.board.test", {"v=DKIM1; p="});
    resolver.failFrom("slow._domainkey.board.test", DnsStatus::Timeout);

    const auto [missing, missingCalls] = dkim(resolver, "board.test", "gone");
    QCOMPARE(missingCalls, 1);
    QCOMPARE(missing.status, DkimKeyStatus::None);
    QCOMPARE(titles(missing.findings), QStringList {QStringLiteral("problem: No DKIM key for the selector gone")});

    const auto [several, severalCalls] = dkim(resolver, "board.test", "two");
    QCOMPARE(severalCalls, 1);
    QCOMPARE(several.status, DkimKeyStatus::Several);
    QCOMPARE(several.records.size(), 2);

    const auto [slow, slowCalls] = dkim(resolver, "board.test", "slow");
    QCOMPARE(slowCalls, 1);
    QCOMPARE(slow.status, DkimKeyStatus::Unknown);
    QVERIFY2(slow.problem.contains(QLatin1String("no answer came in time")), qPrintable(slow.problem));
    QCOMPARE(titles(slow.findings), QStringList {QStringLiteral("warning: Could not check the DKIM key")});

    const int before = resolver.queries();
    const auto [bad, badCalls] = dkim(resolver, "board.test", "has space..");
    QCOMPARE(badCalls, 1);
    QCOMPARE(bad.status, DkimKeyStatus::BadInput);
    QCOMPARE(resolver.queries(), before);
}

void TestDomainChecks::dkimAdviceOnAWeakKey()
{
    InMemoryResolver resolver;
    const QByteArray short512 = subjectPublicKeyInfo(rsaPublicKey(modulusOf(512))).toBase64();
    addTxt(resolver, "old._domainkey.board.test", {"v=DKIM1; h=sha1; s=tlsrpt; p=" + short512});
    addTxt(resolver, "test._domainkey.board.test", {"v=DKIM1; t=y:s; h=sha1:sha256; p=" + QByteArray(Rsa1024)});

    const auto [old, oldCalls] = dkim(resolver, "board.test", "old");
    QCOMPARE(oldCalls, 1);
    QCOMPARE(old.status, DkimKeyStatus::Found);
    QCOMPARE(titles(old.findings),
        (QStringList {QStringLiteral("info: DKIM key found"), QStringLiteral("problem: DKIM key too short"),
            QStringLiteral("problem: DKIM key limited to SHA-1"), QStringLiteral("problem: DKIM key not for email")}));

    const auto [testing, testingCalls] = dkim(resolver, "board.test", "test");
    QCOMPARE(testingCalls, 1);
    QVERIFY(testing.key.testing);
    QVERIFY(testing.key.strictDomain);
    QCOMPARE(testing.key.hashes, (QList<QByteArray> {"sha1", "sha256"}));
    QCOMPARE(titles(testing.findings),
        (QStringList {QStringLiteral("info: DKIM key found"), QStringLiteral("warning: DKIM key of 1024 bits"),
            QStringLiteral("warning: DKIM key in test mode (t=y)")}));
}

void TestDomainChecks::dkimSignaturesOfAPastedMessage()
{
    const QByteArray message = "Received: from mail.board.test by mx.example.test\r\n"
                               "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n"
                               "\td=Board.Test; s=mail\r\n"
                               "  2024; h=from:to:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n"
                               "\tb=dGVzdA==\r\n"
                               "dkim-signature: v=1; a=ed25519-sha256; d=mailer.test; s=ed; b=eA==\r\n"
                               "DKIM-Signature: v=1; a=rsa-sha256; s=nodomain; b=eA==\r\n"
                               "DKIM-Signature: v=1; d=broken.test; s=x; d=twice.test\r\n"
                               "From: Jobs <alerts@board.test>\r\n"
                               "\r\n"
                               "DKIM-Signature: v=1; d=body.test; s=body; b=eA==\r\n";
    const auto ids = [](const QList<DkimSignatureId>& signatures) {
        QList<QByteArray> out;
        for (const DkimSignatureId& signature : signatures)
            out.append(signature.selector + '@' + signature.domain);
        return out;
    };
    const QList<QByteArray> expected {"mail2024@board.test", "ed@mailer.test"};
    QCOMPARE(ids(DkimKeyCheck::signatures(message)), expected);

    // Pasted from a mail client: LF line ends and a blank line before the headers.
    QByteArray pasted = message;
    pasted.replace("\r\n", "\n");
    QCOMPARE(ids(DkimKeyCheck::signatures(QByteArray("\n" + pasted))), expected);
    QCOMPARE(ids(DkimKeyCheck::signatures("no headers at all")), QList<QByteArray>());
}

// ---- Reverse DNS ----

void TestDomainChecks::genericNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("generic");
    const QString ip = QStringLiteral("192.0.2.10");
    QTest::newRow("dashed octets and dsl are generic") << QByteArray("192-0-2-10.dsl.isp.test") << ip << true;
    QTest::newRow("reversed octets are generic") << QByteArray("10.2.0.192.static.isp.test") << ip << true;
    QTest::newRow("the last three octets are generic") << QByteArray("host-0-2-10.isp.test") << ip << true;
    QTest::newRow("zero-padded octets are generic") << QByteArray("ip192000002010.isp.test") << ip << true;
    QTest::newRow("the address in hex is generic") << QByteArray("c000020a.isp.test") << ip << true;
    QTest::newRow("dynamic is generic") << QByteArray("Dynamic.ISP.test") << ip << true;
    QTest::newRow("a pool with a number is generic") << QByteArray("pool12.isp.test") << ip << true;
    QTest::newRow("static-ip is generic") << QByteArray("static-ip.isp.test") << ip << true;
    QTest::newRow("a client line is generic") << QByteArray("client-7.isp.test") << ip << true;
    QTest::newRow("a mail server's name is not") << QByteArray("mail.board.test") << ip << false;
    QTest::newRow("a numbered mail server is not") << QByteArray("mx1.board.test") << ip << false;
    QTest::newRow("another address's digits are not") << QByteArray("mail-192-0-2-11.board.test") << ip << false;
    QTest::newRow("a word that starts like dyn is not") << QByteArray("dynamo.board.test") << ip << false;
    QTest::newRow("a word that starts like pool is not") << QByteArray("poolside.board.test") << ip << false;
    QTest::newRow("a static host is not") << QByteArray("static.board.test") << ip << false;
    QTest::newRow("an IPv6 address written with dashes is generic")
        << QByteArray("2001-db8--10.isp.test") << QStringLiteral("2001:db8::10") << true;
    QTest::newRow("an IPv6 interface identifier is generic")
        << QByteArray("host-0000-0000-0000-0010.isp.test") << QStringLiteral("2001:db8::10") << true;
    QTest::newRow("an IPv6 mail server's name is not")
        << QByteArray("mail6.board.test") << QStringLiteral("2001:db8::10") << false;
}

void TestDomainChecks::genericNames()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, address);
    QFETCH(bool, generic);
    QCOMPARE(ReverseDnsCheck::looksGeneric(name, QHostAddress(address)), generic);
}

void TestDomainChecks::reverseDnsConfirmed()
{
    InMemoryResolver resolver;
    addPtr(resolver, QStringLiteral("192.0.2.10"), "Mail.Board.Test.");
    addAddress(resolver, "mail.board.test", QStringLiteral("192.0.2.10"));
    const auto [result, calls] = reverseDns(resolver, QStringLiteral("192.0.2.10"));
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, ReverseDnsStatus::Confirmed);
    QCOMPARE(result.reverseName, QByteArray("10.2.0.192.in-addr.arpa"));
    QCOMPARE(result.names.size(), 1);
    QCOMPARE(result.names[0].name, QByteArray("mail.board.test"));
    QVERIFY(result.names[0].confirmed);
    QVERIFY(!result.names[0].generic);
    QCOMPARE(titles(result.findings), QStringList {QStringLiteral("info: Reverse DNS is forward-confirmed")});

    InMemoryResolver home;
    addPtr(home, QStringLiteral("192.0.2.10"), "192-0-2-10.dyn.isp.test");
    addAddress(home, "192-0-2-10.dyn.isp.test", QStringLiteral("192.0.2.10"));
    const auto [generic, genericCalls] = reverseDns(home, QStringLiteral("192.0.2.10"));
    QCOMPARE(genericCalls, 1);
    QCOMPARE(generic.status, ReverseDnsStatus::Confirmed);
    QVERIFY(generic.names[0].generic);
    QCOMPARE(titles(generic.findings),
        (QStringList {QStringLiteral("info: Reverse DNS is forward-confirmed"),
            QStringLiteral("warning: Generic reverse name 192-0-2-10.dyn.isp.test")}));
}

void TestDomainChecks::reverseDnsOfIpv6AndMappedAddresses()
{
    InMemoryResolver resolver;
    addPtr(resolver, QStringLiteral("2001:db8::10"), "mail6.board.test");
    addAddress(resolver, "mail6.board.test", QStringLiteral("2001:db8::10"));
    addAddress(resolver, "mail6.board.test", QStringLiteral("192.0.2.10")); // not asked: IPv6 checks AAAA
    const auto [v6, v6Calls] = reverseDns(resolver, QStringLiteral("2001:db8::10"));
    QCOMPARE(v6Calls, 1);
    QCOMPARE(v6.status, ReverseDnsStatus::Confirmed);
    QVERIFY(v6.reverseName.endsWith(".8.b.d.0.1.0.0.2.ip6.arpa"));
    QCOMPARE(v6.names[0].addresses, QList<QHostAddress> {QHostAddress(QStringLiteral("2001:db8::10"))});

    addPtr(resolver, QStringLiteral("192.0.2.10"), "mail6.board.test");
    const auto [mapped, mappedCalls] = reverseDns(resolver, QStringLiteral("::ffff:192.0.2.10"));
    QCOMPARE(mappedCalls, 1);
    QCOMPARE(mapped.address, QHostAddress(QStringLiteral("192.0.2.10")));
    QCOMPARE(mapped.status, ReverseDnsStatus::Confirmed);
}

void TestDomainChecks::reverseDnsWithoutPtr()
{
    InMemoryResolver resolver;
    const auto [result, calls] = reverseDns(resolver, QStringLiteral("198.51.100.7"));
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, ReverseDnsStatus::NoPtr);
    QVERIFY(result.names.isEmpty());
    QVERIFY(result.problem.isEmpty());
    QCOMPARE(titles(result.findings), QStringList {QStringLiteral("problem: No reverse DNS for 198.51.100.7")});
    QCOMPARE(resolver.queries(), 1);
}

void TestDomainChecks::reverseDnsNotPointingBack()
{
    InMemoryResolver resolver;
    addPtr(resolver, QStringLiteral("192.0.2.10"), "mail.board.test");
    addAddress(resolver, "mail.board.test", QStringLiteral("192.0.2.99"));
    const auto [result, calls] = reverseDns(resolver, QStringLiteral("192.0.2.10"));
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, ReverseDnsStatus::NotConfirmed);
    QCOMPARE(result.names[0].addresses, QList<QHostAddress> {QHostAddress(QStringLiteral("192.0.2.99"))});
    QCOMPARE(titles(result.findings),
        QStringList {QStringLiteral("problem: mail.board.test does not point back to 192.0.2.10")});
    QCOMPARE(result.findings[0].fixName, QStringLiteral("mail.board.test"));
    QCOMPARE(result.findings[0].fixRecord, QByteArray("192.0.2.10"));

    InMemoryResolver dangling;
    addPtr(dangling, QStringLiteral("192.0.2.10"), "gone.board.test");
    const auto [gone, goneCalls] = reverseDns(dangling, QStringLiteral("192.0.2.10"));
    QCOMPARE(goneCalls, 1);
    QCOMPARE(gone.status, ReverseDnsStatus::NotConfirmed);
    QCOMPARE(gone.names[0].forwardStatus, DnsStatus::NxDomain);
    QVERIFY(hasSeverity(gone.findings, ReputationSeverity::Problem));
}

void TestDomainChecks::reverseDnsOneOfTwoNamesConfirms()
{
    InMemoryResolver resolver;
    addPtr(resolver, QStringLiteral("192.0.2.10"), "old.board.test");
    addPtr(resolver, QStringLiteral("192.0.2.10"), "mail.board.test");
    addPtr(resolver, QStringLiteral("192.0.2.10"), "MAIL.board.test."); // the same name again
    addAddress(resolver, "mail.board.test", QStringLiteral("192.0.2.10"));
    const auto [result, calls] = reverseDns(resolver, QStringLiteral("192.0.2.10"));
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, ReverseDnsStatus::Confirmed);
    QCOMPARE(result.names.size(), 2);
    QVERIFY(!result.names[0].confirmed);
    QVERIFY(result.names[1].confirmed);
    QCOMPARE(titles(result.findings),
        (QStringList {QStringLiteral("info: Reverse DNS is forward-confirmed"),
            QStringLiteral("warning: Several reverse names for 192.0.2.10")}));
}

void TestDomainChecks::reverseDnsFailedLookupIsCouldNotCheck()
{
    InMemoryResolver resolver;
    resolver.failFrom(Dns::reverseName(QHostAddress(QStringLiteral("192.0.2.10"))), DnsStatus::Timeout);
    const auto [ptr, ptrCalls] = reverseDns(resolver, QStringLiteral("192.0.2.10"));
    QCOMPARE(ptrCalls, 1);
    QCOMPARE(ptr.status, ReverseDnsStatus::Unknown);
    QVERIFY2(ptr.problem.contains(QLatin1String("PTR lookup")), qPrintable(ptr.problem));
    QCOMPARE(
        titles(ptr.findings), QStringList {QStringLiteral("warning: Could not check the reverse DNS of 192.0.2.10")});

    // The name whose lookup timed out might have been the one pointing back: no verdict.
    InMemoryResolver forward;
    addPtr(forward, QStringLiteral("192.0.2.10"), "other.board.test");
    addPtr(forward, QStringLiteral("192.0.2.10"), "mail.board.test");
    addAddress(forward, "other.board.test", QStringLiteral("192.0.2.99"));
    forward.failFrom("mail.board.test", DnsStatus::ServerFailure);
    const auto [names, namesCalls] = reverseDns(forward, QStringLiteral("192.0.2.10"));
    QCOMPARE(namesCalls, 1);
    QCOMPARE(names.status, ReverseDnsStatus::Unknown);
    QCOMPARE(names.names[1].forwardStatus, DnsStatus::ServerFailure);
    QVERIFY2(names.problem.contains(QLatin1String("mail.board.test")), qPrintable(names.problem));
    QVERIFY(!hasSeverity(names.findings, ReputationSeverity::Info));
    QVERIFY(!hasSeverity(names.findings, ReputationSeverity::Problem));
    QVERIFY(titles(names.findings).contains(QStringLiteral("warning: Could not check the reverse DNS of 192.0.2.10")));
}

void TestDomainChecks::reverseDnsRefusesANonAddress()
{
    InMemoryResolver resolver;
    const auto [result, calls] = reverseDns(resolver, QStringLiteral("mail.board.test"));
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, ReverseDnsStatus::BadInput);
    QCOMPARE(resolver.queries(), 0);
    QCOMPARE(titles(result.findings), QStringList {QStringLiteral("problem: Not an IP address")});
}

// ---- MX ----

void TestDomainChecks::mxSortedByPreference()
{
    InMemoryResolver resolver;
    addMx(resolver, "board.test", 20, "backup.board.test");
    addMx(resolver, "board.test", 10, "mx-b.board.test");
    addMx(resolver, "board.test", 10, "MX-A.Board.Test.");
    const auto [result, calls] = mx(resolver, "board.test");
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, MxStatus::Found);
    QList<QByteArray> hosts;
    for (const MxHost& host : result.hosts)
        hosts.append(QByteArray::number(host.preference) + ' ' + host.host);
    QCOMPARE(hosts, (QList<QByteArray> {"10 mx-a.board.test", "10 mx-b.board.test", "20 backup.board.test"}));
    QCOMPARE(titles(result.findings),
        QStringList {QStringLiteral("info: Mail for board.test goes to mx-a.board.test (10)")});
}

void TestDomainChecks::mxNullAndMissing_data()
{
    QTest::addColumn<QByteArray>("target"); // of a "0 <target>" MX record; empty: none
    QTest::addColumn<int>("failure"); // DnsStatus of board.test, or -1
    QTest::addColumn<MxStatus>("status");
    QTest::addColumn<QString>("title");

    QTest::newRow("a null MX accepts no mail") << QByteArray(".") << -1 << MxStatus::NullMx
                                               << QStringLiteral("problem: board.test accepts no "
                                                                 "mail");
    QTest::newRow("a null MX as the resolver gives the root name") << QByteArray("") << -1 << MxStatus::NullMx
                                                                   << QStringLiteral("problem: "
                                                                                     "board.test "
                                                                                     "accepts no "
                                                                                     "mail");
    QTest::newRow("a domain without MX") << QByteArray("none") << -1 << MxStatus::None
                                         << QStringLiteral("warning: No MX record for board.test");
    QTest::newRow("a domain that does not exist") << QByteArray("nxdomain") << -1 << MxStatus::NoDomain
                                                  << QStringLiteral("problem: board.test does not "
                                                                    "exist");
    QTest::newRow("a timeout is could not check") << QByteArray("none") << int(DnsStatus::Timeout) << MxStatus::Unknown
                                                  << QStringLiteral("warning: Could not check the "
                                                                    "MX of board.test");
    QTest::newRow("a SERVFAIL is could not check")
        << QByteArray("none") << int(DnsStatus::ServerFailure) << MxStatus::Unknown
        << QStringLiteral("warning: Could not check the MX of board.test");
}

void TestDomainChecks::mxNullAndMissing()
{
    QFETCH(QByteArray, target);
    QFETCH(int, failure);
    QFETCH(MxStatus, status);
    QFETCH(QString, title);
    InMemoryResolver resolver;
    if (target == "none")
        addAddress(resolver, "board.test", QStringLiteral("192.0.2.10"));
    else if (target != "nxdomain")
        addMx(resolver, "board.test", 0, target);
    if (failure >= 0)
        resolver.failFrom("board.test", DnsStatus(failure));
    const auto [result, calls] = mx(resolver, "board.test");
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, status);
    QVERIFY(result.hosts.isEmpty());
    QCOMPARE(titles(result.findings), QStringList {title});
    QCOMPARE(result.problem.isEmpty(), status != MxStatus::Unknown);
}

void TestDomainChecks::mxRecordsThatAreWrong()
{
    InMemoryResolver resolver;
    addMx(resolver, "board.test", 0, ".");
    addMx(resolver, "board.test", 10, "192.0.2.25");
    const auto [result, calls] = mx(resolver, "board.test");
    QCOMPARE(calls, 1);
    QCOMPARE(result.status, MxStatus::Found);
    QCOMPARE(result.hosts.size(), 1);
    QCOMPARE(titles(result.findings),
        (QStringList {QStringLiteral("info: Mail for board.test goes to 192.0.2.25 (10)"),
            QStringLiteral("problem: MX record with an address: 192.0.2.25"),
            QStringLiteral("problem: Null MX beside other MX records")}));

    const auto [bad, badCalls] = mx(resolver, "board test");
    QCOMPARE(badCalls, 1);
    QCOMPARE(bad.status, MxStatus::BadInput);
}

// With answers posted to the event loop, each check returns before its callback runs, then calls
// it once, with the result it gives when answers come at once.
void TestDomainChecks::everyCheckAnswersOnceWhenAnswersComeLater()
{
    for (const bool later : {false, true}) {
        InMemoryResolver resolver;
        resolver.setAnswerLater(later);
        addTxt(resolver, "_dmarc.board.test", {"v=DMARC1; p=reject; rua=mailto:d@board.test"});
        addTxt(resolver, "s1._domainkey.board.test", {"v=DKIM1; p=" + QByteArray(Rsa1024)});
        addPtr(resolver, QStringLiteral("192.0.2.10"), "old.board.test");
        addPtr(resolver, QStringLiteral("192.0.2.10"), "mail.board.test");
        addAddress(resolver, "mail.board.test", QStringLiteral("192.0.2.10"));
        addMx(resolver, "board.test", 10, "mail.board.test");

        int calls = 0;
        DmarcStatus dmarcStatus = DmarcStatus::Unknown;
        DkimKeyStatus dkimStatus = DkimKeyStatus::Unknown;
        ReverseDnsStatus reverseStatus = ReverseDnsStatus::Unknown;
        MxStatus mxStatus = MxStatus::Unknown;
        DmarcCheck::run(resolver, "mail.board.test", [&](const DmarcResult& result) {
            dmarcStatus = result.status;
            ++calls;
        });
        DkimKeyCheck::run(resolver, "board.test", "s1", [&](const DkimKeyResult& result) {
            dkimStatus = result.status;
            ++calls;
        });
        ReverseDnsCheck::run(resolver, QHostAddress(QStringLiteral("192.0.2.10")), [&](const ReverseDnsResult& result) {
            reverseStatus = result.status;
            ++calls;
        });
        MxCheck::run(resolver, "board.test", [&](const MxResult& result) {
            mxStatus = result.status;
            ++calls;
        });
        QCOMPARE(calls, later ? 0 : 4);
        QTRY_COMPARE(calls, 4);
        QTest::qWait(20); // no second call comes late
        QCOMPARE(calls, 4);
        QCOMPARE(dmarcStatus, DmarcStatus::Found);
        QCOMPARE(dkimStatus, DkimKeyStatus::Found);
        QCOMPARE(reverseStatus, ReverseDnsStatus::Confirmed);
        QCOMPARE(mxStatus, MxStatus::Found);
        QCOMPARE(resolver.queries(), 2 + 1 + 3 + 1);
    }
}

void TestDomainChecks::statusNames()
{
    QCOMPARE(reputationSeverityName(ReputationSeverity::Problem), "problem");
    QCOMPARE(dmarcDispositionName(DmarcDisposition::Quarantine), "quarantine");
    QCOMPARE(dmarcStatusName(DmarcStatus::BadInput), "bad_input");
    QCOMPARE(dkimKeyStatusName(DkimKeyStatus::Revoked), "revoked");
    QCOMPARE(reverseDnsStatusName(ReverseDnsStatus::NotConfirmed), "not_confirmed");
    QCOMPARE(mxStatusName(MxStatus::NullMx), "null_mx");
}

QTEST_GUILESS_MAIN(TestDomainChecks)
#include "TestDomainChecks.moc"
