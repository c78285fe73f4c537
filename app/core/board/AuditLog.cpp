#include "board/AuditLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
};

QString text(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.osUser = q.value(2).toString();
    e.profile = q.value(3).toString();
    e.userId = q.value(4).toLongLong();
    e.field = q.value(5).toString();
    e.oldValue = text(q.value(6)); // NULL stays null
    e.newValue = text(q.value(7));
    e.undoOf = q.value(8).toLongLong();
    e.undoneBy = q.value(9).toLongLong();
    return e;
}

const QString Columns = u"id, time, os_user, profile, user_id, field, old_value, new_value, undo_of, undone_by"_s;

} // namespace

AuditLog::AuditLog()
{
    static std::atomic_int counter {0};
    m_connection = u"mailroom-audit-%1"_s.arg(counter.fetch_add(1));
}

AuditLog::~AuditLog()
{
    m_insert.reset(); // before its connection goes
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString AuditLog::currentOsUser()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", qEnvironmentVariable("USERNAME")));
#ifdef Q_OS_UNIX
    // A service or cron job may run without USER; the account itself has a name.
    if (user.isEmpty()) {
        if (const passwd* account = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return user.isEmpty() ? AuditText::tr("unknown") : user;
}

bool AuditLog::open(const QString& path, QString* error)
{
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error
            = AuditText::tr("The folder of the activity log %1 cannot be created.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = AuditText::tr("The activity log %1 cannot be opened: %2")
                     .arg(QDir::toNativeSeparators(path), db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    for (const QString& sql : {u"PRAGMA journal_mode = WAL"_s,
             u"CREATE TABLE IF NOT EXISTS changes (id INTEGER PRIMARY KEY, time TEXT NOT NULL, os_user TEXT NOT NULL, "
             "profile TEXT NOT NULL, user_id INTEGER NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT, "
             "undo_of INTEGER NOT NULL DEFAULT 0, undone_by INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE IF NOT EXISTS flags (profile TEXT NOT NULL, user_id INTEGER NOT NULL, "
             "PRIMARY KEY (profile, user_id))"_s}) {
        if (!q.exec(sql)) {
            *error = AuditText::tr("The activity log %1 cannot be prepared: %2")
                         .arg(QDir::toNativeSeparators(path), q.lastError().text());
            return false;
        }
    }
    return true;
}

bool AuditLog::begin(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool AuditLog::commit(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

void AuditLog::rollback()
{
    QSqlDatabase::database(m_connection, false).rollback();
}

std::optional<qint64> AuditLog::record(const AuditEntry& e, QString* error)
{
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        if (!m_insert->prepare(u"INSERT INTO changes (time, os_user, profile, user_id, field, old_value, "
                               "new_value, undo_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
            *error = m_insert->lastError().text();
            m_insert.reset();
            return std::nullopt;
        }
    }
    QSqlQuery& q = *m_insert;
    q.addBindValue(e.time.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(e.osUser);
    q.addBindValue(e.profile);
    q.addBindValue(e.userId);
    q.addBindValue(e.field);
    q.addBindValue(e.oldValue);
    q.addBindValue(e.newValue);
    q.addBindValue(e.undoOf);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool AuditLog::markUndone(qint64 id, qint64 by, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"UPDATE changes SET undone_by = ? WHERE id = ?"_s);
    q.addBindValue(by);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<AuditEntry> AuditLog::entry(qint64 id, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT %1 FROM changes WHERE id = ?"_s.arg(Columns));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        *error = AuditText::tr("The activity log has no change %1.").arg(id);
        return std::nullopt;
    }
    return entryFrom(q);
}

QList<AuditEntry> AuditLog::entries(const QString& profile, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM changes WHERE ? = '' OR profile = ? ORDER BY id DESC"_s.arg(Columns));
    q.addBindValue(profile);
    q.addBindValue(profile);
    QList<AuditEntry> out;
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

std::optional<AuditEntry> AuditLog::latestUndoable(const QString& profile, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        u"SELECT %1 FROM changes WHERE profile = ? AND undone_by = 0 AND undo_of = 0 ORDER BY id DESC LIMIT 1"_s.arg(
            Columns));
    q.addBindValue(profile);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        *error = AuditText::tr("There is no change to undo.");
        return std::nullopt;
    }
    return entryFrom(q);
}

QString AuditLog::flag(const QString& profile, qint64 userId, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT 1 FROM flags WHERE profile = ? AND user_id = ?"_s);
    q.addBindValue(profile);
    q.addBindValue(userId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    return q.next() ? u"1"_s : u"0"_s;
}

QSet<qint64> AuditLog::flaggedUsers(const QString& profile, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT user_id FROM flags WHERE profile = ?"_s);
    q.addBindValue(profile);
    QSet<qint64> out;
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

bool AuditLog::setFlag(const QString& profile, qint64 userId, bool flagged, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(flagged ? u"INSERT OR IGNORE INTO flags (profile, user_id) VALUES (?, ?)"_s
                      : u"DELETE FROM flags WHERE profile = ? AND user_id = ?"_s);
    q.addBindValue(profile);
    q.addBindValue(userId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}
