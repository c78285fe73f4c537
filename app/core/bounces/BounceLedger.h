#pragma once

#include "bounces/BounceReason.h"
#include "mail/DeliveryEvent.h"

#include <QByteArray>
#include <QHash>

#include <array>
#include <map>
#include <vector>

class BounceClassifier;

struct BounceRules
{
    // Soft failures escalate to hard: this many failed deliveries spread over at least this
    // many days (DESIGN.md defaults 3 and 7).
    int escalationCount = 3;
    int escalationDays = 7;
};

// A compact trace of one event, kept so the details pane can list a recipient's history and
// fetch the raw line again from the source. Diagnostic text is not kept: it is in the line.
struct EventTrace
{
    qint64 time = 0;
    SourceLocation source;
    quint16 replyCode = 0;
    DeliveryAction action = DeliveryAction::Failed;
    BounceReason reason = BounceReason::Undefined;
    bool retryTimeout = false;
};

enum class SenderKind : std::uint8_t
{
    Unknown,
    Board, // one of the board's own notification addresses
    User, // a board user's own message (recruiter to applicant)
};

// Everything Mailroom knows about one recipient address after a scan.
struct RecipientRecord
{
    QByteArray address; // lower-cased, the key
    BounceCategory category = BounceCategory::None;
    BounceReason reason = BounceReason::Undefined;
    bool escalated = false; // soft failures made it count as hard
    bool pending = false; // the last event is a deferral with no final outcome yet
    bool deliveredSince = false; // a delivery came after the last failure and cleared it
    quint32 failures = 0;
    quint32 deferrals = 0;
    quint32 deliveries = 0;
    qint64 firstSeen = 0; // first failure or deferral, ms UTC
    qint64 lastSeen = 0; // last failure or deferral
    quint16 lastCode = 0;
    QByteArray lastStatus;
    QByteArray lastReply;
    QByteArray remoteHost;
    QByteArray remoteIp;
    QByteArray sender;

    // Soft-escalation window: soft failures since the last clear, and when the first was.
    quint32 softFailures = 0;
    qint64 softSince = 0;

    // The last deferral, whose reason a later retry timeout inherits.
    BounceReason lastDeferralReason = BounceReason::Undefined;
    bool hasDeferral = false;

    // Board match, filled by BoardDirectory::match().
    qint64 userId = 0; // 0: no board user has this address
    QByteArray userType; // "seeker" or "employer"
    QString userName;
    SenderKind senderKind = SenderKind::Unknown;

    std::vector<EventTrace> recent; // the newest events, at most BounceLedger::MaxTraces
    quint32 droppedTraces = 0;

    quint32 events() const { return failures + deferrals; }
};

// The part of an address after its last '@' (empty when there is none).
QByteArrayView domainOf(QByteArrayView address);

// Per-recipient history built from events in the order they happened, applying DESIGN.md's
// rules. Memory grows with the number of distinct recipients, not with the number of events.
class BounceLedger
{
public:
    static constexpr int MaxTraces = 12;

    explicit BounceLedger(const BounceClassifier& classifier, BounceRules rules = {});

    // By default a recipient is tracked from its first failure or deferral on; with this set,
    // every delivered recipient is tracked too (the CLI's --all).
    void setTrackDeliveries(bool track) { m_trackDeliveries = track; }

    void add(const DeliveryEvent& event);
    // Whether a delivery to this address matters (the address is tracked, or all are). A delivery
    // that does not is counted here and need not be built into an event.
    // hash: ParseHelpers::addressHash(recipient).
    bool wantsDelivery(QByteArrayView recipient, quint64 hash);
    const BounceClassifier& classifier() const { return m_classifier; }

    const std::vector<RecipientRecord>& recipients() const { return m_records; }
    std::vector<RecipientRecord>& recipients() { return m_records; }
    const RecipientRecord* find(QByteArrayView address) const;

    // Failed deliveries per UTC day (days since the epoch) and category of the event's reason.
    const std::map<qint64, std::array<quint32, BounceCategoryCount>>& dailyFailures() const { return m_daily; }
    quint64 eventCount() const { return m_events; }

    // Hands the records over (the ledger is empty afterwards).
    std::vector<RecipientRecord> takeRecipients();

private:
    RecipientRecord* recordFor(const QByteArray& lowerAddress, bool create);
    static const QByteArray& lowerKey(QByteArrayView address);
    void applyDelivery(RecipientRecord& record, const DeliveryEvent& event);
    void applyDeferral(RecipientRecord& record, const DeliveryEvent& event, BounceReason reason);
    void applyFailure(RecipientRecord& record, const DeliveryEvent& event, BounceReason reason);
    void noteReply(RecipientRecord& record, const DeliveryEvent& event);
    void trace(RecipientRecord& record, const DeliveryEvent& event, BounceReason reason);

    const BounceClassifier& m_classifier;
    BounceRules m_rules;
    bool m_trackDeliveries = false;
    QHash<QByteArray, qsizetype> m_index;
    // One bit per address hash of the tracked addresses: most deliveries go to addresses never
    // tracked, and a clear bit says so without a look-up (a set bit still needs one).
    std::vector<quint64> m_tracked;
    std::vector<RecipientRecord> m_records;
    std::map<qint64, std::array<quint32, BounceCategoryCount>> m_daily;
    quint64 m_events = 0;
};
