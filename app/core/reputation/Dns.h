#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>

// The DNS layer of the reputation checks: record types, answers with a typed failure, and the
// one asynchronous resolver interface every check is written against.

enum class DnsType : quint16
{
    A = 1,
    Cname = 5,
    Ptr = 12,
    Mx = 15,
    Txt = 16,
    Aaaa = 28,
};

QByteArrayView dnsTypeName(DnsType type);

enum class DnsStatus
{
    Ok, // at least one record of the type asked for
    NxDomain, // the name does not exist
    NoData, // the name exists, with no record of this type
    ServerFailure, // SERVFAIL
    Refused, // REFUSED
    Timeout, // no answer within the query's time
    Malformed, // an answer that cannot be read, or for another question
    BadName, // not a name that can be asked (empty label, label over 63 bytes, over 253 bytes)
};

QByteArrayView dnsStatusName(DnsStatus status);

struct DnsRecord
{
    DnsType type = DnsType::A;
    QByteArray name; // the owner name, lower case, without the final dot
    QHostAddress address; // A, AAAA
    QList<QByteArray> strings; // TXT: its character-strings, raw bytes
    quint16 preference = 0; // MX
    QByteArray target; // MX exchange, PTR and CNAME target

    // TXT: the character-strings joined without a separator (RFC 7208 §3.3).
    QByteArray text() const;
};

struct DnsAnswer
{
    DnsStatus status = DnsStatus::Ok;
    QList<DnsRecord> records; // of the type asked for only
    QString detail; // the resolver's own words on a failure

    bool ok() const { return status == DnsStatus::Ok; }
    // NXDOMAIN or no data: an answer that says "nothing here" (RFC 7208's void lookup).
    bool isEmpty() const { return status == DnsStatus::NxDomain || status == DnsStatus::NoData; }
    // A failure that says nothing about the name: the server or the path to it failed.
    bool isError() const { return !ok() && !isEmpty(); }
};

namespace Dns {

// Lower case without a final dot; empty labels are kept, so that validName() can refuse them.
QByteArray normalizedName(QByteArrayView name);
// A name that can be put in a query: labels of 1 to 63 bytes, 253 bytes in all.
bool validName(QByteArrayView name);
// "4.3.2.1.in-addr.arpa" or the 32 nibbles of "ip6.arpa" for an address.
QByteArray reverseName(const QHostAddress& address);
// A domain the user typed, ready to ask about: trimmed, lower case, an internationalised name in
// its xn-- form; empty when it is not a name of two labels or more.
QByteArray domainFromText(const QString& text);
// The address, with IPv4-mapped IPv6 addresses (::ffff:192.0.2.1) turned into IPv4.
QHostAddress plainAddress(const QHostAddress& address);

} // namespace Dns

// Asynchronous: lookup() returns at once and calls done later, once, on the thread that asked
// (in-memory resolvers for tests may call it before lookup() returns). Every lookup ends, with
// records or a typed failure; a timeout is the resolver's to enforce.
class DnsResolver
{
public:
    using Done = std::function<void(const DnsAnswer&)>;

    virtual ~DnsResolver() = default;
    virtual void lookup(const QByteArray& name, DnsType type, Done done) = 0;
};
