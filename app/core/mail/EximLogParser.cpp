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

// What lex() found, for apply().
enum Kind : quint8
{
    Arrival = 1, // "<= sender ..."
    Completed,
    HostError, // "H=mx.example [192.0.2.1] Connection refused", no recipient
    Delivery, // "=>", "->", ">>", "**", "=="
};
enum SpanIndex
{
    Id,
    Address, // the sender of Arrival, the recipient of Delivery
    Rest, // what follows "H=" of HostError; the body after the flag of Delivery
};

LineVerdict EximLogParser::lex(QByteArrayView line, LexedLine& lexed) const
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
    lexed.spans[Id] = LexedLine::spanOf(id, line);
    lexed.key = bytesHash(id);
    pos += id.size() + 1;
    const QByteArrayView flag = wordAt(line, pos);

    if (flag.size() == 9 && startsWith(flag, "Completed")) {
        lexed.kind = Completed;
        return LineVerdict::Used;
    }
    if (!isFlag(flag)) {
        if (!startsWith(flag, "H="))
            return LineVerdict::Ignored;
        lexed.kind = HostError;
        lexed.spans[Rest] = LexedLine::spanOf(line.sliced(pos + 2), line);
        return LineVerdict::Used;
    }

    const QByteArrayView body = line.sliced(std::min(line.size(), pos + flag.size() + 1));
    if (is(flag, '<', '=')) {
        const QByteArrayView sender = wordAt(body, 0);
        lexed.kind = Arrival;
        lexed.spans[Address] = LexedLine::spanOf(sender, line);
        lexed.hash = bytesHash(sender);
        return LineVerdict::Used;
    }
    if (is(flag, '*', '>') || is(flag, '(', '='))
        return LineVerdict::Ignored;

    lexed.kind = Delivery;
    lexed.detail = quint8(is(flag, '*', '*') ? DeliveryAction::Failed
            : is(flag, '=', '=')             ? DeliveryAction::Delayed
                                             : DeliveryAction::Delivered);
    lexed.spans[Rest] = LexedLine::spanOf(body, line);
    const DeliveryFields fields = readDeliveryFields(body);
    lexed.spans[Address] = LexedLine::spanOf(fields.address, line);
    if (fields.address.isEmpty())
        return LineVerdict::Malformed;
    if (DeliveryAction(lexed.detail) == DeliveryAction::Delivered) {
        lexed.hash = addressHash(fields.address);
        return LineVerdict::Used;
    }
    // Failures and deferrals are few: build and classify their events here, off the thread
    // that applies lines in order. apply() classifies again if the message's state changes it.
    lexed.event = std::make_unique<DeliveryEvent>();
    buildEvent(line, lexed, fields, *lexed.event);
    if (m_classifier)
        lexed.event->reason = m_classifier->classify(*lexed.event);
    return LineVerdict::Used;
}

LineVerdict EximLogParser::apply(QByteArrayView line, LexedLine& lexed, const SourceLocation& where)
{
    switch (lexed.kind) {
    case Completed:
        m_messages.remove(lexed.key);
        return LineVerdict::Used;
    case HostError: {
        // A host-level error names no recipient: "H=mx.example [192.0.2.1] Connection refused".
        Message& message = m_messages[lexed.key];
        const QByteArrayView rest = lexed.spans[Rest].in(line);
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
    case Arrival: {
        Message& message = m_messages[lexed.key];
        const QByteArrayView sender = lexed.spans[Address].in(line);
        // Most mail comes from the board's few sender addresses: share one copy of each.
        if (equals(sender, "<>")) {
            message.sender.clear();
        } else {
            if (lexed.hash != m_lastSenderHash || m_lastSender.isNull()) {
                m_lastSender = sender.toByteArray();
                m_lastSenderHash = lexed.hash;
            }
            message.sender = m_lastSender;
        }
        return LineVerdict::Used;
    }
    case Delivery:
        return applyDelivery(line, lexed, where);
    default:
        return LineVerdict::Ignored;
    }
}

// "rcpt [<original>] fields...: error". The address may carry the colon itself.
EximLogParser::DeliveryFields EximLogParser::readDeliveryFields(QByteArrayView body)
{
    DeliveryFields out;
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
    out.address = address;
    out.fields = errorAt >= 0 ? body.first(errorAt) : body;
    out.error = errorAt >= 0 ? body.sliced(errorAt + 2) : QByteArrayView();
    return out;
}

// The parts of a delivery event that come from its line alone.
void EximLogParser::buildEvent(
    QByteArrayView line, const LexedLine& lexed, const DeliveryFields& parts, DeliveryEvent& event) const
{
    event.messageId = lexed.spans[Id].in(line).toByteArray();
    event.action = DeliveryAction(lexed.detail);
    event.recipient = parts.address.toByteArray();
    const QByteArrayView fields = parts.fields;
    const QByteArrayView error = parts.error;

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
    if (f >= 0) {
        const qsizetype close = findChar(fields, '>', f);
        event.sender = fields.sliced(f + 4, (close < 0 ? fields.size() : close) - f - 4).toByteArray();
        if (event.sender.isNull())
            event.sender = QByteArray("", 0); // F=<>: a bounce, not "ask the message"
    }

    if (event.action == DeliveryAction::Delivered) {
        const QByteArrayView body = lexed.spans[Rest].in(line);
        const qsizetype c = find(body, " C=\"");
        if (c >= 0) {
            const qsizetype close = findChar(body, '"', c + 4);
            event.diagnostic = body.sliced(c + 4, (close < 0 ? body.size() : close) - c - 4).toByteArray();
            event.replyCode = BounceClassifier::replyCodeInText(event.diagnostic);
        }
        return;
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
}

LineVerdict EximLogParser::applyDelivery(QByteArrayView line, LexedLine& lexed, const SourceLocation& where)
{
    std::unique_ptr<DeliveryEvent> built = std::move(lexed.event);
    if (!built) {
        // A delivery: worth an event only when the ledger tracks the address.
        if (!wantsDelivery(lexed.spans[Address].in(line), lexed.hash))
            return LineVerdict::Used;
        built = std::make_unique<DeliveryEvent>();
        buildEvent(line, lexed, readDeliveryFields(lexed.spans[Rest].in(line)), *built);
    }
    DeliveryEvent& event = *built;
    event.source = where;

    Message& message = m_messages[lexed.key];
    if (event.sender.isNull())
        event.sender = message.sender;
    if (event.action != DeliveryAction::Delivered) {
        // "defer (111): Connection refused" and "retry time not reached for any host" say no
        // more than the host-level line logged just before them; that line is used up here.
        // ("** ...: retry time not reached for any host after a long failure period" is a
        // final failure.)
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
            event.reason.reset(); // the reply changed: the ledger classifies it anew
        } else if (notTried) {
            // A queue run that skipped the address because its retry time has not come is not a
            // delivery attempt: counting it would inflate the count and bury the last real reply.
            return LineVerdict::Used;
        }
    }
    qsizetype ignored = 0;
    parseTime(line, &event.time, &ignored);
    emitEvent(event);
    return LineVerdict::Used;
}
