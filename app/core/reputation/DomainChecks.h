#pragma once

#include "reputation/Dns.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// The domain checks of the reputation engine: DMARC (RFC 7489), DKIM keys (RFC 6376, 8301, 8463),
// reverse DNS with forward confirmation, and MX (RFC 5321 §5.1, RFC 7505). Each check asks the
// resolver, says what it found, and turns that into findings the owner can act on.
//
// Every run() is asynchronous and calls done exactly once, on the resolver's thread: before run()
// returns when the resolver answers at once, later otherwise. The resolver must outlive the check.
// A lookup that fails (timeout, SERVFAIL...) makes the result "could not check" (Unknown), never
// "no record": a failed lookup says nothing about the record.

enum class ReputationSeverity
{
    Info, // good news, or a fact worth knowing
    Warning, // works, but something should be improved
    Problem, // mail is refused or at risk because of it
};

QByteArrayView reputationSeverityName(ReputationSeverity severity); // "info", "warning", "problem"

// One thing a check found: a title, and a sentence on what it means and what to do. When a record
// would fix it, fixName is where to publish it and fixRecord its data as published: the text of a
// TXT record, the address of an A or AAAA record (the detail says which type).
struct ReputationFinding
{
    ReputationSeverity severity = ReputationSeverity::Info;
    QString title;
    QString detail;
    QString fixName;
    QByteArray fixRecord;
    // What was checked: "blocklist", "senderscore", "ptr", "spf", "dmarc", "alignment", "dkim",
    // "mx" or "helo". The full check sets it; the removal wizard sorts findings by it.
    QByteArray topic = {};
};

// ---- DMARC (RFC 7489) ----

enum class DmarcDisposition
{
    None,
    Quarantine,
    Reject,
};

QByteArrayView dmarcDispositionName(DmarcDisposition disposition); // "none", "quarantine", "reject"

struct DmarcPolicy
{
    DmarcDisposition policy = DmarcDisposition::None; // p
    std::optional<DmarcDisposition> subdomainPolicy; // sp; unset: subdomains get p
    int percent = 100; // pct
    QList<QByteArray> aggregateReports; // rua: the URIs as written
    QList<QByteArray> failureReports; // ruf
    bool strictDkim = false; // adkim=s; r (relaxed) is the default
    bool strictSpf = false; // aspf=s
    QByteArray failureOptions = "0"; // fo: 0, 1, d, s joined by ':'
};

enum class DmarcStatus
{
    Found, // one valid record: policy holds it
    None, // no DMARC record at the domain nor at its organizational domain
    Several, // two or more records: receivers apply none of them (RFC 7489 §6.6.3)
    Malformed, // one record that cannot be read: badTag and problem say why
    Unknown, // a lookup failed: could not check
    BadInput, // not a domain name
};

QByteArrayView dmarcStatusName(DmarcStatus status); // "found", "none", "several", ... "bad_input"

struct DmarcResult
{
    DmarcStatus status = DmarcStatus::Unknown;
    QByteArray domain; // the domain asked about, lower case
    QByteArray recordName; // where the record was found, or last looked for: _dmarc.<domain>
    bool fromOrganizationalDomain = false; // the record is the organizational domain's
    QList<QByteArray> records; // the DMARC records at recordName (two or more for Several)
    DmarcPolicy policy; // Found
    QByteArray badTag; // Malformed: the tag at fault ("p", "pct"...), or empty for the whole record
    QString problem; // Malformed, Unknown, BadInput: why
    QList<ReputationFinding> findings;
};

class DmarcCheck
{
public:
    // True for a TXT record whose first tag is v=DMARC1 (any case, whitespace around '=').
    static bool isDmarcRecord(QByteArrayView text);
    // Reads a DMARC record. False when a tag cannot be read: *badTag names it ("" for the record as
    // a whole) and *problem says why. Unknown tags are ignored (RFC 7489 §6.3).
    static bool parse(QByteArrayView record, DmarcPolicy* policy, QByteArray* badTag, QString* problem);
    // The organizational domain by the Public Suffix List: mail.board.co.uk -> board.co.uk.
    static QByteArray organizationalDomain(QByteArrayView domain);
    // Whether a From domain aligns with an SPF or DKIM domain: the same name when strict, the same
    // organizational domain when relaxed (RFC 7489 §3.1).
    static bool alignment(QByteArrayView fromDomain, QByteArrayView otherDomain, bool strict);
    // The policy for mail from domain: _dmarc.<domain>, else _dmarc.<organizational domain>.
    static void run(DnsResolver& resolver, const QByteArray& domain, std::function<void(const DmarcResult&)> done);
};

// ---- DKIM keys (RFC 6376 §3.6.1, RFC 8301, RFC 8463) ----

enum class DkimKeyType
{
    Rsa,
    Ed25519,
};

struct DkimKey
{
    DkimKeyType type = DkimKeyType::Rsa; // k
    int bits = 0; // the RSA modulus size, or 256 for Ed25519
    bool revoked = false; // an empty p=
    bool testing = false; // t=y
    bool strictDomain = false; // t=s: the signature's i= may not be a subdomain of d=
    QList<QByteArray> hashes; // h=, lower case; empty: any
    QList<QByteArray> services; // s=, lower case; default "*"
    QByteArray publicKey; // p=, decoded
};

enum class DkimKeyStatus
{
    Found, // a usable key
    None, // no record at <selector>._domainkey.<domain>
    Revoked, // p= is empty
    Several, // two or more TXT records: verifiers may pick any of them
    Malformed, // a record that cannot be used: badTag and problem say why
    Unknown, // the lookup failed: could not check
    BadInput, // the selector or domain cannot make a name
};

QByteArrayView dkimKeyStatusName(DkimKeyStatus status); // "found", "none", "revoked", ...

struct DkimKeyResult
{
    DkimKeyStatus status = DkimKeyStatus::Unknown;
    QByteArray selector;
    QByteArray domain;
    QByteArray name; // <selector>._domainkey.<domain>
    QList<QByteArray> records; // the TXT records there, strings joined
    DkimKey key; // Found and Revoked
    QByteArray badTag; // Malformed: "p", "k", "v"...
    QString problem; // Malformed, Unknown, BadInput: why
    QList<ReputationFinding> findings;
};

// The d= and s= of one DKIM-Signature header.
struct DkimSignatureId
{
    QByteArray domain; // d=, lower case
    QByteArray selector; // s=
};

class DkimKeyCheck
{
public:
    // Reads a key record. False when it cannot be used: *badTag and *problem say why.
    static bool parse(QByteArrayView record, DkimKey* key, QByteArray* badTag, QString* problem);
    // The modulus size of a DER SubjectPublicKeyInfo holding an RSA key, or of a bare RSAPublicKey
    // (RFC 8017 §A.1.1); 0 and *problem when the bytes are neither.
    static int rsaKeyBits(QByteArrayView der, QString* problem);
    // The DKIM-Signature headers of a raw RFC 5322 message (CRLF or LF lines, folded or not), in
    // order; signatures without d= or s= are left out.
    static QList<DkimSignatureId> signatures(QByteArrayView message);
    static void run(DnsResolver& resolver, const QByteArray& domain, const QByteArray& selector,
        std::function<void(const DkimKeyResult&)> done);
};

// ---- Reverse DNS and forward confirmation (FCrDNS) ----

struct ReverseDnsName
{
    QByteArray name; // a PTR target, lower case
    DnsStatus forwardStatus = DnsStatus::Ok; // of its A (IPv4) or AAAA (IPv6) lookup
    QList<QHostAddress> addresses;
    bool confirmed = false; // one of addresses is the IP
    bool generic = false; // looks like a name given to a dynamic or residential line
};

enum class ReverseDnsStatus
{
    Confirmed, // a PTR name resolves back to the IP
    NotConfirmed, // PTR names, none resolving back
    NoPtr, // no PTR record
    Unknown, // a lookup failed and no name was confirmed: could not check
    BadInput, // not an IP address
};

QByteArrayView reverseDnsStatusName(ReverseDnsStatus status); // "confirmed", "not_confirmed", ...

struct ReverseDnsResult
{
    ReverseDnsStatus status = ReverseDnsStatus::Unknown;
    QHostAddress address; // IPv4-mapped IPv6 addresses as IPv4
    QByteArray reverseName; // 4.3.2.1.in-addr.arpa or the ip6.arpa name
    QList<ReverseDnsName> names;
    QString problem; // Unknown, BadInput: why
    QList<ReputationFinding> findings;
};

class ReverseDnsCheck
{
public:
    // PTR names checked at most; further ones are left out, as RFC 7208 §4.6.4 does for SPF.
    static constexpr int MaxNames = 10;

    // A name that receivers take for a dynamic, residential or unnamed line: it holds the address's
    // digits (192-0-2-10, 10.2.0.192, c000020a) or a word such as dynamic, dhcp, pool, dsl, ppp.
    static bool looksGeneric(QByteArrayView name, const QHostAddress& address);
    static void run(
        DnsResolver& resolver, const QHostAddress& address, std::function<void(const ReverseDnsResult&)> done);
};

// ---- MX (RFC 5321 §5.1, null MX RFC 7505) ----

struct MxHost
{
    quint16 preference = 0;
    QByteArray host; // lower case, without the final dot
};

enum class MxStatus
{
    Found, // hosts, by preference
    NullMx, // a single "0 ." record: the domain accepts no mail
    None, // the domain has no MX (mail goes to its address records, if any)
    NoDomain, // the domain does not exist
    Unknown, // the lookup failed: could not check
    BadInput, // not a domain name
};

QByteArrayView mxStatusName(MxStatus status); // "found", "null_mx", "none", "no_domain", ...

struct MxResult
{
    MxStatus status = MxStatus::Unknown;
    QByteArray domain;
    QList<MxHost> hosts; // by preference, then name; without null MX records
    QString problem; // Unknown, BadInput: why
    QList<ReputationFinding> findings;
};

class MxCheck
{
public:
    static void run(DnsResolver& resolver, const QByteArray& domain, std::function<void(const MxResult&)> done);
};
