#include "mail/PostfixLogParser.h"

#include "bounces/BounceClassifier.h"
#include "mail/LogTime.h"
#include "mail/ParseHelpers.h"
#include "mail/SyslogHeader.h"

#include <array>

using namespace ParseHelpers;

namespace {

// Hex ids "3F2A1B4C5D" or long ids "4VbXyZ1Qz8z9kL" (enable_long_queue_ids). A table look-up a
// byte: this runs on every line, and the three range tests cost 6% of a Postfix scan.
constexpr std::array<bool, 256> queueIdBytes = [] {
    std::array<bool, 256> table {};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    return table;
}();

inline bool looksLikeQueueId(QByteArrayView id)
{
    if (id.size() < 6 || id.size() > 20)
        return false;
    for (const char c : id) {
        if (!queueIdBytes[quint8(c)])
            return false;
    }
    return true;
}

// The value of "key=" up to ", " (or the end); for status= it stops before " (".
QByteArrayView field(QByteArrayView text, QByteArrayView key)
{
    qsizetype at = 0;
    for (;;) {
        at = find(text, key, at);
        if (at < 0)
            return {};
        if (at == 0 || text[at - 1] == ' ')
            break;
        at += key.size();
    }
    const qsizetype start = at + key.size();
    qsizetype end = find(text, ", ", start);
    const qsizetype paren = find(text, " (", start);
    if (paren >= 0 && (end < 0 || paren < end))
        end = paren;
    if (end < 0)
        end = text.size();
    return text.sliced(start, end - start);
}

// "(host mx[1.2.3.4] said: 550 5.1.1 ... (in reply to RCPT TO command))"
void parseExplanation(QByteArrayView text, DeliveryEvent& event)
{
    const qsizetype open = find(text, " (");
    if (open < 0)
        return;
    QByteArrayView why = text.sliced(open + 2);
    if (why.endsWith(')'))
        why.chop(1);

    static constexpr QByteArrayView inReply(" (in reply to ");
    const qsizetype reply = why.lastIndexOf(inReply);
    if (reply >= 0) {
        QByteArrayView command = why.sliced(reply + inReply.size());
        if (command.endsWith(')'))
            command.chop(1);
        if (command.endsWith(" command"))
            command.chop(8);
        if (equals(command, "end of DATA") || equals(command, "end of data"))
            command = "DATA";
        event.command = command.toByteArray();
        why = why.first(reply);
    }

    if (why.startsWith("host ")) {
        const qsizetype said = find(why, " said: ");
        if (said >= 0) {
            QByteArrayView host;
            QByteArrayView ip;
            splitHostIp(why.sliced(5, said - 5), &host, &ip);
            event.remoteHost = host.toByteArray();
            event.remoteIp = ip.toByteArray();
            why = why.sliced(said + 7);
        }
    } else if (why.startsWith("connect to ")) {
        event.command = "connect";
    }
    event.diagnostic = why.toByteArray();
    event.replyCode = BounceClassifier::replyCodeInText(why);
}

} // namespace

bool PostfixLogParser::parseHeader(
    QByteArrayView line, Stamp* stamp, QByteArrayView* program, QByteArrayView* text) const
{
    return readSyslogHeader(line, m_clock, stamp, program, text);
}

qint64 PostfixLogParser::timeOf(const Stamp& stamp) const
{
    return syslogTime(stamp, m_clock);
}

// What lex() found, for apply().
enum Kind : quint8
{
    From = 1, // qmgr "from=<s>, size=..., nrcpt=..."
    Expired, // qmgr "from=<s>, status=expired, returned to sender"
    To, // a delivery agent's "to=<r>, ..., status=..."
    Removed, // qmgr "removed"
};
enum SpanIndex
{
    QueueId,
    Address, // the sender of From, the recipient of To
    Relay,
    Dsn,
    Explanation, // "status=bounced (host ... said: ...)" to the end of the line
};

// The fields of a delivery line, read left to right in one pass: "to=<r>, orig_to=<o>,
// relay=h[ip]:25, delay=1, delays=a/b/c/d, dsn=5.1.1, status=bounced (explanation)".
struct RecipientFields
{
    QByteArrayView to;
    QByteArrayView relay;
    QByteArrayView dsn;
    QByteArrayView status;
    qsizetype statusAt = -1;
};

static RecipientFields readRecipientFields(QByteArrayView text)
{
    RecipientFields fields;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const auto* eq = static_cast<const char*>(std::memchr(text.data() + pos, '=', size_t(text.size() - pos)));
        if (!eq)
            break;
        const qsizetype valueAt = eq - text.data() + 1;
        const QByteArrayView key = text.sliced(pos, valueAt - 1 - pos);
        if (equals(key, "status")) {
            qsizetype end = find(text, " (", valueAt);
            if (end < 0)
                end = text.size();
            fields.status = text.sliced(valueAt, end - valueAt);
            fields.statusAt = pos;
            break;
        }
        qsizetype end = find(text, ", ", valueAt);
        if (end < 0)
            end = text.size();
        const QByteArrayView value = text.sliced(valueAt, end - valueAt);
        if (equals(key, "to"))
            fields.to = value;
        else if (equals(key, "relay"))
            fields.relay = value;
        else if (equals(key, "dsn"))
            fields.dsn = value;
        pos = end + 2;
    }
    return fields;
}

LineVerdict PostfixLogParser::lex(QByteArrayView line, LexedLine& lexed) const
{
    Stamp stamp;
    QByteArrayView program;
    QByteArrayView text;
    if (!parseHeader(line, &stamp, &program, &text))
        return LineVerdict::Malformed;
    if (!startsWith(program, "postfix"))
        return LineVerdict::Ignored; // another daemon in a shared syslog file

    const qsizetype colon = find(text, ": ");
    if (colon < 0)
        return LineVerdict::Ignored;
    const QByteArrayView queueId = text.first(colon);
    if (!looksLikeQueueId(queueId))
        return LineVerdict::Ignored; // NOQUEUE rejects, warnings, connects
    const QByteArrayView rest = text.sliced(colon + 2);
    lexed.spans[QueueId] = LexedLine::spanOf(queueId, line);
    lexed.key = bytesHash(queueId);

    if (startsWith(rest, "from=<")) {
        // "from=<s>, status=expired, returned to sender" against "from=<s>, size=1, nrcpt=1 ...":
        // look right after the address instead of searching the line.
        const qsizetype close = findChar(rest, '>');
        if (close > 0 && startsWith(rest.sliced(close + 1), ", status=expired")) {
            lexed.kind = Expired;
            return LineVerdict::Used;
        }
        lexed.kind = From;
        const QByteArrayView sender = stripAngles(field(rest, "from="));
        lexed.spans[Address] = LexedLine::spanOf(sender, line);
        lexed.hash = bytesHash(sender);
        return LineVerdict::Used;
    }
    if (startsWith(rest, "to=<")) {
        const RecipientFields fields = readRecipientFields(rest);
        const QByteArrayView status = fields.status;
        DeliveryAction action;
        if (equals(status, "sent") || equals(status, "delivered"))
            action = DeliveryAction::Delivered;
        else if (equals(status, "deferred"))
            action = DeliveryAction::Delayed;
        else if (equals(status, "bounced") || equals(status, "expired") || equals(status, "undeliverable"))
            action = DeliveryAction::Failed;
        else
            return LineVerdict::Ignored; // "status=deliverable" from address verification, and the like
        const QByteArrayView recipient = stripAngles(fields.to);
        if (recipient.isEmpty())
            return LineVerdict::Malformed;
        lexed.kind = To;
        lexed.detail = quint8(action) | (equals(status, "expired") ? 0x80 : 0);
        lexed.spans[Address] = LexedLine::spanOf(recipient, line);
        lexed.spans[Relay] = LexedLine::spanOf(fields.relay, line);
        lexed.spans[Dsn] = LexedLine::spanOf(fields.dsn, line);
        lexed.spans[Explanation] = LexedLine::spanOf(rest.sliced(fields.statusAt), line);
        if (action == DeliveryAction::Delivered) {
            lexed.hash = addressHash(recipient);
        } else {
            // Failures and deferrals are few: build and classify their events here, off the
            // thread that applies lines in order.
            lexed.event = std::make_unique<DeliveryEvent>();
            buildEvent(line, lexed, *lexed.event);
            if (m_classifier)
                lexed.event->reason = m_classifier->classify(*lexed.event);
        }
        return LineVerdict::Used;
    }
    if (rest.size() == 7 && startsWith(rest, "removed")) {
        lexed.kind = Removed;
        return LineVerdict::Used;
    }
    return LineVerdict::Ignored;
}

qint64 PostfixLogParser::timeOfLine(QByteArrayView line) const
{
    Stamp stamp;
    QByteArrayView program;
    QByteArrayView text;
    return parseHeader(line, &stamp, &program, &text) ? timeOf(stamp) : 0;
}

LineVerdict PostfixLogParser::apply(QByteArrayView line, LexedLine& lexed, const SourceLocation& where)
{
    const QByteArrayView queueId = lexed.spans[QueueId].in(line);
    switch (lexed.kind) {
    case From: {
        Message& message = m_messages[lexed.key];
        // Most mail comes from the board's few sender addresses: share one copy of each.
        if (lexed.hash != m_lastSenderHash || m_lastSender.isNull()) {
            m_lastSender = lexed.spans[Address].in(line).toByteArray();
            m_lastSenderHash = lexed.hash;
        }
        message.sender = m_lastSender;
        return LineVerdict::Used;
    }
    case Expired: {
        DeliveryEvent event;
        event.source = where;
        event.time = timeOfLine(line);
        expire(lexed.key, queueId, event);
        return LineVerdict::Used;
    }
    case To:
        return applyDelivery(line, lexed, where);
    case Removed:
        m_messages.remove(lexed.key);
        return LineVerdict::Used;
    default:
        return LineVerdict::Ignored;
    }
}

// The parts of a delivery event that come from its line alone.
void PostfixLogParser::buildEvent(QByteArrayView line, const LexedLine& lexed, DeliveryEvent& event) const
{
    event.action = DeliveryAction(lexed.detail & 0x7f);
    event.retryTimeout = (lexed.detail & 0x80) != 0;
    event.recipient = lexed.spans[Address].in(line).toByteArray();
    event.messageId = lexed.spans[QueueId].in(line).toByteArray();
    event.enhancedStatus = lexed.spans[Dsn].in(line).toByteArray();
    QByteArrayView host;
    QByteArrayView ip;
    const QByteArrayView relay = lexed.spans[Relay].in(line);
    if (!equals(relay, "none"))
        splitHostIp(relay, &host, &ip);
    event.remoteHost = host.toByteArray();
    event.remoteIp = ip.toByteArray();
    parseExplanation(lexed.spans[Explanation].in(line), event);
}

LineVerdict PostfixLogParser::applyDelivery(QByteArrayView line, LexedLine& lexed, const SourceLocation& where)
{
    std::unique_ptr<DeliveryEvent> built = std::move(lexed.event);
    if (!built) {
        // A delivery: worth an event only when the ledger tracks the address.
        if (!wantsDelivery(lexed.spans[Address].in(line), lexed.hash))
            return LineVerdict::Used;
        built = std::make_unique<DeliveryEvent>();
        buildEvent(line, lexed, *built);
    }
    DeliveryEvent& event = *built;
    event.source = where;
    event.time = timeOfLine(line);

    Message& message = m_messages[lexed.key];
    event.sender = message.sender;
    if (event.action != DeliveryAction::Delivered || !message.deferred.empty()) {
        auto& pending = message.deferred;
        const auto same = [&](const Pending& p) { return p.recipient == event.recipient; };
        pending.erase(std::remove_if(pending.begin(), pending.end(), same), pending.end());
        if (event.action == DeliveryAction::Delayed)
            pending.push_back({event.recipient, event.remoteHost, event.remoteIp});
    }
    emitEvent(event);
    return LineVerdict::Used;
}

void PostfixLogParser::expire(quint64 key, QByteArrayView queueId, DeliveryEvent& event)
{
    // "status=expired, returned to sender" names no recipient: it is every recipient of the
    // message still deferred. Their reasons come from their last deferral (in the ledger).
    const auto it = m_messages.find(key);
    if (it == m_messages.end())
        return;
    event.action = DeliveryAction::Failed;
    event.retryTimeout = true;
    event.messageId = queueId.toByteArray();
    event.sender = it->sender;
    event.diagnostic = "message expired in the queue, returned to sender";
    for (const Pending& pending : std::as_const(it->deferred)) {
        event.recipient = pending.recipient;
        event.remoteHost = pending.remoteHost;
        event.remoteIp = pending.remoteIp;
        emitEvent(event);
    }
    it->deferred.clear();
}
