#include "board/BoardWorker.h"

#include <QCoreApplication>

// What runs in the worker thread: the session and the log, made and used there only.
class BoardWorker::Job : public QObject
{
public:
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<BoardSession> session;
    std::atomic_bool cancel {false}; // set from the window's thread

    void close()
    {
        session.reset();
        audit.reset();
    }
};

BoardWorker::BoardWorker(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<BoardApplyResult>();
    qRegisterMetaType<QList<AuditEntry>>();
    qRegisterMetaType<SchemaProfile>();
    m_thread.setObjectName(QStringLiteral("board database"));
    m_job = new Job;
    m_job->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_job, [job = m_job] {
        job->close(); // in the worker thread, where the connections were made
    });
    m_thread.start();
}

BoardWorker::~BoardWorker()
{
    m_thread.quit();
    m_thread.wait();
    delete m_job;
}

void BoardWorker::open(const BoardConnection& connection, const QString& password, const QString& auditPath)
{
    m_open = false;
    QMetaObject::invokeMethod(m_job, [this, connection, password, auditPath] {
        Job& job = *m_job;
        job.close();
        QString error;
        job.audit = std::make_unique<AuditLog>();
        bool ok = job.audit->open(auditPath, &error);
        if (ok) {
            job.session = std::make_unique<BoardSession>(connection, *job.audit);
            job.session->setCancelFlag(&job.cancel);
            ok = job.session->open(password, &error);
        }
        if (!ok)
            job.close();
        QMetaObject::invokeMethod(this, [this, ok, error] {
            m_open = ok;
            Q_EMIT opened(ok, error);
        });
    });
}

void BoardWorker::started()
{
    // A cancel stops everything asked before it; what is asked while that still runs is stopped
    // too (the owner asked to stop), what is asked after it is not.
    if (m_pending++ == 0) {
        m_job->cancel = false;
        Q_EMIT busyChanged(true);
    }
}

void BoardWorker::finished()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void BoardWorker::cancel()
{
    if (m_pending > 0)
        m_job->cancel = true;
}

void BoardWorker::act(Action action, const QList<qint64>& userIds, const QString& argument, bool dryRun)
{
    started();
    QMetaObject::invokeMethod(m_job, [this, action, userIds, argument, dryRun] {
        BoardApplyResult result;
        BoardSession* session = m_job->session.get();
        if (!session) {
            result.error = QCoreApplication::translate("BoardWorker", "No board database is open.");
        } else {
            const QList<BoardUserRow> rows = session->users(userIds, &result.error);
            QList<BoardChange> changes;
            if (result.error.isEmpty()) {
                switch (action) {
                case Action::Archive:
                case Action::Unarchive:
                    changes = session->planStatus(rows, action == Action::Archive, &result.error);
                    break;
                case Action::Flag:
                case Action::Unflag:
                    changes = session->planBounced(rows, action == Action::Flag);
                    break;
                case Action::SetEmail:
                    if (const std::optional<BoardChange> change
                        = session->planEmail(rows.value(0), argument, &result.error))
                        changes = {*change};
                    break;
                }
            }
            if (result.error.isEmpty())
                result = session->apply(changes, dryRun);
        }
        QMetaObject::invokeMethod(this, [this, action, result, dryRun] {
            finished();
            Q_EMIT acted(action, result, dryRun);
        });
    });
}

void BoardWorker::apply(Action action, const QList<BoardChange>& changes)
{
    started();
    QMetaObject::invokeMethod(m_job, [this, action, changes] {
        BoardApplyResult result;
        if (BoardSession* session = m_job->session.get())
            result = session->apply(changes);
        else
            result.error = QCoreApplication::translate("BoardWorker", "No board database is open.");
        QMetaObject::invokeMethod(this, [this, action, result] {
            finished();
            Q_EMIT acted(action, result, false);
        });
    });
}

void BoardWorker::undo(qint64 auditId)
{
    started();
    QMetaObject::invokeMethod(m_job, [this, auditId] {
        BoardApplyResult result;
        if (BoardSession* session = m_job->session.get())
            result = session->undo(auditId);
        else
            result.error = QCoreApplication::translate("BoardWorker", "No board database is open.");
        QMetaObject::invokeMethod(this, [this, auditId, result] {
            finished();
            Q_EMIT undone(auditId, result);
        });
    });
}

void BoardWorker::test(const BoardConnection& connection, const QString& password, bool createFlagTable)
{
    QMetaObject::invokeMethod(m_job, [this, connection, password, createFlagTable] {
        QString message;
        bool ok = false;
        if (createFlagTable && connection.flagStore == BoardConnection::FlagStore::BoardTable
            && connection.schema.bouncedColumn.isEmpty()
            && !BoardSession::createFlagTable(connection, password, &message)) {
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT tested(false, message); });
            return;
        }
        {
            BoardSession session(connection);
            std::optional<qint64> count;
            ok = session.open(password, &message) && (count = session.countUsers(&message)).has_value();
            const qint64 users = count.value_or(0);
            if (ok) {
                message = QCoreApplication::translate("BoardWorker",
                    "Connected. The schema profile %1 fits; the board has %n user(s).", nullptr, int(users))
                              .arg(connection.schema.name);
            }
        }
        QMetaObject::invokeMethod(this, [this, ok, message] { Q_EMIT tested(ok, message); });
    });
}

void BoardWorker::propose(const BoardConnection& connection, const QString& password)
{
    QMetaObject::invokeMethod(m_job, [this, connection, password] {
        static std::atomic_int counter {0};
        const QString name = QStringLiteral("mailroom-propose-%1").arg(counter.fetch_add(1));
        QString error;
        SchemaProfile profile;
        QStringList columns;
        if (connection.open(name, password, &error)) {
            const QSqlDatabase db = QSqlDatabase::database(name, false);
            profile = SchemaProfile::propose(db);
            columns = SchemaProfile::columns(db, profile.usersTable);
            if (profile.usersTable.isEmpty())
                error = QCoreApplication::translate("BoardWorker", "No table of this database has an e-mail column.");
        }
        QSqlDatabase::removeDatabase(name);
        QMetaObject::invokeMethod(this, [this, profile, columns, error] { Q_EMIT proposed(profile, columns, error); });
    });
}

void BoardWorker::readAudit()
{
    QMetaObject::invokeMethod(m_job, [this] {
        QString error;
        QList<AuditEntry> entries;
        if (m_job->audit && m_job->session)
            entries = m_job->audit->entries(m_job->session->connection().name, &error);
        else
            error = QCoreApplication::translate("BoardWorker", "No board database is open.");
        QMetaObject::invokeMethod(this, [this, entries, error] { Q_EMIT auditRead(entries, error); });
    });
}
