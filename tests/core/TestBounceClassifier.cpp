#include "bounces/BounceClassifier.h"
#include "mail/DeliveryEvent.h"

#include <QFile>
#include <QTest>

class TestBounceClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInRulesLoad();
    void classifies_data();
    void classifies();
    void statusInText_data();
    void statusInText();
    void effectiveStatusPrefersSpecificTextOverGenericHeader();
    void badRulesAreRefusedWithAReason();
};

void TestBounceClassifier::builtInRulesLoad()
{
    QFile file(QStringLiteral(":/data/bounce-rules.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    BounceClassifier classifier;
    QVERIFY2(classifier.loadRules(file.readAll()), qPrintable(classifier.errorString()));
}

void TestBounceClassifier::classifies_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("reason");

    QTest::newRow("Gmail's multi-line unknown user is userunknown")
        << 550 << QByteArray() << QByteArray("RCPT TO")
        << QByteArray("550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
                      "550-5.1.1 double-checking the recipient's email address for typos or\n"
                      "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser - gsmtp")
        << QByteArray("userunknown");
    QTest::newRow("Postfix's recipient rejected user unknown is userunknown")
        << 550 << QByteArray("5.1.1") << QByteArray("RCPT TO")
        << QByteArray("550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in virtual mailbox table")
        << QByteArray("userunknown");
    QTest::newRow("a quota deferral is mailboxfull")
        << 452 << QByteArray("4.2.2") << QByteArray("RCPT TO")
        << QByteArray("452 4.2.2 The email account that you tried to reach is over quota.")
        << QByteArray("mailboxfull");
    QTest::newRow("552 5.2.2 is mailboxfull") << 552 << QByteArray() << QByteArray("DATA")
                                              << QByteArray("552 5.2.2 Mailbox full") << QByteArray("mailboxfull");
    QTest::newRow("Outlook's network on our block list is blocked, not the user")
        << 550 << QByteArray() << QByteArray("MAIL FROM")
        << QByteArray("550 5.7.1 Unfortunately, messages from [192.0.2.7] weren't sent. Please contact your Internet "
                      "service provider since part of their network is on our block list (S3150). You can also refer "
                      "your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.")
        << QByteArray("blocked");
    QTest::newRow("a Spamhaus listing is blocked even though the word spam is in it")
        << 554 << QByteArray() << QByteArray("RCPT TO")
        << QByteArray("554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org; "
                      "https://www.spamhaus.org/query/ip/192.0.2.7")
        << QByteArray("blocked");
    QTest::newRow("greylisting is only a delay")
        << 451 << QByteArray() << QByteArray("RCPT TO") << QByteArray("451 4.7.1 Greylisted, please try again later")
        << QByteArray("delayed");
    QTest::newRow("Yahoo's TSS04 is bad reputation")
        << 421 << QByteArray() << QByteArray("MAIL FROM")
        << QByteArray("421 4.7.0 [TSS04] Messages from 192.0.2.7 temporarily deferred due to unexpected volume or "
                      "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes")
        << QByteArray("badreputation");
    QTest::newRow("Gmail's 5.7.26 unauthenticated is authfailure")
        << 550 << QByteArray() << QByteArray("DATA")
        << QByteArray("550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail "
                      "users, and has been blocked.")
        << QByteArray("authfailure");
    QTest::newRow("a size refusal is mesgtoobig")
        << 552 << QByteArray() << QByteArray("MAIL FROM")
        << QByteArray("552 5.3.4 Message size exceeds fixed maximum message size") << QByteArray("mesgtoobig");
    QTest::newRow("Exim's unrouteable address is hostunknown")
        << 0 << QByteArray() << QByteArray() << QByteArray("Unrouteable address") << QByteArray("hostunknown");
    QTest::newRow("a domain that does not exist is hostunknown, not userunknown")
        << 550 << QByteArray() << QByteArray("RCPT TO") << QByteArray("550 5.1.2 Recipient domain does not exist")
        << QByteArray("hostunknown");
    QTest::newRow("a refused connection is a network error")
        << 0 << QByteArray() << QByteArray("connect") << QByteArray("Connection refused") << QByteArray("networkerror");
    QTest::newRow("an unknown text with 5.1.6 falls back to the status: hasmoved")
        << 550 << QByteArray() << QByteArray("RCPT TO") << QByteArray("550 5.1.6 Gone fishing")
        << QByteArray("hasmoved");
    QTest::newRow("the DSN header status counts when the text has none")
        << 550 << QByteArray("5.7.28") << QByteArray("DATA") << QByteArray("550 Go away") << QByteArray("spamdetected");
    QTest::newRow("a plain 5.7.1 without words is a security error")
        << 550 << QByteArray() << QByteArray("DATA") << QByteArray("550 5.7.1 Denied") << QByteArray("securityerror");
    QTest::newRow("a refusal at the greeting with no known words is blocked")
        << 554 << QByteArray() << QByteArray("connect") << QByteArray("554 mx.example ESMTP not accepting messages")
        << QByteArray("blocked");
    QTest::newRow("unclear text with no status is onhold")
        << 550 << QByteArray() << QByteArray("RCPT TO") << QByteArray("550 Computer says no") << QByteArray("onhold");
    QTest::newRow("no text at all is undefined")
        << 0 << QByteArray() << QByteArray() << QByteArray() << QByteArray("undefined");
}

void TestBounceClassifier::classifies()
{
    QFETCH(int, code);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, reason);

    DeliveryEvent event;
    event.action = DeliveryAction::Failed;
    event.replyCode = quint16(code);
    event.enhancedStatus = status;
    event.command = command;
    event.diagnostic = text;
    QCOMPARE(reasonName(BounceClassifier::builtIn().classify(event)).toByteArray(), reason);
}

void TestBounceClassifier::statusInText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("status");

    QTest::newRow("after a reply code") << QByteArray("550 5.1.1 <x@y>: nope") << QByteArray("5.1.1");
    QTest::newRow("after a continuation dash") << QByteArray("550-5.7.26 This mail") << QByteArray("5.7.26");
    QTest::newRow("three-digit detail") << QByteArray("550 5.1.10 null MX") << QByteArray("5.1.10");
    QTest::newRow("not inside an IP address") << QByteArray("from [10.4.5.1] refused") << QByteArray();
    QTest::newRow("not inside a version number") << QByteArray("421 deferred - 4.16.55.1; see") << QByteArray();
    QTest::newRow("class 3 is not a status") << QByteArray("server 3.1.1 said") << QByteArray();
    QTest::newRow("nothing") << QByteArray("Connection refused") << QByteArray();
}

void TestBounceClassifier::statusInText()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, status);
    QCOMPARE(BounceClassifier::statusInText(text), status);
}

void TestBounceClassifier::effectiveStatusPrefersSpecificTextOverGenericHeader()
{
    QCOMPARE(BounceClassifier::effectiveStatus("5.0.0", "550 5.1.1 unknown"), QByteArray("5.1.1"));
    QCOMPARE(BounceClassifier::effectiveStatus("5.2.2", "552 mailbox full"), QByteArray("5.2.2"));
    QCOMPARE(BounceClassifier::effectiveStatus("", "550 5.7.1 no"), QByteArray("5.7.1"));
    QCOMPARE(BounceClassifier::effectiveStatus("4.4.1", "Connection timed out"), QByteArray("4.4.1"));
}

void TestBounceClassifier::badRulesAreRefusedWithAReason()
{
    BounceClassifier classifier;
    QVERIFY(!classifier.loadRules("{ not json"));
    QVERIFY(classifier.errorString().contains(QLatin1String("JSON")));
    QVERIFY(!classifier.loadRules(R"({"textRules": [{"reason": "nonsense", "text": ["x"]}]})"));
    QVERIFY(classifier.errorString().contains(QLatin1String("nonsense")));
}

QTEST_GUILESS_MAIN(TestBounceClassifier)
#include "TestBounceClassifier.moc"
