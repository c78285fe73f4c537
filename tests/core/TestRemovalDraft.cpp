#include "removal/RemovalDraft.h"
#include "reputation/SentMessage.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Removal request letters from their templates.
class TestRemovalDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void theLetterHoldsTheFactsAProviderAsksFor();
    void emptyFactsLeaveTheirLinesOut();
    void theMessageOpensInAMailProgram();
    void missingDetailsAreNamed();
};

namespace {

DraftFacts outlookFacts()
{
    DraftFacts f;
    f.providerName = u"Outlook.com"_s;
    f.code = u"S3150"_s;
    f.bounceText = u"550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. (S3150)"_s;
    f.bounceAt = QDateTime(QDate(2026, 12, 1), QTime(7, 5), Qt::UTC);
    f.ip = QHostAddress(u"192.0.2.10"_s);
    f.ptr = u"mail.board.test"_s;
    f.helo = u"mail.board.test"_s;
    f.fromDomain = u"board.test"_s;
    f.envelopeDomain = u"bounces.board.test"_s;
    f.spf = u"pass"_s;
    f.dkim = u"pass (d=board.test)"_s;
    f.dmarc = u"p=quarantine, aligned"_s;
    f.recipientDomains = {u"outlook.com"_s, u"hotmail.com"_s};
    f.fixed = {u"An SPF record now names 192.0.2.10."_s};
    f.otherListings = {u"SpamCop"_s};
    f.toAddress = u"delist@provider.example"_s;
    f.owner.name = u"Dana Grüber"_s;
    f.owner.email = u"dana@board.test"_s;
    f.owner.boardName = u"Board Jobs"_s;
    f.owner.boardUrl = u"https://board.test"_s;
    f.owner.mailKinds = {u"alerts"_s, u"messages"_s};
    f.owner.dailyVolume = 1200;
    return f;
}

} // namespace

void TestRemovalDraft::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("names") << u"{a} and {b}"_s << u"A and "_s;
    QTest::newRow("a section kept") << u"x{?a} [{a}]{/a}y"_s << u"x [A]y"_s;
    QTest::newRow("a section left out") << u"x{?b} [{b}]{/b}y"_s << u"xy"_s;
    QTest::newRow("a section of an unknown name is left out") << u"x{?zz}!{/zz}y"_s << u"xy"_s;
    QTest::newRow("nested sections") << u"{?a}<{?b}no{/b}{?a}yes{/a}>{/a}"_s << u"<yes>"_s;
    QTest::newRow("two sections of one name") << u"{?a}1{/a}-{?a}2{/a}"_s << u"1-2"_s;
    QTest::newRow("an unknown name stays visible") << u"{a} {typo}"_s << u"A {typo}"_s;
    QTest::newRow("braces in a value are not read again") << u"{c}"_s << u"{a}"_s;
    QTest::newRow("lines in a section") << u"1\n{?a}2\n{/a}3"_s << u"1\n2\n3"_s;
}

void TestRemovalDraft::render()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QHash<QString, QString> values {{u"a"_s, u"A"_s}, {u"b"_s, QString()}, {u"c"_s, u"{a}"_s}};
    QCOMPARE(RemovalDraft::render(text, values), expected);
}

void TestRemovalDraft::theLetterHoldsTheFactsAProviderAsksFor()
{
    const DraftFacts f = outlookFacts();
    const QString letter = RemovalDraft::letter(f);
    for (const QString& fact : {u"we are writing to Outlook.com because"_s, u"192.0.2.10 (mail.board.test)"_s,
             u"at outlook.com, hotmail.com since 2026-12-01 07:05 UTC"_s, f.bounceText, u"Your reference: S3150"_s,
             u"Board Jobs is a job board"_s,
             u"job alerts they subscribed to and messages between recruiters and applicants"_s,
             u"about 1200 messages a day"_s, u"192.0.2.10, used only by us"_s, u"- HELO name: mail.board.test"_s,
             u"From domain: board.test, envelope sender domain: bounces.board.test"_s, u"- SPF: pass"_s,
             u"- An SPF record now names 192.0.2.10."_s, u"also listed on: SpamCop"_s,
             u"Dana Grüber\ndana@board.test"_s, u"https://board.test"_s}) {
        QVERIFY2(letter.contains(fact), qPrintable(fact + u"\n---\n"_s + letter));
    }
    QVERIFY(!letter.contains(u'{'));
    QCOMPARE(RemovalDraft::subject(f), u"Removal request for 192.0.2.10 (S3150)"_s);
}

void TestRemovalDraft::emptyFactsLeaveTheirLinesOut()
{
    DraftFacts f;
    f.providerName = u"SpamCop"_s;
    f.ip = QHostAddress(u"192.0.2.10"_s);
    f.bounceText = u"blocked using bl.spamcop.net"_s;
    const QString letter = RemovalDraft::letter(f);
    for (const QString& absent : {u"Your reference"_s, u"HELO"_s, u"SPF"_s, u"fixed"_s, u"also listed"_s,
             u"Legal notice"_s, u"messages a day"_s, u"{"_s}) {
        QVERIFY2(!letter.contains(absent), qPrintable(absent + u"\n---\n"_s + letter));
    }
    QVERIFY(letter.contains(u"job alerts they subscribed to"_s)); // a board sends alerts at least
    QCOMPARE(RemovalDraft::subject(f), u"Removal request for 192.0.2.10"_s);
}

void TestRemovalDraft::theMessageOpensInAMailProgram()
{
    DraftFacts f = outlookFacts();
    f.code = u"Zürich-1"_s;
    const QByteArray eml = RemovalDraft::message(f, QDateTime(QDate(2026, 12, 3), QTime(18, 0), Qt::UTC));
    QVERIFY(eml.contains("\r\nTo: <delist@provider.example>\r\n"));
    QVERIFY(eml.contains("Date: Thu, 03 Dec 2026 18:00:00 +0000\r\n"));
    QVERIFY(eml.contains("Subject: =?UTF-8?B?"));
    QVERIFY(eml.contains("From: =?UTF-8?B?"));
    // Every line ends in CRLF, and the body is the letter.
    QVERIFY(!eml.contains(QByteArray("\n")) || eml.count('\n') == eml.count("\r\n"));
    const qsizetype bodyAt = eml.indexOf("\r\n\r\n") + 4;
    QCOMPARE(QString::fromUtf8(eml.mid(bodyAt)).replace(u"\r\n"_s, u"\n"_s), RemovalDraft::letter(f));
    // A reader of messages finds the owner's domain in it.
    QCOMPARE(SentMessage::read(eml).fromDomain, QByteArray("board.test"));
}

void TestRemovalDraft::missingDetailsAreNamed()
{
    QCOMPARE(RemovalDraft::missing(outlookFacts()), QStringList());
    DraftFacts f;
    const QStringList missing = RemovalDraft::missing(f);
    QCOMPARE(missing.size(), 4);
    QVERIFY(missing.join(u' ').contains(u"your name"_s));
}

QTEST_GUILESS_MAIN(TestRemovalDraft)
#include "TestRemovalDraft.moc"
