#include "export/ExportWorker.h"

#include "board/AuditLog.h"

#include <QMutexLocker>

// What runs in the worker thread: the session and the log, made and used there only.
class ExportWorker::Job : public QObject
{
public:
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<BoardSession> session;
    QString openError;
    std::atomic_bool countCancel {false}; // a newer count came
    std::atomic_bool exportCancel {false}; // the owner pressed Cancel

    void close()
    {
        session.reset();
        audit.reset();
    }
};

ExportWorker::ExportWorker(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ExportSummary>();
    qRegisterMetaType<ExportPlaces>();
    m_thread.setObjectName(QStringLiteral("export"));
    m_job = new Job;
    m_job->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_job, [job = m_job] { job->close(); });
    m_thread.start();
}

ExportWorker::~ExportWorker()
{
    m_job->countCancel = true;
    m_job->exportCancel = true;
    m_thread.quit();
    m_thread.wait();
    delete m_job;
}

void ExportWorker::open(const BoardConnection& connection, const QString& password, const QString& auditPath)
{
    QMetaObject::invokeMethod(m_job, [this, connection, password, auditPath] {
        Job& job = *m_job;
        job.close();
        QString error;
        job.audit = std::make_unique<AuditLog>();
        bool ok = job.audit->open(auditPath, &error);
        if (ok) {
            job.session = std::make_unique<BoardSession>(connection, *job.audit);
            ok = job.session->open(password, &error);
        }
        if (!ok)
            job.close();
        job.openError = error;
        QMetaObject::invokeMethod(this, [this, ok, error] { Q_EMIT opened(ok, error); });
    });
}

int ExportWorker::count(const ExportDefinition& definition, const ExportBounces& bounces, int previewRows)
{
    const int id = ++m_newestCount;
    {
        const QMutexLocker lock(&m_mutex);
        const bool waiting = m_nextCount.has_value();
        m_nextCount = CountRequest {id, definition, bounces, previewRows};
        m_job->countCancel = true; // the running one, if any, is out of date
        if (waiting)
            return id; // the run already queued takes this request instead
    }
    QMetaObject::invokeMethod(m_job, [this] { runCount(); });
    return id;
}

void ExportWorker::runCount()
{
    std::optional<CountRequest> request;
    {
        const QMutexLocker lock(&m_mutex);
        request.swap(m_nextCount);
        m_job->countCancel = false;
    }
    if (!request)
        return;
    ExportSummary summary;
    if (m_job->session) {
        summary = runContactExport(
            *m_job->session, request->definition, request->bounces, {}, &m_job->countCancel, {}, request->previewRows);
    } else {
        summary.error = m_job->openError.isEmpty() ? tr("No board database is open.") : m_job->openError;
    }
    if (summary.cancelled || request->id != m_newestCount)
        return; // a newer count is on its way
    QMetaObject::invokeMethod(this, [this, id = request->id, summary] {
        if (id == m_newestCount)
            Q_EMIT counted(id, summary);
    });
}

void ExportWorker::readPlaces(ContactKind who)
{
    QMetaObject::invokeMethod(m_job, [this, who] {
        QString error;
        std::optional<ExportPlaces> places;
        if (m_job->session)
            places = exportPlaces(*m_job->session, who, &error);
        else
            error = m_job->openError.isEmpty() ? tr("No board database is open.") : m_job->openError;
        QMetaObject::invokeMethod(this,
            [this, who, places = places.value_or(ExportPlaces()), error] { Q_EMIT placesRead(who, places, error); });
    });
}

void ExportWorker::exportTo(const ExportDefinition& definition, const ExportBounces& bounces, const QString& target)
{
    m_exporting = true;
    m_job->exportCancel = false;
    QMetaObject::invokeMethod(m_job, [this, definition, bounces, target] {
        ExportSummary summary;
        if (m_job->session) {
            qint64 reported = -1;
            summary = runContactExport(*m_job->session, definition, bounces, target, &m_job->exportCancel,
                [this, &reported](qint64 done, qint64 total) {
                    // At most one signal per half per cent of the work.
                    if (reported >= 0 && done - reported < std::max<qint64>(1, total / 200) && done < total)
                        return;
                    reported = done;
                    QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); });
                });
        } else {
            summary.target = target;
            summary.error = m_job->openError.isEmpty() ? tr("No board database is open.") : m_job->openError;
        }
        QMetaObject::invokeMethod(this, [this, summary] {
            m_exporting = false;
            Q_EMIT exported(summary);
        });
    });
}

void ExportWorker::cancel()
{
    m_job->exportCancel = true;
    m_job->countCancel = true;
}
