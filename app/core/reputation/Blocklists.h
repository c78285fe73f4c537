#pragma once

#include "reputation/Dns.h"

#include <QList>
#include <QString>

#include <functional>

// DNS block- and allowlists (RFC 5782), kept as data in resources/data/blocklists.json, and the
// checks of an IP address or a domain against them. A list that does not answer, refuses, or
// answers with one of its error codes gives "unknown" with the cause, never "listed".
//
// The catalog's texts (meanings, advice, notes, removal policies and times) stay in English as the
// file has them; Blocklists::translated() puts one into the UI's language where it reaches the
// owner. BlocklistTexts.cpp repeats them for lupdate.

struct BlocklistCode
{
    QByteArray answer; // "127.0.0.2"; '*' stands for any number in that place
    QString meaning;
    QString advice; // for error codes: what to do
};

struct Blocklist
{
    enum class Kind
    {
        Ip,
        Domain,
    };

    QByteArray id;
    QString name;
    QByteArray zone;
    Kind kind = Kind::Ip;
    bool ipv6 = false; // takes IPv6 queries
    bool allowlist = false; // being listed is good
    QList<BlocklistCode> codes; // listings
    QList<BlocklistCode> errors; // refusals and faults, never listings
    QString note;
    QString removalUrl;
    QString removalChannel; // "web form", "email", "none"
    QString removalPolicy;
    QString removalTime; // typical processing time, in words
};

class BlocklistCatalog
{
public:
    // The lists built into Mailroom (:/data/blocklists.json).
    static const BlocklistCatalog& builtIn();
    // Empty, with error set, when the data is not what the file format says.
    static BlocklistCatalog fromJson(const QByteArray& json, QString* error);

    const QList<Blocklist>& lists() const { return m_lists; }
    const Blocklist* find(QByteArrayView id) const;
    QByteArray senderScoreZone() const { return m_senderScoreZone; }

private:
    QList<Blocklist> m_lists;
    QByteArray m_senderScoreZone;
};

enum class ListingStatus
{
    Listed,
    Clear,
    Unknown,
};

QByteArrayView listingStatusName(ListingStatus status); // "listed", "clear", "unknown"

struct BlocklistResult
{
    Blocklist list;
    QByteArray query; // the name asked
    ListingStatus status = ListingStatus::Unknown;
    QList<QByteArray> answers; // the A records, as text
    QStringList meanings; // of the listing codes
    QByteArray reason; // the list's TXT record, when listed
    QString cause; // for unknown: why, and what to do
};

namespace Blocklists {

// The name to ask for an IP address ("10.2.0.192.<zone>", or 32 nibbles for IPv6) or a domain;
// empty (with why) when the list does not take that kind of target.
QByteArray queryName(const Blocklist& list, const QString& target, QString* why);
// What a list's A answer says.
BlocklistResult interpret(const Blocklist& list, const DnsAnswer& answer);
bool matchesCode(QByteArrayView pattern, QByteArrayView answer);

// A text of the catalog in the UI's language (translation context "Blocklist"); the English text
// when no translator has it, as in the CLI.
QString translated(const QString& text);
// The catalog's texts as BlocklistTexts.cpp lists them for lupdate, so a test can hold that list
// and blocklists.json in step.
QList<const char*> sourceTexts();

} // namespace Blocklists

// One target against many lists, every query in flight at once. Each list is also asked for
// its RFC 5782 test point that must not be listed (127.0.0.1, or "invalid" for domain lists):
// a list that lists it answers for everything (dead or hijacked), and its results become unknown.
class BlocklistCheck
{
public:
    using Done = std::function<void(const QList<BlocklistResult>& results)>;

    // target: an IPv4 or IPv6 address, or a domain. Results come in the order of lists.
    static void run(DnsResolver& resolver, const QList<Blocklist>& lists, const QString& target, Done done);
};

struct SenderScoreResult
{
    enum class State
    {
        Score, // score holds 0 to 100
        NoData, // Validity has no data for the address (NXDOMAIN)
        NotRegistered, // 127.255.255.255: the resolver is not registered, or over its quota
        Unknown, // the query failed; cause says why
    };
    State state = State::Unknown;
    int score = -1;
    QByteArray query;
    QString cause;
};

QByteArrayView senderScoreStateName(SenderScoreResult::State state); // "score", "nodata", ...

class SenderScoreCheck
{
public:
    static void run(DnsResolver& resolver, const QByteArray& zone, const QHostAddress& ip,
        std::function<void(const SenderScoreResult&)> done);
    static SenderScoreResult interpret(const DnsAnswer& answer);
};
