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
    QByteArray domain; // the board's domain, in its From addresses; empty: no domain checks
    QByteArray envelopeDomain; // of the Return-Path (MAIL FROM), which SPF checks; empty: domain
    QByteArray selector; // a DKIM selector; empty: no DKIM check
    QByteArray dkimDomain; // the d= the board's mail is signed with; empty: domain
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

// Whether mail with the board's From domain passes DMARC (RFC 7489 §3.1, §4.2): SPF passing for
// an envelope domain aligned with it, or a DKIM signature by an aligned domain.
struct DmarcAlignment
{
    QByteArray fromDomain;
    QByteArray spfDomain; // the envelope domain SPF was checked for
    QByteArray dkimDomain; // the d= of the key checked; empty without a selector
    bool strictSpf = false; // aspf=s; relaxed without a DMARC record
    bool strictDkim = false; // adkim=s
    bool spfAligned = false;
    bool spfChecked = false; // there were sending addresses to check SPF for
    bool spfPasses = false; // SPF passed for every one of them
    bool spfUnknown = false; // SPF could not be checked for one of them (temperror)
    bool dkimAligned = false;
    bool dkimKeyFound = false; // a usable key at the selector: signatures can verify
    bool dkimUnknown = false; // the key's lookup failed
    bool passes() const { return (spfAligned && spfPasses) || (dkimAligned && dkimKeyFound); }
};

struct ReputationReport
{
    QList<IpReputation> ips;
    QList<BlocklistResult> domainBlocklists; // the domain on the lists that take domains
    std::optional<DmarcResult> dmarc;
    std::optional<DkimKeyResult> dkim;
    std::optional<DmarcAlignment> alignment; // with a domain and a DMARC answer
    std::optional<MxResult> mx;
    std::optional<HeloResult> helo;
    QList<ReputationFinding> findings; // problems first, then warnings, then the rest
    QByteArray domain; // the board's domain checked, if any
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
    // The alignment of the From domain, as the report's SPF, DMARC and DKIM results give it.
    static DmarcAlignment alignmentOf(const ReputationReport& report, const QByteArray& fromDomain,
        const QByteArray& envelopeDomain);
    static QList<ReputationFinding> alignmentFindings(const DmarcAlignment& alignment, const DmarcResult& dmarc);
    // A record that authorises ip ahead of every lookup: the existing terms after "ip4:" or "ip6:".
    static QByteArray spfRecordWith(const QHostAddress& ip, const QByteArray& record);
};
