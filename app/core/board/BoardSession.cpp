#include "board/BoardSession.h"

#include "reputation/Dns.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <condition_variable>
#include <thread>

#ifdef MAILROOM_SQLITE_INTERRUPT
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace {

class SessionText
{
    Q_DECLARE_TR_FUNCTIONS(SessionText)
};

// next() is false at the end of the rows, and also when the statement failed or a cancel
// interrupted it on the server: only the first is a complete read.
bool readToTheEnd(const QSqlQuery& query, const std::atomic_bool* cancel, QString* error)
{
    if (cancel && cancel->load()) {
        *error = SessionText::tr("Reading the board's users was cancelled.");
        return false;
    }
    if (query.lastError().isValid()) {
        *error = SessionText::tr("Reading the board's users failed: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

std::atomic_int connectionCounter {0};

QString text(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

#ifdef MAILROOM_SQLITE_INTERRUPT
// The Qt SQLite driver's connection, or null.
sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.isOpen() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// A value as Qt's SQLite driver hands it over (INTEGER as qint64, REAL as double, NULL as a null
// string, BLOB as bytes), for the id and the flag.
QVariant sqliteValue(sqlite3_value* value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_value_int64(value)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_value_double(value));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_value_blob(value)), sqlite3_value_bytes(value)));
    default:
        return QVariant(
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(value)), sqlite3_value_bytes(value)));
    }
}

// text(sqliteValue()) without the QVariant for the common cases, text and whole numbers.
QString sqliteText(sqlite3_value* value)
{
    const int type = sqlite3_value_type(value);
    if (type == SQLITE_INTEGER)
        return QString::number(sqlite3_value_int64(value));
    if (type != SQLITE_TEXT)
        return text(sqliteValue(value));
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(value)), sqlite3_value_bytes(value));
}

// One page of forEachUser() through the SQLite library, on the Qt driver's own connection (the
// same library: MAILROOM_SQLITE_INTERRUPT; where Qt bundles its own SQLite, as on Windows and
// macOS, pages go through QSqlQuery). QSqlQuery has SQLite turn every value into UTF-16 in its
// own allocator and wraps it in a QVariant: at 1,000,000 users that alone took longer than the
// sqlite3 shell's whole export (tests/bench/RESULTS.md). Here the UTF-8 goes to QString::fromUtf8
// once; the values come out as the driver's would. take() gets each row and returns false to
// stop; *read counts the rows. False with *error when the statement fails.
template<typename Take>
bool readSqlitePage(sqlite3* db, const QString& sql, const QList<BoardField>& fields, bool withFlag, Take take,
    int* read, QString* error)
{
    sqlite3_stmt* prepared = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int status = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &prepared, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(prepared, sqlite3_finalize);
    if (status != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    // sqlite3_column_value() takes the connection's lock once per value, where _type, _text and
    // _bytes take it each. Its value may be read in this thread, the only one that uses the
    // connection (sqlite3_interrupt() from another touches no value).
    const auto column = [&](qsizetype i) { return sqlite3_column_value(statement.get(), int(i)); };
    int step = SQLITE_DONE;
    while ((step = sqlite3_step(statement.get())) == SQLITE_ROW) {
        ++*read;
        BoardUserRow row; // as BoardSession::rowFrom makes it
        row.id = sqliteValue(column(0)).toLongLong();
        for (qsizetype i = 0; i < fields.size(); ++i)
            row.values[std::size_t(fields[i])] = sqliteText(column(i + 1));
        if (withFlag) {
            const QVariant flag = sqliteValue(column(fields.size() + 1));
            row.bounced = flag.toBool() || flag.toString() == u"1"_s ? u"1"_s : u"0"_s;
        }
        if (!take(std::move(row)))
            return true;
    }
    if (step != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}
#endif

QVariant bindable(const QString& value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// Watches a cancel flag while the session's thread waits on the database, and interrupts the
// running statement once the flag is set. A thread of its own, as the session's is blocked.
class CancelWatch
{
public:
    CancelWatch(const std::atomic_bool* cancel, std::shared_ptr<BoardInterrupter> interrupter)
    {
        if (!cancel)
            return;
        m_thread = std::thread([this, cancel, interrupter = std::move(interrupter)] {
            std::unique_lock lock(m_mutex);
            while (!m_done) {
                if (cancel->load()) {
                    lock.unlock();
                    QString why;
                    if (!interrupter->interrupt(&why))
                        qWarning("board: the running statement could not be interrupted: %s", qUtf8Printable(why));
                    return;
                }
                m_wake.wait_for(lock, std::chrono::milliseconds(50));
            }
        });
    }
    ~CancelWatch()
    {
        if (!m_thread.joinable())
            return;
        {
            const std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    CancelWatch(const CancelWatch&) = delete;
    CancelWatch& operator=(const CancelWatch&) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::thread m_thread;
};

QString cancelledText()
{
    return SessionText::tr("Cancelled: nothing was changed.");
}

} // namespace

bool BoardInterrupter::interrupt(QString* error)
{
    std::unique_lock lock(m_mutex);
    if (!m_open) {
        *error = SessionText::tr("The board database is not open.");
        return false;
    }
    const BoardConnection connection = m_connection;
    const QString password = m_password;
    const qint64 serverId = m_serverId;
    switch (connection.kind) {
    case BoardConnection::Kind::Sqlite:
#ifdef MAILROOM_SQLITE_INTERRUPT
        // Safe from any thread while the connection is open, which the lock guarantees.
        sqlite3_interrupt(static_cast<sqlite3*>(m_sqlite));
        return true;
#else
        *error = SessionText::tr("This build of Mailroom cannot interrupt an SQLite statement; it stops when it ends.");
        return false;
#endif
    case BoardConnection::Kind::Odbc:
        *error = SessionText::tr("An ODBC statement cannot be interrupted; it stops when it ends.");
        return false;
    case BoardConnection::Kind::MariaDb:
    case BoardConnection::Kind::PostgreSql:
        break;
    }
    lock.unlock(); // the server's cancel needs a connection of its own: do not hold the session up
    static std::atomic_int counter {0};
    const QString name = u"mailroom-interrupt-%1"_s.arg(counter.fetch_add(1));
    bool ok = false;
    if (connection.open(name, password, error)) {
        QSqlQuery query(QSqlDatabase::database(name, false));
        ok = query.exec(connection.kind == BoardConnection::Kind::MariaDb
                ? u"KILL QUERY %1"_s.arg(serverId)
                : u"SELECT pg_cancel_backend(%1)"_s.arg(serverId));
        if (!ok)
            *error = query.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString boardChangeFieldTitle(const QString& field)
{
    if (field == u"email"_s)
        return SessionText::tr("e-mail address");
    if (field == u"status"_s)
        return SessionText::tr("status");
    if (field == u"bounced"_s)
        return SessionText::tr("marked as bounced", "the 'email bounced' flag of a user");
    return field;
}

BoardSession::BoardSession(const BoardConnection& connection)
    : BoardSession(connection, static_cast<AuditLog*>(nullptr))
{ }

BoardSession::BoardSession(const BoardConnection& connection, AuditLog& audit) : BoardSession(connection, &audit)
{ }

BoardSession::BoardSession(const BoardConnection& connection, AuditLog* audit)
    : m_connection(connection)
    , m_audit(audit)
    , m_connectionName(u"mailroom-board-%1"_s.arg(connectionCounter.fetch_add(1)))
{
    for (int i = 0; i < BoardFieldCount; ++i) {
        const auto field = BoardField(i);
        if (field != BoardField::Id && !m_connection.schema.field(field).isEmpty())
            m_readFields.append(field);
    }
}

BoardSession::~BoardSession()
{
    {
        const std::lock_guard lock(m_interrupter->m_mutex);
        m_interrupter->m_open = false; // the handle goes with the connection
        m_interrupter->m_sqlite = nullptr;
    }
    m_prepared.clear(); // statements go before their connection
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool BoardSession::open(const QString& password, QString* error)
{
    if (!m_connection.open(m_connectionName, password, error))
        return false;
    QString why;
    if (!m_connection.schema.validate(QSqlDatabase::database(m_connectionName, false), &why)) {
        *error = SessionText::tr("The schema profile %1 does not fit the board database: %2")
                     .arg(m_connection.schema.name, why);
        return false;
    }
    if (usesFlagTable()) {
        QSqlQuery probe(QSqlDatabase::database(m_connectionName, false));
        if (!probe.exec(u"SELECT user_id, flagged_at FROM %1 WHERE 1 = 0"_s.arg(flagTable()))) {
            *error
                = SessionText::tr("The board database has no table %1 for the \"email bounced\" flags yet. Saving the "
                                  "connection in the Board Database dialog creates it, as does mailroom-cli board "
                                  "create-flag-table.")
                      .arg(QString(BoardConnection::FlagTable));
            return false;
        }
    }
    return rememberServerSide(password, error);
}

bool BoardSession::rememberServerSide(const QString& password, QString* error)
{
    // What the interrupter needs to find this connection's statements from another thread.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    qint64 serverId = 0;
    void* sqlite = nullptr;
    if (m_connection.kind == BoardConnection::Kind::MariaDb || m_connection.kind == BoardConnection::Kind::PostgreSql) {
        QSqlQuery query(db);
        if (!query.exec(m_connection.kind == BoardConnection::Kind::MariaDb ? u"SELECT CONNECTION_ID()"_s
                                                                            : u"SELECT pg_backend_pid()"_s)
            || !query.next()) {
            *error
                = SessionText::tr("The board database does not name its connection: %1").arg(query.lastError().text());
            return false;
        }
        serverId = query.value(0).toLongLong();
    } else if (m_connection.kind == BoardConnection::Kind::Sqlite) {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            sqlite = *static_cast<void* const*>(handle.constData());
    }
    const std::lock_guard lock(m_interrupter->m_mutex);
    m_interrupter->m_connection = m_connection;
    m_interrupter->m_password = password;
    m_interrupter->m_serverId = serverId;
    m_interrupter->m_sqlite = sqlite;
    m_interrupter->m_open = true;
    return true;
}

bool BoardSession::rollback(QSqlDatabase& db)
{
    // A server's cancel that arrived late may strike the ROLLBACK itself: try once more, and if
    // the transaction still stands, drop the connection, which ends it on the server unwritten.
    if (db.rollback() || db.rollback())
        return true;
#ifdef MAILROOM_SQLITE_INTERRUPT
    // An interrupted SQLite statement has rolled its transaction back already.
    if (m_interrupter->m_sqlite && sqlite3_get_autocommit(static_cast<sqlite3*>(m_interrupter->m_sqlite)))
        return true;
#endif
    qWarning("board: rollback failed (%s); reconnecting", qUtf8Printable(db.lastError().text()));
    db.close();
    QString error;
    return db.open() && rememberServerSide(m_interrupter->m_password, &error);
}

bool BoardSession::usesFlagTable() const
{
    return m_connection.schema.bouncedColumn.isEmpty()
        && m_connection.flagStore == BoardConnection::FlagStore::BoardTable;
}

QString BoardSession::flagTable() const
{
    return QSqlDatabase::database(m_connectionName, false)
        .driver()
        ->escapeIdentifier(QString(BoardConnection::FlagTable), QSqlDriver::TableName);
}

QString BoardSession::flagOf(qint64 userId, QString* error) const
{
    if (!usesFlagTable())
        return m_audit ? m_audit->flag(m_connection.name, userId, error) : QStringLiteral("0");
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT COUNT(*) FROM %1 WHERE user_id = ?"_s.arg(flagTable()));
    query.addBindValue(userId);
    if (!query.exec() || !query.next()) {
        *error = SessionText::tr("Reading the \"email bounced\" flags failed: %1").arg(query.lastError().text());
        return {};
    }
    return query.value(0).toLongLong() > 0 ? u"1"_s : u"0"_s;
}

bool BoardSession::flaggedUsers(QSet<qint64>* flagged, QString* error) const
{
    // Flags kept beside the board: read once, not once per user.
    if (!usesFlagTable()) {
        if (!m_audit)
            return true;
        QString why;
        *flagged = m_audit->flaggedUsers(m_connection.name, &why);
        if (!why.isEmpty())
            *error = why;
        return why.isEmpty();
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT user_id FROM %1"_s.arg(flagTable()))) {
        *error = SessionText::tr("Reading the \"email bounced\" flags failed: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next())
        flagged->insert(query.value(0).toLongLong());
    return readToTheEnd(query, m_cancel, error);
}

bool BoardSession::createFlagTable(const BoardConnection& connection, const QString& password, QString* error)
{
    if (connection.readOnly) {
        *error = SessionText::tr("The connection %1 is read-only: Mailroom adds no table to it.").arg(connection.name);
        return false;
    }
    static std::atomic_int counter {0};
    const QString name = u"mailroom-flag-table-%1"_s.arg(counter.fetch_add(1));
    bool ok = false;
    if (connection.open(name, password, error)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery query(db);
        // Portable types: the id as the board keeps it, the time as ISO 8601 text in UTC.
        ok = query.exec(u"CREATE TABLE IF NOT EXISTS %1 (user_id BIGINT NOT NULL PRIMARY KEY, "
                        "flagged_at VARCHAR(32) NOT NULL)"_s.arg(
                            db.driver()->escapeIdentifier(QString(BoardConnection::FlagTable), QSqlDriver::TableName)));
        if (!ok) {
            *error = SessionText::tr("The board database refused the table %1: %2")
                         .arg(QString(BoardConnection::FlagTable), query.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString BoardSession::quoted(const QString& identifier) const
{
    return QSqlDatabase::database(m_connectionName, false)
        .driver()
        ->escapeIdentifier(identifier, QSqlDriver::FieldName);
}

QString BoardSession::selectList(const QList<BoardField>& fields) const
{
    // Names passed SchemaProfile::validate(); columns are quoted, expressions go as written.
    QStringList parts {quoted(m_connection.schema.field(BoardField::Id))};
    for (const BoardField field : fields) {
        const QString mapped = m_connection.schema.field(field);
        parts.append(SchemaProfile::isIdentifier(mapped) ? quoted(mapped) : mapped);
    }
    if (!m_connection.schema.bouncedColumn.isEmpty())
        parts.append(quoted(m_connection.schema.bouncedColumn));
    return parts.join(u", "_s);
}

BoardUserRow BoardSession::rowFrom(const QSqlQuery& query, const QList<BoardField>& fields, bool withFlag) const
{
    BoardUserRow row;
    row.id = query.value(0).toLongLong();
    for (qsizetype i = 0; i < fields.size(); ++i)
        row.values[std::size_t(fields[i])] = text(query.value(int(i) + 1));
    if (withFlag) {
        const QVariant flag = query.value(int(fields.size()) + 1);
        row.bounced = flag.toBool() || flag.toString() == u"1"_s ? u"1"_s : u"0"_s;
    }
    return row;
}

bool BoardSession::forEachUser(const std::function<bool(const QList<BoardUserRow>&)>& page, QString* error,
    int pageSize, const std::atomic_bool* cancel, const QList<BoardField>& wanted)
{
    QList<BoardField> fields;
    for (const BoardField field : m_readFields) {
        if (wanted.isEmpty() || wanted.contains(field))
            fields.append(field);
    }
    const bool withFlag = !m_connection.schema.bouncedColumn.isEmpty();
    // Flags kept by Mailroom: read once, not once per user.
    QSet<qint64> flagged;
    if (!withFlag && !flaggedUsers(&flagged, error))
        return false;
    if (!cancel)
        cancel = m_cancel;
    const CancelWatch watch(cancel, m_interrupter);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString id = quoted(m_connection.schema.field(BoardField::Id));
    // The page's lower bound is a number Mailroom formats itself, so the statement goes as text:
    // MySQL's text protocol hands rows over a little faster than a prepared statement's binary
    // one (0.51 s against 0.47 s for 100,000 users; tests/bench/RESULTS.md).
    const QString sql = u"SELECT %1 FROM %2 WHERE %3 > %5 ORDER BY %3 LIMIT %4"_s.arg(selectList(fields),
        db.driver()->escapeIdentifier(m_connection.schema.usersTable, QSqlDriver::TableName), id,
        QString::number(pageSize));
    qint64 last = std::numeric_limits<qint64>::min();
    // The caller gets a page's rows 64 at a time, in one reused list: a whole page of rows alive
    // at once costs more in the allocator than reading it (tests/bench/RESULTS.md).
    constexpr qsizetype HandOver = 64;
    QList<BoardUserRow> rows;
    rows.reserve(HandOver);
    bool more = true; // until page() says it wants no more
    const auto take = [&](BoardUserRow&& row) {
        if (!withFlag)
            row.bounced = flagged.contains(row.id) ? u"1"_s : u"0"_s;
        last = row.id;
        rows.append(std::move(row));
        if (rows.size() == HandOver) {
            more = page(rows);
            rows.clear();
        }
        return more;
    };
    const auto failed = [&](const QString& why) {
        *error = cancel && cancel->load() ? SessionText::tr("Reading the board's users was cancelled.")
                                          : SessionText::tr("Reading the board's users failed: %1").arg(why);
        return false;
    };
#ifdef MAILROOM_SQLITE_INTERRUPT
    sqlite3* const sqlite = m_connection.kind == BoardConnection::Kind::Sqlite ? sqliteHandle(db) : nullptr;
#endif
    // One page, its rows counted in *read; false with *error when it could not be read whole.
    const auto readPage = [&](const QString& pageSql, int* read) {
#ifdef MAILROOM_SQLITE_INTERRUPT
        if (sqlite) {
            QString why;
            return readSqlitePage(sqlite, pageSql, fields, withFlag, take, read, &why) || failed(why);
        }
#endif
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(pageSql))
            return failed(query.lastError().text());
        while (more && query.next()) {
            ++*read;
            take(rowFrom(query, fields, withFlag));
        }
        return !more || readToTheEnd(query, cancel, error);
    };
    for (;;) {
        if (cancel && cancel->load()) {
            *error = SessionText::tr("Reading the board's users was cancelled.");
            return false;
        }
        int read = 0;
        if (!readPage(QString(sql).replace(u"%5"_s, QString::number(last)), &read))
            return false;
        if (!more)
            return true;
        if (!rows.isEmpty() && !page(rows))
            return true;
        rows.clear();
        if (read < pageSize)
            return true;
    }
}

std::optional<qint64> BoardSession::countUsers(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    const CancelWatch watch(m_cancel, m_interrupter);
    if (!query.exec(u"SELECT COUNT(*) FROM %1"_s.arg(
            db.driver()->escapeIdentifier(m_connection.schema.usersTable, QSqlDriver::TableName)))
        || !query.next()) {
        *error = m_cancel && m_cancel->load()
            ? SessionText::tr("Reading the board's users was cancelled.")
            : SessionText::tr("Reading the board's users failed: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

QList<BoardUserRow> BoardSession::users(const QList<qint64>& ids, QString* error)
{
    QSet<qint64> wanted(ids.begin(), ids.end());
    QList<BoardUserRow> out;
    QSet<qint64> flagged;
    if (m_connection.schema.bouncedColumn.isEmpty() && !flaggedUsers(&flagged, error))
        return {};
    // Small selections by id; a board has far fewer users than this reads in one page.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString table = db.driver()->escapeIdentifier(m_connection.schema.usersTable, QSqlDriver::TableName);
    const QString id = quoted(m_connection.schema.field(BoardField::Id));
    const CancelWatch watch(m_cancel, m_interrupter);
    for (qsizetype at = 0; at < ids.size(); at += 500) {
        const QList<qint64> chunk = ids.mid(at, 500);
        QStringList marks;
        marks.fill(u"?"_s, chunk.size());
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(u"SELECT %1 FROM %2 WHERE %3 IN (%4) ORDER BY %3"_s.arg(
            selectList(m_readFields), table, id, marks.join(u',')));
        for (const qint64 value : chunk)
            query.addBindValue(value);
        if (!query.exec()) {
            *error = m_cancel && m_cancel->load()
                ? SessionText::tr("Reading the board's users was cancelled.")
                : SessionText::tr("Reading the board's users failed: %1").arg(query.lastError().text());
            return {};
        }
        while (query.next()) {
            BoardUserRow row = rowFrom(query, m_readFields, !m_connection.schema.bouncedColumn.isEmpty());
            if (m_connection.schema.bouncedColumn.isEmpty())
                row.bounced = flagged.contains(row.id) ? u"1"_s : u"0"_s;
            wanted.remove(row.id);
            out.append(row);
        }
        if (!readToTheEnd(query, m_cancel, error))
            return {};
    }
    if (!wanted.isEmpty()) {
        QStringList missing;
        for (const qint64 value : std::as_const(wanted))
            missing.append(QString::number(value));
        missing.sort();
        *error = SessionText::tr("The board has no user with the id %1.").arg(missing.join(u", "_s));
    }
    return out;
}

QList<BoardChange> BoardSession::planStatus(const QList<BoardUserRow>& rows, bool archive, QString* error) const
{
    const SchemaProfile& schema = m_connection.schema;
    if (!schema.isColumn(BoardField::Status)) {
        *error = SessionText::tr("The schema profile %1 maps no status column, so users cannot be archived.")
                     .arg(schema.name);
        return {};
    }
    const QString target = archive ? schema.archivedValue : schema.activeValue;
    QList<BoardChange> changes;
    for (const BoardUserRow& row : rows) {
        if (row.value(BoardField::Status) != target)
            changes.append({row.id, u"status"_s, row.value(BoardField::Status), target});
    }
    return changes;
}

QList<BoardChange> BoardSession::planBounced(const QList<BoardUserRow>& rows, bool flag) const
{
    const QString target = flag ? u"1"_s : u"0"_s;
    QList<BoardChange> changes;
    for (const BoardUserRow& row : rows) {
        if (row.bounced != target)
            changes.append({row.id, u"bounced"_s, row.bounced, target});
    }
    return changes;
}

bool BoardSession::isPlausibleAddress(const QString& address)
{
    // RFC 5321 dot-atom local part (no quoted forms: boards do not store them) and a domain name.
    static const QRegularExpression local(
        uR"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$)"_s);
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at > 64 || address.size() > 254)
        return false;
    return local.match(QStringView(address).first(at)).hasMatch()
        && !Dns::domainFromText(address.mid(at + 1)).isEmpty();
}

std::optional<BoardChange> BoardSession::planEmail(const BoardUserRow& row, const QString& given, QString* error) const
{
    const QString address = given.trimmed();
    if (!isPlausibleAddress(address)) {
        *error
            = SessionText::tr("\"%1\" is not an e-mail address Mailroom can write (name@domain.example).").arg(given);
        return std::nullopt;
    }
    if (address == row.value(BoardField::Email)) {
        *error = SessionText::tr("User %1 already has the address %2.").arg(row.id).arg(address);
        return std::nullopt;
    }
    return BoardChange {row.id, u"email"_s, row.value(BoardField::Email), address};
}

QString BoardSession::columnOf(const QString& field) const
{
    const SchemaProfile& schema = m_connection.schema;
    if (field == u"email"_s)
        return schema.field(BoardField::Email);
    if (field == u"status"_s)
        return schema.isColumn(BoardField::Status) ? schema.field(BoardField::Status) : QString();
    if (field == u"bounced"_s)
        return schema.bouncedColumn;
    return {};
}

std::optional<QString> BoardSession::currentValue(qint64 userId, const QString& field, QString* error) const
{
    if (field == u"bounced"_s && m_connection.schema.bouncedColumn.isEmpty())
        return flagOf(userId, error);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(quoted(columnOf(field)),
        db.driver()->escapeIdentifier(m_connection.schema.usersTable, QSqlDriver::TableName),
        quoted(m_connection.schema.field(BoardField::Id))));
    query.addBindValue(userId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return QString(); // the user is gone
    const QVariant value = query.value(0);
    if (field == u"bounced"_s)
        return value.toBool() || value.toString() == u"1"_s ? u"1"_s : u"0"_s;
    return text(value);
}

bool BoardSession::applyOne(const BoardChange& change, BoardApplyResult* result)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString table = db.driver()->escapeIdentifier(m_connection.schema.usersTable, QSqlDriver::TableName);
    const QString id = quoted(m_connection.schema.field(BoardField::Id));
    const auto conflict = [&](const QString& found, const QString& why) {
        result->conflicts.append({change.userId, change.field, change.oldValue, found, why});
        return true; // go on checking the others, so the owner sees every conflict at once
    };

    if (change.field == u"bounced"_s && m_connection.schema.bouncedColumn.isEmpty()) {
        const QString now = flagOf(change.userId, &result->error);
        if (now.isEmpty())
            return false;
        if (now != change.oldValue)
            return conflict(now, SessionText::tr("The flag changed since Mailroom read it."));
        if (!usesFlagTable())
            return m_audit->setFlag(m_connection.name, change.userId, change.newValue == u"1"_s, &result->error);
        // In the board's transaction: a flag set by another Mailroom meanwhile makes the INSERT
        // fail on the key, and an unflag must find its row; either way nothing is written.
        QSqlQuery write(db);
        if (change.newValue == u"1"_s) {
            write.prepare(u"INSERT INTO %1 (user_id, flagged_at) VALUES (?, ?)"_s.arg(flagTable()));
            write.addBindValue(change.userId);
            write.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        } else {
            write.prepare(u"DELETE FROM %1 WHERE user_id = ?"_s.arg(flagTable()));
            write.addBindValue(change.userId);
        }
        if (!write.exec()) {
            result->error = SessionText::tr("Writing the \"email bounced\" flag of user %1 failed: %2")
                                .arg(change.userId)
                                .arg(write.lastError().text());
            return false;
        }
        if (write.numRowsAffected() != 1)
            return conflict(u"0"_s, SessionText::tr("The flag changed since Mailroom read it."));
        return true;
    }

    const QString column = columnOf(change.field);
    if (column.isEmpty()) {
        result->error = SessionText::tr("The schema profile maps no column for %1.").arg(change.field);
        return false;
    }
    if (change.field == u"email"_s) {
        // Case-insensitive, as mail systems and most boards' collations compare addresses.
        QSqlQuery taken(db);
        taken.prepare(u"SELECT %1 FROM %2 WHERE LOWER(%3) = LOWER(?) AND %1 <> ?"_s.arg(id, table, quoted(column)));
        taken.addBindValue(change.newValue);
        taken.addBindValue(change.userId);
        if (!taken.exec()) {
            result->error = taken.lastError().text();
            return false;
        }
        if (taken.next()) {
            return conflict(change.oldValue,
                SessionText::tr("User %1 already has the address %2.")
                    .arg(taken.value(0).toLongLong())
                    .arg(change.newValue));
        }
    }
    // One prepared statement per column and guard for the whole action: each change then costs
    // one round trip instead of two (a bulk archive waits on the server for each).
    const QString guard
        = change.oldValue.isNull() ? u"%1 IS NULL"_s.arg(quoted(column)) : u"%1 = ?"_s.arg(quoted(column));
    const QString sql = u"UPDATE %1 SET %2 = ? WHERE %3 = ? AND %4"_s.arg(table, quoted(column), id, guard);
    auto prepared = m_prepared.find(sql);
    if (prepared == m_prepared.end()) {
        prepared = m_prepared.emplace(sql, db);
        if (!prepared->prepare(sql)) {
            result->error = prepared->lastError().text();
            m_prepared.erase(prepared);
            return false;
        }
    }
    QSqlQuery& update = *prepared;
    update.addBindValue(change.field == u"bounced"_s ? QVariant(change.newValue.toInt()) : bindable(change.newValue));
    update.addBindValue(change.userId);
    if (!change.oldValue.isNull())
        update.addBindValue(
            change.field == u"bounced"_s ? QVariant(change.oldValue.toInt()) : QVariant(change.oldValue));
    if (!update.exec()) {
        result->error = SessionText::tr("Writing %1 of user %2 failed: %3")
                            .arg(change.field)
                            .arg(change.userId)
                            .arg(update.lastError().text());
        return false;
    }
    if (update.numRowsAffected() != 1) {
        const std::optional<QString> now = currentValue(change.userId, change.field, &result->error);
        if (!now)
            return false;
        return conflict(*now,
            now->isNull() ? SessionText::tr("The user is no longer in the board.")
                          : SessionText::tr("The value changed since Mailroom read it."));
    }
    return true;
}

BoardApplyResult BoardSession::apply(const QList<BoardChange>& changes, bool dryRun, qint64 undoOf)
{
    BoardApplyResult result;
    if (!m_audit) {
        result.error = SessionText::tr("This connection only reads: it keeps no activity log.");
        return result;
    }
    if (m_connection.readOnly && !dryRun) {
        result.error = SessionText::tr("The connection %1 is read-only: nothing was changed.").arg(m_connection.name);
        return result;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        result.error = SessionText::tr("The board database cannot start a transaction: %1").arg(db.lastError().text());
        return result;
    }
    if (!m_audit->begin(&result.error)) {
        db.rollback();
        return result;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString osUser = AuditLog::currentOsUser();
    bool failed = false;
    m_prepared.clear();
    // Only the changes may be interrupted, never the COMMIT: the watch ends with the loop, and a
    // cancel it may have acted on is honoured by rolling back.
    std::optional<CancelWatch> watch;
    watch.emplace(m_cancel, m_interrupter);
    const auto cancelled = [this] { return m_cancel && m_cancel->load(); };
    for (const BoardChange& change : changes) {
        const qsizetype conflictsBefore = result.conflicts.size();
        if (cancelled() || !applyOne(change, &result)) {
            failed = true;
            break;
        }
        if (result.conflicts.size() > conflictsBefore)
            continue;
        const std::optional<qint64> id = m_audit->record({0, now, osUser, m_connection.name, change.userId,
                                                             change.field, change.oldValue, change.newValue, undoOf, 0},
            &result.error);
        if (!id) {
            failed = true;
            break;
        }
        result.applied.append(change);
        result.auditIds.append(*id);
    }
    watch.reset();
    failed = failed || cancelled();
    if (failed && cancelled()) {
        result.error = cancelledText(); // what the database said of its interrupted statement is no news
        result.conflicts.clear();
    }
    if (failed || !result.conflicts.isEmpty() || dryRun) {
        if (!rollback(db) && result.error.isEmpty())
            result.error = SessionText::tr("The board database did not roll back: %1").arg(db.lastError().text());
        m_prepared.clear(); // after the rollback: PostgreSQL frees no statement in a failed transaction
        m_audit->rollback();
        result.ok = !failed && result.conflicts.isEmpty();
        if (!result.ok) {
            result.applied.clear();
            result.auditIds.clear();
        }
        return result;
    }
    m_prepared.clear();
    if (!db.commit()) {
        result.error = SessionText::tr("The board database refused the changes: %1").arg(db.lastError().text());
        rollback(db);
        m_audit->rollback();
        result.applied.clear();
        result.auditIds.clear();
        return result;
    }
    QString logError;
    if (!m_audit->commit(&logError)) {
        result.error
            = SessionText::tr("The changes were made but could not be recorded in the activity log: %1").arg(logError);
    }
    result.ok = result.error.isEmpty();
    return result;
}

BoardApplyResult BoardSession::undo(qint64 auditId, bool dryRun)
{
    BoardApplyResult result;
    if (!m_audit) {
        result.error = SessionText::tr("This connection only reads: it keeps no activity log.");
        return result;
    }
    const std::optional<AuditEntry> entry = m_audit->entry(auditId, &result.error);
    if (!entry)
        return result;
    if (entry->profile != m_connection.name) {
        result.error = SessionText::tr("Change %1 was made on %2, not on %3.")
                           .arg(auditId)
                           .arg(entry->profile, m_connection.name);
        return result;
    }
    if (entry->undoneBy != 0) {
        result.error = SessionText::tr("Change %1 was already undone by change %2.").arg(auditId).arg(entry->undoneBy);
        return result;
    }
    result = apply({{entry->userId, entry->field, entry->newValue, entry->oldValue}}, dryRun, auditId);
    if (result.ok && !dryRun && !result.auditIds.isEmpty())
        m_audit->markUndone(auditId, result.auditIds.front(), &result.error);
    result.ok = result.ok && result.error.isEmpty();
    return result;
}
