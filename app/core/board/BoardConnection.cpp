#include "board/BoardConnection.h"

#include "board/MariaDbTlsRelay.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

class ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionText)
};

constexpr BoardConnection::Kind AllKinds[] = {BoardConnection::Kind::Sqlite, BoardConnection::Kind::MariaDb,
    BoardConnection::Kind::PostgreSql, BoardConnection::Kind::Odbc};

// Driver options: timeouts so a dead server cannot hang a worker, found rows so an UPDATE that
// writes the value already there still counts its row (the optimistic check needs that count).
// relayed: QMYSQL talks to a MariaDbTlsRelay on loopback, which makes the TLS leg itself.
QString connectOptions(const BoardConnection& c, bool relayed)
{
    QStringList options;
    switch (c.kind) {
    case BoardConnection::Kind::Sqlite:
        if (c.readOnly)
            options.append(u"QSQLITE_OPEN_READONLY"_s);
        options.append(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(c.timeoutSeconds * 1000));
        break;
    case BoardConnection::Kind::MariaDb:
        // The relay keeps the profile's timeout on the way to the server; the driver waits a little
        // longer for it, so the relay's reason for a failure reaches open() before the driver's own.
        options.append(u"MYSQL_OPT_CONNECT_TIMEOUT=%1"_s.arg(c.timeoutSeconds + (relayed ? 2 : 0)));
        options.append(u"MYSQL_OPT_READ_TIMEOUT=%1"_s.arg(c.timeoutSeconds * 3));
        options.append(u"MYSQL_OPT_WRITE_TIMEOUT=%1"_s.arg(c.timeoutSeconds * 3));
        options.append(u"CLIENT_FOUND_ROWS"_s);
        // Qt 6.4's QMYSQL drops CLIENT_SSL with a warning; libmariadb starts TLS once any SSL_*
        // option is given, and an empty cipher list keeps its defaults. It checks no certificate
        // then, and falls back to plaintext for a server without TLS (Qt 6.4 cannot set
        // MYSQL_OPT_SSL_ENFORCE): open() refuses such a session. Verified goes through the relay
        // instead, which checks the chain and the host name (Qt 6.4 cannot set
        // MYSQL_OPT_SSL_VERIFY_SERVER_CERT either).
        if (c.tls == BoardConnection::Tls::Required)
            options.append(u"SSL_CIPHER="_s);
        break;
    case BoardConnection::Kind::PostgreSql:
        options.append(u"connect_timeout=%1"_s.arg(c.timeoutSeconds));
        options.append(c.tls == BoardConnection::Tls::Off ? u"sslmode=prefer"_s
                : c.tls == BoardConnection::Tls::Required ? u"sslmode=require"_s
                                                          : u"sslmode=verify-full"_s);
        if (c.tls == BoardConnection::Tls::Verified && !c.caFile.isEmpty())
            options.append(u"sslrootcert=%1"_s.arg(c.caFile));
        break;
    case BoardConnection::Kind::Odbc:
        break;
    }
    return options.join(u';');
}

// MariaDB and MySQL name the session's cipher; an empty one is a plain connection.
bool isEncrypted(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(u"SHOW STATUS LIKE 'Ssl_cipher'"_s) && query.next() && !query.value(1).toString().isEmpty();
}

} // namespace

QByteArrayView BoardConnection::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Sqlite:
        return "sqlite";
    case Kind::MariaDb:
        return "mariadb";
    case Kind::PostgreSql:
        return "postgresql";
    case Kind::Odbc:
        return "odbc";
    }
    return "sqlite";
}

std::optional<BoardConnection::Kind> BoardConnection::kindNamed(QStringView name)
{
    for (const Kind kind : AllKinds) {
        if (name == QLatin1String(kindName(kind)))
            return kind;
    }
    if (name == u"mysql")
        return Kind::MariaDb;
    return std::nullopt;
}

QString BoardConnection::driverFor(Kind kind, QString* error)
{
    QStringList candidates;
    QString package;
    switch (kind) {
    case Kind::Sqlite:
        candidates = {u"QSQLITE"_s};
        package = u"libqt6sql6-sqlite"_s;
        break;
    case Kind::MariaDb:
        candidates = {u"QMARIADB"_s, u"QMYSQL"_s};
        package = u"libqt6sql6-mysql"_s;
        break;
    case Kind::PostgreSql:
        candidates = {u"QPSQL"_s};
        package = u"libqt6sql6-psql"_s;
        break;
    case Kind::Odbc:
        candidates = {u"QODBC"_s};
        package = u"libqt6sql6-odbc"_s;
        break;
    }
    for (const QString& driver : std::as_const(candidates)) {
        if (QSqlDatabase::isDriverAvailable(driver))
            return driver;
    }
    *error = ConnectionText::tr("This installation has no Qt SQL driver for %1 (%2). On Debian and Ubuntu install "
                                "%3; on Windows choose ODBC with the database's ODBC driver.")
                 .arg(QString::fromLatin1(kindName(kind)), candidates.join(u" or "_s), package);
    return {};
}

bool BoardConnection::open(const QString& connectionName, const QString& password, QString* error) const
{
    const QString driver = driverFor(kind, error);
    if (driver.isEmpty())
        return false;
    if (kind == Kind::Sqlite && !QFileInfo(database).isFile()) {
        // SQLite would create an empty database for a missing file; say what is really wrong.
        *error = ConnectionText::tr("The board database %1 does not exist.").arg(QDir::toNativeSeparators(database));
        return false;
    }
    if (kind == Kind::MariaDb && tls == Tls::Verified && caFile.isEmpty()) {
        // The relay checks the certificate against the CA file alone (no system store): say so.
        *error = ConnectionText::tr("Checking the certificate of a MariaDB or MySQL server needs the CA certificate "
                                    "file: choose it, or choose \"Required\".");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    MariaDbTlsRelay* relay = nullptr;
    if (kind == Kind::MariaDb && tls == Tls::Verified) {
        // A child of the driver, the relay lives exactly as long as the connection.
        relay = new MariaDbTlsRelay(host, quint16(port > 0 ? port : 3306), caFile, timeoutSeconds, db.driver());
        QString why;
        if (!relay->start(&why)) {
            *error = ConnectionText::tr("Cannot connect to the board database %1: %2").arg(name, why);
            return false;
        }
    }
    db.setDatabaseName(database);
    if (relay) {
        db.setHostName(u"127.0.0.1"_s); // an address: "localhost" would take the Unix socket
        db.setPort(relay->localPort());
    } else if (kind != Kind::Sqlite && kind != Kind::Odbc) {
        db.setHostName(host);
        if (port > 0)
            db.setPort(port);
    }
    if (kind != Kind::Sqlite) {
        db.setUserName(user);
        db.setPassword(password);
    }
    db.setConnectOptions(connectOptions(*this, relay != nullptr));
    if (!db.open()) {
        // When the relay gave up, the driver only saw its connection drop; the relay knows why.
        const QString why
            = relay && !relay->errorString().isEmpty() ? relay->errorString() : db.lastError().text().trimmed();
        *error = ConnectionText::tr("Cannot connect to the board database %1: %2").arg(name, why);
        return false;
    }
    if (kind == Kind::MariaDb && tls != Tls::Off && !isEncrypted(db)) {
        // Qt 6.4 cannot make libmariadb insist on TLS, so under Required a server that offers none
        // gets a plain connection: refuse it here. (A forger in between could still lie, which
        // only Verified rules out.) Through the relay, the server reports its TLS leg.
        *error = ConnectionText::tr("The board database %1 did not encrypt the connection, though TLS is required. "
                                    "Turn on TLS on the server, or set TLS to Off on a trusted network.")
                     .arg(name);
        db.close();
        return false;
    }
    return true;
}

QJsonObject BoardConnection::toJson() const
{
    static const char* const tlsNames[] = {"off", "required", "verified"};
    return {{u"name"_s, name}, {u"kind"_s, QString::fromLatin1(kindName(kind))}, {u"host"_s, host}, {u"port"_s, port},
        {u"database"_s, database}, {u"user"_s, user}, {u"tls"_s, QString::fromLatin1(tlsNames[int(tls)])},
        {u"ca_file"_s, caFile}, {u"read_only"_s, readOnly}, {u"timeout_seconds"_s, timeoutSeconds},
        {u"flag_store"_s, flagStore == FlagStore::BoardTable ? u"board_table"_s : u"local"_s},
        {u"schema"_s, schema.toJson()}};
}

std::optional<BoardConnection> BoardConnection::fromJson(const QJsonObject& json, QString* error)
{
    BoardConnection c;
    c.name = json.value(u"name"_s).toString();
    const std::optional<Kind> kind = kindNamed(json.value(u"kind"_s).toString());
    if (c.name.isEmpty() || !kind) {
        *error = ConnectionText::tr("The connection profile needs a name and a kind (sqlite, mariadb, postgresql "
                                    "or odbc).");
        return std::nullopt;
    }
    c.kind = *kind;
    c.host = json.value(u"host"_s).toString();
    c.port = json.value(u"port"_s).toInt();
    c.database = json.value(u"database"_s).toString();
    c.user = json.value(u"user"_s).toString();
    const QString tls = json.value(u"tls"_s).toString(u"off"_s);
    c.tls = tls == u"verified"_s ? Tls::Verified : tls == u"required"_s ? Tls::Required : Tls::Off;
    c.caFile = json.value(u"ca_file"_s).toString();
    c.readOnly = json.value(u"read_only"_s).toBool();
    const QString flagStore = json.value(u"flag_store"_s).toString(u"local"_s);
    if (flagStore != u"local"_s && flagStore != u"board_table"_s) {
        *error = ConnectionText::tr("flag_store must be \"local\" or \"board_table\", not \"%1\".").arg(flagStore);
        return std::nullopt;
    }
    c.flagStore = flagStore == u"board_table"_s ? FlagStore::BoardTable : FlagStore::Local;
    c.timeoutSeconds = std::clamp(json.value(u"timeout_seconds"_s).toInt(10), 1, 300);
    const QJsonValue schema = json.value(u"schema"_s);
    if (schema.isString()) {
        const std::optional<SchemaProfile> builtIn = SchemaProfile::builtIn(schema.toString());
        if (!builtIn) {
            *error = ConnectionText::tr("There is no built-in schema profile \"%1\".").arg(schema.toString());
            return std::nullopt;
        }
        c.schema = *builtIn;
    } else if (schema.isObject()) {
        std::optional<SchemaProfile> own = SchemaProfile::fromJson(schema.toObject(), error);
        if (!own)
            return std::nullopt;
        c.schema = *own;
    }
    if (c.database.isEmpty()) {
        *error = ConnectionText::tr("The connection profile %1 names no database.").arg(c.name);
        return std::nullopt;
    }
    return c;
}

BoardConnection BoardConnection::demo(const QString& databasePath)
{
    BoardConnection c;
    c.name = u"demo"_s;
    c.kind = Kind::Sqlite;
    c.database = databasePath;
    c.schema = SchemaProfile::demo();
    return c;
}
