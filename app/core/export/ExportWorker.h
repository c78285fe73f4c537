#pragma once

#include "export/ContactExport.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

// Exports for the GUI: a thread of its own with its own connection to the board (Qt SQL
// connections belong to the thread that made them), so the export dialog never waits on a query.
// Counts and previews follow the owner's changes: a newer count replaces one that waits and stops
// one that runs, and only the newest is answered. Calls return at once.
class ExportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ExportWorker(QObject* parent = nullptr);
    ~ExportWorker() override;

    // Connects (closing any earlier connection); the activity log at auditPath holds the
    // "email bounced" flags Mailroom keeps itself.
    void open(const BoardConnection& connection, const QString& password, const QString& auditPath);
    // What definition would export: counts and the first previewRows rows. Answered by counted()
    // with the number this returns, unless a newer count comes first.
    int count(const ExportDefinition& definition, const ExportBounces& bounces, int previewRows);
    // The places of the users of a kind, with how many users each.
    void readPlaces(ContactKind who);
    // Writes the file; progress() while it runs, exported() at the end.
    void exportTo(const ExportDefinition& definition, const ExportBounces& bounces, const QString& target);
    // Stops the export (its file is left as it was) and any count.
    void cancel();
    bool isExporting() const { return m_exporting; }

Q_SIGNALS:
    void opened(bool ok, const QString& error);
    void counted(int request, const ExportSummary& summary);
    void placesRead(ContactKind who, const ExportPlaces& places, const QString& error);
    void progress(qint64 done, qint64 total);
    void exported(const ExportSummary& summary);

private:
    class Job;
    struct CountRequest
    {
        int id = 0;
        ExportDefinition definition;
        ExportBounces bounces;
        int previewRows = 0;
    };
    void runCount();

    QThread m_thread;
    Job* m_job = nullptr; // lives in m_thread
    QMutex m_mutex; // guards m_nextCount
    std::optional<CountRequest> m_nextCount;
    std::atomic_int m_newestCount {0};
    bool m_exporting = false;
};

Q_DECLARE_METATYPE(ExportSummary)
Q_DECLARE_METATYPE(ExportPlaces)
