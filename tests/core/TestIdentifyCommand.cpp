#include "CliRun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// mailroom-cli identify as a script would use it: bounce text in, JSON out, exit codes.
class TestIdentifyCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recognisesALogLine();
    void unknownTextIsNoGuess();
    void aWholeNotificationFromTheCorpus();
    void everyKeyIsThere();
    void exitCodes_data();
    void exitCodes();
    void helpNamesTheSubcommand();

private:
    static CliRun run(const QStringList& arguments, const QByteArray& input, bool closeInput = true)
    {
        return CliRun::of(arguments, input, closeInput);
    }
    QJsonObject identify(const QByteArray& input);
};

QJsonObject TestIdentifyCommand::identify(const QByteArray& input)
{
    const CliRun result = run({QStringLiteral("identify")}, input);
    if (result.exitCode != 0)
        qWarning("exit %d: %s", result.exitCode, result.err.constData());
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", result.out.constData());
    return object;
}

void TestIdentifyCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MAILROOM_CLI)));
}

void TestIdentifyCommand::recognisesALogLine()
{
    // The Outlook.com block of the Postfix lab log, as the lab's Postfix wrote it.
    const QJsonObject r = identify(
        "Dec 03 13:18:48 lab postfix/smtp[9069]: 3F65A108411: to=<someone@outlook.example>, "
        "relay=127.0.0.11[127.0.0.11]:2525, delay=0, delays=0/0/0/0, dsn=5.7.1, status=bounced (host "
        "127.0.0.11[127.0.0.11] said: 550 5.7.1 Unfortunately, messages from [203.0.113.25] weren't sent. Please "
        "contact your Internet service provider since part of their network is on our block list (S3150). You can "
        "also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. (in reply to MAIL FROM "
        "command))\n");
    QCOMPARE(r.value(QLatin1String("provider")).toString(), QStringLiteral("microsoft-consumer"));
    QCOMPARE(r.value(QLatin1String("block_kind")).toString(), QStringLiteral("ip-reputation"));
    QCOMPARE(r.value(QLatin1String("code")).toString(), QStringLiteral("S3150"));
    QCOMPARE(r.value(QLatin1String("removal_channel")).toString(), QStringLiteral("form"));
    QCOMPARE(r.value(QLatin1String("removal_url")).toString(), QStringLiteral("https://olcsupport.office.com/"));
    QCOMPARE(r.value(QLatin1String("ip")).toString(), QStringLiteral("203.0.113.25"));
    QCOMPARE(r.value(QLatin1String("certainty")).toString(), QStringLiteral("sure"));
    QVERIFY(r.value(QLatin1String("listing_zone")).isNull());
    QVERIFY(r.value(QLatin1String("meaning")).toString().contains(QLatin1String("block list")));
    QVERIFY(r.value(QLatin1String("evidence")).toString().contains(QLatin1String("(S3150)")));

    const QJsonObject zen = identify("554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using "
                                     "zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.25");
    QCOMPARE(zen.value(QLatin1String("provider")).toString(), QStringLiteral("spamhaus-zen"));
    QCOMPARE(zen.value(QLatin1String("block_kind")).toString(), QStringLiteral("blocklist"));
    QCOMPARE(zen.value(QLatin1String("listing_zone")).toString(), QStringLiteral("zen.spamhaus.org"));
    QCOMPARE(zen.value(QLatin1String("removal_url")).toString(), QStringLiteral("https://check.spamhaus.org/"));
}

void TestIdentifyCommand::unknownTextIsNoGuess()
{
    const QJsonObject r = identify("Hello, the interview is on Tuesday at 10.\n");
    QVERIFY(r.contains(QLatin1String("provider")));
    QVERIFY(r.value(QLatin1String("provider")).isNull());
    QCOMPARE(r.value(QLatin1String("block_kind")).toString(), QStringLiteral("unknown"));
    QCOMPARE(r.value(QLatin1String("certainty")).toString(), QStringLiteral("none"));
    QVERIFY(r.value(QLatin1String("code")).isNull());
    QVERIFY(r.value(QLatin1String("removal_url")).isNull());
}

void TestIdentifyCommand::aWholeNotificationFromTheCorpus()
{
    QFile file(QStringLiteral(MAILROOM_TEST_DATA "/sisimai/lhost-qmail-09.eml"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject r = identify(file.readAll());
    QCOMPARE(r.value(QLatin1String("provider")).toString(), QStringLiteral("microsoft-365"));
    QCOMPARE(r.value(QLatin1String("code")).toString(), QStringLiteral("5.7.606"));
    QCOMPARE(r.value(QLatin1String("ip")).toString(), QStringLiteral("192.0.2.225"));
    QCOMPARE(r.value(QLatin1String("removal_url")).toString(), QStringLiteral("https://sender.office.com/"));
}

void TestIdentifyCommand::everyKeyIsThere()
{
    for (const QByteArray& input :
        {QByteArray("421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred"), QByteArray("nothing to see")}) {
        const QJsonObject r = identify(input);
        for (const char* key : {"provider", "provider_name", "block_kind", "code", "meaning", "removal_channel",
                 "removal_url", "removal_email", "listing_zone", "ip", "certainty", "evidence"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
    }
}

void TestIdentifyCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");

    const QStringList identify {QStringLiteral("identify")};
    QTest::newRow("text that is not a bounce still succeeds") << identify << QByteArray("hello\n") << 0 << QByteArray();
    QTest::newRow("empty input is a usage error")
        << identify << QByteArray() << 2 << QByteArray("no text on standard input");
    QTest::newRow("blank input is a usage error")
        << identify << QByteArray(" \n\t\n") << 2 << QByteArray("no text on standard input");
    QTest::newRow("a file name instead of input is a usage error") << QStringList {QStringLiteral("identify"),
        QStringLiteral("bounce.eml")} << QByteArray("x") << 2 << QByteArray("unexpected argument \"bounce.eml\"");
    QTest::newRow("an unknown option is a usage error")
        << QStringList {QStringLiteral("identify"), QStringLiteral("--fast")} << QByteArray("x") << 2
        << QByteArray("fast");
}

void TestIdentifyCommand::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const CliRun result = run(arguments, input);
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(message), result.err.constData());
    }
}

void TestIdentifyCommand::helpNamesTheSubcommand()
{
    const CliRun help = run({QStringLiteral("identify"), QStringLiteral("--help")}, QByteArray(), false);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith("Usage: mailroom-cli identify"), help.out.constData());
    const CliRun list = run({QStringLiteral("--help")}, QByteArray());
    QVERIFY(list.out.contains("identify"));
}

QTEST_GUILESS_MAIN(TestIdentifyCommand)
#include "TestIdentifyCommand.moc"
