#include "removal/RemovalRequests.h"

#include "support/Files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr int Version = 1;

// The translation context of the sentences below that belong to no QObject.
class RemovalText
{
    Q_DECLARE_TR_FUNCTIONS(RemovalText)
};

constexpr RequestStatus AllStatuses[] = {
    RequestStatus::Draft, RequestStatus::Sent, RequestStatus::Removed, RequestStatus::Overdue, RequestStatus::Closed};

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime timeFrom(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QJsonObject toJson(const RemovalRequest& r)
{
    QJsonArray history;
    for (const RequestEvent& event : r.history) {
        history.append(QJsonObject {{u"at"_s, timeText(event.at)},
            {u"status"_s, QString::fromLatin1(requestStatusName(event.status))}, {u"note"_s, event.note}});
    }
    return {{u"id"_s, r.id}, {u"provider"_s, r.providerId}, {u"provider_name"_s, r.providerName},
        {u"ip"_s, r.ip.isNull() ? QString() : r.ip.toString()}, {u"domain"_s, QString::fromLatin1(r.domain)},
        {u"code"_s, r.code}, {u"channel"_s, r.channel}, {u"removal_url"_s, r.removalUrl},
        {u"blocklist"_s, QString::fromLatin1(r.blocklistId)}, {u"typical_days"_s, r.typicalDays}, {u"draft"_s, r.draft},
        {u"created"_s, timeText(r.created)}, {u"sent_at"_s, timeText(r.sentAt)},
        {u"status"_s, QString::fromLatin1(requestStatusName(r.status))}, {u"last_checked"_s, timeText(r.lastChecked)},
        {u"last_listing"_s, QString::fromLatin1(listingStatusName(r.lastListing))}, {u"history"_s, history}};
}

std::optional<RemovalRequest> fromJson(const QJsonObject& o, QString* why)
{
    RemovalRequest r;
    r.id = o.value(u"id"_s).toString();
    if (r.id.isEmpty()) {
        *why = RemovalText::tr("a request has no id");
        return std::nullopt;
    }
    const std::optional<RequestStatus> status = requestStatusNamed(o.value(u"status"_s).toString().toLatin1());
    if (!status) {
        *why = RemovalText::tr("request %1 has an unknown status").arg(r.id);
        return std::nullopt;
    }
    r.status = *status;
    r.providerId = o.value(u"provider"_s).toString();
    r.providerName = o.value(u"provider_name"_s).toString();
    const QString ip = o.value(u"ip"_s).toString();
    if (!ip.isEmpty() && !r.ip.setAddress(ip)) {
        *why = RemovalText::tr("request %1 has an invalid address").arg(r.id);
        return std::nullopt;
    }
    r.domain = o.value(u"domain"_s).toString().toLatin1();
    r.code = o.value(u"code"_s).toString();
    r.channel = o.value(u"channel"_s).toString();
    r.removalUrl = o.value(u"removal_url"_s).toString();
    r.blocklistId = o.value(u"blocklist"_s).toString().toLatin1();
    r.typicalDays = o.value(u"typical_days"_s).toInt();
    r.draft = o.value(u"draft"_s).toString();
    r.created = timeFrom(o.value(u"created"_s));
    r.sentAt = timeFrom(o.value(u"sent_at"_s));
    r.lastChecked = timeFrom(o.value(u"last_checked"_s));
    const QString listing = o.value(u"last_listing"_s).toString();
    for (const ListingStatus s : {ListingStatus::Listed, ListingStatus::Clear, ListingStatus::Unknown}) {
        if (listing == QLatin1String(listingStatusName(s)))
            r.lastListing = s;
    }
    for (const QJsonValue& value : o.value(u"history"_s).toArray()) {
        const QJsonObject e = value.toObject();
        const std::optional<RequestStatus> eventStatus = requestStatusNamed(e.value(u"status"_s).toString().toLatin1());
        if (!eventStatus) {
            *why = RemovalText::tr("request %1 has an event with an unknown status").arg(r.id);
            return std::nullopt;
        }
        r.history.append({timeFrom(e.value(u"at"_s)), *eventStatus, e.value(u"note"_s).toString()});
    }
    return r;
}

} // namespace

QByteArrayView requestStatusName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Draft:
        return "draft";
    case RequestStatus::Sent:
        return "sent";
    case RequestStatus::Removed:
        return "removed";
    case RequestStatus::Overdue:
        return "overdue";
    case RequestStatus::Closed:
        return "closed";
    }
    return "draft";
}

std::optional<RequestStatus> requestStatusNamed(QByteArrayView name)
{
    for (const RequestStatus status : AllStatuses) {
        if (requestStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString requestStatusTitle(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Draft:
        return RemovalText::tr("Draft");
    case RequestStatus::Sent:
        return RemovalText::tr("Sent, waiting");
    case RequestStatus::Removed:
        return RemovalText::tr("Listing gone");
    case RequestStatus::Overdue:
        return RemovalText::tr("Overdue");
    case RequestStatus::Closed:
        return RemovalText::tr("Closed");
    }
    return {};
}

std::optional<QDateTime> RemovalRequest::dueAt() const
{
    if (!sentAt.isValid() || typicalDays <= 0)
        return std::nullopt;
    return sentAt.addDays(typicalDays);
}

namespace RemovalRequests {

QString pathIn(const QString& dataFolder)
{
    return dataFolder + u"/removal/requests.json"_s;
}

bool save(const QString& path, const QList<RemovalRequest>& requests, QString* error)
{
    QJsonArray list;
    for (const RemovalRequest& request : requests)
        list.append(toJson(request));
    const QByteArray json = QJsonDocument(QJsonObject {{u"version"_s, Version}, {u"requests"_s, list}}).toJson();
    return Files::writeWhole(path, json, error);
}

std::optional<QList<RemovalRequest>> load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return QList<RemovalRequest> {};
    const auto unreadable = [&](const QString& why) {
        *error = RemovalText::tr("The removal requests kept in %1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return unreadable(parseError.errorString());
    if (document.object().value(u"version"_s).toInt() != Version)
        return unreadable(RemovalText::tr("they were written by another version of Mailroom"));
    QList<RemovalRequest> requests;
    for (const QJsonValue& value : document.object().value(u"requests"_s).toArray()) {
        QString why;
        std::optional<RemovalRequest> request = fromJson(value.toObject(), &why);
        if (!request)
            return unreadable(why);
        requests.append(std::move(*request));
    }
    return requests;
}

std::optional<Change> assess(
    const RemovalRequest& request, const QDateTime& now, const std::optional<BlocklistResult>& listing)
{
    if (!request.isOpen())
        return std::nullopt;
    const QString where = listing ? listing->list.name : request.providerName;
    if (listing && listing->status == ListingStatus::Clear) {
        return Change {
            RequestStatus::Removed, RemovalText::tr("%1 is no longer listed on %2.").arg(request.ip.toString(), where)};
    }
    const std::optional<QDateTime> due = request.dueAt();
    if (request.status != RequestStatus::Sent || !due || now < *due)
        return std::nullopt;
    const QString days = RemovalRequests::daysText(request.typicalDays);
    if (!listing) {
        return Change {RequestStatus::Overdue,
            RemovalText::tr("%1 usually answers within %2, and that time has passed. Check whether the bounces of "
                            "the last days still show the block; if they do, ask again or write to the provider.")
                .arg(where, days)};
    }
    if (listing->status == ListingStatus::Listed) {
        return Change {RequestStatus::Overdue,
            RemovalText::tr("%1 is still listed on %2 after the usual %3. Check the list's page for why, and ask "
                            "again.")
                .arg(request.ip.toString(), where, days)};
    }
    return Change {RequestStatus::Overdue,
        RemovalText::tr("The usual time of %2 (%1) has passed, and the list could not be asked: %3")
            .arg(days, where, listing->cause)};
}

QString daysText(int days)
{
    // Spelled out rather than "%n day(s)": the core has no plural forms without the GUI's translator.
    return days == 1 ? RemovalText::tr("a day") : RemovalText::tr("%1 days").arg(days);
}

void apply(RemovalRequest* request, const Change& change, const QDateTime& now)
{
    request->status = change.status;
    request->history.append({now, change.status, change.note});
}

} // namespace RemovalRequests

RemovalTracker::RemovalTracker(const QString& path, ResolverFactory resolvers, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_resolvers(std::move(resolvers))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RemovalTracker::recheckNow);
    setInterval(m_interval);
}

RemovalTracker::~RemovalTracker() = default;

bool RemovalTracker::load(QString* error)
{
    std::optional<QList<RemovalRequest>> loaded = RemovalRequests::load(m_path, error);
    if (!loaded)
        return false;
    m_requests = std::move(*loaded);
    Q_EMIT requestsChanged();
    return true;
}

const RemovalRequest* RemovalTracker::find(const QString& id) const
{
    for (const RemovalRequest& request : m_requests) {
        if (request.id == id)
            return &request;
    }
    return nullptr;
}

RemovalRequest* RemovalTracker::findMutable(const QString& id)
{
    return const_cast<RemovalRequest*>(std::as_const(*this).find(id));
}

bool RemovalTracker::save(QString* error)
{
    return RemovalRequests::save(m_path, m_requests, error);
}

bool RemovalTracker::store(const RemovalRequest& given, QString* error)
{
    RemovalRequest request = given;
    if (request.id.isEmpty())
        request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!request.created.isValid())
        request.created = m_now();
    if (request.history.isEmpty())
        request.history.append({request.created, request.status, tr("Request written.")});
    if (RemovalRequest* existing = findMutable(request.id))
        *existing = request;
    else
        m_requests.append(request);
    if (!save(error))
        return false;
    Q_EMIT requestsChanged();
    return true;
}

bool RemovalTracker::markSent(const QString& id, const QDateTime& at, QString* error)
{
    RemovalRequest* request = findMutable(id);
    if (!request) {
        *error = tr("There is no such request.");
        return false;
    }
    const RequestStatus before = request->status;
    request->sentAt = at;
    const QString note = request->typicalDays > 0
        ? tr("Sent. %1 usually answers within %2.")
              .arg(request->providerName, RemovalRequests::daysText(request->typicalDays))
        : tr("Sent.");
    RemovalRequests::apply(request, {RequestStatus::Sent, note}, m_now());
    if (!save(error))
        return false;
    Q_EMIT requestsChanged();
    Q_EMIT statusChanged(id, before, RequestStatus::Sent, note);
    return true;
}

bool RemovalTracker::close(const QString& id, const QString& note, QString* error)
{
    RemovalRequest* request = findMutable(id);
    if (!request) {
        *error = tr("There is no such request.");
        return false;
    }
    const RequestStatus before = request->status;
    RemovalRequests::apply(request, {RequestStatus::Closed, note.isEmpty() ? tr("Closed.") : note}, m_now());
    if (!save(error))
        return false;
    Q_EMIT requestsChanged();
    Q_EMIT statusChanged(id, before, RequestStatus::Closed, request->history.back().note);
    return true;
}

bool RemovalTracker::remove(const QString& id, QString* error)
{
    const qsizetype removed = m_requests.removeIf([&](const RemovalRequest& r) { return r.id == id; });
    if (removed == 0) {
        *error = tr("There is no such request.");
        return false;
    }
    if (!save(error))
        return false;
    Q_EMIT requestsChanged();
    return true;
}

void RemovalTracker::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (interval.count() > 0)
        m_timer.start(interval);
    else
        m_timer.stop();
}

void RemovalTracker::recheckNow()
{
    if (m_pending > 0)
        return; // a round is on its way
    QList<const RemovalRequest*> open;
    for (const RemovalRequest& request : std::as_const(m_requests)) {
        if (request.isOpen())
            open.append(&request);
    }
    if (open.isEmpty()) {
        Q_EMIT recheckFinished();
        return;
    }
    const int round = ++m_round;
    m_resolver = m_resolvers ? m_resolvers() : nullptr;
    m_pending = int(open.size());
    for (const RemovalRequest* request : std::as_const(open)) {
        const QString id = request->id;
        const Blocklist* list
            = request->canRecheck() && m_resolver ? BlocklistCatalog::builtIn().find(request->blocklistId) : nullptr;
        if (!list) {
            finishOne(id, std::nullopt);
            continue;
        }
        BlocklistCheck::run(
            *m_resolver, {*list}, request->ip.toString(), [this, round, id](const QList<BlocklistResult>& results) {
                if (round != m_round)
                    return;
                finishOne(id, results.isEmpty() ? std::nullopt : std::optional(results.front()));
            });
    }
}

void RemovalTracker::finishOne(const QString& id, const std::optional<BlocklistResult>& listing)
{
    const QDateTime now = m_now();
    if (RemovalRequest* request = findMutable(id)) {
        if (listing) {
            request->lastChecked = now;
            request->lastListing = listing->status;
        }
        const RequestStatus before = request->status;
        if (const std::optional<RemovalRequests::Change> change = RemovalRequests::assess(*request, now, listing)) {
            RemovalRequests::apply(request, *change, now);
            Q_EMIT statusChanged(id, before, change->status, change->note);
        }
    }
    if (--m_pending > 0)
        return;
    QString error;
    if (!save(&error))
        Q_EMIT saveFailed(error);
    Q_EMIT requestsChanged();
    Q_EMIT recheckFinished();
    // The resolver's callback is on the stack: let it go once that returns.
    if (m_resolver) {
        if (auto* object = dynamic_cast<QObject*>(m_resolver.get())) {
            m_resolver.release();
            object->deleteLater();
        }
    }
}
