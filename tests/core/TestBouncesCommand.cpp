#include "CliRun.h"
#include "TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// mailroom-cli bounces as a script would use it: columns, exit codes and messages.
class TestBouncesCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void csvHasExactlyTheAgreedColumns();
    void deliveredRecipientsOnlyWithAll();
    void jsonHasTheSameFields();
    void demoBoardMatchesUsersInEveryCategory();
    void problemsNameTheFileOnStandardError();
    void readsSendmailAndPowerMtaLogs_data();
    void readsSendmailAndPowerMtaLogs();
    void helpNamesTheSubcommand();
    void hostileMailboxesKeepWhatTheyHold();

private:
    static CliRun run(const QStringList& arguments) { return CliRun::of(arguments); }
    QString write(const QString& name, const QByteArray& bytes) { return TestFiles::write(m_dir.path(), name, bytes); }

    QTemporaryDir m_dir;
    QString m_log;
};

namespace {

const QByteArray sampleLog
    = "2024-03-01 10:00:00 1rAbCd-00Faoy-Uh <= alerts@jobs.example P=local S=1\n"
      "2024-03-01 10:00:01 1rAbCd-00Faoy-Uh ** gone@y.example R=dnslookup T=remote_smtp H=mx.y.example [192.0.2.2]: "
      "SMTP error from remote mail server after RCPT TO:<gone@y.example>: 550 5.1.1 User unknown, \"sorry\"\n"
      "2024-03-01 10:00:02 1rAbCd-00Faoy-Uh => fine@z.example R=dnslookup T=remote_smtp H=mx.z.example [192.0.2.3] "
      "C=\"250 ok\"\n"
      "2024-03-01 10:00:03 1rAbCd-00Faoy-Uh Completed\n";

} // namespace

void TestBouncesCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MAILROOM_CLI)));
    m_log = write(QStringLiteral("mainlog"), sampleLog);
}

void TestBouncesCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QString log = m_dir.filePath(QStringLiteral("mainlog"));
    QTest::newRow("a readable log succeeds") << QStringList {QStringLiteral("bounces"), log} << 0;
    QTest::newRow("no command is a usage error") << QStringList {} << 2;
    QTest::newRow("an unknown command is a usage error") << QStringList {QStringLiteral("bouncez"), log} << 2;
    QTest::newRow("no path is a usage error") << QStringList {QStringLiteral("bounces")} << 2;
    QTest::newRow("an unknown option is a usage error")
        << QStringList {QStringLiteral("bounces"), QStringLiteral("--colour"), log} << 2;
    QTest::newRow("an unknown format is a usage error")
        << QStringList {QStringLiteral("bounces"), QStringLiteral("--format"), QStringLiteral("xml"), log} << 2;
    QTest::newRow("an unknown time zone is a usage error")
        << QStringList {QStringLiteral("bounces"), QStringLiteral("--tz"), QStringLiteral("Mars/Olympus"), log} << 2;
    QTest::newRow("a missing path fails with 1")
        << QStringList {QStringLiteral("bounces"), log, m_dir.filePath(QStringLiteral("absent.log"))} << 1;
    QTest::newRow("help succeeds") << QStringList {QStringLiteral("bounces"), QStringLiteral("--help")} << 0;
}

void TestBouncesCommand::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode == 2)
        QVERIFY2(!result.err.isEmpty(), "a usage error says what is wrong");
}

void TestBouncesCommand::csvHasExactlyTheAgreedColumns()
{
    const CliRun result = run({QStringLiteral("bounces"), m_log});
    QCOMPARE(result.exitCode, 0);
    const QByteArrayList lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0],
        QByteArray("address,category,reason,events,first_seen,last_seen,last_code,last_status,"
                   "remote_ip,sender,user_id,diagnostic"));
    QCOMPARE(lines[1],
        QByteArray("gone@y.example,hard,userunknown,1,2024-03-01T10:00:01Z,2024-03-01T10:00:01Z,550,"
                   "5.1.1,192.0.2.2,alerts@jobs.example,,\"550 5.1.1 User unknown, \"\"sorry\"\"\""));
}

void TestBouncesCommand::deliveredRecipientsOnlyWithAll()
{
    const CliRun plain = run({QStringLiteral("bounces"), m_log});
    QVERIFY(!plain.out.contains("fine@z.example"));
    const CliRun all = run({QStringLiteral("bounces"), QStringLiteral("--all"), m_log});
    QVERIFY(all.out.contains("fine@z.example,none,delivered,0,"));
}

void TestBouncesCommand::jsonHasTheSameFields()
{
    const CliRun result = run({QStringLiteral("bounces"), QStringLiteral("--format"), QStringLiteral("json"), m_log});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows[0].toObject();
    QCOMPARE(row.keys().size(), 12);
    QCOMPARE(row.value(QLatin1String("address")).toString(), QStringLiteral("gone@y.example"));
    QCOMPARE(row.value(QLatin1String("last_code")).toInt(), 550);
    QVERIFY(row.value(QLatin1String("user_id")).isNull());
}

void TestBouncesCommand::demoBoardMatchesUsersInEveryCategory()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--out"), demo}).exitCode, 0);
    const CliRun result = run({QStringLiteral("bounces"), QStringLiteral("--board"),
        demo + QStringLiteral("/board.sqlite"), demo + QStringLiteral("/exim-mainlog")});
    QCOMPARE(result.exitCode, 0);
    int matched = 0;
    QSet<QByteArray> categories;
    const QByteArrayList lines = result.out.split('\n');
    for (const QByteArray& line : lines) {
        const QByteArrayList fields = line.split(',');
        if (fields.size() < 12 || fields[0] == "address")
            continue;
        categories.insert(fields[1]);
        if (!fields[10].isEmpty())
            ++matched;
    }
    QVERIFY2(matched > 100, "demo bounces land on board users");
    QVERIFY(categories.contains("hard"));
    QVERIFY(categories.contains("soft"));
    QVERIFY(categories.contains("blocked"));
}

void TestBouncesCommand::problemsNameTheFileOnStandardError()
{
    const QString empty = write(QStringLiteral("empty.log"), {});
    const QString notes = write(QStringLiteral("notes.txt"), "shopping list\nmilk\n");
    const CliRun result = run({QStringLiteral("bounces"), empty, notes, m_log});
    QCOMPARE(result.exitCode, 0); // both could be read: they just hold no mail log
    QVERIFY2(result.err.contains("empty.log is empty"), result.err.constData());
    QVERIFY2(result.err.contains(
                 "notes.txt does not look like an Exim, Postfix or Sendmail log or a PowerMTA accounting file"),
        result.err.constData());
    QVERIFY(result.out.contains("gone@y.example"));
}

void TestBouncesCommand::readsSendmailAndPowerMtaLogs_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArrayList>("rows"); // address,category,reason at the start of a CSV row

    QTest::newRow("a Sendmail log recorded in the MTA lab")
        << QStringLiteral(MAILROOM_TEST_DATA "/sendmail-lab/maillog")
        << QByteArrayList {"ghost@gmail.example,hard,userunknown,", "stuck@webmail.example,soft,expired,",
               "listed@isp.example,blocked,blocked,"};
    QTest::newRow("a PowerMTA accounting file with several headers")
        << QStringLiteral(MAILROOM_TEST_DATA "/powermta/acct-mixed.csv")
        << QByteArrayList {"ghost@gmail.example,hard,userunknown,", "nearly.full@webmail.example,soft,mailboxfull,",
               "listed@isp.example,blocked,blocked,", "complainer@webmail.example,none,feedback,"};
}

void TestBouncesCommand::readsSendmailAndPowerMtaLogs()
{
    QFETCH(QString, path);
    QFETCH(QByteArrayList, rows);
    const CliRun result = run({QStringLiteral("bounces"), QStringLiteral("--format"), QStringLiteral("csv"), path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.err.contains("does not look like"), result.err.constData());
    for (const QByteArray& row : std::as_const(rows))
        QVERIFY2(result.out.contains(QByteArray("\n" + row)),
            qPrintable(QString::fromUtf8(row + " missing in:\n" + result.out)));
}

// A mailbox with a notice carrying a 24 MB attachment, one in a charset nobody knows with bytes
// that are not that charset, an ordinary letter, and a last notice cut off by a full disk: every
// notice read, the letter counted, the cut said, no crash.
void TestBouncesCommand::hostileMailboxesKeepWhatTheyHold()
{
    const auto notice = [](const QByteArray& recipient, const QByteArray& extraPart) {
        QByteArray text = "From MAILER-DAEMON Thu Dec  3 13:18:48 2026\n"
                          "From: Mail Delivery System <MAILER-DAEMON@mx.board.example>\n"
                          "To: notifications@board.example\n"
                          "Subject: Undelivered Mail Returned to Sender\n"
                          "Date: Thu, 3 Dec 2026 13:18:48 +0000\n"
                          "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                          "--B\nContent-Type: text/plain; charset=x-no-such-charset\n\n"
                          "Caf\xe9 \xff\xfe \xc3\x28 could not be delivered.\n"
                          "--B\nContent-Type: message/delivery-status\n\n"
                          "Reporting-MTA: dns; mx.board.example\n\n"
                          "Final-Recipient: rfc822; ";
        text += recipient;
        text += "\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n";
        text += extraPart;
        text += "--B--\n\n";
        return text;
    };
    QByteArray attachment = "--B\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n";
    const QByteArray line = QByteArray(76, 'Q') + '\n';
    attachment.reserve(attachment.size() + 24 * 1024 * 1024);
    while (attachment.size() < 24 * 1024 * 1024)
        attachment += line;
    QByteArray mbox = notice("big@x.example", attachment);
    mbox += notice("charset@x.example", QByteArray());
    mbox += "From someone Thu Dec  3 13:18:48 2026\nFrom: Anna <anna@x.example>\nTo: owner@board.example\n"
            "Subject: Hello\n\nCould you call me? My address is anna@x.example.\n\n";
    const QByteArray last = notice("cut@x.example", QByteArray());
    mbox += last.left(last.indexOf("Diagnostic-Code") + 20); // the recipient is there, its reply cut mid-line
    const QString path = write(QStringLiteral("hostile.mbox"), mbox);

    const CliRun result = run({QStringLiteral("bounces"), path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("big@x.example,hard,userunknown"), result.out.constData());
    QVERIFY2(result.out.contains("charset@x.example,hard,userunknown"), result.out.constData());
    QVERIFY2(result.out.contains("cut@x.example,hard,userunknown"), result.out.constData());
    QVERIFY2(!result.out.contains("anna@x.example"), result.out.constData());
    QVERIFY2(result.err.contains("1 of 4 messages are no bounce notice"), result.err.constData());
    QVERIFY2(result.err.contains("message 4 is cut off"), result.err.constData());
}

void TestBouncesCommand::helpNamesTheSubcommand()
{
    const CliRun result = run({QStringLiteral("bounces"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("Usage: mailroom-cli bounces [options] PATH..."), result.out.constData());
    QVERIFY(result.out.contains("--escalate-after"));
}

QTEST_GUILESS_MAIN(TestBouncesCommand)
#include "TestBouncesCommand.moc"
