#pragma once

#include "reputation/Dns.h"

#include <QObject>

#include <memory>

// The production resolver: c-ares (maintained, asynchronous, packaged for Windows, macOS and
// Linux) driven by the Qt event loop through socket notifiers and one timer, so hundreds of
// queries can be in flight on the calling thread. The system's resolvers or one nameserver the
// user names (IPv4 or IPv6, any port); a per-query timeout; c-ares retries truncated answers over
// TCP. Destroying the resolver drops the callbacks of queries still in flight.
class CaresResolver : public QObject, public DnsResolver
{
    Q_OBJECT

public:
    struct Options
    {
        QString nameserver; // empty: the system's; or "192.0.2.1", "192.0.2.1:5353", "[2001:db8::1]:53"
        // A query is sent up to `tries` times, waiting timeoutMs and then twice that: with the
        // defaults it ends within 6 s, and one lost datagram does not make a list "unknown".
        int timeoutMs = 2000;
        int tries = 2;
        // Queries sent and not yet answered, at most; more wait their turn. A server drops
        // datagrams beyond what it can queue (dnsmasq answers 256 of a burst of 400), and a
        // dropped query costs a whole timeout: 256 addresses on 11 lists took 2.26 s with 200
        // in flight against dnsmasq and 0.20 s with 100 (tests/bench/run-dns-bench.sh).
        int maxInFlight = 100;
    };

    explicit CaresResolver(const Options& options, QObject* parent = nullptr);
    ~CaresResolver() override;

    // False when c-ares could not start or the nameserver is not an address; errorString() says why.
    bool isValid() const;
    QString errorString() const;
    int inFlight() const; // sent, not yet answered
    int waiting() const; // not yet sent

    void lookup(const QByteArray& name, DnsType type, Done done) override;

    // "ADDR", "ADDR:PORT", "[ADDR]:PORT" (port 53 when left out).
    static bool parseNameserver(const QString& text, QHostAddress* address, quint16* port, QString* error);
    // Reads a DNS response message: the records of the type asked for from its answer section.
    static DnsAnswer readAnswer(const QByteArray& message, DnsType type);

    class Private;

private:
    std::unique_ptr<Private> d;
};
