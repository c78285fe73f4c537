#pragma once

#include "reputation/Blocklists.h"
#include "reputation/DomainChecks.h"
#include "reputation/Spf.h"

#include <QDateTime>

#include <optional>

// Every reputation check for the board's sending addresses and domain at once, in parallel over
// one resolver, with progress, gathered into one report with findings sorted by severity.

struct ReputationRequest
{
    QList<QHostAddress> ips;
    QByteArray domain; // the sending domain (MAIL FROM and From); empty: no domain checks
    QByteArray selector; // a DKIM selector; empty: no DKIM check
    QByteArray helo; // the name the SMTP server gives in HELO, when known
    bool blocklistsOnly = false; // the addresses on the lists, nothing else (for batches)
    QList<Blocklist> lists = BlocklistCatalog::builtIn().lists();
    QByteArray senderScoreZone = BlocklistCatalog::builtIn().senderScoreZone();
};

struct IpReputation
{
    QHostAddress ip;
    QList<BlocklistResult> blocklists;
    SenderScoreResult senderScore;
    ReverseDnsResult reverseDns;
    std::optional<SpfOutcome> spf; // with a domain: SPF for mail from this IP
};

// The name the SMTP server gives in HELO/EHLO, and where it points.
struct HeloResult
{
    QByteArray name;
    bool validName = false; // a full domain name (two labels or more)
    DnsStatus status = DnsStatus::Ok; // the worst of its A and AAAA lookups that failed
    QList<QHostAddress> addresses; // A and AAAA
};

struct ReputationReport
{
    QList<IpReputation> ips;
    QList<BlocklistResult> domainBlocklists; // the domain on the lists that take domains
    std::optional<DmarcResult> dmarc;
    std::optional<DkimKeyResult> dkim;
    std::optional<MxResult> mx;
    std::optional<HeloResult> helo;
    QList<ReputationFinding> findings; // problems first, then warnings, then the rest
    QDateTime checkedAt;
    qint64 elapsedMs = 0;
};

class ReputationCheck
{
public:
    using Progress = std::function<void(int done, int total)>;

    // done is called once, after every check ended (each within the resolver's timeout).
    static void run(DnsResolver& resolver, const ReputationRequest& request, Progress progress,
        std::function<void(const ReputationReport&)> done);

    // target: the address or domain the results are for.
    static QList<ReputationFinding> blocklistFindings(const QString& target, const QList<BlocklistResult>& results);
    static QList<ReputationFinding> senderScoreFindings(const IpReputation& ip);
    static QList<ReputationFinding> spfFindings(const QHostAddress& ip, const SpfOutcome& spf);
    // Receivers want a HELO name that resolves to the sending address and matches its PTR name.
    static QList<ReputationFinding> heloFindings(const HeloResult& helo, const QList<IpReputation>& ips);
    // A record that authorises ip ahead of every lookup: the existing terms after "ip4:" or "ip6:".
    static QByteArray spfRecordWith(const QHostAddress& ip, const QByteArray& record);
};
