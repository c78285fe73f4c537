#include "CliRun.h"
#include "TestFiles.h"
#include "support/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// mailroom-cli board, as a script runs it, on the demo board in a data folder of its own.
class TestBoardCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testAndUsersNameTheFields();
    void archiveIsRecordedAndUndone();
    void refusedWritesChangeNothing_data();
    void refusedWritesChangeNothing();
    void dryRunWritesNothing();
    void badArguments_data();
    void badArguments();
    void profileFiles_data();
    void profileFiles();
    void savedProfilesByName();
    void flagTableOnlyOnRequest();

private:
    CliRun board(const QStringList& arguments);
    QJsonArray audit();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
};

void TestBoardCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_env = QProcessEnvironment::systemEnvironment();
    // The demo board and the activity log go to the test's own folders.
    m_env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    m_env.insert(u"USER"_s, u"tester"_s);
}

CliRun TestBoardCommand::board(const QStringList& arguments)
{
    return CliRun::of(QStringList {u"board"_s} + arguments, {}, true, m_env);
}

QJsonArray TestBoardCommand::audit()
{
    return QJsonDocument::fromJson(board({u"audit"_s, u"--format"_s, u"json"_s}).out).array();
}

void TestBoardCommand::testAndUsersNameTheFields()
{
    const CliRun test = board({u"test"_s});
    QCOMPARE(test.exitCode, 0);
    QVERIFY2(test.out.contains("schema profile demo fits"), test.out.constData());
    const CliRun csv = board({u"users"_s});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("id,type,first_name,last_name,display_name,company,email,city,region,postcode,country,"
                               "subscribed,status,registered_at,last_login_at,job_alert,bounced\n"));
    QVERIFY(csv.out.count('\n') > 5000);
    const QJsonArray json = QJsonDocument::fromJson(board({u"users"_s, u"--format"_s, u"json"_s}).out).array();
    QCOMPARE(json.size(), csv.out.count('\n') - 1);
    QCOMPARE(json.first().toObject().value(u"id"_s).toInt(), 1);
    QVERIFY(json.first().toObject().contains(u"last_login_at"_s));
}

void TestBoardCommand::archiveIsRecordedAndUndone()
{
    const CliRun archive = board({u"archive"_s, u"1"_s, u"2"_s});
    QCOMPARE(archive.exitCode, 0);
    QVERIFY2(archive.out.contains("changed user 2 status: active -> archived"), archive.out.constData());
    QJsonArray log = audit();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.first().toObject().value(u"os_user"_s).toString(), u"tester"_s);
    QCOMPARE(log.first().toObject().value(u"new_value"_s).toString(), u"archived"_s);

    QCOMPARE(board({u"undo"_s}).exitCode, 0); // the latest: user 2
    const QJsonArray users = QJsonDocument::fromJson(board({u"users"_s, u"--format"_s, u"json"_s}).out).array();
    QCOMPARE(users.at(0).toObject().value(u"status"_s).toString(), u"archived"_s);
    QCOMPARE(users.at(1).toObject().value(u"status"_s).toString(), u"active"_s);
    const QString first = QString::number(audit().last().toObject().value(u"audit_id"_s).toInteger());
    QCOMPARE(board({u"undo"_s, first}).exitCode, 0);
    QCOMPARE(board({u"undo"_s, first}).exitCode, 1); // already undone
    QCOMPARE(audit().size(), 4);
}

void TestBoardCommand::refusedWritesChangeNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("an address that is not one")
        << QStringList {u"set-email"_s, u"1"_s, u"x@@y"_s} << QByteArray("not an e-mail");
    QTest::newRow("SQL as an address") << QStringList {u"set-email"_s, u"1"_s, u"x@y.example'; DROP TABLE users; --"_s}
                                       << QByteArray("not an e-mail");
    QTest::newRow("an address another user has, in other case")
        << QStringList {u"set-email"_s, u"1"_s, u"J.DUDEK@o2.pl"_s} << QByteArray("already has the address");
    QTest::newRow("a user that does not exist") << QStringList {u"archive"_s, u"99999999"_s} << QByteArray("no user");
}

void TestBoardCommand::refusedWritesChangeNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    const CliRun run = board(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(says), run.err.constData());
    QCOMPARE(audit().size(), 0);
    QVERIFY(board({u"users"_s}).out.contains("osuilleabhainc@hotmail.com"));
}

void TestBoardCommand::dryRunWritesNothing()
{
    const CliRun run = board({u"flag"_s, u"3"_s, u"--dry-run"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("would change user 3 bounced: 0 -> 1"));
    QCOMPARE(audit().size(), 0);
}

void TestBoardCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("an unknown command") << QStringList {u"drop"_s};
    QTest::newRow("archive without ids") << QStringList {u"archive"_s};
    QTest::newRow("an id that is no number") << QStringList {u"flag"_s, u"7; DROP"_s};
    QTest::newRow("set-email without an address") << QStringList {u"set-email"_s, u"1"_s};
    QTest::newRow("an unknown format") << QStringList {u"users"_s, u"--format"_s, u"xml"_s};
    QTest::newRow("a profile that does not exist") << QStringList {u"test"_s, u"--profile"_s, u"nowhere"_s};
}

void TestBoardCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    const CliRun run = board(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestBoardCommand::profileFiles_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("a hostile table name") << QByteArray(
        R"({"name": "x", "users_table": "users; DROP TABLE users", "fields": {"id": "id", "email": "email"}})")
                                          << false << 1 << QByteArray("not a plain table name");
    QTest::newRow("a column that is not there")
        << QByteArray(R"({"name": "x", "users_table": "users", "fields": {"id": "id", "email": "mail"}})") << false << 1
        << QByteArray("does not have");
    QTest::newRow("read-only refuses writes") << QByteArray(R"("demo")") << true << 1 << QByteArray("read-only");
}

void TestBoardCommand::profileFiles()
{
    QFETCH(QByteArray, schema);
    QFETCH(bool, readOnly);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, says);
    QVERIFY(board({u"test"_s}).exitCode == 0); // makes the demo board
    const QString database = m_dir->filePath(u"data/Mailroom/Mailroom/demo/board.sqlite"_s);
    QVERIFY2(QFile::exists(database), qPrintable(database));
    const QByteArray profile = R"({"name": "file-board", "kind": "sqlite", "database": ")" + database.toUtf8()
        + R"(", "read_only": )" + (readOnly ? "true" : "false") + R"(, "schema": )" + schema + "}";
    const QString path = TestFiles::write(m_dir->path(), u"profile.json"_s, profile);
    const CliRun run = board({u"archive"_s, u"1"_s, u"--profile"_s, path});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says), run.err.constData());
    const QJsonArray users = QJsonDocument::fromJson(board({u"users"_s, u"--format"_s, u"json"_s}).out).array();
    QCOMPARE(users.first().toObject().value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(audit().size(), 0);
}

void TestBoardCommand::savedProfilesByName()
{
    QVERIFY(board({u"test"_s}).exitCode == 0); // makes the demo board
    const QString database = m_dir->filePath(u"data/Mailroom/Mailroom/demo/board.sqlite"_s);
    // Saved the way the Board Database dialog saves: the settings the CLI reads too.
    {
        Settings settings(m_dir->filePath(u"config/Mailroom/Mailroom.conf"_s));
        settings.setBoardConnection(QJsonObject {{u"name"_s, u"Our Board"_s}, {u"kind"_s, u"sqlite"_s},
            {u"database"_s, database}, {u"schema"_s, u"demo"_s}});
        settings.saveBoardProfile(QJsonObject {{u"name"_s, u"locked"_s}, {u"kind"_s, u"sqlite"_s},
            {u"database"_s, database}, {u"read_only"_s, true}, {u"schema"_s, u"demo"_s}});
    }
    const CliRun test = board({u"test"_s, u"--profile"_s, u"Our Board"_s});
    QCOMPARE(test.exitCode, 0);
    QVERIFY2(test.out.startsWith("Our Board: connected, schema profile demo fits"), test.out.constData());

    const CliRun archive = board({u"archive"_s, u"3"_s, u"--profile"_s, u"Our Board"_s});
    QCOMPARE(archive.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(board({u"audit"_s, u"--profile"_s, u"Our Board"_s, u"--format"_s, u"json"_s}).out)
                 .array()
                 .size(),
        1);
    QCOMPARE(audit().size(), 0); // the demo profile's log is its own

    const CliRun locked = board({u"unarchive"_s, u"3"_s, u"--profile"_s, u"locked"_s});
    QCOMPARE(locked.exitCode, 1);
    QVERIFY2(locked.err.contains("read-only"), locked.err.constData());

    const CliRun unknown = board({u"test"_s, u"--profile"_s, u"Their Board"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("a saved profile: Our Board, locked"), unknown.err.constData());
}

void TestBoardCommand::flagTableOnlyOnRequest()
{
    QVERIFY(board({u"test"_s}).exitCode == 0); // makes the demo board
    const QString database = m_dir->filePath(u"data/Mailroom/Mailroom/demo/board.sqlite"_s);
    const QString profile = TestFiles::write(m_dir->path(), u"shared-flags.json"_s,
        R"({"name": "shared", "kind": "sqlite", "database": ")" + database.toUtf8()
            + R"(", "schema": "demo", "flag_store": "board_table"})");
    const CliRun before = board({u"flag"_s, u"5"_s, u"--profile"_s, profile});
    QCOMPARE(before.exitCode, 1);
    QVERIFY2(before.err.contains("create-flag-table"), before.err.constData());

    const CliRun dry = board({u"create-flag-table"_s, u"--dry-run"_s, u"--profile"_s, profile});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains("would create the table mailroom_bounced"), dry.out.constData());
    QCOMPARE(board({u"flag"_s, u"5"_s, u"--profile"_s, profile}).exitCode, 1); // a dry run made nothing

    const CliRun create = board({u"create-flag-table"_s, u"--profile"_s, profile});
    QCOMPARE(create.exitCode, 0);
    QVERIFY2(create.out.contains("the table mailroom_bounced is in shared"), create.out.constData());
    const CliRun flag = board({u"flag"_s, u"5"_s, u"--profile"_s, profile});
    QCOMPARE(flag.exitCode, 0);
    QVERIFY2(flag.out.contains("changed user 5 bounced: 0 -> 1"), flag.out.constData());

    const auto bounced = [&](const QStringList& extra) {
        const QJsonArray users
            = QJsonDocument::fromJson(board(QStringList {u"users"_s, u"--format"_s, u"json"_s} + extra).out).array();
        for (const QJsonValue& user : users) {
            if (user.toObject().value(u"id"_s).toInt() == 5)
                return user.toObject().value(u"bounced"_s).toBool();
        }
        return false;
    };
    QVERIFY(bounced({u"--profile"_s, profile}));
    QVERIFY(!bounced({})); // the demo profile keeps its flags on this computer
}

QTEST_GUILESS_MAIN(TestBoardCommand)
#include "TestBoardCommand.moc"
