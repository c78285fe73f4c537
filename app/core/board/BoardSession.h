#pragma once

#include "board/AuditLog.h"
#include "board/BoardConnection.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

// One board user as read, by Mailroom's field keys; a null string is SQL NULL.
struct BoardUserRow
{
    qint64 id = 0;
    std::array<QString, BoardFieldCount> values; // by BoardField; unread and unmapped fields are null
    QString bounced = QStringLiteral("0"); // "1" when flagged "email bounced"

    const QString& value(BoardField f) const { return values[std::size_t(f)]; }
};

// One write an action wants: this field of this user, from the value Mailroom read to a new one.
// field is "email", "status" or "bounced".
struct BoardChange
{
    qint64 userId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

// What a change's field ("email", "status", "bounced") is called for the owner, translated.
QString boardChangeFieldTitle(const QString& field);

// A change refused because the row no longer holds what Mailroom read (or the address is taken).
struct BoardConflict
{
    qint64 userId = 0;
    QString field;
    QString expected; // what Mailroom read
    QString found; // what the row holds now; null when the user is gone
    QString why; // in words, for the owner
};

struct BoardApplyResult
{
    bool ok = false; // everything applied (or, for a dry run, would apply)
    QList<BoardChange> applied;
    QList<qint64> auditIds;
    QList<BoardConflict> conflicts; // any conflict: nothing was written
    QString error; // a failure of the database or the log: nothing was written
};

// Stops the statement a session's connection is running, from any other thread: the server's own
// cancel over a connection of its own (MariaDB KILL QUERY, PostgreSQL pg_cancel_backend), or
// sqlite3_interrupt for SQLite. The statement then fails and its transaction is rolled back; the
// session's connection stays usable. ODBC offers no portable way: its statements run to the end.
class BoardInterrupter
{
public:
    // Blocks up to the connection's timeout while it reaches the server. False with *error when
    // the server could not be asked, or there is nothing to interrupt.
    bool interrupt(QString* error);

private:
    friend class BoardSession;
    std::mutex m_mutex;
    BoardConnection m_connection;
    QString m_password;
    qint64 m_serverId = 0; // MariaDB's connection id, PostgreSQL's backend pid
    void* m_sqlite = nullptr; // the sqlite3 handle, while the session holds it open
    bool m_open = false;
};

// An open connection to one board, in the thread that made it, with its schema validated:
// reads users page by page (keyset paging: the MySQL driver would buffer a whole result) and
// applies changes in one transaction each, only where rows still hold what was read, recording
// each applied change in the audit log.
class BoardSession
{
public:
    BoardSession(const BoardConnection& connection, AuditLog& audit);
    // For reading only (matching bounces to users): no flags are read, and writes are refused.
    explicit BoardSession(const BoardConnection& connection);
    ~BoardSession();
    BoardSession(const BoardSession&) = delete;
    BoardSession& operator=(const BoardSession&) = delete;

    // Connects and validates the schema profile against the database.
    bool open(const QString& password, QString* error);
    const BoardConnection& connection() const { return m_connection; }

    // While cancel is set, reads and apply() stop: between pages and changes, and a statement
    // that is running is interrupted on the server (see BoardInterrupter). Null for none.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    std::shared_ptr<BoardInterrupter> interrupter() const { return m_interrupter; }

    // Reads every user, pageSize at a time by id (keyset paging), and hands them to page a few
    // dozen at a time (a list reused between calls); stops when page returns false.
    // False with *error when a query fails or cancel (or the session's cancel flag) is set; the
    // read is then incomplete. With fields, only those are read (besides the id): a matcher needs
    // a few of them, and each column read costs.
    bool forEachUser(const std::function<bool(const QList<BoardUserRow>&)>& page, QString* error, int pageSize = 5000,
        const std::atomic_bool* cancel = nullptr, const QList<BoardField>& fields = {});
    QList<BoardUserRow> users(const QList<qint64>& ids, QString* error);
    // How many users the board has, counted by the database.
    std::optional<qint64> countUsers(QString* error);

    // What an action would change, from rows as read. Archiving an archived user changes nothing.
    QList<BoardChange> planStatus(const QList<BoardUserRow>& rows, bool archive, QString* error) const;
    QList<BoardChange> planBounced(const QList<BoardUserRow>& rows, bool flag) const;
    // A new address for one user: a syntax check first (the uniqueness check runs in apply()).
    std::optional<BoardChange> planEmail(const BoardUserRow& row, const QString& address, QString* error) const;
    static bool isPlausibleAddress(const QString& address);

    // Adds Mailroom's table for the "email bounced" flags (BoardConnection::FlagTable) to the
    // board's database, if it is not there; only once the owner agreed. Changes nothing else.
    static bool createFlagTable(const BoardConnection& connection, const QString& password, QString* error);

    // All or nothing, in one transaction; dryRun rolls back at the end and reports what would be.
    BoardApplyResult apply(const QList<BoardChange>& changes, bool dryRun = false, qint64 undoOf = 0);
    // Puts back the old value of one recorded change, under the same check.
    BoardApplyResult undo(qint64 auditId, bool dryRun = false);

private:
    BoardSession(const BoardConnection& connection, AuditLog* audit);
    QString quoted(const QString& identifier) const;
    QString selectList(const QList<BoardField>& fields) const;
    BoardUserRow rowFrom(const class QSqlQuery& query, const QList<BoardField>& fields, bool withFlag) const;
    QString columnOf(const QString& field) const;
    std::optional<QString> currentValue(qint64 userId, const QString& field, QString* error) const;
    bool applyOne(const BoardChange& change, BoardApplyResult* result);
    bool rememberServerSide(const QString& password, QString* error);
    bool rollback(QSqlDatabase& db);

    BoardConnection m_connection;
    AuditLog* m_audit = nullptr;
    QString flagOf(qint64 userId, QString* error) const;
    bool flaggedUsers(QSet<qint64>* flagged, QString* error) const;
    bool usesFlagTable() const;
    QString flagTable() const;
    QString m_connectionName;
    QList<BoardField> m_readFields; // the mapped fields, in select order after the id
    QHash<QString, QSqlQuery> m_prepared; // apply()'s UPDATE statements, by their text
    const std::atomic_bool* m_cancel = nullptr;
    std::shared_ptr<BoardInterrupter> m_interrupter = std::make_shared<BoardInterrupter>();
};
