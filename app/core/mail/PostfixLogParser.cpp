#include "mail/PostfixLogParser.h"

#include "bounces/BounceClassifier.h"
#include "mail/LogTime.h"
#include "mail/ParseHelpers.h"

using namespace ParseHelpers;

namespace {

bool isQueueIdChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Hex ids "3F2A1B4C5D" or long ids "4VbXyZ1Qz8z9kL" (enable_long_queue_ids).
bool looksLikeQueueId(QByteArrayView id)
{
    if (id.size() < 6 || id.size() > 20)
        return false;
    return std::all_of(id.begin(), id.end(), isQueueIdChar);
}

// The value of "key=" up to ", " (or the end); for status= it stops before " (".
QByteArrayView field(QByteArrayView text, QByteArrayView key)
{
    qsizetype at = 0;
    for (;;) {
        at = text.indexOf(key, at);
        if (at < 0)
            return {};
        if (at == 0 || text[at - 1] == ' ')
            break;
        at += key.size();
    }
    const qsizetype start = at + key.size();
    qsizetype end = text.indexOf(", ", start);
    const qsizetype paren = text.indexOf(" (", start);
    if (paren >= 0 && (end < 0 || paren < end))
        end = paren;
    if (end < 0)
        end = text.size();
    return text.sliced(start, end - start);
}

// "(host mx[1.2.3.4] said: 550 5.1.1 ... (in reply to RCPT TO command))"
void parseExplanation(QByteArrayView text, DeliveryEvent& event)
{
    const qsizetype open = text.indexOf(" (");
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
        if (command == "end of DATA" || command == "end of data")
            command = "DATA";
        event.command = command.toByteArray();
        why = why.first(reply);
    }

    if (why.startsWith("host ")) {
        const qsizetype said = why.indexOf(" said: ");
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

bool PostfixLogParser::parseHeader(QByteArrayView line, qint64* time, QByteArrayView* program,
                                   QByteArrayView* text) const
{
    qsizetype pos = 0;
    if (line.size() > 20 && line[4] == '-' && line[10] == 'T') {
        // RFC 3339: 2024-01-15T10:00:00.123456+01:00
        const int year = number(line, 0, 4);
        const int month = number(line, 5, 2);
        const int day = number(line, 8, 2);
        const int hour = number(line, 11, 2);
        const int minute = number(line, 14, 2);
        const int second = number(line, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || minute < 0 || second < 0)
            return false;
        pos = 19;
        int msec = 0;
        if (pos < line.size() && line[pos] == '.') {
            const qsizetype start = ++pos;
            while (pos < line.size() && isDigit(line[pos]))
                ++pos;
            const QByteArrayView fraction = line.sliced(start, pos - start);
            msec = fraction.size() >= 3 ? number(fraction, 0, 3) : 0;
        }
        int offset = 0;
        if (pos < line.size() && (line[pos] == '+' || line[pos] == '-')) {
            const int hh = number(line, pos + 1, 2);
            const int mm = number(line, pos + 4, 2);
            if (hh < 0 || mm < 0)
                return false;
            offset = (hh * 3600 + mm * 60) * (line[pos] == '-' ? -1 : 1);
            pos += 6;
        } else if (pos < line.size() && line[pos] == 'Z') {
            ++pos;
        } else {
            return false;
        }
        *time = LogClock::withOffset(year, month, day, hour, minute, second, msec, offset);
    } else {
        // Syslog: "Jan  5 10:00:00" or maillog_file's "Jan 05 10:00:00"; no year.
        const int month = line.size() > 15 ? LogClock::monthFromName(line.first(3)) : 0;
        const int day = line[4] == ' ' ? number(line, 5, 1) : number(line, 4, 2);
        const int hour = number(line, 7, 2);
        const int minute = number(line, 10, 2);
        const int second = number(line, 13, 2);
        if (month == 0 || day < 1 || hour < 0 || minute < 0 || second < 0 || line[3] != ' ' || line[6] != ' ')
            return false;
        pos = 15;
        int msec = 0;
        if (pos < line.size() && line[pos] == '.') { // rsyslog high-precision without a year
            const qsizetype start = ++pos;
            while (pos < line.size() && isDigit(line[pos]))
                ++pos;
            msec = pos - start >= 3 ? number(line, start, 3) : 0;
        }
        if (!m_clock)
            return false;
        const int year = m_clock->inferYear(month, day);
        *time = m_clock->toUtc(year, month, day, hour, minute, second, msec);
    }

    // " host program[pid]: text"
    if (pos >= line.size() || line[pos] != ' ')
        return false;
    const qsizetype hostEnd = line.indexOf(' ', pos + 1);
    if (hostEnd < 0)
        return false;
    const qsizetype colon = line.indexOf(": ", hostEnd + 1);
    if (colon < 0)
        return false;
    QByteArrayView prog = line.sliced(hostEnd + 1, colon - hostEnd - 1);
    const qsizetype bracket = prog.indexOf('[');
    if (bracket >= 0)
        prog = prog.first(bracket);
    *program = prog;
    *text = line.sliced(colon + 2);
    return true;
}

LineVerdict PostfixLogParser::parseLine(QByteArrayView line, const SourceLocation& where)
{
    qint64 time = 0;
    QByteArrayView program;
    QByteArrayView text;
    if (!parseHeader(line, &time, &program, &text))
        return LineVerdict::Malformed;
    if (!program.startsWith("postfix"))
        return LineVerdict::Ignored; // another daemon in a shared syslog file

    const qsizetype colon = text.indexOf(": ");
    if (colon < 0)
        return LineVerdict::Ignored;
    const QByteArrayView queueId = text.first(colon);
    if (!looksLikeQueueId(queueId))
        return LineVerdict::Ignored; // NOQUEUE rejects, warnings, connects
    const QByteArrayView rest = text.sliced(colon + 2);

    DeliveryEvent event;
    event.time = time;
    event.source = where;

    if (rest.startsWith("from=<")) {
        if (rest.contains("status=expired")) {
            expire(queueId, event);
            return LineVerdict::Used;
        }
        m_messages[queueId.toByteArray()].sender = stripAngles(field(rest, "from=")).toByteArray();
        return LineVerdict::Used;
    }
    if (rest.startsWith("to=<")) {
        parseRecipientLine(queueId, rest, event);
        return event.recipient.isEmpty() ? LineVerdict::Malformed : LineVerdict::Used;
    }
    if (rest.startsWith("message-id=")) {
        m_messages[queueId.toByteArray()].messageId = stripAngles(rest.sliced(11).trimmed()).toByteArray();
        return LineVerdict::Used;
    }
    if (rest == "removed") {
        m_messages.remove(queueId.toByteArray());
        return LineVerdict::Used;
    }
    return LineVerdict::Ignored;
}

void PostfixLogParser::parseRecipientLine(QByteArrayView queueId, QByteArrayView text, DeliveryEvent& event)
{
    const QByteArrayView status = field(text, "status=");
    if (status == "sent" || status == "delivered")
        event.action = DeliveryAction::Delivered;
    else if (status == "deferred")
        event.action = DeliveryAction::Delayed;
    else if (status == "bounced" || status == "expired" || status == "undeliverable")
        event.action = DeliveryAction::Failed;
    else
        return;
    event.retryTimeout = status == "expired";

    event.recipient = stripAngles(field(text, "to=")).toByteArray();
    event.messageId = queueId.toByteArray();
    event.enhancedStatus = field(text, "dsn=").toByteArray();
    QByteArrayView host;
    QByteArrayView ip;
    const QByteArrayView relay = field(text, "relay=");
    if (relay != "none")
        splitHostIp(relay, &host, &ip);
    event.remoteHost = host.toByteArray();
    event.remoteIp = ip.toByteArray();

    const qsizetype statusAt = text.indexOf("status=");
    parseExplanation(text.sliced(statusAt), event);

    Message& message = m_messages[queueId.toByteArray()];
    event.sender = message.sender;
    if (event.action != DeliveryAction::Delivered || !message.deferred.empty()) {
        auto& pending = message.deferred;
        const auto same = [&](const Pending& p) { return p.recipient == event.recipient; };
        pending.erase(std::remove_if(pending.begin(), pending.end(), same), pending.end());
        if (event.action == DeliveryAction::Delayed)
            pending.push_back({event.recipient, event.remoteHost, event.remoteIp});
    }
    emitEvent(event);
}

void PostfixLogParser::expire(QByteArrayView queueId, DeliveryEvent& event)
{
    // "status=expired, returned to sender" names no recipient: it is every recipient of the
    // message still deferred. Their reasons come from their last deferral (in the ledger).
    const auto it = m_messages.find(queueId.toByteArray());
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
