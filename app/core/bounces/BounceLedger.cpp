#include "bounces/BounceLedger.h"

#include "bounces/BounceClassifier.h"
#include "mail/ParseHelpers.h"

namespace {

constexpr qint64 MsPerDay = 86400 * 1000LL;
constexpr quint64 TrackedBits = 1 << 20; // 128 KiB; about 9% false hits at 100,000 addresses

qint64 dayOf(qint64 ms)
{
    return ms >= 0 ? ms / MsPerDay : -((-ms + MsPerDay - 1) / MsPerDay);
}

// The look-up key is a reused buffer; the record keeps a copy of its own.
QByteArray owned(const QByteArray& bytes)
{
    return QByteArray(bytes.constData(), bytes.size());
}

// First and last seen cover failures and deferrals; logs read out of order only widen them.
void widenSeen(RecipientRecord& record, qint64 time)
{
    if (record.firstSeen == 0 || time < record.firstSeen)
        record.firstSeen = time;
    record.lastSeen = std::max(record.lastSeen, time);
}

} // namespace

QByteArrayView domainOf(QByteArrayView address)
{
    const qsizetype at = address.lastIndexOf('@');
    return at < 0 ? QByteArrayView() : address.sliced(at + 1);
}

BounceLedger::BounceLedger(const BounceClassifier& classifier, BounceRules rules)
    : m_classifier(classifier), m_rules(rules), m_tracked(TrackedBits / 64)
{ }

RecipientRecord* BounceLedger::recordFor(const QByteArray& lowerAddress, bool create)
{
    const auto it = m_index.constFind(lowerAddress);
    if (it != m_index.constEnd())
        return &m_records[size_t(*it)];
    if (!create)
        return nullptr;
    RecipientRecord record;
    record.address = owned(lowerAddress);
    const quint64 bit = ParseHelpers::addressHash(lowerAddress) % TrackedBits;
    m_tracked[bit / 64] |= quint64(1) << (bit % 64);
    m_index.insert(record.address, qsizetype(m_records.size()));
    m_records.push_back(std::move(record));
    return &m_records.back();
}

const RecipientRecord* BounceLedger::find(QByteArrayView address) const
{
    const auto it = m_index.constFind(address.toByteArray().toLower());
    return it == m_index.constEnd() ? nullptr : &m_records[size_t(*it)];
}

std::vector<RecipientRecord> BounceLedger::takeRecipients()
{
    m_index.clear();
    std::fill(m_tracked.begin(), m_tracked.end(), 0);
    return std::exchange(m_records, {});
}

void BounceLedger::add(const DeliveryEvent& event)
{
    if (event.recipient.isEmpty())
        return;
    ++m_events;

    const QByteArray& key = lowerKey(event.recipient);

    if (event.action == DeliveryAction::Delivered) {
        if (RecipientRecord* record = recordFor(key, m_trackDeliveries))
            applyDelivery(*record, event);
        return;
    }

    const BounceReason reason = event.reason ? *event.reason : m_classifier.classify(event);
    RecipientRecord& record = *recordFor(key, true);
    if (event.action == DeliveryAction::Delayed)
        applyDeferral(record, event, reason);
    else
        applyFailure(record, event, reason);
}

// Lower-cases into a reused buffer: most lines are deliveries to addresses never seen failing,
// and those must cost a hash look-up, not an allocation.
const QByteArray& BounceLedger::lowerKey(QByteArrayView address)
{
    thread_local QByteArray key;
    key.resize(address.size());
    char* out = key.data();
    for (qsizetype i = 0; i < address.size(); ++i) {
        const char c = address[i];
        out[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    }
    return key;
}

bool BounceLedger::wantsDelivery(QByteArrayView recipient, quint64 hash)
{
    if (m_trackDeliveries)
        return true;
    const quint64 bit = hash % TrackedBits;
    if ((m_tracked[bit / 64] >> (bit % 64) & 1) != 0 && m_index.contains(lowerKey(recipient)))
        return true;
    ++m_events;
    return false;
}

void BounceLedger::applyDelivery(RecipientRecord& record, const DeliveryEvent& event)
{
    ++record.deliveries;
    trace(record, event, BounceReason::Delivered);
    if (record.events() > 0 && event.time < record.lastSeen)
        return; // an older delivery read after a newer failure clears nothing

    // The address took mail after failing: whatever made it fail is over. DESIGN.md asks this for
    // soft state; a hard or blocked state is cleared too, since the address demonstrably works.
    record.category = BounceCategory::None;
    record.reason = BounceReason::Delivered;
    record.escalated = false;
    record.pending = false;
    record.hasDeferral = false;
    record.softFailures = 0;
    record.softSince = 0;
    record.deliveredSince = record.events() > 0;
    if (record.events() == 0) {
        record.remoteHost = event.remoteHost;
        record.remoteIp = event.remoteIp;
        record.sender = event.sender;
    }
}

void BounceLedger::applyDeferral(RecipientRecord& record, const DeliveryEvent& event, BounceReason reason)
{
    ++record.deferrals;
    widenSeen(record, event.time);
    record.lastDeferralReason = reason;
    record.hasDeferral = true;
    trace(record, event, reason);

    // A deferral does not undo what a hard failure showed about the address.
    if (record.category == BounceCategory::Hard && !record.pending && !record.deliveredSince)
        return;
    record.pending = true;
    record.deliveredSince = false;
    record.reason = reason;
    const BounceCategory category = categoryOf(reason);
    // A 4xx reply is transient by definition: "user unknown, try later" is not a dead address yet.
    record.category = category == BounceCategory::Hard ? BounceCategory::Soft : category;
    noteReply(record, event);
}

void BounceLedger::applyFailure(RecipientRecord& record, const DeliveryEvent& event, BounceReason reason)
{
    if (event.retryTimeout) {
        // The final failure after retries carries no reply of its own (Exim: "retry timeout
        // exceeded"; Postfix names no recipient); the last deferral said why.
        reason = record.hasDeferral
            ? BounceClassifier::afterRetries(record.lastDeferralReason, record.lastReply, record.lastStatus)
            : BounceReason::Expired;
    }

    ++record.failures;
    widenSeen(record, event.time);
    record.pending = false;
    record.hasDeferral = false;
    record.deliveredSince = false;
    trace(record, event, reason);

    const BounceCategory category = categoryOf(reason);
    if (event.time > 0) // a notice without a date has no day to count on
        m_daily[dayOf(event.time)][size_t(category)] += 1;

    // Blocked is about the board's sending side: it never makes a dead address look alive.
    if (category == BounceCategory::Blocked && record.category == BounceCategory::Hard)
        return;

    record.reason = reason;
    record.category = category;
    if (!event.retryTimeout || event.replyCode != 0)
        noteReply(record, event);

    if (category == BounceCategory::Soft) {
        if (record.softFailures == 0)
            record.softSince = event.time;
        ++record.softFailures;
        const bool enough = int(record.softFailures) >= m_rules.escalationCount;
        const bool spread = event.time - record.softSince >= qint64(m_rules.escalationDays) * MsPerDay;
        record.escalated = enough && spread;
        if (record.escalated)
            record.category = BounceCategory::Hard;
    } else if (category == BounceCategory::Hard) {
        record.escalated = false;
    }
}

void BounceLedger::noteReply(RecipientRecord& record, const DeliveryEvent& event)
{
    record.lastCode = event.replyCode;
    record.lastStatus = BounceClassifier::effectiveStatus(event.enhancedStatus, event.diagnostic);
    record.lastReply = event.diagnostic;
    if (!event.remoteHost.isEmpty() || !event.remoteIp.isEmpty()) {
        record.remoteHost = event.remoteHost;
        record.remoteIp = event.remoteIp;
    }
    if (!event.sender.isEmpty() || record.sender.isEmpty())
        record.sender = event.sender;
}

void BounceLedger::trace(RecipientRecord& record, const DeliveryEvent& event, BounceReason reason)
{
    if (record.recent.size() >= size_t(MaxTraces)) {
        record.recent.erase(record.recent.begin());
        ++record.droppedTraces;
    }
    record.recent.push_back({event.time, event.source, event.replyCode, event.action, reason, event.retryTimeout});
}
