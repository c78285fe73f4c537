#include "LocalSql.h"
#include "board/BoardDirectory.h"
#include "board/BoardSession.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;

// The board actions (archive, flag, change e-mail, undo) and their checks, the same tests on
// every kind of board database Mailroom speaks to: SQLite files, and real MariaDB and PostgreSQL
// servers this test starts on 127.0.0.1 with throwaway data folders (LocalSql.h).
class TestBoardActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void readsEveryUserPageByPage_data() { backends(); }
    void readsEveryUserPageByPage();
    void archiveRecordsAndUndoPutsBack_data() { backends(); }
    void archiveRecordsAndUndoPutsBack();
    void aRowChangedByOthersIsNotOverwritten_data() { backends(); }
    void aRowChangedByOthersIsNotOverwritten();
    void emailChangesAreCheckedFirst_data() { backends(); }
    void emailChangesAreCheckedFirst();
    void flagsWithoutAColumnAreKeptByMailroom_data() { backends(); }
    void flagsWithoutAColumnAreKeptByMailroom();
    void flagsInATableOfTheBoardOnlyWhenAgreed_data() { backends(); }
    void flagsInATableOfTheBoardOnlyWhenAgreed();
    void readOnlyAndDryRunWriteNothing_data() { backends(); }
    void readOnlyAndDryRunWriteNothing();
    void hostileMappingsAreRefusedBeforeAnyQuery_data() { backends(); }
    void hostileMappingsAreRefusedBeforeAnyQuery();
    void builtInProfilesReadTheirBoards_data() { backends(); }
    void builtInProfilesReadTheirBoards();
    void theDirectoryMatchesBouncesThroughAnyBoard_data() { backends(); }
    void theDirectoryMatchesBouncesThroughAnyBoard();
    void aServerKilledMidwayHalfAppliesNothing_data();
    void aServerKilledMidwayHalfAppliesNothing();
    void aLongReadIsInterrupted_data() { interruptible(); }
    void aLongReadIsInterrupted();
    void aBlockedChangeIsCancelledWhole_data() { interruptible(); }
    void aBlockedChangeIsCancelledWhole();
    void cleanupTestCase();

private:
    void backends();
    void interruptible(); // the backends whose statements can be interrupted (not ODBC)
    BoardConnection connection() const;
    // Makes the users table afresh with ten users, some with hostile values.
    void resetBoard(const BoardConnection& c);
    QString valueIn(const BoardConnection& c, qint64 id, const QString& column);
    void setIn(const BoardConnection& c, qint64 id, const QString& column, const QString& value);

    QString password() const;
    LocalSql* server() const;

    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
    LocalSql m_mariadb {LocalSql::Kind::MariaDb, 13316};
    LocalSql m_postgresql {LocalSql::Kind::PostgreSql, 15442};
};

namespace {

const QString Hostile = u"O'Brien; DROP TABLE users; -- \"Zoë\" /* 漢字 */"_s;

} // namespace

void TestBoardActions::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("SQLite") << u"sqlite"_s;
    QTest::newRow("MariaDB") << u"mariadb"_s;
    QTest::newRow("PostgreSQL") << u"postgresql"_s;
    // The fallback where a native driver is missing (Windows): ODBC, here to the same MariaDB.
    if (QSqlDatabase::isDriverAvailable(u"QODBC"_s))
        QTest::newRow("ODBC to MariaDB") << u"odbc"_s;
}

void TestBoardActions::interruptible()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("SQLite") << u"sqlite"_s;
    QTest::newRow("MariaDB") << u"mariadb"_s;
    QTest::newRow("PostgreSQL") << u"postgresql"_s;
}

LocalSql* TestBoardActions::server() const
{
    QFETCH(QString, backend);
    return backend == u"mariadb"_s || backend == u"odbc"_s ? const_cast<LocalSql*>(&m_mariadb)
        : backend == u"postgresql"_s                       ? const_cast<LocalSql*>(&m_postgresql)
                                                           : nullptr;
}

BoardConnection TestBoardActions::connection() const
{
    BoardConnection c;
    c.name = u"test-board"_s;
    c.schema = SchemaProfile::demo();
    c.timeoutSeconds = 5;
    QFETCH(QString, backend);
    if (backend == u"odbc"_s) {
        c.kind = BoardConnection::Kind::Odbc;
        c.database = u"DRIVER={MariaDB Unicode};SERVER=127.0.0.1;PORT=%1;DATABASE=%2;"_s.arg(m_mariadb.port())
                         .arg(m_mariadb.database());
        c.user = m_mariadb.user();
        return c;
    }
    if (const LocalSql* sql = server()) {
        c.kind = sql == &m_mariadb ? BoardConnection::Kind::MariaDb : BoardConnection::Kind::PostgreSql;
        c.host = sql->host();
        c.port = sql->port();
        c.database = sql->database();
        c.user = sql->user();
        return c;
    }
    c.kind = BoardConnection::Kind::Sqlite;
    c.database = m_dir.filePath(u"board.sqlite"_s);
    return c;
}

QString TestBoardActions::password() const
{
    const LocalSql* sql = server();
    return sql ? sql->password() : QString();
}

void TestBoardActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (LocalSql* sql : {&m_mariadb, &m_postgresql}) {
        const QString error = sql->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestBoardActions::cleanupTestCase()
{
    m_mariadb.stop();
    m_postgresql.stop();
}

void TestBoardActions::init()
{
    m_audit = std::make_unique<AuditLog>();
    QFile::remove(m_dir.filePath(u"audit.sqlite"_s));
    QString error;
    QVERIFY2(m_audit->open(m_dir.filePath(u"audit.sqlite"_s), &error), qPrintable(error));
    resetBoard(connection());
}

void TestBoardActions::cleanup()
{
    m_audit.reset();
}

void TestBoardActions::resetBoard(const BoardConnection& c)
{
    if (c.kind == BoardConnection::Kind::Sqlite) {
        QFile::remove(c.database);
        QFile create(c.database);
        QVERIFY(create.open(QIODevice::WriteOnly));
    }
    {
        QString error;
        QVERIFY2(c.open(u"reset"_s, password(), &error), qPrintable(error));
        QSqlDatabase db = QSqlDatabase::database(u"reset"_s);
        QSqlQuery q(db);
        q.exec(u"DROP TABLE users"_s);
        QVERIFY2(
            q.exec(u"CREATE TABLE users (id BIGINT PRIMARY KEY, type VARCHAR(20) NOT NULL, first_name VARCHAR(100), "
                   "last_name VARCHAR(100), company VARCHAR(200), email VARCHAR(255) NOT NULL, city VARCHAR(100), "
                   "region VARCHAR(100), postcode VARCHAR(20), country VARCHAR(2), subscribed INTEGER NOT NULL, "
                   "status VARCHAR(20) NOT NULL, registered_at VARCHAR(30) NOT NULL, last_login_at VARCHAR(30), "
                   "job_alert INTEGER NOT NULL DEFAULT 0)"_s),
            qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(u"INSERT INTO users (id, type, first_name, last_name, email, subscribed, status, "
                          "registered_at) VALUES (?, ?, ?, ?, ?, 1, 'active', '2026-01-01T00:00:00Z')"_s));
        for (int id = 1; id <= 10; ++id) {
            q.addBindValue(id);
            q.addBindValue(id % 3 == 0 ? u"employer"_s : u"seeker"_s);
            q.addBindValue(id == 7 ? Hostile : u"First%1"_s.arg(id));
            q.addBindValue(id == 8 ? QVariant(QMetaType::fromType<QString>()) : QVariant(u"Last%1"_s.arg(id)));
            q.addBindValue(id == 7 ? u"o'brien+7@board.test"_s : u"user%1@board.test"_s.arg(id));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(u"reset"_s);
}

QString TestBoardActions::valueIn(const BoardConnection& c, qint64 id, const QString& column)
{
    QString value;
    {
        QString error;
        if (!c.open(u"peek"_s, password(), &error))
            return u"(%1)"_s.arg(error);
        QSqlQuery q(QSqlDatabase::database(u"peek"_s));
        q.exec(u"SELECT %1 FROM users WHERE id = %2"_s.arg(column).arg(id));
        value = q.next() ? q.value(0).toString() : u"(no row)"_s;
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return value;
}

// Another connection, as the live board would write between Mailroom's read and its write.
void TestBoardActions::setIn(const BoardConnection& c, qint64 id, const QString& column, const QString& value)
{
    {
        QString error;
        QVERIFY2(c.open(u"other"_s, password(), &error), qPrintable(error));
        QSqlQuery q(QSqlDatabase::database(u"other"_s));
        q.prepare(u"UPDATE users SET %1 = ? WHERE id = ?"_s.arg(column));
        q.addBindValue(value);
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"other"_s);
}

void TestBoardActions::readsEveryUserPageByPage()
{
    BoardSession session(connection(), *m_audit);
    QString error;
    QVERIFY2(session.open(password(), &error), qPrintable(error));
    QList<qint64> ids;
    int pages = 0;
    QHash<qint64, BoardUserRow> rows;
    QVERIFY2(session.forEachUser(
                 [&](const QList<BoardUserRow>& page) {
                     ++pages;
                     for (const BoardUserRow& row : page) {
                         ids.append(row.id);
                         rows.insert(row.id, row);
                     }
                     return true;
                 },
                 &error, 3),
        qPrintable(error));
    QCOMPARE(ids, (QList<qint64> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    QCOMPARE(pages, 4);
    QCOMPARE(rows[7].value(BoardField::FirstName), Hostile);
    QCOMPARE(rows[7].value(BoardField::Email), u"o'brien+7@board.test"_s);
    QVERIFY(rows[8].value(BoardField::LastName).isNull());
    QCOMPARE(rows[3].value(BoardField::Type), u"employer"_s);
    QCOMPARE(rows[1].bounced, u"0"_s);

    // Cancelled after the first page: no more pages are read, and the read says it is incomplete.
    std::atomic_bool cancel {false};
    int seen = 0;
    QVERIFY(!session.forEachUser(
        [&](const QList<BoardUserRow>& page) {
            seen += int(page.size());
            cancel = true;
            return true;
        },
        &error, 3, &cancel));
    QCOMPARE(seen, 3);
    QVERIFY(error.contains(u"cancelled"_s));
}

void TestBoardActions::archiveRecordsAndUndoPutsBack()
{
    const BoardConnection c = connection();
    BoardSession session(c, *m_audit);
    QString error;
    QVERIFY2(session.open(password(), &error), qPrintable(error));
    const QList<BoardUserRow> rows = session.users({1, 2, 7}, &error);
    QCOMPARE(rows.size(), 3);
    const QList<BoardChange> changes = session.planStatus(rows, true, &error);
    QCOMPARE(changes.size(), 3);
    const BoardApplyResult result = session.apply(changes);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.auditIds.size(), 3);
    QCOMPARE(valueIn(c, 7, u"status"_s), u"archived"_s);

    const QList<AuditEntry> log = m_audit->entries(c.name, &error);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.front().field, u"status"_s);
    QCOMPARE(log.front().oldValue, u"active"_s);
    QCOMPARE(log.front().newValue, u"archived"_s);
    QCOMPARE(log.front().osUser, AuditLog::currentOsUser());

    // Archiving them again changes nothing.
    QVERIFY(session.planStatus(session.users({1, 2, 7}, &error), true, &error).isEmpty());

    // Undo the newest: user 7 is active again, and that undo is itself recorded.
    const std::optional<AuditEntry> latest = m_audit->latestUndoable(c.name, &error);
    QVERIFY(latest);
    QCOMPARE(latest->userId, 7);
    const BoardApplyResult undone = session.undo(latest->id);
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QCOMPARE(valueIn(c, 7, u"status"_s), u"active"_s);
    QCOMPARE(m_audit->entry(latest->id, &error)->undoneBy, undone.auditIds.front());
    QVERIFY(!session.undo(latest->id).ok); // twice is refused
    QCOMPARE(m_audit->latestUndoable(c.name, &error)->userId, 2);
}

void TestBoardActions::aRowChangedByOthersIsNotOverwritten()
{
    const BoardConnection c = connection();
    BoardSession session(c, *m_audit);
    QString error;
    QVERIFY2(session.open(password(), &error), qPrintable(error));
    const QList<BoardUserRow> rows = session.users({3, 4, 5}, &error);
    const QList<BoardChange> changes = session.planStatus(rows, true, &error);
    setIn(c, 4, u"status"_s, u"archived"_s); // the board archived user 4 meanwhile
    setIn(c, 5, u"email"_s, u"new5@board.test"_s); // and user 5 changed an unrelated field
    const BoardApplyResult result = session.apply(changes);
    QVERIFY(!result.ok);
    QCOMPARE(result.conflicts.size(), 1);
    QCOMPARE(result.conflicts.front().userId, 4);
    QCOMPARE(result.conflicts.front().expected, u"active"_s);
    QCOMPARE(result.conflicts.front().found, u"archived"_s);
    // Nothing was written, not even for users 3 and 5, and nothing was recorded.
    QCOMPARE(valueIn(c, 3, u"status"_s), u"active"_s);
    QCOMPARE(valueIn(c, 5, u"status"_s), u"active"_s);
    QVERIFY(m_audit->entries(c.name, &error).isEmpty());

    // Undo under the same check: the board changed the value after Mailroom's write.
    const BoardApplyResult archived = session.apply(session.planStatus(session.users({3}, &error), true, &error));
    QVERIFY(archived.ok);
    setIn(c, 3, u"status"_s, u"active"_s);
    const BoardApplyResult undo = session.undo(archived.auditIds.front());
    QVERIFY(!undo.ok);
    QCOMPARE(undo.conflicts.size(), 1);
    QCOMPARE(valueIn(c, 3, u"status"_s), u"active"_s);
}

void TestBoardActions::emailChangesAreCheckedFirst()
{
    const BoardConnection c = connection();
    BoardSession session(c, *m_audit);
    QString error;
    QVERIFY2(session.open(password(), &error), qPrintable(error));
    const BoardUserRow user2 = session.users({2}, &error).front();
    for (const QString& bad : {u"no-at-sign"_s, u"two@@board.test"_s, u"spaces in@board.test"_s, u"x@no-dot"_s,
             u"x@board.test; DROP TABLE users"_s}) {
        QVERIFY2(!session.planEmail(user2, bad, &error), qPrintable(bad));
        QVERIFY(!error.isEmpty());
    }
    // Taken, whatever the case: refused, nothing written.
    const std::optional<BoardChange> taken = session.planEmail(user2, u"USER3@Board.Test"_s, &error);
    QVERIFY(taken);
    const BoardApplyResult refused = session.apply({*taken});
    QVERIFY(!refused.ok);
    QVERIFY(refused.conflicts.front().why.contains(u"already has the address"_s));
    QCOMPARE(valueIn(c, 2, u"email"_s), u"user2@board.test"_s);

    // An address with a quote and a plus goes in as it is.
    const std::optional<BoardChange> change = session.planEmail(user2, u"d'arcy+jobs@board.test"_s, &error);
    QVERIFY(change);
    const BoardApplyResult result = session.apply({*change});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(valueIn(c, 2, u"email"_s), u"d'arcy+jobs@board.test"_s);
    QCOMPARE(m_audit->entry(result.auditIds.front(), &error)->oldValue, u"user2@board.test"_s);
}

void TestBoardActions::flagsWithoutAColumnAreKeptByMailroom()
{
    const BoardConnection c = connection();
    BoardSession session(c, *m_audit);
    QString error;
    QVERIFY2(session.open(password(), &error), qPrintable(error));
    const BoardApplyResult flagged = session.apply(session.planBounced(session.users({5, 6}, &error), true));
    QVERIFY2(flagged.ok, qPrintable(flagged.error));
    const QList<BoardUserRow> rows = session.users({5, 6, 7}, &error);
    QCOMPARE(rows[0].bounced, u"1"_s);
    QCOMPARE(rows[1].bounced, u"1"_s);
    QCOMPARE(rows[2].bounced, u"0"_s);
    const BoardApplyResult unflagged = session.apply(session.planBounced({rows[0]}, false));
    QVERIFY(unflagged.ok);
    QCOMPARE(session.users({5}, &error).front().bounced, u"0"_s);
    QCOMPARE(m_audit->entries(c.name, &error).size(), 3);
}

// The flags in Mailroom's own table of the board's database: it is made only when asked (the
// owner's consent), every session on the board sees the same flags, and the optimistic check
// holds against another Mailroom flagging the same user.
void TestBoardActions::flagsInATableOfTheBoardOnlyWhenAgreed()
{
    BoardConnection c = connection();
    c.flagStore = BoardConnection::FlagStore::BoardTable;
    const auto onBoard = [&](const QString& sql) {
        QString result;
        {
            QString error;
            if (!c.open(u"flags"_s, password(), &error))
                return u"(%1)"_s.arg(error);
            QSqlQuery q(QSqlDatabase::database(u"flags"_s));
            result = !q.exec(sql) ? u"(%1)"_s.arg(q.lastError().text()) : q.next() ? q.value(0).toString() : QString();
        }
        QSqlDatabase::removeDatabase(u"flags"_s);
        return result;
    };
    onBoard(u"DROP TABLE mailroom_bounced"_s); // a server's table from an earlier test

    QString error;
    {
        BoardSession session(c, *m_audit);
        QVERIFY(!session.open(password(), &error));
        QVERIFY2(error.contains(u"no table mailroom_bounced"_s), qPrintable(error));
    }
    QVERIFY(onBoard(u"SELECT COUNT(*) FROM mailroom_bounced"_s).startsWith(u'(')); // opening made nothing
    BoardConnection readOnly = c;
    readOnly.readOnly = true;
    QVERIFY(!BoardSession::createFlagTable(readOnly, password(), &error));
    QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
    QVERIFY2(BoardSession::createFlagTable(c, password(), &error), qPrintable(error));
    QVERIFY2(BoardSession::createFlagTable(c, password(), &error), qPrintable(error)); // there already: fine

    BoardSession session(c, *m_audit);
    QVERIFY2(session.open(password(), &error), qPrintable(error));
    const BoardApplyResult flagged = session.apply(session.planBounced(session.users({1, 2}, &error), true));
    QVERIFY2(flagged.ok, qPrintable(flagged.error));
    QCOMPARE(flagged.auditIds.size(), 2);
    QCOMPARE(onBoard(u"SELECT COUNT(*) FROM mailroom_bounced WHERE user_id IN (1, 2)"_s), u"2"_s);
    QVERIFY(m_audit->flaggedUsers(c.name, &error).isEmpty()); // nothing in the local store

    // Another computer's Mailroom, with no activity log of this one, reads the same flags.
    {
        BoardSession elsewhere(c);
        QVERIFY2(elsewhere.open(password(), &error), qPrintable(error));
        QHash<qint64, QString> bounced;
        QVERIFY2(elsewhere.forEachUser(
                     [&](const QList<BoardUserRow>& page) {
                         for (const BoardUserRow& row : page)
                             bounced.insert(row.id, row.bounced);
                         return true;
                     },
                     &error),
            qPrintable(error));
        QCOMPARE(bounced.value(1), u"1"_s);
        QCOMPARE(bounced.value(2), u"1"_s);
        QCOMPARE(bounced.value(3), u"0"_s);
    }

    // Read unflagged, flagged by someone else before the write: refused, and user 4 of the same
    // action stays unflagged too.
    const QList<BoardChange> planned = session.planBounced(session.users({3, 4}, &error), true);
    QCOMPARE(planned.size(), 2);
    QCOMPARE(onBoard(u"INSERT INTO mailroom_bounced (user_id, flagged_at) VALUES (3, 'elsewhere')"_s), QString());
    const BoardApplyResult refused = session.apply(planned);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.conflicts.size(), 1);
    QCOMPARE(refused.conflicts.front().userId, 3);
    QCOMPARE(onBoard(u"SELECT COUNT(*) FROM mailroom_bounced WHERE user_id = 4"_s), u"0"_s);

    // Undo takes the flag away again, under the same check.
    const BoardApplyResult undone = session.undo(flagged.auditIds.front());
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QCOMPARE(onBoard(u"SELECT COUNT(*) FROM mailroom_bounced WHERE user_id = %1"_s.arg(flagged.applied.front().userId)),
        u"0"_s);
    QCOMPARE(session.users({2}, &error).front().bounced, u"1"_s);
}

void TestBoardActions::readOnlyAndDryRunWriteNothing()
{
    BoardConnection c = connection();
    {
        BoardSession session(c, *m_audit);
        QString error;
        QVERIFY2(session.open(password(), &error), qPrintable(error));
        const QList<BoardChange> changes = session.planStatus(session.users({1}, &error), true, &error);
        const BoardApplyResult dry = session.apply(changes, true);
        QVERIFY(dry.ok);
        QCOMPARE(dry.applied.size(), 1);
        QCOMPARE(valueIn(c, 1, u"status"_s), u"active"_s);
        QVERIFY(m_audit->entries(c.name, &error).isEmpty());
    }
    c.readOnly = true;
    BoardSession session(c, *m_audit);
    QString error;
    QVERIFY2(session.open(password(), &error), qPrintable(error));
    const BoardApplyResult refused = session.apply(session.planStatus(session.users({1}, &error), true, &error));
    QVERIFY(!refused.ok);
    QVERIFY(refused.error.contains(u"read-only"_s));
    QCOMPARE(valueIn(c, 1, u"status"_s), u"active"_s);
}

void TestBoardActions::hostileMappingsAreRefusedBeforeAnyQuery()
{
    const BoardConnection good = connection();
    const QList<std::pair<QString, std::function<void(SchemaProfile&)>>> cases {
        {u"a table that is not there"_s, [](SchemaProfile& p) { p.usersTable = u"members"_s; }},
        {u"SQL in the table name"_s, [](SchemaProfile& p) { p.usersTable = u"users; DROP TABLE users"_s; }},
        {u"a column that is not there"_s, [](SchemaProfile& p) { p.fields[BoardField::City] = u"town"_s; }},
        {u"SQL in a column name"_s,
            [](SchemaProfile& p) { p.fields[BoardField::Email] = u"email = email; DELETE FROM users"_s; }},
        {u"an expression that ends the statement"_s,
            [](SchemaProfile& p) { p.fields[BoardField::Company] = u"(1); DROP TABLE users; SELECT (1)"_s; }},
        {u"an expression that writes"_s,
            [](SchemaProfile& p) { p.fields[BoardField::Company] = u"(DELETE FROM users)"_s; }},
        {u"an expression hiding text in a comment"_s,
            [](SchemaProfile& p) { p.fields[BoardField::Company] = u"(company /* x */)"_s; }},
        {u"an expression that does not run"_s,
            [](SchemaProfile& p) { p.fields[BoardField::Company] = u"(no_such_column)"_s; }},
        {u"the id as an expression"_s, [](SchemaProfile& p) { p.fields[BoardField::Id] = u"(id + 0)"_s; }},
    };
    for (const auto& [name, spoil] : cases) {
        BoardConnection c = good;
        spoil(c.schema);
        BoardSession session(c, *m_audit);
        QString error;
        QVERIFY2(!session.open(password(), &error), qPrintable(name));
        QVERIFY2(error.contains(u"schema profile"_s), qPrintable(name + u": "_s + error));
    }
    QCOMPARE(valueIn(good, 1, u"email"_s), u"user1@board.test"_s); // the table is still there
    BoardConnection fine = good;
    fine.schema.fields[BoardField::Company] = u"(UPPER(company))"_s;
    BoardSession session(fine, *m_audit);
    QString error;
    QVERIFY2(session.open(password(), &error), qPrintable(error));
}

// WordPress with WP Job Manager and a SmartJobBoard layout, their tables as those systems create
// them (the columns the profiles use), read through the built-in profiles.
void TestBoardActions::builtInProfilesReadTheirBoards()
{
    BoardConnection c = connection();
    {
        QString error;
        QVERIFY2(c.open(u"schemas"_s, password(), &error), qPrintable(error));
        QSqlQuery q(QSqlDatabase::database(u"schemas"_s));
        for (const QString& table : {u"wp_usermeta"_s, u"wp_users"_s, u"user_groups"_s, u"sjb_users"_s})
            q.exec(u"DROP TABLE %1"_s.arg(table));
        for (const QString& sql :
            {
                u"CREATE TABLE wp_users (ID BIGINT PRIMARY KEY, user_login VARCHAR(60) NOT NULL, "
                "user_email VARCHAR(100) NOT NULL, user_registered VARCHAR(30) NOT NULL, user_status INTEGER NOT NULL, "
                "display_name VARCHAR(250) NOT NULL)"_s,
                u"CREATE TABLE wp_usermeta (umeta_id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL, "
                "meta_key VARCHAR(255), meta_value TEXT)"_s,
                u"INSERT INTO wp_users VALUES (1, 'acme', 'jobs@acme.example', '2026-01-02 10:00:00', 0, 'ACME Ltd')"_s,
                u"INSERT INTO wp_users VALUES (2, 'ann', 'Ann@Mail.example', '2026-01-03 10:00:00', 0, 'Ann B.')"_s,
                u"INSERT INTO wp_usermeta VALUES (1, 1, 'wp_capabilities', 'a:1:{s:8:\"employer\";b:1;}')"_s,
                u"INSERT INTO wp_usermeta VALUES (2, 2, 'wp_capabilities', 'a:1:{s:9:\"candidate\";b:1;}')"_s,
                u"INSERT INTO wp_usermeta VALUES (3, 2, 'first_name', 'Ann')"_s,
                u"INSERT INTO wp_usermeta VALUES (4, 2, 'last_name', 'Berg')"_s,
            }) {
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(u"schemas"_s);

    c.schema = SchemaProfile::wordpress();
    BoardSession session(c, *m_audit);
    QString error;
    if (c.kind == BoardConnection::Kind::PostgreSql) {
        // WordPress runs on MySQL and MariaDB. PostgreSQL folds unquoted names to lower case, so
        // its "ID" is "id": the profile is refused with the names the table has.
        QVERIFY(!session.open(password(), &error));
        QVERIFY2(error.contains(u"\"ID\""_s) && error.contains(u"user_email"_s), qPrintable(error));
        return;
    }
    QVERIFY2(session.open(password(), &error), qPrintable(error));
    QList<BoardUserRow> rows;
    QVERIFY(session.forEachUser([&](const QList<BoardUserRow>& page) { return rows += page, true; }, &error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].value(BoardField::Type), u"employer"_s);
    QCOMPARE(rows[1].value(BoardField::Type), u"seeker"_s);
    QCOMPARE(rows[1].value(BoardField::FirstName), u"Ann"_s);
    QCOMPARE(rows[1].value(BoardField::LastName), u"Berg"_s);
    QCOMPARE(rows[1].value(BoardField::Email), u"Ann@Mail.example"_s);
    // WordPress has no archive state Mailroom may write: archiving says so, and changes nothing.
    QVERIFY(session.planStatus(rows, true, &error).isEmpty());
    QVERIFY(error.contains(u"no status column"_s));
    const std::optional<BoardChange> email = session.planEmail(rows[1], u"ann.berg@mail.example"_s, &error);
    QVERIFY(email);
    const BoardApplyResult changed = session.apply({*email});
    QVERIFY2(changed.ok, qPrintable(changed.error));
    QCOMPARE(session.users({2}, &error).front().value(BoardField::Email), u"ann.berg@mail.example"_s);

    // A prefix that is not the board's finds no tables, and says which.
    c.schema = SchemaProfile::wordpress(u"wp2_"_s);
    BoardSession wrongPrefix(c, *m_audit);
    QVERIFY(!wrongPrefix.open(password(), &error));
    QVERIFY2(error.contains(u"wp2_users"_s), qPrintable(error));
}

// Bounced recipients matched to the users of any board, through its profile, read-only.
void TestBoardActions::theDirectoryMatchesBouncesThroughAnyBoard()
{
    BoardDirectory directory;
    QVERIFY2(directory.load(connection(), password()), qPrintable(directory.errorString()));
    QCOMPARE(directory.size(), 10);
    const BoardUser* user = directory.find("O'Brien+7@Board.Test");
    QVERIFY(user);
    QCOMPARE(user->id, 7);
    QCOMPARE(user->type, QByteArray("seeker"));
    QCOMPARE(user->name, Hostile + u" Last7"_s);
    QCOMPARE(directory.find("user3@board.test")->type, QByteArray("employer"));
    QVERIFY(!directory.find("nobody@board.test"));

    BoardConnection wrong = connection();
    wrong.schema.fields[BoardField::City] = u"town"_s;
    BoardDirectory refused;
    QVERIFY(!refused.load(wrong, password()));
    QVERIFY(refused.errorString().contains(u"town"_s));
}

void TestBoardActions::aServerKilledMidwayHalfAppliesNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("MariaDB") << u"mariadb"_s;
    QTest::newRow("PostgreSQL") << u"postgresql"_s;
}

// A bulk archive of many users while the server dies: the transaction never commits, the error
// says what happened, nothing is recorded, and once the server is back a retry does it all.
void TestBoardActions::aServerKilledMidwayHalfAppliesNothing()
{
    const BoardConnection c = connection();
    LocalSql* sql = server();
    {
        QString error;
        QVERIFY2(c.open(u"bulk"_s, password(), &error), qPrintable(error));
        QSqlDatabase db = QSqlDatabase::database(u"bulk"_s);
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"INSERT INTO users (id, type, email, subscribed, status, registered_at) "
                          "VALUES (?, 'seeker', ?, 1, 'active', '2026-01-01T00:00:00Z')"_s));
        for (int id = 100; id < 3100; ++id) {
            q.addBindValue(id);
            q.addBindValue(u"bulk%1@board.test"_s.arg(id));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db.commit());
    }
    QSqlDatabase::removeDatabase(u"bulk"_s);

    // The bulk archive runs on a thread of its own (its connections belong to it), and the
    // server is killed from here while it writes.
    BoardApplyResult result;
    QList<BoardChange> changes;
    QString setupError;
    const QString auditPath = m_audit->path();
    std::atomic_bool writing {false};
    std::thread worker([&] {
        AuditLog audit;
        if (!audit.open(auditPath, &setupError))
            return;
        BoardSession session(c, audit);
        if (!session.open(password(), &setupError))
            return;
        QList<qint64> ids;
        for (qint64 id = 100; id < 3100; ++id)
            ids.append(id);
        changes = session.planStatus(session.users(ids, &setupError), true, &setupError);
        writing = true;
        result = session.apply(changes);
    });
    QVERIFY(QTest::qWaitFor([&] { return writing.load() || !setupError.isEmpty(); }, 30000));
    QTest::qWait(150);
    sql->kill();
    worker.join();
    QVERIFY2(setupError.isEmpty(), qPrintable(setupError));
    QCOMPARE(changes.size(), 3000);
    QVERIFY2(!result.ok, "the server died, yet every write succeeded: make the batch larger");
    QVERIFY(!result.error.isEmpty());
    qInfo("%s", qPrintable(result.error));
    QString error;
    QVERIFY(m_audit->entries(c.name, &error).isEmpty());

    const QString restarted = sql->start();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    for (const qint64 id : {100, 1600, 3099})
        QCOMPARE(valueIn(c, id, u"status"_s), u"active"_s);
    BoardSession again(c, *m_audit);
    QVERIFY2(again.open(password(), &error), qPrintable(error));
    const BoardApplyResult retry = again.apply(changes);
    QVERIFY2(retry.ok, qPrintable(retry.error));
    QCOMPARE(valueIn(c, 3099, u"status"_s), u"archived"_s);
    QCOMPARE(m_audit->entries(c.name, &error).size(), 3000);
}

// A read that would run for minutes (a mapped expression counting to a billion for every user)
// stops soon after the cancel, says so, and leaves the session's connection usable.
void TestBoardActions::aLongReadIsInterrupted()
{
    BoardConnection c = connection();
    // MariaDB stops recursion after max_recursive_iterations (1000): its sequence engine counts.
    c.schema.fields.insert(BoardField::City,
        c.kind == BoardConnection::Kind::MariaDb
            ? u"(SELECT COUNT(*) FROM seq_1_to_1000000 a, seq_1_to_1000000 b WHERE a.seq > users.id)"_s
            : u"(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
              "SELECT COUNT(*) FROM c WHERE c.x > users.id)"_s);
    std::atomic_bool cancel {false};
    std::atomic_bool reading {false};
    QString error;
    QString afterwards;
    bool completed = true;
    std::optional<qint64> count;
    std::thread worker([&] {
        BoardSession session(c); // reads only; the activity log belongs to the test's thread
        if (!session.open(password(), &error))
            return;
        session.setCancelFlag(&cancel);
        reading = true;
        completed = session.forEachUser([](const QList<BoardUserRow>&) { return true; }, &error);
        cancel = false;
        count = session.countUsers(&afterwards);
    });
    QVERIFY(QTest::qWaitFor([&] { return reading.load() || !error.isEmpty(); }, 20000));
    QTest::qWait(300); // the statement is running now
    QElapsedTimer stopping;
    stopping.start();
    cancel = true;
    QVERIFY(QTest::qWaitFor([&] { return count.has_value() || !afterwards.isEmpty(); }, 60000));
    worker.join();
    qInfo("stopped %lld ms after the cancel", qlonglong(stopping.elapsed()));
    QVERIFY(!completed);
    QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
    QVERIFY2(stopping.elapsed() < 20000, "the statement ran on: it was not interrupted");
    QVERIFY2(count.has_value(), qPrintable(afterwards));
    QCOMPARE(*count, 10);
}

// A bulk archive that waits on a row another connection holds: the cancel interrupts it, the
// whole transaction rolls back (the users before that row are not archived either), nothing is
// recorded, and once the row is free the same session applies it all.
void TestBoardActions::aBlockedChangeIsCancelledWhole()
{
    const BoardConnection c = connection();
    {
        QString error;
        QVERIFY2(c.open(u"locker"_s, password(), &error), qPrintable(error));
    }
    QSqlDatabase locker = QSqlDatabase::database(u"locker"_s);
    QVERIFY(locker.transaction());
    QSqlQuery hold(locker);
    QVERIFY2(hold.exec(u"UPDATE users SET city = 'Held' WHERE id = 10"_s), qPrintable(hold.lastError().text()));

    std::atomic_bool cancel {false};
    std::atomic_bool writing {false};
    QString setupError;
    BoardApplyResult cancelled;
    BoardApplyResult retry;
    std::atomic_bool retried {false};
    std::atomic_bool mayRetry {false};
    QList<BoardChange> changes;
    const QString auditPath = m_audit->path();
    std::thread worker([&] {
        AuditLog audit; // connections belong to the thread that made them
        if (!audit.open(auditPath, &setupError))
            return;
        BoardSession session(c, audit);
        if (!session.open(password(), &setupError))
            return;
        session.setCancelFlag(&cancel);
        QList<qint64> ids;
        for (qint64 id = 1; id <= 10; ++id)
            ids.append(id);
        changes = session.planStatus(session.users(ids, &setupError), true, &setupError);
        writing = true;
        cancelled = session.apply(changes); // waits on user 10's row
        cancel = false;
        while (!mayRetry)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        retry = session.apply(changes);
        retried = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return writing.load() || !setupError.isEmpty(); }, 20000));
    QVERIFY2(setupError.isEmpty(), qPrintable(setupError));
    QTest::qWait(300);
    cancel = true;
    QVERIFY(QTest::qWaitFor([&] { return !cancel.load(); }, 20000));
    QVERIFY(!cancelled.ok);
    QVERIFY2(cancelled.error.contains(u"Cancelled"_s), qPrintable(cancelled.error));
    QVERIFY(cancelled.applied.isEmpty());
    QVERIFY(locker.rollback());
    QString error;
    QVERIFY(m_audit->entries(c.name, &error).isEmpty());
    for (const qint64 id : {1, 5, 9})
        QCOMPARE(valueIn(c, id, u"status"_s), u"active"_s);

    mayRetry = true;
    QVERIFY(QTest::qWaitFor([&] { return retried.load(); }, 30000));
    worker.join();
    hold = QSqlQuery();
    locker = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"locker"_s);
    QVERIFY2(retry.ok, qPrintable(retry.error));
    QCOMPARE(retry.applied.size(), 10);
    QCOMPARE(valueIn(c, 10, u"status"_s), u"archived"_s);
    QCOMPARE(m_audit->entries(c.name, &error).size(), 10);
}

QTEST_GUILESS_MAIN(TestBoardActions)
#include "TestBoardActions.moc"
