#pragma once

#include "reputation/Dns.h"

// Records for the in-memory resolver.
namespace DnsRecords {

inline DnsRecord a(const QByteArray& name, const char* address)
{
    DnsRecord record;
    record.type = DnsType::A;
    record.name = name;
    record.address = QHostAddress(QString::fromLatin1(address));
    return record;
}

inline DnsRecord txt(const QByteArray& name, const QByteArray& text)
{
    DnsRecord record;
    record.type = DnsType::Txt;
    record.name = name;
    record.strings = {text};
    return record;
}

} // namespace DnsRecords
