#include "DnsRecords.h"
#include "reputation/InMemoryResolver.h"
#include "reputation/ReputationCheck.h"
#include "reputation/SentMessage.h"

#include <QTest>

// A message the board sent, read for its domains, signatures and sending hop, and the DMARC
// alignment of the From domain that the full check works out from them.
class TestSentMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAMessageAsGmailKeepsIt();
    void readsEximAndIpv6Hops();
    void addressDomain_data();
    void addressDomain();
    void fillLeavesWhatIsGiven();
    void alignment_data();
    void alignment();
};

namespace {

// As Gmail's "Show original" gives it: the receiver's hops on top, folded headers, CRLF lines.
const QByteArray GmailCopy = "Delivered-To: jo@gmail.example\r\n"
                             "Received: by 2002:a05:6a10:9e4b:b0:4f1:2c3a:1b2c with SMTP id r11csp12345pxb;\r\n"
                             "        Tue, 1 Dec 2026 08:00:01 -0800 (PST)\r\n"
                             "Return-Path: <bounces+jo=gmail.example@Mail.Board.Example>\r\n"
                             "Received: from mta1.board.example (mta1.board.example. [203.0.113.25])\r\n"
                             "        by mx.google.com with ESMTPS id x1si123.2026.12.01.08.00.00\r\n"
                             "        for <jo@gmail.example>; Tue, 01 Dec 2026 08:00:00 -0800 (PST)\r\n"
                             "Received: from app.internal (app.internal [10.1.2.3])\r\n"
                             "        by mta1.board.example (Postfix) with ESMTP id 4F2A1;\r\n"
                             "        Tue, 1 Dec 2026 16:59:59 +0000 (UTC)\r\n"
                             "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mailer.example;\r\n"
                             "        s=pm; h=from:to:subject; bh=abc=; b=def=\r\n"
                             "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n"
                             "\td=board.example; s=s2026;\r\n"
                             "        h=from:to:subject; bh=abc=; b=def=\r\n"
                             "From: =?UTF-8?Q?Board_Jobs_=40_Home?= <alerts@Board.Example>\r\n"
                             "To: jo@gmail.example\r\n"
                             "Subject: 3 new jobs\r\n"
                             "\r\n"
                             "From: someone@body.example\r\n";

ReputationReport checked(InMemoryResolver& resolver, const ReputationRequest& request)
{
    ReputationReport report;
    bool done = false;
    ReputationCheck::run(resolver, request, {}, [&](const ReputationReport& r) {
        report = r;
        done = true;
    });
    [&] { QVERIFY(done); }();
    return report;
}

const ReputationFinding* findingTitled(const ReputationReport& report, const QString& start)
{
    for (const ReputationFinding& finding : report.findings) {
        if (finding.title.startsWith(start))
            return &finding;
    }
    return nullptr;
}

} // namespace

void TestSentMessage::readsAMessageAsGmailKeepsIt()
{
    const SentMessage message = SentMessage::read(QByteArray("\r\n" + GmailCopy));
    QCOMPARE(message.fromDomain, QByteArray("board.example"));
    QCOMPARE(message.returnPathDomain, QByteArray("mail.board.example"));
    QCOMPARE(message.signatures.size(), 2);
    QCOMPARE(message.signatures[0].domain, QByteArray("mailer.example"));
    QCOMPARE(message.signatures[1].domain, QByteArray("board.example"));
    QCOMPARE(message.signatures[1].selector, QByteArray("s2026"));
    // The hop into Gmail, not the internal one below it nor Gmail's own above.
    QCOMPARE(message.sendingAddress, QHostAddress(QStringLiteral("203.0.113.25")));
    QCOMPARE(message.helo, QByteArray("mta1.board.example"));
    QCOMPARE(message.receivedBy, QByteArray("mx.google.com"));
    // The aligned signature is the board's own, though the provider's comes first.
    QVERIFY(message.ownSignature());
    QCOMPARE(message.ownSignature()->selector, QByteArray("s2026"));

    // LF lines, and a header only, read the same.
    QByteArray lf = GmailCopy;
    lf.replace("\r\n", "\n");
    const SentMessage header = SentMessage::read(lf.first(lf.indexOf("\n\n")));
    QCOMPARE(header.fromDomain, message.fromDomain);
    QCOMPARE(header.sendingAddress, message.sendingAddress);
    QCOMPARE(header.signatures.size(), 2);

    QVERIFY(SentMessage::read("").isEmpty());
    QVERIFY(SentMessage::read("just some pasted words\nand more\n").isEmpty());
}

void TestSentMessage::readsEximAndIpv6Hops()
{
    // Exim names the verified host, and the HELO only where it differs.
    const SentMessage exim = SentMessage::read("Received: from mail.board.example ([198.51.100.7] helo=box1)\n"
                                               "\tby mx.receiver.example with esmtps id 1kXyZ-0001\n"
                                               "From: alerts@board.example\n");
    QCOMPARE(exim.sendingAddress, QHostAddress(QStringLiteral("198.51.100.7")));
    QCOMPARE(exim.helo, QByteArray("box1"));
    QCOMPARE(exim.receivedBy, QByteArray("mx.receiver.example"));

    const SentMessage v6 = SentMessage::read("Received: from localhost (localhost [127.0.0.1]) by mta1 (Postfix)\n"
                                             "Received: from mta1.board.example (mta1.board.example\n"
                                             " [IPv6:2001:db8::25]) by mx.receiver.example\n");
    QCOMPARE(v6.sendingAddress, QHostAddress(QStringLiteral("2001:db8::25")));
    QCOMPARE(v6.helo, QByteArray("mta1.board.example"));

    // A bracket after "by" is the receiver's, not the sender's.
    const SentMessage noSender = SentMessage::read("Received: from app by mx.receiver.example [192.0.2.1]\n");
    QVERIFY(noSender.sendingAddress.isNull());
}

void TestSentMessage::addressDomain_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("domain");
    QTest::newRow("bare") << QByteArray("alerts@Board.Example") << QByteArray("board.example");
    QTest::newRow("name and angle brackets") << QByteArray("\"Jobs, Board\" <alerts@board.example>")
                                             << QByteArray("board.example");
    QTest::newRow("an @ in a comment") << QByteArray("(sent for x@y.example) alerts@board.example")
                                       << QByteArray("board.example");
    QTest::newRow("nested comments") << QByteArray("alerts@board.example (The (Jobs) Board \\) x@y.example)")
                                     << QByteArray("board.example");
    QTest::newRow("an IDN as xn--") << QByteArray("<jobs@b\xc3\xbc"
                                                  "cher.example>")
                                    << QByteArray("xn--bcher-kva.example");
    QTest::newRow("the null sender") << QByteArray("<>") << QByteArray();
    QTest::newRow("no address") << QByteArray("Board Jobs") << QByteArray();
    QTest::newRow("not a domain") << QByteArray("<alerts@bad domain>") << QByteArray();
}

void TestSentMessage::addressDomain()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, domain);
    QCOMPARE(SentMessage::addressDomain(value), domain);
}

void TestSentMessage::fillLeavesWhatIsGiven()
{
    const SentMessage message = SentMessage::read(GmailCopy);
    ReputationRequest empty;
    message.fill(&empty);
    QCOMPARE(empty.domain, QByteArray("board.example"));
    QCOMPARE(empty.envelopeDomain, QByteArray("mail.board.example"));
    QCOMPARE(empty.selector, QByteArray("s2026"));
    QCOMPARE(empty.dkimDomain, QByteArray()); // the From domain itself
    QCOMPARE(empty.ips, QList<QHostAddress> {QHostAddress(QStringLiteral("203.0.113.25"))});
    QCOMPARE(empty.helo, QByteArray("mta1.board.example"));

    ReputationRequest given;
    given.domain = "other.example";
    given.selector = "mine";
    given.ips = {QHostAddress(QStringLiteral("192.0.2.9"))};
    given.helo = "mx.other.example";
    message.fill(&given);
    QCOMPARE(given.domain, QByteArray("other.example"));
    QCOMPARE(given.selector, QByteArray("mine"));
    QCOMPARE(given.dkimDomain, QByteArray());
    QCOMPARE(given.ips, QList<QHostAddress> {QHostAddress(QStringLiteral("192.0.2.9"))});
    QCOMPARE(given.helo, QByteArray("mx.other.example"));
    QCOMPARE(given.envelopeDomain, QByteArray("mail.board.example"));
}

void TestSentMessage::alignment_data()
{
    QTest::addColumn<QByteArray>("dmarc");
    QTest::addColumn<QByteArray>("envelope"); // empty: the From domain
    QTest::addColumn<QByteArray>("dkimDomain"); // empty: no selector
    QTest::addColumn<bool>("passes");
    QTest::addColumn<QString>("verdict"); // the start of the summary finding's title
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("misaligned"); // the start of another finding's title, or empty

    const int info = int(ReputationSeverity::Info);
    const int warning = int(ReputationSeverity::Warning);
    const int problem = int(ReputationSeverity::Problem);
    QTest::newRow("a bounce subdomain aligns when relaxed")
        << QByteArray("v=DMARC1; p=reject") << QByteArray("bounces.board.test") << QByteArray() << true
        << "Mail from board.test can pass DMARC" << info << QString();
    QTest::newRow("strict SPF alignment wants the From domain itself")
        << QByteArray("v=DMARC1; p=reject; aspf=s") << QByteArray("bounces.board.test") << QByteArray() << false
        << "Mail from board.test may fail DMARC" << warning << "The Return-Path domain bounces.board.test";
    QTest::newRow("a provider's envelope and signature fail")
        << QByteArray("v=DMARC1; p=quarantine") << QByteArray("mailer.test") << QByteArray("mailer.test") << false
        << "Mail from board.test fails DMARC" << problem << "The DKIM signing domain mailer.test";
    QTest::newRow("an aligned signature carries a provider's envelope")
        << QByteArray("v=DMARC1; p=reject") << QByteArray("mailer.test") << QByteArray("board.test") << true
        << "Mail from board.test can pass DMARC" << info << "The Return-Path domain mailer.test";
    QTest::newRow("a failed key lookup leaves the verdict open")
        << QByteArray("v=DMARC1; p=reject") << QByteArray("mailer.test") << QByteArray("unreachable.board.test")
        << false << "Mail from board.test may fail DMARC" << warning << "The Return-Path domain mailer.test";
    QTest::newRow("without a DMARC record alignment is relaxed")
        << QByteArray() << QByteArray("bounces.board.test") << QByteArray("mail.board.test") << true
        << "Mail from board.test can pass DMARC" << info << QString();
}

void TestSentMessage::alignment()
{
    QFETCH(QByteArray, dmarc);
    QFETCH(QByteArray, envelope);
    QFETCH(QByteArray, dkimDomain);
    QFETCH(bool, passes);
    QFETCH(QString, verdict);
    QFETCH(int, severity);
    QFETCH(QString, misaligned);

    InMemoryResolver resolver;
    const QByteArray spfDomain = envelope.isEmpty() ? QByteArray("board.test") : envelope;
    resolver.add(DnsRecords::txt(spfDomain, "v=spf1 ip4:192.0.2.10 -all"));
    if (!dmarc.isEmpty())
        resolver.add(DnsRecords::txt("_dmarc.board.test", dmarc));
    if (dkimDomain.startsWith("unreachable")) {
        resolver.failFrom("s1._domainkey." + dkimDomain, DnsStatus::Timeout);
    } else if (!dkimDomain.isEmpty()) {
        resolver.add(DnsRecords::txt("s1._domainkey." + dkimDomain,
            "v=DKIM1; k=ed25519; p=Nh0JOPqN6lW3gvtuwr0M92kTcEZa/kWLDoYRoRZFEYE="));
    }
    ReputationRequest request;
    request.ips = {QHostAddress(QStringLiteral("192.0.2.10"))};
    request.domain = "board.test";
    request.envelopeDomain = envelope;
    request.selector = dkimDomain.isEmpty() ? QByteArray() : QByteArray("s1");
    request.dkimDomain = dkimDomain;
    request.lists.clear();
    const ReputationReport report = checked(resolver, request);

    QVERIFY(report.alignment);
    QCOMPARE(report.alignment->passes(), passes);
    QCOMPARE(report.alignment->spfDomain, spfDomain);
    QCOMPARE(report.ips.front().spf->domain, spfDomain); // SPF is checked for the envelope domain
    const ReputationFinding* summary = findingTitled(report, verdict);
    QVERIFY2(summary, qPrintable(verdict));
    QCOMPARE(int(summary->severity), severity);
    QCOMPARE(summary->topic, QByteArray("alignment"));
    if (!misaligned.isEmpty())
        QVERIFY2(findingTitled(report, misaligned), qPrintable(misaligned));
    else
        QVERIFY(!findingTitled(report, QStringLiteral("The Return-Path domain")));
}

QTEST_GUILESS_MAIN(TestSentMessage)
#include "TestSentMessage.moc"
