#include "bounces/BounceScan.h"

#include "board/BoardDirectory.h"
#include "bounces/BounceClassifier.h"
#include "support/LogCategories.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QThread>

#include <algorithm>
#include <utility>

BounceSummary BounceSummary::of(const std::vector<RecipientRecord>& recipients)
{
    BounceSummary summary;
    QHash<QByteArrayView, quint64> domains; // views into the recipients, which outlive the hash
    for (const RecipientRecord& record : recipients) {
        ++summary.categories[size_t(record.category)];
        ++summary.reasons[size_t(record.reason)];
        ++domains[domainOf(record.address)];
        if (record.lastSeen != 0) {
            summary.firstLastSeen
                = summary.firstLastSeen == 0 ? record.lastSeen : std::min(summary.firstLastSeen, record.lastSeen);
            summary.lastLastSeen = std::max(summary.lastLastSeen, record.lastSeen);
        }
    }
    summary.domains.reserve(size_t(domains.size()));
    for (auto it = domains.cbegin(); it != domains.cend(); ++it)
        summary.domains.emplace_back(it.key().toByteArray(), it.value());
    std::sort(summary.domains.begin(), summary.domains.end(),
        [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    return summary;
}

std::shared_ptr<BounceScanResult> runBounceScan(
    const BounceScanRequest& request, const std::atomic_bool* cancel, std::function<void(qint64, qint64)> progress)
{
    auto result = std::make_shared<BounceScanResult>();
    BounceLedger ledger(BounceClassifier::builtIn(), request.rules);
    ledger.setTrackDeliveries(request.trackDeliveries);

    LogScanner scanner(ledger);
    scanner.setTimeZone(request.logZone);
    scanner.setCancelFlag(cancel);
    scanner.setImapAccess(request.imap);
    scanner.setProgressHandler(std::move(progress));

    QElapsedTimer timer;
    timer.start();
    result->report = scanner.scan(request.paths);
    for (const FileReport& file : std::as_const(result->report.files))
        result->files.append(file.path);
    result->events = ledger.eventCount();
    result->dailyFailures = ledger.dailyFailures();
    result->recipients = ledger.takeRecipients();
    qCInfo(lcBounces) << "scanned" << result->files.size() << "files," << result->report.bytesRead << "bytes,"
                      << result->events << "events," << result->recipients.size() << "recipients in" << timer.elapsed()
                      << "ms";

    if ((request.board || !request.boardDatabase.isEmpty()) && !result->report.cancelled) {
        BoardDirectory directory;
        const bool loaded = request.board ? directory.load(*request.board, request.boardPassword, cancel)
                                          : directory.loadSqlite(request.boardDatabase);
        if (loaded && !(cancel && cancel->load()))
            directory.match(result->recipients);
        else
            result->boardError = directory.errorString();
    }
    result->summary = BounceSummary::of(result->recipients);
    return result;
}

BounceScanJob::BounceScanJob(QObject* parent) : QObject(parent)
{ }

BounceScanJob::~BounceScanJob()
{
    if (m_cancel)
        m_cancel->store(true);
    // The worker checks the flag every few thousand lines; waiting here is short and keeps the
    // thread from outliving the objects it reports to.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BounceScanJob::start(const BounceScanRequest& request)
{
    if (m_running) {
        m_next = request;
        m_cancel->store(true);
        return;
    }
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }

    QPointer<BounceScanJob> self(this);
    auto cancel = m_cancel;
    auto lastReport = std::make_shared<std::atomic<qint64>>(0);
    m_thread = QThread::create([self, cancel, request, lastReport] {
        auto progress = [self, lastReport](qint64 done, qint64 total) {
            // At most one progress signal per percent of the work.
            const qint64 step = std::max<qint64>(1, total / 100);
            if (done - lastReport->load() < step && done < total)
                return;
            lastReport->store(done);
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        Q_EMIT self->progressChanged(done, total);
                },
                Qt::QueuedConnection);
        };
        auto result = runBounceScan(request, cancel.get(), progress);
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (!self)
                    return;
                self->m_running = false;
                if (self->m_next) {
                    const BounceScanRequest next = *std::exchange(self->m_next, std::nullopt);
                    self->start(next);
                    return;
                }
                Q_EMIT self->finished(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("BounceScan"));
    m_thread->start();
}

void BounceScanJob::cancel()
{
    m_next.reset();
    if (m_cancel)
        m_cancel->store(true);
}
