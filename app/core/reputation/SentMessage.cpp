#include "reputation/SentMessage.h"

#include <QRegularExpression>

namespace {

// "Name: value" -> value, when the field is called name (any case).
std::optional<QByteArrayView> fieldValue(QByteArrayView field, QByteArrayView name)
{
    const qsizetype colon = field.indexOf(':');
    if (colon < 0 || field.first(colon).trimmed().compare(name, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return field.sliced(colon + 1).trimmed();
}

QByteArray withoutComments(QByteArrayView value)
{
    // RFC 5322 comments nest and take quoted pairs: "a@b (The (Jobs) Board \) x)".
    QByteArray out;
    int depth = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\\' && depth > 0) {
            ++i;
            continue;
        }
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0)
            out += c;
    }
    return out;
}

// An address a receiver sees a connection from, not a hop inside someone's network.
bool isPublic(const QHostAddress& address)
{
    static const QList<QPair<QHostAddress, int>> inside {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
    };
    if (address.isNull() || address.isLoopback() || address.isLinkLocal() || address.isMulticast())
        return false;
    return std::none_of(
        inside.begin(), inside.end(), [&](const QPair<QHostAddress, int>& net) { return address.isInSubnet(net); });
}

} // namespace

QList<QByteArray> SentMessage::headerFields(QByteArrayView message)
{
    QList<QByteArray> fields;
    qsizetype at = 0;
    while (at < message.size()) {
        qsizetype end = message.indexOf('\n', at);
        if (end < 0)
            end = message.size();
        QByteArrayView line = message.sliced(at, end - at);
        at = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (fields.isEmpty() && line.trimmed().isEmpty())
            continue; // blank lines pasted before the message
        if (line.isEmpty())
            break;
        if ((line.front() == ' ' || line.front() == '\t') && !fields.isEmpty())
            fields.back() += line;
        else
            fields.append(line.toByteArray());
    }
    return fields;
}

QByteArray SentMessage::addressDomain(QByteArrayView value)
{
    const QByteArray plain = withoutComments(value);
    QByteArray address;
    const qsizetype open = plain.lastIndexOf('<');
    if (open >= 0) {
        const qsizetype close = plain.indexOf('>', open);
        address = plain.mid(open + 1, close < 0 ? -1 : close - open - 1).trimmed();
    } else {
        for (const QByteArray& word : plain.simplified().split(' ')) {
            if (word.contains('@'))
                address = word;
        }
    }
    const qsizetype at = address.lastIndexOf('@');
    if (at < 0)
        return {};
    QByteArray domain = address.sliced(at + 1);
    while (domain.endsWith(',') || domain.endsWith(';') || domain.endsWith('"'))
        domain.chop(1);
    return Dns::domainFromText(QString::fromUtf8(domain));
}

SentMessage SentMessage::read(QByteArrayView message)
{
    SentMessage out;
    // "from HELO (rDNS [IP])", or Exim's "from rDNS ([IP] helo=HELO)"; IPv6 as [IPv6:...].
    static const QRegularExpression hop(
        QStringLiteral(R"(^from\s+(\S+)((?:(?!\bby\b).)*?)\[(?:IPv6:)?([0-9A-Fa-f:.]+)\])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression eximHelo(QStringLiteral(R"(\bhelo=([^\s)]+))"));
    static const QRegularExpression by(
        QStringLiteral(R"(\bby\s+([^\s;]+))"), QRegularExpression::CaseInsensitiveOption);
    bool hopFound = false;
    for (const QByteArray& field : headerFields(message)) {
        if (const auto from = fieldValue(field, "From"); from && out.fromDomain.isEmpty()) {
            out.fromDomain = addressDomain(*from);
        } else if (const auto path = fieldValue(field, "Return-Path"); path && out.returnPathDomain.isEmpty()) {
            out.returnPathDomain = addressDomain(*path); // the topmost: the final delivery's
        } else if (const auto received = fieldValue(field, "Received"); received && !hopFound) {
            const QString text = QString::fromUtf8(*received).simplified();
            const QRegularExpressionMatch match = hop.match(text);
            QHostAddress address;
            if (!match.hasMatch() || !address.setAddress(match.captured(3)) || !isPublic(Dns::plainAddress(address)))
                continue;
            hopFound = true;
            out.sendingAddress = Dns::plainAddress(address);
            const QRegularExpressionMatch receiver = by.match(text, match.capturedEnd());
            if (receiver.hasMatch())
                out.receivedBy = receiver.captured(1).toLatin1().toLower();
            // Exim adds "helo=NAME" inside the parentheses when it differs from the name shown.
            const QString sender = text.left(receiver.hasMatch() ? receiver.capturedStart() : text.size());
            const QRegularExpressionMatch helo = eximHelo.match(sender);
            out.helo = (helo.hasMatch() ? helo.captured(1) : match.captured(1)).toLatin1();
            if (out.helo.endsWith('.'))
                out.helo.chop(1);
        }
    }
    out.signatures = DkimKeyCheck::signatures(message);
    return out;
}

std::optional<DkimSignatureId> SentMessage::ownSignature() const
{
    if (signatures.isEmpty())
        return std::nullopt;
    for (const DkimSignatureId& signature : signatures) {
        if (DmarcCheck::alignment(fromDomain, signature.domain, false))
            return signature;
    }
    return signatures.front();
}

void SentMessage::fill(ReputationRequest* request) const
{
    if (request->domain.isEmpty())
        request->domain = fromDomain.isEmpty() ? returnPathDomain : fromDomain;
    if (request->envelopeDomain.isEmpty() && returnPathDomain != request->domain)
        request->envelopeDomain = returnPathDomain;
    if (const auto own = ownSignature(); own && request->selector.isEmpty()) {
        request->selector = own->selector;
        request->dkimDomain = own->domain == request->domain ? QByteArray() : own->domain;
    }
    if (request->ips.isEmpty() && !sendingAddress.isNull())
        request->ips.append(sendingAddress);
    if (request->helo.isEmpty())
        request->helo = helo;
}
