#include "reputation/SendingIdentity.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace SendingIdentities {

QStringList addressesInReply(QByteArrayView reply)
{
    // Only where a reply names the connecting address: after "from", "IP", "IP=", "ip=", "v="
    // (GMX's case URLs) or in brackets. Other dotted numbers are codes ("- 4.16.55.1").
    static const QString context = QStringLiteral(R"((?:\bfrom\s+|\bIP(?:\s+address)?[\s:=]+|[?&](?:ip|v)=|\[))");
    static const QString number = QStringLiteral(R"(((?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+))");
    static const QRegularExpression named(context + number, QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    const QString text = QString::fromUtf8(reply);
    auto matches = named.globalMatch(text);
    while (matches.hasNext()) {
        const QString candidate = matches.next().captured(1);
        QHostAddress address;
        if (!address.setAddress(candidate))
            continue;
        if (address.isLoopback() || address.isMulticast() || address.isLinkLocal() || address.isNull()
            || address.isInSubnet(QHostAddress(QStringLiteral("0.0.0.0")), 8))
            continue;
        const QString normal = address.toString();
        if (!found.contains(normal))
            found.append(normal);
    }
    return found;
}

SendingIdentity fromBounces(const std::vector<RecipientRecord>& recipients)
{
    QHash<QString, int> addressCounts;
    QHash<QByteArray, int> domainCounts;
    for (const RecipientRecord& record : recipients) {
        if (record.senderKind == SenderKind::Board) {
            const QByteArray domain = domainOf(record.sender).toByteArray().toLower();
            if (!domain.isEmpty())
                ++domainCounts[domain];
        }
        if (record.lastReply.isEmpty())
            continue;
        const QString receiver = QHostAddress(QString::fromLatin1(record.remoteIp)).toString();
        for (const QString& address : addressesInReply(record.lastReply)) {
            if (address != receiver)
                ++addressCounts[address];
        }
    }

    SendingIdentity identity;
    QList<std::pair<QString, int>> ranked;
    for (auto it = addressCounts.constBegin(); it != addressCounts.constEnd(); ++it)
        ranked.append({it.key(), it.value()});
    std::sort(ranked.begin(), ranked.end(),
        [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    for (qsizetype i = 0; i < std::min<qsizetype>(3, ranked.size()); ++i)
        identity.addresses.append(ranked[i].first);
    int best = 0;
    for (auto it = domainCounts.constBegin(); it != domainCounts.constEnd(); ++it) {
        if (it.value() > best || (it.value() == best && QString::fromLatin1(it.key()) < identity.domain)) {
            best = it.value();
            identity.domain = QString::fromLatin1(it.key());
        }
    }
    return identity;
}

} // namespace SendingIdentities
