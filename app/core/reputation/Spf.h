#pragma once

#include "reputation/Dns.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// SPF, RFC 7208: check_host() with every mechanism and modifier, macros, exp=, and the limits of
// 10 DNS-querying terms and 2 void lookups.

enum class SpfResult
{
    None,
    Neutral,
    Pass,
    Fail,
    SoftFail,
    TempError,
    PermError,
};

QByteArrayView spfResultName(SpfResult result); // "none", "neutral", "pass", ...

struct SpfRequest
{
    QHostAddress ip; // the SMTP client
    // The client's address as the caller wrote it, if at hand: %{i} of an IPv6 address keeps the
    // case of its hex digits (RFC 7208 does not say; the conformance suite expects this).
    QByteArray ipText;
    QByteArray sender; // MAIL FROM; when empty, the HELO identity is checked
    QByteArray helo;
    QByteArray receiver = "unknown"; // %{r}, in explanations only
    qint64 timestamp = 0; // %{t}, seconds since the epoch
};

// One step of the evaluation, so the owner sees which record, term and lookup decided.
struct SpfStep
{
    int depth = 0; // 0 for the domain asked about, 1 inside its first include or redirect...
    QByteArray domain;
    QByteArray term; // the record (first step of a domain) or one of its terms
    QString note; // what came of it
};

struct SpfOutcome
{
    SpfResult result = SpfResult::None;
    QByteArray domain; // the domain whose policy was checked
    QByteArray record; // its SPF record, when it has one
    QByteArray explanation; // for fail: the domain's exp= text, or a default
    bool defaultExplanation = false; // the domain gave none (or a broken one)
    QString problem; // for permerror and temperror: why
    int lookups = 0; // DNS-querying terms, against the limit of 10
    int voidLookups = 0; // against the limit of 2
    QList<SpfStep> steps;
};

// One pass over the answers it is given. A pass that needs an answer it does not have stops and
// says which (missing()); SpfCheck asks the resolver and runs a new pass, until none is missing.
// Keeping the evaluation a plain function of its answers makes it testable without an event loop.
class SpfEvaluation
{
public:
    // Returns the answer for a name and type, or nullptr when it has not been asked yet.
    using Answers = std::function<const DnsAnswer*(const QByteArray& name, DnsType type)>;

    static constexpr int MaxLookups = 10;
    static constexpr int MaxVoidLookups = 2;

    SpfEvaluation(const SpfRequest& request, Answers answers);
    ~SpfEvaluation();

    SpfOutcome run();

    struct Missing
    {
        QByteArray name;
        DnsType type = DnsType::A;
    };
    std::optional<Missing> missing() const { return m_missing; }

    class Private;

private:
    std::unique_ptr<Private> d;
    std::optional<Missing> m_missing;
};

// check_host() over a resolver, asynchronously. done is called once, on the caller's thread.
class SpfCheck
{
public:
    // Enough for any evaluation within the limits (10 terms, 10 MX or PTR names each, exp=).
    static constexpr int MaxQueries = 250;

    static void run(DnsResolver& resolver, const SpfRequest& request, std::function<void(const SpfOutcome&)> done);
};
