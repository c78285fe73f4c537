#pragma once

#include "reputation/Dns.h"

#include <QHash>
#include <QSet>

// A resolver that answers from records held in memory, for tests and for replaying a recorded
// check. Names are matched on their bytes, ignoring ASCII case. It follows one CNAME.
class InMemoryResolver : public DnsResolver
{
public:
    void add(const DnsRecord& record);
    // Queries for this name fail with this status (SERVFAIL, timeout...) for the types that
    // have no record added before this call; from then on, for every type.
    void failFrom(const QByteArray& name, DnsStatus status);
    // Answers are given before lookup() returns (the default), or posted to the event loop.
    void setAnswerLater(bool later) { m_later = later; }

    DnsAnswer answer(const QByteArray& name, DnsType type) const;
    void lookup(const QByteArray& name, DnsType type, Done done) override;

    int queries() const { return m_queries; }

private:
    struct Failure
    {
        DnsStatus status = DnsStatus::Ok;
        QSet<int> answeredTypes; // types with records added before the failure
    };

    QHash<QByteArray, QList<DnsRecord>> m_records;
    QHash<QByteArray, Failure> m_failures;
    bool m_later = false;
    int m_queries = 0;
};
