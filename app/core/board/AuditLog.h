#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class QSqlQuery;

// Every change Mailroom applied to a board, kept in a SQLite file of its own (not the board's):
// when, who (the OS user), which profile, user id, field, old and new value, and what undid it.
// It also keeps the "email bounced" flags of boards that have no column for them.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime time; // UTC
    QString osUser;
    QString profile;
    qint64 userId = 0;
    QString field; // "email", "status", "bounced"
    QString oldValue;
    QString newValue;
    qint64 undoOf = 0; // this change undid that entry
    qint64 undoneBy = 0; // a later entry undid this one
};

class AuditLog
{
public:
    AuditLog();
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    // Opens (creating) the log in the calling thread.
    bool open(const QString& path, QString* error);
    QString path() const { return m_path; }

    // Records are written inside a transaction that the caller commits once the board's own
    // transaction committed, so a failed board write leaves no record.
    bool begin(QString* error);
    bool commit(QString* error);
    void rollback();
    std::optional<qint64> record(const AuditEntry& entry, QString* error);
    bool markUndone(qint64 id, qint64 by, QString* error);

    std::optional<AuditEntry> entry(qint64 id, QString* error) const;
    // The newest first; profile empty: every profile.
    QList<AuditEntry> entries(const QString& profile, QString* error) const;
    // The newest entry of the profile that no later entry undid and that is no undo itself.
    std::optional<AuditEntry> latestUndoable(const QString& profile, QString* error) const;

    // "Email bounced" flags of boards without a column: "1" or "0" (never flagged reads "0").
    QString flag(const QString& profile, qint64 userId, QString* error) const;
    bool setFlag(const QString& profile, qint64 userId, bool flagged, QString* error);
    // Every flagged user of the profile at once, for reading many users.
    QSet<qint64> flaggedUsers(const QString& profile, QString* error) const;

    static QString currentOsUser();

private:
    QString m_path;
    QString m_connection;
    std::unique_ptr<QSqlQuery> m_insert; // record()'s statement, prepared once
};
