#include "LocalSql.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The throwaway servers every board database test stands on (LocalSql.h), reached through Qt's
// own drivers with a password over TCP, as a board's server is: MariaDB on 127.0.0.1:13306 and
// PostgreSQL on 127.0.0.1:15432.
class TestSqlServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostileValuesRoundTrip_data() { addServers(); }
    void hostileValuesRoundTrip();
    void transactionsRollBack_data() { addServers(); }
    void transactionsRollBack();
    void killedServerFailsTheNextQuery_data() { addServers(); }
    void killedServerFailsTheNextQuery();
    void portInUseIsAnError_data() { addServers(); }
    void portInUseIsAnError();

private:
    static void addServers();
    LocalSql& server(LocalSql::Kind kind)
    {
        return kind == LocalSql::Kind::MariaDb ? m_mariaDb : m_postgreSql;
    }

    LocalSql m_mariaDb {LocalSql::Kind::MariaDb, 13306};
    LocalSql m_postgreSql {LocalSql::Kind::PostgreSql, 15432};
};

namespace {

// A named connection that is removed when the test function ends, whether it passed or not.
// Queries made on it must be declared after it, so that they go first.
class Connection
{
public:
    Connection(LocalSql& server, const QString& name) : m_name(name), m_db(server.connect(name)) { }
    ~Connection()
    {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase& db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    QString error() const { return m_db.lastError().text(); }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QString connectionName(const char* purpose)
{
    return QString::fromLatin1(purpose) + u'-' + QString::fromUtf8(QTest::currentDataTag());
}

int countRows(QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// What a dead server's next query or connection says, in libmariadb's and libpq's words.
const QRegularExpression lostServer(
    u"gone away|lost connection|closed the connection|can't connect|"
    u"connection refused|no connection to the server"_s,
    QRegularExpression::CaseInsensitiveOption);

} // namespace

void TestSqlServers::addServers()
{
    QTest::addColumn<LocalSql::Kind>("kind");
    QTest::newRow("on MariaDB") << LocalSql::Kind::MariaDb;
    QTest::newRow("on PostgreSQL") << LocalSql::Kind::PostgreSql;
}

void TestSqlServers::initTestCase()
{
    for (LocalSql* server : {&m_mariaDb, &m_postgreSql}) {
        QElapsedTimer started;
        started.start();
        const QString error = server->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("%s on port %d ready in %lld ms", qPrintable(server->driverName()), server->port(),
            started.elapsed());
    }
}

void TestSqlServers::cleanupTestCase()
{
    m_mariaDb.stop();
    m_postgreSql.stop();
}

void TestSqlServers::hostileValuesRoundTrip()
{
    QFETCH(LocalSql::Kind, kind);
    Connection connection(server(kind), connectionName("hostile"));
    QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
    QSqlQuery query(connection.db());
    QVERIFY2(
        query.exec(u"CREATE TABLE hostile (id INTEGER PRIMARY KEY, name VARCHAR(255) NOT NULL, "
                   u"email VARCHAR(255) NOT NULL)"_s),
        qPrintable(query.lastError().text()));

    // Quotes of both kinds, a statement separator, both comment styles, MySQL's backslash
    // escape, LIKE wildcards, and characters outside the Basic Multilingual Plane (MariaDB's
    // utf8mb4 rather than its 3-byte utf8).
    const QList<std::pair<QString, QString>> people {
        {u"O'Brien"_s, u"o'brien@example.test"_s},
        {u"Robert'); DROP TABLE hostile;--"_s, u"bobby\"tables@example.test"_s},
        {u"-- not a comment"_s, u"/* nor this */@example.test"_s},
        {u"x' OR '1'='1"_s, u"back\\slash\\'@example.test"_s},
        {u"100% _wild_"_s, u"percent%@example.test"_s},
        {u"Zoë Łukasz Şahin 山田太郎 😀"_s, u"zoë@exämple.test"_s},
    };
    QVERIFY(query.prepare(u"INSERT INTO hostile (id, name, email) VALUES (?, ?, ?)"_s));
    for (int id = 0; id < people.size(); ++id) {
        query.addBindValue(id);
        query.addBindValue(people.at(id).first);
        query.addBindValue(people.at(id).second);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    QVERIFY(query.exec(u"SELECT id, name, email FROM hostile ORDER BY id"_s));
    int read = 0;
    while (query.next()) {
        const int id = query.value(0).toInt();
        QCOMPARE(id, read++);
        QCOMPARE(query.value(1).toString(), people.at(id).first);
        QCOMPARE(query.value(2).toString(), people.at(id).second);
    }
    QCOMPARE(read, people.size());

    // A bound value in a WHERE clause matches exactly itself.
    QVERIFY(query.prepare(u"SELECT id FROM hostile WHERE name = ? AND email = ?"_s));
    query.addBindValue(people.at(3).first);
    query.addBindValue(people.at(3).second);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 3);
    QVERIFY(!query.next());
}

void TestSqlServers::transactionsRollBack()
{
    QFETCH(LocalSql::Kind, kind);
    Connection writer(server(kind), connectionName("writer"));
    QVERIFY2(writer.isOpen(), qPrintable(writer.error()));
    Connection reader(server(kind), connectionName("reader"));
    QVERIFY2(reader.isOpen(), qPrintable(reader.error()));
    QVERIFY(writer.db().driver()->hasFeature(QSqlDriver::Transactions));
    QSqlQuery query(writer.db());
    QVERIFY2(query.exec(u"CREATE TABLE tx (id INTEGER PRIMARY KEY)"_s),
        qPrintable(query.lastError().text()));

    // The feature flag alone would not show a MyISAM table, which ignores ROLLBACK.
    QVERIFY(writer.db().transaction());
    QVERIFY(query.exec(u"INSERT INTO tx (id) VALUES (1)"_s));
    QCOMPARE(countRows(reader.db(), u"tx"_s), 0);
    QVERIFY(writer.db().rollback());
    QCOMPARE(countRows(writer.db(), u"tx"_s), 0);

    QVERIFY(writer.db().transaction());
    QVERIFY(query.exec(u"INSERT INTO tx (id) VALUES (2)"_s));
    QVERIFY(writer.db().commit());
    QCOMPARE(countRows(reader.db(), u"tx"_s), 1);
}

void TestSqlServers::killedServerFailsTheNextQuery()
{
    QFETCH(LocalSql::Kind, kind);
    LocalSql& sql = server(kind);
    {
        Connection open(sql, connectionName("killed"));
        QVERIFY2(open.isOpen(), qPrintable(open.error()));
        QSqlQuery query(open.db());
        QVERIFY(query.exec(u"CREATE TABLE survivors (id INTEGER PRIMARY KEY)"_s));
        QVERIFY(query.exec(u"INSERT INTO survivors (id) VALUES (1)"_s));

        sql.kill();
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!query.exec(u"SELECT COUNT(*) FROM survivors"_s));
        const QString error = query.lastError().text();
        qInfo("the open connection, %lld ms: %s", waited.elapsed(), qPrintable(error.simplified()));
        QVERIFY2(lostServer.match(error).hasMatch(), qPrintable(error));
        QCOMPARE_LT(waited.elapsed(), 10000);

        waited.restart();
        Connection refused(sql, connectionName("refused"));
        QVERIFY(!refused.isOpen());
        const QString refusal = refused.db().lastError().text();
        qInfo("a new connection, %lld ms: %s", waited.elapsed(), qPrintable(refusal.simplified()));
        QVERIFY2(lostServer.match(refusal).hasMatch(), qPrintable(refusal));
        QCOMPARE_LT(waited.elapsed(), 10000);
    }

    // Restarted on the same data, the committed row is there: what a retry after a crash needs.
    const QString error = sql.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Connection again(sql, connectionName("restarted"));
    QVERIFY2(again.isOpen(), qPrintable(again.error()));
    QCOMPARE(countRows(again.db(), u"survivors"_s), 1);
}

void TestSqlServers::portInUseIsAnError()
{
    QFETCH(LocalSql::Kind, kind);
    LocalSql second(kind, server(kind).port());
    QElapsedTimer waited;
    waited.start();
    const QString error = second.start();
    QVERIFY2(error.contains(u"Address already in use"_s), qPrintable(error));
    QCOMPARE_LT(waited.elapsed(), 30000);
    QVERIFY(!second.isRunning());
    QVERIFY(server(kind).isRunning());
}

QTEST_GUILESS_MAIN(TestSqlServers)
#include "TestSqlServers.moc"
