#include "CliRun.h"
#include "TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// mailroom-cli export, as a script runs it, on the demo board in a data folder of its own.
class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportsWithCriteriaAndSaysWhatItLeftOut();
    void definitionsAreSavedAndReused();
    void theDemoLogsHardBouncesAreLeftOut();
    void dryRunWritesNothing();
    void badArguments_data();
    void badArguments();

private:
    CliRun exportWith(const QStringList& arguments);
    QByteArray read(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
};

void TestExportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
}

CliRun TestExportCommand::exportWith(const QStringList& arguments)
{
    return CliRun::of(QStringList {u"export"_s} + arguments, {}, true, m_env);
}

QByteArray TestExportCommand::read(const QString& name) const
{
    QFile file(m_dir->filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestExportCommand::exportsWithCriteriaAndSaysWhatItLeftOut()
{
    const CliRun run = exportWith({u"--profile"_s, u"demo"_s, u"--type"_s, u"employers"_s, u"--fields"_s,
        u"email:Mail,company,country_name:Land"_s, u"--where"_s, u"country=DE,AT"_s, u"--preset"_s, u"brevo"_s,
        u"--out"_s, m_dir->filePath(u"employers.csv"_s)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("row(s) written to") || run.out.contains("rows written to"), run.out.constData());
    QVERIFY2(run.out.contains("Left out:"), run.out.constData());
    const QList<QByteArray> lines = read(u"employers.csv"_s).split('\n');
    QCOMPARE(lines.front(), QByteArray("Mail;Company;Land\r"));
    QVERIFY(lines.size() > 3);
    for (const QByteArray& line : lines.mid(1)) {
        if (line.isEmpty())
            continue;
        QVERIFY2(line.endsWith(";Germany\r") || line.endsWith(";Austria\r"), line.constData());
    }
}

void TestExportCommand::definitionsAreSavedAndReused()
{
    CliRun run = exportWith({u"--type"_s, u"seekers"_s, u"--fields"_s, u"email,first_name:Vorname"_s, u"--where"_s,
        u"subscribed=yes"_s, u"--where"_s, u"registered_at>=2025-01-01"_s, u"--separator"_s, u"tab"_s,
        u"--save-definition"_s, u"Newsletter"_s, u"--out"_s, m_dir->filePath(u"first.csv"_s)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = exportWith({u"--definition"_s, u"Newsletter"_s, u"--out"_s, m_dir->filePath(u"second.csv"_s)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(read(u"first.csv"_s).startsWith("E-mail\tVorname\r\n"));
    QCOMPARE(read(u"second.csv"_s), read(u"first.csv"_s));

    // A definition file works the same, and options beside it change it.
    const QString file = TestFiles::write(m_dir->path(), u"definition.json"_s,
        QJsonDocument(
            QJsonObject {{u"who"_s, u"employers"_s}, {u"columns"_s, QJsonArray {QJsonObject {{u"key"_s, u"email"_s}}}}})
            .toJson());
    run = exportWith({u"--definition"_s, file, u"--no-header"_s, u"--out"_s, m_dir->filePath(u"third.csv"_s)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(read(u"third.csv"_s).contains('@'));
    QVERIFY(!read(u"third.csv"_s).contains("E-mail"));

    run = exportWith({u"--definition"_s, u"Nothing"_s, u"--out"_s, m_dir->filePath(u"x.csv"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Newsletter"), run.err.constData());
}

void TestExportCommand::theDemoLogsHardBouncesAreLeftOut()
{
    // The demo board's folder holds its logs once any command wrote it.
    CliRun run = exportWith({u"--dry-run"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString log = m_dir->filePath(u"data/Mailroom/Mailroom/demo/exim-mainlog"_s);
    QVERIFY2(QFile::exists(log), qPrintable(log));
    run = exportWith({u"--fields"_s, u"email,bounce_category"_s, u"--keep"_s, u"hard_bounced"_s, u"--log"_s, log,
        u"--out"_s, m_dir->filePath(u"all.csv"_s)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(read(u"all.csv"_s).contains(",hard\r\n"));
    run = exportWith(
        {u"--fields"_s, u"email,bounce_category"_s, u"--log"_s, log, u"--out"_s, m_dir->filePath(u"clean.csv"_s)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!read(u"clean.csv"_s).contains(",hard\r\n"));
    QVERIFY(read(u"clean.csv"_s).contains(",soft\r\n"));
    QVERIFY2(run.out.contains("hard-bounced"), run.out.constData());
}

void TestExportCommand::dryRunWritesNothing()
{
    const CliRun run = exportWith({u"--dry-run"_s, u"--out"_s, m_dir->filePath(u"none.csv"_s)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("would be exported"), run.out.constData());
    QVERIFY(!QFile::exists(m_dir->filePath(u"none.csv"_s)));
}

void TestExportCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("no --out") << QStringList {} << 2 << QByteArray("--out");
    QTest::newRow("unknown field") << QStringList {u"--fields"_s, u"email,password"_s, u"--dry-run"_s} << 2
                                   << QByteArray("password");
    QTest::newRow("bad criterion") << QStringList {u"--where"_s, u"email=x"_s, u"--dry-run"_s} << 2
                                   << QByteArray("cannot select by \"email\"");
    QTest::newRow("bad date") << QStringList {u"--where"_s, u"registered_at>=yesterday"_s, u"--dry-run"_s} << 2
                              << QByteArray("yesterday");
    QTest::newRow("bad preset") << QStringList {u"--preset"_s, u"sendgrid"_s, u"--dry-run"_s} << 2
                                << QByteArray("sendgrid");
    QTest::newRow("bad clean-up") << QStringList {u"--keep"_s, u"everything"_s, u"--dry-run"_s} << 2
                                  << QByteArray("everything");
    QTest::newRow("bad separator") << QStringList {u"--separator"_s, u"ab"_s, u"--dry-run"_s} << 2
                                   << QByteArray("separator");
    QTest::newRow("bad type") << QStringList {u"--type"_s, u"admins"_s, u"--dry-run"_s} << 2 << QByteArray("admins");
    QTest::newRow("unknown profile") << QStringList {u"--profile"_s, u"nowhere"_s, u"--dry-run"_s} << 2
                                     << QByteArray("nowhere");
    QTest::newRow("folder that is not there")
        << QStringList {u"--out"_s, u"/nonexistent-folder/contacts.csv"_s} << 1 << QByteArray("contacts.csv");
}

void TestExportCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, says);
    const CliRun run = exportWith(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "TestExportCommand.moc"
