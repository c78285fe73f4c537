#pragma once

#include "reputation/Blocklists.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

// Removal requests the owner sent to a provider or a blocklist, kept with their history so
// Mailroom can recheck the listing while it runs and say when it is gone, or when the
// provider's usual processing time has passed without news.

enum class RequestStatus
{
    Draft, // written, not sent yet
    Sent, // sent; waiting for the provider or the list
    Removed, // the listing is gone (a recheck found the address clear)
    Overdue, // the usual processing time has passed and the listing is still there or unknown
    Closed, // the owner closed it
};

QByteArrayView requestStatusName(RequestStatus status); // "draft", "sent", "removed", "overdue", "closed"
std::optional<RequestStatus> requestStatusNamed(QByteArrayView name);
QString requestStatusTitle(RequestStatus status); // translated, for the UI

struct RequestEvent
{
    QDateTime at;
    RequestStatus status = RequestStatus::Draft; // the status from then on
    QString note; // what happened, in words
};

struct RemovalRequest
{
    QString id; // unique, stable
    QString providerId; // of the block-code knowledge base (a blocklist has its blocklists.json id)
    QString providerName;
    QHostAddress ip;
    QByteArray domain;
    QString code; // the provider's block code or reference, as the bounce gave it
    QString channel; // "form", "email", "none"
    QString removalUrl;
    QByteArray blocklistId; // when the listing can be rechecked on a DNS blocklist
    int typicalDays = 0; // the provider's usual processing time; 0: unknown
    QString draft; // the text as sent
    QDateTime created;
    QDateTime sentAt;
    RequestStatus status = RequestStatus::Draft;
    QDateTime lastChecked;
    ListingStatus lastListing = ListingStatus::Unknown;
    QList<RequestEvent> history;

    bool isOpen() const { return status == RequestStatus::Sent || status == RequestStatus::Overdue; }
    bool canRecheck() const { return !blocklistId.isEmpty() && !ip.isNull(); }
    // When the usual processing time ends, for a sent request with a known time.
    std::optional<QDateTime> dueAt() const;
};

namespace RemovalRequests {

// <data folder>/removal/requests.json (see Settings::dataFolder()).
QString pathIn(const QString& dataFolder);
// Written through a temporary file. The list holds every request, open or not.
bool save(const QString& path, const QList<RemovalRequest>& requests, QString* error);
// An empty list when there is no file; an error (and no list) when it cannot be read.
std::optional<QList<RemovalRequest>> load(const QString& path, QString* error);

// What a recheck means for a request: its new status and what to tell the owner, or nothing
// when nothing changed. listing is the list's answer for the request's address, if one was asked.
struct Change
{
    RequestStatus status;
    QString note;
};
std::optional<Change> assess(const RemovalRequest& request, const QDateTime& now,
    const std::optional<BlocklistResult>& listing);
// "a day", "3 days": a provider's usual processing time in words.
QString daysText(int days);
// Applies a change: status, history, and the time and result of the check.
void apply(RemovalRequest* request, const Change& change, const QDateTime& now);

} // namespace RemovalRequests

// The open requests of a list, rechecked on a timer while Mailroom runs (and at once when
// asked). Each recheck asks the request's blocklist about its address; a change is applied,
// saved, and announced.
class RemovalTracker : public QObject
{
    Q_OBJECT

public:
    using ResolverFactory = std::function<std::unique_ptr<DnsResolver>()>;

    // path: where the requests are kept. The resolver is made anew for each round of rechecks,
    // so a changed DNS server setting takes effect.
    RemovalTracker(const QString& path, ResolverFactory resolvers, QObject* parent = nullptr);
    ~RemovalTracker() override;

    bool load(QString* error);
    const QList<RemovalRequest>& requests() const { return m_requests; }
    const RemovalRequest* find(const QString& id) const;
    // Adds a new request (or replaces the one with its id) and saves.
    bool store(const RemovalRequest& request, QString* error);
    // The owner's own steps: sent, closed, reopened. Saved at once.
    bool markSent(const QString& id, const QDateTime& at, QString* error);
    bool close(const QString& id, const QString& note, QString* error);
    bool remove(const QString& id, QString* error);

    void setInterval(std::chrono::milliseconds interval); // default one hour; 0 stops the timer
    std::chrono::milliseconds interval() const { return m_interval; }
    bool isChecking() const { return m_pending > 0; }
    // The clock the checks use; tests move it forward.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

public Q_SLOTS:
    void recheckNow();

Q_SIGNALS:
    void requestsChanged();
    // A request's status changed: the tracker's news for the owner.
    void statusChanged(const QString& id, RequestStatus from, RequestStatus to, const QString& note);
    void recheckFinished();
    void saveFailed(const QString& error);

private:
    void finishOne(const QString& id, const std::optional<BlocklistResult>& listing);
    bool save(QString* error);
    RemovalRequest* findMutable(const QString& id);

    QString m_path;
    ResolverFactory m_resolvers;
    std::unique_ptr<DnsResolver> m_resolver;
    QList<RemovalRequest> m_requests;
    QTimer m_timer;
    std::chrono::milliseconds m_interval {std::chrono::hours(1)};
    std::function<QDateTime()> m_now;
    int m_pending = 0;
    int m_round = 0; // answers of an earlier round are ignored
};
