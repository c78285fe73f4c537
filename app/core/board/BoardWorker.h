#pragma once

#include "board/BoardSession.h"

#include <QObject>
#include <QThread>

#include <memory>

// The board database for the GUI: a thread of its own holding the connection and the activity
// log (Qt SQL connections belong to the thread that made them), so the window never waits on a
// query. Calls return at once; each ends with exactly one signal. Calls are done in order.
class BoardWorker : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Archive,
        Unarchive,
        Flag,
        Unflag,
        SetEmail, // one user; the address is the argument
    };
    Q_ENUM(Action)

    explicit BoardWorker(QObject* parent = nullptr);
    ~BoardWorker() override;

    // Connects (closing any earlier connection) and opens the activity log at auditPath.
    void open(const BoardConnection& connection, const QString& password, const QString& auditPath);
    // Reads the users, plans the action from what it read, and applies it (or only checks it).
    void act(Action action, const QList<qint64>& userIds, const QString& argument, bool dryRun);
    // Applies changes planned before (by a dry run the owner confirmed), under the same check.
    void apply(Action action, const QList<BoardChange>& changes);
    void undo(qint64 auditId);
    // Stops the reads and changes asked for so far: a running statement is interrupted on the
    // server, and a change that was not committed is rolled back whole ("Cancelled" in its result).
    void cancel();
    bool isBusy() const { return m_pending > 0; } // changes or undos asked for and not yet answered
    void readAudit();
    // Connects with this profile on the side (the open board stays), validates its schema profile
    // and counts the users; or, for propose(), reads the schema and proposes a mapping.
    // With createFlagTable (the owner agreed), Mailroom's flag table is added first where the
    // profile keeps its flags in the board's database.
    void test(const BoardConnection& connection, const QString& password, bool createFlagTable = false);
    void propose(const BoardConnection& connection, const QString& password);
    bool isOpen() const { return m_open; }

Q_SIGNALS:
    void opened(bool ok, const QString& error);
    void acted(BoardWorker::Action action, const BoardApplyResult& result, bool dryRun);
    void undone(qint64 auditId, const BoardApplyResult& result);
    void auditRead(const QList<AuditEntry>& entries, const QString& error);
    void tested(bool ok, const QString& message);
    void proposed(const SchemaProfile& profile, const QStringList& columns, const QString& error);
    void busyChanged(bool busy);

private:
    class Job;
    QThread m_thread;
    Job* m_job = nullptr; // lives in m_thread
    bool m_open = false;
    int m_pending = 0;
    void started();
    void finished();
};

Q_DECLARE_METATYPE(BoardApplyResult)
Q_DECLARE_METATYPE(AuditEntry)
Q_DECLARE_METATYPE(SchemaProfile)
