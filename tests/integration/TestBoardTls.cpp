#include "LocalSql.h"
#include "board/BoardConnection.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

// The TLS settings of a board connection profile against real servers that accept the user only
// over TLS (LocalSql.h with Transport::Tls): MariaDB on 127.0.0.1:13336 and PostgreSQL on
// 127.0.0.1:15462, each with a throwaway CA and a certificate for 127.0.0.1 and localhost; and
// against servers without TLS at all, MariaDB on 13337 and PostgreSQL on 15463.
//
// Verified on MariaDB goes through MariaDbTlsRelay (Qt 6.4's QMYSQL cannot ask libmariadb to
// check the host name), so these tests also show that a session works through it.
class TestBoardTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void offToAServerThatRequiresTls_data();
    void offToAServerThatRequiresTls();
    void requiredConnectsEncrypted_data() { addServers(); }
    void requiredConnectsEncrypted();
    void verifiedWithTheServersCaConnects_data() { addServers(); }
    void verifiedWithTheServersCaConnects();
    void verifiedWithAnUnrelatedCaIsRefused_data() { addServers(); }
    void verifiedWithAnUnrelatedCaIsRefused();
    void verifiedRefusesANameTheCertificateDoesNotHold_data() { addServers(); }
    void verifiedRefusesANameTheCertificateDoesNotHold();
    void verifiedWithoutACaFileRefusesATestCertificate_data() { addServers(); }
    void verifiedWithoutACaFileRefusesATestCertificate();
    void tlsIsNeverDroppedForAServerWithoutIt_data();
    void tlsIsNeverDroppedForAServerWithoutIt();
    void verifiedSaysWhyItCannotReachTheServer_data();
    void verifiedSaysWhyItCannotReachTheServer();

private:
    // What one BoardConnection::open() did: the error if it failed, the cipher of the session
    // if it opened (empty: not encrypted), what went wrong using it (empty: nothing), and how
    // long the open took.
    struct Attempt
    {
        bool opened = false;
        QString error;
        QString cipher;
        QString probe;
        qint64 milliseconds = 0;
    };

    static void addServers();
    LocalSql& server(LocalSql::Kind kind) { return kind == LocalSql::Kind::MariaDb ? m_mariaDb : m_postgreSql; }
    Attempt attempt(BoardConnection::Tls tls, const QString& caFile, const QString& host = {});
    Attempt attempt(const LocalSql& sql, BoardConnection::Tls tls, const QString& caFile, const QString& host);
    static Attempt attempt(const BoardConnection& c, const QString& password);

    LocalSql m_mariaDb {LocalSql::Kind::MariaDb, 13336, LocalSql::Transport::Tls};
    LocalSql m_postgreSql {LocalSql::Kind::PostgreSql, 15462, LocalSql::Transport::Tls};
    LocalSql m_plainMariaDb {LocalSql::Kind::MariaDb, 13337};
    LocalSql m_plainPostgreSql {LocalSql::Kind::PostgreSql, 15463};
};

namespace {

// Every refusal must come well within the profile's timeout: a refused handshake is an answer,
// not a wait.
constexpr int TimeoutSeconds = 5;
constexpr qint64 PromptMilliseconds = 3000;

QString cipherOf(const QSqlDatabase& db, LocalSql::Kind kind)
{
    QSqlQuery query(db);
    if (kind == LocalSql::Kind::MariaDb) {
        if (!query.exec(u"SHOW STATUS LIKE 'Ssl_cipher'"_s) || !query.next())
            return u"(cannot tell: %1)"_s.arg(query.lastError().text());
        return query.value(1).toString();
    }
    if (!query.exec(u"SELECT ssl, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) || !query.next())
        return u"(cannot tell: %1)"_s.arg(query.lastError().text());
    return query.value(0).toBool() ? query.value(1).toString() : QString();
}

// A session must work past the login, through the relay too: a bound value, an UPDATE that
// writes the value already there and still counts its row (CLIENT_FOUND_ROWS, which the relay's
// SSLRequest must carry), and a value far bigger than one read. Returns what failed.
QString probe(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    const auto failed
        = [&query](const char* step) { return QString::fromLatin1(step) + u": "_s + query.lastError().text(); };
    if (!query.exec(u"CREATE TEMPORARY TABLE probe (id INT PRIMARY KEY, v INT)"_s))
        return failed("create");
    if (!query.exec(u"INSERT INTO probe VALUES (1, 7)"_s))
        return failed("insert");
    if (!query.prepare(u"UPDATE probe SET v = ? WHERE id = 1"_s))
        return failed("prepare the update");
    query.addBindValue(7);
    if (!query.exec())
        return failed("update");
    if (query.numRowsAffected() != 1)
        return u"the update of an unchanged row counted %1 rows"_s.arg(query.numRowsAffected());
    constexpr int Size = 3'000'000;
    if (!query.prepare(u"SELECT REPEAT('x', ?)"_s))
        return failed("prepare the select");
    query.addBindValue(Size);
    if (!query.exec() || !query.next())
        return failed("select");
    if (query.value(0).toString().size() != Size)
        return u"read %1 characters of %2"_s.arg(query.value(0).toString().size()).arg(Size);
    return {};
}

} // namespace

void TestBoardTls::addServers()
{
    QTest::addColumn<LocalSql::Kind>("kind");
    QTest::newRow("on MariaDB") << LocalSql::Kind::MariaDb;
    QTest::newRow("on PostgreSQL") << LocalSql::Kind::PostgreSql;
}

void TestBoardTls::initTestCase()
{
    for (LocalSql* sql : {&m_mariaDb, &m_postgreSql, &m_plainMariaDb, &m_plainPostgreSql}) {
        const QString error = sql->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestBoardTls::cleanupTestCase()
{
    m_mariaDb.stop();
    m_postgreSql.stop();
    m_plainMariaDb.stop();
    m_plainPostgreSql.stop();
}

TestBoardTls::Attempt TestBoardTls::attempt(BoardConnection::Tls tls, const QString& caFile, const QString& host)
{
    QFETCH(LocalSql::Kind, kind);
    return attempt(server(kind), tls, caFile, host);
}

TestBoardTls::Attempt TestBoardTls::attempt(
    const LocalSql& sql, BoardConnection::Tls tls, const QString& caFile, const QString& host)
{
    const LocalSql::Kind kind = sql.kind();
    BoardConnection c;
    c.name = u"tls-test"_s;
    c.kind = kind == LocalSql::Kind::MariaDb ? BoardConnection::Kind::MariaDb : BoardConnection::Kind::PostgreSql;
    c.host = host.isEmpty() ? sql.host() : host;
    c.port = sql.port();
    c.database = sql.database();
    c.user = sql.user();
    c.tls = tls;
    c.caFile = caFile;
    c.timeoutSeconds = TimeoutSeconds;
    return attempt(c, sql.password());
}

TestBoardTls::Attempt TestBoardTls::attempt(const BoardConnection& c, const QString& password)
{
    const QString name
        = QString::fromLatin1(QTest::currentTestFunction()) + u'-' + QString::fromUtf8(QTest::currentDataTag());
    const LocalSql::Kind kind
        = c.kind == BoardConnection::Kind::MariaDb ? LocalSql::Kind::MariaDb : LocalSql::Kind::PostgreSql;
    Attempt result;
    {
        QElapsedTimer timer;
        timer.start();
        result.opened = c.open(name, password, &result.error);
        result.milliseconds = timer.elapsed();
        if (result.opened) {
            const QSqlDatabase db = QSqlDatabase::database(name);
            result.cipher = cipherOf(db, kind);
            result.probe = probe(db);
        }
    }
    QSqlDatabase::removeDatabase(name);
    qInfo("%s in %lld ms%s%s", result.opened ? "opened" : "refused", result.milliseconds,
        result.opened ? ", cipher: " : ": ", qPrintable(result.opened ? result.cipher : result.error.simplified()));
    return result;
}

// Off never sends anything in plaintext to a server that wants TLS, but the drivers differ:
// libmariadb without any SSL option never asks for TLS, so the server refuses the login (with
// "Access denied", the same words as for a wrong password); libpq's sslmode=prefer asks for TLS
// first and takes it when offered, certificate unchecked.
void TestBoardTls::offToAServerThatRequiresTls_data()
{
    QTest::addColumn<LocalSql::Kind>("kind");
    QTest::addColumn<bool>("opensEncrypted");
    QTest::newRow("on MariaDB is refused") << LocalSql::Kind::MariaDb << false;
    QTest::newRow("on PostgreSQL connects encrypted, as sslmode=prefer asks") << LocalSql::Kind::PostgreSql << true;
}

void TestBoardTls::offToAServerThatRequiresTls()
{
    QFETCH(bool, opensEncrypted);
    const Attempt off = attempt(BoardConnection::Tls::Off, {});
    if (opensEncrypted) {
        QVERIFY2(off.opened, qPrintable(off.error));
        QVERIFY2(!off.cipher.isEmpty() && !off.cipher.startsWith(u'('), qPrintable(off.cipher));
        return;
    }
    QVERIFY2(!off.opened, qPrintable(u"opened, cipher "_s + off.cipher));
    QVERIFY2(off.error.contains(u"Access denied"_s), qPrintable(off.error));
    QCOMPARE_LT(off.milliseconds, PromptMilliseconds);
}

void TestBoardTls::requiredConnectsEncrypted()
{
    const Attempt required = attempt(BoardConnection::Tls::Required, {});
    QVERIFY2(required.opened, qPrintable(required.error));
    QVERIFY2(!required.cipher.isEmpty(), "the session is not encrypted");
    QVERIFY2(!required.cipher.startsWith(u'('), qPrintable(required.cipher));
}

void TestBoardTls::verifiedWithTheServersCaConnects()
{
    QFETCH(LocalSql::Kind, kind);
    const Attempt verified = attempt(BoardConnection::Tls::Verified, server(kind).caFile());
    QVERIFY2(verified.opened, qPrintable(verified.error));
    QVERIFY2(!verified.cipher.isEmpty(), "the session is not encrypted");
    QVERIFY2(!verified.cipher.startsWith(u'('), qPrintable(verified.cipher));
    QVERIFY2(verified.probe.isEmpty(), qPrintable(verified.probe));
}

void TestBoardTls::verifiedWithAnUnrelatedCaIsRefused()
{
    QFETCH(LocalSql::Kind, kind);
    const Attempt verified = attempt(BoardConnection::Tls::Verified, server(kind).unrelatedCaFile());
    QVERIFY2(!verified.opened, qPrintable(u"opened, cipher "_s + verified.cipher));
    QVERIFY2(!verified.error.isEmpty(), "refused without a reason");
    QCOMPARE_LT(verified.milliseconds, PromptMilliseconds);
}

// The certificate names 127.0.0.1 and localhost; the server also listens on 127.0.0.2.
void TestBoardTls::verifiedRefusesANameTheCertificateDoesNotHold()
{
    QFETCH(LocalSql::Kind, kind);
    const LocalSql& sql = server(kind);
    const Attempt verified = attempt(BoardConnection::Tls::Verified, sql.caFile(), sql.hostNotInCertificate());
    QVERIFY2(!verified.opened, qPrintable(u"opened, cipher "_s + verified.cipher));
    QVERIFY2(verified.error.contains(sql.hostNotInCertificate()), qPrintable(verified.error));
    QCOMPARE_LT(verified.milliseconds, PromptMilliseconds);
}

// No CA file: the certificate can only be checked against CAs the system trusts, and no system
// trusts the test CA. libpq 15 takes ~/.postgresql/root.crt, and refuses when it is missing
// (sslrootcert=system, the system's CAs, comes with libpq 16).
void TestBoardTls::verifiedWithoutACaFileRefusesATestCertificate()
{
    QFETCH(LocalSql::Kind, kind);
    const Attempt verified = attempt(BoardConnection::Tls::Verified, {});
    // libmariadb 3.3 checks no certificate without a CA file, so BoardConnection refuses that
    // setting for MariaDB before connecting, and says why.
    if (kind == LocalSql::Kind::MariaDb)
        QVERIFY2(verified.error.contains(u"needs the CA certificate file"_s), qPrintable(verified.error));
    QVERIFY2(!verified.opened, qPrintable(u"opened, cipher "_s + verified.cipher));
    QVERIFY2(!verified.error.isEmpty(), "refused without a reason");
    QCOMPARE_LT(verified.milliseconds, PromptMilliseconds);
}

// Required and Verified must fail rather than fall back to plaintext when the server (or someone
// between) offers no TLS.
//
// Under Required libmariadb 3.3 falls back to plaintext when the server offers no TLS (Qt 6.4
// cannot set MYSQL_OPT_SSL_ENFORCE): BoardConnection reads the session's cipher and refuses a
// plain one. Under Verified the relay refuses a greeting without TLS before the driver logs in.
void TestBoardTls::tlsIsNeverDroppedForAServerWithoutIt_data()
{
    QTest::addColumn<LocalSql::Kind>("kind");
    QTest::addColumn<BoardConnection::Tls>("tls");
    QTest::addColumn<QString>("reason"); // part of the error; empty: the driver's own words
    QTest::newRow("Required on MariaDB") << LocalSql::Kind::MariaDb << BoardConnection::Tls::Required
                                         << u"did not encrypt"_s;
    QTest::newRow("Verified on MariaDB") << LocalSql::Kind::MariaDb << BoardConnection::Tls::Verified
                                         << u"offers no TLS"_s;
    QTest::newRow("Required on PostgreSQL")
        << LocalSql::Kind::PostgreSql << BoardConnection::Tls::Required << QString();
    QTest::newRow("Verified on PostgreSQL")
        << LocalSql::Kind::PostgreSql << BoardConnection::Tls::Verified << QString();
}

void TestBoardTls::tlsIsNeverDroppedForAServerWithoutIt()
{
    QFETCH(LocalSql::Kind, kind);
    QFETCH(BoardConnection::Tls, tls);
    QFETCH(QString, reason);
    const LocalSql& plain = kind == LocalSql::Kind::MariaDb ? m_plainMariaDb : m_plainPostgreSql;
    const Attempt attempted = attempt(plain, tls, server(kind).caFile(), {});
    QVERIFY2(attempted.error.contains(reason), qPrintable(attempted.error));
    QVERIFY2(!attempted.opened, qPrintable(u"opened, cipher \"%1\""_s.arg(attempted.cipher)));
    QVERIFY2(!attempted.error.isEmpty(), "refused without a reason");
    QCOMPARE_LT(attempted.milliseconds, PromptMilliseconds);
}

// When the relay cannot make its TLS leg, open() says why (not the driver's "Lost connection"),
// within the profile's timeout. The silent server is a socket nobody accepts: the kernel completes
// the TCP handshake, and no greeting ever comes.
void TestBoardTls::verifiedSaysWhyItCannotReachTheServer_data()
{
    QTest::addColumn<bool>("silent");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a port where nothing listens") << false << u"Cannot reach 127.0.0.1 on port"_s;
    QTest::newRow("a server that never greets") << true << u"did not complete the TLS handshake in time"_s;
}

void TestBoardTls::verifiedSaysWhyItCannotReachTheServer()
{
    QFETCH(bool, silent);
    QFETCH(QString, reason);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    if (!silent)
        server.close();

    BoardConnection c;
    c.name = u"tls-test"_s;
    c.kind = BoardConnection::Kind::MariaDb;
    c.host = u"127.0.0.1"_s;
    c.port = port;
    c.database = m_mariaDb.database();
    c.user = m_mariaDb.user();
    c.tls = BoardConnection::Tls::Verified;
    c.caFile = m_mariaDb.caFile();
    c.timeoutSeconds = 1;
    const Attempt attempted = attempt(c, m_mariaDb.password());
    QVERIFY2(!attempted.opened, "opened");
    QVERIFY2(attempted.error.contains(reason), qPrintable(attempted.error));
    QCOMPARE_LT(attempted.milliseconds, 1000 + PromptMilliseconds);
}

QTEST_GUILESS_MAIN(TestBoardTls)
#include "TestBoardTls.moc"
