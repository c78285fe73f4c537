#pragma once

#include "board/BoardConnection.h"
#include "bounces/BounceLedger.h"
#include "mail/LogScanner.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

struct BounceScanRequest
{
    QStringList paths;
    QString boardDatabase; // SQLite file with the demo schema to match users against; empty for none
    std::optional<BoardConnection> board; // or any board, through its profile (wins over boardDatabase)
    QString boardPassword;
    BounceRules rules;
    QTimeZone logZone = QTimeZone::systemTimeZone();
    bool trackDeliveries = false;
    ImapAccess imap; // for imap:// and imaps:// paths
};

// Totals over a scan's recipients, worked out on the scanning thread so views only show them.
struct BounceSummary
{
    std::array<quint64, BounceCategoryCount> categories {};
    std::array<quint64, BounceReasonCount> reasons {};
    std::vector<std::pair<QByteArray, quint64>> domains; // receiving domains, busiest first
    qint64 firstLastSeen = 0; // the range of the recipients' last-seen times, ms UTC; 0 if none
    qint64 lastLastSeen = 0;

    static BounceSummary of(const std::vector<RecipientRecord>& recipients);
};

// What a finished scan hands to views and the CLI.
struct BounceScanResult
{
    std::vector<RecipientRecord> recipients;
    std::map<qint64, std::array<quint32, BounceCategoryCount>> dailyFailures;
    ScanReport report;
    QStringList files; // files read, in order; SourceLocation::fileIndex points here
    quint64 events = 0;
    QString boardError; // the board could not be read: recipients stay unmatched
    BounceSummary summary;
};

// Runs a whole scan synchronously: expand paths, read, classify, match users. Used by the CLI
// directly and by BounceScanJob on a worker thread.
std::shared_ptr<BounceScanResult> runBounceScan(const BounceScanRequest& request,
    const std::atomic_bool* cancel = nullptr, std::function<void(qint64, qint64)> progress = {});

// A scan off the GUI thread, with progress, cancel and a result by signal.
class BounceScanJob : public QObject
{
    Q_OBJECT

public:
    explicit BounceScanJob(QObject* parent = nullptr);
    ~BounceScanJob() override;

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // While a scan runs, a new start() cancels it and runs request once it has stopped; the
    // replaced scan ends without finished(), so its partial result never shows.
    void start(const BounceScanRequest& request);
    // Stops the running scan, and drops one that was waiting to replace it.
    void cancel();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    // Emitted once per scan that ran (not for a replaced one); result->report.cancelled tells
    // a cancelled scan.
    void finished(std::shared_ptr<BounceScanResult> result);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<BounceScanRequest> m_next; // replaces the running scan when it stops
    QThread* m_thread = nullptr;
    bool m_running = false;
};

Q_DECLARE_METATYPE(std::shared_ptr<BounceScanResult>)
