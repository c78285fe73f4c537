#include "board/BoardDirectory.h"
#include "board/DemoBoard.h"
#include "bounces/BounceLedger.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SenderKind)

namespace {

struct DemoRow
{
    qint64 id = 0;
    QString type;
    QString first;
    QString last;
    QString company;
    QString email;
    QString status;
};

} // namespace

class TestBoardDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loadsEveryDemoUser();
    void findIgnoresCase_data();
    void findIgnoresCase();
    void displayNamesFollowTheUserType();
    void archivedComesFromStatus();
    void boardSendersAreRecognised_data();
    void boardSendersAreRecognised();
    void matchFillsUsersAndSenderKinds_data();
    void matchFillsUsersAndSenderKinds();
    void aMissingFileGivesAnErrorNamingIt();
    void aFileThatIsNotADatabaseGivesAnErrorNamingIt();
    void aDatabaseWithoutTheDemoSchemaKeepsTheDriverText();
    void aFailedLoadKeepsWhatWasLoaded();
    void usersCanBeAddedByHand();

private:
    DemoRow row(const QString& where);

    QTemporaryDir m_dir;
    DemoBoardFiles m_files;
    BoardDirectory m_directory;
    QSqlDatabase m_db;
};

void TestBoardDirectory::initTestCase()
{
    qRegisterMetaType<SenderKind>();
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(DemoBoard::generate(m_dir.path(), &m_files, &error), qPrintable(error));
    QVERIFY2(m_directory.loadSqlite(m_files.database), qPrintable(m_directory.errorString()));
    QVERIFY(m_directory.errorString().isEmpty());
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-board-directory"_s);
    m_db.setDatabaseName(m_files.database);
    QVERIFY(m_db.open());
}

void TestBoardDirectory::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"test-board-directory"_s);
}

DemoRow TestBoardDirectory::row(const QString& where)
{
    QSqlQuery query(m_db);
    query.exec(u"SELECT id, type, first_name, last_name, company, email, status FROM users WHERE "_s + where
        + u" ORDER BY id LIMIT 1"_s);
    DemoRow result;
    if (query.next()) {
        result = { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString() };
    }
    return result;
}

void TestBoardDirectory::loadsEveryDemoUser()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM users"_s) && query.next());
    QCOMPARE(m_directory.size(), query.value(0).toLongLong());
    QVERIFY(m_directory.boardName().contains(u"demo"_s, Qt::CaseInsensitive));
}

void TestBoardDirectory::findIgnoresCase_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("variant"); // 0 as stored, 1 lower, 2 upper

    QTest::newRow("an address stored in lower case is found as stored") << u"email = lower(email)"_s << 0;
    QTest::newRow("an address stored in lower case is found in upper case") << u"email = lower(email)"_s << 2;
    QTest::newRow("an address stored with capitals is found as stored") << u"email != lower(email)"_s << 0;
    QTest::newRow("an address stored with capitals is found in lower case") << u"email != lower(email)"_s << 1;
    QTest::newRow("a plus address is found in upper case") << u"email LIKE '%+%'"_s << 2;
}

void TestBoardDirectory::findIgnoresCase()
{
    QFETCH(QString, where);
    QFETCH(int, variant);

    const DemoRow expected = row(where);
    QVERIFY(expected.id > 0);
    const QByteArray stored = expected.email.toUtf8();
    const QByteArray asked = variant == 1 ? stored.toLower() : variant == 2 ? stored.toUpper() : stored;
    const BoardUser* user = m_directory.find(asked);
    QVERIFY2(user, asked.constData());
    QCOMPARE(user->id, expected.id);
    QCOMPARE(user->type, expected.type.toUtf8());
}

void TestBoardDirectory::displayNamesFollowTheUserType()
{
    const DemoRow seeker = row(u"type = 'seeker' AND first_name = 'Ngọc'"_s);
    QVERIFY(seeker.id > 0);
    const BoardUser* user = m_directory.find(seeker.email.toUtf8());
    QVERIFY(user);
    QCOMPARE(user->name, seeker.first + u' ' + seeker.last);

    const DemoRow employer = row(u"type = 'employer'"_s);
    QVERIFY(employer.id > 0 && !employer.company.isEmpty());
    user = m_directory.find(employer.email.toUtf8());
    QVERIFY(user);
    QCOMPARE(user->name, employer.company);
    QCOMPARE(user->type, QByteArray("employer"));
}

void TestBoardDirectory::archivedComesFromStatus()
{
    const DemoRow archived = row(u"status = 'archived'"_s);
    const DemoRow active = row(u"status = 'active'"_s);
    QVERIFY(archived.id > 0 && active.id > 0);
    QVERIFY(m_directory.find(archived.email.toUtf8())->archived);
    QVERIFY(!m_directory.find(active.email.toUtf8())->archived);
}

void TestBoardDirectory::boardSendersAreRecognised_data()
{
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<bool>("board");

    QTest::newRow("the alerts sender is the board's") << QByteArray("alerts@northwind-jobs.example") << true;
    QTest::newRow("the no-reply sender is the board's") << QByteArray("noreply@northwind-jobs.example") << true;
    QTest::newRow("a board sender in capitals is still the board's")
        << QByteArray("NoReply@Northwind-Jobs.EXAMPLE") << true;
    QTest::newRow("another address at the board's domain is not a sender")
        << QByteArray("owner@northwind-jobs.example") << false;
    QTest::newRow("the empty bounce sender is not the board's") << QByteArray() << false;
}

void TestBoardDirectory::boardSendersAreRecognised()
{
    QFETCH(QByteArray, address);
    QFETCH(bool, board);

    QCOMPARE(m_directory.isBoardSender(address), board);
}

void TestBoardDirectory::matchFillsUsersAndSenderKinds_data()
{
    QTest::addColumn<QString>("recipientWhere"); // empty: an address no user has
    QTest::addColumn<QString>("senderWhere"); // SQL for a user, or a literal address after "="
    QTest::addColumn<SenderKind>("kind");

    QTest::newRow("a job alert to a seeker comes from the board")
        << u"type = 'seeker'"_s << u"=alerts@northwind-jobs.example"_s << SenderKind::Board;
    QTest::newRow("a recruiter's message comes from a user")
        << u"type = 'seeker'"_s << u"type = 'employer' AND email = lower(email)"_s << SenderKind::User;
    QTest::newRow("a recruiter whose address has capitals is still a user")
        << u"type = 'seeker'"_s << u"type = 'employer' AND email != lower(email)"_s << SenderKind::User;
    QTest::newRow("mail from a stranger has an unknown sender")
        << u"type = 'employer'"_s << u"=someone@elsewhere.example"_s << SenderKind::Unknown;
    QTest::newRow("a bounce with the empty sender has an unknown sender")
        << u"type = 'seeker'"_s << u"="_s << SenderKind::Unknown;
    QTest::newRow("a recipient who is no user stays unmatched")
        << QString() << u"=noreply@northwind-jobs.example"_s << SenderKind::Board;
}

void TestBoardDirectory::matchFillsUsersAndSenderKinds()
{
    QFETCH(QString, recipientWhere);
    QFETCH(QString, senderWhere);
    QFETCH(SenderKind, kind);

    RecipientRecord record;
    DemoRow recipient;
    if (recipientWhere.isEmpty()) {
        record.address = "nobody-at-all@nowhere.example";
    } else {
        recipient = row(recipientWhere);
        QVERIFY(recipient.id > 0);
        record.address = recipient.email.toLower().toUtf8();
    }
    if (senderWhere.startsWith(u'=')) {
        record.sender = senderWhere.mid(1).toUtf8();
    } else {
        const DemoRow sender = row(senderWhere);
        QVERIFY(sender.id > 0);
        record.sender = sender.email.toUtf8();
    }
    // Stale values from an earlier match must not survive.
    record.userId = 999999;
    record.userName = u"stale"_s;

    std::vector<RecipientRecord> records { record };
    m_directory.match(records);

    QCOMPARE(records.front().senderKind, kind);
    QCOMPARE(records.front().userId, recipient.id);
    QCOMPARE(records.front().userType, recipient.type.toUtf8());
    if (recipient.id == 0) {
        QVERIFY(records.front().userName.isEmpty());
    } else if (recipient.type == u"employer"_s) {
        QCOMPARE(records.front().userName, recipient.company);
    } else {
        QCOMPARE(records.front().userName, recipient.first + u' ' + recipient.last);
    }
}

void TestBoardDirectory::aMissingFileGivesAnErrorNamingIt()
{
    BoardDirectory directory;
    const QString path = m_dir.filePath(u"no-such-board.sqlite"_s);
    QVERIFY(!directory.loadSqlite(path));
    QVERIFY2(directory.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(directory.errorString()));
    QVERIFY(!QFile::exists(path)); // reading must not create it
    QCOMPARE(directory.size(), 0);
}

void TestBoardDirectory::aFileThatIsNotADatabaseGivesAnErrorNamingIt()
{
    const QString path = m_dir.filePath(u"mainlog-not-a-db"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    BoardDirectory directory;
    QVERIFY(!directory.loadSqlite(path));
    QVERIFY2(directory.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(directory.errorString()));
}

void TestBoardDirectory::aDatabaseWithoutTheDemoSchemaKeepsTheDriverText()
{
    const QString path = m_dir.filePath(u"other-schema.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-schema"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE wp_users (ID INTEGER PRIMARY KEY, user_email TEXT)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other-schema"_s);

    BoardDirectory directory;
    QVERIFY(!directory.loadSqlite(path));
    QVERIFY2(directory.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(directory.errorString()));
    QVERIFY2(directory.errorString().contains(u"no such table"_s), qPrintable(directory.errorString()));
}

void TestBoardDirectory::aFailedLoadKeepsWhatWasLoaded()
{
    BoardDirectory directory;
    QVERIFY(directory.loadSqlite(m_files.database));
    const qsizetype before = directory.size();
    QVERIFY(!directory.loadSqlite(m_dir.filePath(u"missing.sqlite"_s)));
    QCOMPARE(directory.size(), before);
    QVERIFY(directory.isBoardSender("alerts@northwind-jobs.example"));
}

void TestBoardDirectory::usersCanBeAddedByHand()
{
    BoardDirectory directory;
    BoardUser user;
    user.id = 42;
    user.type = "seeker";
    user.name = u"Zoë Łukasz"_s;
    directory.addUser("Zoe.Lukasz@Example.ORG", user);
    directory.addBoardSender("Jobs@Board.Example");

    QCOMPARE(directory.size(), 1);
    QVERIFY(directory.find("zoe.lukasz@example.org"));
    QCOMPARE(directory.find("ZOE.LUKASZ@EXAMPLE.ORG")->name, u"Zoë Łukasz"_s);
    QVERIFY(!directory.find("zoe.lukasz@example.com"));
    QVERIFY(directory.isBoardSender("jobs@board.example"));
}

QTEST_GUILESS_MAIN(TestBoardDirectory)
#include "TestBoardDirectory.moc"
