#include "mail/EximLogParser.h"

#include "bounces/BounceClassifier.h"
#include "mail/LogTime.h"
#include "mail/ParseHelpers.h"

using namespace ParseHelpers;

namespace {

// "SMTP error from remote mail server after RCPT TO:<x@y>: 550 5.1.1 ..." -> command "RCPT TO",
// reply "550 5.1.1 ...". Older Exim says "remote mailer" and "pipelined"; both are accepted.
bool splitRemoteError(QByteArrayView error, QByteArray* command, QByteArrayView* reply)
{
    qsizetype at = find(error, "SMTP error from remote mail");
    if (at < 0)
        return false;
    at = find(error, " after ", at);
    if (at < 0)
        return false;
    QByteArrayView rest = error.sliced(at + 7);
    if (rest.startsWith("pipelined "))
        rest = rest.sliced(10);

    struct Known
    {
        const char* prefix;
        const char* command;
    };
    static constexpr Known known[] = {
        {"RCPT TO", "RCPT TO"},
        {"MAIL FROM", "MAIL FROM"},
        {"end of data", "DATA"},
        {"DATA", "DATA"},
        {"initial connection", "connect"},
        {"EHLO", "EHLO"},
        {"HELO", "HELO"},
        {"STARTTLS", "STARTTLS"},
        {"AUTH", "AUTH"},
    };
    command->clear();
    for (const Known& k : known) {
        if (rest.startsWith(k.prefix)) {
            *command = k.command;
            break;
        }
    }
    // The reply follows the first ": " after the command (addresses contain no ": ").
    const qsizetype colon = find(rest, ": ");
    if (colon < 0)
        return false;
    *reply = rest.sliced(colon + 2);
    return true;
}

// Compared as two bytes: this runs for every line, and QByteArrayView's operator== is an
// out-of-line call in Qt 6.4.
constexpr quint16 flagCode(char a, char b)
{
    return quint16((quint8(a) << 8) | quint8(b));
}

bool isFlag(QByteArrayView word)
{
    if (word.size() != 2)
        return false;
    switch (flagCode(word[0], word[1])) {
    case flagCode('<', '='):
    case flagCode('=', '>'):
    case flagCode('-', '>'):
    case flagCode('>', '>'):
    case flagCode('*', '*'):
    case flagCode('=', '='):
    case flagCode('*', '>'):
    case flagCode('(', '='):
        return true;
    default:
        return false;
    }
}

bool is(QByteArrayView word, char a, char b)
{
    return word.size() == 2 && word[0] == a && word[1] == b;
}

// "YYYY-MM-DD hh:mm:ss": checked without converting, for the lines that never become events.
// Spelled out position by position: a loop over a shape string cost 240 instructions a line.
inline bool digit(char c)
{
    return unsigned(c - '0') < 10u;
}

bool looksLikeStamp(QByteArrayView l)
{
    const bool shape = digit(l[0]) && digit(l[1]) && digit(l[2]) && digit(l[3]) && l[4] == '-' && digit(l[5])
        && digit(l[6]) && l[7] == '-' && digit(l[8]) && digit(l[9]) && l[10] == ' ' && digit(l[11]) && digit(l[12])
        && l[13] == ':' && digit(l[14]) && digit(l[15]) && l[16] == ':' && digit(l[17]) && digit(l[18]);
    if (!shape)
        return false;
    const int month = (l[5] - '0') * 10 + (l[6] - '0');
    const int day = (l[8] - '0') * 10 + (l[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

} // namespace

bool EximLogParser::parseTime(QByteArrayView line, qint64* time, qsizetype* rest) const
{
    if (!time) {
        // Only the shape and where the rest starts.
        if (!looksLikeStamp(line))
            return false;
        qsizetype pos = 19;
        if (pos < line.size() && line[pos] == '.')
            pos += 4;
        if (pos + 6 <= line.size() && line[pos] == ' ' && (line[pos + 1] == '+' || line[pos + 1] == '-')
            && number(line, pos + 2, 4) >= 0)
            pos += 6;
        *rest = pos;
        return true;
    }
    const int year = number(line, 0, 4);
    const int month = number(line, 5, 2);
    const int day = number(line, 8, 2);
    const int hour = number(line, 11, 2);
    const int minute = number(line, 14, 2);
    const int second = number(line, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || minute < 0 || second < 0
        || line[4] != '-' || line[7] != '-' || line[10] != ' ' || line[13] != ':' || line[16] != ':')
        return false;
    qsizetype pos = 19;
    int msec = 0;
    if (pos < line.size() && line[pos] == '.') { // log_selector +millisec
        msec = std::max(0, number(line, pos + 1, 3));
        pos += 4;
    }
    if (pos + 6 <= line.size() && line[pos] == ' ' && (line[pos + 1] == '+' || line[pos + 1] == '-')
        && number(line, pos + 2, 4) >= 0) { // log_timezone
        const int hhmm = number(line, pos + 2, 4);
        const int offset = ((hhmm / 100) * 3600 + (hhmm % 100) * 60) * (line[pos + 1] == '-' ? -1 : 1);
        if (time)
            *time = LogClock::withOffset(year, month, day, hour, minute, second, msec, offset);
        pos += 6;
    } else if (time) {
        *time = m_clock ? m_clock->toUtc(year, month, day, hour, minute, second, msec)
                        : LogClock::withOffset(year, month, day, hour, minute, second, msec, 0);
    }
    *rest = pos;
    return true;
}

LineVerdict EximLogParser::lex(QByteArrayView, LexedLine&) const
{
    return LineVerdict::Used;
}

LineVerdict EximLogParser::apply(QByteArrayView line, LexedLine&, const SourceLocation& where)
{
    // The time is only converted for lines that become events: most lines never pay for it.
    qsizetype pos = 0;
    if (line.size() < 20 || !parseTime(line, nullptr, &pos))
        return LineVerdict::Malformed;

    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    if (pos < line.size() && line[pos] == '[') { // log_selector +pid
        const qsizetype close = findChar(line, ']', pos);
        pos = close < 0 ? line.size() : close + 2;
    }

    const QByteArrayView id = wordAt(line, pos);
    if (id.size() != 16 && id.size() != 23)
        return LineVerdict::Ignored; // daemon and queue-run lines
    pos += id.size() + 1;
    const QByteArrayView flag = wordAt(line, pos);

    if (flag.size() == 9 && startsWith(flag, "Completed")) {
        m_messages.remove(ShortKey(id));
        return LineVerdict::Used;
    }
    if (!isFlag(flag)) {
        // A host-level error names no recipient: "H=mx.example [192.0.2.1] Connection refused".
        if (startsWith(flag, "H=")) {
            Message& message = m_messages[ShortKey(id)];
            QByteArrayView rest = line.sliced(pos + 2);
            const qsizetype close = findChar(rest, ']');
            const QByteArrayView hostPart = close >= 0 ? rest.first(close + 1) : wordAt(rest, 0);
            QByteArrayView host;
            QByteArrayView ip;
            splitHostIp(hostPart, &host, &ip);
            QByteArrayView error = rest.sliced(std::min(rest.size(), hostPart.size()));
            while (error.startsWith(':') || error.startsWith(' '))
                error = error.sliced(1);
            message.hostName = host.toByteArray();
            message.hostIp = ip.toByteArray();
            message.hostError = unescapeNewlines(error);
            return LineVerdict::Used;
        }
        return LineVerdict::Ignored;
    }

    const QByteArrayView body = line.sliced(std::min(line.size(), pos + flag.size() + 1));
    if (is(flag, '<', '=')) {
        const QByteArrayView sender = wordAt(body, 0);
        Message& message = m_messages[ShortKey(id)];
        // Most mail comes from the board's few sender addresses: share one copy of each.
        if (sender == "<>")
            message.sender.clear();
        else if (sender == QByteArrayView(m_lastSender))
            message.sender = m_lastSender;
        else
            message.sender = m_lastSender = sender.toByteArray();
        return LineVerdict::Used;
    }
    if (is(flag, '*', '>') || is(flag, '(', '='))
        return LineVerdict::Ignored;

    DeliveryEvent event;
    event.source = where;
    if (!parseDelivery(id, flag, body, event))
        return LineVerdict::Used; // a delivery nobody needs, or a queue run that tried nothing
    if (event.recipient.isEmpty())
        return LineVerdict::Malformed;
    qsizetype ignored = 0;
    parseTime(line, &event.time, &ignored);
    emitEvent(event);
    return LineVerdict::Used;
}

bool EximLogParser::parseDelivery(QByteArrayView id, QByteArrayView flag, QByteArrayView body, DeliveryEvent& event)
{
    event.messageId = id.toByteArray();
    event.action = is(flag, '*', '*') ? DeliveryAction::Failed
        : is(flag, '=', '=')          ? DeliveryAction::Delayed
                                      : DeliveryAction::Delivered;

    // "rcpt [<original>] fields...: error". The address may carry the colon itself.
    QByteArrayView address = wordAt(body, 0);
    qsizetype pos = address.size() + 1;
    qsizetype errorAt = -1;
    if (address.endsWith(':')) {
        address.chop(1);
        errorAt = address.size();
    } else {
        const QByteArrayView original = wordAt(body, pos);
        if (original.startsWith('<')) {
            pos += original.size() + 1;
            // A local delivery logs the file or pipe first and the address second.
            if (findChar(address, '@') < 0)
                address = stripAngles(original.endsWith(':') ? original.chopped(1) : original);
        }
        // The error follows the first ": " after the fields; no field contains one.
        errorAt = find(body, ": ", std::max<qsizetype>(0, std::min(pos, body.size()) - 1));
    }
    if (event.action == DeliveryAction::Delivered && !address.isEmpty() && !wantsDelivery(address, addressHash(address)))
        return false;
    event.recipient = address.toByteArray();
    if (address.isEmpty())
        return true;

    const QByteArrayView fields = errorAt >= 0 ? body.first(errorAt) : body;
    const QByteArrayView error = errorAt >= 0 ? body.sliced(errorAt + 2) : QByteArrayView();

    // "H=host [ip]:port", "H=[ip]" or "H=host".
    const qsizetype h = find(fields, " H=");
    if (h >= 0) {
        const QByteArrayView first = wordAt(fields, h + 3);
        const QByteArrayView second = wordAt(fields, h + 3 + first.size() + 1);
        QByteArrayView host;
        QByteArrayView ip;
        splitHostIp(
            second.startsWith('[') ? fields.sliced(h + 3, first.size() + 1 + second.size()) : first, &host, &ip);
        event.remoteHost = host.toByteArray();
        event.remoteIp = ip.toByteArray();
    }
    const qsizetype f = find(fields, " F=<");
    Message& message = m_messages[ShortKey(id)];
    if (f >= 0) {
        const qsizetype close = findChar(fields, '>', f);
        event.sender = fields.sliced(f + 4, (close < 0 ? fields.size() : close) - f - 4).toByteArray();
    } else {
        event.sender = message.sender;
    }

    if (event.action == DeliveryAction::Delivered) {
        const qsizetype c = find(body, " C=\"");
        if (c >= 0) {
            const qsizetype close = findChar(body, '"', c + 4);
            event.diagnostic = body.sliced(c + 4, (close < 0 ? body.size() : close) - c - 4).toByteArray();
            event.replyCode = BounceClassifier::replyCodeInText(event.diagnostic);
        }
        return true;
    }

    event.retryTimeout = contains(error, "retry timeout exceeded");
    QByteArrayView reply;
    if (splitRemoteError(error, &event.command, &reply)) {
        event.diagnostic = unescapeNewlines(reply);
        event.replyCode = BounceClassifier::replyCodeInText(reply);
    } else {
        event.diagnostic = unescapeNewlines(error);
    }
    event.enhancedStatus = BounceClassifier::statusInText(event.diagnostic);

    // "defer (111): Connection refused" and "retry time not reached for any host" say no more
    // than the host-level line logged just before them; that line is used up here.
    // ("** ...: retry time not reached for any host after a long failure period" is a final failure.)
    const bool notTried
        = event.action == DeliveryAction::Delayed && contains(event.diagnostic, "retry time not reached");
    if (!message.hostError.isEmpty() && event.replyCode == 0 && event.remoteHost.isEmpty()) {
        event.remoteHost = message.hostName;
        event.remoteIp = message.hostIp;
        QByteArrayView hostReply;
        QByteArray command;
        if (!event.retryTimeout && splitRemoteError(message.hostError, &command, &hostReply)) {
            event.command = command;
            event.diagnostic = unescapeNewlines(hostReply);
            event.replyCode = BounceClassifier::replyCodeInText(hostReply);
            event.enhancedStatus = BounceClassifier::statusInText(event.diagnostic);
        } else if (notTried) {
            event.diagnostic = message.hostError;
        }
        message.hostError.clear();
        return true;
    }
    // A queue run that skipped the address because its retry time has not come is not a
    // delivery attempt: counting it would inflate the count and bury the last real reply.
    return !notTried;
}
