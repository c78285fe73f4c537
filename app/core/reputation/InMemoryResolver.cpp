#include "reputation/InMemoryResolver.h"

#include <QTimer>

void InMemoryResolver::add(const DnsRecord& record)
{
    DnsRecord stored = record;
    stored.name = Dns::normalizedName(record.name);
    m_records[stored.name].append(stored);
}

void InMemoryResolver::failFrom(const QByteArray& name, DnsStatus status)
{
    const QByteArray key = Dns::normalizedName(name);
    Failure failure;
    failure.status = status;
    for (const DnsRecord& record : m_records.value(key))
        failure.answeredTypes.insert(int(record.type));
    m_failures.insert(key, failure);
}

DnsAnswer InMemoryResolver::answer(const QByteArray& name, DnsType type) const
{
    DnsAnswer out;
    if (!Dns::validName(name)) {
        out.status = DnsStatus::BadName;
        return out;
    }
    QByteArray key = Dns::normalizedName(name);
    for (int hops = 0; hops < 2; ++hops) {
        const auto failure = m_failures.constFind(key);
        if (failure != m_failures.constEnd() && !failure->answeredTypes.contains(int(type))) {
            out.status = failure->status;
            return out;
        }
        const auto it = m_records.constFind(key);
        if (it == m_records.constEnd()) {
            out.status = hops == 0 ? DnsStatus::NxDomain : DnsStatus::NoData;
            return out;
        }
        QByteArray alias;
        for (const DnsRecord& record : *it) {
            if (record.type == type)
                out.records.append(record);
            else if (record.type == DnsType::Cname)
                alias = Dns::normalizedName(record.target);
        }
        if (!out.records.isEmpty() || alias.isEmpty() || type == DnsType::Cname)
            break;
        key = alias;
    }
    out.status = out.records.isEmpty() ? DnsStatus::NoData : DnsStatus::Ok;
    return out;
}

void InMemoryResolver::lookup(const QByteArray& name, DnsType type, Done done)
{
    ++m_queries;
    const DnsAnswer result = answer(name, type);
    if (!m_later) {
        done(result);
        return;
    }
    QTimer::singleShot(0, [done = std::move(done), result] { done(result); });
}
