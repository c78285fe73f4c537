#include "reputation/Dns.h"

#include <QUrl>

#include <algorithm>

QByteArrayView dnsTypeName(DnsType type)
{
    switch (type) {
    case DnsType::A:
        return "A";
    case DnsType::Cname:
        return "CNAME";
    case DnsType::Ptr:
        return "PTR";
    case DnsType::Mx:
        return "MX";
    case DnsType::Txt:
        return "TXT";
    case DnsType::Aaaa:
        return "AAAA";
    }
    return "?";
}

QByteArrayView dnsStatusName(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Ok:
        return "ok";
    case DnsStatus::NxDomain:
        return "nxdomain";
    case DnsStatus::NoData:
        return "nodata";
    case DnsStatus::ServerFailure:
        return "servfail";
    case DnsStatus::Refused:
        return "refused";
    case DnsStatus::Timeout:
        return "timeout";
    case DnsStatus::Malformed:
        return "malformed";
    case DnsStatus::BadName:
        return "badname";
    }
    return "?";
}

QByteArray DnsRecord::text() const
{
    QByteArray joined;
    for (const QByteArray& part : strings)
        joined += part;
    return joined;
}

namespace Dns {

QByteArray normalizedName(QByteArrayView name)
{
    QByteArray out = name.toByteArray();
    if (out.endsWith('.'))
        out.chop(1);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
    return out;
}

bool validName(QByteArrayView name)
{
    if (name.endsWith('.'))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    qsizetype label = 0;
    for (const char c : name) {
        if (c == '.') {
            if (label == 0)
                return false;
            label = 0;
        } else if (++label > 63) {
            return false;
        }
    }
    return label > 0;
}

QByteArray domainFromText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('@')) || trimmed.contains(QLatin1Char(' ')))
        return {};
    const QByteArray ace = QUrl::toAce(trimmed);
    const QByteArray name = normalizedName(ace);
    const bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return quint8(c) < 0x80 && c > ' '; });
    if (!ascii || !validName(name) || !name.contains('.'))
        return {};
    return name;
}

QHostAddress plainAddress(const QHostAddress& address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped)
            return QHostAddress(v4);
    }
    return address;
}

QByteArray reverseName(const QHostAddress& given)
{
    const QHostAddress address = plainAddress(given);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        return QByteArray::number(v4 & 0xff) + '.' + QByteArray::number((v4 >> 8) & 0xff) + '.'
            + QByteArray::number((v4 >> 16) & 0xff) + '.' + QByteArray::number(v4 >> 24) + ".in-addr.arpa";
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    static constexpr char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(72);
    for (int i = 15; i >= 0; --i) {
        out += hex[v6[i] & 0xf];
        out += '.';
        out += hex[v6[i] >> 4];
        out += '.';
    }
    return out + "ip6.arpa";
}

} // namespace Dns
