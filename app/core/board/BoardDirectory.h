#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <atomic>

#include <vector>

struct BoardConnection;
struct RecipientRecord;

struct BoardUser
{
    qint64 id = 0;
    QByteArray type; // "seeker" or "employer"
    QString name; // display name, or company for employers
    bool archived = false;
};

// The board's users by e-mail address, for matching bounced recipients. Loaded once per scan
// (on the scan's thread); the lookup is case-insensitive on the whole address.
class BoardDirectory
{
public:
    // Reads users and the board's own sender addresses from a SQLite file with the demo schema.
    bool loadSqlite(const QString& path);
    // Reads users from any board through its connection profile and schema profile, page by page.
    // Stops between pages when cancel is set, and returns false then, keeping what it had.
    bool load(const BoardConnection& connection, const QString& password, const std::atomic_bool* cancel = nullptr);
    QString errorString() const { return m_errorString; }

    void addUser(const QByteArray& email, const BoardUser& user);
    void addBoardSender(const QByteArray& address);

    const BoardUser* find(QByteArrayView email) const;
    bool isBoardSender(QByteArrayView address) const;
    qsizetype size() const { return m_users.size(); }
    QString boardName() const { return m_boardName; }

    // Fills userId, userType, userName and senderKind of every record.
    void match(std::vector<RecipientRecord>& records) const;

private:
    QHash<QByteArray, BoardUser> m_users; // key: lower-cased address
    QSet<QByteArray> m_boardSenders;
    QString m_boardName;
    QString m_errorString;
};
